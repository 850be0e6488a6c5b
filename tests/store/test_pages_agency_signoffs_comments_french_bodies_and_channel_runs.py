"""Invented pages: a Taiwanese wire's story signed again and closed by "Enditem", a Pakistani paper's
story with readers' comments under it, a Postmedia paper's takeover story with French institutions
and its advertising slots, a shipping dispute, and a Telegram channel's posts on one story clipped to
Markdown, a Bangladeshi paper's garment story with its promotions, and a CEO's letter extracted from a
PDF. What the page keeps, and whose each name and quotation is."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers

_WIRE = "\n".join([
    "Harbour News Agency",
    "Business",
    "",
    "Solvane to build NT$8 billion substrate plant in Tainan",
    "",
    "05/27/2025 11:20 AM",
    "Solvane Materials Corp. Chairman Yeh Kuo-hua at a news conference in Taipei on Tuesday. HNA photo May 27, 2025",
    "By Lin Pei-shan and Tom Greer / HNA",
    "",
    "Taipei, May 27 (HNA) Solvane Materials Corp. said Tuesday it will build a substrate plant in Tainan.",
    "",
    "\"We are running every line at full capacity,\" Yeh Kuo-hua told HNA.",
    "",
    "A model of the planned plant in Tainan. Photo courtesy of Solvane Materials Corp.",
    "",
    "Yeh said construction would begin in the fourth quarter.",
    "",
    "(By Lin Pei-shan and Tom Greer)",
    "Enditem/kc",
    "",
    "Related News",
    "Export orders rise for 9th month",
    "Cabinet approves grid upgrade",
    "Most Popular",
    "Shares close higher as chip stocks rebound",
    "Latest",
    "Typhoon warning issued for east coast",
    "© 2026 Harbour News Agency. All rights reserved.",
])


def test_an_agency_story_loses_its_caption_byline_signature_and_end_mark() -> None:
    analysis = analyze_text(_WIRE, filename="wire.txt")
    body = "\n".join(analysis.paragraphs)
    assert analysis.author == "Lin Pei-shan and Tom Greer"
    for chrome in ("HNA photo", "/ HNA", "(By Lin Pei-shan", "Enditem", "Photo courtesy"):
        assert chrome not in body
    assert "Yeh said construction would begin" in body
    names = entities(analysis)
    assert "Lin Pei-shan" not in names and "Tom Greer" not in names  # the writers, not the story's people
    assert speakers(analysis)["We are running every line at full capacity,"] == ("speech", "Yeh Kuo-hua")


_PAPER = "\n".join([
    "The Indus Ledger",
    "Home",
    "Business",
    "",
    "Ravi Looms misses bond payment as gas costs bite",
    "Faisalabad spinner asks creditors for a one-year grace period",
    "Amna Rauf",
    "Published May 27, 2025",
    "",
    "KARACHI: Ravi Looms Limited has missed a coupon payment on its sukuk, the company said in a notice.",
    "",
    "Sponsor director Rafiq Anwar said the family would put in fresh equity if creditors agreed to wait.",
    "",
    "Shares fell 7% while the benchmark KSE-100 index rose 0.4%.",
    "",
    "At the mill gate, union secretary Bilal Sheikh spoke to workers. \"Pay us first,\" Bilal Sheikh said.",
    "",
    "Like Markets on Facebook, follow @LedgerMkts on Twitter to stay informed and join in the conversation.",
    "Facebook",
    "Twitter",
    "Comments",
    "COMMENTS (2)",
    "Shahid | 4 hours ago",
    "Every sponsor says the same thing when the banks come knocking.",
    "Mehreen K. | 2 hours ago",
    "\"Fresh equity\" - we have heard that before.",
    "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
    "Most Read",
    "Petrol price likely to rise from June 1",
])


def test_readers_comments_signed_with_name_and_age_go_with_the_follow_prompt() -> None:
    analysis = analyze_text(_PAPER, filename="paper.txt")
    body = "\n".join(analysis.paragraphs)
    for chrome in ("follow @LedgerMkts", "Shahid", "Every sponsor says", "Mehreen", "we have heard", "moderated"):
        assert chrome not in body
    assert "Fresh equity" not in speakers(analysis)
    assert "union secretary Bilal Sheikh" in body


def test_sheikh_after_a_given_name_is_a_surname_and_a_plain_word_before_a_job_is_no_firm() -> None:
    analysis = analyze_text(_PAPER, filename="paper.txt")
    names = entities(analysis)
    assert names.get("Bilal Sheikh") == "PERSON"
    assert "Bilal" not in names
    assert speakers(analysis)["Pay us first,"] == ("speech", "Bilal Sheikh")
    assert "Sponsor" not in names  # "Sponsor director Rafiq Anwar": his kind of director
    assert names.get("Rafiq Anwar") == "PERSON"
    assert names.get("KSE-100") == "OTHER"  # "the benchmark KSE-100 index"


_POSTMEDIA = "\n".join([
    "Calder Post",
    "Subscribe",
    "Sign In",
    "",
    "Mining",
    "Vireo Metals' Bid for Lac Doré Graphite Draws Provincial Scrutiny",
    "Quebec says it will examine the hostile offer as the target's board rejects it",
    "Author of the article:",
    "Hugo Marchand",
    "Published May 27, 2025",
    "3 minute read",
    "You can save this article by registering for free here. Or sign-in if you have an account.",
    "Ore trucks at a graphite pit near Chibougamau (Luc Bernier)",
    "",
    "Vireo Metals Inc. met fresh resistance on Tuesday in its bid for Lac Doré Graphite Inc.",
    "",
    "In a directors' circular sent to shareholders, Lac Doré's board said the offer \"undervalues the "
    "deposit and its permits.\"",
    "",
    "Advertisement 1",
    "This advertisement has not loaded yet, but your article continues below.",
    "",
    "Investissement Québec will review the deal, and the Caisse de dépôt et placement du Québec, which "
    "holds 7 per cent of Lac Doré, said it was studying the offer. The Autorité des marchés financiers "
    "declined to comment.",
    "",
    "\"They keep calling it a 'merger of equals,' but nobody asked us,\" chief executive Hélène Roy said.",
    "",
    "Share this article in your social network",
    "Trending",
    "Copper hits record as supply falters",
])


def test_a_postmedia_page_loses_its_byline_label_save_prompt_and_numbered_ads() -> None:
    analysis = analyze_text(_POSTMEDIA, filename="postmedia.txt")
    body = "\n".join(analysis.paragraphs)
    assert analysis.author == "Hugo Marchand"
    for chrome in ("Author of the article", "save this article", "Advertisement", "has not loaded yet",
                   "social network", "Luc Bernier"):
        assert chrome not in body
    assert "Hugo Marchand" not in entities(analysis)


def test_french_bodies_keep_their_lower_case_words_and_a_circular_is_no_speech() -> None:
    analysis = analyze_text(_POSTMEDIA, filename="postmedia.txt")
    names = entities(analysis)
    assert names.get("Caisse de dépôt et placement du Québec") == "ORG"
    assert names.get("Autorité des marchés financiers") == "ORG"
    assert names.get("Investissement Québec") == "ORG"
    assert "Caisse" not in names and "Autorité" not in names
    quotes = speakers(analysis)
    assert quotes["undervalues the deposit and its permits."][0] != "speech"  # the circular's words
    assert quotes["merger of equals,"] == ("other", None)  # what the rival calls it, quoted by her
    assert quotes["They keep calling it a 'merger of equals,' but nobody asked us,"] == ("speech", "Hélène Roy")


def test_a_shipowner_with_a_persons_name_is_a_person() -> None:
    text = (
        "Halcyon Bulk\n\nHalcyon Bulk, founded in 1981 by shipowner Nikos Andreou and now run by his son, "
        "has sued its manager. Andreou, 81, did not respond to questions."
    )
    analysis = analyze_text(text, filename="ship.txt")
    assert entities(analysis).get("Nikos Andreou") == "PERSON"
    assert entity_of(analysis, "Andreou") == "Nikos Andreou"


_CHANNEL = "\n".join([
    "---",
    'title: "Steppe Ledger – Telegram"',
    'source: "https://t.me/s/steppeledger"',
    "created: 2025-05-28",
    "---",
    "# Steppe Ledger",
    "",
    "8.2K subscribers",
    "",
    "[View in Telegram](https://t.me/steppeledger)",
    "",
    "[Steppe Ledger](https://t.me/steppeledger)",
    "",
    "**Regulator freezes Borana Pay transfers**",
    "",
    "The regulator has frozen outgoing transfers at Borana Pay JSC for three months.",
    "",
    "👍 88 🔥 9",
    "",
    "👁 5.2K",
    "",
    "[May 27, 10:15](https://t.me/steppeledger/310)",
    "",
    "[Steppe Ledger](https://t.me/steppeledger)",
    "",
    "Customers of Borana Pay queued outside its Almaty branch on Tuesday evening.",
    "",
    "👁 3.9K",
    "",
    "edited [May 27, 12:01](https://t.me/steppeledger/311)",
    "",
    "[Steppe Ledger](https://t.me/steppeledger)",
    "",
    "Please open Telegram to view this post",
    "",
    "👁 2.1K",
    "",
    "[May 27, 13:40](https://t.me/steppeledger/312)",
    "",
    "[Steppe Ledger](https://t.me/steppeledger)",
    "",
    "Wheat export quotas extended to August, the agriculture ministry says.",
    "",
    "👁 4.4K",
    "",
    "[May 28, 09:05](https://t.me/steppeledger/313)",
    "",
    "Anonymous Poll",
    "",
    "Will Borana Pay get its licence back?",
    "",
    "👁 1.8K",
    "",
    "[May 28, 10:00](https://t.me/steppeledger/314)",
])


def test_a_clipped_channel_page_keeps_the_later_posts_on_its_story_only() -> None:
    analysis = analyze_text(_CHANNEL, filename="channel.md")
    assert analysis.title == "Regulator freezes Borana Pay transfers"
    assert analysis.source == "Steppe Ledger"
    assert analysis.date == "2025-05-27"  # the first post's day, in the year the page was clipped
    body = "\n".join(analysis.paragraphs)
    assert "queued outside its Almaty branch" in body  # a later post on the same story
    for chrome in ("👍", "👁", "edited", "Please open Telegram", "Wheat export", "Anonymous Poll",
                   "get its licence back", "subscribers", "Steppe Ledger"):
        assert chrome not in body
    assert aliases(analysis, "Borana Pay JSC") >= {"Borana Pay JSC", "Borana Pay"}


_GARMENT_PAPER = "\n".join([
    "Meghna Tribune",
    "Business",
    "",
    "Knitwear maker locks gates after missing wages",
    "",
    "Workers wait outside the shut gate of Padma Knit Ltd at Tongi on Tuesday | Meghna Tribune",
    "",
    "Padma Knit Ltd shut its factory on Tuesday after failing to pay May wages.",
    "",
    "Rokeya Begum, a machine operator who has worked there for eleven years, said the gate was locked at dawn.",
    "",
    "Caja Nacional de Ahorro, a Bolivian pension lender, holds a stake in the company.",
    "",
    "Ledger Business: Get more business news every Friday in the Ledger Business newspaper.",
    "Follow Meghna Tribune's Google News channel for the latest updates",
    "Writers Wanted? Contact us",
])


def test_a_caption_credited_to_the_paper_and_its_promotions_go() -> None:
    analysis = analyze_text(_GARMENT_PAPER, filename="garment.txt")
    body = "\n".join(analysis.paragraphs)
    for chrome in ("Workers wait outside", "Get more business news", "Google News channel", "Writers Wanted"):
        assert chrome not in body
    assert "shut its factory on Tuesday" in body


def test_a_worker_described_by_a_trade_noun_and_a_spanish_fund_keep_their_kinds() -> None:
    names = entities(analyze_text(_GARMENT_PAPER, filename="garment.txt"))
    assert names.get("Rokeya Begum") == "PERSON"  # "a machine operator who ...": a person, not an operator firm
    assert names.get("Caja Nacional de Ahorro") == "ORG"


def test_a_pdf_letters_running_header_between_bare_page_numbers_goes() -> None:
    text = "\n".join([
        "Letter to shareholders",
        "",
        "Orlen Tools AG · Annual Report 2024",
        "Dear shareholders, revenue rose 9% and our margin improved for the",
        "third year in a row.",
        "7",
        "Orlen Tools AG · Annual Report 2024",
        "We will open a service centre in Basel and hire forty engineers in",
        "Lausanne next year.",
        "8",
        "Orlen Tools AG · Annual Report 2024",
        "Yours sincerely,",
    ])
    body = "\n".join(analyze_text(text, filename="letter.txt").paragraphs)
    assert "Annual Report 2024" not in body
    assert "service centre in Basel" in body


def test_a_section_headings_short_name_belongs_to_the_company_the_paragraph_names() -> None:
    text = "\n".join([
        "# Harrowgate fined, Brantley buys a cold-store chain",
        "",
        "Good afternoon, and welcome to the Friday edition.",
        "",
        "**Harrowgate fined over safeguarding**",
        "",
        "Harrowgate Bank was fined on Tuesday for failing to keep customers' money",
        "separate from its own. Harrowgate said it accepted the findings.",
        "",
        "**Brantley snaps up Kestrel in cold-store push**",
        "",
        "Brantley Freight has agreed to buy Kestrel Cold Chain, the Hull-based",
        "operator of chilled warehouses, for £210m. Completion is expected by 30 June.",
    ])
    analysis = analyze_text(text, filename="newsletter.md")
    assert entity_of(analysis, "Kestrel") == "Kestrel Cold Chain"
    assert "Kestrel" not in entities(analysis)
