"""A finding verb that opens a clause with "that" ("a study found that 12 people were killed")
reports a finding, like a verb of saying: the clause's own verb gives the measure. The same verb
with bodies as its object is still a recovery."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

CASES = [
    ("en", "A study of the attack found that 12 people were killed.", "killed"),
    ("en", "Investigators found that 12 civilians had died in the strike.", "killed"),
    ("en", "The inquiry found that 7 villagers were wounded by the blast.", "injured"),
    ("en", "Rescuers found 12 bodies under the rubble.", "bodies_recovered"),
    ("en", "Rescuers found the bodies of 12 people under the rubble.", "bodies_recovered"),
    ("fr", "Une enquête a constaté que 12 civils avaient été tués.", "killed"),
    ("fr", "Les secouristes ont retrouvé 12 corps sous les décombres.", "bodies_recovered"),
    ("es", "Un estudio encontró que 12 personas murieron en el ataque.", "killed"),
    ("es", "Los rescatistas encontraron 12 cuerpos bajo los escombros.", "bodies_recovered"),
    ("de", "Die Ermittler fanden heraus, dass 12 Menschen gestorben waren.", "killed"),
    ("de", "Rettungskräfte fanden 12 Leichen unter den Trümmern.", "bodies_recovered"),
    ("sv", "En granskning fann att 12 civila dödades i attacken.", "killed"),
    ("sv", "Räddningsarbetare hittade 12 kroppar i rasmassorna.", "bodies_recovered"),
    ("ar", "وجد تحقيق أن 12 مدنيا قتلوا في الغارة.", "killed"),
    ("ar", "انتشل المسعفون 12 جثة من تحت الأنقاض.", "bodies_recovered"),
]


@pytest.mark.parametrize(("lang", "text", "measure"), CASES)
def test_found_that_reports_a_finding(lang: str, text: str, measure: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert [(c.measure, c.low) for c in claims] == [(measure, 12 if "12" in text else 7)]
