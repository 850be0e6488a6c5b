"""Invented pages from a discussion site, a regulator's PDF, an Asian business paper, an Australian
broadcaster and a subscription tech site: a link's comments as the story, a notice's page furniture,
names in both orders, a nickname someone goes by, a statement made to an exchange, and the prompts
each site puts round a story. Each test checks what a reader would see."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers


def test_a_hacker_news_link_keeps_its_discussion_and_loses_each_comments_header():
    text = "\n".join([
        "Hacker News",
        "new | past | comments | ask | show | jobs | submit",
        "Pikestore moves its database to a source-available licence (pikestore.dev)",
        "301 points by gravel_dev 5 hours ago | hide | past | favorite | 140 comments",
        "otter_ops 4 hours ago | next [–]",
        "Ines Calloway stood on stage at PGConf in 2023 and said, “We will never change the licence.”",
        "reply",
        "bytewren 3 hours ago | parent | next [–]",
        "Ines's answer on the Pikestore forum yesterday was that the change \"only affects resellers.\"",
        "His README says nothing about it.",
        "reply",
        "",
        "Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact",
        "Search:",
    ])
    analysis = analyze_text(text, filename="hn.txt")
    assert analysis.title == "Pikestore moves its database to a source-available licence"
    assert (analysis.source, analysis.author) == ("Hacker News", None)  # the submitter wrote none of it
    assert analysis.paragraphs[0].startswith("Ines Calloway stood on stage")
    assert not any(p in ("reply", "Search:") or "hours ago" in p for p in analysis.paragraphs)
    said = speakers(analysis)
    assert said["We will never change the licence."] == ("speech", "Ines Calloway")  # not the conference
    assert said["only affects resellers."] == ("speech", "Ines Calloway")
    assert "README" not in entities(analysis)


def test_a_final_notice_loses_its_page_furniture_and_keeps_a_paragraph_cut_by_a_page_break():
    text = "\n".join([
        "# FINAL NOTICE",
        "",
        "**To:** Oliver James Carrow",
        "**Of:** 7 Mill Lane, Leeds LS1 4AB",
        "**Date:** 2 June 2025",
        "",
        "IMPORTANT: this Final Notice contains important information.",
        "",
        "## 1. DEFINITIONS",
        "",
        "“the Act” means the Financial Services and Markets Act 2000;",
        "“the Authority” means the Financial Conduct Authority;",
        "“the Relevant Period” means 3 February 2024 to 14 March 2024;",
        "",
        "## 2. FACTS AND MATTERS",
        "",
        "2.1 During the Relevant Period, Mr Carrow placed orders he did not mean to execute. In an e-mail",
        "Page 1 of 2",
        "FINAL NOTICE",
        "FCA Reference Number: 551203",
        "to a colleague he called the alerts \"noise\". This Final Notice is given under section 390 of the Act.",
        "",
        "Priya Natarajan-Holt",
        "Head of Department",
        "Enforcement and Market Oversight Division",
        "Page 2 of 2",
    ])
    analysis = analyze_text(text, filename="notice.md")
    assert (analysis.title, analysis.source, analysis.date) == ("FINAL NOTICE", "Financial Conduct Authority", "2025-06-02")
    assert analysis.author == "Priya Natarajan-Holt"  # the signer
    assert any("In an e-mail to a colleague he called the alerts" in p for p in analysis.paragraphs)
    for chrome in ("Page 1 of 2", "FCA Reference Number: 551203", "Head of Department", "To: Oliver James Carrow"):
        assert not any(chrome in p for p in analysis.paragraphs)
    names = entities(analysis)
    assert entity_of(analysis, "Act") == "Financial Services and Markets Act 2000"  # as the notice defines it, with its year
    assert "Relevant Period" not in names and "Final Notice" not in names


def test_a_feud_with_names_in_both_orders_a_nickname_and_a_statement_from_a_person():
    text = "\n".join([
        "Nikkei Asia",
        "Taiwan chip tester's founder and son-in-law clash before vote",
        "SANDRA KUO, Nikkei staff writer",
        "May 20, 2025 10:02 JST",
        "",
        "TAIPEI -- Wu Tsung-hsien, who founded the chip tester Hengtai in 1994, asked shareholders to remove "
        "President Lin Po-wen from the board.",
        "",
        "Lin, 51, who goes by Kevin with foreign clients, is married to Wu's daughter.",
        "",
        "Lin hit back in a statement released through Hengtai's investor relations office.",
        "",
        "\"Chairman Tsung-hsien Wu has our respect,\" the statement said.",
        "",
        "The Commercial Times reported that Wu's camp had won over several funds, and described the vote as "
        "\"the hardest family fight in the industry.\"",
    ])
    analysis = analyze_text(text, filename="nikkei.txt")
    assert entity_of(analysis, "Tsung-hsien Wu") == entity_of(analysis, "Wu Tsung-hsien") is not None
    assert entity_of(analysis, "Kevin") == "Lin Po-wen"
    said = speakers(analysis)
    assert said["Chairman Tsung-hsien Wu has our respect,"] == ("speech", "Lin Po-wen")  # his statement
    assert said["the hardest family fight in the industry."][1] != "Wu Tsung-hsien"  # the paper's words


def test_an_administration_story_with_its_broadcasters_menu_and_a_statement_to_the_exchange():
    text = "\n".join([
        "Skip to main content",
        "ABC News",
        "ABC News homepage",
        "Just In",
        "For You",
        "Politics",
        "Business",
        "Search the news archive",
        "ABC News / Business",
        "Gumtree Kids childcare chain collapses owing $31 million",
        "By Harriet Dunmore",
        "Posted Wed 14 May 2025 at 7:10am",
        "Share article",
        "ASX-listed Gumtree Kids Early Learning, which runs 40 centres across New South Wales and Queensland, "
        "appointed Ravi Menon of Ferrier Hodgson as administrator. Gumtree Kids said it had run out of cash.",
        "In a statement to the ASX, the company said it had suffered \"sustained losses\".",
        "Read more",
        "Childcare fees keep rising. Here's why",
        "Parents left stranded",
        "\"We heard about it from a text message late last night,\" said Jo, a mother of three from Penrith.",
        "Early Childhood Education Minister Dana Whitfield said regulators in NSW and Qld would help families.",
    ])
    analysis = analyze_text(text, filename="abc.txt")
    assert (analysis.title, analysis.author) == ("Gumtree Kids childcare chain collapses owing $31 million", "Harriet Dunmore")
    assert "Search the news archive" in analysis.removed
    assert entity_of(analysis, "Qld") == entity_of(analysis, "Queensland")
    assert entity_of(analysis, "NSW") == entity_of(analysis, "New South Wales")
    assert "Childhood" not in entities(analysis)  # her portfolio
    assert speakers(analysis)["sustained losses"][1] == entity_of(analysis, "Gumtree Kids")  # not the ASX
    assert entity_of(analysis, "Gumtree Kids") == "Gumtree Kids Early Learning"  # "Early" inside its name
    assert "Parents left stranded" in analysis.paragraphs  # a heading after the teaser, over a quote
    assert "Childcare fees keep rising. Here's why" in analysis.removed


def test_a_subscriber_story_loses_its_prompts_and_credits_and_keeps_its_rankings():
    text = "\n".join([
        "Business Insider",
        "Leaked recording shows startup Quorra's CEO calling its first product 'finished'",
        "Dana Whitcombe",
        "Dana Whitcombe",
        "Senior correspondent",
        "May 21, 2025, 4:00 AM ET",
        "Quorra CEO Ben Adeyemi at a conference last year. Quorra; Getty Images; Ruth Okafor/BI",
        "This story is available exclusively to Business Insider subscribers. Become an Insider and start reading now.",
        "Quorra, a San Francisco AI startup backed by Andreessen Horowitz, told staff it would sell to \"three Fortune 500 banks\".",
        "Do you work at Quorra or have a tip? Contact the reporter from a nonwork device at dw@example.com or via "
        "Signal at dana.07.",
    ])
    analysis = analyze_text(text, filename="bi.txt")
    assert analysis.author == "Dana Whitcombe"
    assert analysis.paragraphs == (
        "Quorra, a San Francisco AI startup backed by Andreessen Horowitz, told staff it would sell to \"three Fortune 500 banks\".",
    )
    names = entities(analysis)
    assert names["San Francisco"] == "PLACE" and "San Francisco AI" not in names
    assert names["Andreessen Horowitz"] == "ORG" and names["Fortune 500"] == "OTHER"


def test_a_hacker_news_link_under_its_reply_box_keeps_its_discussion_and_names_an_event_whole():
    text = "\n".join([
        "Hacker News",
        "Wrenfield moves its queue to a source-available licence (wrenfield.io)",
        "402 points by lowtide 6 hours ago | hide | past | favorite | 211 comments",
        "add comment",
        "gorse_dev 5 hours ago | next [–]",
        "Worth remembering what Halvard Okonkwo said at Open Source Summit in 2022: \"We will stay Apache forever.\"",
        "reply",
        "brackenbyte 4 hours ago | parent | next [–]",
        "Mirela Sandu, who wrote the storage engine, forked it last night. Her announcement says \"the fork will stay "
        "Apache 2.0.\" The new CLA is the real problem.",
        "reply",
    ])
    analysis = analyze_text(text, filename="hn2.txt")
    assert (analysis.source, analysis.author) == ("Hacker News", None)
    assert len(analysis.paragraphs) == 2 and "add comment" not in analysis.paragraphs
    names = entities(analysis)
    assert names.get("Open Source Summit") == "OTHER"  # an event, "Open Source" and all
    assert not {"CLA", "Summit"} & set(names)
    assert speakers(analysis)["the fork will stay Apache 2.0."] == ("speech", "Mirela Sandu")


def test_an_australian_story_with_its_regulators_initials_its_union_and_its_acknowledgement():
    text = "\n".join([
        "ABC News",
        "Bluegum childcare chain collapses",
        "By Tess Morrow",
        "Posted Mon 12 May 2025 at 9:00am",
        "Bluegum Kids, which runs centres in New South Wales and Victoria, lodged its first report with ASIC on "
        "Monday.",
        "United Workers Union organiser Dee Harlan said staff in NSW and Qld had not been paid.",
        "The Australian Securities and Investments Commission said it was \"making inquiries\".",
        "Acknowledgement of Country",
        "The ABC acknowledges the Aboriginal and Torres Strait Islander peoples as the First Australians and "
        "Traditional Custodians of the lands where we live, work, and learn.",
    ])
    analysis = analyze_text(text, filename="abc2.txt")
    assert entity_of(analysis, "ASIC") == "Australian Securities and Investments Commission"  # not a chip here
    assert entities(analysis).get("United Workers Union") == "ORG"  # "United" opens the sentence and the name
    assert entity_of(analysis, "NSW") == "New South Wales"
    assert "Acknowledgement of Country" in analysis.removed
    assert not any("Traditional Custodians" in p for p in analysis.paragraphs)


def test_a_byline_in_capitals_a_son_in_law_known_by_an_english_name_and_a_statement_from_an_office():
    text = "\n".join([
        "Nikkei Asia",
        "Founder and son-in-law clash over Taiwan chip packager",
        "GRACE LIAO, Nikkei staff writer",
        "May 16, 2025 18:21 JST",
        "",
        "TAIPEI -- Founder Hsu Ming-tang and his son-in-law, President Chen Wei-lun, are fighting for control.",
        "",
        "A statement from Hsu's office later said the founder \"has no quarrel with Wei-lun Chen as a son-in-law.\"",
        "",
        "Chen, 48, who is known to foreign customers as Victor Chen, joined the company in 2009.",
    ])
    analysis = analyze_text(text, filename="nikkei2.txt")
    assert analysis.author == "Grace Liao"
    assert entity_of(analysis, "Victor Chen") == entity_of(analysis, "Chen Wei-lun") == entity_of(analysis, "Wei-lun Chen")
    assert speakers(analysis)["has no quarrel with Wei-lun Chen as a son-in-law."] == ("speech", "Hsu Ming-tang")


def test_a_notice_calls_its_regulator_the_authority_and_quotes_an_e_mail():
    text = "\n".join([
        "# FINAL NOTICE",
        "",
        "IMPORTANT: this Final Notice contains important information.",
        "",
        "“the Authority” means the Financial Conduct Authority;",
        "“MAR” means the Market Abuse Regulation;",
        "“the Tribunal” means the Upper Tribunal (Tax and Chancery Chamber).",
        "",
        "4.1 The Authority regards the misconduct, contrary to Article 15 of MAR, as deliberate. On 3 January Mr Pellow e-mailed the finance "
        "director: \"All positions are marked to independent prices.\" He later told the Authority he had lied.",
        "Page 1 of 1",
    ])
    analysis = analyze_text(text, filename="notice2.md")
    fca = [e for e in analysis.entities if e.name == "Financial Conduct Authority"]
    assert fca and fca[0].mentions == 3  # its definition, "The Authority" and "the Authority"
    assert "Tax and Chancery Chamber" in entities(analysis) and "Tax" not in entities(analysis)
    assert entity_of(analysis, "MAR") == "Market Abuse Regulation"  # an acronym, not March
    assert speakers(analysis)["All positions are marked to independent prices."] == ("speech", "Pellow")


def test_ordinary_news_text_keeps_its_names_and_sentences_beside_these_rules():
    text = "\n".join([
        "Minister opens hospital on Aboriginal land",
        "",
        "The Prime Minister acknowledges the traditional owners of the land on which the new hospital stands.",
        "",
        "Coach Vic Dalton said Georgia Tech would play in Victoria. Fans paid $99 Apple subscriptions to watch.",
    ])
    analysis = analyze_text(text, filename="ordinary.txt")
    assert analysis.paragraphs[0].startswith("The Prime Minister acknowledges")  # a sentence, not the site's footer
    names = entities(analysis)
    assert names.get("Apple") == "ORG"  # a price before it, but no device after
    assert entity_of(analysis, "Vic Dalton") != entity_of(analysis, "Victoria")
    assert names.get("Georgia") != "PLACE" or "Georgia Tech" in names


def test_a_notice_defining_a_period_twice_and_a_handbook_named_for_the_authority():
    text = "\n".join([
        "# FINAL NOTICE",
        "",
        "IMPORTANT: this Final Notice contains important information.",
        "",
        "“the Authority” means the Financial Conduct Authority;",
        "“the Handbook” means the Authority’s Handbook of rules and guidance;",
        "“the Relevant Period” means 4 March 2024 to 5 May 2024;",
        "“the Relevant Period” means 4 March 2024 to 5 May 2024;",
        "",
        "1.1 The Authority fined Mr Tolley for breaches of the Handbook during the Relevant Period.",
        "Page 1 of 1",
    ])
    analysis = analyze_text(text, filename="notice3.md")  # a term defined twice does not crash
    fca = next(e for e in analysis.entities if e.name == "Financial Conduct Authority")
    assert "Handbook" not in fca.aliases


def test_a_discussion_keeps_an_employees_disclosure_and_tells_the_database_from_its_maker():
    text = "\n".join([
        "Hacker News",
        "Slate Labs relicenses Slate from Apache 2.0 (slatelabs.dev)",
        "210 points by kelp 3 hours ago | hide | past | favorite | 98 comments",
        "moss_ops 2 hours ago | next [–]",
        "Starting with Slate 5.0, releases move to a source-available licence. Slate 4.9 stays Apache.",
        "reply",
        "finch 2 hours ago | parent | next [–]",
        "Disclosure: I work at Slate Labs, on the storage engine, and I speak only for myself.",
        "reply",
    ])
    analysis = analyze_text(text, filename="hn3.txt")
    assert "Disclosure: I work at Slate Labs, on the storage engine, and I speak only for myself." in analysis.paragraphs
    assert entity_of(analysis, "Slate 5.0") == entity_of(analysis, "Slate 4.9") == "Slate"
    assert entity_of(analysis, "Slate Labs") == "Slate Labs"  # the maker, apart from its database


def test_a_founders_surname_stays_his_beside_his_daughter_named_as_someones_wife():
    text = "\n".join([
        "Sunhold founder fights son-in-law",
        "",
        "Founder Liao Ming-tsung opposes the plan of President Hung Wei-lun at Carrow Early Learning's rival.",
        "",
        "“Chairman Ming-tsung Liao built this company,” a statement said. Liao said he would fight on.",
        "",
        "Liao Hsin-yi, Hung's wife and a director, voted with her husband. Liao has not spoken to her since.",
    ])
    analysis = analyze_text(text, filename="liao.txt")
    liao = next(e for e in analysis.entities if e.name == "Liao Ming-tsung")
    assert "Ming-tsung Liao" in liao.aliases and liao.mentions >= 4  # every bare "Liao" is the founder's
    assert entity_of(analysis, "Carrow Early Learning") == "Carrow Early Learning"


def test_a_story_line_after_a_teaser_a_ministers_portfolio_licences_and_a_keynote_quoted():
    text = "\n".join([
        "Childcare chain collapses",
        "",
        "The chain shut 20 centres on Monday.",
        "Read more",
        "Inside the childcare boom that left centres half-empty",
        "The Australian Securities and Investments Commission (ASIC) is examining whether the company kept the "
        "market properly informed before the collapse.",
        "Minister for Early Learning and Families Anne Kowal said places would be found.",
        "",
        "Halvard Vork once called the SSPL and the AGPL traps. Someone should replay Vork's keynote from "
        "DataConf 2022 on a loop: \"Apache 2.0 is a promise to you.\"",
        "",
        "Tan, who goes by Kevin with overseas customers, runs the plant. Tan Wei-ming was hired in 2009. "
        "The deal was signed by Kevin Tan.",
    ])
    analysis = analyze_text(text, filename="mixed.txt")
    assert any(p.startswith("The Australian Securities and Investments Commission (ASIC) is examining") for p in analysis.paragraphs)
    names = entities(analysis)
    assert "Anne Kowal" in names and "Families Anne Kowal" not in names
    assert names.get("SSPL") == "OTHER" and names.get("AGPL") == "OTHER"  # licences
    assert speakers(analysis)["Apache 2.0 is a promise to you."] == ("speech", "Halvard Vork")
    assert entity_of(analysis, "Kevin Tan") == entity_of(analysis, "Tan Wei-ming")
