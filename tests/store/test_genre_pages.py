"""Whole pages in the genres the blind sets keep bringing: a regional paper's wire story, a legal
wire, a sovereign fund deal, a thread, a local TV station, a newswire release, a social post
with its comments. Each test feeds an invented page through ``analyze_text`` and checks what a
reader would see: who is named, who said what, and which lines are the site's."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, speakers


def test_pakistani_styles_before_full_names_are_not_part_of_them():
    text = "\n".join([
        "Dawn",
        "Spinners shut looms over power tariff",
        "Published May 2, 2025",
        "Updated about 3 hours ago",
        "",
        "MULTAN: Spinners on Friday shut half their looms after the regulator raised power prices, "
        "the Punjab Spinners Guild said.",
        "",
        "Guild chairman Mian Tariq Rafiq Bhutta said mills could not pass on the rise. "
        "“Nobody buys yarn at this price,” he said.",
        "",
        "Economist Hina Chaudhry said exports would fall.",
        "",
        "Federal Minister for Energy Syed Haroon Ali Shah defended the rise in Islamabad.",
        "",
        "He said Prime Minister Adil Qureshi had asked the ministry to meet the guild and that "
        "PM Adil was “fully briefed” on the mills.",
    ])
    analysis = analyze_text(text, filename="dawn.txt")
    names = entities(analysis)
    assert {"Tariq Rafiq Bhutta", "Haroon Ali Shah", "Hina Chaudhry"} <= names.keys()
    assert not {"Mian Tariq Rafiq Bhutta", "Syed Haroon Ali Shah", "Energy", "Haroon"} & names.keys()
    assert names["Multan"] == "PLACE" if "Multan" in names else names["MULTAN"] == "PLACE"
    assert speakers(analysis)["fully briefed"] == ("speech", "Haroon Ali Shah")
    assert "Updated about 3 hours ago" in analysis.removed


def test_a_notification_and_a_motion_speak_as_documents_and_a_complaint_reports_speech():
    text = "\n".join([
        "Law360",
        "Investors Seek Early OK For Drug Deal",
        "By Ada Quist",
        "",
        "Law360 (March 3, 2025, 4:12 PM EST) -- Investors asked a judge on Monday to approve a deal.",
        "",
        'In its notification, the Oil Regulatory Board said prices had been set "in line with the programme".',
        "",
        "According to the complaint, former CEO Graham Lindqvist told analysts that enrollment was "
        '"firing on all cylinders," while sites lagged.',
        "",
        'The motion said the case rested on the company\'s words. "Defendants\' repeated assurances that '
        "enrollment was 'ahead of plan' were the centerpiece of the case,\" it said.",
        "",
        "Harriet Dunmore of Whitlow Prentiss Carrow LLP, counsel for Tarrow, said the company had "
        '"always maintained that its disclosures were accurate."',
    ])
    quoted = speakers(analyze_text(text, filename="law.txt"))
    assert quoted["in line with the programme"][0] == "other"
    assert quoted["firing on all cylinders,"] == ("speech", "Graham Lindqvist")
    assert quoted["ahead of plan"] == ("speech", None)
    assert next(k for t, k in quoted.items() if t.startswith("Defendants"))[0] == "other"
    assert quoted["always maintained that its disclosures were accurate."] == ("speech", "Harriet Dunmore")


def test_the_fund_said_and_a_name_with_its_job_before_an_unattributed_quote():
    text = "\n".join([
        "The National",
        "Gulf fund buys into Dutch terminal operator",
        "",
        "Abu Dhabi investor Marjan Investment Authority has agreed to buy a stake in Kade Terminals.",
        "",
        "The deal was signed in the UAE capital in the presence of Kade's chief executive Joost Verbeek.",
        "",
        '"The stake reflects our long view of trade," the fund said in a statement carried by WAM.',
        "",
        "Salem Obaid Al Nuaimi, Marjan's chief executive, told reporters the fund had studied the deal "
        'for a year. "We see ports as infrastructure with long horizons.',
    ])
    quoted = speakers(analyze_text(text, filename="national.txt"))
    assert quoted["The stake reflects our long view of trade,"] == ("speech", "Marjan Investment Authority")
    assert quoted["We see ports as infrastructure with long horizons."] == ("speech", "Salem Obaid Al Nuaimi")


def test_a_wire_story_with_a_grade_a_newsroom_and_a_province_before_a_company():
    text = "\n".join([
        "Bloomberg",
        "Chinese Developer Misses Bond Coupon",
        "",
        "Zhejiang Hengtai Alloy Co missed a coupon, according to a notice seen by Bloomberg News.",
        "",
        "Stanmore Ratings cut the developer to C from CCC- on Monday.",
        "",
        '"Sales have not turned," said Monica Tsoi, an analyst at Bloomberg Intelligence.',
        "",
        "The bonds were quoted at 6 cents, according to data compiled by Bloomberg. Hengtai declined to comment.",
    ])
    analysis = analyze_text(text, filename="wire.txt")
    by_name = {e.name: e for e in analysis.entities}
    assert "CCC" not in by_name
    assert "Bloomberg" in by_name["Bloomberg News"].aliases
    assert "Bloomberg" not in by_name["Bloomberg Intelligence"].aliases
    assert "Hengtai" in by_name["Zhejiang Hengtai Alloy Co"].aliases


def test_a_thread_caption_an_alt_text_and_the_readers_button():
    text = "\n".join([
        "---",
        "title: Thread by @mara on Dishline",
        "author: Mara Lind",
        "date: 2025-03-09",
        "source: https://x.com/mara/status/1",
        "---",
        "",
        "# How Dishline Ran Out of Money",
        "",
        "1/3 Dishline was founded in 2021 by Jasper Quennell and went into administration on Friday.",
        "",
        "2/ He emailed every rider. One sent me this:",
        "",
        "[Image: screenshot of an email from Jasper Quennell to all Dishline riders with the subject line "
        '"An update on payments", reading "Payments for week 7 will be delayed while we finalise funding"]',
        "",
        "3/3 Quennell hasn't answered. His last post was a photo of the hub captioned ‘Still building.’",
        "",
        "Read on X",
    ])
    analysis = analyze_text(text, filename="thread.md")
    quoted = speakers(analysis)
    assert quoted["Still building."] == ("speech", "Jasper Quennell")
    assert quoted["Payments for week 7 will be delayed while we finalise funding"][0] == "other"
    assert entities(analysis)["Dishline"] == "ORG"
    assert "Read on X" in analysis.removed


def test_a_wire_page_wrapped_without_gaps_keeps_names_and_quotes_whole():
    text = "\n".join([
        "Reuters",
        "Blast at Indonesian smelter kills nine",
        "",
        "JAKARTA, Feb 11 (Reuters) - A furnace blast at a smelter killed nine workers on Monday, police said,",
        "the latest of several accidents at the site in recent years, officials told reporters on Tuesday.",
        '"Nine people have died, seven of them Indonesian nationals and two Chinese.',
        'Fourteen are being treated," spokesman Harjito said, adding that the site was sealed.',
        "The smelter is 49% owned by a local partner, PT Mitra Tambang",
        "Nusantara, a unit of Sentosa Bumi Resources. Output was 120,000 tons last year, it said.",
        "Mitra Tambang said in a statement it had halted all four furnaces on the line \"until the",
        'investigation is complete". Shares in Sentosa Bumi fell 6.8%.',
        "Energy and Mineral Resources Minister Bambang Suryaputra said the government would audit it.",
    ])
    analysis = analyze_text(text, filename="wire.txt")
    names = entities(analysis)
    assert "PT Mitra Tambang Nusantara" in names and "Nusantara" not in names
    assert not {"Energy", "Mineral"} & names.keys()
    quoted = speakers(analysis)
    whole = next(t for t in quoted if t.startswith("Nine people"))
    assert "Fourteen are being treated" in whole and quoted[whole] == ("speech", "Harjito")
    assert quoted["until the investigation is complete"] == ("speech", "PT Mitra Tambang Nusantara")


def test_irish_surnames_broken_after_their_particle_are_joined():
    text = "\n".join([
        "The Irish Times",
        "Board removes payments founder",
        "",
        "A filing lodged with the Companies Registration Office on Thursday states that Mr Ó",
        "Murchú ceased to be a director. The removal was first reported by the Business Post.",
        "",
        "In a letter to staff on Friday morning, seen by The Irish Times, Loinnir chairwoman Síle",
        "Nic Ghearailt wrote that the board had acted after a breakdown in trust.",
        "",
        'A spokeswoman for the Central Bank of Ireland said: "We do not comment." The Central Bank was told.',
        "",
        "His solicitor, Eoin Mac Cárthaigh of Brannock Hegarty, said proceedings would follow.",
    ])
    analysis = analyze_text(text, filename="irish.txt")
    by_name = {e.name: e for e in analysis.entities}
    assert "Síle Nic Ghearailt" in by_name and "Síle" not in by_name
    assert "Murchú" not in by_name
    assert "Central Bank" in by_name["Central Bank of Ireland"].aliases
    assert by_name["Brannock Hegarty"].type == "ORG"


def test_a_local_tv_page_its_station_its_resort_and_a_question_asked():
    text = "\n".join([
        "Skip to content",
        "KQRV 8 Grand Junction",
        "28°",
        "Watch Live",
        "News",
        "Local News",
        "Family ski hill sold to Summit Crest Resorts after six decades",
        "by: Tessa Lind",
        "Posted: Jan 9, 2025 / 05:47 PM MST",
        "",
        "DELTA, Colo. (KQRV) — After six decades in one family, Pinyon Ridge Ski Area is changing hands.",
        "",
        "The Halvorsens have agreed to sell it to Summit Crest Resorts, the Utah-based company. "
        "Greta Halvorsen says the decision was hard.",
        "",
        "Skiers can keep the $249 Ridge Card season pass. Pinyon Ridge will join Summit Crest's network.",
        "",
        "\"If the pass price doubles, we're done, says Marisol Tafoya, 38, of Delta, who skis weekly.",
        "",
        'Asked "Will the family still ski here?" Greta laughs.',
        "",
        "Trending Stories",
        "Snow totals across western Colorado overnight",
    ])
    analysis = analyze_text(text, filename="tv.txt")
    assert (analysis.title, analysis.source) == ("Family ski hill sold to Summit Crest Resorts after six decades", "KQRV 8")
    by_name = {e.name: e for e in analysis.entities}
    assert by_name["Summit Crest Resorts"].type == "ORG" and "Summit Crest" in by_name["Summit Crest Resorts"].aliases
    assert "Pinyon Ridge" in by_name["Pinyon Ridge Ski Area"].aliases
    assert by_name["Ridge Card"].type == "PRODUCT"
    assert "Halvorsens" not in by_name
    quoted = speakers(analysis)
    assert quoted["Will the family still ski here?"][0] == "other"
    assert next(v for t, v in quoted.items() if t.startswith("If the pass")) == ("speech", "Marisol Tafoya")
    assert "Snow totals across western Colorado overnight" not in analysis.paragraphs


def test_a_newswire_release_its_wire_its_headline_and_a_journal_broken_across_lines():
    text = "\n".join([
        "PR Newswire: news distribution, targeting and monitoring",
        "News",
        "Contact",
        "Calloway Biosciences Announces FDA Approval of TORVELLA for Adults with Kidney Disease",
        "NEWS PROVIDED BY",
        "Calloway Biosciences, Inc.",
        "Apr 02, 2025, 07:00 ET",
        "CAMBRIDGE, Mass., April 2, 2025 /PRNewswire/ -- Calloway Biosciences, Inc. today announced",
        "that regulators had approved TORVELLA. The results were published in The New England",
        'Journal of Medicine under the title "Factor B Inhibition in IgA',
        'Nephropathy." The work was led by Dr. Samuel Adeyemi-Hart, M.D., Professor of Nephrology at',
        "Northgate University School of Medicine.",
        "WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?",
        "440k+ Newsrooms & Influencers",
        "© 2025 Cision US Inc.",
    ])
    analysis = analyze_text(text, filename="release.txt")
    assert analysis.source == "PR Newswire"
    assert analysis.title.startswith("Calloway Biosciences Announces FDA Approval")
    names = entities(analysis)
    assert "The New England Journal of Medicine" in names
    assert not {"M.D.", "Nephrology", "Newsrooms & Influencers"} & names.keys()
    assert not any(name.endswith("Announces FDA Approval") for name in names)
    assert any(q.text == "Factor B Inhibition in IgA Nephropathy." for q in analysis.quotes)


def test_a_clipped_social_post_and_its_comments():
    text = "\n".join([
        "---",
        'title: "Rosa Achter on LinkedIn: After eleven years at Kestrel Freight, time to hand over | 212 comments"',
        "author:",
        '  - "[[Rosa Achter]]"',
        "published: 2025-05-14",
        "---",
        "",
        "Rosa Achter",
        "CEO at Kestrel Freight | Board Member 1w • Edited •",
        "",
        "After eleven years at Kestrel Freight, time to hand over the keys to my successor, "
        "@Tomasz Wielgosz, who has run every hub we own since he joined us as a planner.",
        "",
        "👍❤️ 1,284",
        "Like Comment Repost Send",
        "",
        "**Tomasz Wielgosz** · 1st",
        "Chief Operating Officer at Kestrel Freight",
        "1w",
        "Thank you for trusting me with this, Rosa. Big shoes to fill.",
        "Like · 48 Reply",
        "",
        "**Joost van der Kamp** · 3rd+",
        "Owner at Van der Kamp Transport B.V.",
        "5d",
        "You once told me a late truck is a lie you tell twice. Good luck!",
        "Load more comments",
    ])
    analysis = analyze_text(text, filename="post.md")
    assert analysis.title == "Rosa Achter on LinkedIn: After eleven years at Kestrel Freight, time to hand over"
    assert analysis.author == "Rosa Achter"
    quoted = speakers(analysis)
    assert quoted["Thank you for trusting me with this, Rosa. Big shoes to fill."] == ("speech", "Tomasz Wielgosz")
    assert quoted["You once told me a late truck is a lie you tell twice. Good luck!"] == ("speech", "Joost van der Kamp")
    assert "Tomasz Wielgosz" in entities(analysis)
    assert not any(p.startswith(("Rosa Achter", "CEO at", "👍", "Owner at", "Load more")) for p in analysis.paragraphs)


def test_a_vietnamese_english_edition_names_and_its_foot_byline():
    text = "\n".join([
        "Saigon Ledger International",
        "News",
        "Business",
        "Economy",
        "Friday, 14/2/2025, 10:05 (GMT+7)",
        "Developer chairman detained over VND8.1 trillion bond scheme",
        "Police have detained Phạm Thị Mai Anh, chairwoman of Bảo Long Property Corporation, over bonds worth "
        "VND8.1 trillion (US$318 million).",
        "The agency said it had charged Anh with \"abusing trust to appropriate property\" and ordered her held.",
        "Bảo Long had mortgaged the land to Sông Hàn Commercial Joint Stock Bank (SHBank) before the sale. "
        "Bao Long raised the money through 12 tranches, and SHBank acted as agent.",
        "Pham Thi Mai Anh founded the developer in 2006 in Đà Nẵng.",
        "Vũ Minh Quân, a lawyer representing Anh, told reporters that his client \"will repay every bondholder.\"",
        "Lê Thu Trang",
        "Tags: bonds, property",
        "Related news",
        "Another developer fined over late filings",
    ])
    analysis = analyze_text(text, filename="vn.txt")
    assert analysis.title.startswith("Developer chairman detained")
    assert analysis.author == "Lê Thu Trang"
    names = entities(analysis)
    people = [e for e in analysis.entities if e.type == "PERSON" and "Anh" in e.aliases]
    assert len(people) == 1 and "Pham Thi Mai Anh" in people[0].aliases  # with and without its diacritics
    bank = next(e for e in analysis.entities if e.name == "Sông Hàn Commercial Joint Stock Bank")
    assert "SHBank" in bank.aliases
    assert any(e.name == "Bảo Long Property Corporation" and "Bao Long" not in names for e in analysis.entities)
    assert not any(name.startswith("VND") for name in names)
    quoted = speakers(analysis)
    assert quoted["abusing trust to appropriate property"] == ("other", None)  # the charge's name
    assert quoted["will repay every bondholder."] == ("speech", "Vũ Minh Quân")


def test_a_mexican_paper_credits_and_a_staff_byline_named_for_its_country():
    text = "\n".join([
        "Mexico Business Weekly",
        "Business",
        "Guadalajara tequila house sells stake to Spanish group",
        "Published on Monday, March 3, 2025",
        "by Mexico Business Weekly",
        "Casa Ortega Jiménez, one of Mexico's oldest distillers, agreed to sell 30% to a Spanish group, "
        "owner Ramón Ortega Jiménez said on Monday.",
        "An agave field near Tequila, Jalisco. (Cuartoscuro)",
        "The buyer said it had \"great respect for the Ortega family and its craft.\"",
        "With reports from El Economista and Milenio",
    ])
    analysis = analyze_text(text, filename="mx.txt")
    names = entities(analysis)
    assert names.get("Mexico") == "PLACE"  # not the staff byline's first word made a person
    assert "Ortega family" not in names
    assert not any(p.startswith(("An agave field", "With reports")) for p in analysis.paragraphs)


def test_a_public_inquiry_hearing_counsel_asks_and_a_statement_is_read_out():
    text = "\n".join([
        "BBC",
        "Business",
        "Inquiry hears payroll chief 'was never warned' about faults",
        "3 hours ago",
        "Tomas Reyes",
        "Business reporter",
        "Reporting from Cardiff",
        "Image caption, Sir Alun Pryce arriving at the inquiry in Cardiff",
        "",
        "Sir Alun Pryce told the inquiry he had not been warned about the faults.",
        "",
        "\"Were you shown the audit?\" counsel to the inquiry Naomi Clegg KC asked.",
        "",
        "\"I was not,\" Sir Alun said.",
        "",
        "Earlier, a statement from former clerk Ruth Amesbury was read to the hearing. "
        "\"I lost my job and my name,\" it said.",
        "",
        "Lord Haverley of Brecon is due to give evidence next week.",
    ])
    analysis = analyze_text(text, filename="bbc.txt")
    quoted = speakers(analysis)
    assert quoted["Were you shown the audit?"] == ("other", None)
    assert quoted["I was not,"] == ("speech", "Alun Pryce")
    assert quoted["I lost my job and my name,"] == ("speech", "Ruth Amesbury")
    assert "Brecon" not in entities(analysis)
    assert not any(p.startswith(("3 hours ago", "Reporting from", "Image caption")) for p in analysis.paragraphs)


def test_a_market_wrap_with_ticker_chips_a_video_and_a_pro_sidebar():
    text = "\n".join([
        "CNBC",
        "MARKETS",
        "Nasdaq slips as Halvane's weak forecast hits chipmakers",
        "Published Tue, Mar 4 2025 4:05 PM EST",
        "Priya Nand",
        "@PRIYANANDTV",
        "Owen Castel",
        "Share",
        "Traders on the floor of the New York Stock Exchange.",
        "Mara Jensen | Reuters",
        "Halvane (HLVN) fell 12% after the chipmaker cut its outlook. Treasury yields rose as traders bet the "
        "Federal Reserve would hold rates.",
        "In this article",
        "HLVN -6.21 (-12.0%)",
        ".IXIC -88.10 (-0.46%)",
        "Follow your favorite stocks",
        "\"Guidance cuts like this rarely come alone,\" Lena Ortiz, chief U.S. strategist at Fenwick Capital, "
        "wrote in a note to clients.",
        "VIDEO 02:14",
        "Halvane CEO on the outlook",
        "Closing Bell",
        "— CNBC's Owen Castel contributed reporting.",
        "Don’t miss these insights from CNBC PRO",
        "Top analyst names three chip stocks to buy now",
        "About CNBC",
        "Data is a real-time snapshot *Data is delayed at least 15 minutes.",
    ])
    analysis = analyze_text(text, filename="cnbc.txt")
    assert analysis.author == "Priya Nand and Owen Castel"
    halvane = next(e for e in analysis.entities if "Halvane" in e.aliases)
    assert "HLVN" in halvane.aliases
    names = entities(analysis)
    assert names.get("Federal Reserve") == "ORG" and "Treasury" not in names
    assert speakers(analysis)["Guidance cuts like this rarely come alone,"] == ("speech", "Lena Ortiz")
    assert analysis.paragraphs[0].startswith("Halvane (HLVN) fell")
    assert len(analysis.paragraphs) == 2


def test_a_wire_story_filed_under_a_regional_desk():
    text = "\n".join([
        "Skip to main content",
        "Asia Pacific",
        "Philippine miner halts pit after landslide kills four",
        "By Ana Lim",
        "March 3, 2025 2:10 PM GMT+8",
        "Workers at the Lantaw mine in 2023. REUTERS/Joel Reyes/File Photo",
        "MANILA, Mar 3 (Reuters) -",
        "A Philippine nickel miner halted a pit on Monday after a landslide killed four workers, "
        "union leader Maria Dizon said, and she called the company's offer of compensation \"an insult.\"",
        "The victims were flown to Surigao, the provincial capital, the local newspaper Pilipinas Ngayon reported.",
    ])
    analysis = analyze_text(text, filename="wire.txt")
    assert analysis.source == "Reuters"
    assert analysis.paragraphs[0].startswith("A Philippine nickel miner")
    assert speakers(analysis)["an insult."] == ("speech", "Maria Dizon")
    assert entities(analysis).get("Surigao") == "PLACE"


def test_a_drug_approval_release_names_no_codes_or_leaflets():
    text = "\n".join([
        "PR Newswire",
        "Searching for your content...",
        "News in focus",
        "Verisol Bio Announces FDA Approval of OSTRENZA™ (melvitamab-kprt) for Adults with Chronic Hives",
        "NEWS PROVIDED BY",
        "Verisol Bio, Inc.",
        "Mar 12, 2025, 07:00 ET",
        "",
        "DENVER, March 12, 2025 /PRNewswire/ -- Verisol Bio, Inc. today announced approval of OSTRENZA™ "
        "(melvitamab-kprt). In the PEAK-2 trial (NCT05123456), 48% of patients reached UAS7 0.",
        "Dr. Lena Okafor, Chief of Dermatology at Front Range Medical Center, led the trial. Jo Maddox, who leads "
        "Hope for Hives Alliance, said in a statement: “We welcome what one member called ‘a normal summer,’ "
        "as one of our members put it.”",
        "Please see full Prescribing Information, including the Medication Guide.",
        "Looking to send a press release?",
    ])
    analysis = analyze_text(text, filename="release.txt")
    assert analysis.title.startswith("Verisol Bio Announces FDA Approval")
    assert analysis.date == "2025-03-12"
    names = entities(analysis)
    assert names.get("OSTRENZA") == "PRODUCT"
    assert "Hope for Hives Alliance" in names
    assert not {"NCT05123456", "Dermatology", "Prescribing Information", "Medication Guide", "Hope"} & names.keys()
    assert speakers(analysis)["a normal summer,"] == ("speech", None)


def test_an_irish_paper_on_a_founder_with_a_gaelic_surname():
    text = "\n".join([
        "The Irish Times",
        "Business",
        "Founder removed from board of Cork software firm",
        "",
        "Board members voted to remove Dónal Mac Giolla Bhríde, who co-founded the company with Sorcha Ní Bhriain.",
        "",
        "“The letter said I was ‘not a fit for the next stage’, which I found out by email,” Mr Mac Giolla Bhríde said.",
        "",
        "Ms Ní Bhriain said the board had acted properly. He described the process to the Sunday Business Post "
        "as a “boardroom coup”.",
        "",
        "Your Comments",
        "Join The Irish Times on WhatsApp and stay up to date",
    ])
    analysis = analyze_text(text, filename="irish.txt")
    sorcha = [e for e in analysis.entities if "Bhriain" in e.name]
    assert len(sorcha) == 1 and "Ní Bhriain" in sorcha[0].aliases
    assert "Sunday Business Post" in entities(analysis)
    quoted = speakers(analysis)
    assert quoted["not a fit for the next stage"][0] != "speech"  # the letter's words
    assert quoted["boardroom coup"] == ("speech", "Dónal Mac Giolla Bhríde")
    assert not any(p.startswith(("Your Comments", "Join The Irish Times")) for p in analysis.paragraphs)
