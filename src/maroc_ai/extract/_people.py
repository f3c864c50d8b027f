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
from collections.abc import Sequence

from ..text import normalize
from ..text._lexicon import WORDS as DATE_WORDS
from ..text._tokens import NUMBER, WORD, Token, phrase_at
from ._arabic_names import arabic_names, arabic_titles
from ._institution import Institution
from ._latin import ARTICLES
from ._latin_names import ENUMERATION, LINKING, LatinNames, latin_titles
from ._lexicon import WORDS
from ._person import COMMAS, POSSESSIVES, WHERE, YEARS, Person, Span, after_wa, year_old
from ._reader import Reader
from ._roles import BESIDE, COMPOUND_FIRST, GIVEN, HONORIFIC, STOPWORD, TITLE_HEAD, TOPIC
from ._spans import CLOSE_QUOTES, OPEN_QUOTES, Found, Spans, by_first, definite, found, has, longest

__all__ = ["SIGNATORY_LISTS", "Person", "people"]

_GAP_WORDS = (
    frozenset({"و", "et", "and", "de", "du", "d", "des", "of", "كل", "من", "عن", "'"})
    | ARTICLES
    | POSSESSIVES
)
"""What may stand between the names and posts of one chain, besides commas and honorifics."""
_ALSO = frozenset({"also", "aussi"})
"""Words before a post that another holds too: "also a trainee", "elle aussi stagiaire"."""
_PRONOUNS_BEFORE_ALSO = frozenset({"elle", "lui"})


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
    after_names = {_after_name(reader, i) for i in institutions if _of(reader, i)}
    names = arabic_names(reader, after_names) if reader.arabic else []
    named = Spans([(i.name.start, i.name.end) for i in institutions])
    if names:  # جامعة السلطان مولاي سليمان: the university's name, not a person's
        names = [
            rest for name in names if (rest := _past_institution(reader, name, named)) is not None
        ]
    names = [name for name in names if not _site(reader, name)]
    titles = arabic_titles(reader, names, named) if reader.arabic else []
    covered = Spans(
        [(i.name.start, (i.quote or i.name).end) for i in institutions]
        + [(place.start, place.end) for place in places if not place.text.isalpha()]
        + list(amounts)
    )
    ends = {i.name.start: (i.quote or i.name).end for i in institutions}
    for number in reader.latin_sentences:
        latin_names = [
            name for name in LatinNames(reader, number, covered).scan() if not _site(reader, name)
        ]
        names += latin_names
        titles += latin_titles(reader, number, latin_names, ends)
    found_people, unnamed = _assign(reader, names, titles)
    if all(p.post is not None for p in found_people) or not institutions:
        return found_people, unnamed
    inside = _inner_runs(institutions)
    return [
        p for p in found_people if p.post is not None or normalize(p.name.text) not in inside
    ], unnamed


def _past_institution(reader: Reader, name: Span, named: Spans) -> Span | None:
    """The words of an Arabic name after the institution's name it starts in, if two or more.

    "رئيس جامعة السلطان مولاي سليمان عبد العزيز الغزالي" names the president عبد العزيز
    الغزالي; the university's name is no part of his.
    """
    end = named.end_holding(name.found.start)
    if end is None:
        return name
    tokens = reader.tokens
    first = next((k for k in range(name.first, name.last + 1) if tokens[k].start >= end), None)
    if first is None or first == name.last:
        return None
    return name._replace(first=first, found=found(reader.masked, tokens, first, name.last))


_BEFORE_SITES = WORDS.site_nouns | WORDS.monuments | WORDS.namesakes
"""Nouns a site's name follows ("le barrage Lalla Takerkoust", "le palais El Badi"), and
words a saint's follows ("موسم مولاي عبد الله أمغار")."""


_VERB_ENDINGS = ("s", "ed", "ing")
"""How English verbs after a name end, which no adjective before a site's noun does."""


def _site(reader: Reader, name: Span) -> bool:
    """Whether a name is a site's: a noun of ``site_nouns`` stands just before or after it.

    "le directeur du site Noor Skoura", "مدير موقع نور سكورة", "the Noor Skoura complex":
    a given name starts the site's name, no person's; a post runs on through it. So
    does a monument's noun before the name ("le palais El Badi") or at its end,
    capitalised ("the Ben Youssef Madrasa"), and a site's noun at its end after words
    that are no given name, joined by a hyphen or not ("Horticultural Complex"). No
    one's name holds "بحي" ("صاحب رياض بحي القصبة": a riad in a district), follows a
    word a saint's name follows (``namesakes``: "موسم مولاي عبد الله أمغار"), is a town
    the lexicon knows after a word joined to «ب» ("بمركز مولاي بوسلهام"), or goes on a
    place the word before it starts ("وإنزكان أيت ملول"), nor is a king's, with his
    ordinal, after a site's noun and its town ("مطار العيون الحسن الأول").
    """
    tokens = reader.tokens
    before = tokens[name.first - 1] if name.first > 0 else None
    after = tokens[name.last + 1] if name.last + 1 < len(tokens) else None
    beyond = tokens[name.last + 2] if name.last + 2 < len(tokens) else None
    last = tokens[name.last]
    return (
        (before is not None and not _BEFORE_SITES.isdisjoint(before.forms))
        or _site_of_saint(tokens, name.first)
        or _listed_after_sites(tokens, name.first)
        or any(_in_a_site(tokens[k]) for k in range(name.first + 1, name.last + 1))
        or (after is not None and after.text.islower() and _site_noun(after.key))
        or (
            after is not None
            and beyond is not None
            and after.text.islower()
            and after.text.isalpha()
            and not after.text.endswith(_VERB_ENDINGS)  # "Karim Alami manages plant …"
            and beyond.text.islower()
            and _site_noun(beyond.key)
        )  # "the Noor Debdou photovoltaic plant", "the Sidi Brahim industrial zones": an
        # adjective, then the site's noun
        or (name.last > name.first and last.text[:1].isupper() and last.key in WORDS.monuments)
        or (
            before is not None
            and before.key[:1] == "ب"
            and len(before.forms) > 1
            and normalize(name.found.text) in WORDS.places
        )  # "حارس غابوي بمركز مولاي بوسلهام": in a centre of a town the lexicon knows
        or (before is not None and _place_goes_on(tokens, before, name))
        or (
            name.first > 1
            and before is not None
            and last.key in WORDS.regnal_ordinals
            and before.key in WORDS.places
            and not _BEFORE_SITES.isdisjoint(tokens[name.first - 2].forms)
        )  # "مدير مطار العيون الحسن الأول": the airport of Laayoune, named for a king;
        # not "مدير مطار أكادير محمد بنعلي", its director
        or (
            name.last > name.first
            and last.text[:1].isupper()
            and last.key in WORDS.site_nouns
            and tokens[name.first].key not in WORDS.given_names
            and "-" not in name.found.text
            and tokens[name.last - 1].key not in WORDS.name_particles
        )  # "the IAV's Agadir Horticultural Complex"; not "Jane Park", "Ji-ho Park",
        # "Pieter van Dam"
    )


_LISTED_SITES = 6
"""How many names a list after a site's noun in the plural is read back through."""


def _site_of_saint(tokens: Sequence[Token], first: int) -> bool:
    """Whether a name with a place's prefix follows a dam's noun and "de" or "of".

    "l'embouchure du barrage de Sidi Saïd Maâchou", "the dam of Sidi Mohamed Ben
    Abdellah" (``saint_sites``): the site's place; not "l'usine de Moulay Hafid
    Elalamy", someone's factory.
    """
    return (
        first > 1
        and tokens[first - 1].key in {"de", "of"}
        and tokens[first].key in WORDS.place_prefixes
        and tokens[first - 2].key in WORDS.saint_sites
    )


def _listed_after_sites(tokens: Sequence[Token], first: int) -> bool:
    """Whether a name follows a site's noun in the plural, or ends a list that does.

    "les barrages Bin El Ouidane, Ahmed El Hansali, Al Massira et Hassan Ier": each is
    a dam's name, as the first one is.
    """
    k = first - 1
    if k >= 0 and _plural_site(tokens[k].key):
        return True  # "the dams Ahmed El Hansali and …": the first of them
    for _ in range(_LISTED_SITES):
        if k < 1 or (tokens[k].key not in ENUMERATION and tokens[k].key not in COMMAS):
            return False
        k -= 1
        while k > 0 and tokens[k].kind == WORD and tokens[k].text[:1].isupper():
            k -= 1
        if _plural_site(tokens[k].key):
            return True
    return False


def _place_goes_on(tokens: Sequence[Token], before: Token, name: Span) -> bool:
    """Whether the word before a name starts a place the lexicon knows that runs into it.

    "بعمالتي أكادير إداوتنان وإنزكان أيت ملول": the prefecture of Inezgane-Aït Melloul.
    """
    if name.last == name.first:
        return False
    rest = f"{tokens[name.first].key} {tokens[name.first + 1].key}"
    return any(f"{form} {rest}" in WORDS.places for form in before.forms)


def _site_noun(key: str) -> bool:
    """Whether ``key`` is a site's noun, in the singular or the plural: "zone", "zones"."""
    return key in WORDS.site_nouns or _plural_site(key)


def _plural_site(key: str) -> bool:
    """Whether ``key`` is a site's noun in the plural: "barrages", "dams"."""
    return key.endswith("s") and key[:-1] in WORDS.site_nouns


def _in_a_site(token: Token) -> bool:
    """Whether an Arabic word is "ب" and a site's noun: "بحي", "بدوار" ("in the district of")."""
    return token.text[:1] == "ب" and (
        token.key in WORDS.site_nouns or token.forms[-1] in WORDS.site_nouns
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


def _after_name(reader: Reader, institution: Institution) -> int:
    """The token after an institution's name, past the quote that closes it."""
    k = reader.first_token(institution.name.end)
    tokens = reader.tokens
    if (
        k < len(tokens)
        and tokens[k].key in CLOSE_QUOTES
        and tokens[k].start == institution.name.end
    ):
        return k + 1  # لشركة "فيجيلارتي سيستماس" روي ميندونسا تافاريس
    return k


def _of(reader: Reader, institution: Institution) -> bool:
    """Whether an Arabic institution is named after ل, as a title's is: "لشركة سولبرغ داتا"."""
    first = reader.first_token(institution.name.start)
    tokens = reader.tokens
    if 0 < first < len(tokens) and tokens[first - 1].key in OPEN_QUOTES:
        first -= 1  # لشركة "صقر درونز": the quote opens the name
    return (first < len(tokens) and tokens[first].text[:1] == "ل") or (
        first > 0 and tokens[first - 1].text[:1] == "ل"
    )


# Putting names and posts together


SIGNATORY_LISTS = by_first([(phrase, True) for phrase in WORDS.signatory_lists])
"""The lexicons' ``signatory_lists`` by first word: "كل من", ", par", ", by" start a list
of who signs."""


def _also_at(between: Sequence[Token], k: int) -> int:
    """How many words at ``between[k]`` say another holds the post after: "elle aussi"."""
    key = between[k].key
    if key in _ALSO:
        return 1
    if key in _PRONOUNS_BEFORE_ALSO and k + 1 < len(between) and between[k + 1].key in _ALSO:
        return 2
    return 0


def _gap(reader: Reader, left: Span, right: Span) -> str | None:
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
        if (
            key in WORDS.attached
            and k + 3 == len(between)
            and between[k + 1].key[:1] == "ل"
            and between[k + 2].key in COMMAS
        ):
            k += 2  # "رئيس لجنة التفتيش التابعة للوزارة، حميد الزروالي": whose the body is
            continue
        if key in COMMAS or key in _GAP_WORDS or key == "." or honorific[k]:
            k += 1
            continue
        behalf = (  # "X، المدير …، نيابة عن الوزارة، والمهندسة …": for whom
            _on_behalf_at(between, k)
            if left.title and left.first > 0 and tokens[left.first - 1].key in COMMAS
            else 0
        )
        if behalf:
            k += behalf
            continue
        also = _also_at(between, k) if right.title else 0
        if also:
            k += also  # "Ikram Sebbar, 21, also a trainee", "elle aussi stagiaire"
            continue
        if key == "(" and k == len(between) - 1 and _bracketed(reader, left, right):
            k += 1  # "Nabil Azzouzi (directeur des opérations de …)": the post in brackets
            continue
        if (
            k == len(between) - 1
            and left.title
            and not right.title
            and between[k].kind == WORD
            and has(between[k], WORDS.nationalities)
            and _set_off_before(between, k)
        ):
            k += 1  # "directeur général de Ventis Maroc, le Néerlandais Pieter van Dijk"
            continue
        aside = _age_at(between, k, phrase=True) if not left.title else 0
        if aside:
            k += aside  # "Reda Lamghari (38 ans), fondateur …", "Abdeslam Riffi, 54, a …"
            continue
        introducer = _introducer_at(between, k)
        if introducer:  # "، الذي يشغل منصب", ", qui occupe le poste de", ", who serves as"
            copula = between[k].key in WORDS.copulas
            k += introducer
            if k < len(between) and between[k].key in {"'", "’"}:
                k += 1  # "qui occupera le poste d'inspecteur"
            if copula and k < len(between):
                return None  # "… est aujourd'hui à la retraite": the post right after, or none
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
        if (
            j > k
            and j < len(between)
            and between[j].key in {"'", "’"}
            and between[j - 1].key.endswith("s")
            and between[j - 1].end == between[j].start
        ):
            k = j + 1  # "Adalia Labs'": a plural's possessive
            continue
        return None
    return "link"


def _on_behalf_at(between: Sequence[Token], k: int) -> int:
    """How many tokens "on behalf of" and whom take at ``between[k]``, up to a comma; 0 if none.

    Set off by commas after a post that follows its holder's name, it says for whom
    the holder signs; the list of signatories goes on after it. (After a post that
    opens the list, before its holder, the next name is that post's.)
    """
    for phrase in WORDS.on_behalf:
        if phrase_at(between, k, phrase):
            end = k + len(phrase)
            while end < len(between) and between[end].key not in COMMAS and end - k < _BEHALF:
                end += 1
            return end - k if end < len(between) else 0
    return 0


_BEHALF = 6
"""Tokens of "on behalf of" and whom, at most."""


def _set_off_before(between: Sequence[Token], k: int) -> bool:
    """Whether a comma stands right before ``between[k]``, or before its article.

    "…, le Néerlandais Pieter van Dijk", "…, l'Allemand Matthias Kessler", «…، الهولندي
    بيتر فان دايك»; not "Le président de la FRMF et le Marocain Achraf Hakimi", another
    person after "et".
    """
    j = k - 1
    if j >= 0 and between[j].key in {"'", "’"}:
        j -= 1  # "…, l'Allemand Matthias Kessler"
    if j >= 0 and between[j].key in ARTICLES:
        j -= 1
    return j >= 0 and between[j].key in COMMAS


_HIS_OR_HER = ("ها", "ه")
"""How a noun is written whose owner is a third person: «جارته», «زميلها»."""


def _topic_of_kin(reader: Reader, k: int) -> bool:
    """Whether ``tokens[k]`` is someone's relative, after «أما», before the name it sets apart.

    "أما جارته رقية الغازي فتؤكد …": his neighbour (``relatives``), named as the topic the
    sentence turns to; not "أما بلدته سيدي قاسم …", his town.
    """
    tokens = reader.tokens
    return (
        k > 0
        and bool(reader.roles[k - 1] & TOPIC)
        and tokens[k].kind == WORD
        and _relative_of(tokens[k].text)
    )


def _relative_of(written: str) -> bool:
    """Whether an Arabic word is a relative of someone's: «جارته», «زميلها», «ابنه»."""
    for ending in _HIS_OR_HER:
        if written.endswith(ending):
            stem = written[: -len(ending)]
            if stem.endswith("ت"):
                stem = stem[:-1] + "ة"  # جارت: جارة, as written alone
            return normalize(stem) in WORDS.relatives
    return False


def _subject_before_demonstrative(reader: Reader, name: Span) -> bool:
    """Whether a given name and a surname come between a verb and a demonstrative.

    "يتابع عبد القادر شفيق هذه الوعود", "وتعرف فاطمة الزياني هذه المعاناة": the subject
    of the verb before it, whose object the demonstrative opens; someone, not a place
    ("وسيدي سليمان هذه الأداة": a place's prefix opens it, or the lexicon knows it), nor
    a common noun that is also a given name before a noun with the article ("أعادت بشرى
    الأمطار هذا الأمل"), where a family name would end in «ي».
    """
    tokens, after = reader.tokens, name.last + 1
    first = tokens[name.first]
    return (
        name.last > name.first
        and after < len(tokens)
        and tokens[after].key in WORDS.demonstratives
        and bool(reader.roles[name.first] & (GIVEN | COMPOUND_FIRST))
        and WORDS.place_prefixes.isdisjoint(first.forms)
        and (
            WORDS.given_nouns.isdisjoint(first.forms)
            or tokens[name.last].key.endswith("ي")
            or not definite(tokens[name.last])
        )  # "وتعيش إيمان الرشيدي هذه المعاناة"; not "أعادت بشرى الأمطار هذا الأمل"
        and normalize(name.found.text) not in WORDS.places
    )


def _nationality_said(reader: Reader, k: int) -> bool:
    """Whether ``tokens[k]`` is a nationality with the article said of the name after it.

    "وقالت السويدية أنيكا ليندكفيست", "…، السويدية أنيكا ليندكفيست،": "the Swede",
    after a verb of speaking or a comma; not "الاتحاد الأوروبي بهبة", an adjective.
    """
    tokens = reader.tokens
    word = tokens[k]
    if not (word.key.startswith("ال") and has(word, WORDS.nationalities)) or k == 0:
        return False
    before = tokens[k - 1]
    return before.key in COMMAS or (before.kind == WORD and has(before, WORDS.speech_verbs))


def _aged(reader: Reader, name: Span) -> bool:
    """Whether a person's age follows a name: "إيمان الزروالي (27 سنة)", "X, 54, …".

    Or is said within a few words after the comma that sets off a given name, past what
    else is said of the person: "مريم آيت واكريم، أصغر عضوات التعاونية، البالغة من العمر
    22 سنة", "عبد الغني آيت إبراهيم، بنّاء يبلغ من العمر 47 عاما", "ياسين أمزيل، ابن سيدي
    كاوكي البالغ من العمر 17 سنة".
    """
    tokens, k = reader.tokens, name.last + 1
    if k < len(tokens) and tokens[k].key in COMMAS:
        k += 1
    if k < len(tokens) and _age_at(tokens, k) > 0:
        return True
    first = reader.tokens[name.first]
    if not reader.roles[name.first] & (GIVEN | COMPOUND_FIRST) or (
        first.key in WORDS.place_prefixes and not _given_after_prefix(reader, name)
    ):
        return False  # not "سيدي شنان، …": a saint's name, a place's; "سيدي ابراهيم ولد
        # لمرابط، البالغ من العمر …" is a man's, a given name after «سيدي»
    if (
        name.last + 1 >= len(tokens)
        or tokens[name.last + 1].key not in COMMAS
        or tokens[name.last].key in WORDS.regnal_ordinals
    ):
        return False  # not "ساحة محمد الخامس، …": a square named for a king
    sentence = reader.sentence_of[name.last]
    own = True  # whether the words since the last comma may be what is said of the person
    titled = False  # whether a title opens them, whose field may have the article
    for m in range(name.last + 2, min(name.last + _AGE_REACH, len(tokens))):
        if reader.sentence_of[m] != sentence:
            return False
        if tokens[m - 1].key in COMMAS:
            own, titled = True, bool(reader.roles[m] & TITLE_HEAD)
        if any(phrase_at(tokens, m, phrase) for phrase in WORDS.age_phrases):
            return own
        if tokens[m].key[:1] == "و":
            return False  # "…، وتعود لشاب يبلغ من العمر 25 سنة": someone else's age
        if not titled and (definite(tokens[m]) or reader.roles[m] & STOPWORD):
            own = False  # "نور البحر، قرب منزل الطفل البالغ …": the child's age
    return False


def _given_after_prefix(reader: Reader, name: Span) -> bool:
    """Whether a name that opens with a place's prefix is a man's: «سيدي» and a given name.

    Three words or more ("سيدي ابراهيم ولد لمرابط"), neither a place the lexicon knows
    nor after «من» ("ينحدر من سيدي يحيى الغرب": where he is from).
    """
    tokens = reader.tokens
    words = " ".join(token.key for token in tokens[name.first : name.last + 1])
    return (
        name.last - name.first >= 2
        and bool(reader.roles[name.first + 1] & GIVEN)
        and words not in WORDS.places
        and not (name.first > 0 and tokens[name.first - 1].key == "من")
    )


_AGE_REACH = 9
"""How many tokens after a name an age said after its comma may start."""


def _met(reader: Reader, name: Span) -> bool:
    """Whether the comma after a name opens a phrase of ``met_phrases``.

    "فاطمة الزهراء آيت الحاج، التي التقتها هسبريس …", "Fatimatou Ebbe, rencontrée dans
    le quartier": someone the reporter met, not a name alone.
    """
    tokens = reader.tokens
    k = name.last + 1
    return (
        k + 1 < len(tokens)
        and tokens[k].key in COMMAS
        and any(phrase_at(tokens, k + 1, phrase) for phrase in WORDS.met_phrases)
    )


def _said_of(reader: Reader, name: Span) -> bool:
    """Whether a relative pronoun after a given name, or its comma, says something of the person.

    "زهرة العمراني، التي تبيع السمك منذ عشرين سنة" (``relatives_of_people``): someone, no
    name alone. Not after a saint's name, a place's ("سيدي بوزيد، الذي …"), nor a
    preposition's ("بمنى وعرفات، التي …"), nor a king's, which names what is named for
    him ("قنطرة محمد السادس، التي …"), nor after a noun in construct, whose complement
    the words are ("إطالة عمر أقدم العربات، التي …": the life of the oldest cars), nor a
    given name that is a common noun too (``given_nouns``: "ضمان حياة كريمة، التي …"), nor
    a name with a place in it ("حسنية أكادير، القادم من فوز …": a club).
    """
    tokens = reader.tokens
    k = name.last + 1
    first = tokens[name.first]
    if any(form in WORDS.given_nouns for form in first.forms):
        return False
    before = tokens[name.first - 1] if name.first > 0 else None
    if (
        before is not None
        and before.kind == WORD
        and before.text.endswith("ة")
        and not definite(before)
        and not reader.roles[name.first - 1] & TITLE_HEAD
    ):
        return False
    if k < len(tokens) and tokens[k].key in COMMAS:
        k += 1  # "زهرة العمراني، التي …"
    elif definite(tokens[name.last]):
        return False  # without a comma, "عبد القادر ناجي الذي كان …"; not "أسماء العائلات
        # التي …", "علي أولا المريض الذي …": the relative clause says of a noun
    return (
        k < len(tokens)
        and tokens[k].key in WORDS.relatives_of_people
        and (
            first.key in WORDS.given_names
            or (first.key[:1] in _CONJUNCTIONS_JOINED and first.key[1:] in WORDS.given_names)
        )
        and first.key not in WORDS.place_prefixes
        and tokens[name.last].key not in WORDS.regnal_ordinals
        and not any(
            form in WORDS.places
            for m in range(name.first + 1, name.last + 1)
            for form in tokens[m].forms
        )  # "حسنية أكادير، القادم من فوز …": a club, named for its city
    )


_CONJUNCTIONS_JOINED = frozenset({"و", "ف"})
"""Conjunctions written joined to a name ("وزهرة", "فحسن"); a preposition joined to one
("بمنى") makes it no subject the relative clause can describe."""


def _age_at(tokens: Sequence[Token], k: int, *, phrase: bool = False) -> int:
    """How many tokens a person's age takes at ``tokens[k]``, after the name.

    "(38 ans)", "(54 سنة)", a number between commas, with its word of years or not
    ("Abdeslam Riffi, 54, a …", "Salma Ouhaddou, 22 ans, stagiaire …"), or an age
    written as one adjective ("a 24-year-old data engineer"). With ``phrase``, between a
    name and its post, also one said with its phrase between commas ("موحى آيت الطالب،
    البالغ من العمر 52 عاما، وهو صياد"); whether a name is someone's, with its age so
    said, is `_aged`'s to tell.
    """
    token = tokens[k]
    if phrase and k > 0 and tokens[k - 1].key in COMMAS:
        said = next((words for words in WORDS.age_phrases if phrase_at(tokens, k, words)), None)
        if said is not None:
            end = k + len(said)
            if end < len(tokens) and tokens[end].kind == NUMBER:
                end += 1
                if end < len(tokens) and tokens[end].key in YEARS:
                    end += 1
                if end < len(tokens) and tokens[end].key in COMMAS:
                    return end + 1 - k
    if (
        token.kind == NUMBER
        and k + 4 < len(tokens)
        and tokens[k + 1].key == "-"
        and tokens[k + 3].key == "-"
        and year_old(tokens[k + 2].key, tokens[k + 4].key)
    ):
        return 5  # "Imane Chergaoui, a 24-year-old data engineer"
    if token.kind == NUMBER and 0 < k < len(tokens) - 1 and tokens[k - 1].key in COMMAS:
        if tokens[k + 1].key in COMMAS:
            return 1
        if k + 2 < len(tokens) and tokens[k + 1].key in YEARS and tokens[k + 2].key in COMMAS:
            return 2
    if token.key != "(" or k + 2 >= len(tokens) or tokens[k + 1].kind != NUMBER:
        return 0
    end = k + 2
    if end < len(tokens) and tokens[end].kind == WORD:
        end += 1  # ans, سنة, years
    return end + 1 - k if end < len(tokens) and tokens[end].key == ")" else 0


def _bracketed(reader: Reader, left: Span, right: Span) -> bool:
    """Whether a post is written in brackets right after a name: "X (directeur de …)"."""
    after = right.last + 1
    return (
        not left.title
        and right.title
        and after < len(reader.tokens)
        and reader.tokens[after].key == ")"
    )


def _where_between(tokens: Sequence[Token], k: int) -> int:
    """How many tokens a place set off by commas takes at ``tokens[k]`` ("à Taounate")."""
    if tokens[k].key not in WHERE or k == 0 or tokens[k - 1].key not in COMMAS:
        return 0
    j = k + 1
    while j < len(tokens) and j - k <= 3 and tokens[j].text[:1].isupper():
        j += 1
    return j - k if j > k + 1 and j < len(tokens) and tokens[j].key in COMMAS else 0


_INTRODUCERS_BY_FIRST = by_first([(phrase, True) for phrase in WORDS.post_introducers])


def _introducer_at(tokens: Sequence[Token], k: int) -> int:
    """How many tokens a phrase that introduces a post takes at ``tokens[k]`` (0: none)."""
    hit = longest(tokens, k, _INTRODUCERS_BY_FIRST)
    return 0 if hit is None else hit[0]


def _assign(
    reader: Reader, names: list[Span], titles: list[Span]
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
    posts: dict[int, list[Span]] = {}
    used: set[int] = set()
    chains: list[list[Span]] = []
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
    said: frozenset[str] | None = None  # the words after a verb of saying, once needed
    named_in = collections.Counter(reader.sentence_of[name.first] for name in names)
    titles_at = {title.first: title for title in reversed(titles)}
    for name in names:
        # several posts before one name are held in the order written, the first first
        # ("والي جهة الشرق، عامل عمالة وجدة أنجاد، السيد خطيب الهبيل")
        found_posts = _own_posts(
            reader, sorted(posts.get(id(name), []), key=lambda span: span.first)
        )
        if len(found_posts) == 1 and (
            _honorific_alone(reader, found_posts[0]) or _rank_alone(reader, found_posts[0])
        ):
            after = _post_linked_after(reader, items, name)
            if after is not None and id(after) not in used and not _former(reader, after):
                # "Professor Anouar Belkadi, president of …": the post is the one after
                used.add(id(after))
                found_posts = [_and_next(reader, items, after, used)]
        if not found_posts:
            said_next = _post_said_next(reader, name, named_in, titles_at, used)
            if said_next is not None:
                used.add(id(said_next))
                found_posts = [said_next]
        given.update(k for span in found_posts for k in range(span.first, span.last + 1))
        anchored = (
            name.anchored
            or name.honorific
            or bool(found_posts)
            or _aged(reader, name)
            or _met(reader, name)
            or _said_of(reader, name)
        )
        if not anchored and name.first > 0:
            before = reader.tokens[name.first - 1]
            anchored = before.kind == WORD and (
                has(before, WORDS.speech_verbs)
                or has(before, WORDS.presence)
                or has(before, WORDS.the_late)  # زوجها الراحل عبد الله الراضي
                or bool(reader.roles[name.first - 1] & TOPIC)  # أما محمد أكورام … فأكد
                or _topic_of_kin(reader, name.first - 1)
                or _nationality_said(reader, name.first - 1)
                or _subject_before_demonstrative(reader, name)
            )
        if not anchored and name.last > name.first:
            if said is None:
                said = _said_next(reader)
            anchored = _quoted_again(reader, name, said)
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


def _said_next(reader: Reader) -> frozenset[str]:
    """The keys of the words right after a verb of saying, anywhere in the article."""
    tokens = reader.tokens
    return frozenset(
        tokens[k + 1].key
        for k in range(len(tokens) - 1)
        if tokens[k].kind == WORD and has(tokens[k], WORDS.speech_verbs)
    )


def _quoted_again(reader: Reader, name: Span, said: frozenset[str]) -> bool:
    """Whether a name of two words or more is said again alone after a verb of saying.

    "وتجسد فاطمة الزهراء العكاري هذا التحول … وتقول العكاري:": someone, by the family
    name; a given name alone may be a common word after the verb ("قال علي", "حسن").
    """
    last = reader.tokens[name.last]
    return last.key in said and last.key not in WORDS.given_names


def _and_next(reader: Reader, items: list[Span], post: Span, used: set[int]) -> Span:
    """A post with the one joined to it by "and" that no name follows, written as one.

    "الباحثة زينب أبعقيل، الأستاذة بالمدرسة والمشرفة على المشروع، أن …": both are hers.
    """
    index = next(k for k, item in enumerate(items) if item is post)
    if index + 1 >= len(items):
        return post
    title = items[index + 1]
    if (
        not title.title
        or id(title) in used
        or not _joined_by_and(reader, title.first)
        or _former(reader, title)
        or (index + 2 < len(items) and not items[index + 2].title)
    ):
        return post
    used.add(id(title))
    return _written_as_one(reader, post, title)


def _written_as_one(reader: Reader, first: Span, second: Span) -> Span:
    """Two posts of one person, from the first's start to the second's end, as one post."""
    start, end = first.found.start, second.found.end
    return first._replace(last=second.last, found=Found(start, end, reader.masked[start:end]))


def _cut(reader: Reader, title: Span, *, latin: bool) -> list[Span]:
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
            and not _founder_only(tokens, first, k)
        ):
            parts.append(title._replace(last=k - 1, found=found(text, tokens, first, k - 1, skip)))
            first, skip = nxt, 1 if nxt == k else 0
            k = nxt
        k += 1
    if not parts:
        return [title]
    end = found(text, tokens, first, title.last, skip)
    return [*parts, title._replace(first=first, found=end)]


def _founder_only(tokens: Sequence[Token], first: int, end: int) -> bool:
    """Whether ``tokens[first:end]`` are a founder's words alone: "والمؤسسة المشاركة".

    "، والمؤسسة المشاركة والمديرة العامة لشركة …، X": one person's post, whose title
    joined to "و" is the founder's second.
    """
    return any(
        len(phrase) == end - first and phrase_at(tokens, first, phrase) for phrase in WORDS.founders
    )


_POSSESSIVE_ENDINGS = ("ها", "هما", "هم")
"""Arabic possessive suffixes of "its" and "their": "رئيسها"."""


def _possessed(token: Token) -> bool:
    """Whether an Arabic title ends with a possessive: "ورئيسها التنفيذي", its own CEO.

    "مؤسس الشركة ورئيسها التنفيذي" and "المؤسسة المشاركة للمقاولة ومديرتها العامة" are
    one person's two posts.
    """
    return any(
        form.endswith(ending) and _feminine(form[: -len(ending)]) in WORDS.title_heads
        for form in token.forms
        for ending in _POSSESSIVE_ENDINGS
    )


def _feminine(stem: str) -> str:
    """A title's stem before a suffix, as the title is written alone: "مديرت" is "مديرة"."""
    return stem[:-1] + "ه" if stem.endswith("ت") else stem


def _post_linked_after(reader: Reader, items: list[Span], name: Span) -> Span | None:
    """The post set off right after ``name`` among the spans ``items`` (in order), if any."""
    index = bisect.bisect_right(items, name.first, key=lambda span: span.first)
    if index >= len(items) or not items[index].title:
        return None
    return items[index] if _gap(reader, name, items[index]) == "link" else None


def _honorific_alone(reader: Reader, title: Span) -> bool:
    """Whether a post is one word that is also a form of address: "Professor", "الدكتور"."""
    return title.first == title.last and bool(reader.roles[title.first] & HONORIFIC)


def _rank_alone(reader: Reader, title: Span) -> bool:
    """Whether a post is a rank or a trade alone, before a name.

    An Arabic word with the article ("الباحثة", "القاضي"), with its nationalities and a
    field after «في» ("الخبير الدنماركي في علم الصوتيات"), or a few lowercase words in
    Latin letters: "chief inspector Rachid Ait Belkacem, head of the port's targeting unit",
    "l'inspecteur principal X, chef de la cellule …", or a rank of ``ranks``, of one word
    or more ("Commander X, head of …", "القبطان البحري"): the post written after the
    name, which says where, is the one held.
    """
    tokens = reader.tokens
    words = tokens[title.first : title.last + 1]
    if words[0].text[:1] >= "\u0600" and definite(words[0]):
        k = 1
        trade = any(form in WORDS.trades_of_a_kind for form in words[0].forms)
        while (
            k < len(words)
            and definite(words[k])
            and (
                has(words[k], WORDS.nationalities)
                or (trade and k == len(words) - 1 and words[k].key.endswith(("يه", "ي")))
            )
        ):
            k += 1
        if k == len(words) or (words[k].key == "في" and k + 1 < len(words)):
            return True  # "القاضية X، رئيسة المحكمة …", "المهندسة الهولندية X، المسؤولة
            # …", "المهندسة المعمارية X، رئيسة مؤسسة …", "الخبير الدنماركي في علم
            # الصوتيات X، مدير …": a trade, what kind and its field
    rest = "".join(" " + t.key for t in words[1:])
    if any(form + rest in WORDS.ranks for form in words[0].forms):
        return True  # "والقبطان البحري X، رئيس قسم …": a naval rank, with «و» or not
    if len(words) > _RANK_WORDS or any(t.key in _RANK_LINKS for t in words):
        return False
    if has(words[-1], WORDS.ranks):
        return True  # "Navy Captain X, head of the DHOC", "القائد X، رئيس المصلحة …"
    if not all(t.kind == WORD and t.text[0] < "\u0600" for t in words):
        return False
    if all(t.text.islower() for t in words):
        return True
    return words[-1].key not in _OFFICES and all(  # "Austrian engineer X, the CTO of …";
        t.text.islower() or has(t, WORDS.nationalities)  # not "Moroccan Minister X"
        for t in words
    )


_OFFICES = WORDS.ministers | WORDS.company_titles | WORDS.officer_titles
"""Title words of an office, which a post after the name does not replace."""


_RANK_WORDS = 3
"""Words a rank alone is written in at most ("chief inspector", "inspecteur principal")."""
_RANK_LINKS = frozenset({"of", "at", "for", "de", "du", "des", "d", "à", "au", "aux"})
"""Words that tie a post to where it is held: a post with one is no rank alone."""
_OPENING_ARTICLES = frozenset({"le", "la", "l", "'", "’", "the", "ce", "cet", "cette", "this"})
"""Articles and demonstratives before a title that opens a sentence ("Ce professeur de …")."""
_ACCORDING = frozenset({"selon", "pour", "according", "to", "as"})
"""Words that open a sentence before the title of who says it, or holds it: "Selon le
directeur …", "As director of the academy, he will …"."""


def _post_said_next(
    reader: Reader,
    name: Span,
    named_in: collections.Counter[int],
    titles_at: dict[int, Span],
    used: set[int],
) -> Span | None:
    """The post that opens the sentence after a name given without one, if one does.

    "Samia Berkane a ensuite pris la parole. La présidente de la Fédération … a
    rappelé": the title, with its article and no name, is the subject of the next
    sentence, and the only person the sentence before names holds it (``named_in``:
    how many names each sentence has); so it is after a sentence between that names no
    one (a quotation of the person), not opening another paragraph. A title alone ("La
    ministre a répondu"), or one written before, is someone else's, named earlier.
    """
    sentence_of = reader.sentence_of
    number = sentence_of[name.first]
    if named_in[number] > 1:
        return None
    for following in range(number + 1, number + 1 + _SAID_NEXT):
        if named_in[following]:
            return None
        title = _opening_title(reader, following, titles_at) or _title_after_quote(
            reader, following, titles_at
        )
        if title is not None:
            if (
                id(title) in used
                or reader.written_near(title.found.start, title.found.end, after=False)
                or _another_paragraph(reader, name, title)
            ):
                return None
            return title
    return None


def _another_paragraph(reader: Reader, name: Span, title: Span) -> bool:
    """Whether a title opens a paragraph after a name's with no word of that name between.

    Another matter, another person; not '"…," Vogelsang said. The director of KfW's
    Rabat office added …', the person's own paragraph after their name.
    """
    between = reader.masked[name.found.end : title.found.start]
    return "\n" in between and name.found.text.split()[-1] not in between


_SAID_NEXT = 2
"""Sentences after a name whose opening title may be its post: the next one, or the one
after a sentence that names no one ("« … », explique-t-elle. La cheffe du service …")."""


def _opening_title(reader: Reader, number: int, titles_at: dict[int, Span]) -> Span | None:
    """The title with its article that opens sentence ``number``.

    Perhaps after "Selon" or "According to", or after whose it is ("The bank's head of
    compliance said …"). Three words or more; two in Arabic when the second has the
    article ("مديرة الوكالة").
    """
    first = reader.token_range.get(number, (-1, -1))[0]
    tokens = reader.tokens
    k = first
    while 0 <= k < len(tokens) and tokens[k].key in _ACCORDING and k - first < 2:
        k += 1  # "Selon le directeur général de l'ANAPEC, …", "According to the …"
    opened = k
    if k >= 0:
        k = _past_articles(tokens, k, len(tokens))
    if (
        k > opened
        and k + 3 < len(tokens)
        and tokens[k].kind == WORD
        and tokens[k + 1].key in {"'", "’"}
        and tokens[k + 2].key == "s"
    ):
        k += 3  # "The bank's head of compliance said …": whose, then the title
    if k == first:
        subject = _arabic_subject(tokens, k) if 0 <= k < len(tokens) else None
        if subject is None and 0 <= k < len(tokens):
            subject = _person_described(tokens, k, titles_at)
        if subject is None:
            return None
        k = subject
    title = titles_at.get(k)
    if (title is None or has(tokens[k], WORDS.nationalities)) and opened == first >= 0:
        described = _described_by_origin(tokens, first)
        if described is not None and described in titles_at:
            k = described  # "Ce Belge, directeur technique de …", "The Belgian engineer, who is"
            title = titles_at[k]
    if title is None or title.last - title.first < 1:
        return None
    if title.last - title.first == 1 and not (
        (tokens[k].text[0] >= "\u0600" and tokens[k + 1].key.startswith("ال"))
        or (tokens[k].text.isupper() and len(tokens[k].text) > 1)
    ):
        return None  # "Le ministre délégué a répondu"; but "وأكدت مديرة الوكالة أن …",
        # "The CRI director added …": the initials of the institution, then the title
    return title


def _person_described(tokens: Sequence[Token], k: int, titles_at: dict[int, Span]) -> int | None:
    """Where the title starts in a sentence opening at ``tokens[k]`` that says what someone is.

    "He is a professor of artificial intelligence at …", "Il est professeur …": a
    pronoun for a person, a copula, perhaps an indefinite article; "A professor of equine
    pathology at the institute, she will head …", "Cheffe du centre de supervision …, elle
    pilote …": the title, a comma and the pronoun.
    """
    if (
        k + 2 < len(tokens)
        and tokens[k].key in WORDS.personal_pronouns
        and tokens[k + 1].key in WORDS.copulas
    ):
        return k + 3 if tokens[k + 2].key in WORDS.indefinite_articles else k + 2
    start = k + 1 if tokens[k].key in WORDS.indefinite_articles else k
    title = titles_at.get(start)
    if (
        title is not None
        and title.last + 2 < len(tokens)
        and tokens[title.last + 1].key == ","
        and tokens[title.last + 2].key in WORDS.personal_pronouns
        and not any(  # by the text: the key of "à" is "a"
            tokens[n].text.lower() in WORDS.indefinite_articles
            for n in range(start + 1, title.last + 1)
        )  # not "Titulaire d'une licence en géographie, il …": what he holds
    ):
        return start
    return None


def _described_by_origin(tokens: Sequence[Token], k: int) -> int | None:
    """Where the apposition starts after a demonstrative or article and an origin at ``k``.

    "Ce Belge, directeur …", "The Belgian engineer, who is …": the sentence names the person
    the one before named by where they are from, perhaps with their trade, then a comma and
    what they are ("who is", "qui est" may stand between).
    """
    if tokens[k].key not in _OPENING_ARTICLES or k + 3 >= len(tokens):
        return None
    n = k + 1
    if not has(tokens[n], WORDS.nationalities):
        return None
    n += 1
    if tokens[n].kind == WORD and tokens[n].text.islower():
        n += 1  # "The Belgian engineer"
    if n + 1 >= len(tokens) or tokens[n].key != ",":
        return None
    n += 1
    if (
        n + 2 < len(tokens)
        and tokens[n].key in WORDS.relative_pronouns
        and tokens[n + 1].key in WORDS.copulas
    ):
        n += 2
    return n


def _title_after_quote(reader: Reader, number: int, titles_at: dict[int, Span]) -> Span | None:
    """The title with its article that says who spoke a quotation opening sentence ``number``.

    "« Les fraudes passent par des importations fictives », souligne la directrice du
    contrôle fiscal à la DGI": after the closing quote, a comma, a verb of speaking and
    the article; or the article, the title and the verb ('"… runs blind," the AOMGC
    director general said').
    """
    first, last = reader.token_range.get(number, (-1, -1))
    tokens = reader.tokens
    if first < 0 or tokens[first].key not in OPEN_QUOTES:
        return None
    closing = next((k for k in range(first + 1, last) if tokens[k].key in CLOSE_QUOTES), None)
    if closing is None:
        return None
    k = closing + 1
    if k < last and tokens[k].key in COMMAS:
        k += 1
    if k >= last:
        return None
    spoken = has(tokens[k], WORDS.speech_verbs)
    start = k + 1 if spoken else k
    k = _past_articles(tokens, start, last)
    title = titles_at.get(k) if k > start else None
    if title is None or title.last - title.first < 1:
        return None
    if not spoken and not (
        title.last + 1 < last and has(tokens[title.last + 1], WORDS.speech_verbs)
    ):
        return None  # '"…," the AOMGC director general said': the verb after the title
    return title


def _past_articles(tokens: Sequence[Token], k: int, last: int) -> int:
    """The index after the (at most two) articles from ``tokens[k]``: "le", "l'", "the"."""
    start = k
    while k < last and tokens[k].key in _OPENING_ARTICLES and k - start < 2:
        k += 1
    return k


def _arabic_subject(tokens: Sequence[Token], k: int) -> int | None:
    """Where an Arabic sentence opening at ``tokens[k]`` names its subject by a title.

    "وأوضحت الكاتبة العامة للمجلس أن …", "وأكدت رئيسة الجمعية …": after a verb of
    speaking (or "وكانت"), the title with its article or in construct with one; "فرئيس الجمعية
    يطالب …": the title joined to "ف", which goes on with what the sentence before
    said of the person.
    """
    if _joined_to_fa(tokens[k]):
        return k
    after = k + 1
    if (
        (has(tokens[k], WORDS.speech_verbs) or has(tokens[k], WORDS.subject_verbs))
        and after < len(tokens)
        and _definite_title(tokens, after)
    ):
        return after
    return None


def _definite_title(tokens: Sequence[Token], k: int) -> bool:
    """Whether an Arabic title at ``tokens[k]`` is definite.

    By its article ("الكاتبة العامة"), or by the word with the article it is in construct
    with, perhaps through one more ("رئيسة الجمعية", "رئيسة قسم الشبكات").
    """
    if definite(tokens[k]):
        return True
    if not has(tokens[k], WORDS.title_heads):
        return False
    for n in range(k + 1, min(k + 3, len(tokens))):
        if tokens[n].kind != WORD:
            return False
        if tokens[n].key.startswith("ال"):
            return True
    return False


def _joined_to_fa(token: Token) -> bool:
    """Whether an Arabic word is written joined to "ف" (so, then): فرئيس، فالمديرة."""
    return token.text[:1] == "ف" and len(token.forms) > 1


def _own_posts(reader: Reader, found: list[Span]) -> list[Span]:
    """The posts before one name that are its own: from the last one joined by "and".

    "والي جهة الشرق، عامل عمالة وجدة أنجاد، السيد خطيب الهبيل" gives one man both
    posts; in "والي جهة الشرق، ورئيس مجلس الجهة، عبد الحق التازي" the "و" says the
    wali is someone else, who is not named.
    """
    found = _one_persons_posts(reader, found)
    for position in range(len(found) - 1, 0, -1):
        if _joined_by_and(reader, found[position].first) or _with_article(reader, found[position]):
            return found[position:]
    if len(found) > 1 and _indefinite(reader, found[0]):
        return [*found[1:], found[0]]
    return found


def _indefinite(reader: Reader, post: Span) -> bool:
    """Whether a post in Latin letters follows "a", "an", "un" or "une": a description.

    "reviewed by an independent expert, German epidemiologist Lena Hoffmann": what she
    is said to be; the post that touches her name is her own, first.
    """
    return (
        post.first > 0
        and reader.tokens[post.first].text[0] < "\u0600"
        and reader.tokens[post.first - 1].text.lower() in WORDS.indefinite_articles
    )


def _one_persons_posts(reader: Reader, found: list[Span]) -> list[Span]:
    """Posts joined by "et" or "and" with no article, or sharing an institution, as one.

    "le wali de la région Drâa-Tafilalet et gouverneur de la province d'Errachidia,
    Abdelhak Bennani": one man's two posts; "le wali … et le président …" are two men's,
    and so are "the Minister of … and Lumenfeld chief executive …", whose second post
    starts with its institution's name. See :func:`_shares_institution` for Arabic.
    """
    merged: list[Span] = []
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


def _joined_without_article(reader: Reader, previous: Span, post: Span) -> bool:
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


def _shares_institution(reader: Reader, previous: Span, post: Span) -> bool:
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


def _with_article(reader: Reader, post: Span) -> bool:
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


_INSTITUTION_LINKS = frozenset(
    {"of", "for", "at", "in", "de", "du", "des", "d", "au", "aux", "a", "chez"}
)
"""Words after a title that start its field or its institution: "engineer at", "ingénieure de"."""


def _joined_by_and(reader: Reader, first: int) -> bool:
    """Whether the span starting at token ``first`` is joined by "and" to what precedes it.

    Not a kinship after a post: "agriculteur à Ouled Bouziane et père de trois enfants"
    says whose father he is, which is no second post; nor a nationality and a title with
    no field after "a": "head of data at Nakhla Vision and a Norwegian engineer who has
    lived in Marrakech" says who she is ("and a French government adviser" is a post).
    """
    tokens = reader.tokens
    if tokens[first].key in WORDS.kinship_titles or _described(tokens, first):
        return False
    if after_wa(tokens[first]):
        return True  # ورئيس
    k = first - 1
    while k >= 0 and first - k <= 3 and tokens[k].key in LINKING:
        k -= 1  # "et du président", "and the mayor"
    return k >= 0 and (tokens[k].key in ENUMERATION or tokens[k].key == "و")


def _described(tokens: Sequence[Token], first: int) -> bool:
    """Whether "a" and a nationality with a title word, and no field, start at ``tokens[first]``.

    "a Norwegian engineer who …", "une ingénieure norvégienne installée à …".
    """
    if first == 0 or first + 2 > len(tokens):
        return False
    if tokens[first - 1].text.lower() not in WORDS.indefinite_articles:
        return False
    pair = {tokens[first].key, tokens[first + 1].key}
    return (
        not WORDS.nationalities.isdisjoint(pair)
        and not WORDS.title_heads.isdisjoint(pair)
        and (first + 2 == len(tokens) or tokens[first + 2].key not in _INSTITUTION_LINKS)
    )


def _title_after_wa(token: Token) -> bool:
    """Whether a title is written joined to "و" ("ووزير العدل"), not one that starts so ("وزير")."""
    return after_wa(token) and token.key not in WORDS.title_heads


def _along(reader: Reader, chain: list[Span], posts: dict[int, list[Span]], used: set[int]) -> None:
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
            holder = _holder_after(reader, chain, position)
            posts.setdefault(id(chain[holder]), []).append(title)
            used.add(id(title))
            continue
        if (
            not before
            and position > 0
            and not chain[position - 1].title
            and _title_after_wa(reader.tokens[title.first])
        ):
            continue  # "إدريس أمزيان، ووزير العدل": and the minister, another person
        if before and position > 0 and _holds_rank_alone(reader, posts, chain[position - 1]):
            continue  # "…, le bâtonnier X, président de …": X's post, given after the rank
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
                and (
                    _joined_by_and(reader, title.first)
                    or _second_post_after_comma(reader, chain, position)
                )
                and not _former(reader, title)
                and not _anothers_after_comma(reader, previous, title)
            ):
                # "X, directeur de la stratégie à l'ADD et président du Cluster …": one
                # person's two posts, written as one
                given[-1] = _written_as_one(reader, previous, title)
                used.add(id(title))
            continue  # after a name, its first post only
        given.append(title)
        used.add(id(title))


def _anothers_after_comma(reader: Reader, previous: Span, title: Span) -> bool:
    """Whether a post after a comma and "and" is someone else's, though no name follows.

    "Hélène Marchetti, director of the École Verneuil, and the director general of
    Maison de l'Artisan": the article starts another signatory, unnamed; so does a
    man's title after a woman's in "هيلين ماركيتي، مديرة مدرسة فيرنوي، والمدير العام
    لدار الصانع".
    """
    tokens = reader.tokens
    first = title.first
    if first < 2 or tokens[previous.last + 1].key not in COMMAS:
        return False
    if tokens[first].text[0] >= "\u0600":
        return _feminine_key(tokens[previous.first].key) and _masculine_after_wal(tokens[first])
    k = first - 2 if tokens[first - 1].key == "'" else first - 1
    return k > 0 and tokens[k].key in ARTICLES and tokens[k - 1].key in ENUMERATION


def _feminine_key(key: str) -> bool:
    """Whether an Arabic title, by its key, is a woman's: "مديره"."""
    return key.endswith("ه") and key in WORDS.title_heads


def _masculine_after_wal(token: Token) -> bool:
    """Whether an Arabic title after "وال" is a man's one that has a woman's form: "والمدير"."""
    if not token.text.startswith("وال"):
        return False
    bare = token.key[3:]
    return bare in WORDS.title_heads and bare + "ه" in WORDS.title_heads


def _holds_rank_alone(reader: Reader, posts: dict[int, list[Span]], name: Span) -> bool:
    """Whether a name holds only a rank or an address written just before it."""
    if name.title:
        return False
    given = posts.get(id(name), [])
    return (
        len(given) == 1
        and given[0].last == name.first - 1
        and (_rank_alone(reader, given[0]) or _honorific_alone(reader, given[0]))
    )


def _second_post_after_comma(reader: Reader, chain: list[Span], position: int) -> bool:
    """Whether the post at ``position`` ends a chain, after a comma and its name's post.

    "Abdeslam Lamrini, wali de la région de Béni Mellal-Khénifra, gouverneur de la
    province de Béni Mellal": one man's two posts, as a wali's are written; not "…, le
    directeur …", whose article starts another person, nor "…بمعهد الحسن الثاني للزراعة
    والبيطرة، المؤسسة التي …", the institution the words after the comma describe.
    """
    title = chain[position]
    return (
        position == len(chain) - 1
        and title.first == chain[position - 1].last + 2
        and reader.tokens[title.first - 1].key in COMMAS
        and not _with_article(reader, title)
        and not definite(reader.tokens[title.first])
        and not _title_after_wa(reader.tokens[title.first])
        and not _in_accusative(reader.tokens[title.first])
    )


def _in_accusative(token: Token) -> bool:
    """Whether a title is written in the accusative ("ممثلا", "رئيسا").

    "مدير المركز …، ممثلا للمعهد": the part the person plays on the day, not a second
    post of theirs.
    """
    key = token.key
    return key.endswith("ا") and key[:-1] in WORDS.title_heads


def _turns(reader: Reader, chain: list[Span]) -> list[list[Span]]:
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
    reader: Reader, chain: list[Span], position: int, posts: dict[int, list[Span]]
) -> bool:
    """Whether the post at ``position`` of a chain is the next name's, not the last one's.

    In "X, directrice régionale de la santé, le directeur général du CHU, Y" the
    article starts another person after X's post: the post is Y's; so does "و" in "X،
    المدير العام للوكالة، ورئيس مجلس الجهة، Y". After a name that has its post already
    ("…, le président du Conseil, Y, la présidente de l'Université, Z") it does too.
    """
    post, previous = chain[position], chain[position - 1]
    if not 0 < position < len(chain) - 1 or chain[_holder_after(reader, chain, position)].title:
        return False
    if _set_off_after_and(reader, post):
        return True  # "par Mme El Fihri et le président de la FMCR, Tahar Ouassini"
    return (previous.title or bool(posts.get(id(previous)))) and (
        _with_article(reader, post)
        or (
            _title_after_wa(reader.tokens[post.first])
            and reader.tokens[post.first - 1].key in COMMAS
        )  # not "المؤسس المشارك والمدير العام …": one person's two posts
    )


def _holder_after(reader: Reader, chain: list[Span], position: int) -> int:
    """Where the name after the post at ``position`` is, past a form of address alone.

    "…، ورئيس جامعة ابن زهر الأستاذ لحسن أوبلا": the post is the professor's.
    """
    k = position + 1
    if k + 1 < len(chain) and chain[k].title and _honorific_alone(reader, chain[k]):
        return k + 1
    return k


def _set_off_after_and(reader: Reader, post: Span) -> bool:
    """Whether a post in Latin letters follows "et le", "and the", and a comma follows it.

    "Mme El Fihri et le président de la FMCR, Tahar Ouassini": the post sets off the
    name after it, another person's, not a second post of the name before "et".
    """
    tokens = reader.tokens
    before = (
        post.first - 2 if post.first > 0 and tokens[post.first - 1].key == "'" else post.first - 1
    )
    return (
        _with_article(reader, post)
        and before > 0
        and tokens[before - 1].key in {"et", "and"}
        and post.last + 1 < len(tokens)
        and tokens[post.last + 1].key in COMMAS
    )


def _respectively(
    reader: Reader, items: list[Span], posts: dict[int, list[Span]], used: set[int]
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
    reader: Reader, chain: list[Span], posts: dict[int, list[Span]], used: set[int]
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


def _former(reader: Reader, title: Span) -> bool:
    """Whether a post is one held before: "ancien directeur", "former minister", "الوزير السابق"."""
    tokens = reader.tokens
    return any(
        not WORDS.former.isdisjoint(tokens[k].forms)
        for k in range(title.first, min(title.last + 1, title.first + 3))
    )
