"""Named entities: finding, merging and typing mentions in the body."""

from __future__ import annotations

from store.analyze import analyze_text
from store.entities import find_entities
from store.quotes import find_quotes
from store.model import Entity


def _by_name(entities) -> dict[str, Entity]:
    return {e.name: e for e in entities}


def _names(body: str) -> set[str]:
    return {e.name for e in find_entities(body)}


def _check_spans(body: str, entities) -> None:
    for entity in entities:
        assert list(entity.spans) == sorted(entity.spans)
        for start, end in entity.spans:
            assert body[start:end] in entity.aliases


def test_multi_word_name_across_a_line_break_is_one_mention():
    text = "Vantage names a chief\nThe board of Vantage Holdings named Priya\nRaman as chief executive on Monday."
    analysis = analyze_text(text)
    people = _by_name(analysis.entities)
    assert people["Priya Raman"].type == "PERSON"
    assert people["Priya Raman"].mentions == 1
    _check_spans(analysis.body, analysis.entities)


def test_possessive_curly_and_straight_are_mentions_without_the_s():
    body = "Halcyon’s robots are fast. Halcyon's rivals are slower, and Halcyon knows it."
    entities = find_entities(body)
    halcyon = _by_name(entities)["Halcyon"]
    assert halcyon.mentions == 3
    assert all(body[s:e] == "Halcyon" for s, e in halcyon.spans)


def test_surname_and_first_name_merge_into_the_full_name():
    body = (
        "Priya Raman founded Halcyon Labs in 2019. Raman said the company would hire. "
        "Later that year Priya told staff the plan had changed."
    )
    entities = _by_name(find_entities(body))
    raman = entities["Priya Raman"]
    assert raman.type == "PERSON"
    assert raman.mentions == 3
    assert set(raman.aliases) == {"Priya Raman", "Raman", "Priya"}
    assert "Raman" not in entities and "Priya" not in entities


def test_shared_surname_goes_to_the_nearest_full_name():
    body = (
        "Priya Raman runs Halcyon. Raman said sales doubled. Dev Raman, her brother, runs Vantage. "
        "Raman said he was proud."
    )
    entities = _by_name(find_entities(body))
    assert entities["Priya Raman"].mentions == 2
    assert entities["Dev Raman"].mentions == 2


def test_nicknames_from_the_table_and_from_the_text():
    body = (
        "William Okoye, the outgoing chief executive, will stay on. Bill Okoye joined Vantage in 2009. "
        "Bartholomew Ndiaye, whom everyone at Halcyon calls Bart, built the gripper. Bart said it works."
    )
    entities = _by_name(find_entities(body))
    assert entities["William Okoye"].mentions == 2
    assert entities["Bartholomew Ndiaye"].mentions == 3
    assert "Bart" not in entities and "Bill Okoye" not in entities


def test_nickname_given_with_known_as():
    body = 'Tomasz Wren, known as "Tom Wrench" in the pits, left Halcyon. Tom Wrench declined to comment.'
    entities = _by_name(find_entities(body))
    assert entities["Tomasz Wren"].mentions == 3


def test_former_names_merge_into_the_current_name():
    body = (
        "Corvid, the Lisbon startup, was renamed from Magpie Analytics in 2022. "
        "Orbis Systems, formerly known as Lumenworks, sells headsets. "
        "Meanwhile Vantage transitioned from being called Keel Partners to Vantage Group last year, "
        "and Keel Partners is rarely mentioned now."
    )
    entities = _by_name(find_entities(body))
    assert "Magpie Analytics" in entities["Corvid"].aliases
    assert "Lumenworks" in entities["Orbis Systems"].aliases
    assert entities["Vantage Group"].mentions >= 2
    assert entities["Vantage Group"].type == "ORG"
    assert "Keel Partners" not in entities


def test_the_company_was_formerly_known_as_merges_into_the_company_named_before():
    body = (
        "Halcyon Labs, the Berlin startup, said on Tuesday it had raised money. "
        "The company was formerly known as Castellanos Robotics."
    )
    halcyon = _by_name(find_entities(body))["Halcyon Labs"]
    assert "Castellanos Robotics" in halcyon.aliases


def test_odd_casing_is_kept_and_case_variants_merge():
    body = (
        "The WhatsApp clone from xAI runs GPT4 on the iPhone. Users of Whatsapp and iPhone owners "
        "were not impressed."
    )
    entities = _by_name(find_entities(body))
    assert entities["WhatsApp"].mentions == 2
    assert {"xAI", "GPT4", "iPhone"} <= set(entities)
    assert entities["GPT4"].type == "PRODUCT"


def test_a_name_inside_another_word_handle_or_url_is_not_a_mention():
    body = (
        "Vale, the mining group, bought land. Valeverse, a game studio, is unrelated to Vale. "
        "Follow @AIatVale or visit https://vale.example.com/Vale for news."
    )
    vale = _by_name(find_entities(body))["Vale"]
    assert vale.mentions == 2
    assert all(body[s:e] == "Vale" for s, e in vale.spans)


def test_sentence_initial_words_months_and_generic_terms_are_not_entities():
    body = (
        "The deal closed in March. But Halcyon Labs said little. When asked, its CEO smiled. "
        "Publicly, the AI startup says its LLM and its Generative AI tools are ready. "
        "He said AGI is far off. On Friday the RLHF team met. Meanwhile Halcyon Labs hired."
    )
    assert _names(body) == {"Halcyon Labs"}


def test_section_words_are_never_entities():
    body = (
        "Halcyon Labs raised money. Read the Share button guide, the Posts page and Continue Reading "
        "links. Subscribe to Halcyon."
    )
    names = _names(body)
    assert not names & {"Share", "Posts", "Continue Reading", "Continue", "Reading", "Subscribe"}


def test_title_case_heading_words_are_not_entities():
    body = (
        "Is Priya Raman Building A Halcyon Rival\n\n"
        "Priya Raman has left Halcyon Labs. Halcyon said it wished her well."
    )
    names = _names(body)
    assert "Rival" not in names and "Building" not in names
    assert "Priya Raman" in names


def test_types_from_context():
    body = (
        "Priya Raman, chief executive of Halcyon Labs, said the Berlin-based startup would "
        "launch Beacon 2 next year. Vantage Capital led the round. Analysts at Morrow Research "
        "were impressed. The company also opened an office in Porto. Corvid, a drone startup "
        "based in Lisbon, was acquired by Halcyon. Raman told reporters she was pleased."
    )
    entities = _by_name(find_entities(body))
    assert entities["Priya Raman"].type == "PERSON"
    assert entities["Halcyon Labs"].type == "ORG"
    assert entities["Vantage Capital"].type == "ORG"
    assert entities["Morrow Research"].type == "ORG"
    assert entities["Corvid"].type == "ORG"
    assert entities["Beacon 2"].type == "PRODUCT"
    assert entities["Porto"].type == "PLACE"
    assert entities["Lisbon"].type == "PLACE"
    assert entities["Berlin"].type == "PLACE"


def test_unknown_words_after_in_are_places_and_appositives_type_names():
    body = (
        "Tally, the group-chat app, was bought by Sunhollow Interactive, a games studio in Ketterby. "
        "Noor Haddad, who runs Sunhollow, said Tally would return."
    )
    entities = _by_name(find_entities(body))
    assert entities["Tally"].type == "PRODUCT"
    assert entities["Sunhollow Interactive"].type == "ORG"
    assert entities["Sunhollow Interactive"].mentions == 2
    assert entities["Ketterby"].type == "PLACE"
    assert entities["Noor Haddad"].type == "PERSON"


def test_teaser_block_is_not_counted():
    text = "\n".join(
        [
            "Halcyon raises money",
            "Halcyon Labs said on Tuesday that it had raised $40 million from Vantage Capital, "
            "its largest round since the company was founded.",
            "Related",
            "Corvid launches a grocery drone",
            "Why Orbis Systems quit headsets",
        ]
    )
    names = {e.name for e in analyze_text(text).entities}
    assert "Corvid" not in names and "Orbis Systems" not in names
    assert "Halcyon Labs" in names


def test_entities_sorted_by_mentions_then_name_with_sorted_spans():
    body = "Orbis met Corvid. Corvid met Halcyon. Corvid left. Halcyon stayed. Ayla Brook watched."
    entities = find_entities(body)
    assert [e.name for e in entities][:2] == ["Corvid", "Halcyon"]
    keys = [(-e.mentions, e.name) for e in entities]
    assert keys == sorted(keys)
    _check_spans(body, entities)


def test_acronym_in_parentheses_merges_with_the_full_name():
    body = "The Federal Mining Authority (FMA) fined Vale. The FMA said the fine was final."
    entities = _by_name(find_entities(body))
    assert entities["Federal Mining Authority"].mentions == 3


def test_quoted_title_case_name_after_called_is_one_entity():
    body = 'Tally says a feature called "Open Mic" will lead the relaunch. Open Mic ships in May.'
    entities = _by_name(find_entities(body))
    assert entities["Open Mic"].mentions == 2
    assert "Mic" not in entities


def test_headline_gives_the_full_name_but_its_mentions_are_not_counted():
    text = "Maxine Oberlin on building Loomstack\nOberlin started Loomstack in 2019. Friends call her Maxine, and Oberlin laughs about it."
    analysis = analyze_text(text)
    oberlin = _by_name(analysis.entities)["Maxine Oberlin"]
    assert oberlin.type == "PERSON"
    assert oberlin.mentions == 3
    _check_spans(analysis.body, analysis.entities)


def test_place_names_with_small_words_and_institutions_with_and():
    body = (
        "Quillbank opened an office in New York. The U.S. Food and Drug Administration (FDA) "
        "cleared the device, and the FDA said more reviews would follow."
    )
    entities = _by_name(find_entities(body))
    assert entities["New York"].type == "PLACE"
    assert entities["U.S. Food and Drug Administration"].mentions == 3
    assert "York" not in entities


def test_stock_tickers_and_honorifics():
    body = "Orchid Health Inc. (NASDAQ: ORCH) hired Ms. Ellison. Mr. Reyes joined Orchid Health later."
    entities = _by_name(find_entities(body))
    assert "ORCH" not in entities and "NASDAQ" not in entities
    assert entities["Ellison"].type == "PERSON"
    assert entities["Orchid Health Inc."].mentions == 2


def test_sentence_initial_name_joined_to_another_name_is_kept():
    body = "Vantage and Halcyon Labs signed the deal. Analysts expected it."
    names = _names(body)
    assert {"Vantage", "Halcyon Labs"} <= names
    assert "Analysts" not in names


def test_nickname_given_with_words_between_known_and_as():
    body = (
        "Ines Abara will lead Vela Corp. Abara, known inside the company and across the city simply as Nessa, "
        "told staff she was ready. Tomas Pike, who is known to almost everyone as \"Tip,\" said little. "
        "Tip left early. Pike, known in the industry as a hard negotiator, smiled."
    )
    names = {e.name: set(e.aliases) for e in find_entities(body)}
    assert names["Ines Abara"] >= {"Ines Abara", "Abara", "Nessa"}
    assert names["Tomas Pike"] >= {"Tomas Pike", "Tip", "Pike"}
    assert "Nessa" not in names and "Tip" not in names


def test_pronoun_contractions_are_never_entities():
    body = "“I’d rather ship it,” said Hana Sato. “We’ll see,” Sato added."
    assert {e.name for e in find_entities(body)} == {"Hana Sato"}


def test_everyday_words_opening_sentences_are_not_entities():
    body = (
        "Halvorsen Freight cut 200 jobs on Monday. Growth slowed sharply last year. "
        "Affected employees will receive twelve weeks of pay. Independent analysts expect more cuts."
    )
    names = {e.name for e in find_entities(body)}
    assert names == {"Halvorsen Freight"}


def test_titles_of_reports_are_not_entities():
    body = (
        'Brisa Analytics said in its report, "The Hidden Cost of Waiting," that Quenby Labs overspends. '
        'Quenby Labs replied in a letter titled "Numbers Without Context."'
    )
    names = {e.name for e in find_entities(body)}
    assert names == {"Brisa Analytics", "Quenby Labs"}


def test_the_name_and_the_name_without_the_are_one_entity():
    body = (
        "The Lantern confirmed the deal on Tuesday. In an interview with The Lantern last year, "
        "Ros Kettering said she had no plans to sell."
    )
    [lantern] = [e for e in find_entities(body) if "Lantern" in e.name]
    assert lantern.name == "The Lantern"
    assert lantern.mentions == 2


def test_a_clipped_surname_nickname_joins_the_full_name():
    body = "Imre Vasaroczy founded Tolland in 2011. Vasa, as staff call him, still signs every offer. Vasa said no."
    [imre] = [e for e in find_entities(body) if e.type == "PERSON"]
    assert imre.name == "Imre Vasaroczy"
    assert "Vasa" in imre.aliases


def test_widely_known_companies_and_products_are_typed_without_context():
    body = (
        "Quenby Labs builds chips. Google and Microsoft both tested them, and the firm's app "
        "ships inside WhatsApp. Apple declined to comment."
    )
    types = {e.name: e.type for e in find_entities(body)}
    assert types["Google"] == types["Microsoft"] == types["Apple"] == "ORG"
    assert types["WhatsApp"] == "PRODUCT"


def test_an_acronym_without_brackets_joins_the_spelled_out_name():
    body = (
        "The Maritime Safety and Harbour Authority opened an inquiry. MSHA has not announced penalties."
    )
    [authority] = [e for e in find_entities(body) if "Authority" in e.name]
    assert "MSHA" in authority.aliases


def test_versioned_model_names_keep_their_variant_suffix():
    body = "Nova released Lyra4-mini on Monday. Developers said Lyra4-mini was fast, unlike Nova-backed rivals."
    names = {e.name for e in find_entities(body)}
    assert "Lyra4-mini" in names and "Lyra4" not in names and "Developers" not in names


def test_a_heading_keeps_only_the_names_seen_elsewhere():
    body = "Nova Ships Novastream\n\nNova, the Toronto startup, released Novastream on Monday."
    names = {e.name for e in find_entities(body)}
    assert "Nova Ships Novastream" not in names and {"Nova", "Novastream"} <= names


def test_a_former_name_joins_the_name_its_appositive_describes():
    body = (
        "SAN FRANCISCO, June 4 (Wirefeed) - Brightwater Pay, the payments startup formerly known as "
        "Coinrail, is exploring a sale, three people familiar with the matter said."
    )
    [pay] = [e for e in find_entities(body) if e.name == "Brightwater Pay"]
    assert "Coinrail" in pay.aliases


def test_began_life_as_names_a_former_name():
    body = "Vale began life as Valence Robotics, a hardware start-up. Vale now sells simulation software."
    [vale] = [e for e in find_entities(body) if e.name == "Vale"]
    assert "Valence Robotics" in vale.aliases


def test_called_her_introduces_a_nickname_for_the_person_before():
    body = (
        "Amaka Oduya keeps a jar of bolts on her desk. Friends have called her Bolt since school.\n\n"
        "Bolt laughed at the idea. Oduya said the name stuck."
    )
    amaka = _by_name(find_entities(body))["Amaka Oduya"]
    assert "Bolt" in amaka.aliases
    assert "Bolt" not in _names(body)


def test_until_a_year_it_traded_as_gives_a_former_name():
    body = (
        "Her company, Quillon Robotics, builds pallet robots. Until 2021 it traded as Pennywhistle Systems, "
        "a name nobody misses. Pennywhistle's first robot folded shirts."
    )
    entities = _by_name(find_entities(body))
    assert {"Pennywhistle Systems", "Pennywhistle"} <= set(entities["Quillon Robotics"].aliases)
    assert entities["Quillon Robotics"].type == "ORG"


def test_an_age_description_is_not_a_product():
    assert _names("Ines Barral sang. The 26-year-old laughed.") == {"Ines Barral"}


def test_a_word_in_a_handle_does_not_make_a_nickname_an_everyday_word():
    body = "Photo: Instagram/@kofi\n\nKofi Mensah-Boateng spoke first. Kofi, as fans call him, grinned."
    kofi = _by_name(find_entities(body))["Kofi Mensah-Boateng"]
    assert "Kofi" in kofi.aliases


def test_a_job_before_a_name_at_a_sentence_start_is_not_part_of_the_name():
    body = "The union met. Welder Dagny Solheim, who has worked there for years, spoke."
    assert "Dagny Solheim" in _names(body)
    assert "Welder Dagny Solheim" not in _names(body)


def test_street_and_coast_names_are_places_and_platforms_after_on_are_products():
    body = (
        "The yard on Brackwater Street stays open. Cranes go to ports along the Gulf Coast. "
        "Mayor Odile Fenn welcomed the sale on Facebook."
    )
    entities = _by_name(find_entities(body))
    assert entities["Brackwater Street"].type == "PLACE"
    assert entities["Gulf Coast"].type == "PLACE"
    assert entities["Facebook"].type == "PRODUCT"


def test_seasons_before_a_year_and_time_zones_after_a_clock_are_not_entities():
    body = "It ran in the Winter 2024 issue. Vellum fixed it just after 9 a.m. Pacific on Tuesday."
    assert _names(body) == {"Vellum"}


def test_a_possessive_inside_an_organisations_name_stays_in_it():
    body = "Proceeds go to the Lakeside Children's Fund, the singer said."
    assert "Lakeside Children's Fund" in _names(body)


def test_a_name_listed_beside_companies_is_a_company():
    body = "Larger rivals such as Brindle could copy it. She worries about Brindle, Amazon or Tesla."
    assert _by_name(find_entities(body))["Brindle"].type == "ORG"


def test_a_surname_shared_with_a_company_goes_to_the_one_named_last():
    body = (
        "Harrow Lifting will buy Voss Marine. The deal keeps the Voss yard open. "
        '"We are glad," said Anke Voss, whose grandfather built it. '
        "All Voss Marine staff get offers. Welder Ida Brun, who has worked at Voss for years, was relieved."
    )
    entities = _by_name(find_entities(body))
    assert entities["Voss Marine"].mentions == 4
    assert entities["Anke Voss"].mentions == 1


def test_an_institutions_last_word_opening_a_sentence_joins_it():
    body = "The sale needs the Port Hale Harbor Commission's approval. Commission chair Ade Lowe agreed."
    entities = _by_name(find_entities(body))
    assert "Commission" in entities["Port Hale Harbor Commission"].aliases
    assert "Commission" not in entities


def test_state_abbreviation_and_state_are_one_place():
    body = "SAN MATEO, Calif. -- Orrin Labs grew. Orrin Labs is based in California."
    place = _by_name(find_entities(body))["California"]
    assert set(place.aliases) == {"Calif.", "California"}


def test_a_brand_account_speaks_for_the_brand():
    body = "Thousands of Dovely thermostats froze.\n\nWe are on it.\n\n— Dovely Support (@DovelySupport) June 3, 2025"
    entities = _by_name(find_entities(body))
    assert entities["Dovely"].type == "ORG"
    assert "Dovely Support" in entities["Dovely"].aliases


def test_coined_camel_case_names_default_to_organisations_and_sdk_stays_in_a_product_name():
    body = "Analysts polled by DataMarsh expected less. The open-source Osprey SDK is free."
    entities = _by_name(find_entities(body))
    assert entities["DataMarsh"].type == "ORG"
    assert entities["Osprey SDK"].type == "PRODUCT"


def test_a_korean_given_name_keeps_its_hyphenated_part_but_musk_led_does_not():
    names = _names("On stage, Park Ji-hoon spoke first. The Musk-led company Brandt Labs followed.")
    assert "Park Ji-hoon" in names
    assert "Brandt Labs" in names and not any("led" in n for n in names)


def test_a_quoted_defined_term_and_two_nationalities_are_not_entities():
    body = "Orvik Robotics AS (“Orvik” or the “Company”) hired Lars Dahl, a Swedish-Iranian engineer."
    names = _names(body)
    assert "Company" not in names and "Swedish-Iranian" not in names
    assert "Lars Dahl" in names and any(n.startswith("Orvik Robotics") for n in names)


def test_laws_and_licenses_are_other_and_a_capital_inside_a_word_is_an_initial():
    body = (
        "PlumeDB moved to the new kiwiGrid Community License (KGCL). The KGCL is strict. "
        "It cites the Private Securities Litigation Reform Act."
    )
    entities = _by_name(find_entities(body))
    assert entities["kiwiGrid Community License"].type == "OTHER"
    assert "KGCL" in entities["kiwiGrid Community License"].aliases
    assert entities["Private Securities Litigation Reform Act"].type == "OTHER"


def test_a_name_with_the_before_it_is_not_a_person_and_units_are_not_names():
    body = "The Lumen Fold costs more. Buyers said the Lumen Fold with 256 GB sold out."
    entities = _by_name(find_entities(body))
    assert entities["Lumen Fold"].type != "PERSON"
    assert "GB" not in entities


def test_an_org_prefix_word_lets_the_last_word_stand_for_the_company():
    body = "Spanish logistics group Almansa signs on. Grupo Logístico Almansa operates 31 warehouses."
    entities = _by_name(find_entities(body))
    assert "Almansa" in entities["Grupo Logístico Almansa"].aliases


def test_a_tech_suffix_clipping_joins_the_product_and_outlet_nouns_type_organisations():
    body = "PlumeDB is stable. For most Plume users nothing changes, he told the business daily Vandring Nytt."
    entities = _by_name(find_entities(body))
    assert "Plume" in entities["PlumeDB"].aliases
    assert entities["Vandring Nytt"].type == "ORG"


def test_title_case_labels_of_list_items_are_headings():
    body = "What's new:\n\n- Faster Cold Starts: the replay path was rewritten.\n\n- Drop-In Compatible: clients connect as before."
    names = _names(body)
    assert "Cold Starts" not in names and "Drop-In Compatible" not in names


def test_price_funding_and_facility_contexts_type_names():
    body = (
        "The Lumen Fold costs $1,499. Orvik got a loan from Innovasjon Norge and Fjellbank Kapital. "
        "Almansa tested an arm at its Ribarroja del Turia hub."
    )
    entities = _by_name(find_entities(body))
    assert entities["Lumen Fold"].type == "PRODUCT"
    assert entities["Innovasjon Norge"].type == "ORG"
    assert entities["Fjellbank Kapital"].type == "ORG"
    assert entities["Ribarroja del Turia"].type == "PLACE"


def test_an_outlet_word_that_is_also_a_section_word_ends_an_outlets_name():
    assert "Northmoor Post" in _names("The friction was first reported by Northmoor Post on Friday.")


def test_a_letter_after_series_is_a_label_not_an_initial():
    body = "Tarnwell closed its Series B. Okafor, who led it, was pleased. Ada Okafor said so."
    names = _names(body)
    assert "B. Okafor" not in names
    assert "Ada Okafor" in names


def test_a_model_word_completes_a_product_name_and_its_maker_is_an_organisation():
    body = "Oslo-based Fjordpay launched Fjordpay One, a debit card for builders. Later Fjordpay One sold out."
    entities = _by_name(find_entities(body))
    assert entities["Fjordpay One"].type == "PRODUCT"
    assert entities["Fjordpay"].type == "ORG"


def test_a_nickname_whose_first_word_opens_a_sentence_still_joins_its_person():
    body = (
        "Tunde Ajayi runs the firm. Ajayi, known to friends and rivals alike as \"Big Tee\" since school, "
        "rarely sleeps. Big Tee did not reply."
    )
    entities = _by_name(find_entities(body))
    assert "Tee" in entities["Tunde Ajayi"].aliases
    assert "Tee" not in entities


def test_a_former_name_from_was_still_called_goes_to_its_subject():
    body = (
        "Harlow Pay and Quenby both issue cards. Back when Quenby was still called CardNest, "
        "it had six staff. The company rebranded from CardNest in 2021."
    )
    entities = _by_name(find_entities(body))
    assert "CardNest" in entities["Quenby"].aliases


def test_the_first_of_two_surnames_joins_the_full_name():
    body = "Co-founder Lucía Serrano Ibáñez told us about it. \"We were ready,\" Serrano said."
    entities = _by_name(find_entities(body))
    assert "Serrano" in entities["Lucía Serrano Ibáñez"].aliases
    assert "Serrano" not in entities


def test_a_city_is_not_short_for_its_council():
    body = "MERRICK, Ariz. — After hours of comment, the Merrick City Council voted 5-2. Merrick has grown fast."
    entities = _by_name(find_entities(body))
    assert entities["Merrick"].type == "PLACE"
    assert "Merrick" not in entities["Merrick City Council"].aliases


def test_lower_camel_names_are_companies_and_chat_tools_are_products():
    body = (
        "We left Talon, the vector store from qDrift, after qDrift changed its pricing. "
        "qDrift's support team never replied. Mira Holt remarked in Slack that it was fine."
    )
    entities = _by_name(find_entities(body))
    assert entities["qDrift"].type == "ORG"
    assert entities["Slack"].type == "PRODUCT"


def test_a_figure_after_a_comma_does_not_make_a_person():
    body = "- Median latency: 38 ms on Cinder, 41 ms on Postgres\n\n- Tail latency: 120 ms on Cinder, 900 ms on Postgres"
    assert _by_name(find_entities(body))["Cinder"].type != "PERSON"


def test_well_known_banks_with_two_word_names_are_organisations():
    body = "The loan was arranged by Goldman Sachs and Morgan Stanley."
    entities = _by_name(find_entities(body))
    assert entities["Goldman Sachs"].type == "ORG"
    assert entities["Morgan Stanley"].type == "ORG"


def test_agreement_and_said_it_cues_type_companies():
    body = (
        "Lindqvist said Solvane Infrastructure had signed an agreement with Copper Mesa Project to buy power. "
        "Solvane said it expects to break ground in February."
    )
    entities = _by_name(find_entities(body))
    assert entities["Solvane Infrastructure"].type == "ORG"
    assert entities["Copper Mesa Project"].type == "ORG"


def test_a_listed_product_with_its_maker_in_brackets():
    body = (
        "The shortlist:\n\n- Torvik R7 Wrap Tunnel (Torvik Machinery): quick belt swaps.\n\n"
        "- SealMate 300 (Hanaoka Denki): a tray sealer.\n\nHanaoka Denki's SealMate drew a crowd. "
        "Torvik Machinery staff demoed it."
    )
    entities = _by_name(find_entities(body))
    assert entities["Torvik R7 Wrap Tunnel"].type == "PRODUCT"
    assert entities["SealMate"].type == "PRODUCT"
    assert entities["Hanaoka Denki"].type == "ORG"


def test_a_heading_word_that_only_ends_a_longer_name_is_not_an_entity():
    body = (
        "The busiest booth belonged to Pellam Vision, a Pune startup.\n\nKey takeaways\n\n"
        "- Vision Inspection Goes Mainstream\n\n- Changeover Time Is the New Line Speed"
    )
    names = _names(body)
    assert "Vision" not in names and "Pellam Vision" in names


def test_generic_tracking_acronyms_are_not_entities():
    names = _names("Every pallet carries an RFID tag, and each SKU is scanned twice at Brevholm.")
    assert "RFID" not in names and "SKU" not in names


def test_a_judges_rank_is_not_a_name_but_the_court_is():
    body = "U.S. District Judge Maria Alvarez ruled on Friday. The case is before the U.S. District Court in Delaware."
    names = _names(body)
    assert "U.S. District" not in names and "District" not in names
    assert "Maria Alvarez" in names and "U.S. District Court" in names


def test_a_street_name_keeps_its_everyday_first_word_at_a_sentence_start():
    entities = _by_name(find_entities("Wall Street had worried about orders. Shares rose on the Nasdaq."))
    assert entities["Wall Street"].type == "PLACE"
    assert "Street" not in entities
    assert entities["Nasdaq"].type == "ORG"


def test_an_owner_prefixed_product_and_its_short_forms_are_one_product():
    body = (
        "Verbit, the Lisbon startup, released Verbit Draft 2.1 on Monday. Draft 2.1 flags indemnity clauses. "
        "Torrin unveiled the Halo Fold. Reviewers liked the Fold, and Torrin shares rose."
    )
    entities = _by_name(find_entities(body))
    draft = next(e for e in entities.values() if "Draft 2.1" in e.aliases)
    assert "Verbit Draft 2.1" in draft.aliases and draft.type == "PRODUCT"
    assert entities["Verbit"].type == "ORG"
    assert "Fold" in entities["Halo Fold"].aliases
    assert "Fold" not in entities


def test_law_firms_funds_and_legal_parties():
    body = (
        "Renata Vossberg sued Halvorsen Growth and Pike Street Partners (together, the “Investor Defendants”). "
        "“It was a coup,” said Marcus Ebele, a partner at Ebele & Strand. Ebele said the case was strong."
    )
    entities = _by_name(find_entities(body))
    assert entities["Halvorsen Growth"].type == "ORG"
    assert entities["Ebele & Strand"].type == "ORG"
    assert "Ebele" in entities["Marcus Ebele"].aliases
    assert "Defendants" not in entities and "Investor Defendants" not in entities


def test_a_coinage_on_a_name_is_kept_when_the_text_calls_it_a_product():
    body = (
        "Tally rebuilt itself around Tallyverse, its simulation tool. Teams run Tallyverse on other clouds. "
        "Critics mocked the Zorbverse that Zorb keeps promising."
    )
    entities = _by_name(find_entities(body))
    assert entities["Tallyverse"].type == "PRODUCT" and entities["Tallyverse"].mentions == 2
    assert "Zorbverse" not in entities


def test_a_clipped_first_name_and_a_fans_nickname_join_the_person():
    body = (
        'Zandro Vale — the rocket heir fans fondly call "the Orbit King" — was seen in Oakvale. '
        "Vale, 41, left at midnight on Zan’s yacht. Is the Orbit King off the market?"
    )
    entities = _by_name(find_entities(body))
    vale = entities["Zandro Vale"]
    assert {"Zan", "Orbit King", "Vale"} <= set(vale.aliases)
    assert set(entities) == {"Zandro Vale", "Oakvale"}


def test_a_role_before_a_company_founder_types_the_company():
    body = (
        "The billionaire Skyrill founder and the pop singer arrived together. "
        "Tomas Brandt built Skyrill from a garage startup. A spokesperson for Skyrill said the company would not comment."
    )
    assert _by_name(find_entities(body))["Skyrill"].type == "ORG"


def test_a_surname_shared_with_a_law_firm_follows_its_own_cue():
    body = (
        '"This was a coup," said Aldo Kress of Kress Ballard LLP, who represents the founder. '
        "Kress said his client would ask for expedited discovery."
    )
    entities = _by_name(find_entities(body))
    assert entities["Aldo Kress"].mentions == 2
    assert entities["Kress Ballard LLP"].mentions == 1


def test_a_rename_announced_by_name_merges_the_old_company_and_its_legal_form():
    body = (
        "Ines Moro co-founded Tidegrid Inc. in 2019. The company renamed itself Calvane Labs in January.\n\n"
        "Tidegrid announced the Calvane Labs name on Jan. 8. Calvane’s new chief spoke later."
    )
    entities = _by_name(find_entities(body))
    assert {"Tidegrid Inc.", "Tidegrid", "Calvane Labs"} <= set(entities["Calvane Labs"].aliases)
    assert "Tidegrid Inc." not in entities


def test_labels_case_numbers_currencies_and_defined_terms_are_not_names():
    body = (
        "She wants her Class F shares back. The case is No. CGC-25-771204. "
        "The deal values Ferrotek at about CZK 2.4 billion. The suit refers to the funds "
        "collectively as the “Investor Defendants” and asks the court to void what it calls the "
        "“December Written Consent,” a board action."
    )
    assert _names(body) == {"Ferrotek"}


def test_a_released_single_is_a_work_and_a_wished_for_title_names_nothing():
    # Works a story names are products (the labelling convention since sealed21); a title a fan
    # jokes about names nothing.
    body = (
        'The "Paper Lanterns" singer was seen in Oakvale. Her single "Paper Lanterns" topped the chart, '
        "and one fan joked that her next album should be called “Rotor Heart.”"
    )
    assert _names(body) == {"Oakvale", "Paper Lanterns"}
    assert {e.name: e.type for e in find_entities(body)}["Paper Lanterns"] == "PRODUCT"


def test_a_versioned_product_a_named_product_and_an_index():
    body = (
        "Fennwick released Quill 3.5 on Tuesday. Quill now remembers past drafts. "
        "Tillory Atlas, the company’s data platform, grew fast; customers roll Atlas out widely. "
        "Tillory shares lagged the Nasdaq Composite. Nordvik will be the hub for Central Europe, "
        "said the German toolmaker Weissach Präzision."
    )
    entities = _by_name(find_entities(body))
    assert any({"Quill 3.5", "Quill"} <= set(e.aliases) for e in entities.values())
    assert "Atlas" in entities["Tillory Atlas"].aliases
    assert entities["Nasdaq Composite"].type == "OTHER"
    assert entities["Central Europe"].type == "PLACE"
    assert entities["Weissach Präzision"].type == "ORG"


def test_an_appositive_with_a_place_in_it_still_takes_the_former_name():
    body = (
        "Nordvik has agreed to buy Ferrotek, the Olomouc-based maker of lathes formerly known as "
        "Strojírny Kolář, in a deal that values the company at about $90 million."
    )
    entities = _by_name(find_entities(body))
    assert "Strojírny Kolář" in entities["Ferrotek"].aliases
    assert "Strojírny Kolář" not in entities["Nordvik"].aliases


def test_an_everyday_past_participle_opening_a_sentence_is_not_a_name():
    body = "Adjusted EPS: 61 cents\n\nAdjusted earnings came to 61 cents a share, ahead of estimates for Tillory."
    assert _names(body) == {"Tillory"}


def test_a_family_shares_a_surname_but_the_story_means_its_principal():
    body = (
        "Roland Vessey, who founded Tarnly, died on Tuesday. The cause was pneumonia, said his wife, "
        "Marguerite Vessey. His daughter, Nell Vessey, has run Tarnly since 2017. "
        "Vessey started the company in 1987 as Halbrook Systems with a former Boeing colleague. "
        "The pair renamed the business Tarnly in 1994. Rivals were generous: Ade Oyel, who spent years "
        "trying to pry customers away from Tarnly, called Vessey a fair competitor."
    )
    entities = _by_name(find_entities(body))
    assert entities["Roland Vessey"].mentions == 3
    assert entities["Nell Vessey"].mentions == 1
    assert "Halbrook Systems" in entities["Tarnly"].aliases


def test_a_club_and_its_short_name_nickname_and_league():
    body = (
        "Keel Vosse bought a stake in Harbourmouth FC. Harbourmouth, known on the terraces simply as "
        "“the Gulls”, joined the Coastline League in 1990. The Quay Ground will be renamed Brightfield Stadium."
    )
    entities = _by_name(find_entities(body))
    club = entities["Harbourmouth FC"]
    assert club.type == "ORG"
    assert {"Harbourmouth", "Gulls"} <= set(club.aliases)
    assert entities["Coastline League"].type == "ORG"
    assert "Quay Ground" in entities["Brightfield Stadium"].aliases


def test_a_coinage_introduced_after_its_noun_is_kept():
    body = (
        "Vale spent three years building robots. Its main product, Valeverse, is a simulation environment. "
        "Customers run Valeverse on any cloud."
    )
    assert _by_name(find_entities(body))["Valeverse"].type == "PRODUCT"


def test_tiers_of_a_versioned_product_and_its_code_name_are_products():
    body = (
        "Today we release Orvane 2.0, code-named “Quillmere”, our biggest update yet. Orvane Lens, a new "
        "dashboard, shows where each build spends its time. Orvane Crew costs $12 a month; Orvane Fleet is "
        "priced per seat. Orvane’s memory use fell by a third."
    )
    entities = _by_name(find_entities(body))
    for name in ("Orvane Lens", "Orvane Crew", "Orvane Fleet", "Quillmere"):
        assert entities[name].type == "PRODUCT", name
    assert "Orvane" not in entities["Orvane Lens"].aliases


def test_a_department_in_a_job_title_and_ci_are_not_entities():
    body = (
        "Parcelnest moved its builds last year. Jorge Ruiz, VP of Engineering at Parcelnest, said the "
        "CI bill fell by a third, and the Head of Product agreed."
    )
    names = _names(body)
    assert {"Engineering", "Product", "CI"}.isdisjoint(names)
    assert "Parcelnest" in names


def test_institutions_named_with_for_of_and_a_patron_saint_stay_whole():
    body = (
        "The trial ran at the university’s Institute for Neural Engineering and was published in the "
        "Journal of Applied Neuroprosthetics. Dr Aoife Kerrane, a neurologist at St Brannock’s Hospital, "
        "treats people with Parkinson’s disease."
    )
    entities = _by_name(find_entities(body))
    assert entities["Institute for Neural Engineering"].type == "ORG"
    assert entities["Journal of Applied Neuroprosthetics"].type == "ORG"
    assert entities["St Brannock’s Hospital"].type == "ORG"
    assert {"Hospital", "Neural Engineering", "Parkinson", "Journal"}.isdisjoint(entities)


def test_a_code_name_given_once_in_quotes_is_a_product_and_an_outlet_keeps_its_role_word():
    body = (
        "The device, known by its internal name ‘Tillowen’, has no brand yet. "
        "Its results were first reported by New Scientist last month."
    )
    entities = _by_name(find_entities(body))
    assert entities["Tillowen"].type == "PRODUCT"
    assert entities["New Scientist"].type == "ORG"


def test_a_person_from_a_small_town_who_spoke_is_not_the_town():
    body = "Gwen Pardoe, 67, a retired teacher from Llanwern who took part in the trial, said it helped."
    entities = _by_name(find_entities(body))
    assert entities["Llanwern"].type != "PERSON"


def test_japanese_company_forms_and_a_family_name_written_first_in_capitals():
    body = (
        "Hanabusa Seiki Co., Ltd. and Tomioka Kogyo K.K. agreed to merge. Tomioka Kogyo shareholders "
        "will receive 0.8 Hanabusa Seiki shares, according to a filing with the Tokyo Stock Exchange.\n\n"
        "Kanda to Lead Combined Group\n\n"
        "KANDA Sota, 58, the president of Hanabusa Seiki, will lead the group. Sota Kanda told reporters "
        "the deal made sense. Kanda’s team hopes to close by May."
    )
    entities = _by_name(find_entities(body))
    assert "Ltd." not in entities
    assert "Tomioka Kogyo" in entities["Tomioka Kogyo K.K."].aliases
    assert entities["Tokyo Stock Exchange"].type == "ORG"
    person = entities["Sota Kanda"]
    assert person.type == "PERSON"
    assert {"KANDA Sota", "Kanda"} <= set(person.aliases)


def test_a_ministry_whose_name_is_a_list_is_one_organisation():
    body = "A Ministry of Economy, Trade and Industry official said METI would not oppose the deal."
    entities = _by_name(find_entities(body))
    assert entities["Ministry of Economy, Trade and Industry"].type == "ORG"
    assert {"Trade", "Industry", "Ministry of Economy"}.isdisjoint(entities)


def test_a_court_for_a_district_a_token_with_its_cashtag_and_a_coin_counted_like_money():
    body = (
        "Court-appointed administrators took over on Monday. Vessary filed for Chapter 11 in the U.S. "
        "Bankruptcy Court for the District of Delaware. Its native token, VessCoin ($VSY), lost 91%, and "
        "VSY traded at two cents. A wallet moved 38,000 ETH to a mixer."
    )
    entities = _by_name(find_entities(body))
    assert entities["U.S. Bankruptcy Court for the District of Delaware"].type == "ORG"
    assert entities["VessCoin"].type == "PRODUCT" and "VSY" in entities["VessCoin"].aliases
    assert entities["ETH"].type == "PRODUCT"
    assert {"Court", "Delaware"}.isdisjoint(entities)


def test_an_exchange_a_union_an_irish_outlet_and_a_destination_are_typed():
    body = (
        "DUBLIN - Skyvane’s shares, which trade on Euronext Dublin, fell 8%. Fintan Cawley of the Regional "
        "Aircrew Union said pilots had raised concerns. Dara Nolan was due to fly from Cork to Lanzarote. "
        "The grounding was first reported by The Irish Times."
    )
    entities = _by_name(find_entities(body))
    assert entities["Euronext Dublin"].type == "ORG" and "DUBLIN" not in entities["Euronext Dublin"].aliases
    assert entities["Regional Aircrew Union"].type == "ORG"
    assert entities["Lanzarote"].type == "PLACE"
    assert entities["The Irish Times"].type == "ORG"


def test_two_word_cues_on_a_continued_line_of_their_list_still_count():
    body = "The startup has partnered with Ondale Velkin on deliveries."
    assert _by_name(find_entities(body))["Ondale Velkin"].type == "ORG"


def test_senators_party_descriptions_a_quoted_bill_and_a_known_two_word_place():
    body = (
        'The case lands as Congress weighs the "Quick Cancel Act," a bipartisan bill. Sen. Corwin Blakely, '
        "the Oregon Democrat who wrote the bill with Sen. Lydia Harlow, a Republican from Tennessee, said "
        "companies had years. New Jersey Attorney General Marisol Quintana opened an investigation."
    )
    entities = _by_name(find_entities(body))
    assert entities["Congress"].type == "ORG"
    assert "Quick Cancel Act" in entities
    assert entities["New Jersey"].type == "PLACE"
    assert {"Sen", "Oregon Democrat", "Republican", "Jersey", "Cancel Act"}.isdisjoint(entities)


def test_a_union_local_keeps_its_number_and_its_short_form_joins_it():
    body = (
        "Dolores Quintero, president of United Metalworkers Local 418, said members saw the memo. "
        "Quintero said Local 418 will meet on Thursday. Halvik Castings will close the plant, as first "
        "reported by the Brennick Courier-Ledger."
    )
    entities = _by_name(find_entities(body))
    union = entities["United Metalworkers Local 418"]
    assert union.type == "ORG" and "Local 418" in union.aliases
    assert entities["Halvik Castings"].type == "ORG"
    assert entities["Brennick Courier-Ledger"].type == "ORG"
    assert "Local" not in entities


def test_two_tiers_named_after_their_company_are_its_products_not_people():
    body = (
        "Ines Varga started Crumbwise in 2019. | Plan | Price |\n\n| Crumbwise Solo | Free |\n\n"
        "| Crumbwise Crew | $18 / month |"
    )
    entities = _by_name(find_entities(body))
    assert entities["Crumbwise Solo"].type == "PRODUCT"
    assert entities["Crumbwise Crew"].type == "PRODUCT"
    assert entities["Crumbwise"].type == "ORG"


def test_acronyms_of_lowercase_technical_terms_are_not_names():
    body = (
        "Obermann will ship 1,200-volt SiC MOSFETs built on 200-mm wafers. Its lines do not need EUV "
        "lithography; older DUV scanners will do. European SiC suppliers are busy."
    )
    assert _names(body) == {"Obermann"}


def test_a_ministry_of_two_portfolios_is_one_name_and_takes_its_own_language_acronym():
    body = (
        "The Federal Ministry for Economic Affairs and Climate Action (BMWK) has confirmed a grant. "
        "BMWK said the money comes in tranches. The Department of Justice and Google settled."
    )
    entities = _by_name(find_entities(body))
    ministry = entities["Federal Ministry for Economic Affairs and Climate Action"]
    assert ministry.type == "ORG" and ministry.mentions == 3 and "BMWK" in ministry.aliases
    assert {"Department of Justice", "Google"} <= set(entities)


def test_a_short_company_name_goes_to_the_parent_not_the_subsidiary_named_after_it():
    body = (
        "Obermann Werke AG signed the deal. The plant is run by the subsidiary Obermann Fertigung GmbH. "
        "Obermann shares rose 6% on Tuesday."
    )
    entities = _by_name(find_entities(body))
    assert entities["Obermann Werke AG"].mentions == 2
    assert entities["Obermann Fertigung GmbH"].mentions == 1


def test_a_firm_of_two_surnames_joined_by_an_ampersand_is_an_organisation_despite_role_words():
    body = (
        "Analysts at Hollis & Whitlock estimate that global demand for power devices will grow about 20% a "
        "year. \"The deal is small but big for Obermann,\" Hollis & Whitlock analyst Oskar Lind wrote in a "
        "note to clients."
    )
    entities = _by_name(find_entities(body))
    assert entities["Hollis & Whitlock"].type == "ORG"
    assert entities["Oskar Lind"].type == "PERSON"


def test_an_event_named_with_its_year_is_not_a_person_and_she_is_the_ceo():
    text = "\n".join([
        "Gadget Desk",
        "LIVE",
        "Tallis Forge 2025 live: Pane 3, Echo 2.5 and a code name nobody expected",
        "Follow along as Tallis CEO Marta Quillby takes the stage in San Jose",
        "By Ada Brook | June 3, 2025",
        "",
        "11:42 a.m. PT",
        "That is a wrap. Quillby closed by sending developers off to the afternoon sessions at Forge. "
        "\"Go build something that doesn't need a data center,\" she said.",
    ])
    analysis = analyze_text(text)
    entities = _by_name(analysis.entities)
    assert entities["Tallis Forge"].type != "PERSON"
    assert [q.speaker for q in analysis.quotes] == ["Marta Quillby"]


def test_a_convention_center_is_a_place_and_numbered_models_are_one_product_line():
    body = (
        "We are in our seats at the McAllister Convention Center. Orbit Pane 3 starts at $649. Sales of "
        "Orbit Pane 2 fell 18% last year. Orbit Pane 3 ships in June."
    )
    entities = _by_name(find_entities(body))
    assert entities["McAllister Convention Center"].type == "PLACE"
    line = [e for e in entities.values() if "Orbit Pane 3" in e.aliases]
    assert len(line) == 1 and "Orbit Pane 2" in line[0].aliases and line[0].type == "PRODUCT"


def test_a_name_used_internally_is_a_products_code_name():
    body = (
        "Quillon carried the design of its compression engine, known internally as Sundrop, to a rival. "
        "Okafor put a silhouette on screen: \"We call it Marlin internally.\" Marlin folds."
    )
    entities = _by_name(find_entities(body))
    assert entities["Sundrop"].type == "PRODUCT"
    assert entities["Marlin"].type == "PRODUCT"


def test_a_dotted_state_abbreviation_in_a_dateline_is_a_place_and_so_is_its_city():
    body = "WORCESTER, Mass. — Caleb Marr, a former engineer, told jurors on Tuesday that he took nothing."
    entities = _by_name(find_entities(body))
    assert entities["Mass."].type == "PLACE"
    assert entities["Worcester"].type == "PLACE"  # (written "WORCESTER" in the dateline)


def test_number_words_file_names_and_numbered_exhibits_are_not_names():
    body = (
        "Marr synced a folder named Drift_Backup_v2 to a personal account. Farrow turned to Exhibit 114. "
        "\"Some, yes. Nineteen hundred, no,\" Solberg said."
    )
    assert _names(body) == {"Marr", "Farrow", "Solberg"}


def test_a_co_op_is_a_legal_form_and_a_generation_tag_is_a_version():
    body = (
        "We signed a contract with a cooperative, Cascadia Pickers Co-op, covering 40 units. She is ex-Google. "
        "We ended 2024 with 212 Field Runner units in the field. Field Runner H2 shipped in June."
    )
    entities = _by_name(find_entities(body))
    assert entities["Cascadia Pickers Co-op"].type == "ORG"
    assert entities["Google"].type == "ORG"
    runner = [e for e in entities.values() if "Field Runner" in e.aliases]
    assert len(runner) == 1 and "Field Runner H2" in runner[0].aliases and runner[0].type == "PRODUCT"


def test_two_nicknames_fans_use_for_a_person_named_by_surname_join_her():
    body = (
        "Tavia Rourke said she would launch a skincare line. Rourke, who fans call “T-Ro” or just Tavi, shared "
        "the news with her followers."
    )
    rourke = _by_name(find_entities(body))["Tavia Rourke"]
    assert {"Rourke", "T-Ro", "Tavi"} <= set(rourke.aliases)


def test_a_brand_ending_in_an_everyday_word_is_not_a_person_by_shape_alone():
    body = "Shoppers lined up for Dewmoss Beauty at the mall. Copperleaf Skin sold out by noon."
    entities = _by_name(find_entities(body))
    assert "PERSON" not in {entities["Dewmoss Beauty"].type, entities["Copperleaf Skin"].type}


def test_a_hub_moved_to_a_town_makes_the_town_a_place():
    body = "Last week I wrote that Brightline moved its western hub to Sparrowfield. It was not."
    assert _by_name(find_entities(body))["Sparrowfield"].type == "PLACE"


def test_a_product_named_after_its_maker_takes_no_nickname_and_the_maker_keeps_its_name():
    body = (
        "Odile Marchetti keeps a cracked gear on her desk. It came from her uncle's mill outside Tervale, where she "
        "spent her summers taking machines apart and putting them back together, usually wrong the first time and "
        "right the second. The gear has sat on every desk she has had since, through three offices and two "
        "companies, and she says she will not throw it away.\n\n"
        "Haskwell's main product, the Haskwell Tag, is a sticker that needs no battery. The readers, sold as "
        "Spanreach, hang from the ceiling.\n\n"
        "Friends call her “Dilly,” a name that stuck at school. “Then Dilly fixed it,” her brother said."
    )
    entities = _by_name(find_entities(body))
    assert entities["Haskwell Tag"].type == "PRODUCT" and entities["Spanreach"].type == "PRODUCT"
    assert "Haskwell" in entities and "Haskwell" not in entities["Haskwell Tag"].aliases
    assert "Dilly" in entities["Odile Marchetti"].aliases


def test_a_firm_with_an_everyday_first_word_keeps_it_at_a_sentence_start():
    body = "Lumenhive raised $140 million in February. Westerly Ventures led the round, and Summit Partners joined."
    names = _names(body)
    assert {"Westerly Ventures", "Summit Partners"} <= names and "Ventures" not in names


def test_battery_sizes_and_an_outlet_named_the_information_are_read_right():
    body = (
        "She keeps a jar of dead AA batteries beside an old pump.\n\n"
        "The Information reported in March that two sensor makers had approached Lumenhive."
    )
    entities = _by_name(find_entities(body))
    assert "AA" not in entities and "Information" not in entities
    assert entities["The Information"].type == "ORG"


def test_the_name_a_company_was_incorporated_under_is_a_former_name_when_it_later_became_another():
    body = (
        "The company was incorporated as Hivecraft Labs, a name Marchetti now calls embarrassing. It became "
        "Lumenhive in 2021, the same month it shipped its first tags. Lumenhive, a sensor startup, now employs 90 people."
    )
    entities = _by_name(find_entities(body))
    assert "Hivecraft Labs" in entities["Lumenhive"].aliases
    kept = _by_name(find_entities("The studio was founded as Orrery Games in 2010. Orrery Games shipped four titles."))
    assert "Orrery Games" in kept


def test_a_local_story_keeps_street_names_whole_and_drops_ward_numbers():
    body = (
        "The council voted to rezone farmland off Old Mill Road. Councillor Ray Dunleavy (Ward 1) and Imani "
        "Castellano, who represents Ward 4 and most of Fenwick Hollow, voted no. Fenwick Hollow residents filled "
        "the chambers. Signs read “Data Center? Not Here.” The data center would sit on High Street."
    )
    entities = _by_name(find_entities(body))
    assert {"Old Mill Road", "High Street"} <= set(entities) and "Mill Road" not in entities
    assert not [name for name in entities if name.startswith("Ward")]
    assert entities["Fenwick Hollow"].type == "PLACE"
    assert "Data Center" not in entities


def test_a_football_takeover_story_names_its_club_group_family_trust_and_ground():
    body = (
        "Kelmoor Rovers have agreed to sell a 90% stake to Harrow Peak Sports Partners, a Boston-based group. "
        "The Linton family, which has controlled Rovers since 1985, will keep 10%. Harrow Peak promised to keep "
        "Rovers at Aldgrave Park. Aoife Brennan, chair of the Kelmoor Rovers Supporters’ Trust, said the trust "
        "wanted a golden share. The Swede, in charge since 2024, expects to keep captain Dele Ashworth and Joonas "
        "Mäkelä. Ashworth is known on the terraces as ‘Tank’ and Mäkelä as ‘Big Joon’. Before the 1-1 draw with "
        "Brackwell Town, fans unfurled a banner reading ‘OUR CLUB, NOT YOUR PORTFOLIO’. The Linton family "
        "declined to comment."
    )
    entities = _by_name(find_entities(body))
    assert "Rovers" in entities["Kelmoor Rovers"].aliases
    assert "Harrow Peak" in entities["Harrow Peak Sports Partners"].aliases
    assert entities["Linton family"].mentions == 2 and entities["Linton family"].type == "OTHER"
    assert entities["Kelmoor Rovers Supporters’ Trust"].type == "ORG"
    assert "Kelmoor Rovers" not in entities["Kelmoor Rovers Supporters’ Trust"].aliases
    assert entities["Aldgrave Park"].type == "PLACE" and entities["Brackwell Town"].type == "ORG"
    assert "Tank" in entities["Dele Ashworth"].aliases
    assert not {"Swede", "CLUB", "PORTFOLIO", "Linton"} & set(entities)


def test_a_release_and_a_post_mortem_type_their_products_and_drop_defined_terms():
    release = (
        "Quillon Systems, Inc. will acquire Brenmoor Software Corp. in a cash-and-stock transaction (the "
        "\"Transaction\"). Brenmoor’s RouteWright and DockPilot 3.2 products will keep their names. The "
        "Transaction is expected to close in the third quarter."
    )
    entities = _by_name(find_entities(release))
    assert "Transaction" not in entities
    assert entities["RouteWright"].type == "PRODUCT"
    post = (
        "Halcyon handles two million invoices a day. Roughly 38% of requests to the Halcyon Invoices API failed. Marigold moved our writes to transaction "
        "pooling in PgBouncer 1.22.1, and the Invoices API kept failing. Our status page lagged behind. For the "
        "first 52 minutes it said “All Systems Operational,” and nobody noticed."
    )
    entities = _by_name(find_entities(post))
    assert "Invoices API" in entities["Halcyon Invoices API"].aliases
    assert entities["PgBouncer"].type == "PRODUCT"
    assert not [name for name in entities if "Operational" in name]
    quote = next(q for q in find_quotes(post, find_entities(post)) if q.text == "All Systems Operational,")
    assert quote.kind == "other"


def test_a_family_business_is_not_a_person():
    body = "The apples come from Pryde Family Orchards, and the crates from Hale Brothers Removals, both in Yakima."
    entities = _by_name(find_entities(body))
    assert entities["Pryde Family Orchards"].type != "PERSON"
    assert entities["Hale Brothers Removals"].type != "PERSON"


def test_korean_names_keep_their_given_names_and_the_family_name_goes_to_the_principal():
    body = (
        "Prosecutors sought a warrant for Daeyang Group Chairman Seo Min-kyu. The Seoul Central District "
        "Prosecutors' Office said Seo, 67, had ordered the payments. Seo's son, Seo Jae-won, was questioned. His "
        "sister Seo Yu-na runs the insurer. Daeyang was founded by Seo's father, the late Seo Dong-chul. Seo took "
        "the helm in 2009, said Kim Soo-bin, a researcher."
    )
    entities = _by_name(find_entities(body))
    assert {"Seo Min-kyu", "Seo Jae-won", "Seo Yu-na", "Seo Dong-chul", "Kim Soo-bin"} <= set(entities)
    assert entities["Seo Min-kyu"].mentions == 5
    assert entities["Seoul Central District Prosecutors' Office"].type == "ORG"


def test_an_english_court_story_keeps_the_judges_style_drops_kc_and_names_the_high_court():
    body = (
        "The claim is being heard at the High Court before Mr Justice Calloway. Opening the case, Imogen "
        "Steyn KC said the director had lied. Ms Steyn showed the court an email. Rupert Adeyemi KC "
        "represents Mr Strand."
    )
    entities = _by_name(find_entities(body))
    assert entities["High Court"].type == "ORG"
    assert entities["Mr Justice Calloway"].type == "PERSON"
    assert {"Imogen Steyn", "Steyn"} <= set(entities["Imogen Steyn"].aliases)
    assert entities["Rupert Adeyemi"].type == "PERSON"
    assert not {"Court", "Justice Calloway", "Steyn", "Rupert Adeyemi KC"} & set(entities)


def test_a_dictionary_word_opening_a_sentence_needs_more_than_a_verb_to_be_a_name():
    body = (
        "Severance was two weeks per year of service. Burial will follow at the town cemetery. "
        "Claimant says the firm took its code. Okonkwo said the deal was fair."
    )
    assert _names(body) == {"Okonkwo"}


def test_a_posts_edit_notes_are_not_names():
    body = "I was let go on Tuesday.\n\nEDIT: To everyone asking, no.\n\nEDIT 2: Thanks, Priya Raman."
    assert _names(body) == {"Priya Raman"}


def test_an_obituary_keeps_the_deceased_apart_from_namesake_relatives_and_types_its_places():
    body = (
        "Walter Anton Kessling died on Monday at his home in Millbrook. His death was confirmed by his son, "
        "Daniel Kessling. Born beside Lake Superior, Mr. Kessling opened Kessling & Dray Radio Service with Eugene "
        "Dray in 1956. In 1971 the partners renamed it Kessling Instruments. “If you called Kessling Instruments at "
        "7 a.m., you got Walt,” said Tom Beaulieu. Mr. Kessling told Electronics Retailer magazine he was a "
        "repairman. A funeral will be held at First Lutheran Church. Burial will follow at Riverside Cemetery."
    )
    entities = _by_name(find_entities(body, context="Walter Kessling, who built Kessling Instruments, dies at 93"))
    walter = next(e for e in entities.values() if "Walter Anton Kessling" in e.aliases)
    assert {"Kessling", "Walt"} <= set(walter.aliases)
    assert entities["Daniel Kessling"].aliases == ("Daniel Kessling",)
    assert "Kessling & Dray Radio Service" in entities["Kessling Instruments"].aliases
    assert entities["Electronics Retailer"].type == "ORG"
    for place in ("Lake Superior", "First Lutheran Church", "Riverside Cemetery"):
        assert entities[place].type == "PLACE"


def test_namesakes_told_apart_by_mr_and_ms_and_a_city_not_absorbed_by_its_exchange():
    body = (
        "Qianlan filed for a listing on the Hong Kong Stock Exchange. It was founded by Zhou Minghui and Zhou Yating, "
        "who are not related. Zhou, 44, is chairman. Zhou Yating holds 6.2%. Mr. Zhou said the plant in Hong Kong "
        "was full. Ms. Zhou, who runs the robot line, said it would grow."
    )
    entities = find_entities(body)
    spans = {e.name: {body[a:b] for a, b in e.spans} for e in entities}
    starts = {e.name: set(e.spans) for e in entities}
    mr, ms, bare = body.index("Mr. Zhou") + 4, body.index("Ms. Zhou") + 4, body.index("Zhou, 44")
    assert {mr, bare} <= {a for a, _ in starts["Zhou Minghui"]}
    assert ms in {a for a, _ in starts["Zhou Yating"]}
    assert spans["Hong Kong"] == {"Hong Kong"} and _by_name(entities)["Hong Kong"].type == "PLACE"


def test_a_review_keeps_units_out_joins_a_model_code_and_keeps_the_previous_model_apart():
    body = (
        "I've worn the Vista X5 (model VX5-220) for three weeks. It is 4 dB quieter than the Vista X4 in the "
        "100-200 Hz band, and the Vista X5 charges faster than the Vista X4 did."
    )
    entities = _by_name(find_entities(body))
    x5 = next(e for e in entities.values() if "Vista X5" in e.aliases)
    assert "VX5-220" in x5.aliases
    assert "Vista X4" not in x5.aliases
    assert not {"dB", "Hz"} & set(entities)


def test_a_writer_who_introduces_themself_or_signs_off_is_a_person():
    body = "Hi all, Ilse here. We built Quaybook for sailing clubs.\n\nThanks for reading.\n\n– Ilse"
    ilse = next(e for e in find_entities(body) if e.name == "Ilse")
    assert ilse.type == "PERSON"
    assert len(ilse.spans) == 2


def test_a_club_named_before_its_head_coach_is_an_organisation():
    body = "Harbury head coach Imre Szabo named an unchanged side on Friday."
    types = {e.name: e.type for e in find_entities(body)}
    assert types == {"Harbury": "ORG", "Imre Szabo": "PERSON"}


def test_a_club_ending_in_united_is_an_organisation():
    body = "Pellow faces Selby United on Saturday, his first game since the move."
    assert {e.name: e.type for e in find_entities(body)}["Selby United"] == "ORG"


def test_a_council_story_types_councillors_parties_wards_streets_and_the_town_hall():
    body = (
        "The committee met at Selby Town Hall on Tuesday. Cllr Maren Tully (Liberal Democrat, Ousefleet ward) "
        "said residents of the Crossgate estate and Heron Close had not been heard. Cllr Tully and two Conservative "
        "members voted against Item 4.2, which can still be called in by the Secretary of State. "
        "It was first reported by the Selby Echo."
    )
    types = {e.name: e.type for e in find_entities(body)}
    assert types == {
        "Selby Town Hall": "PLACE", "Maren Tully": "PERSON", "Liberal Democrat": "ORG", "Ousefleet": "PLACE",
        "Crossgate": "PLACE", "Heron Close": "PLACE", "Conservative": "ORG", "Selby Echo": "ORG",
    }


def test_one_company_in_two_legal_forms_and_a_place_without_its_prefecture_are_one_entity_each():
    body = (
        "Kurobane Seiki Holdings will build a sensor plant in Tochigi Prefecture. The operating company, "
        "Kurobane Seiki Co., Ltd., was founded in 1961. Kurobane Seiki said the Tochigi sensor plant would open "
        "in the October-December quarter. Its keiretsu partner, Hanazono Electric, told the Nikkei it would supply motors."
    )
    entities = {e.name: e for e in find_entities(body)}
    kurobane = entities["Kurobane Seiki Holdings"]
    assert kurobane.type == "ORG" and len(kurobane.spans) == 3
    assert entities["Tochigi Prefecture"].type == "PLACE" and len(entities["Tochigi Prefecture"].spans) == 2
    assert entities["Hanazono Electric"].type == "ORG"
    assert entities["Nikkei"].type == "ORG"
    assert "October-December" not in entities


def test_an_open_source_release_post_names_its_foundation_product_lines_and_sponsor_products():
    body = (
        "Quaybook 2.0 is the first major release since it joined the Open Moorings Foundation in 2022. "
        "Caches can live on local disk or on Halvard Vault. Quaybook now requires Python 3.10; Python 3.8 "
        "is no longer supported. Hosting is paid for by Halvard Systems, our first sponsor."
    )
    types = {e.name: e.type for e in find_entities(body)}
    assert types["Open Moorings Foundation"] == "ORG"
    assert types["Python"] == "PRODUCT"
    assert types["Halvard Vault"] == "PRODUCT"
    assert types["Halvard Systems"] == "ORG"


def test_foreign_titles_fiscal_years_outlets_and_unions():
    body = (
        "Managing director Jürgen Weiß told Mint that IG Metall had not been consulted. "
        "Herr Weiß said revenue fell in FY24. Rohan D'Souza agreed, and D’Souza said so again."
    )
    entities = {e.name: e for e in find_entities(body)}
    assert len(entities["Jürgen Weiß"].spans) == 2
    assert entities["Mint"].type == "ORG" and entities["IG Metall"].type == "ORG"
    assert "FY24" not in entities
    assert len(entities["Rohan D'Souza"].spans) == 2


def test_query_keywords_in_capitals_are_not_names():
    body = (
        "The rebuild had been written without CONCURRENTLY, so PostgreSQL took a lock.\n\n"
        "CREATE INDEX CONCURRENTLY idx_start ON appointments (start_at);"
    )
    names = {e.name for e in find_entities(body)}
    assert not any("CONCURRENTLY" in name or "CREATE" in name for name in names)
    assert "PostgreSQL" in names


def test_a_timestamped_list_item_opens_a_sentence():
    body = (
        "- 14:02 UTC — Write latency on the primary climbs to 11 seconds.\n\n"
        "- 15:20 UTC — Incident closed and the status page updated by Kieran Oduya."
    )
    names = {e.name for e in find_entities(body)}
    assert {"Write", "Incident"}.isdisjoint(names)
    assert "Kieran Oduya" in names


def test_the_european_union_is_an_organisation():
    body = "Carmakers are building recycling units to meet EU rules. The European Union will review them in 2031."
    types = {e.name: e.type for e in find_entities(body)}
    assert types.get("EU", types.get("European Union")) == "ORG"


def test_legal_forms_abroad_join_the_company_and_a_form_alone_is_not_a_name():
    body = (
        "Cébrane SAS raised €14 million. The SAS, founded by two researchers, will build a line near Lyon. "
        "Redgum Lithium Limited (ASX: RGL) signed the deal, and shares in Redgum Lithium rose. "
        "Tallering Holdings Pty Ltd holds the leases."
    )
    types = {e.name: e.type for e in find_entities(body)}
    assert "SAS" not in types
    assert types["Cébrane SAS"] == "ORG" and "Cébrane" not in types
    assert types["Redgum Lithium Limited"] == "ORG" and "Redgum Lithium" not in types


def test_a_state_premier_is_a_title_and_the_state_a_place():
    body = "The deal was welcomed by WA Premier Callum Restarick. Mr Restarick told reporters in Perth it was a template."
    types = {e.name: e.type for e in find_entities(body)}
    assert types["Callum Restarick"] == "PERSON"
    assert types["WA"] == "PLACE"


def test_a_company_after_where_it_is_based_is_an_organisation_and_franco_german_is_an_adjective():
    body = (
        "Brussels-based Recyclium and the Franco-German fund Rhein-Rhône Capital both backed the plant. "
        "Recyclium declined to comment."
    )
    types = {e.name: e.type for e in find_entities(body)}
    assert types["Recyclium"] == "ORG"
    assert "Franco-German" not in types


def test_a_mexican_companys_legal_form_and_spanish_titles_are_not_names():
    body = (
        "Grupo Almena, S.A.B. de C.V. (BMV: ALMEN) agreed to buy Transportes Quiroga, S.A. de C.V., on Tuesday. "
        "Lic. Renata Olvera Paz, its chief executive, signed for Almena; Ing. Tomás Beltrán Ruiz signed for "
        "Quiroga. ING Groep was not involved. Transportes Quiroga runs 900 trucks."
    )
    found = _by_name(find_entities(body))
    assert not {"S.A.B.", "S.A.", "C.V.", "Lic", "Ing"} & found.keys()
    assert found["Grupo Almena"].type == "ORG" and found["Transportes Quiroga"].type == "ORG"
    assert {"Renata Olvera Paz", "Tomás Beltrán Ruiz"} <= found.keys()
    assert "Quiroga" in found["Transportes Quiroga"].aliases
    assert found["ING Groep"].type == "ORG"  # the bank, in capitals, is not the engineer’s title


def test_a_name_opening_with_an_article_is_an_outlet_not_a_person():
    body = "Marco Villa, an analyst, told El Cronista Comercial that the price was fair."
    assert _by_name(find_entities(body))["El Cronista Comercial"].type == "ORG"


def test_an_acronym_described_as_a_countrys_ministry_is_an_organisation():
    body = "The rule comes as the SCT, Mexico’s infrastructure and transport ministry, drafts new limits. An SCT official agreed."
    assert _by_name(find_entities(body))["SCT"].type == "ORG"


def test_places_in_a_list_take_the_kind_of_the_place_named_before_them():
    body = (
        "Ferrona trucks run from León, Guanajuato, to depots across Guanajuato, Zacatecas and Durango, "
        "and the company will look around Torreón and Nuevo Casas next. Founders Rafa and Inés declined to comment."
    )
    found = _by_name(find_entities(body))
    assert {found[name].type for name in ("Zacatecas", "Durango", "Torreón", "Nuevo Casas")} == {"PLACE"}
    assert found["Inés"].type == "PERSON"


def test_well_known_short_forms_merge_with_the_full_name():
    body = "Exports to the United States rose. The U.S. market took half, the Associated Press reported, citing AP data."
    found = _by_name(find_entities(body))
    assert "U.S." in found["United States"].aliases
    assert "AP" in found["Associated Press"].aliases


def test_flights_airports_and_aircraft_models():
    body = (
        "Passengers on Flight 1182 to Bergamo smelled smoke. Flight NV1182, a Boeing 737-800 wet-leased from "
        "Brisa Charter, left Lisbon Airport Humberto Delgado (LIS) for Orio al Serio Airport (BGY) and returned to "
        "Humberto Delgado. A 29-year-old nurse from Cascais said the crew were calm."
    )
    found = _by_name(find_entities(body))
    flight = found["Flight 1182"]
    assert (flight.type, set(flight.aliases)) == ("OTHER", {"Flight 1182", "Flight NV1182"})
    lisbon = found["Lisbon Airport Humberto Delgado"]
    assert lisbon.type == "PLACE" and {"LIS", "Humberto Delgado"} <= set(lisbon.aliases)
    assert found["Orio al Serio Airport"].type == "PLACE" and "BGY" in found["Orio al Serio Airport"].aliases
    assert found["Boeing 737-800"].type == "PRODUCT" and "Boeing" not in found
    assert found["Brisa Charter"].type == "ORG"
    assert found["Bergamo"].type == "PLACE" and found["Cascais"].type == "PLACE"


def test_a_segment_and_a_banks_capital_markets_arm_are_organisations():
    body = (
        "The Signal Test segment grew 19%. Oskar Demir of Harbor Street Capital Markets asked about margins, "
        "and Harbor Street Capital Markets raised its target."
    )
    found = _by_name(find_entities(body))
    assert found["Signal Test"].type == "ORG"
    assert found["Harbor Street Capital Markets"].type == "ORG"


def test_a_roundups_items_are_led_by_the_companies_they_are_about():
    text = "\n".join([
        "# Busy Week for Climate Startups",
        "",
        "- **Tessavolt** (Lisbon) — $6.5M seed led by Northbeam Partners for battery analytics.",
        "- **Orchardly** (Austin, Texas) — $12M Series A led by Tidewater Capital.",
        "",
        "Kelp is having a moment, and kelp-farm software with it.",
    ])
    found = _by_name(analyze_text(text, filename="issue.md").entities)
    assert found["Tessavolt"].type == "ORG" and found["Orchardly"].type == "ORG"
    assert "Kelp" not in found  # the word is used in lower case too


def test_a_name_called_by_its_two_surnames_is_the_full_name():
    body = "Board chairman Eduardo Ferrán Garza did not speak. Ferrán Garza’s family owns 41% of the group."
    found = _by_name(find_entities(body))
    assert "Ferrán Garza" in found["Eduardo Ferrán Garza"].aliases and "Ferrán Garza" not in found


def test_two_companies_joined_by_a_hyphen_are_two_mentions():
    body = "Brisa Logistics will buy Ocaña Freight. Analysts said the Brisa-Ocaña combination saves money. Brisa and Ocaña agreed."
    found = _by_name(find_entities(body))
    assert "Brisa-Ocaña" not in found
    assert found["Brisa Logistics"].mentions == 3 and found["Ocaña Freight"].mentions == 3


def test_a_wire_datelines_first_word_and_a_quotes_first_word_are_not_names():
    body = (
        "TOLEDO, Ohio (AP) — Dozens of workers at a Marlow Castings Inc. plant walked out on Tuesday. "
        "Members of Glass and Allied Workers Union Local 88 picketed, the Occupational Safety and Health "
        "Administration said. \"Safety comes first,\" said Dana Pruett."
    )
    found = _by_name(find_entities(body))
    assert not {"Dozens", "Safety", "Glass"} & found.keys()
    assert "Glass and Allied Workers Union Local 88" in found


def test_a_bare_name_shared_by_a_parent_and_its_subsidiary_is_the_parent():
    body = (
        "Workers at a Marlow Castings Inc. plant walked out. Marlow Castings is a subsidiary of Marlow Industrial "
        "Corp. Shares of Marlow fell. Marlow Castings Inc. employs 640 people. The state asked Marlow for its logs."
    )
    found = _by_name(find_entities(body))
    assert found["Marlow Industrial Corp."].mentions == 3
    assert "Marlow" not in found["Marlow Castings Inc."].aliases


def test_an_aircraft_registration_is_not_a_name():
    body = "The same aircraft, registered LN-KQT and delivered in 2022, had a pressure warning in February."
    assert "LN-KQT" not in _names(body)


def test_a_model_number_ending_a_sentence_keeps_its_number():
    body = "The cheaper Corvel Vega 9 uses the older Q5 Gen 2. Corvel also sells the Vega 9 Pro."
    names = _names(body)
    assert {"Corvel Vega 9", "Q5 Gen 2"} <= names
    assert "Q5 Gen" not in names


def test_an_operating_system_named_with_os_is_a_product():
    body = "PellinOS is one of the cleaner takes on Android, with few preinstalled apps. PellinOS feels quick."
    [system] = [e for e in find_entities(body) if "PellinOS" in e.aliases]
    assert system.type == "PRODUCT"


def test_a_makers_name_before_a_long_product_name_and_its_last_words_are_one_product():
    body = (
        "Corvel Vega 9 Pro Max review. Corvel sold the Vega 9 Pro Max in May. The vapor chamber in the Pro Max "
        "is larger than the one in the Vega 9 Pro, and Corvel says the Pro Max charges faster."
    )
    found = _by_name(find_entities(body))
    [product] = [e for e in found.values() if "Pro Max" in e.aliases]
    assert {"Vega 9 Pro Max", "Corvel Vega 9 Pro Max"} <= set(product.aliases)
    assert "Vega 9 Pro" in found


def test_a_table_header_cell_is_not_a_second_sentence_for_a_capitalised_word():
    body = (
        "Halcyon grew fast this year.\n\n| Quarter | Revenue | Gross margin |\n\n| Q3 2025 | $663M | 63% |\n\n"
        "Gross margin has fallen eight points in a year."
    )
    assert "Gross" not in _names(body)


def test_the_ai_in_a_description_is_not_a_company():
    body = "Orrery reported results on Tuesday. The AI infrastructure darling had a great quarter."
    assert "AI" not in _names(body)


def test_a_company_reporting_results_is_an_organisation():
    body = "Pellory reported third-quarter results on Tuesday. Analysts liked what Pellory said about margins."
    assert _by_name(find_entities(body))["Pellory"].type == "ORG"


def test_titles_of_local_office_are_not_part_of_the_name():
    body = (
        "Council Member Teodora Vantongeren, whose district includes the site, has questions. Her rival, state "
        "Treasurer Amos Reinhardt, raised more."
    )
    names = _names(body)
    assert {"Teodora Vantongeren", "Amos Reinhardt"} <= names


def test_party_labels_party_adjectives_and_super_pacs_are_not_entities():
    body = (
        "A super PAC supporting Rep. Delia Fontanelle (D-Ore.) raised $6 million, more than her Democratic "
        "rival. Super PACs must report donors, and Sen. Hal Engle (R-Texas) has no PAC of his own."
    )
    names = _names(body)
    assert {"Delia Fontanelle", "Hal Engle"} <= names
    assert not names & {"D-Ore", "R-Texas", "Democratic", "PAC", "PACs"}


def test_a_forecaster_named_with_the_is_not_a_person():
    body = "Engle has not endorsed anyone, and the forecaster Ballot Lantern rates the race a toss-up."
    assert _by_name(find_entities(body))["Ballot Lantern"].type != "PERSON"


def test_zoning_codes_are_not_names():
    body = "The application asks the commission to rezone three parcels from RM-2 to RM-4 before the hearing."
    assert not _names(body) & {"RM-2", "RM-4"}


def test_a_court_without_a_courts_word_is_a_street_and_a_hill_is_a_place():
    body = "Ines Calder has lived on nearby Wexmoor Court since 1998; the district also takes in Crescent Hill."
    found = _by_name(find_entities(body))
    assert (found["Wexmoor Court"].type, found["Crescent Hill"].type) == ("PLACE", "PLACE")


def test_a_funeral_home_and_a_branch_library_are_organisations():
    body = (
        "Visitation will be Friday at Brandt-Hollis Funeral Home in Kenosha. He had renovated the Dunmore "
        "Branch Library in 2019."
    )
    found = _by_name(find_entities(body))
    assert found["Brandt-Hollis Funeral Home"].type == "ORG"
    assert found["Dunmore Branch Library"].type == "ORG"


def test_saint_abbreviated_opens_a_name():
    body = "They met at a dance at St. Anselm’s Church in Milwaukee and later lived in St. Paul."
    assert {"St. Anselm’s Church", "St. Paul"} <= _names(body)


def test_a_state_abbreviation_after_a_city_is_not_an_entity_of_its_own():
    body = "Kessler, 90, spoke by phone from Naples, Fla., where he retired in 2001."
    names = _names(body)
    assert "Naples" in names and "Fla." not in names


def test_a_company_that_renamed_itself_keeps_its_old_name_as_an_alias():
    body = (
        "In 1968 he opened Kessel & Vadas Machine Works in a garage. The company renamed itself Northmark "
        "Precision in 1994. Northmark Precision now employs 1,100 people."
    )
    found = _by_name(find_entities(body))
    [company] = [e for e in found.values() if "Northmark Precision" in e.aliases]
    assert "Kessel & Vadas Machine Works" in company.aliases and company.type == "ORG"


def test_a_bare_surname_in_an_obituary_is_the_principals_and_the_younger_one_is_his_sons():
    body = (
        "Andor Szabo, who founded a parts maker, died Oct. 4. He was 87. His son, Tamas, said the cause was heart "
        "failure. Mr. Szabo was born in Hungary. Tamas Szabo, 58, succeeded his father in 2009, and the younger "
        "Szabo said his father never retired. Klara Szabo Morrow, his daughter, runs the family foundation. "
        "Mr. Szabo married Margit Horvath in 1962."
    )
    found = find_entities(body)
    by_name = _by_name(found)
    spans = {name: [body[s:e] + "@" + str(s) for s, e in by_name[name].spans] for name in by_name}
    younger = body.index("Szabo said")
    last_mr = body.rindex("Mr. Szabo") + 4
    assert any(s == younger for s, _ in by_name["Tamas Szabo"].spans), spans
    assert any(s == last_mr for s, _ in by_name["Andor Szabo"].spans), spans
    assert "Szabo" not in by_name["Klara Szabo Morrow"].aliases


def test_longtime_opening_a_sentence_is_not_a_name():
    body = "Andor Szabo ran the shop for decades. Longtime employees said he greeted every new hire the same way."
    assert "Longtime" not in _names(body)


def test_proxy_advisers_are_organisations():
    body = "Proxy adviser Glass Lewis had recommended a vote against the pay report; ISS backed it."
    found = _by_name(find_entities(body))
    assert (found["Glass Lewis"].type, found["ISS"].type) == ("ORG", "ORG")


def test_an_employer_after_head_of_a_department_is_a_company():
    body = "As head of sourcing at Marlowe Apparel, she bought 30,000 tonnes of polyester a year."
    assert _by_name(find_entities(body))["Marlowe Apparel"].type == "ORG"


def test_plural_weekdays_and_a_staff_nickname_coined_from_the_company_are_not_entities():
    body = (
        "Priya Raman founded Threadwell in 2019. The company, whose staff call themselves Threadwellers, "
        "supplies 140 brands. Do you regret it? Some Mondays."
    )
    names = _names(body)
    assert "Threadwell" in names
    assert "Threadwellers" not in names and "Mondays" not in names


def test_an_english_county_is_a_place():
    body = "She is reading a history of the Yorkshire wool mills."
    assert _by_name(find_entities(body))["Yorkshire"].type == "PLACE"


def test_a_drug_named_after_drug_or_brand_name_is_a_product_and_its_trials_are_not():
    body = (
        "Brenner Therapeutics said its drug velotinib, which it plans to sell under the brand name Arvessa, met "
        "the main goal of the SOLACE-3 study. Its rival is testing a similar pill in the MERIDIAN-HF trial."
    )
    entities = _by_name(find_entities(body))
    assert entities["Arvessa"].type == "PRODUCT"
    assert entities["SOLACE-3"].type == "OTHER"
    assert entities["MERIDIAN-HF"].type == "OTHER"


def test_an_agencys_bare_acronym_joins_its_name_with_the_country_in_front():
    body = (
        "The company will apply to the U.S. Food and Drug Administration next year. "
        "An FDA spokesperson declined to comment."
    )
    entities = _by_name(find_entities(body))
    assert "FDA" in entities["U.S. Food and Drug Administration"].aliases


def test_an_abbreviation_defined_for_a_condition_is_not_an_entity():
    body = "The trial enrolled adults with chronic obstructive pulmonary disease, or COPD, in 19 countries."
    assert "COPD" not in _names(body)


def test_a_team_beside_its_score_is_a_club_and_its_short_name_joins_it():
    body = (
        "Wrenfield's side came from behind to beat Oldbury Town 2-1 on Saturday. "
        "Oldbury led through an early penalty."
    )
    club = _by_name(find_entities(body))["Oldbury Town"]
    assert club.type == "ORG" and "Oldbury" in club.aliases


def test_players_by_position_clubs_abroad_and_a_leagues_short_name():
    body = (
        "The Northern Alliance approved the takeover on Friday. Alliance chief executive Ruth Okoro said so. "
        "Brazilian forward Tavinho scored, and the club turned down an offer from Portuguese side Uniao do Norte."
    )
    entities = _by_name(find_entities(body))
    assert entities["Tavinho"].type == "PERSON"
    assert entities["Uniao do Norte"].type == "ORG"
    assert "Alliance" in entities["Northern Alliance"].aliases
    assert entities["Northern Alliance"].type == "ORG"


def test_a_nickname_the_home_support_gives_joins_the_player():
    body = "Lewis Garrow, the centre-back the home support call “Crow”, headed the winner. Crow was everywhere."
    assert "Crow" in _by_name(find_entities(body))["Lewis Garrow"].aliases


def test_a_market_index_with_its_number_is_one_name_and_not_a_company():
    body = "Halden Group, the FTSE 250 housebuilder, rose 4% as the S&P 500 fell."
    entities = _by_name(find_entities(body))
    assert entities["FTSE 250"].type == "OTHER" and entities["S&P 500"].type == "OTHER"


def test_a_companys_agm_is_the_company_and_its_venue_rooms_a_place():
    text = "\n".join([
        "# Halden AGM live: shareholders rebel over pay",
        "",
        "Halden Group holds its annual meeting today at the Carrington Rooms in Westminster.",
    ])
    entities = _by_name(analyze_text(text, filename="live.md").entities)
    assert "Halden AGM" not in entities and "Halden" not in entities
    assert "Halden Group" in entities
    assert entities["Carrington Rooms"].type == "PLACE"


def test_words_on_a_protesters_banner_are_not_an_entity():
    body = "One protester held a banner reading “Halden Floods Homes”, the slogan of the campaign."
    assert "Halden Floods Homes" not in _names(body)


def test_an_mp_is_a_title_and_mps_are_nobody_in_particular():
    body = "Asked by the Conservative MP Rachel Oduya whether customers knew, she said no. MPs were not convinced."
    names = _names(body)
    assert "Rachel Oduya" in names
    assert not any("MP" in name for name in names)


def test_an_office_named_after_its_holder_keeps_the_possessive():
    body = "The Information Commissioner’s Office said it had made enquiries, and so did the District Attorney's Office."
    names = _names(body)
    assert {"Information Commissioner’s Office", "District Attorney's Office"} <= names


def test_and_inside_a_regulations_or_a_unions_name():
    body = (
        "Members of United Food and Commercial Workers Local 482 walked out. The company said it complied with the "
        "Privacy and Electronic Communications Regulations."
    )
    names = _names(body)
    assert "United Food and Commercial Workers Local 482" in names
    assert "Privacy and Electronic Communications Regulations" in names


def test_a_radio_station_is_a_broadcaster_and_a_carmakers_model_is_a_product():
    body = (
        "She told BBC Radio 4 that the Mistral GT will compete with the Porsche Taycan and the Lucid Air, "
        "both of which cost more."
    )
    entities = _by_name(find_entities(body))
    assert entities["BBC Radio 4"].type == "ORG"
    assert entities["Porsche Taycan"].type == "PRODUCT" and entities["Lucid Air"].type == "PRODUCT"


def test_a_chat_apps_channel_is_the_app_and_no_speaker():
    body = "Another employee posted in a company Slack channel: “Does anyone know when the severance lands?”"
    assert _by_name(find_entities(body))["Slack"].type == "PRODUCT"
    quote = find_quotes(body, find_entities(body))[0]
    assert quote.speaker is None


def test_a_company_that_has_not_said_how_many_is_a_company():
    body = (
        "Harbour Pay says it has notified regulators. Harbour Pay, the payments app used by small businesses, was "
        "hacked last month. Harbour Pay has not said how many customers were affected."
    )
    assert _by_name(find_entities(body))["Harbour Pay"].type == "ORG"


def test_a_place_with_a_compass_half_keeps_it():
    body = "Liam Byrne, the Labour MP for Harrowfield East, said so. Voters in Kendal West agreed."
    entities = _by_name(find_entities(body))
    assert entities["Harrowfield East"].type == "PLACE" and entities["Kendal West"].type == "PLACE"


def test_a_person_named_after_an_agencys_name_is_not_its_service():
    body = (
        "A mediator from the Federal Mediation and Conciliation Service, Miriam Sobol, met each side on Monday. "
        "Sobol declined to discuss specifics."
    )
    assert _by_name(find_entities(body))["Miriam Sobol"].type == "PERSON"


def test_slogans_on_signs_numbered_gates_and_title_case_heading_words_are_not_entities():
    body = (
        "Corvane Industries made an offer.\n\nCorvane Says Offer Is Fair\n\nStrikers gathered at the plant’s Gate 3 "
        "entrance. Hand-lettered signs read “Fair Wages Now” and “Local 482 Strong.”"
    )
    names = _names(body)
    assert "Corvane Industries" in names
    assert not names & {"Fair", "Gate 3", "Local 482 Strong", "Fair Wages Now"}


def test_a_unions_name_ends_in_workers():
    body = "Strike pay from the United Metal Trades Workers international is $400 a week."
    assert _by_name(find_entities(body))["United Metal Trades Workers"].type == "ORG"


def test_a_job_in_a_country_and_a_peer_and_a_committee_with_a_comma():
    body = (
        "Priyanka Sethi, UK managing director of Vexa Mobile, told the Science, Innovation and Technology "
        "Committee that it had no warning. Brightline’s chairman, Lord Fennimore, wrote to the committee."
    )
    entities = _by_name(find_entities(body))
    assert entities["Priyanka Sethi"].type == "PERSON"
    assert "Science, Innovation and Technology Committee" in entities
    assert entities["Lord Fennimore"].type == "PERSON"


def test_the_constituency_of_an_mp_is_a_place():
    body = "Caroline Pryce, the Conservative MP for Stourhaven, asked why staff were cut."
    assert _by_name(find_entities(body))["Stourhaven"].type == "PLACE"


def test_a_headline_word_does_not_stop_a_companys_short_name_joining_it():
    text = "\n".join([
        "Broadband bosses apologise to MPs over outage",
        "",
        "Sir Malcolm Trent, chief executive of Brightline Broadband, apologised. Customers of Brightline were cut off.",
    ])
    entities = _by_name(analyze_text(text).entities)
    assert "Brightline" in entities["Brightline Broadband"].aliases


def test_a_companys_products_named_after_it_and_a_participle_opening_a_sentence():
    body = (
        "Fernwell, the bookkeeping startup, is cutting jobs. The startup Fernwell said the cuts hit the team building Fernwell Payroll, a product the "
        "company launched in October. \"Our core product, Fernwell Close, is growing,\" Fernwell said. "
        "Departing employees will receive ten weeks of severance."
    )
    entities = _by_name(find_entities(body))
    assert entities["Fernwell Payroll"].type == "PRODUCT" and entities["Fernwell Close"].type == "PRODUCT"
    assert "Departing" not in entities


def test_car_trims_plurals_rival_models_and_paint_colours():
    body = (
        "Virelle Automotive unveiled the Virelle Marten in three trims: the Marten Standard RWD, the Marten Long "
        "Range AWD and a Marten GT, according to registration data from Motorintel. The Marten’s Asteroid Gray "
        "paint is an option. Virelle expects to build 35,000 Martens, and the Marten beats its rivals on range."
    )
    entities = _by_name(find_entities(body))
    for trim in ("Marten Standard RWD", "Marten Long Range AWD", "Marten GT"):
        assert entities[trim].type == "PRODUCT"
    assert "Martens" in entities["Virelle Marten"].aliases
    assert entities["Motorintel"].type == "ORG"
    assert "Asteroid Gray" not in entities
    rival = (
        "The obvious target is the Norvik Aster, which starts at $44,500. The carmaker Norvik has sold 60,000 "
        "Asters in the U.S. The Aster’s heat pump is an option."
    )
    entities = _by_name(find_entities(rival))
    assert entities["Norvik Aster"].type == "PRODUCT" and "Asters" in entities["Norvik Aster"].aliases
    assert entities["Norvik"].type == "ORG"


def test_a_states_attorney_general_is_an_office_and_id_papers_are_not_entities():
    body = (
        "In a statement, the Ohio Attorney General's office said it was looking into the breach. Hackers took "
        "Social Security numbers and W-2 forms; assume your SSN is out there."
    )
    entities = _by_name(find_entities(body))
    assert entities["Ohio Attorney General"].type == "ORG"
    assert not set(entities) & {"Social Security", "W-2", "SSN", "Ohio"}


def test_a_central_bank_swahili_and_arabic_names_and_a_currency_code():
    body = (
        "The Central Bank of Kenya approved the licence. Governor Amina wa Njeri spoke. Safiri chief executive "
        "Khalid bin Omar al-Harthy said fees start at 1,000 shillings (KES)."
    )
    names = _names(body)
    assert {"Central Bank of Kenya", "Amina wa Njeri", "Khalid bin Omar al-Harthy"} <= names
    assert "KES" not in names


def test_a_property_deals_broker_seller_tower_and_street():
    body = (
        "Harwick Partners will buy Delmont Tower at 400 Lakeview Ave from the State Teachers' Retirement Fund. "
        "The deal was brokered by Calloway Sterne managing director Priscilla Vance."
    )
    entities = _by_name(find_entities(body))
    assert entities["Delmont Tower"].type == "PLACE" and entities["Lakeview Ave"].type == "PLACE"
    assert entities["State Teachers' Retirement Fund"].type == "ORG"
    assert entities["Calloway Sterne"].type == "ORG"


def test_a_parent_in_an_appositive_is_a_person_and_a_recalled_models_noun_makes_it_a_product():
    body = (
        "Kidsway is recalling 84,000 StrollEase Compact strollers. Jenna Morales, a parent in Tucson, said her "
        "son was hurt. “It happened in a second,” she said."
    )
    entities = _by_name(find_entities(body))
    assert entities["Jenna Morales"].type == "PERSON"
    assert entities["StrollEase Compact"].type == "PRODUCT"
    quote = [q for q in find_quotes(body, find_entities(body)) if q.text == "It happened in a second,"][0]
    assert quote.speaker == "Jenna Morales"


def test_a_brand_called_a_stage_names_legal_name_a_tour_title_and_a_build_cache():
    body = (
        "Pop star Marisol Vega, whose real name is Maria Soledad Vegara, launched a skincare brand called Vega "
        "Glow before her ‘Midnight Bloom’ tour. Ferrule is an open-source build cache."
    )
    entities = _by_name(find_entities(body))
    assert "Maria Soledad Vegara" in entities["Marisol Vega"].aliases
    assert entities["Vega Glow"].type == "PRODUCT"
    assert "Bloom" not in entities and "Midnight Bloom" not in entities
    assert entities["Ferrule"].type == "PRODUCT"


def test_a_noun_before_a_comma_is_no_appositive_when_the_name_speaks_next():
    body = (
        "Owners book a charger through the app, Virelle says. Drivers can also pay in the app, Virelle says."
    )
    assert _by_name(find_entities(body))["Virelle"].type != "PRODUCT"


def test_model_and_lot_numbers_are_not_entities_but_a_named_model_code_is():
    body = (
        "Corrow Home Products is recalling its Tidyheat heaters, models TH-200 and TH-200X. The lot code "
        "runs from L2208A through L2212C. Owners should check the label for model number TH-200. "
        "Corrow said the Tidyheat has sold well. Its rival, the VX-880, outsold it in March."
    )
    entities = _by_name(find_entities(body))
    for code in ("TH-200", "TH-200X", "L2208A", "L2212C"):
        assert code not in entities
    assert entities["Corrow Home Products"].type == "ORG"  # "Home" is part of the name, not a menu word
    assert "VX-880" in entities


def test_a_title_case_group_name_with_a_stopword_and_an_oath_in_a_quote():
    body = (
        "The group Parents Against Gridlock backed the plan. “He wasn’t hurt, thank God,” said Ines Marlow, "
        "a parent. “God knows how,” she added."
    )
    entities = _by_name(find_entities(body))
    assert entities["Parents Against Gridlock"].type == "ORG"
    assert "Gridlock" not in entities and "God" not in entities


def test_a_wire_story_product_a_paper_demonyms_and_an_arabic_surname():
    body = (
        "Kenya's central bank ordered Tandu Networks to cap fees on its Tandu Hela mobile-money service and on "
        "its \"Pata Haraka\" overdrafts, CBK Governor Salim bin Omar al-Hadi said. The order was first reported "
        "by the Queen City Register. \"Mobile money is how most Kenyans are paid,\" a minister said. "
        "Al-Hadi said the review would take a year. A rival, Simba Mobile, was fined in 2023."
    )
    entities = _by_name(find_entities(body))
    assert entities["Tandu Hela"].type == "PRODUCT"
    assert entities["Pata Haraka"].type == "PRODUCT"
    assert entities["Queen City Register"].type == "ORG"
    assert "City Register" not in entities
    assert "Al-Hadi" in entities["Salim bin Omar al-Hadi"].aliases
    assert "Kenyans" not in entities and "Mobile" not in entities


def test_a_stage_name_takes_the_legal_name_a_brand_ending_in_hour_and_a_soda():
    body = (
        "Marlo is getting into the drinks business. The Grammy-nominated singer, born Marlena Okafor-Lind, "
        "launched Golden Hour, a line of sparkling aperitifs, with Corvid Beverage Group. Marlo shared the news "
        "on Instagram. Corvid tried this before with its hibiscus soda Pinkbay, which was discontinued."
    )
    entities = _by_name(find_entities(body))
    assert "Marlena Okafor-Lind" in entities["Marlo"].aliases
    assert entities["Marlo"].type == "PERSON"
    assert entities["Golden Hour"].type == "PRODUCT"
    assert "Golden" not in entities
    assert entities["Pinkbay"].type == "PRODUCT"


def test_a_startups_first_name_and_a_products_release_number():
    body = (
        "Fernbrook was founded in 2022 by Ines Carvalho. Back then it was called Loomfield, and the name lasted "
        "a year. Fernbrook builds Kiln, an open-source build cache. Kiln 2.4 shipped last month."
    )
    entities = _by_name(find_entities(body))
    assert "Loomfield" in entities["Fernbrook"].aliases
    assert "Kiln 2.4" in entities["Kiln"].aliases  # shown as "Kiln", not by one release


def test_an_engine_makers_model_a_joint_venture_and_its_product_and_a_provost():
    body = (
        "The jets will be powered by Tallis Dynamics TD-40 engines. Halvard Foods and Nordmarin announced a "
        "joint venture, Tarevik Proteins, which will produce Tarevik Pure from 2027. Provost Lydia Marchetti "
        "will serve as interim president. Students held signs reading \"Our School, Not Your Board Room.\" "
        "Warehouses are spread across the Midwest, the companies said."
    )
    entities = _by_name(find_entities(body))
    assert entities["Tallis Dynamics"].type == "ORG" and entities["TD-40"].type == "PRODUCT"
    assert entities["Tarevik Proteins"].type == "ORG"
    assert entities["Tarevik Pure"].type == "PRODUCT"
    assert "Lydia Marchetti" in entities
    assert "School" not in entities and "Board Room" not in entities
    assert entities["Midwest"].type != "ORG"


def test_an_air_show_a_model_with_its_variant_letters_and_a_dateline_city():
    text = "\n".join([
        "Solvenna Air orders 40 jets at the Paris Air Show",
        "",
        "LE BOURGET, France — Solvenna Air on Tuesday ordered 28 KX 321neo jets from Kestova Aerospace at "
        "the Paris Air Show. “The 321neo gets us to Tenerife without a fuel stop,” said Teodora Vance, the "
        "airline’s chief executive, speaking at Le Bourget. Kestova has built 40km of new taxiway and opens at 10am.",
    ])
    entities = _by_name(analyze_text(text).entities)
    assert entities["Paris Air Show"].type == "OTHER"
    assert entities["KX 321neo"].type == "PRODUCT" and "321neo" in entities["KX 321neo"].aliases
    assert entities["Le Bourget"].type == "PLACE"
    assert entities["Tenerife"].type == "PLACE"
    assert not any(name.endswith(("40km", "10am")) for name in entities)


def test_a_company_named_for_its_turbines_a_building_and_a_paper_by_its_last_word():
    body = (
        "Solvenna picked engines from Calder Turbines. A Calder spokesperson declined to comment. The "
        "foundation pledged $40 million to expand Thornbury Hall, the engineering building that opened in 2009. "
        "The news was first reported by The Calloway Clarion, the student newspaper. The Clarion also ran an "
        "editorial, according to a letter obtained by the Sentinel, foundation president Celeste Thornbury said."
    )
    entities = _by_name(find_entities(body))
    assert entities["Calder Turbines"].type == "ORG" and "Calder" in entities["Calder Turbines"].aliases
    assert entities["Thornbury Hall"].type == "PLACE"
    assert "Clarion" in entities["The Calloway Clarion"].aliases
    assert entities["Sentinel"].type != "PERSON"


def test_a_tokens_ticker_a_small_country_a_month_named_ceo_and_a_factory_town():
    body = (
        "Vaultline, which ran its business from the Bahamas, paid yields on its own Tundra token. Customers "
        "locked up TDRA for a year. “Saltline is where our work reaches the grid,” said Jun Takahara, chief "
        "executive of Kaimana Materials. The company is building a factory outside Łódź."
    )
    entities = _by_name(find_entities(body))
    assert entities["Bahamas"].type == "PLACE"
    assert "TDRA" in entities["Tundra"].aliases
    assert entities["Jun Takahara"].type == "PERSON"
    assert entities["Łódź"].type == "PLACE"


def test_a_law_firm_with_commas_a_case_number_a_bill_with_small_words_and_a_panel():
    body = (
        "“We are pleased,” said Dana Whitcombe of Pruitt, Hale & Voss LLP. The case is Brightwell Labs Corp. v. "
        "Veltrano Systems Inc., Case No. 2:24-cv-01187, over U.S. Patent Nos. 10,882,417 and 11,204,093. "
        "Jurors rejected the argument. The Algorithmic Accountability in Recommendations Act (AARA) was debated "
        "at a Senate Commerce subcommittee hearing."
    )
    entities = _by_name(find_entities(body))
    assert entities["Pruitt, Hale & Voss LLP"].type == "ORG" and entities["Dana Whitcombe"].type == "PERSON"
    assert not {"Case", "U.S. Patent Nos", "Jurors"} & set(entities)
    assert "AARA" in entities["Algorithmic Accountability in Recommendations Act"].aliases
    assert entities["Senate Commerce"].type == "ORG"


def test_a_wind_farm_an_association_of_fishermen_and_a_senators_party_and_district():
    body = (
        "The board approved Greyfin Shoals, an offshore wind farm. The South Coast Commercial Fishermen's "
        "Association objected. State Sen. Marguerite Okafor-Dell, D-Port Tamsin, said she would push for a fund "
        "for fishermen in Port Tamsin."
    )
    entities = _by_name(find_entities(body))
    assert entities["Greyfin Shoals"].type == "PLACE"
    assert entities["South Coast Commercial Fishermen's Association"].type == "ORG"
    assert "D-Port Tamsin" not in entities and entities["Port Tamsin"].mentions == 2


def test_a_retailers_legal_form_its_brands_and_a_brokers_analyst():
    body = (
        "Marlow & Finch Co. reported profit on Wednesday. Sales of the budget basics range Everyday Fifth rose, "
        "and Marlow & Finch now expects more. In a note to clients, Halvorsen Grier analyst Tomasz Bielecki "
        "called it a clean beat."
    )
    entities = _by_name(find_entities(body))
    assert "Marlow & Finch" in entities["Marlow & Finch Co."].aliases
    assert entities["Everyday Fifth"].type == "PRODUCT"
    assert entities["Halvorsen Grier"].type == "ORG"


def test_an_obituarys_headline_nickname_family_notice_and_hyphenated_town():
    text = "\n".join([
        "Augustin “Gus” Delacroix-Brandt, founder of Delacroix Home & Supply, dies at 91",
        "",
        "Augustin Delacroix-Brandt, who built Delacroix Home & Supply, died Sunday. Born in "
        "Ste.-Odile, Quebec, he opened his first shop in 1958. Gus never retired. Flags at City Hall were "
        "lowered. Survived by his wife of 64 years, Marguerite (née Oyelaran); and his children, Simone "
        "Delacroix-Whitlow (Elena) and Paul Delacroix-Brandt.",
    ])
    entities = _by_name(analyze_text(text).entities)
    assert "Gus" in entities["Augustin Delacroix-Brandt"].aliases
    assert entities["Ste.-Odile"].type == "PLACE"
    assert entities["City Hall"].type == "PLACE"
    assert entities["Marguerite"].type == "PERSON" and entities["Elena"].type == "PERSON"
    assert entities["Delacroix Home & Supply"].type == "ORG"


def test_a_plural_model_name_is_the_model():
    entities = _by_name(find_entities("Solvenna ordered 30 Aurex A-350s and ten KX 321neos last year."))
    assert "Aurex A-350" in entities and "KX 321neo" in entities
    assert "Aurex A-350s" not in entities and "KX 321neos" not in entities


def test_a_number_with_a_thousands_comma_is_not_a_name():
    names = _names("The 1,140-megawatt project off Port Weymark won a 4-1 vote on Tuesday.")
    assert "1" not in names


def test_a_ridge_named_in_an_appositive_is_a_place():
    body = "Member Raymond Tibbs dissented over lobster grounds near Carrow Shoal, the underwater ridge that names the project."
    assert _by_name(find_entities(body))["Carrow Shoal"].type == "PLACE"


def test_a_feature_that_ships_on_routers_is_a_product():
    body = "RelayLink ships on Corvane Meridian routers and is licensed to several carriers."
    assert _by_name(find_entities(body))["RelayLink"].type == "PRODUCT"


def test_a_month_name_opening_a_speakers_name_after_a_quotation_stays():
    body = '"How much of it is freight?" Jun Tanabe, an analyst at Morgan Fairley, asked on the call.'
    assert "Jun Tanabe" in _names(body)


def test_a_coined_brand_keeps_its_home_word():
    body = "Harrowgate will slow the rollout of its Nestwell Home shop-in-shops. Nestwell Home had been a bright spot."
    assert _by_name(find_entities(body))["Nestwell Home"].mentions == 2


def test_a_discount_chain_is_a_company():
    body = "It owns the Brightmart discount chain, and it will close 18 underperforming Brightmart stores in Ohio."
    assert _by_name(find_entities(body))["Brightmart"].type == "ORG"


def test_a_nickname_in_quotes_after_he_was_joins_the_person_the_story_is_about():
    body = (
        "Walter Dombrowski, the hardware man, died Tuesday. His daughter, Renata Dombrowski-Vance, confirmed it. "
        'To nearly everyone in town he was "Buzz," a nickname he picked up as a teenager. '
        "Customers who had never met Buzz knew the name from the radio. "
        "Mr. Dombrowski was born in Tarnów. Mr. Dombrowski opened his first store in 1958."
    )
    assert "Buzz" in _by_name(find_entities(body))["Walter Dombrowski"].aliases


def test_obituary_places_services_and_bodies():
    body = (
        "After two years in the Army, he opened a store. He added a second store in neighboring Milltown in 1971. "
        "An uncle worked at the Keystone Glassworks. His wife of 58 years, the former Irene Sobczak, died in 2013. "
        "He served on the council of St. Hedwig Parish. A funeral Mass will be celebrated on Saturday."
    )
    found = _by_name(find_entities(body))
    assert found["Army"].type == "ORG"
    assert found["Milltown"].type == "PLACE"
    assert found["Keystone Glassworks"].type == "ORG"
    assert found["Irene Sobczak"].type == "PERSON"
    assert found["St. Hedwig Parish"].type == "ORG"
    assert "Mass" not in found


def test_an_appeals_circuit_is_a_court():
    body = 'Morrow said the verdict rested on "a reading the Federal Circuit has already rejected."'
    assert _by_name(find_entities(body))["Federal Circuit"].type == "ORG"


def test_a_european_company_and_its_short_name_named_first_in_the_headline():
    analysis = analyze_text(
        "EU clears Valcresta's Orlenhof deal\n\nValcresta won approval for its takeover of German rival "
        "Orlenhof Software SE. Orlenhof said its staff would stay. Orlenhof shares were flat."
    )
    found = _by_name(analysis.entities)
    assert set(found["Orlenhof Software SE"].aliases) >= {"Orlenhof", "Orlenhof Software SE"}


def test_the_place_of_a_based_company_after_a_spokesperson_for():
    body = "A spokesperson for Karlsruhe-based Orlenhof said its staff would stay."
    assert _by_name(find_entities(body))["Karlsruhe"].type == "PLACE"


def test_a_companys_named_platform_is_a_product():
    body = "Valcresta will license Orlenhof's Tessera verification platform to rivals for ten years."
    assert _by_name(find_entities(body))["Tessera"].type == "PRODUCT"


def test_a_river_and_a_town_of():
    body = (
        "The dam sent sludge into the Bindaree River upstream of the town of Tarrawong. "
        "The town's intake on the Bindaree has been shut since."
    )
    found = _by_name(find_entities(body))
    assert found["Tarrawong"].type == "PLACE"
    assert "Bindaree" in found["Bindaree River"].aliases


def test_a_ministers_state_is_not_part_of_her_portfolio():
    names = _names("Queensland Resources Minister Fiona Tallis said the change did not alter the state's position.")
    assert "Queensland" in names and "Queensland Resources" not in names


def test_films_from_a_box_office_chart_and_after_their_kind():
    body = "\n\n".join([
        "Lanternfield Pictures’ Kestrel 2: Ashfall beat tracking, while Bluehaven Studios’ family drama "
        '"The Quiet Orchard" held firm. Sable Ridge Entertainment\'s Pip & the Paper Moon slipped because of Kestrel 2.',
        "1. Kestrel 2: Ashfall (Lanternfield Pictures) – $88.4M, NEW",
        "2. The Quiet Orchard (Bluehaven Studios) – $24.1M, total $142.0M",
        "3. Pip & the Paper Moon (Sable Ridge Entertainment) – $9.8M, total $61.3M",
    ])
    found = _by_name(find_entities(body))
    assert found["Kestrel 2: Ashfall"].type == "PRODUCT"
    assert "Kestrel 2" in found["Kestrel 2: Ashfall"].aliases
    assert found["The Quiet Orchard"].type == "PRODUCT"
    assert found["Pip & the Paper Moon"].type == "PRODUCT"


def test_a_funding_list_with_cities_in_brackets_is_not_a_chart():
    body = "\n\n".join([
        "- Quillmint (Lisbon) — $6.5M seed led by Northbeam Partners.",
        "- Orchardly (Austin) — $12M Series A led by Tidewater Capital.",
        "- Pyxa (Berlin) — €9M seed led by Kestrel Ventures.",
    ])
    assert all(e.type != "PRODUCT" for e in find_entities(body))


def test_a_streaming_service_keeps_its_plus():
    body = "The film moves to Vireo+, the streaming service that co-financed it, after 45 days."
    assert _by_name(find_entities(body))["Vireo+"].type == "PRODUCT"


def test_restaurants_streets_and_a_retired_chef():
    body = (
        "Szabo learned to cook at Gérard Pellissier’s now-closed Maison Pellissier. Pellissier, now 78 and retired, "
        "remembers her. She also runs Chez Oskar, the brasserie on Larchmont Avenue. Rents on Cobbler’s Row have doubled.\n\n"
        "Chez Oskar, 310 Larchmont Ave.; Little Wendell, 114 Cobbler's Row."
    )
    found = _by_name(find_entities(body))
    assert "Pellissier" in found["Gérard Pellissier"].aliases
    assert found["Maison Pellissier"].type == "ORG"
    assert found["Chez Oskar"].type == "ORG"
    assert found["Cobbler’s Row"].type == "PLACE"
    assert "Larchmont Ave" in found["Larchmont Avenue"].aliases


def test_dish_names_in_quotes_leave_no_word_behind():
    body = "Lorna Quist praised the ‘Sunday Chicken,’ and a course Szabo calls \"Grandmother's Mistake\"."
    names = _names(body)
    assert "Chicken" not in names and "Mistake" not in names


def test_a_place_name_cut_before_its_last_word_is_one_place():
    text = "Tailings spill reaches river\nThe spill sent slurry into the Marrow\nRiver.\nLater the Marrow River was tested again."
    entities = _by_name(analyze_text(text).entities)
    assert "Marrow River" in entities and "River" not in entities


def test_an_everyday_first_word_stays_when_an_appositive_says_what_the_name_is():
    body = "Clean Rivers Europe, a Lisbon-based campaign group, said the plan was weak. Clean Rivers Europe wants more."
    assert "Clean Rivers Europe" in _names(body)


def test_the_short_form_keeps_naming_the_body_the_story_has_been_calling_so():
    body = (
        "The European Commission opened an inquiry in March. The Commission said the deal could hurt rivals.\n\n"
        "The U.S. Federal Trade Commission closed its own review in May.\n\n"
        "The Commission has flagged energy as critical."
    )
    entities = _by_name(find_entities(body))
    assert len(entities["European Commission"].spans) == 3
    assert len(entities["U.S. Federal Trade Commission"].spans) == 1


def test_a_box_office_chart_with_short_studio_names_gives_the_films():
    body = (
        "Weekend estimates:\n"
        "1. Ember Vale (Harrow) – $31.2M, 3,700 theaters; Wk 1\n"
        "2. Tin Lanterns (Goldleaf) – $12.0M (-28%); Total $80.4M; Wk 3\n"
        "3. Night Orchard (Harrow) – $6.1M (-40%); Total $22.9M; Wk 2\n"
        "Harrow Pictures said the numbers beat tracking."
    )
    entities = _by_name(find_entities(body))
    assert {"Ember Vale", "Tin Lanterns", "Night Orchard"} <= {n for n, e in entities.items() if e.type == "PRODUCT"}
    assert not {"Wk", "Total"} & set(entities)
    assert entities["Harrow Pictures"].type == "ORG"


def test_a_numbered_street_leaves_no_stray_street():
    assert "Street" not in _names("She grew up above her parents’ bakery on 18th Street in Pilsen.")


def test_school_grades_screen_terms_and_rupees_are_not_names():
    names = _names("Quillmate wants K-12 classrooms. The LTPO panel is bright. The Rs 1,240 crore issue and its OFS closed.")
    assert not {"K-12", "LTPO", "Rs", "OFS"} & names


def test_a_named_protocol_is_a_product_and_a_unit_that_makes_things_is_a_business():
    entities = _by_name(find_entities(
        "Ostrava must license Pellan’s MeterLink metering protocol and sell Pellan Edge, a small unit that makes "
        "grid sensors, to an approved buyer. MeterLink is used by 40 utilities."
    ))
    assert entities["MeterLink"].type == "PRODUCT" and entities["Pellan Edge"].type == "ORG"


def test_a_mine_named_before_its_metal_is_a_place():
    entities = _by_name(find_entities("A wall failed at the company’s Kellin Flats copper mine. Kellin Flats was shut."))
    assert entities["Kellin Flats"].type == "PLACE"


def test_a_companys_streaming_partner_is_a_company():
    entities = _by_name(find_entities("The film reaches Lumora+, Goldleaf's streaming partner, in 45 days."))
    assert entities["Lumora+"].type == "ORG"


def test_a_possessive_creek_a_numbered_route_and_a_resident_with_her_age():
    body = (
        'The plant sits between Route 9 and Fuller’s Creek. "It smelled like tar," said Odalys, 41. '
        "Runoff reached Fuller's Creek by noon and Route 9 stayed shut."
    )
    entities = _by_name(find_entities(body))
    assert entities["Fuller’s Creek"].type == "PLACE" and entities["Route 9"].type == "PLACE"
    assert entities["Odalys"].type == "PERSON"


def test_a_fire_chiefs_service_and_a_superintendents_rank_are_not_names():
    names = _names("Fire Chief Dorian Kettle said the fire was out. Superintendent Mae Orrin closed the schools.")
    assert {"Dorian Kettle", "Mae Orrin"} <= names and not {"Fire", "Superintendent Mae Orrin"} & names


def test_a_school_district_and_an_elementary_school_are_organisations():
    entities = _by_name(find_entities("The Brook Valley Local School District kept pupils at Tamsworth Elementary."))
    assert entities["Brook Valley Local School District"].type == "ORG"
    assert entities["Tamsworth Elementary"].type == "ORG"


def test_a_capital_after_a_clock_time_opens_a_sentence_but_a_zone_does_not():
    names = _names("Crews had the flames down by 4:30 p.m. Hot spots were watched until 6 a.m. Eastern Standard Time.")
    assert not {"Hot", "Eastern Standard"} & names


def test_a_companys_head_of_product_makes_it_a_company():
    entities = _by_name(find_entities(
        '"We rebuilt it," Ivo Brandt, Orlo\'s head of product, said. Orlo announced the Quill 5. Orlo has grown.'
    ))
    assert entities["Orlo"].type == "ORG"


def test_a_phone_line_and_its_makers_software_stay_apart():
    body = "Orlo announced the Quill 5 and a cheaper Quill 5e. QuillOS 2 runs on both. QuillOS is cleaner."
    entities = _by_name(find_entities(body))
    assert "Quill 5e" in entities
    assert not {"QuillOS", "QuillOS 2"} & set(entities["Quill 5"].aliases)


def test_the_tier_alone_is_the_model_the_story_is_about():
    body = (
        "The Orlo Quill 5 Ultra is big. The Quill 5 Ultra has a new sensor. I tried the Quill 5 Ultra for a day. "
        "Alongside the Ultra, Orlo showed a case. It wobbles less than the Pemberly K3 Ultra."
    )
    entities = _by_name(find_entities(body))
    assert "Ultra" not in entities and "Ultra" in next(e for e in entities.values() if "Quill 5 Ultra" in e.aliases).aliases


def test_a_two_word_maker_before_its_chip_is_the_maker():
    body = "Chipset: Harlow Silicon Vey X2 (3nm)\nHarlow Silicon's Vey X2 felt quick. Harlow Silicon also makes modems."
    entities = _by_name(find_entities(body))
    assert entities["Harlow Silicon"].type == "ORG"
    chips = [e for e in entities.values() if "Vey X2" in e.aliases or "Harlow Silicon Vey X2" in e.aliases]
    assert len(chips) == 1 and chips[0].type == "PRODUCT"


def test_a_town_is_not_short_for_the_fire_department_it_names():
    body = (
        "Smoke drifted over Brackwater Falls on Friday. Chief Ona Pell of the Brackwater Falls Fire Department "
        "said crews arrived within minutes. Marlow County officials opened a shelter, and the Marlow County "
        "Emergency Management Agency sent alerts. Brackwater Falls City Schools cancelled classes."
    )
    entities = _by_name(find_entities(body))
    assert entities["Brackwater Falls"].type == "PLACE"
    assert entities["Brackwater Falls Fire Department"].aliases == ("Brackwater Falls Fire Department",)
    assert entities["Marlow County"].type == "PLACE"
    assert entities["Brackwater Falls City Schools"].type == "ORG"


def test_a_states_agency_by_its_initials_and_a_board_known_by_them():
    body = (
        "Staff from the Iowa Department of Natural Resources took samples from the river. Iowa DNR records "
        "show two earlier spills. The U.S. Chemical Safety and Hazard Investigation Board said it was "
        "gathering information. The board, known as the CSB, looked at the plant in 2019."
    )
    entities = _by_name(find_entities(body))
    assert "Iowa DNR" in entities["Iowa Department of Natural Resources"].aliases
    assert "CSB" in entities["U.S. Chemical Safety and Hazard Investigation Board"].aliases


def test_a_broadcasters_call_sign_and_channel_is_an_organisation():
    body = "Crews stayed overnight, Chief Pell told KQRN 5 on Friday. WTLV-TV reported the same."
    entities = _by_name(find_entities(body))
    assert entities["KQRN 5"].type == "ORG"
    assert entities["WTLV-TV"].type == "ORG"


def test_a_resident_named_by_first_name_and_age_opens_the_sentence():
    body = "Trevon, 58, said he has lived near the yard for years.\nHarlow Valley Schools cancelled classes on Friday."
    entities = _by_name(find_entities(body))
    assert entities["Trevon"].type == "PERSON"
    assert entities["Harlow Valley Schools"].type == "ORG"


def test_a_phone_maker_named_before_its_models_is_a_company():
    body = (
        "The Ostrel Vanta 7 Pro is the best phone Ostrel has made. I used the Vanta 7 Pro for a week, and "
        "Ostrel promises five years of updates. Side by side with the Corvel Aster 12 Ultra, the Aster 12 "
        "Ultra still wins at night, though Corvel’s phone costs more.\n"
        "Processor: Ninelake Kestra K5\n"
        "Ninelake’s Kestra K5 is the same chip inside the cheaper model."
    )
    entities = _by_name(find_entities(body))
    assert entities["Ostrel"].type == "ORG"
    assert entities["Corvel"].type == "ORG"
    assert entities["Ninelake"].type == "ORG"


def test_an_app_store_named_after_its_maker_is_a_product_and_not_the_makers_first_name():
    body = "Scrolling through Google Play feels smoother. Google’s own policy is seven years; Google Play still sells it."
    entities = _by_name(find_entities(body))
    assert entities["Google Play"].type == "PRODUCT"
    assert entities["Google"].type == "ORG"
    assert entities["Google Play"].aliases == ("Google Play",)


def test_a_phone_skin_with_its_version_and_a_5g_model_keep_their_names():
    body = "It ships with Android 16 and Ostrel UI 5. The chip also powers the cheaper Vanta 7 5G, which costs less."
    names = _names(body)
    assert {"Ostrel UI 5", "Vanta 7 5G"} <= names
    assert not {"Ostrel", "Vanta 7"} & names


def test_a_registrar_and_a_time_zone_and_low_earth_orbit():
    body = (
        "Ferrow Securities managed the issue, while Bracken Registry was the registrar. The rocket lifted off "
        "at 7:02 a.m. CDT and was meant to carry 900 kilograms to low Earth orbit from the Gull Point Launch Site."
    )
    entities = _by_name(find_entities(body))
    assert entities["Bracken Registry"].type == "ORG"
    assert entities["Gull Point Launch Site"].type == "PLACE"
    assert not {"CDT", "Earth"} & set(entities)


def test_a_newspaper_called_shimbun_and_car_models_by_their_body_style():
    body = (
        "The news, first reported by the Hokuriku Nippo Shimbun, surprised investors. Margins on the Sorano "
        "sedan and the Kiri minivan narrowed, and the Hayate EV compact crossover struggled in Thailand."
    )
    entities = _by_name(find_entities(body))
    assert entities["Hokuriku Nippo Shimbun"].type == "ORG"
    assert entities["Sorano"].type == "PRODUCT"
    assert entities["Kiri"].type == "PRODUCT"
    assert entities["Hayate EV"].type == "PRODUCT"


def test_a_stage_name_is_the_name_the_story_goes_by():
    body = (
        "Singer-songwriter Rosalind Mae Achebe, known professionally as Vesper Lane, has sued her label. "
        "Lane said the album was buried. Ms. Achebe's lawyers filed on Tuesday."
    )
    [singer] = [e for e in find_entities(body) if e.type == "PERSON"]
    assert singer.name == "Vesper Lane"
    assert {"Rosalind Mae Achebe", "Lane", "Achebe"} <= set(singer.aliases)


def test_an_album_set_off_by_commas_and_a_band_are_named_for_what_they_are():
    body = (
        "The label starved her third album, Iron Cathedral, of promotion. Iron Cathedral failed to chart, "
        "and she toured as an opener for the band Copper Orchard the next year."
    )
    entities = _by_name(find_entities(body))
    assert entities["Iron Cathedral"].type == "PRODUCT"
    assert entities["Copper Orchard"].type == "ORG"


def test_a_racing_teams_nickname_sponsor_series_and_venues():
    body = (
        "The Torvane Formula 1 team will race as Ashgrove Pay Torvane F1 Team this season, after Ashgrove Pay "
        "signed as title sponsor. Delacroix, the 26-year-old Frenchman known throughout the paddock simply as "
        "RDX, won at Marisco in Brazil. Torvane finished behind Selwyn Motorsport. \"We were P4 for half the "
        "season,\" Delacroix said before the opener at Melbourne's Albert Park."
    )
    entities = _by_name(find_entities("René Delacroix drives for Torvane. " + body))
    assert "RDX" in entities["René Delacroix"].aliases
    assert "Torvane" in entities["Ashgrove Pay Torvane F1 Team"].aliases
    assert entities["Ashgrove Pay"].aliases == ("Ashgrove Pay",)
    assert entities["Formula 1"].type == "OTHER"  # the sport the team races in
    assert entities["Selwyn Motorsport"].type == "ORG"
    assert entities["Marisco"].type == "PLACE"
    assert entities["Albert Park"].type == "PLACE"
    assert "P4" not in entities


def test_forum_words_in_capitals_are_not_names_and_a_rival_one_competes_with_is_a_company():
    body = "I'm the OP of this AMA. How do you compete with Ledgerfin? Ledgerfin is free for solo users."
    entities = _by_name(find_entities(body))
    assert not {"OP", "AMA"} & set(entities)
    assert entities["Ledgerfin"].type == "ORG"


def test_a_teams_entry_names_under_two_sponsors_are_the_team_and_the_sponsor_stands_alone():
    body = (
        "Brantwell will race as Ferrovia Brantwell F1 Team this season after a title deal with the payments firm "
        "Ferrovia, ending the deal with Quarto Mobile under which it raced as Quarto Brantwell F1 Team. "
        "Ferrovia processes payments in 30 countries. Team Principal Ilse Marren said Brantwell was 2nd at Monzetta "
        "and P3 on the grid at Sakurada, and Brantwell will test at the Qadira International Circuit. "
        "Marren said Formula 1's growth had made the sport attractive."
    )
    entities = _by_name(find_entities(body))
    [team] = [e for e in entities.values() if "Brantwell" in e.aliases]
    assert {"Ferrovia Brantwell F1 Team", "Quarto Brantwell F1 Team"} <= set(team.aliases)
    assert entities["Ferrovia"].aliases == ("Ferrovia",)
    assert "Ilse Marren" in entities
    assert entities["Monzetta"].type == entities["Sakurada"].type == "PLACE"
    assert entities["Qadira International Circuit"].type == "PLACE"
    assert entities["Formula 1"].type == "OTHER"


def test_a_central_banks_spanish_name_stays_whole():
    body = (
        "The board of the Banco Central de Reserva del Perú (BCRP) cut rates. Annual inflation in the Andean "
        "nation slowed. Economy and Finance Minister Jorge Paredes welcomed it, and the S&P/BVL Peru General "
        "index rose."
    )
    entities = _by_name(find_entities(body))
    assert "BCRP" in entities["Banco Central de Reserva del Perú"].aliases
    assert not {"Andean", "Finance", "S&P", "Reserva del Perú"} & set(entities)


def test_quoted_records_are_works_even_in_everyday_words():
    body = (
        "Her 2021 debut, “Salt & Static,” earned back its advance. She broke through when “Paper Kites,” "
        "a lo-fi ballad she recorded at home, took off. Later she called her spreadsheet “The Doom Sheet”."
    )
    entities = _by_name(find_entities(body))
    assert entities["Salt & Static"].type == entities["Paper Kites"].type == "PRODUCT"
    assert "The Doom Sheet" not in entities


def test_health_systems_clubs_and_institutes_answer_to_their_short_names():
    body = (
        "Caddo Springs hospital to end deliveries as Prairie Vale cites losses. Prairie Vale Health System, "
        "the Wichita-based nonprofit, owns Caddo Springs Community Hospital. In Caddo Springs, Prairie Vale "
        "CEO Dana Whitlock said it was hard. Alder Cove Athletic Football Club was sold, and Alder Cove Athletic "
        "will play on. The Halvard Institute spinout, a company spun out of the Halvard Institute of Technology, "
        "raised money."
    )
    entities = _by_name(find_entities(body))
    assert "Prairie Vale" in entities["Prairie Vale Health System"].aliases
    assert entities["Caddo Springs"].type == "PLACE"  # the town keeps its name beside its hospital
    assert "Alder Cove Athletic" in entities["Alder Cove Athletic Football Club"].aliases
    assert "Halvard Institute" in entities["Halvard Institute of Technology"].aliases


def test_a_home_town_after_an_age_and_a_distance_is_a_place():
    body = (
        "Kaylee Ostrow, 29, of Wickfield, gave birth in August. The next hospital is 58 miles from Wickfield."
    )
    assert _by_name(find_entities(body))["Wickfield"].type == "PLACE"


def test_a_state_agency_named_with_two_fields_keeps_its_state_and_initials():
    body = (
        "She asked the Kansas Department of Health and Environment to review it. A KDHE spokesperson agreed. "
        "The Department of Energy funded it, and the DOE's program grew. The story was reported by the Topeka "
        "Sentinel-Record."
    )
    entities = _by_name(find_entities(body))
    assert "KDHE" in entities["Kansas Department of Health and Environment"].aliases
    assert "DOE" in entities["Department of Energy"].aliases
    assert entities["Topeka Sentinel-Record"].type == "ORG"


def test_an_event_named_for_its_city_is_not_the_city():
    body = "PARIS — The collection showed during Paris Fashion Week. The next show is during Paris Fashion Week."
    entities = _by_name(find_entities(body))
    assert entities["Paris Fashion Week"].type == "OTHER"
    assert "PARIS" not in entities["Paris Fashion Week"].aliases


def test_a_timeline_entrys_opening_word_is_positional():
    body = (
        "May 19, 2025 — Proxy adviser Stanwick Proxy Advisors backs the fund. Stanwick's report was blunt.\n\n"
        "May 20, 2025 — Greyhollow said it was disappointed."
    )
    entities = _by_name(find_entities(body))
    assert "Proxy" not in entities
    assert "Stanwick" in entities["Stanwick Proxy Advisors"].aliases


def test_a_clubs_plural_nickname_joins_the_club_but_a_rivals_short_name_does_not():
    body = (
        "Ferris Town Football Club were sold on Friday. Ferris Town fans cheered the Herons' new owners. "
        "The Herons boss Ana Pardo faces Kestby Rovers on Saturday, and the Rovers boss is worried. "
        "Former Herons striker Lee Dunn agreed."
    )
    entities = _by_name(find_entities(body))
    assert "Herons" in entities["Ferris Town Football Club"].aliases
    assert "Herons" not in entities
    assert "Rovers" not in entities["Ferris Town Football Club"].aliases


def test_a_paragraph_opening_with_who_said_it_is_not_a_heading():
    text = (
        "Fans cheer as Ferris Town is sold\n\nFerris Town were sold on Friday to a Denver group.\n\n"
        "A spokesperson for the Ferris Town Supporters’ Trust said: ‘We will judge them on what they do.’"
    )
    assert "Ferris Town Supporters’ Trust" in {e.name for e in analyze_text(text).entities}


def test_a_headlines_short_name_joins_the_full_name_the_body_gives_first():
    text = (
        "Battery startup Quenlor raises $90 million\n\n"
        "Quenlor Cells, a startup spun out of a university lab in 2021, has raised $90 million.\n\n"
        "Investors said Quenlor would build a pilot line. Quenlor has 40 staff."
    )
    entities = _by_name(analyze_text(text).entities)
    assert entities["Quenlor Cells"].type == "ORG"
    assert "Quenlor" in entities["Quenlor Cells"].aliases
    assert "Quenlor" not in entities


def test_a_league_a_national_laboratory_a_tv_channel_and_a_courthouse_are_typed_by_their_last_word():
    body = (
        "Ferris Town won promotion from League One. Samples are tested at Kelby Ridge National Laboratory in Ohio. "
        "Voss told Marlow Television that the vote is close. The meeting is at the Dunmore County Courthouse in Alby."
    )
    entities = _by_name(find_entities(body))
    assert entities["League One"].type == "ORG"
    assert entities["Kelby Ridge National Laboratory"].type == "ORG"
    assert entities["Marlow Television"].type == "ORG"
    assert entities["Dunmore County Courthouse"].type == "PLACE"


def test_a_company_named_with_words_left_out_of_its_full_name_is_one_company():
    body = (
        "Alder Creek Memorial Hospital is owned by Kestrel Regional Health System, a nonprofit. "
        "The system, which does business as Kestrel Health, bought it in 2019. "
        "Kestrel Health said it would keep the clinic open. The Harlow University and Harlow University Hospital "
        "partnership continues."
    )
    entities = _by_name(find_entities(body))
    assert "Kestrel Health" in entities["Kestrel Regional Health System"].aliases
    assert "Kestrel Health" not in entities
    assert not any("Harlow University Hospital" in e.aliases and e.name != "Harlow University Hospital"
                   for e in entities.values())


def test_a_company_incorporated_under_an_older_legal_name_keeps_its_own_name():
    text = (
        "Kiran Agrochem shares jump 8% after SEBI clears merger\n\n"
        "Kiran Agrochem shares rose 8% on Thursday after the Securities and Exchange Board of India (Sebi) "
        "approved the merger. Kiran Agrochem said the deal would close in June. Sebi’s letter was disclosed.\n\n"
        "Kiran Agrochem was incorporated as Kiran Agrochem Pvt Ltd in 1994 and became a public company in 2006."
    )
    entities = _by_name(analyze_text(text).entities)
    assert entities["Kiran Agrochem"].type == "ORG"
    assert "Kiran Agrochem Pvt Ltd" in entities["Kiran Agrochem"].aliases
    assert not any(a.startswith("Kiran") for a in entities["Securities and Exchange Board of India"].aliases)


def test_a_title_case_headline_with_a_verb_between_two_names_names_both():
    text = (
        "Priya Raman Leaves Halcyon Labs After Two Years\n\n"
        "Priya Raman left Halcyon Labs on Friday. The designer Joris van Aalst joined Maison Ravelle."
    )
    entities = _by_name(analyze_text(text).entities)
    assert entities["Priya Raman"].type == "PERSON"
    assert entities["Halcyon Labs"].type == "ORG"
    assert not any("Leaves" in name for name in entities)


def test_a_collection_its_designer_titled_in_quotes_is_a_work():
    body = "His debut, a collection he titled “Tide Room,” put raw calfskin on the runway. Critics loved it."
    entities = _by_name(find_entities(body))
    assert entities["Tide Room"].type == "PRODUCT"


def test_a_companys_named_unit_is_an_organisation():
    body = "The fund demands the sale of the company’s Brookvale water-meter unit, which lost money last year."
    assert _by_name(find_entities(body))["Brookvale"].type == "ORG"


def test_a_sequel_and_its_subtitle_are_one_title_and_the_short_form_joins_it():
    body = (
        "The studio's last release, Tallow II: The Lost Fen, sold a million copies. Fans of Tallow II waited "
        "years, and an expansion, Tallow II: Ember Coast, would move to Lyon. EDIT 2: This blew up."
    )
    entities = _by_name(find_entities(body))
    assert entities["Tallow II: The Lost Fen"].type == "PRODUCT"
    assert "Tallow II" in entities["Tallow II: The Lost Fen"].aliases
    assert entities["Tallow II: Ember Coast"].type == "PRODUCT"
    assert not any(name.startswith("EDIT") for name in entities)


def test_a_studio_bought_when_it_was_still_called_something_else_keeps_one_name():
    body = (
        "Halvern Interactive is closing Quillmark Studios, the Montreal developer. The studio, which Halvern "
        "bought in 2021 when it was still called Brackwater Games, lost a third of its staff in June. "
        "Brackwater shipped two games."
    )
    entities = _by_name(find_entities(body))
    assert "Brackwater Games" in entities["Quillmark Studios"].aliases
    assert "Brackwater Games" not in entities["Halvern Interactive"].aliases


def test_a_names_bracketed_initials_keep_its_everyday_first_word():
    body = "The news broke on Thursday. Game Artists Guild Ontario (GAGO), which organises studios, said it would respond."
    assert "Game Artists Guild Ontario" in _names(body)


def test_a_code_name_without_its_project_is_the_project():
    body = "The team was two years into Project Wren, an unannounced game. Halvern did not say whether Wren would continue."
    entities = _by_name(find_entities(body))
    assert "Wren" in entities["Project Wren"].aliases and "Wren" not in entities


def test_benchmarks_a_versioned_model_a_collective_and_a_file_name():
    body = (
        "The model scores 71.8 on Quillbench-Pro, 48.2 on Arcset Diamond and 41% on Tallyeval. "
        "It beats Korvid Systems' KorvidLM-3.1 70B; KorvidLM has been closed since 2023. "
        "Nadia Ekwueme, who leads evaluations at the nonprofit Open Evaluation Collective, was unconvinced. "
        "The licence text is in the repository's LICENSE.md file."
    )
    entities = _by_name(find_entities(body))
    assert entities["Quillbench-Pro"].type == "OTHER"
    assert entities["Arcset Diamond"].type == "OTHER"
    assert "KorvidLM" in entities["KorvidLM-3.1"].aliases
    assert entities["Open Evaluation Collective"].type == "ORG"
    assert not any(name.startswith("LICENSE") for name in entities)


def test_a_footnotes_first_word_and_a_shoppers_mac_surname():
    text = (
        "Grocers face an inquiry\n\nFor shoppers like Darlene MacLeish, the news is welcome. "
        "“It’s overdue,” said MacLeish, a retired teacher. \"I'll believe it when I see it,\" she added.\n\n"
        "[1] Download counts from the model page as of March 5."
    )
    analysis = analyze_text(text)
    entities = _by_name(analysis.entities)
    assert entities["Darlene MacLeish"].type == "PERSON" and "MacLeish" in entities["Darlene MacLeish"].aliases
    assert "Download" not in entities
    assert {q.speaker for q in analysis.quotes} == {"Darlene MacLeish"}


def test_an_agency_of_a_country_keeps_its_country_and_its_initials():
    body = "The Competition Oversight Agency of Canada opened an inquiry. The agency — known as COAC — will report."
    entities = _by_name(find_entities(body))
    assert "COAC" in entities["Competition Oversight Agency of Canada"].aliases


def test_a_wine_estate_is_a_company_and_a_spirit_named_before_its_kind_is_a_product():
    body = (
        "Harrow Brands plc, the owner of Duchess Vale gin, will buy Tenuta Collerossa, the estate owned by "
        "the family since 1890. Tenuta Collerossa farms 62 hectares."
    )
    entities = _by_name(find_entities(body))
    assert entities["Tenuta Collerossa"].type == "ORG"
    assert entities["Duchess Vale"].type == "PRODUCT"


def test_a_business_line_named_for_its_trade_keeps_its_generic_first_word():
    body = (
        "Verdane's Edge Devices slipped while the cloud segment grew. That assumes Edge Devices is down and "
        "Cloud Fabric grows in the low twenties. Excerpts from the Q&A follow."
    )
    entities = _by_name(find_entities(body))
    assert entities["Cloud Fabric"].type == "ORG"
    assert "Fabric" not in entities and "Q&A" not in entities


def test_provinces_and_their_abbreviations_and_a_bodys_name_with_its_country():
    body = (
        "Competition Bureau Canada said on Wednesday it will examine the chains. In a statement, the Competition "
        "Bureau said it had reason to act. Anjali Brandt, an economist at Hartwell University in Kingston, Ont., "
        "agreed. Pantry Plus runs stores across Ontario and Atlantic Canada, and a shopper in southwestern "
        "Manitoba said prices keep climbing in Canada."
    )
    entities = find_entities(body)
    by_alias = {alias: e for e in entities for alias in e.aliases}
    assert by_alias["Competition Bureau"] is by_alias["Competition Bureau Canada"]
    assert by_alias["Competition Bureau Canada"].type == "ORG"
    assert by_alias["Ont."] is by_alias["Ontario"] and by_alias["Ontario"].type == "PLACE"
    assert by_alias["Manitoba"].type == "PLACE"
    assert by_alias["Canada"] is not by_alias["Competition Bureau Canada"]


def test_a_licence_named_for_its_owner_is_one_name_and_the_owner_stays_apart():
    body = (
        "Tessellate released Wren-4 under the Tessellate Open Weights License 1.0. Tessellate says Wren-4 is its "
        "best model. The Tessellate Open Weights License lets you fine-tune. Tessellate is raising money."
    )
    entities = find_entities(body)
    lab = next(e for e in entities if "Tessellate" in e.aliases)
    assert lab.name == "Tessellate" and lab.mentions == 3
    assert any(e.name.startswith("Tessellate Open Weights License") for e in entities)


def test_wine_names_grapes_and_a_family_estates_people():
    body = (
        "The estate makes Corvo Nero, a Cabernet Sauvignon blend, and Poggio ai Merli, a Sangiovese. Giles Fairley, "
        "who has tasted every vintage of Corvo Nero since 1990, was blunter. Ashcombe bought Stillwater Ridge Cellars "
        "last year. Friedemann zu Lindenau-Kerst said he would meet the board."
    )
    entities = _by_name(find_entities(body))
    assert entities["Corvo Nero"].type == "PRODUCT"
    assert "Poggio ai Merli" in entities and "Merli" not in entities
    assert not {"Cabernet Sauvignon", "Sangiovese"} & entities.keys()
    assert entities["Stillwater Ridge Cellars"].type == "ORG"
    assert entities["Friedemann zu Lindenau-Kerst"].type == "PERSON"


def test_a_german_town_with_its_river_is_one_place_and_its_short_form_too():
    body = (
        "Brenntal will close its foundry in Mülheim an der Ruhr by 2025. Staff in Mülheim were told on Monday. "
        "The group is based in Esslingen am Neckar."
    )
    by_alias = {alias: e for e in find_entities(body) for alias in e.aliases}
    assert by_alias["Mülheim"] is by_alias["Mülheim an der Ruhr"] and by_alias["Mülheim"].type == "PLACE"
    assert by_alias["Esslingen am Neckar"].type == "PLACE"


def test_a_flight_number_after_an_airline_brand_is_the_flight():
    body = "Northstream Connection Flight 4417 left Boise at 1:05 p.m. It is operated by Larkspur Air as Northstream Connection."
    names = _names(body)
    assert "Flight 4417" in names and "Northstream Connection" in names
    assert "Northstream Connection Flight 4417" not in names


def test_commands_in_a_code_block_are_not_names():
    body = "Install it the usual way:\n\n```bash curl -fsSL https://pkg.example.dev/gpg.key | sudo gpg --dearmor\n\nOpenSedge ships monthly."
    assert "fsSL" not in _names(body)


def test_a_former_name_after_a_lower_case_legal_form():
    body = "Thermaline plc (formerly Halden Controls Ltd) makes thermostats. Halden Controls was founded in 1998. Thermaline floated in 2014."
    by_alias = {alias: e for e in find_entities(body) for alias in e.aliases}
    assert by_alias["Thermaline"] is by_alias["Halden Controls"] and by_alias["Thermaline"].type == "ORG"


def test_a_licence_named_with_everyday_words_and_its_versioned_short_form():
    text = (
        "Pebble Systems said PebbleKV would ship under the Pebble Source Available License (PSAL) instead of the "
        "Apache License 2.0. The PSAL forbids managed services. The fork will stay under Apache 2.0.\n\n"
        "Larchfork 6 LTS gets fixes for a year, and Larchfork follows PebbleKV's releases."
    )
    entities = _by_name(analyze_text(text).entities)
    assert entities["Pebble Source Available License"].type == "OTHER"
    assert "PSAL" in entities["Pebble Source Available License"].aliases
    assert entities["Apache License 2.0"].type == "OTHER"
    assert "Apache 2.0" in entities["Apache License 2.0"].aliases
    assert "Larchfork 6 LTS" in entities["Larchfork"].aliases


def test_a_list_before_its_verb_is_no_appositive_and_said_it_is_a_company():
    body = (
        "Two cloud providers, Nimbra Cloud and Ferrolux, have committed engineers for three years. "
        "Ferrolux said it would move its service to the fork."
    )
    assert _by_name(find_entities(body))["Ferrolux"].type == "ORG"


def test_airline_brand_before_a_flight_number_and_an_operators_plane_of_the_makers_model():
    text = (
        "The flight, Aurel Connection Flight 2210, was operated by Larkfield Airways as Aurel Connection, the "
        "regional brand of Aurel Airlines. Larkfield flies 40 Vantor V190 jets. In May, a Larkfield V190 blew "
        "a tyre in Denver, and the V190 was grounded. Crews cleared Runway 31 by 1 a.m."
    )
    entities = _by_name(analyze_text(text).entities)
    assert entities["Aurel Connection"].type == "ORG"
    assert {"Vantor V190", "Larkfield V190", "V190"} <= set(entities["Vantor V190"].aliases)
    assert "Runway 31" not in entities


def test_a_place_adjective_is_no_entity_and_near_names_a_place():
    body = (
        "Production will move to the Bavarian supplier Kesselring Guss GmbH. The family-owned foundry "
        "near Ingolbach makes motor housings."
    )
    entities = _by_name(find_entities(body))
    assert "Bavarian" not in entities
    assert entities["Ingolbach"].type == "PLACE"


def test_the_bare_company_name_is_the_company_with_its_legal_form_not_a_division():
    text = (
        "Falkenried to cut 3,000 jobs\n\n"
        "The group will shrink its Falkenried Motion division. Falkenried AG will cut 3,000 jobs by 2027, most "
        "of them in Falkenried Motion. Falkenried Grid Systems is not affected. Falkenried shares rose 2 per cent."
    )
    entities = _by_name(analyze_text(text).entities)
    assert "Falkenried" in entities["Falkenried AG"].aliases
    assert "Falkenried" not in entities["Falkenried Motion"].aliases


def test_a_former_name_after_a_capitalised_legal_form_and_a_rename_by_the_owner():
    body = (
        "Orrin Systems, Inc. (formerly AquaVale Controls; Nasdaq: ORRN) makes leak valves. "
        "Kestrel Peak Capital renamed Millbrook Care Centers “Evergrove” in 2020."
    )
    entities = _by_name(find_entities(body))
    assert "AquaVale Controls" in entities["Orrin Systems"].aliases
    assert "Millbrook Care Centers" not in entities["Kestrel Peak Capital"].aliases


def test_utilities_rivers_weirs_pension_plans_and_a_councils_supervisors():
    text = (
        "Kestrel Water was fined after sewage reached the River Brannock at Fallow Weir, near the coast at "
        "Holmby. Its owners include the Prairie Teachers' Pension Plan, which said it was a patient investor. "
        "Supervisor Dale Whitford (Courthouse District) made the motion, and Whitford said schools would gain."
    )
    entities = _by_name(analyze_text(text).entities)
    assert entities["Kestrel Water"].type == "ORG"
    assert entities["River Brannock"].type == "PLACE"
    assert entities["Fallow Weir"].type == "PLACE"
    assert entities["Prairie Teachers' Pension Plan"].type == "ORG"
    assert entities["Dale Whitford"].type == "PERSON"


def test_smart_home_products_named_for_their_makers():
    body = "The hub links both devices to Google Home and Amazon Alexa, and Orrin sells it for $99."
    entities = _by_name(find_entities(body))
    assert entities["Google Home"].type == "PRODUCT"
    assert entities["Amazon Alexa"].type == "PRODUCT"


def test_a_river_by_its_name_a_sunday_paper_and_a_constituency():
    text = (
        "Sewage reached the River Tamblin near Ashcote. Nobody swims in the Tamblin now, as first reported by "
        "the Sunday Courier. The Labour MP for North Brayfield, Ruth Ossory, raised it in a Commons debate."
    )
    entities = _by_name(find_entities(text))
    assert "Tamblin" in entities["River Tamblin"].aliases
    assert "Sunday Courier" in entities and "North Brayfield" in entities
    assert entities["Commons"].type == "ORG"


def test_pension_funds_a_foundation_and_a_ministry_with_a_listed_name():
    text = (
        "The owners are Canada's Northshore Public Pension Plan, the Dutch scheme Stichting Pensioenfonds "
        "Lindeveld and Australia's Wattle Super. A spokesperson for the Department for Energy, Water and Rural "
        "Affairs said the rules would change."
    )
    entities = _by_name(find_entities(text))
    for name in ("Northshore Public Pension Plan", "Stichting Pensioenfonds Lindeveld", "Wattle Super"):
        assert entities[name].type == "ORG", name
    assert entities["Department for Energy, Water and Rural Affairs"].type == "ORG"


def test_a_relative_named_first_does_not_take_the_bare_surname():
    text = (
        "Group Chairman Park Joon-seo flew to Ohio on Tuesday. Park Mi-rae, CEO of the battery unit and the "
        "chairman's younger sister, spoke to analysts. Park, 61, took over the group in 2019."
    )
    entities = _by_name(find_entities(text))
    assert "Park" in entities["Park Joon-seo"].aliases
    assert "Park" not in entities["Park Mi-rae"].aliases


def test_an_affiliate_a_numeric_ticker_and_an_owned_model():
    text = (
        "A fire hit the group's materials affiliate, Hanul Chemtech, in Gumi. Shares of Hanul Energy "
        "(KOSPI: 372910) fell. The cells go into Corvane's Ridgeback electric pickup truck."
    )
    entities = _by_name(find_entities(text))
    assert entities["Hanul Chemtech"].type == "ORG"
    assert "KOSPI" not in entities
    assert entities["Ridgeback"].type == "PRODUCT"


def test_bodies_named_for_their_cause_or_two_fields_and_their_initials():
    text = (
        "Orange shirts came from the Arden Coalition for Safer Roads, a group of residents. The Centers for "
        "Medicare & Medicaid Services fined the home. CMS did not comment. Ms Lane told the Senate Transport "
        "and Regional Development Committee she was sorry."
    )
    entities = _by_name(find_entities(text))
    assert entities["Arden Coalition for Safer Roads"].type == "ORG"
    assert "CMS" in entities["Centers for Medicare & Medicaid Services"].aliases
    assert "Senate Transport and Regional Development Committee" in entities


def test_the_outlet_named_whole_in_its_own_story():
    text = "\n".join(["The Open Ledger", "Care homes cut staff after a buyout", "By Ana Ruiz", "", (
        "Staffing fell by a quarter, according to an analysis of payroll data by The Open Ledger. "
        "Senator Walter Brand cited The Open Ledger's findings in a letter."
    )])
    entities = _by_name(analyze_text(text).entities)
    assert "The Open Ledger" in entities and "Ledger" not in entities


def test_seats_districts_downtown_and_a_firm_with_who():
    text = (
        "Chair Miguel Ortiz (At-Large) voted yes. Supervisor Dana Whitby (Bramble Run District) and Supervisor "
        "Ray Castel (Hollow Oak District) did not. A store owner in downtown Harwick agreed. Alan Brisk, a "
        "lawyer with the Richmond firm Haskell Dunne who represented the developer, declined to comment."
    )
    entities = _by_name(find_entities(text))
    assert "At-Large" not in entities
    assert entities["Bramble Run District"].type == "PLACE" and entities["Hollow Oak District"].type == "PLACE"
    assert entities["Harwick"].type == "PLACE"
    assert entities["Haskell Dunne"].type == "ORG"


def test_a_former_name_until_a_rebrand_a_list_of_investors_and_a_lab_at_a_university():
    text = (
        "Tidemark Ventures leads the round in Gantrix Robotics alongside Foundry Row Capital, Heron Seed and Arcturus Industrial "
        "Partners. Gantrix, which operated as Stackly until it rebranded last spring, builds robots. Its "
        "co-founder led a grasping lab at Carnegie Mellon."
    )
    entities = _by_name(find_entities(text))
    assert "Stackly" in entities["Gantrix Robotics"].aliases
    assert entities["Heron Seed"].type == "ORG"
    assert entities["Carnegie Mellon"].type == "ORG"


def test_an_office_and_a_rank_before_a_name_are_not_part_of_it():
    text = (
        "The bank was shut by Missouri Banking Commissioner Ansel Trout. Canal Authority chairman Vice Admiral "
        "Nizar Bahlul told reporters the canal was open. Adm Bahlul said it was the wind."
    )
    entities = _by_name(find_entities(text))
    assert "Missouri" in entities and "Missouri Banking" not in entities
    assert "Bahlul" in entities["Nizar Bahlul"].aliases and "Vice" not in entities


def test_ships_are_neither_people_nor_companies_and_a_line_is_a_company():
    text = (
        "The 14,100 teu Kalliope Varda was refloated on Tuesday. The bulk carrier Orsa Dune grounded at the same "
        "bend in 2022. Tasman Orient Container Line said its own Tasman Resolute and three other ships were held. "
        "Tasman Orient expects delays. The ship is classed by Lindvik Register, whose surveyors will check the hull."
    )
    entities = _by_name(find_entities(text))
    for ship in ("Kalliope Varda", "Orsa Dune", "Tasman Resolute"):
        assert entities[ship].type == "OTHER", ship
    assert "Tasman Orient" in entities["Tasman Orient Container Line"].aliases
    assert entities["Lindvik Register"].type == "ORG"


def test_works_after_their_kind_and_a_town_before_headquarters():
    text = (
        "He broke out in the indie film Paper Lamps. The streamer renewed its crime drama Harbour Bells. Fans "
        "flew a banner over Castlemain's Burbank headquarters. The Television Writers Guild of America objected."
    )
    entities = _by_name(find_entities(text))
    assert entities["Paper Lamps"].type == "PRODUCT" and entities["Harbour Bells"].type == "PRODUCT"
    assert entities["Burbank"].type == "PLACE"
    assert "Television Writers Guild of America" in entities


def test_a_renamed_acquisition_a_product_unit_and_a_founder_with_a_nickname():
    text = (
        "In April we closed our purchase of Pellham Controls, the Minneapolis maker of thermostats. It now "
        "operates as Calder Controls, and its founder, Robert \"Bo\" Pellham, runs it. Every Aeron unit we ship "
        "has a Pellham thermostat, and our Aeron heat pumps sold well. In September we bought Sundvik Fluidics "
        "of Aarhus. Sales exclude Sundvik Fluidics before the deal."
    )
    entities = _by_name(find_entities(text))
    assert "Pellham Controls" in entities["Calder Controls"].aliases
    assert entities["Robert Pellham"].type == "PERSON"
    assert entities["Aeron"].type == "PRODUCT"
    assert entities["Sundvik Fluidics"].type == "ORG"


def test_a_canal_and_the_authority_that_runs_it_are_two_entities():
    body = (
        "The Orla Canal was closed on Wednesday after a ship grounded near its southern entrance.\n\n"
        "Orla Canal Authority chairman Lt Gen Samir Haddad said tugs had moved the stern overnight. The ship is classed "
        "with the Kestrel Register of Shipping, and the Dunmore Chamber of Commerce said trade would suffer."
    )
    entities = _by_name(find_entities(body))
    assert entities["Orla Canal"].type == "PLACE"
    assert entities["Orla Canal Authority"].type == "ORG"
    assert entities["Samir Haddad"].type == "PERSON"
    assert entities["Kestrel Register of Shipping"].type == "ORG"
    assert entities["Dunmore Chamber of Commerce"].type == "ORG"


def test_a_generation_keeps_its_gen():
    names = _names("The phone runs on the Trellis Q7 Gen 3 chip, which Trellis sells to Gen Z buyers at a discount.")
    assert "Trellis Q7 Gen 3" in names


def test_a_product_line_and_its_models_are_one_product():
    body = (
        "Our Veyra heat pumps carried the year. The Veyra V35 sold best, and the Veyra V50X was the hardest product "
        "we have shipped. Refrigerant sensors now ship inside every Veyra unit."
    )
    entities = _by_name(find_entities(body))
    assert entities["Veyra"].type == "PRODUCT"
    assert "Veyra V50X" in entities["Veyra"].aliases


def test_a_company_named_by_its_purchase_and_its_staff():
    body = (
        "We shipped more heat pumps than in any year in Norwend’s history, and Norwend Energy Systems closed its "
        "purchase of Tillery Sensing in September. Tillery’s founders now lead our sensors group. Thank you to the "
        "3,120 Norwenders who did the work. A reconciliation appears in our 2024 Annual Report."
    )
    entities = _by_name(find_entities(body))
    assert entities["Tillery Sensing"].type == "ORG"
    assert "Norwend" in entities["Norwend Energy Systems"].aliases
    assert "Norwenders" not in entities and "Annual" not in entities


def test_surname_first_names_keep_their_hyphenated_given_names():
    body = (
        "Sze Wing-hong, 64, is asking the court to hand control to his sister Sze Mei-ling, 61. The trial, before "
        "Mr Justice Wu Shing-fai, concerns a fortune of HK$38 billion. Mr Justice Wu set aside 15 days. "
        "The Closed-loop system was not discussed."
    )
    entities = _by_name(find_entities(body))
    assert {"Sze Wing-hong", "Sze Mei-ling"} <= entities.keys()
    assert "Justice Wu" in entities["Wu Shing-fai"].aliases
    assert "HK" not in entities


def test_a_named_group_a_pharmacist_and_a_chain():
    body = (
        "A citizens' group, No Blank Checks Riverton, said it would gather signatures. \"We're writing labels by hand,\" "
        "said Priya, a pharmacist at a Hallows branch, as Hallows Pharmacy and Pillbox Chemists reopened. "
        "Thousands of people queued."
    )
    entities = _by_name(find_entities(body))
    assert entities["Priya"].type == "PERSON"
    assert entities["Pillbox Chemists"].type == "ORG"
    assert any(e.type == "ORG" and "Blank Checks Riverton" in e.name for e in entities.values())
    assert "Thousands" not in entities


def test_a_clipped_first_name_is_the_same_person():
    body = (
        "Its subject is Dashiell Okoro-Lind, who has founded three companies. I finished the book liking "
        "Dash Okoro-Lind less than I expected."
    )
    people = [e for e in find_entities(body) if e.type == "PERSON"]
    assert len(people) == 1 and {"Dashiell Okoro-Lind", "Dash Okoro-Lind"} <= set(people[0].aliases)


def test_a_cited_report_keeps_its_name():
    assert "The Backlot Report" in _names("The cancellation was first reported by The Backlot Report on Tuesday.")


def test_better_known_as_after_an_age_names_the_person_by_the_better_known_name():
    body = (
        "Yip Kwok-leung, 58, better known in the trade as Vincent Yip, chairs Silver Heron Group. "
        "Vincent Yip declined to comment, and Yip's lawyers said nothing."
    )
    entities = _by_name(find_entities(body))
    assert {"Yip Kwok-leung", "Vincent Yip"} <= set(entities["Vincent Yip"].aliases)
    assert "Yip Kwok-leung" not in entities


def test_a_judges_style_before_a_full_name_is_a_title():
    body = (
        "The petition is before Mr Justice Edmund Lai in the High Court. Justice Lai said he would rule "
        "next week. Elsewhere Mr Justice Calloway adjourned a hearing."
    )
    entities = _by_name(find_entities(body))
    assert "Lai" in entities["Edmund Lai"].aliases
    assert not {"Mr Justice Edmund Lai", "Justice Edmund Lai", "Justice Lai"} & set(entities)
    assert "Mr Justice Calloway" in entities


def test_a_name_joined_by_and_with_a_loose_acronym_is_one_body():
    body = (
        "In a filing to Kowloon Exchanges and Settlement (KEXS), the firm said trading was normal. "
        "The National Union of Grain Farmers (UNPG) said members would protest. KEXS declined to comment, "
        "and the UNPG said it would march. Apple and Google (GOOG) both fell."
    )
    entities = _by_name(find_entities(body))
    assert "KEXS" in entities["Kowloon Exchanges and Settlement"].aliases
    assert "UNPG" in entities["National Union of Grain Farmers"].aliases
    assert "Apple and Google" not in entities


def test_wire_story_places_chains_cooperatives_and_offices():
    body = (
        "Dairy farmers drove from County Mayo and the Rhone valley to Brussels. The EU said the European Union "
        "would act. Farmers dumped milk outside a Fermio hypermarket in Lyon, and Fermio said in a statement it "
        "understood them. The Lactalpes du Haut Jura cooperative said prices fell. In Paris, Agriculture Minister "
        "Anne Roux met them. Tractors converged on the capital. The team will leave the Harlan County "
        "Fairgrounds, and a Harlan County judge will rule. Councilmember Ada Price, who represents East Millbrook, "
        "voted no."
    )
    entities = _by_name(find_entities(body))
    assert entities["County Mayo"].type == "PLACE"
    assert entities["Rhone"].type == "PLACE"
    assert "EU" in entities["European Union"].aliases
    assert entities["Fermio"].type == "ORG"
    assert entities["Lactalpes du Haut Jura"].type == "ORG"
    assert entities["Harlan County Fairgrounds"].type == "PLACE"
    assert entities["Harlan County"].type == "PLACE"
    assert entities["East Millbrook"].type == "PLACE"
    assert not {"Agriculture", "Tractors"} & set(entities)


def test_a_team_named_in_the_plural_is_no_person():
    body = (
        "The council agreed to borrow $200 million for a ballpark for the Harwick Falls Badgers, clearing the way "
        "for the Double-A club to leave. Tom Banks, who owns the Badgers, said he was grateful. Doug Ferris of "
        "the council said Douglas Ferris, his cousin, had lobbied."
    )
    entities = _by_name(find_entities(body))
    assert entities["Harwick Falls Badgers"].type == "ORG"
    assert "Badgers" in entities["Harwick Falls Badgers"].aliases
    assert entities["Tom Banks"].type == "PERSON"
    assert "Douglas Ferris" in entities["Doug Ferris"].aliases


def test_a_flaws_cve_number_is_an_entity_and_markdown_italics_name_works():
    body = "The gateway is vulnerable to CVE-2024-55120. CVE-2024-55120 lets anyone log in."
    entities = _by_name(find_entities(body))
    assert entities["CVE-2024-55120"].type == "OTHER" and entities["CVE-2024-55120"].mentions == 2
    text = (
        "---\ntitle: A review\n---\n\n# A review\n\n"
        "*The Quiet Harbour: A Banker, a Town and the Crash That Came* by Ruth Ames is the best book of the year. "
        "I read *The Quiet Harbour* twice, and Tom Hale's *Salt Money* once. The *Harbour Gazette* reviewed it.\n"
    )
    analysis = analyze_text(text, filename="review.md")
    works = {e.name: e.type for e in analysis.entities}
    assert works["The Quiet Harbour"] == "PRODUCT" and works["Salt Money"] == "PRODUCT"
    assert "Crash That Came" not in works and "Crash" not in works
    assert works.get("Harbour Gazette") != "PRODUCT"


def test_an_office_for_a_field_or_a_seat_before_its_holder():
    body = (
        "Announcing the fine, Commissioner for Data Protection Siobhán Ní Bhriain said the firm had failed. "
        "Independent MEP for Galway Colm Ó Dálaigh welcomed it. The Senate Committee on Finance met later."
    )
    entities = _by_name(find_entities(body))
    assert entities["Siobhán Ní Bhriain"].type == "PERSON"
    assert entities["Colm Ó Dálaigh"].type == "PERSON"
    assert entities["Galway"].type == "PLACE"
    assert entities["Senate Committee on Finance"].type == "ORG"
    assert not any("Data Protection" in name or name.startswith("Galway ") for name in entities)


def test_family_members_stay_apart_and_family_words_name_nobody():
    body = (
        'His son, Robert "Buzz" Hradecky Jr., took over the store on Main Street in 1971. Leah Hradecky, 47, runs the '
        'books. "Dad is 81 and Grandpa built this counter," she said. Hradecky said the sale was hard.'
    )
    entities = _by_name(find_entities(body))
    assert "Leah Hradecky" in entities and "Leah Hradecky" not in entities['Robert Hradecky Jr.'].aliases
    assert entities["Main Street"].type == "PLACE"
    assert not {"Dad", "Grandpa", "Street"} & set(entities)


def test_wire_company_names_in_other_languages():
    body = (
        "The founder of smelter PT Sinar Timah Perkasa, Budi Santoso, holds the metal. Sinar Timah declined to "
        "comment. Germany's Nordhafen Landesbank lent money. Environmental group Terra em Pé said in a report that "
        "Brazil's state development bank, Banco Nacional de Fomento e Comércio (BNFC), known in English as the "
        "National Bank for Trade and Industrial Development, should act."
    )
    entities = _by_name(find_entities(body))
    assert entities["PT Sinar Timah Perkasa"].type == "ORG" and "Sinar Timah" in entities["PT Sinar Timah Perkasa"].aliases
    assert entities["Nordhafen Landesbank"].type == "ORG"
    assert "Terra em Pé" in entities
    bank = next(e for e in entities.values() if "BNFC" in e.aliases)
    assert {"Banco Nacional de Fomento e Comércio", "National Bank for Trade and Industrial Development"} <= set(bank.aliases)
    assert not any(name.startswith("St ") for name, e in entities.items() if e.type == "PERSON")


def test_ships_are_named_whole_and_called_short():
    body = (
        "MV Loch Varra was due to enter service in 2019. Its sister ship, MV Sound of Eriskay, known at the "
        "yard as Hull 804, is later still. On Barra, the 40-year-old MV Lady Maelrubha is out of service again. "
        "\"Loch Varra is a better ship than she was,\" he said. \"The Lady Maelrubha is held together with tape.\""
    )
    entities = _by_name(find_entities(body))
    assert entities["MV Loch Varra"].type == "OTHER" and "Loch Varra" in entities["MV Loch Varra"].aliases
    assert entities["MV Sound of Eriskay"].type == "OTHER" and "Hull" in entities["MV Sound of Eriskay"].aliases
    assert entities["MV Lady Maelrubha"].type == "OTHER" and entities["MV Lady Maelrubha"].mentions == 2
    assert not any(e.type == "PERSON" for e in entities.values())


def test_bracketed_words_inside_a_company_or_law_and_a_long_name_with_and():
    body = (
        "Kelvin Marine Engineering (Port Dundas) Ltd said the work would take ten weeks. Both ships were ordered "
        "by Lowlands and Islands Ferry Assets Ltd (LIFA), which pleaded guilty under the Land Titles (Strata) Act."
    )
    entities = _by_name(find_entities(body))
    assert entities["Kelvin Marine Engineering (Port Dundas) Ltd"].type == "ORG"
    assert "LIFA" in entities["Lowlands and Islands Ferry Assets Ltd"].aliases
    assert entities["Land Titles (Strata) Act"].type == "OTHER"
    assert "Ltd" not in entities and "Lowlands" not in entities


def test_malay_indian_and_chinese_names_in_singapore_court_reports():
    body = (
        "The agent, Mr Ravi Kumar s/o Subramaniam, 44, was warned. Mr Ravi has since left the firm. "
        "Senior Counsel Tan Kok Meng said his client was sorry. Mr Tan asked for a fine. "
        "Mr Ahmad Rizal bin Hassan, 62, led the objectors. \"We told them,\" said Mr Rizal. "
        "His neighbour, Madam Nur Aini binte Yusof, declined to comment."
    )
    entities = _by_name(find_entities(body))
    assert "Mr Ravi" not in entities and "Ravi" in entities["Ravi Kumar s/o Subramaniam"].aliases
    assert "Tan" in entities["Tan Kok Meng"].aliases and "Senior" not in entities
    assert "Rizal" in entities["Ahmad Rizal bin Hassan"].aliases
    assert entities["Nur Aini binte Yusof"].type == "PERSON" and "Yusof" not in entities
    assert "Subramaniam" not in entities


def test_a_jr_namesake_keeps_apart_from_his_father_and_a_family_plural_is_no_entity():
    body = (
        "Walter Dunmore opened the store in 1931. His son, Walter \"Skip\" Dunmore Jr., took over in 1968 "
        "and handed it to his daughter, Nell Dunmore. Skip said he backed her. The Carver family sold "
        "them the lot. \"Three generations of Dunmores kept this street alive,\" the mayor said."
    )
    entities = _by_name(find_entities(body))
    assert "Walter Dunmore" in entities and "Skip" not in entities["Walter Dunmore"].aliases
    assert "Skip" in entities["Skip Dunmore"].aliases
    assert "Dunmores" not in entities
    assert "Carver family" in entities  # no Carver is named one by one


def test_a_nickname_glossed_in_english_and_an_everyday_word_that_opens_it():
    body = (
        "Tin surged on Tuesday. The position is held by a smelter controlled by Budi Santoso, who is known "
        "among traders as “Raja Timah,” or the Tin King. Santoso declined to comment."
    )
    entities = _by_name(find_entities(body))
    assert {"Raja Timah", "Tin King"} <= set(entities["Budi Santoso"].aliases)
    assert "Tin" not in entities["Budi Santoso"].aliases


def test_glosses_loose_acronyms_arms_and_local_short_forms():
    body = (
        "Brazil's state development bank, Banco Nacional de Fomento e Comércio (National Development Bank), or "
        "BNFC, holds 19% through its investment arm BNFCPar. Copper hit a record on the Atlantic Metals "
        "Exchange, and the AMX said trading would go on. The meeting was held at Ferrow Village Hall. The next "
        "meeting will be in the Village Hall. Members cited the Ferrow Neighbourhood Plan and asked that the "
        "Neighbourhood Plan be read again."
    )
    entities = _by_name(find_entities(body))
    bank = entities["Banco Nacional de Fomento e Comércio"]
    assert {"National Development Bank", "BNFC"} <= set(bank.aliases)
    assert entities["BNFCPar"].type == "ORG"
    assert "AMX" in entities["Atlantic Metals Exchange"].aliases
    assert entities["Ferrow Village Hall"].type == "PLACE" and "Village Hall" in entities["Ferrow Village Hall"].aliases
    assert entities["Ferrow Neighbourhood Plan"].type == "OTHER" and entities["Ferrow Neighbourhood Plan"].mentions == 2


def test_places_by_what_surrounds_them():
    body = (
        "Soy from Mato Grosso and tin from Bangka island reach the port. Traders blame Amazon deforestation. "
        "The Colm to Innisfree route is closed, and trucks on I-94 are backed up. Speaking on RTÉ's "
        "Morning Ireland, she said Ireland was calm. Scottish Labour's spokesman, Ewan Baird, criticised the board."
    )
    entities = _by_name(find_entities(body))
    for place in ("Mato Grosso", "Bangka", "Amazon", "Colm", "Innisfree", "I-94", "Ireland"):
        assert entities[place].type == "PLACE", place
    assert "Ireland" not in entities["Morning Ireland"].aliases
    assert entities["Scottish Labour"].type == "ORG"


def test_court_styles_citations_and_role_words():
    body = (
        "The High Court (Mrs Justice Varley) held that the clause was fair. Lady Ormond, dissenting, disagreed, "
        "and Lord Kestle agreed with the majority in [2025] UKSC 31. The appellant, the General Data "
        "Protection Regulation and Planning Application 24/01873/OUT were all cited. Helen Marsh (Parish "
        "Clerk) took the minutes, and Cllr Ivo Penhale (Chair) signed them."
    )
    entities = _by_name(find_entities(body))
    assert entities["Mrs Justice Varley"].type == "PERSON"
    assert entities["Lady Ormond"].type == "PERSON" and "Lord Kestle" in entities
    assert entities["General Data Protection Regulation"].type == "OTHER"
    assert not {"UKSC", "UKSC 31", "Planning Application 24", "Parish", "Parish Clerk", "Appellant"} & set(entities)
    assert "Ivo Penhale" in entities


def test_a_plain_plural_opening_a_sentence_is_not_the_body_it_ends():
    body = "Farmers face a $2 billion hit. Federated Farmers dairy chair Ana Price said the cut was painful."
    entities = _by_name(find_entities(body))
    assert entities["Federated Farmers"].aliases == ("Federated Farmers",)


def test_a_party_line_names_the_company_and_a_bracketed_rank_names_no_maker():
    text = "\n".join([
        "# Quillmoor Stone plc v Harrowgate Haulage Ltd", "", "## Parties", "",
        "- Appellant: Quillmoor Stone plc", "- Respondent: Harrowgate Haulage Ltd", "", "## Justices", "",
        "- Lord Aldbury (President)", "- Lord Fenmoor (Deputy President)", "",
        "Quillmoor quarries granite. Harrowgate stored it. Lord Fenmoor and Lord Aldbury agree with the ruling.",
    ])
    entities = _by_name(analyze_text(text, filename="summary.md").entities)
    assert entities["Quillmoor Stone"].type == "ORG" and "Quillmoor" in entities["Quillmoor Stone"].aliases
    assert entities["Harrowgate Haulage Ltd"].type == "ORG" and "Harrowgate" in entities["Harrowgate Haulage Ltd"].aliases
    assert entities["Lord Fenmoor"].type == "PERSON"


def test_singapore_court_names_without_their_ranks_and_with_their_short_forms():
    body = (
        "Deputy Public Prosecutor Siti Aminah binte Yusof told the court the firm had lied. DPP Siti Aminah said "
        "Lakeview Homes Pte Ltd knew. Senior Counsel Daniel Oh, for Lakeview Homes, disagreed, and Mr Oh said "
        "the firm would appeal. Oh, and the judge agreed to wait."
    )
    entities = _by_name(find_entities(body))
    assert set(entities) >= {"Siti Aminah binte Yusof", "Daniel Oh", "Lakeview Homes Pte Ltd"}
    assert "Siti Aminah" in entities["Siti Aminah binte Yusof"].aliases
    assert {"Oh", "Daniel Oh"} <= set(entities["Daniel Oh"].aliases)
    assert "Lakeview Homes" in entities["Lakeview Homes Pte Ltd"].aliases
    assert not {"Deputy Public Prosecutor Siti Aminah binte Yusof", "DPP Siti Aminah", "Daniel", "Lakeview Homes"} & set(entities)


def test_waters_and_developments_named_with_of_and_at():
    body = (
        "The ferry will run trials in the Firth of Clyde before sailing past the Isle of Mull. The firm has "
        "turned the site into The Larches @ Upper Serangoon, a 300-unit project. Guests at B&Bs cancelled, "
        "and Aucklanders were told to wait, said Ana Reid of the Auckland ferry board."
    )
    entities = _by_name(find_entities(body))
    assert entities["Firth of Clyde"].type == "PLACE" and entities["Isle of Mull"].type == "PLACE"
    assert "The Larches @ Upper Serangoon" in entities
    assert not {"Firth", "Clyde", "Isle", "B&Bs", "Aucklanders", "The Larches"} & set(entities)


def test_a_radio_programme_named_report_is_whole():
    body = "Economist Mere Tainui told Coast FM's Evening Report that the cut was deep. The Annual Report agreed."
    assert "Evening Report" in _names(body)
    assert "Evening" not in _names(body)


def test_south_african_names_particles_and_sums():
    body = (
        "The chief executive of Ilanga Power Holdings SOC Ltd, Pieter “Piet” van der Merwe, faced the Portfolio "
        "Committee on Electricity and Energy on Tuesday after Ilanga paid R2.3bn and R1,400 to a supplier. "
        "Van der Merwe said the National Union of Energy and Mineworkers had been told. Outside Parliament, "
        "Dr Thandi Mokoena of the University of the Witwatersrand said South Africans deserved better."
    )
    entities = _by_name(find_entities(body))
    person = entities["Pieter van der Merwe"]
    assert person.type == "PERSON" and "Van der Merwe" in person.aliases
    assert "Ilanga" in entities["Ilanga Power Holdings SOC Ltd"].aliases
    assert {"Portfolio Committee on Electricity and Energy", "National Union of Energy and Mineworkers",
            "University of the Witwatersrand", "Parliament"} <= set(entities)
    assert not {"R2.3bn", "R1,400", "Ltd", "Energy", "Mineworkers", "Outside Parliament", "South Africans",
                "Pieter", "Witwatersrand"} & set(entities)


def test_nigerian_titles_and_ranks_are_not_names():
    body = (
        "A Senior Advocate of Nigeria, Chief Tunde Bakare (SAN), said the bank acted under the Banks and Other "
        "Financial Institutions Act, 2020. In Kano, Alhaji Musa Danjuma sells grain, and Engr. Bola Ade fixes pumps."
    )
    entities = _by_name(find_entities(body))
    # (a statute keeps its year, after a comma as without one)
    assert {"Tunde Bakare", "Musa Danjuma", "Bola Ade", "Banks and Other Financial Institutions Act, 2020"} <= set(entities)
    assert not {"SAN", "Senior", "Senior Advocate", "Engr", "Alhaji Musa Danjuma", "Banks"} & set(entities)


def test_agency_names_codes_and_a_release_with_a_middle_initial():
    body = (
        "The new company will be called Harlow Brandt and will be run by Ada Kessling. Grant Tillotson, managing "
        "partner at Vesper, said the guild's Agency Code of Conduct still applies. The board named Robert J. \"Bob\" "
        "Harkavy as adviser; Harkavy said he was proud. The Avonmere Water (Special Administration) Bill passed."
    )
    entities = _by_name(find_entities(body))
    assert entities["Harlow Brandt"].type == "ORG"
    assert "Grant Tillotson" in entities and "Tillotson" not in entities
    assert entities["Agency Code of Conduct"].type == "OTHER"
    assert "Harkavy" in entities["Robert J. Harkavy"].aliases
    assert "Avonmere Water (Special Administration) Bill" in entities
    assert not {"Conduct", "Special Administration", "Robert J"} & set(entities)


def test_a_debates_speaker_lines_name_its_members():
    text = "\n".join([
        "---", 'title: "Harbour Water Bill - Hansard - UK Parliament"', "date: 2025-03-04", "---",
        "## Harbour Water Bill", "",
        "The Minister of State, Department for Transport (Harriet Calloway)", "", "I beg to move the Bill.", "",
        "**Tom Ashdown** (Mendip Vale) (LD)", "", "Will the Minister give way?", "",
        "**Harriet Calloway**", "", "I will give way.", "",
        "**Tom Ashdown**", "", "I am grateful to her.", "",
        "## Partial Transcript", "", "Nothing more was said.",
    ])
    entities = _by_name(analyze_text(text, filename="debate.md").entities)
    assert entities["Harriet Calloway"].type == "PERSON" and entities["Tom Ashdown"].type == "PERSON"
    assert not {"LD", "Partial Transcript"} & set(entities)


def test_a_parliamentary_records_own_nouns_are_not_names_but_its_bill_is():
    text = "\n".join([
        "---", 'title: "Harbour Water (Special Administration) Bill - Hansard - UK Parliament"', "date: 2025-03-04", "---",
        "# Harbour Water (Special Administration) Bill: Second Reading", "",
        "## Harbour Water (Special Administration) Bill", "", "*Second Reading*", "",
        "**Tom Ashdown** (Mendip Vale) (LD)", "",
        "I beg to move, That the Bill be now read a Second time. Clause 1(2) sets the test, and Harbour Water "
        "Services Ltd fails it. Will the Minister tell the House what Hon. Members may expect?", "",
        "The Opposition will not divide the House, and the Government agrees.", "",
        "Bill accordingly read a Second time.",
    ])
    entities = _by_name(analyze_text(text, filename="debate.md").entities)
    assert entities["Harbour Water (Special Administration) Bill"].type == "OTHER"
    assert entities["Tom Ashdown"].type == "PERSON"
    assert not {"Bill", "House", "Members", "Opposition", "Government", "Clause", "Clause 1", "Second Reading"} & set(entities)


def test_a_merged_agency_a_regional_guild_a_stage_name_and_a_streamer():
    body = (
        "Halcyon Artists Agency and Crestview Talent Partners will combine. The new agency will operate as Halcyon "
        "Crestview and will be run by Dana Whitcombe. Its star client is Sienna Vale. Vale, born Margaret Vallender, "
        "welcomed the news. The drama Undertow was sold to Apple TV+ last year.\n\n"
        "Agents who have told colleagues they will not join include Priscilla Fanning.\n\n"
        "The Writers Guild of America West said it was watching."
    )
    entities = _by_name(find_entities(body))
    assert entities["Halcyon Crestview"].type == "ORG"
    assert {"Vale", "Margaret Vallender"} <= set(entities["Sienna Vale"].aliases)
    assert entities["Apple TV+"].type == "PRODUCT"
    assert entities["Writers Guild of America West"].type == "ORG"
    assert not {"Vale", "Agents", "Writers Guild of America"} & set(entities)


def test_plants_units_markets_boards_and_a_former_employer_are_typed_by_what_they_are():
    body = (
        "Breakdowns hit Tshwelopele Power Station in Limpopo, and the Tshwelopele plant may stay shut. MPs asked the "
        "Special Investigating Unit to step in. A grain merchant at Dawanau Market said sales fell.\n\n"
        "Priya Raman joins Halvorsen Industrial Technologies from Brightwater Controls, where she has served as "
        "Chief Operating Officer since 2021. Dolores Whitfield, Chair of the Halvorsen Board, welcomed her.\n\n"
        "A Senior Advocate of Nigeria, Chief Tunde Bakare (SAN), said the move was lawful."
    )
    entities = _by_name(find_entities(body))
    assert entities["Tshwelopele Power Station"].type == "PLACE"
    assert "Tshwelopele" in entities["Tshwelopele Power Station"].aliases
    assert entities["Special Investigating Unit"].type == "ORG"
    assert entities["Dawanau Market"].type == "PLACE"
    assert entities["Brightwater Controls"].type == "ORG"
    assert "Halvorsen Board" in entities["Halvorsen Industrial Technologies"].aliases
    assert not {"Tshwelopele", "Halvorsen Board", "Nigeria"} & set(entities)


def test_kenyan_copy_names_its_seats_ministers_committees_currencies_and_short_names():
    body = (
        "Mawimbi's M-Chapa mobile money platform went down. The Kenya Consumer Rights Alliance (Kecora) will sue. "
        "ICT Cabinet Secretary Joseph Kitheka spoke at a county ICT hub. The chairperson of the National Assembly's "
        "Committee on Communication, Information and Innovation, Rarieda MP Dorcas Owino, said traders took IOUs. "
        "She said in Kiswahili that a charger cost KSh 450.\n\n"
        "Kevin, a boda boda rider who works the Kondele stage, said he was stuck."
    )
    entities = _by_name(find_entities(body))
    assert entities["M-Chapa"].type == "PRODUCT"
    assert "Kecora" in entities["Kenya Consumer Rights Alliance"].aliases
    assert entities["Committee on Communication, Information and Innovation"].type == "ORG"
    assert entities["Rarieda"].type == "PLACE"
    assert entities["Kevin"].type == "PERSON"
    assert not {"ICT", "ICT Cabinet", "KSh", "IOUs", "Kiswahili", "Information", "Innovation"} & set(entities)


def test_filipino_names_keep_their_particles_suffixes_and_generations_apart():
    body = (
        "MANILA — Tycoon Gregorio “Goyo” Sarmiento Sr. died last month. His grandson Gregorio “Greggy” Sarmiento III "
        "sits on the board. Malou’s lawyer, Atty. Jose Antonio dela Cruz, said the meeting was void. “This is a fight,” "
        "Dela Cruz told reporters. Her husband, Enrique “Iking” de los Santos, declined to comment. Shares fell to "
        "P18.75, wiping out P3.5 billion of a P140-billion group."
    )
    entities = _by_name(find_entities(body))
    assert "Sarmiento Sr." in entities["Gregorio Sarmiento Sr."].aliases
    assert "Sarmiento III" in entities["Gregorio Sarmiento III"].aliases
    assert "Dela Cruz" in entities["Jose Antonio dela Cruz"].aliases
    assert "Enrique de los Santos" in entities
    assert not {"Atty", "Santos", "Jose Antonio", "P18.75", "P3.5", "P140-billion"} & set(entities)


def test_a_city_team_by_its_nickname_and_an_oral_historys_cast_list():
    body = (
        "The Hollister family has agreed to sell a controlling stake in the Pittsburgh Ironclads to Marcus Delahunt, "
        "co-founder of Bridgewell Capital Partners. Delahunt said: “I’m not buying the Ironclads to move them.”"
    )
    entities = _by_name(find_entities(body))
    assert "Ironclads" in entities["Pittsburgh Ironclads"].aliases and "Ironclads" not in entities
    text = "\n".join([
        "# The Short Life of Whisk", "", "Whisk raised $94 million and then it was gone.", "", "## The cast", "",
        "- **Marisol Ibarra**, co-founder and chief operating officer",
        "- **Theo Lindqvist**, first engineer, later chief technology officer",
        "- **Gus Perlmutter**, night-shift fleet lead", "", "Whisk put scooters on every corner of Oakland.",
    ])
    cast = _by_name(analyze_text(text, filename="whisk.md").entities)
    assert all(cast[name].type == "PERSON" for name in ("Marisol Ibarra", "Theo Lindqvist", "Gus Perlmutter"))


def test_namesakes_are_told_apart_by_ms_and_mr_and_a_french_particle_stays_in_the_name():
    text = "\n".join([
        "Heirs fight over the Montfort holding company",
        "",
        "Claire de Montfort, 70, and her nephew Louis-Arnaud d'Estrel are fighting for the family's company. "
        "His uncle, Henri-Paul de Montfort, 66, sides with the nephew.",
        "Ms de Montfort spoke on the radio. “I am defending the workers,” she said.",
        "Mr de Montfort disagreed. “My sister is wrong,” he said. Mr d'Estrel declined to comment.",
    ])
    analysis = analyze_text(text)
    entities = _by_name(analysis.entities)
    assert entities["Louis-Arnaud d'Estrel"].type == "PERSON" and entities["Louis-Arnaud d'Estrel"].mentions == 2
    speakers = {q.text: q.speaker for q in analysis.quotes}
    assert speakers["I am defending the workers,"] == "Claire de Montfort"
    assert speakers["My sister is wrong,"] == "Henri-Paul de Montfort"


def test_gulf_pakistani_and_flemish_names_keep_their_particles_and_shed_their_honorifics():
    body = (
        "His Highness Sheikh Rashid bin Hamdan Al Qasimi chairs the fund. HH Sheikh Rashid approved the plan. "
        "Dr Noura bint Saeed Al Marri, its head of ports, said more deals would follow. Federal Minister for "
        "Petroleum Malik Tariq Anwar Gill met exporters, and Begum Nasreen Qazi, who runs a towel unit, joined them. "
        "Pieter-Jan Van der Velde runs the terminal. Mr Van der Velde said the quay would grow."
    )
    entities = _by_name(find_entities(body))
    assert "Rashid" in entities["Rashid bin Hamdan Al Qasimi"].aliases
    assert entities["Noura bint Saeed Al Marri"].type == "PERSON"
    assert entities["Tariq Anwar Gill"].type == "PERSON"  # "Malik" is his style, as "Mian" and "Syed" are
    assert "Van der Velde" in entities["Pieter-Jan Van der Velde"].aliases
    assert not {"Highness", "Petroleum Malik", "Begum Nasreen Qazi", "Noura", "HH"} & set(entities)


def test_courts_cases_companies_tickers_and_sums_of_several_markets():
    body = (
        "Corlane Therapeutics Inc. settled In re Corlane Therapeutics Inc. Securities Litigation for $30 million. "
        "Former CEO Dominic R. Vasselli III misled investors, the suit says, and Vasselli denies it. "
        "A supplier sued Foshan Hexin Real Estate Development Co. at the Guangzhou Intermediate People's Court. "
        "Hexin Living (2468 HK) and Hexin Group (1357.HK) fell. The fund paid Dh2.9bn, the telco refunded "
        "Sh310 million, mills pay Rs3,600 per mmBtu and a VLC’s P14-billion bond is delayed. DeShawn Pruitt, "
        "the Tides’ guard, said nothing, and Pruitt left before the game against the Bay Area Tides. At Kisongo market in Arusha, traders waited. Agents in "
        "Kiambu and Uasin Gishu counties agreed. Altmore Ratings cut the bonds. The Treasury said nothing."
    )
    entities = _by_name(find_entities(body))
    assert entities["In re Corlane Therapeutics Inc. Securities Litigation"].type == "OTHER"
    assert "Vasselli" in entities["Dominic R. Vasselli III"].aliases
    assert entities["Foshan Hexin Real Estate Development Co."].type == "ORG"
    assert entities["Guangzhou Intermediate People's Court"].type == "ORG"
    assert entities["DeShawn Pruitt"].type == "PERSON" and "Pruitt" in entities["DeShawn Pruitt"].aliases
    assert entities["Bay Area Tides"].type == "ORG"
    assert entities["Kisongo"].type == "PLACE"
    assert entities["Uasin Gishu"].type == "PLACE"
    assert entities["Altmore Ratings"].type == "ORG"
    assert entities["Treasury"].type == "ORG"
    assert not {"HK", "Dh2.9bn", "Sh310", "Rs3,600", "mmBtu", "P14-billion", "Estate Development Co."} & set(entities)
