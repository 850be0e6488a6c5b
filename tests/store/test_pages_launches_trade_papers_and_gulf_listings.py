"""Invented pages: a Belgian English-language site's business story, a Gulf daily's listing story, a
Czech public broadcaster's English service, an entertainment trade paper and a product's launch page
with its discussion. Each page's furniture, what is named and who said what, as a reader would see it."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers


def test_a_belgian_business_story_reads_its_company_unions_and_cited_paper():
    text = "\n".join([
        "The Brussels Ledger",
        "Business",
        "",
        "Scheldtex to shut Kortrijk weaving mill",
        "Lieve Maertens",
        "Tuesday, 3 June 2025",
        "",
        "Textile group Scheldtex NV will close its weaving mill in Kortrijk, cutting 180 jobs, the company said.",
        "",
        "In a press release issued after the market closed, the company said the mill had been “unprofitable "
        "since the pandemic” and would shut by December.",
        "",
        "Shares in Scheldtex (Euronext Brussels: SCHX) fell 5% on Tuesday.",
        "",
        "‘A painful decision’",
        "",
        "Chief executive Dirk Van Acker told De Tijd that no buyer had come forward. “For the people in Kortrijk "
        "this is a painful decision, and I do not take it lightly,” Van Acker said.",
        "",
        "The socialist union ABVV and the Christian union ACV called a meeting for Thursday. Sophie Lambert, a "
        "delegate for the CGSLB, as the ACLVB is known in Wallonia, said staff were shocked.",
        "",
        "The closure starts the consultation required under the so-called Renault law.",
    ])
    analysis = analyze_text(text, filename="ledger.txt")
    found = entities(analysis)
    assert found["Scheldtex NV"] == "ORG" and entity_of(analysis, "Scheldtex") == "Scheldtex NV"
    assert found["De Tijd"] == "ORG"
    assert entity_of(analysis, "CGSLB") == entity_of(analysis, "ACLVB")
    for not_a_name in ("SCHX", "Christian", "Renault"):
        assert not_a_name not in found
    said = speakers(analysis)
    assert said["unprofitable since the pandemic"][0] != "speech"  # the company's release, not anyone talking
    assert said["A painful decision"] == ("speech", "Dirk Van Acker")  # the crosshead echoes what he says


def test_a_gulf_listing_story_drops_its_picture_credit_and_keeps_the_family_firm_apart_from_the_chief():
    text = "\n".join([
        "The Gulf Courier",
        "Business",
        "",
        "Sahil Marine sets IPO price range",
        "Published: 3 June 2025 - 9:12 am",
        "",
        "Sahil Marine CEO Khalid bin Saad Al Kuwari at the press conference in Lusail. (Pic: Hamza Rafiq / The Gulf Courier)",
        "",
        "Doha: Sahil Marine Q.P.S.C. yesterday set the price range for its listing, which could raise QR2.1bn.",
        "",
        "The company runs yards in Doha, Lusail and Ras Abu Fontas. Chief executive Khalid bin Saad Al Kuwari "
        "said the listing would fund new vessels.",
        "",
        "Shares will also be sold by Al Kuwari Family Holding W.L.L., the founders' vehicle.",
        "",
        "\"We want Qatari savers to own a piece of this,\" Al Kuwari told reporters.",
    ])
    analysis = analyze_text(text, filename="courier.txt")
    found = entities(analysis)
    shown = "\n".join(analysis.paragraphs)
    assert "Pic:" not in shown and "Hamza Rafiq" not in found
    assert found["Sahil Marine Q.P.S.C."] == "ORG"
    assert found["Al Kuwari Family Holding W.L.L."] == "ORG"
    assert found["Ras Abu Fontas"] == "PLACE"
    assert "QR2.1bn" not in found
    assert speakers(analysis)["We want Qatari savers to own a piece of this,"] == ("speech", "Khalid bin Saad Al Kuwari")


def test_a_czech_broadcasters_wrapped_story_keeps_its_small_letter_legal_forms_and_its_last_wrapped_words():
    text = "\n".join([
        "Prague Radio International",
        "English",
        "",
        "Holding buys Plzeň pump maker Kovona",
        "Eliška Nováková",
        "03/06/2025",
        "",
        "Bystřice Holding a.s. has agreed to buy the Plzeň pump maker Kovona, whose service arm",
        "Kovona Servis s.r.o. maintains pumps for water utilities, the companies said on",
        "Monday.",
        "",
        "In an announcement to the Prague Stock Exchange, Kovona said the price \"values the company",
        "fairly\". Chief executive Petr Holub told the public broadcaster's news website Zprávy24 that",
        "the company needed a strong owner.",
        "",
        "\"We could not grow on our own,\" Holub said, in comments",
        "translated from Czech.",
    ])
    analysis = analyze_text(text, filename="radio.txt")
    found = entities(analysis)
    assert found["Bystřice Holding a.s."] == "ORG"
    assert found["Kovona Servis s.r.o."] == "ORG"
    assert found["Zprávy24"] == "ORG"
    assert any(p.endswith("in comments translated from Czech.") for p in analysis.paragraphs)
    said = speakers(analysis)
    assert said["values the company fairly"][0] != "speech"  # the exchange announcement's words
    assert said["We could not grow on our own,"] == ("speech", "Petr Holub")


def test_a_trade_papers_long_headline_lends_no_verb_to_a_name_and_its_towns_and_tickers_are_no_companies():
    text = "\n".join([
        "MARQUEE",
        "Film",
        "TV",
        "",
        "Business",
        "Brightloom and Carrow Hill Studios Agree to $1.1 Billion Merger, With Tessel Talent Steering the Deal",
        "Nadia Forsythe",
        "June 3, 2025 4:15pm PT",
        "",
        "Streaming service Brightloom Inc. agreed to merge with Burbank-based Carrow Hill Studios LLC, in a deal "
        "steered by talent agency Tessel Talent. Brightloom, which trades on Nasdaq under the ticker BLMX, "
        "will keep the Carrow Hill lot in Burbank.",
        "",
        "Brightloom chief executive Owen Pryce told analysts the studio was “the heart of what I’ve been calling "
        "our ‘second life’ as a company.”",
        "",
        "Want to read more articles like this one? Subscribe to Marquee Today.",
    ])
    analysis = analyze_text(text, filename="marquee.txt")
    found = entities(analysis)
    assert found["Tessel Talent"] == "ORG" and "Tessel Talent Steering" not in found
    assert found["Burbank"] == "PLACE"
    assert "BLMX" not in found
    assert "Subscribe to Marquee" not in "\n".join(analysis.paragraphs)
    said = speakers(analysis)
    assert said["second life"] == ("other", None)  # a name for the company's next years, not words said


def test_a_launch_pages_discussion_is_its_makers_and_users_words_and_its_counters_go():
    text = "\n".join([
        "---",
        'title: "Tallyhop - Expenses that file themselves | Product Hunt"',
        'source: "https://www.producthunt.com/products/tallyhop"',
        "author:",
        '  - "[[Product Hunt]]"',
        "published:",
        "created: 2025-06-03",
        "---",
        "[Product Hunt](https://www.producthunt.com/)",
        "",
        "# Tallyhop",
        "",
        "Expenses that file themselves",
        "",
        "Launched today",
        "Launched in Fintech, Productivity",
        "Upvote 512",
        "Ranked #3 Product of the Day",
        "Reviews 4.7/5",
        "",
        "## About Tallyhop",
        "",
        "Tallyhop reads the receipts in your inbox and files them in your Xero or QuickBooks ledger.",
        "",
        "## Discussion",
        "",
        "**Noor Haddad** · Maker",
        "5h ago",
        "Hi everyone! Sven and I spent four years running finance at a Bergen shipping firm, and every month ended "
        "with somebody hunting for a taxi receipt. Tallyhop is our answer. Use code HOP30 for a month free, and "
        "tell us what breaks!",
        "Upvote (41)",
        "Reply",
        "",
        "**Grete Aune** @grete.builds",
        "3h ago",
        "We moved a 9-person team over last week and nobody has asked me for a receipt since.",
        "Upvote (9)",
        "Reply",
        "",
        "**Ilan van Dijk** @ilanvd",
        "1h ago",
        "How is this different from Slipbox? Their homepage literally says 'Receipts, solved' already.",
        "Upvote (3)",
        "Reply",
    ])
    analysis = analyze_text(text, filename="tallyhop.md")
    assert (analysis.title, analysis.source, analysis.date, analysis.author) == (
        "Tallyhop", "Product Hunt", "2025-06-03", None
    )
    shown = "\n".join(analysis.paragraphs)
    for chrome in ("Upvote", "Ranked #3", "Reviews 4.7", "Launched in"):
        assert chrome not in shown
    said = speakers(analysis)
    by_speaker = {speaker for kind, speaker in said.values() if kind == "speech"}
    assert {"Noor Haddad", "Grete Aune", "Ilan van Dijk"} <= by_speaker
    assert said["Receipts, solved"][0] != "speech"  # a rival's homepage, quoted by a user
    found = entities(analysis)
    assert "HOP30" not in found
    assert found["Tallyhop"] == "PRODUCT"  # the launch page's headline names the product launched
    assert found.get("Sven") == "PERSON"
