"""Quantities as Moroccan news writes them: "أكثر من 500 منصب شغل", "100 مليار درهم".

[`find_quantities`][maroc_ai.text.find_quantities] scans tokens for a number (in any digits, with its
separators), an optional scale word (ألف، مليون، مليار and their plurals, or the
scale alone: "المليار يورو"), a unit it knows (currencies, power, jobs, people,
years …) and a qualifier before it ("ما يقارب", "أكثر من", "تصل إلى"). A number
without a unit is not reported: it is not a quantity the dataset can hold. A
scaled number before a noun no unit names ("22 ألف متخصص") counts that noun, kept
as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

import attrs

from ..values import Qualifier, Quantity
from ._normalize import normalize
from ._tokens import MARK, NUMBER, WORD, Token, no_collection, tokenize

__all__ = ["QuantityMention", "find_quantities", "parse_quantity"]


def _phrases(*phrases: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(token.key for token in tokenize(phrase)) for phrase in phrases)


_SCALES = {
    normalize(word): scale
    for scale, words in (
        (1_000, ("ألف", "آلاف", "الاف", "ألاف", "mille", "thousand", "k")),
        (1_000_000, ("مليون", "ملايين", "million", "millions")),
        (1_000_000_000, ("مليار", "ملايير", "مليارات", "milliard", "milliards", "billion")),
    )
    for word in words
}

# (phrase, unit, factor): the factor brings the value to the unit's base (GW → MW).
_UNITS: tuple[tuple[tuple[str, ...], str, Decimal], ...] = tuple(
    (phrase, unit, Decimal(factor))
    for words, unit, factor in (
        (("درهم", "دراهم", "درهما", "MAD", "DH", "dirhams", "dirham", "de dirhams"), "MAD", 1),
        (("يورو", "أورو", "اليورو", "EUR", "€", "euros", "euro", "d'euros"), "EUR", 1),
        (("دولار", "دولارا", "دولارات", "USD", "$", "dollars", "dollar", "de dollars"), "USD", 1),
        (("ميغاواط", "ميغاوات", "ميجاواط", "ميجاوات", "ميغا واط", "MW", "mégawatts"), "MW", 1),
        (("جيغاواط", "غيغاواط", "جيجاوات", "GW", "gigawatts"), "MW", 1000),
        (
            (
                "منصب شغل",
                "مناصب شغل",
                "منصب عمل",
                "مناصب عمل",
                "فرصة عمل",
                "فرص عمل",
                "فرصة شغل",
                "فرص شغل",
                "وظيفة",
                "وظائف",
                "emplois",
                "jobs",
            ),
            "job",
            1,
        ),
        (("موظف", "موظفا", "موظفين", "مستخدم", "مستخدما", "employés", "employees"), "employee", 1),
        (("سنة", "سنوات", "عاما", "أعوام", "ans", "years"), "year", 1),
        (("مهندس", "مهندسا", "مهندسين", "ingénieurs", "engineers"), "engineer", 1),
        (("باحث", "باحثا", "باحثين", "chercheurs", "researchers"), "researcher", 1),
        (("متدرب", "متدربا", "متدربين", "stagiaires", "trainees"), "trainee", 1),
        (("مقاولة", "مقاولات", "entreprises", "companies"), "company", 1),
        (("هكتار", "هكتارات", "ha", "hectares"), "hectare", 1),
        (("طن", "أطنان", "tonnes", "tons"), "tonne", 1),
        (("كيلومتر", "كيلومترات", "كلم", "km"), "km", 1),
        (
            (
                "شخص",
                "أشخاص",
                "شاب",
                "شابا",
                "شابة",
                "شباب",
                "مستفيد",
                "مستفيدا",
                "personnes",
                "jeunes",
                "people",
                "young people",
            ),
            "person",
            1,
        ),
        (("طالب", "طالبا", "طلاب", "طلبة", "étudiants", "students"), "student", 1),
        (("شركة ناشئة", "شركات ناشئة", "مقاولة ناشئة", "مقاولات ناشئة", "startups"), "startup", 1),
        (("%", "في المائة", "في المئة", "بالمائة", "بالمئة", "pour cent", "percent"), "percent", 1),
    )
    for phrase in _phrases(*words)
)

_QUALIFIERS = tuple(
    (phrase, qualifier)
    for words, qualifier in (
        (
            (
                "أكثر من",
                "أزيد من",
                "ما يزيد عن",
                "ما يزيد على",
                "يزيد عن",
                "يفوق",
                "تفوق",
                "ما يفوق",
                "تجاوز",
                "يتجاوز",
                "تتجاوز",
                "plus de",
                "more than",
                "over",
            ),
            Qualifier.MORE_THAN,
        ),
        (
            (
                "ما يقارب",
                "يقارب",
                "تقارب",
                "حوالي",
                "حوالى",
                "نحو",
                "قرابة",
                "زهاء",
                "ما يناهز",
                "يناهز",
                "près de",
                "environ",
                "about",
                "around",
                "nearly",
            ),
            Qualifier.APPROXIMATELY,
        ),
        (
            ("تصل إلى", "يصل إلى", "ما يصل إلى", "تصل الى", "يصل الى", "jusqu'à", "up to"),
            Qualifier.UP_TO,
        ),
        (("ما لا يقل عن", "لا يقل عن", "على الأقل", "au moins", "at least"), Qualifier.AT_LEAST),
    )
    for phrase in _phrases(*words)
)
_BARRIERS = {normalize(word) for word in ("حاجز", "عتبة", "سقف", "مستوى", "الحاجز")}
"""Words between a qualifier and its number: "لتجاوز حاجز المليار يورو"."""
_DECIMAL = {".", ",", "٫"}
_GROUP = {",", ".", "٬", "'"}
_SPACES = {" ", "\u00a0", "\u202f"}
_MAX_DIGITS = 15


@attrs.frozen(kw_only=True)
class QuantityMention:
    """A quantity the text gives, where it gives it: ``text[start:end] == quote``."""

    value: int | float
    unit: str
    qualifier: Qualifier
    start: int
    end: int
    quote: str

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)`` character offsets of the quote in the text."""
        return (self.start, self.end)

    @property
    def quantity(self) -> Quantity:
        """The mention as the model's [`Quantity`][maroc_ai.values.Quantity]."""
        return Quantity(value=self.value, unit=self.unit, qualifier=self.qualifier)


def _forms(token: Token) -> tuple[str, ...]:
    return token.forms


def _scale(token: Token) -> int | None:
    if token.kind != WORD:
        return None
    for form in _forms(token):
        for candidate in (form, form[2:] if form.startswith("ال") else None):
            if candidate and candidate in _SCALES:
                return _SCALES[candidate]
    return None


def _matches(tokens: Sequence[Token], i: int, phrase: tuple[str, ...], *, first: bool) -> bool:
    """Whether ``phrase`` stands at ``tokens[i:]``; ``first`` allows a joined prefix (لتجاوز)."""
    if i < 0 or i + len(phrase) > len(tokens):
        return False
    for offset, word in enumerate(phrase):
        token = tokens[i + offset]
        forms = _forms(token) if offset == 0 and first else (token.key,)
        if word not in forms:
            return False
    return True


_UNITS_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str, Decimal]]] = {}
for _entry in _UNITS:
    _UNITS_BY_FIRST.setdefault(_entry[0][0], []).append(_entry)
_QUALIFIERS_BY_LAST: dict[str, list[tuple[tuple[str, ...], Qualifier]]] = {}
for _phrase, _qualifier_value in _QUALIFIERS:
    _QUALIFIERS_BY_LAST.setdefault(_phrase[-1], []).append((_phrase, _qualifier_value))


def _unit(tokens: Sequence[Token], i: int) -> tuple[str, Decimal, int] | None:
    """The unit at ``tokens[i]``, its factor, and the index after it."""
    best: tuple[str, Decimal, int] | None = None
    for phrase, unit, factor in _UNITS_BY_FIRST.get(tokens[i].key, ()):
        if _matches(tokens, i, phrase, first=False) and (best is None or i + len(phrase) > best[2]):
            best = (unit, factor, i + len(phrase))
    return best


def _qualifier(tokens: Sequence[Token], i: int) -> tuple[Qualifier, int]:
    """The qualifier ending just before ``tokens[i]`` and where it starts, or EXACT."""
    end = i
    if end > 0 and tokens[end - 1].kind == WORD and tokens[end - 1].key in _BARRIERS:
        end -= 1
    if end == 0:
        return Qualifier.EXACT, i
    candidates = sorted(
        _QUALIFIERS_BY_LAST.get(tokens[end - 1].key, []), key=lambda entry: -len(entry[0])
    )
    single = [
        (phrase, qualifier)
        for form in _forms(tokens[end - 1])[1:]
        for phrase, qualifier in _QUALIFIERS_BY_LAST.get(form, [])
        if len(phrase) == 1
    ]
    for phrase, qualifier in [*candidates, *single]:
        length = len(phrase)
        if _matches(tokens, end - length, phrase, first=True):
            return qualifier, end - length
    return Qualifier.EXACT, i


def _gap(text: str, left: Token, right: Token) -> str:
    return text[left.end : right.start]


def _number(text: str, tokens: Sequence[Token], i: int) -> tuple[list[str], list[str], int] | None:
    """The digit groups and separators of the number at ``tokens[i]``, and the index after it."""
    token = tokens[i]
    if token.kind != NUMBER or len(token.key) > _MAX_DIGITS:
        return None
    if (
        i > 1
        and tokens[i - 1].kind == MARK
        and tokens[i - 1].key in _DECIMAL | _GROUP | {"-"}
        and tokens[i - 2].kind == NUMBER
        and not _gap(text, tokens[i - 2], tokens[i - 1])
    ):
        return None  # the middle of a number or of a date already passed
    groups, seps = [token.key], []
    j = i + 1
    while j + 1 < len(tokens) and len(groups) < 6:
        sep, nxt = tokens[j], tokens[j + 1]
        if nxt.kind != NUMBER or len(nxt.key) > _MAX_DIGITS:
            break
        if sep.kind == MARK and sep.key in _DECIMAL | _GROUP:
            if _gap(text, tokens[j - 1], sep) or _gap(text, sep, nxt):
                break
            groups.append(nxt.key)
            seps.append(sep.key)
            j += 2
            continue
        break
    # Thousands written with spaces: 4 000 000.
    while (
        j < len(tokens)
        and not seps
        and len(groups) < 6
        and tokens[j].kind == NUMBER
        and len(tokens[j].key) == 3
        and len(groups[0]) <= 3
        and _gap(text, tokens[j - 1], tokens[j]) in _SPACES
    ):
        groups.append(tokens[j].key)
        seps.append(" ")
        j += 1
    return groups, seps, j


def _value(groups: list[str], seps: list[str], scaled: bool) -> Decimal | None:
    try:
        if not seps:
            return Decimal(groups[0])
        grouped = (
            len(set(seps)) == 1
            and len(groups[0]) <= 3
            and all(len(group) == 3 for group in groups[1:])
        )
        if len(seps) == 1 and seps[0] in _DECIMAL and (scaled or not grouped):
            return Decimal(f"{groups[0]}.{groups[1]}")
        if grouped:
            return Decimal("".join(groups))
    except InvalidOperation:  # pragma: no cover - groups are digits only
        return None
    return None


_NOT_COUNTED = {
    normalize(word)
    for word in [
        "في",
        "من",
        "على",
        "عن",
        "إلى",
        "الى",
        "مع",
        "و",
        "أو",
        "أن",
        "إن",
        "بين",
        "خلال",
        "منذ",
        "حتى",
        "سنويا",
        "سنة",
        "عام",
    ]
}


def _counted(tokens: Sequence[Token], j: int) -> tuple[str, Decimal, int] | None:
    """What a scaled number counts when no known unit follows: "22 ألف متخصص".

    The unit is the noun as written; a curator gives it its English name.
    """
    if j >= len(tokens) or tokens[j].kind != WORD or tokens[j].key in _NOT_COUNTED:
        return None
    if tokens[j].text.isascii() or len(tokens[j].key) < 2:
        return None
    return tokens[j].text, Decimal(1), j + 1


def _is_year(token: Token) -> bool:
    return token.kind == NUMBER and len(token.key) == 4


def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def quantities_in_tokens(text: str, tokens: Sequence[Token]) -> list[QuantityMention]:
    """[`find_quantities`][maroc_ai.text.find_quantities] on the tokens of ``text`` already split."""
    found: list[QuantityMention] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        number = _number(text, tokens, i) if token.kind == NUMBER else None
        scale_only = number is None and _scale(token) is not None
        if number is None and not scale_only:
            i += 1
            continue
        if number is not None:
            groups, seps, j = number
            scale = _scale(tokens[j]) if j < len(tokens) else None
            if scale is not None:
                j += 1
            amount = _value(groups, seps, scale is not None)
        else:
            scale, j, amount = _scale(token), i + 1, Decimal(1)
        unit = _unit(tokens, j) if j < len(tokens) else None
        if unit is None and number is not None and scale is not None:
            unit = _counted(tokens, j)
        if amount is None or unit is None:
            i = max(i + 1, j if number is not None else i + 1)
            continue
        name, factor, end = unit
        if name == "year" and end < len(tokens) and _is_year(tokens[end]):
            i = end  # "... 500 سنة 2024": the year of a date, not a duration
            continue
        qualifier, first = _qualifier(tokens, i)
        value = amount * (scale or 1) * factor
        start, stop = tokens[first].start, tokens[end - 1].end
        found.append(
            QuantityMention(
                value=_plain(value),
                unit=name,
                qualifier=qualifier,
                start=start,
                end=stop,
                quote=text[start:stop],
            )
        )
        i = end
    return found


def find_quantities(text: str) -> list[QuantityMention]:
    """Every quantity with a unit in ``text``, in order, each with its span and quote.

    Values are in base units: scale words are multiplied out ("100 مليار درهم" is
    ``100_000_000_000`` ``MAD``) and power is in ``MW``. Never raises on any string.

    >>> mention = find_quantities("أكثر من 500 منصب شغل")[0]
    >>> mention.value, mention.unit, mention.qualifier.value
    (500, 'job', 'more_than')
    """
    with no_collection():
        return quantities_in_tokens(text, list(tokenize(text)))


def parse_quantity(text: str) -> Quantity | None:
    """The quantity ``text`` is, when the whole text is one quantity phrase; else ``None``.

    >>> str(parse_quantity("ما يقارب 50 ألف فرصة عمل"))
    'about 50 thousand jobs'
    """
    stripped = text.strip()
    mentions = find_quantities(stripped)
    if len(mentions) != 1 or mentions[0].quote != stripped:
        return None
    return mentions[0].quantity
