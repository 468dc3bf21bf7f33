"""A verb of harm in the infinitive reports no harm done: "threatened to kill his neighbour",
"tried to kill a woman", "a tenté de tuer un policier", "intentó matar a un policía",
"försökte döda en polis".

The pack lists the infinitives of its verbs of harm (``singular_victims.infinitives``) and the
one or two words right before one that make it a harm meant (``singular_victims.
infinitive_markers``: "to", "tenté de", "intentó", "försökte"): "acusó al ejército de matar a 13
personas" is an accusation, a claim, and keeps its reading; words before it that make it a
passive again ("s'est fait tuer", ``singular_victims.infinitive_passive``) keep the harm. Such a
cue is dropped: it governs no count and no lone victim.
"""

from __future__ import annotations

from harmledger.extract.language_pack import LanguagePack
from harmledger.extract.reading import Cue
from harmledger.extract.text import Doc


def infinitive(doc: Doc, pack: LanguagePack, cue: Cue) -> bool:
    """Whether the one-word cue is a verb of harm in the infinitive."""
    if cue.j - cue.i != 1 or doc.words[cue.i].norm not in pack.words(
        "singular_victims", "infinitives"
    ):
        return False
    before = _before(doc, cue.i, 1)
    if before in pack.words("singular_victims", "infinitive_passive"):
        return False
    markers = pack.words("singular_victims", "infinitive_markers")
    return before in markers or _before(doc, cue.i, 2) in markers


def _before(doc: Doc, i: int, n: int) -> str | None:
    """The ``n`` words right before word ``i``, joined, in its sentence with only spaces."""
    if i < n or any(doc.gaps[t].strip() for t in range(i - n + 1, i + 1)):
        return None
    if doc.sentence[i - n] != doc.sentence[i]:
        return None
    return " ".join(w.norm for w in doc.words[i - n : i])
