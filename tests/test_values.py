from __future__ import annotations

import calendar
import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from maroc_ai import Citation, Names, PartialDate, Precision, Qualifier, Quantity, Weekday
from maroc_ai.values import _days_in_month, _iso_weekday


class TestPartialDate:
    @pytest.mark.parametrize(
        ("text", "precision"),
        [
            ("2025", Precision.YEAR),
            ("2025-09", Precision.MONTH),
            ("2025-09-12", Precision.DAY),
            ("-W-1", Precision.WEEKDAY),
        ],
    )
    def test_iso_round_trip(self, text: str, precision: Precision) -> None:
        date = PartialDate.parse(text)
        assert date.precision is precision
        assert date.isoformat() == text

    def test_a_full_date_knows_its_weekday(self) -> None:
        assert PartialDate(year=2025, month=9, day=12).weekday is Weekday.FRIDAY

    def test_a_weekday_that_disagrees_with_the_date_is_refused(self) -> None:
        with pytest.raises(ValueError, match="is a Friday, not a Monday"):
            PartialDate(year=2025, month=9, day=12, weekday=Weekday.MONDAY)

    def test_a_weekday_name_is_read(self) -> None:
        assert PartialDate.parse("monday") == PartialDate(weekday=Weekday.MONDAY)

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({}, "at least a year or a weekday"),
            ({"month": 9}, "needs a year"),
            ({"year": 2025, "day": 3}, "a day needs a month"),
            ({"year": 2025, "month": 13}, "month 13 is out of range"),
            ({"year": 2025, "month": 2, "day": 29}, r"day 29 is out of range 1\.\.28"),
            (
                {"year": 2025, "month": 9, "weekday": Weekday.MONDAY},
                "either alone or with a full date",
            ),
        ],
    )
    def test_impossible_dates_are_refused(self, kwargs: dict[str, int], message: str) -> None:
        with pytest.raises(ValueError, match=message):
            PartialDate(**kwargs)

    @pytest.mark.parametrize("text", ["", "2025-9", "12/09/2025", "-W-8", "someday"])
    def test_parse_refuses_what_is_not_a_date(self, text: str) -> None:
        with pytest.raises(ValueError, match="is not a date"):
            PartialDate.parse(text)

    def test_parse_refuses_a_day_the_month_does_not_have(self) -> None:
        with pytest.raises(ValueError, match=r"day 31 is out of range 1\.\.30"):
            PartialDate.parse("2025-09-31")

    def test_interval(self) -> None:
        month = PartialDate(year=2024, month=2)
        assert (month.start, month.end) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
        assert PartialDate(weekday=Weekday.MONDAY).start is None

    def test_bare_weekdays_sort_last(self) -> None:
        dates = [
            PartialDate(weekday=Weekday.MONDAY),
            PartialDate(year=2030),
            PartialDate(year=2025, month=7),
        ]
        assert [d.isoformat() for d in sorted(dates, key=lambda d: d.sort_key)] == [
            "2025-07",
            "2030",
            "-W-1",
        ]

    def test_str_says_when_only_the_weekday_is_known(self) -> None:
        assert str(PartialDate(weekday=Weekday.MONDAY)) == "a Monday (date not given)"

    def test_from_date(self) -> None:
        assert PartialDate.from_date(dt.date(2025, 7, 1)).isoformat() == "2025-07-01"


class TestQuantity:
    @pytest.mark.parametrize(
        ("quantity", "text"),
        [
            (
                Quantity(value=100_000_000_000, unit="MAD", qualifier=Qualifier.APPROXIMATELY),
                "about 100 billion MAD",
            ),
            (
                Quantity(value=50_000, unit="job", qualifier=Qualifier.APPROXIMATELY),
                "about 50 thousand jobs",
            ),
            (Quantity(value=500, unit="MW", qualifier=Qualifier.UP_TO), "up to 500 MW"),
            (Quantity(value=1, unit="job"), "1 job"),
            (Quantity(value=2.5, unit="MW"), "2.5 MW"),
            (Quantity(value=12, unit="écoles"), "12 écoles"),
            (Quantity(value=27, unit="hôpitaux"), "27 hôpitaux"),
            (Quantity(value=40, unit="bateaux"), "40 bateaux"),
            (Quantity(value=3, unit="box"), "3 boxes"),
            (Quantity(value=5_200, unit="branches"), "5,200 branches"),
            (Quantity(value=6_200_000, unit="tonne"), "6.2 million tonnes"),
            (Quantity(value=-2_500_000, unit="MAD"), "-2.5 million MAD"),
            (Quantity(value=15, unit="percent"), "15 percent"),
            (Quantity(value=120, unit="women"), "120 women"),
            (Quantity(value=340, unit="person"), "340 people"),
            (Quantity(value=3, unit="facility"), "3 facilities"),
        ],
    )
    def test_str(self, quantity: Quantity, text: str) -> None:
        assert str(quantity) == text

    @pytest.mark.parametrize("value", [True, "500", float("nan"), float("inf")])
    def test_refuses_what_is_not_a_finite_number(self, value: object) -> None:
        with pytest.raises((TypeError, ValueError)):
            Quantity(value=value, unit="MW")  # type: ignore[arg-type]

    def test_default_qualifier_is_exact(self) -> None:
        assert Quantity(value=3, unit="MW").qualifier is Qualifier.EXACT


class TestNames:
    def test_label_prefers_english(self) -> None:
        assert Names(ar="الرباط", en="Rabat").label == "Rabat"
        assert Names(ar="جزري روت").label == "جزري روت"

    def test_all_forms_without_repeats(self) -> None:
        names = Names(
            ar="ميسترال للذكاء الاصطناعي", en="Mistral AI", fr="Mistral AI", aliases=("ميسترال",)
        )
        assert names.all() == ("ميسترال للذكاء الاصطناعي", "Mistral AI", "ميسترال")

    def test_needs_a_name(self) -> None:
        with pytest.raises(ValueError, match="at least one"):
            Names(aliases=("x",))

    def test_no_empty_or_repeated_aliases(self) -> None:
        with pytest.raises(ValueError, match="non-empty strings"):
            Names(en="x", aliases=("",))
        with pytest.raises(ValueError, match="must not repeat"):
            Names(en="x", aliases=("a", "a"))


def test_a_string_is_not_a_tuple_of_letters() -> None:
    with pytest.raises(TypeError, match="expected a tuple, got a string"):
        Citation(source="s", quote="q", fields="date")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expected a tuple, got a string"):
        Names(en="x", aliases="abc")  # type: ignore[arg-type]


def test_values_are_immutable() -> None:
    citation = Citation(source="s", quote="q")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        citation.quote = "other"  # type: ignore[misc]
    assert isinstance(Citation(source="s", quote="q", fields=["date"]).fields, tuple)  # type: ignore[arg-type]


@given(st.dates())
def test_weekdays_and_month_lengths_are_the_calendar_modules(date: dt.date) -> None:
    """PartialDate works them out without importing datetime or calendar."""
    assert _iso_weekday(date.year, date.month, date.day) == date.isoweekday()
    assert _days_in_month(date.year, date.month) == calendar.monthrange(date.year, date.month)[1]


def test_coordinates_check_their_range_and_print_as_degrees() -> None:
    from maroc_ai import Coordinates

    where = Coordinates(latitude=34.01325, longitude=-6.83255, geonames=2538475)
    assert str(where) == "34.0132°N 6.8326°W"
    with pytest.raises(ValueError, match="latitude 91 is out of range"):
        Coordinates(latitude=91, longitude=0)
    with pytest.raises(TypeError, match="longitude must be a number"):
        Coordinates(latitude=0, longitude=True)


def test_bundled_places_carry_geonames_coordinates() -> None:
    import maroc_ai

    ds = maroc_ai.load()
    rabat = ds.get("rabat", maroc_ai.Place)
    assert rabat.coordinates is not None
    assert rabat.coordinates.geonames == 2538475
    # a region's coordinates are a representative point: its largest city's
    region = ds.get("casablanca-settat", maroc_ai.Place).coordinates
    assert region == ds.get("casablanca", maroc_ai.Place).coordinates


def test_places_as_a_frame_have_numeric_coordinates() -> None:
    pytest.importorskip("pandas")
    import maroc_ai

    ds = maroc_ai.load()
    region = ds.get("casablanca-settat", maroc_ai.Place)
    unplaced = attrs.evolve(region, coordinates=None)
    ds = attrs.evolve(ds, places=tuple(unplaced if p is region else p for p in ds.places))
    frame = ds.places.to_pandas()
    assert list(frame.columns[-4:]) == ["latitude", "longitude", "geonames", "sources"]
    assert frame.loc["rabat", "geonames"] == 2538475
    assert str(frame["latitude"].dtype) == "Float64"
    assert frame["longitude"].isna().tolist() == [False, True, False, False]


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_a_quantity_reads_back_as_its_value(value: int) -> None:
    number, _, rest = str(Quantity(value=value, unit="MAD")).partition(" ")
    scale = {"billion": 10**9, "million": 10**6, "thousand": 10**3}.get(rest.split()[0], 1)
    whole, _, tenth = number.replace(",", "").partition(".")
    sign = -1 if whole.startswith("-") else 1
    read = int(whole) * scale + sign * int(tenth or 0) * scale // 10
    assert read == value
