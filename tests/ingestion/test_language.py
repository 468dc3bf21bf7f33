"""Language detection on sentences we wrote: the six extracted languages (long and short) stay
right, and the languages harmledger does not extract are detected as what they are instead of as
their neighbour (Danish and Norwegian as Swedish, Italian and Portuguese as Spanish, ...)."""

from __future__ import annotations

import pytest

from harmledger.language import detect_language

SUPPORTED = [
    ("en", "At least twelve civilians were killed last night when a missile struck a market."),
    ("en", "Eight people were wounded, two of them children."),
    ("en", "Twelve killed in market strike"),
    ("fr", "Au moins douze civils ont été tués hier soir lorsqu'un missile a frappé un marché."),
    ("fr", "Huit personnes ont été blessées, dont deux enfants."),
    ("fr", "Douze morts dans une frappe"),
    ("es", "Al menos doce civiles murieron anoche cuando un misil impactó en un mercado."),
    ("es", "Ocho personas resultaron heridas, entre ellas dos niños."),
    ("es", "Doce muertos en un ataque"),
    ("de", "Mindestens zwölf Zivilisten wurden gestern Abend getötet, als eine Rakete einschlug."),
    ("de", "Acht Menschen wurden verletzt, darunter zwei Kinder."),
    ("de", "Zwölf Tote bei Angriff auf Markt"),
    ("sv", "Minst tolv civila dödades i går kväll när en robot träffade en marknad i staden."),
    ("sv", "Åtta personer skadades, bland dem två barn."),
    ("sv", "Tolv döda i attack mot marknad"),
    ("ar", "قتل ما لا يقل عن اثني عشر مدنيا مساء أمس عندما أصاب صاروخ سوقا في المدينة."),
    ("ar", "أصيب ثمانية أشخاص بينهم طفلان."),
    ("ar", "مقتل 12 في قصف سوق"),
]
NOT_EXTRACTED = [
    ("da", "Mindst tolv civile blev dræbt, da et missil ramte et marked i byen i går aftes."),
    ("da", "Ifølge hospitalet er otte mennesker såret, heriblandt to børn."),
    ("nb", "Minst tolv sivile ble drept da en rakett traff et marked i byen i går kveld."),
    ("nb", "Ifølge sykehuset er åtte personer skadet, blant dem to barn."),
    ("it", "Almeno dodici civili sono stati uccisi ieri sera quando un missile ha colpito un mercato."),
    ("it", "Secondo l'ospedale, otto persone sono rimaste ferite, tra cui due bambini."),
    ("pt", "Pelo menos doze civis foram mortos ontem à noite quando um míssil atingiu um mercado."),
    ("nl", "Ten minste twaalf burgers zijn gisteravond gedood toen een raket een markt trof."),
    ("ru", "По меньшей мере двенадцать мирных жителей погибли вчера вечером, когда ракета попала в рынок."),
    ("uk", "Щонайменше дванадцять цивільних загинули вчора ввечері, коли ракета влучила в ринок."),
    ("tr", "Dün akşam bir füzenin pazar yerine isabet etmesi sonucu en az on iki sivil hayatını kaybetti."),
    ("fa", "به گفته مقامات محلی، دست کم دوازده غیرنظامی دیشب در اثر اصابت موشک به بازار شهر کشته شدند."),
    ("he", "לפי הרשויות המקומיות, לפחות שנים עשר אזרחים נהרגו אמש כאשר טיל פגע בשוק בעיר."),
    ("sw", "Raia wasiopungua kumi na wawili waliuawa jana usiku baada ya kombora kupiga soko la mji."),
    ("ur", "کم از کم بارہ شہری گزشتہ رات بازار پر میزائل گرنے سے ہلاک ہو گئے، مقامی حکام نے بتایا۔"),
    ("so", "Ugu yaraan laba iyo toban qof oo rayid ah ayaa lagu dilay weerarka suuqa."),
    ("ku", "بەلایەنی کەمەوە دوانزە هاوڵاتی مەدەنی لە هێرشێکدا کوژران و هەشت کەس برینداربوون."),
    ("ku", "Herî kêm diwanzdeh sivîl di êrîşê de hatin kuştin û heşt kes birîndar bûn."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), SUPPORTED + NOT_EXTRACTED)
def test_detected_as_what_it_is(lang: str, text: str) -> None:
    code, confidence = detect_language(text)
    assert code == lang
    assert 0.5 <= confidence <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Une fête a eu lieu près de la fenêtre du maître, même si la tête de l'arrêt était sûre.",
        "Você disse que três pessoas ficaram feridas no mês passado.",
        "Kardeşim dün akşam eve geç geldi ve çok yorgundu.",
    ],
)
def test_circumflexes_of_other_languages_are_not_kurdish(text: str) -> None:
    assert detect_language(text)[0] != "ku"


def test_text_without_letters_is_undetermined() -> None:
    assert detect_language("12 / 14 / 2,600 ;; 104 -- 23") == ("und", 0.0)
