"""Invented pages saved the ways this session's readers saved them: a Slack thread copied from its window with
a story pasted into one message, a channel's post forwarded in a chat copied from Telegram Desktop, and the
small things those stories carried: a surname that is an everyday word in a byline ("by Kareem Small"), a
ticker that "closed up four per cent", a dollar written after its country's letters ("Bds$20 million"), a
ministry for energy and business, a paper that spells its name in capitals ("Barbados TODAY"), and a caption
credited "(Picture by ...)". A mail's source (Gmail's "Show original") is read as its decoded plain text.
What a press release says, opening the sentence, is the release's; a town at one end of "the Tumutu–Buchanan
railway" is a place. A page converted by macOS textutil marks its list items with tabs ("\\t•\\tFacebook"),
which make no table."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, speakers

SLACK_THREAD = "\n".join([
    "Rhea Brathwaite",
    "9:12 AM",
    "Palmgrove finally doing the listing :eyes:",
    "https://barbadostoday.bb/2025/07/02/palmgrove-rum-plans-bse-listing/",
    "Barbados Today",
    "Palmgrove Rum plans BSE listing",
    "Speightstown distiller wants its shares on the board by December.",
    "(96 kB)",
    ":eyes: 3",
    "2 replies",
    "Last reply today at 9:40 AM",
    "Colin Forde  9:15 AM",
    "can't open it, paywall?",
    "Rhea Brathwaite  9:17 AM",
    "here you go :point_down:",
    "BUSINESS",
    "Palmgrove Rum plans BSE listing",
    "by Kareem Small",
    "July 2, 2025",
    "Palmgrove Rum Distillers Ltd chairman Owen Catlyn at the Speightstown distillery. (Picture by Nadia Holder)",
    "",
    "Speightstown distiller Palmgrove Rum Distillers Ltd will list its shares on the Barbados Stock Exchange "
    "by December, chairman Owen Catlyn said on Tuesday.",
    "",
    "“We have sold rum to the world for ninety years, and now we want Barbadians to own a piece of it,” "
    "Catlyn told Barbados TODAY.",
    "",
    "The company hopes to raise Bds$15 million. PRDL closed up four per cent at $2.40 on the junior market.",
    "",
    "Minister of Energy and Business Lisa Goddard welcomed the plan in a statement from the Ministry of "
    "Energy and Business.",
    "",
    "Related",
    "Cruise arrivals climb in June",
    "Share (edited)",
    ":fire: 1",
    "Colin Forde  9:31 AM",
    "“We have sold rum to the world for ninety years” lol",
    "Dawn Alleyne",
    "9:38 AM",
    "listing in December is ambitious",
    "9:40 AM",
    "the FSC has to clear the prospectus first",
])


def test_a_story_pasted_into_a_slack_thread_is_read_without_the_thread() -> None:
    analysis = analyze_text(SLACK_THREAD, filename="slack.txt")
    assert (analysis.title, analysis.source, analysis.date, analysis.author) == (
        "Palmgrove Rum plans BSE listing", "Barbados Today", "2025-07-02", "Kareem Small",
    )
    assert analysis.paragraphs[0].startswith("Speightstown distiller Palmgrove Rum Distillers Ltd")
    assert not any(":fire:" in p or "paywall" in p or "ambitious" in p or "Share" in p for p in analysis.paragraphs)
    found = entities(analysis)
    assert not {"Rhea Brathwaite", "Colin Forde", "Dawn Alleyne", "Nadia Holder", "Bds", "Barbados"} & found.keys()
    assert found.get("Barbados TODAY") == "ORG"
    assert found.get("Ministry of Energy and Business") == "ORG"
    assert "Business" not in found
    assert speakers(analysis) == {
        "We have sold rum to the world for ninety years, and now we want Barbadians to own a piece of it,": (
            "speech", "Owen Catlyn",
        ),
    }


def test_a_ticker_that_closed_up_is_the_company_its_letters_spell() -> None:
    body = (
        "Wexbury Solar Holdings Inc. will sell a bond, its chief executive Mara Quintyne said on Monday.\n\n"
        "Wexbury’s shares have traded on the junior market since 2019. WBSH closed up four per cent at $3.12 on "
        "Wednesday, after the plan was first reported.\n"
    )
    company = next(e for e in analyze_text(body).entities if e.name == "Wexbury Solar Holdings Inc.")
    assert "WBSH" in company.aliases


# A site's "email this story" mail, forwarded, as Gmail's "Show original" shows it: quoted-printable text
# cut at 76 characters, and an HTML copy in base64
RAW_MAIL = "\n".join([
    "Delivered-To: siti.rahman@kenanga-advisory.com.bn",
    "Received: by 2002:a05:7010:5c8e with SMTP id k14csp22;",
    "        Mon, 13 Oct 2025 17:15:04 -0700 (PDT)",
    "MIME-Version: 1.0",
    "From: Amir Latif <amir.latif@kenanga-advisory.com.bn>",
    "Date: Tue, 14 Oct 2025 08:15:03 +0800",
    "Subject: Fwd: Tasek Foods signs B$20m deal with Japan's Morita",
    "To: Siti Rahman <siti.rahman@kenanga-advisory.com.bn>",
    'Content-Type: multipart/alternative; boundary="0000abc"',
    "",
    "--0000abc",
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: quoted-printable",
    "",
    "FYI =E2=80=93 the Morita deal is out.",
    "",
    "Amir",
    "",
    "---------- Forwarded message ---------",
    "From: Borneo Bulletin <newsletter@borneobulletin.com.bn>",
    "Date: Mon, 13 Oct 2025 at 21:47",
    "Subject: Tasek Foods signs B$20m deal with Japan=E2=80=99s Morita",
    "To: <amir.latif@kenanga-advisory.com.bn>",
    "",
    "Tasek Foods signs B$20m deal with Japan=E2=80=99s Morita",
    "Rahim Osman",
    "October 13, 2025",
    "Muara-based snack maker Tasek Foods Sdn Bhd yesterday signed a joint ventu=",
    "re with Japanese noodle maker Morita Seimen Co Ltd to build a plant in Berak=",
    "as.",
    "=E2=80=9CWe want our snacks on shelves across Japan,=E2=80=9D Tasek Foods chai=",
    "rman Idris Kamal told the Bulletin.",
    "Read more stories",
    "- Ministry opens new food licensing portal",
    "",
    "You received this email because a reader shared a story. Unsubscribe: https=",
    "://borneobulletin.com.bn/unsubscribe?token=3Da8f3",
    "",
    "--0000abc",
    'Content-Type: text/html; charset="UTF-8"',
    "Content-Transfer-Encoding: base64",
    "",
    "PGRpdiBkaXI9Imx0ciI+RllJICZuZGFzaDsgdGhlIE1vcml0YSBkZWFsIGlzIG91dC48L2Rpdj4K",
    "",
    "--0000abc--",
])


def test_a_mail_s_source_is_read_as_its_decoded_story() -> None:
    analysis = analyze_text(RAW_MAIL, filename="original_msg.txt")
    assert (analysis.title, analysis.source, analysis.date, analysis.author) == (
        "Tasek Foods signs B$20m deal with Japan’s Morita", "Borneo Bulletin", "2025-10-13", "Rahim Osman",
    )
    assert analysis.paragraphs == (
        "Muara-based snack maker Tasek Foods Sdn Bhd yesterday signed a joint venture with Japanese noodle maker "
        "Morita Seimen Co Ltd to build a plant in Berakas.",
        "“We want our snacks on shelves across Japan,” Tasek Foods chairman Idris Kamal told the Bulletin.",
    )
    found = entities(analysis)
    assert {"Tasek Foods Sdn Bhd", "Morita Seimen Co Ltd", "Idris Kamal"} <= found.keys()
    assert not {"Amir Latif", "Siti Rahman", "SMTP", "Rahim Osman"} & found.keys()
    assert speakers(analysis) == {"We want our snacks on shelves across Japan,": ("speech", "Idris Kamal")}
    # what was cut is listed as the source wrote it
    assert "Received: by 2002:a05:7010:5c8e with SMTP id k14csp22;" in analysis.removed
    assert "FYI =E2=80=93 the Morita deal is out." in analysis.removed


def test_a_press_release_s_words_and_the_places_a_railway_runs_between() -> None:
    body = (
        "Gbarpolu Ore Inc. will haul its ore on the Tumutu–Buchanan railway, chief executive Moses Kamara said.\n\n"
        "In a press release issued on Tuesday, the Central Bank of Liberia said it had “approved the company’s "
        "foreign loan”.\n\n"
        "Kamara rejected the tax claim in a press release, saying, “We have paid every cent the law requires.”\n"
    )
    analysis = analyze_text(body)
    assert entities(analysis).get("Tumutu") == "PLACE"
    said = speakers(analysis)
    assert said["approved the company’s foreign loan"][0] != "speech"
    assert said["We have paid every cent the law requires."] == ("speech", "Moses Kamara")


TELEGRAM_COPY = "\n".join([
    "Mere Kalsakau, [02.09.2025 08:12]",
    "[Forwarded from Vanuatu Daily Post]",
    "Tanna Coffee signs VT 300 million roasting deal",
    "By Jonas Bule",
    "Monday, 1 September 2025",
    "",
    "Port Vila coffee roaster Tanna Coffee Growers Limited has signed a VT 300 million supply deal with a "
    "Japanese buyer, chief executive Rosie Iaviniau said.",
    "",
    "“Our growers will be paid faster than ever before,” Ms Iaviniau told the Daily Post.",
    "",
    "The deal still needs approval from the Vanuatu Financial Services Commission, she said, and the first "
    "shipment is due in November.",
    "",
    "Read more: https://www.dailypost.vu/news/tanna-coffee-signs-deal/article_1a2b.html",
    "980 views",
    "👍 5 ❤ 2",
    "",
    "Sam Obed, [02.09.2025 08:30]",
    "[In reply to Mere Kalsakau]",
    "Great news for Tanna",
    "",
    "Mere Kalsakau, [02.09.2025 08:41]",
    "VFSC takes weeks though",
    "👍 1",
])


def test_a_channel_post_forwarded_in_a_telegram_copy_is_read_without_the_chat() -> None:
    analysis = analyze_text(TELEGRAM_COPY, filename="telegram.txt")
    assert (analysis.title, analysis.source, analysis.date, analysis.author) == (
        "Tanna Coffee signs VT 300 million roasting deal", "Vanuatu Daily Post", "2025-09-01", "Jonas Bule",
    )
    assert analysis.paragraphs[0].startswith("Port Vila coffee roaster")
    assert not any("views" in p or "👍" in p or "Great news" in p or "weeks" in p for p in analysis.paragraphs)
    found = entities(analysis)
    assert found.get("Port Vila") == "PLACE"
    assert not {"Mere Kalsakau", "Sam Obed", "VT", "Vila"} & found.keys()


def test_a_page_converted_by_textutil_keeps_its_list_marks_out_of_tables() -> None:
    text = "\n".join([
        "Amandala Newspaper",
        "\t•\tHome",
        "\t•\tNews",
        "Citrus co-op lands BZ$8 million loan",
        "By Marisol Coye",
        "Friday, August 8th, 2025",
        "BELIZE CITY, Thurs. Aug. 7, 2025–The Central Bank of Belize has approved a loan to Stann Creek Citrus "
        "Growers Ltd, its chairman Elvin Cayetano said.",
        "Year\tBoxes\tEarnings",
        "2024\t1,200,000\tBZD 40m",
        "The Ministry of Blue Economy and Civil Aviation welcomed the loan, and Mennonite farmers spoke in Kriol.",
        "Share this:",
        "\t•\tFacebook",
        "\t•\tWhatsApp",
        "© 2025 Amandala Press. All rights reserved.",
    ])
    analysis = analyze_text(text, filename="amandala.txt")
    assert analysis.source == "Amandala"
    assert "Year | Boxes | Earnings" in analysis.paragraphs
    found = entities(analysis)
    assert {"Central Bank of Belize", "Ministry of Blue Economy and Civil Aviation"} <= found.keys()
    assert not {"The Central Bank of Belize", "Facebook", "WhatsApp", "Mennonite", "Kriol", "Civil Aviation"} & found.keys()


def test_a_mail_in_8bit_latin_1_reads_as_its_charset_and_an_unknown_charset_as_utf_8() -> None:
    latin = "\n".join([
        "MIME-Version: 1.0",
        "From: Ana Ruiz <ana@x.test>",
        "Subject: Café Noumea opens",
        'Content-Type: text/plain; charset="iso-8859-1"',
        "Content-Transfer-Encoding: 8bit",
        "",
        "Café Nouméa Ltd opened its second shop in Nouméa on Monday, its founder Élise Tjibaou said.",
    ])
    assert "Café Nouméa Ltd opened" in analyze_text(latin, filename="a.eml").paragraphs[0]
    odd = RAW_MAIL.replace('charset="UTF-8"', 'charset="idna"', 1)
    assert analyze_text(odd, filename="a.eml").title == "Tasek Foods signs B$20m deal with Japan’s Morita"


def test_a_live_blog_s_entry_times_are_no_chat() -> None:
    entries = [
        "Budget day live",
        "10:42 AM",
        "The finance minister, Ruth Okafor, rose to present the budget, promising a smaller deficit and no new "
        "taxes on fuel, food or school fees for the coming year.",
        "10:50 AM",
        "Okafor said the deficit would fall to 3.1 per cent of output, down from 4.4 per cent, as spending on",
        "roads and power lines slows and the new port starts paying its way. She said the central bank had",
        "been told of the plan and that the treasury would borrow less from local banks, leaving more room for",
        "firms that want to invest, hire and export, and she promised a full report by the end of the month.",
        "11:05 AM",
        "Opposition leader Sam Bello called the plan a fantasy.",
    ]
    analysis = analyze_text("\n".join(entries), filename="live.txt")
    assert any("rose to present the budget" in p for p in analysis.paragraphs)
    assert any("called the plan a fantasy" in p for p in analysis.paragraphs)

