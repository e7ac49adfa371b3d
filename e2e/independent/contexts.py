"""The JSON-LD document loader: the contexts bundled in Cairn's repository, and nothing else.

`Sources/CairnCredentials/Standards/contexts/index.json` maps each context URL to its file (see
`Sources/CairnCredentials/Standards/README.md`). Every other URL is refused: nothing is fetched.
"""

import json
from pathlib import Path

from pyld.jsonld import JsonLdError

CONTEXTS = Path(__file__).resolve().parents[2] / "Sources" / "CairnCredentials" / "Standards" / "contexts"


def _index():
    index = json.loads((CONTEXTS / "index.json").read_text(encoding="utf-8"))
    return {url: CONTEXTS / name for url, name in index.items()}


BUNDLED = _index()


def load_bundled_context(url, options=None):
    """pyld's documentLoader: the bundled context for url, freshly parsed; raises for any other URL."""
    path = BUNDLED.get(url)
    if path is None:
        raise JsonLdError(f"{url} is not one of the contexts bundled with Cairn, and nothing is fetched",
                          "jsonld.LoadDocumentError", {"url": url}, code="loading document failed")
    return {
        "contentType": "application/ld+json",
        "contextUrl": None,
        "documentUrl": url,
        "document": json.loads(path.read_text(encoding="utf-8")),
    }
