"""People's ages: a number of years set off after a name, which is no figure of the news.

"Hassan Ajgoun, 56 ans, boulanger", "حسن أجكون (56 عاما)", "Hassan Ajgoun, 56 years
old", "Hasna Ikkou, 24, who builds apps": the age is a quantity the article gives, but
not a statistic of the institution the sentence is about, nor a goal.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterable, Mapping, Sequence

from ..text import QuantityMention
from ..text._lexicon import WORDS as TEXT_WORDS
from ..text._tokens import MARK, phrase_at
from ..values import Qualifier
from ._lexicon import WORDS
from ._person import OLDEST, Person, age_opening, said_of_now
from ._reader import Reader

__all__ = ["ages"]

_BEFORE_AGE = re.compile(r"\s*[,،(]\s*")
"""What sets an age off after a name: a comma or an opening bracket."""
_YEAR = "year"
_YOUNGEST = 10
"""The youngest age a bare number after a name is read as: "Hasna Ikkou, 24,"."""
_RANGE_LINKS = TEXT_WORDS.year_links
"""What links two numbers of a range ("de 15 à 24 ans"): an age group, no one's age."""
_BARE_AGE = re.compile(r"(\d{2,3})(?=\s*[,،)]|\.(?:\s|$))")
"""A bare number of two or three digits, closed by a comma, a bracket or the sentence's
full stop ("… and CEO Anass Belghiti, 38. The ceremony …")."""


def ages(
    reader: Reader, people: Iterable[Person], quantities: Sequence[QuantityMention]
) -> tuple[set[int], list[QuantityMention]]:
    """Where the ages of ``people`` start, and the ages written as a bare number.

    An age is a number of years right after a name and a comma or a bracket ("56 ans",
    "56 عاما"), or a bare number there, closed by a comma, a bracket or a full stop
    ("Hasna Ikkou, 24, who …", "Hasna Ikkou (24)", "… Anass Belghiti, 38."): a
    quantity of years the text does not find alone. After a Latin family name said again
    alone too: "said Bouhlal, 34, an engineer". Before a name that a sentence opens
    with a bare age: "At 81, Haddou Oubella knows …", "At 74, breeder Salek Baba eyes …".
    """
    tokens = reader.tokens
    by_start = {q.start: q for q in quantities}
    found = {q.start for q in quantities if _said_as_age(reader, q)}
    bare: list[QuantityMention] = []
    for end in _name_ends(reader, people):
        gap = _BEFORE_AGE.match(reader.text, end)
        if gap is None:
            continue
        quantity = by_start.get(gap.end())
        if quantity is not None:
            if quantity.unit == _YEAR and quantity.value <= OLDEST:
                found.add(quantity.start)
            continue
        number = _BARE_AGE.match(reader.text, gap.end())
        if number is not None and _YOUNGEST <= int(number[1]) <= OLDEST:
            found.add(number.start(1))
            bare.append(_bare_age(number.start(1), number.end(1), number[1]))
    ends = {person.name.start: person.name.end for person in people}
    ends |= {
        person.post.start: person.name.end
        for person in people
        if person.post is not None and person.post.end < person.name.start
    }
    for k in [*_opening_ages(reader, ends), *_clause_ages(reader)]:
        if tokens[k].start not in by_start:
            found.add(tokens[k].start)
            bare.append(_bare_age(tokens[k].start, tokens[k].end, tokens[k].text))
    return found, bare


_CLAUSE_FIRST = frozenset(phrase[0] for phrase in WORDS.age_clauses)
_KEY = operator.attrgetter("key")


def _clause_ages(reader: Reader) -> list[int]:
    """The tokens of bare ages after ``age_clauses``: "since she was 12.", «في سن 16،».

    The number ends its clause (a mark follows it): not "since she was 12 years old",
    which the text reads whole, nor "when he was 16 hectares short".
    """
    tokens = reader.tokens
    found = []
    firsts = map(_CLAUSE_FIRST.__contains__, map(_KEY, tokens))
    for k in itertools.compress(itertools.count(), firsts):
        for phrase in WORDS.age_clauses:
            at = k + len(phrase)
            if (
                at + 1 < len(tokens)
                and phrase_at(tokens, k, phrase)
                and tokens[at].text.isdigit()
                and _YOUNGEST // 2 <= int(tokens[at].text) <= OLDEST
                and tokens[at + 1].kind == MARK
            ):
                found.append(at)
    return found


def _opening_ages(reader: Reader, ends: Mapping[int, int]) -> list[int]:
    """The tokens of the ages in "At 81, <name>" or "At 78, he …" that open a sentence.

    Someone follows the comma (a name, or the post before it, that starts at a key of
    ``ends``, or a pronoun of ``age_pronouns``), then a verb of what is true of them now
    ("knows", "still …"): not "At 10, Nadia Fettah will present …", "At 45, Hakim Ziyech
    equalised", an hour or a minute.
    """
    tokens = reader.tokens
    ages = []
    for k, _ in reader.token_range.values():  # the first word of each sentence
        after = age_opening(tokens, k)
        if after != k + 3:
            continue  # "À 78 ans,": the text reads "78 ans" as years already
        if tokens[after].start in ends:
            verb = reader.first_token(ends[tokens[after].start])
        elif tokens[after].key in WORDS.age_pronouns:
            verb = after + 1
        else:
            continue
        if said_of_now(tokens, verb):
            ages.append(k + 1)
    return ages


def _bare_age(start: int, end: int, written: str) -> QuantityMention:
    """A number of years written alone, as someone's age."""
    return QuantityMention(
        value=int(written),
        unit=_YEAR,
        qualifier=Qualifier.EXACT,
        start=start,
        end=end,
        quote=written,
    )


def _said_as_age(reader: Reader, quantity: QuantityMention) -> bool:
    """Whether a number of years is written as someone's age, wherever it stands.

    "a 34-year-old engineer", "34 years old", "âgée de 34 ans", «البالغ من العمر 34 عاما».
    """
    if quantity.unit != _YEAR or quantity.value > OLDEST:
        return False
    tokens = reader.tokens
    k = reader.token_at(quantity.start)
    if k is not None and k + 1 < len(tokens) and tokens[k + 1].key in _RANGE_LINKS:
        return False  # "les jeunes âgés de 15 à 24 ans": an age group, as before
    if k is not None and any(
        len(phrase) <= k and phrase_at(tokens, k - len(phrase), phrase)
        for phrase in WORDS.age_phrases
    ):
        return True
    m = reader.first_token(quantity.end)
    if m < len(tokens) and tokens[m].text == "-":
        m += 1
    return m < len(tokens) and tokens[m].key in WORDS.age_words


def _name_ends(reader: Reader, people: Iterable[Person]) -> list[int]:
    """Where the names of ``people`` end, and their Latin family names written again alone."""
    ends = set()
    surnames = set()
    for person in people:
        ends.add(person.name.end)
        last = person.name.text.rpartition(" ")[2]
        if len(last) > 2 and last[:1].isupper() and last.isascii() and last.isalpha():
            surnames.add(last)
    if surnames:
        ends.update(token.end for token in reader.tokens if token.text in surnames)
    return sorted(ends)
