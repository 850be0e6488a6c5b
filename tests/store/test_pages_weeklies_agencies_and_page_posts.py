"""Invented pages: a German weekly's international edition, an Italian news agency's English service, a
Brazilian business daily's English service and a bus company's post on its social page. Each page's
own furniture, its headline and writers, and what is named. Each test checks what a reader would see."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of


def test_a_german_weeklys_headline_is_found_under_its_menu_and_kicker_and_its_share_bar_goes():
    text = "\n".join([
        "DER SPIEGEL",
        "International",
        "Germany",
        "Europe",
        "World",
        "Business",
        "Zeitgeist",
        "",
        "Succession Fight in Swabia",
        "The Heirs Who Won’t Sell: A Swabian Toolmaker Takes On Its Bidders",
        "A fund wants to pay €900 million for Kessler Werkzeug. The founder’s grandson says no.",
        "By Anna Vogt and Jonas Reimer",
        "27.05.2025, 17.12 Uhr",
        "Zur Merkliste hinzufügen",
        "X.com",
        "Link kopieren",
        "",
        "Jonas Kessler at the company’s headquarters in Aalen: “We are not for sale”",
        "Foto: Lea Baum / dpa",
        "",
        "Jonas Kessler, 52, holds the largest stake in the family's holding.",
        "",
        "Translated from the German by Ruth Carey",
        "Discussion closed: Comments on this article are no longer possible.",
    ])
    analysis = analyze_text(text, filename="spiegel.txt")
    assert analysis.title == "The Heirs Who Won’t Sell: A Swabian Toolmaker Takes On Its Bidders"
    assert (analysis.date, analysis.author) == ("2025-05-27", "Anna Vogt and Jonas Reimer")
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("Merkliste", "X.com", "Link kopieren", "Foto:", "at the company’s headquarters", "Translated from",
                   "Discussion closed", "Zeitgeist"):
        assert chrome not in shown


def test_an_agency_page_drops_its_captions_suggestions_and_translation_notes_and_reads_italian_companies():
    text = "\n".join([
        "ANSA",
        "English",
        "",
        "Milan fashion house chief detained in tax probe",
        "",
        "Tax police officers outside the Orsolini headquarters in Milan - RIPRODUZIONE RISERVATA",
        "",
        "(ANSA) - MILAN, MAY 27 - The Guardia di Finanza on Tuesday detained the chief executive of Orsolini S.p.A., "
        "prosecutors said. Orsolini shares fell 9%.",
        "",
        "Suggested articles",
        "Luxury exports to China slow in first quarter",
        "Naples port traffic up 6% in April",
        "",
        "Riproduzione riservata © Copyright ANSA",
    ])
    analysis = analyze_text(text, filename="ansa.txt")
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("RIPRODUZIONE", "Suggested articles", "Luxury exports", "Naples port"):
        assert chrome not in shown
    named = entities(analysis)
    assert named["Orsolini S.p.A."] == "ORG" and entity_of(analysis, "Orsolini") == "Orsolini S.p.A."
    assert named["Guardia di Finanza"] == "ORG"


def test_a_brazilian_dailys_byline_with_its_city_and_its_credits_and_notes_go():
    text = "\n".join([
        "Valor International",
        "Business",
        "",
        "Logistics group Rota Norte renegotiates R$2.3 billion in debt",
        "By Camila Souza — São Paulo",
        "05/27/2025 4:12 pm",
        "",
        "Rota Norte distribution center in Campinas — Foto: Divulgação",
        "",
        "Rota Norte S.A. has reached an agreement with its creditors, it said in a filing.",
        "",
        "This text was translated with the help of artificial intelligence tools and reviewed by our editorial team.",
        "Content from Valor Econômico",
    ])
    analysis = analyze_text(text, filename="valor.txt")
    assert analysis.author == "Camila Souza"
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("By Camila", "Foto:", "translated with the help", "Content from"):
        assert chrome not in shown


def test_a_companys_social_page_post_takes_its_first_line_as_title_and_the_page_as_source():
    text = "\n".join([
        "---",
        "title: \"Tynebridge Buses - SERVICE UPDATE: Routes 4 and 9 reduced from Monday | Facebook\"",
        "source: \"https://www.facebook.com/TynebridgeBuses/posts/pfbid0abc\"",
        "published: 2025-05-27",
        "---",
        "[Tynebridge Buses](https://www.facebook.com/TynebridgeBuses)",
        "Follow",
        "",
        "SERVICE UPDATE: Routes 4 and 9 reduced from Monday",
        "",
        "After last week's strike we have to run fewer buses on two routes until further notice.",
    ])
    analysis = analyze_text(text, filename="post.md")
    assert (analysis.title, analysis.source) == ("SERVICE UPDATE: Routes 4 and 9 reduced from Monday", "Tynebridge Buses")
