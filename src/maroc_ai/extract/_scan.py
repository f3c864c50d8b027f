"""Finding people, institutions, agreements, facilities and places in an article's tokens.

Everything here works on the token list of :func:`maroc_ai.text._tokens.tokenize`,
moving forward (or a bounded number of tokens back) from each token, so the time
taken grows linearly with the text.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

import attrs

from ..model import AgreementKind, FacilityKind, OrganizationKind
from ..text._tokens import MARK, NUMBER, WORD, Token
from . import _lexicon as lex

_CLAUSE_MARKS = frozenset({"،", ",", ".", "؛", ";", ":", "!", "?", "؟", "(", ")", "-", "–", "—"})
_SENTENCE_MARKS = frozenset({".", "!", "?", "؟", "؛"})
_OPEN_QUOTES = frozenset({"“", "«", '"', "„", "‘"})
_CLOSE_QUOTES = frozenset({"”", "»", '"', "″", "’"})
_MAX_TITLE = 16
_MAX_NAME_WORDS = 8


@attrs.frozen
class Found:
    """Something found in the text: where, and the words as written."""

    start: int
    end: int
    text: str


@attrs.frozen
class Person:
    name: Found
    post: Found | None
    """The post written beside the name; the institution in it is found among the institutions."""
    anchored: bool
    """Introduced by a title, an honorific, or a verb of speaking or signing."""
    sentence: int


@attrs.frozen
class Institution:
    name: Found
    kind: OrganizationKind
    sentence: int


@attrs.frozen
class PlaceFound:
    name: Found
    key: str
    sentence: int


@attrs.frozen
class AgreementFound:
    name: Found
    kind: AgreementKind
    sentence: int


@attrs.frozen
class FacilityFound:
    name: Found
    kind: FacilityKind
    sentence: int


def forms(token: Token) -> tuple[str, ...]:
    """The token's key and its forms without a joined conjunction or preposition.

    ``وكريم`` gives ``كريم``, ``للوكالة`` gives ``الوكالة``, ``بمجموعة`` gives ``مجموعة``.
    """
    return token.forms


def _in(token: Token, words: Collection[str]) -> bool:
    """Whether one of the token's forms is in ``words``."""
    if type(words) is frozenset:
        return not words.isdisjoint(token.forms)
    return not _as_set(words).isdisjoint(token.forms)


_SETS: dict[int, frozenset[str]] = {}


def _as_set(words: Collection[str]) -> frozenset[str]:
    if isinstance(words, frozenset):
        return words
    found = _SETS.get(id(words))
    if found is None:
        found = _SETS[id(words)] = frozenset(words)
    return found


def _prefix_length(token: Token, words: Collection[str]) -> int:
    """How many characters of a joined prefix precede the word of ``words`` in ``token``.

    For ``للوكالة`` (ل + الوكالة, its alef dropped) the answer is 2: what follows is the
    name without its article, which :func:`_found` restores.
    """
    if token.key in words:
        return 0
    for form in forms(token)[1:]:
        if form in words:
            letters = (
                len(token.key)
                - len(form)
                + (2 if form.startswith("ال") and token.key.startswith("لل") else 0)
            )
            return _chars_for_letters(token.text, letters)
    return 0


def _chars_for_letters(text: str, letters: int) -> int:
    """How many characters of ``text`` hold its first ``letters`` letters (marks ride along)."""
    count = 0
    for index, char in enumerate(text):
        if char.isalpha():
            if count == letters:
                return index
            count += 1
    return len(text)


MAX_SENTENCE = 120
"""Tokens in a sentence at most: a longer run without a full stop is cut into pieces,
so that the work done per sentence stays bounded whatever the input."""


def sentences(tokens: Sequence[Token], text: str) -> list[int]:
    """The sentence number of each token: sentences end at . ! ? ؛ and at line breaks."""
    numbers: list[int] = []
    current = 0
    length = 0
    previous: Token | None = None
    for index, token in enumerate(tokens):
        if (
            previous is not None and "\n" in text[previous.end : token.start]
        ) or length >= MAX_SENTENCE:
            current += 1
        length = length + 1 if numbers and numbers[-1] == current else 1
        numbers.append(current)
        if token.kind == MARK and token.key in _SENTENCE_MARKS and not _in_number(tokens, index):
            current += 1
        previous = token
    return numbers


def _in_number(tokens: Sequence[Token], index: int) -> bool:
    """Whether the mark at ``index`` stands between two digits (1.5, 51.17)."""
    if index == 0 or index + 1 >= len(tokens):
        return False
    before, mark, after = tokens[index - 1], tokens[index], tokens[index + 1]
    return (
        before.kind == after.kind == NUMBER and before.end == mark.start and mark.end == after.start
    )


def _found(text: str, tokens: Sequence[Token], first: int, last: int, skip: int = 0) -> Found:
    """The words ``tokens[first..last]``; ``skip`` characters of a joined prefix left out.

    When the prefix was ``لل`` (the article's alef dropped after ل), the name is
    given back its article: the span stays exact, the name reads as it would alone.
    """
    start, end = tokens[first].start + skip, tokens[last].end
    written = text[start:end]
    key = tokens[first].key
    if skip >= 2 and key[skip - 2 : skip] == "لل" and not written.startswith("ال"):
        # the span keeps لل, as the validator reads a name after the preposition
        start -= 2
        written = "ال" + written
    return Found(start, end, written)


# People


def _given(tokens: Sequence[Token], i: int) -> int:
    """How many tokens the given name at ``tokens[i]`` takes (0: none)."""
    token = tokens[i]
    if token.kind != WORD:
        return 0
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if _in(token, lex.COMPOUND_FIRST) and nxt is not None and nxt.key == lex.DIN:
        return 2
    if _in(token, lex.ABD) and nxt is not None and nxt.kind == WORD:
        return 2
    return 1 if _in(token, lex.GIVEN_NAMES) else 0


def _surname_word(tokens: Sequence[Token], i: int, first: bool = False) -> bool:
    token = tokens[i]
    if token.kind != WORD or token.text.isascii():
        return False
    if (
        first
        and token.key in lex.TITLE_HEADS
        and not token.key.startswith("ال")
        and (i + 1 == len(tokens) or tokens[i + 1].kind == MARK)
    ):
        return True  # خالد سفير،: a surname that is also a title word
    if any(
        _in(token, words)
        for words in (
            lex.STOPWORDS,
            lex.TITLE_HEADS,
            lex.HONORIFICS,
            lex.SPEECH_VERBS,
            lex.PRESENCE,
            lex.SIGNING,
        )
    ) or _in(token, lex.ORGANIZATION_HEADS):
        return False
    if any(_agreement_at(tokens, i)) or _in(token, lex.CREATION):
        return False
    key = token.key
    if key.startswith("و") and len(forms(token)) > 1:
        rest = forms(token)[1]
        if rest in lex.GIVEN_NAMES or rest in lex.TITLE_HEADS or rest in lex.HONORIFICS:
            return False
    # a definite feminine noun (الاتفاقية، الوزارة) follows names but is not one
    return not (key.startswith("ال") and key.endswith("ه") and len(key) > 5)


def _adjacent(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    return "\n" not in gap and gap.strip() == ""


def _name_at(text: str, tokens: Sequence[Token], i: int, honorific: bool) -> int:
    """The index after the name starting at ``tokens[i]`` (``i`` if there is none)."""
    taken = _given(tokens, i)
    if taken:
        honorific = False  # a known given name: the name is read as any other
    elif honorific and _surname_word(tokens, i):
        taken = 1  # السيد بيرتران باري: after an honorific, any name
    if taken == 0:
        return i
    j = i + taken
    surnames = 0
    while (
        j < len(tokens)
        and surnames < 3
        and _adjacent(text, tokens[j - 1], tokens[j])
        and _surname_word(tokens, j, first=surnames == 0)
    ):
        if tokens[j].key in lex.ABD and j + 1 < len(tokens):  # ... بن سعيد
            j += 1
        j += 1
        surnames += 1
    if surnames == 0 or (surnames == 3 and not honorific):
        # one word is not a name; four words are a name followed by something else
        return i if surnames == 0 else j - 1
    return j


def _name_after_title(text: str, tokens: Sequence[Token], i: int) -> int:
    """A name of unknown given name set off after a title: "لشركة Nvidia، جنسن هوانغ،".

    Two or three name-like words right after the comma that closes a title, and
    nothing after them but a mark: the index after them (``i`` if there is none).
    """
    if (
        i == 0
        or tokens[i - 1].key not in {"،", ","}
        or _post_before(tokens, i, adjacent=False) is None
    ):
        return i
    j = i
    while (
        j < len(tokens)
        and j - i < 3
        and _surname_word(tokens, j)
        and _adjacent(text, tokens[j - 1], tokens[j])
    ):
        j += 1
    if j - i < 2 or (j < len(tokens) and tokens[j].kind != MARK):
        return i
    return j


def _post_after(text: str, tokens: Sequence[Token], j: int) -> tuple[int, int] | None:
    """A post standing after a name: "، وزير الصناعة والتجارة،".

    A title that runs into another name ("، ووزير التعليم العالي عز الدين المداوي")
    is that person's, not this one's.
    """
    if j < len(tokens) and tokens[j].key in {"،", ","}:
        j += 1
    if j >= len(tokens) or not _in(tokens[j], lex.TITLE_HEADS):
        return None
    first = j
    k = j + 1
    while k < len(tokens) and k - first < _MAX_TITLE:
        token = tokens[k]
        if token.kind == MARK and token.key in _CLAUSE_MARKS - {"-", "–"}:
            break
        if token.kind == WORD and _in(token, lex.STOPWORDS):
            break
        if token.kind == WORD and (
            _in(token, lex.HONORIFICS)
            or (_given(tokens, k) and not _in(tokens[k - 1], lex.ORGANIZATION_HEADS))
        ):
            return None
        k += 1
    return first, k - 1


def _post_before(tokens: Sequence[Token], i: int, *, adjacent: bool) -> tuple[int, int] | None:
    """A post standing right before a name, or (not ``adjacent``) in the clause before a comma."""
    j = i - 1
    if j >= 0 and _in(tokens[j], lex.HONORIFICS):
        j -= 1
    if j >= 0 and tokens[j].key in {"،", ","}:
        if adjacent:
            return None
        j -= 1
    elif not adjacent:
        return None
    last = j
    head: int | None = None
    while j >= 0 and last - j < _MAX_TITLE:
        token = tokens[j]
        if token.kind == MARK and token.key in _CLAUSE_MARKS:
            break
        if token.kind == WORD and token.key in lex.TITLE_HEADS:
            head = j  # والي is a title before it is و + إلى
        elif token.kind == WORD and any(
            _in(token, words) for words in (lex.STOPWORDS, lex.SPEECH_VERBS, lex.PRESENCE)
        ):
            break
        elif token.kind == WORD and _in(token, lex.TITLE_HEADS):
            head = j
        j -= 1
    if head is None:
        return None
    return head, last


def _latin_person(text: str, tokens: Sequence[Token], i: int) -> int:
    """The index after a Latin name standing after a title word at ``tokens[i - 1]``."""
    k = i
    while k < len(tokens) and k - i < 5:
        token = tokens[k]
        if token.kind != WORD or not token.text.isascii():
            break
        if not (token.text[0].isupper() or token.key in lex.LATIN_PARTICLES):
            break
        k += 1
    while k > i and tokens[k - 1].key in lex.LATIN_PARTICLES:
        k -= 1
    return k if k - i >= 2 else i


_NAME_STARTS = lex.HONORIFICS | lex.GIVEN_NAMES | lex.COMPOUND_FIRST | lex.ABD | lex.LATIN_TITLES
"""Every word a name, or the honorific or title word before a Latin name, starts with."""


def people(text: str, tokens: Sequence[Token], sentence_of: Sequence[int]) -> list[Person]:
    """Every person named in the text, with the post and institution written beside the name."""
    found: list[Person] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.kind != WORD or (
            _NAME_STARTS.isdisjoint(token.forms) and (i == 0 or tokens[i - 1].key not in {"،", ","})
        ):
            i += 1  # most words start no name
            continue
        if token.key in lex.LATIN_TITLES and i + 1 < len(tokens):
            end = _latin_person(text, tokens, i + 1)
            if end > i + 1:
                found.append(
                    Person(
                        _found(text, tokens, i + 1, end - 1),
                        _found(text, tokens, i, i),
                        True,
                        sentence_of[i],
                    )
                )
                i = end
                continue
        honorific = token.kind == WORD and _in(token, lex.HONORIFICS)
        start = i + 1 if honorific else i
        if start >= len(tokens):
            break
        end = _name_at(text, tokens, start, honorific)
        if end == start and not honorific:
            end = _name_after_title(text, tokens, start)
        # صندوق محمد السادس: a name in construct with an institution is part of its name
        after_head = (
            start > 0
            and _in(tokens[start - 1], lex.ORGANIZATION_HEADS)
            and not tokens[start - 1].forms[-1].startswith("ال")
        )
        if end == start or after_head:
            i += 1
            continue
        skip = _prefix_length(tokens[start], lex.GIVEN_NAMES) if not honorific else 0
        if honorific and tokens[start].key != forms(tokens[start])[-1]:
            skip = 0
        name = _found(text, tokens, start, end - 1, skip)
        post_span = _post_before(tokens, start, adjacent=True) or (
            _post_after(text, tokens, end) or _post_before(tokens, start, adjacent=False)
        )
        post: Found | None = None
        if post_span is not None:
            first, last = post_span
            head_skip = _prefix_length(tokens[first], lex.TITLE_HEADS)
            post = _found(text, tokens, first, last, head_skip)
        before = tokens[i - 1] if i > 0 else None
        anchored = (
            honorific
            or post is not None
            or (
                before is not None
                and before.kind == WORD
                and (_in(before, lex.SPEECH_VERBS) or _in(before, lex.PRESENCE))
            )
        )
        found.append(Person(name, post, anchored, sentence_of[start]))
        i = end
    return found


# Institutions


def _quoted(tokens: Sequence[Token], j: int) -> int | None:
    """The index of the closing quote of a quotation opening at ``tokens[j]``."""
    if j >= len(tokens) or tokens[j].key not in _OPEN_QUOTES:
        return None
    k = j + 1
    while k < len(tokens) and k - j <= _MAX_NAME_WORDS:
        if tokens[k].key in _CLOSE_QUOTES:
            return k if k > j + 1 else None
        k += 1
    return None


def _latin_name(tokens: Sequence[Token], j: int) -> int:
    """The index after a run of Latin words (a company name: Mistral AI, AXA GO, G42)."""
    k = j
    while k < len(tokens) and k - j < 6 and tokens[k].text.isascii():
        token = tokens[k]
        joined = k > j and tokens[k - 1].end == token.start
        if (
            (token.kind == WORD and (token.text[0].isupper() or (joined and k > j)))
            or (token.kind == NUMBER and joined)
            or (token.key in {"&", ".", "-"} and k > j)
        ):
            k += 1
        else:
            break
    while k > j and tokens[k - 1].kind == MARK:
        k -= 1
    return k


def _phrase_end(tokens: Sequence[Token], j: int) -> int:
    """The index after the words of an Arabic institution name starting at ``tokens[j]``."""
    k = j + 1
    while k < len(tokens) and k - j < _MAX_NAME_WORDS:
        token = tokens[k]
        if token.kind != WORD:
            break
        if any(
            _in(token, words)
            for words in (
                lex.STOPWORDS,
                lex.TITLE_HEADS,
                lex.HONORIFICS,
                lex.SPEECH_VERBS,
                lex.SIGNING,
                lex.CREATION,
                lex.PRESENCE,
            )
        ):
            break
        if k > j + 1 and _given(tokens, k):
            break
        if any(_agreement_at(tokens, k)) or _in(token, lex.ORGANIZATION_HEADS):
            break
        k += 1
    return k


def institutions(
    text: str, tokens: Sequence[Token], sentence_of: Sequence[int]
) -> list[Institution]:
    """Every institution named after a word such as وزارة، الوكالة، صندوق، شركة، مجموعة."""
    found: list[Institution] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        head = next((form for form in forms(token) if form in lex.ORGANIZATION_HEADS), None)
        if token.kind != WORD or head is None:
            i += 1
            continue
        kind = lex.ORGANIZATION_HEADS[head]
        closing = _quoted(tokens, i + 1)
        if closing is not None:
            found.append(
                Institution(_found(text, tokens, i + 2, closing - 1), kind, sentence_of[i])
            )
            i = closing + 1
            continue
        latin_end = _latin_name(tokens, i + 1)
        if latin_end > i + 1:
            found.append(
                Institution(_found(text, tokens, i + 1, latin_end - 1), kind, sentence_of[i])
            )
            i = latin_end
            continue
        if head in lex.GENERIC_HEADS:
            i += 1
            continue
        end = _phrase_end(tokens, i)
        definite = any(
            form.startswith("ال") or tokens[k].key.startswith(("لل", "بال", "وال"))
            for k in range(i + 1, end)
            for form in forms(tokens[k])[:1]
        ) or (end > i + 1 and _given(tokens, i + 1) > 0)
        if end > i + 1 and definite:
            skip = _prefix_length(token, lex.ORGANIZATION_HEADS)
            found.append(Institution(_found(text, tokens, i, end - 1, skip), kind, sentence_of[i]))
        i = max(end, i + 1)
    return found


# Places, agreements, facilities


def _phrase_at(
    tokens: Sequence[Token], i: int, phrase: Sequence[str], *, prefixed: bool = True
) -> bool:
    if i + len(phrase) > len(tokens):
        return False
    for offset, word in enumerate(phrase):
        token = tokens[i + offset]
        candidates = forms(token) if offset == 0 and prefixed else (token.key,)
        if word not in candidates:
            return False
    return True


def _by_first(
    phrases: Sequence[tuple[tuple[str, ...], Any]],
) -> dict[str, list[tuple[tuple[str, ...], Any]]]:
    index: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
    for phrase, value in phrases:
        index.setdefault(phrase[0], []).append((phrase, value))
    return index


_AGREEMENTS = _by_first(lex.AGREEMENTS)
_FACILITIES = _by_first(lex.FACILITIES)


def _longest(
    tokens: Sequence[Token], i: int, index: dict[str, list[tuple[tuple[str, ...], Any]]]
) -> tuple[int, Any] | None:
    """The longest phrase of ``index`` standing at ``tokens[i]``, and its value."""
    if tokens[i].kind != WORD:
        return None
    best: tuple[int, Any] | None = None
    for form in forms(tokens[i]):
        for phrase, value in index.get(form, ()):
            if _phrase_at(tokens, i, phrase) and (best is None or len(phrase) > best[0]):
                best = (len(phrase), value)
    return best


def _agreement_at(tokens: Sequence[Token], i: int) -> tuple[int, AgreementKind] | tuple[()]:
    return _longest(tokens, i, _AGREEMENTS) or ()


_PLACE_PHRASES = sorted((tuple(key.split()) for key in lex.PLACES), key=len, reverse=True)


def places(
    text: str, tokens: Sequence[Token], sentence_of: Sequence[int], extra: Sequence[str] = ()
) -> list[PlaceFound]:
    """Every place of :data:`~._lexicon.PLACES` (and ``extra`` normalised names) in the text."""
    phrases = sorted(
        {*_PLACE_PHRASES, *(tuple(name.split()) for name in extra)}, key=len, reverse=True
    )
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            by_first.setdefault(phrase[0], []).append(phrase)
    found: list[PlaceFound] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        matched = None
        if token.kind == WORD:
            for form in forms(token):
                for phrase in by_first.get(form, ()):
                    if _phrase_at(tokens, i, phrase):
                        matched = phrase
                        break
                if matched:
                    break
        if matched is None:
            i += 1
            continue
        last = i + len(matched) - 1
        skip = _prefix_length(token, {matched[0]}) if token.key != matched[0] else 0
        found.append(
            PlaceFound(_found(text, tokens, i, last, skip), " ".join(matched), sentence_of[i])
        )
        i = last + 1
    return found


def agreements(
    text: str, tokens: Sequence[Token], sentence_of: Sequence[int]
) -> list[AgreementFound]:
    """Instruments (مذكرة تفاهم، بروتوكول اتفاق …) named in a sentence that reports a signing."""
    signed = {sentence_of[k] for k, token in enumerate(tokens) if _in(token, lex.SIGNING)}
    found: list[AgreementFound] = []
    i = 0
    while i < len(tokens):
        hit = _agreement_at(tokens, i) if sentence_of[i] in signed else ()
        if not hit:
            i += 1
            continue
        length, kind = hit
        last = i + length - 1
        if last + 1 < len(tokens) and tokens[last + 1].key in lex.AGREEMENT_ADJECTIVES:
            last += 1
        skip = 0
        if tokens[i].key != forms(tokens[i])[-1] and len(forms(tokens[i])) > 1:
            first_word = next(
                (phrase[0] for phrase, _ in lex.AGREEMENTS if phrase[0] in forms(tokens[i])), None
            )
            if first_word is not None and tokens[i].key != first_word:
                skip = _prefix_length(tokens[i], {first_word})
        found.append(AgreementFound(_found(text, tokens, i, last, skip), kind, sentence_of[i]))
        i = last + 1
    return found


_CENTRE = frozenset({"مركز", "مركزا", "المركز"})


def facilities(
    text: str, tokens: Sequence[Token], sentence_of: Sequence[int]
) -> list[FacilityFound]:
    """Facilities (مركز بيانات، مختبر، مركز “…” …) named in a sentence about making them."""
    making = {sentence_of[k] for k, token in enumerate(tokens) if _in(token, lex.CREATION)}
    found: list[FacilityFound] = []
    i = 0
    while i < len(tokens):
        if sentence_of[i] not in making or tokens[i].kind != WORD:
            i += 1
            continue
        if _in(tokens[i], _CENTRE):
            closing = _quoted(tokens, i + 1)
            if closing is not None:
                found.append(
                    FacilityFound(
                        _found(text, tokens, i + 2, closing - 1), FacilityKind.HUB, sentence_of[i]
                    )
                )
                i = closing + 1
                continue
        best = _longest(tokens, i, _FACILITIES)
        if best is None:
            i += 1
            continue
        length, kind = best
        last = i + length - 1
        # the words that describe it: "مركز بيانات ضخم في مدينة الداخلة"
        k = last + 1
        while k < len(tokens) and k - last <= 4 and tokens[k].kind == WORD:
            if _in(tokens[k], lex.STOPWORDS) and tokens[k].key != "في":
                break
            if _in(tokens[k], lex.CREATION) or _in(tokens[k], lex.SIGNING):
                break
            key = tokens[k].key
            if key.startswith("ل") and not key.startswith("لل"):
                break  # لتقديم: what it is for, not what it is
            k += 1
        while k - 1 > last and tokens[k - 1].key in {"في", "مع", "من"}:
            k -= 1
        skip = _prefix_length(tokens[i], {phrase[0] for phrase, _ in lex.FACILITIES})
        found.append(FacilityFound(_found(text, tokens, i, k - 1, skip), kind, sentence_of[i]))
        i = k
    return found
