"""Quantities as news writes them: "أكثر من 500 منصب شغل", "$3.4 billion", "150 000 emplois".

[`find_quantities`][maroc_ai.text.find_quantities] scans tokens for a number: in any digits, with the thousands
separators the press uses (space, no-break space, narrow no-break space, dot,
comma) and a decimal comma or point; spelled out ("خمسين ألف", "cinquante mille",
"deux milliards"); or a scale word alone ("المليار يورو"). It reads an optional
scale word after the number, a qualifier before it ("ما يقارب", "plus de", "more
than"), and a unit: a currency symbol or code before the number ("$", "€", "MAD")
or a unit after it ("درهم", "MW", "-megawatt", "%"), normalised (ISO 4217 codes for
money, ``MW`` for power, ``percent``, ``job``, ``person`` …), or else the noun it
counts, kept as the text writes it ("300 écoles" counts ``écoles``). A number
without a unit or a counted noun is not reported, nor a year, nor a number that
labels something ("القانون رقم 09.08", "article 5").

The words come from the data files of `maroc_ai.text._lexicon`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Collection, Iterator, Sequence
from decimal import Decimal, InvalidOperation

from ..values import Qualifier
from ._lexicon import WORDS
from ._lexicon import phrase as keys_of
from ._mentions import QuantityMention, is_currency
from ._normalize import normalize, strip_article
from ._tense import (
    english_past_participle,
    english_present_participle,
    french_past_participle,
    future_by_prefix,
)
from ._tokens import MARK, NUMBER, WORD, Token, forms_in, phrase_at
from ._years import is_year, started_range

__all__ = ["quantities_in_tokens"]


_Phrase = tuple[str, ...]


_UNITS: dict[str, list[tuple[_Phrase, tuple[str, Decimal]]]] = {}
for _words, _unit, _factor in sorted(WORDS.units, key=lambda entry: -len(entry[0])):
    _UNITS.setdefault(_words[0], []).append((_words, (_unit, _factor)))
_COMPOUNDS: dict[str, list[_Phrase]] = {}
for _words in sorted(WORDS.compound_nouns, key=len, reverse=True):
    _COMPOUNDS.setdefault(_words[0], []).append(_words)
_BEFORE: dict[str, list[tuple[_Phrase, str]]] = {}
for _words, _unit in sorted(WORDS.units_before, key=lambda entry: -len(entry[0])):
    _BEFORE.setdefault(_words[0], []).append((_words, _unit))
_QUALIFIERS_BY_LAST: dict[str, list[tuple[_Phrase, Qualifier]]] = {}
for _phrase, _qualifier in sorted(WORDS.qualifiers, key=lambda entry: -len(entry[0])):
    _QUALIFIERS_BY_LAST.setdefault(_phrase[-1], []).append((_phrase, _qualifier))

_SPACES = frozenset({" ", "\u00a0", "\u202f", "\u2009"})
"""What stands between the digit groups of "150 000": space, no-break and narrow no-break space."""
_DE = WORDS.scale_links
"""What joins a scale word to its unit: "2 millions de personnes", "millions d'euros"."""
_APOSTROPHES = frozenset({"'", "’"})
"""The apostrophes of "d'euros" and "the group's"."""
_OPENING_QUOTES = frozenset({'"', "“", "«"})
_CLOSING_QUOTES = frozenset({'"', "”", "»"})
"""Quotes around one word between a number and its noun: '63 "dark" vessels'."""
_TODAY = WORDS.today | {"hui", "'", "’"}
"""The words of "today", "اليوم" and "aujourd'hui" as tokens."""
_RANGE_START = forms_in(WORDS.range_starts)
"""Whether a word starts a range of numbers: "entre", "between", "من"."""
_RANGE_LINKS = WORDS.year_links | WORDS.range_words
_RELATIVE_BEFORE = WORDS.past_before | WORDS.next_before
"""Words before a period that make it a date: "last year", "next month"."""
_JOINERS = WORDS.and_words | {"-"}
_MINUS = frozenset({"-", "\u2212"})
"""The hyphen and the minus sign, before a value below zero."""
_START = operator.attrgetter("start")
_RELATIVES = WORDS.relatives
"""Relative pronouns: a number after one counts what the noun before it names."""
_THOUSAND = 1000
_SPELLED_COUNT = 100
"""Numbers spelled out below this count nothing without a scale word ("five years",
"vingt ans", "quinze ans"): the press spells out small and round numbers, not figures."""
_WHEN_BETWEEN = 6
"""Words of time, at most, between the first number of a range and its "to"."""
_RANGE_FROM = 8
"""Tokens a quantity at the start of a range may take: "from 1.2 million dirhams"."""
_AND = WORDS.and_words
"""What joins the words of a spelled-out number: "vingt-cinq", "خمسة وعشرين"."""
_MAX_DIGITS = 15
_COMPARED_WITH = WORDS.compared_with
_COMPARED_WITHIN = 80
"""Characters between a quantity and a number compared with it, at most."""
_ALL = WORDS.all
"""Words between a range's link and the number that ends it at the whole ("from 42
branches to all 640")."""
_WHOLES_BACK = 3
"""Quantities before a listed part among which its whole may be."""
_NOT_WHOLES = frozenset({"percent", "year"})
"""Units a whole listed in parts is not counted in."""
_STOCK_WORDS_BACK = 4
"""Words before a quantity looked at for those of ``stock_words``."""
_PERIOD_FIRST = frozenset(words[0] for words in WORDS.per_period)
"""The first words of ``per_period``: "a", "per", "par", "سنويا"."""
_AIMED_WITHIN = 240
"""Characters between a count and a bare number aimed at by a horizon, at most."""
_LISTING = WORDS.and_words | {",", "،"}
"""Words that list one clause after another."""
_OPENING_PARTS = frozenset({":", "(", "-", "–", "—"})
"""Marks after which a list of parts may start ("20 blocs (12 à Casablanca, …)")."""
_SENTENCE_ENDS = frozenset({".", "!", "?", "؟", ";"})
"""Marks that end the clause "the number of …" must be in."""
_NUMBER_OF_WITHIN = 12
"""Tokens a bare number may follow "the number of …" by."""
_NUMBER_OF_FIRST = frozenset(words[0] for words in WORDS.numbers_of)
"""The first words of "the number of", "le nombre de": where one may start."""
_DEFINITE_NUMBER_OF = _NUMBER_OF_FIRST & WORDS.definite_articles
"""The first words of "le nombre de" and "the number of" after the number they give."""
_WHOLE_WITHIN = 160
"""Characters between a whole and a number of its part after a comma, at most ("Of the 130
workers who clean the panels for the subcontractor, 70 will be retrained")."""
_GOING_ON = WORDS.going_on | {","}
"""What stands before a qualified number that goes on counting what the quantity before
counts: "420 patients par jour, et jusqu'à 650", "rising to as many as 650"."""
_MILLION = 1_000_000
"""The smallest scale written as a noun ("million", "milliard"), which takes "de" before
what it counts, and the size of a number that may be a share of a budget."""
_SCALE_NOUNS = frozenset(word for word, scale in WORDS.scales.items() if scale >= _MILLION)
_PARALLEL_LINKS = WORDS.parallel_links
"""Links after a count that say whose or where from, repeated after a number in
parallel: "480,000 rulings of the Court of Appeal and 96,000 of the Court of
Cassation"."""
_THE = WORDS.definite_articles
"""Definite articles, before the name a parallel link gives ("… and 96,000 of the Court
…")."""
_FROM = WORDS.change_from
"""The word before the first number of a count that changed: "dropped from 410"."""
_FROM_OR_TO = _FROM | WORDS.change_to
"""The word after a verb of change before a number: "dropped from 410", "rose to 148"
(and "à", whose key is "a")."""
_CLAUSE_ENDS = frozenset({".", "!", "?", "؟", ";", ":", ",", "،"})
"""Marks before the clause a count's subject is looked for in: "According to the
Department of Maritime Fisheries, accidents … fell from 23 to 7"."""
_HOURS_A_DAY = 24
"""A number of hours up to this is a time of day or a day's hours, not a count."""
_DURATION_REACH = 8
"""Tokens back from "à" or "at" a noun of a length of time may be, in the same clause."""
_WHEN_SAID = WORDS.today | WORDS.tomorrow | WORDS.yesterday | frozenset(WORDS.weekdays) | WORDS.next
"""Words that say which day, between which and "à" hours are a time of day."""
_PRESENT_PARTICIPLE = "ant"
"""How a French present participle ends; a noun a number counts ends "ants"."""
_PLURAL_VERB = ("aient", "eront", "eraient")
"""How French verbs end for "they", as no English word does: "dont 31 correspondaient à
…", "12 chasse-neige sortaient"."""
_PARTICIPLE_ENDINGS = ("ée", "ées", "és", "é", "is", "ise", "ises", "ues", "ed")
"""Endings of past participles ("liées", "remis", "issues", "linked"), which count nothing
after "dont"."""
_HOW = WORDS.participle_links
"""Words after a participle that say how or to what ("liées à", "linked to")."""
_KNOWN_UNITS = frozenset(unit for _, unit, _ in WORDS.units)
"""The units the lexicon normalises to ("hectare", "MAD", "person" …)."""
_LETTER_UNITS = frozenset(
    words
    for words, _, _ in WORDS.units
    if len(words) == 1 and len(words[0]) == 1 and words[0].isascii() and words[0].isalpha()
)
"""Units written as one Latin letter ("m"), which business news also writes for millions."""
_PARTITIVES = frozenset({"de", "of", "du", "des"})
"""Words after which a scale letter counts what follows ("5 m de dirhams", "3 m of"), and
after which an adjective is the noun counted ("300 anciens de l'ISCAE")."""
_NOT_NOUNS = (
    WORDS.not_counted
    | WORDS.year_words
    | WORDS.references
    | frozenset(WORDS.months)
    | frozenset(WORDS.weekdays)
    | frozenset(WORDS.scales)
    | frozenset(WORDS.ordinals)
    | WORDS.today
    | WORDS.yesterday
    | WORDS.tomorrow
    | WORDS.others_after
)
_TRIGGERS = frozenset(
    {*WORDS.number_words, *WORDS.scales, *("ال" + word for word in WORDS.scales_alone), *_BEFORE}
)
"""Every word or mark a quantity that is not a number in digits starts with."""
_STARTS = _TRIGGERS | frozenset(_BEFORE)
_KIND = operator.attrgetter("kind")
_KEY = operator.attrgetter("key")
_STARTING = forms_in(_STARTS)
"""Whether a token's key is one a quantity can start with."""


def _joined_bi(token: Token) -> bool:
    """Whether an Arabic word is written joined to "بـ" with its article: «بالفرنسية», «بالرباط».

    "و860 بالفرنسية" lists a part by where or in what, as "860 in French" does.
    """
    return token.key.startswith("بال") and len(token.forms) > 1


def _joined(left: Token, right: Token) -> bool:
    return left.end == right.start


def _gap(text: str, left: Token, right: Token) -> str:
    return text[left.end : right.start]


@functools.lru_cache(maxsize=4096)
def _digits_value(written: str, scaled: bool, *, grouping: str = "") -> Decimal | None:
    """The value of a number written with separators: "1.000,5", "3,4", "150 000".

    Spaces and the Arabic thousands separator group thousands; the Arabic decimal
    separator is a decimal point. A lone dot or comma is a decimal mark when a scale
    word follows ("1,5 مليار") or when what follows it is not three digits; when two
    kinds of mark are written, the last is the decimal mark ("1.000,5", "1,000.5").
    ``grouping`` is a mark that groups thousands before the scale word that follows
    ("1,200 million": see the lexicon's ``grouping_scales``).
    """
    groups: list[str] = []
    seps: list[str] = []
    current = ""
    for char in written:
        if char.isdigit():
            current += char
        else:
            groups.append(current)
            seps.append(char)
            current = ""
    groups.append(current)
    if not all(groups):
        return None
    try:
        if not seps:
            return Decimal(written)
        if "\u066b" in seps:
            point = seps.index("\u066b")
            return _grouped(groups[: point + 1], decimal=groups[point + 1 :])
        kinds = list(dict.fromkeys(seps))
        if (
            len(kinds) == 2
            and kinds[1] in ".,"
            and seps.count(kinds[1]) == 1 == len(seps) - seps.index(kinds[1])
        ):
            return _grouped(groups[:-1], decimal=groups[-1:])
        if len(kinds) > 1:
            return None
        if (
            kinds[0] in ".,"
            and len(seps) == 1
            and ((scaled and kinds[0] != grouping) or len(groups[1]) != 3 or len(groups[0]) > 3)
        ):
            return Decimal(f"{groups[0]}.{groups[1]}")
        return _grouped(groups, decimal=[])
    except InvalidOperation:  # pragma: no cover - the groups are digits only
        return None


def _grouped(groups: list[str], *, decimal: list[str]) -> Decimal | None:
    """Digit groups of three after the first, which has at most three (and a decimal part)."""
    if len(decimal) > 1 or (len(groups[0]) > 3 and len(groups) > 1):
        return None
    if any(len(group) != 3 for group in groups[1:]):
        return None
    whole = "".join(groups)
    return Decimal(f"{whole}.{decimal[0]}") if decimal else Decimal(whole)


def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


class _Scanner:
    """One pass over the tokens of a text, reading a quantity wherever one starts."""

    def __init__(
        self, text: str, tokens: Sequence[Token], names: Collection[int] = frozenset()
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.names = names
        """The tokens that start a proper name: no number counts them."""
        self.found: list[QuantityMention] = []

    def scan(self) -> list[QuantityMention]:
        tokens = self.tokens
        starts = map(
            operator.or_,
            map(NUMBER.__eq__, map(_KIND, tokens)),
            map(_STARTING.__getitem__, map(_KEY, tokens)),
        )
        i = 0
        for candidate in itertools.compress(itertools.count(), starts):  # only these can start one
            if candidate >= i:
                i = self.at(candidate)
        return self.found

    def at(self, i: int) -> int:
        """Read a quantity starting at ``tokens[i]``; the index to go on from."""
        tokens = self.tokens
        before = self.unit_before(i)
        start = i
        if before is not None:
            unit_before, i = before
            if i >= len(tokens) or tokens[i].kind != NUMBER:
                return start + 1
        number = self.number(i)
        if number is None:
            return (i if before is not None else start) + 1
        amount, j, spelled = number
        if (
            before is None
            and tokens[i].kind == NUMBER
            and is_year(tokens[i])
            and i > 0
            and (not WORDS.since.isdisjoint(tokens[i - 1].forms) or tokens[i - 1].key in _FROM_YEAR)
        ):
            return j  # "منذ 2021 منصب مديرة", "since 2021", "from 2031": a year, as dates read it
        if before is None and _era_year(tokens, i):
            return j + 1  # "1215 ميلادية", "612 هجرية": a year, however old
        if before is None and _named_year(tokens, i) and self.unit_after(j, scaled=False) is None:
            return j  # "سنة 1732 عثر": a date, however old; not "خلال سنة 2000 منصب شغل"
        if before is None and _years_range(tokens, i):
            return i + 3  # "published from 1889 to 1975": two years, as dates read them
        if before is None and amount <= _MINUTES and _clock_time(tokens, i):
            return j  # "على الساعة 10 و30 دقيقة": the time of day, not a count; not "إلى
            # حدود الساعة 4200 فلاح", so far 4,200 farmers
        bare = j == i  # a scale word alone: "مليار درهم"
        scale, j = self.scale(j, glued=before is not None)
        if scale is not None and bare and before is None:
            half = self.half_before(i)
            if half is not None:  # un demi-milliard, نصف مليار: half the scale
                amount, start = amount / 2, half
                whole = self.whole_and(half)
                if whole is not None:  # one and a half million: 1.5 million
                    amount, start = whole[0] + amount, whole[1]
        if scale is None and spelled is not None and spelled < _SPELLED_COUNT:
            return j  # "un accord", "deux ministres", "عشر سنوات": not figures
        if scale is not None:
            more = self.and_smaller(j, scale)
            if more is not None:  # مليار و200 مليون: 1.2 billion
                extra, j = more
                amount += extra / scale
            else:
                half = self.and_half(j, scale)
                if half is not None:  # مليار ونصف مليار, un milliard et demi
                    amount, j = amount + Decimal("0.5"), half
        elif spelled is not None and spelled >= _THOUSAND:
            largest = _largest_scale(spelled)
            more = self.and_smaller(j, largest)
            if more is not None:  # مليونين و700 ألف: 2.7 million
                extra, j = more
                amount += extra
            else:
                half = self.and_half(j, largest)
                if half is not None:  # مليونين ونصف مليون: 2.5 million
                    amount, j = amount + Decimal(largest) / 2, half
        unit = (unit_before, Decimal(1), j, tokens[start].text) if before is not None else None
        after = self.unit_after(j, scaled=scale is not None)
        if (  # "مقابل 231 ألفا سنة 2032": a date, not years
            after is not None
            and after[0] == "year"
            and after[2] < len(tokens)
            and is_year(tokens[after[2]])
        ):
            after = None
        if after is not None and (
            unit is None or after[0] == unit[0] or after[0] in WORDS.people_units
        ):
            unit = after  # "a staff of 60 engineers": engineers, not employees
        if unit is None:
            unit = self.counted(i, j, amount, scaled=scale is not None)
            if unit is not None and (
                self.participle_of_subset(start, unit[3], unit[2])
                or self.verb_after_subset(start, unit[3])
            ):
                unit = None  # "dont 310 liées à …": part of the number before, no noun of its own
        if (
            unit is None
            and spelled is None
            and not (is_year(tokens[i]) and start > 0 and tokens[start - 1].key in _YEAR_WORDS)
            # not "levés d'ici 2034 et 60.000 titres": a horizon, then another quantity
            and (
                (start > 0 and _RANGE_START[tokens[start - 1].key])
                or (  # 120,000 and 80,000 dirhams; not "38 voix contre 11 et 4 abstentions"
                    j < len(tokens)
                    and tokens[j].key in _AND
                    and not self.compared_with_previous(start)
                )
                or (  # fines of 10,000 to 50,000 dirhams, 200 à 300 ouvriers
                    j + 1 < len(tokens)
                    and tokens[j].key in _RANGE_LINKS
                    and tokens[j].key not in _AND
                    and not tokens[j].key.startswith("و")
                    and tokens[j + 1].kind == NUMBER
                    and not is_year(tokens[i])
                )
            )
        ):
            ranged = self.ranged(start, j, amount, first_scale=scale)
            if ranged is not None:  # "entre 200 et 250 ingénieurs": 200 engineers too
                unit, second_scale = ranged
                scale = scale or second_scale  # "بين 3 ملايين و40 مليون درهم": its own
        if unit is None and spelled is None and scale is None:
            unit = self.part_of(j, amount) or self.some_of_group(j)  # "20 of the 23 outbreaks"
        if unit is None and spelled is None and not is_year(tokens[i]):
            unit = self.number_of(start, j)  # "the number of sensors will rise to 7,400"
        if unit is None and not is_year(tokens[i]):
            unit = self.number_of_after(j)  # "évalue à 1,1 million le nombre d'emplois"
        if unit is None and spelled is None:
            subset = self.subset_after(j)
            if subset is not None:  # "180 people, 45 of them engineers"
                unit = self.unit_after(subset, scaled=scale is not None)
                if unit is None and subset < len(tokens) and tokens[subset].text[0] < "\u0600":
                    unit = self.noun_of_subset(i, subset, amount, scaled=scale is not None)
            if unit is None:
                unit = self.compared(
                    start, i, j, scaled=scale is not None, subset=subset, amount=amount
                )
            if unit is None and subset is not None and amount is not None:
                unit = self.group_named_before(start, subset, amount)
        if (
            unit is None
            and spelled is None
            and scale is None
            and self.age_unsaid_before(start)
            and not (j < len(tokens) and tokens[j].key in _AGE_DASHES)  # "aged 6-11 months"
        ):
            unit = "year", Decimal(1), j, ""  # "women aged 45 to 69": years, unsaid
        if unit is None:
            return max(j, i + 1)
        name, factor, end, noun = unit
        if name == "year" and end < len(tokens) and is_year(tokens[end]):
            return end  # "... 500 سنة 2024": the year of a date, not a duration
        qualifier, first = self.qualifier(start)
        value = amount * (scale or 1) * factor
        if start > 0 and self.sign_at(start - 1):
            if name not in WORDS.signed_units:
                return end  # "- 300 emplois" in a list, "2-3": no quantity below zero
            value, first = -value, start - 1
        elif (
            first == start
            and start > 0
            and tokens[start - 1].key in WORDS.minus_words
            and name in WORDS.signed_units
        ):
            value, first = -value, start - 1  # "minus 3.4 degrees Celsius", not "au moins"
        elif (
            name in WORDS.signed_units
            and (below := self.below_zero_at(end))
            and not self.size_of_change(start)
        ):
            value, end = -value, below  # "14 degrees below zero", «14 درجة تحت الصفر»
        self.add(first, end, value, name, qualifier, noun)
        return end

    def age_unsaid_before(self, start: int) -> bool:
        """Whether an age with no word for years is written at ``tokens[start]``.

        "aged 34", "aged 45 to 69", "aged between 45 and 69", "at the age of 14"
        (``ages_unsaid``); not "the age of 5G", a letter joined to the number.
        """
        tokens = self.tokens
        after = tokens[start + 1] if start + 1 < len(tokens) else None
        if after is not None and after.kind == WORD and after.start == tokens[start].end:
            return False
        k = start - 1
        if k >= 2 and tokens[k].key in _RANGE_LINKS and tokens[k - 1].kind == NUMBER:
            if tokens[k].key in _AGE_DASHES:
                return False  # "aged 6-11 months", "aged 45–69": written as one
            k -= 2  # "aged 45 to 69": the range's end
        if k >= 1 and _RANGE_START[tokens[k].key]:
            k -= 1  # "aged between 45 and 69"
        return k >= 0 and any(
            k + 1 >= len(phrase)
            and all(tokens[k - n].key == word for n, word in enumerate(reversed(phrase)))
            for phrase in WORDS.ages_unsaid
        )

    def add(
        self, first: int, end: int, value: Decimal, unit: str, qualifier: Qualifier, noun: str
    ) -> None:
        start, stop = self.tokens[first].start, self.tokens[end - 1].end
        self.found.append(
            QuantityMention(
                value=_plain(value),
                unit=unit,
                qualifier=qualifier,
                start=start,
                end=stop,
                quote=self.text[start:stop],
                noun=noun,
            )
        )

    # The number

    def number(self, i: int) -> tuple[Decimal, int, int | None] | None:
        """The number at ``tokens[i]``, the index after it, and its value if spelled out."""
        tokens = self.tokens
        token = tokens[i]
        if token.kind == NUMBER:
            return self.digits(i)
        spelled = self.spelled(i)
        if spelled is not None:
            value, j = spelled
            return Decimal(value), j, value
        if token.kind == WORD and self.scale_alone(token):
            return Decimal(2 if self.dual(i) else 1), i, None
        return None

    def dual(self, i: int) -> bool:
        """Whether the scale word at ``tokens[i]`` is a dual in construct: "مليونا درهم".

        Not after a number ("12 مليونا": the accusative), nor before "من" ("مليونا من …")
        or "و" ("مليونا ونصف مليون": a million and a half, in the accusative).
        """
        tokens = self.tokens
        return (
            tokens[i].key in WORDS.dual_scales
            and (i == 0 or tokens[i - 1].kind != NUMBER)
            and i + 1 < len(tokens)
            and tokens[i + 1].kind == WORD
            and tokens[i + 1].key not in WORDS.not_counted
            and not tokens[i + 1].key.startswith("و")
        )

    def digits(self, i: int) -> tuple[Decimal, int, None] | None:
        tokens = self.tokens
        token = tokens[i]
        if len(token.key) > _MAX_DIGITS * 2:
            return None
        if i > 0 and _joined(tokens[i - 1], token):
            previous = tokens[i - 1]
            if previous.kind == NUMBER or (
                previous.kind == WORD
                and (previous.text.isascii() or len(previous.key) > 2)
                and previous.key not in WORDS.glued_prefixes  # بالـ21 مليون
            ):
                return None  # G42, COP22, UM6P: part of a name
            if (
                previous.kind == MARK
                and previous.key in {"-", "/", ".", ":", "°"}
                and not self.sign_at(i - 1)  # "-3,4 °C": a value below zero
            ):
                return None  # the tail of a date, a range, a time or a code
        if i > 0 and (
            tokens[i - 1].key in {"°", "#", "№"}
            or (
                not WORDS.references.isdisjoint(tokens[i - 1].forms)
                and not (
                    i > 1
                    and tokens[i - 2].key in WORDS.demonstratives
                    and tokens[i - 1].key in WORDS.year_words
                    and tokens[i - 1].text.islower()
                )
                and not self.percent_at(i + 1)  # "to route 75% of its claims": a verb
                and not (i + 1 < len(tokens) and _scale_of(tokens[i + 1]) is not None)
                and not self.thousands_after(i)
                and not _number_as_verb(tokens, i)
            )  # "mettre en ligne 1,1 million de pages", "cette saison 3 200 hectares": an
            # amount, which a label is not; nor after a demonstrative and a time: "cette
            # saison 46 maîtres-nageurs" (not "This Season 2", "cet article 12")
        ):
            return None  # n° 5, القانون رقم 09.08, article 12: a label
        written = token.key
        j = i + 1
        # Thousands written with spaces: 150 000, 4 000 000, 1 500,5.
        while (
            j < len(tokens)
            and tokens[j].kind == NUMBER
            and written.replace(" ", "").isdigit()
            and len(written.split(" ")[0]) <= 3
            and tokens[j].key[:3].isdigit()
            and (len(tokens[j].key) == 3 or tokens[j].key[3:4] in {",", "."})
            and _gap(self.text, tokens[j - 1], tokens[j]) in _SPACES
            and len(written) < _MAX_DIGITS * 2
        ):
            written += " " + tokens[j].key
            j += 1
        scaled = j < len(tokens) and self.is_scale(j)
        grouping = ""
        if scaled:
            grouping = next(
                (
                    mark
                    for mark, scales in WORDS.grouping_scales.items()
                    if not scales.isdisjoint(tokens[j].forms)
                ),
                "",
            )
        value = _digits_value(written, scaled, grouping=grouping)
        if value is None:
            return None
        return value, j, None

    def size_of_change(self, start: int) -> bool:
        """Whether the number at ``tokens[start]`` is how much something changed.

        "will drop by a further 4 degrees", "baisseront encore de 4 degrés": "by", or "de"
        after a verb of change or "encore"; not "une température de 14 degrés".
        """
        tokens = self.tokens
        k = start - 1
        while k > 0 and tokens[k].key in _MORE:
            k -= 1  # "by a further 4 degrees"
        if k < 0:
            return False
        if tokens[k].key == "by":
            return True
        return (
            tokens[k].key == "de"
            and k > 0
            and (tokens[k - 1].key in WORDS.change_verbs or tokens[k - 1].key == "encore")
        )

    def below_zero_at(self, k: int) -> int:
        """The index after words at ``tokens[k]`` that put a value below zero, or 0."""
        return next(
            (k + len(words) for words in WORDS.below_zero if phrase_at(self.tokens, k, words)),
            0,
        )

    def sign_at(self, k: int) -> bool:
        """Whether ``tokens[k]`` is a minus sign of the number right after it: "-3,4 °C".

        Joined to that number and set apart from the word before it: not the dash of a
        range ("2-3 jours") or of a name ("COP-22").
        """
        tokens = self.tokens
        return (
            tokens[k].key in _MINUS
            and k + 1 < len(tokens)
            and _joined(tokens[k], tokens[k + 1])
            and (k == 0 or not _joined(tokens[k - 1], tokens[k]))
        )

    def percent_at(self, k: int) -> bool:
        """Whether a share's sign or word stands at ``tokens[k]``: "%", "percent", "في المائة"."""
        found = self.phrase_unit(k)
        return found is not None and found[0][0] == "percent"

    def spelled(self, i: int) -> tuple[int, int] | None:
        """A number spelled out from ``tokens[i]``: its value and the index after it.

        "cinquante mille" is 50 000, "خمسة وعشرين ألف" 25 000, "deux cents" 200. A
        scale word ends it here: `scale` reads it, as after digits.
        """
        tokens = self.tokens
        if i > 0 and tokens[i - 1].key in WORDS.vague_counts:
            return None  # "a few hundred specialists": no number
        total = current = 0
        j = i
        seen = False
        while j < len(tokens) and j - i < 12:
            token = tokens[j]
            value = _number_word(token, first=j == i)
            if value is None:
                joined = seen and token.key in _JOINERS and j + 1 < len(tokens)
                if joined and _number_word(tokens[j + 1], first=True) is not None:
                    j += 1
                    continue
                break
            seen = True
            if value == 100:
                current = max(current, 1) * 100
            elif value >= 1000:
                total += max(current, 1) * value
                current = 0
            else:
                current += value
            j += 1
        if not seen:
            return None
        return total + current, j

    def scale_alone(self, token: Token) -> bool:
        """Whether ``token`` is a scale word that stands for one of its scale ("المليار")."""
        return any(
            form in WORDS.scales_alone or (form.startswith("ال") and form[2:] in WORDS.scales_alone)
            for form in token.forms
        )

    def is_scale(self, j: int) -> bool:
        return _scale_of(self.tokens[j]) is not None

    def and_smaller(self, j: int, scale: int) -> tuple[Decimal, int] | None:
        """A number of a smaller scale added with "and", and the index after.

        "مليارا و200 مليون", and units after thousands: "14 ألفا و600 فلاح" is 14,600.
        """
        tokens = self.tokens
        if j + 1 >= len(tokens) or tokens[j].key not in _AND or tokens[j + 1].kind != NUMBER:
            return None
        rest = self.digits(j + 1)
        if rest is None:
            return None
        amount, k, _ = rest
        smaller, end = self.scale(k, glued=False)
        if smaller is None and scale == _THOUSAND and amount < scale and amount == int(amount):
            return amount, k
        if smaller is None or smaller >= scale:
            return None
        return amount * smaller, end

    def half_before(self, i: int) -> int | None:
        """The index of a "half" written before the scale word at ``tokens[i]``, if any.

        "un demi-milliard", "نصف مليار", "half a billion", written apart or with a hyphen.
        """
        tokens = self.tokens
        k = i - 1
        if k >= 0 and tokens[k].key == "-" and _joined(tokens[k - 1], tokens[k]):
            k -= 1
        elif k >= 1 and tokens[k].key == "a":
            k -= 1  # half a billion
        if k < 0 or tokens[k].kind != WORD or WORDS.halves.isdisjoint(tokens[k].forms):
            return None
        return k

    def whole_and(self, half: int) -> tuple[Decimal, int] | None:
        """The whole number and "and" before a half at ``tokens[half]``, and where it starts.

        "one and a half million", "two and a half billion": the whole is added to the half.
        """
        tokens = self.tokens
        k = half - 1
        if k >= 0 and tokens[k].key == "a":
            k -= 1
        if k < 1 or tokens[k].key not in _AND:
            return None
        k -= 1
        number = self.number(k)
        if number is None or number[1] != k + 1:
            return None
        return number[0], k

    def and_half(self, j: int, scale: int) -> int | None:
        """The index after a half of ``scale`` added with "and" at ``tokens[j]``, if any.

        "مليار ونصف" and "مليار ونصف المليار" are 1.5 billion, as is "un milliard et demi".
        """
        tokens = self.tokens
        if j < len(tokens) and tokens[j].key in _AND:
            j += 1  # et demi, و نصف
        elif j >= len(tokens) or not tokens[j].key.startswith("و"):
            return None  # ونصف: "and" joined to the word
        if j >= len(tokens) or tokens[j].kind != WORD or WORDS.halves.isdisjoint(tokens[j].forms):
            return None
        j += 1
        if j < len(tokens) and _scale_of(tokens[j]) == scale:
            j += 1  # مليار ونصف مليار: the scale said again
        return j

    def scale(self, j: int, *, glued: bool) -> tuple[int | None, int]:
        """The scale word at ``tokens[j]`` (and the index after it), if there is one.

        It may be joined by a hyphen: "a 40-million-euro credit line".
        """
        tokens = self.tokens
        if j >= len(tokens):
            return None, j
        scale = _scale_of(tokens[j])
        if scale is not None:
            return scale, j + 1
        if (
            tokens[j].key == "-"
            and j + 1 < len(tokens)
            and _joined(tokens[j - 1], tokens[j])
            and _joined(tokens[j], tokens[j + 1])
        ):
            scale = _scale_of(tokens[j + 1])
            if scale is not None:
                return scale, j + 2  # a 40-million-euro credit line
        if glued and _joined(tokens[j - 1], tokens[j]):
            scale = WORDS.glued_scales.get(tokens[j].key)
            if scale is not None:
                return scale, j + 1
        return None, j

    # The unit

    def unit_before(self, i: int) -> tuple[str, int] | None:
        """A currency symbol or code written before the number, and the index after it."""
        tokens = self.tokens
        for phrase, unit in _BEFORE.get(tokens[i].key, ()):
            end = i + len(phrase)
            if (
                end <= len(tokens)
                and all(tokens[i + k].key == word for k, word in enumerate(phrase))
                and (all(map(str.isalpha, phrase)) or _sign_written_whole(tokens, i, end))
            ):
                return unit, end
        return None

    def unit_after(self, j: int, *, scaled: bool) -> tuple[str, Decimal, int, str] | None:
        """The unit written at ``tokens[j]``, its factor, the index after it, and its words.

        A unit may be joined by a hyphen ("300-megawatt") or follow a scale word after
        "de" ("millions de dirhams"); a counted noun the lexicon keeps whole that starts
        with a unit's word is that noun ("job offers").
        """
        tokens = self.tokens
        if j >= len(tokens):
            return None
        k = j
        if tokens[k].key == "-" and k + 1 < len(tokens) and _joined(tokens[k - 1], tokens[k]):
            k += 1  # a 300-megawatt plant
        found = self.phrase_unit(k)
        if found is None and scaled and tokens[k].key in _DE:
            k += 2 if k + 1 < len(tokens) and tokens[k + 1].key in _APOSTROPHES else 1
            found = self.phrase_unit(k)
        if found is None:
            return None
        (unit, factor), end = found
        compound = self.compound_at(k)
        if compound is not None and compound[2] > end:
            return compound  # "3,100 job offers": a noun of two words, not jobs
        noun = self.text[tokens[k].start : tokens[end - 1].end]
        return unit, factor, end, noun

    def phrase_unit(self, k: int) -> tuple[tuple[str, Decimal], int] | None:
        tokens = self.tokens
        if k >= len(tokens):
            return None
        for phrase, value in _UNITS.get(tokens[k].key, ()):
            end = k + len(phrase)
            if end <= len(tokens) and all(
                tokens[k + n].key == word for n, word in enumerate(phrase)
            ):
                if phrase in _LETTER_UNITS and not self.letter_unit_at(k):
                    continue
                return value, end
        return None

    def letter_unit_at(self, k: int) -> bool:
        """Whether a unit of one letter at ``tokens[k]`` is one ("3,200 m on the trail").

        Written apart from the number, in lower case, and before a mark, a capital, a
        word no number counts other than "de" and "of", or a word in the singular that is
        no unit ("500 m grid cells", "a 3 m wall"): not "40m euros", "12 M DH", "2h 45m",
        "5 m de dirhams", "5 m visitors", the millions of business news.
        """
        tokens = self.tokens
        token = tokens[k]
        if token.text.isupper() or token.start == tokens[k - 1].end:
            return False
        if k + 1 == len(tokens):
            return True
        after = tokens[k + 1]
        return (
            after.kind == MARK
            or after.text[:1].isupper()
            or (after.key in WORDS.not_counted and after.key not in _PARTITIVES)
            or _singular_not_unit(after)
        )

    def counted(
        self, i: int, j: int, amount: Decimal, *, scaled: bool
    ) -> tuple[str, Decimal, int, str] | None:
        """The noun a number counts when no unit follows: "22 ألف متخصص", "300 écoles".

        A count is whole: a decimal counts nothing unless scaled ("1,5 million de
        touristes"), a rate ("7.2 bags per 1,000 passengers", "2.3 meters a year"), a
        duration ("3.4 days") or a length ("2,5 mètres"), not "la loi 26.16 relative à
        …"; a year counts nothing
        ("2030 sera").
        """
        if not scaled and (amount != amount.to_integral_value() or _has_decimals(self.tokens[i])):
            unit = self._counted(i, j, amount, scaled=False)
            if unit is None or not (
                self.rate_at(unit[2])
                or self.per_unit_at(unit[2])
                or self.per_period_at(unit[2])
                or self.tokens[unit[2] - 1].key in WORDS.durations
                or self.tokens[unit[2] - 1].key in WORDS.lengths
            ):
                return None
            return unit
        return self._counted(i, j, amount, scaled=scaled)

    def thousands_after(self, i: int) -> bool:
        """Whether a group of three digits follows the number at ``tokens[i]`` after a space.

        "3 200 hectares": the thousands of one number, written apart.
        """
        tokens = self.tokens
        return (
            i + 1 < len(tokens)
            and tokens[i].key.isdigit()
            and len(tokens[i].key) <= 3
            and tokens[i + 1].kind == NUMBER
            and len(tokens[i + 1].key) == 3
            and tokens[i + 1].key.isdigit()
            and _gap(self.text, tokens[i], tokens[i + 1]) in _SPACES
        )

    def per_period_at(self, k: int) -> bool:
        """Whether ``tokens[k]`` starts a period a measure is given over ("a year", "par an")."""
        return any(phrase_at(self.tokens, k, words) for words in WORDS.per_period)

    def rate_at(self, k: int) -> bool:
        """Whether ``tokens[k]`` starts a rate's "per" and its number ("per 1,000", "لكل ألف")."""
        tokens = self.tokens
        return (
            k + 1 < len(tokens)
            and tokens[k].key in WORDS.rates
            and (
                tokens[k + 1].kind == NUMBER
                or self.spelled(k + 1) is not None
                or self.is_scale(k + 1)
            )
        )

    def per_unit_at(self, k: int) -> bool:
        """Whether ``tokens[k]`` starts "per" and a unit, as a yield does.

        "3.5 quintals per hectare", «3,5 قناطير في الهكتار».
        """
        tokens = self.tokens
        if k + 1 >= len(tokens) or not (
            tokens[k].key in WORDS.rates or tokens[k].key in WORDS.unit_rates
        ):
            return False
        key = tokens[k + 1].key
        return key in _UNITS or key.removeprefix("ال") in _UNITS

    def _counted(
        self, i: int, j: int, amount: Decimal, *, scaled: bool
    ) -> tuple[str, Decimal, int, str] | None:
        tokens = self.tokens
        if (
            tokens[i].kind == NUMBER
            and is_year(tokens[i])
            and j == i + 1
            and not (_arabic_accusative(tokens, j) and not _after_year_word(tokens, i))
            and not _arabic_count_of(tokens, i, j)
            and not _total_before(tokens, i)
        ):
            return None
        k = j
        joined = k < len(tokens) and tokens[k].key == "-" and _joined(tokens[k - 1], tokens[k])
        if joined:
            k += 1
        elif self.quoted_word_at(k):
            k += 3  # 63 "dark" vessels: a word in quotes qualifies the noun after it
        elif scaled and k < len(tokens) and tokens[k].key in _DE:
            k += 2 if k + 1 < len(tokens) and tokens[k + 1].key in _APOSTROPHES else 1
        elif scaled and self.participle_after_scale(j):
            return None  # "36 millions apportés par RSMU": how it came, no noun
        if (
            k < len(tokens)
            and (tokens[k].kind == NUMBER or self.spelled(k) is not None)
            and not self.hyphenated_at(k)  # 1,5 million deux-roues
        ):
            return None  # "1,32 million deux ans plus tôt": the noun is the next number's
        compound = self.compound_at(k)
        if compound is not None:
            return compound
        if not joined and tokens[i].kind == NUMBER and self.repetition_at(i, k):
            return tokens[k].text, Decimal(1), k + 1, tokens[k].text
        if _possessive_noun_at(tokens, k) and not joined:
            first, k = k, k + 3  # "60 master's students", "300 children's books"
            known = self.phrase_unit(k)
            if known is not None:
                (unit, factor), end = known
                return unit, factor, end, self.text[tokens[first].start : tokens[end - 1].end]
        if k + 1 < len(tokens) and (
            (
                tokens[k].key in WORDS.adjectives
                and not self.hyphenated_at(k)
                and (scaled or tokens[k + 1].key not in _PARTITIVES)
            )  # not "300 anciens de l'ISCAE": alumni
            or (
                tokens[k].kind == WORD
                and not joined  # a 512-GPU cluster: what the number is joined to is counted
                and _initials(tokens[k])
                and _noun(tokens[k + 1])
                and tokens[k + 1].text.isascii()  # not "512 GPU installés", "50 GPU dédiés"
            )
            or (not joined and self.employer_before(k))
            or (
                not joined
                and _gap(self.text, tokens[k - 1], tokens[k]) == " "
                and _brand(tokens[k])
                and _plural(tokens[k + 1])
                and _noun(tokens[k + 1])
            )
        ):
            if tokens[k].key in WORDS.adjectives_after_noun:
                return None  # "les 6 millions restants proviennent …": the noun is unsaid
            k += 1  # 300 nouvelles écoles, 300 Moroccan engineers, 400 AI engineers, 75 Skovlund turbines
            if tokens[k - 1].key in _RELATIVE_BEFORE and tokens[k].key in WORDS.durations:
                return None  # "it rose to 300 last year": a date after the number
            if (
                k + 1 < len(tokens)
                and tokens[k].key in WORDS.adjectives
                and not self.hyphenated_at(k)
                and tokens[k + 1].kind == WORD
            ):
                k += 1  # 1,200 more small boats: a second adjective
            if self.adjective_joined_at(k):
                k += 2  # 40 public and private schools, 1,800 old or damaged trawlers
            if (
                k + 1 < len(tokens)
                and _initials(tokens[k])
                and _noun(tokens[k + 1])
                and tokens[k + 1].text.isascii()
            ):
                k += 1  # 200 African AI companies
            known = self.phrase_unit(k)
            if known is not None:
                (unit, factor), end = known
                return unit, factor, end, self.text[tokens[k].start : tokens[end - 1].end]
        hyphenated = k > 0 and self.hyphenated_at(k)
        if hyphenated and _plural(tokens[k]):
            end = self.hyphens_end(k)
            if end > k + 3:  # 4.300 nids-de-poule, 12 arcs-en-ciel: one noun of three words
                noun = self.text[tokens[k].start : tokens[end - 1].end]
                return noun, Decimal(1), end, noun
        if (
            hyphenated
            and _noun(tokens[k + 2])
            # 6,800 single-axis trackers; but 48 narrow-bodies
            and (tokens[k].key not in WORDS.hyphen_adjectives or _plural(tokens[k + 2]))
            and (
                tokens[k + 2].key.endswith("s")
                or (_plural(tokens[k]) and (k + 3 >= len(tokens) or not _noun(tokens[k + 3])))
            )
        ):
            # 260 e-gates, 40 self-service kiosks, 40 millions d'heures-cœur: a noun written
            # with a hyphen, plural in its first part or its last
            noun = self.text[tokens[k].start : tokens[k + 2].end]
            return noun, Decimal(1), k + 3, noun
        spaced = (
            hyphenated
            and k + 3 < len(tokens)
            and tokens[k + 2].kind == WORD
            and _gap(self.text, tokens[k + 2], tokens[k + 3]) == " "
        )  # a word after the hyphenated one, a space between
        if spaced and (
            (
                french_past_participle(tokens[k + 3].text)
                and i > 0
                and tokens[i - 1].key in _FRENCH_BEFORE_COUNT
            )
            or tokens[k + 3].key.endswith(_PLURAL_VERB)
        ):  # les 38 chasse-neige mobilisés, 12 chasse-neige sortaient: a French participle
            # or verb after the noun, which it ends; not "opened 20 pop-up cafés", an
            # English noun with its accent
            noun = self.text[tokens[k].start : tokens[k + 2].end]
            return noun, Decimal(1), k + 3, noun
        if (
            hyphenated
            and tokens[k + 2].kind == WORD
            and not tokens[self.hyphens_end(k) - 1].key.endswith("ed")
            and self.noun_ends_at(self.hyphens_end(k))
        ):  # 9 chasse-neige sur les axes: a noun written with a hyphen, whole, before what
            # no noun is; not "19 of them foreign-flagged,", an adjective
            end = self.hyphens_end(k)
            noun = self.text[tokens[k].start : tokens[end - 1].end]
            return noun, Decimal(1), end, noun
        if spaced and _noun(tokens[k + 3]):
            # 3,200 tele-expertise requests: a hyphenated word qualifies the noun after it
            known = self.phrase_unit(k + 3)
            if known is not None:  # 4,600 high-risk companies, 1,500 front-desk staff
                (unit, factor), end = known
                return unit, factor, end, self.text[tokens[k].start : tokens[end - 1].end]
            adjective = tokens[k].key in _ADJECTIVES or (
                tokens[k + 2].text.isascii()
                and (
                    english_past_participle(tokens[k + 2].key)
                    or english_present_participle(tokens[k + 2].key)
                    or tokens[k + 2].key in WORDS.irregular_participles
                )
            )  # 12 solar-powered pumps, 32 smoke-detecting cameras, 120 hand-woven capes
            if _plural(tokens[k + 3]) or (
                adjective
                and not _plural(tokens[k + 2])
                and self.phrase_unit(k + 2) is None  # not "a 1.6-million-Canadian-dollar deal"
                and (k + 4 >= len(tokens) or not _plural(tokens[k + 4]))
            ):  # 10 narrow-body aircraft: a noun the same in the plural
                first = k + 3 if adjective else k
                noun = self.text[tokens[first].start : tokens[k + 3].end]
                return noun, Decimal(1), k + 4, noun  # 2,048 latest-generation GPUs, 12
                # solar-powered pumps: GPUs, pumps
            if (
                adjective
                and k + 4 < len(tokens)
                and _english_adjective(tokens[k + 3])
                and _plural(tokens[k + 4])
                and _noun(tokens[k + 4])
            ):  # 320 AI-powered acoustic sensors: a second adjective, then the noun
                noun = self.text[tokens[k + 4].start : tokens[k + 4].end]
                return noun, Decimal(1), k + 5, noun
        if k >= len(tokens) or k == 0 or not _noun(tokens[k]) or k in self.names:
            return None  # "منهم 26300 ببني ملال": a place after the number, no noun
        if joined and tokens[k].text.isascii():
            noun = self.text[tokens[k].start : tokens[k].end]
            return noun, Decimal(1), k + 1, noun  # "30-minute slots", "10-day inflow forecasts"
        head = self.modified_head(k)
        if head is not None:  # 42 regional and provincial hospitals, 62,000 middle school pupils
            known = self.phrase_unit(head)
            if known is not None:
                (unit, factor), end = known
                return unit, factor, end, self.text[tokens[head].start : tokens[end - 1].end]
            noun = self.text[tokens[head].start : tokens[head].end]
            return noun, Decimal(1), head + 1, noun
        if (
            amount <= _HOURS_A_DAY
            and amount == amount.to_integral_value()  # "a grimpé à 7,5 heures": how long
            and not scaled
            and tokens[k].key in WORDS.clock_nouns
            and (
                self.whole_day(i, k + 1)
                if amount == _HOURS_A_DAY
                else self.clock_time_after(i) and not self.per_period_at(k + 1)
            )
            and not any(phrase_at(tokens, k + 1, words) for words in WORDS.span_after)
        ):
            return None  # "à 10 heures", "24 heures sur 24": a time; not "attend 14 heures",
            # nor "jusqu'à 12 heures avant", a span, nor "jusqu'à 12 heures par semaine"
        if tokens[k - 1].kind != MARK and _gap(self.text, tokens[k - 1], tokens[k]) == "":
            return None  # joined letters: 5G, 1er
        if _english_participle_at(tokens, k):
            return None  # "the 640 taking part", "12 million coming from": what they do
        if _verb_in_ent_at(tokens, k):
            return None  # "dont 412 000 perçoivent l'aide", "240 coulent encore": a verb
        english = tokens[k].text.isascii()
        known = self.phrase_unit(k + 1) if english and not joined else None
        if known is not None and not is_currency(known[0][0]):
            # 1,200 technology firms: the last noun is what is counted; not "12 aircraft
            # won over management", a verb that is also a currency's name
            (unit, factor), end = known
            return unit, factor, end, self.text[tokens[k].start : tokens[end - 1].end]
        end = k + 1
        if english and self.head_after(k):
            end = k + 2  # 15,000 civil servants, 40 data centres
        elif english and self.hyphenated_head_after(k):
            end = k + 4  # 48,600 chest X-rays
        noun = self.text[tokens[k].start : tokens[end - 1].end]
        return noun, Decimal(1), end, noun

    def compound_at(self, k: int) -> tuple[str, Decimal, int, str] | None:
        """The counted noun of several words the lexicon keeps whole, from ``k`` on.

        "12 general practitioners", "3 milles nautiques", "30 صفارة إنذار": the second
        word is no adjective to drop nor a complement to leave out. Before a unit the
        lexicon knows, an English compound qualifies it: "25 call center agents" are
        agents; not "1,9 مليون ليلة مبيت سنة 2035", a year after it.
        """
        tokens = self.tokens
        if k >= len(tokens):
            return None
        for words in _COMPOUNDS.get(tokens[k].key, ()):
            end = k + len(words)
            if (
                end <= len(tokens)
                and all(tokens[k + n].key == word for n, word in enumerate(words))
                and not (tokens[k].text.isascii() and self.phrase_unit(end) is not None)
            ):
                noun = self.text[tokens[k].start : tokens[end - 1].end]
                return noun, Decimal(1), end, noun
        if tokens[k].key in WORDS.compound_heads and self.verbal_noun_at(k + 1):
            noun = self.text[tokens[k].start : tokens[k + 1].end]
            return noun, Decimal(1), k + 2, noun
        return None

    def repetition_at(self, i: int, k: int) -> bool:
        """Whether ``tokens[k]`` counts how many times something happened, the number at ``i``.

        "downloaded 41,000 times over the summer", «10 آلاف مرة.»: a mark or a word of
        ``after_repetitions`` follows; not a multiple, "3 times better", "15 times
        earnings", "multipliée 3 fois", «أغلى 3 مرات».
        """
        tokens = self.tokens
        if k >= len(tokens) or tokens[k].key not in WORDS.repetitions:
            return False
        if any(
            tokens[m].key in WORDS.multiplying for m in range(max(0, i - _MULTIPLYING_REACH), i)
        ):
            return False
        return (
            k + 1 == len(tokens)
            or tokens[k + 1].kind == MARK
            or tokens[k + 1].key in WORDS.after_repetitions
        )

    def verbal_noun_at(self, k: int) -> bool:
        """Whether ``tokens[k]`` may be the verbal noun of "عملية حجز", "عملية تفتيش".

        An Arabic word alone, without the article, a letter joined before it or the
        feminine ending of an adjective that agrees with the noun ("عملية جراحية").
        """
        tokens = self.tokens
        if k >= len(tokens) or tokens[k].kind != WORD or tokens[k].text[:1] < "\u0600":
            return False
        key = tokens[k].key
        return (
            len(tokens[k].forms) == 1
            and not key.startswith("ال")
            and not key.endswith(("ه", "ا"))
            and key not in WORDS.not_counted
        )

    def quoted_word_at(self, k: int) -> bool:
        """Whether one word in quotes stands at ``tokens[k]``, a noun after it: '"dark" vessels'."""
        tokens = self.tokens
        return (
            k + 3 < len(tokens)
            and tokens[k].key in _OPENING_QUOTES
            and tokens[k + 1].kind == WORD
            and tokens[k + 2].key in _CLOSING_QUOTES
            and tokens[k + 3].kind == WORD
        )

    def whole_day(self, i: int, k: int) -> bool:
        """Whether a day's hours at ``tokens[i]`` are every hour of it.

        Their noun ends before ``tokens[k]``: "24 heures sur 24", "على مدار 24 ساعة", not
        "within 24 hours".
        """
        tokens = self.tokens
        return (i > 0 and tokens[i - 1].key in WORDS.whole_day_before) or any(
            phrase_at(tokens, k, words) for words in WORDS.whole_day_after
        )

    def clock_time_after(self, i: int) -> bool:
        """Whether the number at ``tokens[i]`` follows a word before a time of day.

        "à 10 heures", "dès 8 heures", "at 9 hours"; not the "à" of a range ("de 30 à 8
        heures"), nor "des", whose key is the key of "dès" ("sous la barre des 8 heures").
        """
        tokens = self.tokens
        return (
            i > 0
            and tokens[i - 1].key in WORDS.clock_before
            and tokens[i - 1].text.lower() != "des"
            and not (i > 1 and tokens[i - 2].kind == NUMBER)
            and not self.duration_before(i - 1)
        )

    def duration_before(self, k: int) -> bool:
        """Whether a noun of a length of time is a few words before ``tokens[k]``, in its clause.

        "ramener ce délai à 12 heures", "le temps d'attente moyen aux urgences à 3 heures".
        """
        tokens = self.tokens
        for j in range(k - 1, max(-1, k - 1 - _DURATION_REACH), -1):
            key = tokens[j].key
            if key in _CLAUSE_ENDS or key in _WHEN_SAID:
                return False  # "le délai expire demain à 16 heures": when, a time of day
            if key in WORDS.duration_nouns:
                return True
        return False

    def noun_of_subset(
        self, i: int, subset: int, amount: Decimal, *, scaled: bool
    ) -> tuple[str, Decimal, int, str] | None:
        """The noun a subset's number counts, written after "of them": "2,500 of them farmers".

        Only a noun that ends the phrase, before a mark or "and": not "230 of whom live in
        …", "95 d'entre elles issues du …", a verb or what they are.
        """
        tokens = self.tokens
        if subset < len(tokens) and tokens[subset].key in WORDS.not_counted:
            return None  # "1,020 of them last month": when, not what they are
        if subset < len(tokens) and _past_verb(tokens[subset]):
            return None  # "48 of them contained eggs": what they did
        unit = self.counted(i, subset, amount, scaled=scaled)
        if unit is None:
            return None
        end = unit[2]
        if end < len(tokens) and tokens[end].kind != MARK and tokens[end].key not in _AND:
            return None
        return unit

    def part_of(self, j: int, amount: Decimal) -> tuple[str, Decimal, int, str] | None:
        """The noun of the whole a number at ``tokens[j - 1]`` is part of, if written after.

        "20 of the 23 outbreaks", "20 sur les 23 foyers", "20 من أصل 23 بؤرة", "400 of the
        federation's 620 garages", "500,000 of the city's 3.4 million inhabitants": the
        first counts what the second does. The second number is the larger; with a
        scale word, a first number no larger than the second's digits shares it ("20 of
        the 40 million dirhams").
        """
        tokens = self.tokens
        if is_year(tokens[j - 1]):
            return None  # "d'ici 2030 sur les 140.000 salariés": when, not a part
        k = next((j + len(words) for words in WORDS.parts_of if phrase_at(tokens, j, words)), 0)
        if k and k < len(tokens) and tokens[k].kind != NUMBER:
            k = self.past_possessor(k)  # "400 of the federation's 620 garages"
        if not k or k >= len(tokens) or tokens[k].kind != NUMBER:
            return None
        second = self.number(k)
        if second is None or second[2] is not None:
            return None
        other, end, _ = second
        scale, end = self.scale(end, glued=False)
        scaled = scale is not None
        if other * (scale or 1) < amount:
            return None
        unit = self.unit_after(end, scaled=scaled) or self.counted(k, end, other, scaled=scaled)
        if unit is None:
            return None
        name, factor, _, noun = unit
        if scale is not None and amount <= other:
            factor *= scale  # "20 of the 40 million dirhams": 20 million
        return name, factor, j, noun

    def some_of_group(self, j: int) -> tuple[str, Decimal, int, str] | None:
        """The noun of a group a number at ``tokens[j - 1]`` counts some of, if written after.

        "60 of its engineers", "60 of the group's engineers", "60 des ingénieurs du
        groupe", "60 من مهندسي المجموعة": a noun the lexicon knows as a unit, or a plural
        in Latin letters ("17 of the vessels"), so that "12 of the time" or "12 من الشهر"
        count nothing.
        """
        tokens = self.tokens
        if is_year(tokens[j - 1]) or _has_decimals(tokens[j - 1]):
            return None
        k = next((j + len(words) for words in WORDS.groups_of if phrase_at(tokens, j, words)), 0)
        if not k or k >= len(tokens):
            return None
        k = self.past_possessor(k)
        if k + 1 < len(tokens) and (
            tokens[k].key in WORDS.adjectives
            or (tokens[k].key.endswith(_ADJECTIVE_ENDINGS) and _before_plural(tokens, k))
        ):
            k += 1  # 60 of its senior engineers, all 196 of the city's signalised junctions
        if k >= len(tokens) or tokens[k].kind != WORD:
            return None
        found = self.phrase_unit(k) or _arabic_group_unit(tokens[k], k)
        if found is not None:
            (name, factor), end = found
            return name, factor, end, self.text[tokens[k].start : tokens[end - 1].end]
        if tokens[k].text[0] < "\u0600" and _plural(tokens[k]) and _noun(tokens[k]):
            noun = tokens[k].text  # boarded 17 of the vessels, 1 640 de ces contrôles
            return noun, Decimal(1), k + 1, noun
        return None

    def number_of(self, start: int, j: int) -> tuple[str, Decimal, int, str] | None:
        """The noun of "the number of …" a bare number at ``tokens[start]`` gives the number of.

        "The number of connected sensors will rise to 7,400", "le nombre de conteneurs
        scannés est passé à 3 400", "ارتفع عدد الشاحنات إلى 520": a few words before, in
        the same sentence, with no number or quantity between them. An average number
        ("the average number of visits fell to 3") counts nothing.
        """
        tokens = self.tokens
        for p in range(start - 1, max(start - _NUMBER_OF_WITHIN, 0) - 1, -1):
            if tokens[p].kind == NUMBER or tokens[p].key in _SENTENCE_ENDS:
                return None
            if tokens[p].key not in _NUMBER_OF_FIRST:
                continue
            k = next(
                (p + len(words) for words in WORDS.numbers_of if phrase_at(tokens, p, words)), 0
            )
            if k:
                break
        else:
            return None
        if p > 0 and tokens[p - 1].key in WORDS.averages:
            return None  # "the average number of treatments fell to 3": no count
        if (self.found and self.found[-1].end > tokens[p].start) or "\n" in self.text[
            tokens[p].start : tokens[start].start
        ]:
            return None
        return self.noun_counted(k, start, j)

    def number_of_after(self, j: int) -> tuple[str, Decimal, int, str] | None:
        """The noun of "le nombre de …" right after a number ending at ``tokens[j]``.

        "Le rapport évalue à 1,1 million le nombre d'emplois exposés": the number is
        given first, then what it is the number of.
        """
        tokens = self.tokens
        if j >= len(tokens) or tokens[j].key not in _DEFINITE_NUMBER_OF:
            return None
        k = next((j + len(words) for words in WORDS.numbers_of if phrase_at(tokens, j, words)), 0)
        if not k:
            return None
        return self.noun_counted(k, min(k + _NUMBER_OF_WITHIN, len(tokens)), j)

    def noun_counted(self, k: int, limit: int, j: int) -> tuple[str, Decimal, int, str] | None:
        """The noun at ``tokens[k]`` (before ``limit``) that a number ending at ``j`` counts."""
        tokens = self.tokens
        while k < limit and (tokens[k].key in _APOSTROPHES or tokens[k].key in WORDS.possessives):
            k += 1  # le nombre d'accidents, le nombre de ses chercheurs
        if k >= limit or tokens[k].kind != WORD:
            return None
        if k + 1 < limit and _before_plural(tokens, k):
            k += 1  # the number of connected sensors
        found = self.phrase_unit(k)
        if found is not None:
            (name, factor), end = found
            return name, factor, j, self.text[tokens[k].start : tokens[end - 1].end]
        if not _noun(tokens[k]):
            return None
        end = self.hyphens_end(k)  # the number of stock-outs: the whole word
        noun = self.text[tokens[k].start : tokens[end - 1].end]
        return noun, Decimal(1), j, noun

    def past_possessor(self, k: int) -> int:
        """The index after an English possessor at ``tokens[k]`` ("the group's"), or ``k``."""
        tokens = self.tokens
        for n in range(k, min(k + 3, len(tokens) - 2)):
            if tokens[n].kind != WORD:
                return k
            if tokens[n + 1].key in _APOSTROPHES and tokens[n + 2].key == "s":
                return n + 3
        return k

    def subset_after(self, j: int) -> int | None:
        """The index after "of whom", "d'entre elles" or "منهن" at ``tokens[j]``, if there."""
        for words in WORDS.subsets_after:
            if phrase_at(self.tokens, j, words):
                return j + len(words)
        return None

    def compared(
        self,
        start: int,
        i: int,
        j: int,
        *,
        scaled: bool = False,
        subset: int | None = None,
        amount: Decimal | None = None,
    ) -> tuple[str, Decimal, int, str] | None:
        """The unit a number compared with the quantity just given leaves unsaid.

        "400.000 véhicules par an d'ici 2030, contre 200.000 actuellement": the 200.000
        are vehicles too, as the 146 of "3,200 women, 146 of whom" are women; so are a
        number with a scale word and no noun a few words after ("10,2 millions de
        conteneurs en 2025 et vise 12 millions d'ici 2028"). The
        quantity must end a few words before, in the same sentence, and the number must
        be no year. After "of whom" (``subset``, the index after it) only a mark may
        stand between them.
        """
        tokens = self.tokens
        if tokens[i].kind == NUMBER and is_year(tokens[i]) and j == i + 1:
            return None
        subject = self.subject_of_change(start) if subset is None else None
        if subject is not None:
            return subject, Decimal(1), j, ""  # "Complaints … dropped from 410 a month to 150"
        if not self.found:
            return None
        if scaled and self.found[-1].unit == "percent":
            unit = self.compared_past_share(start)  # "rose 38% last year to 9.4 million"
            return None if unit is None else (unit, Decimal(1), j, "")
        compared = (  # "… 186 مليون درهم … 160 ألف عملية، مقابل 118 ألفا": operations
            start > 0 and tokens[start - 1].key in WORDS.comparisons and not self.found[-1].is_money
        )
        currency = self.share_of_money(start) if scaled and not compared else None
        if currency is not None:  # "… 54 million dirhams. RSMU will provide 36 million"
            return currency, Decimal(1), j, ""
        if self.others_after(j) and self.near(start):
            return self.found[-1].unit, Decimal(1), j, ""  # "58 infirmiers … et 30 autres"
        if self.whole_before(start, j):
            return self.found[-1].unit, Decimal(1), j, ""  # "Of the 23 outbreaks …, 20 were"
        qualified = self.qualifier(start)[1]
        if (
            subset is None
            and qualified < start
            and tokens[qualified - 1].key in _GOING_ON
            and self.near(qualified)
        ):
            return self.found[-1].unit, Decimal(1), j, ""  # "420 patients …, et jusqu'à 650"
        k = qualified - 1  # "up from just under 100,000": past the qualifier
        if k > 0 and tokens[k].key in _ALL and self.range_end(k - 1):
            return self.found[-1].unit, Decimal(1), j, ""  # from 42 branches to all 640
        if k > 0 and self.range_end(k):
            return self.found[-1].unit, Decimal(1), j, ""  # from 120 days to 15
        if subset is None and self.whole_of_previous(qualified):
            return self.found[-1].unit, Decimal(1), j, ""  # "2,870 cases, out of 29,000"
        while k > 0 and tokens[k].key in WORDS.restrictives:
            k -= 1  # "compared with only 57", "contre seulement 57"
        if k > 0 and tokens[k].key in _COMPARED_WITH:
            k -= 1  # compared with, comparé à
        previous = self.found[-1]
        if len(self.found) > 1 and self.per(self.found[-2], previous):
            previous = self.found[-2]  # "11 erreurs pour 1 000 mots, contre 38": errors
        if k < 0:
            return None
        if (
            tokens[k].key not in WORDS.comparisons
            and tokens[k].key not in WORDS.subsets
            and not scaled
            and (subset is None or not self.subset_of_previous(k))
        ):
            if subset is not None:
                return None  # after "of whom" only a mark between them: "3,200 women, 146 of whom"
            unit = self.unit_around(start, j, amount)
            return None if unit is None else (unit, Decimal(1), j, "")
        if previous.unit == "percent" and tokens[k].key in WORDS.subsets:
            whole = self.whole_past_share(k, amount)  # "… jobs, 10% of …, including 120,000"
            return None if whole is None else (whole, Decimal(1), j, "")
        if not self.near(k, _WHOLE_WITHIN if subset is not None else _COMPARED_WITHIN):
            return None
        if subset is not None and amount is not None and previous.value < amount:
            return None  # "132,000 students across 19 institutions, and 44,800 of them"
        return previous.unit, Decimal(1), j, ""

    def subject_of_change(self, start: int) -> str | None:
        """The plural noun a count that changed counts, for a bare number after "from" or "to".

        "Complaints about overflowing bins dropped from 410 a month to 150", "les
        accidents de barques sont tombés de 23 à 7", "seizures rose to 148 from 97": a
        verb of ``change_verbs`` stands before "from", "de", "to" or "à" (a comma may
        stand between them: "ont progressé, à 148"), and the first plural noun in lower
        case of the clause before it (or its first word) is what both numbers count; a
        participle opening its clause ("340 trucks a day cross at the post, rising to 520")
        goes on counting what the quantity just read counts. An average counts nothing.
        """
        tokens = self.tokens
        if start < 2 or not (tokens[start - 1].key in _FROM_OR_TO or tokens[start - 1].text == "à"):
            return None
        verb = start - 2
        if tokens[verb].key in {",", "،"} and verb > 0:
            verb -= 1  # "les saisies ont progressé, à 148 contre 97"
        if tokens[verb].key not in WORDS.change_verbs:
            return None
        first = verb
        while first > 0 and tokens[first - 1].key not in _CLAUSE_ENDS:
            first -= 1
        for k in range(first, verb):
            token = tokens[k]
            if token.key in WORDS.averages:
                return None  # "the average number of visits fell to 3": no count
            if (
                token.kind == WORD
                and token.text.isalpha()
                and (token.text.islower() or token is tokens[first])
                and token.key not in WORDS.not_counted
                and token.key.endswith(("s", "x"))
                and len(token.key) > 3
            ):
                known = self.phrase_unit(k)  # "le nombre de personnes … est passé de": people
                return token.text.lower() if known is None else known[0][0]
        if first == verb and tokens[verb].key.endswith("ing") and self.found and self.near(start):
            return self.found[-1].unit  # "340 trucks a day cross, rising to 520 at the peak"
        return None

    def whole_of_previous(self, start: int) -> bool:
        """Whether a phrase of ``parts_of`` before ``tokens[start]`` makes it a whole.

        "2,870 cases of tuberculosis in 2034, out of nearly 29,000 nationwide", "2.870
        cas …, sur près de 29.000": the whole counts what the part just read counts.
        """
        tokens = self.tokens
        for words in WORDS.parts_of:
            first = start - len(words)
            if first > 0 and phrase_at(tokens, first, words):
                return self.near(first)
        return False

    def participle_after_scale(self, j: int) -> bool:
        """Whether a past participle follows a scale noun at ``tokens[j - 1]`` directly.

        "36 millions apportés par RSMU": in French a count of millions needs "de" before
        its noun ("36 millions de dirhams"), so the participle says how the amount came,
        not what it counts (where "2.3 million anonymized records" are records).
        """
        tokens = self.tokens
        return (
            j < len(tokens)
            and tokens[j - 1].key in _SCALE_NOUNS
            and tokens[j].kind == WORD
            and tokens[j].text.islower()
            and french_past_participle(tokens[j].text)
        )

    def per(self, rate: QuantityMention, mention: QuantityMention) -> bool:
        """Whether ``mention`` is what ``rate`` is per: "11 erreurs pour 1 000 mots"."""
        between = self.text[rate.end : mention.start].split()
        return len(between) == 1 and normalize(between[0]) in WORDS.rates

    def share_of_money(self, start: int) -> str | None:
        """The currency of an amount a bare number in millions at ``tokens[start]`` shares.

        "The project will cost 54 million dirhams over 2031-2034. RSMU will provide 36
        million, Zellij Telecom 12 million …", "… 24 millions de DH … L'ANP en apporte 11
        millions, …, et Darb Analytics, qui emploie 27 ingénieurs, 4 millions en nature":
        the nearest amount of money among the last few quantities, in the same sentence
        or the one before, unless the quantity just read, in millions too or money, is
        close enough to be compared with. An amount converted in brackets is passed
        over: "21 million dirhams ($2.3 million) …, with 12 million from the ministry".
        """
        previous = self.found[-1]
        if (
            self.near(start)
            and (previous.is_money or previous.value >= _MILLION)
            and not self.converted(previous)
        ):
            return None
        money = (
            q
            for q in self.recent(start, 2 * _WHOLE_WITHIN, sentences=1)
            if q.is_money and not self.converted(q)
        )
        return next((earlier.unit for earlier in money), None)

    def converted(self, mention: QuantityMention) -> bool:
        """Whether ``mention`` is the conversion of an amount before it.

        In brackets ("21 million dirhams ($2.3 million)") or after a word of
        ``conversions`` ("46 millions de dirhams, soit environ 4,3 millions d'euros"): the
        shares that follow are in dirhams.
        """
        before = self.text[max(0, mention.start - 2) : mention.start].rstrip()
        if before.endswith("(") and self.text[mention.end : mention.end + 2].lstrip()[:1] == ")":
            return True
        words = keys_of(self.text[max(0, mention.start - _CONVERSION_REACH) : mention.start])
        return any(words[-len(words_of) :] == words_of for words_of in WORDS.conversions)

    def group_named_before(
        self, start: int, subset: int, amount: Decimal
    ) -> tuple[str, Decimal, int, str] | None:
        """The things counted before that "of them" after a number at ``tokens[start]`` are.

        "Khouribga's network of 53 conveyors, stretching over 118 km, carries ore … at up
        to 7,200 tonnes an hour. Since March, 14 of them, covering 31 km, …": a count of
        things or people no smaller than the number, in the same sentence or the one
        before; lengths, weights and money are no group. Of several, the smallest is the
        group ("flagged 214 suspected sites in 1,240 flights, and patrols confirmed 176
        of them"), the nearest of equals.
        """
        groups = [
            earlier
            for earlier in self.recent(start, 2 * _WHOLE_WITHIN, sentences=1)
            if (earlier.unit not in _KNOWN_UNITS or earlier.unit in WORDS.people_units)
            and earlier.value >= amount
        ]
        if not groups:
            return None
        group = min(groups, key=lambda quantity: quantity.value)
        return group.unit, Decimal(1), subset, ""

    def whole_past_share(self, k: int, amount: Decimal | None) -> str | None:
        """The unit of the whole before a share that a part after "including" at ``k`` is of.

        "about 1.1 million jobs, roughly 10% of total employment, …, including 120,000 in
        call centres", "dont 120.000 dans les centres d'appels": the part is of the jobs,
        not of the share, so long as it is no larger than they are.
        """
        found = self.found
        if len(found) < 2 or amount is None:
            return None
        whole = found[-2]
        if (
            whole.unit == "percent"
            or whole.value < amount
            or not self.near(k, _WHOLE_WITHIN, whole)
        ):
            return None
        return whole.unit

    def compared_past_share(self, start: int) -> str | None:
        """The unit of the quantity before a share, that a number after the share is compared with.

        "300 millions de mots d'ici 2032, dont 40 % en amazighe …, contre 45 millions
        aujourd'hui", "13 million dirhams, up 38% from 9.4 million": the share is of the
        whole, and the number after a word of comparison is another whole, within a
        longer reach than a number compared with the quantity just read.
        """
        tokens, found = self.tokens, self.found
        k = self.qualifier(start)[1] - 1
        if k > 0 and tokens[k].key in _COMPARED_WITH:
            k -= 1
        if len(found) < 2 or k < 0 or tokens[k].key not in WORDS.comparisons:
            return None
        whole = found[-2]
        if whole.unit == "percent" or not self.near(k, _WHOLE_WITHIN, whole):
            return None
        return whole.unit

    def unit_around(self, start: int, j: int, amount: Decimal | None) -> str | None:
        """The unit a bare number leaves unsaid, said by the words around it.

        After the same word as the number before ("… for 1,240 hours, … for 980"), after
        "en" and its verb ("… en a signalé 11.400"), after "Parmi eux" or "and … were"
        ("Parmi eux, 1 010"), as votes against ("by 49 votes to 7"), or as a part listed
        by where it is ("2,960 learners in Souss, 2,310 in …").
        """
        unit = self.found[-1].unit
        if (
            self.listed_after(start, j)
            or self.parallel_after(start, j)
            or self.pronoun_before(start)
            or self.votes_against(start, j)
        ):
            return unit
        return (
            self.whole_of_part(start, j, amount)
            or self.whole_listed(start, j, amount)
            or self.aimed_by(start, j)
            or self.partitive_of_before(start, amount)
            or self.rate_of_before(start, j)
        )

    def rate_of_before(self, start: int, j: int) -> str | None:
        """The unit of a bare number a period follows, said by the count before it.

        "Police wrote 8,600 parking tickets in 2039, while the operator forecasts 26,000 a
        year", "pour une capacité de 260.000 par an": the nearest count before it, in this
        sentence or the one before, which is no share, amount, measure or duration.
        """
        tokens = self.tokens
        if j >= len(tokens) or tokens[j].key not in _PERIOD_FIRST:
            return None
        if not any(phrase_at(tokens, j, words) for words in WORDS.per_period):
            return None
        return self.count_before(start)

    def partitive_of_before(self, start: int, amount: Decimal | None) -> str | None:
        """The unit of a bare number after "en", an auxiliary and its participle.

        "22.000 manuscrits ont été recensés dans 140 khizanas. Depuis avril, une équipe en
        a numérisé 7.400": the count "en" stands for is the nearest of the few read
        before, in this sentence or the one before, which is no share, amount of money,
        measure or duration: of those no smaller than the number, the first that no word
        of ``settings`` stands before ("dans 9 maisons …, 1.870 grossesses. Il en a
        signalé 246"; "148.600 factures concernant 61.200 patients. L'outil en a signalé
        9.470"). Not "capable d'en analyser 2.000": an infinitive may stand for what no
        number counted.
        """
        tokens = self.tokens
        k = start - 3
        if not (
            k >= 0
            and tokens[k].key in WORDS.partitive_pronouns
            and tokens[k + 1].key in WORDS.auxiliaries_after_en
            and tokens[k + 2].kind == WORD
        ):
            return None
        counts = [q for q in self.recent(start, _AIMED_WITHIN, sentences=1) if not _no_count(q)]
        larger = [q for q in counts if amount is None or q.value >= amount] or counts
        objects = [q for q in larger if not self.in_setting(q)] or larger
        return objects[-1].unit if objects else None

    def in_setting(self, mention: QuantityMention) -> bool:
        """Whether a word of ``settings`` stands right before a quantity: "dans 9 maisons"."""
        words = self.text[max(0, mention.start - _SETTING_REACH) : mention.start].split()
        return bool(words) and normalize(words[-1]) in WORDS.settings

    def aimed_by(self, start: int, j: int) -> str | None:
        """The unit of a bare number a horizon follows, said by the count before it.

        "120,000 smart meters … and aims to reach 310,000 by 2029", "… 7 médecins formés.
        L'objectif est de 120 d'ici 2030", "تكوين 400 مهندس … والوصول إلى 1000 بحلول 2030":
        a number with "by", "d'ici" or "بحلول" after it is a goal of the count just told,
        the nearest quantity before it in its sentence or the one before, which is no
        amount of money, share, year, measure or duration, nor a stock (`stock_at`).
        """
        if not _horizon_at(self.tokens, j):
            return None
        return self.count_before(start)

    def count_before(self, start: int) -> str | None:
        """The unit of the count nearest before ``tokens[start]``, a stock passed over.

        In its sentence or the one before; ``None`` when that quantity counts nothing a
        bare number may go on counting (`_no_count`).
        """
        for previous in self.recent(start, _AIMED_WITHIN, sentences=1):
            if self.stock_at(previous):
                continue
            return None if _no_count(previous) else previous.unit
        return None

    def stock_at(self, quantity: QuantityMention) -> bool:
        """Whether a quantity is a stock a count is told against: "among its 690,000 customers".

        A possessive ("its", "ses") or "among", "parmi", "sur", "من أصل" stands in the few
        words before it ("sur un parc de 690.000 abonnés"), with no number or mark between.
        """
        tokens = self.tokens
        k = bisect.bisect_left(tokens, quantity.start, key=_START) - 1
        for n in range(k, max(k - _STOCK_WORDS_BACK, -1), -1):
            if tokens[n].kind != WORD:
                return False
            if tokens[n].key in WORDS.possessives or tokens[n].key in WORDS.stock_words:
                return True
        return False

    def parallel_after(self, start: int, j: int) -> bool:
        """Whether a bare number after "and" says whose, as the quantity just read does.

        "480,000 rulings of the Court of Appeal and 96,000 of the Court of Cassation",
        "1,500 hours of Tachelhit and 1,000 of Tarifit", "480.000 arrêts de la Cour …
        et 96.000 de la Cour …": the same link follows both numbers, the second counts
        what the first does.
        """
        tokens, previous = self.tokens, self.found[-1]
        if start == 0 or j >= len(tokens) or tokens[start - 1].key not in _AND:
            return False
        after = bisect.bisect_left(tokens, previous.end, key=_START)
        return (
            after < len(tokens)
            and tokens[after].kind == WORD
            and tokens[after].key in _PARALLEL_LINKS
            and tokens[j].key == tokens[after].key
            and j + 1 < len(tokens)
            and (
                tokens[j].key in {"du", "des"}
                or tokens[j + 1].text[:1].isupper()
                or tokens[j + 1].key in _THE
            )
            and self.near(start)
        )

    def listed_after(self, start: int, j: int) -> bool:
        """Whether a bare number ends a clause listed after the quantity just read.

        "Tachelhit accounts for 1,240 hours, Central Atlas Tamazight for 980 and Tarifit
        for 640", "… بـ1240 ساعة، … بـ980 ساعة": after a comma or "and" since that
        quantity, a number after the same word as its number, which a mark or "and" ends,
        counts what it counts.
        """
        tokens, previous = self.tokens, self.found[-1]
        if j < len(tokens) and tokens[j].kind != MARK and tokens[j].key not in _AND:
            return False
        first = bisect.bisect_left(tokens, previous.start, key=_START)
        if (
            start == 0
            or first == 0
            or tokens[start - 1].kind != WORD
            or tokens[start - 1].key != tokens[first - 1].key
            or not self.near(start)
        ):
            return False
        between = tokens[bisect.bisect_left(tokens, previous.end, key=_START) : start]
        return any(token.key in _LISTING for token in between)

    def whole_listed(self, start: int, j: int, amount: Decimal | None) -> str | None:
        """The unit of the whole a bare number lists a part of, by where the part is.

        "2,960 learners were in Souss-Massa, 2,310 in Marrakech-Safi and 1,570 in the
        Oriental", "6 840 apprenants … dans 146 centres … : 2 960 dans le Souss-Massa",
        "20 theatres - 12 in Casablanca", "سوس ماسة (2960 مستفيدا) ومراكش آسفي (2310)",
        "followed by Rabat-Salé-Kénitra with 2,630": after a comma, a colon, a dash, "and"
        or a bracket, before a word of place, or alone in brackets, or after "with" before
        a mark, the number counts what the nearest quantity before it in the sentence no
        smaller than it counts.
        """
        tokens = self.tokens
        if amount is None or start == 0 or j >= len(tokens):
            return None
        before, after = tokens[start - 1], tokens[j]
        if before.key == "(" and after.key == ")":
            pass
        elif before.key in WORDS.part_withs:
            if after.kind != MARK and after.key not in _AND:
                return None  # "followed by Rabat-Salé-Kénitra with 2,630, …"
        elif before.key not in _LISTING and before.key not in _OPENING_PARTS:
            return None
        elif (after.key not in WORDS.part_places and not _joined_bi(after)) or (
            j + 1 < len(tokens) and tokens[j + 1].kind == NUMBER
        ):
            return None  # not "…, and 12 in 2025": when, not where
        return self.whole_near(start, amount, _WHOLE_WITHIN, sentences=0)

    def whole_near(self, start: int, amount: Decimal, reach: int, *, sentences: int) -> str | None:
        """The unit of the nearest quantity before ``tokens[start]`` no smaller than ``amount``.

        Among the last few read, within ``reach`` characters and ``sentences`` sentence
        ends (none across a paragraph), and not a share or a duration.
        """
        for previous in self.recent(start, reach, sentences=sentences):
            if previous.value >= amount and previous.unit not in _NOT_WHOLES:
                return previous.unit
        return None

    def recent(self, start: int, reach: int, *, sentences: int) -> Iterator[QuantityMention]:
        """The last few quantities read before ``tokens[start]``, the nearest first.

        Those within ``reach`` characters of it and ``sentences`` sentence ends, none
        across a paragraph (a line break, where no sentence end is allowed).
        """
        start_at = self.tokens[start].start
        paragraph = "\n" if sentences == 0 else "\n\n"
        for previous in reversed(self.found[-_WHOLES_BACK:]):
            gap = self.text[previous.end : start_at]
            ends = len(_END_MARKS.findall(gap))  # not the point of "4.3 million euros"
            if len(gap) > reach or ends > sentences or paragraph in gap:
                return
            yield previous

    def whole_of_part(self, start: int, j: int, amount: Decimal | None) -> str | None:
        """The unit of the whole a bare number counts part of, said by what is around it.

        After "Parmi eux," or "Among them," the whole may be in the sentence before
        ("… 5 960 patients diabétiques. Parmi eux, 1 010, soit 17 %, …"); after "and" and
        before a verb, or after a verb of inclusion, in the same sentence ("…, or 1,010
        people, …, and 186 were referred", "The 187 pharmacies … include 41 that …").
        The nearest quantity before no smaller than the number, not a share.
        """
        tokens = self.tokens
        if amount is None or start == 0:
            return None
        k = start - 1 if tokens[start - 1].key in {",", "،"} else start
        after_subset = any(
            phrase_at(tokens, k - len(words), words) for words in WORDS.subsets_before
        )
        verb_after = (
            tokens[start - 1].key in _AND and j < len(tokens) and tokens[j].key in WORDS.part_verbs
        ) or tokens[start - 1].key in WORDS.inclusions  # "… pharmacies … include 41 that"
        if not (after_subset or verb_after):
            return None
        if after_subset:
            return self.whole_near(start, amount, 2 * _WHOLE_WITHIN, sentences=1)
        return self.whole_near(start, amount, _WHOLE_WITHIN, sentences=0)

    def others_after(self, j: int) -> bool:
        """Whether "others" or "ones" follows a number ending at ``tokens[j]``.

        "30 autres", "20 more"; an adjective may stand before it: "1,600 indirect ones".
        """
        tokens = self.tokens
        for k in range(j, min(j + 2, len(tokens))):
            if tokens[k].key in WORDS.others_after:
                return True
            if tokens[k].key not in WORDS.adjectives:
                return False
        return False

    def compared_with_previous(self, start: int) -> bool:
        """Whether a word of comparison puts the number at ``start`` beside the one just read.

        "38 voix contre 11 et 4 abstentions": the 11 are votes, compared with the 38, not
        the first end of a range of abstentions.
        """
        return (
            start > 0
            and self.tokens[start - 1].key in WORDS.comparisons
            and bool(self.found)
            and self.near(start)
        )

    def votes_against(self, start: int, j: int) -> bool:
        """Whether a bare number gives the votes against after the votes for just read.

        "by 49 votes to 7", "par 49 voix pour, 7 contre": the number after "to", or one
        that "contre" or "against" follows, counts votes too.
        """
        tokens, previous = self.tokens, self.found[-1]
        if previous.unit not in WORDS.vote_nouns or not self.near(start):
            return False
        before = tokens[start - 1].key if start > 0 else ""
        after = tokens[j].key if j < len(tokens) else ""
        return before in WORDS.votes_against or after in WORDS.votes_against

    def pronoun_before(self, start: int) -> bool:
        """Whether a partitive pronoun and its verb stand before the number at ``start``.

        "Sur 2,3 millions de factures analysées, le modèle en a signalé 11.400": "en" and
        one or two words of its verb, in the sentence of the quantity just read.
        """
        tokens = self.tokens
        for k in range(start - 2, max(-1, start - 4), -1):
            if tokens[k].key in WORDS.partitive_pronouns:
                return self.near(k, _WHOLE_WITHIN)
            if tokens[k].kind != WORD:
                return False
        return False

    def subset_of_previous(self, k: int) -> bool:
        """Whether the mark at ``tokens[k]``, before a number and "of whom", follows the whole.

        Right after it ("3,200 women, 146 of whom", "64 alerts, and 51 of them"), or a
        comma after the words that say which ("130 salariés … affectés au lavage, 70
        d'entre eux"), unless a plural noun ends them, which "of whom" then stands for.
        """
        tokens, previous = self.tokens, self.found[-1]
        if tokens[k].key in _AND and k > 0:
            k -= 1  # "64 alerts, and 51 of them", "64 alerts and 51 of them"
            if tokens[k].kind == WORD:
                return tokens[k].end == previous.end
        if tokens[k].kind != MARK:
            return False
        if tokens[k].start == previous.end:
            return True
        before = tokens[k - 1] if k > 0 else None
        return (
            tokens[k].key in {",", "،"}
            and before is not None
            and not (before.text.islower() and before.key.endswith(("s", "x")))
        )  # not "60 scholarships a year for students, 3,200 of whom": of the students

    def whole_before(self, start: int, j: int) -> bool:
        """Whether a bare number follows, after a comma, the whole it is part of.

        "Of the 23 outbreaks the algorithm flagged, 20 were confirmed", "Sur les 23 foyers
        signalés, 20 ont été confirmés" (the whole after ``parts_of``, or after "Of" that
        opens the sentence: "Of 5,870 files rated high-risk, 2,310 …"), "رصدت … 23 بؤرة،
        تأكد وجود 20 منها" (the part after ``subsets_after``): the number after the comma
        counts what the whole counts.
        """
        tokens, previous = self.tokens, self.found[-1]
        between = self.text[previous.end : tokens[start].start]
        if not self.near(start, _WHOLE_WITHIN) or not any(mark in between for mark in ",،"):
            return False
        after_comma = between[max(between.rfind(","), between.rfind("،")) :]
        if not _RELATIVES.isdisjoint(after_comma.split()):
            return False  # "60 منحة … للطلبة، الذين يتابع 3200 منهم": of the students
        if j < len(tokens) and tokens[j].text[0] >= "\u0600" and self.subset_after(j) is not None:
            return True  # "تأكد وجود 20 منها": part of the 23, by its pronoun joined to "من"
        first = bisect.bisect_left(tokens, previous.start, key=_START)
        if first >= 1 and tokens[first - 1].key == "of" and self.opens_clause(first - 1):
            return True  # "Of 5,870 files rated high-risk, 2,310 were sent for audit"
        if (
            first >= 3
            and tokens[first - 1].key == "s"
            and tokens[first - 2].key in _APOSTROPHES
            and tokens[first - 3].kind == WORD
        ):
            first -= 3  # "Of the mall's 146 cameras, 38 carried …": whose the whole is
        return any(phrase_at(tokens, first - len(words), words) for words in WORDS.parts_of)

    def opens_clause(self, k: int) -> bool:
        """Whether ``tokens[k]`` starts the text, or follows a mark that ends a clause."""
        return k == 0 or (self.tokens[k - 1].kind == MARK and self.tokens[k - 1].key != "'")

    def near(
        self, start: int, within: int = _COMPARED_WITHIN, previous: QuantityMention | None = None
    ) -> bool:
        """Whether the number at ``tokens[start]`` follows the quantity just read closely.

        In the same sentence, a few words after it (``within`` characters); ``previous``
        is another quantity read before, to measure from instead.
        """
        previous = previous or self.found[-1]
        gap = self.tokens[start].start - previous.end
        return 0 <= gap <= within and not any(
            mark in self.text[previous.end : self.tokens[start].start] for mark in ".!?؟\n"
        )

    def range_end(self, k: int) -> bool:
        """Whether ``tokens[k]`` links the quantity just read, after "from", to a number.

        "from 120 days to 15", "de 120 jours à 15", "من 120 يوما إلى 15": the second
        number counts what the first does, also after "today" ("from 96 employees today
        to 260").
        """
        tokens = self.tokens
        previous = self.found[-1]
        if tokens[k].key not in WORDS.year_links:
            return False
        now = k - 1  # "from 96 employees today to 260": where the count stands now
        while now > 0 and k - now <= 3 and tokens[now].key in _TODAY:
            now -= 1
        if not any(tokens[m].key in WORDS.today for m in range(now + 1, k)):
            now = k - 1
        if tokens[now].end != previous.end:
            when = self.when_between(previous.end, k)
            if when is None:
                return False  # the link comes right after the quantity just read
            now = when
        k = now + 1
        p = k - 1
        while p > 0 and k - p <= _RANGE_FROM and tokens[p].start > previous.start:
            p -= 1
        return tokens[p].start == previous.start and tokens[p - 1].key in WORDS.range_starts

    def when_between(self, end: int, k: int) -> int | None:
        """The last token of the quantity ending at offset ``end``, if a when follows it to ``k``.

        "from 4,200 at the start of the pilot to 2,950", "de 4 200 au début de
        l'expérience à 2 950": a few words opened by a preposition of time, no number
        nor mark among them.
        """
        tokens = self.tokens
        first = k
        while first > 0 and k - first <= _WHEN_BETWEEN and tokens[first - 1].start >= end:
            first -= 1
        if not 0 < first < k or k - first > _WHEN_BETWEEN or tokens[first - 1].end != end:
            return None
        if tokens[first].key not in WORDS.when_openers:
            return None
        if any(
            tokens[m].kind != WORD and tokens[m].key not in _APOSTROPHES for m in range(first, k)
        ):
            return None
        return first - 1

    def participle_of_subset(self, start: int, noun: str, end: int) -> bool:
        """Whether a number after "dont" is followed by a participle, not by a noun.

        The participle says how ("dont 310 liées à …", "dont 60 recrutés localement"):
        a preposition or an adverb follows it, where "dont 3 universités" ends there. After
        a unit the lexicon knows, a participle that ends the clause says what too
        ("40 000 hectares, dont 12 000 irrigués.": hectares; "منها 12 ألفا مسقية").
        """
        tokens = self.tokens
        after = tokens[end] if end < len(tokens) else None
        if not (start > 0 and tokens[start - 1].key in WORDS.subsets):
            return False
        if noun.endswith(_PRESENT_PARTICIPLE) and noun.isascii():
            return True  # "dont 41 battant pavillon étranger": invariable, no plural noun
        if noun.endswith(_PLURAL_VERB) and noun.isascii():
            return True  # "212 alertes, dont 31 correspondaient à …": a verb, no noun
        if not (noun.endswith(_PARTICIPLE_ENDINGS) or _arabic_participle(noun)):
            return False
        if tokens[end - 1].key in WORDS.judging_participles:
            return True  # "dont 27 jugées critiques": anomalies, judged critical
        if after is None or after.kind == MARK:
            return bool(self.found) and self.found[-1].unit in _KNOWN_UNITS
        bare_after = end + 1 < len(tokens) and tokens[end + 1].key not in _THE
        from_where = (
            after.key == "de" and bare_after and not noun.endswith(("ques", "gues"))
        )  # "dont 9 000 issues de patients", "dont 58 équipés de boîtiers GPS"; not
        # "dont 12 musées de la mémoire", "dont 19 banques de détail"
        return after.kind == WORD and (
            after.key in _HOW or from_where or after.key.endswith(("ment", "ly"))
        )

    def verb_after_subset(self, start: int, noun: str) -> bool:
        """Whether an English word after "of which" and a number is its verb, not its noun.

        "2,900 cases, of which 640 went to court": a count's noun is plural, "went" is not.
        """
        tokens = self.tokens
        return (
            noun.isascii()
            and not noun.endswith("s")
            and start > 0
            and any(phrase_at(tokens, start - len(words), words) for words in WORDS.subsets_before)
        )

    def ranged(
        self, start: int, j: int, amount: Decimal, *, first_scale: int | None
    ) -> tuple[tuple[str, Decimal, int, str], int | None] | None:
        """The unit and scale of the second number of a range, which the first leaves unsaid.

        "entre 200 et 250 ingénieurs", "between 1 and 2 billion dirhams", "من 300 إلى
        400 طالب": the first number counts what the second does, at its scale, unless
        it has its own ("بين 3 ملايين و40 مليون درهم"). A first number with its own
        scale shares the unit after "and", or at the same scale in a range begun before
        it ("from 11 million to 8.5 million cubic metres"). The caller has seen a word
        such as "entre", "between", "من" before the first, or "and" after it.
        """
        tokens = self.tokens
        if j + 1 >= len(tokens):
            return None
        if tokens[j].key not in _RANGE_LINKS or tokens[j + 1].kind != NUMBER:
            return None
        scaled = first_scale is not None
        linked = tokens[j].key in _AND or tokens[j].key.startswith("و")
        if scaled and not linked and not (start > 0 and _RANGE_START[tokens[start - 1].key]):
            return None  # a first number with its scale shares a unit after "and" only, or
            # in a range begun before it: "from 11 million to 8.5 million cubic metres"
        second = self.number(j + 1)
        if second is None or second[2] is not None:
            return None
        other, k, _ = second
        scale, k = self.scale(k, glued=False)
        if scaled and scale is None:
            return None  # "2 million and 40 schools": two quantities, not a range
        if scaled and not linked and scale != first_scale:
            return None  # "une aide de 2 milliards à 1,5 million de ménages": no range
        unit = self.unit_after(k, scaled=scale is not None) or self.counted(
            j + 1, k, other, scaled=scale is not None
        )
        if unit is None:
            return None
        name, factor, _, noun = unit
        if not scaled and scale is not None and amount >= other:
            if _THOUSAND <= amount < other * scale and not is_year(tokens[start]):
                return (name, factor, j, noun), None  # "de 20.000 à 1 million": its own size
            return None  # "de 2 à 1 milliard": no range
        return (name, factor, j, noun), scale

    def noun_ends_at(self, k: int) -> bool:
        """Whether what stands at ``tokens[k]`` ends a counted noun.

        A mark, a word no number counts ("sur", "on"), or the end of the text; not "and" or
        a hyphen, after which the noun may go on ("3,200 water-level and flow sensors",
        "19 foreign-flagged vessels").
        """
        tokens = self.tokens
        if k >= len(tokens):
            return True
        key = tokens[k].key
        if key in WORDS.and_words or key in _MINUS:
            return False
        return tokens[k].kind == MARK or key in WORDS.not_counted

    def hyphenated_at(self, k: int) -> bool:
        """Whether a Latin word, a hyphen and another word are written together at ``k``.

        "deux-roues", "procès-verbaux": accents are Latin letters too.
        """
        tokens = self.tokens
        return (
            k + 2 < len(tokens)
            and tokens[k].kind == WORD
            and tokens[k].text[0] < "\u0600"
            and tokens[k + 1].key == "-"
            and tokens[k].end == tokens[k + 1].start == tokens[k + 2].start - 1
        )

    def hyphens_end(self, k: int) -> int:
        """The index after the words joined by hyphens from ``tokens[k]`` on."""
        while self.hyphenated_at(k):
            k += 2
        return k + 1

    def adjective_joined_at(self, k: int) -> bool:
        """Whether "and" or "or" at ``tokens[k]`` joins an English adjective to the one before.

        "40 public and private schools", "1,800 old or damaged trawlers": another
        adjective, then the noun counted.
        """
        tokens = self.tokens
        if k + 2 >= len(tokens) or tokens[k].key not in _JOINING:
            return False
        adjective = tokens[k + 1]
        return (
            adjective.text.isascii()
            and adjective.text.islower()
            and tokens[k + 2].kind == WORD
            and (
                adjective.key in WORDS.adjectives
                or english_past_participle(adjective.key)
                or adjective.key.endswith(_ADJECTIVE_ENDINGS)
            )
        )

    def modified_head(self, k: int) -> int | None:
        """The plural English noun that the words from ``tokens[k]`` qualify, if they do.

        Adjectives ("regional and provincial hospitals", "autonomous robots", "broken or
        cracked mirrors") and nouns before a noun ("middle school pupils", "rail and
        switch failures"), joined by "and" or "or", within the five tokens after the
        first (a word written with a hyphen is one: "coastal and deep-sea vessels";
        initials are one too: "African AI companies"): the noun counted is the last. One
        noun before a plural stays with it ("data centres", see :meth:`head_after`).
        """
        tokens = self.tokens
        if not tokens[k].text.isascii() or _plural(tokens[k]):
            return None
        p, reach = k + 1, k + 6
        while p < min(reach, len(tokens)):
            token = tokens[p]
            if token.key == "-" and self.hyphenated_at(p - 1):
                p += 2  # "coastal and deep-sea vessels": a word written with a hyphen
                continue
            if p > k + 1 and _possessive_noun_at(tokens, p):
                p, reach = p + 3, reach + 2  # "doctoral and specialised master's scholarships"
                continue
            if _gap(self.text, tokens[p - 1], token) != " " or not (
                (token.text.islower() and (token.text.isascii() or _plural(token)))
                or _initials(token)
            ):
                return None  # "African AI companies": initials may qualify the noun too;
                # not "350 apprentis ayant achevé leur parcours", French
            if self.spelled(p) is not None:
                return None  # "contre 6 quais deux ans plus tôt": the years are another number's
            if _plural(token) and _noun(token):
                if tokens[p - 1].key == "and" and not tokens[p - 2].key.endswith(
                    _ADJECTIVE_ENDINGS
                ):
                    return None  # "58 aircraft and plans to …": a verb after a noun
                adjective = p > k + 1 or (
                    tokens[k].key.endswith(_ADJECTIVE_ENDINGS)
                    and not tokens[k].key.endswith("ment")  # "garment", "treatment": nouns
                    and tokens[k].key not in WORDS.modifier_nouns
                )
                return p if adjective and token.key not in WORDS.adjectives else None
            joins = token.key in _JOINING and (
                tokens[p - 1].key.endswith(_ADJECTIVE_ENDINGS)
                or not (_plural(tokens[p - 1]) or self.phrase_unit(p - 1))
            )  # "regional and provincial hospitals", "rail and switch failures"
            qualifies = (
                p > k + 1 and tokens[p - 1].key in _JOINING and english_past_participle(token.key)
            )
            if not (
                joins
                or qualifies  # "doctoral and specialised master's scholarships"
                or _initials(token)
                or (_noun(token) and token.key not in _NOT_NOUNS)
            ):
                return None  # not "58 aircraft and plans to …"
            p += 1
        return None

    def employer_before(self, k: int) -> bool:
        """Whether a capitalised name at ``tokens[k]`` comes before people counted.

        "45 Kaldera engineers": the company's engineers, counted as engineers.
        """
        token = self.tokens[k]
        if token.kind != WORD or not token.text.isascii() or not token.text.istitle():
            return False
        known = self.phrase_unit(k + 1)
        return known is not None and known[0][0] in WORDS.people_units

    def head_after(self, k: int) -> bool:
        """Whether the English noun at ``tokens[k]`` qualifies a plural noun after it."""
        tokens = self.tokens
        key = tokens[k].key
        if k + 1 >= len(tokens) or (
            key.endswith("s")
            and not key.endswith(("us", "ss", "sis"))
            and key not in WORDS.nouns_in_s
        ):
            return False  # "… staff", not "120 employees work"; but "58 bus lines", "160
            # loss adjusters", "29,800 tuberculosis cases", "240 customs officers"
        nxt = tokens[k + 1]
        return (
            _noun(nxt)
            and nxt.text.isascii()
            and nxt.key.endswith("s")
            and _gap(self.text, tokens[k], nxt) == " "
            and nxt.key not in WORDS.adjectives
        )

    def hyphenated_head_after(self, k: int) -> bool:
        """Whether the English noun at ``tokens[k]`` qualifies a plural written with a hyphen.

        "chest X-rays", "patient e-files": the hyphenated word's last part is plural.
        """
        tokens = self.tokens
        return (
            k + 3 < len(tokens)
            and _gap(self.text, tokens[k], tokens[k + 1]) == " "
            and self.hyphenated_at(k + 1)
            and _plural(tokens[k + 3])
            and tokens[k + 3].text.islower()
            and tokens[k + 3].key not in WORDS.adjectives
        )

    # The qualifier

    def qualifier(self, i: int) -> tuple[Qualifier, int]:
        """The qualifier ending just before ``tokens[i]`` and where it starts, or EXACT."""
        tokens = self.tokens
        end = i
        if end > 0 and tokens[end - 1].kind == WORD and tokens[end - 1].key in WORDS.barriers:
            end -= 1
        if end == 0:
            return Qualifier.EXACT, i
        last = tokens[end - 1]
        candidates = list(_QUALIFIERS_BY_LAST.get(last.key, ()))
        candidates += [
            (phrase, qualifier)
            for form in last.forms[1:]
            for phrase, qualifier in _QUALIFIERS_BY_LAST.get(form, ())
            if len(phrase) == 1
        ]
        for phrase, qualifier in candidates:
            first = end - len(phrase)
            if phrase_at(tokens, first, phrase):
                return qualifier, first
        return Qualifier.EXACT, i


def _largest_scale(value: int) -> int:
    """The largest power of a thousand ``value`` holds: a million for two million."""
    scale = _THOUSAND
    while scale * _THOUSAND <= value:
        scale *= _THOUSAND
    return scale


def _scale_of(token: Token) -> int | None:
    if token.kind != WORD:
        return None
    for form in token.forms:
        scale = WORDS.scales.get(form)
        if scale is None and form.startswith("ال"):
            scale = WORDS.scales.get(form[2:])
        if scale is not None:
            return scale
    return None


_FOLDED_HUNDRED = "مي"
"""How «مئة», «مئتين» begin once their hamza is folded, as a name may: «ميتي»."""


def _singular_not_unit(token: Token) -> bool:
    """Whether a Latin word is in lower case, singular and no unit: "grid", "wall".

    What a length in metres describes; a plural ("visitors") is what millions count.
    """
    return (
        token.kind == WORD
        and token.text.isalpha()
        and token.text.islower()
        and token.text.isascii()
        and len(token.text) > 2
        and not token.key.endswith(("s", "x"))
        and token.key not in _UNITS
        and token.key not in _PARTITIVES
        and token.key not in WORDS.not_counted
    )


def _number_word(token: Token, *, first: bool) -> int | None:
    """The value of a spelled-out number word.

    After the first, "وعشرين" counts as عشرين; the first may be joined to "ب" ("تقدر
    بملياري درهم", "by two billion dirhams"), as a number in digits may be ("بـ13").
    A hundred written «مئ…» keeps its hamza: "ميتي كيرغارد" is someone's name.
    """
    if token.kind != WORD or (token.key.startswith(_FOLDED_HUNDRED) and "ئ" not in token.text):
        return None
    value = WORDS.number_words.get(token.key)
    if value is None:
        forms = token.forms[1:] if not first else token.forms[1:2] if token.key[:1] == "ب" else ()
        for form in forms:
            value = WORDS.number_words.get(form)
            if value is not None:
                break
    return value


def _verb_in_ent_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is shaped like a French verb in "-ent", not a counted noun.

    What a number's unsaid noun does: "412 000 perçoivent l'aide", "240 coulent encore",
    "120 travaillent toujours". Not a noun in "-ent" that qualifies the plural noun after
    it: "patient records", "twenty-foot equivalent units".
    """
    token = tokens[k]
    if not (token.text.islower() and token.key.endswith("ent") and len(token.key) > _SHORT_WORD):
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        after is None
        or after.kind != WORD
        or not _plural(after)
        or after.key in WORDS.not_counted  # "des", "toujours", "désormais": no noun
    )


_ADVERB_ENDINGS = ("ement", "mment", "iment", "ument")
"""How French adverbs end ("actuellement", "récemment", "absolument"), and no English noun
in "-tment" or "-pment" does."""
_END_MARKS = re.compile(r"[.!?؟](?!\d)")
"""The marks that end a sentence, not a decimal point between figures."""
_SETTING_REACH = 16
"""Characters before a quantity that its preposition is looked for in."""
_CONVERSION_REACH = 24
"""Characters before an amount that a word of ``conversions`` is looked for in."""
_SHORT_WORD = 5
"""Letters of the longest word read as a noun whatever its ending: "agent", "rated"."""


def _noun(token: Token) -> bool:
    """Whether ``token`` may be the noun a number counts."""
    if token.kind != WORD or not token.forms[0] or token.key in _NOT_NOUNS:
        return False
    if token.text.isascii() or (token.text[0].isalpha() and token.text[0] < "\u0600"):
        if token.key.endswith("ly") or (token.key.endswith(_ADVERB_ENDINGS) and len(token.key) > 6):
            return False  # actuellement, currently: adverbs; not "treatment", "equipment"
        if token.key.endswith("ront") and len(token.key) > 4:
            return False  # "20 autres suivront", "4,5 millions iront": a verb in the future
        if token.key.endswith("ant") and len(token.key) > 5:
            return False  # "23 émanant de l'opposition": a participle; nouns count in plural
        text = token.text
        if text[-1:] == "s" and 3 <= len(text) <= 6 and text[:-1].isupper() and text.isalpha():
            return True  # 2,000 GPUs
        if text[-1:] == "s" and _written_as_initials(text[:-1]):
            return True  # 1,000 PhDs
        if 3 <= len(text) <= 4 and text.isupper() and text.isalpha():
            return True  # 1 536 GPU, 300 PME
        return text[0].islower() and len(token.key) >= 3 and text.isalpha()
    if token.key.startswith(("و", "ف")) and any(form.startswith("ال") for form in token.forms[1:]):
        return False  # a conjunction: "4.0 والقانون" starts another phrase, "5000 فلاح" does not
    if token.key.startswith(("ب", "ل", "ك")) and any(
        form.startswith("ال") and len(form) >= 5 for form in token.forms[1:]
    ):
        return False  # a preposition and the article: "18 مليار بالأمازيغية" says in what
    if future_by_prefix(token.key) and not token.text.endswith(("ة", "ات", "ا")):
        return False  # "المراكز الـ46 ستنتقل": a verb in the future, what they will do; not
        # "500 سترة", "4 سيناريوهات", "12 سيمينارا": no verb ends so
    return len(token.key) >= 2 and not _NOT_NOUNS.intersection(token.forms)


_ADJECTIVES = WORDS.adjectives | WORDS.hyphen_adjectives
_FRENCH_BEFORE_COUNT = WORDS.before_count
"""French words before a count that say the sentence is French: "les 38 chasse-neige"."""
_MORE = WORDS.more
"""Words between "by" and the size of a change: "by a further 4 degrees"."""
_JOINING = WORDS.adjective_joiners
"""Words that join the adjectives or nouns before an English counted noun."""
_ADJECTIVE_ENDINGS = (
    "al", "ous", "ive", "ic", "ical", "ed", "ful", "less", "able", "ible", "ary", "ent", "ant",
    "iest",
)  # fmt: skip
"""Endings of English adjectives: "regional", "autonomous", "electric", "connected"."""


_MINUTES = 60
"""The most a number of the time of day is: an hour or its minutes."""


def _clock_time(tokens: Sequence[Token], i: int) -> bool:
    """Whether the number at ``tokens[i]`` tells the time: "الساعة 10" and its "و30 دقيقة".

    The hour with the article (a word of ``clock_nouns`` after "ال") stands before it.
    """
    k = i - 1
    if k >= 1 and tokens[k].key == "و" and tokens[k - 1].kind == NUMBER:
        k -= 2
    key = tokens[k].key if k >= 0 else ""
    return key.startswith("ال") and key[2:] in WORDS.clock_nouns


def _before_plural(tokens: Sequence[Token], k: int) -> bool:
    """Whether an English word that is no plural qualifies a plural after it: "connected sensors"."""
    return (
        k + 1 < len(tokens)
        and tokens[k].text.isascii()
        and not _plural(tokens[k])
        and tokens[k + 1].kind == WORD
        and _plural(tokens[k + 1])
    )


def _past_verb(token: Token) -> bool:
    """Whether an English word reads as a verb in the past: "contained", not "seed"."""
    key = token.key
    return token.text.isascii() and len(key) > 4 and key.endswith("ed") and not key.endswith("eed")


def _english_participle_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether the English word at ``tokens[k]``, after a number, is a participle.

    A participle in "-ing" before a word that is no plural ("the 640 taking part", "12
    million coming from") says what was counted does, not what it is; "3 parking
    spaces" counts spaces. So does one in "-ed" before anything but a plural ("up from
    8.2 million counted in 2034", "14 seconded to …"; not "40 connected buses").
    """
    token = tokens[k]
    if not token.text.islower() or len(token.key) <= _SHORT_WORD:
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if token.key.endswith("ed"):
        return after is None or after.kind != WORD or not _plural(after)
    return (
        token.key.endswith("ing")
        and after is not None
        and after.kind == WORD
        and not _plural(after)
    )


_BEFORE_VERB = WORDS.modals
"""English modal verbs after which "number" is a verb: "will number", "will then number"."""


def _number_as_verb(tokens: Sequence[Token], i: int) -> bool:
    """Whether "number" before ``tokens[i]`` is a verb: "will then number 266 wells".

    After a modal verb in lower case ("will", "could" …, "then" between) and before a
    lowercase plural noun; "number 5" alone is a label, and so are "Bus number 12 stops
    here", "switch to number 2 pencils", "The then number 1 seeds", "Will number 5 buses …?".
    """
    k = i - 2
    if k > 0 and tokens[k].text == "then":
        k -= 1  # "will then number 266 wells"
    return (
        k >= 0
        and tokens[i - 1].key == "number"
        and tokens[i - 1].text.islower()
        and tokens[k].text in _BEFORE_VERB
        and i + 1 < len(tokens)
        and tokens[i + 1].kind == WORD
        and tokens[i + 1].text.islower()
        and _plural(tokens[i + 1])
    )


def _plural(token: Token) -> bool:
    """Whether an English word ends as a plural does: "hospitals", "GPUs", not "business"."""
    text = token.text
    if text[-1:] == "s" and len(text) >= 3 and text[:-1].isupper() and text[:-1].isalpha():
        return True  # GPUs, CPUs
    if text[-1:] == "s" and _written_as_initials(text[:-1]):
        return True  # PhDs
    return token.key.endswith("s") and not token.key.endswith(("ss", "us", "is"))


_MULTIPLYING_REACH = 4
"""How many words before a number of times a verb of multiplying may stand: «تضاعفت
صادرات الأفوكادو 3 مرات»."""
_AGE_DASHES = frozenset({"-", "–", "—"})
"""Dashes that join a range of ages written as one: "aged 45-69", "aged 6–11 months"."""
_ENGLISH_ADJECTIVE_ENDINGS = ("ic", "ous", "ive")
"""Endings of English adjectives that no plural noun has: "acoustic", "autonomous"."""


def _english_adjective(token: Token) -> bool:
    """Whether an English word describes the noun after it: "acoustic", "autonomous"."""
    return token.text.isascii() and (
        token.key in WORDS.adjectives or token.key.endswith(_ENGLISH_ADJECTIVE_ENDINGS)
    )


def _possessive_noun_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether an English noun in the possessive qualifies the plural noun after it.

    "master's students", "children's books": the word, "'s", then a plural noun.
    """
    return (
        k + 3 < len(tokens)
        and tokens[k].kind == WORD
        and tokens[k].text.isascii()
        and tokens[k + 1].key in _APOSTROPHES
        and tokens[k + 2].key == "s"
        and tokens[k + 1].start == tokens[k].end
        and _plural(tokens[k + 3])
        and _noun(tokens[k + 3])
    )


def _brand(token: Token) -> bool:
    """Whether an English word is a name before a noun: "75 Skovlund turbines"."""
    text = token.text
    return (
        token.kind == WORD
        and text.isascii()
        and text.isalpha()
        and text.istitle()
        and token.key not in WORDS.months  # "on 12 March events were held": a date
    )


def _initials(token: Token) -> bool:
    """Whether a word is written as initials are: "AI", "IT", "PhD", "ORDIS"; "5G" is not."""
    return token.kind == WORD and _written_as_initials(token.text)


def _written_as_initials(text: str) -> bool:
    """Whether ``text`` is written as initials are (see :func:`_initials`)."""
    return (
        2 <= len(text) <= _LONGEST_INITIALS
        and text.isalpha()
        and text[0].isupper()
        and text[-1].isupper()
        and (len(text) <= 4 or text.isupper())
    )


_LONGEST_INITIALS = 6
"""Letters an institution's initials before a counted noun take, at most ("60 ORDIS
technicians"); past four, all of them capitals."""


def _arabic_participle(word: str) -> bool:
    """Whether an Arabic word is shaped as a feminine passive participle: مزروعة، مسقية.

    As مفعولة, or مفعيّة from a root whose last letter is weak; not a noun such as
    مدرسة or مزرعة.
    """
    return (
        word[:1] == "م"
        and word.endswith("ة")
        and ((len(word) == 6 and word[3] == "و") or (len(word) == 5 and word.endswith("ية")))
    )


def _arabic_group_unit(token: Token, k: int) -> tuple[tuple[str, Decimal], int] | None:
    """The one-word unit an Arabic group's noun is a form of, and the index after it.

    "المهندسين" and "مهندسي" (before its possessor) are forms of "مهندسين".
    """
    bare = strip_article(token.key)
    for form in (bare, bare + "ن" if bare.endswith("ي") else ""):
        for phrase, unit in _UNITS.get(form, ()):
            if len(phrase) == 1:
                return unit, k + 1
    return None


def _has_decimals(token: Token) -> bool:
    """Whether a number is written with a decimal part ("4.0", "12,5"), not as a count."""
    if token.kind != NUMBER or token.key.isdigit():
        return False
    value = _digits_value(token.key, False)
    return value is None or "." in str(value)


def _arabic_accusative(tokens: Sequence[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is an Arabic noun in the accusative, which counts: "2048 معالجا".

    A year is followed by no such noun; a count of eleven or more often is.
    """
    if j >= len(tokens) or tokens[j].kind != WORD:
        return False
    key = tokens[j].key
    return (
        key[:1] >= "\u0600"
        and len(key) >= 4
        and key.endswith("ا")
        and not key.endswith("يا")  # حاليا، سنويا: adverbs
        and not key.startswith("ال")
        and len(tokens[j].forms) == 1
        and _noun(tokens[j])
    )


def _arabic_count_of(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether a number of a year's shape counts the Arabic noun after it.

    "(2100 مستعمل)", "وتكوين 2000 متطوع": a round number of hundreds (one ending in
    tens or units takes the accusative: "2030 متطوعا"), after a bracket or a word no
    year follows (no year word, month, preposition or "since"), before an indefinite
    word that is no verb and no next clause (not "برنامج 2000 يهدف").
    """
    if i == 0 or j >= len(tokens) or int(tokens[i].key) % 100:
        return False  # "2030 متطوعا": a count ending in tens takes the accusative, read apart
    before, noun = tokens[i - 1], tokens[j]
    if noun.kind != WORD or noun.text[0] < "\u0600":
        return False
    if (
        noun.key.startswith(("ال", "و"))
        or _clause_after_fa(noun.key)
        or (
            (noun.key.startswith(("ي", "ت", "ن")) or future_by_prefix(noun.key))
            and not noun.text.endswith("ة")
        )
    ):
        return False  # a verb, or the next clause; not "2000 ساعة", "1900 تذكرة": no verb
        # ends with the taa marbuta
    if noun.key.startswith(("ب", "ل")) and len(noun.forms) > 1:
        return False  # "2031 بكلفة", "2032 لتقييم": a preposition, what the year is for
    if before.key == "(":
        return True
    bare = before.key[1:] if before.key[:1] in {"و", "ف"} else before.key  # "وفي"
    return (
        before.kind == WORD
        and before.text[0] >= "\u0600"
        and not _after_year_word(tokens, i)
        and bare not in _YEAR_WORDS
        and WORDS.since.isdisjoint(before.forms)
    )


_AFTER_FA = ("ال", "ي", "ت", "ن", "ا", "س", "كل")
"""How what «ف» joins opens, once the hamza is folded: «فيعمل», «فالمشروع», «فأكد», «فإن»,
«فكلها»."""


def _clause_after_fa(key: str) -> bool:
    """Whether an Arabic word is «ف» joined to what opens a clause: «فيعمل», «فالمشروع».

    Or to a particle of two letters («فلم», «فما»). Not a noun whose first letter is «ف»:
    "1900 فلاح", "2000 فرصة".
    """
    return key.startswith("ف") and (len(key) < 4 or key[1:].startswith(_AFTER_FA))


def _total_before(tokens: Sequence[Token], i: int) -> bool:
    """Whether a phrase of ``totals`` stands before ``tokens[i]``: "بمجموع 1940 يوم"."""
    return any(phrase_at(tokens, i - len(p), p) for p in WORDS.totals if i >= len(p))


def _after_year_word(tokens: Sequence[Token], i: int) -> bool:
    """Whether a word a year follows stands before ``tokens[i]``: "سنة 2025", "في أفق 2030".

    A month's name is one too: "في دجنبر 2030 سؤالا" is asked in December 2030.
    """
    return i > 0 and not _YEAR_WORDS.isdisjoint(tokens[i - 1].forms)


_YEAR_WORDS = (
    WORDS.year_words
    | WORDS.year_before
    | WORDS.horizon_words
    | WORDS.edition_nouns  # «زلزال 2023 أضرارا»: the earthquake of 2023, no count
    | frozenset(WORDS.months)
)
_FROM_YEAR = frozenset(phrase[0] for phrase in WORDS.month_from if len(phrase) == 1)
"""Single words a year starts from ("from", "starting"): "a year from 2031 and …"."""


def _years_range(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` starts a range of two years after a word that starts one.

    "from 1889 to 1975", "de 1889 à 1975", "ما بين 1889 و1975": years of an archive, read
    by the dates, no count; a unit after the second makes them one ("de 1800 à 1950
    habitants").
    """
    if i == 0 or i + 2 >= len(tokens) or not _RANGE_START[tokens[i - 1].key]:
        return False
    if tokens[i + 1].key not in _RANGE_LINKS and not tokens[i + 1].key.startswith("و"):
        return False
    first, second = tokens[i], tokens[i + 2]
    if not all(t.kind == NUMBER and len(t.key) == 4 and t.key.isdigit() for t in (first, second)):
        return False
    return started_range(int(first.key), int(second.key)) and (
        i + 3 >= len(tokens) or tokens[i + 3].kind == MARK or not _noun(tokens[i + 3])
    )


def _no_count(quantity: QuantityMention) -> bool:
    """Whether a quantity is none a bare number after it may go on counting.

    An amount of money, a share, a year, a measure ("12 MW") or a duration.
    """
    return (
        quantity.is_money
        or quantity.unit in _NOT_WHOLES
        or quantity.unit in WORDS.measure_units
        or quantity.noun.split(" ")[-1].casefold() in WORDS.durations
    )


def _horizon_at(tokens: Sequence[Token], j: int) -> bool:
    """Whether a horizon starts at ``tokens[j]``: "by", "d'ici", "بحلول", "في أفق"."""
    if j >= len(tokens) or tokens[j].kind != WORD:
        return False
    if not WORDS.horizon_words.isdisjoint(tokens[j].forms):
        return tokens[j].key not in {"before", "avant", "قبل"}  # "310,000 before …": no goal
    if tokens[j].key in _DE and j + 2 < len(tokens) and tokens[j + 1].key in _APOSTROPHES:
        return tokens[j + 2].key == "ici"
    return tokens[j].key == "في" and j + 1 < len(tokens) and tokens[j + 1].key == "افق"


def _era_year(tokens: Sequence[Token], i: int) -> bool:
    """Whether the number at ``tokens[i]`` is a year its calendar's word follows."""
    return (
        tokens[i].kind == NUMBER
        and tokens[i].key.isdigit()
        and i + 1 < len(tokens)
        and (
            tokens[i + 1].key in WORDS.gregorian_after
            or tokens[i + 1].key in WORDS.other_calendar_after
        )
    )


def _named_year(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is four figures the word for a year names ("سنة 1732")."""
    return i > 0 and tokens[i - 1].key in WORDS.year_nouns and is_year(tokens[i], earliest=1000)


def quantities_in_tokens(
    text: str, tokens: Sequence[Token], names: Collection[int] = frozenset()
) -> list[QuantityMention]:
    """[`find_quantities`][maroc_ai.text.find_quantities] on the tokens of ``text`` already split.

    ``names`` are the indices of tokens known to start a proper name (the places a
    reader found): a number is never said to count them.
    """
    return _Scanner(text, tokens, names).scan()


def _sign_written_whole(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a currency sign of several tokens is written as one, in its own capitals.

    "A$12 million", "US$3 million"; not "a $2.3 million", an article and the dollar.
    """
    glued = all(tokens[k].start == tokens[k - 1].end for k in range(start + 1, end))
    return glued and not tokens[start].text.islower()
