"""Finding the people an article names, and the post written beside each name.

Names and posts are found apart, then put together sentence by sentence:

* An Arabic name starts with a given name (or follows السيد/السيدة) and runs on
  through the words that can be surnames. A French or English name is a run of
  capitalised words (with their particles: El, Ben, Ait, de), anchored by a given
  name, an honorific (M., Mme, Dr, Mr), a title, a verb of speaking ("a déclaré",
  said), or a word that introduces people ("en présence de", "signé par", "by").
* A post starts with a title word (وزير، ministre, directeur, minister, CEO) and
  runs on through the words of its field and institution, up to a comma, a verb or
  the next name. In English the words before the title word belong to it too
  ("Agriculture Minister", "Sandcrest Power founder and CEO").
* A post written right before a name, with nothing between, is that person's.
  Otherwise names and posts that follow each other with only commas, "and",
  articles or honorifics between form a chain: a chain that starts with a post
  gives each post to the name after it ("the minister of X, A, and the president
  of Y, B"), a chain that starts with a name gives each post to the name before it
  ("A, minister of X, B, president of Y"), so that no one receives the next
  person's post. A chain may turn: after a name that follows a name, posts follow
  their names; a post with an article or "و" after a person's post, or after a name
  that has one, starts another person.

Every scanner moves forward (looking back or ahead a bounded number of words), so
the time taken grows linearly with the text.
"""

from __future__ import annotations

import bisect
import collections
import itertools
import operator
from collections.abc import Sequence
from typing import NamedTuple

from ..text import normalize
from ..text._lexicon import WORDS as DATE_WORDS
from ..text._tokens import MARK, NUMBER, WORD, Token
from ._arabic_institutions import negated_adjective, verb_after_name
from ._institution import Institution
from ._latin import ARTICLES, ROMAN, Word, plural_possessive_at, possessive_at
from ._latin_institutions import DE as _FRENCH_LINKS
from ._latin_institutions import headline
from ._lexicon import WORDS
from ._reader import Reader
from ._roles import (
    AGREEMENT,
    BESIDE,
    COMMA,
    COMPOUND_FIRST,
    CREATION,
    GIVEN,
    HONORIFIC,
    KEY_ROLES,
    NAME_LINK,
    ORG_HEAD,
    PRESENCE,
    SIGNING,
    SPEECH,
    STOPWORD,
    TITLE_HEAD,
    TITLE_LINK,
    TOPIC,
)
from ._spans import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    Found,
    Spans,
    by_first,
    definite,
    found,
    has,
    longest,
    prefix_length,
)

__all__ = ["Person", "people"]

_CAPITALISED = operator.attrgetter("capitalised")
_KEY = operator.attrgetter("key")
_FIRST = operator.attrgetter("first")
_CLAUSE_MARKS = frozenset(
    {"،", ",", ".", "؛", ";", ":", "!", "?", "؟", "(", ")", "«", "»", '"', "“", "”"}
)
_COMMAS = frozenset({"،", ","})
_MAX_TITLE = 16
_MAX_LATIN_TITLE = 20
_MAX_NAME = 5
_AUXILIARIES = frozenset(
    {"a", "ont", "avait", "aurait", "has", "had", "have", "also", "egalement", "aussi"}
)
"""Words between a name and its verb: "a déclaré", "has said"."""
_INTRODUCERS = frozenset(
    {"dont", "selon", "pour", "apres", "including", "notamment", "like", "comme", "according", "to"}
)
"""Words before a name that a given name confirms: "dont Fatima-Zahra Idrissi", "selon X"."""
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "its", "his", "her", "their"})
_GAP_WORDS = (
    frozenset({"و", "et", "and", "de", "du", "d", "des", "of", "كل", "من", "عن", "'"})
    | ARTICLES
    | _POSSESSIVES
)
"""What may stand between the names and posts of one chain, besides commas and honorifics."""


class Person(NamedTuple):
    """A person named in the text, and the post written beside the name."""

    name: Found
    post: Found | None
    """The post written beside the name; the institution in it is found among the institutions."""
    anchored: bool
    """Introduced by a title, an honorific, or a verb of speaking or signing."""
    sentence: int
    other_posts: tuple[Found, ...] = ()
    """Further posts written before the name in the same chain ("المدير العام …، ورئيسها …، X")."""


class _Span(NamedTuple):
    """A name or a post, by its first and last token."""

    first: int
    last: int
    found: Found
    title: bool = False
    anchored: bool = False
    honorific: bool = False


def people(
    reader: Reader,
    institutions: Sequence[Institution],
    places: Sequence[Found] = (),
    amounts: Sequence[tuple[int, int]] = (),
) -> tuple[list[Person], list[Found]]:
    """Every person named in the text with the post written beside the name; unnamed posts.

    The posts of the people the text does not name come second ("ووزير العدل", "le
    ministre de la Justice et …").

    No name is read in an institution's name, nor in a place's ("wali de la région
    Tanger-Tétouan-Al Hoceïma": the region's name ends the post, it is no one's name),
    nor in an amount's (``amounts``, spans: "1,8 Md DH").
    """
    after_names = {reader.first_token(i.name.end) for i in institutions if _of(reader, i)}
    names = _arabic_names(reader, after_names) if reader.arabic else []
    if names:  # جامعة السلطان مولاي سليمان: the university's name, not a person's
        named = Spans([(i.name.start, i.name.end) for i in institutions])
        names = [name for name in names if not named.holds(name.found.start, name.found.end)]
    names = [name for name in names if not _site(reader, name)]
    titles = _arabic_titles(reader, names) if reader.arabic else []
    covered = Spans(
        [(i.name.start, (i.quote or i.name).end) for i in institutions]
        + [(place.start, place.end) for place in places if not place.text.isalpha()]
        + list(amounts)
    )
    ends = {i.name.start: (i.quote or i.name).end for i in institutions}
    for number in reader.latin_sentences:
        latin_names = [
            name for name in _LatinNames(reader, number, covered).scan() if not _site(reader, name)
        ]
        names += latin_names
        titles += _latin_titles(reader, number, latin_names, ends)
    found_people, unnamed = _assign(reader, names, titles)
    if all(p.post is not None for p in found_people) or not institutions:
        return found_people, unnamed
    inside = _inner_runs(institutions)
    return [
        p for p in found_people if p.post is not None or normalize(p.name.text) not in inside
    ], unnamed


def _site(reader: Reader, name: _Span) -> bool:
    """Whether a name is a site's: a noun of ``site_nouns`` stands just before or after it.

    "le directeur du site Noor Skoura", "مدير موقع نور سكورة", "the Noor Skoura complex":
    a given name starts the site's name, no person's; a post runs on through it.
    """
    tokens = reader.tokens
    before = tokens[name.first - 1] if name.first > 0 else None
    after = tokens[name.last + 1] if name.last + 1 < len(tokens) else None
    return (before is not None and not WORDS.site_nouns.isdisjoint(before.forms)) or (
        after is not None and after.text.islower() and after.key in WORDS.site_nouns
    )


def _inner_runs(institutions: Sequence[Institution]) -> set[str]:
    """The runs of words inside institutions' names, shorter than the names, normalised.

    A name with no post that is one of them is only what an institution is named for:
    "the thesis collection of the Mohammed Sekkat library", after "the Mohammed Sekkat
    University Library". A set, so that each name is looked up once however many
    institutions an article names.
    """
    runs: set[str] = set()
    for institution in institutions:
        words = normalize(institution.name.text).split()
        for length in range(2, min(len(words), _NAME_RUN + 1)):
            runs.update(" ".join(words[k : k + length]) for k in range(len(words) - length + 1))
    return runs


_NAME_RUN = 4
"""The most words of a person's name looked for inside an institution's name."""


def _of(reader: Reader, institution: Institution) -> bool:
    """Whether an Arabic institution is named after ل, as a title's is: "لشركة سولبرغ داتا"."""
    first = reader.first_token(institution.name.start)
    tokens = reader.tokens
    return (first < len(tokens) and tokens[first].text[:1] == "ل") or (
        first > 0 and tokens[first - 1].text[:1] == "ل"
    )


# Putting names and posts together


SIGNATORY_LISTS = by_first([(phrase, True) for phrase in WORDS.signatory_lists])
"""The lexicons' ``signatory_lists`` by first word: "كل من", ", par", ", by" start a list
of who signs."""


def _gap(reader: Reader, left: _Span, right: _Span) -> str | None:
    """How two spans follow each other: ``"touch"``, ``"link"`` or ``None``.

    They touch with nothing between but honorifics; they are linked by commas, "and",
    articles, honorifics and possessives.
    """
    tokens = reader.tokens
    if reader.sentence_of[left.last] != reader.sentence_of[right.first]:
        return None
    between = tokens[left.last + 1 : right.first]
    if len(between) > 8:
        return None
    if any(longest(tokens, k, SIGNATORY_LISTS) for k in range(left.last + 1, right.first)):
        return None  # "إلى جانب الوزيرة، كل من X، …": the list starts after "كل من"
    honorific = [bits & HONORIFIC for bits in reader.roles[left.last + 1 : right.first]]
    if all(h or token.key == "." for h, token in zip(honorific, between, strict=True)):
        return "touch" if left.title and not right.title else "link"
    if left.title and right.title and left.first > 0 and reader.roles[left.first - 1] & BESIDE:
        return None  # "إلى جانب الوزيرة، المدير العام …، X": the minister is someone else
    k = 0
    while k < len(between):
        key = between[k].key
        where = _where_between(between, k)
        if where:  # "Présidente de la Coopérative Zitoun Sebou, à Taounate, Fatima …"
            k += where
            continue
        if key in _COMMAS or key in _GAP_WORDS or key == "." or honorific[k]:
            k += 1
            continue
        introducer = _introducer_at(between, k)
        if introducer:  # "، الذي يشغل منصب", ", qui occupe le poste de", ", who serves as"
            k += introducer
            if k < len(between) and between[k].key in {"'", "’"}:
                k += 1  # "qui occupera le poste d'inspecteur"
            continue
        if key in DATE_WORDS.since and k + 1 < len(between) and between[k + 1].kind == NUMBER:
            k += 2  # "Directrice générale de l'AMC depuis 2024, Nadia Benchekroun"
            continue
        j = k  # a possessive: "the university's", "Lumen Academy's"
        while j < len(between) and between[j].kind == WORD and j - k < 3:
            j += 1
        if (
            j > k
            and j + 1 < len(between)
            and between[j].key in {"'", "’"}
            and between[j + 1].key == "s"
        ):
            k = j + 2
            continue
        return None
    return "link"


_WHERE = frozenset({"à", "a", "in", "at"})


def _where_between(tokens: Sequence[Token], k: int) -> int:
    """How many tokens a place set off by commas takes at ``tokens[k]`` ("à Taounate")."""
    if tokens[k].key not in _WHERE or k == 0 or tokens[k - 1].key not in _COMMAS:
        return 0
    j = k + 1
    while j < len(tokens) and j - k <= 3 and tokens[j].text[:1].isupper():
        j += 1
    return j - k if j > k + 1 and j < len(tokens) and tokens[j].key in _COMMAS else 0


_INTRODUCERS_BY_FIRST = by_first([(phrase, True) for phrase in WORDS.post_introducers])


def _introducer_at(tokens: Sequence[Token], k: int) -> int:
    """How many tokens a phrase that introduces a post takes at ``tokens[k]`` (0: none)."""
    hit = longest(tokens, k, _INTRODUCERS_BY_FIRST)
    return 0 if hit is None else hit[0]


def _assign(
    reader: Reader, names: list[_Span], titles: list[_Span]
) -> tuple[list[Person], list[Found]]:
    """Each name with its posts, and the posts no name takes, in order.

    Adjacent posts go first, then posts along chains (see the module).
    """
    names = sorted(names, key=lambda span: span.first)
    inside = {k for name in names for k in range(name.first, name.last + 1)}
    titles = sorted(
        (part for t in titles if t.first not in inside for part in _cut(reader, t, latin=False)),
        key=lambda span: span.first,
    )
    items = sorted([*names, *titles], key=lambda span: span.first)
    posts: dict[int, list[_Span]] = {}
    used: set[int] = set()
    chains: list[list[_Span]] = []
    _respectively(reader, items, posts, used)
    for index, item in enumerate(items):
        kind = _gap(reader, items[index - 1], item) if index else None
        if kind is None:
            chains.append([item])
            continue
        if kind == "touch" and not (
            index + 1 < len(items) and _honorific_alone(reader, items[index - 1])
        ):  # "الأستاذة سعاد لمراني، رئيسة جامعة …": the post after, not the address
            posts.setdefault(id(item), []).append(items[index - 1])
            used.add(id(items[index - 1]))
        chains[-1].append(item)
    for chain in (part for whole in chains for part in _turns(reader, whole)):
        _along(reader, chain, posts, used)
        _last_post_after(reader, chain, posts, used)
    result = []
    given: set[int] = set()  # the tokens of the posts given to a name
    named_in = collections.Counter(reader.sentence_of[name.first] for name in names)
    titles_at = {title.first: title for title in reversed(titles)}
    for name in names:
        # several posts before one name are held in the order written, the first first
        # ("والي جهة الشرق، عامل عمالة وجدة أنجاد، السيد خطيب الهبيل")
        found_posts = _own_posts(
            reader, sorted(posts.get(id(name), []), key=lambda span: span.first)
        )
        if len(found_posts) == 1 and _honorific_alone(reader, found_posts[0]):
            after = _post_linked_after(reader, items, name)
            if after is not None and id(after) not in used:
                # "Professor Anouar Belkadi, president of …": the post is the one after
                used.add(id(after))
                found_posts = [after]
        if not found_posts:
            said_next = _post_said_next(reader, name, named_in, titles_at, used)
            if said_next is not None:
                used.add(id(said_next))
                found_posts = [said_next]
        given.update(k for span in found_posts for k in range(span.first, span.last + 1))
        anchored = name.anchored or name.honorific or bool(found_posts)
        if not anchored and name.first > 0:
            before = reader.tokens[name.first - 1]
            anchored = before.kind == WORD and (
                has(before, WORDS.speech_verbs)
                or has(before, WORDS.presence)
                or bool(reader.roles[name.first - 1] & TOPIC)  # أما محمد أكورام … فأكد
            )
        result.append(
            Person(
                name.found,
                found_posts[0].found if found_posts else None,
                anchored,
                reader.sentence_of[name.first],
                tuple(span.found for span in found_posts[1:]),
            )
        )
    unnamed = [
        part.found
        for title in titles
        if title.first not in given
        for part in _cut(reader, title, latin=True)
    ]
    return result, unnamed


def _cut(reader: Reader, title: _Span, *, latin: bool) -> list[_Span]:
    """A post cut where a title joined to "و" (or, if ``latin``, after "and") starts another.

    "وزير التعليم العالي … والرئيس المدير العام لشركة …، X": the minister is not X. A
    post no name takes is cut at "and" and "et" too: "the Minister of Justice and the
    president of …" are two people, each unnamed, as a name would have told apart; a
    named one is not ("founder and CEO Jane Doe").
    """
    tokens, roles, text = reader.tokens, reader.roles, reader.masked
    parts, first, skip = [], title.first, title.found.start - tokens[title.first].start
    k = first + 1
    while k <= title.last:
        token = tokens[k]
        nxt = k
        if latin and token.key in {"and", "et"}:
            nxt = k + 1
            while nxt <= title.last and tokens[nxt].key in _OPENING_ARTICLES:
                nxt += 1
        if (
            nxt <= title.last
            and roles[nxt] & TITLE_HEAD
            and (nxt > k or (_title_after_wa(token) and not _possessed(token)))
        ):
            parts.append(title._replace(last=k - 1, found=found(text, tokens, first, k - 1, skip)))
            first, skip = nxt, 1 if nxt == k else 0
            k = nxt
        k += 1
    if not parts:
        return [title]
    end = found(text, tokens, first, title.last, skip)
    return [*parts, title._replace(first=first, found=end)]


_POSSESSIVE_ENDINGS = ("ها", "هما", "هم")
"""Arabic possessive suffixes of "its" and "their": "رئيسها"."""


def _possessed(token: Token) -> bool:
    """Whether an Arabic title ends with a possessive: "ورئيسها التنفيذي", its own CEO.

    "مؤسس الشركة ورئيسها التنفيذي" is one person's two posts.
    """
    return any(
        form.endswith(ending) and form[: -len(ending)] in WORDS.title_heads
        for form in token.forms
        for ending in _POSSESSIVE_ENDINGS
    )


def _post_linked_after(reader: Reader, items: list[_Span], name: _Span) -> _Span | None:
    """The post set off right after ``name`` among the spans ``items`` (in order), if any."""
    index = bisect.bisect_right(items, name.first, key=lambda span: span.first)
    if index >= len(items) or not items[index].title:
        return None
    return items[index] if _gap(reader, name, items[index]) == "link" else None


def _honorific_alone(reader: Reader, title: _Span) -> bool:
    """Whether a post is one word that is also a form of address: "Professor", "الدكتور"."""
    return title.first == title.last and bool(reader.roles[title.first] & HONORIFIC)


_OPENING_ARTICLES = frozenset({"le", "la", "l", "'", "’", "the"})


def _post_said_next(
    reader: Reader,
    name: _Span,
    named_in: collections.Counter[int],
    titles_at: dict[int, _Span],
    used: set[int],
) -> _Span | None:
    """The post that opens the sentence after a name given without one, if one does.

    "Samia Berkane a ensuite pris la parole. La présidente de la Fédération … a
    rappelé": the title, with its article and no name, is the subject of the next
    sentence, and the only person the sentence before names holds it (``named_in``:
    how many names each sentence has). A title alone ("La ministre a répondu"), or one
    written before, is someone else's, named earlier.
    """
    sentence_of = reader.sentence_of
    number = sentence_of[name.first]
    if named_in[number] > 1 or named_in[number + 1]:
        return None
    first = reader.token_range.get(number + 1, (-1, -1))[0]
    tokens = reader.tokens
    k = first
    while 0 <= k < len(tokens) and tokens[k].key in _OPENING_ARTICLES and k - first < 2:
        k += 1
    if k == first:
        return None
    title = titles_at.get(k)
    if (
        title is None
        or id(title) in used
        or title.last - title.first < 2
        or reader.written_near(title.found.start, title.found.end, after=False)
    ):
        return None
    return title


def _own_posts(reader: Reader, found: list[_Span]) -> list[_Span]:
    """The posts before one name that are its own: from the last one joined by "and".

    "والي جهة الشرق، عامل عمالة وجدة أنجاد، السيد خطيب الهبيل" gives one man both
    posts; in "والي جهة الشرق، ورئيس مجلس الجهة، عبد الحق التازي" the "و" says the
    wali is someone else, who is not named.
    """
    found = _one_persons_posts(reader, found)
    for position in range(len(found) - 1, 0, -1):
        if _joined_by_and(reader, found[position].first) or _with_article(reader, found[position]):
            return found[position:]
    return found


def _one_persons_posts(reader: Reader, found: list[_Span]) -> list[_Span]:
    """Posts joined by "et" or "and" with no article, or sharing an institution, as one.

    "le wali de la région Drâa-Tafilalet et gouverneur de la province d'Errachidia,
    Abdelhak Bennani": one man's two posts; "le wali … et le président …" are two men's,
    and so are "the Minister of … and Lumenfeld chief executive …", whose second post
    starts with its institution's name. See :func:`_shares_institution` for Arabic.
    """
    merged: list[_Span] = []
    for post in found:
        if merged and (
            _joined_without_article(reader, merged[-1], post)
            or _shares_institution(reader, merged[-1], post)
        ):
            previous = merged[-1]
            start, end = previous.found.start, post.found.end
            joined = Found(start, end, reader.masked[start:end])
            merged[-1] = previous._replace(last=post.last, found=joined)
        else:
            merged.append(post)
    return merged


def _joined_without_article(reader: Reader, previous: _Span, post: _Span) -> bool:
    """Whether a post in Latin letters follows another after "et" or "and" alone."""
    tokens = reader.tokens
    before = post.first - 1
    return (
        before == previous.last + 1
        and tokens[before].key in {"et", "and"}
        and tokens[post.first].text[0] < "\u0600"
        and (
            tokens[post.first].key in WORDS.title_heads
            or tokens[post.first].key in WORDS.title_modifiers
        )
    )


def _shares_institution(reader: Reader, previous: _Span, post: _Span) -> bool:
    """Whether an Arabic title with no field of its own takes the institution of the next.

    "المؤسس المشارك والمدير العام لشركة …": a title and its modifiers, then "و" and a
    title, are one person's posts at one company.
    """
    tokens = reader.tokens
    return (
        post.first == previous.last + 1
        and _title_after_wa(tokens[post.first])
        and has(tokens[previous.first], WORDS.title_heads)
        and all(
            has(tokens[k], WORDS.title_modifiers)
            for k in range(previous.first + 1, previous.last + 1)
        )
    )


def _with_article(reader: Reader, post: _Span) -> bool:
    """Whether a post in Latin letters follows "le", "la", "l'", "du", "the": one of several.

    In "la ministre, le directeur général de la CDG, Hamid Tounsi" each article starts
    another person; the minister is someone named before.
    """
    before = post.first - 1
    tokens = reader.tokens
    return (
        before >= 0
        and tokens[post.first].text[0] < "\u0600"
        and (
            tokens[before].key in {"le", "la", "the", "du"}
            or (tokens[before].key == "'" and before > 0 and tokens[before - 1].key == "l")
        )
    )


def _joined_by_and(reader: Reader, first: int) -> bool:
    """Whether the span starting at token ``first`` is joined by "and" to what precedes it."""
    tokens = reader.tokens
    if _after_wa(tokens[first]):
        return True  # ورئيس
    k = first - 1
    while k >= 0 and first - k <= 3 and tokens[k].key in _LINKING:
        k -= 1  # "et du président", "and the mayor"
    return k >= 0 and (tokens[k].key in _ENUMERATION or tokens[k].key == "و")


def _title_after_wa(token: Token) -> bool:
    """Whether a title is written joined to "و" ("ووزير العدل"), not one that starts so ("وزير")."""
    return _after_wa(token) and token.key not in WORDS.title_heads


def _after_wa(token: Token) -> bool:
    """Whether an Arabic word is written joined to "و" (and): ورئيس، وهندريك."""
    return token.text[:1] == "و" and len(token.forms) > 1


def _along(
    reader: Reader, chain: list[_Span], posts: dict[int, list[_Span]], used: set[int]
) -> None:
    """Give the posts of a chain to its names, the nearest post first.

    A post goes to the next name when the chain starts with a post, to the one before
    when it starts with a name. Posts already given to the name they touch, and those
    names, are passed first: in "le président du Conseil régional Omar Ben Haddou, Mme
    Aïcha Ben Slimane, directrice générale de l'ANIN" the rest starts with a name. A
    post joined by "et", "and", "و" to the post after a name is that name's too, unless
    it is a former one ("et ancien directeur de …").
    """
    start = 0
    while start < len(chain) and (
        id(chain[start]) in used if chain[start].title else id(chain[start]) in posts
    ):
        start += 1
    chain = chain[start:]
    if all(span.title for span in chain) or not any(span.title for span in chain):
        return
    before = chain[0].title
    order = range(len(chain) - 1, -1, -1) if before else range(len(chain))
    step = 1 if before else -1
    for position in order:
        title = chain[position]
        if not title.title or id(title) in used:
            continue
        if not before and _starts_another(reader, chain, position, posts):
            posts.setdefault(id(chain[position + 1]), []).append(title)
            used.add(id(title))
            continue
        if (
            not before
            and position > 0
            and not chain[position - 1].title
            and _title_after_wa(reader.tokens[title.first])
        ):
            continue  # "إدريس أمزيان، ووزير العدل": and the minister, another person
        k = position + step
        while 0 <= k < len(chain) and chain[k].title:
            k += step
        if not 0 <= k < len(chain):
            continue
        name = chain[k]
        given = posts.setdefault(id(name), [])
        if given and not before:
            previous = chain[position - 1]
            if (
                previous is given[-1]
                and _joined_by_and(reader, title.first)
                and not _former(reader, title)
            ):
                # "X, directeur de la stratégie à l'ADD et président du Cluster …": one
                # person's two posts, written as one
                start, end = previous.found.start, title.found.end
                joined = Found(start, end, reader.masked[start:end])
                given[-1] = previous._replace(last=title.last, found=joined)
                used.add(id(title))
            continue  # after a name, its first post only
        given.append(title)
        used.add(id(title))


def _turns(reader: Reader, chain: list[_Span]) -> list[list[_Span]]:
    """A chain that starts with a post, cut where a name follows a name.

    "la ministre …, Houda Lamrani, Adil El Ouazzani, directeur général des impôts,
    Mehdi …, PDG de …": after the minister, each post is written after its name. A form
    of address before the first name starts no chain of posts: in "الأستاذة سعاد
    لمراني، رئيسة جامعة …، وإيزابيل تيريو، رئيسة …" each post follows its name.
    """
    if len(chain) > 2 and _honorific_alone(reader, chain[0]) and not chain[1].title:
        return [chain[:1], chain[1:]]
    if not chain[0].title:
        return [chain]
    for position in range(2, len(chain)):
        if not chain[position].title and not chain[position - 1].title:
            return [chain[:position], chain[position:]]
    return [chain]


def _starts_another(
    reader: Reader, chain: list[_Span], position: int, posts: dict[int, list[_Span]]
) -> bool:
    """Whether the post at ``position`` of a chain is the next name's, not the last one's.

    In "X, directrice régionale de la santé, le directeur général du CHU, Y" the
    article starts another person after X's post: the post is Y's; so does "و" in "X،
    المدير العام للوكالة، ورئيس مجلس الجهة، Y". After a name that has its post already
    ("…, le président du Conseil, Y, la présidente de l'Université, Z") it does too.
    """
    post, previous = chain[position], chain[position - 1]
    return (
        0 < position < len(chain) - 1
        and (previous.title or bool(posts.get(id(previous))))
        and not chain[position + 1].title
        and (
            _with_article(reader, post)
            or (
                _title_after_wa(reader.tokens[post.first])
                and reader.tokens[post.first - 1].key in _COMMAS
            )  # not "المؤسس المشارك والمدير العام …": one person's two posts
        )
    )


def _respectively(
    reader: Reader, items: list[_Span], posts: dict[int, list[_Span]], used: set[int]
) -> None:
    """Pair a list of names with the list of posts "respectively" puts after it, in order.

    "Omar Lahbabi et Ines Wagner, respectivement PDG de Nokta Analytics et directrice
    générale de Vireon": the first post is the first name's, the second the second's.
    """
    tokens = reader.tokens
    for index, item in enumerate(items):
        if index == 0 or not item.title or items[index - 1].title:
            continue
        between = tokens[items[index - 1].last + 1 : item.first]
        if len(between) > 3 or not any(t.key in WORDS.respectively for t in between):
            continue
        first = index - 1
        while (
            first > 0
            and not items[first - 1].title
            and _gap(reader, items[first - 1], items[first])
        ):
            first -= 1
        end = index + 1
        while end < len(items) and items[end].title and _gap(reader, items[end - 1], items[end]):
            end += 1
        names, titles = items[first:index], items[index:end]
        if len(names) == len(titles) > 1:
            for name, title in zip(names, titles, strict=True):
                posts[id(name)] = [title]
                used.add(id(title))


def _last_post_after(
    reader: Reader, chain: list[_Span], posts: dict[int, list[_Span]], used: set[int]
) -> None:
    """Give a post that ends a chain, still unused, to the name just before it.

    "la ministre, le directeur général de la CDG, Hamid Tounsi, et Nawal Chraibi,
    présidente de l'Université …": the chain starts with posts, which go to the names
    after them, but the post written last is the last name's.
    """
    if len(chain) < 2 or not chain[-1].title or id(chain[-1]) in used:
        return
    if _title_after_wa(reader.tokens[chain[-1].first]):
        return  # "عميد المعهد، إدريس أمزيان، ووزير العدل": another person's, unnamed
    name = chain[-2]
    if name.title or posts.get(id(name)):
        return
    posts[id(name)] = [chain[-1]]
    used.add(id(chain[-1]))


def _former(reader: Reader, title: _Span) -> bool:
    """Whether a post is one held before: "ancien directeur", "former minister", "الوزير السابق"."""
    tokens = reader.tokens
    return any(
        not WORDS.former.isdisjoint(tokens[k].forms)
        for k in range(title.first, min(title.last + 1, title.first + 3))
    )


# Arabic names


def _given(tokens: Sequence[Token], i: int) -> int:
    """How many tokens the given name at ``tokens[i]`` takes (0: none)."""
    token = tokens[i]
    if token.kind != WORD or token.text in WORDS.not_given_as_written:
        return 0
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    bits = KEY_ROLES[token.key]
    if bits & COMPOUND_FIRST and nxt is not None and nxt.key in WORDS.compound_second:
        return 2
    if (
        has(token, WORDS.name_links)
        and nxt is not None
        and nxt.kind == WORD
        and not nxt.text.isascii()
    ):
        return 2
    return 1 if bits & GIVEN and not token.text.isascii() else 0


_NOT_SURNAMES = (
    STOPWORD | TITLE_HEAD | HONORIFIC | SPEECH | PRESENCE | SIGNING | CREATION | ORG_HEAD
)
"""What a word that is a surname is not."""


_AGREEMENT_WORDS = frozenset(phrase[0] for phrase, _ in WORDS.agreements)


def _agreement_at(token: Token) -> bool:
    return not _AGREEMENT_WORDS.isdisjoint(token.forms)


def _surname_word(tokens: Sequence[Token], i: int, first: bool = False) -> bool:
    token = tokens[i]
    if token.kind != WORD or token.text.isascii() or token.text[0] < "\u0600":
        return False
    if len(token.key) < 2:
        return False  # السيد أوباها بـ9 ملايين: a preposition written apart
    if (
        first
        and token.key in WORDS.title_heads
        and not token.key.startswith("ال")
        and (i + 1 == len(tokens) or tokens[i + 1].kind == MARK)
    ):
        return True  # خالد سفير،: a surname that is also a title word
    if KEY_ROLES[token.key] & _NOT_SURNAMES:
        return False
    if _agreement_at(token) or any(form in WORDS.places for form in token.forms[1:]):
        return False
    if i + 1 < len(tokens) and any(
        f"{form} {tokens[i + 1].key}" in WORDS.places for form in token.forms[1:]
    ):
        return False  # بالدار البيضاء: a place of two words after ب
    key = token.key
    if key.startswith("و") and len(token.forms) > 1:
        rest = token.forms[1]
        if rest in WORDS.given_names or rest in WORDS.title_heads or rest in WORDS.honorifics:
            return False
    # a definite feminine noun (الاتفاقية، الوزارة) follows names but is not one
    return not (key.startswith("ال") and key.endswith("ه") and len(key) > 5)


def _adjacent(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    return "\n" not in gap and gap.strip() == ""


def _name_at(text: str, tokens: Sequence[Token], i: int, honorific: bool) -> int:
    """The index after the Arabic name starting at ``tokens[i]`` (``i`` if there is none)."""
    taken = _given(tokens, i)
    if taken:
        honorific = False  # a known given name: the name is read as any other
    elif honorific and _surname_word(tokens, i):
        taken = 1  # السيد بيرتران باري: after an honorific, any name
    if taken == 0:
        return i
    j = i + taken
    if (
        taken == 1
        and j + 1 < len(tokens)
        and _given(tokens, j) == 1
        and _adjacent(text, tokens[j - 1], tokens[j])
        and _adjacent(text, tokens[j], tokens[j + 1])
        and _surname_word(tokens, j + 1, first=True)
    ):
        j += 1  # محمد أمين الصبار: two given names, then the surname
    surnames = 0
    while (
        j < len(tokens)
        and surnames < 3
        and _adjacent(text, tokens[j - 1], tokens[j])
        and _surname_word(tokens, j, first=surnames == 0)
    ):
        if has(tokens[j], WORDS.name_links) and j + 1 < len(tokens):  # ... بن سعيد
            j += 1
        j += 1
        surnames += 1
    if surnames == 0 or (surnames == 3 and not honorific):
        # one word is not a name; four words are a name followed by something else
        return i if surnames == 0 else j - 1
    if surnames < 3 and _closing_syllable(text, tokens, j):
        return j + 1  # لي سونغ هو،: a syllable of the name, not the pronoun, before the comma
    return j


def _closing_syllable(text: str, tokens: Sequence[Token], j: int) -> bool:
    """Whether a two-letter word right after a name ends it, a clause mark after it.

    East Asian names in Arabic letters end in syllables that are also short Arabic
    words (هو، لي); right before a comma or a full stop no pronoun stands there.
    """
    if j + 1 >= len(tokens) or tokens[j].kind != WORD or len(tokens[j].key) != 2:
        return False
    token = tokens[j]
    return (
        token.text[0] >= "\u0600"
        and _adjacent(text, tokens[j - 1], token)
        and tokens[j + 1].kind == MARK
        and tokens[j + 1].key in _CLAUSE_MARKS
        and not KEY_ROLES[token.key] & (TITLE_HEAD | HONORIFIC | SPEECH | PRESENCE)
        and (
            token.key in _SYLLABLES
            or not (KEY_ROLES[token.key] & STOPWORD or token.key[1] in "هك")  # له، به، لك
        )
    )


_SYLLABLES = frozenset({"هو", "هي", "لي"})
"""Short Arabic words that end East Asian names too (لي سونغ هو); له، به … end none."""


def _title_before_comma(tokens: Sequence[Token], i: int) -> bool:
    """Whether a title word stands in the clause that the comma before ``tokens[i]`` closes."""
    j = i - 2
    while j >= 0 and i - j < _MAX_TITLE:
        token = tokens[j]
        if token.kind == MARK and token.key in CLOSE_QUOTES:
            opening = _opening_quote(tokens, j)
            if opening is None:
                return False
            j = opening - 1  # لشركة "فيرديانا ديجيتال" الإيطالية: a company's name, passed
            continue
        if token.kind == MARK and token.key in _CLAUSE_MARKS:
            return False
        if token.kind == WORD and KEY_ROLES[token.key] & TITLE_HEAD:
            return True
        j -= 1
    return False


_QUOTED_NAME = 5
"""Words a quoted company's name in a title may take."""


def _opening_quote(tokens: Sequence[Token], closing: int) -> int | None:
    """The quote that opens a short quoted name closed at ``tokens[closing]``, if any."""
    for k in range(closing - 1, max(closing - 2 - _QUOTED_NAME, -1), -1):
        token = tokens[k]
        if token.kind == MARK:
            return k if token.key in OPEN_QUOTES and k < closing - 1 else None
    return None


def _name_after_title(text: str, tokens: Sequence[Token], i: int, *, after_name: bool) -> int:
    """A name of unknown given name set off after a title: "لشركة Nvidia، جنسن هوانغ،".

    Two or three name-like words right after the comma that closes a title, or right
    after the institution's name that ends it (``after_name``: "الرئيسة التنفيذية لشركة
    سولبرغ داتا إنغريد هولم،"), and nothing after them but a mark: the index after
    them (``i`` if there is none).
    """
    comma = i > 0 and tokens[i - 1].key in _COMMAS
    if i == 0 or not (comma or after_name):
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
    if _title_before_comma(tokens, i if comma else i + 1):
        return j
    listed = (
        comma
        and tokens[i].key.startswith("و")
        and j + 1 < len(tokens)
        and tokens[j].key in _COMMAS
        and has(tokens[j + 1], WORDS.title_heads)
    )  # "…، وإنغريد سولهايم، المديرة العامة لشركة …": the next in a list, with its post
    return j if listed else i


_KIND_AFTER = frozenset(WORDS.organization_heads) | WORDS.organization_descriptors
"""Words of kind that may follow an institution's name in lower case ("the X association")."""
"""Prepositions a place follows, not a person: "pharmacienne à Derb Sultan"."""
_SPOKEN_BY = frozenset({"به", "بها"})
"""The pronoun after a verb of saying before who said it: "ما أفاد به X"."""
_BEFORE = SPEECH | TOPIC | ORG_HEAD | BESIDE
"""What a name set off before its post may follow: a verb of saying, a word that makes
the person the topic ("أما"), the institution the person speaks or signs for ("وعن
التجمع تاكومي هاياشي، نائب رئيس …"), or a word that puts the person beside another
("إلى جانب")."""


def _before(reader: Reader, k: int) -> bool:
    """Whether a name set off before its post may follow ``tokens[k]``.

    A verb of saying may precede it, a word that makes it the topic ("أما"), a word
    before who signs beside the others ("إلى جانب"), or a definite word of kind
    (التجمع، الشركة), not the head of a name (شركة X).
    """
    bits = reader.roles[k]
    if bits & (SPEECH | TOPIC | BESIDE):
        return True  # also "إلى جانب جنفييف لاشانس، مؤسسة شركة …"
    if k > 0 and has(reader.tokens[k], WORDS.nationalities) and reader.roles[k - 1] & BESIDE:
        return True  # "إلى جانب الإسبانية مارتا إيبانييث سولير، المديرة العامة …"
    if k > 0 and reader.tokens[k].key in _SPOKEN_BY and reader.roles[k - 1] & SPEECH:
        return True  # "وفق ما أفاد به يوكي تانابي، رئيس …"
    return bool(bits & ORG_HEAD) and definite(reader.tokens[k])


def _name_before_title(text: str, tokens: Sequence[Token], roles: Sequence[int], i: int) -> int:
    """A name of unknown given name after a verb of saying, set off before its post.

    "حسب ما أكده فيرناندو كوستا ريبيرو، المدير الإقليمي للمجموعة": two or three
    name-like words, a comma, then a title word: the index after them (``i`` if none).
    """
    j = i
    while (
        j < len(tokens)
        and j - i < 3
        and _surname_word(tokens, j)
        and (j == i or _adjacent(text, tokens[j - 1], tokens[j]))
    ):
        j += 1
    if (
        j - i < 2
        or j + 1 >= len(tokens)
        or tokens[j].key not in _COMMAS
        or not roles[j + 1] & TITLE_HEAD
    ):
        return i
    return j


_NAME_STARTS = WORDS.honorifics | WORDS.given_names | WORDS.compound_first | WORDS.name_links


def _and_another(reader: Reader, found_here: Sequence[_Span], start: int) -> bool:
    """Whether the name at ``start`` is joined by "و" to a name read before in its sentence."""
    return (
        _after_wa(reader.tokens[start])
        and bool(found_here)
        and reader.sentence_of[found_here[-1].last] == reader.sentence_of[start]
    )


def _title_phrase(tokens: Sequence[Token], start: int) -> bool:
    """Whether a given name starts a post instead: أمين عام (a secretary general)."""
    return (
        tokens[start].key == "امين"
        and start + 1 < len(tokens)
        and tokens[start + 1].key in {"عام", "المال", "السر"}
    )


def _arabic_names(reader: Reader, after_names: set[int]) -> list[_Span]:
    """Every name in Arabic letters: after a given name, or an honorific.

    A name of unknown given name is read after the comma that closes a title, after
    the institution's name that ends one (``after_names``: the tokens that follow
    institutions' names), or after a verb of saying or a word of kind (الشركة، التجمع),
    before the comma and its post.
    """
    text, tokens = reader.masked, reader.tokens
    found_here: list[_Span] = []
    after_commas = [k + 1 for k in reader.where(COMMA) if k + 1 < len(tokens)]
    starts = sorted(
        {
            *reader.where(GIVEN | COMPOUND_FIRST | NAME_LINK | HONORIFIC),
            *after_commas,
            *(k for k in after_names if k < len(tokens)),
            *(k + 1 for k in reader.where(_BEFORE) if k + 1 < len(tokens) and _before(reader, k)),
            *(
                k + 2
                for k in reader.where(SPEECH | BESIDE)
                if k + 2 < len(tokens)
                and (
                    tokens[k + 1].key in _SPOKEN_BY
                    or (reader.roles[k] & BESIDE and has(tokens[k + 1], WORDS.nationalities))
                )
            ),
        }
    )
    i = 0
    for candidate in starts:  # most words start no name: only these are looked at
        if candidate < i:
            continue
        i = candidate
        token = tokens[i]
        if token.kind != WORD or token.text[0] < "\u0600":
            continue
        honorific = bool(reader.roles[i] & HONORIFIC)
        start = i + 1 if honorific else i
        if start >= len(tokens):
            break
        end = _name_at(text, tokens, start, honorific)
        enumerated = False
        if end == start and not honorific:
            end = _name_after_title(text, tokens, start, after_name=start in after_names)
            enumerated = end > start and _and_another(reader, found_here, start)
        if end == start and not honorific and start > 0 and _before(reader, start - 1):
            end = _name_before_title(text, tokens, reader.roles, start)
        # صندوق محمد السادس: a name in construct with an institution is part of its name;
        # after a definite head (الوكالة، للوكالة) a name is someone's
        after_head = (
            start > 0 and reader.roles[start - 1] & ORG_HEAD and not definite(tokens[start - 1])
        )
        if end == start or after_head or _title_phrase(tokens, start):
            i += 1
            continue
        if end - start > 2 and has(tokens[start], WORDS.nationalities):
            start, enumerated = start + 1, False  # "والبريطاني أوليفر بيمبريدج": where from
        skip = prefix_length(tokens[start], WORDS.given_names) if not honorific else 0
        if honorific and tokens[start].key != tokens[start].forms[-1]:
            skip = 0
        if enumerated:
            skip = 1  # "X، المدير العام …، وهندريك فان دام،": "and" Hendrik van Dam
        found_here.append(
            _Span(start, end - 1, found(text, tokens, start, end - 1, skip), honorific=honorific)
        )
        i = end
    return found_here


def _arabic_titles(reader: Reader, names: Sequence[_Span]) -> list[_Span]:
    """Every post in Arabic letters: a title word and the words of its field and institution."""
    text, tokens, bits = reader.masked, reader.tokens, reader.roles
    starts = {span.first for span in names}
    inside = {k for span in names for k in range(span.first, span.last + 1)}
    found_here: list[_Span] = []
    i = 0
    for candidate in reader.where(TITLE_HEAD):
        if candidate < i:
            continue
        i = candidate
        token = tokens[i]
        if token.text[0] < "\u0600" or i in inside:
            continue
        if i > 0 and tokens[i - 1].key == "عن" and bits[i] & ORG_HEAD:
            continue  # وقع حاتم السقلي عن مؤسسة البنك الشعبي: for the foundation, no founder
        k = i + 1
        while k < len(tokens) and k - i < _MAX_TITLE and k not in starts:
            current = tokens[k]
            if reader.sentence_of[k] != reader.sentence_of[i]:
                break
            if current.key in OPEN_QUOTES and tokens[k - 1].kind == WORD:
                closing = _closing_quote(tokens, k)
                if closing is not None:  # رئيس مجموعة "نوفا تك", مؤسس منصة "بازارنت": its name
                    k = _adjectives_after(tokens, bits, closing + 1, starts)
                    if k < len(tokens) and _complement_after_name(tokens[k]):
                        continue  # مدير مصنع مجموعة "كورفانتا" الإسبانية لصناعة السيارات
                    break
            if current.key == "(" and k > i + 1:
                closing = _short_form_end(tokens, k) or _arabic_short_form_end(tokens, k)
                if closing is not None:  # مديرة المدرسة … بأكادير (ENSA), عميد المعهد (إركام)
                    k = closing + 1
                break
            if current.kind == MARK and current.key in _CLAUSE_MARKS:
                break
            going_on = longest(tokens, k, _CONTINUATIONS) if bits[k] & STOPWORD else None
            if going_on is not None:  # النائب عن دائرة تنغير
                k += going_on[0]
                continue
            if negated_adjective(tokens, k) and reader.sentence_of[k + 1] == reader.sentence_of[i]:
                k += 2  # المدير العام لإدارة الجمارك والضرائب غير المباشرة
                continue
            if (
                current.key == "في"
                and k + 1 < len(tokens)
                and tokens[k + 1].key.startswith("ال")
                and reader.sentence_of[k + 1] == reader.sentence_of[i]
                and not bits[k + 1] & (TITLE_HEAD | ORG_HEAD)
            ):
                k += 2  # الخبير في الأمن السيبراني: the field a title is in
                continue
            if current.kind == WORD and (
                (bits[k] & STOPWORD and not bits[k] & TITLE_LINK)
                or bits[k] & (HONORIFIC | SPEECH | PRESENCE | AGREEMENT)
            ):
                break  # not "ووزير العدل مذكرة تفاهم": what the minister signed
            if k > i + 1 and verb_after_name(tokens, k):
                break  # صيدلانية بدرب السلطان شاركت في التجربة: what she did
            k += 1
        skip = prefix_length(token, WORDS.title_heads)
        found_here.append(_Span(i, k - 1, found(text, tokens, i, k - 1, skip), title=True))
        i = k
    return found_here


_SHORT_FORM = 4
"""How many words an institution's short form in brackets may have ("SDL Tanger Mobilité")."""


def _short_form_end(words: Sequence[Token] | Sequence[Word], opening: int) -> int | None:
    """The index of the bracket closing an institution's short form opened at ``opening``.

    The short form is written in Latin letters: initials ("(ENSA)", "(CNDP)"), then
    at most a few capitalised words ("(SDL Tanger Mobilité)"), or one capitalised word
    alone ("(Masen)").
    """
    first = opening + 1
    for end in range(first, min(first + 2 * _SHORT_FORM + 1, len(words))):
        word = words[end]
        if word.key == ")":
            return end if end > first else None
        text = word.text.replace("-", "")  # (SRM-FM), one word in Latin letters
        if word.key == "-" and first < end and words[end - 1].kind == WORD:
            continue  # (ORMVA-SM)
        if word.kind != WORD or not text.isalnum() or not text[0].isupper() or text[0] > "\u024f":
            return None
        if end == first and not (text.isupper() and len(text) >= 2):
            lone = end + 1 < len(words) and words[end + 1].key == ")"
            if not (lone and len(text) >= 4):
                return None  # not initials, unless a name alone: "(Masen)", "(Tamwilcom)"
    return None


def _complement_after_name(token: Token) -> bool:
    """Whether an Arabic word joined to "ل" says what a company does: "لصناعة السيارات"."""
    return (
        token.kind == WORD
        and token.key.startswith("ل")
        and len(token.forms) > 1
        and len(token.key) > 3
    )


def _arabic_short_form_end(tokens: Sequence[Token], opening: int) -> int | None:
    """The index of the bracket closing one Arabic word after an institution: "(إركام)"."""
    end = opening + 2
    if end < len(tokens) and tokens[end].key == ")":
        word = tokens[opening + 1]
        if word.kind == WORD and word.text[0] >= "\u0600":
            return end
    return None


def _adjectives_after(
    tokens: Sequence[Token], bits: Sequence[int], k: int, starts: set[int]
) -> int:
    """The index after the adjectives that follow a quoted name: «"نوميريا" المغربية»."""
    end = k
    while (
        end < len(tokens)
        and end - k < 2
        and end not in starts
        and tokens[end].kind == WORD
        and tokens[end].key.startswith("ال")
        and not bits[end] & (STOPWORD | HONORIFIC | SPEECH | PRESENCE | TITLE_HEAD)
    ):
        end += 1
    return end


_CONTINUATIONS = by_first([(phrase, True) for phrase in WORDS.post_continuations])


def _closing_quote(tokens: Sequence[Token], k: int) -> int | None:
    """The index of the quote closing the one at ``tokens[k]``, a few words on."""
    for end in range(k + 2, min(k + 8, len(tokens))):
        if tokens[end].key in CLOSE_QUOTES:
            return end
        if tokens[end].kind == MARK:
            return None
    return None


# Names in Latin letters


class _LatinNames:
    """The names of people in one sentence written in Latin letters."""

    def __init__(self, reader: Reader, number: int, covered: Spans) -> None:
        self.reader = reader
        self.number = number
        self.words = reader.latin(number)
        self.covered = covered
        self.headline = headline(reader, number, self.words)

    def quoted(self, i: int) -> bool:
        """Whether the words start right after an opening quote: a quoted name is a programme's."""
        before = self.words[i - 1] if i > 0 else None
        return (
            before is not None
            and before.key in {"“", "«", '"', "„"}
            and (before.key == "«" or before.end == self.words[i].start)
        )  # not the closing quote of '"We are ready," Sofia Marzouk told reporters'

    def scan(self) -> list[_Span]:
        words = self.words
        result: list[_Span] = []
        i = 0
        for candidate in itertools.compress(itertools.count(), map(_CAPITALISED, words)):
            if candidate < i or not words[candidate].personal:
                continue  # only capitalised words start a name
            i = j = candidate
            while j < len(words) and words[j].personal and j - i < 8:
                j += 1
            span = self.person(i, j, result)
            if span is not None:
                result.append(span)
            i = j
        return result

    def inside_institution(self, start: int, end: int) -> bool:
        return self.covered.overlaps(start, end)

    def person(self, i: int, j: int, before: list[_Span]) -> _Span | None:
        """The person named by the capitalised words ``i..j``, if they name one."""
        if j - i < 2:
            return None  # one word names no one here; the words trimmed below only shorten it
        words = self.words
        while j > i and words[j - 1].key in WORDS.name_particles:
            j -= 1
        while i < j and (
            words[i].key in WORDS.not_names
            or words[i].key.rpartition(" ")[2] in WORDS.nationalities  # le Sud-Coréen
            or words[i].key in WORDS.places
            or (words[i].key in WORDS.name_particles and not words[i].capitalised)
        ):
            i += 1
        if j - i < 2:
            return None
        if words[i].key in WORDS.place_prefixes and words[i + 1].key not in WORDS.given_names:
            return None  # "Sidi Moumen", "Oulad Teima": a place, not a person
        if j < len(words) and words[j].key in WORDS.title_heads and words[j].text[0].isupper():
            return None  # Higher Education Minister: the field of a title, not a name
        if self.headline or self.quoted(i):
            return None
        given = [
            k
            for k in range(i, j)
            if words[k].key in WORDS.given_names
            and (k == i or words[k].key not in WORDS.name_particles)
        ]  # not "El" after "Dhar" (the Dhar El Mehraz campus), a particle inside a name
        surname_first = (
            given
            and given[0] == i + 1
            and j - i <= _MAX_NAME
            and (
                i == 0
                or words[i - 1].key in {",", "et"}
                or (not words[i - 1].capitalised and words[i - 1].key in WORDS.title_heads)
            )
            and not self.in_title_field(i)
            and not _field_word(words[i])
        )  # "chairman Tan Wei Ming": a surname written before the given names
        if given and given[0] > i and j - given[0] >= 2 and not surname_first:
            i = given[0]  # ministre de l'Industrie Ryad Mezzour, Digital Transition Nawal Ait Lhou
        elif not given and not self.honorific_before(i) and self.in_title_field(i, before):
            return None  # Minister of Higher Education: a field, not a name
        elif not given and j - i > 3:
            i = j - 2 if words[j - 3].key not in WORDS.name_particles else j - 3
        if j - i < 2 or j - i > _MAX_NAME:
            return None
        run = words[i:j]
        if any(word.key in ROMAN for word in run) or all(
            word.key in WORDS.places
            or word.key in WORDS.not_names
            or word.key in WORDS.name_particles  # "Le Royaume a signé"
            for word in run
        ):
            return None
        if run[-1].key in WORDS.organization_suffixes or self.inside_institution(
            run[0].start, run[-1].end
        ):
            return None
        if j < len(words) and not words[j].capitalised and words[j].key in _KIND_AFTER:
            return None  # "the Tamazight Numerique association": its name, no one's
        if not given and self.after_kind_word(i):
            return None  # "directeur de l'école primaire Al Massira": the school's name
        if i > 0 and words[i - 1].key in _WHERE and not self.honorific_before(i):
            return None  # "pharmacienne à Derb Sultan": where she works, no one's name
        honorific = self.honorific_before(i)
        anchored = (
            honorific
            or bool(given and given[0] == i)
            or self.speech_around(i, j)
            or self.introduced(i)
            or self.title_around(i, j)
            or self.listed_after(i, before)
        )
        if not anchored:
            return None
        start, end = run[0].start, run[-1].end
        return _Span(
            run[0].first,
            run[-1].last,
            Found(start, end, self.reader.masked[start:end]),
            anchored=True,
            honorific=honorific,
        )

    def previous(self, i: int, skip: frozenset[str] = frozenset()) -> int:
        """The index of the word before ``i``, passing over ``skip`` (-1 at the start)."""
        k = i - 1
        while k >= 0 and (self.words[k].key in skip):
            k -= 1
        return k

    def after_kind_word(self, i: int) -> bool:
        """Whether a lower-case word of kind, and at most two adjectives, stand before ``words[i]``."""
        words = self.words
        k = i - 1
        while k >= 0 and i - k <= 3 and words[k].kind == WORD and not words[k].capitalised:
            if words[k].key in WORDS.title_heads:
                return False  # "union president Mimoun Azdad": a post, then the name
            if words[k].key in _KIND_AFTER:
                return True
            k -= 1
        return False

    def honorific_before(self, i: int) -> bool:
        """M. Driss Ouazzani, Mme Salma Berrada, le professeur Abdelilah Amrani, Mr Smith."""
        words = self.words
        k = i - 1
        if k >= 0 and words[k].key == ".":
            k -= 1
        return k >= 0 and words[k].key in WORDS.honorifics

    def in_title_field(self, i: int, before: Sequence[_Span] = ()) -> bool:
        """Whether the run at ``words[i]`` is the field of a title, not a name.

        It is after "de", "l'", "of", "for" that end a title ("Minister of Higher
        Education", "ministre de l'Économie numérique"), after "and" in such a field
        ("… of Digital Transition and Administrative Reform", unless a name ``before`` ends
        there), or after a comma where the
        field goes on ("Minister of Higher Education, Scientific Research and Innovation").
        """
        words = self.words
        k = self.previous(i, frozenset({"'"}))
        if k >= 0 and words[k].key in _FIELD_LINKS:
            return _title_head_before(words, k)
        if (
            k > 0
            and words[k].key in _ENUMERATION
            and words[k - 1].capitalised
            and not any(span.last == words[k - 1].last for span in before)
        ):  # "… of Digital Transition and Administrative Reform", not "… Anouar Lyoubi and"
            return _title_head_before(words, k - 1)
        return i > 0 and words[i - 1].key == "," and _field_after_comma(words, i - 1) > 0

    def speech_around(self, i: int, j: int) -> bool:
        """Whether a verb of speaking stands after the name ("a déclaré", said) or before it."""
        words = self.words
        k = j
        while k < len(words) and words[k].key in _AUXILIARIES and k - j < 3:
            k += 1
        if k < len(words) and words[k].key in WORDS.speech_verbs:
            return True
        b = self.previous(i)
        return b >= 0 and words[b].key in WORDS.speech_verbs

    def introduced(self, i: int) -> bool:
        """After "par", "by", "en présence de", "aux côtés de", "alongside"."""
        words = self.words
        k = self.previous(i, frozenset({".", *WORDS.honorifics, "le", "la", "the"}))
        if k < 0:
            return False
        key = words[k].key
        if key in WORDS.agents or key in WORDS.presence:
            return True
        if key in {"de", "du", "des", "d", "of", "'"}:
            back = self.previous(k, frozenset({"'", "de", "d", "du", "of", "the"}))
            return back >= 0 and words[back].key in WORDS.presence
        return key in _INTRODUCERS and any(
            self.words[n].key in WORDS.given_names for n in range(i, min(i + 1, len(words)))
        )

    def title_around(self, i: int, j: int) -> bool:
        """Whether a title word stands right before the name or right after its comma."""
        words = self.words
        k = self.previous(i, frozenset({".", ",", *WORDS.honorifics, *ARTICLES}))
        steps = 0
        while k >= 0 and steps < 8:
            word = words[k]
            if word.key in WORDS.title_heads:
                return True
            if word.kind == MARK and word.key not in {"'", "-", "(", ")"}:
                break
            if word.key in WORDS.stopwords and word.key not in WORDS.title_links:
                break
            k -= 1
            if not self.covered.overlaps(word.start, word.end):
                steps += 1  # an institution's name is one step, however long
        if j < len(words) and words[j].key in _COMMAS:
            k = j + 1
            while k < len(words) and (words[k].key in ARTICLES or words[k].key in _POSSESSIVES):
                k += 1
            for n in range(k, min(k + 4, len(words))):
                if words[n].key in WORDS.title_heads:
                    return True
                if words[n].kind == MARK:
                    break
        return False

    def listed_after(self, i: int, before: list[_Span]) -> bool:
        """Whether the name follows another person's with only ", et", "and" between."""
        if not before:
            return False
        k = self.previous(i, frozenset({",", "et", "and", "de", "d", "'"}))
        return k >= 0 and self.words[k].last == before[-1].last


_AFTER_ACRONYM = frozenset(
    {
        "et",
        "and",
        "de",
        "du",
        "des",
        "d",
        "pour",
        "for",
        "au",
        "aux",
        "à",
        "a",
        "en",
        "in",
        "at",
        "chez",
    }
)
"""Words a post goes on with after an institution's initials ("de l'ONDA pour la région")."""
_FIELD_LINKS = frozenset({"of", "for", "de", "du", "des", "d", "l", "la", "le", "les"})
"""Words between a title and its field: "Minister of", "ministre de l'"."""
_ENUMERATION = frozenset({"and", "et", "&"})
_ADJECTIVE_ENDINGS = ("al", "ic")
"""Endings of English adjectives in a field, which a noun follows: "Social and …"."""
_LINKING = ARTICLES | _FIELD_LINKS | {"'"}
"""What stands between "and" and the title it joins: "et du président", "and the mayor"."""


_TITLE_REACH = 10
"""Words looked back for a title word from its field."""
_ENUMERATED_REACH = 16
"""Words looked back for a title word from a field enumerated after a comma: "ministre de
l'Aménagement du territoire national, de l'Urbanisme" puts twelve between."""


def _title_head_before(words: Sequence[Word], k: int, reach: int = _TITLE_REACH) -> bool:
    """Whether a title word stands before ``words[k]`` in its clause, ``reach`` words back."""
    steps = 0
    while k >= 0 and steps < reach:
        word = words[k]
        if word.key in WORDS.title_heads:
            return True
        if word.kind == MARK and word.key not in {"'", "-", "(", ")", ","}:
            return False
        if (
            word.kind == WORD
            and word.key in WORDS.stopwords
            and word.key not in WORDS.title_links
            and word.key not in ARTICLES
        ):
            return False
        k -= 1
        steps += 1
    return False


_FIELD_AFTER_COMMA = 14
"""Words a title's field may go on with after a comma: ", de l'Artisanat et de l'Économie
sociale et solidaire" is 12."""


def _field_after_comma(words: Sequence[Word], comma: int) -> int:
    """The index after a title's field that goes on after the comma at ``words[comma]``.

    As in "Minister of Higher Education, Scientific Research and Innovation" and
    "ministre de l'Éducation nationale, du Préscolaire et des Sports": capitalised words
    (no given name among them, though one may follow them) that end an enumeration
    with "and", or French words after "du", "des", "de", up to the next mark, name or
    "and" ("… and Innovation and Lumenfeld chief executive …": someone else's post). A
    field in lower case goes on in lower case, with no verb: "minister of communication,
    telecommunications and digital affairs". 0 when the field does not go on.
    """
    k = comma + 1
    if k >= len(words) or words[k].key == "et":
        return 0  # "…, directrice générale de Barid Al-Maghrib, et Tan Wei Ling, PDG …"
    french = words[k].key in _FRENCH_LINKS
    lowercase = (
        not french
        and words[k].kind == WORD
        and not words[k].capitalised
        and not words[comma - 1].capitalised
    )
    enumerated = False
    end = k
    while end < len(words) and end - k < _FIELD_AFTER_COMMA:
        word = words[end]
        key = word.key
        if (
            key in _ENUMERATION
            and enumerated
            and words[end - 1].kind == WORD
            and not french
            and not words[end - 1].key.endswith(_ADJECTIVE_ENDINGS)
        ):
            break  # a second "and": the enumeration is over, not "des Eaux et Forêts";
            # after an adjective its noun follows: "Social and Solidarity Economy"
        if word.kind == MARK:
            if key == "'" or (key == "," and _capitalised_at(words, end + 1)):
                end += 1  # "Economic Inclusion, Small Business, Employment and Skills"
                continue
            break
        if key in WORDS.given_names and end > k and words[end - 1].kind == WORD:
            break  # "… Employment and Skills Younes Bakkali": the name the post is before
        if word.kind != WORD or key in WORDS.given_names or key in WORDS.honorifics:
            return 0
        if key in WORDS.title_heads and not word.capitalised:
            return 0  # "…, du bâtonnier de l'Ordre des avocats": another person's post
        if key in _ENUMERATION:
            enumerated = True
        elif not (
            word.capitalised
            or key in _FIELD_LINKS
            or key == "the"
            or (french and word.text.isalpha() and key not in WORDS.stopwords)
            or (lowercase and _field_word(word) and key not in WORDS.title_heads)
        ):
            return 0
        end += 1
    if end == k or not (enumerated or french) or words[end - 1].key in _ENUMERATION:
        return 0
    if (
        end < len(words)
        and words[end].kind != MARK
        and words[end].key not in WORDS.given_names
        and words[end].key not in _ENUMERATION
    ):
        return 0
    return end if _title_head_before(words, comma - 1, _ENUMERATED_REACH) else 0


def _capitalised_at(words: Sequence[Word], k: int) -> bool:
    """Whether ``words[k]`` is a capitalised word that starts no person's name."""
    return (
        k < len(words)
        and words[k].kind == WORD
        and words[k].capitalised
        and words[k].key not in WORDS.given_names
        and words[k].key not in WORDS.honorifics
    )


# Posts in Latin letters


def _latin_word(word: Word) -> bool:
    return word.kind != WORD or word.text[0] < "\u0600"


def _head_at(words: Sequence[Word], k: int) -> bool:
    word = words[k]
    return word.kind == WORD and word.text[0] < "\u0600" and word.key in WORDS.title_heads


def _latin_titles(
    reader: Reader, number: int, names: Sequence[_Span], ends: dict[int, int]
) -> list[_Span]:
    """Every post in a sentence written in Latin letters (see the module).

    A post that ends inside the name of an institution (``ends``: where each name starts
    and ends) runs on to the end of the name: "dean of the Faculty of Legal, Economic
    and Social Sciences in Agadir".
    """
    words = reader.latin(number)
    name_at = {span.first: span for span in names}
    inside = {token for span in names for token in range(span.first, span.last + 1)}
    in_name = (
        set(itertools.compress(itertools.count(), map(inside.__contains__, map(_FIRST, words))))
        if inside
        else set()
    )
    english = reader.language_at(words[0].start if words else 0) == "en"
    found_here: list[_Span] = []
    i = 0
    heads = WORDS.title_heads
    for i_ in itertools.compress(itertools.count(), map(heads.__contains__, map(_KEY, words))):
        if i_ < i or i_ in in_name or not _head_at(words, i_):
            continue  # only title words start a post
        start = _title_start(words, i_, in_name, english=english, surnames=reader.surnames)
        if start < i:  # not back into the post before: "… and Innovation and Lumenfeld CEO"
            start = i
            while start < i_ and (words[start].key in _ENUMERATION or words[start].key in ARTICLES):
                start += 1
        i = i_
        end = _title_end(words, i, name_at, in_name)
        if ends:
            end = _through_institution(words, i, end, ends)
        if end - start == 1 and words[start].key in WORDS.honorifics:
            i = end
            continue  # "le professeur Abdelilah Amrani": a form of address, no post
        first, last = words[start], words[end - 1]
        text = reader.masked[first.start : last.end]
        found_here.append(
            _Span(first.first, last.last, Found(first.start, last.end, text), title=True)
        )
        i = end
    return found_here


def _through_institution(words: Sequence[Word], head: int, end: int, ends: dict[int, int]) -> int:
    """Where a post ends, run on to the end of an institution's name it stops inside."""
    for k in range(head + 1, end):
        name_end = ends.get(words[k].start)
        if name_end is not None and name_end > words[end - 1].end:
            while end < len(words) and words[end].start < name_end:
                end += 1
            return end
    return end


def _field_word(word: Word) -> bool:
    """Whether a lowercase English word may name a post's field ("energy minister")."""
    key = word.key
    return (
        word.kind == WORD
        and len(word.text) > 2
        and word.text.isalpha()
        and word.text.islower()
        and key not in WORDS.stopwords
        and key not in WORDS.speech_verbs
        and key not in WORDS.agents
        and key not in WORDS.presence
        and not key.endswith(("ed", "ly"))
    )


def _before_title(
    words: Sequence[Word], k: int, i: int, start: int, *, english: bool, surnames: frozenset[str]
) -> bool:
    """Whether ``words[k]`` belongs to the post whose title word is ``words[i]``.

    ``surnames``: the words written after a given name in the text; "and" after one
    ends a post ("by Lamghari and Qasr Investment managing director").
    """
    word = words[k]
    key = word.key
    if key in WORDS.title_modifiers or key in WORDS.title_heads:
        return True
    if key in {"and", "&", "et"} and k > 0:
        left = words[k - 1]
        if left.key in WORDS.title_heads or left.key in WORDS.title_modifiers:
            return True  # founder and CEO
        return (  # Equipment and Water Minister
            english
            and left.capitalised
            and start == k + 1
            and left.key not in surnames
            and left.key not in WORDS.given_names
        )
    if not english:
        return False
    if word.acronym or (word.kind == WORD and word.capitalised and key not in WORDS.stopwords):
        return True  # Energy Minister, Sandcrest Power founder
    if key in _FRENCH_LINKS and start == k + 1 and k > 0 and words[k - 1].capitalised:
        return True  # Credit Agricole du Maroc chairwoman: a French name in English
    return _field_word(word) and start == k + 1 and i - k <= 3  # energy minister


def _title_start(
    words: Sequence[Word], i: int, in_name: set[int], *, english: bool, surnames: frozenset[str]
) -> int:
    """Where a post whose title word is ``words[i]`` starts.

    A post starts with its modifiers and, in English, the words of its field and
    institution before it ("Sandcrest Power founder and CEO", "Energy Minister",
    "digital affairs minister").
    """
    start = i
    k = i - 1
    while k >= 0 and k not in in_name and _latin_word(words[k]):
        if not _before_title(words, k, i, start, english=english, surnames=surnames):
            break
        start = k
        k -= 1
    while start < i and words[start].key in {"and", "&", "et"}:
        start += 1
    return start


def _title_end(words: Sequence[Word], i: int, name_at: dict[int, _Span], in_name: set[int]) -> int:
    """The index after the words of a post whose title word is ``words[i]``."""
    end = i + 1
    field = False
    while end < len(words) and end - i < _MAX_LATIN_TITLE and end not in in_name:
        word = words[end]
        if word.kind == WORD and word.text[0] >= "\u0600":
            break  # the Arabic words of a mixed sentence
        key = word.key
        if word.kind == MARK:
            if key == "'" and words[end - 1].key in {"l", "d", "qu"}:
                end += 1
                continue
            if plural_possessive_at(words, end) and field:
                end += 1  # "president of the parents' federation"
                continue
            if possessive_at(words, end) and field and end + 2 < len(words):
                end += 2  # head of the hospital's emergency department
                continue
            if key == "," and field:
                goes_on = _field_after_comma(words, end)
                if goes_on and not any(k in in_name for k in range(end, goes_on)):
                    end = goes_on  # Minister of Higher Education, Scientific Research and …
                    if end < len(words) and words[end].key in _ENUMERATION:
                        break  # "… and Innovation and Lumenfeld chief executive …"
                    continue
            closing = _short_form_end(words, end) if key == "(" else None
            if closing is not None:
                end = closing + 1  # (FAO), (SDL Tanger Mobilité)
                continue
            break
        if word.kind == NUMBER:
            break
        if key in {"et", "and", "&"}:
            nxt = words[end + 1] if end + 1 < len(words) else None
            if nxt is None:
                break
            if not field and (_head_at(words, end + 1) or nxt.key in WORDS.title_modifiers):
                end += 1
                continue
            if field and nxt.key in {"de", "du", "des", "d", "l", "la", "of", "the"}:
                end += 1
                continue
            if field and nxt.capitalised and end + 1 not in in_name:
                end += 1
                continue
            if (
                key in {"and", "et"}
                and field
                and _field_word(nxt)
                and nxt.key not in WORDS.title_heads
                and nxt.key not in WORDS.former
                and end + 2 < len(words)
                and _field_word(words[end + 2])
            ):
                end += 1  # "deputy director for financial and enterprise affairs", "des
                # douanes et impôts indirects"
                continue
            break
        if key in WORDS.title_modifiers or key in WORDS.title_heads:
            end += 1
            continue
        if key in WORDS.title_links or key in {"chez", "at", "with"}:
            field = True
            end += 1
            continue
        if key in WORDS.honorifics and key not in WORDS.title_heads:
            break  # "regional health director Dr. Samira …": the name's, not the post's
        if word.capitalised or word.acronym:
            field = True
            end += 1
            continue
        if end + 1 < len(words) and words[end + 1].kind == NUMBER and not word.capitalised:
            break  # "Le directeur général de la mutuelle vise 1,2 million": a verb, its count
        if (
            words[end - 1].acronym
            and not word.capitalised
            and key not in WORDS.title_links
            and key not in _AFTER_ACRONYM
        ):
            break  # "présidente de l'UNDC espère voir …": the post ends with its initials
        if (
            word.text.replace("-", "").isalpha()
            and key not in WORDS.stopwords
            and key not in WORDS.speech_verbs
            and key not in WORDS.signing
            and key not in WORDS.presence
            and key not in WORDS.agents
        ):
            field = True
            end += 1
            continue
        break
    while end > i + 1 and (
        words[end - 1].key in WORDS.title_links
        or words[end - 1].key in ARTICLES
        or words[end - 1].key in {"'", "et", "and", ",", "،"}
        or (end > i + 2 and possessive_at(words, end - 2))
    ):
        end -= 1
    return end
