"""A verb of harm in the infinitive reports no harm done: "threatened to kill his neighbour",
"tried to kill a woman", "a tenté de tuer un policier", "intentó matar a un policía",
"försökte döda en polis".

The pack lists the infinitives of its verbs of harm (``singular_victims.infinitives``) and, where
the infinitive has the form of another part of the verb ("kill" is also the present), the words
that mark it (``singular_victims.infinitive_markers``: "to"); words before it that make it a
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
    before = doc.words[cue.i - 1].norm if cue.i > 0 and not doc.gaps[cue.i].strip() else None
    if before is not None and doc.sentence[cue.i - 1] != doc.sentence[cue.i]:
        before = None
    if before in pack.words("singular_victims", "infinitive_passive"):
        return False
    markers = pack.words("singular_victims", "infinitive_markers")
    return not markers or before in markers
