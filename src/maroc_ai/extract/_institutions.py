"""Finding the institutions an article names, in Arabic and in Latin letters.

:func:`institutions` runs the Arabic scanner over the whole article
(:mod:`._arabic_institutions`) and the Latin one over each sentence in Latin letters
(:mod:`._latin_institutions`), leaves out the outlet's own masthead, and adds every
later mention of a name already found.
"""

from __future__ import annotations

from ..text import normalize
from ..text._tokens import NUMBER
from ._arabic_institutions import (
    arabic_again,
    arabic_institutions,
    described_companies,
    quoted_companies,
    suffixed_companies,
)
from ._institution import CLOSING_QUOTES, OPENING_QUOTES, Institution
from ._latin_institutions import LatinSentence, known_again, term_initials
from ._reader import Reader
from ._spans import Found, Spans

__all__ = ["institutions"]


def institutions(reader: Reader) -> list[Institution]:
    """Every institution the article names, in Arabic and in Latin letters, in order."""
    found_here = arabic_institutions(reader) if reader.arabic else []
    if reader.arabic:
        found_here = described_companies(reader, quoted_companies(reader, found_here))
        found_here = suffixed_companies(reader, found_here)
    if found_here:
        found_here = arabic_again(reader, found_here)
    covered = Spans([(i.name.start, i.name.end) for i in found_here])
    outlets = set()
    for number in reader.latin_sentences:
        if _masthead(reader, number):
            outlets.add(_outlet(reader, number))
        else:
            found_here += LatinSentence(reader, number, covered).scan()
    if reader.arabic:
        outlets.update(_arabic_outlets(reader))
    found_here.sort(key=lambda institution: institution.name.start)
    if reader.arabic:
        found_here = _bracketed_latin(reader, found_here)
    found_here = _pairs_apart(found_here)
    terms = term_initials(reader)
    return [  # "معطيات حصل عليها Le360": the outlet again, no institution it reports on;
        i  # "un partenariat public-privé (PPP)": a term's initials, wherever written
        for i in known_again(reader, found_here)
        if normalize(i.name.text) not in outlets and normalize(i.name.text) not in terms
    ]


_INITIALS = 5
"""Letters of initials in brackets, at most: (ANP), (ONMT); more are a name's."""
_BRACKETED_WORDS = 8
"""Tokens of a Latin name in brackets, at most."""


def _bracketed_latin(reader: Reader, found_here: list[Institution]) -> list[Institution]:
    """Arabic names with their Latin name or initials in brackets after them, as one.

    «شركة بصيرة ميديكال (Basira Medical)», «الوكالة الوطنية للموانئ (ANP)»: the Latin
    words are the institution's other name, not another institution, and the Latin
    name found as an institution of its own is left out.
    """
    latin_at = {i.name.start: i for i in found_here if i.name.text[:1] < "\u0600"}
    dropped: set[int] = set()
    result: list[Institution] = []
    for institution in found_here:
        name = institution.name
        inside = None
        if name.text[:1] >= "\u0600" and institution.acronym is None:
            inside = _latin_in_brackets(reader, name.end)
        if inside is None:
            result.append(institution)
            continue
        latin = latin_at.get(inside.start)
        if latin is not None and latin.name.text == inside.text:
            dropped.add(inside.start)
        elif not (
            inside.text.isalpha() and inside.text.isupper() and len(inside.text) <= _INITIALS
        ):
            result.append(institution)
            continue
        closing = reader.text.index(")", inside.end) + 1
        start = name.start
        if reader.text[name.end : name.end + 1] in CLOSING_QUOTES:
            start -= reader.text[start - 1 : start] in OPENING_QUOTES  # «…» (CHHE): quoted
        both = Found(start, closing, reader.text[start:closing])
        result.append(institution._replace(acronym=inside.text, quote=both))
    return [i for i in result if i.name.start not in dropped]


def _latin_in_brackets(reader: Reader, offset: int) -> Found | None:
    """The words in Latin letters between brackets opening at ``offset`` (a space apart).

    Or after the quote that closes the name: «شركة «تشاينا هاربور» (CHHE)».
    """
    tokens, text = reader.tokens, reader.text
    k = reader.first_token(offset)
    if k < len(tokens) and tokens[k].key in CLOSING_QUOTES and tokens[k].start == offset:
        offset, k = tokens[k].end, k + 1
    if k >= len(tokens) or tokens[k].key != "(" or text[offset : tokens[k].start].strip():
        return None
    for end in range(k + 2, min(len(tokens), k + 2 + _BRACKETED_WORDS)):
        if tokens[end].key == ")":
            first, last = tokens[k + 1], tokens[end - 1]
            return Found(first.start, last.end, text[first.start : last.end])
        if tokens[end - 1].text[0] >= "\u0600":
            return None
    return None


_PAIRING = frozenset({"and", "et", "&"})
"""Words that join two institutions' names in a run of capitalised words."""


def _pairs_apart(found_here: list[Institution]) -> list[Institution]:
    """Names read as one that are another institution's name, "and", and a second name.

    "Marsoul and Dafatir Labs also signed …" after "the postal group Marsoul": two
    companies, the first named alone elsewhere in the article.
    """
    alone = {normalize(i.name.text): i.kind for i in found_here if " " not in i.name.text}
    if not alone:
        return found_here
    result: list[Institution] = []
    for institution in found_here:
        name = institution.name
        first, link, rest = name.text.split(" ", 2) if name.text.count(" ") >= 2 else ("", "", "")
        kind = alone.get(normalize(first))
        if kind is None or link not in _PAIRING or not rest[:1].isupper():
            result.append(institution)
            continue
        second = name.start + len(first) + len(link) + 2
        result.append(
            institution._replace(name=Found(name.start, name.start + len(first), first), kind=kind)
        )
        result.append(
            institution._replace(name=Found(second, name.end, rest), acronym=None, quote=None)
        )
    return result


_MASTHEAD = 6
"""Tokens of a line that names the outlet, at most: "Médias24", "Le360 - بني ملال"."""


def _masthead(reader: Reader, number: int, reach: int = _MASTHEAD) -> bool:
    """Whether a line under the headline is a short one with no full stop: the outlet's name.

    "Médias24" under the headline, "Le360 - بني ملال" before the text: who publishes,
    not an institution the article speaks of. The headline itself may be as short.
    """
    first, last = reader.token_range[number]
    if number == 0 or reader.tokens[last - 1].key in {".", "!", "?"}:
        return False
    if last - first > _MASTHEAD and not _dated(reader, first, last, reach):
        return False
    start, end = reader.bounds[number]
    text = reader.text
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


_DASHES = frozenset({"-", "–", "—", "|"})


def _dated(reader: Reader, first: int, last: int, reach: int = _MASTHEAD) -> bool:
    """Whether a line is a short name, a dash and the date it was published.

    "Médias24 – Publié le mercredi 22 mars 2028", "Médias24 | Le 19/10/2039 à 10h35": the
    outlet's line, however long its date.
    """
    tokens = reader.tokens
    dash = next(
        (k for k in range(first, min(last, first + reach)) if tokens[k].key in _DASHES), None
    )
    return (
        dash is not None
        and dash > first
        and last - dash <= 2 * _MASTHEAD
        and any(tokens[k].kind == NUMBER for k in range(dash + 1, last))
    )


_MASTHEAD_LINES = 4
"""Sentences from the top among which an outlet's line in Arabic letters is looked for."""
_ARABIC_OUTLET = _MASTHEAD + 3
"""Tokens an outlet's name in Arabic letters and its initials in brackets reach before the
dash: «وكالة المغرب العربي للأنباء (ومع) –»."""


def _arabic_outlets(reader: Reader) -> set[str]:
    """The outlets named by mastheads in Arabic letters near the top.

    "وكالة المغرب العربي للأنباء (ومع) – فاس، الخميس 19 نونبر 2043": who publishes.
    """
    latin = set(reader.latin_sentences)
    return {
        _outlet(reader, number)
        for number in range(1, min(_MASTHEAD_LINES, len(reader.token_range)))
        if number not in latin and _masthead(reader, number, _ARABIC_OUTLET)
    }


def _outlet(reader: Reader, number: int) -> str:
    """The outlet's name a masthead line gives, normalised: "Le360 - بني ملال" → "le360"."""
    sentence = reader.sentence(number)
    for dash in (" - ", " – ", " — ", " | "):
        sentence = sentence.split(dash)[0]
    sentence = sentence.strip()
    if sentence.endswith(")") and "(" in sentence:
        sentence = sentence[: sentence.rindex("(")]  # its initials: "… للأنباء (ومع)"
    return normalize(sentence.strip())
