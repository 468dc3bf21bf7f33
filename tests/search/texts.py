"""Sentences written for the search tests (all invented), one report per language."""

REPORTS = {
    "en": "Four civilians were killed when a drone struck the market in Raqqa on Monday, "
    "a local monitor reported.",
    "ar": "قُتِلَ أربعة مدنيين عندما قصفت طائرة مسيّرة السوق في الرَّقَّة يوم الاثنين، بحسب مرصد محلي.",
    "es": "Cuatro civiles murieron cuando un dron alcanzó el mercado de Raqqa el lunes, "
    "informó un observador local.",
    "fr": "Quatre civils ont été tués lorsqu'un drone a frappé le marché de Raqqa lundi, "
    "selon un observateur local.",
    "de": "Vier Zivilisten wurden getötet, als eine Drohne den Markt an der Hauptstraße von "
    "Rakka am Montag traf, berichtete ein örtlicher Beobachter.",
    "sv": "Fyra civila dödades när en drönare träffade torget i Raqqa på måndagen, uppgav "
    "en lokal observatör.",
}

# Arabic without vowel marks, the town written with a preposition on it ("in Raqqa")
AR_PLAIN = "وأصيب سبعة أشخاص بالرقة في قصف مدفعي على حي المشلب صباح الثلاثاء."

# a witness's account: analysts may search it, the public may not
WITNESS = "A witness said eleven people were killed in the bakery queue in Tabqa."

# a report ingested later, to see the index catch up
LATER = "Two aid workers were killed at the bakery in Mansoura, a relief agency said."
