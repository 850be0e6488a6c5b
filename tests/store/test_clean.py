"""Boilerplate removal and paragraph rebuilding."""

from __future__ import annotations

from store.analyze import analyze_text
from store.clean import assemble_paragraphs, line_boilerplate, prepare_lines, should_join, strip_inline_markdown


def _body(text: str, filename: str | None = None) -> str:
    return analyze_text(text, filename=filename).body


STORY = (
    "Halcyon Labs said on Tuesday that it had raised $40 million from Vantage Capital to build "
    "warehouse robots, its largest round since the company was founded in 2019."
)


def test_navigation_and_share_lines_are_removed():
    text = "\n".join(
        ["- Home", "- Posts", "Halcyon Labs raises $40 million", "Share", "Tweet", "Copy link",
         "Subscribe", "Sign up", STORY]
    )
    analysis = analyze_text(text)
    assert analysis.paragraphs == (STORY,)
    for line in ("- Home", "- Posts", "Share", "Tweet", "Copy link", "Subscribe", "Sign up"):
        assert line in analysis.removed


def test_captions_and_footer_lines_are_removed():
    text = "\n".join(
        [
            "Halcyon Labs raises $40 million",
            "Logo of Halcyon Labs",
            "Photo: Priya Raman at the Halcyon office",
            "Image credit: Halcyon Labs",
            "A picking robot on a test floor. Getty Images",
            STORY,
            "© 2024 The Ledger Media Group",
            "All rights reserved",
            "Privacy Policy",
        ]
    )
    analysis = analyze_text(text)
    assert analysis.paragraphs == (STORY,)
    assert "Privacy Policy" in analysis.removed


def test_markdown_images_and_link_only_lines_are_removed():
    text = "\n\n".join(
        [
            "# Halcyon Labs raises $40 million",
            "![The Halcyon robot](https://example.test/robot.png)",
            "[Halcyon Labs](https://example.test/halcyon)",
            STORY,
        ]
    )
    assert analyze_text(text, filename="01-halcyon.md").paragraphs == (STORY,)


def test_newsletter_welcome_and_table_of_contents_are_removed():
    text = "\n".join(
        [
            "- The Relay",
            "Halcyon gets a robot army",
            "Welcome to The Relay, the weekly letter about warehouses and the people who run them.",
            "Here’s what we have lined up for you today -",
            "Halcyon gets a robot army",
            "Vantage bets on forklifts",
            "Halcyon gets a robot army",
            STORY,
            "Vantage bets on forklifts",
            "Vantage Capital has put money into four forklift startups this year, more than any other "
            "investor in the sector, and says it is not done yet.",
        ]
    )
    analysis = analyze_text(text)
    assert analysis.paragraphs == (
        "Halcyon gets a robot army",
        STORY,
        "Vantage bets on forklifts",
        "Vantage Capital has put money into four forklift startups this year, more than any other "
        "investor in the sector, and says it is not done yet.",
    )
    assert any(line.startswith("Welcome to The Relay") for line in analysis.removed)


def test_teaser_block_after_label_is_removed_but_a_later_section_is_kept():
    closing = (
        "Priya Raman spent the week at a trade show in Lisbon and came back convinced that the "
        "boring robots are the ones that will sell, which is why she keeps writing about them."
    )
    text = "\n".join(
        [
            "Halcyon Labs raises $40 million",
            STORY,
            "Around the industry -",
            "Corvid launches a drone for grocery stores.",
            "Ten startups to watch in Lisbon",
            "What I saw in Lisbon",
            closing,
        ]
    )
    analysis = analyze_text(text)
    assert analysis.paragraphs == (STORY, "What I saw in Lisbon", closing)
    assert "Corvid launches a drone for grocery stores." in analysis.removed
    assert "Around the industry -" in analysis.removed


def test_continue_reading_block_at_the_end_is_removed():
    text = "\n".join(
        [
            "Halcyon Labs raises $40 million",
            STORY,
            "Continue Reading",
            "Why Vantage Capital keeps betting on hardware",
            "Robots are coming for your warehouse job",
        ]
    )
    analysis = analyze_text(text)
    assert analysis.paragraphs == (STORY,)
    assert analysis.removed[-1] == "Robots are coming for your warehouse job"


def test_a_label_above_the_story_does_not_swallow_it():
    text = "\n".join(
        [
            "Related",
            "The quiet rise of Corvid",
            "When Corvid launched, few noticed. But investors did.",
            "Corvid now sells its drones in six countries.",
        ]
    )
    analysis = analyze_text(text)
    assert analysis.paragraphs == (
        "When Corvid launched, few noticed. But investors did.",
        "Corvid now sells its drones in six countries.",
    )


def test_body_sentences_that_start_with_section_words_are_kept():
    lines = [
        "Share prices of rival robot makers fell 4% after the announcement on Tuesday.",
        "Related companies, including Corvid, said they had not been approached.",
        "Subscribers to the Halcyon service will get the new arm for free.",
    ]
    text = "Halcyon Labs raises $40 million\n" + STORY + "\n" + "\n".join(lines)
    assert analyze_text(text).paragraphs == (STORY, *lines)


def test_broken_lines_are_rejoined():
    text = "\n".join(
        [
            "Halcyon drops its rival",
            "The startup had launched in 2019 to great",
            "fanfare with backing from Vantage. Raman, in turn,",
            "walked away from the deal. An Orbis",
            "announcement said the talks were over.",
            "On Feb. 12, she",
            "wrote that the board had been misled.",
            "On Feb.",
            "14 the board met again.",
        ]
    )
    assert analyze_text(text).paragraphs == (
        "The startup had launched in 2019 to great fanfare with backing from Vantage. Raman, in "
        "turn, walked away from the deal. An Orbis announcement said the talks were over.",
        "On Feb. 12, she wrote that the board had been misled.",
        "On Feb. 14 the board met again.",
    )


def test_a_name_split_across_lines_is_rejoined():
    text = "\n".join(
        ["Vantage names a chief", "The board of Vantage Holdings named Priya", "Raman as chief executive on Monday."]
    )
    assert analyze_text(text).paragraphs == (
        "The board of Vantage Holdings named Priya Raman as chief executive on Monday.",
    )


def test_one_line_paragraphs_and_headings_stay_separate():
    text = "\n".join(
        [
            "Halcyon Labs raises $40 million",
            STORY,
            "What the money is for",
            "Most of it will go to a second factory near Porto.",
            "The rest is for hiring.",
        ]
    )
    assert analyze_text(text).paragraphs == (
        STORY,
        "What the money is for",
        "Most of it will go to a second factory near Porto.",
        "The rest is for hiring.",
    )


def test_markdown_markers_are_stripped():
    text = (
        "# Halcyon Labs raises $40 million\n\n"
        "## The *round* in **numbers**\n\n"
        "Led by [Vantage Capital](https://example.test/vantage), the round values _Halcyon_ at "
        "$300 million.\n"
    )
    analysis = analyze_text(text, filename="02-halcyon.md")
    assert analysis.paragraphs == (
        "The round in numbers",
        "Led by Vantage Capital, the round values Halcyon at $300 million.",
    )


def test_markdown_soft_wrapped_paragraph_is_joined():
    text = (
        "# Halcyon Labs raises $40 million\n\n"
        "Halcyon Labs said on Tuesday that it had raised money from\n"
        "Vantage Capital and two smaller funds.\n"
    )
    assert analyze_text(text, filename="x.md").paragraphs == (
        "Halcyon Labs said on Tuesday that it had raised money from Vantage Capital and two smaller funds.",
    )


def test_should_join_rules():
    assert should_join("The deal was signed by", "Vantage on Monday.")
    assert should_join("The startup had launched to great", "fanfare.")
    assert not should_join("The deal closed on Monday.", "Vantage declined to comment.")
    assert not should_join("What the money is for", "Most of it will go to Porto.")


def test_strip_inline_markdown_keeps_link_text_and_snake_case():
    assert strip_inline_markdown("See [the filing](https://example.test/a_b_c) for **more**") == (
        "See the filing for more"
    )
    assert strip_inline_markdown("the file_name_here stays") == "the file_name_here stays"


def test_removed_and_paragraphs_account_for_every_line():
    text = "- Home\nHalcyon Labs raises $40 million\nShare\n" + STORY
    lines = prepare_lines(text)
    kept = assemble_paragraphs(lines, {0, 1, 2})
    assert kept == [STORY]


def test_icon_rows_counters_and_more_x_labels_are_removed():
    text = "\n".join(
        [
            "Halcyon Labs raises $40 million",
            "f 𝕏 in ✉",
            "6 min read · 214 comments",
            STORY,
            "Comments (214)",
            "More interviews",
            "Priya Raman on why robots should be boring",
        ]
    )
    assert analyze_text(text).paragraphs == (STORY,)


def test_a_two_sentence_teaser_under_a_more_from_label_is_dropped():
    text = (
        "Dunmore Mills names a new chair\n\n"
        + "Dunmore Mills named Ros Kettering chair on Monday after a vote that took most of the day and "
        "ended, people present said, with the founders abstaining.\n\n"
        + "More from The Lantern\n"
        "Why Quenby Labs keeps losing engineers\n"
        "The flour shortage is over. Tam Ressler thinks it is about to come back.\n"
        "Newsletter sign-up\n"
    )
    analysis = analyze_text(text)
    assert "Ressler" not in analysis.body
    assert "Tam Ressler" not in {e.name for e in analysis.entities}
    assert "Kettering" in analysis.body


def test_page_furniture_of_a_news_site_is_removed():
    text = (
        "Skip to content\nThe Harrow Gazette\n"
        "Dunmore Mills Chair Resigns After Audit\n"
        "Share full article\n"
        "Ros Kettering at the mill in Leeds in 2022.\n"
        "Credit...Tam Ressler for The Harrow Gazette\n"
        "By Odile Fenn\n"
        "June 4, 20259:41 PM UTCUpdated 3 hours ago\n"
        "Ros Kettering resigned as chair of Dunmore Mills on Tuesday after an audit found gaps in the "
        "accounts of its export arm, the company said in a statement to the exchange.\n"
        "Odile Fenn covers manufacturing across the north of England.\n"
        "Reporting by Odile Fenn in Leeds; Editing by Brisa Quenby\n"
    )
    analysis = analyze_text(text)
    assert analysis.date == "2025-06-04"
    assert analysis.body.startswith("Ros Kettering resigned")
    assert "Credit" not in analysis.body and "Share" not in analysis.body
    assert "covers manufacturing" not in analysis.body and "Editing" not in analysis.body
    assert {e.name for e in analysis.entities} == {"Ros Kettering", "Dunmore Mills"}


def test_newsletter_sponsor_block_counters_and_footer_are_removed():
    text = (
        "Byte Brew\nSubscribe\n"
        "Quenby Labs Ships Its Parser\n"
        "12\n3\n"
        "Quenby Labs released its parser on Monday, and early users said it handled malformed input "
        "better than anything else they had tried this year.\n"
        "A word from this week's sponsor\n"
        "Ledgerwise turns receipts into expense reports before you leave the restaurant.\n"
        "Try Ledgerwise free\n"
        "Thanks for reading Byte Brew! Subscribe for free to receive new posts.\n"
        "Discussion about this post\n"
        "Restacks\n"
    )
    analysis = analyze_text(text)
    assert analysis.body.startswith("Quenby Labs released")
    for gone in ("Ledgerwise", "Thanks for reading", "Discussion", "Restacks", "12"):
        assert gone not in analysis.body


def test_an_embedded_post_keeps_its_own_paragraph():
    text = (
        "Two founders argue on X\n\n"
        "Crumbs, the delivery app, put up billboards on Friday. By Saturday its rival had seen them.\n"
        "imagine paying for billboards and your fries still arrive cold\n"
        "— Wren Halloway (@wrenh) March 2, 2024\n"
        "Halloway later deleted the post.\n"
    )
    analysis = analyze_text(text)
    [post] = [q for q in analysis.quotes if q.text.startswith("imagine")]
    assert post.speaker == "Wren Halloway" and post.kind == "speech"
    assert post.text == "imagine paying for billboards and your fries still arrive cold"


def test_a_post_signature_in_the_same_markdown_paragraph_still_attributes_the_post():
    text = (
        "# Wren Halloway steps down\n\n"
        "Halloway posted a short message on X after the announcement:\n\n"
        "Nine years, no regrets. Time to hand over the keys. pic.twitter.com/abc123\n"
        "— Wren Halloway (@wrenh) March 2, 2024\n\n"
        "The board thanked her.\n"
    )
    analysis = analyze_text(text, filename="post.md")
    [post] = [q for q in analysis.quotes if q.text.startswith("Nine years")]
    assert (post.speaker, post.kind) == ("Wren Halloway", "speech")
    assert "(@wrenh)" not in post.text


def _article(*lines: str) -> str:
    return "\n".join(["Halcyon Labs raises $40 million", *lines])


def test_a_company_logo_is_removed():
    analysis = analyze_text(_article("The Vantage Capital logo", "Orbis logo", STORY))
    assert analysis.paragraphs == (STORY,)


def test_a_caption_ending_with_an_inline_credit_is_not_glued_to_the_story():
    caption = "Odile Fenn, 38, at the Halcyon plant in May. Credit: Instagram/@odilefenn"
    analysis = analyze_text(_article(caption, STORY))
    assert analysis.paragraphs == (STORY,)
    assert caption in analysis.removed


def test_photography_and_courtesy_credit_lines_are_removed():
    analysis = analyze_text(_article("Photography: courtesy of Halcyon Labs", "Courtesy of Vantage Capital", STORY))
    assert analysis.paragraphs == (STORY,)


def test_a_print_edition_footer_is_removed():
    footer = "This article appears in the Spring 2025 print edition of Ledgerline. Subscribe from £5 a month."
    analysis = analyze_text(_article(STORY, footer))
    assert analysis.paragraphs == (STORY,)


def test_social_embed_chrome_is_removed_but_the_post_is_kept():
    text = (
        "Two founders argue online\n\n"
        "Crumbs, the delivery app, put up billboards on Friday. By Saturday its rival had seen them.\n"
        "imagine paying for billboards and your fries still arrive cold\n"
        "— Wren Halloway (@wrenh@social.example) March 2, 2024\n"
        "View on Mastodon\n\n"
        "View this post on Instagram\n"
        "Halloway later deleted the post.\n"
    )
    analysis = analyze_text(text)
    assert "View on Mastodon" in analysis.removed and "View this post on Instagram" in analysis.removed
    assert "imagine paying for billboards and your fries still arrive cold" in analysis.paragraphs
    assert any(p.startswith("— Wren Halloway") for p in analysis.paragraphs)


RELEASE_BODY = [
    STORY,
    "Vantage Capital led the round, with Orbis Ventures joining for the first time.",
    "The company plans to double its engineering team in Porto by the end of next year.",
]


def test_about_the_company_section_at_the_end_of_a_release_is_removed():
    about = "Halcyon Labs builds warehouse robots for mid-sized retailers. Founded in 2019, it employs 120 people."
    analysis = analyze_text(_article(*RELEASE_BODY, "About Halcyon Labs", about))
    assert analysis.paragraphs == tuple(RELEASE_BODY)


def test_an_about_heading_in_the_story_is_kept():
    section = "Vantage Capital will own a fifth of the company once the round closes in June."
    analysis = analyze_text(_article(*RELEASE_BODY[:2], "About the deal", section, RELEASE_BODY[2]))
    assert "About the deal" in analysis.paragraphs and section in analysis.paragraphs
    # Named like a release's tail, but in the story's first half.
    analysis = analyze_text(_article(STORY, "About Vantage Capital", section, *RELEASE_BODY[1:], *RELEASE_BODY[1:]))
    assert "About Vantage Capital" in analysis.paragraphs and section in analysis.paragraphs


def test_about_the_author_block_is_removed():
    bio = "Odile Fenn has covered logistics for a decade. She lives in Porto."
    analysis = analyze_text(_article(STORY, "About the author", bio))
    assert analysis.paragraphs == (STORY,)


def test_forward_looking_statements_section_is_removed():
    legal = (
        "This release contains forward-looking statements about expected revenue and hiring. "
        "Actual results may differ materially. Halcyon Labs undertakes no obligation to update them."
    )
    analysis = analyze_text(_article(*RELEASE_BODY, "Safe Harbor Statement", legal))
    assert analysis.paragraphs == tuple(RELEASE_BODY)


def test_media_contact_lines_are_removed():
    contact = ["Media Contacts:", "Odile Fenn", "Head of Communications, Halcyon Labs", "press@halcyon.example",
               "+1 555-0100"]
    analysis = analyze_text(_article(*RELEASE_BODY, *contact))
    assert analysis.paragraphs == tuple(RELEASE_BODY)


def test_live_blog_entry_times_alone_on_a_line_are_removed():
    stamps = ["11:58 a.m.", "10:42 AM", "14:05"]
    analysis = analyze_text(_article(stamps[0], STORY, stamps[1], RELEASE_BODY[1], stamps[2], RELEASE_BODY[2]))
    assert analysis.paragraphs == tuple(RELEASE_BODY)
    assert analysis.date is None
    assert all(stamp in analysis.removed for stamp in stamps)


def test_network_names_in_a_run_of_share_buttons_are_removed():
    analysis = analyze_text(_article("Share", "Facebook", "LinkedIn", "Email", STORY))
    assert analysis.paragraphs == (STORY,)
    assert "Facebook" in analysis.removed and "LinkedIn" in analysis.removed


def test_related_releases_label_and_its_teasers_are_removed():
    teasers = [
        "Orbis Ventures Names Tamsin Vale as Chief Operating Officer",
        "Quillon Raises $12 Million for Drone Audits",
    ]
    analysis = analyze_text(_article(*RELEASE_BODY, "Related Press Releases", *teasers))
    assert analysis.paragraphs == tuple(RELEASE_BODY)


def test_pull_quote_repeating_the_story_and_its_attribution_are_removed():
    said = "“We never wanted to sell robots,” Priya Raman said. “We wanted to sell quiet warehouses.”"
    pull = "“We never wanted to sell robots. We wanted to sell quiet warehouses.”"
    alone = "“Nobody notices a quiet warehouse, and that is the whole point.”"
    analysis = analyze_text(_article(STORY, said, pull, "— Priya Raman", RELEASE_BODY[1], alone))
    assert analysis.paragraphs == (STORY, said, RELEASE_BODY[1], alone)


def test_blog_platform_buttons_and_paywall_label_are_removed():
    chrome = ["Open in app", "Sign in", "Write", "Members-only story"]
    tail = ["Write a response", "Download the Ledger Daily app"]
    analysis = analyze_text("\n".join([*chrome, "Halcyon Labs raises $40 million", STORY, *tail]))
    assert analysis.title == "Halcyon Labs raises $40 million"
    assert analysis.paragraphs == (STORY,)
    for line in (*chrome, *tail):
        assert line in analysis.removed


def test_a_write_heading_inside_the_story_is_kept():
    text = "\n\n".join(["# How Halcyon stores telemetry", STORY, "## Write", RELEASE_BODY[2]])
    assert analyze_text(text, filename="telemetry.md").paragraphs == (STORY, "Write", RELEASE_BODY[2])


def test_written_by_card_with_followers_and_bio_is_removed():
    card = ["Written by Odile Fenn", "3.2K Followers", "·", "Robotics writer in Porto. Mostly warehouses.", "Follow"]
    analysis = analyze_text(_article(STORY, RELEASE_BODY[1], *card))
    assert analysis.paragraphs == (STORY, RELEASE_BODY[1])


def test_a_closing_paragraph_after_written_by_without_buttons_is_kept():
    closing = "Orbis Ventures declined to say how much of the round it took."
    analysis = analyze_text(_article(STORY, "Written by Odile Fenn", closing))
    assert "Written by Odile Fenn" in analysis.removed
    assert analysis.paragraphs == (STORY, closing)


def test_new_tab_link_note_and_newsletter_promo_are_removed():
    promo = "The Morning Ledger newsletter sends you the five stories that matter. Sign up here."
    reprints = "Request Reprint Permissions, opens new tab"
    analysis = analyze_text(_article(STORY, promo, RELEASE_BODY[1], reprints))
    assert analysis.paragraphs == (STORY, RELEASE_BODY[1])


def test_a_story_sentence_about_a_newsletter_is_kept():
    line = "Halcyon Labs said its customer newsletter now reaches 9,000 warehouse managers."
    analysis = analyze_text(_article(STORY, line))
    assert analysis.paragraphs == (STORY, line)


def test_in_other_news_label_and_its_headlines_are_removed():
    teasers = ["Porto council approves second tram line", "Orbis Ventures opens an office in Lisbon"]
    analysis = analyze_text(_article(*RELEASE_BODY, "In Other News", *teasers))
    assert analysis.paragraphs == tuple(RELEASE_BODY)


def test_a_sponsored_block_quote_is_removed_whole():
    ad = [
        "> **Advertisement**",
        "> Is your cold room losing stock? **Frostbyte Vaults** log every door opening and warn your "
        "night shift before the temperature drifts.",
        "> [See a demo](https://ads.example/frostbyte)",
    ]
    quote = "> “We wanted to sell quiet warehouses,” Priya Raman wrote to investors."
    text = "\n\n".join(["# Halcyon Labs raises $40 million", STORY, "\n".join(ad), quote])
    analysis = analyze_text(text, filename="halcyon.md")
    assert analysis.paragraphs == (STORY, quote[2:])


def test_the_story_goes_on_under_an_advertisement_slot():
    post = "wrapped the last shoot, tired but happy"
    text = "\n".join([
        "Petra Lind and Osei Mar share a lunch in Oakvale",
        "Petra Lind was seen with the robotics founder Osei Mar at a cafe in Oakvale on Sunday afternoon, "
        "according to two diners who spoke to this site after the pair left together.",
        "Advertisement",
        "Lind Hints at More",
        "Fans spotted a short message Lind posted on X an hour later.",
        post,
        "— Petra Lind (@petralind) May 4, 2025",
        "Mar has not commented on the lunch, and his company declined to say where he was on Sunday.",
    ])
    analysis = analyze_text(text)
    assert "Advertisement" in analysis.removed
    assert any(post in p for p in analysis.paragraphs)
    assert any(p.startswith("Fans spotted") for p in analysis.paragraphs)


def test_a_newsletter_box_and_its_fine_print_are_removed():
    lines = [
        "Never miss a story! Sign up for the Oakvale Daily newsletter.",
        "Enter your email",
        "By signing up you agree to our Terms of Use and Privacy Policy.",
        "Join 12,000+ founders and engineers who read it every Friday.",
    ]
    analysis = analyze_text(_article(STORY, *lines))
    assert analysis.paragraphs == (STORY,)
    assert all(line in analysis.removed for line in lines)


def test_photo_credits_with_a_slash_and_gallery_teasers():
    caption = "Petra Lind and Osei Mar at the Harbor Ball in Oakvale last May. (Jon Reyes/Lumen Pictures)"
    unclosed = "But a friend saw it differently: “She has never been this calm, honestly"
    analysis = analyze_text(_article(caption, STORY, unclosed, "PHOTOS: Inside the $40M Oakvale Estate"))
    assert caption in analysis.removed
    assert "PHOTOS: Inside the $40M Oakvale Estate" in analysis.removed
    assert unclosed in analysis.paragraphs  # the line above a gallery teaser is no caption


def test_ticker_widgets_trending_bars_and_document_links_are_chrome():
    lines = [
        "HLCN 48.31 ▲ +4.07 (+9.20%) · VNTG 112.54 ▼ -0.88 (-0.78%) · Data delayed 15 min",
        "Trending: Star Weds in Secret | Streamer Banned | Yacht Row",
        "Listen to this article · 5 min",
        "Reprints",
        "Document: Read the lawsuit (PDF, 41 pages)",
    ]
    analysis = analyze_text("\n".join([lines[0], lines[1], "Halcyon Labs raises $40 million", lines[2], lines[3], STORY, lines[4]]))
    assert analysis.title == "Halcyon Labs raises $40 million"
    assert analysis.paragraphs == (STORY,)
    assert all(line in analysis.removed for line in lines)


def test_a_long_dek_does_not_hide_a_hard_wrapped_body():
    text = "\n".join([
        "Nordvik to buy Olomouc toolmaker Ferrotek",
        "Founder Radim Kolář sells the company he built over three decades; the plant's 400 jobs are to stay in the region",
        "",
        "Nordvik has agreed to buy Ferrotek, the Olomouc-based maker of lathes,",
        "for an undisclosed sum, the companies said on Thursday. Kolář handed",
        "the day-to-day running of the business in 2021 to chief executive Zdenka",
        "Horáková, who joined from a German rival, and will stay on as chairman.",
        "",
        "The deal still needs approval from the competition authority and is",
        "expected to close by the end of June, Nordvik said in a statement on",
        "its website, adding that it had no plans to move production abroad.",
    ])
    body = analyze_text(text).body
    assert "chief executive Zdenka Horáková, who joined" in body


def test_shop_buttons_disclosures_scores_and_post_chrome_are_removed():
    lines = [
        "We may earn a commission when you buy through links on our site.",
        "$349 at Amazon",
        "See at Best Buy",
        "FT  Harbour Town 2–0 Marlow Athletic",
        "Tickets",
        "Join the discussion in the fan forum",
        "Leave a comment",
        "Previous",
        "Next",
    ]
    analysis = analyze_text(_article(lines[0], lines[1], lines[2], lines[3], lines[4], STORY, *lines[5:]))
    assert analysis.paragraphs == (STORY,)
    assert all(line in analysis.removed for line in lines)


def test_an_instagram_embed_is_its_accounts_speech():
    text = "\n".join([
        "Harbour Town welcomes a new owner",
        STORY,
        "View this post on Instagram",
        "Welcome aboard. New chapter, same badge.",
        "A post shared by Harbour Town FC (@harbourtownfc)",
    ])
    analysis = analyze_text(text)
    post = [q for q in analysis.quotes if q.text.startswith("Welcome aboard")]
    assert post and post[0].kind == "speech" and post[0].speaker == "Harbour Town FC"


def test_a_markdown_table_is_body_with_one_row_per_paragraph():
    text = "\n".join([
        "# Orvane 2.0 ships",
        "",
        STORY,
        "",
        "| Plan | Price | Seats |",
        "|------|:-----:|-------|",
        "| Orvane Solo | Free | 1 |",
        "| Orvane Team | $12 per user / month | 50 |",
        "",
        "Existing customers keep their price until June.",
    ])
    analysis = analyze_text(text, filename="post.md")
    assert "| Orvane Solo | Free | 1 |" in analysis.paragraphs
    assert "| Orvane Team | $12 per user / month | 50 |" in analysis.paragraphs
    assert "| Plan | Price | Seats |" in analysis.paragraphs
    assert not any("Plan" == e.name or "Free" == e.name for e in analysis.entities)


def test_category_tags_and_the_writer_card_under_a_post_are_removed_and_name_the_author():
    text = "\n".join([
        "# Orvane 2.0 ships",
        "",
        STORY,
        "",
        "---",
        "",
        "Posted in Product, Engineering",
        "",
        "**Tamsin Greer** · Developer Advocate at Orvane",
    ])
    analysis = analyze_text(text, filename="post.md")
    assert analysis.paragraphs == (STORY,)
    assert "Posted in Product, Engineering" in analysis.removed
    assert analysis.author == "Tamsin Greer"
    assert "Engineering" not in {e.name for e in analysis.entities}


def test_a_sponsored_blurb_does_not_take_the_next_paragraph_and_a_disclaimer_goes():
    later = (
        "Vessary’s reserve attestations were signed by a one-partner audit firm in Cyprus, as reported "
        "by a rival outlet in April."
    )
    disclaimer = (
        "Disclaimer: This article is for informational purposes only and is not financial advice."
    )
    analysis = analyze_text(_article(
        STORY, "", "Sponsored", "Trade smarter with Quanta Pro: zero-fee trading for 30 days. Terms apply.",
        "", later, "", disclaimer,
    ))
    assert analysis.paragraphs == (STORY, later)
    assert disclaimer in analysis.removed


def test_a_relative_update_stamp_is_removed():
    analysis = analyze_text(_article("Updated 3 hours ago", STORY))
    assert analysis.paragraphs == (STORY,)
    assert "Updated 3 hours ago" in analysis.removed


def test_one_short_sentence_glued_under_a_markdown_image_is_its_caption():
    text = "\n".join([
        "# Halcyon Labs raises $40 million",
        "",
        STORY,
        "",
        "![Screenshot of the waitlist](https://example.com/waitlist.png)",
        "The Halcyon waitlist page, captured March 28.",
        "",
        "The company said it would hire forty engineers in Lisbon this year.",
    ])
    analysis = analyze_text(text, filename="post.md")
    assert "The Halcyon waitlist page, captured March 28." in analysis.removed
    assert analysis.paragraphs[-1] == "The company said it would hire forty engineers in Lisbon this year."


def test_a_broadcasters_video_player_weather_and_alert_lines_are_removed():
    chrome = [
        "72° Partly Cloudy", "Closed captioning", "Video player is loading.", "Play Video",
        "Now Playing: Foundry workers react to closure news", "0:00 / 2:47", "Report a typo",
        "Get breaking news alerts from KVTR 7 on your phone.",
    ]
    analysis = analyze_text(_article(*chrome[:6], STORY, *chrome[6:]))
    assert analysis.paragraphs == (STORY,)
    assert all(line in analysis.removed for line in chrome)


def test_a_stock_quote_box_a_shop_carousel_and_affiliate_note_are_removed_but_the_next_section_stays():
    section = (
        "Rourke launched the brand in 2021 with her longtime makeup artist, who stays on as creative "
        "director of the company."
    )
    analysis = analyze_text(_article(
        "PNVL.N", "Penvale Foods Inc", "48.12 USD", "+2.31 (+5.04%)", "", STORY,
        "Shop the story", "Sundial Dewpoint Balm", "$34", "Shop now", "Sundial Eclipse Tint", "$28", "Shop now",
        "A Rocky First Act", section, "",
        "Heyday may earn a commission when you buy through links on our site.",
    ))
    assert analysis.paragraphs == (STORY, "A Rocky First Act", section)
    for line in ("PNVL.N", "Penvale Foods Inc", "48.12 USD", "+2.31 (+5.04%)", "Sundial Dewpoint Balm", "$34"):
        assert line in analysis.removed


def test_a_newsletters_sponsor_read_poll_and_youre_reading_line_are_removed():
    text = "\n".join([
        "# The week in warehouses",
        "",
        "> **This issue is brought to you by Pallettrak.** Pallettrak tracks every pallet from dock door to "
        "delivery, so you never have to ask where your freight is, and the first month is free for readers.",
        "",
        STORY,
        "",
        "### 📊 Reader poll",
        "Would you let a robot pick your orders?",
        "- [Yes, already do](https://example.com/poll?a=1)",
        "- [No](https://example.com/poll?a=2)",
        "",
        "You’re reading The Loading Bay, a weekly newsletter by Wren Castell. Reply with tips and corrections.",
    ])
    analysis = analyze_text(text, filename="issue.md")
    assert analysis.paragraphs == (STORY,)


def test_a_paid_badge_and_a_priced_pitch_are_page_chrome_but_a_premium_heading_and_prices_in_the_story_stay():
    story = "Users can unlock Premium for $10/month, the company said, up from $8 last year."
    text = "\n".join([
        "Tollgate raises its prices",
        "Premium",
        "",
        story,
        "",
        "## Premium",
        "",
        "The top tier adds offline maps.",
        "",
        "PREMIUM",
        "Subscribers get our full pricing tracker, with data for 41 apps. Unlock Premium for €19/month.",
    ])
    analysis = analyze_text(text, filename="prices.md")
    assert analysis.paragraphs == (story, "Premium", "The top tier adds offline maps.")


def test_live_blog_chrome_is_dropped_around_its_entries():
    text = "\n".join([
        "Corvane Summit 2025 live: the new tablet and a code name",
        "By Ada Brook | June 3, 2025",
        "Refresh for updates",
        "",
        "Pinned",
        "The keynote is over. The tablet starts at $649 and ships June 19.",
        "Share this update",
        "",
        "11:42 a.m. PT",
        "That is a wrap. The chief executive sent developers off to the afternoon sessions.",
        "Share this update",
    ])
    analysis = analyze_text(text)
    assert analysis.paragraphs == (
        "The keynote is over. The tablet starts at $649 and ships June 19.",
        "That is a wrap. The chief executive sent developers off to the afternoon sessions.",
    )


def test_a_numbered_most_read_list_is_dropped_to_its_last_item():
    story_end = "Varga said the folder held his notes, and the judge told counsel to move on to a new question."
    story_next = (
        "Farrow then turned to Exhibit 114, an unsigned planning memo from April 2023 that the defence says "
        "nobody at the company had ever read before the lawsuit was filed in the spring."
    )
    text = "\n".join([
        "Engineer takes the stand in trade-secrets trial",
        "",
        story_end,
        "",
        "MOST READ",
        "1. Appeals court revives pharmacy-chain antitrust suit",
        "2. Ex-Ferrovia CFO pleads guilty in invoicing scheme",
        "3. Delaware chancellor trims $90M fee award",
        "",
        story_next,
    ])
    assert analyze_text(text).paragraphs == (story_end, story_next)


def test_a_courtroom_sketch_caption_and_a_briefing_sign_up_are_dropped():
    story = "Caleb Marr told jurors on Tuesday that he took nothing that was not already in his head."
    text = "\n".join([
        "Engineer takes the stand",
        "",
        story,
        "",
        "Courtroom sketch: Caleb Marr testifies before Judge Ada Thorn on Tuesday. (Sketch by Mira Duval for Court Wire)",
        "",
        "Get the Court Wire morning briefing",
        "Sign up",
    ])
    assert analyze_text(text).paragraphs == (story,)


def test_a_smiley_ends_its_line_so_the_next_sentence_starts_a_new_paragraph():
    assert not should_join("It read: \"Bringing what I can carry. Best not to ask :)", "Varga told the jury it was a joke.")
    assert should_join("It read: \"Bringing what I can carry, and best not to", "Ask what is in the bag.\"")


PODCAST_PAGE = "\n".join([
    "Late Start",
    "A podcast about changing course · Hosted by Ruben Osterhout",
    "Ep. 52 — We Moved to Leeds and Nobody Minded, with Anouk Verhey",
    "May 2, 2025 · 47 min",
    "Listen on Apple Podcasts | Spotify | RSS",
    "",
    "In episode 52, “We Moved to Leeds and Nobody Minded,” Ruben sits down with Anouk Verhey, who runs the "
    "bakery chain Crumbfield, to talk about moving a company north.",
    "",
    "Chapters",
    "00:00:00 – Cold open",
    "00:04:10 – A kitchen in Hackney",
    "00:19:30 – Why we left London",
    "",
    "This episode is brought to you by Tallyhop, the invoicing app for small shops.",
    "And by Duvetly. Use code LATE at checkout for 15% off your first duvet.",
    "",
    "Ruben: So you announce the move, and what happens?",
    "Anouk: Nothing. We posted it and then Monday came.",
    "Ruben: And the lease?",
    "Anouk: We signed it in a café, on my phone.",
    "",
    "Mentioned in this episode",
    "“Rent Is a Mood,” the essay by Marta Ostrow that Anouk sent to her team",
    "",
    "Credits",
    "Late Start is produced by Quarter Audio. Producer: Kit Amund.",
    "Follow the show: @latestartpod on X and Instagram",
    "#LateStart #Startups #Leeds",
])


def test_a_podcast_page_keeps_its_episode_title_chapters_and_transcript_and_drops_its_chrome():
    analysis = analyze_text(PODCAST_PAGE)
    assert analysis.title == "Ep. 52 — We Moved to Leeds and Nobody Minded, with Anouk Verhey"
    paragraphs = analysis.paragraphs
    assert "00:04:10 – A kitchen in Hackney" in paragraphs and "00:19:30 – Why we left London" in paragraphs
    assert "Anouk: We signed it in a café, on my phone." in paragraphs
    dropped = ("Duvetly", "Credits", "Quarter Audio", "Follow the show", "#LateStart")
    assert not [p for p in paragraphs if any(word in p for word in dropped)]


def test_a_run_in_disclaimer_and_a_receiving_this_footer_close_a_letter():
    text = "\n".join([
        "# Q4 shareholder letter",
        "",
        "We ended the year with 212 robots in the field, up from 61, and revenue crossed $31.8 million.",
        "",
        "— Signed, Ilse Marr",
        "Co-founder & CEO, Orchardline Robotics",
        "",
        "---",
        "",
        "**Forward-looking statements.** This letter contains forward-looking statements, including statements "
        "about unit targets, margins and product timelines, which involve risks and uncertainties. Actual results "
        "may differ materially.",
        "",
        "You are receiving this because you are a registered shareholder of Orchardline Robotics, Inc. "
        "[Unsubscribe](https://example.com/u)",
    ])
    analysis = analyze_text(text, filename="letter.md")
    assert analysis.paragraphs[-1] == "Co-founder & CEO, Orchardline Robotics"
    assert "Orchardline Robotics" in {e.name for e in analysis.entities}


def test_a_weather_widget_and_a_scores_ticker_are_not_the_headline():
    text = "\n".join([
        "The Dunmore Ledger",
        "Dunmore, OH 61°F Partly Cloudy | 5-Day Forecast",
        "LIVE SCORES: Albury 2-1 Kestrel Town (FT) | Pelham 0-0 Ardwick (HT)",
        "",
        "Halcyon Labs raises $40 million for warehouse robots",
        "",
        STORY,
        "Temperatures reached 104°F in the valley on Tuesday, the county said.",
    ])
    analysis = analyze_text(text)
    assert analysis.title == "Halcyon Labs raises $40 million for warehouse robots"
    assert not any("Forecast" in p or "Albury" in p for p in analysis.paragraphs)
    assert "Temperatures reached 104°F in the valley on Tuesday, the county said." in analysis.paragraphs


def test_a_newswire_label_over_its_issuer_and_the_view_original_line_are_removed():
    analysis = analyze_text(_article(
        "", "News provided by", "Halcyon Labs, Inc.", "Mar 09, 2026, 08:00 ET", "", STORY, "",
        "View original content to download multimedia: https://www.example-wire.com/news/halcyon-302418876.html",
    ))
    assert analysis.paragraphs == (STORY,)


def test_readers_comments_under_the_story_are_removed_but_a_comments_heading_in_the_story_is_kept():
    text = _article(
        STORY, "", "Comments", "The city will take written comments on the plan until June 2.", "",
        "Comments (12)", "Sort by: Newest", "dunmoredad", "Forty jobs for 200 acres. Do the math.", "3 hours ago",
        "Load more comments",
    )
    paragraphs = analyze_text(text).paragraphs
    assert "The city will take written comments on the plan until June 2." in paragraphs
    assert not any("Do the math" in p or "dunmoredad" in p for p in paragraphs)


def test_the_last_name_of_a_list_broken_across_lines_is_rejoined():
    text = _article(
        "Council President Gwendolyn Ashby (Ward 3), Ray Dunleavy (Ward 1) and Tamsin",
        "Oduya (Ward 5) voted yes. Imani Castellano cast the lone no vote.",
    )
    analysis = analyze_text(text)
    assert any("and Tamsin Oduya (Ward 5) voted yes." in p for p in analysis.paragraphs)
    assert "Tamsin Oduya" in {e.name for e in analysis.entities}


def test_a_bookmakers_advert_is_removed():
    text = _article(STORY, "", "Bet £10 Get £30 in Free Bets | New customers only | T&Cs apply | 18+ | BeGambleAware.org")
    assert analyze_text(text).paragraphs == (STORY,)


LINKEDIN_POST = "\n".join([
    "LinkedIn",
    "Home My Network Jobs Messaging Notifications Me For Business",
    "Ana Ruiz on LinkedIn: Today we said goodbye to 19 people at Halcyon.",
    "Ana Ruiz · 1st",
    "CEO at Halcyon | ex-Google | Payroll that small teams don’t dread",
    "3d · Edited",
    "Follow",
    "Today we said goodbye to 19 people at Halcyon.",
    "",
    "On Monday I told the whole company on a call: \"This is on me.\" I meant every word.",
    "",
    "→ Health cover through the end of June",
    "→ Personal intros from me to anyone who is hiring",
    "",
    "#startups #layoffs",
    "…see more",
    "1,284",
    "Dev Okoye and 1,283 others",
    "212 comments · 38 reposts",
    "Like Comment Repost Send",
    "Most relevant",
    "Marguerite Olsen · 2nd",
    "Head of People at Tallyburn | Fractional CHRO",
    "2d",
    "The five-year exercise window is the part people will remember.",
    "Like · Reply · 41 Reactions · 3 Replies",
    "Load more comments",
    "About Accessibility User Agreement Privacy Policy Cookie Policy Copyright Policy Brand Policy",
])


def test_a_linkedin_post_keeps_only_the_post_and_its_writer_speaks_as_i():
    analysis = analyze_text(LINKEDIN_POST)
    assert analysis.author == "Ana Ruiz"
    assert analysis.paragraphs == (
        "Today we said goodbye to 19 people at Halcyon.",
        "On Monday I told the whole company on a call: \"This is on me.\" I meant every word.",
        "Health cover through the end of June",
        "Personal intros from me to anyone who is hiring",
    )
    assert [(q.text, q.speaker) for q in analysis.quotes] == [("This is on me.", "Ana Ruiz")]
    assert not {"Health", "Personal"} & {e.name for e in analysis.entities}


def test_a_wire_pages_photo_licensing_ad_slot_topics_writer_card_and_delay_notice_are_removed():
    text = _article(
        "A man walks past a Halcyon logo in Seoul, March 3, 2023. REUTERS/Lee Dong-hyun/File Photo Purchase "
        "Licensing Rights, opens new tab",
        STORY,
        "Advertisement · Scroll to continue",
        "The Seoul Central District Court will hold a hearing on Thursday.",
        "Suggested Topics:", "Business", "Asia Pacific",
        "Kwon Hae-sol", "Kestrel Wire",
        "Kwon Hae-sol covers South Korean companies and financial markets from Seoul.",
        "All quotes delayed a minimum of 15 minutes. See here for a full list of exchanges and delays.",
    )
    assert analyze_text(text).paragraphs == (STORY, "The Seoul Central District Court will hold a hearing on Thursday.")


def test_a_markets_pages_update_note_chart_ranges_data_credit_and_tip_line_are_removed():
    text = _article(
        "(Updates with CFO comments from earnings call, analyst note)",
        "After hours: 4:57 PM EDT", "1D 5D 1M 6M YTD 1Y 5Y",
        STORY,
        '"Is the slowdown a pricing problem?" asked Priyanka',
        "Rao, an analyst at Halberd Securities.",
        STORY,
        "Earnings calendar", "Orbis Q3 earnings: What to expect on Oct 29", "View full earnings calendar",
        "Market data by FactLine. Quotes delayed at least 15 minutes.",
        "Got a confidential news tip? We want to hear from you.",
    )
    analysis = analyze_text(text)
    assert analysis.paragraphs == (
        STORY, '"Is the slowdown a pricing problem?" asked Priyanka Rao, an analyst at Halberd Securities.', STORY,
    )
    assert "Priyanka Rao" in {e.name for e in analysis.entities}


def test_a_cookie_banner_and_a_court_notice_are_removed_and_the_site_name_under_them_is_the_source():
    text = "\n".join([
        "We use cookies to personalise content and ads. By continuing to browse, you agree to our use of cookies.",
        "Accept all cookies",
        "Manage preferences",
        "The Harbour Ledger",
        "News | Business | Law | Sport",
        "Former Halcyon director took customer list to rival, court hears",
        "By Tomas Reyes",
        "3 March 2025",
        "Reporting restrictions apply to this case. Comments have been disabled.",
        STORY,
    ])
    analysis = analyze_text(text)
    assert analysis.title == "Former Halcyon director took customer list to rival, court hears"
    assert analysis.source == "The Harbour Ledger"
    assert analysis.paragraphs == (STORY,)


REDDIT_THREAD = "\n".join([
    "Skip to main content", "Open menu", "Go to Reddit Home", "Get App", "Log In",
    "r/supplychain", "• 5 hr. ago", "crate_and_barrel_77",
    "I ran the night shift at Halcyon Labs until Friday. Ask me anything.",
    "Discussion",
    "Throwaway account. I supervised the picking robots at the Leeds site for three years.",
    "Our manager, Priya Raman, told us in May that the site was \"safe for at least two years.\"",
    "EDIT: Yes, I signed nothing that stops me posting this.",
    "1.2K", "Share", "Save", "Report", "Helpful",
    "Sort by:", "Best", "Search Comments",
    "forklift_phil", "• 4h ago", "Same happened at Orbis Freight. Sorry mate.", "311", "Reply",
])


def test_a_reddit_thread_keeps_only_the_post_with_its_poster_as_author_and_reddit_as_source():
    analysis = analyze_text(REDDIT_THREAD)
    assert analysis.title == "I ran the night shift at Halcyon Labs until Friday. Ask me anything."
    assert (analysis.source, analysis.author) == ("Reddit", "crate_and_barrel_77")
    assert analysis.paragraphs == (
        "Throwaway account. I supervised the picking robots at the Leeds site for three years.",
        "Our manager, Priya Raman, told us in May that the site was \"safe for at least two years.\"",
        "EDIT: Yes, I signed nothing that stops me posting this.",
    )
    assert {e.name for e in analysis.entities} == {"Leeds", "Priya Raman"}  # not the commenter's Orbis Freight


HACKER_NEWS_THREAD = "\n".join([
    "Hacker News new | past | comments | ask | show | jobs | submit login",
    "Show HN: Ledgerline – double-entry bookkeeping for small shops (ledgerline.dev)",
    "212 points by tamsin_o 6 hours ago | hide | past | favorite | 87 comments",
    "Hi HN! I'm Tamsin. My co-founder Dev and I built Ledgerline after running a bike shop in Bristol.",
    "It imports bank feeds and closes the month in one click. Happy to answer questions.",
    "kvark 5 hours ago | next [–]",
    "How does this compare with Orbis Books? Their reconciliation is the part I hate.",
    "reply",
])


def test_a_hacker_news_thread_keeps_only_the_text_post():
    analysis = analyze_text(HACKER_NEWS_THREAD)
    assert analysis.title.startswith("Show HN: Ledgerline")
    assert (analysis.source, analysis.author) == ("Hacker News", "tamsin_o")
    assert analysis.paragraphs == (
        "Hi HN! I'm Tamsin. My co-founder Dev and I built Ledgerline after running a bike shop in Bristol.",
        "It imports bank feeds and closes the month in one click. Happy to answer questions.",
    )


HACKER_NEWS_THREAD_WITH_BRACKETED_HEADERS = "\n".join([
    "Hacker News",
    "new | past | comments | ask | show | jobs | submit",
    "Show HN: Quaybook – shared mooring calendars for sailing clubs (quaybook.app)",
    "88 points by ilse_m 3 hours ago | hide | past | favorite | 21 comments",
    "Hi all, Ilse here. My brother Joren and I run Quaybook from a boathouse in Ghent.",
    "Clubs book moorings on it instead of a whiteboard.",
    "",
    "– Ilse",
    "",
    "add comment",
    "[–] ropewalker 2 hours ago | next",
    "Does it work for Harlow Marina? They still use fax.",
    "reply",
])


def test_a_hacker_news_post_keeps_its_greeting_and_loses_comments_under_bracketed_headers():
    analysis = analyze_text(HACKER_NEWS_THREAD_WITH_BRACKETED_HEADERS)
    assert analysis.title == "Show HN: Quaybook – shared mooring calendars for sailing clubs"
    assert analysis.paragraphs == (
        "Hi all, Ilse here. My brother Joren and I run Quaybook from a boathouse in Ghent.",
        "Clubs book moorings on it instead of a whiteboard.",
        "– Ilse",
    )
    assert "Harlow Marina" not in {e.name for e in analysis.entities}


def test_an_obituarys_file_photo_caption_and_guest_book_are_removed():
    text = _article(
        "Ruth Okafor at the Halcyon plant in 1988. (Ledger file photo)",
        STORY,
        "Guest Book", "Share a memory or offer condolences to the Okafor family.", "Sign the Guest Book",
        "Send Flowers", "12 entries", "Dan P. — She hired me in 1990. Ruth knew everyone.", "View all entries",
    )
    assert analyze_text(text).paragraphs == (STORY,)


def test_a_product_reviews_disclosure_star_rating_and_price_widget_are_removed_and_the_home_link_names_the_site():
    text = "\n".join([
        "[Gearloft](/) · Reviews · Headphones · Deals",
        "",
        "# Halcyon Pods 3 review: quiet, light and a little too tight",
        "",
        "By **Tomas Reyes** · Senior Editor · Mar 3, 2025",
        "",
        "> Gearloft is reader-supported. When you buy through links on our site, we may earn an affiliate commission.",
        "",
        "★★★★☆ 4/5",
        "",
        "$249 at Amazon | $229 at Best Buy",
        "",
        STORY,
        "",
        "Our verdict: 4 out of 5 stars, and the best pair under $250.",
        "",
        "© 2023 Gearloft Media Ltd.",
    ])
    analysis = analyze_text(text, filename="review.md")
    assert analysis.source == "Gearloft"
    assert analysis.paragraphs == (STORY, "Our verdict: 4 out of 5 stars, and the best pair under $250.")


def test_a_club_pages_sponsor_captions_video_link_and_box_office_lines_are_removed():
    text = _article(
        STORY,
        "Official partner", "Gantry Energy",
        "Watch the full interview on HarburyTV",
        "Official kit partner", "Corrie Sportswear",
        "Tickets for Sunday’s cup tie are sold out. Join the waiting list for returns.",
        "Buy tickets for Harbury Athletic v Selby Town, Tuesday 11 March, 7.45pm",
        "Become a Harbury Member from £30 a season",
        "Harbury Megastore: new away kit now available",
    )
    assert analyze_text(text).paragraphs == (STORY,)


def test_a_sentence_about_tickets_stays():
    sentence = "Tickets for the final went on sale on Monday, and the club said 4,000 were sold within an hour."
    assert analyze_text(_article(STORY, sentence)).paragraphs == (STORY, sentence)


COUNCIL_PAGES = "\n".join([
    "Harbury councillors approve 60 homes on the old dairy site",
    "By Tamsin Rook",
    "",
    "Plans for 60 homes on the former dairy site off Millbank Lane in Harbury have been approved by",
    "the district council after a two-hour debate in which residents of the neighbouring estate, who",
    "had sent more than 200 letters of objection, were given ten minutes to speak against it, with most",
    "",
    "Page 1 of 3",
    "Selby District Council | Planning Committee | 4 March 2025",
    "",
    "of them arguing that the lane could not take the extra traffic the development would bring in.",
    "The developer said work would start in the summer and take around eighteen months to finish.",
    "What Happens Next",
    "The decision notice will be issued within ten working days and the developer has three years to",
    "start work on the site before the permission lapses and a fresh application is needed again.",
    "",
    "Page 2 of 3",
])


def test_a_printed_notice_loses_its_page_furniture_and_keeps_sentences_and_headings_whole():
    paragraphs = analyze_text(COUNCIL_PAGES).paragraphs
    assert paragraphs[0].endswith("with most of them arguing that the lane could not take the extra traffic the "
                                  "development would bring in. The developer said work would start in the summer "
                                  "and take around eighteen months to finish.")
    assert paragraphs[1:] == (
        "What Happens Next",
        "The decision notice will be issued within ten working days and the developer has three years to "
        "start work on the site before the permission lapses and a fresh application is needed again.",
    )


def test_a_translators_note_is_removed():
    for note in ("This article was originally published in Japanese. It has been translated and edited for clarity.",
                 "Translated by Yuki Sato."):
        assert analyze_text(_article(STORY, note)).paragraphs == (STORY,)


def test_a_link_to_discuss_the_post_on_a_forum_is_removed():
    assert analyze_text(_article(STORY, "💬 Discuss on our forum")).paragraphs == (STORY,)


def test_a_sentence_cut_by_dropped_furniture_is_rejoined_in_unwrapped_text():
    text = _article(
        "Halcyon Labs said on Tuesday that the Leeds warehouse would close after the",
        "Page 2 of 3",
        "holiday season, putting 140 jobs at risk.",
        STORY,
    )
    assert analyze_text(text).paragraphs[0] == (
        "Halcyon Labs said on Tuesday that the Leeds warehouse would close after the holiday season, "
        "putting 140 jobs at risk."
    )


def test_paywall_wire_credit_app_and_newsletter_pitches_are_removed():
    for line in (
        "Read the full article with a subscription",
        "Already a subscriber? Log in",
        "(With inputs from PTI)",
        "Download The Harbour Ledger app for live market updates, stock tips and more",
        "Available on Google Play and the App Store",
        "Upgrade to paid for my monthly teardown of every term sheet I can get my hands on.",
        "Translated from German by Yuki Sato. The original article appeared in the print edition of 18 June.",
    ):
        assert analyze_text(_article(STORY, line)).paragraphs == (STORY,), line


def test_a_newsletter_greeting_goes_but_a_greeting_that_introduces_a_guest_stays():
    welcome = "Hi friends, welcome back. If you're new here, this lands in your inbox every Thursday."
    guest = "Hi friends — this week I’m handing the keyboard to Tobias Renn, who spent six years at Halcyon Labs."
    assert analyze_text(_article(welcome, STORY)).paragraphs == (STORY,)
    assert analyze_text(_article(guest, STORY)).paragraphs == (guest, STORY)


def test_a_share_price_box_goes_whole_with_its_ticker_name_and_data_credit():
    text = _article(
        STORY,
        "HLCN",
        "Halcyon Labs Ltd",
        "A$4.12 ▲ 0.21 (+5.37%)",
        "Mkt cap A$2.3b | Vol 1.2m",
        "Prices delayed by 20 minutes. Data: ASX",
        STORY,
        "Orbis Token (ORB)",
        "$0.318",
        "▼ 12.4% (24h)",
        "Market cap $1.02B | Vol (24h) $512M",
        "Prices by Coinframe. Data may be delayed.",
    )
    assert analyze_text(text).paragraphs == (STORY, STORY)


def test_an_ad_signed_off_by_its_presenter_ends_there_and_the_story_heading_under_it_stays():
    later = "Halcyon Labs expects to decide on the Leeds site in the first half of next year."
    text = _article(
        STORY,
        "Sponsored",
        "How family offices are rethinking warehouse automation",
        "Presented by Orrin Vale Partners",
        "Not Out Of The Woods",
        later,
    )
    assert analyze_text(text).paragraphs == (STORY, "Not Out Of The Woods", later)


def test_a_sponsor_read_does_not_swallow_the_heading_after_it():
    text = _article(
        STORY,
        "Sponsors",
        "This episode is brought to you by Ledgerbird. Close your books in days, not weeks.",
        "And by Quillstack, the notes app your whole team will actually open.",
        "Partial Transcript",
        "HOST: What went wrong?",
    )
    assert analyze_text(text).paragraphs == (STORY, "Partial Transcript", "HOST: What went wrong?")


def test_tags_at_the_foot_of_the_page_go_without_a_label():
    text = _article(
        STORY,
        "License this article",
        "Robotics",
        "Warehouses",
        "West Yorkshire",
        "© 2024 The Ledger Media Group. All rights reserved.",
    )
    assert analyze_text(text).paragraphs == (STORY,)


def test_a_short_list_at_the_end_of_the_story_is_kept():
    text = _article(STORY, "The three sites are:", "Leeds", "Hull", "York")
    assert analyze_text(text).paragraphs[-1].endswith("York")


def test_disclaimers_follow_links_and_podcast_page_notes_are_removed():
    for line in (
        "Not financial advice. This article is for informational purposes only.",
        "Disclosure: The author holds small amounts of BTC and ETH.",
        "Follow him on X: @pryce",
        "Share this episode",
        "This transcript was generated automatically and edited for length and clarity.",
        "Full episode available on all platforms. Complete transcripts are available to Plus members.",
        "Translated from French. The original version was published the same day.",
    ):
        assert analyze_text(_article(STORY, line)).paragraphs == (STORY,), line


def test_a_company_blog_hiring_box_goes_at_the_foot_of_the_post():
    text = "\n".join(
        ["# Halcyon Labs raises $40 million", "", STORY, "", STORY.replace("Tuesday", "Monday"), "",
         "### We're hiring", "", "Halcyon is hiring engineers in Lisbon and remotely across Europe."]
    )
    analysis = analyze_text(text, filename="post.md")
    assert all("hiring" not in p for p in analysis.paragraphs)


def test_a_name_broken_after_a_job_title_is_rejoined():
    text = _article(
        "At Bpifrance, investment director Béatrice",
        "Vasseur-Lambert said the deal fitted the bank’s strategy of backing the first factories.",
    )
    assert "Béatrice Vasseur-Lambert said" in analyze_text(text).paragraphs[0]


def test_an_episodes_chapter_list_stays_one_chapter_per_paragraph():
    text = _article(
        STORY,
        "Show Notes",
        "(00:00:00) Cold open: the email that started it",
        "(00:09:12) Raising from Nordkapp Ventures",
        "(00:33:05) Buying it back: price, lawyers and one long weekend",
    )
    analysis = analyze_text(text)
    assert "(00:09:12) Raising from Nordkapp Ventures" in analysis.paragraphs
    assert {"Cold", "Raising", "Buying"}.isdisjoint(e.name for e in analysis.entities)


def test_a_prose_line_cut_after_a_lowercase_word_joins_the_next_but_a_dek_does_not():
    text = "\n".join([
        "Dunmore Freight Agrees to Sell Its Port Yards",
        "The hauler will keep its rail business, which grew faster than trucking in the first half",
        "Dunmore Freight said on Monday it would sell three port yards to a rival for $80 million.",
        "Analyst Tove Brandt expects savings by the second year, though she warned that moving",
        "Dunmore’s unionized crews into the rival’s depots would take time.",
        "The deal closes in May.",
    ])
    paragraphs = analyze_text(text).paragraphs
    assert "though she warned that moving Dunmore’s unionized crews into the rival’s depots would take time." in paragraphs[2]
    assert paragraphs[0].endswith("in the first half")  # the dek stands alone


def test_an_investing_sites_paywall_box_and_disclosure_go():
    chrome = [
        "🔒 Premium",
        "Marketline Premium members get our full Halcyon model, an updated price target and the call transcript.",
        "Start your 14-day free trial",
        "Already a member? Log in",
        "Disclosure: Ines Varga has no position in any of the stocks mentioned.",
    ]
    analysis = analyze_text(_article(STORY, "", *chrome))
    assert analysis.paragraphs == (STORY,)


def test_notes_around_a_translated_wire_story_go():
    chrome = [
        "Live updates: This story is being updated as the investigation develops.",
        "Translator’s note: This article was first published in Spanish on October 7 and has been translated and "
        "lightly edited for an English-language audience. Quotes were translated from Spanish by Tom Ruiz.",
        "Follow Mercado Sur on LinkedIn and X",
    ]
    analysis = analyze_text(_article(chrome[0], STORY, *chrome[1:]))
    assert analysis.paragraphs == (STORY,)


def test_a_newsletters_run_in_sponsor_quote_jobs_board_and_forward_line_go():
    text = "\n".join([
        "# Halcyon Labs raises $40 million",
        "",
        "> **A word from our sponsor:** Tallybook closes your books in three days. [Try it free](https://t.example.com)",
        "",
        STORY,
        "",
        "## Jobs Board",
        "",
        "- Halcyon Labs — Senior Roboticist (Denver, on-site)",
        "- Orbis — Staff Engineer (remote)",
        "",
        "Know someone who'd like this? [Forward this to a friend](https://n.example.com/fwd)",
    ])
    analysis = analyze_text(text, filename="issue.md")
    assert analysis.paragraphs == (STORY,)


def test_a_title_case_heading_ending_in_a_capitalised_small_word_stands_alone():
    text = _article(STORY, "What Investigators Will Look At", "Vestby said the team would examine the packs.")
    assert analyze_text(text).paragraphs[1] == "What Investigators Will Look At"


def test_a_rendering_and_its_courtesy_credit_go():
    caption = "An artist's view of the planned tower on the 800 block of Marsh Lane, seen from Orchard Road."
    analysis = analyze_text(_article(caption, "Rendering courtesy of Pell Yarrow Architects", STORY))
    assert analysis.paragraphs == (STORY,)


def test_the_pitch_under_a_sponsored_content_label_goes_but_a_paragraph_under_an_advertisement_slot_stays():
    pitch = "Planning a kitchen remodel? See what your neighbors paid with Hearthline Estimates."
    after = (
        "Vantage Capital, which led the round, said it expects the robots to ship to three warehouses in Ohio "
        "and Indiana next year, and that two more sites could follow if the pilots go well."
    )
    analysis = analyze_text(_article(STORY, "Sponsored content", pitch, after, STORY))
    assert analysis.paragraphs == (STORY, after, STORY)
    analysis = analyze_text(_article(STORY, "Advertisement", after, STORY))
    assert analysis.paragraphs == (STORY, after, STORY)


def test_the_product_name_over_a_reviews_star_rating_goes():
    verdict = "If you want the lightest laptop, the Corvel Air 14 is the one to buy."
    text = _article(STORY, "Verdict", verdict, "Corvel Air 14", "★★★★☆", "$999 at Best Buy")
    assert analyze_text(text).paragraphs == (STORY, "Verdict", verdict)


def test_a_newsletters_reader_supported_line_and_trial_cutoff_go():
    text = "\n".join([
        "# Halcyon Labs raises $40 million",
        "",
        STORY,
        "",
        "Gearbox Notes is a reader-supported publication. To receive new posts and support my work, "
        "consider becoming a free or paid subscriber.",
        "",
        "Keep reading with a 7-day free trial",
        "",
        "Subscribe to Gearbox Notes to keep reading this post and get 7 days of free access to the full post archives.",
        "",
        "[Start trial](https://gearbox.example/subscribe)",
    ])
    assert analyze_text(text, filename="post.md").paragraphs == (STORY,)


def test_a_nonprofit_newsrooms_support_line_goes():
    line = "Cascade Ledger is a nonprofit newsroom. Support our work."
    analysis = analyze_text(_article(STORY, line))
    assert analysis.paragraphs == (STORY,)


def test_a_block_quote_repeating_a_sentence_of_the_post_is_a_pull_quote():
    sentence = "It is also a sign that the biggest buyers now set the price, and they know it."
    text = "\n".join(["# Halcyon Labs raises $40 million", "", f"{STORY} {sentence}", "", f"> {sentence}", "", STORY])
    analysis = analyze_text(text, filename="post.md")
    assert f"> {sentence}" in analysis.removed or sentence in analysis.removed
    assert len(analysis.paragraphs) == 2


def test_an_obituarys_guestbook_buttons_contact_card_and_signed_messages_go():
    text = _article(
        "Sign the guestbook",
        "Send flowers",
        "Share this obituary",
        STORY,
        "Harlan-Pike Funeral Home | 40 W. Elm St., Kenosha, WI | (262) 555-0199",
        "Guestbook (2 entries)",
        '"He taught me to weld and never once raised his voice." — Ray T., Kenosha',
        '"Thank you for everything, Mr. Dunn." — The Albright family',
        "View all entries",
    )
    analysis = analyze_text(text)
    assert analysis.paragraphs == (STORY,)
    assert analysis.quotes == ()


def test_a_name_broken_after_a_comma_and_ending_its_sentence_is_rejoined():
    prev = "In 1971 he opened a machine shop in a rented barn with a former classmate, Ignatz"
    assert should_join(prev, "Brandt. The shop moved to Racine in 1980.")


def test_a_live_blogs_key_events_index_goes_but_a_key_updates_summary_stays():
    text = "\n".join([
        "# Halcyon Labs AGM live: shareholders reject pay report",
        "",
        "**Key events**",
        "- 10:42 Chair opens meeting",
        "- 11:15 Pay vote result",
        "",
        STORY,
    ])
    assert analyze_text(text, filename="live.md").paragraphs == (STORY,)


def test_a_magazines_print_issue_line_goes():
    text = "\n".join(["Why the quiet founder said no", "By Ada Penrose", "From the March 2026 issue", "", STORY])
    assert analyze_text(text).paragraphs == (STORY,)


def test_a_health_pages_reviewer_player_disclaimer_and_sources_go():
    text = "\n".join([
        "New asthma inhaler halves attacks in trial",
        "Medically reviewed by Dr. Oona Bakshi, MD",
        "Listen · 4 min read",
        "",
        STORY,
        "",
        "This article is for information only and is not a substitute for professional medical advice.",
        "Sources",
        "Halcyon Labs. Phase 2 results (press release). March 2026.",
        "Okafor D, et al. A robot in every ward. Journal of Care Robotics; 2025.",
    ])
    assert analyze_text(text).paragraphs == (STORY,)


def test_an_editors_note_declaring_the_publishers_stake_or_an_update_goes_but_a_note_on_sources_stays():
    disclosure = (
        "Editor’s note: The Ledger’s parent company, Brisk Media, holds a minority stake in Vantage Capital, "
        "an investor in Halcyon Labs. The reporter has no financial interest in either company."
    )
    update = "This story has been updated with comment from Vantage Capital."
    sources = "Editor’s note: Two engineers asked that only their first names be used."
    text = "\n".join(["Halcyon Labs raises $40 million", "", STORY, "", sources, "", update, "", disclosure])
    assert analyze_text(text).paragraphs == (STORY, sources)


def test_a_sports_pages_match_report_and_highlights_links_go():
    text = "\n".join([
        "Wexcombe Rovers come from behind to beat Harlan Athletic",
        "",
        STORY,
        "Watch highlights: Brandt’s late header seals the comeback (2:41)",
        "Match report: Wexcombe Rovers 2-1 Harlan Athletic",
    ])
    assert analyze_text(text).paragraphs == (STORY,)


def test_a_key_events_index_of_markdown_links_goes_with_its_heading():
    text = "\n".join([
        "# Halcyon Labs AGM live: shareholders reject pay report",
        "",
        "## Key events",
        "- [12:24 Results in full](#block-1224)",
        "- [11:52 Chair re-elected](#block-1152)",
        "",
        STORY,
    ])
    assert analyze_text(text, filename="live.md").paragraphs == (STORY,)


def test_a_plain_text_spec_table_stays_but_a_car_sites_buttons_go():
    text = "\n".join([
        "Sorrel unveils the Mistral GT",
        "",
        STORY,
        "Trim | Range | 0-60 mph | Price",
        "Long Range AWD | 410 mi | 3.9 sec | $68,000",
        "Performance | 360 mi | 2.9 sec | $82,500",
        "Build & price",
        "Compare trims",
        "Find a Sorrel dealer near you — 0.9% APR financing available",
    ])
    assert analyze_text(text).paragraphs == (
        STORY,
        "Trim | Range | 0-60 mph | Price",
        "Long Range AWD | 410 mi | 3.9 sec | $68,000",
        "Performance | 360 mi | 2.9 sec | $82,500",
    )


def test_a_weather_widget_is_not_the_headline():
    text = "\n".join([
        "Allen County Courier",
        "News | Local | Business | Sports",
        "Lima, OH 38°F Partly Cloudy",
        "LOCAL NEWS",
        "Strike enters second week at Lima compressor plant",
        "Picket lines swell outside the plant while a federal mediator tries to restart talks",
        "By Janelle Whit",
        "Published March 11, 2025 at 6:42 p.m.",
        "",
        STORY,
    ])
    analysis = analyze_text(text)
    assert analysis.title == "Strike enters second week at Lima compressor plant"
    assert "Lima, OH 38°F Partly Cloudy" in analysis.removed


def test_a_newsletters_name_over_its_pitch_and_a_car_sites_gallery_and_links_go():
    text = "\n".join([
        "Virelle reveals its second car",
        "Gallery: 42 photos",
        "",
        STORY,
        "",
        "Got a tip? Contact Dana Reyes securely on Signal.",
        "Bytefront Daily",
        "The startup news you need, in your inbox every weekday morning.",
        "Sign up",
        "More EV news",
        "Norvik cuts Aster prices by up to $3,000",
        "Newsletter: Get Gearline's weekly EV roundup",
    ])
    assert analyze_text(text).paragraphs == (STORY,)


def test_a_was_this_helpful_widget_goes():
    text = "\n".join(["Kidsway recalls 84,000 strollers", "", STORY, "Was this helpful? Yes | No"])
    assert analyze_text(text).paragraphs == (STORY,)


def test_an_ordered_lists_numbers_stay_in_the_body():
    text = "\n".join([
        "Halcyon Labs recalls 2,000 picking robots",
        STORY,
        "",
        "What owners should do",
        "1. Switch the robot off at the wall.",
        "2) Call Halcyon Labs on 800-555-0100 to book a free repair.",
        "- Keep the receipt.",
    ])
    paragraphs = analyze_text(text).paragraphs
    assert "1. Switch the robot off at the wall." in paragraphs
    assert "2) Call Halcyon Labs on 800-555-0100 to book a free repair." in paragraphs
    assert "Keep the receipt." in paragraphs  # a bullet's dash is markup, not a number


def test_a_caption_under_a_bare_photo_credit_and_a_gallery_caption_go():
    text = "\n".join([
        "Harbour Property Ledger",
        "Castlefield Partners buys Ormond Tower for $86 million",
        "Share",
        "Photo: Courtesy of Castlefield Partners",
        "Ormond Tower at 400 Vine Street, seen from Fountain Square.",
        "",
        "Item 1 of 2 A trader checks her phone at a market stall in Nairobi. Harbour Wire/Jo Amani",
        STORY,
    ])
    analysis = analyze_text(text)
    assert "Ormond Tower at 400 Vine Street, seen from Fountain Square." in analysis.removed
    assert not any("Item 1 of 2" in p for p in analysis.paragraphs)
    assert STORY in analysis.paragraphs


def test_a_blogs_webmention_counter_and_reply_by_email_line_and_a_shop_block_go():
    text = "\n".join([
        "Halcyon Labs raises $40 million",
        STORY,
        "",
        "Shop the collection",
        "Halcyon Picker Mini, 2-pack — $24.99",
        "",
        "2 webmentions · 5 comments",
        "",
        "Reply by email or send a webmention. Comments are moderated.",
    ])
    analysis = analyze_text(text)
    assert analysis.paragraphs == (STORY,)


def test_a_release_banner_a_reporters_disclosure_a_letters_call_and_a_transcript_note_go():
    text = "\n".join([
        "Halcyon Labs raises $40 million",
        "FOR IMMEDIATE RELEASE",
        STORY,
        "",
        "Editor’s note: Ledger reporter Dana Whitlock graduated from Calloway University in 2016.",
        "Letters to the editor: Who should lead Halcyon next? Send us your letter of 250 words or fewer.",
        "This transcript was produced on deadline by Clearscript Services and may be revised. The audio is the "
        "authoritative record.",
    ])
    assert analyze_text(text).paragraphs == (STORY,)


def test_a_company_name_broken_before_its_suffix_word_is_joined():
    assert should_join("Solvenna also picked the CT-900 geared turbofan from Calder", "Turbines for all 40 jets.")
    assert not should_join("Solvenna also picked the CT-900 geared turbofan from Calder", "Turbines Ordered")


def test_wide_gap_menus_and_buttons_a_quote_line_a_drawn_box_and_a_wrapped_bracket_caption_go():
    text = "\n".join([
        "CORVANE NEWS",
        "World  Business  Markets  Sustainability  Legal  Breakingviews",
        "",
        "Halcyon Labs raises $40 million",
        "",
        "HLCN  Halcyon Labs Inc.  $48.37  +3.92 (+8.82%)  NYSE  Delayed 15 min",
        "",
        "[Photo caption: Robots at the Halcyon Labs plant on Monday. The plant would",
        "double in size. (Dominic Ferreira-Lutz/Harbor Ledger)]",
        "",
        STORY,
        "",
        "  ┌──────────────────────────────┐",
        "   THE WARMING COAST  Our weekly climate newsletter.",
        "   Enter your email address      [ Sign up ]",
        "  └──────────────────────────────┘",
        "",
        "Sign the guest book     Send flowers     Share this obituary",
        "--Additional reporting by Teodor Vance. Editing by Priya Holt.",
        "Corvane Pro subscribers read this first.",
        "*News provided by* **Halvard Foods ASA**",
    ])
    analysis = analyze_text(text)
    assert analysis.title == "Halcyon Labs raises $40 million"
    assert analysis.paragraphs == (STORY,)


def test_a_drawn_table_stays():
    text = "\n".join([
        "Halcyon Labs raises $40 million",
        STORY,
        "┌──────────┬────────┐",
        "│ Quarter  │ Sales  │",
        "│ Q1       │ $4m    │",
        "└──────────┴────────┘",
    ])
    assert any("Quarter" in p for p in analyze_text(text).paragraphs)


def test_markdown_links_and_bold_that_wrap_over_lines_lose_their_markup():
    text = "\n".join([
        "# Halcyon Labs raises $40 million",
        "",
        "It played more like a rehearsal for markup. The bill on the table, the **Algorithmic",
        "Accountability Act**, passed the committee. You can read my [earlier breakdown",
        "of the draft](https://example.com/p/draft).",
    ])
    paragraphs = analyze_text(text, filename="post.md").paragraphs
    assert paragraphs == (
        "It played more like a rehearsal for markup. The bill on the table, the Algorithmic Accountability Act, "
        "passed the committee. You can read my earlier breakdown of the draft.",
    )


def test_a_row_of_bracketed_buttons_goes_whatever_networks_it_names():
    text = "\n".join([
        "Halcyon Labs raises $40 million",
        "[Share] [X] [Facebook] [Linkwise] [Email] [Link]",
        STORY,
    ])
    analysis = analyze_text(text)
    assert "[Share] [X] [Facebook] [Linkwise] [Email] [Link]" in analysis.removed
    assert STORY in analysis.paragraphs


def test_a_heading_past_a_reader_poll_over_a_wrapped_sentence_is_the_story_again():
    analysis = analyze_text(_article(
        STORY, "", "Reader Poll", "Should the county build the bridge?", "Yes", "No", "Vote", "View results", "",
        "What comes next",
        "The plan still needs a construction permit from the state Office of Coastal",
        "Resource Planning, which rules on harbour works. A spokesperson for the office said a decision is due in spring.",
    ))
    assert "What comes next" in analysis.paragraphs
    assert any(p.startswith("The plan still needs a construction permit from the state Office of Coastal Resource Planning")
               for p in analysis.paragraphs)
    assert not any("Reader Poll" in p or "View results" in p for p in analysis.paragraphs)


def test_a_sign_up_box_keeps_no_name_or_pitch_above_its_form():
    analysis = analyze_text(_article(
        STORY, "", "Shoreline: our weekly coast newsletter",
        "The latest on the bay's fisheries and ferries, delivered every Monday.",
        "Enter your email address", "Sign Up", "",
        "The county board meets again in May.",
    ))
    assert not any("Shoreline" in p or "delivered every Monday" in p for p in analysis.paragraphs)
    assert "The county board meets again in May." in analysis.paragraphs


def test_paywall_trial_and_reprint_lines_are_furniture():
    lines = [
        "Already a subscriber? Log in to read the full article.",
        "Start your free 30-day trial of Ledger Pro for unlimited access to filings, alerts and more.",
        "For a reprint of this article, please contact reprints@ledger.example.",
        "If someone forwarded this to you, you can subscribe here.",
        "Enter your email Sign Up",
        "By providing your information, you agree to our Terms of Use and our Privacy Policy.",
        "Pull quote: “If a dish needs an explanation, it isn't finished.”",
    ]
    analysis = analyze_text(_article(STORY, *lines))
    assert analysis.paragraphs == (STORY,)


def test_a_listen_bar_with_share_buttons_and_a_licence_button_are_furniture():
    analysis = analyze_text(_article("Listen to this story 6 min read Save Gift Share", STORY, "Save Gift Share License this article"))
    assert analysis.paragraphs == (STORY,)


def test_a_contact_card_with_dots_and_a_phone_number_is_furniture():
    card = "Harlan-Voss Funeral Home · 118 Quarry St., Ashford Glen · (570) 555-0192"
    assert line_boilerplate(prepare_lines(card)[0])
    assert not line_boilerplate(prepare_lines("Harlan-Voss Funeral Home · 22 Mill St., Brookfield")[0])


def test_most_viewed_and_what_im_reading_lists_are_teasers():
    analysis = analyze_text(_article(
        STORY, "", "Most Viewed in Business", "1 Bank flags arrears rise as rates bite",
        "2 Airline boss apologises over refund delays", "", "What I'm reading", "",
        "Why every startup has a chief AI officer — The Briefing Room",
        "The data-centre boom and small-town water bills — Northfield Post",
    ))
    assert analysis.paragraphs == (STORY,)


def test_a_sponsored_section_between_rules_goes_whole():
    text = "\n".join([
        "# The Weekly Diff", "", STORY, "", "---", "", "Sponsored", "",
        "Ship faster with Gridstack. Preview environments for every pull request, zero YAML. Teams at 300 startups use it.",
        "", "Sponsors help keep The Weekly Diff free. Advertise with us.", "", "---", "",
        "## Corvid slips its foldable", "",
        "Corvid Mobile has pushed its long-promised foldable to next spring, two people familiar with the plan said.",
    ])
    analysis = analyze_text(text, filename="diff.md")
    assert not any("Gridstack" in p or "Advertise" in p for p in analysis.paragraphs)
    assert analysis.paragraphs[-2:] == (
        "Corvid slips its foldable",
        "Corvid Mobile has pushed its long-promised foldable to next spring, two people familiar with the plan said.",
    )


def test_a_story_paragraph_across_a_blank_line_from_a_photo_credit_is_not_its_caption():
    said = 'Renata shrugs. She has heard it before. "They said the Tannery was dead, too," she says.'
    analysis = analyze_text(_article(STORY, "", said, "", "Photograph by Teodor Maly", "The tart at Little Wendell, Eastgate."))
    assert said in analysis.paragraphs
    assert "The tart at Little Wendell, Eastgate." in analysis.removed


def test_a_section_menu_with_a_small_word_is_not_the_headline():
    text = "\n".join([
        "HALSTON CITY MAGAZINE", "Food & Drink Arts Style News Travel Best of Halston Subscribe", "",
        "The Sergeant of Pruitt Street", "By Corinne Ashworth", STORY,
    ])
    assert analyze_text(text).title == "The Sergeant of Pruitt Street"


def test_a_share_price_with_an_arrow_is_a_widget():
    body = _body(_article("Pellan Mining (PLN) $2.41 ▼ $0.09 (3.6%)", STORY))
    assert "▼" not in body and "Vantage Capital" in body


def test_a_caption_ending_in_its_owner_is_removed():
    body = _body(_article('Rhea Vance in "The Salt Road." Courtesy of Orrery Pictures', "", STORY))
    assert "Courtesy" not in body and "Vantage Capital" in body


def test_a_wrapped_story_line_above_a_full_photo_caption_is_kept():
    text = _article(
        "Crews said about 40 firefighters responded and that they used foam to knock",
        "down the flames by about 4 p.m. Hot spots were still being watched at night.",
        "Photo: Firefighters spray foam on the east warehouse on Tuesday. (Viewer photo)",
        STORY,
    )
    body = _body(text)
    assert "down the flames by about 4 p.m." in body and "Viewer photo" not in body


def test_a_video_player_and_its_next_clip_are_removed():
    text = _article(
        "Video above: Smoke over the Tessmer plant on Tuesday",
        STORY,
        "Now Playing",
        "Neighbours describe the smoke on Hale Street",
        "Tessmer Coatings is a unit of Pruett Holdings. In a statement, the company said nobody was hurt "
        "and that it was working with the county and the state on air testing near the plant.",
    )
    body = _body(text)
    assert "Video above" not in body and "Neighbours describe" not in body and "Pruett Holdings" in body


def test_a_station_promising_updates_is_furniture():
    body = _body(_article(STORY, "KTVR 4 will update this story as more information becomes available."))
    assert "will update this story" not in body


def test_a_reviews_shop_buttons_teasers_and_jump_links_are_removed():
    text = _article(
        "Jump to: Price | Design and display | Cameras | Verdict",
        "Buy at Amazon $899.99",
        STORY,
        "Read our full Orlo 7 Pro review",
        "Buy at Amazon $899.99 | Buy at Orlo Store $899",
    )
    body = _body(text)
    assert "Buy at" not in body and "Jump to" not in body and "Read our full" not in body


def test_a_markets_sites_disclaimer_and_catch_all_line_are_removed():
    text = _article(
        STORY,
        "Disclaimer: The views and recommendations made above are those of individual analysts or broking "
        "companies, and not of this publication. We advise investors to check with certified experts before "
        "taking any investment decisions.",
        "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Daily Ticker.",
    )
    body = _body(text)
    assert "Disclaimer" not in body and "Catch all" not in body


def test_an_image_credit_takes_the_caption_above_it():
    text = _article("Orrin’s Kestrel rocket lifts off from Pad 4 at Saltmere on May 2, 2026.", "Image credit: Orrin Launch", STORY)
    assert "lifts off" not in _body(text)


def test_the_writers_card_under_the_story_goes_with_the_byline():
    text = _article(
        "By Maren Oakes",
        STORY,
        "Maren Oakes",
        "Senior Science Writer",
        "Maren covers rockets and space policy. She has reported on more than 40 launches.",
    )
    body = _body(text)
    assert "Senior Science Writer" not in body and "Maren covers" not in body


def test_a_forum_pitch_and_a_newsletter_box_are_removed():
    text = _article(
        STORY,
        "Join our Launch Forums to keep talking rockets on the latest missions and more!",
        "Get the Launchpad Newsletter",
        "Breaking rocket news, the latest updates on launches and more!",
        "Your Email Address   Sign me up",
    )
    body = _body(text)
    assert "Join our" not in body and "Breaking rocket news" not in body and "Sign me up" not in body


def test_a_sponsor_read_stops_at_the_next_heading():
    text = "\n".join([
        "# Ep. 12 — Lena Osterhout on selling to hospitals", "",
        "Lena Osterhout sat down with us to talk about hospital software and the slow grind of enterprise sales.", "",
        "Sponsor", "",
        "This episode is brought to you by Pallet — payroll for teams that",
        "hire across borders. Run payroll in minutes.", "",
        "Mentioned in this episode", "",
        "Tallowby, the clinic software Lena mentions at 12:30",
    ])
    body = _body(text, filename="ep12.md")
    assert "brought to you by" not in body and "Mentioned in this episode" in body


def test_a_shows_subscribe_pitch_and_transcript_paywall_are_removed():
    text = _article(
        STORY,
        "Full transcript available to Makers & Money Plus members.",
        "Enjoying the show? Subscribe on Apple Podcasts or Spotify and leave us a review.",
    )
    body = _body(text)
    assert "Full transcript" not in body and "Enjoying the show" not in body


def test_a_stations_watch_live_line_and_photo_by_credits_are_removed():
    caption = "The Torvane car in its new livery in London. Photo by: Sam Ridley / Motorlens Images"
    analysis = analyze_text(_article("Watch Live: KQRN 5 News at 11", caption, STORY))
    assert analysis.paragraphs == (STORY,)
    assert caption in analysis.removed


def test_a_newsletter_pitch_right_above_its_button_on_a_page_without_blank_lines():
    analysis = analyze_text(_article(
        STORY, "Breaking space news, the latest updates on rocket launches, skywatching events and more!", "Sign up",
    ))
    assert analysis.paragraphs == (STORY,)


def test_a_title_case_heading_with_a_comma_is_not_a_name_broken_across_lines():
    assert not should_join("Anchor Book, Bankers", "Ahead of the issue, the company raised Rs 372 crore.")
    assert should_join("... with a fellow machinist, Leonard", "Kessler, who retired in 2019.")


def test_forum_thread_furniture_is_removed():
    analysis = analyze_text(_article(
        STORY, "Sort by: Best", "[deleted] · ▲ 12", "[deleted]", "Continue this thread →", "Flair: AMA · Verified",
    ))
    assert analysis.paragraphs == (STORY,)


def test_a_sign_up_boxs_promise_a_tip_line_and_page_buttons_are_removed():
    lines = [
        "Get the Gridwire weekly energy briefing. No spam, unsubscribe anytime.",
        "[ Email address ]  Sign up",
        "Got a story? Email sport@beacon.example or call 020 7946 0321",
        "Sort: Newest",
        "Report an error",
        "This article is for subscribers. You have 2 free articles left this month.",
        "LIVE  Marlow Utd 1-0 Kestby 63'  |  Penwith 2-2 Alderby FT  |  Hollin Bay v Penrose 19:45",
        "Amara Lind, left, with the outgoing owner at Ropewalk Park Credit: Getty",
    ]
    analysis = analyze_text(_article(*lines, STORY))
    assert analysis.paragraphs == (STORY,)


def test_a_names_last_words_on_the_next_line_join_it_but_a_heading_does_not():
    prev = "She also negotiated the joint venture with South Korea’s Haneul"
    assert should_join(prev, "Chemical Holdings that is building a plant in Kumamoto.")
    assert not should_join("The Money Arrived Late, Then All at Once", "Westerly Ventures led the round.")


def test_a_forum_comments_header_stays_and_its_votes_go():
    lines = prepare_lines("u/hannah_k · OP · 5d\n▲ 412\n> ▲ 88", markdown=True)
    assert [line_boilerplate(line) for line in lines] == [False, True, True]


def test_a_score_line_with_a_colon_a_bet_offer_and_numbered_reference_links_are_removed():
    text = "\n".join([
        "THE HARBOUR HERALD",
        "FT: Penwith Rovers 2-2 Kestby Town",
        "",
        "Halcyon Labs raises $40 million for warehouse robots",
        "",
        STORY,
        "BET £5 GET £20 IN FREE BETS - NEW CUSTOMERS ONLY",
        "[1] https://arxiv.org/abs/2409.00017",
        "[2] https://www.example.org/reports/robot-safety",
    ])
    analysis = analyze_text(text)
    assert analysis.title == "Halcyon Labs raises $40 million for warehouse robots"
    assert analysis.paragraphs == (STORY,)


def test_an_embed_label_a_deals_box_and_a_review_box_are_removed():
    text = _article(
        STORY, "[Embedded Bluesky post]", "REVIEW  Tallow II review | Review score 8/10 | Read the full review",
        "Deals: Tallow II – Definitive Edition $14.99 at Steam (was $39.99) | View deal",
    )
    assert analyze_text(text).paragraphs == (STORY,)


def test_a_score_box_over_another_review_or_a_wine_goes_with_its_lines():
    text = _article(
        STORY, "", "Review score 8/10", "Saltwick Rovers review: a cosy roguelite that outstays its welcome", "",
        STORY.replace("Tuesday", "Wednesday"), "", "92 pts", "Quellhof, Steinberg Riesling 2022, Rheingau",
        "Buy now from £24 at Marlow & Finch", "",
        "Its 2019 vintage scored 92 points with one critic, Halcyon said.",
    )
    assert analyze_text(text).paragraphs == (
        STORY, STORY.replace("Tuesday", "Wednesday"), "Its 2019 vintage scored 92 points with one critic, Halcyon said.",
    )


def test_a_player_state_a_social_sharing_label_and_an_audience_desk_are_removed():
    text = _article(
        "Social Sharing", "Loaded", STORY, "Audience relations said the show would return in May.",
        "Audience Relations, KVRN News",
    )
    assert analyze_text(text).paragraphs == (STORY, "Audience relations said the show would return in May.")


def test_a_newsletters_issue_links_and_platform_footer_are_removed():
    text = _article(
        STORY, "Previous: The price war nobody asked for", "Next: Issue #88 (coming Friday)", "Ready for more?",
        "Start Writing",
    )
    assert analyze_text(text).paragraphs == (STORY,)


def test_a_promo_ending_in_its_link_goes_with_the_label_above_it():
    text = _article(
        STORY, "", "Tasting notes", "Next week: we taste nine vintages of Brisca Sangiovese. Read the full report", "",
        "Deals: Tidewell Complete Edition is 75% off this weekend", "",
        "Halcyon will report results on Friday.",
    )
    assert analyze_text(text).paragraphs == (STORY, "Halcyon will report results on Friday.")


def test_a_market_strip_is_furniture_and_never_the_headline():
    text = "\n".join([
        "The Harbour Mercantile", "SENSEX 71,880.12 ▲ 0.22%", "NIFTY 50 21,770.40 ▼ 0.18%",
        "GOLD (10g) ₹61,905 ▲ 0.31%", "USD/INR 83.02 ▼ 0.04%",
        "Halcyon Labs raises $40 million from Vantage Capital", STORY,
    ])
    analysis = analyze_text(text)
    assert analysis.title == "Halcyon Labs raises $40 million from Vantage Capital"
    assert "GOLD (10g) ₹61,905 ▲ 0.31%" in analysis.removed
    assert analysis.paragraphs == (STORY,)


def test_a_regional_papers_furniture_around_the_story():
    analysis = analyze_text(_article(
        "Follow us on Google News",
        "Crews tow the Halcyon test rig past the depot on Thursday evening.",
        "(Photo: Ines Carvalho / staff)",
        STORY,
        "Also Read: Who is Dara Fenwick, the engineer behind Halcyon's arm?",
        "Read the original German article",
        "Reach reporter Tobias Lind at tlind@valleysentinel.com or 555-0199. Follow him on X @TobiasLind.",
        "Support local journalism. Subscribe to The Valley Sentinel for just $1 for 6 months.",
        "Newsletter",
        "Sentinel Morning Briefing: the day's business news from the valley, every weekday at 7 am. Sign up now",
    ))
    assert analysis.paragraphs == (STORY,)


def test_a_cookie_banners_buttons_on_one_line():
    analysis = analyze_text("\n".join([
        "We use cookies to personalise content and ads.", "Yes, I'm happy    Manage my cookies",
        "Halcyon Labs raises $40 million", STORY,
    ]))
    assert analysis.title == "Halcyon Labs raises $40 million"
    assert analysis.paragraphs == (STORY,)


def test_a_newsrooms_call_out_and_a_filed_under_list():
    analysis = analyze_text(_article(
        STORY,
        "Do You Work in a Robot Warehouse? Help Us Report",
        "Share Your Story",
        "Filed under —",
        "Robotics, Venture Capital, Warehouses, Ohio",
    ))
    assert analysis.paragraphs == (STORY,)


def test_a_table_row_scraped_with_tabs_keeps_its_cells_apart():
    lines = prepare_lines("Products\tFlowlock, Sprig, Halcyon Hub\nFounded\t2009")
    assert [(line.text, line.table) for line in lines] == [
        ("Products | Flowlock, Sprig, Halcyon Hub", True), ("Founded | 2009", True)
    ]


def test_a_national_papers_amendment_note_topics_and_reader_appeal():
    analysis = analyze_text(_article(
        "Last modified on Thu 9 May 2024 11.42 BST",
        STORY,
        "This article was amended on 9 May 2024 to correct the spelling of a fund's name.",
        "Explore more on these topics",
        "Robotics",
        "Venture capital",
        "Reuse this content",
        "… we have a small favour to ask. Millions turn to us for open journalism every month. Unlike many "
        "others, we have no shareholders, so our reporting stays free to read. If you can, please back us from "
        "just £1. It takes less than a minute.",
        "Support us",
        "We accept Visa, Mastercard and PayPal",
    ))
    assert analysis.paragraphs == (STORY,)


def test_an_update_note_a_co_publisher_a_call_out_and_a_long_disclaimer():
    analysis = analyze_text(_article(
        "Co-published with the Harbour Ledger",
        "Update, May 10, 2024: This story has been updated to include a response from Vantage Capital.",
        STORY,
        "We want to hear from warehouse workers about robots on the floor. We will not publish your name "
        "without your permission, and you can reach us by encrypted message at any time.",
        "This post is for informational purposes only and is not an offer to sell or a solicitation of an "
        "offer to buy any security. It is not investment, legal or tax advice. Vantage Capital or its funds "
        "may hold positions in the companies mentioned, and past performance is no guide to future returns.",
    ))
    assert analysis.paragraphs == (STORY,)


def test_a_comment_boxs_buttons_and_house_rules_end_the_page():
    analysis = analyze_text(_article(
        STORY, "Thumbs up", "Reply", "Report", "The rules of replying:",
        "Be kind. No insults or slurs.", "Local Deals", "Oil change special at Marlow Tyres",
    ))
    assert analysis.paragraphs == (STORY,)
    assert "Be kind. No insults or slurs." in analysis.removed


def test_a_lead_caption_that_credits_its_picture_in_brackets():
    analysis = analyze_text(_article(
        "",
        "A drawing filed with the county shows the Halcyon depot from Mill Road. (Arden County Planning Office)",
        "",
        STORY,
    ))
    assert analysis.paragraphs == (STORY,)
    analysis = analyze_text(_article(
        "The Halcyon founders at their depot in Geelong on Monday. (ANB News: Priya Lane)", "Key points:", STORY,
    ))
    assert analysis.paragraphs == (STORY,)


def test_a_glued_relative_stamp_a_logo_link_and_a_stations_footer():
    analysis = analyze_text(_article(
        "Posted 5h ago5 hours ago, updated 1h ago1 hours ago",
        STORY,
        "ANB News Homepage",
        "ANB acknowledges Aboriginal and Torres Strait Islander peoples as the Traditional Custodians of the land.",
        "This service may include material from Coral Wire and Pacific Newsline which is copyright.",
    ))
    assert analysis.paragraphs == (STORY,)


def test_a_name_broken_after_by_joins_its_line():
    analysis = analyze_text(_article(
        "Halcyon Labs was founded in 2019 in Geelong, Victoria, by Everard",
        "Quist, a former mining engineer who still runs the company.",
    ))
    assert analysis.paragraphs == (
        "Halcyon Labs was founded in 2019 in Geelong, Victoria, by Everard Quist, a former mining engineer who "
        "still runs the company.",
    )


def test_a_paywall_pitch_and_a_link_to_subscribe_and_a_copied_link():
    analysis = analyze_text(_article(
        "Link copied",
        STORY,
        "Get unlimited access to casualty reports, vessel data and market analysis from the Harbour Ledger's global team.",
        "View subscription options",
    ))
    assert analysis.paragraphs == (STORY,)


def test_footnote_markers_show_as_numbers_and_a_pdf_link_is_furniture():
    text = "\n".join([
        "# Letter to shareholders", "", "[Download PDF](/letter.pdf) (1.2 MB)", "",
        "Revenue grew 21% this year.[^1] We thank you.", "", "[^1]: Figures exclude Vantage before June.",
    ])
    analysis = analyze_text(text, filename="letter.md")
    assert analysis.paragraphs == ("Revenue grew 21% this year.[1] We thank you.", "[1] Figures exclude Vantage before June.")


_OUTAGE_STORY = (
    "Wattlebird's chief executive told a Senate committee on Friday that the company had let down every customer "
    "who could not reach emergency services during the outage, as its owner announced a review of the business."
)


def test_a_key_points_box_and_a_video_player_are_not_the_story():
    text = "\n".join([
        "Wattlebird boss apologises for outage", "By Mara Quill", "Posted 3h ago",
        "Key points:", "The chief executive has apologised to senators", "At least 90 calls failed, the regulator says",
        _OUTAGE_STORY,
        "Watch", "Duration: 1 minute 42 seconds", "Wattlebird boss faces questions over outage",
        "The minister said the explanation was not good enough and asked for a report by the end of the month.",
        "Topic: Telecommunications", "Topic: Canberra",
    ])
    analysis = analyze_text(text)
    assert analysis.paragraphs[0] == _OUTAGE_STORY
    for line in ("Key points:", "At least 90 calls failed, the regulator says", "Watch", "Duration: 1 minute 42 seconds",
                 "Wattlebird boss faces questions over outage", "Topic: Telecommunications", "Topic: Canberra"):
        assert line in analysis.removed


def test_a_markdown_key_takeaways_section_is_the_writers_own():
    text = "# Quarter in review\n\nThe quarter went well for the cloud unit, which grew faster than expected.\n\n" \
        "## Key takeaways\n\n- Cloud grew 27%.\n- Hardware slipped.\n"
    body = _body(text, "review.md")
    assert "Key takeaways" in body and "Hardware slipped." in body


def test_a_vessel_details_box_and_a_paywall_meter_are_furniture():
    text = "\n".join([
        "Boxship aground in the Orla Canal", "14 Mar 2024", "You have read 1 of 3 free articles",
        "The canal was closed on Wednesday after the containership Sable Dawn lost steering and grounded near the "
        "southern entrance, blocking traffic in both directions.",
        "Vessel details", "Name: Sable Dawn", "IMO: 9812345", "Flag: Panama", "DWT: 98,100", "Built: 2017",
    ])
    analysis = analyze_text(text)
    assert len(analysis.paragraphs) == 1
    for line in ("You have read 1 of 3 free articles", "Vessel details", "Flag: Panama", "Built: 2017"):
        assert line in analysis.removed


def test_a_reviews_spec_list_stays():
    text = "\n".join([
        "Lumen X2 review: a fast phone", "By Dev Rao", "March 3, 2024",
        "The Lumen X2 is the quickest phone we have tested this year, and the battery lasts two days.",
        "Specs", "Display: 6.7-inch OLED", "RAM: 12GB", "Storage: 256GB", "Battery: 5,000mAh",
        "The camera is the weak point, with muddy shots in low light and a slow shutter.",
    ])
    assert "Display: 6.7-inch OLED" in _body(text)


def test_a_reported_sentence_after_related_coverage_is_the_story():
    text = "\n".join([
        "Regulators close Marrow Valley Bank", "By Ana Velde", "Published 7:12 PM EST, March 2, 2024",
        "Regulators closed Marrow Valley Bank on Friday and sold its deposits to Pinefield National over the weekend.",
        "Related Coverage", "What happens to your money when a bank fails", "Shares of regional lenders slide",
        "The agency's chair, Rosa Imbert, said staff had spent several weeks lining up bidders before the closure.",
        "Copyright 2024 The Associated Press. All Rights Reserved.",
        "This material may not be published, broadcast, rewritten or redistributed.",
    ])
    analysis = analyze_text(text)
    assert analysis.paragraphs[-1].startswith("The agency's chair, Rosa Imbert, said")
    assert "What happens to your money when a bank fails" in analysis.removed
    assert "This material may not be published, broadcast, rewritten or redistributed." in analysis.removed


def test_a_city_dailys_furniture_goes_and_its_story_stays():
    text = "\n".join([
        "Council backs ballpark bonds", "By Tom Reyes | treyes@valleypost.com | The Valley Post", "June 5, 2024",
        "Get the latest news delivered daily",
        "The city council voted 5-2 on Wednesday to borrow $90 million for a new ballpark downtown, ending a year of talks.",
        "Latest Local News", "County weighs new limits on oil wells near schools",
        "Police identify man killed in highway crash",
        "The county board of supervisors must still approve money for road work before construction can begin, staff said.",
        "Sponsored Content", "This One Simple Trick Is Cutting Energy Bills",
        "Economists who study sports facilities have long doubted that publicly financed stadiums pay for themselves.",
        "\"The research is about as settled as anything in economics gets, and the spending mostly moves around town "
        "rather than appearing out of nowhere,\" said Ines Calder, a professor of public finance at Orchard State University.",
        "Reporter Tom Reyes can be reached at treyes@valleypost.com or on X @treyes.",
        "We invite you to use our commenting platform to engage in conversations about issues in our community.",
        "Why you can trust The Valley Post",
    ])
    analysis = analyze_text(text)
    assert analysis.author == "Tom Reyes"
    assert any(p.startswith("Economists who study") for p in analysis.paragraphs)
    assert any(p.startswith("The county board of supervisors") for p in analysis.paragraphs)
    for line in ("Get the latest news delivered daily", "Latest Local News", "Police identify man killed in highway crash",
                 "Reporter Tom Reyes can be reached at treyes@valleypost.com or on X @treyes.",
                 "Why you can trust The Valley Post"):
        assert line in analysis.removed
    assert not any(p.startswith("We invite you") for p in analysis.paragraphs)


def test_a_line_ending_in_an_ampersand_runs_on():
    text = "\n".join([
        "Salvors called in to free grounded ship", "By Marta Lind", "14 Mar 2024",
        "The containership grounded on Wednesday near the southern entrance of the canal, blocking traffic.",
        "The owner appointed salvors from Brennock Salvage &",
        "Towage on Wednesday evening, and they have started dredging around the bow of the ship.",
    ])
    assert "Brennock Salvage & Towage on Wednesday" in _body(text)


def test_a_signed_letter_keeps_its_signature():
    text = (
        "---\ntitle: 2024 letter\nauthor: Ada Quince\n---\n\n# A Year of Building: Our 2024 Letter\n\n"
        "Dear shareholders,\n\nWe shipped more heat pumps than ever and closed two acquisitions this year.\n\n"
        "With gratitude,\n\nAda Quince\nChief Executive Officer\n"
    )
    analysis = analyze_text(text, filename="letter.md")
    assert analysis.title == "A Year of Building: Our 2024 Letter"
    assert "Ada Quince" in analysis.paragraphs
    assert any(e.name == "Ada Quince" and e.type == "PERSON" for e in analysis.entities)


def test_wire_photo_captions_dateline_and_desk_slug_are_removed():
    text = "\n".join([
        "AFP", "Dutch fishermen block Rotterdam port over quota cuts", "12/03/2024 09:10 GMT", "",
        "Trawlers moored across the harbour mouth in Rotterdam on March 12.",
        "MARIEKE VOS / AFP",
        "ROTTERDAM (AFP) -",
        "Dozens of Dutch fishing boats blocked the entrance to Rotterdam port on Tuesday, as the fishermen's union "
        "demanded that the government reverse cuts to the North Sea sole quota agreed in Brussels last year.",
        "The union said the blockade would continue until ministers met its leaders.",
        "Fisherman Joost Brinkman on the quay in Scheveningen on Tuesday.",
        "PIETER LAAN / AFP",
        "The agriculture ministry said talks would take place on Friday.",
        "",
        "pjl-kms/tw",
        "© Agence France-Presse 2025",
    ])
    analysis = analyze_text(text)
    for line in ("Trawlers moored across the harbour mouth in Rotterdam on March 12.", "ROTTERDAM (AFP) -",
                 "Fisherman Joost Brinkman on the quay in Scheveningen on Tuesday.", "pjl-kms/tw"):
        assert line in analysis.removed
    assert any(p.startswith("Dozens of Dutch fishing boats") for p in analysis.paragraphs)
    assert "The agriculture ministry said talks would take place on Friday." in analysis.paragraphs


def test_a_staff_photo_caption_a_topics_line_and_a_resources_link_are_removed():
    text = "\n".join([
        "The Harlow Sentinel", "Council approves new library on Dock Street", "By Ana Ruiz", "March 4, 2024", "",
        "Librarian Maeve Costa shows plans for the building on Monday. (Staff photo by Lee Ortega)",
        "The city council voted 7-2 on Monday to build a new central library on Dock Street, replacing the "
        "branch that closed after the 2019 flood.",
        "Related Topics: Harlow council · Libraries · Dock Street",
        "Get our Tech Resources",
    ])
    analysis = analyze_text(text)
    for line in ("Librarian Maeve Costa shows plans for the building on Monday. (Staff photo by Lee Ortega)",
                 "Related Topics: Harlow council · Libraries · Dock Street", "Get our Tech Resources"):
        assert line in analysis.removed
    assert "Lee Ortega" not in {e.name for e in analysis.entities}


def test_agency_promos_credits_and_newsletter_lines_are_removed():
    text = "\n".join([
        "CNN", "Zinc squeeze lifts prices to record", "By Ana Ruiz", "November 20, 2024", "",
        "Before it's here, it's on the Metals Terminal. LEARN MORE",
        "Zinc prices surged to a record in London on Wednesday as a single trader tightened his grip on the market.",
        "Get a look at the day ahead in global markets with the Morning Note newsletter.",
        "The exchange said it was watching the market closely and would act if spreads became disorderly.",
        "Harbour Street in Dunmore, circa 1950. Submitted photo",
        "— With assistance from Rhys Owen and Dewi Hart",
        "Have a confidential tip for our reporters? Get in Touch",
    ])
    analysis = analyze_text(text)
    assert analysis.source == "CNN"
    for line in ("Before it's here, it's on the Metals Terminal. LEARN MORE",
                 "Get a look at the day ahead in global markets with the Morning Note newsletter.",
                 "Harbour Street in Dunmore, circa 1950. Submitted photo",
                 "— With assistance from Rhys Owen and Dewi Hart",
                 "Have a confidential tip for our reporters? Get in Touch"):
        assert line in analysis.removed
    assert len(analysis.paragraphs) == 2


def test_a_quoted_sentence_above_a_photo_credit_is_the_story_and_the_caption_below_it_goes():
    text = "\n".join([
        "The Marlow Ledger", "After 80 years, Ostby Lumber will close", "By Tove Lang", "Mar 3, 2025",
        "Anders Ostby, left, outside the first yard on Mill Road in 1948.", "Submitted photo",
        "MARLOW — The lumber yard on Mill Road will close in April, the family said on Friday.",
        "Greta Ostby said she had made up her mind over the winter and that her father agreed.",
        'Anders said he was ready. "I\'ll still come by for coffee," he said. "Someone has to."',
        "Photo by Tove Lang / The Marlow Ledger",
        "Greta Ostby, right, and her father inside the yard office on Feb. 20.",
        "Support local journalism",
        "Subscribe today for $3.99 a month and get unlimited access to MarlowLedger.com.",
    ])
    analysis = analyze_text(text)
    assert any(p.startswith("Anders said he was ready.") for p in analysis.paragraphs)
    for line in ("Anders Ostby, left, outside the first yard on Mill Road in 1948.", "Submitted photo",
                 "Greta Ostby, right, and her father inside the yard office on Feb. 20.",
                 "Subscribe today for $3.99 a month and get unlimited access to MarlowLedger.com."):
        assert line in analysis.removed


def test_stamps_promos_and_notes_that_wrap_a_story_are_removed():
    text = "\n".join([
        "Harbour News", "Port levy doubled as ferries run late", "Tuesday, 4 Mar 2025 09:10", "Updated / 14:32",
        "By Órla Nic Dhonnacha, Transport Correspondent", "Reading time: 3 min",
        "The harbour board doubled its levy on Tuesday after a winter of late sailings.",
        "Before it's here, it's on the Harbour Terminal", "LEARN MORE",
        "Captains said the new levy would be passed on to passengers within weeks.",
        "Join the Harbour News WhatsApp Channel and get the latest news and must-reads.",
        "Read 3 articles and stand to win rewards", "Spin the wheel now",
        "Harbour Expo 2025: Get your pass before prices rise. Leith | May 5-6 | Register now",
        "This story was originally published by Coast FM and is republished with permission.",
        "Coast FM is not responsible for the content of external sites.",
        "Page last updated: 5 March 2025", "Terms & Conditions | Privacy | Need help? Reach us here.",
    ])
    analysis = analyze_text(text)
    assert analysis.author == "Órla Nic Dhonnacha"
    assert analysis.paragraphs == (
        "The harbour board doubled its levy on Tuesday after a winter of late sailings.",
        "Captains said the new levy would be passed on to passengers within weeks.",
    )


def test_a_court_summary_keeps_its_reasons_and_its_key_and_drops_its_notes_and_links():
    text = "\n".join([
        "---", 'title: "Marrow Foods Ltd v Quill Carriers plc: Press Summary"', "date: 2025-02-11",
        'author: "The Court of Appeal of Harland"', "---", "# Press Summary", "",
        "> NOTE: This summary is provided to help in understanding the Court's decision. It does not form part of it.",
        "", "The court dismisses the appeal. Lord Ferrin gives the only judgment.", "",
        "References in square brackets are to paragraphs in the judgment", "",
        "**Latest judgments:** [Ash v Birch [2025] HCA 3](/cases/3) · [Elm v Oak [2025] HCA 2](/cases/2)",
    ])
    analysis = analyze_text(text, filename="summary.md")
    assert analysis.title == "Marrow Foods Ltd v Quill Carriers plc: Press Summary"
    assert analysis.source == "The Court of Appeal of Harland"
    # the key to the bracketed numbers belongs to the summary's text, which cites paragraphs
    assert analysis.paragraphs == (
        "The court dismisses the appeal. Lord Ferrin gives the only judgment.",
        "References in square brackets are to paragraphs in the judgment",
    )


def test_a_long_line_cut_inside_a_two_word_place_joins_the_next():
    assert should_join(
        "A rancher who raises about 3,000 head near Lucas do Rio in northern Mato",
        "Grosso and sells to the packer said the rules had changed.",
        in_prose=True,
    )
    assert not should_join("A rancher who raises about 3,000 head near Lucas in the north of Mato", "Grosso Ranchers Fight Back", in_prose=True)


def test_slash_credits_event_promos_and_an_audio_embed_are_not_story():
    text = "\n".join([
        "Dairy co-op trims its forecast", "By Mere Tainui", "29 May 2025",
        "Hemi Tane on the trust's farm near Hāwera. / Supplied",
        "The co-operative cut its forecast on Thursday, blaming weaker demand from China.",
        "Summit 2025: Save up to $500 on your pass before prices rise. Join 8,000+ founders and investors in "
        "Auckland, October 27-29, for three days of talks. Register now",
        "Audio: Mere Tainui speaks to Morning Report. Coast FM is not responsible for the content of external sites.",
    ])
    assert analyze_text(text).paragraphs == (
        "The co-operative cut its forecast on Thursday, blaming weaker demand from China.",
    )


def test_a_trade_page_and_a_nigerian_daily_drop_their_furniture():
    text = "\n".join([
        "Two agencies to merge", "By Nell Pike", "March 6, 2025 1:14pm",
        "Updated with guild statement, agent exits 4:02pm", "Kindly share this story:",
        "Meridian Talent Group is merging with Langford Coyle Artists in a deal worth $1.1 billion, sources said.",
        "Must Read", "The Inside Story Of How The Writers Deal Came Together",
        "The deal, which still needs approval, is expected to close by the end of May, the companies said.",
        "Follow us on social media",
        "All rights reserved. This material, and other digital content on this website, may not be reproduced, "
        "published, broadcast, rewritten or redistributed in whole or in part without prior express written "
        "permission from the publisher.",
    ])
    assert analyze_text(text).paragraphs == (
        "Meridian Talent Group is merging with Langford Coyle Artists in a deal worth $1.1 billion, sources said.",
        "The deal, which still needs approval, is expected to close by the end of May, the companies said.",
    )


def test_a_parliamentary_record_keeps_its_turns_and_drops_its_columns_and_licence():
    text = "\n".join([
        "---", 'title: "Harbour Water Bill - Hansard - UK Parliament"', "date: 2025-03-04", "---",
        "Hansard > Commons > 4 March 2025 > Harbour Water Bill", "", "## Harbour Water Bill", "",
        "Volume 770: debated on Tuesday 4 March 2025", "", "Column 345", "", "**Tom Ashdown** (Mendip Vale) (LD)", "",
        "Will the Minister give way?", "", "Column 346", "",
        "Hansard · UK Parliament · Contains Parliamentary information licensed under the Open Parliament Licence v3.0",
    ])
    analysis = analyze_text(text, filename="debate.md")
    assert (analysis.title, analysis.source) == ("Harbour Water Bill", "Hansard")
    assert analysis.paragraphs == ("Tom Ashdown (Mendip Vale) (LD)", "Will the Minister give way?")


def test_a_debates_buttons_a_sign_off_and_the_site_named_in_the_pages_title():
    text = "\n".join([
        "---", 'title: "Harbour Water Bill - Hansard - UK Parliament"', "date: 2025-03-04", "---",
        "# Harbour Water Bill: Second Reading", "", "Share this debate", "",
        "**Tom Ashdown** (Mendip Vale) (LD)", "", "Will the Minister give way to the honourable member opposite?", "",
        "DM", "", "###", "", "Back to top", "", "© UK Parliament 2026",
    ])
    analysis = analyze_text(text, filename="debate.md")
    assert (analysis.title, analysis.source) == ("Harbour Water Bill: Second Reading", "Hansard")
    assert analysis.paragraphs == (
        "Tom Ashdown (Mendip Vale) (LD)", "Will the Minister give way to the honourable member opposite?",
    )


def test_a_kenyan_caption_a_read_teaser_and_the_author_link_are_chrome():
    text = _article(
        "Ruth Kariuki at a past briefing in Nairobi. PHOTO | FILE",
        "The regulator has threatened to fine Mawimbi Telecom up to Sh2.4 billion over the outage.",
        "READ: SEC tightens disclosure rules on related-party deals of listed firms",
        "Malou’s lawyer said his client was prepared to go to court if the meeting went ahead.",
        "The Sarmiento home in Forbes Park. INQUIRER FILE PHOTO",
        "Don't miss out on the latest news and information.",
        "Email the author",
    )
    assert analyze_text(text).paragraphs == (
        "The regulator has threatened to fine Mawimbi Telecom up to Sh2.4 billion over the outage.",
        "Malou’s lawyer said his client was prepared to go to court if the meeting went ahead.",
    )


def test_le_mondes_translation_furniture_and_its_bylines():
    text = "\n".join([
        "Le Monde", "Subscribe | Log in", "Lire en français : « Chez Vérane, la guerre des héritiers", "Economy",
        "Luxury: Vérane heirs go to war over the family holding company",
        "By Clémence Aubertin-Roux", "Published on March 26, 2025, at 6:15 pm (Paris), updated at 7:02 pm",
        "Time to 5 min.", "Article reserved for subscribers",
        "The flagship on Rue Saint-Honoré in Paris, on March 24, 2025. JULIEN MARCHETTI-VIDAL / HANS LUCAS VIA AFP",
        "For three generations, the de Lornay family kept its quarrels behind the tall doors of its house.",
        "Read more Subscribers only In luxury, family holding companies are the last line of defense",
        "The commercial court has set a first hearing for April 14, the company said on Wednesday.",
        "Translation of an article originally published in French on lemonde.fr; the publisher may only be liable "
        "for the French version.",
        "Clémence Aubertin-Roux", "Share",
        "You can read up to 5 articles a month on one device. Subscribe to read Le Monde in English without limits.",
    ])
    analysis = analyze_text(text)
    assert analysis.title == "Luxury: Vérane heirs go to war over the family holding company"
    assert (analysis.author, analysis.date) == ("Clémence Aubertin-Roux", "2025-03-26")
    assert analysis.paragraphs == (
        "For three generations, the de Lornay family kept its quarrels behind the tall doors of its house.",
        "The commercial court has set a first hearing for April 14, the company said on Wednesday.",
    )


def test_an_inquirer_byline_with_a_handle_and_a_dateline_with_the_paper():
    text = "\n".join([
        "INQUIRER.NET", "BUSINESS", "Sarmiento heirs clash over control of SEVI weeks after death",
        "By: Katrina Mae V. Lualhati - Reporter / @KMLualhatiINQ",
        "Philippine Daily Inquirer / 05:12 AM March 18, 2025",
        "MANILA, Philippines — Less than three weeks after the death of tycoon Gregorio Sarmiento, a fight has "
        "broken out in the boardroom.",
    ])
    analysis = analyze_text(text)
    assert (analysis.author, analysis.date) == ("Katrina Mae V. Lualhati", "2025-03-18")
    assert len(analysis.paragraphs) == 1


def test_wire_footers_charts_sidebars_and_paywall_boxes_are_chrome():
    story = "Corlane Therapeutics Inc. agreed to pay $30 million to settle claims that it hid a failed trial."
    text = "\n".join([
        "Corlane Agrees To $30M Deal Over Trial Data",
        "By Dana Whitfield",
        "Law360 (May 6, 2024, 4:12 PM EDT) -- " + story,
        "Stay ahead of the curve",
        "In the legal profession, you need to know what your rivals are doing before they do it.",
        "Start Your Free Trial Now",
        "The company's shares fell 40% on the news, the steepest drop in its history.",
        "Falling Hard",
        "Corlane's shares have lost most of their value this year",
        "Source: Bloomberg",
        "The case is In re Corlane Therapeutics Inc. Securities Litigation, in federal court in Boston.",
        "— With assistance from Ruth Okafor",
        "To contact the reporter on this story:",
        "Dana Whitfield in New York at dwhitfield@example.com",
        "To contact the editors responsible for this story:",
        "Neil Amberly, Joan Pike",
        "Have a story idea for Securities? Reach us at tips@example.com.",
        "Related Sections",
        "Life Sciences",
        "Case Information",
        "Judge",
        "Maren Castel",
        "Published in Dawn, January 23rd, 2025",
    ])
    analysis = analyze_text(text)
    assert analysis.date == "2024-05-06"
    assert analysis.paragraphs[0].endswith(story)
    assert [p[:14] for p in analysis.paragraphs] == ["Law360 (May 6,", "The company's ", "The case is In"]


def test_the_source_under_a_table_s_rows_is_the_story_s_not_a_credit():
    text = "\r\n".join([
        "Kestrel Cane lifts output",
        "",
        "Kestrel Cane Ltd crushed more cane this year than ever, its managing director, Ayanda Nkosi, said.",
        "",
        "Kestrel Cane in figures",
        "\t2024\t2025",
        "Cane crushed (tonnes)\t401 000\t433 000",
        "Employees\t1 210\t1 305",
        "Source: Kestrel Cane annual report",
        "",
        "The company will list its bond in July.",
        "",
        "Source: Reuters",
        "",
    ])
    analysis = analyze_text(text)
    assert "Source: Kestrel Cane annual report" in analysis.paragraphs
    assert "Employees | 1 210 | 1 305" in analysis.paragraphs
    assert "Source: Reuters" not in analysis.paragraphs


def test_captions_credits_and_audio_players_are_not_the_story():
    text = "\n".join([
        "Abu Dhabi fund buys a stake in an Antwerp terminal operator",
        "Listen In English",
        "Listen In Arabic",
        "Powered by automated translation",
        "Facebook Count",
        "Header image: Cranes at the Kallo terminal. — Dawn/File",
        "Omar Al Ketbi, chief executive, at the fund's office in Abu Dhabi. Leila Montero / The National",
        STORY,
    ])
    assert analyze_text(text).paragraphs == (STORY,)


def test_a_title_case_label_among_capitals_labels_is_a_turn_and_no_ends_a_sentence():
    text = "\n".join([
        "# The Short Life of Zipcart: An Oral History",
        "",
        "## The cast",
        "- **Priya Raman**, co-founder",
        "- **Theo Brandt**, head of operations",
        "- **Gwen Tallis**, permits manager",
        "- **Marcus Oyelaran**, fleet technician",
        "",
        "**PRIYA RAMAN:** We built the first app in six weeks.",
        "**Theo Brandt:** I answered an ad and thought it was a joke.",
        "**GWEN TALLIS:** The city could not say no.",
        "**Theo Brandt:** We were burning money on every ride.",
        "**OYELARAN:** Nobody at the city could say no.",
        "**GWEN TALLIS:** They lost the permit in June.",
    ])
    analysis = analyze_text(text, filename="oral.md")
    speakers = {q.text: q.speaker for q in analysis.quotes}
    assert speakers["I answered an ad and thought it was a joke."] == "Theo Brandt"
    assert speakers["We were burning money on every ride."] == "Theo Brandt"
    assert speakers["They lost the permit in June."] == "Gwen Tallis"
    assert len(analysis.paragraphs) == 11


def test_a_name_broken_after_a_rank_or_before_a_particle_is_joined():
    assert should_join("Trade Secretary Cristina", "Mapa said the department would not intervene.")
    assert should_join(
        "There was no doubt in the group about who it was: her nephew, Jean-Baptiste",
        "d'Orsenne, a former banker who lives in Geneva.",
    )
