"""The spaCy pipeline component ``"kashf"``: kashf's entities as ``doc.ents``.

>>> import spacy
>>> nlp = spacy.blank("ar")
>>> nlp.add_pipe("kashf")  # doctest: +ELLIPSIS
<kashf.spacy.KashfComponent object at ...>
>>> doc = nlp("وصل وزير الخارجية الروسي سيرغي لافروف إلى أنقرة.")
>>> [(ent.text, ent.label_, ent.kb_id_) for ent in doc.ents]
[('سيرغي لافروف', 'PERSON', 'person:sergei-lavrov'), ('أنقرة', 'LOCATION', 'city:ankara')]

The component sets:

- ``doc.ents``: one span per kashf mention, labelled ``PERSON``, ``LOCATION``,
  ``ORGANIZATION`` (or ``MISC``), with ``ent.kb_id_`` the kashf entity id. A mention that does
  not fall on spaCy token boundaries (a proclitic glued to a name, وروسيا) is widened to the
  tokens it touches (``alignment_mode="expand"``).
- ``doc._.kashf_relations``: the relations, as plain dicts (so a ``Doc`` still serializes):
  ``{"type", "head", "tail", "head_name", "tail_name", "modality", "implied", "evidence"}``, where
  ``head``/``tail`` are kashf ids (``ent.kb_id_``) and each evidence is
  ``{"rule", "sentence": [start, end], "trigger": [start, end], "trigger_text"}`` in
  character offsets of ``doc.text``. Relations with an argument that the text names only by
  a nationality adjective (no mention, so no span) come last, with ``"implied": True``
  (``False`` on the others).
- ``doc._.kashf_stats``: what happened to the mentions, so that none is lost silently:
  ``{"mentions", "exact", "expanded", "dropped_overlap", "dropped_unaligned"}``; the last four
  add up to ``mentions``.

Overlaps after widening, and with entities already on the doc, are resolved in one fixed
order: entities set by earlier components stay (unless ``overwrite_ents``), then spans that
kashf's offsets fit exactly before widened ones, then longer spans (in tokens) before shorter,
then the earlier one, then kashf's mention order. Each span that loses counts in
``dropped_overlap``.

Importing this module registers the factory; spaCy also finds it through the
``spacy_factories`` entry point, so ``nlp.add_pipe("kashf")`` works without the import.
"""

from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import minibatch

import kashf

__all__ = ["COLORS", "KashfComponent", "make_kashf"]

#: displaCy colours for kashf's labels:
#: ``displacy.render(doc, style="ent", options={"colors": kashf.spacy.COLORS})``.
COLORS: Dict[str, str] = {
    "PERSON": "#aa9cfc",
    "LOCATION": "#ff9561",
    "ORGANIZATION": "#7aecec",
    "MISC": "#e4e7d2",
}

_STAT_KEYS = ("mentions", "exact", "expanded", "dropped_overlap", "dropped_unaligned")

for _name in ("kashf_relations", "kashf_stats"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
del _name


@Language.factory(
    "kashf",
    default_config={
        "gazetteers": [],
        "patterns": [],
        "defaults": True,
        "rules": True,
        "variants": True,
        "skip": [],
        "tagger": True,
        "overwrite_ents": False,
        "threads": None,
    },
    assigns=["doc.ents", "doc._.kashf_relations", "doc._.kashf_stats"],
)
def make_kashf(
    nlp: Language,
    name: str,
    gazetteers: List[str],
    patterns: List[str],
    defaults: bool,
    rules: bool,
    variants: bool,
    skip: List[str],
    tagger: bool,
    overwrite_ents: bool,
    threads: Optional[int],
) -> "KashfComponent":
    """Builds the component; the settings are ``kashf.Extractor``'s keywords, plus
    ``overwrite_ents`` (replace entities set by earlier components) and ``threads`` (for
    ``nlp.pipe``; ``None``: every core)."""
    extractor = kashf.Extractor(
        gazetteers=gazetteers,
        patterns=patterns,
        defaults=defaults,
        rules=rules,
        variants=variants,
        skip=skip,
        tagger=tagger,
    )
    return KashfComponent(
        extractor, name=name, overwrite_ents=overwrite_ents, threads=threads
    )


class KashfComponent:
    """Sets ``doc.ents``, ``doc._.kashf_relations`` and ``doc._.kashf_stats`` from a
    ``kashf.Extractor`` (see the module's documentation)."""

    def __init__(
        self,
        extractor: "kashf.Extractor",
        name: str = "kashf",
        overwrite_ents: bool = False,
        threads: Optional[int] = None,
    ) -> None:
        self.extractor = extractor
        self.name = name
        self.overwrite_ents = overwrite_ents
        self.threads = threads

    def __call__(self, doc: Doc) -> Doc:
        return self.annotate(doc, self.extractor.extract(doc.text))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """``nlp.pipe`` runs batches through ``extract_many``: on every core, without the GIL."""
        for batch in minibatch(stream, size=batch_size):
            found = self.extractor.extract_many(
                [doc.text for doc in batch], threads=self.threads
            )
            for doc, kdoc in zip(batch, found):
                yield self.annotate(doc, kdoc)

    def annotate(self, doc: Doc, kdoc: "kashf.Document") -> Doc:
        """Puts what kashf found in ``doc.text`` (``kdoc``) on ``doc``."""
        stats = dict.fromkeys(_STAT_KEYS, 0)
        # (span, widened, kashf order)
        candidates: List[Tuple[SpacySpan, bool, int]] = []
        for order, (entity, mention) in enumerate(kdoc.mentions()):
            stats["mentions"] += 1
            span = doc.char_span(
                mention.start, mention.end, label=entity.type, kb_id=entity.id
            )
            widened = span is None
            if span is None:
                span = doc.char_span(
                    mention.start,
                    mention.end,
                    label=entity.type,
                    kb_id=entity.id,
                    alignment_mode="expand",
                )
            if span is None or len(span) == 0:
                stats["dropped_unaligned"] += 1
                continue
            candidates.append((span, widened, order))

        kept_before = [] if self.overwrite_ents else list(doc.ents)
        taken = set()
        for ent in kept_before:
            taken.update(range(ent.start, ent.end))
        candidates.sort(key=lambda c: (c[1], -len(c[0]), c[0].start, c[2]))
        chosen: List[SpacySpan] = []
        for span, widened, _ in candidates:
            tokens = range(span.start, span.end)
            if any(t in taken for t in tokens):
                stats["dropped_overlap"] += 1
                continue
            taken.update(tokens)
            chosen.append(span)
            stats["expanded" if widened else "exact"] += 1
        doc.ents = sorted(kept_before + chosen, key=lambda s: s.start)
        doc._.kashf_relations = [_relation(r, False) for r in kdoc.relations] + [
            _relation(r, True) for r in kdoc.implied_relations
        ]
        doc._.kashf_stats = stats
        return doc


def _relation(relation: "kashf.Relation", implied: bool) -> Dict[str, Any]:
    """A relation as plain data, offsets in characters of ``doc.text``."""
    return {
        "type": relation.type,
        "head": relation.head.id,
        "tail": relation.tail.id,
        "head_name": relation.head.name,
        "tail_name": relation.tail.name,
        "modality": relation.modality,
        "implied": implied,
        "evidence": [
            {
                "rule": ev.rule,
                "sentence": [ev.sentence.start, ev.sentence.end],
                "trigger": [ev.trigger.start, ev.trigger.end],
                "trigger_text": ev.trigger.text,
            }
            for ev in relation.evidence
        ],
    }
