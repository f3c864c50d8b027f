"""The questions a notebook user asks, answered on the bundled data."""

from __future__ import annotations

import datetime as dt

import pytest

import maroc_ai
from maroc_ai import (
    AgreementKind,
    AmbiguousNameError,
    Dataset,
    NotOneError,
    Official,
    PartialDate,
    Partnership,
    Query,
    Record,
    Status,
    UnknownNameError,
)
from maroc_ai.query import interval


class TestWhere:
    def test_every_agreement_mistral_ai_is_party_to(self, dataset: Dataset) -> None:
        by_id = dataset.partnerships.where(party="mistral-ai")
        by_record = dataset.partnerships.where(party=dataset.get("mistral-ai"))
        by_name = dataset.partnerships.where(party="Mistral AI")
        by_arabic = dataset.partnerships.where(party="ميسترال")
        assert by_id.ids() == ("mistral-ai-memorandum",)
        assert by_id == by_record == by_name == by_arabic

    def test_who_signed_for_the_ministry(self, dataset: Dataset) -> None:
        signed = dataset.officials.where(signed_for="ministry-digital-transition")
        assert signed.ids() == ("amal-el-fallah-seghrouchni",)

    def test_signatories_of_an_agreement(self, dataset: Dataset) -> None:
        memorandum = dataset.partnerships.where(signatory="arthur-mensch").one()
        assert memorandum.id == "mistral-ai-memorandum"

    def test_which_targets_fall_due_by_2030(self, dataset: Dataset) -> None:
        due = dataset.targets.where(due_by=2030)
        assert set(due.ids()) == {
            "national-ai-strategy-added-value",
            "national-ai-strategy-jobs",
            "onepoint-centre-jobs",
            "onepoint-revenue-2028",
        }
        # Onepoint's revenue of 2024 is a figure stated as fact, not a goal.
        assert "onepoint-revenue-2024" not in due.ids()
        assert dataset.statistics.where(date=2024).ids() == ("onepoint-revenue-2024",)
        assert all(target.horizon is not None and target.horizon <= 2030 for target in due)
        assert set(dataset.targets.where(horizon=2030).ids()) < set(due.ids())

    def test_what_happened_in_rabat_in_september_2025(self, dataset: Dataset) -> None:
        happened = dataset.timeline(place="rabat", date="2025-09")
        assert happened.ids() == ("mistral-ai-memorandum",)
        # The AXA agreement was signed in Rabat on "a Monday": it can't be placed in September.
        assert "axa-skills-partnership" in dataset.timeline(place="rabat").undated

    def test_filters_combine_with_and(self, dataset: Dataset) -> None:
        both = dataset.partnerships.where(place="rabat", kind=AgreementKind.PARTNERSHIP_AGREEMENT)
        assert both.ids() == ("axa-skills-partnership",)
        assert both == dataset.partnerships.where(kind="partnership_agreement").where(place="rabat")

    def test_several_values_match_any(self, dataset: Dataset) -> None:
        either = dataset.partnerships.where(party=["mistral-ai", "axa"])
        assert set(either.ids()) == {"mistral-ai-memorandum", "axa-skills-partnership"}
        assert list(either.ids()) == sorted(either.ids())

    def test_none_matches_records_without_a_value(self, dataset: Dataset) -> None:
        unplaced = dataset.partnerships.where(place=None)
        assert unplaced.ids()
        assert all(p.place is None for p in unplaced)

    def test_enum_filters_take_members_values_and_names(self, dataset: Dataset) -> None:
        planned = dataset.facilities.where(status=Status.PLANNED)
        assert planned == dataset.facilities.where(status="planned")
        assert planned == dataset.facilities.where(status="PLANNED")

    def test_date_filters_follow_precision(self, dataset: Dataset) -> None:
        assert dataset.partnerships.where(date=2025).ids() == ("mistral-ai-memorandum",)
        assert dataset.partnerships.where(date=dt.date(2025, 9, 12)).ids() == (
            "mistral-ai-memorandum",
        )
        assert dataset.partnerships.where(date="2025-10").ids() == ()
        assert dataset.events.where(
            since="2025-07", until=PartialDate(year=2025, month=7)
        ).ids() == ("national-conference-july-2025",)

    def test_source_filter(self, dataset: Dataset) -> None:
        from_axa = dataset.organizations.where(source="article-axa")
        assert "axa" in from_axa.ids()
        assert "mistral-ai" not in from_axa.ids()


class TestErrors:
    def test_an_ambiguous_name_lists_the_candidates(self, dataset: Dataset) -> None:
        with pytest.raises(AmbiguousNameError) as info:
            dataset.partnerships.where(participant="Seghrouchni")
        assert set(info.value.candidates) == {"amal-el-fallah-seghrouchni", "omar-seghrouchni"}

    def test_an_unknown_name_suggests_close_ones(self, dataset: Dataset) -> None:
        with pytest.raises(UnknownNameError) as info:
            dataset.partnerships.where(party="Mistrol")
        assert "mistral-ai" in info.value.suggestions
        assert "organizations" in str(info.value)

    def test_a_record_of_the_wrong_collection_is_not_a_party(self, dataset: Dataset) -> None:
        with pytest.raises(ValueError, match="'rabat' is the id of a Place"):
            dataset.partnerships.where(party="rabat")

    def test_an_unknown_filter_names_the_close_ones(self, dataset: Dataset) -> None:
        with pytest.raises(TypeError, match="did you mean parties, party"):
            dataset.partnerships.where(parti="mistral-ai")

    def test_a_bad_enum_value_lists_the_choices(self, dataset: Dataset) -> None:
        with pytest.raises(ValueError, match="'protocol_agreement'"):
            dataset.partnerships.where(kind="treaty")

    def test_a_bad_date_says_what_it_takes(self, dataset: Dataset) -> None:
        with pytest.raises(ValueError, match="weekday"):
            dataset.partnerships.where(date="-W-1")
        with pytest.raises(TypeError):
            dataset.partnerships.where(date=1.5)

    def test_one_requires_exactly_one(self, dataset: Dataset) -> None:
        with pytest.raises(NotOneError, match="found 4"):
            dataset.partnerships.one()
        with pytest.raises(NotOneError, match="found none"):
            dataset.partnerships.where(party="axa", place=None).one()
        assert dataset.partnerships.where(place=None, party="axa").first() is None


class TestSequence:
    def test_a_query_is_an_immutable_sequence(self, dataset: Dataset) -> None:
        partnerships = dataset.partnerships
        assert len(partnerships) == 4
        assert partnerships == tuple(partnerships)
        assert isinstance(partnerships[1:], Query)
        assert partnerships[0] is next(iter(partnerships))
        assert "mistral-ai-memorandum" in partnerships.ids()
        # In a notebook an id works too; typed code asks .ids(), as above.
        assert "mistral-ai-memorandum" in partnerships  # type: ignore[comparison-overlap]
        assert partnerships[0] in partnerships
        assert hash(partnerships) == hash(tuple(partnerships))

    def test_sort_by_puts_missing_values_last_either_way(self, dataset: Dataset) -> None:
        ascending = dataset.partnerships.sort_by("date")
        descending = dataset.partnerships.sort_by("date", reverse=True)
        assert ascending[-1].date is None
        assert descending[-1].date is None
        assert ascending.ids()[0] == "mistral-ai-memorandum"

    def test_sort_by_a_nested_field_or_a_function(self, dataset: Dataset) -> None:
        by_value = dataset.targets.sort_by("quantity.value", reverse=True)
        assert by_value.ids()[0] == "national-ai-strategy-added-value"
        assert by_value == dataset.targets.sort_by(lambda t: -t.quantity.value)

    def test_sort_by_an_unknown_field(self, dataset: Dataset) -> None:
        with pytest.raises(AttributeError, match="no field 'dat'"):
            dataset.partnerships.sort_by("dat")

    def test_filters_lists_what_where_takes(self, dataset: Dataset) -> None:
        filters = dataset.targets.filters()
        assert {"due_by", "horizon", "scope", "unit", "source", "metric"} <= set(filters)
        assert "kind" not in filters, "a target is always a goal"
        assert {"date", "since", "until", "scope", "unit", "metric"} <= set(
            dataset.statistics.filters()
        )
        assert {"affects", "kind", "source"} <= set(dataset.decisions.filters())


class TestRelations:
    def test_partnerships_of_an_organization_and_an_official(self, dataset: Dataset) -> None:
        assert dataset.partnerships_of("mistral-ai").ids() == ("mistral-ai-memorandum",)
        assert "mistral-ai-memorandum" in dataset.partnerships_of("Arthur Mensch").ids()
        amal = dataset.partnerships_of("amal-el-fallah-seghrouchni")
        assert "onepoint-protocol-agreement" in amal.ids()

    def test_officials_and_posts(self, dataset: Dataset) -> None:
        officials = dataset.officials_of("ministry-digital-transition")
        assert "amal-el-fallah-seghrouchni" in officials.ids()
        assert len(dataset.posts_of("amal-el-fallah-seghrouchni")) == 2
        roles = {p.role.value for _, p in dataset.participations_of("arthur-mensch")}
        assert "signatory" in roles

    def test_facilities_and_targets_of(self, dataset: Dataset) -> None:
        assert "mistral-joint-laboratory" in dataset.facilities_of("mistral-ai-memorandum").ids()
        assert "dakhla-data-centre" in dataset.facilities_of("national-ai-strategy").ids()
        assert set(dataset.targets_of("national-ai-strategy").ids()) == {
            "national-ai-strategy-added-value",
            "national-ai-strategy-jobs",
        }

    def test_cited_by_covers_every_record_once(self, dataset: Dataset) -> None:
        seen = [r.id for source in dataset.sources for r in dataset.cited_by(source)]
        assert set(seen) == {record.id for record in dataset.records()}
        assert "axa-skills-partnership" in dataset.cited_by("article-axa").ids()

    def test_referring_to(self, dataset: Dataset) -> None:
        referring = dataset.referring_to("dakhla")
        assert "dakhla-data-centre" in referring.ids()


class TestTimeline:
    def test_in_order_with_undated_apart(self, dataset: Dataset) -> None:
        timeline = dataset.timeline()
        spans = [interval(record) for record in timeline]
        assert None not in spans
        assert spans == sorted(span for span in spans if span is not None)
        every = {r.id for r in (*timeline, *timeline.undated)}
        dated_kinds: list[Record] = [
            *dataset.sources,
            *dataset.partnerships,
            *dataset.events,
            *dataset.targets,
            *dataset.statistics,
        ]
        assert every == {r.id for r in dated_kinds}
        assert "axa-skills-partnership" in timeline.undated

    def test_repr(self, dataset: Dataset) -> None:
        assert repr(dataset.timeline()).startswith("<timeline: 8 dated records, 11 undated>")


class TestAsOf:
    @pytest.mark.parametrize("date", ["2020", "2025-07", "2025-09-11", "2025-09-12", "2026"])
    def test_is_a_valid_dataset(self, dataset: Dataset, date: str) -> None:
        assert dataset.as_of(date).problems() == []

    def test_knows_only_what_was_published(self, dataset: Dataset) -> None:
        assert len(dataset.as_of("2025-09-11")) == 0
        known = dataset.as_of(dt.date(2025, 9, 12))
        assert known.sources.ids() == ("article-mistral",)
        memorandum = known.get("mistral-ai-memorandum", Partnership)
        assert {c.source for c in memorandum.citations} == {"article-mistral"}
        assert memorandum.date == PartialDate(year=2025, month=9, day=12)
        assert set(known.texts) == {"article-mistral"}


class TestDisplay:
    def test_record_repr_is_short_and_names_the_record(self, dataset: Dataset) -> None:
        text = repr(dataset.get("dakhla-data-centre"))
        assert text.startswith(
            "Facility('dakhla-data-centre', name='مركز بيانات ضخم في مدينة الداخلة', "
            "label='data centre in Dakhla'"
        )
        assert "capacity='up to 500 MW'" in text
        assert "citations=<1 citation>" in text

    def test_record_html_sets_arabic_right_to_left(self, dataset: Dataset) -> None:
        html = dataset.get("mistral-ai-memorandum")._repr_html_()
        assert '<div dir="rtl" lang="ar" class="maroc-quote">' in html
        assert '<td dir="rtl" lang="ar">' in html

    def test_query_repr_and_html(self, dataset: Dataset) -> None:
        text = repr(dataset.partnerships)
        assert text.splitlines()[0] == "<4 partnerships>"
        assert "mistral-ai-memorandum" in text
        html = dataset.partnerships._repr_html_()
        assert html.count("<tr>") == 5
        assert 'dir="rtl" lang="ar"' in html
        assert repr(dataset.partnerships.where(party="axa", place=None)) == "<0 partnerships>"

    def test_dataset_html(self, dataset: Dataset) -> None:
        html = dataset._repr_html_()
        assert f"{len(dataset)} records, 5 source texts" in html
        assert html.count("<tr>") == len(dataset.collections()) + 1

    def test_hits_repr_and_html(self, dataset: Dataset) -> None:
        hits = dataset.search("Mistral")
        assert "mistral-ai" in repr(hits)
        assert "<table" in hits._repr_html_()
        assert repr(dataset.search("zzzzzz")) == "<no hits>"


class TestPandas:
    def test_typed_columns(self, dataset: Dataset) -> None:
        pd = pytest.importorskip("pandas")
        targets = dataset.targets.to_pandas()
        assert targets.loc["national-ai-strategy-jobs", "quantity"] == 50_000
        assert targets.loc["national-ai-strategy-jobs", "quantity_unit"] == "job"
        assert targets.loc["national-ai-strategy-jobs", "quantity_qualifier"] == "approximately"
        assert str(targets["horizon"].dtype) == "Int64"
        partnerships = dataset.partnerships.to_pandas()
        assert pd.api.types.is_datetime64_any_dtype(partnerships["date"])
        assert partnerships.loc["mistral-ai-memorandum", "date"] == pd.Timestamp("2025-09-12")
        assert partnerships.loc["axa-skills-partnership", "date_precision"] == "weekday"
        assert pd.isna(partnerships.loc["axa-skills-partnership", "date"])
        assert isinstance(partnerships["kind"].dtype, pd.CategoricalDtype)
        assert len(dataset.officials.to_pandas()) == len(dataset.officials)

    def test_an_empty_query_keeps_its_columns(self, dataset: Dataset) -> None:
        pytest.importorskip("pandas")
        empty = dataset.partnerships.where(party="axa", place=None).to_pandas()
        assert len(empty) == 0
        assert "date_precision" in empty.columns


def test_find(dataset: Dataset) -> None:
    assert dataset.find("Mistral AI").id == "mistral-ai"
    assert dataset.find("ميسترال", maroc_ai.Organization).id == "mistral-ai"
    official = dataset.find("Layani", Official)
    assert official.id == "david-layani"
