"""Types of the extension module (re-exported by ``kashf``)."""

import os
from typing import Any, Dict, Iterable, List, Literal, Optional, Sequence, Tuple, Union, final

__version__: str
__all__ = ["Extractor", "Document", "Entity", "Mention", "Span", "Evidence", "Relation", "__version__"]

_EntityType = Literal["PERSON", "LOCATION", "ORGANIZATION", "MISC"]
_RelationType = Literal[
    "MEETS",
    "VISITS",
    "PLANS_AGREEMENT",
    "SIGNS_AGREEMENT",
    "COOPERATES_WITH",
    "JOINS",
    "PURCHASE",
    "AFFILIATED_WITH",
    "TENSION_WITH",
    "LOCATED_IN",
]
_Path = Union[str, "os.PathLike[str]"]

@final
class Extractor:
    """Finds people, places and organizations in Arabic text and links them into relations.

    ``Extractor()`` is the shared default extractor (embedded gazetteers and rules, built once
    per process). The keywords mirror the Rust builder; building reads every file and raises
    ``kashf.LoadError`` (with ``file``, ``line``, ``reason``) on a missing file or a bad line.
    ``tagger`` runs the trained tagger beside the lists and rules (``False``: lists and rules only).
    """

    def __new__(
        cls,
        *,
        gazetteers: Optional[Sequence[_Path]] = None,
        patterns: Optional[Sequence[_Path]] = None,
        defaults: bool = True,
        rules: bool = True,
        variants: bool = True,
        skip: Optional[Sequence[str]] = None,
        tagger: bool = True,
    ) -> "Extractor": ...
    def extract(self, text: str, /) -> Document:
        """The entities and relations of one text (releases the GIL; never fails)."""
    def extract_many(self, texts: Iterable[str], /, threads: Optional[int] = None) -> List[Document]:
        """``extract`` over many texts on every core (or ``threads`` threads), in input order."""

@final
class Span:
    """A span of the text: ``text[span.start:span.end] == span.text``."""

    @property
    def start(self) -> int:
        """Index of the first character in the Python string."""
    @property
    def end(self) -> int:
        """Index one past the last character in the Python string."""
    @property
    def byte_start(self) -> int:
        """UTF-8 byte offset where it starts."""
    @property
    def byte_end(self) -> int:
        """UTF-8 byte offset one past its end."""
    @property
    def text(self) -> str: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Mention:
    """One place in the text naming an entity, or the trigger of an ``Evidence``.

    ``text[m.start:m.end] == m.text``; ``byte_start``/``byte_end`` are UTF-8 offsets.
    """

    @property
    def start(self) -> int:
        """Index of the first character in the Python string."""
    @property
    def end(self) -> int:
        """Index one past the last character in the Python string."""
    @property
    def byte_start(self) -> int:
        """UTF-8 byte offset where it starts."""
    @property
    def byte_end(self) -> int:
        """UTF-8 byte offset one past its end."""
    @property
    def text(self) -> str:
        """Exactly the text between ``start`` and ``end``, diacritics included."""
    @property
    def rule(self) -> Optional[str]:
        """The rule that found it (``list``, ``person.title``, ...); ``None`` on a trigger."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Entity:
    """One real-world entity of a document, with every mention of it in text order."""

    @property
    def id(self) -> str:
        """Gazetteer id (``person:sergei-lavrov``) or a generated one (``PERSON:...``)."""
    @property
    def type(self) -> _EntityType: ...
    @property
    def subtype(self) -> Optional[str]:
        """Finer type (``minister``, ``city``, ``country``, ...), if known."""
    @property
    def name(self) -> str:
        """Canonical name (English where the gazetteer knows it)."""
    @property
    def mentions(self) -> Tuple[Mention, ...]:
        """Empty for an entity named only through an adjective (الروسي)."""

@final
class Evidence:
    """Why a relation was extracted."""

    @property
    def sentence(self) -> Span: ...
    @property
    def trigger(self) -> Mention: ...
    @property
    def rule(self) -> str:
        """The id of the relation rule that fired."""

@final
class Relation:
    """A relation between two entities of the document (symmetric ones listed once)."""

    @property
    def type(self) -> _RelationType: ...
    @property
    def head(self) -> Entity:
        """The first argument: one of the document's ``entities``."""
    @property
    def tail(self) -> Entity:
        """The second argument: one of the document's ``entities``."""
    @property
    def evidence(self) -> Tuple[Evidence, ...]: ...
    @property
    def modality(self) -> str:
        """``"done"``, ``"planned"`` or ``"negated"`` (denied relations only when kept)."""

@final
class Document:
    """What ``extract`` finds in one text.

    ``to_json()`` is the library's JSON contract, in which ``start``/``end`` are UTF-8 *byte*
    offsets and ``char_start``/``char_end`` the Python indices; on the objects, ``start``/``end``
    are the Python indices and ``byte_start``/``byte_end`` the bytes.
    """

    @property
    def text(self) -> str:
        """The text it was extracted from."""
    @property
    def entities(self) -> Tuple[Entity, ...]:
        """In order of first mention (entities with no mention last)."""
    @property
    def relations(self) -> Tuple[Relation, ...]:
        """Between entities the text names, in order of first evidence."""
    @property
    def implied_relations(self) -> Tuple[Relation, ...]:
        """With an argument named only by a nationality adjective (an entity with no
        mention), in order of first evidence."""
    def to_json(self, pretty: bool = False) -> str:
        """The library's JSON contract."""
    def to_dict(self) -> Dict[str, Any]:
        """``json.loads(doc.to_json())`` (``"implied_relations"`` only when there are some)."""
    def mentions(self) -> List[Tuple[Entity, Mention]]:
        """Every mention with its entity, in text order."""
    def entity(self, id: str) -> Optional[Entity]:
        """The entity with this id, or ``None``."""
    def __eq__(self, other: object, /) -> bool: ...
