"""Official candidates: the people an article names, with their posts and institutions."""

from __future__ import annotations

import bisect
import collections
import re
from collections.abc import Sequence

from ..model import Official, Post
from ..text import name_key, normalize
from ..text._tokens import tokenize
from ._candidates import OfficialCandidate
from ._institution import (
    CLOSING_QUOTES,
    MINISTRY_HEADS,
    OPENING_QUOTES,
    Institution,
    says_where_from,
)
from ._latin import written_as_acronym
from ._lexicon import WORDS
from ._match import remembered_match
from ._organizations import Organizations, names_in
from ._person import Person
from ._reader import MENTIONS, Reader
from ._spans import POSSESSIVE_SUFFIXES, Found

__all__ = ["ministry", "official_candidates"]


_LINKS = frozenset({"de", "du", "des", "of", "for", "la", "le", "les", "the"})
_ELIDED = ("d'", "l'", "d’", "l’")


def directorate(post: str, language: str, *, bare: bool = False) -> tuple[str, str] | None:
    """The directorate a director's title names, and its field, as ``(name, field)``.

    "directrice régionale de la santé de l'Oriental" → "Direction régionale de la santé
    de l'Oriental"; "المدير الجهوي للفلاحة" → "المديرية الجهوية للفلاحة"; "regional
    director of health" → "regional directorate of health". The title's adjectives take
    the directorate's gender and place; its field is what follows them, short of the
    ministry the directorate belongs to ("… au ministère de l'Intérieur"). Without
    ``bare``, a title with no adjective names no directorate: "directeur de la
    stratégie" is a post in an institution; :func:`directorate_of_ministry` passes
    ``bare`` for a title that names its ministry. ``None`` when the title is no
    director's, says nothing after the adjectives, or its field is an institution
    ("directeur général du groupe") or a name ("directeur général de Lianyun").
    """
    parts = _directorate_parts(post, language)
    if parts is None:
        return None
    head, adjectives, rest, before = parts
    if not (adjectives or bare) or not rest:
        return None  # "directeur de la stratégie": a post in an institution, named or not
    if not (_linked(rest[0]) or (not adjectives and rest[0].startswith("ال"))):
        return None  # "directeur général délégué", "المدير العام المنتدب": a rank, no field;
        # "مدير الهجرة": a field in construct with the bare title
    rest = _before_parent(rest)
    field = _field(rest)
    if not field or any(
        not _INSTITUTION_WORDS.isdisjoint(tokenize(word)[0].forms)
        for word in field[: 2 if says_where_from(normalize(field[0])) else 1]
    ):
        return None  # "directeur général du groupe", "المدير العام للوكالة", "director
        # general of the Delft-based institute": an institution named before
    if not _QUOTES.isdisjoint(field[0]):
        return None  # 'المدير العام لـ"نبض فارما"': a company's, named in quotes
    if rest[0] == "de" and len(rest) > 1 and rest[1][:1].isupper():
        return None  # "directeur général de Lianyun": a company's, named by its own name
    if written_as_acronym(field[0], normalize(field[0])):
        return None  # "director general of ADER-Fès", "de l'ADER-Fès": an agency's initials
    if _named_after_elision(rest) or _named_after_place(rest):
        return None  # "directrice générale d'Oujda Valoris": a company's too
    if (
        field[0][:1] == "ل"
        and field[0][:2] != "لل"
        and not any(_ARABIC_GOING_ON.match(w) for w in field[1:])
    ):
        return None  # "المديرة العامة لاستوديوهات قصبة سيني", "المدير العام لراديما": a
        # name in construct, the studios', the company's
    if before.isdisjoint(map(normalize, adjectives)):
        return " ".join([head, *adjectives, *rest]), " ".join(field)
    return " ".join([*adjectives, head, *rest]), " ".join(field)


_ARABIC_GOING_ON = re.compile(r"[وف]?(?:ال|[بل])|\(")
"""How a word of a directorate's field in Arabic after its first starts ("للفلاحة بجهة
…", "لأمن نظم المعلومات"): where none does, the words are a name of their own."""


def _named_after_elision(rest: list[str]) -> bool:
    """Whether a field is "d'" and a name of its own: "d'Oujda Valoris", "d'Atlas Lait".

    Not a place ("d'Agadir"), which a regional directorate's field may be.
    """
    first = rest[0]
    if not first.lower().startswith(_ELIDED[::2]) or not first[2:3].isupper():
        return False
    name = first[2:]
    return normalize(name) not in WORDS.places or (len(rest) > 1 and rest[1][:1].isupper())


def _named_after_place(rest: list[str]) -> bool:
    """Whether a field is "of", a place and more of a name: "of Rabat Al Khadra".

    A company named for its city, as "d'Oujda Valoris"; not "of Casablanca-Settat".
    """
    if len(rest) < 3 or rest[0].lower() not in {"of", "de"}:
        return False
    place, after = normalize(rest[1]), normalize(rest[2])
    return (
        place in WORDS.places
        and rest[2][:1].isupper()
        and after not in WORDS.places
        and f"{place} {after}" not in WORDS.places
    )


def _directorate_parts(
    post: str, language: str
) -> tuple[str, list[str], list[str], frozenset[str]] | None:
    """A director's title as its directorate's word, adjectives and the words after them.

    Also the adjectives written before the word in the language ("regional").
    """
    words = post.split()
    heads = WORDS.directorates.get(language)
    if not words or heads is None:
        return None
    before = WORDS.directorate_adjectives_before.get(language, frozenset())
    adjectives = []
    while len(words) > 1 and normalize(words[0]) in before:
        adjectives.append(words[0])  # "regional director of health": regional directorate
        words = words[1:]
    head = heads.get(normalize(words[0]))
    if head is None:
        return None
    if adjectives and not words[0][:1].isupper():
        head = head.lower()
    rest = words[1:]
    agreeing = WORDS.directorate_adjectives.get(language, {})
    while rest and (feminine := agreeing.get(normalize(rest[0]))):
        adjectives.append(feminine)
        rest = rest[1:]
    return head, adjectives, rest, before


def bare_directorate(post: str, language: str) -> str | None:
    """The first words of the directorate a director's title with no field names.

    "directrice régionale" → "Direction régionale", "regional director" → "regional
    directorate": the directorate named before in the article begins so.
    """
    parts = _directorate_parts(post, language)
    if parts is None:
        return None
    head, adjectives, rest, before = parts
    if rest or not adjectives:
        return None
    if before.isdisjoint(map(normalize, adjectives)):
        return " ".join([head, *adjectives])
    return " ".join([*adjectives, head])


def _before_parent(words: list[str]) -> list[str]:
    """A director's field without the institution the directorate belongs to.

    "… des collectivités territoriales au ministère de l'Intérieur", "… للجماعات الترابية
    بوزارة الداخلية": the directorate is the Direction générale des collectivités
    territoriales, at the ministry.
    """
    for k in range(1, len(words)):
        word = words[k]
        following = words[k + 1 : k + 4]
        if following and following[0].lower() == "the":
            following = following[1:]
        if word.lower() in _AT and any(normalize(w) in _PARENTS for w in following[:2]):
            return words[:k]  # "au ministère de …", "at the Interior Ministry"
        if word[:1] == "ب" and normalize(word[1:]) in _PARENTS:
            return words[:k]
    return words


def directorate_of_ministry(post: str, language: str) -> tuple[str, str] | None:
    """The directorate a director's title names inside a ministry it also names.

    "directeur général des collectivités territoriales au ministère de l'Intérieur"
    signs for the Direction générale des collectivités territoriales, though the
    ministry is written in the title; a director with no adjective too ("wali directeur
    de la migration … au ministère de l'Intérieur": the Direction de la migration …).
    """
    words = post.split()
    if len(_before_parent(words)) == len(words):
        return None
    heads = WORDS.directorates.get(language, {})
    if len(words) > 1 and normalize(words[0]) not in heads and normalize(words[1]) in heads:
        words = words[1:]  # "wali directeur de la migration … au ministère de l'Intérieur"
    return directorate(" ".join(words), language, bare=True)


_AT = frozenset({"au", "à", "at", "in", "within", "of"})
_PARENTS = MINISTRY_HEADS | {"ال" + head for head in MINISTRY_HEADS if head >= "\u0600"}
"""The words of a ministry a directorate may belong to: "au ministère", "بوزارة"."""


_INSTITUTION_WORDS = (
    WORDS.anaphors
    | WORDS.generic_anaphors
    | WORDS.centre_words
    | frozenset(WORDS.organization_heads)
)
_QUOTES = OPENING_QUOTES | CLOSING_QUOTES


def _linked(word: str) -> bool:
    """Whether a director's field may start at ``word``.

    A link ("de la santé", "of health") or a word joined to one ("d'Agadir", "للفلاحة").
    """
    return word.lower() in _LINKS or word.lower().startswith(_ELIDED) or word[:1] == "ل"


def _field(words: list[str]) -> list[str]:
    """The words of a field without the links before it: "de la santé" → "santé"."""
    field = list(words)
    while field and field[0].lower() in _LINKS:
        field = field[1:]
    if field and field[0].lower().startswith(_ELIDED) and len(field[0]) > 2:
        field = [field[0][2:], *field[1:]]
    return field


def office_of_title(post: str) -> str | None:
    """The office a title its holder alone bears heads, if the lexicon knows the title.

    "المندوب السامي للتخطيط" → "المندوبية السامية للتخطيط": the High Commission for
    Planning, which signs when the High Commissioner does.
    """
    return WORDS.offices_of_titles.get(normalize(post))


def ministry(post: str, language: str) -> tuple[str, str] | None:
    """The ministry a minister's title names, in the title's language, and its field.

    وزير الصناعة والتجارة → وزارة الصناعة والتجارة; "ministre déléguée chargée de la
    Transition numérique" → "ministère de la Transition numérique"; "Minister of
    Industry" → "Ministry of Industry"; "Minister Delegate for Digital Transition" →
    "Ministry of Digital Transition"; in English the words before the title name it
    too: "Estonian Minister of Economic Affairs" → "Estonian Ministry of Economic
    Affairs", "Energy Minister" → "Energy Ministry". An Arabic nationality after the
    field agrees with the ministry: وزير الصحة السنغالي → وزارة الصحة السنغالية.
    """
    words = post.split()
    ministry = WORDS.ministry.get(language)
    if not words or ministry is None:
        return None
    position = next(
        (
            k
            for k, word in enumerate(words)
            if (key := normalize(word)) in WORDS.ministers
            or (key.startswith("ال") and key[2:] in WORDS.ministers)
        ),
        None,
    )
    if position is None or (position > 0 and language != "en"):
        return None
    before, rest = words[:position], words[position + 1 :]
    if any(normalize(word) in WORDS.head_of_government for word in before):
        return None  # a Prime Minister heads a government, not a ministry
    before = [word for word in before if normalize(word) not in WORDS.minister_ranks]
    if words[position].islower():
        ministry = ministry.lower()
    rest = _past_rank(rest)
    if language == "en" and rest and rest[0] == "for":
        rest = ["of", *rest[1:]]  # Minister Delegate for Digital Transition
    if not rest and not before:
        return None
    if language == "ar" and normalize(rest[0]).startswith("ب") and len(rest[0]) > 3:
        rest = [rest[0][1:], *rest[1:]]  # المكلفة بالانتقال الرقمي → الانتقال الرقمي
    if language == "ar" and rest[-1].endswith("ي") and normalize(rest[-1]) in WORDS.nationalities:
        rest = [*rest[:-1], rest[-1] + "ة"]  # وزير الصحة السنغالي → وزارة الصحة السنغالية
    if language == "fr" and rest:
        rest = [_masculine(rest[0]), *rest[1:]]  # la ministre chilienne → le ministère chilien
    return " ".join([*before, ministry, *rest]), " ".join(_field(rest) or before)


def _masculine(word: str) -> str:
    """A French nationality as a masculine noun takes it: "chilienne" → "chilien"."""
    key = normalize(word)
    if key not in WORDS.nationalities:
        return word
    for cut in (1, 2):  # portugaise → portugais, chilienne → chilien
        if len(key) > cut + 2 and key[:-cut] in WORDS.nationalities:
            return word[:-cut]
    return word


_PASSED = WORDS.ministry_skipped | WORDS.ministry_attached


def _past_rank(rest: list[str]) -> list[str]:
    """A minister's title after its rank: "المنتدبة لدى رئيس الحكومة المكلفة بـ…" → "بـ…".

    Whom a delegate reports to ("لدى رئيس الحكومة", "auprès du Chef du gouvernement,",
    "to the Head of Government") is passed up to the next word of rank ("المكلفة",
    "chargée", "in charge").
    """
    while rest and (key := normalize(rest[0])) in _PASSED:
        if key in WORDS.ministry_attached:
            following = next(
                (
                    k
                    for k, word in enumerate(rest[1:], 1)
                    if normalize(word.rstrip(",،")) in WORDS.ministry_skipped
                ),
                None,
            )
            if following is not None:
                rest = rest[following:]
                continue
        rest = rest[1:]
    return rest


def official_candidates(
    reader: Reader,
    found_people: Sequence[Person],
    organizations: Organizations,
    institutions: Sequence[Institution],
) -> list[OfficialCandidate]:
    """One candidate per person: named with a title, an honorific or a verb, or known.

    A name alone ("ويعتبر محمد العلوي …") is no official unless the dataset knows it.
    """
    anchored = {name_key(p.name.text) for p in found_people if p.anchored}
    full = _full_names({name_key(p.name.text) for p in found_people})
    by_key: dict[str, list[Person]] = collections.defaultdict(list)
    kept: set[str] = set()  # the full names some mention of which is anchored or known
    for person in found_people:
        key = name_key(person.name.text)
        by_key[full.get(key, key)].append(person)
        if key in anchored or remembered_match(reader, "officials", person.name.text) is not None:
            kept.add(full.get(key, key))
    starts = [institution.name.start for institution in institutions]
    result = []
    for full_key, every in by_key.items():
        if full_key not in kept:
            continue  # "ويعتبر محمد العلوي …": a name alone, no one's the dataset knows
        mentions = every[:MENTIONS]
        first = max(mentions, key=lambda p: len(p.name.text.split()))
        with_post = (
            next((p for p in mentions if _post_now(p) and not _whose_only(p)), None)
            or next((p for p in mentions if _post_now(p)), None)
            or next((p for p in mentions if p.post is not None), None)
        )
        matched = remembered_match(reader, "officials", first.name.text)
        posts: list[Post] = []
        post_text = organization_text = None
        if with_post is not None and with_post.post is not None:
            post_text = with_post.post.text
            for post in (with_post.post, *with_post.other_posts):
                title, organization = _post(reader, post, organizations, institutions, starts)
                if organization_text is None and title is not None:
                    organization_text = title
                start = min(with_post.name.start, post.start)
                end = max(with_post.name.end, post.end)
                posts.append(
                    Post(
                        title=post.text,
                        organization=organization,
                        citations=(reader.cite(reader.text[start:end]),),
                    )
                )
        result.append(
            OfficialCandidate(
                quote=reader.text[first.name.start : first.name.end],
                span=(first.name.start, first.name.end),
                match=matched,
                name=first.name.text,
                post=post_text,
                organization=organization_text,
                record=Official(
                    id=matched or reader.ids.new(first.name.text, "official"),
                    name=names_in(reader, first.name.text, first.name.start),
                    posts=tuple(posts),
                    citations=tuple(
                        dict.fromkeys(
                            reader.cite(reader.text[p.name.start : p.name.end]) for p in mentions
                        )
                    ),
                ),
            )
        )
    return result


_FORMER_REACH = 3
"""Words at the start of a post a word that makes it one held before may be among."""


def _post_now(person: Person) -> bool:
    """Whether a mention gives a post its person holds now: not "ancienne avocate"."""
    if person.post is None:
        return False
    words = [token.key for token in tokenize(person.post.text)[:_FORMER_REACH]]
    return WORDS.former.isdisjoint(words)


def _whose_only(person: Person) -> bool:
    """Whether a mention's post is one Arabic title word with a pronoun: «وقعها … رئيسها».

    It says whose the post is only by the sentence around it; a mention that writes
    the post in full («رئيس غرفة الصناعة التقليدية …») gives it better.
    """
    if person.post is None:
        return False
    words = person.post.text.split()
    return len(words) == 1 and words[0][:1] >= "\u0600" and words[0].endswith(POSSESSIVE_SUFFIXES)


_MAX_NAME_WORDS = 6
"""Words a person's name has at most, for the short forms of it (its last words)."""


def _full_names(keys: set[str]) -> dict[str, str]:
    """The full name each shorter name stands for: "M. Alaoui Mrani" after "Youssef Alaoui Mrani".

    A name is the short form of another when it is its last words, and of no other.
    """
    endings: dict[str, set[str]] = collections.defaultdict(set)
    for key in keys:
        words = key.split()
        for n in range(1, min(len(words), _MAX_NAME_WORDS)):
            endings[" ".join(words[-n:])].add(key)
    full: dict[str, str] = {}
    for key in keys:
        longer = endings.get(key, ())
        if len(longer) == 1:
            (full[key],) = longer
    return full


def _post(
    reader: Reader,
    post: Found,
    organizations: Organizations,
    institutions: Sequence[Institution],
    starts: list[int],
) -> tuple[str | None, str | None]:
    """The institution a post names (as written) and the id of its record, if any."""
    index = bisect.bisect_left(starts, post.start)
    if index < len(institutions) and institutions[index].name.start < post.end:
        institution = institutions[index]
        return institution.name.text, organizations.add(institution).record.id
    found = ministry(post.text, reader.language_at(post.start))
    if found is None:
        return None, None
    known = remembered_match(reader, "organizations", found[0])
    if known is not None:
        return None, known
    candidate = organizations.ministry(*found)
    return None, None if candidate is None else candidate.record.id
