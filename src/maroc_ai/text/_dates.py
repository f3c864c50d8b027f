"""Dates as Moroccan news writes them, read through python-dateutil.

[`ArabicParserInfo`][maroc_ai.text.ArabicParserInfo] is a `dateutil.parser.parserinfo` that knows the
month and weekday names the press of the Maghreb and the Mashriq uses, in Arabic,
French and English. [`find_dates`][maroc_ai.text.find_dates] scans a text token by token for the phrases
that carry a date ("12 شتنبر 2025", "فاتح وثاني يوليوز", "في أفق سنة 2029",
"اليوم الجمعة") and hands each one to dateutil with that parserinfo; what the text
does not give stays unknown, so each result is a
[`PartialDate`][maroc_ai.values.PartialDate] at the precision the text gives.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import operator
from collections.abc import Collection, Sequence

import attrs
from dateutil import parser as dateutil_parser

from ..values import PartialDate, Precision, Weekday
from ._lexicon import WORDS
from ._mentions import DateMention
from ._parserinfo import ArabicParserInfo
from ._tense import (
    english_past_participle,
    french_past_participle,
    future_by_ending,
    future_by_prefix,
)
from ._tokens import MARK, NUMBER, WORD, Token, forms_in, phrase_at, tokenize
from ._years import LATEST, started_range

__all__ = ["dates_in_tokens", "is_filler", "scan_dates"]


INFO = ArabicParserInfo()
_PARSER = dateutil_parser.parser(INFO)
_MONTHS = WORDS.months
_WEEKDAYS = WORDS.weekdays
_TEENS = frozenset(
    word for word, value in WORDS.number_words.items() if value == 10 and word >= "\u0600"
)
"""Arabic "ten", the second word of the numbers eleven to nineteen: "الأحد عشر" is eleven."""
_ORDINALS = WORDS.ordinals
_MONTH_FIRST_WORDS = WORDS.month_first_words
_YEAR_WORDS = WORDS.year_words
_HORIZON_WORDS = WORDS.horizon_words
_MONTH_PARTS = WORDS.month_parts
_PERIODS = WORDS.periods
_YEAR_BEFORE = WORDS.year_before
_YEAR_BEFORE_ALONE = WORDS.year_before_alone
_YEAR_PHRASES_BEFORE = WORDS.year_phrases_before
_OLD_YEAR_PHRASES_BEFORE = WORDS.old_year_phrases_before
_OLD_YEAR_BEFORE = WORDS.old_year_before
_BEFORE_THAT = WORDS.before_that
"""«قبل» before «أن» and a verb: "before it fell", whose time a verb in the past before
it gives."""
_TO_COME_AUXILIARIES = WORDS.to_come_auxiliaries
_THAT = WORDS.that
"""«أن» (folded), which opens what is said or to be done: a clause of its own."""
_SINCE = WORDS.since
_PAST_VERBS = WORDS.past_verbs
_COMMAS = frozenset({",", "،"})
_NOT_PAST_BEFORE = WORDS.not_past_before
_NOUNS_AFTER = WORDS.nouns_after
_SINCE_REACH = 12
"""Words back from a month's preposition within which "depuis" makes it the last one."""
_JOINING = WORDS.and_words
"""Words that join clauses, across which "depuis" says nothing of a month."""
_ELISIONS = frozenset({"'", "’"})
"""Apostrophes, which elide a word within a clause: "l'AREF", "d'avril"."""
_UNTIL_SKIPPED = WORDS.until_skipped | _ELISIONS
"""What stands between "jusqu'" and a date: "jusqu'à", "jusqu'au"."""
_PAST_REACH = 6
_START = operator.attrgetter("start")
_SENTENCE_ENDS = frozenset({".", "!", "?", "؟"})
"""Marks that end a sentence, across which no year said carries to a day."""
_LEAD_REACH = 12
"""Words after the comma that sets off a date leading its sentence, looked through for the
clause's verb ("En janvier, un épisode orageux d'une rare intensité a submergé …")."""
"""Words back from a month's preposition within which a verb in the past is looked for."""
_DETERMINERS = WORDS.determiners
"""French words before a noun: a word in "-ée" after one is no participle ("sa rentrée")."""
_AUXILIARIES = WORDS.past_auxiliaries
"""French auxiliaries that make a participle after them a verb in the past."""
_ARABIC_PAST_PARTICLES = WORDS.past_particles
"""Particles before an Arabic verb in the past («قد رخصت»); before «ي» or «ت» it may be
one to come («قد يكون»)."""
_NOUN_BEFORE = _DETERMINERS | WORDS.future_determiners
"""Words before a noun: a word of the future after one is a noun ("les plans", "the plans")."""
_MONTH_FROM = WORDS.month_from
_WEEKDAY_PLACES = WORDS.weekday_places
_YEARS_SAID = WORDS.years_said
_SAME_YEAR = WORDS.same_year
_RANGE_STARTS = WORDS.range_starts | WORDS.year_before
_YEAR_LINKS = WORDS.year_links
_MONTH_RANGE_STARTS = WORDS.range_starts
"""Words that start a range of months ("de", "between", "من"); not "en", "in", which a
list of months follows as well."""
_UNIT_WORDS = frozenset(phrase[0] for phrase, _, _ in WORDS.units)


def _units_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    """The lexicon's units by first word: "pour cent" is a unit, "pour les" is none."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase, _, _ in WORDS.units:
        by_first.setdefault(phrase[0], []).append(phrase)
    return by_first


_UNIT_PHRASES = _units_by_first_word()


def _unit_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether a unit's whole phrase stands at ``tokens[k]``: "MW", "pour cent", "في المائة"."""
    form = _lookup(tokens[k], _UNIT_WORDS)
    return form is not None and any(
        all(
            k + n < len(tokens) and (n == 0 or tokens[k + n].key == word)
            for n, word in enumerate(phrase)
        )
        for phrase in _UNIT_PHRASES[form]
    )


_SCALE_WORDS = frozenset(WORDS.scales)
_MONTH_WORDS = WORDS.month_words
_DAY_WORDS = WORDS.day_words
_TODAY = WORDS.today
_YESTERDAY = WORDS.yesterday
_TOMORROW = WORDS.tomorrow
_PAST = WORDS.past
_NEXT = WORDS.next
_PAST_BEFORE = WORDS.past_before
_NEXT_BEFORE = WORDS.next_before
_THIS_BEFORE = WORDS.this_before
_COMING_AFTER_THIS = WORDS.coming_after_this
_CURRENT = WORDS.current
_MONTH_NOUNS = WORDS.month_nouns
_UNTIL = WORDS.until
_UNTIL_REACH = 3
"""Words between "jusqu" and the weekday it is until, at most ("jusqu'au")."""
_FUTURE_REACH = 14
"""Words back from a weekday within which a word of the future makes it the next one."""
_FUTURE_BEFORE = WORDS.future_before
_PASSIVE_REACH = 3
"""Words from a passive in the past to the day it dates, at most: "was signed on Tuesday"."""
_CLAUSE_RELATIVES = WORDS.clause_relatives
_AND = WORDS.range_words
_DASHES = {"-", "–", "—", "/"}
_PART_OF = WORDS.of_month
"""Words between a word for a part of a month and the month: "the end of September"."""
_THE = WORDS.month_part_articles
"""Articles before a word for a part of a month: "by the end of September"."""
_UNTIL_LINKS = WORDS.until_links
"""Links of two years that make a range with no word before the first ("2031 to 2034")."""
_DAY_ARTICLES = WORDS.day_articles | {"'"}
"""Words between the link of a range and its second day ("et le 31 décembre")."""
_YEAR_OF = WORDS.year_of
"""A word between a year word and its year: "the end of 2025", "الربع الأول من 2028"."""
_PERIOD_ORDINALS = WORDS.period_ordinals
_END_OF = WORDS.horizon_fillers | {"'"}
"""Words between a horizon word and its year: "by the end of 2027", "d'ici à 2027", "by
the start of the 2036 school year"."""
_AFTER_DAY = frozenset(
    {*(month for month in _MONTHS if " " not in month), *_MONTH_FIRST_WORDS, *_AND, "من"}
)
"""The words that can follow a day in a date: a month's (first) word, "and", "to", من."""
_ORDINAL_SUFFIXES = WORDS.ordinal_suffixes
"""What a day number may have joined to it: "1er", "12th"."""


_BEFORE_YESTERDAY: dict[str, list[tuple[str, ...]]] = {}
for _phrase in WORDS.before_yesterday:
    _BEFORE_YESTERDAY.setdefault(_phrase[0], []).append(_phrase)
"""The phrases for the day before yesterday, by their first word."""
_TRIGGERS = frozenset(
    {
        *_BEFORE_YESTERDAY,
        *_ORDINALS,
        *_MONTH_FIRST_WORDS,
        *_YEAR_WORDS,
        *_HORIZON_WORDS,
        *_PERIODS,
        *_MONTH_WORDS,
        *_DAY_WORDS,
        *_TODAY,
        *_YESTERDAY,
        *_TOMORROW,
        *_PAST_BEFORE,
        *_NEXT_BEFORE,
        *_THIS_BEFORE,
        *_MONTHS,
        *_WEEKDAYS,
        *_MONTH_NOUNS,
    }
)
"""Every word a date phrase can start with."""
_MONTH_SHIFTS = _PAST_BEFORE | _NEXT_BEFORE | _THIS_BEFORE
"""Words before a month that put it in the past or the future ("last October") or in the
reference's year ("this July")."""
_RELATIVE = frozenset(
    {
        *_PAST_BEFORE,
        *_NEXT_BEFORE,
        *_TODAY,
        *_YESTERDAY,
        *_TOMORROW,
        *_DAY_WORDS,
        *_BEFORE_YESTERDAY,
    }
)
"""Words before a weekday, or alone, that give a day relative to the reference."""
_AFTER_NUMBER = frozenset({*_DASHES, "-", *_AND})
"""Marks and words that may follow the first number of a date (12/09/2025, 1 و 2 ماي)."""


def _bare(token: Token) -> tuple[str, ...]:
    """The token's key, and without a joined one-letter prefix (وثاني → ثاني)."""
    return token.forms


_LOOKED_UP: dict[tuple[tuple[str, ...], int], str | None] = {}
"""What `_lookup` answered, by a token's forms and the table asked: news and
adversarial texts alike repeat their words."""


def _imperfect(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is shaped like an Arabic verb in the imperfect: تجتمع، يفتح."""
    return k < len(tokens) and tokens[k].kind == WORD and _imperfect_key(tokens[k].key)


def _imperfect_key(key: str) -> bool:
    """Whether a word's key has the shape of an Arabic verb in the imperfect."""
    return len(key) >= 4 and key[0] in "يتن" and key.isalpha() and key[0] >= "\u0600"


def _imperfect_after_wa(token: Token) -> bool:
    """Whether a word is «و» and a verb in the imperfect that opens a clause: «ويلتقي»."""
    return len(token.forms) > 1 and _imperfect_key(token.forms[1])


_EVERY = WORDS.every


def _market_place(tokens: Sequence[Token], i: int) -> bool:
    """Whether the weekday at ``tokens[i]`` names a place for its market day, no date.

    Towns grew round the souk held on one day of the week and keep its name: after a
    word of ``weekday_places`` («عين الجمعة», «سوق الأربعاء»), or without the article
    and before a name («بخميس آيت عميرة»); a day of the calendar has the article
    («الخميس») or follows «يوم».
    """
    if i > 0 and not _WEEKDAY_PLACES.isdisjoint(tokens[i - 1].forms):
        return True
    token = tokens[i]
    return (
        token.text[0] >= "\u0600"
        and not any(form.startswith("ال") for form in token.forms)
        and not (i > 0 and tokens[i - 1].key in WORDS.day_words)
        and i + 1 < len(tokens)
        and tokens[i + 1].kind == WORD
    )


_PARTS_OF_DAYS = WORDS.parts_of_days
"""Parts of the day in the plural after a weekday: "Sunday nights" are every Sunday's."""


def _any_day(tokens: Sequence[Token], i: int) -> bool:
    """Whether the weekday at ``tokens[i]`` is any such day, or every one: no date.

    After an indefinite article ("un vendredi de pluie", "a Friday", "a rainy Friday",
    one lowercase word between) or "every" ("every Monday", "chaque lundi", "كل يوم اثنين");
    a weekly market's day ("the Saturday souk", see :func:`_market_day`);
    in the plural of a part of the day ("Sunday nights"); after the French article and
    with no day after it ("le dimanche soir", on Sundays; not "le dimanche 12 mai").
    """
    if i > 0 and tokens[i - 1].key in _EVERY:
        return True  # "every Monday", "chaque lundi"
    if _market_day(tokens, i):
        return True
    if i + 1 < len(tokens) and tokens[i + 1].key in _PARTS_OF_DAYS:
        return True  # "On Sunday nights I used to …": every Sunday night
    if (
        i > 0
        and tokens[i - 1].key == "le"
        and i + 1 < len(tokens)
        and tokens[i + 1].kind != NUMBER
        and _lookup(tokens[i + 1], _PAST) is None
        and _lookup(tokens[i + 1], _NEXT) is None
    ):
        return True  # "Le dimanche soir, je passais des heures …": every Sunday
    if i > 1 and tokens[i - 1].key in WORDS.day_words and tokens[i - 2].key in _EVERY:
        return True  # "كل يوم اثنين"
    if not tokens[i].key.endswith("day"):
        return i > 0 and tokens[i - 1].key == "un"  # French "a" is "has": "a lundi signé"
    k = i - 1
    if (
        k > 0
        and tokens[k].kind == WORD
        and tokens[k].text.islower()
        and tokens[k - 1].key in {"a", "an"}
    ):
        k -= 1  # "a rainy Friday"
    return k >= 0 and tokens[k].key in {"a", "an"}


def _market_day(tokens: Sequence[Token], i: int) -> bool:
    """Whether the weekday at ``tokens[i]`` is a weekly market's day, no date.

    "the Saturday souk", "au souk du samedi", "le souk hebdomadaire du samedi": the day
    the market is held, every week; not "le souk du samedi dernier" nor "du samedi 8
    mars", a day of the calendar.
    """
    if i + 1 < len(tokens) and tokens[i + 1].key in WORDS.markets:
        return True
    if i + 1 < len(tokens) and (
        tokens[i + 1].kind == NUMBER
        or _lookup(tokens[i + 1], _PAST) is not None
        or _lookup(tokens[i + 1], _NEXT) is not None
    ):
        return False
    k = i - 2
    if k > 0 and tokens[k].key in WORDS.market_qualifiers:
        k -= 1
    return k >= 0 and tokens[i - 1].key == "du" and tokens[k].key in WORDS.markets


def _infinitive_at(tokens: Sequence[Token], v: int, k: int) -> bool:
    """Whether ``tokens[v]`` opens a verb that is no past: "is set to begin", "va ouvrir".

    One of ``not_past_before`` before a lowercase word, no article nor possessive: not
    "went to his health center", "went to the market".
    """
    if _lookup(tokens[v], _NOT_PAST_BEFORE) is None or v + 1 >= k:
        return False
    after = tokens[v + 1]
    return (
        after.text[:1].islower()
        and after.key not in WORDS.possessives
        and after.key not in WORDS.fillers
    )


def _regular_past(tokens: Sequence[Token], v: int, k: int) -> bool:
    """Whether ``tokens[v]`` is a verb in the past by its ending, before the word at ``k``.

    An English one in "-ed" ("was screened in April", "reported in March"), a French
    participle right before it ("dépisté en avril", "un rapport publié en mars") or
    after an auxiliary ("a autorisé le traitement en février"), an Arabic verb after
    «قد» ("قد رخصت بمعالجة المعطيات في فبراير"); not a word that puts what follows ahead
    ("expected", "prévu").
    """
    token = tokens[v]
    text = token.text
    if text[:1] >= "\u0600" and v > 0 and tokens[v - 1].key in _ARABIC_PAST_PARTICLES:
        return token.key[:1] not in "يتنا"  # "قد رخصت …": «قد» and a verb in the past
    if text[:1] >= "\u0250" or (v > 0 and tokens[v - 1].end == token.start):
        return False  # "AI-assisted": an adjective
    if english_past_participle(token.key):
        return True
    participle = text.endswith(("é", "ée", "és", "ées"))
    if participle and v > 0 and tokens[v - 1].key in _AUXILIARIES:
        return True  # "a autorisé le traitement en février": a compound past
    return (
        v == k - 1
        and participle
        and not (v > 0 and tokens[v - 1].key in _DETERMINERS)  # "sa rentrée en septembre"
    )


_COUNT_LINKS = frozenset({"à", "au", "aux", "to", "per", "par", "pour", "sur", "contre"})
"""Words after a number that make it a count: "de 2000 à 3000", "2000 par jour"."""


def _plural_count(key: str) -> bool:
    """Whether an English word ends as a plural a number counts: "families", not "crisis"."""
    return key.endswith("s") and not key.endswith(("is", "us", "ss"))


def _lookup(token: Token, table: Collection[str]) -> str | None:
    """The form of ``token`` that ``table`` holds, if any."""
    key = (token.forms, id(table))
    try:
        return _LOOKED_UP[key]
    except KeyError:
        pass
    found = next((form for form in token.forms if form in table), None)
    if len(_LOOKED_UP) > 100_000:
        _LOOKED_UP.clear()
    _LOOKED_UP[key] = found
    return found


def _month(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """The month named at ``tokens[i]`` and the index after its name."""
    if i >= len(tokens) or tokens[i].kind != WORD:
        return None
    for form in _bare(tokens[i]):
        if form in _MONTH_FIRST_WORDS and i + 1 < len(tokens):
            month = _MONTHS.get(f"{form} {tokens[i + 1].key}")
            if month is not None:
                return month, i + 2
        month = _MONTHS.get(form)
        if month is not None:
            j = i + 1
            if (
                j + 1 < len(tokens)
                and tokens[j].key == "."
                and tokens[j].start == tokens[i].end
                and tokens[j + 1].kind == NUMBER
            ):
                j += 1  # Sept. 12, not the full stop after "en février."
            return month, j
    return None


def _day_pointed_back(tokens: Sequence[Token], j: int) -> bool:
    """Whether the weekday at ``tokens[j]`` points back to a day the text spoke of.

    "l'accident du 23 novembre 2041 : ce samedi-là, …": a word of ``back_after`` joined
    to it, or a word of ``back_before`` before it («ففي عصر ذلك السبت»), so no day of the
    week around the article's date. English "that" does so only where it opens the
    sentence or follows "on", "of" ("That Saturday afternoon, …"): elsewhere it is more
    often a conjunction ("said that Monday's strike …").
    """
    if j + 2 < len(tokens) and tokens[j + 1].key == "-" and tokens[j + 2].key in WORDS.back_after:
        return True
    if j == 0 or tokens[j - 1].key not in WORDS.back_before:
        return False
    before = tokens[j - 1]
    if before.text[0] >= "\u0600":
        return True
    return j == 1 or tokens[j - 2].kind == MARK or tokens[j - 2].key in _DAY_OPENERS


_DAY_OPENERS = frozenset({"on", "of"})
"""Words after which "that" before a weekday points back to a day: "on that Saturday"."""


def _weekday(token: Token) -> Weekday | None:
    if token.kind != WORD:
        return None
    form = _lookup(token, _WEEKDAYS)
    return None if form is None else Weekday(_WEEKDAYS[form])


def _participle(token: Token) -> bool:
    """Whether a French or English word is a past participle: "copied", "copié", "built"."""
    return (
        english_past_participle(token.key)
        or french_past_participle(token.text)
        or token.key in WORDS.old_year_participles
    )


_AGENTS = frozenset({"by", "par"})
"""Words before who did what a past participle says: "built by the Portuguese"."""
_AGENT_REACH = 4
"""Words of who did it, between "by" and the preposition before an old year, at most."""


def _participle_and_agent(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` ends who did what a participle says: "built by the Portuguese".

    "… was built by the Portuguese in 1506.", "érigées par les Portugais en 1506.".
    """
    for m in range(k, max(k - _AGENT_REACH, 0), -1):
        if tokens[m].kind != WORD:
            return False
        if tokens[m].key in _AGENTS:
            return _participle(tokens[m - 1])
    return False


def _number(token: Token, low: int, high: int) -> int | None:
    if token.kind != NUMBER or len(token.key) > 4 or not token.key.isdigit():
        return None
    value = int(token.key)
    return value if low <= value <= high else None


def _day(tokens: Sequence[Token], i: int) -> int | None:
    if i >= len(tokens):
        return None
    token = tokens[i]
    if token.kind == NUMBER:
        return _number(token, 1, 31)
    if token.kind == WORD:
        form = _lookup(token, _ORDINALS)
        if form is not None:
            return _ORDINALS[form]
    return None


def _may_start_date(tokens: Sequence[Token], k: int) -> bool:
    """Whether the number at ``tokens[k]`` may start a date: not glued to letters before it."""
    token = tokens[k]
    if (
        k > 0
        and tokens[k - 1].kind == WORD
        and tokens[k - 1].end == token.start
        and tokens[k - 1].key not in _PROCLITICS
    ):
        return False  # UM6P, COP22, G42: part of a name; not "و30 أبريل"
    return "." in token.key or not _no_date_from(token)


_PROCLITICS = WORDS.proclitics
"""Arabic letters written joined to the number after them ("و30 أبريل"): no name's part."""


def _counts_noun(tokens: Sequence[Token], j: int) -> bool:
    """Whether the month's word before ``tokens[j]`` is a number that counts the noun there.

    "sept langues", "seven languages": a number word the lexicon holds, then a word in
    lower case that is no year's nor date's.
    """
    month = tokens[j - 1]
    return (
        month.key in WORDS.number_words
        and j < len(tokens)
        and tokens[j].kind == WORD
        and tokens[j].text[:1].islower()
        and _lookup(tokens[j], _YEAR_WORDS) is None
    )


def _no_date_from(token: Token) -> bool:
    """Whether a number can start no date: neither a day (1 to 31) nor a year."""
    return len(token.key) != 4 and _number(token, 1, 31) is None


def _month_noun(token: Token) -> bool:
    """Whether a word is the noun "month": mois, month, شهر, الشهر."""
    return bool(
        _lookup(token, _MONTH_NOUNS)
        or _lookup(token, _MONTH_WORDS)
        or token.key[2:] in _MONTH_WORDS
    )


_OF_MONTH = WORDS.of_month
"""Words between a day and the month it is of: "le 15 du mois prochain", "the 15th of …"."""


def _after_day(tokens: Sequence[Token], i: int) -> int:
    """The index after the day at ``tokens[i]`` and its joined ordinal suffix ("1er", "12th")."""
    j = i + 1
    if (
        j < len(tokens)
        and tokens[j].start == tokens[i].end
        and tokens[i].kind == NUMBER
        and tokens[j].key in _ORDINAL_SUFFIXES
    ):
        j += 1
    return j


def _dotted(token: Token) -> PartialDate | None:
    """A date written as one number with dots: 12.09.2025."""
    parts = token.key.split(".")
    if len(parts) != 3 or len(parts[2]) != 4 or not all(part.isdigit() for part in parts):
        return None
    day, month, year = (int(part) for part in parts)
    if not (1 <= day <= 31 and 1 <= month <= 12 and 1000 <= year <= 2999):
        return None
    return _dateutil(day, month, year)


def _year(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """A year at ``tokens[i]`` (optionally after سنة/عام), and the index after it.

    Up to ``LATEST``: "في ماي 2500 مستشعر" is a month, then a count.
    """
    j = i
    if j < len(tokens) and _lookup(tokens[j], _YEAR_WORDS):
        j += 1
    if j < len(tokens):
        year = _number(tokens[j], 1000, LATEST)
        if year is not None:
            return year, j + 1
    return None


_SHORTEST_DUAL_VERB = 6
"""Letters of the shortest Arabic present verb in the dual: يعملان; not the town تطوان."""


def _dual_verb(token: Token) -> bool:
    """Whether an Arabic word is a present verb in the dual: يدبران، تعملان."""
    key = token.key
    return len(key) >= _SHORTEST_DUAL_VERB and key[0] in "يت" and key.endswith("ان")


@functools.lru_cache(maxsize=4096)
def _dateutil(day: int | None, month: int | None, year: int) -> PartialDate | None:
    """The date dateutil reads from the components, at their precision, or ``None``.

    dateutil fills what a text leaves out from a default date; parsing with two
    different defaults tells which fields the text gave.
    """
    month_name = None if month is None else WORDS.month_names[month - 1][0]
    text = " ".join(str(part) for part in (day, month_name, year) if part is not None)
    if month is None:
        return PartialDate(year=year)
    try:
        first = _PARSER.parse(text, default=dt.datetime(2000, 1, 1))
        second = _PARSER.parse(text, default=dt.datetime(2000, 2, 2))
    except (ValueError, OverflowError):
        return None
    if first.year != second.year:
        return None
    given_day = first.day == second.day
    return PartialDate(year=first.year, month=first.month, day=first.day if given_day else None)


def _after_period(tokens: Sequence[Token], j: int) -> int:
    """The index after a quarter or a half ("Q3", "H1", "T2") at ``tokens[j]``, or ``j``."""
    if (
        j + 1 < len(tokens)
        and tokens[j].key in _PERIODS
        and tokens[j + 1].key in {"1", "2", "3", "4"}
        and tokens[j].end == tokens[j + 1].start
        and tokens[j].text.isupper()
    ):
        return j + 2
    return j


def _shift_month(month: int, reference: dt.date, direction: int) -> int:
    """The year of the last (``-1``) or next (``+1``) ``month`` as seen from ``reference``."""
    if direction < 0:
        return reference.year if month < reference.month else reference.year - 1
    return reference.year if month > reference.month else reference.year + 1


def _last_year(month: int, reference: dt.date, day: int | None = None) -> int:
    """The year of the last such month, or day of it, up to the reference: "since March"."""
    if day is None:
        passed = month <= reference.month
    else:
        passed = (month, day) <= (reference.month, reference.day)
    return reference.year if passed else reference.year - 1


def _next_year(month: int, reference: dt.date) -> int:
    """The year of the next such month from ``reference``, the reference's own included."""
    return reference.year if month >= reference.month else reference.year + 1


def _nearest_range_year(first: int, last: int, reference: dt.date) -> int:
    """The year of the last month of a range of months that puts the range nearest ``reference``.

    "between March and September" written in October is this year's, "from July to
    December" written in May too, "de novembre à février" written in October the next
    February's (and the November before it): the range that holds the reference's month,
    or else ends or starts the fewest months from it; a tie goes to the one to come.
    """
    now = reference.year * 12 + reference.month - 1

    def distance(year: int) -> int:
        end = year * 12 + last - 1
        start = end - (last - first) % 12
        return 0 if start <= now <= end else min(abs(now - start), abs(now - end))

    return min((reference.year + 1, reference.year, reference.year - 1), key=distance)


def _nearest_year(day: int, month: int, reference: dt.date) -> int | None:
    """The year that puts a day and month without one closest to ``reference``.

    News writes "le 15 septembre" for a day of the months around its own.
    """
    best: tuple[int, int] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            distance = abs((dt.date(year, month, day) - reference).days)
        except ValueError:
            continue
        if best is None or distance < best[0]:
            best = (distance, year)
    return None if best is None else best[1]


@functools.lru_cache(maxsize=4096)
def _resolve_weekday(
    weekday: Weekday, reference: dt.date | None, relative: int | None
) -> PartialDate:
    """A weekday resolved against ``reference``; a bare weekday without one.

    ``relative`` is the day offset a word such as اليوم (0), أمس (-1) or غدا (+1) gives;
    ``-7``/``+7`` stand for الماضي/المقبل; ``None`` for a weekday alone, which is
    taken as the latest such day up to the reference (news reports what has been).
    """
    if reference is None:
        return PartialDate(weekday=weekday)
    if relative in (-2, -1, 0, 1):
        day = reference + dt.timedelta(days=relative)
        if day.isoweekday() != weekday:
            return PartialDate(weekday=weekday)  # the text disagrees with the reference
        return PartialDate.from_date(day)
    back = (reference.isoweekday() - weekday) % 7
    if relative == -7:
        back = back or 7
    elif relative == 7:
        return PartialDate.from_date(
            reference + dt.timedelta(days=(weekday - reference.isoweekday()) % 7 or 7)
        )
    return PartialDate.from_date(reference - dt.timedelta(days=back))


def _candidates(tokens: Sequence[Token]) -> list[int]:
    """The indices of the tokens a date can start with: numbers and trigger words.

    The last text's are kept: a text read again for its own day is not looked through again.
    """
    last = _LAST_CANDIDATES.get(id(tokens))
    if last is not None and last[0] is tokens and last[1] == len(tokens):
        return last[2]
    # a number starts a date when it is a day (1 to 31), a year, or written with dots, and
    # is no part of a name (UM6P, COP22); a word when it is one a date can start with
    starts = map(
        operator.or_,
        map(NUMBER.__eq__, map(_KIND, tokens)),
        map(_STARTING.__getitem__, map(_KEY, tokens)),
    )
    found = [
        k
        for k in itertools.compress(itertools.count(), starts)
        if tokens[k].kind != NUMBER or _may_start_date(tokens, k)
    ]
    _LAST_CANDIDATES.clear()
    _LAST_CANDIDATES[id(tokens)] = (tokens, len(tokens), found)
    return found


_LAST_CANDIDATES: dict[int, tuple[Sequence[Token], int, list[int]]] = {}


_KIND = operator.attrgetter("kind")
_KEY = operator.attrgetter("key")
_STARTING = forms_in(_TRIGGERS)
"""Whether a token's key is one a date can start with."""


class _Scanner:
    def __init__(self, text: str, tokens: list[Token], reference: dt.date | None) -> None:
        self.text = text
        self.tokens = tokens
        self._reference = reference
        self.asked = False
        """Whether a date was read that the reference could change."""
        self.found: list[DateMention] = []
        self.no_year = 0
        """The end of the last month read without its year."""
        self.in_range_end = False
        """Whether the second date of a range is being read, whose year is its own."""
        self.end_years: dict[int, int] = {}
        """The years of the second dates of ranges written without one, by where they
        start: the first occurrence on or after the first date."""
        self.weekdays_alone: list[int] = []
        """Where in ``found`` stand the weekdays read alone, taken for the last such day."""
        self.weekdays_dated: list[int] = []
        """Where in ``found`` stand the weekdays written with their full date."""

    @functools.cached_property
    def sentence_ends(self) -> list[int]:
        """Where the marks that end sentences start, in order."""
        return [t.start for t in self.tokens if t.kind == MARK and t.key in _SENTENCE_ENDS]

    @property
    def reference(self) -> dt.date | None:
        """The day the text was written; asking for it marks the scan as depending on it."""
        self.asked = True
        return self._reference

    def mention(
        self, first: int, last: int, value: PartialDate, until: PartialDate | None = None
    ) -> None:
        start, end = self.tokens[first].start, self.tokens[last - 1].end
        self.found.append(
            DateMention(value=value, start=start, end=end, quote=self.text[start:end], until=until)
        )

    def scan(self) -> list[DateMention]:
        i = 0
        for candidate in _candidates(self.tokens):  # most tokens start no date: only these
            if candidate >= i:
                i = self.at(candidate)
        if self.weekdays_alone and self.weekdays_dated:
            self.as_written_ahead()
        return self.found

    def as_written_ahead(self) -> None:
        """Weekdays said of a thing the text dated before in the coming week: that day.

        "the Throne Cup final on Saturday, May 25 … For Saturday's final", «مباراة
        السبت»: the Saturday the text named and dated before, in the week after the
        reference, not the one before it. A weekday that dates what happened ("On
        Saturday, Raja beat Wydad") stays the last one.
        """
        reference = self.reference
        if reference is None:
            return
        ahead: dict[Weekday | None, PartialDate] = {}
        alone, dated = set(self.weekdays_alone), set(self.weekdays_dated)
        for k, mention in enumerate(self.found):
            value = mention.value
            if k in dated and value.start is not None and 0 < (value.start - reference).days < 7:
                ahead[value.weekday] = value
            elif k in alone and value.weekday in ahead:
                self.found[k] = attrs.evolve(mention, value=ahead[value.weekday])

    def at(self, i: int) -> int:
        """Read a date starting at token ``i`` if there is one; the index to go on from."""
        tokens = self.tokens
        token = tokens[i]
        if token.kind == MARK:
            return i + 1
        if token.kind == WORD and _TRIGGERS.isdisjoint(token.forms):
            return i + 1  # most words: nothing a date starts with
        if token.kind == NUMBER and "." not in token.key and _no_date_from(token):
            return i + 1  # 500: no day, no year, no date
        if token.kind == NUMBER and "." in token.key:
            dotted = _dotted(token)
            if dotted is not None:
                self.mention(i, i + 1, dotted)
            return i + 1
        if token.kind == NUMBER and len(token.key) == 4:
            years = self.year_range(i)
            if years is not None:
                return years
        if token.kind == NUMBER and self.bare_year(i):
            return i + 1
        if (
            token.kind == NUMBER
            and (i + 1 >= len(tokens) or tokens[i + 1].key not in _AFTER_NUMBER)
            and (i + 1 >= len(tokens) or tokens[i + 1].kind != WORD)
        ):
            return i + 1  # a number followed by neither a word nor a date separator
        relative, j = self.relative(i)
        weekday = _weekday(tokens[j]) if j < len(tokens) else None
        if weekday is not None and j == i and _market_place(tokens, i):
            return i + 1  # عين الجمعة, بخميس آيت عميرة: a place named for its market day
        if weekday is not None and j + 1 < len(tokens) and tokens[j + 1].key in _TEENS:
            return j + 2  # "الملاجئ الأحد عشر": eleven, not Sunday
        if (
            weekday is not None
            and j == i
            and j + 1 < len(tokens)
            and (tokens[j + 1].key in WORDS.weekday_not_before or _dual_verb(tokens[j + 1]))
        ):
            return j + 2  # "نتعلم الاثنين معا", "وجدنا الاثنين يدبران": the two, not Monday
        if (
            weekday is not None
            and (
                j == i
                or (
                    tokens[i].key in WORDS.day_words
                    and not (j + 1 < len(tokens) and tokens[j + 1].kind == NUMBER)
                )
            )
            and _any_day(tokens, j)
        ):
            return j + 1  # "un vendredi de pluie", "a rainy Friday", «كل يوم سبت»: no date
        if weekday is not None and _day_pointed_back(tokens, j):
            return j + 3  # "ce samedi-là": the day of a date said before
        if weekday is not None:
            j += 1
            ranged = j < len(tokens) and tokens[j].key in _AND  # "from Friday to Sunday"
            if j < len(tokens) and tokens[j].key in _COMMAS:
                j += 1
            full = self.day_month_year(j)
            if full is not None:
                value, until, end = full
                if value.precision is Precision.DAY and value.weekday is not weekday:
                    value = PartialDate(weekday=weekday)  # the text contradicts itself
                    until = None
                elif until is None:
                    self.weekdays_dated.append(len(self.found))
                self.mention(i, end, value, until)
                return end
            end = j
            if j < len(tokens) and _lookup(tokens[j], _PAST):
                relative, end = (-7 if relative is None else relative), j + 1
            elif j < len(tokens) and _lookup(tokens[j], _NEXT):
                relative, end = (7 if relative is None else relative), j + 1
            elif relative is None and (
                self.until_at(i) is not None
                or (self.month_from(i) and not ranged)
                or self.future_before(i)
            ):
                relative = 7  # "jusqu'à vendredi", "until Friday", "doit les recevoir jeudi",
                # "à partir de vendredi", "starting Friday" (not "from Friday to Sunday")
            while end > i + 1 and tokens[end - 1].kind == MARK:
                end -= 1
            if relative is None and _attributive(tokens, i, j - 1):
                self.weekdays_alone.append(len(self.found))
            self.mention(i, end, _resolve_weekday(weekday, self.reference, relative))
            return end
        if relative is not None:
            if relative in (-2, -1, 1) and self.reference is not None and j > i:
                day = self.reference + dt.timedelta(days=relative)
                self.mention(i, j, PartialDate.from_date(day))  # hier, أمس, avant-hier
                return j
            return i + 1
        if not _MONTH_SHIFTS.isdisjoint(token.forms):
            month = self.relative_month(i)
            if month is not None:
                return month
        if not _MONTH_NOUNS.isdisjoint(token.forms):
            month = self.month_after_noun(i)
            if month is not None:
                return month
        full = self.day_month_year(i)
        if full is not None:
            value, until, end = full
            self.mention(i, end, value, until)
            return end
        if self.no_year > i:
            return self.no_year  # "فاتح وثاني يوليوز" without a year: nothing starts inside
        return self.horizon(i)

    def relative(self, i: int) -> tuple[int | None, int]:
        if _RELATIVE.isdisjoint(self.tokens[i].forms):
            return None, i
        return self._relative(i)

    def relative_month(self, i: int) -> int | None:
        """A month before or after the reference's: "last October", "next March".

        The index after it, or ``None`` when ``tokens[i]`` starts no such month.
        """
        tokens = self.tokens
        token = tokens[i]
        if _lookup(token, _THIS_BEFORE):
            return self.month_of_this(i)
        before = _lookup(token, _PAST_BEFORE)
        if self.reference is None or not (before or _lookup(token, _NEXT_BEFORE)):
            return None
        if i + 1 < len(tokens) and _lookup(tokens[i + 1], _MONTH_NOUNS):
            return self.shifted_month(i, i + 2, -1 if before else 1)  # last month
        month = _month(tokens, i + 1)
        if month is None or (month[1] < len(tokens) and _year(tokens, month[1]) is not None):
            return None
        number, end = month
        year = _shift_month(number, self.reference, -1 if before else 1)
        value = _dateutil(None, number, year)
        if value is None:
            return None
        self.mention(i, end, value)
        return end

    def month_of_this(self, i: int) -> int | None:
        """The month "this July" gives: the reference's year's; "this coming July", the next.

        The index after it, or ``None`` when ``tokens[i]`` starts no such month.
        """
        tokens, reference = self.tokens, self.reference
        coming = i + 1 < len(tokens) and _lookup(tokens[i + 1], _COMING_AFTER_THIS)
        at = i + 2 if coming else i + 1
        month = _month(tokens, at)
        if (
            reference is None
            or month is None
            or not tokens[at].text[:1].isupper()  # not "this may help"
            or (
                month[1] < len(tokens)
                and (tokens[month[1]].kind == NUMBER or tokens[month[1]].text[:1].isupper())
            )  # "this July 14", "this March 2041": the date read whole; not "This May Help"
        ):
            return None
        number, end = month
        year = _next_year(number, reference) if coming else reference.year
        value = _dateutil(None, number, year)
        if value is None:
            return None
        self.mention(i, end, value)
        return end

    def month_after_noun(self, i: int) -> int | None:
        """The month a word for a month and a word after it give, as "le mois dernier".

        "الشهر المقبل", "الشهر الجاري" too. The index after them, or ``None``.
        """
        tokens = self.tokens
        if self.reference is None or i + 1 >= len(tokens):
            return None
        after = tokens[i + 1]
        shift = (
            -1
            if _lookup(after, _PAST)
            else 1
            if _lookup(after, _NEXT)
            else 0
            if _lookup(after, _CURRENT)
            else None
        )
        return None if shift is None else self.shifted_month(i, i + 2, shift)

    def shifted_month(self, i: int, end: int, shift: int) -> int | None:
        """Mention the month ``shift`` months from the reference's, written at ``i:end``."""
        reference = self.reference
        if reference is None:
            return None
        months = reference.year * 12 + reference.month - 1 + shift
        value = _dateutil(None, months % 12 + 1, months // 12)
        if value is None:
            return None
        self.mention(i, end, value)
        return end

    def _relative(self, i: int) -> tuple[int | None, int]:
        """The day offset a word at ``tokens[i]`` gives, and where its weekday stands.

        اليوم gives 0, أمس -1, أول أمس -2, غدا 1, "last" (before a weekday) -7.
        """
        tokens = self.tokens
        token = tokens[i]
        for phrase in _BEFORE_YESTERDAY.get(token.key, ()):
            if all(
                i + k < len(tokens) and tokens[i + k].key == word for k, word in enumerate(phrase)
            ):
                return -2, i + len(phrase)
        weekday_next = i + 1 < len(tokens) and _weekday(tokens[i + 1]) is not None
        if weekday_next and _lookup(token, _PAST_BEFORE):
            return -7, i + 1  # last Monday
        if weekday_next and _lookup(token, _NEXT_BEFORE):
            return 7, i + 1
        if _lookup(token, _TODAY):
            return 0, i + 1
        if _lookup(token, _YESTERDAY):
            return -1, i + 1
        if _lookup(token, _TOMORROW):
            return 1, i + 1
        if weekday_next and _lookup(token, _DAY_WORDS):
            return None, i + 1
        return None, i

    def day_month_year(self, i: int) -> tuple[PartialDate, PartialDate | None, int] | None:
        """Day? (و day)? month (year | الماضي | المقبل)?, or d/m/yyyy, from token ``i``."""
        tokens = self.tokens
        day = _day(tokens, i)
        last_day: int | None = None
        j = i
        if day is not None:
            j = _after_day(tokens, i)
            this_month = self.this_month(day, j)
            if this_month is not None:
                return this_month  # le 3 courant
            if j < len(tokens) and not self.may_follow_day(tokens[j]):
                return None  # "12 مشروعا": no month, no range of days
            if j < len(tokens) and (tokens[j].key in _DASHES or tokens[j].key in _AND):
                named = j + 1 < len(tokens) and _weekday(tokens[j + 1]) is not None
                other = _day(tokens, j + 1 + named)  # "13 au dimanche 17 août": its weekday
                if other is not None and other > day:
                    last_day, j = other, j + 2 + named
            elif j < len(tokens) and tokens[j].kind == WORD and tokens[j].key.startswith("و"):
                other = _day(tokens, j)  # "وثاني": the conjunction joined to the next day
                if other is not None and other > day:
                    last_day, j = other, j + 1
            numeric = self.numeric(i)
            if numeric is not None:
                return numeric
        elif j < len(tokens) and _lookup(tokens[j], _MONTH_WORDS):
            j += 1
        if day is not None and j < len(tokens) and tokens[j].key == "من":
            j += 1  # 12 من شتنبر
            this_month = self.this_month(day, j)
            if this_month is not None:
                return this_month
            if j < len(tokens) and _lookup(tokens[j], _MONTH_WORDS):
                j += 1
        month = _month(tokens, j)
        if month is None:
            return None
        month_number, j = month
        if day is None and _counts_noun(tokens, j):
            return None  # "en sept langues": seven, not September
        if day is None and j + 1 < len(tokens) and self.range_started(i):
            months = self.month_range(month_number, j)
            if months is not None:
                return months
        elif (
            day is None
            and j + 1 < len(tokens)
            and (
                _lookup(tokens[j], _AND) is not None
                or (tokens[j].key.startswith("و") and _month(tokens, j) is not None)
            )
        ):
            months = self.month_range(month_number, j)
            if months is not None:  # "in March and April 2027", "نونبر ودجنبر 2036": one year
                return months[0], None, j
        if day is None and j < len(tokens):  # September 12, 2025
            after = _number(tokens[j], 1, 31)
            k = _after_day(tokens, j)
            comma = k < len(tokens) and tokens[k].key == ","
            if comma:
                k += 1
            if after is not None and _year(tokens, k) is not None:
                day, j = after, k
            elif (
                after is not None
                and self.reference is not None
                and tokens[j - 1].text[0] < "\u0600"  # not "منذ أكتوبر 17 برجا": a count
                and (comma or k >= len(tokens) or tokens[k].kind != NUMBER)
                and (comma or k >= len(tokens) or _lookup(tokens[k], _SCALE_WORDS) is None)
            ):  # not "في شهر مارس 6 ملايين دولار": an amount after the month; but "on
                # January 24, 71% of …": the comma ends the date
                day, j = after, _after_day(tokens, j)  # RABAT, June 3: the nearest June 3
                if j + 1 < len(tokens) and (tokens[j].key in _DASHES or tokens[j].key in _AND):
                    other = _day(tokens, j + 1)  # from April 21 to 23
                    if other is not None and other > day:
                        last_day, j = other, _after_day(tokens, j + 1)
                        if j + 1 < len(tokens) and tokens[j].key == "," and _year(tokens, j + 1):
                            j += 1  # from April 21 to 23, 2027
        year_at = _year(tokens, j) or self.year_said(j)
        year: int | None = None
        if year_at is not None:
            year, j = year_at
        elif j < len(tokens) and self.reference is not None:
            if _lookup(tokens[j], _PAST) and day is not None:
                year, j = _last_year(month_number, self.reference, day), j + 1  # "le 2
                # février dernier" said on 19 February: this year's, already past
            elif _lookup(tokens[j], _PAST):
                year, j = _shift_month(month_number, self.reference, -1), j + 1
            elif _lookup(tokens[j], _NEXT):
                year, j = _shift_month(month_number, self.reference, 1), j + 1
            elif _lookup(tokens[j], _CURRENT) and month_number == self.reference.month:
                year, j = self.reference.year, j + 1
        if year is None and day is not None and not self.in_range_end:
            year = self.year_of_range_end(i, day, month_number, j)  # du 1er janvier au 31 mars 2027
        if year is None and day is not None and i in self.end_years:
            year = self.end_years[i]  # the end of a range from a day without its year
        if year is None and last_day is not None and not self.future_before(i):
            year = self.month_said_before(i, month_number)  # "January 2041. From January 9
            # to 11, a snowstorm …": days of that January; not "will be held from 12 to 15"
        if year is None and day is not None and self.reference is not None:
            reference = self.reference
            if self.since_before(i) or self.leads_past(i, j):
                year = _last_year(month_number, reference, day)  # "since February 1", "Le
                # 14 août, une panne a perturbé …": the last one up to the reference
            else:
                year = _nearest_year(day, month_number, reference)
        elif year is None and self.reference is not None and i > 0:
            year = self.month_alone(i, month_number, self.reference)
        if year is None:
            self.no_year = j  # no date starts before the end of this month's name
            return None  # a month without its year is not a date we can keep
        if day is None:
            value = _dateutil(None, month_number, year)
            return None if value is None else (value, None, j)
        value = _dateutil(day, month_number, year)
        if value is None:
            return None
        until = None
        if last_day is not None:
            until = _dateutil(last_day, month_number, year)
            if until is None:
                return None
        return value, until, j

    def year_said_before(self, i: int) -> int | None:
        """The year the sentence gave before a range of days at ``tokens[i]`` written without one.

        "In 2041, sales were suspended for 97 days, including a closure from July 3 to
        August 21", «خلال سنة 2041، … من 3 يوليوز إلى 21 غشت»: the last date before it in
        the sentence that writes its year, if that is a bare year after "in", "en",
        «في» or «خلال» (perhaps with «سنة») that opens the sentence (see
        :meth:`opens_sentence`). Not after "by 2045" or "since 2038" (a horizon or a start
        is no year the day falls in), nor after "in June 2039" (a month the article dates,
        not the year it speaks of).
        """
        tokens = self.tokens
        start = tokens[i].start
        ends = self.sentence_ends
        last_end = ends[bisect.bisect_left(ends, start) - 1] if ends and ends[0] < start else -1
        floor = max(last_end, self.text.rfind("\n", 0, start))  # where the sentence opens
        for mention in reversed(self.found):
            if mention.end <= floor:
                return None  # a date of a sentence before
            value = mention.value
            if value.year is None or str(value.year) not in mention.quote:
                continue
            if mention.until is not None or value.precision is not Precision.YEAR:
                return None
            k = bisect.bisect_left(tokens, mention.start, key=_START)
            if k > 0 and tokens[k].kind != NUMBER:
                k += 1  # the mention starts at «سنة»: «خلال سنة 2041»
            if k > 1 and _lookup(tokens[k - 1], _YEAR_WORDS) is not None:
                k -= 1
            return value.year if self.opens_sentence(k - 1) else None
        return None

    def month_said_before(self, i: int, month: int) -> int | None:
        """The year of the same month, just dated, before a range of days without one.

        "recalled the shock of January 2041. From January 9 to 11, a snowstorm …",
        «في يناير 2041، حين تسببت عاصفة ما بين 9 و11 يناير»: the last date before, in this
        sentence or the one before, is that month with its year written. The caller keeps
        it for a range told in the past (not "le salon se tiendra du 12 au 15 février").
        """
        tokens = self.tokens
        if not self.found:
            return None
        mention = self.found[-1]
        between = tokens[bisect.bisect_left(tokens, mention.end, key=_START) : i]
        ends = sum(token.kind == MARK and token.key in _SENTENCE_ENDS for token in between)
        value = mention.value
        if (
            "\n" in self.text[mention.end : tokens[i].start]
            or ends > 1
            or value.precision is not Precision.MONTH
            or value.month != month
            or value.year is None
            or str(value.year) not in mention.quote
        ):
            return None
        return value.year

    def opens_sentence(self, k: int) -> bool:
        """Whether ``tokens[k]`` is a preposition of ``year_before`` that opens its sentence.

        "In 2041, …", "En 2041, …", «فخلال سنة 2041، …»: a year said first frames what the
        sentence goes on to say; not "the port landed 612,000 tonnes in 2030, and the
        season opens on December 1", nor "since 2038".
        """
        tokens = self.tokens
        if k < 0 or _lookup(tokens[k], _YEAR_BEFORE) is None or _lookup(tokens[k], _SINCE):
            return False
        if k == 0:
            return True
        before = tokens[k - 1]
        return "\n" in self.text[before.end : tokens[k].start] or (
            before.kind == MARK and before.key in _SENTENCE_ENDS
        )

    def year_of_range_end(self, i: int, day: int, month: int, j: int) -> int | None:
        """The year a date without one takes from the end of its range, written after it.

        "entre le 1er janvier et le 31 décembre 2027", "from March 3 to April 9, 2027":
        the first day is of the second's year, or of the year before when it comes later
        in the year. ``i`` is the index of the first date, ``j`` the index after it. With
        no year after either, the first is of the year the sentence said before (see
        :meth:`year_said_before`), or the nearest.
        """
        tokens = self.tokens
        if j >= len(tokens) or (
            _lookup(tokens[j], _YEAR_LINKS) is None and tokens[j].key not in _DASHES
        ):
            return None
        k = j + 1
        while k < len(tokens) and tokens[k].key in _DAY_ARTICLES and k - j <= 2:
            k += 1  # et le 31 décembre
        if _day(tokens, k) is None and _month(tokens, k) is None:
            return None  # the second date starts with its day or its month (April 9, 2027)
        self.in_range_end = True  # the second date's year is its own: no chain of ranges
        try:
            later = self.day_month_year(k)
        finally:
            self.in_range_end = False
        if later is None or later[0].precision is not Precision.DAY:
            return None
        end = later[0]
        if end.year is None or end.month is None or end.day is None:
            return None
        if self.reference is not None and not any(
            _year(tokens, m) is not None for m in range(k, later[2])
        ):  # "between June 1 and December 31": the first is the nearest, the second after it
            first = self.year_said_before(i)  # "In 2041, … from July 3 to August 21"
            if first is None and not self.future_before(i):
                first = self.month_said_before(i, month)  # "January 2041. From January 9 to
                # February 2, …"
            if first is None and self.leads_past(i, later[2]):
                first = _last_year(month, self.reference, day)  # "From August 14 to 16, a
                # failure … disrupted …": the last one
            elif first is None or self.future_before(i):
                first = _nearest_year(day, month, self.reference)
            if first is None:
                return None  # "February 30": no such day in any year near
            self.end_years[k] = first if (end.month, end.day) >= (month, day) else first + 1
            return first
        return end.year - 1 if (month, day) > (end.month, end.day) else end.year

    def until_at(self, i: int) -> int | None:
        """The index of "jusqu'à", "until" or "حتى" just before ``tokens[i]``, if one is."""
        tokens = self.tokens
        k = i - 1
        while k >= 0 and i - k <= _UNTIL_REACH and tokens[k].key in _UNTIL_SKIPPED:
            k -= 1  # jusqu'à, jusqu'au
        return k if k >= 0 and _lookup(tokens[k], _UNTIL) is not None else None

    def future_before(self, i: int) -> bool:
        """Whether a word of what is yet to happen stands a few words before ``tokens[i]``.

        Within a few words (an English possessive's "'s" is none) and the same clause: no
        comma between but around an aside of a pronoun ("doivent, eux, être posés lundi",
        "doit, quant à lui, tenir …"), no bracket but around one word ("… (CRI) on
        Thursday"). "doit les recevoir jeudi", "is due to meet both sides on Thursday",
        "prévoit un sit-in devant l'AREF jeudi"; a verb in the future tense, not
        capitalised ("tiendra sa première réunion jeudi", "سيعقد … يوم الخميس", not "à
        Kenitra jeudi"), or an Arabic verb in the imperfect after a particle that puts
        it ahead ("على أن تجتمع"); not "will open, the minister said Thursday".
        """
        tokens = self.tokens
        reach = _FUTURE_REACH
        k = i
        while k > 0 and i - k < reach:
            k -= 1
            token = tokens[k]
            aside = _aside_before(tokens, k) or (
                _distributive_aside(tokens, k) if i - k <= _AFTER_ASIDE else 0
            )  # "publish a map, province by province, on Monday"; not ", region by
            # region, the minister said on Monday", the verb of another clause
            if aside:
                k -= aside  # "doivent, eux, être posés lundi", "doit, quant à lui, tenir sa
                reach += aside + 1  # première réunion lundi": past the aside
                continue
            if token.key == ")" and k > 1 and tokens[k - 2].key == "(":
                k -= 2  # "is due to visit the … Center of the Oriental (CRI) on Thursday"
                reach += 3
                continue
            if k == i - 1 and token.key in _COMMAS and self.future_word_opens(k):
                return True  # «ومن المرتقب أن يقدم الشركاء، يوم الخميس بالعيون، حصيلة»
            if token.kind == MARK and token.key != "-" and token.key not in _ELISIONS:
                return False  # not within a word: "sit-in", "l'AREF"
            if token.key in _ELISIONS and tokens[k + 1].key == "s":
                reach += 2  # "to the fund's board": a possessive is no word more
            if token.key in WORDS.passive_past and i - k <= _PASSIVE_REACH:
                return False  # "comes two days after an agreement was signed on Tuesday";
                # not "will present the report that was prepared … to parliament on Tuesday"
            if (
                not _FUTURE_BEFORE.isdisjoint(token.forms)
                and not (k > 0 and tokens[k - 1].key in _NOUN_BEFORE)  # "les plans présentés"
            ) or (
                token.kind == WORD
                and not token.text[0].isupper()
                and (future_by_ending(token.key) or future_by_prefix(token.forms[-1]))
            ):
                return True
            if (
                token.key in WORDS.future_particles
                and _imperfect(tokens, k + 1)
                and not (
                    k > 0 and tokens[k - 1].key in _BEFORE_THAT and self.past_in_sentence(k - 1)
                )
            ):
                return True  # "على أن تجتمع لجنة القيادة يوم الخميس"; not "بلغت … قبل أن
                # تتراجع", whose time the verb in the past gives
            if token.key[:1] == "و" and _imperfect_after_wa(token):
                return True  # "ويلتقي بلامين يوم الخميس ممثلي الصيادلة": he is to meet them
        return False

    def future_word_opens(self, comma: int) -> bool:
        """Whether a word of the future opens the clause that a comma before a date ends.

        "ومن المرتقب أن يقدم الشركاء، يوم الخميس بالعيون، حصيلة", "Les partenaires
        doivent présenter, jeudi, le bilan": the date set off by commas is the main
        verb's, which that word puts ahead. Not after a relative pronoun ("L'usine qui doit
        démarrer en 2043 a reçu, lundi, …", «الوزير، الذي من المنتظر أن يزور جهة سوس، يوم
        السبت»): that word is another clause's.
        """
        tokens = self.tokens
        for k in range(comma - 1, max(-1, comma - 1 - _FUTURE_REACH), -1):
            token = tokens[k]
            if token.kind == MARK or not _CLAUSE_RELATIVES.isdisjoint(token.forms):
                return False
            if not _FUTURE_BEFORE.isdisjoint(token.forms):
                return not any(
                    not _CLAUSE_RELATIVES.isdisjoint(tokens[m].forms)
                    for m in range(max(0, k - 2), k)
                )
        return False

    def range_started(self, i: int) -> bool:
        """Whether a word that starts a range stands before ``tokens[i]`` ("de", "between", "من")."""
        tokens = self.tokens
        k = i - 1
        if k > 0 and tokens[k].key in _ELISIONS:
            k -= 1
            if tokens[k].key == "d":
                return True  # d'avril à juin
        return k >= 0 and _lookup(tokens[k], _MONTH_RANGE_STARTS) is not None

    def month_range(self, first: int, j: int) -> tuple[PartialDate, PartialDate, int] | None:
        """Two months as a range, the year written after the second only.

        "de mars à septembre 2027", "between February and August 2027", "من مارس إلى
        أكتوبر 2027": the first month is of the second's year, or of the year before when
        it comes later in the year ("de novembre à février 2028"). With no year written
        ("from July to December"), the first month is the one nearest the reference, as
        a month alone after "en" is; with "last" or "next" after them ("من يناير إلى غشت
        الماضيين"), the range is the last one, or the next one, from the reference; so
        is it after a verb in the past ("was tested between April and July"), the last.
        ``j`` is the index after the first month.
        """
        tokens = self.tokens
        first_at = j - 1
        said = self.year_said(j)
        if said is not None and said[1] < len(tokens) and _lookup(tokens[said[1]], _YEAR_LINKS):
            return self.month_range_from(first, said[0], said[1] + 1)
        if _lookup(tokens[j], _YEAR_LINKS) is not None:
            j += 1
        elif not (tokens[j].key.startswith("و") and _month(tokens, j) is not None):
            return None  # ما بين فبراير ويوليوز 2028: "و" joined to the second month
        if j < len(tokens) and _lookup(tokens[j], _MONTH_WORDS):
            j += 1  # من شهر مارس إلى شهر ماي
        second = _month(tokens, j)
        if second is None:
            return None
        number, end = second
        year_at = _year(tokens, end) or self.year_said(end)
        if year_at is not None:
            year, end = year_at
        elif self.reference is not None and _year(tokens, j) is None:
            reference = self.reference
            year = _nearest_range_year(first, number, reference)
            if end < len(tokens) and _lookup(tokens[end], _PAST):
                year = reference.year - (number > reference.month)  # "… إلى غشت الماضيين"
                end += 1
            elif end < len(tokens) and _lookup(tokens[end], _NEXT):
                year = reference.year + (number <= reference.month)
                end += 1
            elif self.past_verb_before(first_at):
                year = reference.year - (number > reference.month)  # "was tested between …"
        else:
            return None
        start = _dateutil(None, first, year if first < number else year - 1)
        until = _dateutil(None, number, year)
        if start is None or until is None or first == number:
            return None
        return start, until, end

    def month_range_from(
        self, first: int, year: int, j: int
    ) -> tuple[PartialDate, PartialDate, int] | None:
        """Two months as a range, the year said after the first only.

        "between February last year and January": the second month is the first such
        month after the first one. ``j`` is the index of the second month.
        """
        second = _month(self.tokens, j)
        if second is None:
            return None
        number, end = second
        if _year(self.tokens, end) is not None or self.year_said(end) is not None:
            return None
        start = _dateutil(None, first, year)
        until = _dateutil(None, number, year + (number <= first))
        if start is None or until is None:
            return None
        return start, until, end

    def year_said(self, j: int) -> tuple[int, int] | None:
        """The year a phrase at ``tokens[j]`` names, and the index after the phrase.

        "this year", "de l'année dernière", "من العام المقبل": counted from the
        reference's year; "that year", "de la même année", «من السنة نفسها»: the year of
        the last date found before it.
        """
        for words in _SAME_YEAR:
            after = j + len(words)
            if phrase_at(self.tokens, j, words) and not (
                after < len(self.tokens) and self.tokens[after].key == "-"
            ):  # not "in February that year-on-year inflation …"
                year = next((m.value.year for m in reversed(self.found) if m.value.year), None)
                return None if year is None else (year, j + len(words))
        if self.reference is None:
            return None
        for words, shift in _YEARS_SAID:
            if phrase_at(self.tokens, j, words):
                return self.reference.year + shift, j + len(words)
        return None

    def month_alone(self, i: int, month: int, reference: dt.date) -> int | None:
        """The year of a month written without one after a preposition, if it is one.

        After "en", "in" or "في" ("en février", "في شهر مارس") it is the month nearest
        the reference, as news writes it; after "depuis", "since" or "منذ", the last such
        month up to the reference's, as after a verb in the past ("began in March", "a
        démarré en mars"); after "d'ici", "by" or "بحلول", or "from", "à partir de" or
        "ابتداء من", or "until", "jusqu'à" or "حتى", or after a word of the future earlier
        in the clause ("would open a diploma in September"), the next one from it (after
        "until", the last one after a verb in the past; after "by" opening its clause, the
        last one when the clause is in the past). A word for its part may stand between
        ("d'ici fin mars", "by late March"); a word for its part makes it the nearest
        month when no such preposition comes before it ("Fin avril, …", "À fin avril, …",
        "pleins fin septembre", "at the end of September").
        """
        tokens = self.tokens
        before, at = tokens[i - 1], i
        if i >= 3 and before.key in _PART_OF and _lookup(tokens[i - 2], _YEAR_WORDS) is not None:
            i, before = i - 1, tokens[i - 2]  # "by the end of September": its end
            if i >= 2 and tokens[i - 2].key in _THE:
                i -= 1
        if _lookup(before, _YEAR_WORDS) is not None and (
            i == 1 or tokens[i - 2].kind == MARK or tokens[i - 2].key == "a"
        ):
            return _nearest_year(15, month, reference)  # "Fin avril, …", "À fin avril"
        part = False  # "fin", "end": a part of the month stands before it
        if i >= 2 and _lookup(before, _YEAR_WORDS) is not None:
            part = _lookup(before, _MONTH_PARTS) is not None
            i, before = i - 1, tokens[i - 2]
        until = self.until_at(i)
        if until is not None:  # "until September"; "lasted until February": the last one
            past = self.past_verb_before(until)
            return _last_year(month, reference) if past else _next_year(month, reference)
        if self.month_from(i) or _lookup(before, _HORIZON_WORDS) is not None:
            if (
                not self.month_from(i)
                and (i < 2 or (tokens[i - 2].kind == MARK and tokens[i - 2].key not in _ELISIONS))
                and self.past_clause_after(at)
                and not self.to_come_after(at)
            ):  # "…; by January it had dropped to 8.5%"; not "expected by June but has not
                return _last_year(month, reference)  # yet been signed", nor "by June, it
                # said, all clinics must be connected"
            return _next_year(month, reference)
        if _lookup(before, _SINCE) is not None:
            return _last_year(month, reference)
        if _lookup(before, _YEAR_BEFORE) is not None:
            if self.past_verb_before(i - 1) or self.past_verb_after_lead(i - 1):
                return _last_year(month, reference)
            if self.future_before(i - 1):
                return _next_year(month, reference)
            if self.since_within(i - 1):
                return _last_year(month, reference)
            return _nearest_year(15, month, reference)
        return _nearest_year(15, month, reference) if part else None

    def since_before(self, i: int) -> bool:
        """Whether "since", "depuis" or "منذ" stands before the date at ``tokens[i]``."""
        tokens = self.tokens
        k = i - 1
        if k >= 0 and tokens[k].key in _THE:
            k -= 1  # depuis le 1er février
        return k >= 0 and _lookup(tokens[k], _SINCE) is not None

    def since_within(self, k: int) -> bool:
        """Whether "depuis", "since" or "منذ" stands a few words before ``tokens[k]``.

        "Depuis le lancement de la phase pilote en mars": what happened since then
        began in the last March.
        """
        tokens = self.tokens
        for v in range(k - 1, max(k - 1 - _SINCE_REACH, -1), -1):
            if tokens[v].key in _JOINING or (
                tokens[v].kind == MARK and tokens[v].key not in _ELISIONS
            ):
                return False  # not across clauses: "depuis longtemps et lancera … en mars"
            if _lookup(tokens[v], _SINCE) is not None:
                return True
        return False

    def past_verb_before(self, k: int) -> bool:
        """Whether a verb in the past stands a few words before the preposition at ``tokens[k]``.

        "a pilot that began in March", "a démarré en mars", "signed with the hospital group
        in March", "وانطلقت التجربة في شهر مارس" (its subject between); not "will be launched
        in March": no mark, no verb to come nor infinitive between; not
        "qui démarre en juin", the present its key shares with "démarré".
        """
        tokens = self.tokens
        if k > 1 and tokens[k - 1].key in _COMMAS:
            k -= 1  # "went live shortly afterwards, in April": the verb's clause before it
        for v in range(k - 1, max(k - 1 - _PAST_REACH, -1), -1):
            if (
                tokens[v].kind != WORD
                or _lookup(tokens[v], _FUTURE_BEFORE) is not None
                or _infinitive_at(tokens, v, k)
                or future_by_ending(tokens[v].key)
            ):
                return False  # "will start in September", "is set to begin in February",
                # "annoncé que la société ouvrira en septembre": what is to come
            past = _lookup(tokens[v], _PAST_VERBS)
            if past in WORDS.accented_past_verbs and not tokens[v].text.lower().endswith("é"):
                return False  # "la campagne, qui démarre en juin": the present of "démarré"
            if past is not None and v > 0 and _lookup(tokens[v - 1], _NOUNS_AFTER) is not None:
                return self.signed_before(v - 1)
            if past is not None or _regular_past(tokens, v, k):
                return v == 0 or _lookup(tokens[v - 1], _NOT_PAST_BEFORE) is None
        return False

    def signed_before(self, v: int) -> bool:
        """Whether the signing word at ``tokens[v]``, before the contract it governs, is past.

        «ووقع عقد توريد …» (signed), «وتم توقيع عقد …» (a past verb before the verbal
        noun): past; «أن يوقع عقد توريد …» (to sign): not, whatever precedes it.
        """
        tokens = self.tokens
        if _lookup(tokens[v], _PAST_VERBS) is not None:
            return v == 0 or _lookup(tokens[v - 1], _NOT_PAST_BEFORE) is None
        return v > 0 and _lookup(tokens[v - 1], _PAST_VERBS) is not None

    def leads_past(self, i: int, end: int) -> bool:
        """Whether the date from ``tokens[i]`` to ``end`` leads a sentence in the past.

        It opens its sentence (not "… Thursday, August 14, the ministry announced"), after
        a word or two such as "Du", "Le", "On", a comma follows it, and the sentence after
        the comma is in the past: "Du 14 au 16 août, une panne … a perturbé …".
        """
        tokens = self.tokens
        if end >= len(tokens) or tokens[end].key not in _COMMAS:
            return False
        for k in range(i, max(i - 3, -1), -1):
            if k == 0 or tokens[k - 1].key in _SENTENCE_ENDS:
                return self.past_clause_after(end)
            if tokens[k - 1].kind != WORD or not tokens[k - 1].text[:1].isupper():
                return False
        return False

    def past_verb_after_lead(self, k: int) -> bool:
        """Whether a sentence led by the date at ``tokens[k]`` goes on with a verb in the past.

        "En janvier, un épisode orageux … a submergé des milliers de parcelles", "In
        January, a storm flooded …": the date opens its sentence and a comma sets it off,
        then the clause's verb within a few words says it is past.
        """
        tokens = self.tokens
        if k > 0 and tokens[k - 1].kind != MARK:
            return False
        comma = next(
            (n for n in range(k + 1, min(k + 4, len(tokens))) if tokens[n].key in _COMMAS), None
        )
        return comma is not None and self.past_clause_after(comma)

    def past_clause_after(self, comma: int) -> bool:
        """Whether the sentence after the comma at ``tokens[comma]`` goes on in the past.

        A verb in the past within a few words, and no verb to come anywhere before the
        sentence ends: not "On August 14, the renovated stadium will host the final", nor
        "…, officials said, the new line will open" (the main clause is to come).
        """
        tokens = self.tokens
        past = False
        for v in range(comma + 1, len(tokens)):
            if tokens[v].key in _SENTENCE_ENDS:
                break
            if _lookup(tokens[v], _FUTURE_BEFORE) is not None or future_by_ending(tokens[v].key):
                return False
            if past or v > comma + _LEAD_REACH or tokens[v].kind == MARK:
                continue
            if _lookup(tokens[v], _PAST_VERBS) is not None or _regular_past(tokens, v, len(tokens)):
                past = _lookup(tokens[v - 1], _NOT_PAST_BEFORE) is None
        return past

    def past_in_sentence(self, k: int) -> bool:
        """Whether a verb in the past (``past_verbs``) stands in the sentence before ``tokens[k]``.

        In its clause, nearer than any word of the future: «إذ بلغت نسبة الخطأ … 17 في
        المائة، قبل أن تتراجع في يناير», not «يتعين … قبل أن تنتهي المهلة يوم الخميس», nor
        «أعلن المدير أن على التلاميذ إيداع ملفاتهم قبل أن …» (what was said is to come).
        """
        tokens = self.tokens
        if k > 0 and tokens[k - 1].key in _COMMAS:
            k -= 1  # «…، قبل أن»: the clause before the comma
        for token in reversed(tokens[:k]):
            if (
                token.key in _SENTENCE_ENDS
                or token.key in _COMMAS
                or token.key in _THAT
                or _lookup(token, _FUTURE_BEFORE) is not None
            ):
                return False  # «أعلن المدير أن على التلاميذ إيداع ملفاتهم قبل أن …»
            if _lookup(token, _PAST_VERBS) is not None:
                return True
        return False

    def to_come_after(self, k: int) -> bool:
        """Whether the sentence after ``tokens[k]`` says what is to be done by then.

        A modal or a perfect infinitive (``to_come_auxiliaries``): "should have received",
        "must be connected", "needs to be full"; not a verb in the past.
        """
        for token in self.tokens[k + 1 :]:
            if token.key in _SENTENCE_ENDS:
                return False
            if token.key in _TO_COME_AUXILIARIES:
                return True
        return False

    def month_from(self, i: int) -> bool:
        """Whether a phrase of ``month_from`` ends just before the month at ``tokens[i]``."""
        return any(phrase_at(self.tokens, i - len(phrase), phrase) for phrase in _MONTH_FROM)

    def this_month(self, day: int, j: int) -> tuple[PartialDate, None, int] | None:
        """A day of the reference's month, or the next or last, from ``tokens[j]`` on.

        ``tokens[j]`` is the word after the day. Only with a reference: "12 من الشهر
        الجاري", "le 3 courant", "20 الجاري", "le 15 du mois prochain", "the 15th of next
        month", "15 من الشهر المقبل".
        """
        reference = self.reference
        if reference is None or j >= len(self.tokens):
            return None
        shifted = self.month_shift(j)
        if shifted is None:
            return None
        shift, end = shifted
        months = reference.year * 12 + reference.month - 1 + shift
        value = _dateutil(day, months % 12 + 1, months // 12)
        return None if value is None else (value, None, end)

    def month_shift(self, j: int) -> tuple[int, int] | None:
        """Which month, from the reference's, the words at ``tokens[j]`` name, and the end.

        "courant", "الجاري", "الشهر الجاري" (0); "du mois prochain", "of next month",
        "الشهر المقبل" (1); "du mois dernier", "of last month", "الشهر الماضي" (-1).
        """
        tokens = self.tokens
        if _lookup(tokens[j], _CURRENT):
            return 0, j + 1
        k = j + 1 if tokens[j].key in _OF_MONTH else j
        if k + 1 >= len(tokens):
            return None
        if _month_noun(tokens[k]):
            after = tokens[k + 1]
            for shift, words in ((0, _CURRENT), (1, _NEXT), (-1, _PAST)):
                if _lookup(after, words):
                    return shift, k + 2
            return None
        if _month_noun(tokens[k + 1]):
            if _lookup(tokens[k], _NEXT_BEFORE):
                return 1, k + 2  # of next month
            if _lookup(tokens[k], _PAST_BEFORE):
                return -1, k + 2
        return None

    @staticmethod
    def may_follow_day(token: Token) -> bool:
        """Whether ``token`` can follow a day in a date: a month, a dash, "and", من."""
        if token.kind == MARK:
            return True
        if token.kind != WORD:
            return False
        return not _AFTER_DAY.isdisjoint(token.forms) or token.key.startswith("و")

    def bare_year(self, i: int) -> bool:
        """A year in figures after "in", "en", "في", "since" … ("570,000 in 2025"), read.

        Only a year of four figures from 1900 to 2100 that no unit follows ("en 2025,
        …", "in 2025 the", not "in 2000 MW"), or an older one a mark closes ("copied in
        1612."); after "for", "pour" or a phrase from which
        something starts ("from", "à partir de") or after "as early as", only one a mark
        follows ("from 2032.", "as early as 2012,"; not "from 2000 farmers", "as far back as
        2000 BC"). A part of the year joined to it is read with it
        ("end-2038", "mi-2038").
        """
        tokens = self.tokens
        token = tokens[i]
        if i == 0 or len(token.key) != 4:
            return False
        part = self.part_joined(i)
        if part is not None:  # "by end-2038", "mi-2038"
            year = _number(token, 1900, LATEST)
            if year is None:
                return False
            self.mention(part, i + 1, PartialDate(year=year))
            return True
        old = self.old_year(i) or self.era_year(i)
        if (
            not _lookup(tokens[i - 1], _YEAR_BEFORE)
            and not (
                any(phrase_at(tokens, i - len(p), p) for p in _YEAR_PHRASES_BEFORE if i >= len(p))
                and (i + 1 == len(tokens) or tokens[i + 1].kind == MARK)
            )  # "as early as 2012,"; not "as far back as 2000 BC"
            and not (
                (_lookup(tokens[i - 1], _YEAR_BEFORE_ALONE) or self.month_from(i))
                and (i + 1 == len(tokens) or tokens[i + 1].kind == MARK)
                and not _qualified(tokens, i)
            )  # "scheduled for 2031,", "prévue pour 2034.", "from 2032.", "à partir de 2032,",
            # "le choc de 2040."; not "plus de 2000,", a count
            and not self.dated_noun_after(i)
            and not self.noun_dated_by(i)
            and not self.edition_of(i)
            and old is None
        ):
            return False
        year = _number(token, 1900, LATEST) or old
        if year is None:
            return False
        if i + 1 < len(tokens):
            following = tokens[i + 1]
            if following.kind == NUMBER:
                return False
            elided = i + 2 < len(tokens) and tokens[i + 2].key in _ELISIONS
            since = _lookup(tokens[i - 1], _SINCE) is not None
            if following.kind == WORD and _unit_at(tokens, i + 1) and not (elided or since):
                return False  # "in 2000 MW"; not "en 2027 d'une …", "منذ 2021 منصب"
        self.mention(i, i + 1, PartialDate(year=year))
        return True

    def old_year(self, i: int) -> int | None:
        """A year from 1000 to 1899 at ``tokens[i]``, or ``None``.

        Closed by a mark, after a past participle or a comma and "in" or "en" ("copied in
        1612.", "après la chute de Grenade, en 1492.") or after a phrase of dating ("dating
        back to 1732,"); not "up from 1100.", "one in 1500.", "un cas en 1500.": counts.
        """
        tokens = self.tokens
        if i + 1 < len(tokens) and tokens[i + 1].kind != MARK:
            return None
        if not (
            i >= 2
            and tokens[i - 1].key in _OLD_YEAR_BEFORE
            and (
                _participle(tokens[i - 2])
                or tokens[i - 2].key == ","
                or _participle_and_agent(tokens, i - 2)
            )
        ) and not any(phrase_at(tokens, i - len(p), p) for p in _OLD_YEAR_PHRASES_BEFORE):
            return None
        return _number(tokens[i], 1000, 1899)

    def era_year(self, i: int) -> int | None:
        """A year from 1000 at ``tokens[i]`` that a word of the common era follows, or ``None``.

        "نسخ في 1215 ميلادية": a date, however old; "612 هجرية" is a year of another
        calendar, no date.
        """
        tokens = self.tokens
        if i + 1 >= len(tokens) or tokens[i + 1].key not in WORDS.gregorian_after:
            return None
        return _number(tokens[i], 1000, LATEST)

    def noun_dated_by(self, i: int) -> bool:
        """Whether a year at ``tokens[i]`` dates the noun before "de" or "of" before it.

        "un décret de 2038 qui impose", "la fraude de 2040 plane", "the floods of 2038
        destroyed": a word before ``year_after_noun``, and after the year a word in lower
        case that no number counts; not "plus de 2000 agents", "de 2000 à 3000", "de 2000
        par jour", "a capacity of 2000 a day", "une capacité de 2000 tonnes".
        """
        tokens = self.tokens
        if i < 2 or i + 1 >= len(tokens) or tokens[i - 1].key not in WORDS.year_after_noun:
            return False
        before, following = tokens[i - 2], tokens[i + 1]
        return (
            before.kind == WORD
            and not _qualified(tokens, i)
            and following.kind == WORD
            and following.text.islower()
            and following.key not in _COUNT_LINKS
            and not any(phrase_at(tokens, i + 1, period) for period in WORDS.per_period)
            and not _unit_at(tokens, i + 1)
            and not _plural_count(following.key)
        )

    def edition_of(self, i: int) -> bool:
        """Whether a year at ``tokens[i]`` follows a word of ``edition_nouns``, and dates it.

        "l'édition 2041 du festival", «دورة 2041 من المهرجان»: a year in four figures, no
        number or unit after it (not «الدورة 12», a rank).
        """
        tokens = self.tokens
        return (
            _lookup(tokens[i - 1], WORDS.edition_nouns) is not None
            and _number(tokens[i], 1900, LATEST) is not None
            and (
                i + 1 == len(tokens)
                or tokens[i + 1].kind == MARK
                or (tokens[i + 1].kind == WORD and not _unit_at(tokens, i + 1))
            )
        )

    def dated_noun_after(self, i: int) -> bool:
        """Whether a year at ``tokens[i]`` dates the lowercase noun after it, after a determiner.

        "In a 2038 report", "the 2034 census", "since the 2038 crisis": ``year_determiners``
        before it, a lowercase word after it that is no unit nor a plural in "-s" ("the
        2000 MW plant", "the 2000 families relocated": counts).
        """
        tokens = self.tokens
        if i + 1 >= len(tokens) or tokens[i - 1].key not in WORDS.year_determiners:
            return False
        following = tokens[i + 1]
        return (
            following.kind == WORD
            and following.text.islower()
            and tokens[i].end < following.start
            and not _unit_at(tokens, i + 1)
            and not _plural_count(following.key)
        )

    def season(self, i: int) -> int | None:
        """A season's two years, the second in two figures: "2036-37", "2036/37".

        The second is the year after the first: the index after them, or ``None``.
        """
        tokens = self.tokens
        first = _number(tokens[i], 1900, LATEST)
        if first is None or tokens[i + 1].key not in _DASHES or not tokens[i + 2].key.isdigit():
            return None
        second = first + 1
        if int(tokens[i + 2].key) != second % 100:
            return None
        if i + 3 < len(tokens) and tokens[i + 3].key in _DASHES:
            return None  # "2011-12-05": a date whose month reads as the next year's figures
        self.mention(i, i + 3, PartialDate(year=first), PartialDate(year=second))
        return i + 3

    def part_joined(self, i: int) -> int | None:
        """Where a part of a year joined to it by a hyphen starts: "end-2038", "mi-2038"."""
        tokens = self.tokens
        if i < 2 or tokens[i - 1].key != "-":
            return None
        part = tokens[i - 2]
        joined = part.end == tokens[i - 1].start and tokens[i - 1].end == tokens[i].start
        return i - 2 if joined and _lookup(part, _MONTH_PARTS) is not None else None

    def year_range(self, i: int, *, named: bool = False) -> int | None:
        """Two years in figures as a range, read: the index after them, or ``None``.

        "من 2026 إلى 2028", "de 2026 à 2028", "between 2026 and 2028" (a word such as من,
        entre, from before the first), "2026-2028" or a season ("2036-37"); the second
        year after the first, by fifty years at most, and no unit after it ("de 2000 à
        2500 MW" counts). After
        a word that starts it, a range may reach further back and span longer: "parus de
        1889 à 1975". ``named``: the word for years is before the first, which starts
        it as such a word does ("سنتي 1998 و2012", "l'année 2019 et 2020").
        """
        tokens = self.tokens
        if i + 2 < len(tokens) and len(tokens[i].key) == 4 and len(tokens[i + 2].key) == 2:
            return self.season(i)
        if i + 2 >= len(tokens) or len(tokens[i].key) != 4 or len(tokens[i + 2].key) != 4:
            return None
        link = tokens[i + 1]
        dash = link.key in _DASHES and link.key != "/"
        started = named or (i > 0 and _lookup(tokens[i - 1], _RANGE_STARTS) is not None)
        linked = _lookup(link, _YEAR_LINKS) is not None
        if not (dash or (linked and (started or _lookup(link, _UNTIL_LINKS) is not None))):
            return None  # "covering 2031 to 2034": "to" alone says a range; "and" does not
        if started:
            first, second = _number(tokens[i], 1, 9999), _number(tokens[i + 2], 1, 9999)
            if first is None or second is None or not started_range(first, second):
                return None
        else:
            first, second = _number(tokens[i], 1900, LATEST), _number(tokens[i + 2], 1900, LATEST)
            if first is None or second is None or not first < second <= first + 50:
                return None
        if i + 3 < len(tokens):
            following = tokens[i + 3]
            if following.kind == NUMBER or (following.kind == WORD and _unit_at(tokens, i + 3)):
                return None
        self.mention(i, i + 3, PartialDate(year=first), PartialDate(year=second))
        return i + 3

    def numeric(self, i: int) -> tuple[PartialDate, None, int] | None:
        """12/09/2025 or 12-09-2025 (day first, as Morocco writes it)."""
        tokens = self.tokens
        if i + 4 >= len(tokens) or tokens[i + 1].key not in _DASHES:
            return None
        if tokens[i + 3].key != tokens[i + 1].key:
            return None
        day, month = _number(tokens[i], 1, 31), _number(tokens[i + 2], 1, 12)
        year = _number(tokens[i + 4], 1000, 2999)
        if day is None or month is None or year is None or len(tokens[i + 4].key) != 4:
            return None
        value = _dateutil(day, month, year)
        return None if value is None else (value, None, i + 5)

    def horizon(self, i: int) -> int:
        """في أفق سنة 2029، بحلول عام 2030، سنة 2024, 2025-09-12: a year, or an ISO date."""
        tokens = self.tokens
        token = tokens[i]
        if token.kind == NUMBER and len(token.key) == 4 and i + 4 < len(tokens):
            iso = self.iso(i)
            if iso is not None:
                return iso
        j = i
        if _lookup(token, _HORIZON_WORDS):
            j = i + 1
            while j < len(tokens) and j - i <= 4 and tokens[j].key in _END_OF:
                j += 1  # by the end of 2027, d'ici la fin de 2026
            if j < len(tokens) and _lookup(tokens[j], _YEAR_WORDS):
                j += 1
            j = _after_period(tokens, j)  # by Q3 2026
            year = _number(tokens[j], 1000, 2999) if j < len(tokens) else None
            if year is not None and j + 1 < len(tokens) and _unit_at(tokens, j + 1):
                return j + 1  # "إلى غاية 1050 درجة مئوية": a measure, no year
            if year is not None and self.year_range_at(j):
                return j  # "قبل نهاية موسم 2037-2038": the range reads both years
            if year is not None:
                self.mention(i, j + 1, PartialDate(year=year))
                return j + 1
            return j
        k = _after_period(tokens, i)
        if k > i:  # Q3 2026, T1 2027
            year = _number(tokens[k], 1000, 2999) if k < len(tokens) else None
            if year is not None and len(tokens[k].key) == 4:
                self.mention(i, k + 1, PartialDate(year=year))
                return k + 1
            return i + 1
        if _lookup(token, _YEAR_WORDS) and i + 1 < len(tokens):
            k = i + 1
            if k + 1 < len(tokens) and _lookup(tokens[k], _PERIOD_ORDINALS):
                k += 1  # الربع الأول من 2028
            k = k + 1 if tokens[k].key in _YEAR_OF and k + 1 < len(tokens) else k
            year = _number(tokens[k], 1000, 2999)  # fin 2027, the end of 2025
            if year is not None and self.year_range_at(k):
                return i + 1  # "l'année scolaire 2031-2032": the range reads both years
            if year is not None and k + 1 < len(tokens) and _lookup(tokens[k + 1], _YEAR_LINKS):
                years = self.year_range(k, named=True)
                if years is not None:
                    return years  # "بين سنتي 1998 و2012", "l'année 2019 et 2020": both
            if year is not None and len(tokens[k].key) == 4:
                self.mention(i, k + 1, PartialDate(year=year))
                return k + 1
        return i + 1

    def year_range_at(self, k: int) -> bool:
        """Whether a year at ``tokens[k]`` starts a range of years ("2031-2032")."""
        tokens = self.tokens
        return (
            k + 2 < len(tokens)
            and tokens[k + 1].key in _DASHES
            and len(tokens[k + 2].key) == 4
            and _number(tokens[k + 2], 1000, 2999) is not None
        )

    def iso(self, i: int) -> int | None:
        tokens = self.tokens
        if tokens[i + 1].key != "-" or tokens[i + 3].key != "-":
            return None
        year = _number(tokens[i], 1000, 2999)
        month, day = _number(tokens[i + 2], 1, 12), _number(tokens[i + 4], 1, 31)
        if year is None or month is None or day is None:
            return None
        value = _dateutil(day, month, year)
        if value is None:
            return None
        self.mention(i, i + 5, value)
        return i + 5


def dates_in_tokens(
    text: str, tokens: list[Token], reference_date: dt.date | None = None
) -> list[DateMention]:
    """[`find_dates`][maroc_ai.text.find_dates] on the tokens of ``text`` already split."""
    return scan_dates(text, tokens, reference_date)[0]


def scan_dates(
    text: str, tokens: list[Token], reference_date: dt.date | None = None
) -> tuple[list[DateMention], bool]:
    """[`dates_in_tokens`][maroc_ai.text._dates.dates_in_tokens], and whether another reference date could change the dates.

    Without a weekday, a relative word or a month without its year, a text's dates are
    what they are whatever day it was written: it need not be read again.
    """
    scanner = _Scanner(text, tokens, reference_date)
    found = scanner.scan()
    if reference_date is None and scanner.asked:
        today = _own_today(found)
        if today is not None:
            scanner = _Scanner(text, tokens, today)
            found = scanner.scan()
    return found, scanner.asked


def _own_today(found: list[DateMention]) -> dt.date | None:
    """The full date a text gives for its own "today" (اليوم الجمعة 12 شتنبر 2025), if any."""
    for mention in found:
        if mention.precision is Precision.DAY and _lookup(tokenize(mention.quote)[0], _TODAY):
            return mention.value.start
    return None


_FILLERS = WORDS.date_fillers


def is_filler(token: Token) -> bool:
    """Whether a word may stand beside a date phrase that is the whole of a text ("le", "في")."""
    return bool(_lookup(token, _FILLERS))


_QUALIFIER_PHRASES = tuple(phrase for phrase, _ in WORDS.qualifiers)
"""The phrases that qualify a quantity ("plus de", "more than", "أكثر من")."""


def _qualified(tokens: Sequence[Token], i: int) -> bool:
    """Whether what gives an amount ends before ``tokens[i]``.

    A qualifier of a quantity ("plus de", "more than"), or a verb of ``amount_verbs`` and
    "de" ("est de 2050,", "passé de 1950 à").
    """
    if i >= 2 and tokens[i - 2].key in WORDS.amount_verbs and tokens[i - 1].key == "de":
        return True
    return any(phrase_at(tokens, i - len(p), p) for p in _QUALIFIER_PHRASES if i >= len(p))


def _attributive(tokens: Sequence[Token], i: int, k: int) -> bool:
    """Whether the weekday at ``tokens[k]`` (read from ``tokens[i]``) is said of a thing.

    "Saturday's final", «مباراة السبت» (a noun in «ة» before it): the day a thing named
    in the text is held, not when something happened.
    """
    if k + 2 < len(tokens) and tokens[k + 1].key in _ELISIONS and tokens[k + 2].key == "s":
        return True
    return i == k > 0 and tokens[i - 1].text.endswith("ة") and tokens[i].text.startswith("ال")


_DISTRIBUTIVE = WORDS.distributive
"""The word between a noun said twice in an aside: "province by province"."""
_AFTER_ASIDE = 2
"""Tokens from the comma that closes an aside of a word said twice to the weekday, at
most: ", on Monday", ", lundi"."""


def _distributive_aside(tokens: Sequence[Token], k: int) -> int:
    """How many tokens before a comma at ``tokens[k]`` an aside of a word said twice takes.

    ", province by province," (4), ", région par région,"; 0 if there is none.
    """
    if (
        k >= 4
        and tokens[k].key == ","
        and tokens[k - 2].key in _DISTRIBUTIVE
        and tokens[k - 1].key == tokens[k - 3].key
        and tokens[k - 1].kind == WORD
        and tokens[k - 4].key == ","
    ):
        return 4
    return 0


def _aside_before(tokens: Sequence[Token], k: int) -> int:
    """How many tokens before a comma at ``tokens[k]`` an aside of a pronoun takes, or 0.

    ", eux," (2: the pronoun and the comma that opens it), ", quant à lui," (4).
    """
    if k < 2 or tokens[k].key != "," or tokens[k - 1].key not in WORDS.stressed_pronouns:
        return 0
    if tokens[k - 2].key == ",":
        return 2
    if k >= 4 and tokens[k - 2].key == "a" and tokens[k - 3].key == "quant":
        return 4 if tokens[k - 4].key == "," else 0
    return 0
