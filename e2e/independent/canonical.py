"""RDFC-1.0 canonical N-Quads of a JSON-LD document, by pyld, with the bundled contexts only."""

from pyld.context_resolver import ContextResolver
from pyld.jsonld import JsonLdError, JsonLdProcessor

from .contexts import load_bundled_context

# Resolved contexts, kept apart from pyld's process-wide cache: only this loader ever fills it.
_RESOLVED_CONTEXTS = {}


class CanonicalizationError(Exception):
    """The document has no canonical form: a refused context, a JSON-LD error, or a dropped term."""


def _reason(error):
    """The innermost message of a pyld error chain (the one that names the cause)."""
    messages = []
    while error is not None:
        messages.append(getattr(error, "message", None) or str(error))
        error = error.__cause__
    return messages[-1] if messages else "unknown error"


def canonical_nquads(document):
    """The canonical N-Quads (RDFC-1.0, which pyld names URDNA2015) of a JSON-LD document.

    Raises CanonicalizationError when JSON-LD expansion would drop a property: a term the contexts do not
    define would be left out of what is signed, so a signature over the rest would not cover it.
    """
    dropped = []
    processor = JsonLdProcessor(on_property_dropped=lambda prop: dropped.append(prop))
    options = {
        "algorithm": "URDNA2015",
        "format": "application/n-quads",
        "documentLoader": load_bundled_context,
        "contextResolver": ContextResolver(_RESOLVED_CONTEXTS, load_bundled_context),
    }
    try:
        nquads = processor.normalize(document, options)
    except JsonLdError as error:
        raise CanonicalizationError(_reason(error)) from error
    if dropped:
        raise CanonicalizationError(f"JSON-LD drops {len(dropped)} propert{'y' if len(dropped) == 1 else 'ies'} "
                                    "that the document's contexts do not define")
    return nquads
