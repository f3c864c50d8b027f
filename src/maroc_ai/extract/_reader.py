"""One article as the heuristics read it: its tokens, sentences, paragraphs and citations.

The :class:`Reader` blanks out page furniture (teasers of other articles,
newsletter and comment prompts), splits the rest into tokens and sentences once,
and answers what every heuristic asks: which sentence holds an offset, which words a
sentence has, which language a paragraph is in, and how to cite the article.
"""

from __future__ import annotations

import bisect
import collections
import itertools
import operator
import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..dataset import Dataset
from ..text import normalize
from ..text._tokens import MARK, NUMBER, WORD, Remembered, Token, tokenize
from ..text._tokens import key as key_of
from ..values import Citation
from ._ids import Ids
from ._language import ENGLISH_WORDS, FRENCH_WORDS, SAMPLE
from ._latin import Word, is_latin, latin_sentences, words_of
from ._lexicon import WORDS
from ._roles import (
    GIVEN,
    KEY_ROLES,
    with_goal_verbs,
    with_phrases,
    with_presence_followed,
    without_misspellings,
    without_names,
    without_pronoun_heads,
)
from ._spans import CLOSE_QUOTES, OPEN_QUOTES

__all__ = ["MAX_SENTENCE", "MENTIONS", "Reader", "mask_furniture", "sentences", "split"]

_SENTENCE_MARKS = frozenset({".", "!", "?", "؟", "؛"})
MAX_SENTENCE = 120
"""Tokens in a sentence at most: a longer run without a full stop is cut into pieces,
so that the work done per sentence stays bounded whatever the input."""

MENTIONS = 50
"""How many mentions of one thing are read for its record's citations: an article names a
thing a few times, and a text that names it thousands of times says nothing more."""

_TEASER_ENDS = ("...", "…")


def mask_furniture(text: str) -> str:
    """The text with its page furniture blanked out, offsets kept.

    A line is furniture when it holds a newsletter, comment or "read also" prompt, or
    when it ends in an ellipsis (the truncated teaser of another article).
    """
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if stripped and _byline(stripped):
            out.append(_blank_byline(line))
        elif stripped and (stripped.endswith(_TEASER_ENDS) or _furniture(stripped)):
            out.append(" " * len(body) + line[len(body) :])
        else:
            out.append(line)
    return "".join(out)


def _blank_byline(line: str) -> str:
    """A byline with its name and outlet blanked and its date kept, offsets kept.

    "Par Rachid Amrani | LE MATIN | 11/06/2030": who wrote it and for whom are no one
    the article is about; the date is the article's.
    """
    pieces, start = [], 0
    for match in [*_BYLINE_END.finditer(line), None]:
        end = len(line.rstrip("\r\n")) if match is None else match.start()
        piece = line[start:end]
        pieces.append(piece if any(char.isdigit() for char in piece) else " " * len(piece))
        if match is not None:
            pieces.append(line[match.start() : match.end()])
            start = match.end()
    return "".join(pieces) + line[len(line.rstrip("\r\n")) :]


_FURNITURE_LINE = 160
"""Lines of furniture are short: longer lines are paragraphs, and are not looked into."""
_BYLINE_WORDS = 5
"""Words a byline line has at most: "By" and a name or two."""
_BYLINE_END = re.compile(r"\s+[|•–—-]\s+|,\s+|\s+(?:le|on|في)\s+(?=\d)")
"""What ends the name in a byline and starts the outlet or the date: "Par X | LE MATIN",
"Par X le 14/11/2029", "By X, Reuters"."""


_BYLINE_PIECES = re.compile(r"\s+[|•]\s+")
"""What parts a line of a date, a byline and an outlet: "Publié le … | Par X"."""


def _furniture(line: str) -> bool:
    """Whether a line is a prompt: a phrase of furniture in it, as words of their own.

    A sentence that ends with a full stop is furniture only when short: "The pilot
    will involve 5,000 subscribers." and "Le Maroc veut partager son expérience." are
    the article's.
    """
    if len(line) > _FURNITURE_LINE or (line.endswith((".", "!", "?", "؟")) and len(line) > 60):
        return False
    words = normalize(line).split()
    key = f" {' '.join(words)} "
    return any(f" {phrase} " in key for phrase in WORDS.furniture)


def _byline(line: str) -> bool:
    """Whether a line is a byline: "By Rania Filali", "Par R. Amrani | LE MATIN | 11/06/2030".

    Its first words, up to the outlet or the date, are a word of ``bylines`` and names;
    or a piece of it after a bar is one: "Publié le 15 juin 2034 à 09h40 | Par X".
    """
    if len(line) > _FURNITURE_LINE:
        return False
    if normalize(line.split(maxsplit=1)[0]) not in WORDS.bylines:
        pieces = _BYLINE_PIECES.split(line)  # most lines: no word of a byline first
        return len(pieces) > 1 and any(_byline(piece) for piece in pieces[1:])
    head = _BYLINE_END.split(line, maxsplit=1)[0]
    words = normalize(head).split()
    return (
        bool(words) and words[0] in WORDS.bylines and len(words) <= _BYLINE_WORDS and _names(head)
    )


def _names(line: str) -> bool:
    """Whether the words of a line after its first are names: capitalised, no digits.

    "By Rania Filali" is a byline; "By 2030: 50,000 engineers" and "Par ailleurs" are not.
    """
    rest = line.split()[1:]
    return bool(rest) and all(
        (word[0].isupper() or word[0] >= "\u0600" or word in {"et", "and", "و"})
        and not any(char.isdigit() for char in word)
        for word in rest
    )


def sentences(tokens: Sequence[Token], text: str) -> list[int]:
    """The sentence number of each token (see :func:`split`)."""
    return split(tokens, text)[0]


def _domain_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether the full stop ``tokens[k]`` joins a name to its domain: "Kounouz.ma"."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        after is not None
        and after.start == tokens[k].end
        and after.kind == WORD
        and after.text[:1].islower()
        and tokens[k - 1].kind == WORD
    )


_CLOSING = CLOSE_QUOTES | {"’", ")", "]"}
"""Marks that close a quotation or brackets, written against a sentence's last mark."""


def _closed(tokens: Sequence[Token], k: int) -> int:
    """The index after the closing marks written against ``tokens[k - 1]``, from ``k``."""
    while k < len(tokens) and tokens[k].key in _CLOSING and tokens[k].start == tokens[k - 1].end:
        k += 1
    return k


def _dotted_letter(tokens: Sequence[Token], index: int) -> bool:
    """Whether the full stop at ``tokens[index]`` is inside letters written with full stops.

    "S.p.A.": a single letter after a full stop, and another letter right after it.
    """
    if (
        index < 2
        or index + 1 >= len(tokens)
        or tokens[index + 1].start != tokens[index].end
        or tokens[index + 1].kind != WORD
        or len(tokens[index + 1].text) != 1
    ):
        return False  # "… at 10 a.m. The minister": the last one ends the sentence
    letter, before = tokens[index - 1], tokens[index - 2]
    return (
        letter.kind == WORD
        and len(letter.text) == 1
        and before.key == "."
        and before.end == letter.start
    )


def split(tokens: Sequence[Token], text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The sentence number of each token, and each sentence's first and last token + 1.

    Sentences end at . ! ? ؛ and at line breaks; a full stop after an abbreviation
    ("M.", "Dr.", "Inc.") or a single capital letter ends none, nor one after a lowercase
    letter between full stops ("S.p.A."), nor one written between a
    word and a lowercase one ("Kounouz.ma"), nor does a semicolon
    between the items of a list a colon opens ("كل من: X، …؛ وY، …"). Sentences are numbered
    from 0 in order, one after the other; none is longer than :data:`MAX_SENTENCE`.
    Only the marks and the line breaks are looked at, not every token.
    """
    count = len(tokens)
    if not count:
        return [], []
    abbreviations = WORDS.abbreviations
    starts = list(map(_START, tokens))
    marks = list(
        itertools.compress(itertools.count(), map(_SENTENCE_MARKS.__contains__, map(_KEY, tokens)))
    )
    cuts = set(map((1).__add__, marks))
    lines = [bisect.bisect_left(starts, match.start()) for match in _NEWLINE.finditer(text)]
    semicolons = any(tokens[k].key == "؛" for k in marks)
    colons = [k for k, token in enumerate(tokens) if token.key == ":"] if semicolons else []
    kept = 0  # the first token of the sentence the marks are read in
    for index in marks:
        token = tokens[index]
        if index > 0 and token.key == "." and tokens[index - 1].end == token.start:
            previous = tokens[index - 1]
            if (
                previous.key in abbreviations
                or (previous.kind == WORD and len(previous.text) == 1 and previous.text.isupper())
                or _dotted_letter(tokens, index)
                or (previous.kind == NUMBER and _goes_on(tokens, index))
                or _domain_at(tokens, index)
            ):
                cuts.discard(index + 1)  # M. Alaoui, J. Doe, "le 12. 3", Kounouz.ma
        if token.key == "؛":
            line = bisect.bisect_right(lines, index) - 1
            if _listing(colons, max(kept, lines[line] if line >= 0 else 0), index):
                cuts.discard(index + 1)  # "ووقع المذكرة كل من: X، …؛ وY، …؛": one list
        if index + 1 in cuts:
            after = _closed(tokens, index + 1)
            if after != index + 1:  # «… ce bâtiment."», "(… 2040.)": the quote closes it
                cuts.discard(index + 1)
                cuts.add(after)
            kept = after
    cuts.update(lines)
    # A cut ends a sentence when words or numbers stand since the one before: ". . ." and
    # "***" make no sentence of their own, but start the next.
    held = list(itertools.accumulate(map(MARK.__ne__, map(_KIND, tokens)), initial=0))
    ordered = sorted(cut for cut in cuts if 0 < cut < count)
    at_cuts = list(map(held.__getitem__, ordered))
    real = itertools.compress(ordered, map(operator.gt, at_cuts, [0, *at_cuts[:-1]]))
    ranges: list[tuple[int, int]] = []
    first = 0
    for cut in [*real, count]:
        while cut - first > MAX_SENTENCE:
            ranges.append((first, first + MAX_SENTENCE))
            first += MAX_SENTENCE
        ranges.append((first, cut))
        first = cut
    numbers = list(
        itertools.chain.from_iterable(
            itertools.repeat(number, last - first) for number, (first, last) in enumerate(ranges)
        )
    )
    return numbers, ranges


def _listing(colons: list[int], first: int, index: int) -> bool:
    """Whether a colon stands between ``first`` and the semicolon at ``index``.

    The semicolon then separates the items of a list, not two sentences.
    """
    at = bisect.bisect_left(colons, first)
    return at < len(colons) and colons[at] < index


def _goes_on(tokens: Sequence[Token], index: int) -> bool:
    """Whether a sentence goes on after the full stop at ``tokens[index]``, after a number.

    "d'ici 2028. Datawave …" ends one; a lowercase word or another number after the
    stop does not start another.
    """
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    return following.kind == NUMBER or (following.kind == WORD and following.text[0].islower())


_NEWLINE = re.compile(r"\n\s*")
_FRENCH = frozenset(normalize(word) for word in FRENCH_WORDS)
_ENGLISH = frozenset(ENGLISH_WORDS)
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_KEY = operator.attrgetter("key")
_KIND = operator.attrgetter("kind")
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


_TEXT = operator.attrgetter("text")
_FORMS = operator.attrgetter("forms")
_FIRST = operator.itemgetter(0)
_LAST = operator.itemgetter(1)


_SHIFT = 64
_FIELD = (1 << _SHIFT) - 1


def _counts(text: str) -> int:
    """What a word's text adds to the counts that tell a paragraph's language.

    One integer holds the four counts, each in its own 64 bits: letters in Arabic
    script, letters in Latin script, common French words, common English words; so a
    paragraph's counts are one sum over its tokens.
    """
    if text[0] >= "\u0600":
        return len(text)
    key = key_of(text) if len(text) <= 64 else normalize(text)
    french = 1 if key in _FRENCH else 0
    english = 1 if not french and key in _ENGLISH else 0
    return (len(text) << _SHIFT) | (french << 2 * _SHIFT) | (english << 3 * _SHIFT)


_SAMPLE = Remembered(_counts)


NEAR = 6000
"""Characters on each side of some words looked at for them written again (about a
news article's length)."""


_QUOTATION_TOKENS = 5
"""Tokens a quotation holds at least."""
_QUOTE_REACH = 2000
"""How many characters back a quotation opened before a sentence is looked for."""
_QUOTE_MARKS = OPEN_QUOTES | CLOSE_QUOTES


class Reader:
    """An article read once for every heuristic.

    Attributes:
        text: The article as given; every span is an offset into it.
        masked: The text with its page furniture blanked (same length).
        tokens: The tokens of ``masked``.
        sentence_of: The sentence number of each token.
        language: The language most of the article is in.

    """

    def __init__(self, text: str, source_id: str, dataset: Dataset | None) -> None:
        self.text = text
        self.source = source_id
        self.dataset = dataset
        self.ids = Ids(dataset)
        self.masked = mask_furniture(text)
        self.tokens: list[Token] = tokenize(self.masked)
        self._starts: list[int] | None = None
        keys = list(map(_KEY, self.tokens))
        roles = list(map(KEY_ROLES.__getitem__, keys))
        roles = without_misspellings(self.tokens, without_names(self.tokens, roles))
        roles = without_pronoun_heads(self.tokens, roles)
        roles = with_presence_followed(self.tokens, roles)
        self.roles = with_goal_verbs(keys, with_phrases(keys, roles))
        """What part each token can play (bits of :mod:`._roles`)."""
        self.sentence_of, ranges = split(self.tokens, self.masked)
        self.language = self._language(0, len(self.masked))
        """The language of the article's first 2000 characters (see :func:`language_of`)."""
        self.arabic = _ARABIC_LETTER.search(self.masked) is not None
        """Whether the text has a word in Arabic letters: the Arabic scanners have nothing
        to read in one that has none."""
        self.events: set[str] = set()
        """The keys of the initials of events named in the text ("MDS"): no institution's."""
        self.year: int | None = None
        self.token_range = dict(enumerate(ranges))
        """The first token and the last + 1 of each sentence, by number."""
        tokens = self.tokens
        self.start_offsets = list(map(_START, map(tokens.__getitem__, map(_FIRST, ranges))))
        ends = map(_END, map(tokens.__getitem__, map((-1).__add__, map(_LAST, ranges))))
        self.bounds = dict(enumerate(zip(self.start_offsets, ends, strict=True)))
        """Where each sentence starts and ends in the text, by number."""
        self._words: dict[int, frozenset[str]] = {}
        self._paragraphs: tuple[list[int], list[str]] | None = None
        """Where each paragraph with words starts, and its language."""
        self._latin: dict[int, list[Word]] = {}
        self.latin_sentences = latin_sentences(self.tokens, self.sentence_of)
        """The sentences with a capitalised word in Latin letters, which the Latin scanners read."""
        self._where: dict[int, list[int]] = {}
        self._citations: dict[tuple[str, tuple[str, ...]], Citation] = {}
        self._surnames: frozenset[str] | None = None
        self._quotations: dict[int, list[tuple[int, int]]] = {}

    def where(self, bits: int) -> list[int]:
        """The indices of the tokens that can play one of the roles ``bits``, in order."""
        found = self._where.get(bits)
        if found is None:
            some = self._where.get(-1)  # most tokens play no role: only the others are looked at
            if some is None:
                some = self._where[-1] = list(itertools.compress(itertools.count(), self.roles))
            roles = map(self.roles.__getitem__, some)
            found = self._where[bits] = list(itertools.compress(some, map(bits.__and__, roles)))
        return found

    def written_near(
        self, start: int, end: int, *, before: bool = True, after: bool = True
    ) -> bool:
        """Whether the words at ``start:end`` are written again near them.

        Only `NEAR` characters on either side are looked at: an article repeats its
        names within its length, and a text of any length is read in linear time.
        """
        masked = self.masked
        words = masked[start:end]
        return (before and masked.find(words, max(0, start - NEAR), start) != -1) or (
            after and masked.find(words, end, end + NEAR + len(words)) != -1
        )

    @property
    def surnames(self) -> frozenset[str]:
        """The keys of the capitalised Latin words written after a given name in the text.

        "Amina Lamghari" makes "Lamghari" alone, later, a person's name ("signed by
        Lamghari and …"), not the first word of an institution's.
        """
        if self._surnames is None:
            found = set()
            tokens = self.tokens
            for k in self.where(GIVEN):  # the tokens that may be a given name, not every one
                token = tokens[k]
                if token.kind != WORD or token.key not in WORDS.given_names:
                    continue
                n = k + 1
                while (
                    n < len(tokens)
                    and n - k <= 3
                    and tokens[n].kind == WORD
                    and tokens[n].text[:1].isupper()
                    and tokens[n].text.isascii()
                ):
                    found.add(tokens[n].key)
                    n += 1
            self._surnames = frozenset(found)
        return self._surnames

    def latin(self, number: int) -> list[Word]:
        """The words of a sentence, hyphenated and glued pieces joined (see :mod:`._latin`).

        In a sentence written mostly in Arabic, only the stretches in Latin letters (and
        the marks around them) are given, a mark with the key ``"|"`` between two: the
        Latin scanners have nothing to read in the Arabic words.
        """
        found = self._latin.get(number)
        if found is None:
            first, last = self.token_range[number]
            found = self._latin[number] = self._latin_words(first, last)
        return found

    def _latin_words(self, first: int, last: int) -> list[Word]:
        tokens = self.tokens
        if not _ARABIC_LETTER.search(self.masked, tokens[first].start, tokens[last - 1].end):
            return words_of(self.masked, tokens, first, last)
        latin = [k for k in range(first, last) if is_latin(tokens[k])]
        arabic = sum(1 for t in tokens[first:last] if t.kind == WORD and t.text[0] >= "\u0600")
        if len(latin) * 2 >= arabic:
            return words_of(self.masked, tokens, first, last)
        words: list[Word] = []
        k = 0
        while k < len(latin):
            start = end = latin[k]
            while k + 1 < len(latin) and latin[k + 1] - end <= 3:
                k += 1
                end = latin[k]
            while start > first and tokens[start - 1].kind != WORD:
                start -= 1
            while end + 1 < last and tokens[end + 1].kind != WORD:
                end += 1
            if words:
                words.append(
                    Word(MARK, "", "|", tokens[start].start, tokens[start].start, start, start)
                )
            words += words_of(self.masked, tokens, start, end + 1)
            k += 1
        return words

    def words(self, number: int) -> frozenset[str]:
        """The normalised words of a sentence (and their forms without a joined prefix)."""
        found = self._words.get(number)
        if found is None:
            first, last = self.token_range[number]
            found = frozenset(itertools.chain.from_iterable(map(_FORMS, self.tokens[first:last])))
            self._words[number] = found
        return found

    def quotations(self, number: int) -> list[tuple[int, int]]:
        """The spans of tokens sentence ``number`` quotes someone in, its marks left out.

        A quotation opened in a sentence before, in the same paragraph, starts at the
        sentence's first word: '"… index cards. Tomorrow, we want them to train their
        own models," said the dean, …'. Fewer than `_QUOTATION_TOKENS` tokens are a name
        or words set apart ('a "smart" grid'), no quotation.
        """
        found = self._quotations.get(number)
        if found is None:
            found = self._quotations[number] = self._quoted_in(number)
        return found

    def _quoted_in(self, number: int) -> list[tuple[int, int]]:
        first, last = self.token_range[number]
        tokens, text = self.tokens, self.masked
        start, end = self.bounds[number]
        if not any(mark in text[start:end] for mark in _QUOTE_MARKS):
            return []
        back = max(0, start - _QUOTE_REACH)
        line = text.rfind("\n", back, start)
        before = text[line + 1 if line >= 0 else back : start]
        opened = (
            before.count('"') % 2 == 1
            or before.count("«") > before.count("»")
            or before.count("“") > before.count("”")
        )
        spans: list[tuple[int, int]] = []
        open_at = first if opened else None
        for i in range(first, last):
            mark = tokens[i].key
            if (mark == '"' and open_at is None) or (mark != '"' and mark in OPEN_QUOTES):
                open_at = i + 1
            elif mark in CLOSE_QUOTES:
                if open_at is not None:
                    spans.append((open_at, i))
                open_at = None
        if open_at is not None:
            spans.append((open_at, last))
        return [(a, b) for a, b in spans if b - a >= _QUOTATION_TOKENS]

    def sentence(self, number: int) -> str:
        """The words of a sentence as written."""
        start, end = self.bounds[number]
        return self.text[start:end]

    def sentence_at(self, offset: int) -> int | None:
        """The sentence that holds the character at ``offset``, if any."""
        number = bisect.bisect_right(self.start_offsets, offset) - 1
        if number < 0:
            return None
        return number if offset < self.bounds[number][1] else None

    def token_at(self, offset: int) -> int | None:
        """The index of the token that starts at ``offset``, if one does."""
        index = self.first_token(offset)
        return index if index < len(self.tokens) and self.tokens[index].start == offset else None

    def first_token(self, offset: int) -> int:
        """The index of the first token that starts at ``offset`` or after it."""
        if self._starts is None:
            self._starts = list(map(_START, self.tokens))
        return bisect.bisect_left(self._starts, offset)

    def by_sentence(self, mentions: Iterable[Any]) -> dict[int, list[Any]]:
        """Mentions (with ``start``) grouped by the sentence they start in."""
        groups: dict[int, list[Any]] = collections.defaultdict(list)
        for mention in mentions:
            number = self.sentence_at(mention.start)
            if number is not None:
                groups[number].append(mention)
        return groups

    def language_at(self, offset: int) -> str:
        """The language of the paragraph that holds ``offset`` (see :func:`language_of`).

        Told from the paragraph's tokens, read once: its letters in Arabic and in Latin
        script, and its commonest short words of French and of English.
        """
        if self._paragraphs is None:
            self._paragraphs = ([], [])
            start = 0
            for paragraph in self.masked.split("\n"):
                if paragraph.strip():
                    self._paragraphs[0].append(start)
                    self._paragraphs[1].append(self._language(start, start + len(paragraph)))
                start += len(paragraph) + 1
        starts, languages = self._paragraphs
        index = bisect.bisect_right(starts, offset) - 1
        return languages[index] if index >= 0 else self.language

    def _language(self, start: int, end: int) -> str:
        tokens = self.tokens[self.first_token(start) : self.first_token(min(end, start + SAMPLE))]
        words = itertools.compress(tokens, map(WORD.__eq__, map(_KIND, tokens)))
        counts = sum(map(_SAMPLE.__getitem__, map(_TEXT, words)))
        arabic = counts & _FIELD
        latin = (counts >> _SHIFT) & _FIELD
        french = (counts >> 2 * _SHIFT) & _FIELD
        english = counts >> 3 * _SHIFT
        if arabic >= latin:
            return "ar"
        return "fr" if french > english else "en"

    def cite(self, quote: str, fields: Iterable[str] = ()) -> Citation:
        """A citation of the article: ``quote`` verbatim, supporting ``fields``.

        A citation is a value: the article's sentences, cited again and again, share one.
        """
        key = (quote, tuple(dict.fromkeys(fields)))
        found = self._citations.get(key)
        if found is None:
            found = self._citations[key] = Citation(source=self.source, quote=quote, fields=key[1])
        return found
