#ifndef CPostgres_SHIM_H
#define CPostgres_SHIM_H
#include <postgresql/libpq-fe.h>
#endif
