"""Property tests: analyze_text survives any text and keeps its offsets honest."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from store.analyze import analyze_text

_PIECES = st.sampled_from(
    [
        "Priya Raman", "Halcyon Labs", "Vantage", "said", "she", "he", "told", "The", "Share",
        "Related", "©", "2024", "March 3,", "By", "-", "#", "**", "_", "[", "]", "(", ")",
        "](http://x.test)", "!", "?", ".", ",", ":", "\"", "'", "“", "”", "‘", "’", "’s", "'s",
        "\n", "\n\n", " ", "— Priya Raman (@priya)", "@handle", "https://a.test/B", "Ünïcødé",
        "日本", "GPT-4", "xAI", "’90s", "Feb.", "formerly known as", "according to",
        "with the words:", "Continue Reading", "> ", "* ", "1. ",
    ]
)
_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(_PIECES, max_size=80).map(" ".join),
    st.lists(_PIECES, max_size=80).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, markdown=st.booleans())
@example(text=':ABA:ABA AAB"AaB', markdown=False)  # an owner's product merged into a group with no votes yet
def test_analyze_never_raises_and_offsets_hold(text, markdown):
    analysis = analyze_text(text, filename="a.md" if markdown else "a.txt")
    body = analysis.body
    assert all(paragraph for paragraph in analysis.paragraphs)
    assert all(paragraph == paragraph.strip() for paragraph in analysis.paragraphs)
    for entity in analysis.entities:
        assert entity.spans and list(entity.spans) == sorted(entity.spans)
        for start, end in entity.spans:
            assert 0 <= start < end <= len(body)
            assert body[start:end] in entity.aliases
    for quote in analysis.quotes:
        assert 0 <= quote.start <= quote.end <= len(body)
        assert body[quote.start:quote.end] == quote.text
        assert quote.kind in ("speech", "other")
    order = [(-e.mentions, e.name) for e in analysis.entities]
    assert order == sorted(order)
    if analysis.date is not None:
        assert len(analysis.date) in (4, 7, 10)


# A mail's source and a chat thread, cut and spliced: headers, boundaries and encoded bytes in odd places
_SOURCE_PIECES = st.sampled_from(
    [
        "MIME-Version: 1.0", "From: Ana Ruiz <ana@x.test>", "Subject: =?UTF-8?Q?Caf=C3=A9?=", "Subject: =?utf-8?b?!!?=",
        'Content-Type: multipart/alternative; boundary="b1"', "Content-Type: multipart/mixed; boundary=",
        'Content-Type: text/plain; charset="bogus"', "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: base64", "--b1", "--b1--",
        "Received: by x.test;", "        Mon, 13 Oct 2025 17:15:04 -0700", "=E2=80=9CWe grew,=E2=80=9D she said.",
        "Halcyon Labs rai=", "sed $4m.", "=", "=E2=80", "=ZZ", "", "---------- Forwarded message ---------",
        "Ana Ruiz", "9:12 AM", "Ana Ruiz  9:13 AM", ":eyes: 2", "3 replies", "Share (edited)",
        "<aside>", "</aside>", "- Background", "    a note", "#news/x #y", "Created: May 8, 2025", "URL: https://x.test/a",
    ]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(_SOURCE_PIECES, min_size=1, max_size=40), name=st.sampled_from(["a.txt", "a.eml", "a.md"]))
def test_a_mangled_mail_source_or_chat_never_raises(pieces, name):
    analysis = analyze_text("\n".join(pieces), filename=name)
    assert all(paragraph and paragraph == paragraph.strip() for paragraph in analysis.paragraphs)
    for entity in analysis.entities:
        for start, end in entity.spans:
            assert analysis.body[start:end] in entity.aliases
