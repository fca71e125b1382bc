"""kashf: people, places and organizations in Arabic news, linked into relations.

>>> import kashf
>>> doc = kashf.Extractor().extract("وصل وزير الخارجية الروسي سيرغي لافروف إلى أنقرة.")
>>> [(m.text, e.type) for e, m in doc.mentions()]
[('سيرغي لافروف', 'PERSON'), ('أنقرة', 'LOCATION')]

Offsets are Python string indices: ``text[m.start:m.end] == m.text``. The spaCy component is
in ``kashf.spacy`` (``pip install "kashf[spacy]"``).
"""

from ._errors import LoadError
from ._kashf import (
    Document,
    Entity,
    Evidence,
    Extractor,
    Mention,
    Relation,
    Span,
    __version__,
)

__all__ = [
    "Document",
    "Entity",
    "Evidence",
    "Extractor",
    "LoadError",
    "Mention",
    "Relation",
    "Span",
    "__version__",
]
