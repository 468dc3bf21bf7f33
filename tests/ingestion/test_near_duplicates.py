"""The same story re-published with light edits is related; another story on the same theme is not.

Stories written for these tests, in the six languages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from harmledger.catalog import get_document, list_documents
from harmledger.ingestion.near_duplicates import shingles
from harmledger.ingestion.pipeline import ingest_items
from harmledger.store.ledger import Ledger

# (story, the same story lightly edited and re-published, another story on the same theme)
STORIES = {
    "en": (
        "Two civilians were killed and five wounded on Tuesday when a shell struck the covered "
        "market in Norbury, the local rescue team said. Volunteers carried the wounded to the "
        "clinic near the river crossing, where doctors said two of them were in serious condition.",
        "UPDATED: Two civilians were killed and six wounded on Tuesday when a shell struck the "
        "covered market in Norbury, the local rescue team said. Volunteers carried the wounded to "
        "the clinic near the river crossing, where doctors said two of them were in serious "
        "condition. The market has been closed since.",
        "A drone strike hit a farmhouse outside Fennick on Sunday night, killing a farmer and his "
        "son, relatives said. Neighbours said the family had stayed behind to look after their "
        "sheep while others left the village last month.",
    ),
    "fr": (
        "Deux civils ont été tués et cinq blessés mardi lorsqu'un obus a frappé le marché couvert "
        "de Norbury, selon l'équipe de secours locale. Des bénévoles ont transporté les blessés "
        "vers la clinique proche du pont, où les médecins jugent deux d'entre eux dans un état grave.",
        "Deux civils ont été tués et six blessés mardi lorsqu'un obus a frappé le marché couvert "
        "de Norbury, selon l'équipe de secours locale. Des bénévoles ont transporté les blessés "
        "vers la clinique proche du pont, où les médecins jugent deux d'entre eux dans un état "
        "grave. Le marché est fermé depuis.",
        "Une frappe de drone a touché une ferme près de Fennick dimanche soir, tuant un "
        "agriculteur et son fils, selon des proches. Les voisins disent que la famille était "
        "restée pour garder ses moutons quand les autres ont quitté le village le mois dernier.",
    ),
    "es": (
        "Dos civiles murieron y cinco resultaron heridos el martes cuando un proyectil alcanzó el "
        "mercado cubierto de Norbury, según el equipo de rescate local. Voluntarios llevaron a los "
        "heridos a la clínica junto al puente, donde los médicos dijeron que dos están graves.",
        "Dos civiles murieron y seis resultaron heridos el martes cuando un proyectil alcanzó el "
        "mercado cubierto de Norbury, según el equipo de rescate local. Voluntarios llevaron a los "
        "heridos a la clínica junto al puente, donde los médicos dijeron que dos están graves. "
        "El mercado sigue cerrado.",
        "Un ataque con dron alcanzó una granja cerca de Fennick el domingo por la noche y mató a "
        "un agricultor y a su hijo, según sus familiares. Los vecinos dijeron que la familia se "
        "había quedado para cuidar de sus ovejas cuando los demás dejaron el pueblo.",
    ),
    "de": (
        "Zwei Zivilisten wurden am Dienstag getötet und fünf verletzt, als eine Granate die "
        "Markthalle von Norbury traf, teilte das örtliche Rettungsteam mit. Freiwillige brachten "
        "die Verletzten in die Klinik an der Brücke, wo Ärzte zwei von ihnen als schwer verletzt "
        "bezeichneten.",
        "Zwei Zivilisten wurden am Dienstag getötet und sechs verletzt, als eine Granate die "
        "Markthalle von Norbury traf, teilte das örtliche Rettungsteam mit. Freiwillige brachten "
        "die Verletzten in die Klinik an der Brücke, wo Ärzte zwei von ihnen als schwer verletzt "
        "bezeichneten. Der Markt ist seitdem geschlossen.",
        "Ein Drohnenangriff traf am Sonntagabend einen Bauernhof bei Fennick und tötete einen "
        "Bauern und seinen Sohn, sagten Angehörige. Nachbarn sagten, die Familie sei geblieben, "
        "um ihre Schafe zu versorgen, als die anderen das Dorf im letzten Monat verließen.",
    ),
    "sv": (
        "Två civila dödades och fem skadades på tisdagen när en granat träffade den täckta "
        "marknaden i Norrby, uppger den lokala räddningstjänsten. Frivilliga bar de skadade till "
        "kliniken vid bron, där läkare sade att två av dem var allvarligt skadade.",
        "Två civila dödades och sex skadades på tisdagen när en granat träffade den täckta "
        "marknaden i Norrby, uppger den lokala räddningstjänsten. Frivilliga bar de skadade till "
        "kliniken vid bron, där läkare sade att två av dem var allvarligt skadade. Marknaden är "
        "stängd sedan dess.",
        "En drönarattack träffade en gård utanför Fennick på söndagskvällen och dödade en bonde "
        "och hans son, enligt släktingar. Grannar sade att familjen hade stannat kvar för att ta "
        "hand om sina får när de andra lämnade byn förra månaden.",
    ),
    "ar": (
        "قتل مدنيان وأصيب خمسة آخرون يوم الثلاثاء عندما سقطت قذيفة على السوق المسقوف في "
        "نوربري، بحسب فريق الإنقاذ المحلي. ونقل متطوعون الجرحى إلى العيادة القريبة من الجسر، "
        "حيث قال الأطباء إن اثنين منهم في حالة خطيرة.",
        "قتل مدنيان وأصيب ستة آخرون يوم الثلاثاء عندما سقطت قذيفة على السوق المسقوف في "
        "نوربري، بحسب فريق الإنقاذ المحلي. ونقل متطوعون الجرحى إلى العيادة القريبة من الجسر، "
        "حيث قال الأطباء إن اثنين منهم في حالة خطيرة. والسوق مغلق منذ ذلك الحين.",
        "أصابت غارة بطائرة مسيرة مزرعة قرب فينيك مساء الأحد فقتلت مزارعا وابنه، بحسب أقاربهما. "
        "وقال الجيران إن العائلة بقيت لرعاية أغنامها عندما غادر الآخرون القرية الشهر الماضي.",
    ),
}


def test_normalising_ignores_case_accents_and_punctuation() -> None:
    assert shingles("Él llegó, AL mercado!") == shingles("el llego al mercado")


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_an_edited_copy_is_a_near_duplicate_and_another_story_is_not(
    lang: str, ledger: Ledger, tmp_path: Path
) -> None:
    paths = []
    for name, text in zip(("story", "copy", "other"), STORIES[lang], strict=True):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    ingest_items(ledger, paths[:1])  # the original in one run, the rest later: across runs
    report = ingest_items(ledger, paths[1:])
    story = list_documents(ledger)[0]["id"]
    copy, other = (r.document_ids[0] for r in report.results)

    related = get_document(ledger, copy)["near_duplicates"]
    assert [r["id"] for r in related] == [story] and related[0]["similarity"] >= 0.5
    assert get_document(ledger, other)["near_duplicates"] == []
    listed = {d["id"]: d["near_duplicates"] for d in list_documents(ledger)}
    assert listed == {story: [copy], copy: [story], other: []}
