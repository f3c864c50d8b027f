"""The words of dates and quantities, read from one data file per language.

``lexicon/<language>.json`` lists, for one language, the names of months and
weekdays, the words of relative dates and year horizons, scale words, spelled-out
numbers, units with the words and symbols that write them, qualifiers, the words
that are never counted nouns, and the small words the readers look for around them
(articles, "and", auxiliaries, the links of ranges and changes). A linguist reviews
a plain diff of a file; a new language is a new file. The files are read through
`importlib.resources` and structured by the project's strict converter, so a
mistake in one is reported with its file and path. `WORDS` merges every language
into the normalised look-up tables the scanners use: an article may mix languages,
and a word names the same month whichever file lists it. ``units.json`` says what
the units mean in every language: the metric a quantity of one measures, and whether
it counts people.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from .. import _wordfiles
from ..values import Qualifier
from ._normalize import normalize
from ._tokens import tokenize

__all__ = [
    "WORDS",
    "Language",
    "Lexicon",
    "UnitMeaning",
    "UnitMeanings",
    "UnitWords",
    "languages",
    "read_language",
    "read_meanings",
]


def _length(size: int) -> Any:
    def check(_: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
        if len(value) != size:
            raise ValueError(f"{attribute.name} needs {size} entries, got {len(value)}")

    return check


@attrs.frozen(kw_only=True)
class UnitWords:
    """A unit, the factor that brings it to its base (GW is 1000 MW), and how it is written.

    ``words`` follow the number ("500 درهم", "3 GW", "12 000 emplois"); ``before``
    may also stand before it ("$3.4 billion", "MAD 200 million").
    """

    unit: str
    words: tuple[str, ...]
    factor: float = 1
    before: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class UnitMeaning:
    """What a unit means in every language (``units.json``)."""

    metric: str | None = None
    """What a target or a statistic of the unit measures ("engineers", "capacity")."""
    people: bool = False
    """Whether it counts people, more precisely than a staff does."""
    measure: bool = False
    """Whether it is a unit of measure ("12 MW", "40 hectares"), which counts no things."""
    signed: bool = False
    """Whether its values may fall below zero, with a minus sign or word before them
    ("-3,4 °C", "minus 3.4 degrees Celsius"); a dash before any other number is a range's
    or a list's."""


@attrs.frozen(kw_only=True)
class UnitMeanings:
    """The file ``units.json``: the meaning of units, by the unit the languages write."""

    about: str
    units: dict[str, UnitMeaning]


@attrs.frozen(kw_only=True)
class Language:
    """One language's words for dates and quantities, as its data file gives them."""

    about: str
    months: tuple[tuple[str, ...], ...] = attrs.field(validator=_length(12))
    """Twelve lists: the names of January, February … in every spelling."""
    weekdays: tuple[tuple[str, ...], ...] = attrs.field(validator=_length(7))
    """Seven lists, Monday first."""
    ordinals: tuple[tuple[str, ...], ...]
    """Words for the first, second … day of a month (فاتح, premier)."""
    today: tuple[str, ...]
    yesterday: tuple[str, ...]
    tomorrow: tuple[str, ...]
    before_yesterday: tuple[str, ...] = ()
    """The day before yesterday, as a phrase ("أول أمس", "avant-hier")."""
    past: tuple[str, ...]
    """Words after a month or weekday that put it in the past (الماضي, dernier)."""
    next: tuple[str, ...]
    past_before: tuple[str, ...] = ()
    """Words before a weekday or a month that put it in the past ("last Monday", "last
    October")."""
    next_before: tuple[str, ...] = ()
    this_before: tuple[str, ...] = ()
    """Words before a month that put it in the reference's year ("this July")."""
    coming_after_this: tuple[str, ...] = ()
    """Words between one of ``this_before`` and a month that make it the next such month
    ("this coming July"); alone they are no date's ("visitors coming May 12")."""
    current: tuple[str, ...]
    future_before: tuple[str, ...] = ()
    """Words a few words before a weekday, in its clause, that make it the next one ("doit
    les recevoir jeudi", "is due to meet … on Thursday"): what is yet to happen."""
    clause_relatives: tuple[str, ...] = ()
    """Relative pronouns that open a clause inside another ("qui", "that", «الذي»): a
    word of the future after one is the relative clause's, not the main verb's."""
    future_particles: tuple[str, ...] = ()
    """Particles before an Arabic verb in the imperfect that put it in what is yet to
    happen ("على أن تجتمع اللجنة يوم الخميس", "لن تفتح … يوم الاثنين"): the weekday after
    them is the next one."""
    past_verbs: tuple[str, ...] = ()
    """Verbs in the past right before the preposition of a month written without its
    year ("began in March", "a démarré en mars", "انطلقت في مارس"): the last such month
    up to the reference, not the nearest."""
    not_past_before: tuple[str, ...] = ()
    """Words before one of ``past_verbs`` that make it no past ("will be launched in
    March", "sera lancé en mars", "سيتم إطلاقه")."""
    nouns_after: tuple[str, ...] = ()
    """Words of signing (verbs and their verbal noun) whose object is spelt like one of
    ``past_verbs``: after them it is a noun («يوقع عقد توريد …», "to sign a supply
    contract", not «عقد», "held"), and the signing word, or the verb before its verbal
    noun («وتم توقيع عقد …»), tells the tense."""
    future_prefixes: tuple[str, ...] = ()
    """Beginnings of verbs in the future tense (Arabic "سي", "ست"); the words of
    ``not_future`` that begin so are none."""
    future_endings: tuple[str, ...] = ()
    """Endings of verbs in the future tense or the conditional ("emploiera",
    "accueilleront", "financerait")."""
    not_future: tuple[str, ...] = ()
    """Words with those endings or beginnings that are no verb in the future ("caméra",
    "extra", "سيدي")."""
    not_future_beginnings: tuple[str, ...] = ()
    """Beginnings of words that are no verb in the future though they begin as one does
    ("سيا": "سيارة", "سياسة", "سياحة")."""
    weekday_places: tuple[str, ...] = ()
    """Words before a weekday that make it a place's name ("عين الجمعة", "سوق الأربعاء")."""
    weekday_not_before: tuple[str, ...] = ()
    """Words after a weekday's name that make it no day: "نتعلم الاثنين معا", the two
    together, where «الاثنين» is also Monday."""
    until: tuple[str, ...] = ()
    """Words before a weekday that make it the next one ("jusqu'à vendredi", "until
    Friday"): a bare weekday is otherwise the last one."""
    month_nouns: tuple[str, ...] = ()
    """The word for a month, before or after "last", "next" or "this" ("last month",
    "le mois dernier", "الشهر الماضي")."""
    year_words: tuple[str, ...]
    """Words a year may follow (سنة, année)."""
    year_nouns: tuple[str, ...] = ()
    """The word for a year before a year in figures, which makes any four figures a
    date, an old year too: "سنة 1732", "l'année 1850", "the year 1492"."""
    amount_verbs: tuple[str, ...] = ()
    """Verbs after which "de" and a number give an amount, not a year ("l'effectif est de
    2050,", "passé de 1950 à …"), where "de" and a year a mark closes give one ("le choc de
    2040.")."""
    totals: tuple[str, ...] = ()
    """Phrases before a number that make it a total, a count even of a year's shape: "a
    total of 1940 shooting days", "بمجموع 1940 يوم تصوير"."""
    unit_rates: tuple[str, ...] = ()
    """Words besides ``rates`` that say "per" before a unit with the article: «3,5 قناطير
    في الهكتار»."""
    repetitions: tuple[str, ...] = ()
    """Nouns of how many times something happened ("downloaded 41,000 times", "10 000
    fois", «10 آلاف مرة»): counted when a mark or one of ``after_repetitions`` follows,
    and none of ``multiplying`` comes just before; otherwise a multiple ("3 times
    better", "15 times earnings", «أغلى 3 مرات»)."""
    after_repetitions: tuple[str, ...] = ()
    """Words that may follow a count of times: when, where or how often it happened
    ("41,000 times over the summer", "640 000 fois depuis juin", «مرة في اليوم»)."""
    multiplying: tuple[str, ...] = ()
    """Words a few words before a number of times that make it a multiple: "multiplied",
    "multipliée", «تضاعفت», a comparative («أغلى 3 مرات»)."""
    ages_unsaid: tuple[str, ...] = ()
    """Words before an age written with no word for years, which counts years: "women
    aged 45 to 69", "aged 34", "at the age of 14"."""
    month_parts: tuple[str, ...] = ()
    """Words for a part of a month, which date it alone ("fin septembre", "at the end of
    September", "نهاية شتنبر"); not a season's ("la campagne Octobre rose")."""
    horizon_words: tuple[str, ...]
    """Words a horizon year follows (أفق, d'ici, by)."""
    period_ordinals: tuple[str, ...] = ()
    """Ordinals written after a year word, before its year ("الربع الأول من 2028")."""
    periods: tuple[str, ...] = ()
    """Letters joined to the number of a quarter or a half before its year ("Q3 2026",
    "T1 2027"): the year is a date."""
    year_before: tuple[str, ...] = ()
    """Prepositions a bare year in figures follows ("in 2025", "en 2025", "في 2025")."""
    year_before_alone: tuple[str, ...] = ()
    """Prepositions a bare year follows only where no word comes after it: "planned for
    2034.", not "housing for 2000 families"."""
    year_phrases_before: tuple[str, ...] = ()
    """Phrases a bare year follows when a mark comes after it: "as early as 2012,", "en
    hausse de 23 % par rapport à 2040,", "compared with 2040."."""
    back_after: tuple[str, ...] = ()
    """Words joined by a hyphen after a weekday that point back to a day the text spoke
    of ("ce samedi-là")."""
    back_before: tuple[str, ...] = ()
    """Demonstratives before a weekday that point back to a day the text spoke of ("That
    Saturday afternoon", «ذلك السبت»)."""
    edition_nouns: tuple[str, ...] = ()
    """Words for an edition or an event that a year follows and dates: "l'édition 2041 du
    festival", «دورة 2041 من المهرجان», «جفاف 2040»."""
    year_after_noun: tuple[str, ...] = ()
    """Words between a noun and the year that dates it ("le décret de 2038 qui", "the
    floods of 2038 destroyed")."""
    gregorian_after: tuple[str, ...] = ()
    """Words after a number that make it a year of the common era («1215 ميلادية»): a
    date, however old, and no count."""
    other_calendar_after: tuple[str, ...] = ()
    """Words after a number that make it a year of another calendar («612 هجرية»): no
    count, and no date of the calendar dates are given in."""
    old_year_before: tuple[str, ...] = ()
    """Prepositions a year before 1900 follows after a past participle, when a mark comes
    after it: "copied in 1612.", "copié en 1398."."""
    old_year_participles: tuple[str, ...] = ()
    """Past participles that end otherwise than the language's regular ones do ("built",
    "written", "construit"), before ``old_year_before``."""
    old_year_phrases_before: tuple[str, ...] = ()
    """Phrases a year before 1900 follows when a mark comes after it: "a deed dating back
    to 1732,"."""
    year_determiners: tuple[str, ...] = ()
    """Determiners a bare year follows before the lowercase noun it dates: "a 2038 report",
    "the 2034 census"."""
    month_from: tuple[str, ...] = ()
    """Phrases before a month without its year from which something starts ("from
    October", "à partir de septembre", "ابتداء من فبراير"): the next such month from
    the reference, as after a horizon word."""
    years_said: dict[str, tuple[str, ...]] = attrs.Factory(dict)
    """Phrases after a month that give its year from the reference's, by how many years
    after it ("0": "this year", "de cette année", "من السنة الجارية"; "-1": "last year";
    "1": "next year")."""
    to_come_auxiliaries: tuple[str, ...] = ()
    """Modals and the auxiliary of a perfect infinitive ("must be connected", "should have
    received"): after "by" and a month, what is to be done by then, not a past."""
    same_year: tuple[str, ...] = ()
    """Phrases after a month that give it the year of the date written before it ("in
    July 2040, months after the pilot began in February that year", "en février de la
    même année", "في فبراير من السنة نفسها")."""
    since: tuple[str, ...] = ()
    """Words before the year something runs from ("since 2023", "depuis 2024", "منذ"); a
    bare year follows them too."""
    month_words: tuple[str, ...]
    day_words: tuple[str, ...]
    every: tuple[str, ...] = ()
    """Words before a weekday that make it every such day, no date ("every Monday",
    "chaque lundi", «كل يوم اثنين»)."""
    range_words: tuple[str, ...]
    """Words between the days of a range (و, au, and)."""
    range_starts: tuple[str, ...] = ()
    """Words before the first year of a range ("من 2026 إلى 2028", "entre", "from")."""
    year_links: tuple[str, ...] = ()
    """Words between the years of a range (إلى, à, to)."""
    when_openers: tuple[str, ...] = ()
    """Prepositions that open when the first number of a change stood, between it and
    the link to the second ("from 4,200 at the start of the pilot to 2,950")."""
    fillers: tuple[str, ...]
    """Words around a date that are no part of it."""
    and_words: tuple[str, ...] = ()
    """The word "and" ("et", «و»): it joins clauses, across which "depuis" says nothing of
    a month, the clauses of a list and the words of a spelled-out number ("vingt-cinq",
    «خمسة وعشرين»)."""
    before_that: tuple[str, ...] = ()
    """«قبل» before «أن» and a verb: "before it fell", whose time a verb in the past before
    it gives."""
    that: tuple[str, ...] = ()
    """«أن», which opens what is said or to be done: a clause of its own."""
    until_skipped: tuple[str, ...] = ()
    """What stands between "jusqu'" and a date: "jusqu'à", "jusqu'au"."""
    demonstratives: tuple[str, ...] = ()
    """Demonstratives: a word of ``references`` that is also one of ``year_words`` after
    one is a time, no label of the number after it ("cette saison 46 maîtres-nageurs")."""
    determiners: tuple[str, ...] = ()
    """Determiners before a noun: a French word in "-ée" after one is no participle ("sa
    rentrée"), and a word of ``future_before`` after one is a noun ("les plans")."""
    future_determiners: tuple[str, ...] = ()
    """Determiners besides ``determiners`` after which a word of ``future_before`` is a
    noun ("the plans")."""
    past_auxiliaries: tuple[str, ...] = ()
    """French auxiliaries that make a participle after them a verb in the past ("a autorisé
    le traitement en février")."""
    passive_past: tuple[str, ...] = ()
    """Auxiliaries of a passive in the past ("was signed", "were delivered"): between a
    word of the future and a weekday, they make the day another clause's, gone by ("comes
    two days after an agreement was signed on Tuesday")."""
    past_particles: tuple[str, ...] = ()
    """Particles before an Arabic verb in the past («قد رخصت»); before «ي» or «ت» it may be
    one to come («قد يكون»)."""
    of_month: tuple[str, ...] = ()
    """Words between a day, or a word for a part of a month, and the month: "le 15 du mois
    prochain", "the 15th of …", "the end of September"."""
    month_part_articles: tuple[str, ...] = ()
    """Articles before a word for a part of a month: "by the end of September"."""
    until_links: tuple[str, ...] = ()
    """Links of two years that make a range with no word before the first ("2031 to
    2034")."""
    day_articles: tuple[str, ...] = ()
    """Words between the link of a range and its second day ("et le 31 décembre"); an
    apostrophe, too."""
    year_of: tuple[str, ...] = ()
    """A word between a year word and its year: "the end of 2025", "الربع الأول من 2028"."""
    horizon_fillers: tuple[str, ...] = ()
    """Words between a horizon word and its year: "by the end of 2027", "d'ici à 2027",
    "by the start of the 2036 school year"."""
    ordinal_suffixes: tuple[str, ...] = ()
    """What a day number may have joined to it: "1er", "12th"."""
    parts_of_days: tuple[str, ...] = ()
    """Parts of the day in the plural after a weekday: "Sunday nights" are every
    Sunday's."""
    markets: tuple[str, ...] = ()
    """Words for a weekly market: a weekday just before one ("the Saturday souk") or
    after one and "du" ("le souk du samedi") is its market day, no date."""
    market_qualifiers: tuple[str, ...] = ()
    """Words between a market's word and "du" and its day: "le souk hebdomadaire du
    samedi" (not "le Conseil hebdomadaire du jeudi", a meeting)."""
    proclitics: tuple[str, ...] = ()
    """Arabic letters written joined to the number after them ("و30 أبريل"): no name's
    part."""
    distributive: tuple[str, ...] = ()
    """The word between a noun said twice in an aside: "province by province", "région
    par région"."""
    date_fillers: tuple[str, ...] = ()
    """Words a text may hold besides the one date it is, for ``parse_date`` ("في 12 شتنبر
    2025", "en 2025"): any other word makes it no date."""
    scales: dict[str, tuple[str, ...]]
    """Scale words by the power of ten they stand for ("1000": ألف, mille)."""
    scales_alone: tuple[str, ...] = ()
    """Scale words that stand for one of their scale without a number ("المليار يورو")."""
    glued_scales: dict[str, tuple[str, ...]] = attrs.Factory(dict)
    """Scale letters joined to a number after a currency symbol ("$50m", "€1.2b")."""
    grouping_scales: dict[str, tuple[str, ...]] = attrs.Factory(dict)
    """Scale words after which a lone mark, by that mark, groups thousands where it is
    followed by three digits: "1,200 million" in English (a French decimal comma would
    not have a singular English scale after it), "1.200 millions" in French (where a
    decimal is written with a comma). Elsewhere a lone mark before a scale word is a
    decimal one ("1,5 million", "1.25 billion")."""
    dual_scales: tuple[str, ...] = ()
    """Duals in construct that stand for two of their scale before what they count
    ("مليونا درهم": two million dirhams), written like a scale alone in the accusative."""
    halves: tuple[str, ...] = ()
    """Words for a half of the scale just written, after "and" ("مليار ونصف", "un
    milliard et demi")."""
    number_words: dict[str, int]
    """Spelled-out numbers (خمسين, cinquante, fifty) and their values."""
    units: tuple[UnitWords, ...]
    qualifiers: dict[str, tuple[str, ...]]
    """Phrases before a number, by the [`Qualifier`][maroc_ai.Qualifier] they make."""
    barriers: tuple[str, ...]
    """Words between a qualifier and its number ("تجاوز حاجز المليار")."""
    subsets: tuple[str, ...] = ()
    """Words before a number that counts part of what the number before counts ("1 240
    plaintes, dont 310 liées à …"): its noun is that one's when no noun follows it."""
    subsets_after: tuple[str, ...] = ()
    """Phrases after a number that counts part of what the number before counts ("3,200
    women, 146 of whom", "146 d'entre elles"): its noun is that one's."""
    parts_of: tuple[str, ...] = ()
    """Phrases between a number and the whole it is part of ("20 of the 23 outbreaks",
    "20 sur les 23 foyers", "20 من أصل 23 بؤرة", "6 of its 14 hospitals"): the first
    counts what the second does; a bare number after one counts what the quantity just
    before counts ("2,870 cases …, out of nearly 29,000"). Longer phrases first."""
    numbers_of: tuple[str, ...] = ()
    """Phrases before the noun a later bare number counts ("the number of sensors will
    rise to 7,400", "le nombre de conteneurs scannés est passé de 900 à 3 400")."""
    possessives: tuple[str, ...] = ()
    """Possessive determiners between "the number of" and its noun ("its", "ses")."""
    groups_of: tuple[str, ...] = ()
    """Phrases between a number and the group it counts some of ("60 of its engineers",
    "60 de ses ingénieurs", "60 من مهندسي المجموعة"): the number counts what the group's
    noun does, when the lexicon knows that noun as a unit."""
    others_after: tuple[str, ...] = ()
    """Words after a number that count more of what the quantity just given counts ("58
    infirmiers … et 30 autres", "30 more", "30 آخرين")."""
    part_withs: tuple[str, ...] = ()
    """Words before a bare number that lists a part of a whole by what has it ("followed
    by Fez-Meknès with 1,290, …"): the number counts what the whole counts."""
    inclusions: tuple[str, ...] = ()
    """Verbs before a bare number that counts part of the whole just given ("The 187
    pharmacies … include 41 that …", "comprennent 41")."""
    subsets_before: tuple[str, ...] = ()
    """Phrases before a bare number that counts part of the whole given just before,
    perhaps in the sentence before ("… 5 960 patients. Parmi eux, 1 010 …", "Among them,
    1,010")."""
    part_verbs: tuple[str, ...] = ()
    """Verbs after "and" and a bare number that counts part of the whole given before in
    the sentence ("… 1,010 people …, and 186 were referred", "et 186 ont été orientés")."""
    vote_nouns: tuple[str, ...] = ()
    """Nouns of votes cast ("votes", "voix"): a bare number after "to", or before "contre",
    counts them too ("by 49 votes to 7", "49 voix pour, 7 contre")."""
    votes_against: tuple[str, ...] = ()
    """Words that give the votes against beside those for ("to", "contre", "against")."""
    stressed_pronouns: tuple[str, ...] = ()
    """Pronouns set between commas after a subject ("Les capteurs doivent, eux, être posés
    lundi"): an aside a clause goes on past."""
    part_places: tuple[str, ...] = ()
    """Words of place after a bare number that lists a part of a whole by where it is
    ("2,960 learners were in Souss-Massa, 2,310 in Marrakech-Safi", "2 960 dans le
    Souss-Massa"): the number counts what the whole counts."""
    partitive_pronouns: tuple[str, ...] = ()
    """Pronouns before a verb that stand for what the quantity just given counts ("Sur
    2,3 millions de factures, le modèle en a signalé 11.400"): the number after the
    verb counts it too."""
    settings: tuple[str, ...] = ()
    """Prepositions before a count that say where, or about what, something else is
    counted ("dans 9 maisons", "concernant 61.200 patients", "sur 1.480 motifs"): "en"
    after them stands for another count."""
    conversions: tuple[str, ...] = ()
    """Words before an amount that converts the one before into another currency ("46
    millions de dirhams, soit environ 4,3 millions d'euros"): a bare amount after them
    shares the first one's currency."""
    rates: tuple[str, ...] = ()
    """Words between a counted noun and the number it is a rate over ("7.2 bags per 1,000
    passengers", "1,8 médecin pour 1 000 habitants", "7,2 حقيبة لكل ألف مسافر"): a
    decimal counts its noun there, as a whole number does."""
    per_period: tuple[str, ...] = ()
    """Words after a counted noun that make it a rate over time ("2.3 meters a year", "2,3
    mètres par an", "2,3 متر سنويا"): a decimal counts its noun there, as after ``rates``."""
    comparisons: tuple[str, ...] = ()
    """Words before a number compared with the one just given, whose unit it leaves
    unsaid ("400.000 véhicules … contre 200.000", "مقابل", "compared with")."""
    scale_links: tuple[str, ...] = ()
    """What joins a scale word to its unit: "2 millions de personnes", "millions
    d'euros", "millions of dirhams"."""
    relatives: tuple[str, ...] = ()
    """Relative pronouns: a number after one counts what the noun before it names
    («للطلبة، الذين يتابع 3200 منهم»); compared with the words as written after a comma."""
    compared_with: tuple[str, ...] = ()
    """Words between a word of ``comparisons`` and the number compared ("compared with
    200,000", "comparé à 200.000")."""
    restrictives: tuple[str, ...] = ()
    """Words that say a number is small, between a comparison and the number: "compared
    with only 57", "contre seulement 57"."""
    all: tuple[str, ...] = ()
    """Words between a range's link and the number that ends it at the whole ("from 42
    branches to all 640")."""
    going_on: tuple[str, ...] = ()
    """Words before a qualified number that goes on counting what the quantity before
    counts: "420 patients par jour, et jusqu'à 650", "rising to as many as 650"."""
    definite_articles: tuple[str, ...] = ()
    """Definite articles: before the name a parallel link gives ("… and 96,000 of the
    Court …"), and the first word of "le nombre de" after the number it gives."""
    parallel_links: tuple[str, ...] = ()
    """Links after a count that say whose or where from, repeated after a number in
    parallel: "480,000 rulings of the Court of Appeal and 96,000 of the Court of
    Cassation"."""
    change_from: tuple[str, ...] = ()
    """The word before the first number of a count that changed: "dropped from 410",
    "tombés de 23"."""
    change_to: tuple[str, ...] = ()
    """The word before the last number of a count that changed: "rose to 148" (French
    "à" is read as written: its key is the verb "a"'s)."""
    participle_links: tuple[str, ...] = ()
    """Words after a participle that say how or to what ("liées à", "linked to"): the
    participle counts nothing after "dont"."""
    before_count: tuple[str, ...] = ()
    """French words before a count that say the sentence is French: "les 38 chasse-neige
    mobilisés", where a participle after the hyphenated noun ends it."""
    more: tuple[str, ...] = ()
    """Words between "by" and the size of a change: "by a further 4 degrees"."""
    adjective_joiners: tuple[str, ...] = ()
    """Words that join the adjectives or nouns before an English counted noun."""
    modals: tuple[str, ...] = ()
    """English modal verbs after which "number" is a verb: "will number", "will then
    number" (in lower case, as written)."""
    not_counted: tuple[str, ...]
    """Words after a number that are not what it counts (prepositions, "fois", "min" …)."""
    clock_nouns: tuple[str, ...] = ()
    """Hours: counted after a number ("48 heures", "waits 14 hours"), but for a time of day
    after ``clock_before`` ("à 10 heures") and the hours of a day ("24 heures sur 24")."""
    glued_prefixes: tuple[str, ...] = ()
    """Prefixes written joined to a number, of more than two letters ("بالـ21 مليون",
    "للـ300 مستفيد"): the number is read; other letters before it make a name ("G42")."""
    stock_words: tuple[str, ...] = ()
    """Words a few before a quantity that tell it as a stock a count is measured against
    ("among its 690,000 customers", "sur un parc de 690.000 abonnés", "من أصل")."""
    auxiliaries_after_en: tuple[str, ...] = ()
    """Auxiliaries between "en" and a participle before a bare number ("en a numérisé
    7.400"), which then counts what the count before it counts."""
    averages: tuple[str, ...] = ()
    """Words before "the number of" that make it an average, which counts nothing: "the
    average number of treatments fell from 4 to 2.3", "متوسط عدد"."""
    vague_counts: tuple[str, ...] = ()
    """Words that make a scale word before them no number: "a few hundred specialists",
    "quelques centaines", "بضع مئات"."""
    durations: tuple[str, ...] = ()
    """Nouns of time a decimal counts ("3.4 days", "1,5 jour", "2.5 hours"), where a
    decimal counts no other noun ("la loi 26.16 relative à …")."""
    judging_participles: tuple[str, ...] = ()
    """Participles that judge what a subset is, an adjective after them: "dont 27 jugées
    critiques", whose noun is the whole's."""
    below_zero: tuple[str, ...] = ()
    """Words after a value that put it below zero ("14 degrees below zero", "sous zéro",
    «تحت الصفر»), read only after a unit that may be signed (``units.json``)."""
    minus_words: tuple[str, ...] = ()
    """Words for the sign of a value below zero, right before its number ("minus", "moins",
    «ناقص»), read only before a unit that may be signed (``units.json``)."""
    lengths: tuple[str, ...] = ()
    """Lengths written as words, whose decimals count as a duration's do ("2,5 mètres",
    «2,5 متر»): a wave's height, not a count of things."""
    clock_before: tuple[str, ...] = ()
    """Words before a time of day: "à 10 heures", "at 10 hours"."""
    duration_nouns: tuple[str, ...] = ()
    """Nouns of a length of time a few words before the word of ``clock_before`` ("ramener
    ce délai à 12 heures", "the wait stood at 9 hours"): the hours are how long, not when."""
    span_after: tuple[str, ...] = ()
    """Words after hours that make them a span before or after something, no time of day:
    "jusqu'à 12 heures avant", "up to 12 hours before", "jusqu'à 12 heures d'avance"."""
    change_verbs: tuple[str, ...] = ()
    """Verbs of a count that changed, before "from" and its first number ("Complaints
    dropped from 410 to 150", "les accidents sont tombés de 23 à 7"): both numbers count
    what the sentence is about."""
    whole_day_after: tuple[str, ...] = ()
    """Words after a day's hours that make them every hour of it, no count: "24 heures
    sur 24", "24 hours a day", "24 ساعة في اليوم"; "within 24 hours" counts hours."""
    whole_day_before: tuple[str, ...] = ()
    """Words before a day's hours that make them every hour of it: "على مدار 24 ساعة"."""
    references: tuple[str, ...]
    """Words before a number that make it a label, not a count ("القانون 09.08", "article 5")."""
    adjectives: tuple[str, ...]
    """Adjectives that stand between a number and its noun ("300 nouvelles écoles")."""
    adjectives_after_noun: tuple[str, ...] = ()
    """Adjectives of ``adjectives`` that follow the noun they qualify ("restants"): right
    after a number, the noun is left unsaid ("les 6 millions restants proviennent …")
    and no word after them is counted."""
    irregular_participles: tuple[str, ...] = ()
    """English past participles not in "-ed", after a hyphen an adjective's end
    ("hand-woven capes": capes)."""
    hyphen_adjectives: tuple[str, ...] = ()
    """First words of adjectives written with a hyphen before a noun ("high-risk",
    "latest-generation"): the noun alone is counted ("3,400 high-risk files": files)."""
    modifier_nouns: tuple[str, ...] = ()
    """Nouns that end as adjectives do ("olive", "patient"), kept with the noun they
    qualify: "5,200 olive growers" counts olive growers."""
    nouns_in_s: tuple[str, ...] = ()
    """Nouns that end in "s" and are no plural ("customs", "logistics"), kept with the
    noun they qualify: "240 customs officers" counts customs officers."""
    compound_nouns: tuple[str, ...] = ()
    """Counted nouns of two words or more, kept whole where a word of theirs would be
    dropped as an adjective or a complement: "12 general practitioners", "3 milles
    nautiques", "9 أطباء أشعة"."""
    compound_heads: tuple[str, ...] = ()
    """Arabic nouns whose counted noun goes on with the verbal noun after them ("212
    عملية حجز", "2860 عملية تفتيش"): a word without the article, a preposition or the
    feminine ending, which an adjective agreeing with them would have."""


def languages() -> tuple[str, ...]:
    """The languages with a data file, by code: ``("ar", "en", "fr")``."""
    return _wordfiles.codes(__package__)


def read_language(code: str) -> Language:
    """The words of one language, from ``lexicon/<code>.json``.

    Raises:
        DatasetError: listing every problem of the file, each with its path.

    """
    return _wordfiles.read(__package__, code, Language)


def phrase(text: str) -> tuple[str, ...]:
    """A phrase as the keys of its tokens: "d'euros" is ``("d", "'", "euros")``."""
    return tuple(token.key for token in tokenize(text))


def keys(words: Iterable[str]) -> frozenset[str]:
    """The normalised forms of ``words``, without the empty ones."""
    return frozenset(normalize(word) for word in words if normalize(word))


@attrs.frozen(kw_only=True)
class Lexicon:
    """Every language's words merged into the normalised tables the scanners look up."""

    months: Mapping[str, int]
    """Normalised month names (two-word names joined by a space) and their numbers."""
    month_first_words: frozenset[str]
    """First words of the two-word month names (كانون، تشرين)."""
    month_names: tuple[tuple[str, ...], ...]
    """Each month's names as written, for dateutil."""
    weekdays: Mapping[str, int]
    """Normalised weekday names, and the ISO number of the day (Monday is 1)."""
    weekday_names: tuple[tuple[str, ...], ...]
    ordinals: Mapping[str, int]
    today: frozenset[str]
    yesterday: frozenset[str]
    tomorrow: frozenset[str]
    past: frozenset[str]
    next: frozenset[str]
    before_yesterday: tuple[tuple[str, ...], ...]
    """The phrases for the day before yesterday, as the keys of their tokens."""
    past_before: frozenset[str]
    next_before: frozenset[str]
    this_before: frozenset[str]
    coming_after_this: frozenset[str]
    current: frozenset[str]
    month_nouns: frozenset[str]
    until: frozenset[str]
    future_before: frozenset[str]
    clause_relatives: frozenset[str]
    future_particles: frozenset[str]
    past_verbs: frozenset[str]
    accented_past_verbs: frozenset[str]
    """The keys of ``past_verbs`` written with a final "é" ("démarré"), which are also
    the keys of a verb in the present ("démarre")."""
    not_past_before: frozenset[str]
    nouns_after: frozenset[str]
    future_prefixes: tuple[str, ...]
    future_endings: tuple[str, ...]
    not_future: frozenset[str]
    not_future_beginnings: tuple[str, ...]
    weekday_places: frozenset[str]
    weekday_not_before: frozenset[str]
    year_words: frozenset[str]
    year_nouns: frozenset[str]
    amount_verbs: frozenset[str]
    totals: tuple[tuple[str, ...], ...]
    repetitions: frozenset[str]
    unit_rates: frozenset[str]
    after_repetitions: frozenset[str]
    multiplying: frozenset[str]
    ages_unsaid: tuple[tuple[str, ...], ...]
    month_parts: frozenset[str]
    horizon_words: frozenset[str]
    period_ordinals: frozenset[str]
    periods: frozenset[str]
    year_before: frozenset[str]
    """Words a bare year follows: the languages' ``year_before`` and ``since``."""
    year_before_alone: frozenset[str]
    year_phrases_before: tuple[tuple[str, ...], ...]
    old_year_phrases_before: tuple[tuple[str, ...], ...]
    gregorian_after: frozenset[str]
    other_calendar_after: frozenset[str]
    old_year_before: frozenset[str]
    back_after: frozenset[str]
    back_before: frozenset[str]
    edition_nouns: frozenset[str]
    year_after_noun: frozenset[str]
    old_year_participles: frozenset[str]
    year_determiners: frozenset[str]
    since: frozenset[str]
    month_from: tuple[tuple[str, ...], ...]
    same_year: tuple[tuple[str, ...], ...]
    to_come_auxiliaries: frozenset[str]
    years_said: tuple[tuple[tuple[str, ...], int], ...]
    """``(phrase, years after the reference's)`` for every language's ``years_said``."""
    month_words: frozenset[str]
    day_words: frozenset[str]
    every: frozenset[str]
    range_words: frozenset[str]
    range_starts: frozenset[str]
    year_links: frozenset[str]
    when_openers: frozenset[str]
    fillers: frozenset[str]
    and_words: frozenset[str]
    before_that: frozenset[str]
    that: frozenset[str]
    until_skipped: frozenset[str]
    demonstratives: frozenset[str]
    determiners: frozenset[str]
    future_determiners: frozenset[str]
    past_auxiliaries: frozenset[str]
    passive_past: frozenset[str]
    past_particles: frozenset[str]
    of_month: frozenset[str]
    month_part_articles: frozenset[str]
    until_links: frozenset[str]
    day_articles: frozenset[str]
    year_of: frozenset[str]
    horizon_fillers: frozenset[str]
    ordinal_suffixes: frozenset[str]
    parts_of_days: frozenset[str]
    markets: frozenset[str]
    market_qualifiers: frozenset[str]
    proclitics: frozenset[str]
    distributive: frozenset[str]
    date_fillers: frozenset[str]
    scales: Mapping[str, int]
    scales_alone: frozenset[str]
    glued_scales: Mapping[str, int]
    halves: frozenset[str]
    dual_scales: frozenset[str]
    grouping_scales: Mapping[str, frozenset[str]]
    """The scale words after which each mark groups thousands."""
    number_words: Mapping[str, int]
    units: tuple[tuple[tuple[str, ...], str, Decimal], ...]
    """``(phrase, unit, factor)`` for every way of writing a unit after a number."""
    units_before: tuple[tuple[tuple[str, ...], str], ...]
    """``(phrase, unit)`` for the symbols and codes written before a number."""
    qualifiers: tuple[tuple[tuple[str, ...], Qualifier], ...]
    barriers: frozenset[str]
    subsets_after: tuple[tuple[str, ...], ...]
    parts_of: tuple[tuple[str, ...], ...]
    groups_of: tuple[tuple[str, ...], ...]
    numbers_of: tuple[tuple[str, ...], ...]
    below_zero: tuple[tuple[str, ...], ...]
    judging_participles: frozenset[str]
    possessives: frozenset[str]
    others_after: frozenset[str]
    settings: frozenset[str]
    conversions: tuple[tuple[str, ...], ...]
    rates: frozenset[str]
    partitive_pronouns: frozenset[str]
    stressed_pronouns: frozenset[str]
    part_places: frozenset[str]
    part_withs: frozenset[str]
    inclusions: frozenset[str]
    subsets_before: tuple[tuple[str, ...], ...]
    part_verbs: frozenset[str]
    vote_nouns: frozenset[str]
    votes_against: frozenset[str]
    comparisons: frozenset[str]
    scale_links: frozenset[str]
    relatives: frozenset[str]
    compared_with: frozenset[str]
    restrictives: frozenset[str]
    all: frozenset[str]
    going_on: frozenset[str]
    definite_articles: frozenset[str]
    parallel_links: frozenset[str]
    change_from: frozenset[str]
    change_to: frozenset[str]
    participle_links: frozenset[str]
    before_count: frozenset[str]
    more: frozenset[str]
    adjective_joiners: frozenset[str]
    modals: frozenset[str]
    subsets: frozenset[str]
    not_counted: frozenset[str]
    clock_nouns: frozenset[str]
    glued_prefixes: frozenset[str]
    durations: frozenset[str]
    minus_words: frozenset[str]
    lengths: frozenset[str]
    averages: frozenset[str]
    vague_counts: frozenset[str]
    stock_words: frozenset[str]
    auxiliaries_after_en: frozenset[str]
    clock_before: frozenset[str]
    duration_nouns: frozenset[str]
    span_after: tuple[tuple[str, ...], ...]
    whole_day_after: tuple[tuple[str, ...], ...]
    per_period: tuple[tuple[str, ...], ...]
    change_verbs: frozenset[str]
    whole_day_before: frozenset[str]
    references: frozenset[str]
    adjectives: frozenset[str]
    adjectives_after_noun: frozenset[str]
    modifier_nouns: frozenset[str]
    nouns_in_s: frozenset[str]
    hyphen_adjectives: frozenset[str]
    irregular_participles: frozenset[str]
    compound_nouns: tuple[tuple[str, ...], ...]
    compound_heads: frozenset[str]
    unit_metrics: Mapping[str, str]
    """What a quantity of each unit measures, as ``units.json`` gives it."""
    people_units: frozenset[str]
    """The units that count people, as ``units.json`` gives them."""
    measure_units: frozenset[str]
    """The units of measure, as ``units.json`` gives them."""
    signed_units: frozenset[str]
    """The units whose values may fall below zero, as ``units.json`` gives them."""


def _merge(read: Mapping[str, Language], meanings: UnitMeanings) -> Lexicon:
    every = list(read.values())

    def words(field: str) -> frozenset[str]:
        return keys(word for language in every for word in getattr(language, field))

    def phrases(field: str) -> tuple[tuple[str, ...], ...]:
        return tuple(phrase(text) for language in every for text in getattr(language, field))

    month_names = tuple(
        tuple(dict.fromkeys(name for language in every for name in language.months[index]))
        for index in range(12)
    )
    weekday_names = tuple(
        tuple(dict.fromkeys(name for language in every for name in language.weekdays[index]))
        for index in range(7)
    )
    ordinals = {
        normalize(word): day
        for language in every
        for day, names in enumerate(language.ordinals, start=1)
        for word in names
    }
    units = tuple(
        (phrase(word), entry.unit, Decimal(str(entry.factor)))
        for language in every
        for entry in language.units
        for word in entry.words
    )
    units_before = tuple(
        (phrase(word), entry.unit)
        for language in every
        for entry in language.units
        for word in entry.before
    )
    unknown = sorted(
        set(meanings.units) - {entry.unit for language in every for entry in language.units}
    )
    if unknown:
        raise ValueError(f"units.json gives the meaning of units no language writes: {unknown}")
    qualifiers = tuple(
        (phrase(written), Qualifier(name))
        for language in every
        for name, phrases in language.qualifiers.items()
        for written in phrases
    )
    return Lexicon(
        months={
            normalize(name): number for number, names in enumerate(month_names, 1) for name in names
        },
        month_first_words=frozenset(
            normalize(name).split()[0] for names in month_names for name in names if " " in name
        ),
        month_names=month_names,
        weekdays={
            normalize(name): number
            for number, names in enumerate(weekday_names, 1)
            for name in names
        },
        weekday_names=weekday_names,
        ordinals=ordinals,
        today=words("today"),
        yesterday=words("yesterday"),
        tomorrow=words("tomorrow"),
        past=words("past"),
        next=words("next"),
        before_yesterday=phrases("before_yesterday"),
        past_before=words("past_before"),
        next_before=words("next_before"),
        this_before=words("this_before"),
        coming_after_this=words("coming_after_this"),
        current=words("current"),
        month_nouns=words("month_nouns"),
        until=words("until"),
        future_before=words("future_before"),
        clause_relatives=words("clause_relatives"),
        future_particles=words("future_particles"),
        past_verbs=words("past_verbs"),
        accented_past_verbs=frozenset(
            normalize(word)
            for language in every
            for word in language.past_verbs
            if word.endswith("é")
        ),
        not_past_before=words("not_past_before"),
        nouns_after=words("nouns_after"),
        future_prefixes=tuple(
            sorted({prefix for language in every for prefix in language.future_prefixes})
        ),
        future_endings=tuple(
            sorted({ending for language in every for ending in language.future_endings})
        ),
        not_future=words("not_future"),
        not_future_beginnings=tuple(
            sorted({start for language in every for start in language.not_future_beginnings})
        ),
        weekday_places=words("weekday_places"),
        weekday_not_before=words("weekday_not_before"),
        year_words=words("year_words"),
        year_nouns=words("year_nouns"),
        amount_verbs=words("amount_verbs"),
        totals=phrases("totals"),
        repetitions=words("repetitions"),
        unit_rates=words("unit_rates"),
        after_repetitions=words("after_repetitions"),
        multiplying=words("multiplying"),
        ages_unsaid=phrases("ages_unsaid"),
        month_parts=words("month_parts"),
        horizon_words=words("horizon_words"),
        period_ordinals=words("period_ordinals"),
        periods=words("periods"),
        year_before=words("year_before") | words("since"),
        year_before_alone=words("year_before_alone"),
        year_phrases_before=phrases("year_phrases_before"),
        old_year_phrases_before=phrases("old_year_phrases_before"),
        gregorian_after=words("gregorian_after"),
        other_calendar_after=words("other_calendar_after"),
        old_year_before=words("old_year_before"),
        back_after=words("back_after"),
        back_before=words("back_before"),
        edition_nouns=words("edition_nouns"),
        year_after_noun=words("year_after_noun"),
        old_year_participles=words("old_year_participles"),
        year_determiners=words("year_determiners"),
        since=words("since"),
        month_from=phrases("month_from"),
        same_year=phrases("same_year"),
        to_come_auxiliaries=words("to_come_auxiliaries"),
        years_said=tuple(
            (phrase(text), int(shift))
            for language in every
            for shift, texts in language.years_said.items()
            for text in texts
        ),
        month_words=words("month_words"),
        day_words=words("day_words"),
        every=words("every"),
        range_words=words("range_words"),
        range_starts=words("range_starts"),
        year_links=words("year_links"),
        when_openers=words("when_openers"),
        fillers=words("fillers"),
        and_words=words("and_words"),
        before_that=words("before_that"),
        that=words("that"),
        until_skipped=words("until_skipped"),
        demonstratives=words("demonstratives"),
        determiners=words("determiners"),
        future_determiners=words("future_determiners"),
        past_auxiliaries=words("past_auxiliaries"),
        passive_past=words("passive_past"),
        past_particles=words("past_particles"),
        of_month=words("of_month"),
        month_part_articles=words("month_part_articles"),
        until_links=words("until_links"),
        day_articles=words("day_articles"),
        year_of=words("year_of"),
        horizon_fillers=words("horizon_fillers"),
        ordinal_suffixes=words("ordinal_suffixes"),
        parts_of_days=words("parts_of_days"),
        markets=words("markets"),
        market_qualifiers=words("market_qualifiers"),
        proclitics=words("proclitics"),
        distributive=words("distributive"),
        date_fillers=words("date_fillers"),
        scales={
            normalize(word): int(power)
            for language in every
            for power, names in language.scales.items()
            for word in names
        },
        scales_alone=words("scales_alone"),
        glued_scales={
            normalize(word): int(power)
            for language in every
            for power, names in language.glued_scales.items()
            for word in names
        },
        halves=words("halves"),
        dual_scales=words("dual_scales"),
        grouping_scales={
            mark: frozenset(
                normalize(word)
                for language in every
                for word in language.grouping_scales.get(mark, ())
            )
            for mark in {mark for language in every for mark in language.grouping_scales}
        },
        number_words={
            normalize(word): value
            for language in every
            for word, value in language.number_words.items()
        },
        units=units,
        units_before=units_before,
        qualifiers=qualifiers,
        barriers=words("barriers"),
        subsets_after=phrases("subsets_after"),
        parts_of=phrases("parts_of"),
        groups_of=phrases("groups_of"),
        numbers_of=phrases("numbers_of"),
        below_zero=phrases("below_zero"),
        judging_participles=words("judging_participles"),
        possessives=words("possessives"),
        others_after=words("others_after"),
        settings=words("settings"),
        conversions=phrases("conversions"),
        rates=words("rates"),
        partitive_pronouns=words("partitive_pronouns"),
        stressed_pronouns=words("stressed_pronouns"),
        part_places=words("part_places"),
        part_withs=words("part_withs"),
        inclusions=words("inclusions"),
        subsets_before=phrases("subsets_before"),
        part_verbs=words("part_verbs"),
        vote_nouns=words("vote_nouns"),
        votes_against=words("votes_against"),
        comparisons=words("comparisons"),
        scale_links=words("scale_links"),
        relatives=words("relatives"),
        compared_with=words("compared_with"),
        restrictives=words("restrictives"),
        all=words("all"),
        going_on=words("going_on"),
        definite_articles=words("definite_articles"),
        parallel_links=words("parallel_links"),
        change_from=words("change_from"),
        change_to=words("change_to"),
        participle_links=words("participle_links"),
        before_count=words("before_count"),
        more=words("more"),
        adjective_joiners=words("adjective_joiners"),
        modals=words("modals"),
        subsets=words("subsets"),
        not_counted=words("not_counted"),
        clock_nouns=words("clock_nouns"),
        glued_prefixes=words("glued_prefixes"),
        durations=words("durations"),
        minus_words=words("minus_words"),
        lengths=words("lengths"),
        averages=words("averages"),
        vague_counts=words("vague_counts"),
        stock_words=words("stock_words"),
        auxiliaries_after_en=words("auxiliaries_after_en"),
        clock_before=words("clock_before"),
        duration_nouns=words("duration_nouns"),
        span_after=phrases("span_after"),
        whole_day_after=phrases("whole_day_after"),
        per_period=phrases("per_period"),
        change_verbs=words("change_verbs"),
        whole_day_before=words("whole_day_before"),
        references=words("references"),
        adjectives=words("adjectives"),
        adjectives_after_noun=words("adjectives_after_noun"),
        modifier_nouns=words("modifier_nouns"),
        nouns_in_s=words("nouns_in_s"),
        hyphen_adjectives=words("hyphen_adjectives"),
        irregular_participles=words("irregular_participles"),
        compound_nouns=phrases("compound_nouns"),
        compound_heads=words("compound_heads"),
        unit_metrics={
            unit: meaning.metric
            for unit, meaning in meanings.units.items()
            if meaning.metric is not None
        },
        people_units=frozenset(unit for unit, meaning in meanings.units.items() if meaning.people),
        measure_units=frozenset(
            unit for unit, meaning in meanings.units.items() if meaning.measure
        ),
        signed_units=frozenset(unit for unit, meaning in meanings.units.items() if meaning.signed),
    )


def read_meanings() -> UnitMeanings:
    """What each unit means, from ``units.json``.

    Raises:
        DatasetError: listing every problem of the file, each with its path.

    """
    return _wordfiles.read_file(__package__, "units.json", UnitMeanings)


@functools.cache
def lexicon() -> Lexicon:
    """The merged words of every language, read once."""
    return _merge({code: read_language(code) for code in languages()}, read_meanings())


WORDS = lexicon()
"""The merged words of every language (`Lexicon`)."""
