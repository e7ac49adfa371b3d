#ifndef CXML2_SHIM_H
#define CXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, so <libxml/encoding.h> would pull in ICU's headers, whose
   UErrorCode clashes with the copy Swift's Foundation ships (_FoundationICU). Cairn never touches
   the ICU converter fields this guards (the tail of xmlCharEncodingHandler), so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function pointer (a macro in some builds): one call Swift can always see. */
static inline void cxml2_free(void *pointer) { xmlFree(pointer); }
#endif
