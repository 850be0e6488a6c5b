"""Invented stories from the Bahamas, Bahrain and Lesotho: short forms of a long name ("the Central Bank" of
"the Central Bank of The Bahamas", "Mumtalakat" of "Bahrain Mumtalakat Holding Company", the ticker "CPH" of
"Coralline Payments Holdings Ltd"); a product named from its maker's words ("CoralPay"), which stays a
product; initials of an everyday hyphenated phrase ("BNPL"), which name no one; and a central bank's
policy statement quoted, which is a document's words."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers


def test_the_central_bank_is_short_for_the_central_bank_of_a_country_written_with_its_article() -> None:
    body = (
        "A remittance service needs a licence from the Central Bank of The Bahamas, and Lyford Pay has applied.\n\n"
        "The Central Bank said it would decide by June.\n"
    )
    analysis = analyze_text(body)
    assert entity_of(analysis, "Central Bank") == "Central Bank of The Bahamas"
    assert "Central Bank" not in entities(analysis)


def test_a_ticker_of_a_companys_initials_without_its_legal_form_is_that_company() -> None:
    body = (
        "Nassau-based Lyford Marine Holdings Ltd has raised B$9 million in a rights offering.\n\n"
        "Shares of LMH, which last traded at B$4.10, opened at B$4.35 yesterday.\n"
    )
    analysis = analyze_text(body)
    assert entity_of(analysis, "LMH") == "Lyford Marine Holdings Ltd"


def test_a_product_named_from_its_makers_words_stays_a_product() -> None:
    body = (
        "Nassau-based Lyford Payments Holdings Ltd has raised B$9 million in a rights offering.\n\n"
        "The company, which runs the LyfPay wallet for 2,300 merchants, said shareholders took up the shares.\n"
    )
    found = entities(analyze_text(body))
    assert found["LyfPay"] == "PRODUCT"
    assert found["Lyford Payments Holdings Ltd"] == "ORG"


def test_a_companys_name_after_its_country_and_before_its_forms_is_its_short_form() -> None:
    body = (
        "Manama-based fintech Nakhla Pay has raised BD3 million in a round led by Bahrain Tamkeen Holding "
        "Company, the kingdom's development fund.\n\n"
        "Tamkeen takes a 22 per cent stake.\n"
    )
    analysis = analyze_text(body)
    assert entity_of(analysis, "Tamkeen") == "Bahrain Tamkeen Holding Company"


def test_initials_of_an_everyday_hyphenated_phrase_name_no_one() -> None:
    body = (
        "The central bank will tighten the rules for buy-now-pay-later lenders from January.\n\n"
        "BNPL providers must check each customer's record, Nakhla Pay said.\n\n"
        "Regulators in Portugal are looking at proof-of-reserves rules.\n"
    )
    found = entities(analyze_text(body))
    assert "BNPL" not in found
    assert found["Portugal"] == "PLACE"  # (not dropped for opening with the letters of "POR")


def test_a_central_banks_policy_statement_quoted_is_a_documents_words() -> None:
    body = (
        "The Central Bank of Lesotho warned in its May monetary policy statement that “the outlook for textile "
        "exports has deteriorated markedly”.\n"
    )
    (quote,) = analyze_text(body).quotes
    assert quote.kind != "speech"


def test_a_states_trust_or_fund_keeps_its_country() -> None:
    body = (
        "Vailima Telecom asked the Unit Trust of Samoa (UTOS) to take part of the bond.\n\n"
        "The Unit Trust of Samoa’s chief executive said UTOS had not yet decided.\n"
    )
    analysis = analyze_text(body)
    assert entity_of(analysis, "UTOS") == "Unit Trust of Samoa"
    assert "Unit Trust" not in entities(analysis)


def test_new_before_a_place_or_a_countrys_second_word_is_part_of_the_places_name() -> None:
    body = (
        "Lyford Pay serves merchants in New Providence and will open an office in New Caledonia.\n\n"
        "New Tesla chief Ana Ruiz said the cars would follow.\n"
    )
    found = entities(analyze_text(body))
    assert found["New Providence"] == "PLACE" and found["New Caledonia"] == "PLACE"
    assert "Providence" not in found and "New Tesla" not in found


def test_everyday_and_generic_words_inside_a_bodys_name_stay_in_it() -> None:
    body = (
        "Lenders must check each customer's record with the Bahrain Credit Reference Bureau.\n\n"
        "Aqsha Tech JSC and its lending arm Aqsha Credit LLP will both apply, as will Tietoväylä Cloud Oy.\n"
    )
    found = entities(analyze_text(body))
    assert found["Bahrain Credit Reference Bureau"] == "ORG"
    assert "Aqsha Credit LLP" in found and "Tietoväylä Cloud Oy" in found
    assert "Reference Bureau" not in found and "Oy" not in found


def test_the_header_of_a_plain_text_table_over_its_rule_of_dashes_is_part_of_the_story() -> None:
    text = "\n".join([
        "Nakhla Pay grows its customer base",
        "",
        "Figures in the ministry filing show how quickly the app has grown:",
        "",
        "  Year      Customers   Merchants",
        "  --------- ----------- -----------",
        "  2023      41,000      850",
        "  2024      97,000      2,100",
        "",
        "The company said it expects to double again next year.",
    ])
    analysis = analyze_text(text, filename="nakhla.txt")
    assert any("Year" in paragraph and "Customers" in paragraph for paragraph in analysis.paragraphs)


def test_a_smelter_named_after_its_trade_is_a_company_though_a_town_shares_its_name() -> None:
    body = "Mumtalakat's holdings include aluminium smelter Alba and national carrier Gulf Air.\n"
    found = entities(analyze_text(body))
    assert found["Alba"] == "ORG" and found["Gulf Air"] == "ORG"
