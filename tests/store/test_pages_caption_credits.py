"""Invented pages with photo captions between paragraphs, each closed by a different kind of credit:
an outlet and its photographer in brackets, a picture's owner after ©, a photographer working for a
site, and an agency in brackets after a caption with no full stop. None of them is the story's text."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities

_PAGE = "\n".join([
    "Childcare chain shuts 20 centres",
    "",
    "Tindall Early Years closed 20 of its 90 centres on Monday, leaving about 1,400 families without care.",
    "Parents wait outside a Tindall centre in Bathurst on Monday morning. (Coastal News: Mira Okafor)",
    "The company appointed administrators on May 2.",
    "Tindall's head office in the Docklands. Its shares have halved since March © Harbourline",
    "Chief executive Rhys Ballard said the closures were \"the hardest call I have made\".",
    "Staff gather outside the regulator's office in Parramatta on May 20. Jonah Pereira for Civic Ledger",
    "A view of Tindall's flagship centre in Newcastle (AAP)",
    "Administrators will try to sell the remaining centres by July.",
])


def test_captions_closed_by_their_credits_are_no_paragraphs():
    paragraphs = analyze_text(_PAGE, filename="tindall.txt").paragraphs
    assert not any(p.startswith(("Parents wait", "Tindall's head office", "Staff gather", "A view of")) for p in paragraphs)
    assert any(p.startswith("The company appointed administrators") for p in paragraphs)
    assert any(p.startswith("Administrators will try") for p in paragraphs)


def test_names_only_in_captions_are_not_listed():
    found = entities(analyze_text(_PAGE, filename="tindall.txt"))
    assert not {"Mira Okafor", "Jonah Pereira", "Civic Ledger", "Bathurst", "Parramatta"} & set(found)
    assert "Rhys Ballard" in found
