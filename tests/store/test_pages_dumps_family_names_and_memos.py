"""Invented pages: a magazine story saved with a text browser's dump (link numbers and a list of
references), a Gulf developer's story with a language switch and a sheikh's nephew, a startup round
with two unrelated namesakes, a layoff story quoting a memo, and an Indian results story with its
trending list. What the page keeps, and whose each name and quotation is."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import aliases, entities, entity_of, speakers

_TEXT_BROWSER_DUMP = "\n".join([
    "   [1]Skip to main content",
    "   [2]Ledgerfield",
    "     * [3]Tech",
    "     * [4]Finance",
    "   [5]Sign In",
    "",
    "   [6]Tech · [7]Semiconductors",
    "",
    "Kestrava's board removes founder Evelyn Marsh as chief executive",
    "",
    "   By [8]Jonah Pell",
    "   Senior Writer",
    "   March 4, 2025 at 9:30 AM EST",
    "",
    "   [IMG]",
    "   Evelyn Marsh founded Kestrava in 2018. Courtesy of Kestrava",
    "",
    "   The board of [9]Kestrava, the Austin chip designer, has removed co-founder Evelyn Marsh as chief"
    " executive, the company [10]said on Monday. Its finance chief, Sunil Rao, will run it for now.",
    "",
    "   “The company needs a different kind of leadership for what comes next,” board chair Walter Greaves,"
    " a partner at Ironbark Capital, said in the statement.",
    "",
    "   Marsh, who built the first chip with Rao after leaving [11]Intel, did not go quietly. In a post on"
    " Monday night, she wrote that she had been told of the vote \"an hour before it happened.\"",
    "",
    "   Tom Marsh, Kestrava's general counsel, who is not related to the founder, said the company had"
    " \"followed its bylaws to the letter.\"",
    "",
    "   Marsh's lawyers asked a court in Delaware to set the vote aside.",
    "",
    "   [12]Ledgerfield Data: See how chip startups compare on funding and headcount. [13]Explore the data",
    "",
    "   © 2025 Ledgerfield Media. All Rights Reserved.",
    "",
    "References",
    "",
    "   1. https://ledgerfield.example/#main",
    "   2. https://ledgerfield.example/",
    "   3. https://ledgerfield.example/tech/",
    "   4. https://ledgerfield.example/finance/",
    "   5. https://ledgerfield.example/sign-in/",
    "   6. https://ledgerfield.example/tech/",
    "   7. https://ledgerfield.example/tag/semiconductors/",
    "   8. https://ledgerfield.example/author/jonah-pell/",
    "   9. https://ledgerfield.example/company/kestrava/",
    "  10. https://kestrava.example/news",
    "  11. https://ledgerfield.example/company/intel/",
    "  12. https://ledgerfield.example/data/",
    "  13. https://ledgerfield.example/data/?from=article",
])


def test_a_text_browser_dump_reads_without_its_link_numbers_and_references() -> None:
    analysis = analyze_text(_TEXT_BROWSER_DUMP, filename="dump.txt")
    assert analysis.title == "Kestrava's board removes founder Evelyn Marsh as chief executive"
    assert (analysis.source, analysis.author) == ("Ledgerfield", "Jonah Pell")
    body = "\n".join(analysis.paragraphs)
    assert "The board of Kestrava, the Austin chip designer" in body
    for chrome in ("[9]", "[IMG]", "References", "https://", "Explore the data"):
        assert chrome not in body
    said = speakers(analysis)
    # a lower-case office, then the name and its job, before the verb
    assert said["The company needs a different kind of leadership for what comes next,"] == ("speech", "Walter Greaves")
    # "she" is the founder the sentence before is about, not the finance chief named inside it
    assert said["an hour before it happened."] == ("speech", "Evelyn Marsh")
    # the namesake "not related to the founder" does not take "Marsh" alone
    assert said["followed its bylaws to the letter."] == ("speech", "Tom Marsh")
    assert "Marsh" in aliases(analysis, "Evelyn Marsh")
    assert aliases(analysis, "Tom Marsh") == {"Tom Marsh"}


_GULF_DEVELOPER = "\n".join([
    "العربية | English",
    "Gulf Ledger",
    "Real Estate",
    "Sahil Homes launches AED900m tower as buyers of an older project sue",
    "Nadia Farouk",
    "Tue 8 Apr 2025 09:40 AM",
    "Share",
    "",
    "Dubai developer Sahil Homes has launched Sahil Bay Tower, with apartments from Dhs1.1m, in the same"
    " week that buyers in its delayed Palm Grove scheme went to court.",
    "",
    "\"Buyers look at a developer's record before they look at the view,\" Sheikh Hamdan said at the launch."
    " Sheikh Hamdan bin Rashid Al Mazrouei is the company's chairman.",
    "",
    "One buyer said he had paid Dhs400,000 towards a flat in 2021.",
    "",
    "Shares of Sahil Homes fell 2.1 per cent on Monday before recovering part of the loss.",
    "",
    "Image: Supplied",
    "Sahil Bay Tower will rise 40 storeys. Image: Supplied",
    "",
    "His nephew Khalid Al Mazrouei, the company's chief executive, said a contractor had failed."
    " Al Mazrouei’s team has since hired another.",
    "",
    "\"We have offered every buyer a refund,\" Al Mazrouei said.",
    "",
    "© 2025 Gulf Ledger. All rights reserved.",
])


def test_a_gulf_page_its_language_switch_its_dirhams_and_the_sheikhs_nephew() -> None:
    analysis = analyze_text(_GULF_DEVELOPER, filename="gulf.txt")
    assert analysis.source == "Gulf Ledger"
    body = "\n".join(analysis.paragraphs)
    assert "العربية" not in body
    # the credit over a caption credited the same is the picture's; the sentence above it is the story's
    assert "Shares of Sahil Homes fell 2.1 per cent" in body
    names = entities(analysis)
    assert not any(name.startswith("Dhs") for name in names)
    # a sheikh goes by his style and given name: "Al Mazrouei" alone is his nephew
    assert entity_of(analysis, "Al Mazrouei") == "Khalid Al Mazrouei"
    assert speakers(analysis)["We have offered every buyer a refund,"] == ("speech", "Khalid Al Mazrouei")


_STARTUP_ROUND = "\n".join([
    "Climate tech",
    "Caldura raises €30m to electrify factory heat",
    "By Lea Morel",
    "2 June 2025",
    "",
    "Lyon-based Caldura, which builds heat batteries, has raised €30m led by Berlin VC Havelwerk Ventures.",
    "",
    "Its units are sold under the name “Thermo” and one customer installed a Thermo unit in March.",
    "",
    "Investors in the round:",
    "",
    "- Havelwerk Ventures (lead)",
    "- Greta von Arnim, former CFO of Dortmund utility Ruhrstrom Energie (angel)",
    "",
    "Greta von Arnim is not related to Havelwerk partner Jakob von Arnim, who led the deal.",
    "",
    "Chief executive Claire Fabre spent eight years at French utility Engie before founding Caldura.",
    "",
    "Von Arnim said the firm expects the sector to consolidate: \"There will be three or four winners.\"",
])


def test_namesakes_not_related_and_a_utility_named_after_its_town() -> None:
    analysis = analyze_text(_STARTUP_ROUND, filename="round.txt")
    assert speakers(analysis)["There will be three or four winners."] == ("speech", "Jakob von Arnim")
    names = entities(analysis)
    assert names.get("Dortmund") == "PLACE"
    assert names.get("Ruhrstrom Energie") == "ORG"
    assert names.get("Engie") == "ORG"
    assert names.get("Thermo") == "PRODUCT"


_LAYOFF_MEMO = "\n".join([
    "Lagos fintech Owopay lays off 90 staff",
    "By Tolu Bankole",
    "June 19, 2025",
    "",
    "The cuts were set out in an internal memo seen by this paper. In the memo, sent on Tuesday, chief"
    " executive Adaeze Okafor wrote that the company was \"narrowing our focus to merchants.\"",
    "",
    "\"I take full responsibility for hiring ahead of revenue,\" Okafor wrote.",
    "",
    "In a memo to staff on Wednesday, finance chief Emeka Obi said the company had \"a year of runway.\"",
])


def test_a_memo_its_writer_wrote_is_the_memos_words_and_one_he_spoke_of_his() -> None:
    said = speakers(analyze_text(_LAYOFF_MEMO, filename="memo.txt"))
    assert said["narrowing our focus to merchants."] == ("other", None)
    assert said["I take full responsibility for hiring ahead of revenue,"] == ("other", None)
    assert said["a year of runway."] == ("speech", "Emeka Obi")


_RESULTS_STORY = "\n".join([
    "Marketwise",
    "Earnings",
    "Kaveri Castings Q2 profit rises 20%",
    "Anjali Rao",
    "November 07, 2025 / 19:05 IST",
    "",
    "Kaveri Castings Ltd reported a 20 percent rise in net profit, helped by its Hosur plant. The Hosur unit"
    " also received a tax demand of Rs 85 lakh.",
    "",
    "Marketwise PRO: Get Kaveri Castings' detailed financials and analyst views in one place. Upgrade now",
    "",
    "In its disclosure to the exchanges on Thursday, the company said the promoter \"has no present"
    " intention to further reduce his shareholding\".",
    "",
    "Top Trending Stories",
    "Gold slips as dollar firms up",
    "Sensex ends flat as IT gains offset bank losses",
])


def test_a_results_story_its_upsell_its_trending_list_and_its_disclosure() -> None:
    analysis = analyze_text(_RESULTS_STORY, filename="results.txt")
    body = "\n".join(analysis.paragraphs)
    for chrome in ("Upgrade now", "Top Trending Stories", "Gold slips", "Sensex"):
        assert chrome not in body
    assert entities(analysis).get("Hosur") == "PLACE"
    assert speakers(analysis)["has no present intention to further reduce his shareholding"] == ("other", None)
