"""The figures, read back as a reader would: dates on the axis, land on the map, names in the
chosen language, no label over another (Agg backend)."""

from __future__ import annotations

import datetime as dt
import importlib
import itertools
import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import maroc_ai
from maroc_ai._figures._words import Language, label
from maroc_ai._filters import interval, when
from maroc_ai.plot import MOROCCO_FRAME
from maroc_ai.testing import datasets
from maroc_ai.values import Precision

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.collections import LineCollection, PolyCollection  # noqa: E402
from matplotlib.colors import to_rgba  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.offsetbox import AnnotationBbox  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402
from matplotlib.text import Text  # noqa: E402

PLACED = (maroc_ai.Partnership, maroc_ai.Event, maroc_ai.Target, maroc_ai.Statistic)
DATES: Any = importlib.import_module("matplotlib.dates")  # untyped


def num2date(number: float) -> dt.datetime:
    return DATES.num2date(number)  # type: ignore[no-any-return]


def date2num(day: dt.date) -> float:
    return float(DATES.date2num(day))


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


def _drawn(figure: Any) -> Any:
    figure.canvas.draw()
    return figure


def _texts(figure: Any) -> list[Text]:
    return [text for text in figure.findobj(Text) if text.get_visible() and text.get_text()]


def _strings(figure: Any) -> set[str]:
    return {text.get_text() for text in _texts(figure)}


def _by_gid(ax: Any, gid: str) -> list[Any]:
    return [artist for artist in ax.get_children() if artist.get_gid() == gid]


def _arabic(text: str) -> bool:
    return bool(re.search("[\u0600-\u06ff]", text))


# The timeline


def test_timeline_ticks_are_dates_where_they_stand(dataset: maroc_ai.Dataset) -> None:
    (ax,) = _drawn(dataset.plot.timeline()).axes
    read = 0
    for tick, text in zip(ax.get_xticks(), ax.get_xticklabels(), strict=True):
        day = num2date(tick).date()
        if re.fullmatch(r"\d{4}", text.get_text()):
            assert day == dt.date(int(text.get_text()), 1, 1)
        else:
            month = dt.datetime.strptime(text.get_text(), "%b").month
            assert (day.month, day.day) == (month, 1)
        read += 1
    assert read >= 4
    first, last = (num2date(x).date() for x in ax.get_xlim())
    assert first < dt.date(2024, 1, 1)
    assert last > dt.date(2030, 12, 31)


def test_timeline_draws_every_dated_record_at_its_precision(dataset: maroc_ai.Dataset) -> None:
    (ax,) = dataset.plot.timeline().axes
    dated = [record for record in dataset.timeline() if isinstance(record, PLACED)]
    assert len(dated) == 7
    for record in dated:
        span = interval(record)
        date = when(record)
        assert span is not None
        assert date is not None
        drawn = _by_gid(ax, record.id)
        (name,) = [artist for artist in drawn if isinstance(artist, Text)]
        assert name.get_text() == label(record, "en")
        if date.precision is Precision.DAY:
            (points,) = [artist for artist in drawn if isinstance(artist, Line2D)]
            xs: Any = points.get_xdata()
            assert [num2date(x).date() for x in xs] == sorted(set(span))
        else:
            (bar,) = [artist for artist in drawn if isinstance(artist, Rectangle)]
            assert bar.get_x() == date2num(span[0])
            assert bar.get_x() + bar.get_width() == date2num(span[1] + dt.timedelta(days=1))
    horizon = _by_gid(ax, "onepoint-centre-jobs")
    (bar,) = [artist for artist in horizon if isinstance(artist, Rectangle)]
    assert num2date(bar.get_x()).date() == dt.date(2029, 1, 1)
    assert round(bar.get_width()) == 365


def test_timeline_lists_undated_records_by_name(dataset: maroc_ai.Dataset) -> None:
    (ax,) = dataset.plot.timeline().axes
    (note,) = _by_gid(ax, "undated")
    undated = [record for record in dataset.timeline().undated if isinstance(record, PLACED)]
    assert undated
    for record in undated:
        assert f"• {label(record, 'en')}" in note.get_text()
        assert record.id not in note.get_text()
    assert "• strategic partnership agreement with AXA" in note.get_text()
    lanes = [text.get_text() for text in ax.get_yticklabels()]
    assert lanes == ["Agreements", "Events", "Targets and figures, by year"]


@pytest.mark.parametrize(("lang", "july"), [("en", "Jul"), ("fr", "juil."), ("ar", "يوليوز")])
def test_timeline_names_months_in_the_readers_language(
    dataset: maroc_ai.Dataset, lang: str, july: str
) -> None:
    # the agreements and events of 2025 alone, so that the axis ticks months
    only_2025 = attrs.evolve(dataset, targets=(), statistics=())
    (ax,) = _drawn(only_2025.plot.timeline(lang=lang)).axes  # type: ignore[arg-type]
    ticks = {
        num2date(tick).date(): text.get_text()
        for tick, text in zip(ax.get_xticks(), ax.get_xticklabels(), strict=True)
    }
    assert ticks[dt.date(2025, 7, 1)] == july
    assert not {"Jul", "Aug", "Sep"} & set(ticks.values()) or lang == "en"


# The map


def test_map_draws_land_and_coast(dataset: maroc_ai.Dataset) -> None:
    (ax,) = dataset.plot.map().axes
    (land,) = [c for c in ax.collections if isinstance(c, PolyCollection) and c.get_gid() == "land"]
    (coast,) = [c for c in ax.collections if isinstance(c, LineCollection)]
    assert sum(len(segment) for segment in coast.get_segments()) > 100

    def on_land(longitude: float, latitude: float) -> bool:
        return any(path.contains_point((longitude, latitude)) for path in land.get_paths())

    assert on_land(-5.0, 32.0)  # the Middle Atlas
    assert on_land(-12.0, 25.0)  # inland of the Saharan coast
    assert not on_land(-12.0, 32.0)  # the Atlantic
    assert not on_land(-16.0, 33.0)  # sea off Madeira, an island of its own
    assert ax.get_xlabel() == ax.get_ylabel() == ""
    assert list(ax.get_xticks()) == list(ax.get_yticks()) == []


def test_map_places_every_facility_whose_place_has_coordinates(
    dataset: maroc_ai.Dataset,
) -> None:
    (ax,) = dataset.plot.map().axes
    callouts = {box.get_gid(): box for box in ax.artists if isinstance(box, AnnotationBbox)}
    for facility in dataset.facilities:
        place = dataset.get(facility.place, maroc_ai.Place) if facility.place else None
        if place is not None and place.coordinates is not None:
            box = callouts[f"label:{place.id}"]
            assert box.xy == (place.coordinates.longitude, place.coordinates.latitude)
            assert f"• {label(facility, 'en')}" in _strings(box)
    onepoint = callouts["label:casablanca-settat"]
    assert "• centre of excellence in data and artificial intelligence with Onepoint" in _strings(
        onepoint
    )
    (caption,) = _by_gid(ax, "caption")
    assert "• Mistral AI & MTNRA" in caption.get_text()
    assert "mistral-joint-laboratory" not in caption.get_text()


def test_a_facility_whose_place_lies_off_the_map_is_listed_not_lost(
    dataset: maroc_ai.Dataset,
) -> None:
    dakhla = dataset.get("dakhla", maroc_ai.Place)
    assert dakhla.coordinates is not None
    paris = attrs.evolve(dakhla, coordinates=attrs.evolve(dakhla.coordinates, latitude=48.85))
    moved = attrs.evolve(
        dataset, places=tuple(paris if place is dakhla else place for place in dataset.places)
    )
    (ax,) = moved.plot.map().axes
    (caption,) = _by_gid(ax, "caption")
    assert "• data centre in Dakhla" in caption.get_text()
    assert not _by_gid(ax, "label:dakhla")


def test_map_labels_cover_no_label_and_stay_inside(dataset: maroc_ai.Dataset) -> None:
    for lang in ("en", "ar"):
        figure = _drawn(dataset.plot.map(lang=lang))
        (ax,) = figure.axes
        frame = ax.get_window_extent()
        boxes = [box.patch.get_window_extent() for box in ax.artists]
        assert len(boxes) == 4
        for one, other in itertools.combinations(boxes, 2):
            assert not one.overlaps(other)
        for box in boxes:
            assert frame.contains(box.x0, box.y0)
            assert frame.contains(box.x1, box.y1)


# The network


def test_network_colours_each_edge_by_the_part_taken(dataset: maroc_ai.Dataset) -> None:
    from maroc_ai._figures._graph_layout import RELATIONS
    from maroc_ai._network import network

    graph = network(dataset)
    (ax,) = dataset.plot.network().axes
    for edge in graph.edges:
        (line,) = _by_gid(ax, f"{edge.source}->{edge.target}")
        colour, style, _ = RELATIONS[edge.relation]
        assert to_rgba(line.get_color()) == to_rgba(colour)
        assert line.get_linestyle() == style
    drawn = ax.get_legend()
    assert drawn is not None
    legend = {text.get_text() for text in drawn.get_texts()}
    assert {"party", "organizer", "signatory", "chair", "attendee"} <= legend
    assert {"organization", "official", "agreement", "event"} <= legend


def test_network_puts_officials_under_their_organization(dataset: maroc_ai.Dataset) -> None:
    (ax,) = dataset.plot.network().axes

    def row(id: str) -> float:
        (text,) = _by_gid(ax, f"label:{id}")
        return float(text.xy[1])

    assert row("arthur-mensch") == row("mistral-ai") + 1
    assert row("david-layani") > row("onepoint")
    assert row("khalid-safir") == row("cdg") + 1  # his organization, shown though not a party


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_network_labels_do_not_overlap(dataset: maroc_ai.Dataset, lang: str) -> None:
    figure = _drawn(dataset.plot.network(lang=lang))  # type: ignore[arg-type]
    (ax,) = figure.axes
    page = figure.bbox
    boxes = [text.get_window_extent() for text in ax.texts]
    assert len(boxes) > 30
    for one, other in itertools.combinations(boxes, 2):
        assert not one.overlaps(other)
    for box in boxes:
        assert page.contains(box.x0, box.y0)
        assert page.contains(box.x1, box.y1)


# Languages


def test_arabic_labels_when_lang_is_ar(dataset: maroc_ai.Dataset) -> None:
    shipped = font_manager.findfont(font_manager.FontProperties(family="Noto Sans Arabic"))
    assert shipped.endswith("NotoSansArabic-Regular.ttf")
    timeline = _strings(dataset.plot.timeline(lang="ar"))
    network = _strings(dataset.plot.network(lang="ar"))
    map = _strings(dataset.plot.map(lang="ar"))
    assert {"مذكرة تفاهم استراتيجية", "المناظرة الوطنية للذكاء الاصطناعي", "الاتفاقيات"} <= timeline
    assert {"أمل الفلاح السغروشني", "ميسترال للذكاء الاصطناعي", "طرف", "موقّع"} <= network
    assert {"الرباط", "الداخلة", "• مركز بيانات ضخم في مدينة الداخلة"} <= map
    for figure in map, network, timeline:
        assert not {"Rabat", "Mistral AI", "Agreements"} & figure


def test_arabic_text_is_set_in_the_shipped_arabic_font(dataset: maroc_ai.Dataset) -> None:
    figure = dataset.plot.network(lang="ar")
    arabic = [text for text in _texts(figure) if _arabic(text.get_text())]
    assert len(arabic) > 20
    for text in arabic:
        assert text.get_fontfamily()[0] == "Noto Sans Arabic"
    latin = [text for text in _texts(figure) if not _arabic(text.get_text())]
    assert all("Noto Sans Arabic" not in text.get_fontfamily() for text in latin)


def test_a_record_with_only_an_arabic_name_shows_it_in_every_language(
    dataset: maroc_ai.Dataset,
) -> None:
    # The bundled officials all have Latin names now (issue 13); give one only its Arabic name.
    official = dataset.get("matthieu-caillat", maroc_ai.Official)
    arabic_only = attrs.evolve(official, name=maroc_ai.Names(ar=official.name.ar))
    officials = tuple(arabic_only if o is official else o for o in dataset.officials)
    dataset = attrs.evolve(dataset, officials=officials)
    for lang in ("en", "fr", "ar"):
        figure = dataset.plot.network(lang=lang)
        (ax,) = figure.axes
        (text,) = _by_gid(ax, "label:matthieu-caillat")
        assert text.get_text() == "ماتيو كايا"
        assert text.get_fontfamily()[0] == "Noto Sans Arabic"


def test_label_follows_the_language_and_falls_back(dataset: maroc_ai.Dataset) -> None:
    cdg = dataset.get("cdg", maroc_ai.Organization)
    assert label(cdg, "fr") == "Caisse de dépôt et de gestion"
    assert label(cdg, "en") == "Caisse de Dépôt et de Gestion"
    assert label(cdg, "ar") == "صندوق الإيداع والتدبير"
    jazari = dataset.get("jazari-institutes", maroc_ai.Program)
    assert label(jazari, "fr") == "Jazari Institutes"  # no French name: the English one
    axa = dataset.get("axa", maroc_ai.Organization)
    assert label(axa, "ar") == "AXA"  # no Arabic name
    target = dataset.get("onepoint-centre-jobs", maroc_ai.Target)
    assert label(target, "ar") == "highly qualified jobs: more than 500 jobs"


def test_french_words_in_french_figures(dataset: maroc_ai.Dataset) -> None:
    assert "Qui a signé ou assisté à quoi" in _strings(dataset.plot.network(lang="fr"))
    assert "Où sont les installations" in _strings(dataset.plot.map(lang="fr"))
    assert "Accords" in _strings(dataset.plot.timeline(lang="fr"))


def test_an_unknown_language_is_an_error_that_names_the_known_ones(
    dataset: maroc_ai.Dataset,
) -> None:
    with pytest.raises(ValueError, match="lang must be one of 'ar', 'en' or 'fr', not 'de'"):
        dataset.plot.map(lang="de")  # type: ignore[arg-type]


# Any dataset


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets(), st.sampled_from(["en", "fr", "ar"]))
def test_every_figure_draws_any_valid_dataset_and_names_what_it_places(
    dataset: maroc_ai.Dataset, lang: Language
) -> None:
    plt.close("all")
    timeline = _strings(_drawn(dataset.plot.timeline(lang=lang)))
    for record in dataset.timeline():
        if isinstance(record, PLACED):
            assert label(record, lang) in timeline
    drawn = _strings(_drawn(dataset.plot.network(lang=lang)))
    network = {text.replace("\n", " ") for text in drawn}
    for record in (*dataset.partnerships, *dataset.events):
        assert label(record, lang) in network
    drawn = _strings(_drawn(dataset.plot.map(lang=lang)))
    west, east, south, north = MOROCCO_FRAME
    for place in dataset.places:
        where = place.coordinates
        if (
            where is not None
            and west <= where.longitude <= east
            and south <= where.latitude <= north
        ):
            assert label(place, lang) in drawn


# Axes, imports and installs


def test_figures_draw_into_given_axes(dataset: maroc_ai.Dataset) -> None:
    figure, axes = plt.subplots(1, 3, figsize=(24, 8))
    assert dataset.plot.timeline(ax=axes[0]) is figure
    assert dataset.plot.network(ax=axes[1]) is figure
    assert dataset.plot.map(ax=axes[2]) is figure


def test_import_loads_neither_matplotlib_nor_the_fonts() -> None:
    code = (
        "import sys, maroc_ai; maroc_ai.load().plot; "
        "assert 'matplotlib' not in sys.modules, 'matplotlib imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_without_matplotlib_the_error_says_what_to_install(
    dataset: maroc_ai.Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(ImportError, match=r"pip install \"maroc-ai\[plot\]\""):
        dataset.plot.map()
