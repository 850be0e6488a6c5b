"""Quotations: pairing marks, telling speech from scare quotes, finding the speaker."""

from __future__ import annotations

from store.analyze import analyze_text
from store.entities import find_entities
from store.model import Quote
from store.quotes import find_quotes


def _quotes(body: str) -> list[Quote]:
    quotes = find_quotes(body, find_entities(body))
    for quote in quotes:
        assert body[quote.start:quote.end] == quote.text
    return quotes


def _article_lines(*lines: str) -> str:
    return "\n".join(["Singer sues her label over a buried album", "By Jenna Castell", "April 11, 2024", *lines])


def _one(body: str, text: str) -> Quote:
    found = [q for q in _quotes(body) if q.text == text]
    assert len(found) == 1, [q.text for q in _quotes(body)]
    return found[0]


def test_straight_and_curly_double_quotes():
    body = 'Priya Raman said, "We are ready." Dev Okoye replied: “So are we.”'
    assert [(q.text, q.speaker, q.kind) for q in _quotes(body)] == [
        ("We are ready.", "Priya Raman", "speech"),
        ("So are we.", "Dev Okoye", "speech"),
    ]


def test_single_curly_quotes_and_apostrophes():
    body = "‘It’s the ’90s again,’ said Lena Moss. Moss’s critics disagree; ‘the companies’ plans are bad,’ Moss added."
    quotes = _quotes(body)
    assert [q.text for q in quotes] == ["It’s the ’90s again,", "the companies’ plans are bad,"]
    assert all(q.speaker == "Lena Moss" and q.kind == "speech" for q in quotes)


def test_nested_curly_quotes_keep_inner_marks():
    body = "“She told the whole team, ‘Ship it ugly,’ and then went home,” Jonah Pike says of Ayla Brook."
    outer = _one(body, "She told the whole team, ‘Ship it ugly,’ and then went home,")
    inner = _one(body, "Ship it ugly,")
    assert (outer.speaker, outer.kind) == ("Jonah Pike", "speech")
    assert inner.kind == "speech"


def test_nested_straight_quotes_are_paired_from_the_inside():
    body = 'Tomasz Wren wrote "He said "Open" was the point, he said" on Friday.'
    outer = _one(body, 'He said "Open" was the point, he said')
    inner = _one(body, "Open")
    assert (outer.kind, outer.speaker) == ("speech", "Tomasz Wren")
    assert inner.kind == "other"


def test_quote_spanning_a_broken_line():
    text = 'Halcyon shrugs\nPriya Raman said: "We are not going to\ngrow faster than we can hire."'
    analysis = analyze_text(text)
    assert [(q.text, q.speaker) for q in analysis.quotes] == [
        ("We are not going to grow faster than we can hire.", "Priya Raman")
    ]


def test_speech_verb_after_the_quote_in_either_order():
    body = '"We will not sell," Raman said. "Never," said Dev Okoye. Priya Raman is the founder.'
    assert _one(body, "We will not sell,").speaker == "Priya Raman"
    assert _one(body, "Never,").speaker == "Dev Okoye"


def test_pronoun_speaker_resolves_to_the_last_matching_person():
    body = (
        'Priya Raman called Dev Okoye into her office. "We need to talk," she told him. '
        'On Feb. 12, he wrote "I will not sign" in an email.'
    )
    assert _one(body, "We need to talk,").speaker == "Priya Raman"
    assert _one(body, "I will not sign").speaker == "Dev Okoye"


def test_reported_words_belong_to_the_subject_not_the_object():
    body = "Jonah Pike runs Halcyon. He stated that Ortega 'never understood the product'. Maya Ortega left."
    quote = _one(body, "never understood the product")
    assert (quote.speaker, quote.kind) == ("Jonah Pike", "speech")


def test_scare_quotes_and_titles_are_other():
    body = (
        'Vantage called the round a so-called “reset”. A report titled "The Cost of Idle" came out. '
        'Raman named it "Beacon". The "fire hose" of data kept flowing.'
    )
    kinds = {q.text: q.kind for q in _quotes(body)}
    assert kinds == {"reset": "other", "The Cost of Idle": "other", "Beacon": "other", "fire hose": "other"}


def test_called_by_a_person_is_speech_but_by_a_document_is_not():
    body = (
        'Raman calls it "the boring feature everyone secretly wanted." The data sheet, which calls '
        'the part "the smallest arm in its class," is online. Priya Raman wrote it.'
    )
    assert _one(body, "the boring feature everyone secretly wanted.").kind == "speech"
    assert _one(body, "the smallest arm in its class,").kind == "other"


def test_with_the_words_inherits_the_posting_speaker():
    body = 'Maya Ortega tweeted "I wish them well" and a picture of a cake with the words: "Goodbye Halcyon".'
    quotes = _quotes(body)
    assert [(q.text, q.speaker, q.kind) for q in quotes] == [
        ("I wish them well", "Maya Ortega", "speech"),
        ("Goodbye Halcyon", "Maya Ortega", "speech"),
    ]


def test_according_to_after_the_quote():
    body = 'Halcyon is "not in a hurry" to buy rivals, according to Dev Okoye, its finance chief.'
    quote = _one(body, "not in a hurry")
    assert (quote.kind, quote.speaker) == ("speech", "Dev Okoye")


def test_continuation_quote_keeps_the_speaker():
    body = '"It is not about hype," Ayla Brook added. "It is about throughput."'
    assert _one(body, "It is about throughput.").speaker == "Ayla Brook"


def test_embedded_post_without_marks_is_a_speech_quote():
    text = (
        "Orbis ships Lumen 2\n"
        "Chief executive Raj Patel announced the launch in a short post:\n\n"
        "> Lumen 2 is the headset we wanted to build. Go try it.\n"
        ">\n"
        "> — Raj Patel (@rajpatel) March 4, 2024\n\n"
        "Orbis shares rose 4% on the news."
    )
    analysis = analyze_text(text, filename="orbis.md")
    post = [q for q in analysis.quotes if q.text.startswith("Lumen 2 is")]
    assert len(post) == 1
    assert (post[0].speaker, post[0].kind) == ("Raj Patel", "speech")
    assert analysis.body[post[0].start:post[0].end] == post[0].text
    assert analysis.date is None


def test_odd_number_of_marks_is_bounded_by_the_paragraph():
    text = (
        'Halcyon stalls\nPriya Raman said: "This never closes and runs on.\n\n'
        'A new paragraph about Vantage Capital.\n\n"Second stray mark here too'
    )
    analysis = analyze_text(text)
    body = analysis.body
    assert any(q.text == "This never closes and runs on." for q in analysis.quotes)
    for quote in analysis.quotes:
        assert "\n\n" not in quote.text
        assert body[quote.start:quote.end] == quote.text


def test_stray_closing_marks_and_inch_marks_do_not_crash():
    body = "The 12\" screen” is big' and so is the 5' arm”. Raman left."
    assert all(body[q.start:q.end] == q.text for q in _quotes(body))


def test_pronoun_after_an_unnamed_speaker_is_not_the_last_named_person():
    body = (
        "Wren Halloway ran the firm for nine years. One former vice president, who asked not to be "
        'named because he still owns shares, said the pressure had worn on her. "She is a builder," he said.'
    )
    assert _one(body, "She is a builder,").speaker is None


def test_descriptor_next_to_a_name_names_the_speaker():
    body = 'Its chief executive, Odile Fenn, took questions. "We will ship in May," she said.'
    assert _one(body, "We will ship in May,").speaker == "Odile Fenn"


def test_gender_is_read_from_the_articles_own_pronouns():
    # Neither given name is in any list; the text's pronouns tell them apart.
    body = (
        "Kesi Olawale founded the lab in 2019. She still writes most of its code. "
        "Tarmo Vask joined later. He runs sales. "
        '"Nobody else would hire me," she said.'
    )
    assert _one(body, "Nobody else would hire me,").speaker == "Kesi Olawale"


def test_a_speaker_does_not_name_themself_inside_the_quote():
    body = (
        "Bram Osei started the company with Yolanda Fisk, a former compiler engineer. "
        '"Yolanda thought my idea was a toy," he said.'
    )
    assert _one(body, "Yolanda thought my idea was a toy,").speaker == "Bram Osei"


def test_a_nickname_between_first_name_and_surname_is_no_quotation():
    body = (
        'Directors pressed chief executive Deborah "Deb" Quaye to move faster, '
        'and she resigned on Friday. "It was time," Quaye said.'
    )
    # part of her name, which nobody said: not a quotation to highlight, of any kind
    assert [(q.text, q.speaker) for q in _quotes(body)] == [("It was time,", "Deborah Quaye")]


def test_the_outlet_is_neither_speaker_nor_pronoun_target():
    text = (
        "Harbor Desk\nBerit Nakamura tries to calm customers\n\n"
        "Chief executive Berit Nakamura has tried to calm customers. According to a memo seen by Harbor Desk, "
        'she told staff the product would "stay open for as long as people want it."\n'
    )
    analysis = analyze_text(text)
    assert analysis.source == "Harbor Desk"
    [quote] = [q for q in analysis.quotes if q.kind == "speech"]
    assert quote.speaker == "Berit Nakamura"


def test_a_slogan_is_not_speech():
    body = 'Crumbs put up billboards carrying its new slogan, "Hot food. Cold feet. Zero excuses." Nobody laughed.'
    assert _one(body, "Hot food. Cold feet. Zero excuses.").kind == "other"


def test_a_spokesperson_for_a_company_is_not_the_company():
    body = (
        'A spokesperson for Parcelwise said the company had "nothing to add beyond the statement," '
        'and a Brightwater spokesperson said it remained "focused on merchants."'
    )
    assert _one(body, "nothing to add beyond the statement,").speaker is None
    assert _one(body, "focused on merchants.").speaker is None


def test_a_nested_quote_belongs_to_the_name_inside_the_outer_quote():
    body = (
        "Alexander Drummond founded the firm. A former vice president saw it differently. "
        '“When Drummond told us ‘we’re fine for a year,’ nobody believed him,” the former vice president said.'
    )
    assert _one(body, "we’re fine for a year,").speaker == "Alexander Drummond"


def test_reported_speech_after_told_me_without_that():
    body = (
        "Oskar Brandt runs the lab. Brandt told me the company expects its model to stay "
        'competitive on coding tasks "for at least the rest of the year."'
    )
    assert _one(body, "for at least the rest of the year.").speaker == "Oskar Brandt"


def test_an_age_description_opens_like_a_pronoun():
    body = 'Ines Barral mocked him. The 26-year-old joked that his dancing looked "like a fridge falling down stairs."'
    assert _one(body, "like a fridge falling down stairs.").speaker == "Ines Barral"


def test_a_title_quote_does_not_cut_the_sentence_for_the_next_quote():
    body = "Ines Barral spoke on her podcast ‘Late Again’ last week, joking that it was \"a disaster, honestly.\""
    assert _one(body, "Late Again").kind == "other"
    assert _one(body, "a disaster, honestly.").speaker == "Ines Barral"


def test_him_or_her_after_a_name_is_only_half_a_gender_vote():
    body = (
        "Tomek Wal still uses the old name when he wants to tease her. "
        "Wal, a former engineer, gives her the credit. He stated that Priya Naidu 'rebuilt it in a weekend' "
        "and then slept."
    )
    assert _one(body, "rebuilt it in a weekend").speaker == "Tomek Wal"


def test_a_caption_the_person_posted_is_their_speech_but_text_on_a_screen_is_not():
    body = (
        'Ravi Kapoor posted a clip to Threads, with the caption: "Mats are open. Pick a date." '
        'When a Kapoor robot bumps into you, it flashes two words on its screen: “my fault.”'
    )
    caption = _one(body, "Mats are open. Pick a date.")
    assert (caption.kind, caption.speaker) == ("speech", "Ravi Kapoor")
    assert _one(body, "my fault.").kind == "other"


def test_names_in_a_relative_clause_are_not_the_subject():
    body = 'Welder Ida Brun, who has worked at Solberg Lifting for years, told reporters she was "relieved, mostly."'
    assert _one(body, "relieved, mostly.").speaker == "Ida Brun"


def test_a_second_verb_after_a_quote_keeps_the_sentence_subject():
    body = (
        "Rachel Oyelaran, an analyst at Pemberly, wrote that Corvo had ‘earned a quiet year,’ "
        'but remarked that Nvidia remains "the weather everyone lives in."'
    )
    assert _one(body, "the weather everyone lives in.").speaker == "Rachel Oyelaran"


def test_what_a_device_says_is_not_speech():
    body = 'Marta Quell wrote that the app says "all good!" while the room boiled.'
    assert _one(body, "all good!").kind == "other"


def test_reported_clause_without_that_is_attributed_to_the_subject():
    body = (
        "Ryu Seo-yeon, who leads the chip team, says the Tessel X2 is faster and runs the assistant "
        '"without ever phoning home." Buyers mentioned "report raids" too.'
    )
    assert _one(body, "without ever phoning home.").speaker == "Ryu Seo-yeon"
    assert _one(body, "report raids").kind == "other"


def test_an_unnamed_spokesperson_saying_that_a_name_does_not_give_the_quote_to_the_name():
    body = 'Orvik declined. A spokesperson for the company said by email only that the Orvik Licence "stays free for most users."'
    assert _one(body, "stays free for most users.").speaker is None


def test_words_quoted_from_a_filing_or_complaint_are_not_speech():
    body = (
        'In a regulatory filing, Harrowgate said the deal would be "accretive to earnings within a year." '
        'Dana Yue leads what the filing calls "agent-aware pipelines," which skip tests. '
        '"The founder misled every investor," the complaint says. '
        '"We will fight this," Yue said.'
    )
    assert _one(body, "accretive to earnings within a year.").kind == "other"
    assert _one(body, "agent-aware pipelines,").kind == "other"
    assert _one(body, "The founder misled every investor,").kind == "other"
    assert _one(body, "We will fight this,").speaker == "Dana Yue"


def test_a_document_in_the_next_paragraph_does_not_touch_the_quote_before_it():
    body = "“I haven’t met that agent,” Ola Brandt said.\n\nThe filing lists his stake at 11 percent."
    assert _one(body, "I haven’t met that agent,").kind == "speech"


def test_a_name_after_a_pronoun_is_not_the_subject_that_votes_for_a_gender():
    body = (
        "Kofi Mensah has a long history of picking fights. On Feb. 17, he tweeted again. "
        "Rin Sato was calmer. She stated that Mensah ‘could not tell a ledger from a landing page’ and said she "
        "would not sue.\n\n"
        "“I would rather talk to customers,” she told a trade paper."
    )
    assert _one(body, "I would rather talk to customers,").speaker == "Rin Sato"


def test_the_billionaire_or_the_founder_points_back_at_the_last_person_named():
    body = (
        "Drax founder Milo Varga bought the island last year.\n\n"
        "The billionaire, 41, wrote on X that he was “never happier.” The founder said the deal was “a steal.” "
        "The data sheet calls the chip “the coolest in its class.”"
    )
    assert _one(body, "never happier.").speaker == "Milo Varga"
    assert _one(body, "a steal.").speaker == "Milo Varga"
    assert _one(body, "the coolest in its class.").kind == "other"


def test_nicknames_and_work_names_after_call_are_not_speech():
    body = (
        'Brannock Vale — the rocket heir fans call "the Orbit King" — left at midnight. '
        "One fan joked that her next album should be called “Rotor Heart.” "
        "The release, internally codenamed “Marmalade,” ships in May."
    )
    for text in ("the Orbit King", "Rotor Heart.", "Marmalade,"):
        assert _one(body, text).kind == "other"


def test_a_source_close_to_someone_is_not_that_person():
    body = 'Brannock Vale left early. A source close to Vale insisted things are "super casual" for now.'
    quote = _one(body, "super casual")
    assert quote.kind == "speech"
    assert quote.speaker is None


def test_a_person_the_complaint_reports_speaking_is_quoted_but_a_court_order_is_a_document():
    body = (
        "The complaint describes a board meeting at which partner Ruben Ilvic allegedly told Dana Moro that "
        "the investors had “lost faith in the founder.” In a two-page order, Judge Thea Blaylock wrote that "
        "the parties should “meet and confer in good faith” before May."
    )
    said = _one(body, "lost faith in the founder.")
    assert (said.kind, said.speaker) == ("speech", "Ruben Ilvic")
    assert _one(body, "meet and confer in good faith").kind == "other"


def test_a_one_word_quote_after_a_reported_subject_is_speech_but_a_scare_quote_is_not():
    body = (
        'Dana Moro says two venture firms "engineered" her removal. '
        'Local business groups have warned of a "generation gap" in the region.'
    )
    assert _one(body, "engineered").kind == "speech"
    assert _one(body, "generation gap").kind == "other"


def test_an_unnamed_questioner_does_not_hand_the_quote_to_the_company_asked_about():
    body = (
        'Tillory Systems reported results on Thursday. On the call, one analyst asked whether Tillory was '
        '"losing deals on price" to its rivals.'
    )
    quote = _one(body, "losing deals on price")
    assert quote.speaker is None


def test_a_testimonial_signed_after_its_closing_mark_is_the_signers_speech():
    body = (
        "Parcelnest has run the beta since November.\n\n"
        "\"We cut our build bill by a third in the first month.\" — Jorge Ruiz, VP of Engineering, Parcelnest"
    )
    quote = _one(body, "We cut our build bill by a third in the first month.")
    assert (quote.kind, quote.speaker) == ("speech", "Jorge Ruiz")


def test_a_second_descriptor_in_a_name_s_appositive_does_not_hide_the_name_from_he():
    body = (
        "Dr. Kofi Aberdane, Quillmark’s chief executive and a former researcher in the lab, said the money "
        "would pay for a larger trial and a manufacturing partner. “We’re not building a gadget. We’re "
        "building something anyone can put on,” he said."
    )
    quote = _one(body, "We’re not building a gadget. We’re building something anyone can put on,")
    assert quote.speaker == "Kofi Aberdane"


def test_words_an_outlet_published_are_not_speech():
    body = (
        "The results were first reported by New Scientist, which described the headset as looking "
        "“a bit like a ski helmet without the shell.”"
    )
    quote = _one(body, "a bit like a ski helmet without the shell.")
    assert (quote.kind, quote.speaker) == ("other", None)


def test_an_unnamed_official_of_a_listed_ministry_or_a_rivals_spokesperson_is_not_the_organisation():
    body = (
        "A spokesperson for rival Harrowgate Machinery said the company was ‘watching closely’. "
        "A Ministry of Economy, Trade and Industry official said it would not oppose a deal that "
        "\"keeps critical technology at home,\" but added that the regulator would decide."
    )
    assert _one(body, "watching closely").speaker is None
    assert _one(body, "keeps critical technology at home,").speaker is None


def test_words_quoted_from_a_memo_are_a_documents():
    body = (
        "Staff were told on Friday, according to an internal memo. The memo described the filing as "
        "\"the only path that protects every customer equally.\""
    )
    assert _one(body, "the only path that protects every customer equally.").kind == "other"


def test_a_short_quote_with_its_comma_inside_is_the_speech_of_the_unnamed_speaker_after_it():
    body = (
        "The European Aviation Safety Agency was \"monitoring developments,\" a spokesperson for the "
        "Cologne-based agency said."
    )
    quote = _one(body, "monitoring developments,")
    assert (quote.kind, quote.speaker) == ("speech", None)


def test_an_organisation_described_in_an_appositive_is_still_the_speaker():
    body = (
        "The Digital Sellers Association, a Washington trade group whose members include several large "
        "retailers, said the two-click standard was \"unworkable for small sellers\" and would invite fraud."
    )
    assert _one(body, "unworkable for small sellers").speaker == "Digital Sellers Association"


def test_the_one_word_a_speaker_used_for_a_reported_subject_is_speech():
    body = "Jürgen Wöllner said talks with the council had been \"constructive\" and would continue next week."
    quote = _one(body, "constructive")
    assert (quote.kind, quote.speaker) == ("speech", "Jürgen Wöllner")


def test_words_quoted_from_an_annual_report_are_the_documents():
    body = (
        "Carrow Energy reported record sales. In its latest annual report, Carrow describes power chips as "
        "‘the long pole in the tent’ for its targets."
    )
    assert _one(body, "the long pole in the tent").kind != "speech"


def test_a_question_is_the_speech_of_the_name_that_asks_it_after_the_marks():
    text = "\n".join([
        "Trade secrets trial, week two",
        "",
        "Under questioning from the plaintiff's lawyer, Lucia Farrow-Bright, Caleb Marr admitted he synced a folder.",
        "",
        "\"You understood that folder held source code?\" Farrow-Bright asked.",
        "",
        "\"I understood it held my notes,\" Marr said.",
    ])
    speakers = {q.text: q.speaker for q in analyze_text(text).quotes}
    assert speakers["You understood that folder held source code?"] == "Lucia Farrow-Bright"
    assert speakers["I understood it held my notes,"] == "Caleb Marr"


def test_an_expert_of_a_named_consultancy_is_the_speaker_not_the_consultancy():
    body = (
        "Her expert, Dr. Henrike Solvang of the consultancy Brightline Forensics, testified that the folder held "
        "2,316 files, of which \"at least 1,900 match, byte for byte.\""
    )
    assert _one(body, "at least 1,900 match, byte for byte.").speaker == "Henrike Solvang"


def test_a_memo_and_an_email_read_out_are_documents_but_a_lawyers_words_for_a_memo_are_speech():
    body = (
        "Farrow turned to Exhibit 114, an unsigned planning memo. The memo, whose author has not been "
        "identified, reads in part: \"Hiring from their storage team is the fastest path.\" "
        "Arjun Mehra told jurors the memo described \"ordinary recruiting, the kind every company does,\" and "
        "sat down. Farrow read into the record an email Marr sent on a Sunday. It read: \"Bringing what I can carry.\""
    )
    assert _one(body, "Hiring from their storage team is the fastest path.").kind != "speech"
    assert _one(body, "Bringing what I can carry.").kind != "speech"
    quote = _one(body, "ordinary recruiting, the kind every company does,")
    assert (quote.kind, quote.speaker) == ("speech", "Arjun Mehra")


def test_turns_labelled_with_first_names_are_each_speakers_speech_and_titles_are_not():
    from tests.store.test_clean import PODCAST_PAGE

    analysis = analyze_text(PODCAST_PAGE)
    quotes = {q.text: q for q in analysis.quotes}
    assert quotes["So you announce the move, and what happens?"].speaker in ("Ruben", "Ruben Osterhout")
    assert quotes["Nothing. We posted it and then Monday came."].speaker == "Anouk Verhey"
    assert quotes["So you announce the move, and what happens?"].kind == "speech"
    assert all(q.kind != "speech" for q in analysis.quotes if q.text.startswith(("We Moved to Leeds", "Rent Is a Mood")))
    people = {e.name: e.type for e in analysis.entities}
    assert people.get("Ruben") == "PERSON"
    assert not {"Minded", "Mood", "Duvetly", "LATE"} & set(people)


def test_in_her_words_hands_the_quote_to_the_person_just_named():
    body = (
        "Hyacinth Odell, who joined our board in 2023, asked me to share a short note with you. In her words: "
        "“The team missed a target and told you first.”"
    )
    assert _one(body, "The team missed a target and told you first.").speaker == "Hyacinth Odell"


def test_a_statement_read_out_is_the_companys_speech():
    body = (
        "Brandt Foundry will shut its plant. Brandt Foundry filed a notice on Tuesday. During the newscast, anchor "
        "Lyn Carr read a statement from the company. “We have made the difficult decision to consolidate "
        "production,” the statement said. “We are grateful to our team.”"
    )
    quotes = {q.text: q.speaker for q in find_quotes(body, find_entities(body))}
    assert quotes["We have made the difficult decision to consolidate production,"] == "Brandt Foundry"
    assert quotes["We are grateful to our team."] == "Brandt Foundry"


def test_a_word_at_the_end_of_a_long_reported_clause_is_the_speakers():
    body = (
        "Dolores Quint leads the union. She said the local had been bargaining over a new contract since "
        "November and was \"blindsided\" by the decision."
    )
    quote = _one(body, "blindsided")
    assert (quote.kind, quote.speaker) == ("speech", "Dolores Quint")


def test_a_message_quoted_under_a_paragraph_that_introduces_it_is_the_posters():
    text = "\n".join([
        "# How the outage unfolded", "",
        "Lindiwe Achebe, our on-call engineer, paged the billing team at 14:09.", "",
        "Lindiwe posted this in our incident channel at 14:09:",
        "> “p99 on invoice create is past 11 seconds and climbing. I’m rolling back.”", "",
        "Our runbook said “roll back first,” and I wrote that runbook. When we updated the status page, "
        "the text read: “Investigating — some requests may fail.”",
    ])
    quotes = {q.text: q for q in analyze_text(text, filename="post.md").quotes}
    message = quotes["p99 on invoice create is past 11 seconds and climbing. I’m rolling back."]
    assert (message.kind, message.speaker) == ("speech", "Lindiwe Achebe")
    assert quotes["roll back first,"].kind == "other"
    assert quotes["Investigating — some requests may fail."].kind == "other"


def test_defined_terms_chants_and_an_unclosed_quote_with_its_own_attribution():
    body = (
        "Halcyon Labs, Inc. (\"Halcyon\") and Orbis Corp. (\"Orbis\") today announced a merger. Before the match, "
        "fans sang ‘Tank, Tank, he’s one of our own’ for most of the half.\n\n"
        "Walt Marchetti runs the farm now.\n\n"
        "“We sold the second truck to pay for the first prototype, Walt Marchetti said.\n\n"
        "An agency spokesperson said the agency received the application on March 30 and expects to open a "
        "public comment period \"within weeks.\""
    )
    quotes = {q.text: q for q in _quotes(body)}
    assert quotes["Halcyon"].kind == quotes["Orbis"].kind == "other"
    assert quotes["Tank, Tank, he’s one of our own"].kind == "other"
    unclosed = quotes["We sold the second truck to pay for the first prototype, Walt Marchetti said."]
    assert (unclosed.kind, unclosed.speaker) == ("speech", "Walt Marchetti")
    assert quotes["within weeks."].kind == "speech"


def test_a_headline_giving_words_to_a_surname_is_that_persons_speech():
    text = "\n".join([
        "Kelmoor Rovers agree £140m takeover by US group Harrow Peak", "",
        "Kelmoor Rovers have agreed to sell a 90% stake to Harrow Peak, a Boston-based investment group.", "",
        "Lindqvist: ‘Nothing changes in the dressing room’", "",
        "Asked about the takeover, Rovers manager Stefan Lindqvist said he had met the buyers twice.",
    ])
    quote = next(q for q in analyze_text(text).quotes if q.text == "Nothing changes in the dressing room")
    assert (quote.kind, quote.speaker) == ("speech", "Stefan Lindqvist")


def test_in_a_court_story_the_judge_speaks_counsel_for_someone_speaks_and_evidence_read_out_is_a_document():
    body = (
        "The case is before Mr Justice Calloway. Rupert Adeyemi KC, for Mr Strand, said his client had kept "
        "copies ‘for the same reason every engineer does’. In a message to a friend, which Ms Steyn read "
        "aloud, Mr Strand wrote: ‘If they won’t give me the equity, the code walks out with me.’ Ms Linwood "
        "replied that the board would ‘not be held to ransom’, according to documents in the trial bundle. "
        "‘This is not a trial about whether Mr Strand is a good engineer,’ the judge said."
    )
    quotes = {q.text: q for q in _quotes(body)}
    assert quotes["for the same reason every engineer does"].speaker == "Rupert Adeyemi"
    assert quotes["If they won’t give me the equity, the code walks out with me."].kind != "speech"
    assert quotes["not be held to ransom"].kind != "speech"
    judge = quotes["This is not a trial about whether Mr Strand is a good engineer,"]
    assert (judge.kind, judge.speaker) == ("speech", "Mr Justice Calloway")


def test_the_judge_is_the_one_person_named_as_a_judge():
    body = (
        "Judge Maria Alvarez denied the motion on Friday. Lawyers for Halcyon, led by Tom Reyes, had asked for "
        "a delay. “The company had two years to prepare,” the judge said."
    )
    assert _one(body, "The company had two years to prepare,").speaker == "Maria Alvarez"


def test_words_an_email_said_are_the_emails():
    body = (
        "The email came at 6:04 am. It said our roles had been “impacted by a strategic realignment” and that "
        "we would “no longer have access to systems.” Priya Raman said it was “the coldest thing I have read.”"
    )
    quotes = {q.text: q for q in _quotes(body)}
    assert quotes["impacted by a strategic realignment"].kind != "speech"
    assert quotes["no longer have access to systems."].kind != "speech"
    assert quotes["the coldest thing I have read."].speaker == "Priya Raman"


def test_quoted_words_that_modify_the_noun_after_them_are_held_at_arms_length():
    body = (
        "Zhou Minghui said the robots were safe. He said the company's \"dark warehouse\" systems now make up a "
        "third of orders. \"Nobody works in the dark,\" he said."
    )
    quotes = {q.text: q for q in _quotes(body)}
    assert quotes["dark warehouse"].kind == "other"
    assert quotes["Nobody works in the dark,"].speaker == "Zhou Minghui"


def test_the_writers_own_we_called_it_names_a_thing_and_is_not_speech():
    body = 'Quaybook stores every booking. Internally we called it "the logbook", which stuck.'
    (quote,) = find_quotes(body, find_entities(body))
    assert (quote.text, quote.kind) == ("the logbook", "other")


PRESS_CONFERENCE = "\n\n".join([
    "Harbury head coach Imre Szabo and new signing Tomas Pellow spoke to the media on Thursday.",
    "Q: Imre, how long has the Pellow deal been in the works?",
    "COACH: Since October. When I first rang him I said, ‘Take your time, we will wait.’ He did not need long.",
    "Q: Tomas, what did your old teammates say?",
    "PELLOW: Kwame sent me a message: “Good luck, traitor.” So it is fine.",
    "Q: Is anyone injured?",
    "COACH: Nobody new. The squad is fit for Saturday against Selby United.",
])


def test_a_press_conference_transcript_gives_each_turn_to_its_speaker():
    quotes = find_quotes(PRESS_CONFERENCE, find_entities(PRESS_CONFERENCE))
    said = {q.text: q.speaker for q in quotes if q.kind == "speech"}
    assert said["Imre, how long has the Pellow deal been in the works?"] is None  # a reporter, unnamed
    assert said["Nobody new. The squad is fit for Saturday against Selby United."] == "Imre Szabo"
    assert said["Take your time, we will wait."] == "Imre Szabo"
    assert said["Good luck, traitor."] == "Kwame"
    assert said["Kwame sent me a message: “Good luck, traitor.” So it is fine."] == "Tomas Pellow"
    assert len(said) == 8


def test_a_magazines_own_questions_are_not_quotes():
    body = PRESS_CONFERENCE.replace(" spoke to the media on Thursday", " sat down with us on Thursday")
    said = {q.text for q in find_quotes(body, find_entities(body)) if q.kind == "speech"}
    assert "Is anyone injured?" not in said


def test_a_councillors_party_in_brackets_does_not_speak_for_her():
    body = (
        "Cllr Maren Tully (Liberal Democrat, Ousefleet ward), whose ward includes the estate, "
        "called the junction ‘an accident waiting to happen’."
    )
    (quote,) = find_quotes(body, find_entities(body))
    assert (quote.kind, quote.speaker) == ("speech", "Maren Tully")


def test_an_unclosed_straight_quote_ends_with_its_sentence_and_does_not_swallow_the_next_quotes():
    body = (
        'Residents held a banner that read "Our lane, our say. The story was first reported on Tuesday. '
        'A Harbury Homes spokesperson said the firm was "pleased" and would "keep listening to residents".'
    )
    quotes = find_quotes(body, find_entities(body))
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("Our lane, our say.", "other", None),
        ("pleased", "speech", None),
        ("keep listening to residents", "speech", None),
    ]


def test_a_verb_in_quote_marks_inside_reported_speech_is_speech():
    body = "A Hanazono spokesperson said the company “fully supports” the plan and would keep supplying motors."
    (quote,) = find_quotes(body, find_entities(body))
    assert (quote.text, quote.kind, quote.speaker) == ("fully supports", "speech", None)


def test_a_speaker_named_after_the_quote_with_a_long_job_title():
    body = '"The market was pricing in a delay," Rohan Mehta, head of research at Marigold Capital, told Mint.'
    (quote,) = find_quotes(body, find_entities(body))
    assert quote.speaker == "Rohan Mehta"


def test_i_said_inside_a_transcript_turn_is_the_turn_speaker_not_the_articles_writer():
    body = PRESS_CONFERENCE.replace("COACH: Since October. When I first rang him I said,", "COACH: Since October. I said,")
    quotes = find_quotes(body, find_entities(body), author="Tamsin Rook")
    said = {q.text: q.speaker for q in quotes if q.kind == "speech"}
    assert said["Take your time, we will wait."] == "Imre Szabo"


def test_a_podcast_hosts_questions_are_the_named_hosts_speech():
    body = "\n\n".join([
        "Host Marcus Pryce asks Ingrid Solvang what went wrong after the sale. Here is a partial transcript.",
        "HOST: You said the day you sold was the worst day of your working life.",
        "INGRID: It was. The money was fine.",
        "HOST: When did you know you wanted it back?",
        "INGRID: When my co-founder rang me on a Sunday.",
        "HOST: What would you tell a founder now?",
        "INGRID: Read the earn-out twice.",
    ])
    said = {q.text: q.speaker for q in find_quotes(body, find_entities(body)) if q.kind == "speech"}
    assert said["When did you know you wanted it back?"] == "Marcus Pryce"
    assert said["Read the earn-out twice."] == "Ingrid Solvang"


def test_a_short_phrase_before_an_unnamed_spokeswoman_with_a_long_description_is_her_speech():
    body = (
        "Approvals for the Tallering mine are now “well advanced”, a spokeswoman for the state’s mines "
        "department said, adding that a decision was expected before Christmas."
    )
    (quote,) = find_quotes(body, find_entities(body))
    assert (quote.text, quote.kind, quote.speaker) == ("well advanced", "speech", None)


def test_a_possessive_after_said_is_not_the_speaker():
    body = (
        "Cébrane SAS raised €14 million on Tuesday. Cébrane SAS will build a line near Lyon.\n\n"
        "An industry observer at a Paris consultancy, who asked not to be named, said Cébrane’s edge "
        "was “its energy bill, not its chemistry”, but warned that prices had halved."
    )
    quote = next(q for q in find_quotes(body, find_entities(body)) if q.text.startswith("its energy"))
    assert (quote.kind, quote.speaker) == ("speech", None)


def test_a_french_business_paper_told_is_not_a_speaker():
    body = (
        "In March, Mme Hélène Marchetti-Roux told Les Echos that Cébrane would “never be a subsidiary of a carmaker”. "
        "Asked whether that still held, she laughed: ‘Ask me again when we are profitable.’"
    )
    entities = find_entities(body)
    assert next(e for e in entities if e.name == "Les Echos").type == "ORG"
    said = {q.text: q.speaker for q in find_quotes(body, entities)}
    assert said["Ask me again when we are profitable."] == "Hélène Marchetti-Roux"


def test_an_earnings_call_excerpt_gives_each_turn_to_the_named_speaker_and_the_operator_to_nobody():
    body = "\n\n".join([
        "Quellbrook Systems beat estimates on Tuesday, Chief Executive Ilse Varga said on the call.",
        "Operator: Our next question comes from Amos Kettering with Ridgefield Partners.",
        "Amos Kettering, Ridgefield Partners: Ilse, is the backlog still growing?",
        "Ilse Varga, CEO: It is. Hospitals ordered more than we could ship.",
        "Operator: That concludes our question-and-answer session.",
    ])
    said = {q.text: q.speaker for q in find_quotes(body, find_entities(body)) if q.kind == "speech"}
    assert said == {
        "Our next question comes from Amos Kettering with Ridgefield Partners.": None,
        "Ilse, is the backlog still growing?": "Amos Kettering",
        "It is. Hospitals ordered more than we could ship.": "Ilse Varga",
        "That concludes our question-and-answer session.": None,
    }


def test_words_a_named_person_relays_from_an_unnamed_supervisor_are_nobody_named():
    body = (
        "Ines Harrow said a night supervisor told the crew to “leave the valve alone until Monday,” "
        "which the company denies."
    )
    (quote,) = find_quotes(body, find_entities(body))
    assert (quote.kind, quote.speaker) == ("speech", None)


def test_a_phrase_closing_the_speakers_reported_clause_is_her_speech():
    body = (
        'Attorney General Mireille Sandoval said her office would look closely at whether Dunmore had ignored '
        '"a string of safety warnings" and whether it misled inspectors.'
    )
    (quote,) = find_quotes(body, find_entities(body))
    assert (quote.kind, quote.speaker) == ("speech", "Mireille Sandoval")


def test_the_name_workers_give_a_thing_is_not_speech_but_a_judgement_after_called_is():
    body = (
        "Ferris Okoro runs the plant. Workers have long called the oldest gas kiln “the furnace,” Okoro said. "
        'He called the company\'s response "slow and grudging."'
    )
    quotes = {q.text: (q.kind, q.speaker) for q in find_quotes(body, find_entities(body))}
    assert quotes["the furnace,"] == ("other", None)
    assert quotes["slow and grudging."] == ("speech", "Ferris Okoro")


def test_in_her_words_gives_the_phrase_to_the_woman_just_named():
    body = 'Co-founder Mirela Dobos met Ana Petrov at a hackathon; Dobos\'s first prototype was, in her words, "mostly duct tape."'
    (quote,) = find_quotes(body, find_entities(body))
    assert (quote.kind, quote.speaker) == ("speech", "Mirela Dobos")


def test_she_after_her_own_report_of_an_unnamed_attendant_is_still_her():
    body = (
        "Marit Olsen was seated in row 12. Olsen said a cabin attendant told her row to ‘stay seated’ as the jet descended. "
        "“Honestly nobody argued,” she added."
    )
    said = {q.text: q.speaker for q in find_quotes(body, find_entities(body))}
    assert said == {"stay seated": None, "Honestly nobody argued,": "Marit Olsen"}


def test_she_reporting_an_unnamed_attendants_words_is_not_their_speaker_but_stays_she():
    body = (
        "‘It smelled like a kettle,’ said Marit Olsen, a nurse from Tromsø. She said a cabin attendant told her row "
        "to ‘keep your masks close’ as the jet descended. “Honestly nobody argued,” she added."
    )
    said = {q.text: q.speaker for q in find_quotes(body, find_entities(body))}
    assert said["keep your masks close"] is None
    assert said["Honestly nobody argued,"] == "Marit Olsen"


def test_a_speaker_placed_by_an_appositive_naming_someone_else_is_the_speaker():
    body = (
        "Delia Fontanelle leads the race. Jordan Pike, a spokesperson for Fontanelle’s campaign, called the "
        "criticism ‘rich, coming from a candidate who took checks from the banks.’"
    )
    assert _one(body, "rich, coming from a candidate who took checks from the banks.").speaker == "Jordan Pike"


def test_shot_back_reports_speech():
    body = (
        "Amos Reinhardt asked whether she would stand down. Reinhardt shot back that \"a vote later doesn't mean "
        "much if you're cashing in now,\" a line his campaign posted online."
    )
    quote = _one(body, "a vote later doesn't mean much if you're cashing in now,")
    assert (quote.kind, quote.speaker) == ("speech", "Amos Reinhardt")


def test_a_forecasters_rating_in_quotes_is_a_label_not_speech():
    body = "Harold Engle is retiring, and the forecaster Ballot Lantern rates the general election “Likely Democratic.”"
    assert _one(body, "Likely Democratic.").kind != "speech"


def test_his_in_an_appositive_after_a_womans_name_is_her_fathers_and_she_is_still_her():
    body = (
        "Tomas Vadas, 58, succeeded his father in 2009. “He would call me on Sundays,” he said. Klara Vadas "
        "Morrow, his daughter, runs the family foundation. “Dad believed you could teach anyone,” she said."
    )
    assert _one(body, "Dad believed you could teach anyone,").speaker == "Klara Vadas Morrow"


def test_the_writers_own_questions_in_a_named_q_and_a_are_not_quotes():
    text = "\n".join([
        "The founder who wants to make warehouses boring again",
        "By Owen Tallis",
        "March 4, 2026",
        "",
        "Mara Ellwood started Pallas Robotics in 2017 with two engineers and a borrowed forklift.",
        "",
        "Tallis: You've said you want warehouses to be boring. What does that mean?",
        "Ellwood: It means nobody should notice the robots.",
        "",
        "Tallis: Pallas laid off 60 people in January. Why?",
        "Ellwood: We hired for a market that did not show up.",
    ])
    quotes = analyze_text(text).quotes
    assert [(q.text, q.speaker) for q in quotes if q.kind == "speech"] == [
        ("It means nobody should notice the robots.", "Mara Ellwood"),
        ("We hired for a market that did not show up.", "Mara Ellwood"),
    ]


def test_a_rulings_words_cited_later_in_the_sentence_are_not_the_judges_speech():
    body = (
        "U.S. District Judge Helena Marchetti of the Northern District of California wrote that Brightwell had "
        "\"plausibly alleged\" that Calder used its code, according to the ruling in the case."
    )
    assert _one(body, "plausibly alleged").kind != "speech"
    assert "Northern District of California" in {e.name for e in find_entities(body)}


def test_a_participles_speaker_is_the_sentences_subject_not_the_last_name_before_it():
    body = (
        "Chair Imogen Hartwell opened the meeting at the Barbican Centre, telling shareholders that \"this has "
        "been a difficult year.\""
    )
    assert _one(body, "this has been a difficult year.").speaker == "Imogen Hartwell"


def test_a_q_and_a_answers_go_to_the_person_in_the_headline_even_past_an_unlabelled_paragraph():
    text = "\n".join([
        "Threadwell’s Priya Raman wants you to keep your old sweater",
        "By Juno Marsh",
        "September 18, 2025",
        "",
        "In 2019 Priya Raman quit and, with her former colleague Idris Kemal, started Threadwell. "
        "Kemal has called the buyout offer the most expensive no in knitwear. Kemal still runs the mill; "
        "Idris Kemal hates holidays.",
        "",
        "Q: How did the first year go?",
        "A: Badly. The machine worked in Idris’s garage and nowhere else.",
        "Idris used to say the yarn has to feel right. I thought it was a joke.",
        "Q: Do you regret it?",
        "A: Some Mondays. Not most of them.",
    ])
    quotes = analyze_text(text).quotes
    assert [(q.text, q.speaker) for q in quotes if q.kind == "speech"] == [
        ("Badly. The machine worked in Idris’s garage and nowhere else.", "Priya Raman"),
        ("Idris used to say the yarn has to feel right. I thought it was a joke.", "Priya Raman"),
        ("Some Mondays. Not most of them.", "Priya Raman"),
    ]


def test_a_heading_between_press_conference_turns_is_not_an_answer():
    text = "\n".join([
        "PRESS CONFERENCE: Reddick on the derby",
        "",
        "Rovers head coach Callum Reddick spoke to the media on Thursday.",
        "",
        "Q: How is the squad?",
        "MANAGER: Everyone is fit. We trained well.",
        "Team News",
        "Q: Any absentees?",
        "MANAGER: Dele is back in training.",
    ])
    quotes = analyze_text(text).quotes
    assert "Team News" not in {q.text for q in quotes}


def test_a_phrase_talked_about_as_a_clause_subject_is_not_speech():
    body = "Critics say recycled polyester is still polyester, and that “circular fashion” is mostly a marketing phrase."
    assert _one(body, "circular fashion").kind != "speech"


def test_a_short_phrase_closing_a_reported_sentence_is_speech():
    body = (
        "Halden Group confirmed the sale. A Halden spokesperson said the group would publish a plan for the club "
        "\"within weeks\"."
    )
    assert _one(body, "within weeks").kind == "speech"


def test_what_a_judge_wrote_is_the_rulings_text_not_speech():
    body = (
        "U.S. District Judge Rosa Achterberg dismissed the contract claim. “The complaint’s rhetoric does not "
        "substitute for facts,” she wrote. Lawyer Kwame Adjei said: “We always said this was about the files.”"
    )
    assert _one(body, "The complaint’s rhetoric does not substitute for facts,").kind != "speech"
    assert _one(body, "We always said this was about the files.").speaker == "Kwame Adjei"


def test_a_relative_clause_with_a_decimal_does_not_hand_the_quote_to_the_company_in_it():
    body = (
        "Everett Strand, founder of Cobalt Shore Capital, which owns 3.2% of Halden Group, told reporters that "
        "the vote was \"a result no board can shrug off\"."
    )
    assert _one(body, "a result no board can shrug off").speaker == "Everett Strand"


def test_slogans_on_signs_and_a_groups_name_for_a_thing_are_not_speech():
    body = (
        "Tobias Greer walked the picket line. Hand-lettered signs read “Fair Wages Now” and “Local 482 Strong.” "
        "Strikers rest in what they call the “ice box,” an unheated trailer."
    )
    assert all(q.kind != "speech" for q in _quotes(body))


def test_a_letter_or_a_written_submission_or_a_screenshot_is_a_document():
    body = (
        "Dame Harriet Colvin read from a constituent's letter. “He tried 999 four times. Nothing,” the letter said. "
        "In a written submission, Vexa said its contract had “no enforceable obligation to notify partners.” "
        "The deadline, according to a screenshot posted by Breachwire, was \"7 days or everything goes public\"."
    )
    assert all(q.kind != "speech" for q in _quotes(body))


def test_a_second_quote_joined_by_and_that_the_company_had_is_the_same_speakers():
    body = (
        "Sir Malcolm Treharne told the committee that the failure was “entirely avoidable” and that the company "
        "had “let down the people who trusted us most”."
    )
    quote = _one(body, "let down the people who trusted us most")
    assert (quote.kind, quote.speaker) == ("speech", "Malcolm Treharne")


def test_words_according_to_a_memo_are_its_writers():
    body = (
        "Fernwell is laying off 140 people, according to an internal memo from chief executive Aurelio Banks. "
        "Fernwell Payroll will now \"pause indefinitely,\" according to the memo. The memo ends with a line "
        "staff now joke about: \"We are not a family. We are a team.\""
    )
    assert _one(body, "pause indefinitely,").speaker == "Aurelio Banks"
    assert _one(body, "We are not a family. We are a team.").speaker == "Aurelio Banks"


def test_a_word_between_an_article_and_its_noun_is_not_speech():
    body = "Chief designer Simone Achter showed what Virelle calls a \"floating\" roof."
    assert _one(body, "floating").kind != "speech"


def test_what_a_group_calls_something_is_its_speech_but_not_what_its_paper_calls_it():
    body = (
        "The group Parents Against Gridlock called the recall “another warning sign.” "
        "Tidewater Labs’ data sheet, which calls the part “the fastest in its class,” was updated."
    )
    warning = _one(body, "another warning sign.")
    assert warning.kind == "speech" and warning.speaker == "Parents Against Gridlock"
    assert _one(body, "the fastest in its class,").kind != "speech"


def test_words_the_speaker_says_she_told_others_are_hers():
    body = (
        "“When the fund tried to sell, we told them, ‘Fix the elevators or we walk,’ and they did,” said "
        "Dana Orsolya, the tenant’s operations chief. “Every focus group we ran told us the same thing: "
        "‘Don’t make me charge it twice a day,’” she added."
    )
    assert _one(body, "Fix the elevators or we walk,").speaker == "Dana Orsolya"
    assert _one(body, "Don’t make me charge it twice a day,").speaker is None


RADIO_TRANSCRIPT = "\n".join([
    "Lakeshore Radio",
    "How a bakery chain boss thinks about the price of bread",
    "Listen · 7:42",
    "Download",
    "Heard on Morning Ledger",
    "By Tove Randall",
    "",
    "TOVE RANDALL, HOST:",
    "Bread prices have climbed since 2021. Hollis Grain, the country's third-biggest bakery chain, says it has "
    "stopped raising them. Its chief executive joins us. Good morning.",
    "DEON ABERNATHY:",
    "Good morning, Tove. Thanks for having me.",
    "RANDALL:",
    "So why stop now?",
    "ABERNATHY:",
    "Honestly, because our customers told us to. (LAUGHTER) I told my board, \"If we can't pass that on, we "
    "don't deserve the customer.\"",
    "RANDALL:",
    "Deon Abernathy is CEO of Hollis Grain. Thank you.",
    "ABERNATHY:",
    "Thank you.",
    "Transcripts are created on a rush deadline by Verbatim Wire. Accuracy may vary.",
])


def test_a_radio_transcripts_turns_are_speech_by_guest_and_host():
    analysis = analyze_text(RADIO_TRANSCRIPT)
    by_text = {q.text: q for q in analysis.quotes}
    assert by_text["Good morning, Tove. Thanks for having me."].speaker == "Deon Abernathy"
    assert by_text["So why stop now?"].speaker == "Tove Randall"  # the host speaks on air
    assert by_text["If we can't pass that on, we don't deserve the customer."].speaker == "Deon Abernathy"
    entities = {e.name: e for e in analysis.entities}
    assert entities["Hollis Grain"].type == "ORG"
    assert entities["Tove Randall"].type == "PERSON" and entities["Tove Randall"].aliases == ("Tove",)
    assert "LAUGHTER" not in entities
    for line in ("Download", "Heard on Morning Ledger", RADIO_TRANSCRIPT.split("\n")[-1]):
        assert line in analysis.removed


def test_words_an_interviewer_quotes_back_to_the_guest_are_the_guests():
    text = RADIO_TRANSCRIPT.replace(
        "So why stop now?",
        'You have said, more than once, that bread is "the last thing a family should ration." So why stop now?',
    )
    by_text = {q.text: q for q in analyze_text(text).quotes}
    assert by_text["the last thing a family should ration."].speaker == "Deon Abernathy"


def test_a_second_quote_after_and_that_with_a_possessive_keeps_the_speaker():
    body = (
        "Victor Anselm chairs the board. In a written statement, Anselm said the trustees \"worked hard to "
        "find common ground\" and that Marchetti’s departure was \"her decision and hers alone.\""
    )
    quote = _one(body, "her decision and hers alone.")
    assert quote.kind == "speech" and quote.speaker == "Victor Anselm"


def test_a_judges_writing_in_an_order_and_a_possessives_quoted_feature_are_not_speech():
    body = (
        "Judge Corinne Whitlaw on Tuesday ordered that the accounts be frozen, writing that there was "
        "\"substantial reason to believe\" funds had been moved. Mara Ferrante said the exchange’s "
        "“proof of reserves” dashboard had been fed from a spreadsheet."
    )
    assert _one(body, "substantial reason to believe").kind != "speech"
    assert _one(body, "proof of reserves").kind != "speech"


def test_what_an_order_also_noted_and_a_cited_papers_title_are_not_speech():
    body = (
        "Judge Harlan Moorcroft denied the motion. The order also noted that “the parties disagree about the prior "
        "art and present fact questions for the jury.” The agency's staff said so in FTC Office of Technology, "
        "\"Capacity Review of Algorithmic Audit Functions\" (Oct. 2024)."
    )
    assert _one(body, "the parties disagree about the prior art and present fact questions for the jury.").kind != "speech"
    assert _one(body, "Capacity Review of Algorithmic Audit Functions").kind != "speech"


def test_an_unclosed_quote_with_its_attribution_inside_keeps_the_speaker():
    body = (
        "State Sen. Everett Combe said Tuesday he now wants the project to succeed.\n\n"
        '"If we are going to do this, the jobs have to be local jobs, Combe said, adding that he would file a bill.'
    )
    quote = next(q for q in _quotes(body) if q.text.startswith("If we are going"))
    assert quote.kind == "speech" and quote.speaker == "Everett Combe"


def test_what_an_order_itself_describes_is_a_document():
    body = 'Board member Raymond Tibbs dissented. The order itself describes the plan as "a reasonable balance between the targets and the sea," language Tibbs called vague.'
    assert _one(body, "a reasonable balance between the targets and the sea,").kind == "other"


def test_a_rating_word_after_an_analysts_speech_is_not_more_speech():
    body = (
        'Analyst Nadia Sorokina wrote in a note that the cut was "bigger than feared but not a thesis-breaker," '
        "and kept her ‘buy’ rating while lowering her target."
    )
    assert _one(body, "buy").kind == "other"
    assert _one(body, "bigger than feared but not a thesis-breaker,").speaker == "Nadia Sorokina"


def test_a_jingle_and_a_sign_are_not_speech():
    body = (
        "Walter Dombrowski ran the store for decades. Customers knew him from the radio jingle that ran for "
        "three decades: “Ask for Walt, he knows what it does.” A hand-lettered sign still hanging in the store "
        'reads "If you don\'t know what it\'s for, ask."'
    )
    assert _one(body, "Ask for Walt, he knows what it does.").kind == "other"
    assert _one(body, "If you don't know what it's for, ask.").kind == "other"


def test_someones_answer_was_that_gives_them_the_words():
    body = (
        "Senator Ruth Calloway pressed policy chief Kenji Ueda on the point. Ueda’s answer was that the company "
        'would support a rulemaking "on any timeline the Commission chooses" as long as it was set once.'
    )
    quote = _one(body, "on any timeline the Commission chooses")
    assert quote.kind == "speech" and quote.speaker == "Kenji Ueda"


def test_a_muttered_line_is_speech():
    body = "“Here comes the Sergeant,” a line cook mutters, not unkindly."
    assert _one(body, "Here comes the Sergeant,").kind == "speech"


def test_a_quote_after_a_sentence_the_speaker_said_is_hers():
    body = "Marla Quist runs distribution.\n\nQuist said the studio would add screens. “We’re going to play into November.”"
    assert _one(body, "We’re going to play into November.").speaker == "Marla Quist"


def test_a_dish_she_calls_by_a_name_and_a_listed_dish_are_not_speech():
    body = "Ada Lusk runs the kitchen.\n\nThe food will be stranger: “burnt-end tamales,” a raw scallop dish she calls “the lake in January,” and a pie."
    assert _one(body, "the lake in January,").kind == "other"
    assert _one(body, "burnt-end tamales,").kind == "other"


def test_the_next_sentence_about_an_order_does_not_make_a_quote_a_document():
    body = (
        '"We would rather ask people to close windows," said Ines Farrow, the county’s emergency director. '
        "“Once the monitors came back clean, we lifted it.” The order was lifted at 7 p.m."
    )
    quote = _one(body, "Once the monitors came back clean, we lifted it.")
    assert (quote.kind, quote.speaker) == ("speech", "Ines Farrow")


def test_words_the_statement_read_are_the_companys_that_issued_it():
    body = (
        "Tessmer Coatings is a subsidiary of Pruett Holdings. In a statement, the company said the fire began in a store room.\n\n"
        "“The safety of our neighbours comes first,” the statement read."
    )
    assert _one(body, "The safety of our neighbours comes first,").speaker == "Tessmer Coatings"


def test_a_role_before_the_verb_is_not_the_name_after_it():
    body = '"We got a mountain of data," founder says, as the FAA orders an inquiry. Ilse Varn founded Orrin.'
    assert _one(body, "We got a mountain of data,").speaker is None


def test_a_hosts_turns_are_hers_when_the_page_names_her_host():
    text = "\n".join([
        "# Ep. 12 — Lena Osterhout on selling to hospitals", "",
        "Makers & Money · Hosted by Priya Castell · May 12, 2026 · 41 min", "",
        "Priya sits down with Lena Osterhout, founder of Tallowby.", "",
        "HOST: You had an offer in 2021. Why say no?", "",
        "LENA OSTERHOUT: Because we were not done.", "",
        "HOST: Any regrets at all?", "",
        "LENA OSTERHOUT: None. I would do it again.",
    ])
    analysis = analyze_text(text, filename="ep12.md")
    assert {q.text: q.speaker for q in analysis.quotes}["Any regrets at all?"] == "Priya Castell"


def test_pull_quotes_on_a_shows_page_are_the_guests():
    text = "\n".join([
        "# Ep. 12 — Lena Osterhout on selling to hospitals", "",
        "This week we sit down with Lena Osterhout, founder of Tallowby. Lena Osterhout built it in Leeds.", "",
        "Pull quotes", "",
        '"Hospitals do not buy software. They buy the absence of risk."', "",
        "Chapters",
    ])
    analysis = analyze_text(text, filename="ep12.md")
    assert {q.text: q.speaker for q in analysis.quotes}[
        "Hospitals do not buy software. They buy the absence of risk."
    ] == "Lena Osterhout"


def test_a_trade_word_engineers_call_something_is_not_speech():
    body = 'The rocket broke up on its own, an outcome engineers jokingly call a "rapid unplanned teardown".'
    assert _one(body, "rapid unplanned teardown").kind == "other"


def test_a_state_set_in_quotes_is_not_speech_unless_a_speaker_reports_it():
    body = (
        'Renske Alvane explains why Bookwell stayed "default alive" from its second year. '
        'A spokesperson for the school said the pledge remained "under discussion" and declined to say more.'
    )
    assert _one(body, "default alive").kind == "other"
    assert _one(body, "under discussion").kind == "speech"


def test_the_host_who_sits_down_with_a_guest_asks_the_hosts_questions():
    text = "\n".join([
        "# Renske Alvane on selling Bookwell", "",
        "This week Marcus Oyelade sits down with Renske Alvane, co-founder of Bookwell.", "",
        "## Transcript excerpt", "",
        "HOST: Ren, you turned down Corvane in 2021. What changed?", "",
        "RENSKE: The first offer was for the product. The second was for the team.", "",
        "HOST: And did that hold up after the deal closed?", "",
        "RENSKE: Mostly. They kept the brand for two years.",
    ])
    analysis = analyze_text(text, filename="episode.md")
    asked = [q for q in analysis.quotes if q.text.startswith(("Ren, you", "And did"))]
    assert [q.speaker for q in asked] == ["Marcus Oyelade", "Marcus Oyelade"]


def test_a_spokespersons_words_about_a_complaint_are_hers_not_the_complaints():
    body = (
        '"The agreement is clear," Nadia Whelford said, adding that the royalty figures in the complaint '
        'were "simply wrong."'
    )
    quote = _one(body, "simply wrong.")
    assert (quote.kind, quote.speaker) == ("speech", "Nadia Whelford")


def test_the_nationality_a_sportsman_is_called_by_is_the_last_one_named():
    body = (
        "Oskar Lindvik, who took second in Bahrain, expects a closer fight this year. "
        '"I finished ahead of him eleven times," the Norwegian said with a grin.'
    )
    assert _one(body, "I finished ahead of him eleven times,").speaker == "Oskar Lindvik"


def test_an_instagram_frame_without_its_caption_leaves_the_story_line_above_it_alone():
    text = _article_lines(
        "Mira Solanke addressed the suit on Instagram on Wednesday night, thanking fans for their support.",
        "View this post on Instagram",
        "A post shared by Mira Solanke (@mirasolanke)",
        '"i wrote these songs in my kitchen. they are mine," she wrote in the caption.',
    )
    analysis = analyze_text(text)
    assert not [q for q in analysis.quotes if q.text.startswith("Mira Solanke addressed")]
    assert [q.speaker for q in analysis.quotes if q.text.startswith("i wrote")] == ["Mira Solanke"]


def test_forum_comments_are_their_writers_words():
    text = "\n".join([
        "# I'm Ines Varga, co-founder of Tallyfern. AMA!",
        "Hi everyone! I started Tallyfern in 2021 after years as a freelance designer.",
        "My co-founder Teo Mbeki (u/teo_builds) will take the technical questions.",
        "",
        "**u/freelance_kwame** · ▲ 233",
        "How do you compete with Ledgerfin? They're free for solo users.",
        "> **u/inesvarga_tf** (OP) · ▲ 198",
        "> Honestly we don't try to beat Ledgerfin on breadth. Ours is the opposite.",
        "> Reply · Share · Report",
        "",
        "**u/NorthernNiamh** · ▲ 144",
        "Teo, what does your stack look like?",
        "> **u/teo_builds** · ▲ 120",
        "> Boring on purpose: Postgres and a Rails monolith.",
        "> Reply · Share · Report",
        "",
        "Continue this thread →",
        "Sort by: Best",
    ])
    analysis = analyze_text(text, filename="ama.md")
    said = {q.text: q.speaker for q in analysis.quotes if q.kind == "speech"}
    assert said == {
        "How do you compete with Ledgerfin? They're free for solo users.": None,
        "Honestly we don't try to beat Ledgerfin on breadth. Ours is the opposite.": "Ines Varga",
        "Teo, what does your stack look like?": None,
        "Boring on purpose: Postgres and a Rails monolith.": "Teo Mbeki",
    }
    assert "Continue this thread →" in analysis.removed
    assert "Sort by: Best" in analysis.removed


def test_i_after_a_clock_time_opens_a_new_sentence():
    from store.sentences import Sentences

    text = "We left the stadium at 9 p.m. I stayed home the next day. The game starts at 7 p.m. EDT on Friday."
    sentences = Sentences(text)
    assert sentences.is_start(text.index("I stayed"))
    assert not sentences.is_start(text.index("EDT"))


def test_forum_comments_under_age_and_badge_headers_and_a_mods_note():
    text = "\n".join([
        "# AMA recap: Pennyloft founder Marisol Quenby on pricing",
        "",
        "Marisol Quenby, who founded Pennyloft, answered questions for a day. Her co-founder Hamid Oyelowo joined in.",
        "",
        "**u/MarisolQ** · OP · 5d",
        "Hi all! I run Pennyloft. Ask me about pricing.",
        "Edit: thanks for the questions so far.",
        "▲ 412",
        "Reply · Share · Report",
        "",
        "## Best Questions",
        "",
        "**u/quietledger** · 5d",
        "Quillbase just launched a free plan. Worried?",
        "▲ 97",
        "",
        "> **u/hamid_ships** · 4d",
        "> Not really. Free plans are for people who do not need us yet.",
        "> ▲ 88",
        "",
        "**Mod note:** This thread is now locked. Thanks to Marisol and Hamid. — u/pennyloft_mods",
    ])
    analysis = analyze_text(text, filename="ama.md")
    said = {" ".join(q.text.split()): q.speaker for q in analysis.quotes if q.kind == "speech"}
    assert said == {
        "Hi all! I run Pennyloft. Ask me about pricing. Edit: thanks for the questions so far.": "Marisol Quenby",
        "Quillbase just launched a free plan. Worried?": None,
        "Not really. Free plans are for people who do not need us yet.": "Hamid Oyelowo",
        "This thread is now locked. Thanks to Marisol and Hamid.": None,
    }
    assert "▲ 412" in analysis.removed
    assert "u/MarisolQ · OP · 5d" not in analysis.removed  # who wrote it stays with the comment
    assert {e.name: e.type for e in analysis.entities}.get("Quillbase") == "ORG"


def test_a_partial_quote_after_what_a_clause_made_of_something_is_the_speakers():
    body = (
        "Kestrel chief executive Amara Lindgren said Formula 1's growth in the United States and Asia had made the sport "
        '"the best marketing platform we have ever seen."'
    )
    [quote] = _quotes(body)
    assert (quote.kind, quote.speaker) == ("speech", "Amara Lindgren")


def test_a_named_firms_people_in_the_plural_are_not_the_firm():
    text = _article_lines(
        "Tovah Brandt built the joint venture with Hanseong Materials Holdings over two years.",
        "Hanseong executives have called her “the toughest negotiator in Seoul.”",
        "Hanseong said it was “delighted with the partnership.”",
    )
    said = {q.text: q.speaker for q in analyze_text(text).quotes}
    assert said["the toughest negotiator in Seoul."] is None
    assert said["delighted with the partnership."] == "Hanseong Materials Holdings"


def test_a_nickname_between_dashes_after_a_name_is_not_speech():
    text = _article_lines(
        "Family doctor Dr. Ewan Tullock — “Doc Ew” to three generations of patients — said he will stay.",
    )
    [quote] = analyze_text(text).quotes
    assert (quote.text, quote.kind) == ("Doc Ew", "other")


def test_thanking_someone_in_quoted_words_is_speech():
    text = _article_lines(
        "In a statement, group chief executive Odile Marchetti thanked the designer “for his courage and his vision.”",
    )
    [quote] = analyze_text(text).quotes
    assert (quote.kind, quote.speaker) == ("speech", "Odile Marchetti")


def test_a_participles_speaker_is_the_firm_that_opens_the_sentence():
    text = _article_lines(
        "Proxy adviser Brightmoor Proxy Partners backed two of the fund's nominees, including Ilse Varga, "
        'telling investors on a call that the board "would benefit from fresh expertise."',
    )
    [quote] = analyze_text(text).quotes
    assert quote.speaker == "Brightmoor Proxy Partners"


def test_a_participles_aside_between_the_speaker_and_said_names_nobody_who_speaks():
    text = _article_lines(
        "Kowal is ready to back boss Ana Pardo in the market, with a bid for Holm City winger Tayo Banks expected.",
        "Pardo, speaking at his pre-match press conference ahead of Saturday’s trip to bitter rivals Kestby Rovers, "
        "said: ‘I’ve had two long chats with Brett and he gets it.’",
    )
    [quote] = analyze_text(text).quotes
    assert quote.speaker == "Ana Pardo"


def test_the_clubs_boss_is_the_person_last_named_as_its_boss():
    text = _article_lines(
        "The deal ends the reign of haulage boss Derek Quill, 71, at Ferris Town.",
        "Ferris Town boss Ana Pardo will get money to spend before the window shuts.",
        "The Ferris Town boss, who sold two strikers in January, added: ‘We will be ready.’",
    )
    said = {q.text: q.speaker for q in analyze_text(text).quotes}
    assert said["We will be ready."] == "Ana Pardo"


def test_words_from_a_letter_a_filing_or_a_firms_report_are_a_documents():
    text = _article_lines(
        "In a letter to employees, the hospital said its clinic would stay open “for the foreseeable future.”",
        "Founder Ada Pell calls the shares “deeply undervalued” in a regulatory filing.",
        "Chair Ian Molloy writes to shareholders that the slate would bring “a short-term agenda.”",
        "Proxy adviser Brightmoor Proxy Partners backs two nominees, Ilse Varga and Tom Reyes, "
        "saying in its report that the board “has not shown urgency.”",
        "Ada Pell told Marlow Television the board was “a retirement home.”",
    )
    kinds = {q.text: q.kind for q in analyze_text(text).quotes}
    assert kinds["for the foreseeable future."] != "speech"
    assert kinds["deeply undervalued"] != "speech"
    assert kinds["a short-term agenda."] != "speech"
    assert kinds["has not shown urgency."] != "speech"
    assert kinds["a retirement home."] == "speech"


def test_what_a_trade_calls_something_is_its_name_not_speech():
    text = _article_lines(
        "Without the unit, the county would become what health researchers call a “maternity care desert,” "
        "a term Dana Pike used twice.",
    )
    [quote] = analyze_text(text).quotes
    assert quote.kind != "speech"


def test_the_union_that_said_it_is_the_union_named_just_before():
    text = _article_lines(
        "Ontario Game Artists Guild (OGAG), which organises at several studios, said the news fit a pattern.",
        "“This is the fourth closure this year,” the union said in a statement.",
    )
    [quote] = analyze_text(text).quotes
    assert quote.speaker == "Ontario Game Artists Guild"


def test_an_earnings_calls_turns_with_the_writers_lines_between_them():
    text = "\n\n".join([
        "Veltrane Q3 earnings call: a record software quarter",
        "By Tobias Wren | October 29, 2025",
        "Operator: Good afternoon, and welcome to the call.",
        "Adaeze Okonjo, CEO: Thanks, everyone. This was our best quarter for software.",
        "Okonjo described the quarter as \"a tale of two businesses,\" a phrase she used before.",
        "Marten Kolbe, CFO: We now expect revenue of $2.4 billion.",
        "Analyst (Northbay Securities): Marten, are you seeing any pushback at renewal?",
        "Marten Kolbe, CFO: Honestly, no. The pushback we see is on hardware.",
    ])
    analysis = analyze_text(text)
    said = {q.text: q.speaker for q in analysis.quotes}
    assert said["Thanks, everyone. This was our best quarter for software."] == "Adaeze Okonjo"
    assert not any(t.startswith("Okonjo described") for t in said)
    assert said["Honestly, no. The pushback we see is on hardware."] == "Marten Kolbe"
    assert not any("pushback at renewal" in t and s == "Marten Kolbe" for t, s in said.items())


def test_analysts_questions_on_a_call_are_speech_and_a_heading_closes_the_last_answer():
    text = "\n".join([
        "# Q3 call: five takeaways from Verdane", "",
        "**Operator:** Our next question comes from Kingsbridge Securities. Please go ahead.", "",
        "**Analyst (Kingsbridge Securities):** Helena, is the telecom pause a trend?", "",
        "**Helena Oduya, CEO:** It's two customers. Both are consolidating vendors after mergers.", "",
        "**Analyst (Kingsbridge Securities):** And the full year?", "",
        "**Marcus Teague, CFO:** We're narrowing full-year revenue. I'll leave it there.", "",
        "## The Street's Take", "",
        "Rosa Achter of Pemberly Capital kept her rating. She cut her target to $212 from $230.", "",
        "Shares had risen 31% this year through Thursday's close.",
    ])
    quotes = analyze_text(text, filename="call.md").quotes
    speech = {q.text: q.speaker for q in quotes if q.kind == "speech"}
    assert speech["Helena, is the telecom pause a trend?"] is None
    assert speech["And the full year?"] is None
    assert speech["We're narrowing full-year revenue. I'll leave it there."] == "Marcus Teague"
    assert not any("Shares had risen" in t or "Rosa Achter" in t for t in speech)


def test_a_title_quoted_where_the_story_also_names_it_bare_is_not_speech():
    body = (
        "Its sequel, Tidewell Hollow II: The Drowned Bell, arrived in 2021 to warm reviews. Tobiah Renke wrote on "
        "Bluesky. Renke's credits include \"Tidewell Hollow II: The Drowned Bell\" and Emberline."
    )
    assert _one(body, "Tidewell Hollow II: The Drowned Bell").kind == "other"


def test_a_phrase_closing_a_reported_clause_with_a_named_subject_is_the_speakers():
    body = (
        "Priyanka Voss covers games for Ludo Research. She said Halvard would probably keep the Tidewell rights and "
        "hand the series to another team “within two or three years, once the noise dies down”."
    )
    quote = _one(body, "within two or three years, once the noise dies down")
    assert (quote.kind, quote.speaker) == ("speech", "Priyanka Voss")


def test_a_second_quote_joined_by_and_to_the_first_keeps_its_speaker():
    body = (
        "Ilse Marchbanks runs the lab. Marchbanks replied on X that the team ran \"every decontamination pass we "
        "know of\" and would release its filtering code \"in the next few weeks.\""
    )
    assert _one(body, "in the next few weeks.").speaker == "Ilse Marchbanks"


def test_the_group_that_opens_a_sentence_is_the_company_that_opened_the_one_before():
    text = _article_lines(
        "Ashcombe Drinks plc has agreed to buy Tenuta Le Corvaie for about €142 million.",
        "The group, whose portfolio runs from Pellmore gin to Verano tequila, said the purchase would give its "
        "fine-wine arm \"an anchor of genuine calibre.\"",
    )
    quote = next(q for q in analyze_text(text).quotes if q.text.startswith("an anchor"))
    assert quote.speaker == "Ashcombe Drinks"


def test_names_given_by_others_are_not_speech():
    body = (
        "Cornelia von Aschenbach-Rühle, whom colleagues call \"die Gräfin\", runs the group. Ashcombe said "
        "Ottavio's old-vine plot, known locally as ‘la vigna del nonno’, is not part of the sale."
    )
    assert _one(body, "die Gräfin").kind == "other"
    assert _one(body, "la vigna del nonno").kind == "other"


def test_the_association_is_the_union_that_said_it_and_a_report_states_a_document():
    body = (
        "The Independent Flight Crew Association represents Larkspur's pilots. “Our members did exactly what "
        "they train for,” the union said. Corvid Lantern published a report. \"We believe the nephew signed for "
        "both accounts,\" the report states."
    )
    assert _one(body, "Our members did exactly what they train for,").speaker == "Independent Flight Crew Association"
    assert _one(body, "We believe the nephew signed for both accounts,").kind == "other"


def test_an_faqs_answers_are_the_pages_own_prose_and_a_signed_block_quote_is_the_signers():
    text = "\n".join([
        "# Why we forked SedgeDB", "", "Lasse Brønnum and Thandi Okonkwo run the fork.", "",
        "> Forking is not a victory. It's a tax we all pay because trust broke.", ">",
        "> — Lasse Brønnum, release manager for 7.x and 8.x", "",
        "## FAQ", "**Q: Is it compatible?**", "**A:** Yes. It speaks the same wire protocol.", "",
        "**Q: Who owns the name?**", "**A:** The foundation holds the trademark.", "",
        "**Q: Will clouds offer it?**", "**A:** Both have said they will.",
    ])
    speech = {q.text: q.speaker for q in analyze_text(text, filename="post.md").quotes if q.kind == "speech"}
    assert speech["Forking is not a victory. It's a tax we all pay because trust broke."] == "Lasse Brønnum"
    assert not any(text.startswith(("Yes.", "The foundation", "Both have")) for text in speech)


def test_a_possessives_announcement_passed_on_by_an_outlet_is_the_owners():
    text = _article_lines(
        "Pebble Systems makes PebbleKV. Pebble's announcement, first reported by The Ledger, said the change "
        'was needed to end "free-riding by cloud giants." Maintainers disagree.'
    )
    quote = next(q for q in analyze_text(text).quotes if q.text.startswith("free-riding"))
    assert (quote.kind, quote.speaker) == ("speech", "Pebble Systems")


def test_the_group_and_its_statement_are_the_group_named_in_the_story():
    text = _article_lines(
        "Shares of Varadan Group companies fell after Ashgrove Research published its report. Varadan "
        "Enterprises Ltd, the flagship, dropped 12 per cent; the group calls the report a \"hatchet job\" and "
        "says it will sue.",
        "",
        "In a 60-page response released on Sunday, the Varadan Group called the report \"stale and "
        "misleading.\" It said Ashgrove had timed it to hurt a share sale.",
        "",
        "\"This report is an attack on Indian investors,\" the statement said.",
        "",
        "\"We will pursue every remedy available to us,\" the group added.",
    )
    speakers = {q.text: q.speaker for q in analyze_text(text).quotes if q.kind == "speech"}
    assert speakers["hatchet job"] == "Varadan Group"
    assert speakers["This report is an attack on Indian investors,"] == "Varadan Group"
    assert speakers["We will pursue every remedy available to us,"] == "Varadan Group"


def test_a_second_phrase_after_and_would_with_a_possessive_between_is_the_same_speakers():
    text = _article_lines(
        "Nathan Okoro founded Ashgrove Research in 2017.",
        "",
        "Okoro, in a post on X, said Ashgrove stood by ‘every word’ of its report and would publish a reply "
        "to the group's rebuttal \"within days\". Shares fell.",
    )
    speakers = {q.text: q.speaker for q in analyze_text(text).quotes if q.kind == "speech"}
    assert speakers == {"every word": "Nathan Okoro", "within days": "Nathan Okoro"}


def test_an_accounts_handle_names_the_company_that_posted():
    text = _article_lines(
        "Larkfield Airways flies the jets for Aurel Airlines. Larkfield declined to comment at first.",
        "",
        "In a post on X on Thursday night, the carrier’s account, @LarkfieldAir, wrote: \"All 52 people on "
        "board are safe. We thank our crew.\"",
    )
    quote = next(q for q in analyze_text(text).quotes if q.text.startswith("All 52"))
    assert quote.speaker == "Larkfield Airways"


def test_a_quoted_foreign_word_with_its_gloss_is_a_term():
    text = _article_lines(
        "Jürgen Kessel, who chairs the works council at Falkenried AG, said the council would demand "
        "“Kurzarbeit”, Germany’s short-time work scheme, before any job cuts."
    )
    quote = next(q for q in analyze_text(text).quotes if q.text == "Kurzarbeit")
    assert quote.kind == "other"


def test_bold_turn_labels_with_a_double_surname_are_an_interviews_turns():
    text = "\n".join([
        "# Backing Halcyon", "", "Ana Ruiz-Blake met Lena Vukic in 2022.", "",
        "**Ana Ruiz-Blake:** Why robots, and why now?", "",
        "**Lena Vukic:** Because picking is the last job that still looks like 1995.", "",
        "**Ana Ruiz-Blake:** What changed?", "",
        "**Lena Vukic:** The gripper and the data, both at once.",
    ])
    speech = {q.text: q.speaker for q in analyze_text(text, filename="post.md").quotes if q.kind == "speech"}
    assert speech["Because picking is the last job that still looks like 1995."] == "Lena Vukic"
    assert speech["The gripper and the data, both at once."] == "Lena Vukic"


def test_a_chief_named_with_the_body_he_serves_and_an_unnamed_administrator():
    body = (
        '"The fire stayed on one line," Fire Chief Ronan Dale of the Hollis County Fire Department told reporters. '
        "Kelly Vance, a company spokesperson, wrote that staffing met the rules. A former administrator at one of "
        'the homes, who asked not to be named because she still works there, said budgets were set "in Stamford, '
        'not in the building."'
    )
    assert _one(body, "The fire stayed on one line,").speaker == "Ronan Dale"
    assert _one(body, "in Stamford, not in the building.").speaker is None


def test_inspectors_words_are_their_reports_and_a_name_critics_gave():
    body = (
        'Ines Marr said the home was short-staffed. At the Dayton home, inspectors wrote in May that a resident was '
        '"left in a soiled bed at 9:40 a.m.," and that staff "could not say" when. Critics at the time called the '
        'deposits what they were — what critics at the time called "hot money."'
    )
    assert _one(body, "left in a soiled bed at 9:40 a.m.,").kind == "other"
    assert _one(body, "could not say").kind == "other"
    assert _one(body, "hot money.").kind == "other"


def test_a_second_reported_clause_and_a_minister_and_a_chief_by_office():
    body = (
        "Treasury Secretary Evelyn Marsh said in a statement that the banking system “remains sound” and that the "
        "Treasury Department was “watching developments closely.” Communications Minister Tamsin Rave said the "
        'failures were "unacceptable". "Nobody should call for help and hear nothing," the minister said.\n\n'
        'The chief executive of Bellwether Telecom has apologised for the outage, telling senators the company '
        '"got it badly wrong". Kerry Moss told the committee she was sorry.'
    )
    assert _one(body, "watching developments closely.").speaker == "Evelyn Marsh"
    assert _one(body, "Nobody should call for help and hear nothing,").speaker == "Tamsin Rave"
    assert _one(body, "got it badly wrong").speaker == "Kerry Moss"


def test_a_hearing_exchange_in_two_labelled_turns():
    body = (
        "Under questioning from senator Callum Rourke, Annika Voss said the company had not known.\n\n"
        "ROURKE: So nobody at the company could tell me whether a single call failed?\n\n"
        "VOSS: On the day, senator, no. We did not have that visibility."
    )
    speakers = {q.text[:8]: q.speaker for q in _quotes(body) if q.kind == "speech"}
    assert speakers == {"So nobod": "Callum Rourke", "On the d": "Annika Voss"}


def test_a_job_then_a_name_before_said():
    body = (
        "Yarra Health runs six hospitals.\n\n"
        "\"We had surgeons in car parks with no signal,\" the network's chief medical officer, Dr Ola Marsh, said."
    )
    assert _one(body, "We had surgeons in car parks with no signal,").speaker == "Ola Marsh"


def test_a_public_body_named_by_its_kind():
    body = (
        "The Orla Canal Authority runs the waterway. Late on Tuesday the canal authority said its pilots were "
        "\"working around the clock to move the queue\".\n\n\"We will not rush this,\" the canal authority said."
    )
    assert {q.speaker for q in _quotes(body)} == {"Orla Canal Authority"}


def test_a_notice_an_advisory_a_letter_and_a_rule_are_not_speech():
    body = (
        "The insurer said in a notice to members that it was \"monitoring the situation closely\". "
        "Norvik Line told customers in an advisory that cargo was \"subject to delay\".\n\n"
        "The court was shown a handwritten letter in which the patriarch urged calm. "
        "\"Do not let the lawyers eat what I built,\" he wrote.\n\n"
        "The board finalized a standard that requires units to deliver “at least 70 percent of rated capacity at −15°C.”"
    )
    assert all(q.kind == "other" for q in _quotes(body))


def test_a_title_quoted_again_stays_a_title():
    body = (
        "Corvid+ has canceled “The Lantern Keepers,” its most-watched drama.\n\n"
        "The company told advertisers that “The Lantern Keepers” was its most-watched series."
    )
    assert all(q.kind == "other" for q in _quotes(body))


def test_the_client_in_an_aside_is_not_she():
    body = (
        "Harriet Lowe-Brandt SC, for Mei Chan-Whitby, said the old man had been clear-headed until the end.\n\n"
        "“My learned friend’s case is weak,” she said."
    )
    assert _one(body, "My learned friend’s case is weak,").speaker == "Harriet Lowe-Brandt"


def test_the_group_that_spoke_after_a_two_sentence_quote():
    body = (
        "A citizens' group, No Blank Checks Riverton, said it would start gathering signatures.\n\n"
        "\"The council just handed a blank check to a rich man. We intend to let the voters tear it up,\" the group said."
    )
    quote = _one(body, "The council just handed a blank check to a rich man. We intend to let the voters tear it up,")
    assert quote.speaker and "Blank Checks Riverton" in quote.speaker


def test_critics_after_a_semicolon_and_an_unnamed_counsel_speak_for_nobody_named():
    body = (
        "Owner Leona Varga's company would pay half; critics call the plan a \"handout\" for the rich. "
        "Counsel for Tomas Reyes says the will was 'a draft, not a binding document' and should be set aside."
    )
    assert (_one(body, "handout").kind, _one(body, "handout").speaker) == ("speech", None)
    counsel = _one(body, "a draft, not a binding document")
    assert (counsel.kind, counsel.speaker) == ("speech", None)


def test_a_sign_after_a_semicolon_and_a_letter_in_which_he_asked_are_not_speech():
    body = (
        "Residents filled the hall with hand-made signs; one read \u201cNot Our Park.\n\n"
        "The founder left a short letter of wishes, signed in 2018, in which he asked his daughter to "
        "\u201ckeep the shops open and the staff paid\u201d. Chair Ruth Ames said the letter was clear."
    )
    assert _one(body, "Not Our Park.").kind == "other"
    assert _one(body, "keep the shops open and the staff paid").kind == "other"


def test_company_words_in_its_own_labels_and_a_particle_name_after_the_quote():
    body = (
        "Medora Systems says there\u2019s \u2018no sign\u2019 that customer records were copied. Medora confirmed "
        "that its platform went offline after what it called \u201csuspicious traffic\u201d on Monday. "
        "The outage was first reported by the Daily Wire, which said some customers had been told to call back "
        "\u201cnext week.\u201d\n"
        "\"We cannot sell below cost for ever,\" Jean-Baptiste de Villiers, head of the Union of Wine Growers "
        "(UVG), told reporters in Bordeaux. The government offered aid, a sum the UVG dismissed as "
        "\"a drop in the ocean.\""
    )
    for text in ("no sign", "suspicious traffic"):
        assert (_one(body, text).kind, _one(body, text).speaker) == ("speech", "Medora Systems")
    assert (_one(body, "next week.").kind, _one(body, "next week.").speaker) == ("speech", None)
    assert _one(body, "We cannot sell below cost for ever,").speaker == "Jean-Baptiste de Villiers"
    assert (_one(body, "a drop in the ocean.").kind, _one(body, "a drop in the ocean.").speaker) == (
        "speech", "Union of Wine Growers"
    )


def test_a_regulators_decision_and_a_coordinated_verb_after_a_cited_rule():
    body = (
        "The board's binding decision, also published today, describes the setting as \"a choice that put growth "
        "ahead of safety\" and raised the fine.\n\n"
        "Councillor Ada Price objected. She said the impact would be severe, contrary to paragraph 115 of the "
        "NPPF, and asked that her objection be minuted in full: \"We will have no one to blame but ourselves.\""
    )
    assert _one(body, "a choice that put growth ahead of safety").kind == "other"
    assert _one(body, "We will have no one to blame but ourselves.").speaker == "Ada Price"


def test_an_office_held_for_a_field_and_the_office_named_again():
    body = (
        "Commissioner for Data Protection Aoife Brennock, who led the inquiry, said the findings were serious. "
        "“Children are entitled to the highest standard of protection,” Ms Brennock said. "
        "“Safety cannot be a setting switched on later,” the commissioner added."
    )
    assert _one(body, "Safety cannot be a setting switched on later,").speaker == "Aoife Brennock"


def test_what_regulars_call_a_thing_and_a_clause_after_a_semicolon():
    body = (
        'Gus Fenner still sits in what regulars call "the back bench" near the paint aisle. '
        "Hollowell Stores buys the building; family says ‘it was time for a change’ after years of losses."
    )
    assert _one(body, "the back bench").kind != "speech"
    assert _one(body, "it was time for a change").speaker is None
    body = 'Ruth Kell said: "We were told the bridge would be \'transformational\' – it has transformed the bill."'
    assert _one(body, "transformational").kind != "speech"


def test_the_co_operative_said_is_the_co_op_named_further_up():
    body = (
        "Tarrow Dairy Co-operative Group has cut its milk price forecast. The co-op collects a third of the "
        "country's milk. In an announcement to the NZX on Thursday, the co-operative said the cut reflected "
        "“a softening in powder prices” since January."
    )
    assert _one(body, "a softening in powder prices").speaker == "Tarrow Dairy Co-operative Group"


def test_declarations_grounds_clauses_and_judgment_paragraphs_are_not_speech():
    body = (
        'In a statutory declaration filed with the board, Lim Wei Jie stated that "no owner has received any '
        'payment" to sign. In brief written grounds, the judge noted that the board had treated it as “a material '
        "fact”. Clause 9.1 of the agreement provided: “Liability shall not exceed £100 per tonne.” [6] "
        "Lord Ferrin rejects that submission: “A business can be expected to read its own contract” [39]. "
        'The judge told the court: "This is not a formality."'
    )
    for text in ("no owner has received any payment", "a material fact", "Liability shall not exceed £100 per tonne.",
                 "A business can be expected to read its own contract"):
        assert _one(body, text).kind != "speech", text
    assert _one(body, "This is not a formality.").kind == "speech"


def test_a_court_speaks_in_its_judgment_and_a_statute_in_its_own_words():
    body = (
        "Halvern argued that clause 9 failed the test in section 3(1) of the Fair Terms Act 1980 (“FTA”), under "
        "which a term must be “fair having regard to what the parties knew”. The Court of Appeal agreed, calling "
        "it “an ordinary bargain between equals”. Counsel for Ostry Ltd submitted that the parties were "
        "“well able to look after themselves”, and the court should not interfere [40]."
    )
    assert _one(body, "fair having regard to what the parties knew").kind != "speech"
    assert _one(body, "an ordinary bargain between equals").kind != "speech"
    assert _one(body, "well able to look after themselves").kind == "speech"


def test_more_of_the_same_words_later_in_the_sentence_are_the_speakers():
    body = (
        'Ian Rhodes said the delay was "a disgrace" that islanders were paying for "every single week". '
        'Union convenor Tam Reid said staff were "tired of the jokes" for decisions "made in offices far from '
        'here". Ms Low said engineers had found "a few hundred metres" of bad cable, and said a budget of £12.5m '
        'for the repairs was "a limit, not a goal". Reid said the yard would see a “decent” return.'
    )
    assert _one(body, "every single week").speaker == "Ian Rhodes"
    assert _one(body, "made in offices far from here").speaker == "Tam Reid"
    assert _one(body, "a few hundred metres").kind == "speech"
    assert _one(body, "a limit, not a goal").kind == "speech"
    assert _one(body, "decent").speaker == "Tam Reid"


def test_a_petition_demands_and_the_transport_secretary_speaks():
    body = (
        "Transport Secretary Iona Baird told MSPs the plan stood. Ms Kerr said 2,000 people had signed a petition "
        "calling for a “full public inquiry”. In a statement, the transport secretary said: ‘We will not walk away.’"
    )
    assert _one(body, "full public inquiry").kind != "speech"
    assert _one(body, "We will not walk away.").speaker == "Iona Baird"


def test_a_post_shown_as_name_on_linkedin_is_the_posters_words():
    body = (
        "Marta Quell founded Dockyard in 2019.\n\n"
        "Marta Quell on LinkedIn: Six years, one stubborn idea, and the best team I know.\n\n"
        "Marta on X: @martaquell"
    )
    post = _one(body, "Six years, one stubborn idea, and the best team I know.")
    assert (post.speaker, post.kind) == ("Marta Quell", "speech")
    assert [q.text for q in _quotes(body)] == ["Six years, one stubborn idea, and the best team I know."]


def test_pronouns_roles_and_statements_in_nigerian_and_trade_copy():
    body = (
        "The Central Bank of Nigeria has suspended the licence of Kobo Pay Ltd over what it described as "
        '"persistent failures" to reconcile transfers. In a separate statement, Aisha Bello said the firm would '
        'comply.\n\n“We sincerely apologise to our customers,” the statement read.\n\nA trader, Mrs Ngozi Eze, '
        'said she was stuck. "Who I go ask?" she lamented. Chief Tunde Bakare (SAN) said the bank acted. '
        'According to him, "The law gives the bank the power." \'It invites litigation,\' the silk added. '
        'The according to her co-founder rule stays.\n\n'
        "The Writers Guild of America said it would look closely. The guild added: \"We will be watching.\"\n\n"
        'Agents may join Curtis Hale, which one departing agent described as "the lifeboat".'
    )
    assert _one(body, "persistent failures").speaker == "Central Bank of Nigeria"
    assert _one(body, "We sincerely apologise to our customers,").speaker == "Aisha Bello"
    assert _one(body, "Who I go ask?").speaker == "Ngozi Eze"
    assert _one(body, "The law gives the bank the power.").speaker == "Tunde Bakare"
    assert _one(body, "It invites litigation,").speaker == "Tunde Bakare"
    assert _one(body, "We will be watching.").speaker == "Writers Guild of America"
    lifeboat = _one(body, "the lifeboat")
    assert lifeboat.kind == "speech" and lifeboat.speaker is None


def test_a_quoted_subheading_is_the_words_of_whoever_says_them_below():
    body = (
        'Union spokesperson Kgomotso Seabi said: "Do not blame the workers."\n\n'
        "‘A distraction from the bigger story’\n\n"
        'Dr Zanele Mkhabela, an economist, said the focus was "a distraction from the bigger story".'
    )
    assert _one(body, "A distraction from the bigger story").speaker == "Zanele Mkhabela"


def test_letters_read_out_slogans_and_a_chamber_calling_out():
    body = (
        "My constituent Mrs Doreen Ashby wrote to me last month: “For eleven days we boiled every drop we drank.” "
        "She is far from alone.\n\n"
        "Her letter ended with a question I cannot answer: ‘Why should I keep paying?’ I hope the Minister can.\n\n"
        "Hon. Members: Hear, hear!\n\n"
        "Ajoo, which markets itself as the “bank for the market woman”, claims two million users."
    )
    for text in ("For eleven days we boiled every drop we drank.", "Why should I keep paying?", "bank for the market woman"):
        assert _one(body, text).kind != "speech"
    cheer = _one(body, "Hear, hear!")
    assert cheer.kind == "speech" and cheer.speaker is None


def test_a_spokesperson_after_a_list_is_nobody_the_list_names():
    body = (
        "Sterling Oak Capital will own 55% of the business.\n\n"
        "Agents leaving include:\n\n- Priscilla Fanning\n\n"
        "A Sterling Oak spokesperson said the firm was “thrilled” to back the combination."
    )
    thrilled = _one(body, "thrilled")
    assert thrilled.kind == "speech" and thrilled.speaker is None


def test_an_oral_historys_turns_labelled_in_capitals_and_in_title_case_are_one_speakers():
    body = (
        "The cast\n\n- Marisol Ibarra, co-founder and chief operating officer\n\n"
        "- Theo Lindqvist, first engineer, later chief technology officer\n\n"
        "MARISOL IBARRA: Dane and I met at a bike-share company in Chicago.\n\n"
        "Theo Lindqvist: I was employee number one. Marisol hired me at a taco truck.\n\n"
        "Marisol Ibarra: We had eleven scooters and a pitch deck.\n\n"
        "Theo Lindqvist: The first update I pushed bricked half the fleet."
    )
    assert _one(body, "Dane and I met at a bike-share company in Chicago.").speaker == "Marisol Ibarra"
    assert _one(body, "I was employee number one. Marisol hired me at a taco truck.").speaker == "Theo Lindqvist"
    assert _one(body, "We had eleven scooters and a pitch deck.").speaker == "Marisol Ibarra"


def test_the_cs_is_kenyas_cabinet_secretary():
    body = (
        "ICT Cabinet Secretary Joseph Mwangangi Kitheka said the government would act.\n\n"
        '"Mobile money is now critical national infrastructure," the CS said.'
    )
    assert _one(body, "Mobile money is now critical national infrastructure,").speaker == "Joseph Mwangangi Kitheka"


def test_a_firms_legal_form_a_translation_and_an_unnamed_source_after_the_quote():
    body = (
        "“Investors hate a family fight,” Ana Lucero, head of research at Baybridge Securities Inc., said in a note.\n\n"
        "The chairman, Tariq Mehmood Awan, addressed the crowd. “Hum mills band kar denge” (We will shut the mills), "
        "he said.\n\n"
        "Rashid Khalil joined the board in May. “He is buying an asset,” said one person close to Khalil."
    )
    speakers = {q.text: q.speaker for q in _quotes(body)}
    assert speakers["Investors hate a family fight,"] == "Ana Lucero"
    assert speakers["Hum mills band kar denge"] == "Tariq Mehmood Awan"
    assert speakers["He is buying an asset,"] is None


def test_a_letters_words_a_slides_words_and_a_phrase_are_not_speech():
    body = (
        "The letter reached the workshops on a Monday. In it, Odile Ferrand warned that rivals wanted to "
        "“break up the house.”\n\n"
        "Odile Ferrand had a deck with one slide that just said “Cars are the problem.” In Lyon we had a phrase "
        "for it: ‘Ferrand mode.’"
    )
    kinds = {q.text: q.kind for q in _quotes(body)}
    assert kinds["break up the house."] != "speech"
    assert kinds["Cars are the problem."] != "speech"
    assert kinds["Ferrand mode."] != "speech"


def test_a_thread_page_gives_each_quoted_post_to_the_account_in_its_header():
    text = "\n".join([
        "---",
        'title: "How Dishline ran out of money"',
        "author: Lena Marsh",
        "date: 2024-06-11",
        "source: https://x.com/lenamarsh/status/1800000000000000001",
        "---",
        "# How Dishline ran out of money 🧵",
        "",
        "**Lena Marsh** @lenamarsh",
        "",
        "1/3 🧵 Dishline, a delivery app in Denver, shut down on Friday. Drivers say they are owed weeks of pay.",
        "",
        "2/ In March its founder, Priya Desai, was still posting this:",
        "",
        "> **Priya Desai** @priyabuilds · Mar 4, 2024",
        ">",
        "> Runway is not a problem. We are hiring across Denver.",
        "",
        "3/3 The company replied a few hours ago:",
        "",
        "> **Dishline** @DishlineHQ · Jun 11, 2024",
        "> Replying to @lenamarsh",
        ">",
        "> We are working with an administrator to pay every driver.",
        "",
        "Enjoying this thread?",
        "",
        "Help us keep Thread Reader App free",
        "",
        "This thread was unrolled on Jun 12, 2024 · Last updated Jun 13, 2024",
    ])
    analysis = analyze_text(text, filename="thread.md")
    assert (analysis.title, analysis.source) == ("How Dishline ran out of money", "X")
    speakers = {q.text: (q.kind, q.speaker) for q in analysis.quotes}
    assert speakers["Runway is not a problem. We are hiring across Denver."] == ("speech", "Priya Desai")
    assert speakers["We are working with an administrator to pay every driver."] == ("speech", "Dishline")
    assert "Drivers" not in {e.name for e in analysis.entities}
    assert not any("thread" in p.lower() or p.startswith(("Replying", "Lena Marsh")) for p in analysis.paragraphs)
