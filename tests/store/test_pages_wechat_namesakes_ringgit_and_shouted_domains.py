"""Invented pages: a Malaysian paper's placement story, a Nigerian paper's bank dispute with two
namesakes, a Brussels site clipped to Markdown, a Korean paper's plant story under its top-ten list, and
a Chinese company's machine-translated WeChat post. What the page keeps, and whose each name and
quotation is."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers

_RINGGIT = "\n".join([
    "Selat Post",
    "Money",
    "",
    "Kedah chip packer Larisa to raise RM900m via placement",
    "By Nurul Aina",
    "Tuesday, 27 May 2025 4:12 PM MYT",
    "",
    "Workers at Larisa Holdings Bhd’s plant in Kulim, May 20, 2025. — Picture by Farid Osman",
    "",
    "KUALA LUMPUR, May 27 — Larisa Holdings Bhd plans to raise RM900 million, part of which would repay "
    "RM 310 mil in bank borrowings, and said it expected RM1.1b in new orders.",
    "",
    "Group chief executive Arjun Das a/l Muniandy said the timing was a coincidence. Arjun Das said the "
    "group had also won work from Samsung SDI and LG Energy Solution.",
])


def test_a_ringgit_sign_a_patronymic_and_korean_battery_makers() -> None:
    analysis = analyze_text(_RINGGIT, filename="ringgit.txt")
    names = entities(analysis)
    assert not {"RM", "RM1.1b"} & names.keys()
    assert entity_of(analysis, "Arjun Das") == "Arjun Das a/l Muniandy"
    assert names.get("Samsung SDI") == "ORG" and names.get("LG Energy Solution") == "ORG"
    assert "Picture by" not in "\n".join(analysis.paragraphs)


_NAMESAKES = "\n".join([
    "Lagos Ledger",
    "",
    "Payments firm Kolapay sues Harbourstone Bank over frozen accounts",
    "",
    "The dispute with Harbourstone Bank Plc began in April, when the lender froze four accounts operated by "
    "Kolapay Ltd, citing what it called \"unusual inflows\".",
    "",
    "Kolapay has since sued the bank at the Federal High Court in Lagos.",
    "",
    "\"Harbourstone Bank acted within its obligations and will cooperate with the authorities,\" the bank "
    "said in a statement on Sunday.",
    "",
    "Its head of communications, Ikenna Obi, declined further comment.",
    "",
    "Adaeze Obi, Kolapay's chief operating officer, said about 9,000 agents were affected. Ms Obi, who is "
    "not related to the bank's spokesman, said the company had pre-funded them.",
    "",
    "Mr Obi did not respond to a follow-up message.",
])


def test_namesakes_told_apart_by_title_and_their_nigerian_given_names() -> None:
    analysis = analyze_text(_NAMESAKES, filename="namesakes.txt")
    by_alias = {alias: e.name for e in analysis.entities for alias in e.aliases}
    assert by_alias.get("Ms Obi") == "Adaeze Obi"
    assert by_alias.get("Mr Obi") == "Ikenna Obi"


def test_what_it_called_and_the_bank_said_are_the_lenders() -> None:
    quotes = speakers(analyze_text(_NAMESAKES, filename="namesakes.txt"))
    assert quotes["unusual inflows"] == ("speech", "Harbourstone Bank Plc")
    assert quotes[
        "Harbourstone Bank acted within its obligations and will cooperate with the authorities,"
    ] == ("speech", "Harbourstone Bank Plc")


def test_a_site_whose_footer_shouts_its_domain_is_named_as_its_text_writes_it() -> None:
    text = "\n".join([
        "# EU draft caps card surcharges",
        "",
        "[Jana Weber](https://example.eu/authors/jana-weber)",
        "May 27, 2025",
        "Est. 4min",
        "",
        "According to a draft seen by Europolis, merchants could charge no more than their costs.",
        "",
        "## Read more with Europolis",
        "",
        "- [Banks fight instant payment rules](https://example.eu/a)",
        "",
        "© EUROPOLIS.COM 2025",
    ])
    analysis = analyze_text(text, filename="europolis.md")
    assert analysis.source == "Europolis"
    body = "\n".join(analysis.paragraphs)
    assert "Est. 4min" not in body and "Read more with" not in body


def test_a_korean_papers_top_ten_list_and_an_agency_credited_caption_go() -> None:
    text = "\n".join([
        "Han River Daily",
        "Business",
        "",
        "Cathode maker Dongsan to build plant in Georgia",
        "By Park Ji-won",
        "Posted : 2025-05-27 16:40",
        "",
        "Dongsan Materials Co. said Tuesday it will build a cathode plant in Georgia.",
        "",
        "Union members rally in front of Dongsan Materials' Pohang plant, May 22. Yonhap",
        "",
        "Top 10 Stories",
        "Idol group to hold fan meeting in Incheon",
        "Seoul shares close higher on chip rally",
    ])
    body = "\n".join(analyze_text(text, filename="korea.txt").paragraphs)
    assert "Union members rally" not in body and "fan meeting" not in body and "Top 10" not in body
    assert "cathode plant in Georgia" in body


def test_a_wechat_posts_chrome_goes_and_its_company_keeps_its_short_name() -> None:
    text = "\n".join([
        "Lanfeng Power Reports Revenue Growth of 21%",
        "Original",
        "Zhou Min",
        "Lanfeng Power",
        "2025-05-27 18:30",
        "Click the blue words above to follow us",
        "",
        "On the evening of May 27, Hangzhou Lanfeng Power Technology Co., Ltd. (hereinafter “Lanfeng Power "
        "Technology”) disclosed its annual report.",
        "",
        "Lanfeng Power Technology said revenue rose 21% to RMB 6.3 billion.",
        "",
        "END",
        "",
        "Written by the author",
        "Reprinted from Hangzhou Economic Daily",
        "Scan to follow",
        "Tap the QR code to follow us",
    ])
    analysis = analyze_text(text, filename="wechat.txt")
    body = "\n".join(analysis.paragraphs)
    for chrome in ("Original", "blue words", "END", "Written by the author", "Reprinted from", "Scan to follow", "QR code"):
        assert chrome not in body
    assert entity_of(analysis, "Lanfeng Power Technology") == "Hangzhou Lanfeng Power Technology Co., Ltd."
