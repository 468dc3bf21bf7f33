"""Regenerate the French PDF of the synthetic demo corpus (run once; the PDF is committed).

Usage: .venv/bin/python tools/make_demo_pdf.py
"""

import datetime as dt
from pathlib import Path

from fpdf import FPDF

TARGET = Path(__file__).resolve().parents[1] / "harmledger/demo/corpus/fr_bulletin.pdf"

PARAGRAPHS = [
    "TEXTE DE DÉMONSTRATION SYNTHÉTIQUE : la ville, les personnes et les chiffres sont inventés.",
    "Selon la défense civile locale, au moins douze civils ont été tués, dont quatre enfants, "
    "lorsqu'une frappe aérienne a touché le marché couvert de Tel Amar le 3 mars 2024.",
    "Vingt-sept personnes ont été blessées. L'Observatoire de démonstration des droits de "
    "l'homme fait état de 14 morts parmi les civils.",
    "L'Alliance du Nord affirme examiner les informations faisant état de victimes civiles.",
]


def main() -> None:
    pdf = FPDF()
    pdf.set_title("Bulletin : frappe sur le marché de Tel Amar (démo synthétique)")
    pdf.set_author("Bureau de démonstration")
    pdf.set_creation_date(dt.datetime(2024, 3, 6, tzinfo=dt.UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for paragraph in PARAGRAPHS:
        pdf.multi_cell(0, 7, paragraph)
        pdf.ln(3)
    pdf.output(str(TARGET))
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
