"""Invented pages from an Indian business paper, a Gulf-facing English site, a British paper, a tech site
and a founder's e-mail: sons named by their father's initial, a family's lower-case "group", namesakes
told apart by who spoke, a statement made *to* someone, a support page, a Reddit user, priced products
and the chrome each site puts round a story. Each test checks what a reader would see."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers


def test_a_family_split_with_initialled_sons_a_lower_case_group_and_a_tag_list():
    text = "\n".join([
        "The Economic Times",
        "Pallavan group to be divided between the late founder's sons",
        "By Kavya Ramesh, ET Bureau",
        "Last Updated: May 20, 2025, 08:15:00 AM IST",
        "",
        "CHENNAI: The Pallavan group will be split between the two sons of the late T. R. Pallavan under a "
        "settlement brokered by their mother, Smt. Vasantha Pallavan. R. Gokul will keep Pallavan Textiles Ltd, "
        "while R. Senthil takes Pallavan Motors Ltd and its plants at Hosur and at Ranipet.",
        "",
        "The stock exchange filing named Rajendran Gokul and Rajendran Senthil as acquirers.",
        "",
        "A spokesperson for the family said: \"Amma has kept the family together.\"",
        "",
        "Pallavan, who founded the group in 1968, died in March without a will.",
        "(Catch all the Business News, Breaking News Events and Latest News Updates on The Economic Times.)",
        "",
        "Read More News on",
        "Pallavan Textiles",
        "R Gokul",
        "demerger",
        "",
        "(You can now subscribe to our ETMarkets WhatsApp channel)",
    ])
    analysis = analyze_text(text, filename="et.txt")
    names = entities(analysis)
    assert analysis.author == "Kavya Ramesh"  # not "ET Bureau", the desk
    assert entity_of(analysis, "Rajendran Gokul") == entity_of(analysis, "R. Gokul")  # the father's initial
    assert entity_of(analysis, "Rajendran Senthil") == entity_of(analysis, "R. Senthil")
    assert names.get("Pallavan group") == "ORG"  # the family's conglomerate, none of its companies
    assert entity_of(analysis, "Pallavan group") not in (entity_of(analysis, "Pallavan Textiles Ltd"), None)
    assert entity_of(analysis, "Pallavan") == "T. R. Pallavan"  # the founder, not his widow
    assert names["Ranipet"] == "PLACE" and names["Hosur"] == "PLACE"  # where its plants are
    assert "Amma" not in names  # "mother" in Tamil
    assert {"Read More News on", "R Gokul", "(You can now subscribe to our ETMarkets WhatsApp channel)"} <= set(
        analysis.removed
    )


def test_a_gulf_fund_buys_a_turkish_bank_and_the_granddaughter_speaks():
    text = "\n".join([
        "Al Jazeera",
        "News|Business and Economy",
        "Kuwaiti fund buys control of Mavibank as lira weakens",
        "By Deniz Arslan",
        "Published On 2 Jun 2025",
        "A Mavibank branch in Istanbul’s Bakırköy district [File: Murat Sezer/Reuters]",
        "",
        "Istanbul, Turkiye – Demirtaş Holding said it would sell 60 percent of Mavibank to a Kuwaiti fund.",
        "",
        "The group was founded in 1961 by trader Hüseyin Demirtaş. The deal needs approval from the Capital "
        "Markets Board of Turkey, known by its Turkish initials SPK.",
        "",
        "Zeynep Demirtaş, the founder’s granddaughter and the group’s chair, said the bank needed “a patient "
        "partner”.",
        "",
        "“My grandfather opened the first branch in Kadıköy, then one in Bakırköy,” Demirtaş said in a statement.",
        "",
        "Shares of Mavibank (BIST: MAVBK) rose 8 percent.",
    ])
    analysis = analyze_text(text, filename="aj.txt")
    names = entities(analysis)
    said = speakers(analysis)
    assert said["My grandfather opened the first branch in Kadıköy, then one in Bakırköy,"] == ("speech", "Zeynep Demirtaş")
    assert names["Mavibank"] == "ORG"  # a bank, by its name and its listing
    assert names["Kadıköy"] == "PLACE" and names["Bakırköy"] == "PLACE"
    assert entity_of(analysis, "SPK") == "Capital Markets Board of Turkey"
    assert "Kuwaiti" not in names  # a demonym
    assert "Murat Sezer" not in names and "File" not in names  # the photographer's credit goes with the caption
    assert "A Mavibank branch in Istanbul’s Bakırköy district [File: Murat Sezer/Reuters]" in analysis.removed


def test_a_pay_revolt_with_a_statement_to_the_exchange_and_a_union_with_a_clause():
    text = "\n".join([
        "Hollinbrook boss faces investor revolt over £5.2m pay",
        "",
        "In a statement to the London Stock Exchange, Hollinbrook said it was ‘disappointed’ that a ‘sizeable "
        "minority’ had voted against, adding: ‘The board will consult shareholders over the summer.’",
        "",
        "Unite, the union, which represents about 14,000 Hollinbrook staff, said investors were ‘finally "
        "listening’.",
        "",
        "A retired nurse from Barnsley who has held shares for 20 years told the meeting: ‘Shame on you.’",
        "",
        "Before you go: you’ve read 9 articles in the last year. Could you chip in today?",
    ])
    analysis = analyze_text(text, filename="pay.txt")
    said = speakers(analysis)
    assert said["The board will consult shareholders over the summer."] == ("speech", "Hollinbrook")
    assert said["sizeable minority"] == ("speech", "Hollinbrook")  # still the statement's words
    assert said["finally listening"] == ("speech", "Unite")  # not the company in the union's clause
    assert entities(analysis)["Barnsley"] == "PLACE"
    assert "Before you go: you’ve read 9 articles in the last year. Could you chip in today?" in analysis.removed


def test_a_shut_down_with_a_lower_case_brand_priced_products_and_a_reddit_user():
    text = "\n".join([
        "The Verge",
        "nimbo is switching off its servers and bricking every Perch hub",
        "",
        "Nimbo, the smart home startup best known for its $99 Perch hub and $199 DoorLatch smart lock, will "
        "shut its servers on July 1, CEO Ana Ferreira wrote in a blog post.",
        "",
        "“We built nimbo to make homes calmer,” Ferreira wrote. The nimbo app will stop working too.",
        "",
        "According to a support page, Perch hubs “will no longer respond to app commands” after July 1.",
        "",
        "In a statement to The Verge, Nimbo said that “a few” staff would stay on. “We are talking to buyers,” "
        "the statement said.",
        "",
        "One buyer may be Ostrava Labs, the maker of the Lantern smart display.",
        "",
        "“Bought three DoorLatches last year,” wrote Reddit user latchless.",
    ])
    analysis = analyze_text(text, filename="verge.txt")
    names = entities(analysis)
    said = speakers(analysis)
    assert names[entity_of(analysis, "Nimbo")] == "ORG"  # the startup, though it writes itself "nimbo"
    assert names["Perch"] == "PRODUCT" and names["Lantern"] == "PRODUCT"
    assert entity_of(analysis, "DoorLatches") == entity_of(analysis, "DoorLatch")
    assert names[entity_of(analysis, "DoorLatch")] == "PRODUCT"
    assert said["will no longer respond to app commands"] == ("other", None)  # a support page's words
    assert said["We are talking to buyers,"] == ("speech", entity_of(analysis, "Nimbo"))  # not The Verge's
    assert said["Bought three DoorLatches last year,"] == ("speech", None)  # a user, not Reddit


def test_an_investor_update_with_a_lost_customer_a_rival_and_its_footer():
    text = "\n".join([
        "From: Maya Lund <maya@brightpan.io>",
        "To: Investors <investors@brightpan.io>",
        "Date: Wed, Jun 4, 2025 at 8:02 AM",
        "Subject: Brightpan update — May 2025",
        "",
        "Hi all,",
        "",
        "We lost Harbourside Catering to Kelvix, who came in 30% cheaper. Kelvix’s pricing is hard to beat.",
        "",
        "| Metric | April | May | MoM |",
        "|---|---|---|---|",
        "| MRR | $90k | $96k | +6.7% |",
        "",
        "Ask: an intro to the new F&B director at Tollgate Hotels.",
        "",
        "Thanks, Maya",
        "",
        "Unsubscribe from investor updates",
    ])
    analysis = analyze_text(text, filename="update.md")
    names = entities(analysis)
    assert names["Harbourside Catering"] == "ORG" and names["Kelvix"] == "ORG"
    assert not {"MoM", "F&B"} & set(names)
    assert "Unsubscribe from investor updates" in analysis.removed


def test_a_body_named_with_of_and_its_acronym_and_a_chief_called_by_nickname_and_surname():
    text = "\n".join([
        "Fernmoor investors revolt over chief executive pay",
        "",
        "Christopher Dunmore, known to staff as Kit, was awarded £4.1m. The Association of British Fund "
        "Managers (ABFM) had put an ‘amber alert’ on the vote.",
        "",
        "Kit Dunmore told the meeting: ‘I understand why people are angry.’",
    ])
    analysis = analyze_text(text, filename="fernmoor.txt")
    assert entity_of(analysis, "ABFM") == "Association of British Fund Managers"  # "Managers" and all
    assert entity_of(analysis, "Kit Dunmore") == "Christopher Dunmore"
    assert speakers(analysis)["I understand why people are angry."] == ("speech", "Christopher Dunmore")
