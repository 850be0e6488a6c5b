"""Invented pages of kinds a labelled set brought: a Malaysian state agency's business story with its
picture desk's credit and sign-off, a Singapore family firm whose three Mr and Ms Gohs must be told
apart, a Nigerian paper's foot, an Indian business paper's trail back to its sections, and a UK select
committee's news page with its witnesses. What is chrome, what the source is, and which names are whose."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers

_AGENCY = "\n".join([
    "BERNAMA",
    "Home",
    "Business",
    "",
    "Business",
    "Seri Mahkota To Buy Kuching Mill In RM800 Million Deal",
    "02/06/2025 03:10 PM",
    "",
    "Plantation and Commodities Minister Datuk Seri Azlan Hamdan at the Borneo Palm Fair 2025 in Miri today. -- fotoBERNAMA",
    "",
    "KUCHING, June 2 (Bernama) -- Seri Mahkota Estates Berhad (Seri Mahkota) will buy a palm oil mill near "
    "Kuching for RM800 million, the group said in a filing today.",
    "",
    "Seri Mahkota chief executive Lim Kok Wah said the mill would take fruit from its estates in Sarawak "
    "and Peninsular Malaysia.",
    "",
    "The Ministry of Plantation and Commodities would review the deal, Azlan said after opening the "
    "Borneo Palm Fair 2025.",
    "",
    "-- BERNAMA",
])


def test_a_state_agency_story_loses_its_picture_credit_and_sign_off_and_keeps_its_names_whole():
    analysis = analyze_text(_AGENCY, filename="agency.txt")
    kept = "\n".join(analysis.paragraphs)
    assert "fotoBERNAMA" not in kept and "-- BERNAMA" not in kept
    found = entities(analysis)
    assert entity_of(analysis, "Seri Mahkota") == entity_of(analysis, "Seri Mahkota Estates Berhad")
    assert found[entity_of(analysis, "Seri Mahkota")] == "ORG"
    assert found["Peninsular Malaysia"] == "PLACE"
    assert found["Ministry of Plantation and Commodities"] == "ORG"
    assert "Commodities" not in found and "Plantation" not in found
    assert entity_of(analysis, "Borneo Palm Fair 2025") is not None


_FAMILY_FIRM = "\n".join([
    "Kopi Tiam chain’s founders resist investor’s call for a board seat",
    "",
    "SINGAPORE - The family behind Sin Heng, a chain of 20 coffee shops, is at odds with its investor.",
    "",
    "Its founder, Mr Darren Goh Wei Liang, 52, took over from his late father, Mr Goh Boon Hock, in 2001.",
    "",
    "His sister, Ms Goh Mei Ling, is the finance director. Ms Goh did not reply to queries.",
    "",
    "“The Goh family built this business one shop at a time,” Mr Goh said.",
    "",
    "“Investors who paid for a stake should not be kept in the dark,” Harbourfront Equity wrote in the letter, "
    "which was sent on May 30.",
])


def test_a_surname_three_relatives_share_goes_to_the_living_man_and_a_letter_is_no_speech():
    analysis = analyze_text(_FAMILY_FIRM, filename="family.txt")
    said = speakers(analysis)
    assert said["The Goh family built this business one shop at a time,"] == ("speech", "Darren Goh Wei Liang")
    assert said["Investors who paid for a stake should not be kept in the dark,"][0] == "other"
    assert "Ms Goh" in aliases(analysis, "Goh Mei Ling")
    assert "Mr Goh" not in aliases(analysis, "Goh Boon Hock")


_NIGERIAN_FOOT = "\n".join([
    "Punch Newspapers",
    "Business & Economy",
    "Regulator probes Okoye Flour Mills over bread prices",
    "Adaeze Nwosu",
    "3rd June 2025",
    "",
    "The commission said its officers visited the company's depots in Abuja and across the Federal Capital "
    "Territory last week.",
    "",
    "Stay informed and ahead of the curve! Follow The Punch Newspaper on WhatsApp for real-time updates, "
    "breaking news, and exclusive content. Don't miss a headline – join now!",
    "Join The Punch Newspapers Channel",
])


def test_a_paper_s_messenger_pitch_and_channel_button_are_chrome():
    analysis = analyze_text(_NIGERIAN_FOOT, filename="punch.txt")
    kept = "\n".join(analysis.paragraphs)
    assert "Stay informed" not in kept and "Join The Punch" not in kept
    assert "WhatsApp" not in entities(analysis)


_BUSINESS_PAPER = "\n".join([
    "Mint",
    "Companies",
    "",
    "Vahan Motors chief steps aside before listing",
    "Priya Raman, Vikram Shetty",
    "2 min read",
    "2 Jun 2025, 08:10 PM IST",
    "",
    "Vahan Motors named its finance head S.N. Kulkarni interim chief executive on Monday.",
    "",
    "Kulkarni, 49, joined the company in 2019.",
    "",
    "The board is led by Anirudh 'Andy' Desai, a Nashik auto-parts maker. Desai said the board backed the choice.",
    "",
    "\"Our results depend on the services of our key managerial personnel,\" the document says.",
    "",
    "Business News",
    "Companies",
    "Company News",
    "Business News/ Companies/ Company News/ Vahan Motors chief steps aside before listing",
])


def test_a_paper_s_trail_to_the_story_is_chrome_and_initials_run_together_name_one_man():
    analysis = analyze_text(_BUSINESS_PAPER, filename="mint.txt")
    kept = "\n".join(analysis.paragraphs)
    assert "Business News" not in kept and "Company News" not in kept
    assert entity_of(analysis, "Kulkarni") == entity_of(analysis, "S.N. Kulkarni") == "S.N. Kulkarni"
    assert entity_of(analysis, "Desai") == "Anirudh Desai"
    assert entities(analysis)["Anirudh Desai"] == "PERSON"
    said = speakers(analysis)
    assert said["Our results depend on the services of our key managerial personnel,"][0] == "other"


_COMMITTEE = "\n".join([
    "---",
    'title: "MPs question water bosses over leaks"',
    "author:",
    '  - "[[UK Parliament]]"',
    "published: 2025-06-03",
    "---",
    "UK Parliament",
    "# MPs question water bosses over leaks",
    "Published 3 June 2025",
    "",
    "Dame Helen Marsh, Chief Executive of Tamar Water, gave evidence to the Committee’s Water Resilience "
    "inquiry on Tuesday.",
    "",
    "In written evidence submitted before the session, Tamar Water said that ‘leakage has fallen by a fifth "
    "since 2020 across the region’.",
    "",
    "Chair of the Committee, Rt Hon Gareth Pryce MP, said the answers were not good enough.",
    "",
    "Owen Bell, director of the consumer group Tap Watch UK, said bills had doubled.",
    "",
    "## Witnesses",
    "",
    "- Dame Helen Marsh DBE, Chief Executive, Tamar Water",
    "- Owen Bell, Director, Tap Watch UK",
    "",
    "- Image: Parliamentary copyright/Jo Hale",
    "",
    "© UK Parliament 2026",
])


def test_a_committee_page_keeps_its_source_and_reads_its_witnesses_styles_and_written_evidence():
    analysis = analyze_text(_COMMITTEE, filename="committee.md")
    assert analysis.source == "UK Parliament"
    found = entities(analysis)
    assert "Rt" not in found and "Helen Marsh DBE" not in found
    assert entity_of(analysis, "Helen Marsh") is not None
    assert found[entity_of(analysis, "Tap Watch UK")] == "ORG"
    assert found["Water Resilience"] == "OTHER"
    said = speakers(analysis)
    assert said["leakage has fallen by a fifth since 2020 across the region"][0] == "other"


_WORKS_COUNCIL = "\n".join([
    "Pump maker to move assembly abroad",
    "",
    "Greta Vollmer said staff would hold the firm to the 2019 ‘job security agreement’ and would fight with "
    "“every means we have” to keep assembly in Pforzheim.",
    "",
    "The state had issued an “emergency closure order” against the plant, a spokesman said.",
])


def test_an_instrument_named_in_reported_words_is_no_speech_but_the_words_after_it_are_hers():
    said = speakers(analyze_text(_WORKS_COUNCIL, filename="council.txt"))
    assert said["job security agreement"] == ("other", None)
    assert said["emergency closure order"] == ("other", None)
    assert said["every means we have"] == ("speech", "Greta Vollmer")


_PULLED_AND_INITIALLED = "\n".join([
    "Fertiliser makers to merge",
    "",
    "“This merger gives us one warehouse network,” managing director and chief executive P. K. Raghavan said "
    "on a call with analysts.",
    "",
    "Dominic Hale ran the company for six years. In a statement issued through a spokesperson, he said: “I am "
    "proud of what this team built.”",
    "",
    "‘We never saw it coming’",
    "",
    "Inge Larsen, who chairs the works council, said staff learned of the plan on Monday.",
    "",
    "“We never saw it coming. People here have given this company thirty years,” Larsen said.",
])


def test_initials_before_the_verb_a_channel_for_a_statement_and_a_pulled_quote_keep_their_speakers():
    said = speakers(analyze_text(_PULLED_AND_INITIALLED, filename="pulled.txt"))
    assert said["This merger gives us one warehouse network,"] == ("speech", "P. K. Raghavan")
    assert said["I am proud of what this team built."] == ("speech", "Dominic Hale")
    assert said["We never saw it coming"] == ("speech", "Inge Larsen")


def test_a_network_named_before_a_post_is_the_platform():
    analysis = analyze_text(
        "Founder steps down\n\nSiddharth Rao, the founder, wrote in a LinkedIn post on Friday that he was leaving.",
        filename="post.txt",
    )
    assert entities(analysis)["LinkedIn"] == "PRODUCT"
