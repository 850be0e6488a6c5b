"""Whole pages whose story sits among things a page embeds or a form wraps around it: a video's
transcript, posts embedded from X, an SEC filing, a column wrapped at a fixed width with no blank
lines, a Korean paper's byline. Each test feeds an invented page through ``analyze_text`` and checks
what a reader would see: the story's lines, who is named, and who said what."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, speakers


VIDEO_PAGE = "\n".join([
    "---",
    'title: "How Tidebrook Cut Its Ferry Fleet | Founder Ilse Marchetti Interview"',
    'channel: "Harbour Talks"',
    "published: 2025-04-02",
    "---",
    "",
    "# How Tidebrook Cut Its Ferry Fleet | Founder Ilse Marchetti Interview",
    "",
    "Harbour Talks",
    "86K subscribers",
    "Subscribe",
    "41K views 5 days ago",
    "",
    "Owen Castellane talks to Ilse Marchetti, founder of the Oslo ferry operator Tidebrook, about selling half its boats.",
    "…more",
    "",
    "Chapters",
    "00:00 Welcome",
    "02:10 Selling the boats",
    "06:45 What comes next",
    "",
    "Tidebrook: https://www.tidebrook.example",
    "",
    "Transcript",
    "0:00 >> Ilse, welcome to the show.",
    "0:03 >> Glad to be here, Owen.",
    "2:10 >> Why sell half the fleet now?",
    "2:14 >> Because the winter timetable never paid for itself, and the",
    "2:18 summer one only just did. We ran boats for a Norway that",
    "2:22 had stopped commuting by water.",
    "6:45 >> And next year?",
    "6:48 >> Four routes, all of them full. That is the whole plan.",
    "",
    "Comments 212",
    "Sort by",
    "@fjordfan 2 days ago",
    "I took the night boat for ten years and will miss it.",
    "Reply",
])


def test_a_video_transcript_quotes_the_guest_line_by_line_and_drops_the_players_chrome():
    analysis = analyze_text(VIDEO_PAGE, filename="video.md")
    said = speakers(analysis)
    guest = "Ilse Marchetti"
    assert said["Glad to be here, Owen."] == ("speech", guest)
    assert said["Because the winter timetable never paid for itself, and the"] == ("speech", guest)
    assert said["summer one only just did. We ran boats for a Norway that"] == ("speech", guest)
    assert said["Four routes, all of them full. That is the whole plan."] == ("speech", guest)
    # the host asks; his questions are nobody's quoted words
    assert not any("Why sell half the fleet" in text for text in said)
    # each caption stays a line of its own, as the player shows it
    assert "2:22 had stopped commuting by water." in analysis.paragraphs
    for chrome in ("…more", "Chapters", "00:00 Welcome", "Tidebrook: https://www.tidebrook.example",
                   "@fjordfan 2 days ago", "I took the night boat for ten years and will miss it."):
        assert chrome in analysis.removed
    assert analysis.source == "Harbour Talks"
    assert "Harbour Talks" in analysis.removed and "86K subscribers" in analysis.removed  # the channel's card
    assert "Glad" not in entities(analysis)  # a turn's first word, capitalised by position


def test_posts_embedded_from_x_are_their_posters_words_and_the_embed_is_chrome():
    text = "\n".join([
        "TechCrunch",
        "Startups",
        "Sign In",
        "Quarrystone, the database startup behind Pebble, is bought by Lantern Labs",
        "Jo Abernethy",
        "9:10 AM PST · April 8, 2025",
        "Quarrystone, the Denver database startup whose query engine Pebble won a loyal following, "
        "has agreed to be acquired by Lantern Labs, the companies said on Monday.",
        "“We wanted a home that would keep Pebble open,” the startup told TechCrunch in a statement.",
        "Quarrystone was founded by Benedikta Ruiz-Olmos, whom database engineers have long called “Bene,” "
        "and Tariq Hollis. Ruiz-Olmos announced the sale on Monday.",
        "Bene Ruiz",
        "@benebuilds",
        "Big news: Quarrystone is joining Lantern Labs. Pebble stays open source, and so do we.",
        "10:02 AM · Apr 7, 2025",
        "310K Views",
        "Hollis answered with a post of his own.",
        "Tariq Hollis",
        "@tariqhollis",
        "Six years ago this was a weekend project. Proud of everyone who made it more.",
        "11:40 AM · Apr 7, 2025",
        "52K Views",
        "Lantern Labs chief executive Maren Dale said the deal would close in June. Investors said Bene had "
        "turned down two larger offers.",
    ])
    analysis = analyze_text(text, filename="techcrunch.txt")
    said = speakers(analysis)
    post = "Big news: Quarrystone is joining Lantern Labs. Pebble stays open source, and so do we."
    assert said[post] == ("speech", "Benedikta Ruiz-Olmos")  # "Bene Ruiz" is the nickname the story gave her
    assert said["Six years ago this was a weekend project. Proud of everyone who made it more."] == ("speech", "Tariq Hollis")
    # "the startup" is the one the story introduced as a startup, not the buyer named last
    assert said["We wanted a home that would keep Pebble open,"] == ("speech", "Quarrystone")
    assert "Bene" in aliases(analysis, "Benedikta Ruiz-Olmos")
    for chrome in ("10:02 AM · Apr 7, 2025", "310K Views", "11:40 AM · Apr 7, 2025"):
        assert chrome in analysis.removed
    # the card over a post says whose words follow, each line a paragraph of its own, as a signature under one does
    cards = analysis.paragraphs.index("Bene Ruiz")
    assert analysis.paragraphs[cards:cards + 3] == ("Bene Ruiz", "@benebuilds", post)
    assert "@tariqhollis" in analysis.paragraphs


FILING = "\n".join([
    "---",
    'title: "Ostrander Valve Corp. — Form 8-K"',
    'source: "https://www.sec.gov/Archives/edgar/data/1/0001-25-000001/ovc-8k.htm"',
    "---",
    "**UNITED STATES SECURITIES AND EXCHANGE COMMISSION**",
    "**Washington, D.C. 20549**",
    "# FORM 8-K",
    "**CURRENT REPORT**",
    "## OSTRANDER VALVE CORP.",
    "(Exact name of registrant as specified in its charter)",
    "| Ohio | 001-11111 | 31-0000000 |",
    "☐ Written communications pursuant to Rule 425 under the Securities Act (17 CFR 230.425)",
    "### Item 5.02 Departure of Directors or Certain Officers.",
    "On June 2, 2025, Lucia Brandt informed Ostrander Valve Corp. that she will retire as Chief Operating Officer "
    "on June 30, 2025.",
    "There are no family relationships between Ms. Brandt and any director or executive officer of the Company.",
    "### Item 9.01 Financial Statements and Exhibits.",
    "| 99.1 | Press release dated June 3, 2025 |",
    "### SIGNATURE",
    "Ostrander Valve Corp.",
    "Date: June 3, 2025",
    "By: /s/ Karl Whitfield",
    "**Exhibit 99.1**",
    "## Ostrander Valve Names New Operations Chief",
    "CLEVELAND, June 3, 2025 -- Ostrander Valve Corp. said Lucia Brandt will retire after 22 years.",
    '"Lucia built our plants into the best in the industry," said Karl Whitfield, chief executive.',
])


def test_an_edgar_filing_keeps_its_items_and_release_and_drops_the_form():
    analysis = analyze_text(FILING, filename="filing.md")
    assert analysis.title == "Ostrander Valve Corp. — Form 8-K"
    assert analysis.source == "SEC EDGAR"
    assert analysis.author == "Ostrander Valve Corp."
    assert any(p.startswith("On June 2, 2025, Lucia Brandt informed") for p in analysis.paragraphs)
    for chrome in ("(Exact name of registrant as specified in its charter)", "By: /s/ Karl Whitfield",
                   "**Exhibit 99.1**", "| 99.1 | Press release dated June 3, 2025 |"):
        assert chrome in analysis.removed
    assert any(line.startswith("There are no family relationships") for line in analysis.removed)
    # an item's caption heads its text, as the filing shows it, and names nobody
    assert "Item 5.02 Departure of Directors or Certain Officers." in analysis.paragraphs
    assert not {"Form 8-K", "Item", "Departure", "Certain Officers", "Directors"} & set(entities(analysis))
    assert speakers(analysis)["Lucia built our plants into the best in the industry,"] == ("speech", "Karl Whitfield")


def test_a_column_wrapped_without_blank_lines_stays_whole_around_its_teasers_and_appeal():
    text = "\n".join([
        "The Moscow Times",
        "Independent news from Russia",
        "News",
        "Support The Moscow Times!",
        "Contribute today",
        "Regulator Fines Fertiliser Maker Owned by Sanctioned Tycoon's Son",
        "April 2, 2025",
        "Yulia Dorofeyeva",
        "Updated: April 2, 2025",
        "Moscow's antitrust regulator on Tuesday fined Dmitriy Arkadyevich",
        "Kolesnikov, the owner of fertiliser maker Severnaya Khimiya, for",
        "raising prices twice in one quarter, the second time only weeks",
        "after farmers in the Volga region complained about the cost of",
        "spring planting.",
        "Read more",
        "Rail Freight Rates Climb for a Third Month",
        "Vedomosti, which first reported the fine, wrote that the company had",
        "ignored two warnings from the regulator over the winter months and",
        "had passed the higher costs of gas straight on to its customers.",
        "The EU listed Kolesnikov last year, spelling his name Dmitry",
        "Kolesnikov, and froze the accounts of two of his trading companies.",
        "Dear readers,",
        "We need your help to keep reporting. A monthly contribution of any size keeps us going.",
        "Continue",
    ])
    analysis = analyze_text(text, filename="mt.txt")
    assert analysis.title == "Regulator Fines Fertiliser Maker Owned by Sanctioned Tycoon's Son"
    assert analysis.paragraphs[0].startswith("Moscow's antitrust regulator on Tuesday fined Dmitriy Arkadyevich Kolesnikov,")
    assert any(p.startswith("Vedomosti, which first reported the fine,") for p in analysis.paragraphs)
    for chrome in ("Independent news from Russia", "Support The Moscow Times!", "Rail Freight Rates Climb for a Third Month",
                   "Dear readers,", "Continue"):
        assert chrome in analysis.removed
    # "Dmitriy" and "Dmitry": one man, romanised two ways
    people = [e for e in analysis.entities if e.type == "PERSON" and "Kolesnikov" in e.name]
    assert len(people) == 1


def test_a_korean_papers_byline_caption_and_family_names():
    text = "\n".join([
        "Korea JoongAng Daily",
        "Business",
        "Industry",
        "Haesol heirs put 2 trillion won of shares up for sale",
        "Published: 3 Mar. 2025, 17:40",
        "BY KIM DA-EUN [kim.daeun@joongang.co.kr]",
        "Haesol Group Chairman Yoon Jae-ho, right, at a shareholders' meeting in Seoul last year. [NEWS1]",
        "The heirs of the late Haesol Group Chairman Yoon Sang-gil will sell shares in two affiliates to pay "
        "inheritance tax, they said in filings on Monday.",
        "His children, Chairman Yoon Jae-ho and Yoon Mi-rae, signed trust contracts with a brokerage on Friday.",
        '"Chairman Yoon has to choose between the tax and control," said Oh Jin-seok, a professor at Korea University.',
        "Related Article",
        "Haesol heiress leaves board after dispute",
        "Analysts expect Chairman Yoon to borrow against his remaining shares.",
    ])
    analysis = analyze_text(text, filename="joongang.txt")
    assert analysis.author == "Kim Da-Eun"
    assert "Oh Jin-seok" in entities(analysis)  # "Oh" is his family name, not an exclamation
    said = speakers(analysis)
    assert said["Chairman Yoon has to choose between the tax and control,"] == ("speech", "Oh Jin-seok")
    # "Chairman Yoon" is the living chairman the story styled so, not his late father or his sister
    assert "Yoon" in aliases(analysis, "Yoon Jae-ho")
    assert "Yoon" not in aliases(analysis, "Yoon Mi-rae")
    for chrome in ("BY KIM DA-EUN [kim.daeun@joongang.co.kr]", "Related Article", "Haesol heiress leaves board after dispute"):
        assert chrome in analysis.removed
    assert any(line.endswith("[NEWS1]") for line in analysis.removed)


ROMANISED_TWICE = "\n".join([
    "Regulators sanction a steel magnate and his son",
    "",
    "Brussels on Monday sanctioned Pyotr Ilyich Orlovsky, the owner of steel maker Kamensk Stal.",
    "",
    "Orlovsky sold half his stake last month to his son, Yuri Petrovich Orlovsky, 31.",
    "",
    "The EU listed Orlovskiy, as it spells the name, and said Orlovsky had moved assets abroad.",
])


def test_a_name_romanised_two_ways_merges_the_same_way_whatever_the_hash_seed():
    script = (
        "import sys; from store.analyze import analyze_text; from tests.store.test_pages_with_embeds import "
        "ROMANISED_TWICE as t; print(sorted((e.name, sorted(e.aliases)) for e in analyze_text(t).entities))"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": seed}, cwd=Path(__file__).parents[2],
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(runs) == 1
    analysis = analyze_text(ROMANISED_TWICE, filename="orlovsky.txt")
    assert {"Orlovsky", "Orlovskiy"} <= aliases(analysis, "Pyotr Ilyich Orlovsky")
