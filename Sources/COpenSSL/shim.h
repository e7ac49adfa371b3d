#ifndef COpenSSL_SHIM_H
#define COpenSSL_SHIM_H
// libcrypto only (no TLS): digests and the ECDSA / RSA signature checks credentials need.
#include <openssl/evp.h>
#include <openssl/ec.h>
#include <openssl/ecdsa.h>
#include <openssl/bn.h>
#include <openssl/rsa.h>
#include <openssl/core_names.h>
#include <openssl/param_build.h>
#include <openssl/err.h>
#endif
