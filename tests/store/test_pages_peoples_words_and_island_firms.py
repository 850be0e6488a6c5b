"""Invented stories from small island states and landlocked Laos: the word for a country's people and
things, made from the country's name ("Caymanian firms", "Tuvaluan savers", "Lao banks"), names no one;
the country itself stays a place. Eswatini's money written with its "E" ("E40m", "at E12.30") is a sum,
and a town named for a river's bend keeps its first word ("Big Bend"). A reinsurer named "X Re" is a
company, and the company's short name is its own, not its sidecar's ("Kittiwake Sidecar II Ltd"). Words a
regulator put in a press communiqué or a consultation paper are the document's, not speech. An exchange
named for a place of two words goes by one letter for it ("CSX", the Cayman Islands Stock Exchange), and
"the Compass" is the paper whose name ends with it. A number word can open a name ("Seven Mile",
"One Telecoms") where it counts nothing, and a ministry named for a list of fields keeps a field of
two words ("Economic Planning"). A town's half named by its side ("George Town North") is one place."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers


def test_words_for_a_country_s_people_made_from_its_name_are_not_entities() -> None:
    body = (
        "Tuvaluan savers and Caymanian firms both bought the Kestrel Reef Holdings Ltd bond, which Lao banks "
        "also hold.\n\n"
        "Most Bermudians have never heard of Kestrel Reef Holdings, its chief executive, Ana Tekinene, said in Tuvalu.\n\n"
        "The Cayman Islands and Laos both regulate such bonds.\n"
    )
    found = entities(analyze_text(body))
    assert not {"Tuvaluan", "Caymanian", "Lao", "Bermudians"} & found.keys()
    assert {"Kestrel Reef Holdings Ltd", "Ana Tekinene"} <= found.keys()
    assert found.get("Tuvalu") == "PLACE" and found.get("Laos") == "PLACE"


def test_sums_in_emalangeni_are_sums_and_a_bend_in_a_river_names_a_town() -> None:
    body = (
        "Lubombo Citrus Ltd plans to raise E40m through a bond, its managing director, Sipho Mamba, said.\n\n"
        "The E40 million issue is its first. Lubombo Citrus shares closed at E12.30 on Friday.\n\n"
        "The company farms near Big Bend, where cars still run on E10 fuel.\n"
    )
    found = entities(analyze_text(body))
    assert not {"E40", "E12.30", "Bend"} & found.keys()
    assert found.get("Big Bend") == "PLACE"
    assert {"Lubombo Citrus Ltd", "Sipho Mamba"} <= found.keys()


def test_a_reinsurer_s_re_is_a_company_and_its_short_name_is_not_its_sidecar_s() -> None:
    body = (
        "Kittiwake Re Ltd, a Hamilton reinsurer, is raising $30 million through Kittiwake Sidecar II Ltd, "
        "a vehicle that will take a share of its property book.\n\n"
        "It is the third sidecar this year, after deals by Paget Re and Warwick Point Re in the spring.\n\n"
        "Kittiwake will keep a tenth of the risk, and Kittiwake expects to renew the deal next year.\n"
    )
    analysis = analyze_text(body)
    found = entities(analysis)
    assert found.get("Paget Re") == "ORG" and found.get("Warwick Point Re") == "ORG"
    assert entity_of(analysis, "Kittiwake") == "Kittiwake Re Ltd"


def test_words_from_a_communique_or_a_consultation_paper_are_not_speech() -> None:
    body = (
        "The Reserve Bank of Vanuatu kept its rate at 2.25 per cent. In its press communiqué, the bank said it "
        "“stands ready to act if prices rise faster”.\n\n"
        "In a consultation paper published in May, the Vanuatu Financial Services Commission said funds should "
        "keep “enough cash to meet a month of redemptions”.\n\n"
        "“We will write to every fund,” its chief executive, Marie Kalo, said.\n"
    )
    quotes = speakers(analyze_text(body))
    assert quotes["stands ready to act if prices rise faster"][0] != "speech"
    assert quotes["enough cash to meet a month of redemptions"][0] != "speech"
    assert quotes["We will write to every fund,"] == ("speech", "Marie Kalo")


def test_a_two_word_place_gives_one_initial_and_a_paper_goes_by_its_last_word() -> None:
    page = (
        "Skip to content\nHoniara Harbour\nNews\nBusiness\nSport\n\nBusiness\nTaro Fund lists on the exchange\n"
        "By Lee Gardiner\n\n"
        "Taro Point Fund Services Ltd will list a fund on the Solomon Islands Stock Exchange, its chief executive, "
        "Dara Pitakaka, told the Harbour.\n\n"
        "The SSX said it would approve the listing within a month.\n\n"
        "© 2025 Honiara Harbour. All rights reserved.\n"
    )
    analysis = analyze_text(page, filename="taro.txt")
    assert analysis.source == "Honiara Harbour"
    assert entity_of(analysis, "SSX") == "Solomon Islands Stock Exchange"
    assert entity_of(analysis, "Harbour") == "Honiara Harbour"


def test_a_number_word_that_opens_a_name_stays_in_it() -> None:
    body = (
        "Conch Bay Trust Ltd agreed to buy rival Nine Mile Corporate Services for US$8 million on Monday.\n\n"
        "Nine Mile founder Rhona Bodden will join the board, and all 30 of Nine Mile’s staff keep their jobs.\n\n"
        "The buyer also took a lease from One Telecoms near Six Mile Bay.\n\n"
        "Two Conch Bay Trust directors will step down.\n"
    )
    found = entities(analyze_text(body))
    assert found.get("Nine Mile Corporate Services") == "ORG"
    assert found.get("Six Mile Bay") == "PLACE"
    assert "One Telecoms" in found
    assert not {"Mile Corporate Services", "Mile", "Telecoms", "Mile Bay", "Two Conch Bay Trust"} & found.keys()
    assert "Conch Bay Trust Ltd" in found


def test_a_ministry_named_for_a_list_of_fields_keeps_a_two_word_field() -> None:
    body = (
        "The Ministry of Finance, Economic Planning and Trade approved the Lagoon Reef Power Ltd bond on Monday.\n\n"
        "Lagoon Reef Power will now repay its loans early, its chief executive, Marie Hoareau, said.\n"
    )
    found = entities(analyze_text(body))
    assert found.get("Ministry of Finance, Economic Planning and Trade") == "ORG"
    assert "Ministry of Finance" not in found


def test_a_town_s_half_named_by_its_side_is_one_place() -> None:
    body = (
        "Mangrove Point Bank will open a branch in Savannah Town East, the MP for Savannah Town East, "
        "Orrin Bodden, said on Monday.\n\n"
        "Voters in George Town North want one too.\n"
    )
    found = entities(analyze_text(body))
    assert found.get("Savannah Town East") == "PLACE"
    assert found.get("George Town North") == "PLACE"
    assert not {"Savannah Town", "East"} & found.keys()
