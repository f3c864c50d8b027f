"""Organization candidates: one per institution an article names, however often."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Organization, OrganizationKind
from ..text import name_key, normalize
from ..text._tokens import key as key_of
from ..values import Names
from ._candidates import OrganizationCandidate
from ._institution import Institution
from ._latin_institutions import TERRITORY_WORDS, proper_part, short_name
from ._lexicon import WORDS
from ._match import remembered_match
from ._reader import Reader
from ._spans import Found, prefix_length

__all__ = ["Organizations", "names_in"]


_TERRITORIAL_WORDS = TERRITORY_WORDS | {"de", "la", "l", "du", "the", "of"}
"""Words that say which territory's council a name is, without naming the territory."""


def names_in(reader: Reader, written: str, offset: int, aliases: Sequence[str] = ()) -> Names:
    """The :class:`~maroc_ai.values.Names` of something written at ``offset``.

    Arabic is ``ar``; Latin letters are ``fr`` or ``en`` as the paragraph is written.
    """
    others = tuple(alias for alias in aliases if alias != written)
    if not (written.isascii() or written[0] < "\u0600"):
        return Names(ar=written, aliases=others)
    if reader.language_at(offset) == "fr":
        return Names(fr=written, aliases=others)
    return Names(en=written, aliases=others)


_SCOPE_KEYS = frozenset(name_key(word) for word in WORDS.scope_words)
"""The keys of the lexicons' ``scope_words``, as the keys of names hold them."""


def _unscoped(key: str) -> str:
    """A name's key without its words of scope: "national fisheries office" → "fisheries office"."""
    return " ".join(word for word in key.split() if word not in _SCOPE_KEYS)


_LONGEST_PLACE = 4
"""The most words a place's name has where it starts an institution's ("Béni Mellal",
"Tanger-Tetouan-Al Hoceima")."""


def _after_place(words: Sequence[str]) -> str | None:
    """The words of a name after the place it starts with, if they are two or more.

    "marrakech provincial directorate of civil protection": "provincial directorate of
    civil protection"; a name that is a place and one word is no name of its own.
    """
    for length in range(min(_LONGEST_PLACE, len(words) - 2), 0, -1):  # the longest first
        if " ".join(words[:length]) in WORDS.places:
            return " ".join(words[length:])
    return None


_DIRECTORATE_HEADS = frozenset(
    normalize(head) for heads in WORDS.directorates.values() for head in heads.values()
)
"""A directorate's word of kind, as the keys of names hold it: "direction", "المديريه"."""
_DIRECTORATE_ADJECTIVES = frozenset(
    normalize(word)
    for language in WORDS.directorate_adjectives.values()
    for pair in language.items()
    for word in pair
) | frozenset(word for words in WORDS.directorate_adjectives_before.values() for word in words)
"""The adjectives a directorate's word of kind takes: "générale", "regional", "العامه"."""
_FIELD_LINKS = frozenset({"de", "la", "l", "du", "des", "of", "the"})
"""The words between a directorate's word of kind and its field: "de la", "of the"."""


def _directorate_field(words: Sequence[str]) -> str | None:
    """The field a directorate's name is of, as the key of a name: "الوقاية المدنية".

    "Direction générale de la Protection civile", "Marrakech Provincial Directorate of
    Civil Protection", "المديرية العامة للوقاية المدنية": the words after the head, its
    adjectives and its "de"/"of"/"لل" (a place before them is skipped). ``None`` for
    a name that is no directorate's.
    """
    rest = _after_place(words)
    i = 0 if rest is None else len(words) - len(rest.split(" "))
    while i < len(words) and words[i] in _DIRECTORATE_ADJECTIVES:
        i += 1
    if i >= len(words) or words[i] not in _DIRECTORATE_HEADS:
        return None
    i += 1
    while i < len(words) and words[i] in _DIRECTORATE_ADJECTIVES:
        i += 1
    if i < len(words) and words[i].startswith("لل"):
        return name_key(" ".join(["ال" + words[i][2:], *words[i + 1 :]]))
    linked = i
    while i < len(words) and words[i] in _FIELD_LINKS:
        i += 1
    return name_key(" ".join(words[i:])) if linked < i < len(words) else None


def _meaning(plain: str) -> frozenset[str] | None:
    """A name's words with its word of kind glossed, in any order, if it has one to gloss.

    "banque atlas" and "atlas bank" are one name: ``heads_by_meaning`` makes "banque" and
    "bank" one word, and the order of the words is each language's.
    """
    words = plain.split(" ")
    if len(words) < 2 or all(word not in WORDS.head_equivalents for word in words):
        return None
    return frozenset(
        min(WORDS.head_equivalents[word]) if word in WORDS.head_equivalents else word
        for word in words
    )


def _suffix(rest: str) -> bool:
    """Whether the words after a company's first word say only what it is (Inc, A/S, Group)."""
    return rest in WORDS.organization_suffixes or all(
        word in WORDS.organization_suffixes for word in rest.split()
    )


_PLACE_PREPOSITIONS = frozenset({"de", "d", "du", "of", "in", "a", "في"})


def _place_only(rest: str) -> bool:
    """Whether the words after an institution's name say only where it is.

    "de Casablanca", "of Rabat", "بمراكش", "ببني ملال", "في مراكش": "Université Hassan
    II" and "Université Hassan II de Casablanca" are one university.
    """
    first, _, place = rest.partition(" ")
    if first in _PLACE_PREPOSITIONS:
        return place in WORDS.places
    return first.startswith("ب") and rest[1:] in WORDS.places


_PLACE_WORDS_BACK = 3
"""Words a place written at the end of a name may take, with its preposition."""


def _described_ends(plain: str) -> tuple[str, str] | None:
    """A name's noun of ``descriptors_in_name`` and its last word, if it opens with one.

    "coopérative féminine de tissage Tazerbit" and "coopérative Tazerbit" both give
    ("cooperative", "tazerbit").
    """
    first, _, rest = plain.partition(" ")
    if not rest or first not in WORDS.descriptors_in_name:
        return None
    return first, rest.rsplit(" ", 1)[-1]


def _before_kind(name: str) -> str | None:
    """The capitalised words before a word of ``kinds_after_in_name`` that ends a name.

    "Amal Tadla association" → "Amal Tadla", "Tamazight Numerique cultural association"
    → "Tamazight Numerique", "Lalla Fatna fishermen's cooperative" → "Lalla Fatna":
    articles name it so too.
    """
    words = name.split(" ")
    if len(words) < 2 or normalize(words[-1]) not in WORDS.kinds_after_in_name:
        return None
    k = len(words) - 1
    while k > 0 and not words[k - 1][:1].isupper():
        k -= 1
    return " ".join(words[:k]) if k > 0 else None


def _without_place(name: str) -> str | None:
    """The name without the place written at its end, when what is left still names it.

    "Ibn Zohr University in Agadir" → "Ibn Zohr University", "Université Chouaib Doukkali
    d'El Jadida" → "Université Chouaib Doukkali", "جامعة ابن زهر بأكادير" → "جامعة ابن
    زهر": a name is not a location, and articles write both. Not "Agence urbaine" of
    "Agence urbaine de Casablanca": a kind of institution, not its name.
    """
    words = name.split(" ")
    for cut in range(len(words) - 1, max(len(words) - 1 - _PLACE_WORDS_BACK, 0), -1):
        if _place_only(key_of(" ".join(words[cut:]))):
            rest = words[:cut]
            return " ".join(rest) if _names_alone(rest) else None
    return None


def _with_kind_before(reader: Reader, institution: Institution) -> str | None:
    """An Arabic name with the word of its kind written just before it, if it is.

    «وتتسلم شركة حليب نون»: the company is «حليب نون», which articles also name
    «شركة حليب نون»; «لشركة حليب نون» too, its preposition dropped.
    """
    kind, name = institution.described, institution.name
    k = reader.first_token(name.start) - 1
    if kind is None or name.text[:1] < "\u0600" or k < 0:
        return None
    head = reader.tokens[k]
    if kind not in head.forms:
        return None
    return reader.text[head.start + prefix_length(head, {kind}) : name.end]


def _names_alone(words: Sequence[str]) -> bool:
    """Whether an institution's words name it without a place: a proper name is among them.

    In Latin letters, a capitalised word that is no word of kind; in Arabic, three
    words at least ("جامعة ابن زهر", not "الوكالة الحضرية"), or two, the second without
    the article ("جامعة سجلماسة").
    """
    if len(words) < 2:
        return False
    if words[0][:1] >= "\u0600":
        return len(words) >= 3 or not normalize(words[1]).startswith("ال")
    return any(
        word[:1].isupper() and key_of(word) not in WORDS.organization_heads for word in words
    )


_NOT_FIELD = frozenset(
    name_key(word)
    for word in (*WORDS.ministry.values(), "of", "the", "de", "la", "l", "du", "des", "d")
)
"""The keys of the words of a ministry's name that are no part of its field."""


def _field_key(name: str) -> str:
    """The key of a ministry's field, its name's words without "ministry" and links.

    The country that owns it goes too: "South Korea's Ministry of Science and ICT" is
    the ministry of "science and ICT".
    """
    words = name_key(name).split()
    if "s" in words:
        words = words[words.index("s") + 1 :]
    return " ".join(word for word in words if word not in _NOT_FIELD)


def _fields(name: str) -> list[str]:
    """The keys of a ministry's fields, one by one: "iuth", "cultura", "comunication".

    They are set off by commas and joined by "and", "et" or an Arabic "و" with the
    article ("والثقافة").
    """
    fields: list[list[str]] = []
    for part in name.split(","):
        fields.append([])
        for word in _field_key(part).split():
            if word in _FIELD_JOINS:
                fields.append([])
            elif word.startswith("وال") and len(word) > 4:
                fields.append([word[3:]])
            else:
                fields[-1].append(word)
    return [" ".join(words) for words in fields if words]


_FIELD_JOINS = frozenset(name_key(word) for word in ("and", "et"))
"""The keys of "and" and "et" between the fields of a ministry."""


class Organizations:
    """The organization candidates of one article, by name and by acronym.

    Another spelling of an institution the dataset has, or the acronym of one the
    article has already named, is that institution, not a new one.
    """

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.by_key: dict[str, OrganizationCandidate] = {}
        self.by_acronym: dict[str, OrganizationCandidate] = {}
        self._by_start: dict[str, list[OrganizationCandidate]] = {}
        """The candidates by each of the first words of their name (by "a", "a b" … for
        "a b c", not "a b c" itself), in the order they were made: those a name is the
        start of."""
        self._by_match: dict[str, OrganizationCandidate] = {}
        """The first candidate made for each record of the dataset."""
        self._by_unscoped: dict[str, OrganizationCandidate] = {}
        """The candidates whose names have words of scope, by their keys without them."""
        self._by_unplaced: dict[str, OrganizationCandidate] = {}
        """The candidates whose names start with a place, by the keys of the rest: the
        "provincial directorate of civil protection" a title names is the "Marrakech
        Provincial Directorate of Civil Protection"."""
        self._by_meaning: dict[frozenset[str], OrganizationCandidate] = {}
        """The candidates whose names have a word of kind of ``heads_by_meaning``, by
        :func:`_meaning`: "Atlas Bank" is the "Banque Atlas" named before."""
        self._by_ends: dict[tuple[str, str], OrganizationCandidate] = {}
        """The candidates named with a noun of ``descriptors_in_name``, by that noun and
        their last word: "la coopérative Tazerbit" is the "coopérative féminine de
        tissage Tazerbit" named before."""
        self._by_field: dict[str, OrganizationCandidate] = {}
        """The directorates, by the key of their field: "la Protection civile" is the
        "Direction générale de la Protection civile" an article names."""

    def add_all(self, institutions: Sequence[Institution]) -> None:
        """Add every institution, those with their acronym and the longest names first.

        So "l'ADD" is the Agence's, "Veltrix" is Veltrix Semiconductors.
        """
        for institution in sorted(
            institutions, key=lambda i: (i.acronym is None, -len(i.name.text.split()))
        ):
            self.add(institution)

    def add(self, institution: Institution, written: str | None = None) -> OrganizationCandidate:
        """The candidate for an institution, made the first time it is named.

        ``written``: the words the text names it by, when its name is not written in
        the text (a ministry a minister's title names); its record then has those words
        for its name and the name for its label.
        """
        reader = self.reader
        name = institution.name.text
        key = name_key(name)
        if key in self.by_key:
            return self.by_key[key]
        if key in self.by_acronym:
            self.by_key[key] = self.by_acronym[key]
            return self.by_key[key]
        plain = key_of(name)
        if " " not in plain and name[0] < "\u0600":
            longer = next(
                (
                    c
                    for c in self._by_start.get(plain, ())
                    if (other := key_of(c.name)).startswith(plain + " ")
                    and (_suffix(other[len(plain) + 1 :]) or short_name(c.name) == name)
                ),
                None,
            )
            if longer is not None:  # "Veltrix" after "Veltrix Semiconductors", "Daejin" …
                self.by_key[key] = longer
                return longer
            headed = self._by_start.get(plain, []) if plain in WORDS.organization_heads else []
            before = [c for c in headed if c.start < institution.name.start]
            if headed and (len(headed) == 1 or before):
                # "l'Institut" after "l'Institut royal de …", "L'Office" after the one
                # named last before it
                chosen = max(before, key=lambda c: c.start) if before else headed[0]
                self.by_key[key] = chosen
                return chosen
        words = plain.split(" ")
        if (
            len(words) > 1
            and words[0] not in WORDS.places  # not "the Marrakech Commune": a place's own
            and all(word in _TERRITORIAL_WORDS for word in words[1:])
        ):
            earlier = [
                c for c in self._by_start.get(words[0], ()) if c.start < institution.name.start
            ]
            if earlier:  # "le Conseil régional" after "Conseil de la région Drâa-Tafilalet"
                chosen = max(earlier, key=lambda c: c.start)
                self.by_key[key] = chosen
                return chosen
        if name[0] >= "\u0600":
            shorter = next(
                (
                    c
                    for c in self._by_start.get(plain, ())
                    if c.kind is institution.kind
                    and key_of(c.name)[len(plain) + 1 :].startswith(
                        ("لل", "وال") if institution.sentence == 0 else "لل"
                    )
                ),
                None,
            )
            if shorter is None:  # "مجموعة تانسيفت" after "مجموعة تانسيفت للضيافة"
                shorter = next(
                    (
                        c
                        for head in WORDS.sector_heads
                        for c in self._by_start.get(f"{head} {plain}", ())
                        if c.kind is institution.kind
                    ),
                    None,
                )
            if shorter is not None:  # "مدار الرؤية" after "مدار الرؤية للأنظمة الذكية"; a
                # headline's "لجنة المالية" for "لجنة المالية والتنمية الاقتصادية"
                self.by_key[key] = shorter
                return shorter
        in_place = next(
            (
                c
                for c in self._by_start.get(plain, ())
                if (other := key_of(c.name)).startswith(plain + " ")
                and _place_only(other[len(plain) + 1 :])
            ),
            None,
        )
        if in_place is not None:  # "Université Hassan II" after "… Hassan II de Casablanca"
            self.by_key[key] = in_place
            return in_place
        placed = self._placed_acronym(name)
        if placed is not None:  # "le CHR de Béni Mellal" after "… de Béni Mellal (CHR)"
            self.by_key[key] = placed
            return placed
        unscoped = self._by_unscoped.get(key)
        if unscoped is not None:  # "the Fisheries Office" after the "National Fisheries Office"
            self.by_key[key] = unscoped
            return unscoped
        unplaced = self._by_unplaced.get(key)
        if unplaced is not None:
            self.by_key[key] = unplaced
            return unplaced
        directorate = self._by_field.get(key)
        if directorate is not None:  # "la Protection civile": its Direction générale
            self.by_key[key] = directorate
            return directorate
        meaning = _meaning(plain) or (  # "la fondation suédoise Nordljus": Fondation Nordljus
            _meaning(f"{key_of(institution.described)} {plain}") if institution.described else None
        )
        translated = self._by_meaning.get(meaning) if meaning else None
        if translated is not None:  # "Atlas Bank" after "Banque Atlas": one bank
            self.by_key[key] = translated
            return translated
        matched = remembered_match(reader, "organizations", name, institution.acronym)
        if matched is not None:
            same = self._by_match.get(matched)
            if same is not None:  # another spelling of an institution the dataset has
                self.by_key[key] = same
                return same
        ends = _described_ends(plain)
        if ends is not None and plain.count(" ") == 1 and (same := self._by_ends.get(ends)):
            self.by_key[key] = same  # "coopérative Tazerbit": the one named in full, not
            return same  # another whose long name ends with the same word
        if ends is not None and plain.count(" ") == 1 and (same := self._serving(plain)):
            self.by_key[key] = same
            return same
        span = institution.quote or institution.name
        quote = reader.text[span.start : span.end]
        aliases: tuple[str, ...] = (institution.acronym,) if institution.acronym else ()
        placeless = _without_place(name)
        if placeless is not None:
            aliases = (placeless, *aliases)
        if (with_kind := _with_kind_before(reader, institution)) is not None:
            aliases = (*aliases, with_kind)
        undescribed = None if ends is None else proper_part(name)
        if undescribed is None:
            undescribed = _before_kind(name)
        if undescribed is not None:  # "coopérative Tagmatt", "the Tamount cooperative":
            aliases = (*aliases, undescribed)  # "Tagmatt", "Tamount" too
        candidate = OrganizationCandidate(
            quote=quote,
            span=(span.start, span.end),
            match=matched,
            name=name,
            kind=institution.kind,
            record=Organization(
                id=matched or reader.ids.new(name, "organization"),
                name=names_in(reader, written or name, institution.name.start, aliases),
                label=None if written is None else name,
                kind=institution.kind,
                citations=(reader.cite(quote),),
            ),
        )
        self.by_key[key] = candidate
        words = key_of(name).split(" ")
        for length in range(1, len(words)):
            self._by_start.setdefault(" ".join(words[:length]), []).append(candidate)
        if matched is not None:
            self._by_match.setdefault(matched, candidate)
        if (short := _unscoped(key)) != key and " " in short:
            self._by_unscoped.setdefault(short, candidate)
        if (rest := _after_place(words)) is not None:
            self._by_unplaced.setdefault(name_key(rest), candidate)
        if meaning:
            self._by_meaning.setdefault(meaning, candidate)
        if ends is not None and undescribed is not None:
            self._by_ends.setdefault(ends, candidate)
        if undescribed is not None:
            self.by_key.setdefault(name_key(undescribed), candidate)
        if (field := _directorate_field(words)) is not None:
            self._by_field.setdefault(field, candidate)
        if institution.acronym:
            self.by_acronym[name_key(institution.acronym)] = candidate
            initials, _, rest = institution.acronym.partition(" ")
            if rest and initials.isupper():  # "le CHU" after "… (CHU Al Andalous)"
                self.by_acronym.setdefault(name_key(initials), candidate)
        return candidate

    def _serving(self, plain: str) -> OrganizationCandidate | None:
        """The institution named before as ``plain`` and what it serves.

        "l'association Sidq" is the "association Sidq pour l'éducation aux médias".
        """
        for candidate in self._by_start.get(plain, ()):
            rest = key_of(candidate.name)[len(plain) + 1 :]
            if rest.partition(" ")[0] in WORDS.cause_links:
                return candidate
        return None

    def _placed_acronym(self, name: str) -> OrganizationCandidate | None:
        """The institution whose acronym ``name`` is, followed by where it is.

        "CHR de Béni Mellal", "the CHR of Beni Mellal", "AREF Draa-Tafilalet": the "Centre
        hospitalier régional de Béni Mellal (CHR)" named before, when its name holds that
        place; not another "AREF de Fès" after the "AREF de Casablanca-Settat".
        """
        acronym, _, rest = name.partition(" ")
        plain_rest = key_of(rest)
        same = self.by_acronym.get(name_key(acronym)) if rest else None
        if same is None:
            return None
        if _place_only(plain_rest):
            place = plain_rest.partition(" ")[2]
        elif plain_rest in WORDS.places:
            place = plain_rest  # "AREF Draa-Tafilalet"
        else:
            return None
        return same if f" {place} " in f" {key_of(same.name)} " else None

    def named(self, name: str) -> OrganizationCandidate | None:
        """The candidate ``name`` names, or the one whose name it starts with.

        "ministère de la Santé et de la Protection sociale" is the "ministère de la
        Santé" an article names.
        """
        words = name_key(name).split()
        for end in range(len(words), 1, -1):
            candidate = self.by_key.get(" ".join(words[:end]))
            if candidate is not None:
                return candidate
        return None

    def named_by_title(
        self,
        name: str,
        field: str,
        title: Found,
        sentence: int,
        kind: OrganizationKind = OrganizationKind.MINISTRY,
    ) -> OrganizationCandidate:
        """The institution a title names, which the text names no other way: a ministry.

        The candidate's name is the one the title gives it ("ministre de l'Économie
        numérique" names the "ministère de l'Économie numérique"), its quote the title.
        The text writes no such name, and a record's names are the text's words: its
        record is named by the field as the title writes it ("Économie numérique"),
        and labelled with the name the title gives.
        """
        known = self.ministry(name, field) if kind is OrganizationKind.MINISTRY else None
        known = known or self.named(name)
        if known is not None:
            return known
        institution = Institution(Found(title.start, title.end, name), kind, sentence)
        return self.add(institution, written=field)

    def ministry(self, name: str, field: str) -> OrganizationCandidate | None:
        """The ministry ``name`` names, or the one whose field is ``field``, however written.

        "Justice Minister" names the "Ministry of Justice" of the article, and "Minister
        of Justice" its "Justice Ministry"; "Culture Minister" its "Ministry of Youth,
        Culture and Communication", the one ministry of the article with that field.
        """
        known = self.named(name)
        if known is not None:
            return known
        wanted = _field_key(field)
        if not wanted:
            return None
        ministries = [c for c in self.candidates() if c.kind is OrganizationKind.MINISTRY]
        for candidate in ministries:
            if _field_key(candidate.name) == wanted:
                return candidate
        sharing = [c for c in ministries if wanted in _fields(c.name)]
        return sharing[0] if len(sharing) == 1 else None

    def candidates(self) -> tuple[OrganizationCandidate, ...]:
        """Every candidate once, in the order of the text."""
        unique = {id(c): c for c in self.by_key.values()}
        return tuple(sorted(unique.values(), key=lambda c: c.start))
