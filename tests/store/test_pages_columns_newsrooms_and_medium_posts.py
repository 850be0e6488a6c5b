"""Invented pages of kinds a labelled set brought: a wire's opinion column under its promo lines,
a company's own newsroom release with its sign-off and press contacts, a Philippine paper's business
story (a family of one name across generations), a Nepali business story and a Medium post with
its tags over the writer's card. What is chrome, what the source is, and which names are whose."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of

_COLUMN = "\n".join([
    "Meridian",
    "Skip to main content",
    "Learn more about Meridian Data",
    "World",
    "Business",
    "Markets",
    "",
    "Counterpoint",
    "Halvard pays a rich price for a Swiss watchmaker",
    "By Ines Carvalho",
    "June 2, 2025",
    "",
    "ZURICH, June 2 (Meridian Counterpoint) - Halvard Group is paying up for heritage. The Oslo-listed group "
    "offered 2 billion francs for Vautrin SA on Monday.",
    "",
    "Follow @Counterpoint on Twitter",
    "(The author is a Meridian Counterpoint columnist. The opinions expressed are their own.)",
    "Meridian Counterpoint is the world's leading source of agenda-setting financial insight. Try it free.",
])


def test_a_wire_column_takes_its_headline_past_the_promo_and_its_service_from_the_dateline():
    analysis = analyze_text(_COLUMN, filename="column.txt")
    assert analysis.title == "Halvard pays a rich price for a Swiss watchmaker"
    assert analysis.source == "Meridian Counterpoint"
    kept = "\n".join(analysis.paragraphs)
    for chrome in ("Follow @Counterpoint", "The author is", "world's leading source"):
        assert chrome not in kept, chrome


_NEWSROOM = "\n".join([
    "Harrowgate Sensors plc (LSE: HGS) announces that Dr Moira Laidlaw will join as Chief Executive.",
    "",
    "Ends",
    "",
    "Notes to editors",
    "About Harrowgate",
    "Harrowgate Sensors plc makes acoustic sensors for water utilities.",
    "",
    "For further information:",
    "Harrowgate Sensors plc",
    "Peter Quayle, Head of Communications",
    "+44 (0)20 7946 0999 | press@harrowgate.example",
    "",
    "Download as PDF",
])


def test_a_release_foot_its_sign_off_notes_label_contacts_and_download_link_are_chrome():
    text = "Harrowgate appoints new chief executive\n\n27 May 2025\n\n" + _NEWSROOM
    analysis = analyze_text(text, filename="newsroom.txt")
    kept = "\n".join(analysis.paragraphs)
    for chrome in ("Ends", "Notes to editors", "For further information", "Peter Quayle", "+44", "Download as PDF"):
        assert chrome not in kept, chrome
    assert "Peter Quayle" not in entities(analysis)


_FAMILY_FIRM = "\n".join([
    "INQUIRER.net",
    "Business",
    "",
    "Heirs clash over seat at Cebu ferry firm",
    "By: Ana Lim - Reporter / @analimINQ",
    "Philippine Daily Inquirer / 05:12 AM June 2, 2025",
    "",
    "Shipping patriarch Ramon Villacorta asked a court to stop his son Ramon Villacorta Jr. from taking a seat "
    "on the board. The seat has been held since 2009 by Ramon Villacorta Sr. himself.",
    "",
    "Villacorta Jr., 58, declined to comment. Its issue manager, Bantayan Capital Ltd, said nothing.",
    "",
    "The company runs the Cebu-Bohol route. SunStar Cebu first reported the petition.",
    "",
    "Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles, share up to "
    "5 gadgets, listen to the news, download as early as 4am & share articles on social media. Call 896 6000.",
])


def test_a_father_and_son_of_one_name_are_told_apart_by_generation():
    analysis = analyze_text(_FAMILY_FIRM, filename="villacorta.txt")
    assert analysis.source == "Philippine Daily Inquirer"
    assert entity_of(analysis, "Ramon Villacorta Sr.") == entity_of(analysis, "Ramon Villacorta")
    assert entity_of(analysis, "Villacorta Jr.") == entity_of(analysis, "Ramon Villacorta Jr.")
    assert entity_of(analysis, "Villacorta Jr.") != entity_of(analysis, "Ramon Villacorta")
    found = entities(analysis)
    assert found["Bantayan Capital Ltd"] == "ORG" and found["SunStar Cebu"] == "ORG"
    assert "Cebu-Bohol" not in found
    assert "INQUIRER PLUS" not in "\n".join(analysis.paragraphs)


def test_a_hydro_project_by_its_site_name_is_the_project():
    text = "\n".join([
        "Developer delays share sale",
        "",
        "The developer of the Upper Tamor Khola project said it cannot finalise its prospectus.",
        "",
        "The company runs the 48-megawatt Upper Tamor Khola Hydroelectric Project in Taplejung district.",
    ])
    analysis = analyze_text(text, filename="hydro.txt")
    assert entity_of(analysis, "Upper Tamor Khola") == entity_of(analysis, "Upper Tamor Khola Hydroelectric Project")


_MEDIUM = "\n".join([
    "---",
    'title: "Why I sold my startup to our biggest rival"',
    "author: Dana Okonjo",
    "published: 2025-05-27",
    "---",
    "",
    "## Why I sold my startup to our biggest rival",
    "",
    "In March, I signed the papers that sold Tilework to Gridline. It was the hardest call I have made.",
    "",
    "## The email",
    "",
    "On a Sunday night, Gridline's chief executive sent me an offer.",
    "",
    "Startup",
    "Acquisition",
    "Founders",
    "",
    "Written by Dana Okonjo",
    "1.4K Followers",
    "Founder of Tilework. Writing about selling software to builders.",
    "Follow",
])


def test_a_post_keeps_a_heading_about_an_email_and_drops_its_tags_over_the_writers_card():
    kept = analyze_text(_MEDIUM, filename="medium.md").paragraphs
    assert "The email" in kept
    for tag in ("Startup", "Acquisition", "Founders"):
        assert tag not in kept
