"""Invented pages of kinds a labelled set brought: a state news agency's story with its editors'
lines, a national news agency's English story with its spelling of the country and its photo
credits, a regional agency's page with its motto under its name, and a code host's release notes.
What is chrome, what the title and date are, and which names are names."""

from __future__ import annotations

from store.analyze import analyze_text
from tests.store.page_views import entities, entity_of, speakers

_STATE_WIRE = "\n".join([
    "Xinhua",
    "Home",
    "Business",
    "",
    "Chinese cable maker Jinlu to build 2.4-bln-yuan plant in Serbia",
    "Source: Xinhua",
    "Editor: Wang Lei",
    "2025-06-03 10:12:40",
    "",
    "BEIJING, June 3 (Xinhua) -- China Jinlu Cable Technology Group Co., Ltd. will build a plant worth 2.4 billion "
    "yuan (about 330 million U.S. dollars) in Novi Sad, Serbia, the company said on Tuesday.",
    "",
    "The plant will be Jinlu Group's second base outside China. Serbia joined the Belt and Road Initiative in 2014.",
    "",
    "\"This plant brings jobs and skills to the whole region,\" Serbian Minister of Economy and Trade Marko Ilić "
    "said at the signing ceremony.",
    "",
    "Ilić said the minister of livestock would also attend, as would Serbia's Minister of Agriculture, Forestry "
    "and Water Management.",
    "",
    "[Editor: Wang Lei]",
])


def test_a_state_wire_keeps_its_editors_and_source_line_out_of_the_story():
    kept = "\n".join(analyze_text(_STATE_WIRE, filename="jinlu.txt").paragraphs)
    for chrome in ("Source: Xinhua", "Editor: Wang Lei"):
        assert chrome not in kept


def test_a_chinese_group_by_its_short_name_a_long_office_before_a_name_and_a_programme_with_and():
    analysis = analyze_text(_STATE_WIRE, filename="jinlu.txt")
    assert entity_of(analysis, "Jinlu Group") == entity_of(analysis, "China Jinlu Cable Technology Group Co., Ltd.")
    said = speakers(analysis)
    assert said["This plant brings jobs and skills to the whole region,"] == ("speech", "Marko Ilić")
    found = entities(analysis)
    assert found["Belt and Road Initiative"] == "OTHER"
    for not_a_name in ("U.S.", "Belt", "Road Initiative", "Forestry", "Agriculture"):
        assert not_a_name not in found, not_a_name


_NATIONAL_AGENCY = "\n".join([
    "VIETNAM NEWS",
    "Economy",
    "",
    "Sông Hồng Steel to sell 10 per cent stake to Korean investor",
    "June 3, 2025 - 09:20",
    "",
    "Sông Hồng Steel Joint Stock Company will issue 20 million new shares worth VNĐ1.5 trillion.",
    "",
    "A rolling mill of Sông Hồng Steel in the northern province of Hải Dương. — VNA/VNS Photo Nguyễn Dũng",
    "",
    "Shareholders of Sông Hồng Steel JSC approved the sale on Saturday, as Việt Nam's steel demand recovers. The "
    "new mill will be built in the northern province of Hải Dương.",
    "",
    "\"We wanted a partner with technology,\" Ms Nguyễn Thị Lan Anh, chairwoman of Sông Hồng Steel, said at the "
    "meeting.",
])


def test_a_vietnamese_story_keeps_its_company_whole_its_places_as_places_and_its_credit_out():
    analysis = analyze_text(_NATIONAL_AGENCY, filename="songhong.txt")
    assert entity_of(analysis, "Sông Hồng Steel JSC") == entity_of(analysis, "Sông Hồng Steel Joint Stock Company")
    found = entities(analysis)
    assert found["Việt Nam"] == "PLACE" and found["Hải Dương"] == "PLACE"
    assert not any(name.startswith("VNĐ") for name in found)
    assert "VNA/VNS Photo" not in "\n".join(analysis.paragraphs)
    assert speakers(analysis)["We wanted a partner with technology,"] == ("speech", "Nguyễn Thị Lan Anh")


_REGIONAL_AGENCY = "\n".join([
    "Pampero Wire, en Español",
    "Pampero Wire. River Plate News Agency",
    "",
    "Chilean group buys Paraguayan meatpacker Río Verde",
    "Asunción, June 3rd 2025 - 08:10 UTC",
    "Full article",
    "",
    "Chile's Andes Proteínas S.A. has agreed to buy Frigorífico Río Verde S.A. for US$ 90 million.",
    "",
    "Río Verde employs 900 people. The Cámara Paraguaya de la Carne welcomed the deal.",
])


def test_an_agency_page_takes_its_headline_under_its_motto_and_its_date_after_the_city():
    analysis = analyze_text(_REGIONAL_AGENCY, filename="rioverde.txt")
    assert analysis.title == "Chilean group buys Paraguayan meatpacker Río Verde"
    assert (analysis.source, analysis.date) == ("Pampero Wire", "2025-06-03")
    assert "Full article" not in analysis.paragraphs
    found = entities(analysis)
    assert entity_of(analysis, "Río Verde") == "Frigorífico Río Verde S.A."
    assert found["Cámara Paraguaya de la Carne"] == "ORG"


_RELEASE = "\n".join([
    "---",
    'title: "Release v1.8.0 — Larkspur · finch-io/finchdb"',
    'source: "https://github.com/finch-io/finchdb/releases/tag/v1.8.0"',
    "published: 2025-03-02",
    "---",
    "",
    "# v1.8.0 — Larkspur",
    "",
    "[mkova](https://github.com/mkova) released this Mar 2, 2025 · 12 commits to main since this release",
    "",
    "Larkspur adds a new planner, written by Ines Aldana (@ialdana), and Prometheus metrics.",
    "",
    "## What's Changed",
    "",
    "* Add Parquet import by @ialdana in https://github.com/finch-io/finchdb/pull/801",
    "* Bump Kubernetes operator to 0.4.2 by @finch-bot in https://github.com/finch-io/finchdb/pull/802",
    "",
    "### Assets 3",
    "",
    "* finchdb-1.8.0-linux-amd64.tar.gz 30.1 MB",
    "* Source code (zip)",
    "* Source code (tar.gz)",
    "",
    "👍 5 🎉 2",
    "",
    "5 people reacted",
])


def test_a_release_page_has_its_heading_for_title_its_publisher_for_writer_and_no_assets():
    analysis = analyze_text(_RELEASE, filename="release.md")
    assert (analysis.title, analysis.author, analysis.date) == ("v1.8.0 — Larkspur", "mkova", "2025-03-02")
    kept = "\n".join(analysis.paragraphs)
    for chrome in ("Assets 3", "tar.gz 30.1 MB", "Source code", "people reacted", "👍"):
        assert chrome not in kept, chrome


def test_a_changelog_item_opens_with_its_verb_not_a_name():
    found = entities(analyze_text(_RELEASE, filename="release.md"))
    assert "Add" not in found and "Bump Kubernetes" not in found
    assert found["Kubernetes"] == "PRODUCT" and found["Parquet"] == "PRODUCT" and found["Prometheus"] == "PRODUCT"
