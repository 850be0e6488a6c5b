"""Invented pages: an English judgment as a legal archive prints it, a central bank's press conference
clipped to Markdown, a Kyiv news site, a Japanese business desk and a brief in Axios's style. Each
page's own furniture, names, statutes and cases, and who said what. Each test checks what a reader
would see."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers


def test_a_judgment_from_an_archive_keeps_its_paragraphs_and_names_its_case_court_and_judge():
    text = "\n".join([
        "[Home] [Databases] [Search] [Help]",
        "England and Wales High Court (Chancery Division) Decisions",
        "You are here: Archive >> Databases >> Quillmoor Pumps Ltd v Assendelft [2024] EWHC 902 (Ch) (3 April 2024)",
        "URL: https://archive.example.org/ew/cases/EWHC/Ch/2024/902.html",
        "",
        "Quillmoor Pumps Ltd v Assendelft [2024] EWHC 902 (Ch) (3 April 2024)",
        "",
        "Neutral Citation Number: [2024] EWHC 902 (Ch)",
        "Case No: BL-2023-000412",
        "IN THE HIGH COURT OF JUSTICE",
        "Date: 03/04/2024",
        "Before :",
        "MRS JUSTICE TREGARTHEN",
        "Between :",
        "QUILLMOOR PUMPS LIMITED",
        "Claimant",
        "- and -",
        "PIETER ASSENDELFT",
        "Defendant",
        "Approved Judgment",
        "MRS JUSTICE TREGARTHEN:",
        "Introduction",
        "1. The Claimant (‘Quillmoor’) makes pumps. The Defendant, Mr Pieter Assendelft, was its finance director until",
        "2023. He says he left on good terms, a month after Mr",
        "Dunstable-Rhee took over the board.",
        "Approved Judgment | Quillmoor Pumps Ltd v Assendelft | [2024] EWHC 902 (Ch) | Page 2",
        "Discussion",
        "2. Since Harrowgate Mills Ltd v Penhallow [1971] 1 WLR 88 the rule has been plain. Section 172 of the",
        "Companies Act 2006 applies, and nothing in the 2006 Act helps him. That is why the claim in Harrowgate failed.",
        "Archive: Copyright Policy | Disclaimers | Privacy Policy",
    ])
    analysis = analyze_text(text, filename="judgment.txt")
    assert (analysis.title, analysis.source, analysis.author, analysis.date) == (
        "Quillmoor Pumps Ltd v Assendelft", "High Court of England and Wales", "Mrs Justice Tregarthen", "2024-04-03",
    )
    shown = "\n".join(analysis.paragraphs)
    assert "Neutral Citation" not in shown and "Claimant\n" not in shown and "Page 2" not in shown
    assert "Copyright Policy" not in shown and "You are here" not in shown and "MRS JUSTICE" not in shown
    assert "Discussion" in analysis.paragraphs and "Introduction" in analysis.paragraphs
    assert any("a month after Mr Dunstable-Rhee took over" in p for p in analysis.paragraphs)
    found = entities(analysis)
    assert not {"WLR", "Ch", "Act"} & set(found)
    assert aliases(analysis, "Companies Act 2006") >= {"Companies Act 2006", "2006 Act"}
    assert entity_of(analysis, "Harrowgate") == "Harrowgate Mills Ltd v Penhallow"


def test_a_press_conference_transcript_keeps_questions_from_the_answers_before_them():
    text = "\n".join([
        "---",
        'title: "Press Conference After the Rate Decision | Bank of Elsmere"',
        "published: 2025-03-20",
        "---",
        "[Skip to main content](#main)",
        "[Bank of Elsmere](https://bank.example/)",
        "",
        "- [Monetary policy](https://bank.example/mp/)",
        "- [Statistics](https://bank.example/stats/)",
        "- [News](https://bank.example/news/)",
        "",
        "Share | Print | [Download PDF (180 KB)](https://bank.example/pc.pdf)",
        "",
        "Press conference",
        "",
        "# Press Conference After the Rate Decision",
        "",
        "**Governor Halvard Tjelmeland** and **Deputy Governor Ingrid Solvang**",
        "",
        "## Questions and answers",
        "",
        "**Question (Reuters):** Why cut now rather than in June?",
        "",
        "**Tjelmeland:** Because the data have turned. [Laughter] We saw it in every survey.",
        "",
        "**Question (NTB):** Is the currency part of it — [Inaudible] — or not?",
        "",
        "**Solvang:** Only a small part. Imported prices follow the currency with a lag.",
        "",
        "**Question:** Will you cut again?",
        "",
        "**Tjelmeland:** We will look at the numbers as they come.",
        "",
        "**Solvang:** And so will the whole committee, every time we meet.",
    ])
    analysis = analyze_text(text, filename="press-conference.md")
    assert (analysis.title, analysis.source) == ("Press Conference After the Rate Decision", "Bank of Elsmere")
    found = entities(analysis)
    assert "Question" not in found and "Inaudible" not in found
    assert entity_of(analysis, "Solvang") == "Ingrid Solvang"
    said = speakers(analysis)
    assert not any(text.startswith("Question") for text in said)
    assert said.get("Only a small part. Imported prices follow the currency with a lag.") == ("speech", "Ingrid Solvang")


def test_a_kyiv_news_page_names_its_outlet_parliament_and_a_name_spelled_two_ways():
    text = "\n".join([
        "The Dnipro Courier",
        "News Feed",
        "Business",
        "Support us",
        "Log in",
        "Anti-graft bureau charges Kherson shipping boss",
        "by Mariia Hordiienko",
        "March 3, 2025 1:10 PM",
        "Photo for illustrative purposes.",
        "",
        "Detectives have charged Mykhailo Zavhorodnii, who runs a barge company in Kherson, Ukrainska Zorya "
        "reported. Russian outlets spell him Mikhail Zavgorodny.",
        "",
        "Ostap Lukianchuk, a lawmaker from the Future of the Steppe party who sits on the Verkhovna Rada’s budget "
        "committee, told the Dnipro Courier the case was typical.",
        "",
        "Zavhorodnii’s lawyer, Bohdana Kril, said he had done nothing wrong.",
        "",
        "“Every barge was paid for at the market price, and we have the invoices for each of them.",
        "",
        "“We will show the court every one of those invoices,” Kril said.",
        "",
        "We’ve reported from Kherson since the first day of the war, and our reporters pay for their own "
        "armour with your help. Become part of the community that keeps independent journalism going.",
        "Become a member",
        "© 2026 The Dnipro Courier",
    ])
    analysis = analyze_text(text, filename="kherson.txt")
    found = entities(analysis)
    assert found["Dnipro Courier"] == "ORG" and found["Ukrainska Zorya"] == "ORG" and found["Verkhovna Rada"] == "ORG"
    assert found["Future of the Steppe"] == "ORG" and "Future" not in found
    assert entity_of(analysis, "Mikhail Zavgorodny") == entity_of(analysis, "Mykhailo Zavhorodnii")
    said = speakers(analysis)
    assert said["Every barge was paid for at the market price, and we have the invoices for each of them."] == (
        "speech", "Bohdana Kril",
    )
    assert "Photo for illustrative purposes." not in analysis.paragraphs
    assert not any("our reporters pay" in p for p in analysis.paragraphs)


def test_a_japanese_desk_merges_a_company_with_its_romaji_name_and_keeps_a_letters_words_its_own():
    text = "\n".join([
        "Activist loses board vote at Nagoya valve maker",
        "",
        "NAGOYA – Hoshizora Valve Co. beat back Tern Harbour Partners at its meeting on Friday. Tern Harbour "
        "owns 8% of the company.",
        "",
        "The company, known in Japanese as Hoshizora Barubu Kogyo, said its directors won 64% of the votes.",
        "",
        "The letter listed the chairman as \"HOSHIZORA Ren, Representative Director\" and said he had "
        "\"ignored three requests for a meeting.\"",
        "",
        "KEYWORDS",
        "Hoshizora Valve, Shareholders, activist investors",
    ])
    analysis = analyze_text(text, filename="valve.txt")
    assert entity_of(analysis, "Hoshizora Barubu Kogyo") == "Hoshizora Valve Co."
    said = speakers(analysis)
    assert said["ignored three requests for a meeting."][0] != "speech"
    assert said["HOSHIZORA Ren, Representative Director"][0] != "speech"
    assert "KEYWORDS" not in analysis.paragraphs


def test_a_brief_in_axios_style_finds_the_speaker_after_its_label():
    text = "\n".join([
        "Meal-kit startup Forkline cuts 30% of staff",
        "",
        "Forkline, a Denver meal-kit startup, is cutting 90 jobs.",
        "",
        "Zoom in: Forkline sold most of its kits through one grocer.",
        "",
        "What they’re saying: “We leaned on one partner for too long,” Forkline CEO Tamsin Ocampo told us.",
        "",
        "Go deeper: Meal kits are back, but not for everyone",
    ])
    analysis = analyze_text(text, filename="brief.txt")
    assert speakers(analysis)["We leaned on one partner for too long,"] == ("speech", "Tamsin Ocampo")
    assert "Zoom" not in entities(analysis)
    assert not any(p.startswith("Go deeper") for p in analysis.paragraphs)
