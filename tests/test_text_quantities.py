"""Quantities as Moroccan news writes them: maroc_ai.text.find_quantities and parse_quantity."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from maroc_ai import Qualifier, Quantity
from maroc_ai.text import find_quantities, normalize, parse_quantity

FAST = settings(max_examples=200, deadline=None)
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("أكثر من 500 منصب شغل", 500, "job", Qualifier.MORE_THAN),
        ("أزيد من 1200 منصب شغل", 1200, "job", Qualifier.MORE_THAN),
        ("ما يقارب 50 ألف فرصة عمل", 50_000, "job", Qualifier.APPROXIMATELY),
        ("حوالي 3 آلاف وظيفة", 3_000, "job", Qualifier.APPROXIMATELY),
        ("تقارب 100 مليار درهم", 100_000_000_000, "MAD", Qualifier.APPROXIMATELY),
        ("تصل إلى 500 ميغاواط", 500, "MW", Qualifier.UP_TO),
        ("500 MW", 500, "MW", Qualifier.EXACT),
        ("2 GW", 2_000, "MW", Qualifier.EXACT),
        ("لتجاوز حاجز المليار يورو", 1_000_000_000, "EUR", Qualifier.MORE_THAN),
        ("مليار درهم", 1_000_000_000, "MAD", Qualifier.EXACT),
        ("3 ملايين درهم", 3_000_000, "MAD", Qualifier.EXACT),
        ("2 ملايير درهم", 2_000_000_000, "MAD", Qualifier.EXACT),
        ("23 ألفا و400 درهم", 23_400, "MAD", Qualifier.EXACT),
        ("4 ملايين جنيه إسترليني", 4_000_000, "GBP", Qualifier.EXACT),
        ("4 millions de livres sterling", 4_000_000, "GBP", Qualifier.EXACT),
        ("plus de 40 sociétés", 40, "company", Qualifier.MORE_THAN),
        ("أكثر من 40 شركة", 40, "company", Qualifier.MORE_THAN),
        ("حوالي 380 ألف نسمة", 380_000, "person", Qualifier.APPROXIMATELY),
        ("480 كيلوواط", 0.48, "MW", Qualifier.EXACT),
        ("12.000 lycéens", 12_000, "student", Qualifier.EXACT),
        ("14-person", 14, "person", Qualifier.EXACT),
        ("2 millions de dollars canadiens", 2_000_000, "CAD", Qualifier.EXACT),
        ("C$3 million", 3_000_000, "CAD", Qualifier.EXACT),
        ("5 ملايين دولار كندي", 5_000_000, "CAD", Qualifier.EXACT),
        ("NOK 40 million", 40_000_000, "NOK", Qualifier.EXACT),
        ("12 millions de riyals qatariens", 12_000_000, "QAR", Qualifier.EXACT),
        ("1.12 million TEUs", 1_120_000, "TEU", Qualifier.EXACT),
        ("12 millions de couronnes suédoises", 12_000_000, "SEK", Qualifier.EXACT),
        ("7 ملايين كرونة نرويجية", 7_000_000, "NOK", Qualifier.EXACT),
        ("R$2 million", 2_000_000, "BRL", Qualifier.EXACT),
        ("9 millions de reais", 9_000_000, "BRL", Qualifier.EXACT),
        ("مليونا ريال برازيلي", 2_000_000, "BRL", Qualifier.EXACT),
        ("مليارا درهم", 2_000_000_000, "MAD", Qualifier.EXACT),
        ("Rs 35 crore", 350_000_000, "INR", Qualifier.EXACT),
        ("50 millions de roupies", 50_000_000, "INR", Qualifier.EXACT),
        ("42 million Singapore dollars", 42_000_000, "SGD", Qualifier.EXACT),
        ("42 millions de dollars singapouriens", 42_000_000, "SGD", Qualifier.EXACT),
        ("42 مليون دولار سنغافوري", 42_000_000, "SGD", Qualifier.EXACT),
        ("NZ$3.2 million", 3_200_000, "NZD", Qualifier.EXACT),
        ("52 million rand", 52_000_000, "ZAR", Qualifier.EXACT),
        ("52 millions de rands", 52_000_000, "ZAR", Qualifier.EXACT),
        ("52 مليون راند", 52_000_000, "ZAR", Qualifier.EXACT),
        ("3,2 millions de dollars néo-zélandais", 3_200_000, "NZD", Qualifier.EXACT),
        ("3,2 ملايين دولار نيوزيلندي", 3_200_000, "NZD", Qualifier.EXACT),
        ("150-kilowatt", 0.15, "MW", Qualifier.EXACT),
        ("1,5 مليار درهم", 1_500_000_000, "MAD", Qualifier.EXACT),
        ("١٢٥ مليون دولار", 125_000_000, "USD", Qualifier.EXACT),
        ("10 MAD", 10, "MAD", Qualifier.EXACT),
        ("4 000 موظف", 4_000, "employee", Qualifier.EXACT),
        ("4.000 موظف", 4_000, "employee", Qualifier.EXACT),
        ("12.5 ميغاواط", 12.5, "MW", Qualifier.EXACT),
        ("على الأقل 20 سنة", 20, "year", Qualifier.AT_LEAST),
        ("ما لا يقل عن 20 سنة", 20, "year", Qualifier.AT_LEAST),
        ("plus de 200 millions d'euros", 200_000_000, "EUR", Qualifier.MORE_THAN),
        ("more than 300 jobs", 300, "job", Qualifier.MORE_THAN),
        ("30%", 30, "percent", Qualifier.EXACT),
        ("30 في المائة", 30, "percent", Qualifier.EXACT),
    ],
)
def test_phrasings(text: str, value: float, unit: str, qualifier: Qualifier) -> None:
    assert parse_quantity(text) == Quantity(value=value, unit=unit, qualifier=qualifier)


def test_numbers_without_a_unit_are_not_quantities() -> None:
    assert find_quantities("الصناعة 4.0 والقانون 51.17 وسنة 2024 و12 شتنبر") == []


def test_mentions_in_a_sentence() -> None:
    text = "وبلغ رقم معاملاتها 500 مليون يورو سنة 2024، مع طموح لتجاوز حاجز المليار يورو."
    mentions = find_quantities(text)
    assert [(m.value, m.unit, m.qualifier) for m in mentions] == [
        (500_000_000, "EUR", Qualifier.EXACT),
        (1_000_000_000, "EUR", Qualifier.MORE_THAN),
    ]
    assert [m.quote for m in mentions] == ["500 مليون يورو", "لتجاوز حاجز المليار يورو"]
    assert all(text[m.start : m.end] == m.quote for m in mentions)
    assert mentions[0].quantity == Quantity(value=500_000_000, unit="EUR")


SCALES = {"": 1, "ألف": 1_000, "آلاف": 1_000, "مليون": 1_000_000, "مليار": 1_000_000_000}
UNITS = {
    "درهم": "MAD",
    "يورو": "EUR",
    "دولار": "USD",
    "ميغاواط": "MW",
    "MW": "MW",
    "منصب شغل": "job",
    "وظيفة": "job",
    "فرصة عمل": "job",
    "موظف": "employee",
}
QUALIFIERS = {
    "": Qualifier.EXACT,
    "أكثر من": Qualifier.MORE_THAN,
    "أزيد من": Qualifier.MORE_THAN,
    "ما يقارب": Qualifier.APPROXIMATELY,
    "حوالي": Qualifier.APPROXIMATELY,
    "تصل إلى": Qualifier.UP_TO,
}


@st.composite
def rendered_quantities(draw: st.DrawFn) -> tuple[str, Quantity]:
    number = draw(st.integers(1, 999_999))
    scale = draw(st.sampled_from(sorted(SCALES)))
    unit = draw(st.sampled_from(sorted(UNITS)))
    qualifier = draw(st.sampled_from(sorted(QUALIFIERS)))
    digits = str(number).translate(ARABIC_INDIC) if draw(st.booleans()) else str(number)
    text = " ".join(part for part in (qualifier, digits, scale, unit) if part)
    value = number * SCALES[scale]
    return text, Quantity(value=value, unit=UNITS[unit], qualifier=QUALIFIERS[qualifier])


@FAST
@given(rendered=rendered_quantities())
def test_a_rendered_quantity_parses_back(rendered: tuple[str, Quantity]) -> None:
    text, quantity = rendered
    assert parse_quantity(text) == quantity


@FAST
@given(before=st.text(max_size=30), rendered=rendered_quantities(), after=st.text(max_size=30))
def test_spans_slice_the_input(before: str, rendered: tuple[str, Quantity], after: str) -> None:
    text = f"{before} {rendered[0]} {after}"
    for mention in find_quantities(text):
        assert text[mention.start : mention.end] == mention.quote
    (mention,) = find_quantities(f"وقال إن {rendered[0]}، ثم")
    assert mention.quantity == rendered[1]


@FAST
@given(text=st.text())
def test_never_raises(text: str) -> None:
    for mention in find_quantities(text):
        assert text[mention.start : mention.end] == mention.quote
    parse_quantity(text)


PIECES = [*"0123456789٠١٢ ،,.-", "ألف", "مليار", "المليار", "درهم", "أكثر", "من", "حاجز", "MW"]


@FAST
@given(pieces=st.lists(st.sampled_from(PIECES), max_size=30))
def test_number_words_in_any_order_never_raise(pieces: list[str]) -> None:
    for text in ("".join(pieces), " ".join(pieces)):
        for mention in find_quantities(text):
            assert text[mention.start : mention.end] == mention.quote
            assert mention.value >= 0


def test_a_number_counts_the_noun_after_it() -> None:
    (mention,) = find_quantities("تكوين 22 ألف متخصص بحلول عام 2027")
    assert (mention.value, mention.unit) == (22_000, "متخصص")
    assert find_quantities("3 ملايين في السنة") == []
    (plain,) = find_quantities("500 متخصص")  # any number counts the noun it stands before
    assert (plain.value, plain.unit, plain.noun) == (500, "متخصص", "متخصص")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("200 مهندس", "engineer"),
        ("أزيد من 300 باحث", "researcher"),
        ("1000 هكتار", "hectare"),
        ("50 كلم", "km"),
        ("120 مقاولة", "company"),
        ("2500 متر مربع", "m2"),
        ("8 500 m²", "m2"),
        ("30,000 square metres", "m2"),
        ("250 data scientists", "data scientist"),
        ("90 scientists", "researcher"),
    ],
)
def test_counted_units(text: str, unit: str) -> None:
    quantity = parse_quantity(text)
    assert quantity is not None
    assert quantity.unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("$3.4 billion", 3_400_000_000, "USD", Qualifier.EXACT),
        ("US$ 120 million", 120_000_000, "USD", Qualifier.EXACT),
        ("€50m", 50_000_000, "EUR", Qualifier.EXACT),
        ("MAD 200 million", 200_000_000, "MAD", Qualifier.EXACT),
        ("3,4 milliards de dollars", 3_400_000_000, "USD", Qualifier.EXACT),
        ("500 MDH", 500_000_000, "MAD", Qualifier.EXACT),
        ("2 MMDH", 2_000_000_000, "MAD", Qualifier.EXACT),
        ("1,2 milliard DH", 1_200_000_000, "MAD", Qualifier.EXACT),
        ("près d'un milliard de dirhams", 1_000_000_000, "MAD", Qualifier.APPROXIMATELY),
        ("300-megawatt", 300, "MW", Qualifier.EXACT),
        ("1.2 gigawatts", 1_200, "MW", Qualifier.EXACT),
        ("12,000 jobs", 12_000, "job", Qualifier.EXACT),
        ("150\u202f000 emplois", 150_000, "job", Qualifier.EXACT),
        ("150\u00a0000 emplois", 150_000, "job", Qualifier.EXACT),
        ("150 000 emplois", 150_000, "job", Qualifier.EXACT),
        ("1.500 emplois", 1_500, "job", Qualifier.EXACT),
        ("1 500,5 tonnes", 1_500.5, "tonne", Qualifier.EXACT),
        ("1.000,5 MW", 1_000.5, "MW", Qualifier.EXACT),
        ("1,000.5 MW", 1_000.5, "MW", Qualifier.EXACT),
        ("خمسين ألف منصب شغل", 50_000, "job", Qualifier.EXACT),
        ("مائة مليار درهم", 100_000_000_000, "MAD", Qualifier.EXACT),
        ("خمسة وعشرين ألف مستفيد", 25_000, "person", Qualifier.EXACT),
        ("مليوني مريض", 2_000_000, "مريض", Qualifier.EXACT),
        ("cinquante mille emplois", 50_000, "job", Qualifier.EXACT),
        ("deux milliards de dirhams", 2_000_000_000, "MAD", Qualifier.EXACT),
        ("vingt-cinq mille jeunes", 25_000, "person", Qualifier.EXACT),
        ("fifty thousand people", 50_000, "person", Qualifier.EXACT),
        ("plus de 1.200 hectares", 1_200, "hectare", Qualifier.MORE_THAN),
        ("25 %", 25, "percent", Qualifier.EXACT),
        ("30 pour cent", 30, "percent", Qualifier.EXACT),
        ("45 per cent", 45, "percent", Qualifier.EXACT),
        ("more than 300 Moroccan engineers", 300, "engineer", Qualifier.MORE_THAN),
        ("مليارا و200 مليون درهم", 1_200_000_000, "MAD", Qualifier.EXACT),
        ("3 ملايير و500 مليون درهم", 3_500_000_000, "MAD", Qualifier.EXACT),
        ("2 billion and 300 million dollars", 2_300_000_000, "USD", Qualifier.EXACT),
        ("12 ألف تلميذ", 12_000, "student", Qualifier.EXACT),
    ],
)
def test_more_phrasings(text: str, value: float, unit: str, qualifier: Qualifier) -> None:
    assert parse_quantity(text) == Quantity(value=value, unit=unit, qualifier=qualifier)


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("300 écoles", 300, "écoles"),
        ("45 patients", 45, "patients"),
        ("300 nouvelles écoles", 300, "écoles"),
        ("2500 دوار", 2_500, "دوار"),
        ("15,000 civil servants", 15_000, "civil servants"),
        ("1,200 technology firms", 1_200, "technology firms"),
    ],
)
def test_any_number_counts_its_noun_as_written(text: str, value: int, noun: str) -> None:
    (mention,) = find_quantities(text)
    assert (mention.value, mention.noun) == (value, noun)


@pytest.mark.parametrize(
    "text",
    [
        "Industrie 4.0 vise",
        "en 2030 sera",
        "COP22 et G42",
        "l'article 5 de la loi",
        "القانون رقم 09.08 المتعلق",
        "trois ministères",
        "un accord",
        "le 12 septembre 2025",
        "contre 200.000 actuellement",
        "5G",
        "1er octobre",
        "the 2030 World Cup",
        "12 فاتح",
    ],
)
def test_labels_years_and_small_words_are_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


@FAST
@given(
    number=st.integers(1_000, 999_999_999),
    separator=st.sampled_from([" ", "\u00a0", "\u202f", ".", ",", "\u066c"]),
)
def test_every_thousands_separator(number: int, separator: str) -> None:
    written = f"{number:,}".replace(",", separator)
    (mention,) = find_quantities(f"{written} emplois")
    assert (mention.value, mention.unit) == (number, "job")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "à 400.000 véhicules par an d'ici 2030, contre 200.000 actuellement.",
            [(400_000, "véhicules"), (200_000, "véhicules")],
        ),
        (
            "10.2 million containers, compared with 9.1 million a year earlier",
            [(10_200_000, "containers"), (9_100_000, "containers")],
        ),
        ("نسبة 60 في المائة سنة 2024، مقابل 34 قبل عشر سنوات", [(60, "percent"), (34, "percent")]),
        ("The authority will have a staff of 120 and a budget.", [(120, "employee")]),
        ("revenue of 7.8 trillion yen", [(7_800_000_000_000, "JPY")]),
        ("the port handled 10 million containers in 2024", [(10_000_000, "containers")]),
        ("مقابل 34 في المائة قبل عشر سنوات", [(34, "percent")]),
        ("400.000 véhicules. Contre 200.000 en 2020", [(400_000, "véhicules")]),
        (
            "2,4 millions de colis en 2027, contre 1,9 million trois ans auparavant",
            [(2_400_000, "colis"), (1_900_000, "colis")],
        ),
        (
            "86,000 claims last year, up from 40,000 five years ago",
            [(86_000, "claims"), (40_000, "claims")],
        ),
        ("1,2 million deux-roues", [(1_200_000, "deux-roues")]),
        ("a region of 4.9 million inhabitants", [(4_900_000, "person")]),
        (
            "trained on 30 billion words, 9 billion of them in Amazigh",
            [(30_000_000_000, "words"), (9_000_000_000, "words")],
        ),
        (
            "جمع 30 مليار كلمة، منها 9 مليارات بالأمازيغية",
            [(30_000_000_000, "كلمة"), (9_000_000_000, "كلمة")],
        ),
        (
            "20 quais en 2028, contre 7 quais trois ans auparavant",
            [(20, "quais"), (7, "quais")],
        ),
    ],
)
def test_what_a_number_counts_when_the_text_leaves_it_unsaid(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """A number compared with the one just given counts the same; "عشر سنوات" is small."""
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("بميزانية تقدر بملياري درهم.", 2_000_000_000), ("رصد لها بمليوني درهم", 2_000_000)],
)
def test_a_spelled_out_number_joined_to_bi_is_read(text: str, value: int) -> None:
    (mention,) = find_quantities(text)
    assert (mention.value, mention.unit) == (value, "MAD")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("رصد له مليونان و400 ألف درهم", 2_400_000),
        ("بكلفة ملياري و300 مليون درهم", 2_300_000_000),
    ],
)
def test_a_dual_scale_word_and_a_smaller_number(text: str, value: int) -> None:
    (mention,) = find_quantities(text)
    assert (mention.value, mention.unit) == (value, "MAD")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("مواكبة 3000 فلاح", [(3000, "فلاح")]),
        ("إحداث 4 وحدات صحية", [(4, "وحدات")]),
        ("تطوير الصناعة 4.0 والخدمات", []),
    ],
)
def test_a_counted_noun_may_start_with_the_letters_of_and(
    text: str, found: list[tuple[int, str]]
) -> None:
    """ "فلاح" is a farmer, not "ف" and "لاح"; "والخدمات" starts another phrase."""
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Le plan prévoit entre 120 et 180 ingénieurs.", [(120, "engineer"), (180, "engineer")]),
        ("between 1 and 2 billion dirhams", [(1_000_000_000, "MAD"), (2_000_000_000, "MAD")]),
        ("سيستفيد من 600 إلى 900 طالب", [(600, "student"), (900, "student")]),
        ("to train 700 AI engineers", [(700, "engineer")]),
        ("a cluster of 1,500 GPUs", [(1500, "GPUs")]),
        ("entre 2025 et 2030", []),
    ],
)
def test_a_range_counts_what_its_second_number_counts(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Les aides vont de 15.000 à 2 millions de dirhams.", [(15000, "MAD"), (2000000, "MAD")]),
        ("Grants range from 15,000 to 2 million dirhams.", [(15000, "MAD"), (2000000, "MAD")]),
        (
            "The quota fell from 11 million to 8.5 million cubic metres.",
            [(11_000_000, "m3"), (8_500_000, "m3")],
        ),
        (
            "Le quota est passé de 11 millions à 8,5 millions de mètres cubes.",
            [(11_000_000, "m3"), (8_500_000, "m3")],
        ),
    ],
)
def test_a_first_number_in_thousands_before_a_scaled_second_keeps_its_size(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Elle emploie 40 techniciens et en recrutera 12 autres.",
            [(40, "techniciens"), (12, "techniciens")],
        ),
        (
            "It employs 40 technicians and will hire 12 more.",
            [(40, "technicians"), (12, "technicians")],
        ),
        ("وتشغل 40 تقنيا وستوظف 12 آخرين.", [(40, "تقنيا"), (12, "تقنيا")]),
        (
            "Le centre reçoit 300 appels par jour, et jusqu'à 500 en hiver.",
            [(300, "appels"), (500, "appels")],
        ),
    ],
)
def test_a_number_of_more_counts_what_the_quantity_before_counts(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Of the 40 wells the drones mapped, 31 were dry.", [(40, "wells"), (31, "wells")]),
        (
            "Sur les 40 puits repérés par les drones, 31 étaient à sec.",
            [(40, "puits"), (31, "puits")],
        ),
        ("ورصدت الطائرات 40 بئرا، جف 31 منها.", [(40, "بئرا"), (31, "بئرا")]),
        (
            "Il offre 60 bourses aux étudiants, dont 12 sont déjà inscrits.",
            [(60, "bourses"), (12, "bourses")],
        ),
        ("ومنحت 60 منحة للطلبة، الذين يتابع 3200 منهم دراستهم.", [(60, "منحة")]),
    ],
)
def test_a_bare_number_after_the_whole_it_is_part_of_counts_what_it_counts(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Il est tombé 42 mm de pluie en une heure.", [(42, "mm")]),
        ("Some 42 mm of rain fell in an hour.", [(42, "mm")]),
    ],
)
def test_millimetres_of_rain(text: str, found: list[tuple[int, str]]) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The drones spotted 14 of the 19 nests.", [(14, "nests"), (19, "nests")]),
        ("Les drones ont repéré 14 sur les 19 nids.", [(14, "nids"), (19, "nids")]),
        ("ورصدت الطائرات 14 من أصل 19 عشا.", [(14, "عشا"), (19, "عشا")]),
        ("Il partira d'ici 2030 sur les 140 salariés.", [(140, "employee")]),
    ],
)
def test_a_number_part_of_a_whole_counts_what_the_whole_counts(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "The drones flagged 75 nests, and 48 of them contained eggs.",
        "The drones flagged 75 nests and 48 of them were active.",
    ],
)
def test_a_subset_after_and_counts_the_whole_just_given(text: str) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [(75, "nests"), (48, "nests")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Inspectors opened 2,900 cases, of which 640 went to court.",
            [(2900, "cases"), (640, "cases")],
        ),
        (
            "The 95 cooperatives in the scheme include 30 that export.",
            [(95, "cooperatives"), (30, "cooperatives")],
        ),
        (
            "Les 95 coopératives du programme comprennent 30 qui exportent.",
            [(95, "coopératives"), (30, "coopératives")],
        ),
    ],
)
def test_a_bare_number_after_of_which_or_include_counts_the_whole_s_noun(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The insurer wants to route 60% of its claims online.", [(60, "percent")]),
        ("Buses on route 12 get priority.", []),
        ("The bank kept its 85 loss adjusters.", [(85, "loss adjusters")]),
        ("Morocco recorded 29,800 tuberculosis cases.", [(29800, "tuberculosis cases")]),
        (
            "It will equip 90 of the network's 140 stations.",
            [(90, "stations"), (140, "stations")],
        ),
    ],
)
def test_a_share_after_a_reference_word_and_a_part_of_a_possessed_whole(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The plan adds 450 more large trawlers.", [(450, "trawlers")]),
        ("Le plan ajoute 450 nouveaux grands chalutiers.", [(450, "chalutiers")]),
    ],
)
def test_two_adjectives_between_a_number_and_its_noun(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Le centre vend 12 millions d'heures-machine par an.", [(12_000_000, "heures-machine")]),
        ("Il reste 800 heures-machine.", [(800, "heures-machine")]),
        ("The centre sells 12 million machine-hours a year.", [(12_000_000, "machine-hours")]),
    ],
)
def test_a_noun_written_with_a_hyphen_plural_in_its_first_part(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The survey counted 85 wells, 30 of them under private ownership.",
            [(85, "wells"), (30, "wells")],
        ),
        (
            "L'enquête a recensé 85 puits, dont 30 appartenant à des particuliers.",
            [(85, "puits"), (30, "puits")],
        ),
        (
            "وأحصت الدراسة 85 بئرا، منها 30 غير مرخصة.",
            [(85, "بئرا"), (30, "بئرا")],
        ),
        ('The survey counted 85 "orphan" wells.', [(85, "wells")]),
        ("The survey counted 85 “orphan” wells.", [(85, "wells")]),
    ],
)
def test_what_a_number_s_subset_is_said_to_be_is_no_noun_of_its_own(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The number of licensed beehives climbed to 2,600.", [(2600, "beehives")]),
        ("The number of its trained engineers climbed to 260.", [(260, "engineer")]),
        (
            "The scheme raised the number of ruches suivies to 2,600 from 1,100.",
            [(2600, "ruches"), (1100, "ruches")],
        ),
        ("Le nombre de ruches suivies a grimpé à 2 600.", [(2600, "ruches")]),
        (
            "Le nombre d'apiculteurs inscrits est passé de 1 100 à 2 600.",
            [(1100, "apiculteurs"), (2600, "apiculteurs")],
        ),
        ("Le nombre de ses salariés atteindra 260.", [(260, "employee")]),
        ("L'effectif de techniciens atteindra 260 d'ici 2031.", [(260, "techniciens")]),
        ("Le nombre de ruches suivies doit doubler d'ici 2031.", []),
        ("The number of hives fell. Another 260 were sold.", []),
        ("The number of hives fell by 12% and 260 were sold.", [(12, "percent")]),
    ],
)
def test_a_bare_number_counts_the_noun_of_the_number_of_before_it(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وارتفع عدد القوارب المسجلة بالميناء إلى 940 هذا الموسم.", [(940, "القوارب")]),
        ("وبلغ عدد المنخرطين في التعاونية 1300.", [(1300, "المنخرطين")]),
        ("وانتقل عدد الزوار من 800 إلى 1300.", [(800, "الزوار"), (1300, "الزوار")]),
        ("وتراجع متوسط عدد الزيارات الأسبوعية إلى 3.", []),
        ("The average number of visits per household fell to 3.", []),
        ("The number of moorings rose to 940 last year.", [(940, "moorings")]),
        ("Landings reached 940 last month, and 1,100 boats are registered.", [(1100, "boats")]),
    ],
)
def test_a_bare_number_counts_what_an_arabic_number_of_names_and_no_average_or_date(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The lab retrained 75 of its engineers.", [(75, "engineer")]),
        ("About 75 of the cooperative's employees joined.", [(75, "employee")]),
        ("About 75 of Sahel Data’s engineers joined.", [(75, "engineer")]),
        ("Près de 75 des salariés de la coopérative ont suivi.", [(75, "employee")]),
        ("Le laboratoire a formé 75 de ses ingénieurs.", [(75, "engineer")]),
        ("وتابع 75 من موظفي التعاونية التكوين.", [(75, "employee")]),
        ("وتابع 75 من المهندسين التكوين.", [(75, "engineer")]),
        ("Patrols boarded 12 of the trawlers.", [(12, "trawlers")]),
        ("Patrols boarded 12 of those trawlers.", [(12, "trawlers")]),
        ("Les patrouilles ont arraisonné 12 de ces chalutiers.", [(12, "chalutiers")]),
        ("The plan covers all 64 of the region's irrigated farms.", [(64, "farms")]),
        ("Les patrouilles ont arraisonné 12 des chalutiers.", [(12, "chalutiers")]),
        ("It happens 75 of the time. L'article 12 des statuts. في 12 من الشهر.", []),
    ],
)
def test_a_number_counts_some_of_the_group_named_after_it(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The institute funds 18 PhD students.", [(18, "student")]),
        ("The bank hired 25 MBA graduates.", [(25, "student")]),
    ],
)
def test_initials_in_mixed_case_before_the_counted_noun(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("رصد للمشروع مليار ونصف مليار درهم.", 1_500_000_000, "MAD"),
        ("بلغت الكلفة 3 ملايين ونصف درهم.", 3_500_000, "MAD"),
        ("Le projet coûte deux milliards et demi de dirhams.", 2_500_000_000, "MAD"),
    ],
)
def test_a_half_of_the_scale_after_and(text: str, value: int, unit: str) -> None:
    (found,) = find_quantities(text)
    assert (found.value, found.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The network will reach 950 rural clinics by 2028.", 950, "clinics"),
        ("The campus created 320 direct jobs.", 320, "job"),
        ("The plan covers 35 regional and provincial courts.", 35, "courts"),
        ("It will install 900 smart streetlights.", 900, "streetlights"),
        ("The fleet counts 64 electric ferries.", 64, "ferries"),
        ("The scheme reaches 48,000 high school pupils.", 48_000, "student"),
        ("The airport operates 12 aircraft and plans to add six.", 12, "aircraft"),
        ("The office logged 300 rail and switch failures last year.", 300, "failures"),
        ("It will fund 1,500 doctoral and specialised master's grants.", 1_500, "grants"),
        ("The city has 30 data centres.", 30, "data centres"),
        (
            "The portal handled 4,100 tele-consultation requests.",
            4_100,
            "tele-consultation requests",
        ),
        ("The lab has a staff of 45 researchers.", 45, "researcher"),
        ("The unit has a staff of 30 data scientists.", 30, "data scientist"),
        ("The network links 40 existing clinics.", 40, "clinics"),
        ("Nine regions share 18 mobile labs.", 18, "labs"),
        ("The registry will scan 90,000 old maps.", 90_000, "maps"),
        ("Police seized 5,000 fake watches.", 5_000, "watches"),
        ("Officials closed 14 unlicensed cafés.", 14, "cafés"),
    ],
)
def test_an_english_adjective_before_the_counted_noun_is_passed(
    text: str, value: int, unit: str
) -> None:
    (found,) = find_quantities(text)
    assert (found.value, found.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le site accueille 2 048 GPU de dernière génération.", [(2048, "GPU")]),
        ("Le laboratoire exploite 256 TPU livrés en mars.", [(256, "TPU")]),
        ("La salle abrite 96 GPU dédiés à la recherche.", [(96, "GPU")]),
        ("The lab will hire 60 ML researchers.", [(60, "researcher")]),
        ("Le fonds soutiendra 300 PME de la région.", [(300, "company")]),
        ("وتشغل منذ 2019 منصب مديرة العمليات.", []),
        ("The plant has employed people since 2018 jobs fair.", []),
        ("The units come in 2000 MW blocks.", [(2000, "MW")]),
    ],
)
def test_initials_counted_and_a_year_after_since_counts_nothing(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le barrage retient 40 millions de mètres cubes.", [(40_000_000, "m3")]),
        ("The plant desalinates 250,000 cubic metres a day.", [(250_000, "m3")]),
        ("توفر المحطة 3 ملايين متر مكعب سنويا.", [(3_000_000, "m3")]),
        ("Le dossier est traité en 72 heures.", [(72, "heures")]),
        ("The model learned from 12,000 hours of audio.", [(12_000, "hours")]),
        ("La réunion a commencé à 10 heures.", []),
        ("Le centre fonctionne 24 heures sur 24.", []),
        ("The office opens at 9 hours.", []),
        ("Un camion attend en moyenne 11 heures au poste.", [(11, "heures")]),
        ("A truck waits 11 hours on average.", [(11, "hours")]),
        ("Le délai passera de 20 à 6 heures.", [(20, "heures"), (6, "heures")]),
    ],
)
def test_cubic_metres_are_a_unit_and_hours_count_unless_a_time_of_day(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le trajet passera de 32 à 21 minutes.", [(32, "minutes"), (21, "minutes")]),
        ("The wait fell from 45 minutes to 12 minutes.", [(45, "minutes"), (12, "minutes")]),
        ("تقلص زمن الانتظار من 40 دقيقة إلى 15 دقيقة.", [(40, "دقيقة"), (15, "دقيقة")]),
        ("انطلق الاجتماع على الساعة 11 و15 دقيقة.", []),
        ("Le train part à 10 h 45 min.", []),
    ],
)
def test_minutes_are_counted_and_the_time_of_day_is_not(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_what_units_mean_is_read_from_units_json_and_names_units_the_languages_write() -> None:
    from maroc_ai.text._lexicon import (
        WORDS,
        UnitMeaning,
        UnitMeanings,
        _merge,
        languages,
        read_language,
        read_meanings,
    )

    meanings = read_meanings()
    assert meanings.units["engineer"] == UnitMeaning(metric="engineers", people=True)
    assert WORDS.unit_metrics["MW"] == "capacity"
    assert "employee" in WORDS.people_units
    assert "job" not in WORDS.people_units
    assert {"MW", "hectare", "بيتافلوب"} <= WORDS.measure_units
    assert WORDS.measure_units.isdisjoint({"job", "employee", "percent", "MAD"})
    read = {code: read_language(code) for code in languages()}
    unknown = UnitMeanings(about="", units={"parsec": UnitMeaning(metric="distance")})
    with pytest.raises(ValueError, match="parsec"):
        _merge(read, unknown)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The wait fell from 90 days to 12.", [(90, "days"), (12, "days")]),
        ("Le délai passe de 90 jours à 12.", [(90, "jours"), (12, "jours")]),
        ("وانتقل عدد الموظفين من 40 موظفا إلى 95.", [(40, "employee"), (95, "employee")]),
    ],
)
def test_the_end_of_a_range_from_one_quantity_counts_what_it_counts(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le programme durera vingt ans.", []),
        ("It took fifteen years and twelve days.", []),
        ("استغرق المشروع ثلاثين سنة.", []),
        ("Le fonds apporte cinquante millions de dirhams.", [(50_000_000, "MAD")]),
        ("رصدت خمسين ألف درهم.", [(50_000, "MAD")]),
        ("وسيتم تكوين مئتي مراقب.", [(200, "مراقب")]),
        ("وانضم مائتا تقني إلى الفريق.", [(200, "تقني")]),
    ],
)
def test_small_numbers_spelled_out_count_nothing_without_a_scale(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_substations_are_no_jobs() -> None:
    found = find_quantities("Le réseau compte 45 postes source et 120 postes créés.")
    assert [(m.value, m.unit) for m in found] == [(45, "postes"), (120, "job")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cooperative groups 3,400 olive farmers.", (3400, "olive farmers")),
        ("The fund will retrain 900 call-centre staff.", (900, "employee")),
    ],
)
def test_a_noun_shaped_like_an_adjective_and_a_hyphenated_word_before_a_known_unit(
    text: str, expected: tuple[int, str]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [expected]


def test_people_of_a_company_named_before_their_noun() -> None:
    found = find_quantities("Some 60 Veltrana engineers and 25 Veltrana researchers joined.")
    assert [(m.value, m.unit) for m in found] == [(60, "engineer"), (25, "researcher")]


def test_arabic_workers_are_employees() -> None:
    found = find_quantities("ويشغل المصنع 320 عاملا و45 عاملة.")
    assert [(m.value, m.unit) for m in found] == [(320, "employee"), (45, "employee")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank opened a 25-million-euro credit line.", (25_000_000, "EUR")),
        ("It is a $3-billion programme.", (3_000_000_000, "USD")),
        ("A 150-million-dirham guarantee backs the loans.", (150_000_000, "MAD")),
    ],
)
def test_a_scale_joined_by_a_hyphen(text: str, expected: tuple[int, str]) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'ONEE fournira 45 GWh d'électricité verte par an.", (45, "GWh")),
        ("The plant will deliver 120 GWh a year.", (120, "GWh")),
        ("وستوفر المحطة 45 جيغاواط ساعة سنويا.", (45, "GWh")),
        ("Les batteries stockent 800 MWh.", (0.8, "GWh")),
    ],
)
def test_energy_is_counted_in_gigawatt_hours_not_as_power(
    text: str, expected: tuple[float, str]
) -> None:
    assert [(float(m.value), m.unit) for m in find_quantities(text)] == [
        (float(expected[0]), expected[1])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The satellites watch 86,000 km² of sea.", [(86000, "km2")]),
        ("Les satellites couvrent 1,2 million de kilomètres carrés.", [(1200000, "km2")]),
        ("وتغطي الأقمار 86 ألف كيلومتر مربع من البحر.", [(86000, "km2")]),
        ("The patrol boats sailed 3,400 km last year.", [(3400, "km")]),
    ],
)
def test_square_kilometres_are_an_area_not_a_length(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le hangar stocke 3.600 kWh dans ses batteries.", [(0.0036, "GWh")]),
        ("A 3,600-kilowatt-hour battery backs the pumps.", [(0.0036, "GWh")]),
        ("وتخزن البطاريات 3600 كيلوواط ساعة.", [(0.0036, "GWh")]),
        ("Les toits portent 640 kWc de panneaux.", [(0.64, "MW")]),
        ("The roofs carry 2 MWp of panels.", [(2, "MW")]),
    ],
)
def test_kilowatt_hours_and_peak_watts_are_brought_to_their_base(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le supercalculateur atteint 3,2 pétaflops en pointe.", (3.2, "petaflops")),
        ("The cluster peaks at 4.5 petaflops.", (4.5, "petaflops")),
        ("وتبلغ قدرة الحاسوب 3,2 بيتافلوب.", (3.2, "بيتافلوب")),
        ("A 250-teraflop machine sits in the lab.", (0.25, "petaflops")),
    ],
)
def test_computing_power_is_counted_in_petaflops(text: str, expected: tuple[float, str]) -> None:
    assert [(float(m.value), m.unit) for m in find_quantities(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The centre will install 1,024 next-generation GPUs.", (1024, "GPUs")),
        ("Inspectors reviewed 2,600 high-risk returns.", (2600, "returns")),
        ("وسيقتني المركز 2024 حاسوبا جديدا.", (2024, "حاسوبا")),
    ],
)
def test_a_hyphenated_adjective_and_an_arabic_count_shaped_like_a_year(
    text: str, expected: tuple[int, str]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le réseau compte 900 bornes, dont 240 déjà installées.",
            [(900, "bornes"), (240, "bornes")],
        ),
        ("The network has 900 chargers, 240 already in place.", [(900, "chargers")]),
        ("وتضم الشبكة 900 محطة، منها 240 تم تركيبها.", [(900, "محطة"), (240, "محطة")]),
        ("La région a formé 300 techniciens ; 120 encore attendent.", [(300, "techniciens")]),
    ],
)
def test_an_adverb_or_an_auxiliary_after_a_number_is_not_what_it_counts(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


def test_a_year_after_from_counts_nothing_though_a_count_follows() -> None:
    text = "It will train 3,000 nurses a year from 2032 and 15,000 nurses by 2036."
    assert [(m.value, m.unit) for m in find_quantities(text)] == [
        (3000, "nurses"),
        (15000, "nurses"),
    ]


def test_a_year_after_a_year_word_counts_nothing() -> None:
    assert find_quantities("وجمعت الشركة سنة 2025 تمويلا مهما.") == []


def test_a_range_of_amounts_each_at_its_scale_after_another_count() -> None:
    found = find_quantities("وسيدعم 80 مقاولة بمبالغ بين 2 مليون و15 مليون درهم.")
    assert [(m.value, m.unit) for m in found] == [
        (80, "company"),
        (2_000_000, "MAD"),
        (15_000_000, "MAD"),
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The service reached 250,000 job seekers.", "job seekers"),
        ("Le service a touché 250 000 demandeurs d'emploi.", "demandeurs d'emploi"),
        ("واستفاد من الخدمة 250 ألف باحث عن الشغل.", "باحث عن الشغل"),
    ],
)
def test_job_seekers_are_neither_jobs_nor_researchers(text: str, unit: str) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [(250_000, unit)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The aim is 80,000 contracts a year, up from just under 50,000 today.",
            [(80_000, "contracts"), (50_000, "contracts")],
        ),
        (
            "L'objectif est de 80.000 contrats par an, contre un peu moins de 50.000 aujourd'hui.",
            [(80_000, "contrats"), (50_000, "contrats")],
        ),
    ],
)
def test_a_number_compared_after_a_qualifier_counts_what_the_first_does(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتشمل المرحلة الأولى تفريغ 2000 ساعة من التسجيلات.", [(2000, "ساعة")]),
        ("واقتنت الجماعة 2000 سيارة كهربائية.", [(2000, "سيارة")]),
        ("وانطلق برنامج 2000 سيعرف توسعا.", []),
    ],
)
def test_a_count_of_a_year_s_shape_before_a_noun_that_begins_as_a_verb_in_the_future(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La banque vise 6 millions de comptes d'ici 2031, dont 35 % ouverts par des "
            "femmes dans les régions rurales du pays, contre 2 millions aujourd'hui.",
            [(6_000_000, "comptes"), (35, "percent"), (2_000_000, "comptes")],
        ),
        (
            "Fees reached 21 million dirhams, up 12% from 18.7 million.",
            [(21_000_000, "MAD"), (12, "percent"), (18_700_000, "MAD")],
        ),
        ("Fees rose 12% last year to 18.7 million.", [(12, "percent")]),
    ],
)
def test_a_number_compared_past_a_share_counts_what_the_whole_does(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


def test_adjectives_joined_by_and_with_a_hyphenated_one() -> None:
    found = find_quantities("The fleet counts 1,800 coastal and high-seas trawlers.")
    assert [(m.value, m.unit) for m in found] == [(1800, "trawlers")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The drones found 2,400 dusty or chipped panels.", "panels"),
        ("The census lists 75 public and private clinics.", "clinics"),
        ("The port handles 90 old or damaged trawlers.", "trawlers"),
    ],
)
def test_english_adjectives_joined_by_and_or_or(text: str, unit: str) -> None:
    """ "dusty or chipped panels", "public and private clinics": the noun after both."""
    (found,) = find_quantities(text)
    assert found.unit == unit


def test_millions_after_a_percentage_are_no_percentage() -> None:
    assert [(m.value, m.unit) for m in find_quantities("Sales rose 12% to 3.1 million.")] == [
        (12, "percent")
    ]


def test_arabic_graduates_are_students() -> None:
    assert [(m.value, m.unit) for m in find_quantities("وتطمح الكلية إلى تخريج 180 خريجا.")] == [
        (180, "student")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The insurer posted 2,350 million euros in premiums.", (2_350_000_000, "EUR")),
        ("Seoul pledged 1,800 billion won to the cluster.", (1_800_000_000_000, "KRW")),
        ("Le groupe a levé 1.750 millions de dirhams.", (1_750_000_000, "MAD")),
        ("Un encours de 3.400 milliards de dirhams.", (3_400_000_000_000, "MAD")),
        ("The fund holds $1.350 million in cash.", (1_350_000, "USD")),
        ("Un crédit de 1,350 milliard de dirhams.", (1_350_000_000, "MAD")),
    ],
)
def test_a_lone_mark_before_a_scale_groups_thousands_where_the_language_writes_it_so(
    text: str, expected: tuple[int, str]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The clinic vaccinated 5,400 children, 230 of whom live in the hills.",
            [(5400, "children"), (230, "children")],
        ),
        (
            "Le réseau réunit 870 adhérentes, 95 d'entre elles issues du monde rural.",
            [(870, "adhérentes"), (95, "adhérentes")],
        ),
        (
            "وشمل البرنامج 1200 فلاحة، 310 منهن من الدواوير الجبلية.",
            [(1200, "فلاحة"), (310, "فلاحة")],
        ),
    ],
)
def test_a_number_before_of_whom_counts_what_the_one_before_counts(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fund lent to 6,300 borrowers, 2,100 of them beekeepers.",
            [(6300, "borrowers"), (2100, "beekeepers")],
        ),
        (
            "Le fonds a prêté à 6 300 emprunteurs, 2 100 d'entre eux apiculteurs.",
            [(6300, "emprunteurs"), (2100, "apiculteurs")],
        ),
    ],
)
def test_a_noun_after_of_them_is_what_the_number_counts(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وبلغت كلفة المعدات 2,3 مليار ين.", (2_300_000_000, "JPY")),
        ("وضخ الصندوق 80 مليون درهم إماراتي في الشركة.", (80_000_000, "AED")),
        ("وضخ الصندوق 80 مليون درهم في الشركة.", (80_000_000, "MAD")),
        ("ومنح البنك قرضا بقيمة 45 مليون ريال سعودي.", (45_000_000, "SAR")),
        ("Le fonds a engagé 70 millions de dirhams émiratis.", (70_000_000, "AED")),
        ("The fund committed 70 million UAE dirhams.", (70_000_000, "AED")),
        ("وتبلغ الصفقة 12 مليون فرنك سويسري.", (12_000_000, "CHF")),
    ],
)
def test_gulf_and_asian_currencies_in_every_language(text: str, expected: tuple[int, str]) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The accelerator has mentored 150 Nigerian AI startups.", (150, "startup")),
        ("The fund backs 35 regional ICT firms.", (35, "company")),
        ("The bank hired 70 Moroccan IT engineers.", (70, "engineer")),
    ],
)
def test_initials_after_an_adjective_qualify_the_counted_noun(
    text: str, expected: tuple[int, str]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The clinic will grow from 45 nurses today to 120 by 2031.",
        "La clinique passera de 45 infirmières aujourd'hui à 120 en 2031.",
        "وستنتقل المصحة من 45 ممرضة اليوم إلى 120 في 2031.",
    ],
)
def test_a_range_from_what_a_count_is_today_counts_the_same_at_its_end(text: str) -> None:
    (first, second) = find_quantities(text)
    assert (first.value, second.value) == (45, 120)
    assert first.unit == second.unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le modèle a tourné sur 512 GPU durant trois semaines.", (512, "GPU")),
        ("The app reached 90,000 Berber-speaking users.", (90_000, "users")),
        ("The academy will hire 250 Amazigh teachers.", (250, "teachers")),
    ],
)
def test_a_preposition_is_no_counted_noun_and_a_language_is_an_adjective(
    text: str, expected: tuple[int, str]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Le périmètre couvre 25 000 hectares, dont 9 000 irrigués.",
        "The perimeter covers 25,000 hectares, including 9,000 irrigated.",
        "ويغطي المدار 25 ألف هكتار، منها 9 آلاف مسقية.",
        "ويغطي المدار 25 ألف هكتار، منها 9 آلاف مزروعة.",
    ],
)
def test_a_participle_ending_a_subset_of_a_known_unit_counts_that_unit(text: str) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [
        (25_000, "hectare"),
        (9_000, "hectare"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وساهمت نواكشوط بـ60 مليون أوقية جديدة.", (60_000_000, "MRU")),
        ("وقدم البنك هبة بقيمة 3,5 مليار فرنك إفريقي.", (3_500_000_000, "XOF")),
        ("La Mauritanie apporte 60 millions d'ouguiyas.", (60_000_000, "MRU")),
        ("La banque ajoute 3,5 milliards de francs CFA.", (3_500_000_000, "XOF")),
        ("The bank adds a grant of XOF 3.5 billion.", (3_500_000_000, "XOF")),
        ("Mauritania puts in MRU 60 million.", (60_000_000, "MRU")),
        ("Bamako apporte 240 millions de FCFA.", (240_000_000, "XOF")),
        ("Le coût atteint 2,4 milliards F CFA.", (2_400_000_000, "XOF")),
        ("Bamako adds 240 million FCFA.", (240_000_000, "XOF")),
    ],
)
def test_the_ouguiya_and_the_cfa_franc(text: str, expected: tuple[int, str]) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clinic received 15 portable ultrasound scanners.", (15, "ultrasound scanners")),
        ("The city will add 60 electric buses.", (60, "buses")),
    ],
)
def test_more_english_adjectives_before_the_counted_noun(
    text: str, expected: tuple[int, str]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The school will train 45 senior judges.", [(45, "judges")]),
        (
            "It opened 30 services last year and put 12 more online.",
            [(30, "services"), (12, "services")],
        ),
    ],
)
def test_senior_is_an_adjective_and_online_counts_nothing(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


def test_a_year_after_a_month_counts_nothing_though_a_noun_follows() -> None:
    assert find_quantities("ووجه المستشار في أكتوبر 2029 سؤالا شفويا إلى الوزيرة.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتستثمر الشركة 9 ملايين ليرة تركية.", (9_000_000, "TRY")),
        ("La start-up investit 9 millions de livres turques.", (9_000_000, "TRY")),
        ("The startup is investing 9 million Turkish lira.", (9_000_000, "TRY")),
        ("ويساهم البنك بمليونين ونصف مليون درهم.", (2_500_000, "MAD")),
    ],
)
def test_the_turkish_lira_and_two_million_and_a_half(text: str, expected: tuple[int, str]) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The region counts 1.9 nurses per 1,000 residents.", [(1.9, "nurses"), (1000, "person")]),
        ("La région compte 1,9 infirmier pour mille habitants.", [(1.9, "infirmier")]),
        ("وتسجل الجهة 1,9 ممرض لكل ألف نسمة.", [(1.9, "ممرض")]),
        ("Le décret 12.85 pose le cadre.", []),
        ("It runs on release 3.1 servers.", []),
    ],
)
def test_a_decimal_counts_its_noun_in_a_rate_only(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 240 drivers who now run the night buses for the operator Atlas Mobilité, "
            "90 will be trained.",
            [(240, "drivers"), (90, "drivers")],
        ),
        (
            "Quant aux 240 chauffeurs de l'opérateur Atlas Mobilité affectés aux lignes de "
            "nuit, 90 d'entre eux seront formés.",
            [(240, "chauffeurs"), (90, "chauffeurs")],
        ),
        (
            "It will add 50 grants a year for Malian students, some 2,100 of whom already "
            "study here.",
            [(50, "grants")],
        ),
    ],
)
def test_a_part_after_a_comma_counts_its_whole_named_a_clause_before(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rabat accounts for 3,150 requests, Fez for 1,020 and Oujda for 460.",
            [(3150, "requests"), (1020, "requests"), (460, "requests")],
        ),
        (
            "وتستأثر الرباط بـ3150 طلبا، متبوعة بفاس بـ1020، ثم وجدة بـ460.",
            [(3150, "طلبا"), (1020, "طلبا"), (460, "طلبا")],
        ),
        ("It opened 40 stations in Rabat, and 12 in 2025.", [(40, "stations")]),
    ],
)
def test_a_bare_number_after_the_same_word_counts_what_the_one_listed_before_does(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sur 1,8 million de déclarations examinées, l'outil en a retenu 9.200 comme douteuses.",
            [(1_800_000, "déclarations"), (9200, "déclarations")],
        ),
        (
            "La province compte 210 dispensaires et en a équipé 35 cette année.",
            [(210, "dispensaires"), (35, "dispensaires")],
        ),
    ],
)
def test_a_number_after_en_and_its_verb_counts_what_the_quantity_before_does(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By province, 1,840 pupils were in Taza, 1,210 in Guercif and 760 in Taourirt.",
            [(1840, "student"), (1210, "student"), (760, "student")],
        ),
        (
            "Au total, 3 810 élèves ont suivi le programme dans 92 écoles : 1 840 dans la "
            "province de Taza, 1 210 à Guercif et 760 à Taourirt.",
            [
                (3810, "student"),
                (92, "écoles"),
                (1840, "student"),
                (1210, "student"),
                (760, "student"),
            ],
        ),
        (
            "واستفاد 3810 تلاميذ، هي تازة (1840 تلميذا) وجرسيف (1210) وتاوريرت (760).",
            [(3810, "student"), (1840, "student"), (1210, "student"), (760, "student")],
        ),
        ("It has 40 stations in Rabat, and 12 in 2025.", [(40, "stations")]),
        (
            "The insurer opened 30 branches - 19 in Tangier and 11 in Tetouan - last year.",
            [(30, "branches"), (19, "branches"), (11, "branches")],
        ),
        (
            "Le réseau compte 30 agences (19 à Tanger, 11 à Tétouan).",
            [(30, "agences"), (19, "agences"), (11, "agences")],
        ),
        ("Sales rose by 30 units (19 in 2025).", [(30, "units")]),
    ],
)
def test_a_bare_number_lists_a_part_of_a_whole_by_where_it_is(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The office has issued 2,480 permits, 730 of them last week.",
            [(2480, "permits"), (730, "permits")],
        ),
        (
            "Sur 2.480 cartes établies, dont 730 remis à leurs titulaires en mai.",
            [(2480, "cartes"), (730, "cartes")],
        ),
        (
            "Le plan prévoit 90.000 hectares cartographiés d'ici 2033 et 45.000 titres.",
            [(90_000, "hectare"), (45_000, "titres")],
        ),
    ],
)
def test_a_part_counts_its_whole_not_when_or_how_it_is_given(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


def test_a_range_may_end_at_all_of_them() -> None:
    text = "The scoring will go from 35 agencies to all 410 by the spring."
    assert [(m.value, m.unit) for m in find_quantities(text)] == [
        (35, "agencies"),
        (410, "agencies"),
    ]


def test_others_before_a_verb_in_the_future_count_what_the_quantity_before_does() -> None:
    text = "Huit capteurs ont été posés : 14 bornes ont été livrées, 30 autres suivront en mai."
    assert [(m.value, m.unit) for m in find_quantities(text)] == [(14, "bornes"), (30, "bornes")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She rides line 9 every morning.", []),
        ("Elle prend la ligne 9 chaque matin.", []),
        ("وتستقل الخط 9 كل صباح.", []),
        ("From May, 11 of the 47 bus lines will change.", [(11, "bus lines"), (47, "bus lines")]),
    ],
)
def test_a_line_s_number_counts_nothing_and_a_bus_qualifies_its_lines(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council approved it by 41 votes to 6, with two abstentions.",
            [(41, "votes"), (6, "votes")],
        ),
        (
            "Le conseil l'a adopté par 41 voix pour, 6 contre et 2 abstentions.",
            [(41, "voix"), (6, "voix"), (2, "abstentions")],
        ),
    ],
)
def test_the_votes_against_count_votes_too(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le pilote a permis d'examiner 4 200 patients. Parmi eux, 730, soit 17 %, "
            "présentaient des lésions, et 95 ont été orientés vers le CHU.",
            [(4200, "patients"), (730, "patients"), (17, "percent"), (95, "patients")],
        ),
        (
            "About 17% of them, or 730 patients, showed lesions, and 95 were referred.",
            [(17, "percent"), (730, "patients"), (95, "patients")],
        ),
    ],
)
def test_a_part_after_among_them_or_and_before_a_verb_counts_its_whole(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The licence costs 2.4 million Tunisian dinars.", (2_400_000, "TND")),
        ("La licence coûte 2,4 millions de dinars tunisiens.", (2_400_000, "TND")),
        ("وتبلغ كلفة الترخيص 2,4 مليون دينار تونسي.", (2_400_000, "TND")),
        ("The maker puts in 120 million Danish crowns.", (120_000_000, "DKK")),
    ],
)
def test_the_tunisian_dinar_and_danish_crowns(text: str, expected: tuple[int, str]) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foundation is contributing 12 million Qatari riyals.", (12_000_000, "QAR")),
        ("La fondation apporte 12 millions de riyals qataris.", (12_000_000, "QAR")),
        ("وتساهم المؤسسة بـ12 مليون ريال قطري.", (12_000_000, "QAR")),
        ("Le fonds apporte 3 millions de dinars algériens.", (3_000_000, "DZD")),
        ("The fund adds EGP 40 million.", (40_000_000, "EGP")),
        ("وخصص الصندوق 7 آلاف دينار كويتي.", (7_000, "KWD")),
    ],
)
def test_qatari_riyals_are_no_saudi_ones_and_other_arab_currencies(
    text: str, expected: tuple[int, str]
) -> None:
    """A riyal said to be Qatari is QAR: "riyals" alone stays the Saudi one."""
    assert [(m.value, m.unit) for m in find_quantities(text)] == [expected]


def test_a_part_listed_with_what_has_it_counts_the_whole() -> None:
    text = (
        "The Oriental accounted for 3,210 placements, followed by Fez-Meknes with 1,640 "
        "and Draa-Tafilalet with 980."
    )
    assert [(m.value, m.unit) for m in find_quantities(text)] == [
        (3210, "placements"),
        (1640, "placements"),
        (980, "placements"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتطمح الوكالة إلى تكوين 2000 متطوع.", [(2000, "متطوع")]),
        ("وشملت العملية حي الرياض (1900 مستعمل).", [(1900, "مستعمل")]),
        ("وفي 2000 مشروع آخر.", []),
        ("ويهدف برنامج 2000 يهدف إلى الرقمنة.", []),
        ("وأطلقت الحكومة سنة 2000 برنامجا.", []),
    ],
)
def test_a_round_arabic_number_of_a_year_s_shape_counts_the_noun_after_it(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


def test_an_arabic_ton_in_the_accusative_is_a_tonne() -> None:
    assert [(m.value, m.unit) for m in find_quantities("وجمعت الشاحنات 512 طنا.")] == [
        (512, "tonne")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The region logged 1,140 burglaries in 2033, out of about 9,800 nationwide.",
            [(1140, "burglaries"), (9800, "burglaries")],
        ),
        (
            "La région a recensé 1.140 cambriolages en 2033, sur environ 9.800 au total.",
            [(1140, "cambriolages"), (9800, "cambriolages")],
        ),
    ],
)
def test_a_bare_whole_after_out_of_counts_what_the_part_before_counts(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trials ran at 9 of its 31 clinics.", [(9, "clinics"), (31, "clinics")]),
        ("Les essais ont porté sur 9 de ses 31 cliniques.", [(9, "cliniques"), (31, "cliniques")]),
    ],
)
def test_a_part_of_a_whole_after_a_possessive_counts_the_whole_s_noun(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


def test_a_noun_before_a_plural_written_with_a_hyphen_counts_both() -> None:
    text = "Radiographers reviewed 7,300 dental X-rays last year."
    assert [(m.value, m.noun) for m in find_quantities(text)] == [(7300, "dental X-rays")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan will cost 80 million dirhams over four years. The region will put in "
            "50 million, the agency 20 million and the university, which employs 310 "
            "lecturers, 10 million.",
            [
                (80_000_000, "MAD"),
                (50_000_000, "MAD"),
                (20_000_000, "MAD"),
                (310, "lecturers"),
                (10_000_000, "MAD"),
            ],
        ),
        (
            "Le plan mobilise 80 millions de dirhams : 50 millions versés par la région et "
            "30 millions par l'agence.",
            [(80_000_000, "MAD"), (50_000_000, "MAD"), (30_000_000, "MAD")],
        ),
    ],
)
def test_shares_of_a_budget_in_millions_are_in_its_currency(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


def test_an_english_participle_after_millions_qualifies_the_noun() -> None:
    text = "The model was trained on 3.1 million anonymized claims."
    assert [(m.value, m.noun) for m in find_quantities(text)] == [(3_100_000, "claims")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The port runs 38 cranes over 90 hectares. Since June, 12 of them have been "
            "fitted with cameras.",
            [(38, "cranes"), (90, "hectare"), (12, "cranes")],
        ),
        (
            "Drones spotted 95 illegal dumps during 610 flights, and inspectors closed 60 of them.",
            [(95, "dumps"), (610, "flights"), (60, "dumps")],
        ),
        (
            "Le port exploite 38 grues. Depuis juin, 12 d'entre elles sont équipées.",
            [(38, "grues"), (12, "grues")],
        ),
    ],
)
def test_a_number_of_them_counts_the_smallest_group_named_just_before(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


def test_a_mention_tells_whether_it_is_money() -> None:
    mentions = find_quantities("Le fonds de 40 millions de dirhams formera 300 ingénieurs.")
    assert [(m.unit, m.is_money) for m in mentions] == [("MAD", True), ("engineer", False)]


def test_three_capitals_counted_are_no_money() -> None:
    mentions = find_quantities("Le centre disposera de 768 GPU et coûtera 40 millions d'euros.")
    assert [(m.unit, m.is_money) for m in mentions] == [("GPU", False), ("EUR", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The patrol boats stay 4 nautical miles offshore; 7 general practitioners joined.",
            [(4, "nautical miles"), (7, "general practitioners")],
        ),
        ("La zone s'étend à 6 milles nautiques des côtes.", [(6, "milles nautiques")]),
        (
            "نصبت البلدية 14 صفارة إنذار وانضم 5 أطباء أشعة إلى الفريق.",
            [(14, "صفارة إنذار"), (5, "أطباء أشعة")],
        ),
        (
            "وجندت الحملة 24 طائرة مسيرة و6 طائرات مسيرة.",
            [(24, "طائرة مسيرة"), (6, "طائرات مسيرة")],
        ),
    ],
)
def test_a_counted_noun_of_several_words_is_kept_whole(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.noun) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le réseau compte 9 tours de guet et 6 centres d'appels.",
            [(9, "tours de guet"), (6, "centres d'appels")],
        ),
        (
            "وتشمل الخطة 7 مراكز اتصال و12 أطروحة دكتوراه.",
            [(7, "مراكز اتصال"), (12, "أطروحة دكتوراه")],
        ),
        ("The service flies 6 fixed-wing drones.", [(6, "drones")]),
    ],
)
def test_more_counted_nouns_of_several_words_and_a_hyphenated_adjective(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.noun) for m in find_quantities(text)] == expected


def test_a_counted_noun_of_several_words_before_a_known_unit_qualifies_it() -> None:
    mentions = find_quantities("The region will train 40 call centre agents.")
    assert [(m.value, m.unit) for m in mentions] == [(40, "employee")]


def test_a_french_verb_in_the_imperfect_after_dont_and_a_number_is_no_noun() -> None:
    mentions = find_quantities(
        "Les capteurs ont relevé 640 anomalies, dont 58 provenaient de fuites."
    )
    assert [(m.value, m.unit) for m in mentions] == [(640, "anomalies"), (58, "anomalies")]


def test_an_english_participle_after_a_number_is_no_noun() -> None:
    mentions = find_quantities(
        "Of the 90 schools invited, 75 joining now will get 2 parking spaces."
    )
    assert [(m.value, m.unit) for m in mentions] == [
        (90, "schools"),
        (75, "schools"),
        (2, "parking spaces"),
    ]


def test_shares_of_a_budget_pass_over_its_conversion_in_brackets() -> None:
    text = (
        "The plan costs 40 million dirhams ($4.4 million), with 30 million from the "
        "region and 10 million from the commune."
    )
    assert [(m.value, m.unit) for m in find_quantities(text)] == [
        (40_000_000, "MAD"),
        (4_400_000, "USD"),
        (30_000_000, "MAD"),
        (10_000_000, "MAD"),
    ]


def test_of_them_counts_no_group_smaller_than_the_number() -> None:
    mentions = find_quantities(
        "The network has 96,000 members in 14 branches, and 31,500 of them voted."
    )
    assert [(m.value, m.unit) for m in mentions][-1] == (31_500, "members")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les lots sont livrés en moins de 24 heures.", [(24, "heures")]),
        ("Each sample is read within 24 hours.", [(24, "hours")]),
        ("تصل النتائج في أقل من 24 ساعة.", [(24, "ساعة")]),
        ("La plateforme répond 24 heures sur 24.", []),
        ("The line is staffed 24 hours a day.", []),
        ("يعمل الخط على مدار 24 ساعة.", []),
    ],
)
def test_a_day_s_hours_are_counted_unless_they_are_every_hour_of_it(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.noun) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The utility wants to reach 300,000 of the region's 2.5 million customers.",
            [(300_000, "customers"), (2_500_000, "customers")],
        ),
        (
            "Some 15 of the 30 million dirhams go to training.",
            [(15_000_000, "MAD"), (30_000_000, "MAD")],
        ),
        ("The city recorded 27 such outages.", [(27, "outages")]),
    ],
)
def test_a_part_of_a_whole_with_a_scale_word_and_such_before_a_noun(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le modèle a lu 2,1 milliards de points GPS.", [(2_100_000_000, "points GPS")]),
        ("The model read 2.1 billion GPS points.", [(2_100_000_000, "GPS points")]),
        ("L'indice a gagné 3 points.", []),
    ],
)
def test_gps_points_are_counted_where_points_alone_are_not(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.noun) for m in find_quantities(text)] == expected


def test_remaining_millions_in_french_are_in_the_budget_s_currency() -> None:
    text = "Le plan coûte 30 millions de dirhams, dont la région finance les 12 millions restants."
    assert [(m.value, m.unit) for m in find_quantities(text)] == [
        (30_000_000, "MAD"),
        (12_000_000, "MAD"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Visits are booked in 20-minute slots.", [(20, "minute")]),
        ("The agency publishes 7-day rainfall forecasts.", [(7, "day")]),
    ],
)
def test_a_number_joined_to_a_noun_counts_that_noun_alone(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.noun) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The archive keeps 52,000 letters of the Rabat court and 9,000 of the Tangier court.",
            [(52_000, "letters"), (9_000, "letters")],
        ),
        (
            "Le fonds garde 52.000 lettres du tribunal de Rabat et 9.000 du tribunal de Tanger.",
            [(52_000, "lettres"), (9_000, "lettres")],
        ),
    ],
)
def test_a_number_after_and_with_the_same_link_counts_what_the_first_does(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last year, breakdowns on the line fell from 64 to 22.", [(64, "breakdowns")]),
        (
            "Les pannes de la ligne sont passées de 64 à 22.",
            [(64, "pannes"), (22, "pannes")],
        ),
    ],
)
def test_a_count_that_changed_counts_the_subject_of_its_clause(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)][: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La région a connu 9 tempêtes de sable.", [(9, "tempêtes de sable")]),
        ("شهدت المنطقة 9 عواصف رملية.", [(9, "عواصف رملية")]),
        ("The plant turns on 4,200 single-axis trackers.", [(4_200, "trackers")]),
        ("The centre texts 8,000 regular donors.", [(8_000, "donors")]),
    ],
)
def test_sandstorms_whole_and_single_axis_or_regular_dropped(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.noun) for m in find_quantities(text)] == expected


def test_a_french_verb_in_the_future_after_millions_is_no_noun() -> None:
    text = "Le budget atteint 20 millions de dirhams, dont 6 millions iront à la formation."
    assert [(m.value, m.unit) for m in find_quantities(text)] == [
        (20_000_000, "MAD"),
        (6_000_000, "MAD"),
    ]


def test_arabic_cases_and_operations_of_a_kind_are_kept_whole() -> None:
    mentions = find_quantities("سجل المستشفى 52 حالة انقطاع و3 ملايين عملية تحقق.")
    assert [(m.value, m.noun) for m in mentions] == [
        (52, "حالة انقطاع"),
        (3_000_000, "عملية تحقق"),
    ]


def test_an_arabic_counted_noun_of_two_words_before_a_year_word_is_kept_whole() -> None:
    mentions = find_quantities("سجلت الفنادق 2,4 مليون ليلة مبيت سنة 2036.")
    assert (mentions[0].value, mentions[0].noun) == (2_400_000, "ليلة مبيت")


def test_cooperative_members_are_counted_whole() -> None:
    mentions = find_quantities("The survey was run by 40 cooperative members.")
    assert [(m.value, m.noun) for m in mentions] == [(40, "cooperative members")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le budget atteint 9 millions de dirhams, la région apportant 2 millions sous "
            "forme de locaux.",
            [(9_000_000, "MAD"), (2_000_000, "MAD")],
        ),
        ("Le délai de traitement a été ramené à 24 heures.", [(24, "heures")]),
    ],
)
def test_sous_counts_nothing_and_a_day_s_hours_after_a_are_counted(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dune advances 4.5 meters a year toward the road.", [(4.5, "meters")]),
        ("Le littoral recule de 1,7 mètre par an à Saïdia.", [(1.7, "mètre")]),
        ("ويتراجع الشاطئ بمعدل 1,7 متر سنويا.", [(1.7, "متر")]),
        ("La loi 26.16 relative aux données reste en vigueur.", []),
    ],
)
def test_a_decimal_counts_its_noun_over_a_period(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(float(m.value), m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ونفذت المصالح 640 عملية تفتيش و75 عملية إتلاف.",
            [(640, "عملية تفتيش"), (75, "عملية إتلاف")],
        ),
        ("وأجرى المستشفى 90 عملية جراحية هذا العام.", [(90, "عملية")]),
        ("وبلغ عدد العمليات 45 عملية في الأسبوع.", [(45, "عملية")]),
    ],
)
def test_an_operation_s_count_keeps_its_verbal_noun(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("La commune a rebouché 2.100 nids-de-poule en un an.", "nids-de-poule"),
        ("L'enquête recense 14 pots-de-vin versés.", "pots-de-vin"),
    ],
)
def test_a_noun_of_three_words_joined_by_hyphens_is_counted_whole(text: str, unit: str) -> None:
    assert [m.unit for m in find_quantities(text)] == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "Le projet coûte 30 millions de dirhams ; l'État en verse 20 millions et les 10 "
        "millions restants viennent des communes.",
        "يكلف المشروع 30 مليون درهم، تمول الدولة منها 20 مليونا، وتأتي الـ10 ملايين "
        "الباقية من الجماعات.",
    ],
)
def test_the_remaining_millions_count_what_the_whole_counts(text: str) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [
        (30_000_000, "MAD"),
        (20_000_000, "MAD"),
        (10_000_000, "MAD"),
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Le portail a enregistré 92.000 pages vues en mai.", "pages vues"),
        ("The portal logged 92,000 page views in May.", "page views"),
        ("Le réseau compte 48 stations météo automatiques.", "stations météo"),
        ("The fair listed 2,400 job offers.", "job offers"),
        ("ونشرت الوكالة 2400 عرض شغل.", "عرض شغل"),
    ],
)
def test_views_weather_stations_and_job_offers_are_counted_whole(text: str, unit: str) -> None:
    assert [m.unit for m in find_quantities(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The network serves one and a half million riders.", 1_500_000),
        ("The fund holds three and a half billion dirhams.", 3_500_000_000),
        ("Some half a million riders use it.", 500_000),
    ],
)
def test_a_whole_and_a_half_before_a_scale_word(text: str, value: int) -> None:
    assert [m.value for m in find_quantities(text)] == [value]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("La commune révise 17 plans d'aménagement.", "plans d'aménagement"),
        ("ويضم البرنامج 90 طبيب عام.", "طبيب عام"),
        ("ونشرت المنصة 640 مقطع فيديو.", "مقطع فيديو"),
    ],
)
def test_plans_general_practitioners_and_videos_are_counted_whole(text: str, unit: str) -> None:
    assert [m.unit for m in find_quantities(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("L'opérateur a activé 8.000 cartes SIM.", "cartes SIM"),
        ("It sold 8,000 SIM cards.", "SIM cards"),
    ],
)
def test_sim_cards_are_counted_whole(text: str, unit: str) -> None:
    assert [m.unit for m in find_quantities(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le portail doit mettre en ligne 2,4 millions de pages.", 2_400_000),
        ("وعالج الخط 9 آلاف و300 طن خلال السنة.", 9_300),
    ],
)
def test_a_number_with_its_scale_after_a_label_word_is_an_amount(text: str, value: int) -> None:
    assert [m.value for m in find_quantities(text)] == [value]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Le tribunal compte 14 salles d'audience.", "salles d'audience"),
        ("La province dispose de 12 engins de secours.", "engins de secours"),
        ("وتتوفر المديرية على 30 سيارة إسعاف و9 شاحنات إغاثة.", "سيارة إسعاف"),
    ],
)
def test_hearing_rooms_and_ambulances_are_counted_whole(text: str, unit: str) -> None:
    assert find_quantities(text)[0].unit == unit


def test_a_range_of_years_counts_nothing_but_a_range_of_counts_does() -> None:
    assert [m.value for m in find_quantities("240 titles published from 1872 to 1956.")] == [240]
    assert [m.value for m in find_quantities("from 1800 to 1950 residents")] == [1800, 1950]


def test_a_million_in_the_accusative_and_a_half_is_a_million_and_a_half() -> None:
    assert [m.value for m in find_quantities("وتضم الخزانة مليونا ونصف مليون وثيقة.")] == [
        1_500_000
    ]
    assert [m.value for m in find_quantities("وخصصت الجهة مليونا درهم.")] == [2_000_000]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "About 640,000 farms, some 40% of the total, use drip lines, including 95,000 in Souss.",
            "farms",
        ),
        (
            "Quelque 640 000 exploitations, soit 40 % du total, irriguent au goutte-à-goutte, "
            "dont 95 000 dans le Souss.",
            "exploitations",
        ),
    ],
)
def test_a_part_after_a_share_is_a_part_of_the_whole_before_the_share(text: str, unit: str) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [
        (640_000, unit),
        (40, "percent"),
        (95_000, unit),
    ]


def test_a_number_given_before_le_nombre_de_counts_its_noun() -> None:
    text = "L'étude évalue à 2,4 millions le nombre d'abonnés concernés."
    assert [(m.value, m.unit) for m in find_quantities(text)] == [(2_400_000, "abonnés")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Recruiters posted 52,000 job ads last year.", "job ads"),
        ("Les sites ont publié 52.000 offres d'emploi en 2030.", "offres d'emploi"),
    ],
)
def test_job_ads_are_counted_whole_and_are_no_jobs(text: str, unit: str) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [(52_000, unit)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Checks now take 2.5 days instead of 4.5 days.", [(2.5, "days"), (4.5, "days")]),
        ("Le contrôle dure 1,5 heure.", [(1.5, "heure")]),
        ("وتستغرق المعالجة 2.5 يوم.", [(2.5, "يوم")]),
        ("la loi 26.16 relative aux données", []),
    ],
)
def test_a_decimal_counts_days_and_hours(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(float(m.value), m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Last year, complaints rose to 212 from 174 in 2030.", "complaints"),
        ("Le taux a baissé, mais les plaintes ont augmenté, à 212 contre 174 en 2030.", "plaintes"),
    ],
)
def test_a_count_that_rose_to_a_number_from_another_counts_its_subject(
    text: str, unit: str
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [(212, unit), (174, unit)]


def test_des_before_hours_is_no_time_of_day_but_des_with_its_accent_is() -> None:
    assert [(m.value, m.unit) for m in find_quantities("Passer sous la barre des 6 heures.")] == [
        (6, "heures")
    ]
    assert find_quantities("Le guichet ouvre dès 6 heures.") == []


def test_a_number_compared_with_the_one_before_is_no_start_of_a_range_after_it() -> None:
    text = "Le budget a été adopté par 29 voix contre 8 et 2 abstentions."
    assert [(m.value, m.unit) for m in find_quantities(text)] == [
        (29, "voix"),
        (8, "voix"),
        (2, "abstentions"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتساهم الجماعة بالـ14 مليون درهم المتبقية.", [(14_000_000, "MAD")]),
        ("وتمنح المؤسسة للـ250 مستفيدا منحة شهرية.", [(250, "person")]),
        ("وحققت منصة G42 أرباحا.", []),
    ],
)
def test_a_number_glued_to_an_arabic_prefix_is_read(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The plant will create 300 direct jobs and 1,100 indirect ones.",
        "L'usine créera 300 emplois directs et 1.100 indirects.",
    ],
)
def test_indirect_ones_count_what_the_direct_ones_count(text: str) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == [(300, "job"), (1100, "job")]


def test_a_verb_in_the_past_after_a_part_is_no_counted_noun() -> None:
    text = "Of its 1,800 trainees, 1,150 found a job within six months."
    assert [(m.value, m.unit) for m in find_quantities(text)] == [
        (1800, "trainee"),
        (1150, "trainee"),
    ]


def test_a_present_participle_after_a_number_is_no_counted_noun() -> None:
    text = "Il a reçu 90 amendements, dont 60 retenus, parmi lesquels 14 provenant de la majorité."
    assert "provenant" not in {m.unit for m in find_quantities(text)}
    assert find_quantities(text)[0].unit == "amendements"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cooperative has fitted 2,400 sensors on its 9,000 plots and plans 7,500 by 2031.",
            [(2400, "sensors"), (9000, "plots"), (7500, "sensors")],
        ),
        (
            "Déjà 64 pharmacies sur un parc de 410 officines sont reliées; l'objectif: 250 d'ici 2030.",
            [(64, "pharmacies"), (410, "officines"), (250, "pharmacies")],
        ),
        (
            "ووزعت الجمعية 800 لوحة إلكترونية، وتطمح إلى 3000 بحلول 2032.",
            [(800, "لوحة"), (3000, "لوحة")],
        ),
        ("The fund lent 12 million dirhams and aims for 40 by 2031.", [(12_000_000, "MAD")]),
    ],
)
def test_a_bare_number_before_a_horizon_counts_the_count_before(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The app counts 640,000 monthly users.", [(640_000, "users")]),
        ("The line carries 1.2 million daily passengers.", [(1_200_000, "passengers")]),
        ("It held 14 annual meetings.", [(14, "meetings")]),
    ],
)
def test_a_word_of_frequency_before_the_counted_noun(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Et 1 240 de ces vérifications ont abouti.", [(1240, "vérifications")]),
        ("Il a reçu 75 des bénévoles formés.", [(75, "bénévoles")]),
    ],
)
def test_some_of_a_group_written_with_accents(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


def test_a_part_after_a_whole_that_of_opens() -> None:
    text = "Of 3,400 claims flagged by the model, 1,150 were rejected."
    assert [(m.value, m.unit) for m in find_quantities(text)] == [
        (3400, "claims"),
        (1150, "claims"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quelque 9 300 dossiers ont été déposés dans 61 agences. Le service en a traité "
            "6 100 avant l'été.",
            [(9300, "dossiers"), (61, "agences"), (6100, "dossiers")],
        ),
        (
            "Les 42 unités mobiles ont une puissance de 12 MW. Elles en ont remplacé 30.",
            [(42, "unités"), (12, "MW"), (30, "unités")],
        ),
        ("La plateforme est capable d'en analyser 2 000 par jour.", []),
    ],
)
def test_a_bare_number_after_en_and_a_participle_counts_the_first_count_before(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The archive was read by a few hundred historians.",
        "A couple hundred fans waited outside.",
    ],
)
def test_a_vague_count_before_a_scale_word_is_no_number(text: str) -> None:
    assert find_quantities(text) == []


def test_a_scale_word_alone_is_still_a_number() -> None:
    assert [(m.value, m.unit) for m in find_quantities("A hundred historians came.")] == [
        (100, "historians")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The office will hire 45 SNRTV editors.", [(45, "editors")]),
        ("La région aidera 900 très petites exploitations.", [(900, "exploitations")]),
    ],
)
def test_long_initials_or_an_intensifier_before_the_counted_noun(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agents issued 4,100 fines in 2038, and the operator expects 9,500 a year.",
            [(4100, "fines"), (9500, "fines")],
        ),
        (
            "Les scanners sont lus en 25 minutes au lieu de 70.",
            [(25, "minutes"), (70, "minutes")],
        ),
        ("Scans are read in 25 minutes instead of 70.", [(25, "minutes"), (70, "minutes")]),
        ("Les agents ont dressé 3.200 procès-verbaux.", [(3200, "procès-verbaux")]),
    ],
)
def test_a_rate_instead_of_and_a_hyphenated_french_noun(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


def test_a_participle_of_change_after_a_comma_goes_on_counting() -> None:
    text = "About 260 boats land each day, rising to 410 in the sardine season."
    assert [(m.value, m.unit) for m in find_quantities(text)] == [(260, "boats"), (410, "boats")]


def test_arabic_parts_listed_after_wa_and_bal_count_what_the_whole_counts() -> None:
    text = "وتضم المنصة 3200 كتاب، منها 1700 كتاب بالعربية و900 بالفرنسية و600 بالإنجليزية."
    found = [(q.value, q.unit) for q in find_quantities(text)]
    assert (900, "كتاب") in found
    assert (600, "كتاب") in found


@pytest.mark.parametrize(
    "text",
    [
        "a grant of 2.4 million Australian dollars",
        "2,4 millions de dollars australiens",
        "2,4 مليون دولار أسترالي",
    ],
)
def test_australian_dollars_are_their_own_currency(text: str) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(2400000, "AUD")]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The Perth firm booked A$7.5 million in orders.", "A$7.5 million"),
        ("La société de Perth a reçu A$7,5 millions de commandes.", "A$7,5 millions"),
    ],
)
def test_australian_dollars_written_with_their_sign(text: str, quote: str) -> None:
    assert [(q.unit, q.quote) for q in find_quantities(text)] == [("AUD", quote)]


def test_an_article_before_the_dollar_sign_is_no_australian_dollar() -> None:
    found = find_quantities("It won a $2.3 million grant.")
    assert [(q.unit, q.quote) for q in found] == [("USD", "$2.3 million")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("أحصت الوكالة 212 نقطة ماء في الإقليم.", "نقطة ماء"),
        ("Le distributeur compte 3.400 points de vente.", "points de vente"),
        ("The herders use 58 water points along the route.", "water points"),
        ("وتنص الاتفاقية على فتح 150 نقطة استلام بالوكالات.", "نقطة استلام"),
        ("Elle prévoit 150 points relais dans les agences.", "points relais"),
        ("It provides for 150 pickup points in post offices.", "pickup points"),
    ],
)
def test_water_points_and_points_of_sale_are_counted(text: str, unit: str) -> None:
    assert [q.unit for q in find_quantities(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le thermomètre a affiché 46,2 °C à Smara.", [(46.2, "°C")]),
        (
            "Temperatures reached 44 degrees Celsius (111.2 degrees Fahrenheit).",
            [(44, "°C"), (111.2, "°F")],
        ),
        ("وبلغت الحرارة 45 درجة مئوية.", [(45, "°C")]),
        ("Les navettes roulent à 25 km/h.", [(25, "km/h")]),
        ("وتسير الحافلة بسرعة 30 كيلومترا في الساعة.", [(30, "km/h")]),
        ("The dune moved 12 centimetres in a year.", [(12, "cm")]),
        ("وتراجع الشاطئ 15 سنتيمترا.", [(15, "cm")]),
        ("وإذا تجاوز الفارق 0,5 مليمتر نبه النظام المتدرب.", [(0.5, "mm")]),
        ("وبلغت التساقطات 35 ملم في يوم واحد.", [(35, "mm")]),
    ],
)
def test_temperatures_speeds_and_centimetres_have_their_units(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les restes sont passés de 1.640 kg à 870 kg par jour.", [(1640, "kg"), (870, "kg")]),
        ("Leftovers fell from 1,640 kilograms a day.", [(1640, "kg")]),
        ("وجمعت التعاونية 46 كيلوغراما من الكروم.", [(46, "kg")]),
    ],
)
def test_kilograms_are_a_unit(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La station a relevé 78 µg/m³, pour une valeur guide de 45 μg/m3.", [78, 45]),
        ("Fine dust reached 78 micrograms per cubic metre in May.", [78]),
        ("بلغ تركيز الجسيمات 78 ميكروغراما في المتر المكعب.", [78]),
    ],
)
def test_micrograms_per_cubic_metre_are_a_unit(text: str, expected: list[float]) -> None:
    found = find_quantities(text)
    assert [q.value for q in found] == expected
    assert {q.unit for q in found} == {"µg/m³"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The census reached 9.1 million households, up from 8.2 million counted in 2034.",
            [(9_100_000, "households"), (8_200_000, "households")],
        ),
        ("The city bought 40 connected buses.", [(40, "buses")]),
    ],
)
def test_a_participle_in_ed_after_a_number_is_no_counted_noun(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_a_token_known_to_start_a_name_is_not_counted() -> None:
    from maroc_ai.text._quantities import quantities_in_tokens
    from maroc_ai.text._tokens import tokenize

    text = "منهم 26300 ببني ملال"
    tokens = tokenize(text)
    place = next(i for i, token in enumerate(tokens) if token.text == "ببني")
    assert [m.unit for m in quantities_in_tokens(text, tokens)] == ["ببني"]
    assert [m.noun for m in quantities_in_tokens(text, tokens, {place})] != ["ببني"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A trial on 12 aircraft won over management.", [(12, "aircraft")]),
        ("It bought 12 aircraft for 300 billion won.", [(12, "aircraft"), (300e9, "KRW")]),
        ("The hangar takes 10 narrow-body aircraft at a time.", [(10, "aircraft")]),
        ("The fleet has 48 narrow-bodies.", [(48, "narrow-bodies")]),
        ("The plant turns on 4,200 single-axis trackers.", [(4_200, "trackers")]),
        ("It ordered 48 new-generation sorting machines.", [(48, "machines")]),
        ("The farm runs 75 Skovlund turbines.", [(75, "turbines")]),
        ("On 12 March events were held.", []),
        ("It will build 3D models.", []),
    ],
)
def test_what_stands_between_a_number_and_its_noun(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "تسرب هيدروليكي في طائرة من طراز 787 عشية رحلة نحو مونتريال",
        "patients with type 2 diabetes",
        "un diabète de type 2",
    ],
)
def test_a_model_or_a_type_is_no_count(text: str) -> None:
    assert find_quantities(text) == []


def test_a_part_after_a_whole_with_its_owner_counts_what_the_whole_counts() -> None:
    found = find_quantities("Of the mall's 146 cameras, 38 carried a biometric module.")
    assert [(m.value, m.unit) for m in found] == [(146, "cameras"), (38, "cameras")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UCA will host 60 master's students in business law.", [(60, "student")]),
        ("It printed 300 children's books.", [(300, "books")]),
    ],
)
def test_a_noun_in_the_possessive_qualifies_the_noun_counted(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The ministry plans to train 1,000 PhDs in artificial intelligence.", [(1000, "PhDs")]),
        ("It trains 500 MBAs a year.", [(500, "MBAs")]),
    ],
)
def test_a_plural_of_initials_written_in_mixed_case_is_counted(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استقبلت الجهة 47 إنتاجا، بمجموع 1940 يوم تصوير.", [(47, "إنتاجا"), (1940, "يوم")]),
        ("The sites logged a total of 1940 shooting days.", [(1940, "shooting days")]),
        ("Le tournage a duré au total 1940 jours.", [(1940, "jours")]),
        ("En 1940 jours de fête furent décrétés.", []),
    ],
)
def test_a_total_of_a_year_s_shape_is_a_count(text: str, expected: list[tuple[int, str]]) -> None:
    """«بمجموع 1940 يوم», "a total of 1940 days": no year follows these words."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_a_verb_in_the_future_after_a_number_is_no_counted_noun() -> None:
    """«المراكز النموذجية الـ46 ستنتقل»: what the 46 centres will do, not what is counted;
    nouns that begin as the future does end otherwise («سترة», «سيناريوهات»)."""
    assert find_quantities("أن المراكز النموذجية الـ46 ستنتقل إلى العمل الروتيني.") == []
    found = find_quantities("وزعت الجمعية 500 سترة نجاة، وأعدت اللجنة 4 سيناريوهات للتدخل.")
    assert [(q.value, q.unit) for q in found] == [(500, "سترة"), (4, "سيناريوهات")]


def test_a_number_after_the_hour_that_no_hour_is_counts() -> None:
    """«إلى حدود الساعة 4200 فلاح»: "so far", then 4,200 farmers; «الساعة 10» tells the time."""
    found = find_quantities("فقد سجل إلى حدود الساعة 4200 فلاح أسماءهم، على الساعة 10 صباحا.")
    assert [(q.value, q.unit) for q in found] == [(4200, "فلاح")]


@pytest.mark.parametrize("text", ["The rate rose to 19 too.", "They hired 300 again."])
def test_an_adverb_after_a_number_is_no_counted_noun(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Only 28% of women aged 45 to 69 had a mammogram.",
            [(28, "percent"), (45, "year"), (69, "year")],
        ),
        ("Women aged between 50 and 74 are invited.", [(50, "year"), (74, "year")]),
        ("Fatima, aged 34, runs the line.", [(34, "year")]),
        ("Babies aged 12 months are weighed.", [(12, "months")]),
        ("Women aged 45-69 are invited.", []),
        ("Girls aged 15 to 19 too.", [(15, "year"), (19, "year")]),
        ("Women aged 45–69 are invited.", []),
        ("Children aged 6–11 months are weighed.", [(11, "months")]),
    ],
)
def test_an_age_after_aged_counts_years_though_unsaid(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The project installs 12 solar-powered pumps.", [(12, "pumps")]),
        ("It built 40 state-owned schools.", [(40, "schools")]),
        ("It handled 3,200 tele-expertise requests.", [(3200, "tele-expertise requests")]),
        ("The park has 32 smoke-detecting cameras.", [(32, "cameras")]),
        ("It hired 60 herd-monitoring technicians.", [(60, "technicians")]),
        ("It flies 3 fixed-wing drones.", [(3, "drones")]),
        ("It rolls out 320 AI-powered acoustic sensors.", [(320, "sensors")]),
        ("It bought 12 solar-powered autonomous tractors.", [(12, "tractors")]),
        ("It installed 120 solar pumps.", [(120, "pumps")]),
        ("It bought 3,000 solar pumping kits.", [(3000, "pumping kits")]),
    ],
)
def test_a_hyphenated_participle_before_the_noun_is_no_part_of_it(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("La région compte 45 centres de santé.", "centres de santé"),
        ("L'agence a délivré 3 150 titres fonciers.", "titres fonciers"),
        ("L'université a soutenu 12 thèses de doctorat.", "thèses de doctorat"),
        ("ربط البرنامج 17 مركزا صحيا بالإنترنت.", "مركزا صحيا"),
        ("The fund drew 3,000 retail investors.", "retail investors"),
    ],
)
def test_a_counted_compound_noun_is_kept_whole(text: str, noun: str) -> None:
    assert [m.noun for m in find_quantities(text)] == [noun]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وبيعت خلالها 1900 تذكرة، وفق أرقام المنظمين.", [(1900, "تذكرة")]),
        ("وبيعت 2000 نسخة من الكتاب.", [(2000, "نسخة")]),
        ("برنامج 2000 يهدف إلى تكوين الشباب.", []),
    ],
)
def test_a_noun_with_the_taa_marbuta_after_a_year_shaped_number_is_counted(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """«1900 تذكرة»: no verb ends with ة, so the number counts tickets; «2000 يهدف», a verb."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'outil donne l'alerte jusqu'à 12 heures avant les signes.", [(12, "heures")]),
        ("The tool warns until 6 hours before the first signs.", [(6, "hours")]),
        ("La réunion commence à 10 heures.", []),
    ],
)
def test_hours_before_or_after_something_are_a_span_not_a_time(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """ "jusqu'à 12 heures avant": how long before; "à 10 heures" is a time of day."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les drones ont couvert cette saison 3 200 hectares.", [(3200, "hectare")]),
        ("La phase 2 a couvert 300 écoles.", [(300, "écoles")]),
    ],
)
def test_a_label_word_before_thousands_written_apart_is_no_label(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """ "cette saison 3 200 hectares": one number, not season 3; "la phase 2" stays a label."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Tadwin now makes 11 errors per 1,000 words, compared with 38 when the trial began.",
            "errors",
        ),
        ("Tadwin commet 11 erreurs pour 1 000 mots transcrits, contre 38 au lancement.", "erreurs"),
    ],
)
def test_a_number_compared_with_a_rate_counts_what_the_rate_counts(text: str, unit: str) -> None:
    """ "11 errors per 1,000 words, compared with 38": 38 errors, not words."""
    assert [(q.value, q.unit) for q in find_quantities(text)][-1] == (38, unit)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The commune will fit 40 of its busiest intersections.", [(40, "intersections")]),
        ("The agency equips 12 of the wealthiest communes.", [(12, "communes")]),
    ],
)
def test_a_superlative_before_the_group_s_noun_is_passed(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("La houle atteint 2,5 mètres.", [(2.5, "mètres")]),
        ("Its depth fell from 4.5 metres.", [(4.5, "metres")]),
        ("وفاق علو الأمواج 2,5 متر في المنطقة.", [(2.5, "متر")]),
        ("la loi 26.16 relative à la mer", []),
    ],
)
def test_a_decimal_length_written_as_a_word_counts(
    text: str, found: list[tuple[float, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("le thermomètre est tombé à -3,4 °C dans les fonds", [(-3.4, "°C", "-3,4 °C")]),
        ("à \u22123 °C ce matin", [(-3, "°C", "\u22123 °C")]),
        (
            "down to minus 3.4 degrees Celsius",
            [(-3.4, "°C", "minus 3.4 degrees Celsius")],
        ),
        ("في انخفاض الحرارة إلى ناقص 3,4 درجات مئوية", [(-3.4, "°C", "ناقص 3,4 درجات مئوية")]),
        ("une hausse d'au moins 3 °C", [(3, "°C", "au moins 3 °C")]),
        ("- 300 emplois", [(300, "job", "300 emplois")]),
    ],
)
def test_a_temperature_below_zero_keeps_its_sign(
    text: str, found: list[tuple[float, str, str]]
) -> None:
    assert [(m.value, m.unit, m.quote) for m in find_quantities(text)] == found


@given(
    st.decimals(min_value="0.1", max_value="60", places=1),
    st.sampled_from(["-", "\u2212"]),
)
def test_a_minus_sign_joined_to_a_temperature_negates_it(value: object, sign: str) -> None:
    written = str(value).replace(".", ",")
    (mention,) = find_quantities(f"Il a fait {sign}{written} °C la nuit dernière.")
    assert (mention.value, mention.unit) == (-float(str(value)), "°C")


@given(st.integers(1, 98))
def test_a_dash_between_two_numbers_signs_neither(low: int) -> None:
    mentions = find_quantities(f"La phase dure {low}-{low + 1} jours, à {low} °C.")
    assert all(m.value >= 0 for m in mentions)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("it will offer 30 paid internships in its workshops", [(30, "internships")]),
        ("it will offer 30 unpaid internships", [(30, "internships")]),
        ("they were paid 300 dirhams each", [(300, "MAD")]),
    ],
)
def test_paid_and_unpaid_say_what_kind_of_thing_is_counted(
    text: str, found: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "la consommation est passée de 3,4 kWh/m³ à 3,1 kWh/m³",
            [(3.4, "kWh/m³"), (3.1, "kWh/m³")],
        ),
        ("a target of 2.8 kWh per cubic metre by 2048", [(2.8, "kWh/m³")]),
        ("بلوغ 2,8 كيلوواط ساعة للمتر المكعب في أفق 2048", [(2.8, "kWh/m³")]),
        ("saving 1.9 million kWh a year", [(1.9, "GWh")]),
    ],
)
def test_energy_per_cubic_metre_is_its_own_unit(text: str, found: list[tuple[float, str]]) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


def test_a_conjunction_after_a_compared_number_is_no_counted_noun() -> None:
    text = "traiter jusqu'à 1 400 bagages par heure, contre 900 lorsque l'inspection reposait"
    assert [(m.value, m.unit) for m in find_quantities(text)] == [
        (1400, "bagages"),
        (900, "bagages"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("quand la température de l'eau dépassait 27 degrés.", [(27, "°C", "27 degrés")]),
        ("his temperature was 39 degrees, he said.", [(39, "°C", "39 degrees")]),
        ("ارتفعت حرارته إلى 39 درجة.", [(39, "°C", "39 درجة")]),
        ("بلغت الحرارة 8 درجات ليلا.", [(8, "°C", "8 درجات")]),
    ],
)
def test_degrees_alone_are_degrees_celsius(text: str, found: list[tuple[float, str, str]]) -> None:
    assert [(m.value, m.unit, m.quote) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("midwives followed 1,200 pregnant women", [(1200, "women", "1,200 pregnant women")]),
        ("the app serves 1,240 deaf pupils", [(1240, "student", "1,240 deaf pupils")]),
        ("the app serves 6,300 blind users", [(6300, "users", "6,300 blind users")]),
    ],
)
def test_an_adjective_of_people_before_a_counted_noun(
    text: str, found: list[tuple[float, str, str]]
) -> None:
    assert [(m.value, m.unit, m.quote) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Les inscrits peuvent y consacrer jusqu'à 12 heures par semaine.",
            [(12, "heures", "jusqu'à 12 heures")],
        ),
        ("Le rendez-vous est fixé à 10 heures.", []),
    ],
)
def test_hours_a_week_after_a_word_of_the_clock_are_a_span(
    text: str, found: list[tuple[float, str, str]]
) -> None:
    assert [(m.value, m.unit, m.quote) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "انخفض من 3,4 كيلواط ساعة للمتر المكعب",
            [(3.4, "kWh/m³", "3,4 كيلواط ساعة للمتر المكعب")],
        ),
        ("استهلكت 500 كيلواط ساعة", [(0.0005, "GWh", "500 كيلواط ساعة")]),
        ("بقدرة 20 كيلواط", [(0.02, "MW", "20 كيلواط")]),
    ],
)
def test_kilowatt_written_with_one_waw(text: str, found: list[tuple[float, str, str]]) -> None:
    assert [(float(m.value), m.unit, m.quote) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقد استقبل الموقع 468 ألف زائر خلال سنة 2040، مقابل 231 ألفا سنة 2032.",
            [(468000, "زائر"), (231000, "زائر")],
        ),
        (
            "بغلاف مالي يبلغ 186 مليون درهم، وتطمح الوكالة إلى 160 ألف عملية إدماج سنويا، "
            "مقابل 118 ألفا سنة 2036.",
            [(186000000, "MAD"), (160000, "عملية إدماج"), (118000, "عملية إدماج")],
        ),
    ],
)
def test_a_number_compared_before_a_year_counts_what_it_is_compared_with(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """«مقابل 231 ألفا سنة 2032»: «سنة 2032» dates it; no money said before counts it."""
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


def test_national_domestic_and_volunteer_qualify_the_english_noun_after_them() -> None:
    text = "The agency manages 40 national parks and 12 domestic routes with 64 volunteer lawyers."
    assert [(m.value, m.unit) for m in find_quantities(text)] == [
        (40, "parks"),
        (12, "routes"),
        (64, "lawyers"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The number of people on the waiting list fell from 4,200 at the start of the "
        "pilot to 2,950 today.",
        "Le nombre de personnes inscrites sur la liste d'attente est passé de 4 200 au "
        "début de l'expérience à 2 950 aujourd'hui.",
    ],
)
def test_a_when_between_the_two_numbers_of_a_change_leaves_the_second_counted(text: str) -> None:
    """ "from 4,200 at the start of the pilot to 2,950": people both, as the rules say them."""
    assert [(m.value, m.unit) for m in find_quantities(text)] == [
        (4200, "person"),
        (2950, "person"),
    ]


def test_a_participle_in_ues_after_dont_counts_the_noun_before() -> None:
    """ "52 000 images, dont 9 000 issues de patients marocains": 9 000 images."""
    text = "Le modèle a été entraîné sur 52 000 images, dont 9 000 issues de patients marocains."
    assert [(m.value, m.unit) for m in find_quantities(text)] == [
        (52000, "images"),
        (9000, "images"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ses 64 camions, dont 58 équipés de boîtiers GPS.", [(64, "camions"), (58, "camions")]),
        (
            "Le groupe compte 40 agences, dont 19 banques de détail.",
            [(40, "agences"), (19, "banques")],
        ),
        (
            "Le réseau compte 40 musées, dont 12 musées de la mémoire.",
            [(40, "musées"), (12, "musées")],
        ),
    ],
)
def test_de_after_a_participle_but_not_after_a_noun_in_ques_nor_before_an_article(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(m.value, m.unit) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le temps d'attente a grimpé à 7,5 heures.", [(7.5, "heures")]),
        ("Il faut ramener l'attente à 3,5 heures d'ici 2044.", [(3.5, "heures")]),
    ],
)
def test_hours_with_a_fraction_after_a_are_how_long_not_a_time(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """ "à 7,5 heures": no clock reads a fraction of an hour so, it is a duration."""
    assert [(float(q.value), q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La convention vise à ramener ce délai à 12 heures.", [(12, "heures")]),
        ("The average wait stood at 9 hours last year.", [(9, "hours")]),
        ("Le temps fort de la journée est prévu à 10 heures.", []),
    ],
)
def test_hours_after_a_a_few_words_after_a_delay_are_how_long(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """ "ramener ce délai à 12 heures": the delay's length, not a time of day."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Some 185,000 people live where exposure exceeds 55 dB.",
        "Quelque 185 000 habitants vivent où l'exposition dépasse 55 décibels.",
        "يقطن نحو 185 ألف نسمة حيث يتجاوز التعرض 55 ديسيبل.",
    ],
)
def test_decibels_are_a_unit_of_measure(text: str) -> None:
    """ "exceeds 55 dB": a level of noise, not more of the people counted before."""
    assert [(q.value, q.unit) for q in find_quantities(text)][-1] == (55, "dB")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Offenders face fines of 10,000 to 50,000 dirhams.", [(10000, "MAD"), (50000, "MAD")]),
        ("The plant employs 200 to 300 workers.", [(200, "employee"), (300, "employee")]),
        (
            "يقرؤون 27 كلمة في البداية، مقابل 39 عند نهاية التجربة.",
            [(27, "كلمة"), (39, "كلمة")],
        ),
    ],
)
def test_the_first_number_of_a_range_in_to_and_a_number_before_inda(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """ "10,000 to 50,000 dirhams": dirhams both; «مقابل 39 عند»: «عند» counts nothing."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm raised $20m last year.", [(20000000, "USD")]),
        ("Des pics de DCO de 850 mg/L ont été relevés.", [(850, "mg/L")]),
        ("بلغت 850 ملليغرام في اللتر، ما اضطر المكتب إلى التوقف.", [(850, "mg/L")]),
        ("La salinité atteint 28 grammes par litre à l'embouchure.", [(28, "g/L")]),
        ("Salinity reached 28 grams per litre at the mouth.", [(28, "g/L")]),
        ("وبلغت الملوحة 28 غراما في اللتر عند المصب.", [(28, "g/L")]),
        ("ألا يتجاوز الطلب على الأكسجين 120 ملليغراما في اللتر.", [(120, "mg/L")]),
        ("La décortiqueuse, d'une capacité de 60 kg/h, casse la coque.", [(60, "kg/h")]),
        ("The machine can handle 60 kilograms per hour.", [(60, "kg/h")]),
        ("وتصل طاقة الآلة إلى 60 كيلوغراما في الساعة.", [(60, "kg/h")]),
    ],
)
def test_milligrams_per_litre_are_a_unit_of_measure(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """ "850 mg/L", «ملليغرام في اللتر», "28 grammes par litre"; "$20m" is still millions."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("En haute saison, le 19 reçoit jusqu'à 4 200 appels par jour.", [(4200, "appels")]),
        ("يستقبل الرقم 19 بمراكش ما يصل إلى 4200 مكالمة.", [(4200, "مكالمة")]),
        ("المكالمات الواردة على رقم النجدة 19 وترتيبها حسب درجة استعجالها.", []),
        ("Le 1,5 milliard de dirhams débloqué servira au projet.", [(1500000000, "MAD")]),
    ],
)
def test_an_emergency_number_is_a_label_not_a_count(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """ "le 19", «الرقم 19», «رقم النجدة 19»: the police's number; not "le 1,5 milliard"."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le délai expire demain à 16 heures.", []),
        ("L'usine emploie 200 à 300 ouvriers.", [(200, "ouvriers"), (300, "ouvriers")]),
        ("يشغل المصنع 200 إلى 300 عامل.", [(200, "employee"), (300, "employee")]),
        ("سجلت 38 صوتا مقابل 11 و4 امتناعات.", [(38, "صوتا"), (11, "صوتا"), (4, "امتناعات")]),
    ],
)
def test_a_time_after_a_day_and_ranges_in_a_and_ila(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """ "expire demain à 16 heures": a time of day; "200 à 300", «200 إلى 300»: a range."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le registre recense 1,3 million de ménages, dont 412 000 perçoivent l'aide directe.",
        "Sur les quelque 570 khettaras de la zone, à peine 240 coulent encore.",
    ],
)
def test_a_french_verb_in_ent_after_a_number_is_no_noun_it_counts(text: str) -> None:
    """ "412 000 perçoivent l'aide": the households are unsaid; a noun counts in the plural."""
    assert all(not q.unit.endswith("ent") for q in find_quantities(text))


def test_hours_ahead_after_jusqu_a_are_a_span_not_a_time() -> None:
    """ "jusqu'à 12 heures d'avance": how long ahead, not noon."""
    (hours,) = find_quantities("Le modèle a détecté les glissements jusqu'à 12 heures d'avance.")
    assert (hours.value, hours.unit) == (12, "heures")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les bureaux sont ouverts jusqu'à 22 heures d'avril à juin.", []),
        ("Dans la zone, dont 120 travaillent toujours, le réseau s'étend.", []),
        ("The hospital digitised 2.3 million patient records.", [(2300000, "patient records")]),
    ],
)
def test_a_time_before_d_and_a_noun_in_ent_before_a_plural_stay_as_they_were(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """ "jusqu'à 22 heures d'avril": a time, then when; "travaillent toujours": a verb and
    its adverb; "patient records": a noun that qualifies a plural."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le plan mobilise les 38 chasse-neige mobilisés l'hiver.", (38, "chasse-neige")),
        ("Chaque nuit, 12 chasse-neige sortaient du dépôt d'Ifrane.", (12, "chasse-neige")),
        ("Au total, 9 porte-conteneurs accosteront au nouveau quai.", (9, "porte-conteneurs")),
        (
            "L'USMBA a fourni un corpus de 35.000 procès-verbaux anonymisés.",
            (35_000, "procès-verbaux"),
        ),
        ("It has 3,200 tele-expertise requests.", (3_200, "tele-expertise requests")),
        ("The city opened 20 pop-up cafés.", (20, "pop-up cafés")),
    ],
)
def test_a_french_participle_after_a_hyphenated_noun_is_no_head(
    text: str, expected: tuple[int, str]
) -> None:
    """ "les 38 chasse-neige mobilisés": the snowploughs, which are mobilised; in English
    an accented word is a noun of its own ("20 pop-up cafés")."""
    assert [(m.value, m.unit) for m in find_quantities(text)] == [expected]


def test_a_species_named_before_its_noun_is_counted_whole() -> None:
    """ "1,240 dorcas gazelles": "dorcas", which ends in "s", is no plural counted alone."""
    text = "A trial run counted 1,240 dorcas gazelles in the park."
    assert [(m.value, m.unit) for m in find_quantities(text)] == [(1240, "dorcas gazelles")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The port trained 240 customs officers.", "customs officers"),
        ("The tutor helps 520 physics teachers.", "physics teachers"),
        ("The firm hired 35 sales representatives.", "sales representatives"),
        (
            "Sur les 9 800 chercheurs d'emploi inscrits, 4 000 ont trouvé un poste.",
            "demandeurs d'emploi",
        ),
        ("Les camions passent à 8 km par heure.", "km/h"),
        ("تعبر الشاحنات البوابة بسرعة 8 كيلومترات في الساعة.", "km/h"),
    ],
)
def test_a_noun_in_s_job_seekers_and_speeds(text: str, unit: str) -> None:
    """ "customs officers": "customs" is no plural; «chercheurs d'emploi» are job seekers,
    not researchers; «كيلومترات في الساعة», "km par heure": a speed."""
    assert find_quantities(text)[0].unit == unit


def test_the_number_of_a_hyphenated_noun_counts_the_whole_word() -> None:
    """ "The number of drop-offs rose to 340": drop-offs, not "drop"."""
    (found,) = find_quantities("The number of drop-offs rose to 340 last month.")
    assert (found.value, found.unit) == (340, "drop-offs")


def test_km_at_the_present_hour_is_no_speed() -> None:
    """ "85 km à l'heure actuelle": kilometres, at the present time."""
    found = find_quantities("Sur les 120 km prévus, 85 km à l'heure actuelle sont achevés.")
    assert [(m.value, m.unit) for m in found] == [(120, "km"), (85, "km")]


def test_a_french_count_is_not_read_as_english_adjectives() -> None:
    """ "350 apprentis ayant achevé leur parcours": the apprentices, not their "parcours"."""
    found = find_quantities("Sur les 350 apprentis ayant achevé leur parcours, 78% travaillent.")
    assert [(m.value, m.unit) for m in found] == [(350, "apprentis"), (78, "percent")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The network will then number 180 wells across the province.", [(180, "wells")]),
        ("Bus number 12 stops here.", []),
        ("Students will need to switch to number 2 pencils.", []),
        ("Will number 5 buses still run to Agadir?", []),
    ],
)
def test_number_as_a_verb_counts_and_as_a_label_does_not(
    text: str, found: list[tuple[int, str]]
) -> None:
    """ "will then number 180 wells": a count; "Bus number 12": a label."""
    assert [(m.value, m.unit) for m in find_quantities(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "The temperature fell to 9 degrees below zero in Ifrane.",
        "La température est tombée à 9 degrés sous zéro à Ifrane.",
        "وانخفضت درجة الحرارة إلى 9 درجات تحت الصفر بإفران.",
    ],
)
def test_degrees_below_zero_are_a_value_below_zero(text: str) -> None:
    """ "9 degrees below zero", «9 درجات تحت الصفر»: −9 °C."""
    (found,) = find_quantities(text)
    assert (found.value, found.unit) == (-9, "°C")


def test_a_fall_by_degrees_below_zero_keeps_its_size() -> None:
    """ "will drop by a further 4 degrees below zero": how much it drops, not −4 °C."""
    found = find_quantities("Temperatures will drop by a further 4 degrees below zero tonight.")
    assert [(m.value, m.unit) for m in found] == [(4, "°C")]


def test_a_negation_after_a_number_counts_nothing() -> None:
    """ "الفنادق الـ38 لم تسجل": the 38 hotels did not record; «لم» is no noun."""
    text = "غير أن الفنادق الـ38 لم تسجل سوى 27 شكاية مرتبطة بالحرارة."
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(27, "شكاية")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "312 anomalies ont été relevées, dont 27 jugées critiques et réparées.",
            [(312, "anomalies"), (27, "anomalies")],
        ),
        (
            "ويضم التطبيق حاليا 1850 محلا، من أصل نحو 4000 تضمها الأسواق.",
            [(1850, "محلا"), (4000, "محلا")],
        ),
    ],
)
def test_a_subset_judged_or_a_whole_that_a_verb_follows_counts_the_noun_before(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """ "dont 27 jugées critiques": anomalies; «من أصل نحو 4000 تضمها»: shops, the verb
    after the number counts nothing."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_a_scaled_first_number_at_another_scale_starts_no_range() -> None:
    """ "une aide de 2 milliards à 1,5 million de ménages": money for households, not
    2 billion households."""
    text = "L'État a versé une aide de 2 milliards à 1,5 million de ménages."
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(1_500_000, "ménages")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فقد خسر 140 خلية من أصل 220 كان يملكها.", [(140, "خلية"), (220, "خلية")]),
        ("Near Ait Baha, he lost 140 of his 220 hives.", [(140, "hives"), (220, "hives")]),
        (
            "ستتوزع الشبكة بين 70 مصيدة بإقليم ورزازات و50 بإقليم الرشيدية.",
            [(70, "مصيدة"), (50, "مصيدة")],
        ),
    ],
)
def test_a_whole_before_was_a_part_of_his_and_a_part_listed_by_its_province(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """«220 كان يملكها»: "was" counts nothing, the whole counts hives; "140 of his 220
    hives" as "of the"; «و50 بإقليم الرشيدية»: traps, listed by the province they are in."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفي سنة 1732 عثر الباحثون على عقد بيع.", []),
        ("وخلال عام 1912 سجلت 400 حالة.", [(400, "حالة")]),
        ("En l'année 1850 vivaient là 300 familles.", [(300, "familles")]),
        ("In the year 1492 three ships sailed with 90 sailors.", [(90, "sailors")]),
        ("وتم في ظرف سنة 1200 منصب شغل بالمنطقة الصناعية.", [(1200, "job")]),
        ("Cette année 1800 tonnes de dattes ont été exportées.", [(1800, "tonne")]),
        ("This year 2000 hectares of olive trees will be planted.", [(2000, "hectare")]),
    ],
)
def test_four_figures_the_word_for_a_year_names_are_a_date_however_old(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """«سنة 1732 عثر»: the year of a find, not 1732 finds; only years of news (1900 to
    2100) were read as dates without it. A unit after it counts: "سنة 1200 منصب شغل"."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The app was downloaded 41,000 times over the summer.", [(41000, "times")]),
        ("Asekkil a déjà été téléchargé 640 000 fois.", [(640000, "fois")]),
        ("نزل إلى جوف الجبل أكثر من 10 آلاف مرة.", [(10000, "مرة")]),
        ("He checks the sensors 3 times a day.", [(3, "times")]),
        ("The new line is 3 times faster and 4 times the size of the old one.", []),
        ("Le nouveau four est 2 fois plus économe.", []),
        ("She no longer gives out the password a hundred times a day.", []),
        ("The stock now trades at 15 times earnings.", []),
        ("La production a été multipliée 3 fois en dix ans.", []),
        ("تضاعفت صادرات الأفوكادو 3 مرات خلال عقد.", []),
        ("وهي أغلى 3 مرات من سابقتها.", []),
    ],
)
def test_how_many_times_something_happened_is_counted(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """ "downloaded 41,000 times", «10 آلاف مرة»: a count of times, in figures; "3 times
    faster", "4 times the size" are multiples, and "a hundred times" is written in words."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rains failed and yields fell to 3.5 quintals per hectare.",
            [(3.5, "quintals")],
        ),
        ("Le rendement est tombé à 3,5 quintaux par hectare.", [(3.5, "quintaux")]),
        ("وهوى المردود إلى 3,5 قناطير في الهكتار.", [(3.5, "قناطير")]),
    ],
)
def test_a_yield_per_hectare_counts_its_decimal(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """ "3.5 quintals per hectare": a decimal counts what a rate of a unit follows."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An avalanche released at 3,200 m on the trail killed two hikers.", [(3200, "m")]),
        ("Une avalanche déclenchée à 3 200 m d'altitude.", [(3200, "m")]),
        ("A hall of 300 m2 and a yard of 40 sq m.", [(300, "m2"), (40, "m2")]),
    ],
)
def test_metres_written_m(text: str, expected: list[tuple[float, str]]) -> None:
    """ "3,200 m on the trail": a length before a word no number counts, as "m2" and
    "sq m" are areas."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_an_age_after_the_age_of_counts_years() -> None:
    """ "at the age of 14": an age with no word for years, as "aged 14" is."""
    found = find_quantities("He painted his first wall at the age of 14, long before the festival.")
    assert [(q.value, q.unit) for q in found] == [(14, "year")]


def test_former_in_french_is_no_part_of_the_count() -> None:
    """ "2 300 anciens mineurs": former miners, counted by their noun."""
    found = find_quantities("Le programme vise 2 300 anciens mineurs de la ville.")
    assert [(q.value, q.unit) for q in found] == [(2300, "mineurs")]


@pytest.mark.parametrize(
    "text",
    [
        "تساهم الشركة بما يعادل 145 مليون شلن كيني في شكل برمجيات.",
        "The company is contributing 145 million Kenyan shillings in software.",
        "L'entreprise apporte l'équivalent de 145 millions de shillings kényans.",
    ],
)
def test_kenyan_shillings(text: str) -> None:
    """Kenyan shillings are KES in every language."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(145_000_000, "KES")]


@pytest.mark.parametrize(
    "text",
    [
        "The fund has 40m euros to invest in Moroccan start-ups.",
        "Le budget de 5 M de dirhams a été débloqué par la région.",
        "La commune a débloqué 12 M DH pour la voirie.",
        "The flight from Casablanca to Dakar takes 2h 45m.",
        "Le défenseur, qui mesure 1m85, a signé au Wydad.",
    ],
)
def test_m_for_millions_or_minutes_is_no_metre(text: str) -> None:
    """ "40m euros", "12 M DH", "2h 45m": no length."""
    assert "m" not in [q.unit for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La cérémonie a réuni 300 anciens de l'ISCAE à Casablanca.", [(300, "anciens")]),
        (
            "Le plan vise 222 carrefours équipés, dont 180 nouveaux, et une baisse des temps.",
            [(222, "carrefours"), (180, "carrefours")],
        ),
        ("Morocco enters the age of 5G, the ANRT said on Monday.", []),
    ],
)
def test_alumni_and_the_age_of_5g(text: str, expected: list[tuple[float, str]]) -> None:
    """ "300 anciens de l'ISCAE" counts alumni, "dont 180 nouveaux," the noun before;
    "the age of 5G" is no one's age."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "حين ضرب المنطقة زلزال بلغت قوته 6,1 درجات على سلم ريشتر.",
        "The magnitude 6.1 earthquake destroyed or damaged 97 schools.",
        "Le séisme, d'une magnitude de 6,1, avait détruit des écoles.",
    ],
)
def test_an_earthquake_s_magnitude(text: str) -> None:
    """ "magnitude 6.1", «6,1 درجات على سلم ريشتر»: a magnitude, no temperature."""
    assert (6.1, "magnitude") in [(q.value, q.unit) for q in find_quantities(text)]


def test_a_magnitude_of_an_amount_is_money() -> None:
    """ "a magnitude of 300 million dirhams": the amount's currency."""
    found = find_quantities("The problem is of a magnitude of 300 million dirhams.")
    assert [(q.value, q.unit) for q in found] == [(300_000_000, "MAD")]


@pytest.mark.parametrize(
    "text",
    [
        "وتساهم الشركة بما قيمته 1,4 مليار فرنك رواندي في شكل معدات.",
        "Imbuto Learning contributes 1.4 billion Rwandan francs in equipment.",
        "La société contribue à hauteur de 1,4 milliard de francs rwandais.",
    ],
)
def test_rwandan_francs(text: str) -> None:
    """Rwandan francs are RWF in every language."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(1_400_000_000, "RWF")]


@pytest.mark.parametrize(
    "text",
    [
        "وتقدم الشركة المجرية معدات بقيمة 520 مليون فورنت للمشروع.",
        "The Hungarian partner provides equipment worth 520 million forints.",
        "Le partenaire hongrois fournit du matériel d'une valeur de 520 millions de forints.",
    ],
)
def test_hungarian_forints(text: str) -> None:
    """Forints are HUF in every language."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(520_000_000, "HUF")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ويهم المشروع نحو 1900 فلاح في السهل.", [(1900, "فلاح")]),
        ("وتوفر الوحدة 2000 فرصة شغل للشباب.", [(2000, "job")]),
        ("وفي سنة 2030 فالمشروع سيكتمل بحسب الوزارة.", []),
    ],
)
def test_a_noun_opening_with_fa_after_a_round_number(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """ "1900 فلاح": a noun whose first letter is «ف», counted; «فالمشروع» opens a clause."""
    found = find_quantities(text)
    assert [(q.value, normalize(q.unit)) for q in found] == [
        (value, normalize(unit)) for value, unit in expected
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("وتساهم الوكالة التشيكية بـ18 مليون كورونا تشيكية.", "CZK"),
        ("The Czech agency adds 18 million Czech korunas.", "CZK"),
        ("L'agence tchèque apporte 18 millions de couronnes tchèques.", "CZK"),
        ("وتساهم الوكالة الدنماركية بـ18 مليون كرونة دنماركية.", "DKK"),
        ("The Danish agency adds 18 million Danish kroner.", "DKK"),
        ("L'agence danoise apporte 18 millions de couronnes danoises.", "DKK"),
    ],
)
def test_czech_and_danish_crowns(text: str, unit: str) -> None:
    """Czech korunas are CZK, Danish kroner DKK, in every language."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(18_000_000, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "تراجع صبيب النبع من 12 إلى 7,5 لترات في الثانية.",
        "The spring's flow fell from 12 to 7.5 litres per second.",
        "Le débit de la source est passé de 12 à 7,5 litres par seconde.",
    ],
)
def test_a_flow_per_second_counts_its_noun(text: str) -> None:
    """ "7.5 litres per second": a decimal counts a rate over a second, as over an hour."""
    assert [q.value for q in find_quantities(text)] == [12, 7.5]


def test_a_name_shaped_like_two_hundred_is_no_number() -> None:
    """ "ميتي كيرغارد" is someone's name, though «مئتي» folds to its letters."""
    assert find_quantities("وتقول ميتي كيرغارد إن المنصة جاهزة.") == []


def test_schoolchildren_are_students() -> None:
    """ "37 schoolchildren": pupils, counted as students."""
    found = find_quantities("Smoke sent 37 schoolchildren to hospital.")
    assert [(q.value, q.unit) for q in found] == [(37, "student")]


@pytest.mark.parametrize(
    "text",
    [
        "The model divides the plain into 500 m grid cells.",
        "A 500 m stretch of the dyke gave way in March.",
    ],
)
def test_m_before_a_noun_in_the_singular_is_a_metre(text: str) -> None:
    """ "500 m grid cells": a length; "5 m visitors" would count millions."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(500, "m")]


def test_m_before_a_plural_is_no_metre() -> None:
    """ "5 m visitors": millions, as business news writes them, no length."""
    assert "m" not in [q.unit for q in find_quantities("Some 5 m visitors came last year.")]


@pytest.mark.parametrize(
    "text",
    [
        "وتستثمر الشركة الأردنية 3,4 مليون دينار أردني في المعدات.",
        "The Jordanian firm is investing 3.4 million Jordanian dinars in equipment.",
        "L'entreprise jordanienne investit 3,4 millions de dinars jordaniens.",
    ],
)
def test_jordanian_dinars(text: str) -> None:
    """Jordanian dinars are JOD in every language."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(3_400_000, "JOD")]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("La province a prépositionné 9 chasse-neige sur les axes du col.", "chasse-neige"),
        ("The town bought 40 four-wheel-drives for the mountain roads.", "four-wheel-drives"),
    ],
)
def test_a_noun_written_with_hyphens_is_counted_whole(text: str, noun: str) -> None:
    """ "9 chasse-neige sur …": the snowploughs, not "chasse"."""
    assert [q.unit for q in find_quantities(text)] == [noun]


@pytest.mark.parametrize(
    "text",
    [
        "In 1975, the valley had 124 active khettaras, compared with only 57 today.",
        "En 1975, la vallée comptait 124 khettaras actives, contre seulement 57 aujourd'hui.",
    ],
)
def test_a_number_compared_with_only_counts_the_same(text: str) -> None:
    """ "compared with only 57": khettaras too."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == [
        (124, "khettaras"),
        (57, "khettaras"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وصل عدد التلاميذ إلى 2000 فلم تعد الأقسام تكفي.",
        "وبلغ عدد الزوار 1900 فأكد المنظمون نجاح الدورة.",
        "وارتفع العدد إلى 2000 فإن الوزارة مطالبة بالتدخل.",
        "وسجلت الجمعية 2100 فكلها تبحث عن عمل.",
    ],
)
def test_fa_joined_to_a_particle_or_a_verb_counts_nothing(text: str) -> None:
    """ "2000 فلم تعد", «فأكد», «فإن», «فكلها»: the next clause, no noun counted."""
    assert [q.unit for q in find_quantities(text) if q.value in (1900, 2000, 2100)] == []


@pytest.mark.parametrize(
    "text",
    [
        "وتساهم الشركة البولندية بمبلغ 48 مليون زلوتي في المشروع.",
        "The Polish partner contributes 48 million zloty to the project.",
        "Le partenaire polonais apporte 48 millions de zlotys au projet.",
    ],
)
def test_polish_zloty(text: str) -> None:
    """Zloty are PLN in every language."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(48_000_000, "PLN")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The two stations provide 310,000 treatment sessions a year.", "treatment sessions"),
        ("The Tangier area is home to 410 garment factories.", "garment factories"),
        ("Ils sont 1 200 actuellement inscrits.", None),
    ],
)
def test_a_noun_in_ment_qualifies_the_noun_after_it(text: str, unit: str | None) -> None:
    """ "310,000 treatment sessions": an English noun in "-ment", no French adverb."""
    assert [q.unit for q in find_quantities(text)][:1] == ([unit] if unit else [])


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("At the souk she sold 120 hand-woven capes at MAD 350 apiece.", "capes"),
        ("The province runs 12 state-run hospitals.", "hospitals"),
        ("Already, 320 former miners have completed the training.", "miners"),
    ],
)
def test_an_adjective_before_the_noun_is_no_part_of_the_count(text: str, unit: str) -> None:
    """ "hand-woven" ends in an irregular participle, "former" is an adjective."""
    assert find_quantities(text)[0].unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "وتقدم الشركة الفيتنامية ما يعادل 320 مليار دونغ في شكل معدات.",
        "The company provides the equivalent of 320 billion Vietnamese dong in equipment.",
        "La société apporte l'équivalent de 320 milliards de dongs en équipements.",
    ],
)
def test_vietnamese_dong(text: str) -> None:
    """Dong are VND in every language."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(320_000_000_000, "VND")]


@pytest.mark.parametrize(
    "text",
    [
        "Le budget est fixé à 46 millions de dirhams, soit environ 4,3 millions d'euros. "
        "Le ministère en apportera 18 millions.",
        "The budget is 46 million dirhams, or about 4.3 million euros. The ministry will "
        "contribute 18 million.",
        "وتبلغ الميزانية 46 مليون درهم، أي ما يعادل 4,3 ملايين يورو. وتساهم الوزارة بـ18 مليونا.",
    ],
)
def test_a_share_after_a_conversion_is_in_the_first_currency(text: str) -> None:
    """ "soit environ 4,3 millions d'euros": a conversion; the share is in dirhams."""
    assert [(q.value, q.unit) for q in find_quantities(text)][-1] == (18_000_000, "MAD")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Expérimenté dans 9 maisons d'accouchement, Rafiqa a suivi 1.870 grossesses. "
            "Il en a signalé 246.",
            "grossesses",
        ),
        (
            "Fatourati a contrôlé 148.600 factures concernant 61.200 patients. L'outil en a "
            "signalé 9.470.",
            "factures",
        ),
        (
            "Il a été entraîné sur 1.480 motifs, puis a généré 6.200 propositions. Les "
            "tisseuses en ont retenu 410.",
            "propositions",
        ),
        (
            "22.000 manuscrits ont été recensés dans 140 khizanas. Depuis avril, une équipe en "
            "a numérisé 7.400.",
            "manuscrits",
        ),
    ],
)
def test_en_stands_for_the_count_the_verb_before_took(text: str, unit: str) -> None:
    """ "Il en a signalé 246": the pregnancies, not the houses they were followed in."""
    assert find_quantities(text)[-1].unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("ستوفر الشركة معدات تقدر قيمتها بـ21 مليون بات تايلاندي.", "THB"),
        ("SAT will supply equipment worth 21 million Thai baht.", "THB"),
        ("SAT fournira des équipements évalués à 21 millions de bahts.", "THB"),
        ("ويقدم الشريك ما يعادل 21 مليون كرونة آيسلندية.", "ISK"),
        ("The partner puts in the equivalent of 21 million Icelandic krona.", "ISK"),
        ("Le partenaire investit 21 millions de couronnes islandaises.", "ISK"),
    ],
)
def test_thai_baht_and_icelandic_krona(text: str, unit: str) -> None:
    """Baht are THB, Icelandic krona ISK, in every language."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(21_000_000, unit)]


def test_a_year_after_an_event_is_no_count() -> None:
    """ "وخلف زلزال 2023 أضرارا": the earthquake of 2023, not 2023 damages."""
    assert find_quantities("وخلف زلزال 2023 أضرارا كبيرة.") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("ويساهم الشريك بـ9,5 ملايين ليف بلغاري.", "BGN"),
        ("The partner puts in 9.5 million Bulgarian lev.", "BGN"),
        ("Le partenaire apporte 9,5 millions de leva.", "BGN"),
        ("The partner puts in 9.5 million Czech koruna.", "CZK"),
    ],
)
def test_bulgarian_lev_and_czech_koruna(text: str, unit: str) -> None:
    """Lev are BGN in every language; "Czech koruna" is CZK, as "korunas" is."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(9_500_000, unit)]


def test_millimetres_spelt_without_ya() -> None:
    """ "62 ملمترا" is 62 mm, as "62 مليمترا" is."""
    assert [(q.value, q.unit) for q in find_quantities("سجلت المحطة 62 ملمترا.")] == [(62, "mm")]


@pytest.mark.parametrize(
    "text",
    ["أطلق النظام إنذارا قبل 3 ساعات من وصول المياه.", "وصل الإسعاف بعد 3 ساعات."],
)
def test_arabic_hours_after_before_or_after_are_a_length(text: str) -> None:
    """«قبل 3 ساعات»: three hours before; Arabic writes a time of day after «الساعة»."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(3, "ساعات")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتساهم الشركة بما يعادل 38 مليون بيزو مكسيكي.", (38_000_000, "MXN")),
        ("It contributes 38 million Mexican pesos.", (38_000_000, "MXN")),
        ("Elle apporte 38 millions de pesos mexicains.", (38_000_000, "MXN")),
        ("وتساهم الشركة بـ9 مليارات روبية إندونيسية.", (9_000_000_000, "IDR")),
        ("NCS is contributing 9 billion Indonesian rupiah.", (9_000_000_000, "IDR")),
        ("NCS apporte 9 milliards de roupies indonésiennes.", (9_000_000_000, "IDR")),
    ],
)
def test_mexican_pesos_and_indonesian_rupiah(text: str, expected: tuple[int, str]) -> None:
    """Pesos after "Mexican" are MXN; rupiah are IDR, not Indian rupees."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == [expected]


def test_en_stands_for_no_length_of_time() -> None:
    """ "traite un jugement en 12 secondes et peut en absorber jusqu'à 15.000": not seconds."""
    text = "Qinaa traite un jugement en 12 secondes et peut en absorber jusqu'à 15.000 par jour."
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(12, "secondes")]


@pytest.mark.parametrize(
    "text",
    [
        "ويقدم المختبر ما قيمته 1,2 مليون سول بيروفي.",
        "LAAT is providing the equivalent of 1.2 million Peruvian soles.",
        "LAAT contribue à hauteur de 1,2 million de soles péruviens.",
    ],
)
def test_peruvian_soles(text: str) -> None:
    """Soles are PEN in every language."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(1_200_000, "PEN")]


def test_a_provincial_road_is_no_rupiah() -> None:
    """ "on RP 2011 near Azrou": a road's number, no money."""
    assert [q.unit for q in find_quantities("The accident occurred on RP 2011 near Azrou.")] != [
        "IDR"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La commune a recruté cette saison 46 maîtres-nageurs.", [(46, "maîtres-nageurs")]),
        ("La saison 3 de la série compte 12 épisodes.", [(12, "épisodes")]),
    ],
)
def test_a_reference_word_after_a_demonstrative_labels_no_number(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """ "cette saison 46 maîtres-nageurs": this season's count; "la saison 3": a label."""
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "This type 2 diabetes drug is new.",
        "Cet article 12 stipule que la loi change.",
        "Ce chapitre 3 traite des ports.",
    ],
)
def test_a_label_after_a_demonstrative_is_still_a_label(text: str) -> None:
    """ "this type 2", "cet article 12": a label, whatever word points to it."""
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "text",
    ["نسخ المخطوط في 1348 ميلادية، الموافق لـ749 هجرية.", "بني المسجد سنة 980 هـ."],
)
def test_a_year_of_a_calendar_counts_nothing(text: str) -> None:
    """ "1348 ميلادية", "749 هجرية": years, however old, no counts."""
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("استفادت 450 متدربة من التكوين.", "trainee"),
        ("وتضم الفرقة 12 باحثة.", "researcher"),
        ("وتخرجت 30 مهندسة هذه السنة.", "engineer"),
        ("انخفضت النسبة إلى 9 مليغرامات في اللتر.", "mg/L"),
        ("وبلغت النسبة 38 مليغراما في اللتر.", "mg/L"),
    ],
)
def test_arabic_units_in_their_other_forms(text: str, unit: str) -> None:
    """Women counted by their trade take its unit; «مليغرامات في اللتر» are mg/L."""
    [quantity] = find_quantities(text)
    assert quantity.unit == unit


def test_pilot_and_modern_describe_what_is_counted() -> None:
    found = find_quantities("The region has 45 pilot mills and 86 modern units.")
    assert [(q.value, q.noun) for q in found] == [(45, "mills"), (86, "units")]
