"""Dates as Moroccan news writes them: maroc_ai.text.find_dates and parse_date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from maroc_ai import PartialDate, Precision, Weekday
from maroc_ai.text import ArabicParserInfo, find_dates, parse_date

FAST = settings(max_examples=200, deadline=None)

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 شتنبر 2025", "2025-09-12"),
        ("١٢ شتنبر ٢٠٢٥", "2025-09-12"),
        ("۱۲ سبتمبر ۲۰۲۵", "2025-09-12"),
        ("فاتح يوليوز 2025", "2025-07-01"),
        ("12 أيلول 2025", "2025-09-12"),
        ("3 كانون الثاني 2024", "2024-01-03"),
        ("3 تشرين الأول 2024", "2024-10-03"),
        ("15 جانفي 2023", "2023-01-15"),
        ("2 جويلية 2023", "2023-07-02"),
        ("10 أوت 2023", "2023-08-10"),
        ("5 أفريل 2022", "2022-04-05"),
        ("12 septembre 2025", "2025-09-12"),
        ("September 12, 2025", "2025-09-12"),
        ("12/09/2025", "2025-09-12"),
        ("2025-09-12", "2025-09-12"),
        ("ماي 2024", "2024-05"),
        ("شهر غشت 2024", "2024-08"),
        ("في أفق سنة 2029", "2029"),
        ("بحلول عام 2030", "2030"),
        ("أفق 2030", "2030"),
        ("سنة 2024", "2024"),
        ("الاثنين", "-W-1"),
        ("يوم الخميس", "-W-4"),
        ("اليوم الجمعة 12 شتنبر 2025", "2025-09-12"),
    ],
)
def test_phrasings(text: str, expected: str) -> None:
    value = parse_date(text)
    assert value is not None, text
    assert value.isoformat() == expected


def test_precision_is_kept() -> None:
    assert parse_date("يوليوز 2025") == PartialDate(year=2025, month=7)
    assert parse_date("سنة 2029") == PartialDate(year=2029)
    assert parse_date("أمس الاثنين") == PartialDate(weekday=Weekday.MONDAY)


def test_not_dates() -> None:
    for text in ("31 فبراير 2024", "يوليوز", "500 منصب شغل", "المغرب الرقمي 2030", "", "4.0"):
        assert parse_date(text) is None, text


def test_range_with_faatih() -> None:
    text = "خلال المناظرة المنعقدة في فاتح وثاني يوليوز الماضي"
    assert find_dates(text) == []  # no year and no reference date: nothing is invented
    (mention,) = find_dates(text, reference_date=dt.date(2025, 9, 12))
    assert mention.quote == "فاتح وثاني يوليوز الماضي"
    assert mention.value.isoformat() == "2025-07-01"
    assert mention.until is not None
    assert mention.until.isoformat() == "2025-07-02"


def test_range_with_digits() -> None:
    (mention,) = find_dates("من 3 إلى 5 ماي 2024")
    assert (mention.value.isoformat(), str(mention.until)) == ("2024-05-03", "2024-05-05")


def test_relative_words_against_a_reference() -> None:
    monday = dt.date(2025, 9, 15)
    (yesterday,) = find_dates("أمس الاثنين بالرباط", reference_date=monday + dt.timedelta(days=1))
    assert yesterday.value == PartialDate.from_date(monday)
    assert yesterday.quote == "أمس الاثنين"
    (today,) = find_dates("اليوم الاثنين", reference_date=monday)
    assert today.value == PartialDate.from_date(monday)
    (last,) = find_dates("الاثنين الماضي", reference_date=monday)
    assert last.value == PartialDate.from_date(monday - dt.timedelta(days=7))
    (nxt,) = find_dates("الاثنين المقبل", reference_date=monday)
    assert nxt.value == PartialDate.from_date(monday + dt.timedelta(days=7))
    (month,) = find_dates("في يوليو الماضي", reference_date=dt.date(2025, 3, 1))
    assert month.value == PartialDate(year=2024, month=7)


def test_relative_word_that_disagrees_with_the_reference_stays_a_weekday() -> None:
    (mention,) = find_dates("أمس الاثنين", reference_date=dt.date(2025, 9, 20))
    assert mention.value == PartialDate(weekday=Weekday.MONDAY)


def test_without_reference_a_weekday_stays_a_weekday() -> None:
    (mention,) = find_dates("أعلنت الوزارة، اليوم الاثنين، عن إطلاق")
    assert mention.value.precision is Precision.WEEKDAY
    assert mention.quote == "اليوم الاثنين"


def test_the_texts_own_today_is_the_reference() -> None:
    text = (
        "وقعت اليوم الجمعة 12 شتنبر 2025 مذكرة، بعد المناظرة المنعقدة في فاتح وثاني يوليوز الماضي"
    )
    values = [m.value.isoformat() for m in find_dates(text)]
    assert values == ["2025-09-12", "2025-07-01"]


def test_bare_years_are_not_dates() -> None:
    assert find_dates("استراتيجية المغرب الرقمي 2030 والقانون رقم 51.17") == []


# Properties


MONTH_NAMES = [
    [name for name in names if not name.isascii() or name[0].isupper()]
    for names in ArabicParserInfo.MONTHS
]
WEEKDAY_NAMES = [list(names) for names in ArabicParserInfo.WEEKDAYS]


@st.composite
def rendered_dates(draw: st.DrawFn) -> tuple[str, PartialDate]:
    precision = draw(st.sampled_from(list(Precision)))
    if precision is Precision.WEEKDAY:
        weekday = draw(st.sampled_from(list(Weekday)))
        name = draw(st.sampled_from(WEEKDAY_NAMES[weekday - 1]))
        return draw(st.sampled_from(["{}", "يوم {}"])).format(name), PartialDate(weekday=weekday)
    year = draw(st.integers(1900, 2100))
    digits = draw(st.booleans())
    shown = str(year).translate(ARABIC_INDIC) if digits else str(year)
    if precision is Precision.YEAR:
        lead = draw(st.sampled_from(["سنة", "عام", "في أفق سنة", "بحلول عام", "أفق"]))
        return f"{lead} {shown}", PartialDate(year=year)
    month = draw(st.integers(1, 12))
    name = draw(st.sampled_from(MONTH_NAMES[month - 1]))
    if precision is Precision.MONTH:
        return f"{name} {shown}", PartialDate(year=year, month=month)
    date = draw(st.dates(dt.date(year, month, 1), dt.date(year, month, 28)))
    day = "فاتح" if date.day == 1 and draw(st.booleans()) else str(date.day)
    return f"{day} {name} {shown}", PartialDate.from_date(date)


@FAST
@given(rendered=rendered_dates())
def test_a_rendered_date_parses_back(rendered: tuple[str, PartialDate]) -> None:
    text, value = rendered
    assert parse_date(text) == value


@FAST
@given(before=st.text(max_size=40), rendered=rendered_dates(), after=st.text(max_size=40))
def test_a_date_in_text_is_found_with_its_span(
    before: str, rendered: tuple[str, PartialDate], after: str
) -> None:
    text = f"{before} {rendered[0]} {after}"
    for mention in find_dates(text):
        assert text[mention.start : mention.end] == mention.quote
    assert find_dates(f"قال {rendered[0]}، ثم")[0].value == rendered[1]


@FAST
@given(text=st.text(), reference=st.none() | st.dates())
def test_never_raises_and_spans_slice_the_input(text: str, reference: dt.date | None) -> None:
    for mention in find_dates(text, reference_date=reference):
        assert text[mention.start : mention.end] == mention.quote
        assert mention.span == (mention.start, mention.end)
    parse_date(text, reference_date=reference)


DATE_PIECES = [*"0123456789٠١٢ ،,-/", "شتنبر", "فاتح", "و", "اليوم", "أمس", "الاثنين", "سنة"]
DATE_PIECES += ["أفق", "الماضي", "كانون", "الثاني", "12", "2025"]


@FAST
@given(
    pieces=st.lists(st.sampled_from(DATE_PIECES), max_size=30),
    reference=st.none() | st.dates(),
)
def test_date_words_in_any_order_never_raise(pieces: list[str], reference: dt.date | None) -> None:
    text = "".join(pieces)
    for mention in find_dates(text, reference_date=reference):
        assert text[mention.start : mention.end] == mention.quote
    spaced = " ".join(pieces)
    for mention in find_dates(spaced, reference_date=reference):
        assert spaced[mention.start : mention.end] == mention.quote


def test_day_of_month_and_the_current_month() -> None:
    (given,) = find_dates("في 3 من ماي 2024")
    assert given.value.isoformat() == "2024-05-03"
    text = "يوم 12 من شهر شتنبر الجاري"
    assert find_dates(text) == []
    (current,) = find_dates(text, reference_date=dt.date(2025, 9, 20))
    assert (current.quote, current.value.isoformat()) == ("12 من شهر شتنبر الجاري", "2025-09-12")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le 1er octobre 2025", "2025-10-01"),
        ("September 12th, 2025", "2025-09-12"),
        ("Sept. 12, 2025", "2025-09-12"),
        ("12.09.2025", "2025-09-12"),
        ("d'ici à 2027", "2027"),
        ("d'ici fin 2026", "2026"),
        ("d'ici la fin de 2026", "2026"),
        ("by the end of 2027", "2027"),
        ("à l'horizon 2030", "2030"),
        ("lundi 6 octobre 2025", "2025-10-06"),
        ("juin 2026", "2026-06"),
    ],
)
def test_french_and_english_phrasings(text: str, expected: str) -> None:
    (mention,) = find_dates(text)
    assert mention.value.isoformat() == expected


def test_relative_french_and_english_words_against_a_reference() -> None:
    wednesday = dt.date(2025, 11, 5)
    assert [
        m.value.isoformat() for m in find_dates("a annoncé hier", reference_date=wednesday)
    ] == ["2025-11-04"]
    (last,) = find_dates("last Monday", reference_date=wednesday)
    assert last.value.isoformat() == "2025-11-03"
    (day,) = find_dates("le 15 septembre", reference_date=wednesday)
    assert day.value.isoformat() == "2025-09-15"
    assert find_dates("a annoncé hier") == []  # without a reference, nothing is invented


def test_the_words_of_dates_are_data() -> None:
    from maroc_ai.text._lexicon import WORDS, languages, read_language

    assert languages() == ("ar", "en", "fr")
    for code in languages():
        language = read_language(code)
        assert len(language.months) == 12
        assert len(language.weekdays) == 7
    assert WORDS.months["شتنبر"] == WORDS.months["septembre"] == WORDS.months["september"] == 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أطلقت، أول أمس السبت، أكاديمية", [("أول أمس السبت", "2026-01-31")]),
        ("avant-hier, le ministre", [("avant-hier", "2026-01-31")]),
        ("on the day before yesterday", [("day before yesterday", "2026-01-31")]),
        ("a memorandum signed last October", [("last October", "2025-10")]),
        ("next March", [("next March", "2026-03")]),
        ("the fair opens this coming January", [("this coming January", "2027-01")]),
        ("the fair opens this coming March", [("this coming March", "2026-03")]),
        ("the river rose this January", [("this January", "2026-01")]),
        ("this may help", []),
        ("RABAT, June 3 (Reuters) - Morocco", [("June 3", "2026-06-03")]),
        ("avant la fin de 2026", [("avant la fin de 2026", "2026")]),
        ("before 2030", [("before 2030", "2030")]),
        ("قبل نهاية سنة 2026", [("قبل نهاية سنة 2026", "2026")]),
    ],
)
def test_relative_days_months_and_horizons(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(text, reference_date=dt.date(2026, 2, 2))
    assert [(m.quote, m.value.isoformat()) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقعت الوكالة وشركة عقدية سيستمز، يوم الخميس، اتفاقية شراكة.", "2026-01-29"),
        ("وقعت شركة ميزان وتعاضدية النور، يوم الخميس بالرباط، اتفاقية.", "2026-01-29"),
        ("L'usine qui doit démarrer bientôt a reçu, jeudi, la visite du ministre.", "2026-01-29"),
    ],
)
def test_a_weekday_set_off_by_commas_after_a_signing_is_past(text: str, expected: str) -> None:
    """«… سيستمز، يوم الخميس، اتفاقية»: no word of the future in its clause, a past day."""
    (found,) = find_dates(text, reference_date=dt.date(2026, 2, 2))
    assert found.value.isoformat() == expected


def test_a_month_and_day_without_a_reference_stays_unread() -> None:
    assert find_dates("RABAT, June 3 (Reuters)") == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Morocco had about 570,000 civil servants in 2025, according to figures.", [2025]),
        ("Orbipay, créée en 2021 à Casablanca, a levé des fonds.", [2021]),
        ("The programme has trained 1,100 women since 2022.", [2022]),
        ("وبلغ عدد الطلبة في 2024 حوالي 1000 طالب.", [2024]),
        ("The plant will reach 2000 MW in capacity.", []),
        ("The firm works in 1500 hectares of farmland.", []),
        ("The second stage is slated for 2033.", [2033]),
        ("La mise en service, prévue pour 2032, a été confirmée.", [2032]),
        ("It will build homes for 1800 families.", []),
    ],
)
def test_a_bare_year_after_in_en_fi_is_a_date(text: str, years: list[int]) -> None:
    assert [m.value.year for m in find_dates(text)] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("يمتد المخطط من 2027 إلى 2031 على ثلاث مراحل.", (2027, 2031)),
        ("La feuille de route 2025-2029 a été présentée.", (2025, 2029)),
        ("Le plan court de 2026 à 2030.", (2026, 2030)),
        ("The grants run between 2024 and 2027.", (2024, 2027)),
        ("La capacité passera de 1200 à 1800 MW.", None),
        ("Le nombre passera de 1950 à 2000 entreprises.", None),
    ],
)
def test_two_years_as_a_range(text: str, years: tuple[int, int] | None) -> None:
    found = [(m.value.year, m.until.year if m.until else None) for m in find_dates(text)]
    assert found == ([] if years is None else [years])


def test_a_day_of_the_current_month() -> None:
    text = "وقع الطرفان الاتفاقية في 7 من الشهر الجاري بمراكش."
    assert find_dates(text) == []
    (day,) = find_dates(text, reference_date=dt.date(2026, 3, 18))
    assert (day.quote, day.value.isoformat()) == ("7 من الشهر الجاري", "2026-03-07")


@pytest.mark.parametrize(
    ("text", "quote", "day"),
    [
        ("Les bus seront livrés le 9 du mois prochain.", "9 du mois prochain", "2026-04-09"),
        ("The buses arrive on the 9th of next month.", "9th of next month", "2026-04-09"),
        ("وستسلم الحافلات يوم 9 من الشهر المقبل.", "9 من الشهر المقبل", "2026-04-09"),
        ("Le chantier a démarré le 28 du mois dernier.", "28 du mois dernier", "2026-02-28"),
        ("Work began on the 28th of last month.", "28th of last month", "2026-02-28"),
    ],
)
def test_a_day_of_the_month_after_or_before_the_reference(text: str, quote: str, day: str) -> None:
    assert find_dates(text) == []
    (found,) = find_dates(text, reference_date=dt.date(2026, 3, 18))
    assert (found.quote, found.value.isoformat()) == (quote, day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les ventes ont doublé fin de 2025.", [("2025", None)]),
        ("Subscribers reached 3 million at the end of 2024.", [("2024", None)]),
        ("Elle annonce l'ouverture en 2028 d'une usine.", [("2028", None)]),
        ("The fair runs from May 5 to 7 in Rabat.", [("2026-05-05", "2026-05-07")]),
        ("The fair runs from May 5 to 7, 2027 in Rabat.", [("2027-05-05", "2027-05-07")]),
    ],
)
def test_a_year_after_end_of_and_a_range_after_its_month(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = find_dates(text, reference_date=dt.date(2026, 4, 8))
    assert [(m.value.isoformat(), m.until and m.until.isoformat()) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'enveloppe est prévue sur 2027-2029 pour les régions.", ("2027", "2029")),
        ("The pilot will deliver its modules by the end of September.", ("2026-09", "None")),
        ("Les modules seront livrés d'ici la fin de septembre.", ("2026-09", "None")),
    ],
)
def test_years_before_pour_and_a_month_after_the_end_of(
    text: str, expected: tuple[str, str]
) -> None:
    (found,) = find_dates(text, reference_date=dt.date(2026, 4, 8))
    assert (str(found.value), str(found.until)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The plan, covering 2027 to 2030, is funded by the bank.",
        "Le plan, qui couvre 2027 à 2030, est financé par la banque.",
    ],
)
def test_two_years_joined_by_to_are_a_range(text: str) -> None:
    (found,) = find_dates(text, reference_date=dt.date(2026, 4, 8))
    assert (str(found.value), str(found.until)) == ("2027", "2030")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pilot is due to run from June to November.", ("2026-06", "2026-11")),
        ("Le pilote se déroulera de juin à novembre.", ("2026-06", "2026-11")),
        ("وتمتد المرحلة الأولى من يونيو إلى نونبر.", ("2026-06", "2026-11")),
        ("The campaign ran from January to March.", ("2026-01", "2026-03")),
        ("La saison va de décembre à février.", ("2025-12", "2026-02")),
    ],
)
def test_a_range_of_months_without_a_year_is_read_from_the_nearest(
    text: str, expected: tuple[str, str]
) -> None:
    (found,) = find_dates(text, reference_date=dt.date(2026, 4, 8))
    assert (found.value.isoformat(), found.until and found.until.isoformat()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La start-up avait levé des fonds en février auprès de Brume.", ["2026-02"]),
        ("The works started in March, the ministry said.", ["2026-03"]),
        ("The second phase opens in September.", ["2026-09"]),
        ("وانطلقت الأشغال في شهر أبريل بالموقع.", ["2026-04"]),
        ("L'usine tourne depuis octobre.", ["2025-10"]),
        ("Since May the plant has run at full load.", ["2026-05"]),
        ("Le salon de mai réunit les exposants.", []),
        ("يرتقب أن تنطلق المرحلة الثانية مطلع 2028 وتنتهي أواخر 2029.", ["2028", "2029"]),
    ],
)
def test_a_month_after_a_preposition_is_the_nearest_and_arabic_year_words(
    text: str, expected: list[str]
) -> None:
    found = find_dates(text, reference_date=dt.date(2026, 5, 20))
    assert [m.value.isoformat() for m in found] == expected


def test_a_month_alone_without_a_reference_stays_unread() -> None:
    assert find_dates("La start-up avait levé des fonds en février.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le lot a été attribué le 9 courant à un groupement.", ["2026-05-09"]),
        ("وانطلقت الأشغال يوم 11 الجاري بالموقع.", ["2026-05-11"]),
        ("La mise en service est attendue au second semestre 2027.", ["2027"]),
        ("Results for the third quarter of 2026 beat forecasts.", ["2026"]),
        ("Un courant de 3 ampères suffit.", []),
    ],
)
def test_a_day_of_the_current_month_and_a_half_or_quarter_of_a_year(
    text: str, expected: list[str]
) -> None:
    found = find_dates(text, reference_date=dt.date(2026, 5, 20))
    assert [m.value.isoformat() for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The branches will all use it by Q2 2027.", ["2027"]),
        ("Le chiffre d'affaires du T3 2026 a progressé.", ["2026"]),
        ("Q3 results beat forecasts.", []),
    ],
)
def test_a_quarter_or_half_written_with_its_letter(text: str, expected: list[str]) -> None:
    assert [m.value.isoformat() for m in find_dates(text)] == expected


def test_a_year_after_since_is_a_date_whatever_follows() -> None:
    found = find_dates("وتشغل منذ 2019 منصب مديرة العمليات.")
    assert [m.value.isoformat() for m in found] == ["2019"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وجمعت الشركة في شهر مارس 6 ملايين دولار من المستثمرين.", ["2027-03"]),
        ("In March 2 million people signed up.", ["2027-03"]),
        ("On March 6 the fund closed its round.", ["2027-03-06"]),
    ],
)
def test_a_number_with_a_scale_after_a_month_is_an_amount_not_its_day(
    text: str, expected: list[str]
) -> None:
    found = find_dates(text, reference_date=dt.date(2027, 5, 1))
    assert [str(mention.value) for mention in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La campagne se tiendra de juin à août 2026.", [("2026-06", "2026-08")]),
        ("Trials ran from May to July 2025 in Meknes.", [("2025-05", "2025-07")]),
        ("تمتد التجربة من شهر ماي إلى شهر يوليوز 2026.", [("2026-05", "2026-07")]),
        ("La saison va de décembre à mars 2027.", [("2026-12", "2027-03")]),
        ("Le chantier court d'octobre à décembre 2026.", [("2026-10", "2026-12")]),
    ],
)
def test_a_range_of_months_takes_the_year_written_after_the_second(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(text, reference_date=dt.date(2026, 2, 1))
    assert [(str(m.value), str(m.until)) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le fonds a été créé le mois dernier.", "2026-01"),
        ("Last month, the port handled more ships.", "2026-01"),
        ("وقعت الوكالة الشهر الماضي اتفاقية.", "2026-01"),
        ("The tender opens next month.", "2026-03"),
        ("تنطلق الدراسة خلال الشهر المقبل.", "2026-03"),
        ("ينتهي التسجيل خلال الشهر الجاري.", "2026-02"),
        ("خلال الربع الثالث من 2027", "2027"),
        ("في النصف الثاني من سنة 2026", "2026"),
    ],
)
def test_a_month_named_by_last_or_next_and_an_arabic_quarter(text: str, expected: str) -> None:
    found = find_dates(text, reference_date=dt.date(2026, 2, 14))
    assert [str(m.value) for m in found] == [expected]


def test_last_month_needs_a_reference() -> None:
    assert find_dates("Le fonds a été créé le mois dernier.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les bornes seront installées à partir de mars.", "2027-03"),
        ("La livraison est annoncée pour juillet.", "2026-07"),
        ("Deliveries will run from March, the operator said.", "2027-03"),
        ("تنطلق الخدمة ابتداء من شهر مارس.", "2027-03"),
        ("The app opens from June.", "2026-06"),
        ("Les primes seront versées à partir d'avril.", "2027-04"),
        ("Le service ouvrira à compter d'août.", "2026-08"),
        ("Les caméras seront posées d'ici fin mars.", "2027-03"),
        ("The cameras will be in place by late March.", "2027-03"),
    ],
)
def test_a_month_something_starts_from_is_the_next_one(text: str, expected: str) -> None:
    found = find_dates(text, reference_date=dt.date(2026, 5, 20))
    assert [m.value.isoformat() for m in found] == [expected]


def test_the_full_stop_after_a_month_is_no_part_of_its_quote() -> None:
    (found,) = find_dates("Les travaux ont commencé en avril.", reference_date=dt.date(2026, 5, 2))
    assert found.quote == "avril"


@pytest.mark.parametrize(
    "text",
    [
        "In July 2040, months after the pilot began in February that year, a bus broke down.",
        "En juillet 2040, quelques mois après le lancement en février de la même année, un bus "
        "est tombé en panne.",
        "ففي يوليوز 2040، بعد أشهر من انطلاق التجربة في فبراير من السنة نفسها، تعطلت حافلة.",
    ],
)
def test_a_month_of_the_same_year_takes_the_year_of_the_date_before_it(text: str) -> None:
    found = find_dates(text, reference_date=dt.date(2042, 5, 15))
    assert [m.value.isoformat() for m in found] == ["2040-07", "2040-02"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The error rate stood at 17% at first; by January it had dropped to 8.5%.", "2042-01"),
        ("بلغت نسبة الخطأ 17 في المائة، قبل أن تتراجع في يناير إلى 8,5 في المائة.", "2042-01"),
        ("A second agreement is expected by June but has not yet been signed.", "2042-06"),
        ("By January the agency will open 3 centres.", "2043-01"),
        ("By September all schools should have received the new textbooks.", "2042-09"),
        ("يتعين على الشركات إيداع ملفاتها قبل أن تنتهي المهلة يوم الخميس.", "2042-02-20"),
        ("أعلن المدير أن على التلاميذ إيداع ملفاتهم قبل أن تغلق المنصة يوم الخميس.", "2042-02-20"),
        (
            "The ministry set a deadline: by June, it said, all clinics must be connected.",
            "2042-06",
        ),
    ],
)
def test_a_month_after_by_is_the_last_one_when_its_clause_is_in_the_past(
    text: str, expected: str
) -> None:
    found = find_dates(text, reference_date=dt.date(2042, 2, 18))
    assert [m.value.isoformat() for m in found] == [expected]


def test_a_year_after_as_early_as_is_a_date() -> None:
    text = "The region held screening caravans as early as 2012, without automated reading."
    assert [m.value.isoformat() for m in find_dates(text)] == ["2012"]
    assert find_dates("Rock engravings in the valley date as far back as 2000 BC.") == []


def test_that_year_before_a_hyphen_is_no_year_of_a_month() -> None:
    text = "It began in 2038. The minister warned in February that year-on-year inflation rose."
    found = find_dates(text, reference_date=dt.date(2042, 5, 15))
    assert [m.value.isoformat() for m in found] == ["2038", "2042-02"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trial ran from April to August this year.", [("2029-04", "2029-08")]),
        ("L'essai a duré d'avril à août de cette année.", [("2029-04", "2029-08")]),
        ("امتدت التجربة من أبريل إلى غشت من هذا العام.", [("2029-04", "2029-08")]),
        ("The tender closed in February last year.", [("2028-02", None)]),
        ("L'appel d'offres a été clos en février de l'an dernier.", [("2028-02", None)]),
        ("وأغلق طلب العروض في فبراير من السنة الماضية.", [("2028-02", None)]),
        ("Deliveries start on 4 May next year.", [("2030-05-04", None)]),
    ],
)
def test_a_month_takes_its_year_from_this_year_last_year_or_next_year(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = find_dates(text, reference_date=dt.date(2029, 11, 3))
    assert [(m.value.isoformat(), m.until and m.until.isoformat()) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتقع التعاونية بعين الجمعة قرب مكناس.", []),
        ("وانطلقت التجربة في سوق الأربعاء الغرب.", []),
        ("وافتتح الوزير المركز بجماعة ثلاثاء بوكدرة قرب آسفي.", []),
        ("وتوجد الضيعة في دوار سبت الحوافات.", []),
        ("وزار الوفد التعاونية يوم الجمعة.", ["2030-11-08"]),
    ],
)
def test_a_place_named_for_its_market_day_is_no_date(text: str, expected: list[str]) -> None:
    found = find_dates(text, reference_date=dt.date(2030, 11, 13))
    assert [m.value.isoformat() for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le ministre doit inaugurer le site vendredi.", "2030-03-15"),
        ("La convention devrait être signée vendredi.", "2030-03-15"),
        ("The board is scheduled to vote on Friday.", "2030-03-15"),
        ("ومن المقرر أن يصادق المجلس على الميزانية الجمعة.", "2030-03-15"),
        ("Les enseignants prévoient un sit-in devant l'académie vendredi.", "2030-03-15"),
        ("The plant will open, the minister said on Friday.", "2030-03-08"),
        ("Le plan présenté vendredi devant les députés a été adopté.", "2030-03-08"),
        ("The union plans a sit-in outside the AREF headquarters on Friday.", "2030-03-15"),
        ("The ministry intends to publish the list on Friday.", "2030-03-15"),
        ("Les plans présentés vendredi devant les députés ont été adoptés.", "2030-03-08"),
        ("Le ministre a inauguré le site vendredi.", "2030-03-08"),
        (
            "Le syndicat appelle à un rassemblement devant le siège de la direction vendredi.",
            "2030-03-15",
        ),
        (
            "He said the union would stage a protest outside the ministry's offices on Friday.",
            "2030-03-15",
        ),
        (
            "She is due to present the pilot's full results to the fund's board of directors "
            "on Friday.",
            "2030-03-15",
        ),
    ],
)
def test_a_weekday_after_what_is_yet_to_happen_is_the_next_one(text: str, expected: str) -> None:
    (found,) = find_dates(text, reference_date=dt.date(2030, 3, 13))
    assert found.value.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La commission rendra son avis vendredi.", "2030-03-15"),
        ("Les deux villes signeront la convention vendredi.", "2030-03-15"),
        ("La première réunion aura lieu vendredi matin.", "2030-03-15"),
        ("وستعرض اللجنة تقريرها يوم الجمعة.", "2030-03-15"),
        ("La délégation est arrivée à Kenitra vendredi.", "2030-03-08"),
        ("Samira a présenté la caméra vendredi.", "2030-03-08"),
    ],
)
def test_a_weekday_after_a_verb_in_the_future_is_the_next_one(text: str, expected: str) -> None:
    (found,) = find_dates(text, reference_date=dt.date(2030, 3, 13))
    assert found.value.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trial that started in April covered two provinces.", "2034-04"),
        ("L'essai a débuté en avril dans deux provinces.", "2034-04"),
        ("وانطلقت المرحلة التجريبية في أبريل بإقليمين.", "2034-04"),
        ("وبلغت الدقة 70 في المائة في الاختبارات التي أجريت في أبريل.", "2034-04"),
        ("The trial will be launched in April.", "2035-04"),
        ("أنهى المنتخب تحضيراته لمواجهة تونس في أبريل.", "2035-04"),
        ("L'essai sera lancé en avril.", "2035-04"),
        ("The trial ends in April.", "2035-04"),
    ],
)
def test_a_month_after_a_verb_in_the_past_is_the_last_one(text: str, expected: str) -> None:
    (found,) = find_dates(text, reference_date=dt.date(2034, 11, 14))
    assert str(found.value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The scanner it switched on in April has read 9,000 parcels.", "2034-04"),
        ("The robots were deployed in April at the depot.", "2034-04"),
        ("Elle a été recrutée en avril par la coopérative.", "2034-04"),
        ("Le centre, créé en avril, emploie 40 personnes.", "2034-04"),
        ("وانضمت الجماعة إلى البرنامج في أبريل.", "2034-04"),
        ("The robots will be deployed in April.", "2035-04"),
        ("Une mise en service est attendue en avril.", "2035-04"),
    ],
)
def test_more_verbs_in_the_past_give_the_last_month(text: str, expected: str) -> None:
    (found,) = find_dates(text, reference_date=dt.date(2034, 11, 14))
    assert str(found.value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Depuis le démarrage de la phase de test en juillet, 40 puits sont suivis.", "2034-07"),
        ("Since the trial of the new pumps in July, 40 wells are watched.", "2034-07"),
        ("Elle vit à Taza depuis longtemps et lancera le projet en juillet.", "2035-07"),
    ],
)
def test_a_month_a_few_words_after_since_is_the_last_one(text: str, expected: str) -> None:
    (found,) = find_dates(text, reference_date=dt.date(2035, 1, 20))
    assert str(found.value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The academy would open a school for guides in July.", "2035-07"),
        ("L'académie ouvrira une école de guides en juillet.", "2035-07"),
        ("The academy opened its school in July.", "2034-07"),
        ("The academy had 40 guides in July.", "2034-07"),
    ],
)
def test_a_month_after_a_word_of_the_future_is_the_next_one(text: str, expected: str) -> None:
    (found,) = find_dates(text, reference_date=dt.date(2034, 11, 14))
    assert str(found.value) == expected


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The network will reach every port by end-2036, the office said.", "end-2036"),
        ("Le réseau couvrira tous les ports à la mi-2036.", "mi-2036"),
        ("The network should be ready by mid-2036.", "mid-2036"),
    ],
)
def test_a_year_joined_to_its_part_by_a_hyphen_is_a_date(text: str, quote: str) -> None:
    (found,) = find_dates(text, reference_date=dt.date(2034, 11, 14))
    assert (str(found.value), found.quote) == ("2036", quote)


@given(st.integers(min_value=1950, max_value=2090), st.sampled_from(["-", "/", "–"]))
def test_a_season_written_with_two_figures_spans_its_two_years(year: int, dash: str) -> None:
    text = f"Exports grew during the {year}{dash}{(year + 1) % 100:02d} season."
    (found,) = find_dates(text)
    assert (found.value, found.until) == (PartialDate(year=year), PartialDate(year=year + 1))
    assert found.quote == f"{year}{dash}{(year + 1) % 100:02d}"


def test_two_figures_that_are_not_the_next_year_make_no_season() -> None:
    assert [str(d.value) for d in find_dates("Lot 2036-12 was shipped.")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The app was tested between March and June in two souks.", ("2034-03", "2034-06")),
        ("L'application a été testée de mars à juin dans deux souks.", ("2034-03", "2034-06")),
        ("The app runs from March to June in two souks.", ("2035-03", "2035-06")),
    ],
)
def test_a_range_of_months_after_a_verb_in_the_past_is_the_last_one(
    text: str, expected: tuple[str, str]
) -> None:
    (found,) = find_dates(text, reference_date=dt.date(2034, 12, 5))
    assert (str(found.value), str(found.until)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le lycée ouvrira ses portes d'ici la rentrée 2037.", [("2037", None)]),
        ("وستعمم التجربة في أفق الدخول المدرسي 2037.", [("2037", None)]),
        ("The lab will open by the start of the 2037 academic year.", [("2037", None)]),
        ("Le budget de l'année scolaire 2036-2037 a augmenté.", [("2036", "2037")]),
        ("خلال الموسم الدراسي 2036-2037 ارتفع العدد.", [("2036", "2037")]),
        ("Le budget de l'année 2036-2037 a augmenté.", [("2036", "2037")]),
    ],
)
def test_a_year_of_a_school_or_a_season(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = find_dates(text, reference_date=dt.date(2034, 11, 14))
    assert [(str(m.value), m.until and str(m.until)) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The kiosks have run since March 3, the council said.", "2034-03-03"),
        ("Les bornes fonctionnent depuis le 3 mars.", "2034-03-03"),
        ("وتعمل الأكشاك منذ 3 مارس.", "2034-03-03"),
        ("The kiosks open on March 3.", "2035-03-03"),
    ],
)
def test_a_day_since_which_something_runs_is_the_last_one(text: str, expected: str) -> None:
    (found,) = find_dates(text, reference_date=dt.date(2034, 11, 14))
    assert str(found.value) == expected


def test_a_comma_ends_a_month_and_day_before_a_number_of_the_next_clause() -> None:
    text = "By the close of the term on March 18, 64% of the pupils had passed."
    (found,) = find_dates(text, reference_date=dt.date(2031, 4, 2))
    assert (found.value.isoformat(), found.quote) == ("2031-03-18", "March 18")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The archive will add Tarifit from 2033.", ["2033"]),
        ("À partir de 2033, l'archive ajoutera le tarifit.", ["2033"]),
        ("ابتداء من 2033، سيضيف الأرشيف تاريفيت.", ["2033"]),
        ("The plant draws water from 2000 wells.", []),
    ],
)
def test_a_year_after_a_phrase_from_which_something_starts_before_a_mark(
    text: str, expected: list[str]
) -> None:
    assert [str(m.value) for m in find_dates(text)] == expected


def test_a_number_after_an_arabic_month_counts_and_is_no_day() -> None:
    found = find_dates("وقد ركبت الوكالة منذ نونبر 23 كاميرا.", reference_date=dt.date(2032, 3, 5))
    assert [str(m.value) for m in found] == ["2031-11"]


def test_a_range_of_days_without_a_year_starts_at_the_nearest_and_ends_after_it() -> None:
    text = "Three more regions will join between June 1 and December 31."
    found = find_dates(text, reference_date=dt.date(2032, 5, 18))
    assert [str(m.value) for m in found] == ["2032-06-01", "2032-12-31"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("جرت التجربة ما بين 5 مارس و20 ماي 2030.", ["2030-03-05", "2030-05-20"]),
        ("وتمتد الدورة من 2 أبريل و9 أبريل 2030.", ["2030-04-02", "2030-04-09"]),
    ],
)
def test_a_day_joined_to_wa_starts_a_date(text: str, found: list[str]) -> None:
    assert [str(m.value) for m in find_dates(text)] == found


def test_sept_before_a_noun_counts_it_and_is_no_month() -> None:
    reference = dt.date(2031, 4, 2)
    assert find_dates("Un assistant disponible en sept langues.", reference_date=reference) == []
    (found,) = find_dates("Le salon ouvre le 18 sept. 2031.", reference_date=reference)
    assert str(found.value) == "2031-09-18"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Le rapport sera remis vendredi au wali.", ["2036-03-07"]),
        ("La ministre va inaugurer le centre vendredi.", ["2036-03-07"]),
        ("على أن يصادق المجلس على الميزانية يوم الجمعة.", ["2036-03-07"]),
        ("وأكد أن المجلس صادق على الميزانية يوم الجمعة.", ["2036-02-29"]),
        ("قبل أن يتبين أن اثنين منهم غادرا.", []),
    ],
)
def test_a_weekday_after_what_is_yet_to_happen_is_the_next(text: str, found: list[str]) -> None:
    reference = dt.date(2036, 3, 4)
    assert [str(m.value) for m in find_dates(text, reference_date=reference)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Fin juin, 2.300 dossiers avaient été traités.", ["2036-06"]),
        ("À fin juin, le cap des 2.300 dossiers était franchi.", ["2036-06"]),
        ("D'ici fin juin, tout sera prêt.", ["2037-06"]),
    ],
)
def test_a_month_s_end_that_opens_a_clause_is_the_nearest(text: str, found: list[str]) -> None:
    reference = dt.date(2036, 7, 9)
    assert [str(m.value) for m in find_dates(text, reference_date=reference)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The board meets on Friday to approve the plan.", ["2036-03-07"]),
        ("Le conseil se réunit vendredi pour voter le budget.", ["2036-03-07"]),
        ("Le salon ouvre ses portes vendredi à Agadir.", ["2036-03-07"]),
        ("The covered market reopens on Friday after the works.", ["2036-03-07"]),
        ("La médiathèque rouvre vendredi après trois mois de travaux.", ["2036-03-07"]),
        ("The board met on Friday to approve the plan.", ["2036-02-29"]),
    ],
)
def test_a_weekday_after_a_present_that_announces_is_the_next(text: str, found: list[str]) -> None:
    reference = dt.date(2036, 3, 4)
    assert [str(m.value) for m in find_dates(text, reference_date=reference)] == found


@pytest.mark.parametrize(
    "text",
    [
        "Le fonds réunit 240 titres parus de 1872 à 1956.",
        "The fund holds 240 titles published from 1872 to 1956.",
    ],
)
def test_a_range_of_old_years_after_a_word_that_starts_it(text: str) -> None:
    (mention,) = find_dates(text, reference_date=dt.date(2037, 10, 21))
    assert (str(mention.value), str(mention.until)) == ("1872", "1956")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وارتفعت المبيعات من فبراير إلى يونيو الماضيين.", ("2030-02", "2030-06")),
        ("Les ventes ont progressé de février à juin derniers.", ("2030-02", "2030-06")),
    ],
)
def test_a_range_of_months_then_last_is_the_last_one(text: str, expected: tuple[str, str]) -> None:
    (found,) = find_dates(text, reference_date=dt.date(2030, 10, 14))
    assert (found.value.isoformat(), found.until and found.until.isoformat()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The museum and the city signed a loan agreement in March for three years.", "2031-03"),
        ("Mis en service en février, le guichet reçoit 90 demandes par jour.", "2031-02"),
        ("Le guichet sera mis en place en février.", "2032-02"),
        ("La mise en service du guichet est attendue en février.", "2032-02"),
    ],
)
def test_a_month_after_a_verb_in_the_past_a_few_words_back_is_this_year_s(
    text: str, expected: str
) -> None:
    (found,) = find_dates(text, reference_date=dt.date(2031, 11, 3))
    assert found.value.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stocks were low at the end of August, the cooperative said.", ["2034-08"]),
        ("Les stocks étaient bas fin août, selon la coopérative.", ["2034-08"]),
        ("وكانت المخزونات منخفضة نهاية غشت، حسب التعاونية.", ["2034-08"]),
        ("La campagne Octobre rose a réuni 300 femmes.", []),
    ],
)
def test_a_part_of_a_month_dates_it_alone(text: str, expected: list[str]) -> None:
    found = find_dates(text, reference_date=dt.date(2034, 9, 20))
    assert [m.value.isoformat() for m in found] == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (
            "It placed 900 people between February and August.",
            dt.date(2033, 9, 30),
            ("2033-02", "2033-08"),
        ),
        ("La campagne ira de décembre à mars.", dt.date(2033, 11, 2), ("2033-12", "2034-03")),
        ("The trial runs from August to November.", dt.date(2033, 6, 5), ("2033-08", "2033-11")),
    ],
)
def test_a_range_of_months_is_the_one_nearest_the_reference(
    text: str, reference: dt.date, expected: tuple[str, str]
) -> None:
    (found,) = find_dates(text, reference_date=reference)
    assert (found.value.isoformat(), found.until and found.until.isoformat()) == expected


@given(
    first=st.integers(1, 12),
    last=st.integers(1, 12),
    reference=st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31)),
)
def test_a_range_of_months_is_never_more_than_half_a_year_away(
    first: int, last: int, reference: dt.date
) -> None:
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    assume(first != last)
    found = find_dates(
        f"It ran from {months[first - 1]} to {months[last - 1]}.", reference_date=reference
    )
    (mention,) = found
    assert mention.until is not None
    now = reference.year * 12 + reference.month
    start = _months(mention.value)
    end = _months(mention.until)
    assert start <= end
    assert start <= now <= end or min(abs(now - start), abs(now - end)) <= 6


def _months(date: PartialDate) -> int:
    """A month's date as a count of months, to compare with another's."""
    assert date.year is not None
    assert date.month is not None
    return date.year * 12 + date.month


def test_a_month_after_told_and_its_object_is_the_last_one() -> None:
    found = find_dates(
        "The app told me in October to sow later.", reference_date=dt.date(2039, 9, 2)
    )
    assert [str(m.value) for m in found] == ["2038-10"]


@pytest.mark.parametrize(
    "text",
    [
        "Between March last year and February, the tutor ran in 30 schools.",
        "Entre mars de l'année dernière et février, le tuteur a tourné dans 30 écoles.",
    ],
)
def test_a_range_whose_first_month_says_its_year_ends_at_the_next_such_month(text: str) -> None:
    (found,) = find_dates(text, reference_date=dt.date(2039, 6, 1))
    assert (str(found.value), str(found.until)) == ("2038-03", "2039-02")


def test_the_arabic_eleven_is_no_sunday() -> None:
    text = "وتضم المحطات الأحد عشر 400 جهاز."
    assert find_dates(text, reference_date=dt.date(2038, 4, 22)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The port aims to open the new quay by winter 2039.",
        "Le chantier doit s'achever à l'automne 2039.",
        "ويرتقب أن ينتهي المشروع في خريف 2039.",
    ],
)
def test_a_season_before_a_year_dates_it_to_the_year(text: str) -> None:
    found = find_dates(text, reference_date=dt.date(2037, 5, 2))
    assert [m.value for m in found] == [PartialDate(year=2039)]


@pytest.mark.parametrize(
    "text", ["وتراجع الساحل ما بين سنتي 2031 و2034.", "وتضاعف العدد خلال عامي 2031 و2032."]
)
def test_the_dual_of_year_before_a_year_dates_it(text: str) -> None:
    assert [m.value for m in find_dates(text)] == [PartialDate(year=2031)]


def test_a_month_joined_by_wa_to_the_next_takes_its_year() -> None:
    found = find_dates("وتهاطلت الأمطار خلال شهري أكتوبر ونونبر 2031 بكثافة.")
    assert [(m.value, m.quote) for m in found] == [
        (PartialDate(year=2031, month=10), "أكتوبر"),
        (PartialDate(year=2031, month=11), "ونونبر 2031"),
    ]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Released in February, he now repairs phones.", "2038-02"),
        ("The auditors said in a report in March that the money was lost.", "2038-03"),
        ("Dépisté en avril, il n'a été soigné qu'en juin.", "2038-04"),
        ("Dans un rapport publié en mars, la Cour estimait les pertes à 3%.", "2038-03"),
        ("AI-assisted reading will start in March.", "2039-03"),
        ("La deuxième promotion fera sa rentrée en mars.", "2039-03"),
    ],
)
def test_a_verb_in_the_past_by_its_ending_dates_the_month_to_the_last(
    text: str, month: str
) -> None:
    found = find_dates(text, reference_date=dt.date(2038, 11, 17))
    assert str(found[0].value) == month


@pytest.mark.parametrize(
    "text",
    [
        "« Un vendredi de pluie, on vend deux fois moins », dit-il.",
        '"On a rainy Friday we sell half as much," he said.',
        "The rules were set on a Monday.",
    ],
)
def test_a_weekday_after_an_indefinite_article_is_any_such_day(text: str) -> None:
    assert find_dates(text, reference_date=dt.date(2039, 9, 22)) == []


def test_the_french_has_before_a_weekday_is_no_article() -> None:
    found = find_dates(
        "La ministre a lundi signé la convention.", reference_date=dt.date(2039, 9, 22)
    )
    assert [str(m.value) for m in found] == ["2039-09-19"]


@pytest.mark.parametrize(
    "text",
    [
        "Prices are published every Monday.",
        "Les prix sont publiés chaque lundi.",
        "وتنشر الأسعار كل يوم اثنين.",
        "ويستقطب السوق الذي ينعقد كل يوم سبت تجارا من القرى المجاورة.",
        "ويشهد المطار أيام السبت ما يصل إلى 312 رحلة.",
    ],
)
def test_every_weekday_is_no_date(text: str) -> None:
    assert find_dates(text, reference_date=dt.date(2037, 11, 18)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The town is best known for its sprawling Saturday souk.",
        "Connue pour son grand souk hebdomadaire du samedi, la commune reste rurale.",
        "Il vend ses moutons au souk du samedi.",
    ],
)
def test_a_weekly_markets_day_is_no_date(text: str) -> None:
    """ "the Saturday souk", "le souk du samedi": the market's day, every week."""
    assert find_dates(text, reference_date=dt.date(2037, 11, 18)) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Ils se réuniront samedi au souk.", "samedi"),
        ("Le souk du samedi dernier a été fermé.", "samedi dernier"),
        ("Le souk hebdomadaire du samedi 14 novembre a été annulé.", "samedi 14 novembre"),
        ("Le Conseil de gouvernement hebdomadaire du jeudi a adopté trois décrets.", "jeudi"),
        ("Analysts said on Friday markets would remain volatile.", "Friday"),
        ("وانعقد السوق كل يوم الجمعة 13 نونبر رغم المطر.", "يوم الجمعة 13 نونبر"),
    ],
)
def test_a_weekday_near_a_market_can_still_be_a_date(text: str, quote: str) -> None:
    """A day of the calendar ("du samedi dernier", "du samedi 14 novembre") or of a
    meeting, or "Friday" before the markets of finance news, stays a date."""
    found = find_dates(text, reference_date=dt.date(2037, 11, 18))
    assert [m.quote for m in found] == [quote]


def test_a_number_past_2100_after_a_month_is_a_count_not_its_year() -> None:
    found = find_dates("إذ اشترت منها في ماي 2500 مستشعر.", reference_date=dt.date(2041, 3, 2))
    assert [m.value.isoformat() for m in found] == ["2041-05"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les premiers capteurs doivent, eux, être posés vendredi sur le quai.", "2030-03-15"),
        ("Le comité doit, quant à lui, tenir sa première réunion vendredi.", "2030-03-15"),
        ("Les capteurs seront, eux, posés vendredi.", "2030-03-15"),
        ("La ministre, elle, a présenté la caméra vendredi.", "2030-03-08"),
    ],
)
def test_a_word_of_the_future_reaches_past_an_aside_of_one_pronoun(
    text: str, expected: str
) -> None:
    (found,) = find_dates(text, reference_date=dt.date(2030, 3, 13))
    assert found.value.isoformat() == expected


@pytest.mark.parametrize(
    "text",
    [
        "تعود القضية إلى شكاية تقدمت بها زبونة في شهر مارس.",
        "رصدت المصالح المخالفة في شهر مارس.",
    ],
)
def test_an_arabic_month_after_a_verb_in_the_past_is_the_last_one(text: str) -> None:
    found = find_dates(text, reference_date=dt.date(2043, 10, 15))
    assert [m.value for m in found] == [PartialDate(year=2043, month=3)]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("La CNDP a autorisé le traitement en février, après un audit.", 2042),
        ("وكانت اللجنة قد رخصت بمعالجة المعطيات في فبراير، بعد افتحاص.", 2042),
        ("Le système sera autorisé en février.", 2043),
        ("قد يتم ذلك في فبراير", 2043),
    ],
)
def test_a_compound_past_puts_a_month_before_the_reference(text: str, year: int) -> None:
    found = find_dates(text, reference_date=dt.date(2042, 11, 20))
    assert [m.value for m in found] == [PartialDate(year=year, month=2)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The delegation is due to visit the Regional Investment Center (CRI) on Thursday.", 14),
        ("The delegation visited the Regional Investment Center (CRI) on Thursday.", 7),
    ],
)
def test_initials_in_brackets_keep_a_weekday_in_what_is_yet_to_happen(text: str, day: int) -> None:
    found = find_dates(text, reference_date=dt.date(2038, 10, 12))
    assert [m.value.day for m in found] == [day]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("La prochaine campagne, qui démarre en juin, sera décisive.", 2043),
        ("La campagne a démarré en juin.", 2042),
        ("La campagne, démarrée en juin, se poursuit.", 2042),
    ],
)
def test_a_verb_in_the_present_is_not_the_participle_its_key_shares(text: str, year: int) -> None:
    found = find_dates(text, reference_date=dt.date(2043, 2, 10))
    assert [m.value for m in found] == [PartialDate(year=year, month=6)]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("It is run under an agreement the company signed with the hospital group in March.", 2044),
        ("He went to his neighborhood health center in April for a checkup.", 2044),
        ("Work on the first 40 fountains rated critical is set to begin in March.", 2045),
        ("Le directeur a annoncé que la société ouvrira en avril un centre.", 2045),
    ],
)
def test_a_past_verb_further_back_sets_a_month_in_the_past_unless_a_verb_to_come_is_between(
    text: str, year: int
) -> None:
    found = find_dates(text, reference_date=dt.date(2044, 11, 16))
    assert [m.value.year for m in found] == [year]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pilot will run until September, when the council decides.", "2044-09"),
        ("Le pilote durera jusqu'à septembre.", "2044-09"),
        ("وتستمر التجربة إلى غاية شتنبر.", "2044-09"),
        ("The pilot lasted until February.", "2044-02"),
        ("Le pilote a duré jusqu'à février.", "2044-02"),
    ],
)
def test_a_month_alone_after_until_is_the_next_one_unless_in_the_past(
    text: str, expected: str
) -> None:
    """ "until September" in April is this September; "lasted until February", the last."""
    (found,) = find_dates(text, reference_date=dt.date(2044, 4, 13))
    assert str(found.value) == expected


def test_a_weekday_people_are_convened_to_is_the_next_one() -> None:
    """ "sont convoqués jeudi": the meeting is to come; "jeudi dernier" stays the last."""
    reference = dt.date(2046, 5, 22)
    (ahead,) = find_dates(
        "Les avocats sont convoqués jeudi en assemblée.", reference_date=reference
    )
    (past,) = find_dates("Les avocats ont été convoqués jeudi dernier.", reference_date=reference)
    assert (str(ahead.value), str(past.value)) == ("2046-05-24", "2046-05-17")


def test_depuis_a_dozen_words_before_a_month_makes_it_the_last_one() -> None:
    """ "Depuis sa mise en ligne en version d'essai en octobre": the last October."""
    text = (
        "Depuis sa mise en ligne en version d'essai en octobre, l'outil a traité 9 000 questions."
    )
    (found,) = find_dates(text, reference_date=dt.date(2044, 5, 18))
    assert str(found.value) == "2043-10"


def test_an_arabic_verb_in_the_imperfect_puts_a_weekday_ahead() -> None:
    """ "ويلتقي بلامين يوم الخميس ممثلي الصيادلة", written on a Wednesday: tomorrow."""
    found = find_dates(
        "ويلتقي بلامين يوم الخميس ممثلي الصيادلة.", reference_date=dt.date(2044, 6, 8)
    )
    assert [d.value for d in found] == [PartialDate.from_date(dt.date(2044, 6, 9))]


@pytest.mark.parametrize(
    "text",
    [
        "The shop went live shortly afterwards, in April.",
        "La boutique a ouvert dans la foulée, en avril.",
        "وفتح المتجر الإلكتروني للتعاونية في أبريل.",
    ],
)
def test_a_month_after_a_verb_in_the_past_and_a_comma_is_the_last_one(text: str) -> None:
    """Written in October: the April before, though the next one is as near."""
    found = find_dates(text, reference_date=dt.date(2045, 10, 18))
    assert [d.value for d in found] == [PartialDate(year=2045, month=4)]


@pytest.mark.parametrize(
    "text",
    [
        "The DGM expects a new spell of heat over the Souss plain starting Friday, and more.",
        "La DGM prévoit un épisode de chaleur sur la plaine du Souss à partir de vendredi.",
    ],
)
def test_a_weekday_from_which_something_starts_is_the_next_one(text: str) -> None:
    found = find_dates(text, reference_date=dt.date(2046, 7, 18))
    assert [d.value for d in found] == [PartialDate.from_date(dt.date(2046, 7, 20))]


def test_a_range_of_weekdays_in_the_past_stays_in_the_past() -> None:
    found = find_dates(
        "A total of 214 teams competed over 48 hours from Friday to Sunday.",
        reference_date=dt.date(2031, 10, 26),
    )
    assert found[0].value == PartialDate.from_date(dt.date(2031, 10, 24))


def test_a_souk_town_named_for_its_weekday_is_no_date() -> None:
    """«بخميس آيت عميرة»: the town of the Thursday souk, not a Thursday."""
    found = find_dates(
        "بلغت الحرارة 47 درجة بخميس آيت عميرة خلال الموجة.", reference_date=dt.date(2046, 7, 18)
    )
    assert found == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "En janvier, un épisode orageux d'une rare intensité a submergé des milliers de parcelles.",
            2044,
        ),
        ("In January, an unusually violent storm left thousands of plots under water.", 2044),
        ("En janvier, la société lancera un nouveau service.", 2045),
    ],
)
def test_a_month_leading_its_sentence_takes_the_tense_of_the_clause_after(
    text: str, year: int
) -> None:
    (mention,) = find_dates(text, reference_date=dt.date(2044, 10, 11))
    assert (mention.value.year, mention.value.month) == (year, 1)


@pytest.mark.parametrize("word", ["المرتقب", "المرتقبة", "المقررة"])
def test_a_weekday_after_an_arabic_word_of_what_is_expected_is_the_next(word: str) -> None:
    """ "الجلسة المقبلة، المرتقبة يوم الاثنين": the next Monday, masculine or feminine."""
    text = f"وأكدت أن الجلسة المقبلة، {word} يوم الاثنين، ستنقل مباشرة."
    (mention,) = find_dates(text, reference_date=dt.date(2041, 3, 14))
    assert mention.value == PartialDate.from_date(dt.date(2041, 3, 18))


@pytest.mark.parametrize(
    "text",
    [
        "Le gouverneur a annoncé que le comité se réunirait dès lundi.",
        "Il a précisé que la société fournirait les capteurs lundi.",
    ],
)
def test_a_weekday_after_a_verb_in_the_conditional_in_irait_is_the_next(text: str) -> None:
    """ "se réunirait dès lundi": reported speech of what is to come, the Monday after."""
    (mention,) = find_dates(text, reference_date=dt.date(2041, 11, 14))
    assert mention.value.day == 18


@pytest.mark.parametrize(
    "text",
    [
        "La DGM annonce une vague de chaleur du mercredi 13 au dimanche 17 août.",
        "A heatwave is forecast from Wednesday 13 to Sunday 17 August.",
        "وتتوقع المديرية موجة حر من الأربعاء 13 إلى الأحد 17 غشت.",
    ],
)
def test_a_range_of_days_with_their_weekdays_shares_the_month_written_last(text: str) -> None:
    """ "du mercredi 13 au dimanche 17 août": the 13th of August to the 17th, not the
    Wednesday before the reference."""
    (mention,) = find_dates(text, reference_date=dt.date(2042, 8, 12))
    assert (mention.value, mention.until) == (
        PartialDate.from_date(dt.date(2042, 8, 13)),
        PartialDate.from_date(dt.date(2042, 8, 17)),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ومن المنتظر أن يوقع عقد توريد بين الشركة والجمعية في شهر أبريل.", "2042-04"),
        ("ووقع عقد توريد بين الشركة والجمعية في شهر أبريل.", "2041-04"),
        ("وتم توقيع عقد توريد بين الشركة والجمعية في شهر أبريل.", "2041-04"),
        ("وعقد المجلس دورته في شهر أبريل.", "2041-04"),
    ],
)
def test_a_contract_spelt_like_held_is_no_verb_after_signing(text: str, expected: str) -> None:
    """«عقد» after «يوقع» is the contract, not "held": the signing verb tells the tense."""
    (found,) = find_dates(text, reference_date=dt.date(2042, 2, 19))
    assert found.value.isoformat() == expected


def test_a_weekday_alone_after_its_full_date_in_the_coming_week_is_that_day() -> None:
    """ "the final on Saturday, May 25 … For Saturday's final": that Saturday, not the last."""
    text = (
        "The stadium prepares for the final on Saturday, May 25, 2041. Police were there. "
        "For Saturday's final, the goal is 15 minutes. The pilot was tested on Monday."
    )
    found = find_dates(text, reference_date=dt.date(2041, 5, 21))
    assert [(m.quote, m.value.isoformat()) for m in found] == [
        ("Saturday, May 25, 2041", "2041-05-25"),
        ("Saturday", "2041-05-25"),
        ("Monday", "2041-05-20"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The final will be played on Saturday, June 15 in Rabat. On Saturday, Raja beat Wydad.",
        "تجرى المباراة النهائية يوم السبت 15 يونيو. وكان الفريق قد فاز يوم السبت.",
    ],
)
def test_a_weekday_that_dates_what_happened_stays_the_last(text: str) -> None:
    """Only a weekday said of a thing ("Saturday's final") is the one dated ahead."""
    found = find_dates(text, reference_date=dt.date(2024, 6, 12))
    assert [m.value.isoformat() for m in found] == ["2024-06-15", "2024-06-08"]


def test_a_weekday_alone_stays_the_last_when_only_a_date_without_its_weekday_comes() -> None:
    """ "du 15 juin au 31 août … a signé mardi": the text never said the 15th is a Tuesday."""
    text = "La campagne est prévue du 15 juin au 31 août. L'ANEF a signé mardi un mémorandum."
    found = find_dates(text, reference_date=dt.date(2038, 6, 10))
    assert [m.value.isoformat() for m in found if m.quote == "mardi"] == ["2038-06-08"]


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday nights I used to spend hours on the phone.",
        "« Le dimanche soir, je passais des heures au téléphone. »",
        "Le mardi, jour de marché, les rues sont pleines.",
    ],
)
def test_a_weekday_said_of_every_week_is_no_date(text: str) -> None:
    """ "Sunday nights", "le dimanche soir": every Sunday, none in particular."""
    assert find_dates(text, reference_date=dt.date(2045, 5, 16)) == []


def test_the_french_article_before_a_dated_weekday_keeps_the_date() -> None:
    found = find_dates("Le dimanche 14 mai 2045, la convention a été signée.")
    assert [m.value.isoformat() for m in found] == ["2045-05-14"]


@pytest.mark.parametrize(
    "text",
    [
        "The agency is due to publish its figures, region by region, on Monday.",
        "L'agence doit publier ses chiffres, région par région, lundi.",
    ],
)
def test_an_aside_of_a_word_said_twice_leaves_the_weekday_ahead(text: str) -> None:
    """ ", region by region,": an aside, past which "is due to" still reaches Monday."""
    (found,) = find_dates(text, reference_date=dt.date(2044, 9, 29))
    assert str(found.value) == "2044-10-03"


@pytest.mark.parametrize(
    "text",
    [
        "The results will be published gradually, region by region, the minister said on Monday.",
        "Les résultats seront publiés, région par région, a indiqué lundi le ministre.",
    ],
)
def test_a_weekday_of_another_clause_after_an_aside_stays_the_last(text: str) -> None:
    """ ", region by region, the minister said on Monday": said last Monday."""
    (found,) = find_dates(text, reference_date=dt.date(2035, 3, 14))
    assert str(found.value) == "2035-03-12"


@pytest.mark.parametrize(
    "text",
    ["وكان علينا أن نتعلم الاثنين معا.", "ويعرف الفلاح الاثنين كليهما."],
)
def test_the_two_together_is_no_monday(text: str) -> None:
    """«الاثنين معا»: both together; «الاثنين» is Monday only when it dates something."""
    assert find_dates(text, reference_date=dt.date(2042, 11, 19)) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In a 2038 report, the association had already pointed to it.", ["2038"]),
        ("Farmers have struggled since the 2038 crisis, when the lagoon closed.", ["2038"]),
        ("It runs the 2000 MW plant.", []),
        ("It hired the 2000 employees of the firm.", []),
        ("The ministry paid the 2000 families relocated from the slum.", []),
    ],
)
def test_a_year_after_a_determiner_dates_the_noun_after_it(text: str, found: list[str]) -> None:
    assert [str(m.value) for m in find_dates(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "In 2041, sales were suspended, including a closure from July 3 to August 21.",
            ["2041", "2041-07-03", "2041-08-21"],
        ),
        (
            "Les ventes. En 2041, les parcs ont été fermés du 3 juillet au 21 août.",
            ["2041", "2041-07-03", "2041-08-21"],
        ),
        (
            "قال. فخلال سنة 2041، ظلت الضيعات مغلقة من 3 يوليوز إلى 21 غشت.",
            ["2041", "2041-07-03", "2041-08-21"],
        ),
        (
            "The port landed 612,000 tonnes in 2041, and the season opens on July 3.",
            ["2041", "2042-07-03"],
        ),
        ("By 2045, the network will grow, starting on June 1.", ["2045", "2042-06-01"]),
        (
            "In 2041, the firm posted a profit, its chief executive said on March 10.",
            ["2041", "2042-03-10"],
        ),
        (
            "En 2041, les exportations ont progressé, et le terminal ouvrira du 3 au 9 juillet.",
            ["2041", "2042-07-03"],
        ),
    ],
)
def test_a_year_that_opens_the_sentence_is_the_year_of_its_days(
    text: str, found: list[str]
) -> None:
    """ "In 2041, … from July 3 to August 21": the days of 2041, not the nearest ones; not a
    year said in passing, nor a horizon."""
    mentions = find_dates(text, reference_date=dt.date(2042, 3, 13))
    assert [str(m.value) for m in mentions] == found


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("اقتلعت الرمال بين سنتي 1998 و2012 شمال المدينة.", (1998, 2012)),
        ("تراجعت المبيعات خلال عامي 2019 و2020.", (2019, 2020)),
        ("Les ventes ont baissé durant l'année 2019 et 2020.", (2019, 2020)),
    ],
)
def test_two_years_the_word_for_years_names_are_both_read(
    text: str, years: tuple[int, int]
) -> None:
    """«بين سنتي 1998 و2012»: the second year was lost after the first was read with its
    word; both are, as after "in" or "between". Not after "years" ("Within five years
    1500 new classrooms …": a count)."""
    (mention,) = find_dates(text)
    assert mention.until is not None
    assert (mention.value.year, mention.until.year) == years


def test_the_years_of_a_decade_are_no_year() -> None:
    """ "les années 1980": the eighties, no year 1980."""
    assert find_dates("La station date des années 1980.") == []


def test_the_word_for_a_year_and_a_count_after_it_is_one_year() -> None:
    """ "خلال سنة 2019 و2000 شخص": a year, then a count; no range of years."""
    (mention,) = find_dates("استفاد خلال سنة 2019 و2000 شخص من الدعم.")
    assert (mention.value.year, mention.until) == (2019, None)


def test_a_count_after_years_is_no_year() -> None:
    """ "Within five years 1500 new classrooms will be built": classrooms, no year 1500."""
    assert find_dates("Within five years 1500 new classrooms will be built.") == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The library did not reopen until 1992. It now holds 9,000 volumes.", 1992),
        ("He recalled the standoff of 2040, when deliveries were halted.", 2040),
    ],
)
def test_a_year_alone_after_until_or_of_before_a_mark(text: str, year: int) -> None:
    """ "until 1992.", "the standoff of 2040,": a year a mark closes, as after "for"."""
    (mention,) = find_dates(text)
    assert mention.value.year == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Le système a fait ses preuves le 2 février dernier.", 2042),
        ("Le système a fait ses preuves le 25 février dernier.", 2041),
        ("Il est arrivé en février dernier.", 2041),
    ],
)
def test_a_day_of_the_reference_s_month_said_last(text: str, year: int) -> None:
    """ "le 2 février dernier" on 19 February 2042 is this year's, already past; the 25th,
    and "février dernier" alone, last year's."""
    (mention,) = find_dates(text, reference_date=dt.date(2042, 2, 19))
    assert mention.value.year == year


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Les recettes ont progressé de 23 % par rapport à 2040, selon le CCM.", [2040]),
        ("Revenue rose 23% compared with 2040, the CCM said.", [2040]),
        ("Revenue rose 23% compared with 2040 hectares last year.", []),
        ("La profession garde en mémoire le choc de 2040. Cette année-là, tout a changé.", [2040]),
        ("Les participants étaient plus de 2000, selon les organisateurs.", []),
        ("L'effectif total de la coopérative est de 2050, dont 800 femmes.", []),
    ],
)
def test_a_year_compared_with_or_of_before_a_mark(text: str, years: list[int]) -> None:
    """ "par rapport à 2040,", "compared with 2040,": the year compared with, when a mark
    closes it (not "compared with 2040 hectares"); so after "de" ("le choc de 2040."),
    unless what qualifies a count ends there ("plus de 2000,")."""
    assert [m.value.year for m in find_dates(text)] == years


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "From August 14 to 16, a failure in the baggage system disrupted operations.",
            [("2041-08-14", "2041-08-16")],
        ),
        (
            "Du 14 au 16 août, une panne du système a perturbé les vols.",
            [("2041-08-14", "2041-08-16")],
        ),
        ("Le 14 août, une panne a perturbé les vols.", [("2041-08-14", None)]),
        ("Du 14 au 16 août, le salon accueillera 300 exposants.", [("2042-08-14", "2042-08-16")]),
        ("On August 1, works will begin, the minister said.", [("2042-08-01", None)]),
    ],
)
def test_days_that_lead_a_sentence_in_the_past_are_the_last_ones(
    text: str, found: list[tuple[str, str | None]]
) -> None:
    """ "From August 14 to 16, a failure … disrupted …" in April: last August, as a month
    that leads such a sentence is; not a range the clause puts ahead."""
    mentions = find_dates(text, reference_date=dt.date(2042, 4, 16))
    assert [(str(m.value), None if m.until is None else str(m.until)) for m in mentions] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The summit will take place Thursday, August 14, the ministry announced.", "2042-08-14"),
        ("On August 14, the renovated Grand Stadium of Tangier will host the final.", "2042-08-14"),
        (
            "On August 14, officials said, the new tramway line will open to passengers.",
            "2042-08-14",
        ),
        (
            "In September, exports of phosphate increased by 8% compared with a year earlier.",
            "2041-09",
        ),
    ],
)
def test_a_leading_date_is_the_last_one_only_when_its_sentence_is_in_the_past(
    text: str, found: str
) -> None:
    """Not after a weekday and its comma ("Thursday, August 14, the ministry announced"),
    nor when a verb to come follows a past-looking word ("the renovated stadium will
    host"); "increased by 8%" is the past."""
    mentions = find_dates(text, reference_date=dt.date(2042, 4, 10))
    assert str(mentions[-1].value) == found


def test_a_measure_after_a_word_of_horizon_is_no_year() -> None:
    """«إلى غاية 1050 درجة مئوية»: up to 1,050 degrees, no year 1050."""
    assert find_dates("ترتفع الحرارة داخل الفرن إلى غاية 1050 درجة مئوية.") == []
    assert [str(m.value) for m in find_dates("يمتد البرنامج إلى غاية 2030.")] == ["2030"]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("The oldest, a treatise on medicine, was copied in 1612.", [1612]),
        ("Le plus ancien manuscrit du fonds a été copié en 1398.", [1398]),
        ("The registry rests on a deed dating back to 1732, found in Fès.", [1732]),
        ("Le fonds remonte à 1732.", [1732]),
        ("The kasbah was built in 1871.", [1871]),
        ("The count rose to 1250, up from 1100.", []),
        ("Prices fell back to 1200.", []),
        ("The region counted 1500 in 2041.", [2041]),
        ("The disease affects one child in 1500.", []),
        ("Le risque est estimé à un cas en 1500.", []),
        ("Les billets sont proposés dès 1200, selon les organisateurs.", []),
    ],
)
def test_a_year_before_1900_after_in_or_dating_back_to(text: str, years: list[int]) -> None:
    """ "copied in 1612.", "dating back to 1732,": an old year, after a past participle and
    "in" or "en", or a phrase of dating, when a mark closes it; "up from 1100.", "one child
    in 1500." are counts."""
    assert [m.value.year for m in find_dates(text)] == years


@pytest.mark.parametrize(
    "text",
    [
        "Chacun garde en mémoire l'accident du 23 novembre 2041 : ce samedi-là, une rafale a tout emporté.",
        "Everyone remembers November 23, 2041. That Saturday afternoon, a gust tore the roofs off.",
        "الجميع يتذكر 23 نونبر 2041. ففي عصر ذلك السبت، اقتلعت الرياح السقوف.",
    ],
)
def test_a_weekday_that_points_back_is_no_day_of_its_own(text: str) -> None:
    """ "ce samedi-là", "That Saturday", «ذلك السبت»: the day of the date said before."""
    found = find_dates(text, reference_date=dt.date(2042, 4, 16))
    assert [(m.value.year, m.value.month, m.value.day) for m in found] == [(2041, 11, 23)]


def test_that_before_a_weekday_is_a_conjunction() -> None:
    """ "said that Monday's strike …": Monday, the one around the article's date."""
    found = find_dates(
        "The ministry said that Monday's strike had been called off.",
        reference_date=dt.date(2042, 4, 16),
    )
    assert [(m.value.year, m.value.month, m.value.day) for m in found] == [(2042, 4, 14)]


def test_a_year_up_to_and_including_is_a_date() -> None:
    """ "up to and including 2041.": a year; not "including 2100,", a count."""
    found = find_dates(
        "Every edition since 2002, up to and including 2041. Tanger Med handled 9,000 ships, "
        "including 2100, a record.",
        reference_date=dt.date(2042, 4, 16),
    )
    assert [m.value.year for m in found] == [2002, 2041]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأضاف أن موسم 2041 عرف بدوره 11 ليلة صقيع.", [(2041, None)]),
        ("ويهدف البرنامج إلى تجهيز 38 معصرة قبل نهاية موسم 2037-2038، وتكوين.", [(2037, 2038)]),
        (
            "Les travaux seront achevés avant la fin de la saison 2037-2038, selon lui.",
            [(2037, 2038)],
        ),
    ],
)
def test_a_season_and_its_year(text: str, expected: list[tuple[int, int | None]]) -> None:
    """«موسم 2041» dates the season; "before the end of" a season of two years reads both."""
    found = find_dates(text, reference_date=dt.date(2042, 4, 16))
    assert [(m.value.year, m.until.year if m.until else None) for m in found] == expected


def test_a_year_something_dates_back_to_in_french() -> None:
    """ "remontait à 2031.": a year; "remonte à 2000 dirhams" is an amount."""
    found = find_dates(
        "Le dernier resurfaçage remontait à 2031. Le budget remonte à 2000 dirhams.",
        reference_date=dt.date(2042, 4, 16),
    )
    assert [m.value.year for m in found] == [2031]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Ils s'appuient sur un décret de 2038 qui impose de déclarer les puits.", [2038]),
        ("Le souvenir de la fraude de 2040 plane encore sur la filière.", [2040]),
        ("The floods of 2038 destroyed the weekly souk.", [2038]),
        ("Le budget passe de 2040 à 3000 agents.", []),
        ("The plant has a capacity of 2000 a day.", []),
        ("La station traite plus de 2000 tonnes par an.", []),
    ],
)
def test_a_year_after_a_noun_and_de_or_of(text: str, years: list[int]) -> None:
    """ "un décret de 2038 qui …": the year dates the decree; not a count after "de"."""
    assert [m.value.year for m in find_dates(text)] == years


def test_that_year_in_french_after_a_year_after_de() -> None:
    """ "la fraude de 2040 … En novembre de cette année-là": November 2040."""
    text = "Le souvenir de la fraude de 2040 plane encore. En novembre de cette année-là, tout a changé."
    found = find_dates(text, reference_date=dt.date(2042, 2, 18))
    assert [(m.value.year, m.value.month) for m in found] == [(2040, None), (2040, 11)]


@pytest.mark.parametrize(
    "text",
    [
        "He recalled the shock of January 2041. From January 9 to 11, a storm cut the power.",
        "وذكّر بما عاشته المنطقة في يناير 2041، حين تسببت عاصفة ما بين 9 و11 يناير في انقطاع.",
        "Il a rappelé le choc de janvier 2041. Du 9 au 11 janvier, une tempête a coupé le courant.",
    ],
)
def test_days_of_the_month_just_dated_take_its_year(text: str) -> None:
    """ "January 2041. From January 9 to 11": the days of that January."""
    found = find_dates(text, reference_date=dt.date(2042, 2, 18))
    assert [(m.value.year, m.value.month, m.value.day) for m in found] == [
        (2041, 1, None),
        (2041, 1, 9),
    ]


def test_a_year_after_an_arabic_event_dates_it() -> None:
    """ "جفاف 2040": the drought of 2040."""
    found = find_dates("«لقد علمنا جفاف 2040 أن الماء هنا ليس مجرد مورد».")
    assert [m.value.year for m in found] == [2040]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The first attempts date back to 2018, when the institute tested them.", 2018),
        ("Les premières tentatives remontaient à 2018, lorsque l'institut les a testées.", 2018),
        ("Les travaux remontent à 1998, mais leurs effets restent flous.", 1998),
    ],
)
def test_a_year_things_date_back_to(text: str, year: int) -> None:
    """ "date back to 2018,", "remontent à 1998,": a year, a mark after it."""
    assert [m.value.year for m in find_dates(text)] == [year]


def test_what_dates_back_to_a_count_is_no_year() -> None:
    """ "date back to 2000 farmers": a count."""
    assert find_dates("The records date back to 2000 farmers in the valley.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We will meet this July 14 to sign it.", [("July 14", "2026-07-14")]),
        ("New Irrigation Scheme: This May Help Farmers Cope", []),
    ],
)
def test_this_before_a_day_or_in_a_headline(text: str, expected: list[tuple[str, str]]) -> None:
    """ "this July 14" keeps its day; "This May Help" in title case is no date."""
    found = find_dates(text, reference_date=dt.date(2026, 2, 2))
    assert [(m.quote, m.value.isoformat()) for m in found] == expected


def test_a_year_of_the_common_era_is_a_date_and_one_of_another_calendar_is_not() -> None:
    """ "نسخ في 1348 ميلادية، الموافق لـ749 هجرية": the Gregorian year only."""
    found = find_dates("نسخ المخطوط في 1348 ميلادية، الموافق لـ749 هجرية.")
    assert [m.value.year for m in found] == [1348]


def test_the_two_before_a_verb_in_the_dual_is_no_monday() -> None:
    """ "وجدنا الاثنين يدبران": both of them, not Monday."""
    assert find_dates("وهنا وجدنا الاثنين يدبران بأدوات حديثة.") == []
