"""Finding names and posts written in Latin letters, in French and English.

A name is a run of capitalised words (with their particles: El, Ben, Ait, de),
anchored by a given name, an honorific (M., Mme, Dr, Mr), a title, a verb of speaking
("a déclaré", said), or a word that introduces people ("en présence de", "signé
par", "by"). A post starts with a title word (ministre, directeur, minister, CEO) and
runs on through its field and institution; in English the words before the title word
belong to it too ("Agriculture Minister", "Sandcrest Power founder and CEO"). Each
reader moves forward, looking back or ahead a bounded number of words.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Sequence

from ..text import normalize
from ..text._lexicon import WORDS as NUMBER_WORDS
from ..text._tense import english_present_participle, french_past_participle
from ..text._tokens import MARK, NUMBER, WORD
from ._latin import (
    ARTICLES,
    ELIDED,
    ROMAN,
    VERB_ENDINGS,
    Word,
    dateline_end,
    owner_initials_at,
    plural_possessive_at,
    possessive_at,
)
from ._latin_institutions import DE as _FRENCH_LINKS
from ._latin_institutions import headline
from ._lexicon import WORDS
from ._person import (
    COMMAS,
    POSSESSIVES,
    WHERE,
    YEARS,
    Span,
    age_opening,
    said_of_now,
    short_form_end,
    year_old,
)
from ._reader import Reader
from ._spans import Found, Spans, by_first

__all__ = ["ENUMERATION", "LINKING", "LatinNames", "latin_titles"]


_CAPITALISED = operator.attrgetter("capitalised")
_KEY = operator.attrgetter("key")
_FIRST = operator.attrgetter("first")
_MAX_LATIN_TITLE = 20
_MAX_NAME = 5
_RELATIVE_CLAUSE = 12
"""Words a relative clause between a name and its verb of speaking holds, at most."""
_REACH = 8
"""Words a title may stand before the name it is written before, at most."""
_REACH_BEFORE_COMMA = 12
"""As many, when a comma sets the name apart ("son directeur des opérations pour
l'Afrique du Nord, Matthias Kellerhals")."""
_AUXILIARIES = frozenset(
    {"a", "ont", "avait", "aurait", "has", "had", "have", "also", "egalement", "aussi"}
)
"""Words between a name and its verb: "a déclaré", "has said"."""
_INTRODUCERS = frozenset(
    {"dont", "selon", "pour", "apres", "including", "notamment", "like", "comme", "according", "to"}
)
"""Words before a name that a given name confirms: "dont Fatima-Zahra Idrissi", "selon X"."""


_KIND_AFTER = frozenset(WORDS.organization_heads) | WORDS.organization_descriptors
"""Words of kind that may follow an institution's name in lower case ("the X association")."""


# Names in Latin letters


_ARTICLES_OF_TERRITORY = frozenset({"la", "le", "l", "the"})
"""Articles before a territory's word, which names its council and no one ("La Région")."""


def _name_words(words: Sequence[Word], i: int, j: int) -> int:
    """The words of ``words[i:j]`` that are no particle nor stop: 2 in "Hendrik van der Meulen"."""
    return sum(
        1
        for k in range(i, j)
        if words[k].key != "."
        and not (words[k].key in WORDS.name_particles and not words[k].capitalised)
    )


def _stops(words: Sequence[Word], i: int, j: int) -> int:
    """How many full stops of initials ``words[i:j]`` holds: one in "Rajesh K. Menon"."""
    return sum(1 for k in range(i, j) if words[k].key == ".")


def _after_particle(words: Sequence[Word], i: int, j: int) -> bool:
    """Whether ``words[j]`` is a capitalised title word that a name's particle makes a surname.

    "Mounir Ait El Caid": after "El", "Caid" is the name, not a caid.
    """
    return (
        j > i
        and words[j - 1].key in WORDS.name_particles
        and words[j - 1].capitalised
        and words[j].capitalised
        and not words[j].acronym
        and words[j].key in WORDS.title_heads
    )


def _head_before_to(words: Sequence[Word], to: int) -> bool:
    """Whether a title word stands right before "to": "technical adviser to".

    Not "The minister handed the award to …", "The director wrote to …".
    """
    return to > 0 and words[to - 1].key in WORDS.title_heads


def _surname_title(words: Sequence[Word], i: int, j: int) -> bool:
    """Whether ``words[j]`` is a title word written as a family name after a given name.

    "Lukas Berger", "Sarah Baker": capitalised right after a given name and before no
    other name word, the shepherd and the baker are the person's family name.
    """
    return (
        j > i
        and words[j].key in WORDS.surname_titles
        and words[j].capitalised
        and not words[j].acronym
        and words[j - 1].key in WORDS.given_names
        and not (j + 1 < len(words) and words[j + 1].personal)
    )


def _initial_stop(words: Sequence[Word], i: int, j: int) -> bool:
    """Whether ``words[j]`` is the full stop of an initial inside a name: "Rajesh K. Menon"."""
    return (
        j > i
        and words[j].key == "."
        and len(words[j - 1].text) == 1
        and words[j - 1].text.isupper()
        and words[j - 1].end == words[j].start
        and j + 1 < len(words)
        and words[j + 1].personal
    )


_OF_FIELD = frozenset({"of", "de", "du", "des", "d", "l"})
"""Links before a field whose first word may be a title's modifier ("of National …")."""


class LatinNames:
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

    def scan(self) -> list[Span]:
        words = self.words
        result: list[Span] = []
        i = dateline_end(self.reader.text, words)  # "MOULAY BOUSSELHAM, Morocco, … (AFP)"
        for candidate in itertools.compress(itertools.count(), map(_CAPITALISED, words)):
            if candidate < i or not words[candidate].personal:
                continue  # only capitalised words start a name
            i = j = candidate
            while (
                j < len(words)
                and (
                    words[j].personal
                    or _initial_stop(words, i, j)
                    or _after_particle(words, i, j)
                    or _surname_title(words, i, j)
                )
                and j - i < 8
            ):
                j += 1
            span = self.person(i, j, result)
            if span is not None:
                result.append(span)
            i = j
        return result

    def inside_institution(self, start: int, end: int) -> bool:
        return self.covered.overlaps(start, end)

    def person(self, i: int, j: int, before: list[Span]) -> Span | None:
        """The person named by the capitalised words ``i..j``, if they name one."""
        if j - i < 2:
            return None  # one word names no one here; the words trimmed below only shorten it
        words = self.words
        while (
            j > i
            and words[j - 1].key in WORDS.name_particles
            and not (
                words[j - 1].capitalised
                and j - 2 > i
                and words[j - 2].capitalised
                and words[j - 2].key in WORDS.name_particles
            )
        ):
            j -= 1  # not "Karim Aït Sidi": the particle before it needs it
        opening = i
        while i < j and (
            words[i].key in WORDS.not_names
            or words[i].key.rpartition(" ")[2] in WORDS.nationalities  # le Sud-Coréen
            or words[i].key.rpartition(" ")[2] == "born"  # "Belgian-born Lukas Vermeulen"
            or words[i].key in WORDS.places
            or (words[i].key in WORDS.name_particles and not words[i].capitalised)
        ):
            i += 1
        if (
            i == opening
            and j - i > 3
            and words[i + 2].key in WORDS.territories
            and f"{words[i].key} {words[i + 1].key}" in WORDS.places
        ):
            i += 3  # "Governor of El Jadida Province Abdelhak Lamrini": the province's name;
            # not "Moulay Abdellah Alaoui", a man named as a place is
        if j - i < 2:
            return None
        if words[i].key in _ARTICLES_OF_TERRITORY and (
            any(word.key in WORDS.territories for word in words[i + 1 : j])
            or (
                j - i == 2
                and words[i].text in {"Le", "La"}
                and (words[i + 1].key in WORDS.not_names or words[i + 1].key in WORDS.nationalities)
            )
        ):
            return None  # "La Région a signé …", "La Province": a territory's council; "Le
            # Matin": a newspaper, "Le Néerlandais": a man named before (not "Le Drian")
        if (
            i == opening
            and i > 2
            and words[i - 1].text == "the"
            and words[i - 2].key == "of"
            and words[i - 3].text.islower()
            and words[i - 3].key in WORDS.title_heads
            and not any(word.key in WORDS.given_names for word in words[i + 1 : j])
        ):
            return None  # "skipper of the Nour Al Bahr": a boat's name; not "of the
            # Budget Youssef Karimi" nor "President of the Republic …", a field and a name
        if (
            i > opening
            and words[opening].key in WORDS.places
            and words[i].key in WORDS.name_particles
            and words[i + 1].key not in WORDS.given_names
            and self.in_title_field(opening)
        ):
            return None  # "director general of Rabat Al Khadra": a company named for its
            # city; not "directeur du Grand Stade d'Agadir Karim Essafi", nor "governor of
            # Rabat El Mehdi Alaoui"
        if (
            i > opening
            and words[opening].key.removesuffix("s") in WORDS.nationalities
            and words[i].key.endswith("ing")
            and not any(word.key in WORDS.given_names for word in words[i:j])
        ):
            return None  # "Moroccans Living Abroad": a participle, after a nationality
        if words[i].key in WORDS.place_prefixes and (
            words[i].key not in WORDS.name_particles
            or words[i + 1].key not in WORDS.given_names
            or (j - i == _PREFIX_AND_NAME and i > 0 and words[i - 1].key == "from")
        ):
            return None  # "Sidi Moumen", "Oulad Teima", "Derb Sultan": a place, not a
            # person; "Ait Lahcen" and "Moulay Hafid" may be, not after "from" ("an
            # engineer from Ait Mansour"), unless more of a name follows ("a letter from
            # Moulay Hafid Elalamy")
        if words[j - 1].key in WORDS.not_institution_ends:
            return None  # "Moulay El Mehdi Square", "Hassan II Avenue": a street named for one
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
            and not (words[i].key.endswith("ing") and len(words[i].key) > 5)
        )  # "chairman Tan Wei Ming": a surname written before the given names; not
        # "Answering Khadija Ennaciri, …": a participle opens the sentence
        if given and given[0] > i and j - given[0] >= 2 and not surname_first:
            i = given[0]  # ministre de l'Industrie Ryad Mezzour, Digital Transition Nawal Ait Lhou
        elif (
            not given
            and not self.honorific_before(i)
            and self.in_title_field(i, before)
            and not _post_after_run(words, i)  # "…, et d'Aoife Brennan, fondatrice de …"
        ):
            return None  # Minister of Higher Education: a field, not a name
        elif not given and i > 1 and words[i - 1].key == "to" and _head_before_to(words, i - 1):
            return None  # "technical adviser to Geosol Atlas": whom the adviser serves
        elif not given and _name_words(words, i, j) > 3:
            i = j - 2 if words[j - 3].key not in WORDS.name_particles else j - 3
        length = j - i - _stops(words, i, j)
        if length < 2 or length > _MAX_NAME:
            return None
        run = words[i:j]
        if " ".join(word.key for word in run) in WORDS.places:
            return None  # "Ben M'Sick", "Hay Hassani": a place the lexicon knows, whole
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
        if (
            i > 0
            and words[i - 1].key in _THING_DETERMINERS
            and j < len(words)
            and words[j].kind == WORD
            and words[j].text.islower()
            and words[j].key not in WORDS.speech_verbs
        ):
            return None  # "across its El Mharza chemical complex": a site's name, no one's
        if not given and self.after_kind_word(i):
            return None  # "directeur de l'école primaire Al Massira": the school's name
        if (
            i > 0
            and words[i - 1].key in WHERE
            and not self.honorific_before(i)
            and not _given_then_post(words, i, j)
        ):
            return None  # "pharmacienne à Derb Sultan": where she works, no one's name; not
            # "un audit confié à Camille Verhaegen, experte de …"
        honorific = self.honorific_before(i)
        if not honorific and len(run) == 2 and _particle_after_of(words, i):
            return None  # "président d'Al Amal", "le centre de tri d'El Boustane": a place's
            # or an association's name, no one's
        anchored = (
            honorific
            or bool(given and given[0] == i)
            or self.speech_around(i, j)
            or self.introduced(i)
            or self.title_around(i, j, before)
            or _age_end(words, j) > 0
            or (i >= _AGE_ADJECTIVE and _age_adjective(words, i - _AGE_ADJECTIVE) > 0)
            or _opening_age_before(words, i, j)
            or self.listed_after(i, before)
            or self.listed_before_respectively(j)
        )
        if not anchored:
            return None
        start, end = run[0].start, run[-1].end
        return Span(
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
            if words[k].key in _NOT_NAMING:
                return False  # "set up the company with Maartje Bakker": a partner
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

    def in_title_field(self, i: int, before: Sequence[Span] = ()) -> bool:
        """Whether the run at ``words[i]`` is the field of a title, not a name.

        It is after "de", "l'", "of", "for" that end a title ("Minister of Higher
        Education", "ministre de l'Économie numérique"), after "and" in such a field
        ("… of Digital Transition and Administrative Reform", unless a name ``before`` ends
        there), or after a comma where the
        field goes on ("Minister of Higher Education, Scientific Research and Innovation").
        """
        words = self.words
        k = self.previous(i, frozenset({"'"}))
        if k > 0 and words[k].capitalised and words[k].key in WORDS.title_modifiers:
            link = self.previous(k, frozenset({"'"}))  # "Minister of National Water Planning"
            if link >= 0 and words[link].key in _OF_FIELD:
                k = link
        if k >= 0 and words[k].key in _FIELD_LINKS:
            if k > 0 and words[k - 1].key == "," and _post_after_run(words, i):
                return False  # "…, d'Ilse Vandermeulen, ambassadrice de …": the next signatory
            return _title_head_before(words, k)
        if (
            k > 0
            and words[k].key in ENUMERATION
            and words[k - 1].capitalised
            and not any(span.last == words[k - 1].last for span in before)
        ):  # "… of Digital Transition and Administrative Reform", not "… Anouar Lyoubi and"
            return _title_head_before(words, k - 1)
        return i > 0 and words[i - 1].key == "," and _field_after_comma(words, i - 1) > 0

    def speech_around(self, i: int, j: int) -> bool:
        """Whether a verb of speaking stands after the name ("a déclaré", said) or before it."""
        words = self.words
        k = _past_relative_clause(words, j)
        start = k
        while k < len(words) and words[k].key in _AUXILIARIES and k - start < 3:
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

    def title_around(self, i: int, j: int, before: Sequence[Span] = ()) -> bool:
        """Whether a title word stands right before the name or right after its comma.

        Not one before the name of someone found ``before``: "consultant Karim Alami at
        the Agricultural Show" titles Karim Alami, not the show.
        """
        words = self.words
        k = self.previous(i, frozenset({".", ",", *WORDS.honorifics, *ARTICLES}))
        steps = 0
        reach = _REACH_BEFORE_COMMA if i > 0 and words[i - 1].key == "," else _REACH
        last_named = before[-1].last if before else -1
        while k >= 0 and steps < reach:
            word = words[k]
            if word.last <= last_named:
                break
            if word.key in WORDS.title_heads:
                return not self.names_institution(k, i)
            if word.kind == MARK and word.key not in {"'", "-", "(", ")"}:
                break
            if word.key in WORDS.stopwords and word.key not in WORDS.title_links:
                break
            k -= 1
            if not self.covered.overlaps(word.start, word.end):
                steps += 1  # an institution's name is one step, however long
        if j < len(words) and words[j].key in COMMAS:
            k = _age_end(words, j) or j + 1
            while k < len(words) and (words[k].key in ARTICLES or words[k].key in POSSESSIVES):
                k += 1
            k += _age_adjective(words, k)  # "…, a 58-year-old seamstress"
            if k + 1 < len(words) and possessive_at(words, k + 1):
                k += 3  # "…, the office's regional delegate": whose, then the title
            for n in range(k, min(k + 4, len(words))):
                if words[n].key in WORDS.title_heads:
                    return True
                if words[n].kind == MARK:
                    break
        return False

    def names_institution(self, title: int, i: int) -> bool:
        """Whether the title word at ``title`` is followed by an institution's name before ``i``.

        "exporter Oleum Atlas at the International Agricultural Show": the exporter is the
        company, and the show no one it titles.
        """
        following = self.words[title + 1] if title + 1 < i else None
        return (
            following is not None
            and following.capitalised
            and self.covered.overlaps(following.start, following.end)
        )

    def listed_after(self, i: int, before: list[Span]) -> bool:
        """Whether the name follows another person's with only ", et", "and" between."""
        if not before:
            return False
        k = self.previous(i, frozenset({",", "et", "and", "de", "d", "'"}))
        return k >= 0 and self.words[k].last == before[-1].last

    def listed_before_respectively(self, j: int) -> bool:
        """Whether the name ending at ``words[j]`` heads a list of names "respectively" follows.

        "Kadri Lepik et Pr Samira El Alami, respectivement directrice générale de … et
        directrice de …": the posts after say the list names people, as many as they are.
        """
        words = self.words
        if j >= len(words) or words[j].key not in _LISTING:
            return False
        for k in range(j + 1, min(j + _RESPECTIVELY_REACH, len(words))):
            word = words[k]
            if word.key in WORDS.respectively:
                return words[k - 1].key == "," and k > j + 2
            if not (
                word.capitalised
                or word.key in _LISTING
                or word.key in WORDS.honorifics
                or word.key in WORDS.name_particles
                or word.key == "."
            ):
                return False
        return False


_RESPECTIVELY_REACH = 14
"""Words a list of names may take up to "respectively", after its first name."""

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
ENUMERATION = frozenset({"and", "et", "&"})
_LISTING = COMMAS | ENUMERATION
"""What joins the names of a list: commas, "et", "and"."""
_ADJECTIVE_ENDINGS = ("al", "ic")
"""Endings of English adjectives in a field, which a noun follows: "Social and …"."""
LINKING = ARTICLES | _FIELD_LINKS | {"'"}
"""What stands between "and" and the title it joins: "et du président", "and the mayor"."""


_TITLE_REACH = 10
"""Words looked back for a title word from its field."""
_ENUMERATED_REACH = 16
"""Words looked back for a title word from a field enumerated after a comma: "ministre de
l'Aménagement du territoire national, de l'Urbanisme" puts twelve between."""


_AGES = range(16, 111)
"""The ages an apposition gives a person: "Mimoun Azzouzi, 71, a retired teacher"."""


_THING_DETERMINERS = frozenset({"the", "its", "their", "his", "her"})
"""English words before a noun phrase: capitalised words after them and before a
lowercase noun name a thing ("its El Mharza chemical complex"), not a person."""


def _age_end(words: Sequence[Word], comma: int) -> int:
    """The index after the age written between commas after a name, or 0 if none is.

    ", 71, a retired schoolteacher", ", 71 ans, instituteur", ", 34 years old, said":
    a name so followed names a person, and the post after the age is theirs.
    """
    k = comma + 1
    if k >= len(words) or words[comma].key not in COMMAS or words[k].kind != NUMBER:
        return 0
    if not words[k].key.isdigit() or int(words[k].key) not in _AGES:
        return 0
    k += 1
    while k < len(words) and words[k].key in WORDS.age_words:
        k += 1
    return k + 1 if k < len(words) and words[k].key in COMMAS else 0


_AGE_ADJECTIVE = 3
"""Words of an age written as one adjective: "78", "-", "year-old"; before a name, it says
the name is someone's ("78-year-old Hadda Boukhris")."""


def _opening_age_before(words: Sequence[Word], i: int, j: int) -> bool:
    """Whether the sentence opens with an age before the name ``words[i:j]``.

    "At 78, Hadda Benali still prunes …", "À 78 ans, Hadda Benali taille encore …": a
    person, whom a verb of now follows (see :func:`said_of_now`); not a club or a site
    named for a place the lexicon knows ("At 75, Raja Casablanca still dreams …").
    """
    return (
        i > 0
        and age_opening(words, 0) == i
        and said_of_now(words, j)
        and not any(word.key in WORDS.places for word in words[i:j])
    )


def _age_adjective(words: Sequence[Word], k: int) -> int:
    """How many words an age written as one adjective takes at ``words[k]``: "58-year-old"."""
    if k + 2 >= len(words) or words[k].kind != NUMBER or words[k + 1].key != "-":
        return 0
    parts = words[k + 2].key.split()
    return _AGE_ADJECTIVE if len(parts) == 2 and year_old(*parts) else 0


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


_IN_WORDS = frozenset({"'", "’", "-"})
"""Marks that join or end words rather than clauses."""


def _past_relative_clause(words: Sequence[Word], j: int) -> int:
    """The index after a relative clause set off by commas at ``words[j]``, or ``j``.

    "Matthias Kellerhals, who signed for the bank, said …", "…, qui a paraphé le texte, a
    indiqué …": a short clause, with no other mark in it than the apostrophes and hyphens
    of its words ("who heads the Tan-Tan Shipowners' Association").
    """
    if (
        j + 1 >= len(words)
        or words[j].key != ","
        or words[j + 1].key not in WORDS.relative_pronouns
    ):
        return j
    for k in range(j + 2, min(j + 2 + _RELATIVE_CLAUSE, len(words))):
        if words[k].kind == MARK and words[k].key not in _IN_WORDS:
            return k + 1 if words[k].key == "," else j
    return j


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
            key in ENUMERATION
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
        if key in WORDS.title_heads or (key.endswith("s") and key[:-1] in WORDS.title_heads):
            return 0  # "…, du bâtonnier de l'Ordre des avocats", "…, des élus locaux et des
            # représentants …" (others present, in the plural), "…, and Justice Minister X":
            # another person's post
        if (
            enumerated
            and key in _WITH
            and end + 1 < len(words)
            and words[end + 1].capitalised
            and not french
        ):
            break  # "… Economic and Social Sciences at Hassan II University": where held
        if key in ENUMERATION:
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
    if end == k or not (enumerated or french) or words[end - 1].key in ENUMERATION:
        return 0
    if (
        french
        and end + 1 < len(words)
        and words[end].key == ","
        and words[end + 1].key in WORDS.title_heads
    ):
        return 0  # "…, d'Ilse Vandermeulen, ambassadrice de …": the next signatory
    if (
        end < len(words)
        and words[end].kind != MARK
        and words[end].key not in WORDS.given_names
        and words[end].key not in ENUMERATION
        and not (words[end].key in _WITH and end + 1 < len(words) and words[end + 1].capitalised)
    ):
        return 0  # not "… Economic and Social Sciences at Hassan II University", where held
    return end if _title_head_before(words, comma - 1, _ENUMERATED_REACH) else 0


_BEFORE_NOUN = ARTICLES | {"des", "du", "aux", "au"}
"""Articles, alone or joined to "de" or "à", after which a word that is also a verb of
signing is a noun: "des signes"."""


def _origin_after_comma(words: Sequence[Word], comma: int) -> bool:
    """Whether a person's nationality or origin follows the comma at ``words[comma]``.

    "de nationalité norvégienne", "d'origine française", "of Swedish origin".
    """
    k = comma + 1
    if k + 1 < len(words) and words[k].key == "d" and words[k + 1].key in {"'", "’"}:
        return (
            k + 2 < len(words) and words[k + 2].key in WORDS.origin_words
        )  # "d'origine française"
    if k + 1 < len(words) and words[k].key == "de":
        return words[k + 1].key in WORDS.origin_words  # "de nationalité norvégienne"
    return (  # "of Swedish origin", "of Dutch nationality"
        k + 2 < len(words)
        and words[k].key == "of"
        and words[k + 1].key in WORDS.nationalities
        and words[k + 2].key in WORDS.origin_words
    )


def _particle_after_of(words: Sequence[Word], i: int) -> bool:
    """Whether ``words[i]`` is a particle ("Al", "El") after "de", "d'" or "of"."""
    if words[i].key not in WORDS.name_particles or i == 0:
        return False
    before = words[i - 1].key
    if before in {"'", "’"}:
        return i > 1 and words[i - 2].key == "d"
    return before in {"de", "of"}


def _title_after_run(words: Sequence[Word], i: int) -> bool:
    """Whether the capitalised words from ``words[i]`` end with a title in lower case.

    "…, and Al Amal president Abdelkader Mimouni": the words after the comma are the
    next person's post, not more of the field before it.
    """
    end = i
    while end < len(words) and end - i <= _MAX_NAME and words[end].capitalised:
        end += 1
    return end < len(words) and words[end].key in WORDS.title_heads and not words[end].capitalised


def _post_after_run(words: Sequence[Word], i: int) -> bool:
    """Whether the capitalised words from ``words[i]`` are followed by a comma and a title."""
    end = i
    while end < len(words) and end - i <= _MAX_NAME and words[end].capitalised:
        end += 1
    return (
        end > i
        and end + 1 < len(words)
        and words[end].key == ","
        and words[end + 1].key in WORDS.title_heads
    )


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
    return (
        word.kind == WORD
        and word.text[0] < "\u0600"
        and word.key in WORDS.title_heads
        and not _first_to(words, k)
        and not _counts_after(words, k)
        and not (word.key in WORDS.kinship_titles and not word.text.islower())
        and not _reflexive_before(words, k)
        and not (k + 1 < len(words) and words[k + 1].key == "quant")
        and not _ordinal_before_noun(words, k)
    )  # "…, garde quant à elle un souvenir": the verb of "quant à elle"


def _lowercase_after(words: Sequence[Word], k: int) -> bool:
    """Whether a word in lower case stands at ``words[k]``, past an article.

    A field's noun ("et à la réinsertion"), not a place ("et à Wageningen").
    """
    k = _past_article(words, k)
    return k < len(words) and words[k].kind == WORD and words[k].text.islower()


def _title_after(words: Sequence[Word], k: int) -> bool:
    """Whether a title word stands at ``words[k]``, past an article: "et au maire"."""
    k = _past_article(words, k)
    return k < len(words) and _head_at(words, k)


def _past_article(words: Sequence[Word], k: int) -> int:
    """The index past an article (and its apostrophe: "l'") at ``words[k]``."""
    if k < len(words) and words[k].key in ARTICLES:
        k += 1
    if k < len(words) and words[k].key in {"'", "’"}:
        k += 1
    return k


def _ordinal_before_noun(words: Sequence[Word], k: int) -> bool:
    """Whether a title word that is also an ordinal qualifies a noun: "au premier rang"."""
    if words[k].key not in WORDS.ordinal_heads or k + 1 >= len(words):
        return False
    after = words[k + 1]
    return (
        after.kind == WORD
        and after.text.islower()
        and after.key not in WORDS.title_heads
        and after.key not in WORDS.title_modifiers
    )


def _reflexive_before(words: Sequence[Word], k: int) -> bool:
    """Whether "s'est" stands before ``words[k]``: "s'est adjoint l'expertise de …", a verb."""
    return (
        k >= 3
        and words[k - 1].key == "est"
        and words[k - 2].key in {"'", "’"}
        and words[k - 3].key == "s"
    )


def _kind_described(words: Sequence[Word], k: int) -> bool:
    """Whether a French title word in lowercase follows a word of kind: "le groupe hôtelier X".

    It is the adjective of the institution's kind, not the post of the name after it
    (in English the word of kind comes first in a post: "university president"). So is
    one joined by "et" to the kind's first adjective: "l'Institut agronomique et
    vétérinaire Hassan II" names an institute, no veterinarian.
    """
    return (
        k > 0
        and words[k].text.islower()
        and words[k - 1].key in WORDS.organization_heads
        and words[k - 1].text.islower()
    ) or (
        k > 2
        and words[k].text.islower()
        and words[k - 1].key == "et"
        and words[k - 2].text.islower()
        and words[k - 2].key not in WORDS.title_heads
        and words[k - 3].key in WORDS.organization_heads
    )


def _counts_after(words: Sequence[Word], k: int) -> bool:
    """Whether a number follows a title word: the verb it is spelt like, "élève sept vaches"."""
    return k + 1 < len(words) and (
        words[k + 1].kind == NUMBER or words[k + 1].key in NUMBER_WORDS.number_words
    )


def _first_to(words: Sequence[Word], k: int) -> bool:
    """Whether a rank is followed by "à" or "to" and a verb: "Premier à s'exprimer".

    Not a delegate's word by an article: "délégué à la protection des données" is a post
    and its field ("associé à la validation du modèle" is no post).
    """
    return (
        words[k].key in WORDS.title_modifiers
        and k + 1 < len(words)
        and words[k + 1].key in {"a", "to"}
        and words[k + 1].text != "a"  # "à", not the article "a"
        and not (
            words[k].key in WORDS.delegate_words
            and k + 2 < len(words)
            and words[k + 2].key in ARTICLES
        )
    )


def latin_titles(
    reader: Reader, number: int, names: Sequence[Span], ends: dict[int, int]
) -> list[Span]:
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
    found_here: list[Span] = []
    i = 0
    heads = WORDS.title_heads
    for i_ in itertools.compress(itertools.count(), map(heads.__contains__, map(_KEY, words))):
        if i_ < i or i_ in in_name or not _head_at(words, i_):
            continue  # only title words start a post
        if not english and _kind_described(words, i_):
            continue
        if words[i_].key in WORDS.charged_with and _task_after(words, i_ + 1):
            continue
        start = _title_start(words, i_, in_name, english=english, surnames=reader.surnames)
        if start < i:  # not back into the post before: "… and Innovation and Lumenfeld CEO"
            start = i
            while start < i_ and (words[start].key in ENUMERATION or words[start].key in ARTICLES):
                start += 1
        i = i_
        end = _title_end(words, i, name_at, in_name)
        if ends:
            end = _through_institution(words, i, end, ends)
        if end - 2 >= start and (
            _participle_ends(words, end - 1) or _past_participle_ends(words, end)
        ):
            end -= 1  # "a mason working on several houses": what he does, not his post
        if end - start == 1 and words[start].key in WORDS.honorifics:
            i = end
            continue  # "le professeur Abdelilah Amrani": a form of address, no post
        first, last = words[start], words[end - 1]
        text = reader.masked[first.start : last.end]
        found_here.append(
            Span(first.first, last.last, Found(first.start, last.end, text), title=True)
        )
        i = end
    return found_here


def _task_after(words: Sequence[Word], k: int) -> bool:
    """Whether "de" and an infinitive follow "chargé" at ``words[k]``: a task, no post.

    "une équipe …, chargée d'entraîner les modèles": what the team is to do; not
    "chargé de mission", nor "chargé de plaidoyer" or "de dossier", nouns in "-ier",
    "-yer".
    """
    if k < len(words) and words[k].key == "d":
        k += 1 if k + 1 < len(words) and words[k + 1].key in {"'", "’"} else len(words)
    elif k < len(words) and words[k].key != "de":
        return False
    verb = words[k + 1] if k + 1 < len(words) else None
    return (
        verb is not None
        and verb.kind == WORD
        and verb.text.islower()
        and len(verb.key) > 3
        and verb.key.endswith(("er", "ir", "re"))
        and not verb.key.endswith(("ier", "yer", "ure"))
        and not verb.text.endswith("ère")  # "chargée de filière": a noun
        and verb.key not in WORDS.stopwords
    )


_WHERE_AFTER_PARTICIPLE = frozenset({"sous", "dans", "près", "à", "au", "aux", "depuis"})
"""Words after a French participle of settling that say where someone works, past a post."""
_SETTLED = frozenset(
    normalize(word)
    for stem in ("installé", "établi", "implanté", "basé", "situé")
    for word in (stem, stem + "e", stem + "s", stem + "es")
)
"""French participles of settling somewhere: "installé sous les arcades"."""


def _past_participle_ends(words: Sequence[Word], end: int) -> bool:
    """Whether a post's last word is a French past participle that says when or where.

    "propriétaire d'un four fondé en 1958 par son grand-père": when the oven was built,
    no part of his post; "artisan ébéniste installé sous les arcades": where he works.
    Not a title's own word ("délégué", "chargé"), nor "guide agréé par le ministère", a
    title.
    """
    word = words[end - 1]
    return (
        end + 1 < len(words)
        and (
            (words[end].key == "en" and words[end + 1].kind == NUMBER)
            or (words[end].key in _WHERE_AFTER_PARTICIPLE and word.key in _SETTLED)
        )
        and word.text.islower()
        and french_past_participle(word.text)
        and word.key not in WORDS.title_heads
        and word.key not in WORDS.title_modifiers
    )


def _participle_ends(words: Sequence[Word], k: int) -> bool:
    """Whether a participle in "-ing" at ``words[k]`` follows a title's word and ends a post.

    Not a field ("director of housing"): the word right after the title's word.
    """
    word = words[k]
    return (
        word.text.islower()
        and english_present_participle(word.key)
        and words[k - 1].key in WORDS.title_heads
    )


def _through_institution(words: Sequence[Word], head: int, end: int, ends: dict[int, int]) -> int:
    """Where a post ends, run on to the end of an institution's name it stops inside.

    And on through its own short form in brackets ("hydrologue à l'Institut agronomique
    et vétérinaire Hassan II (IAV)"), or the initials of the institution that one
    belongs to: "chercheur au Centre des études historiques et environnementales de
    l'IRCAM".
    """
    for k in range(head + 1, end):
        name_end = ends.get(words[k].start)
        if name_end is not None and name_end > words[end - 1].end:
            while end < len(words) and words[end].start < name_end:
                end += 1
            if owner_initials_at(words, end):
                return end + 4
            closing = (
                short_form_end(words, end) if end < len(words) and words[end].key == "(" else None
            )
            return end if closing is None else closing + 1
    return end


def _given_then_post(words: Sequence[Word], i: int, j: int) -> bool:
    """Whether the words ``i..j`` start with a given name, and a comma and a post or an age follow.

    "confié à Camille Verhaegen, experte de …", "doit beaucoup à Salma Bouchikhi, 23 ans,
    …": a place has no post, nor an age.
    """
    return (
        words[i].key in WORDS.given_names
        and words[i].key not in WORDS.place_prefixes
        and j + 1 < len(words)
        and words[j].key == ","
        and (_title_head_within(words, j + 1) or _age_end(words, j) > 0)
    )


def _title_head_within(words: Sequence[Word], k: int) -> bool:
    """Whether a title word starts at ``words[k]``, past an introducer, article, nationality.

    "experte de …", "an Austrian engineer and technical adviser to …", "qui est
    professeure de climatologie à …".
    """
    k += _introducer_length(words, k)
    if k < len(words) and words[k].key in WORDS.indefinite_articles:
        k += 1
    if k < len(words) and words[k].key in WORDS.nationalities:
        k += 1
    return k < len(words) and words[k].key in WORDS.title_heads


def _region_at(words: Sequence[Word], k: int) -> bool:
    """Whether ``words[k]`` is a place or a region a post covers ("Moyen-Orient")."""
    return (
        k < len(words)
        and words[k].capitalised
        and (words[k].key in WORDS.places or words[k].key in WORDS.title_modifiers)
    )


_ABROAD = frozenset({"abroad", "etranger"})
"""Where those who live out of the country live: "Moroccans living abroad" is a field."""


def _abroad_after(words: Sequence[Word], k: int) -> bool:
    """Whether "abroad" or "à l'étranger" follows ``words[k]`` within four words."""
    return any(word.key in _ABROAD for word in words[k + 1 : k + 5])


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


_INTRODUCING = frozenset(phrase[0] for phrase in WORDS.post_introducers if len(phrase) == 1)
"""Words between a name and its post, no part of the post: "as", "now", "actuellement"."""


def _by_first_key(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by their first word, each once."""
    by_first: dict[str, dict[tuple[str, ...], None]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], {})[phrase] = None
    return {first: tuple(found) for first, found in by_first.items()}


_POST_INTRODUCERS = _by_first_key(WORDS.post_introducers)
"""The phrases that introduce a post ("qui est", "who is"), by their first word."""


def _introducer_length(words: Sequence[Word], k: int) -> int:
    """How many words a phrase that introduces a post takes at ``words[k]`` ("qui est")."""
    phrases = _POST_INTRODUCERS.get(words[k].key, ()) if k < len(words) else ()
    return max((len(phrase) for phrase in phrases if _keys_at(words, k, phrase)), default=0)


def _keys_at(words: Sequence[Word], k: int, phrase: tuple[str, ...]) -> bool:
    """Whether the words from ``words[k]`` have the keys of ``phrase``."""
    return tuple(word.key for word in words[k : k + len(phrase)]) == phrase


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
    if key in _INTRODUCING and not (word.text.isupper() and len(word.text) > 1):
        return False  # "Othmane Rhazali, now chief technology officer"; not "Havdata AS CEO"
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
    if (
        (key in _FRENCH_LINKS or key == "of")
        and start == k + 1
        and k > 0
        and words[k - 1].capitalised
    ):
        return True  # Credit Agricole du Maroc chairwoman, Grand Stadium of Agadir director
    if (
        start == k + 1
        and "-" in word.text
        and word.text.replace("-", "").isalpha()
        and words[k - 1].end < word.start  # not the "year-old" of "67-year-old"
    ):
        return word.text.islower()  # a final-year student, a second-term deputy
    return (
        _field_word(word)
        and start == k + 1
        and i - k <= 3
        and not (k > 0 and words[k - 1].key in _MODALS)
    )  # energy minister; not "will meet consultant Karim Alami", a verb


_MODALS = WORDS.verb_markers - {"to"}
"""Words before a verb: the word after one is no field of a post ("to" may end a post's
institution: "adviser to energy minister …")."""


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
    while k >= 0 and k not in in_name:
        if (
            english
            and _initials_in_brackets_end(words, k)
            and k - 3 not in in_name
            and _latin_word(words[k - 3])
            and _before_title(words, k - 3, i, k - 2, english=english, surnames=surnames)
        ):
            start, k = k - 3, k - 4  # "Sultan Moulay Slimane University (USMS) president"
            continue
        if english:
            owner = _lowercase_owner(words, k)
            if owner is not None and owner not in in_name:
                start = owner  # "dockers' representative"
                break
        if not _latin_word(words[k]) or not _before_title(
            words, k, i, start, english=english, surnames=surnames
        ):
            break
        start = k
        k -= 1
    while start < i and words[start].key in {"and", "&", "et"}:
        start += 1
    return start


def _lowercase_owner(words: Sequence[Word], k: int) -> int | None:
    """Where a lowercase English plural's possessive ending at ``words[k]`` starts, if one does.

    "dockers' representative": whose representative, part of the post. A singular
    owner is the institution, said apart: "the agency's director general" is a director
    general.
    """
    if k >= 1 and plural_possessive_at(words, k) and words[k - 1].text.islower():
        return k - 1
    return None


def _initials_in_brackets_end(words: Sequence[Word], k: int) -> bool:
    """Whether ``words[k]`` closes initials in brackets after a capitalised word: "(USMS)"."""
    return (
        k >= 3
        and words[k].key == ")"
        and words[k - 1].acronym
        and words[k - 2].key == "("
        and words[k - 3].capitalised
    )


_CONTINUATIONS = by_first([(phrase, True) for phrase in WORDS.post_continuations])


def _continuation_at(words: Sequence[Word], k: int) -> int:
    """How many words a phrase that goes on with a post takes at ``words[k]``: "par intérim"."""
    for phrase, _ in _CONTINUATIONS.get(words[k].key, ()):
        if all(k + n < len(words) and words[k + n].key == part for n, part in enumerate(phrase)):
            return len(phrase)
    return 0


def _link_to_name(words: Sequence[Word], k: int) -> bool:
    """Whether a title's link and a capitalised name start at ``words[k]``: "at the DGSN"."""
    if words[k].key not in WORDS.title_links:
        return False
    n = k + 1
    if n < len(words) and words[n].key in ARTICLES:
        n += 1
    return n < len(words) and (words[n].capitalised or words[n].acronym)


_DURATION_REACH = 5
"""Words after a post's link in which a word of years makes it a duration."""


def _duration_after(words: Sequence[Word], k: int) -> bool:
    """Whether a number of years follows a title's link at ``words[k - 1]``: how long.

    "taxi driver for the past twenty years"; not "ingénieure à la SNAP depuis trois ans",
    where the years are since when she holds the post, after where she holds it, nor
    "officer of Tessellab, spent two years", what the sentence says next, nor "director
    of the ONCA last year", when, after the name of where she held it.
    """
    for n, word in enumerate(words[k : k + _DURATION_REACH - 1], start=k):
        if word.key in NUMBER_WORDS.since or word.key in COMMAS or _year_said_at(words, n):
            return False
        if word.key in WORDS.title_links and word.key not in ARTICLES:
            return False  # "clerk at the court for nineteen years": the years are the next link's
        if word.key in YEARS or word.key in WORDS.decade_words:
            return True  # "for the past twenty years", "for three decades"
    return False


_YEARS_SAID = _by_first_key(phrase for phrase, _ in NUMBER_WORDS.years_said)
""""last year", "l'an dernier" …, by their first word: when, no part of a post before it."""


def _year_said_at(words: Sequence[Word], k: int) -> bool:
    """Whether a year said relative to now starts at ``words[k]``: "director of … last year"."""
    phrases = _YEARS_SAID.get(words[k].key, ()) if k < len(words) else ()
    return any(_keys_at(words, k, phrase) for phrase in phrases)


_PLACE_DETERMINERS = frozenset({"its", "their", "son", "sa", "ses", "leur", "un", "une", "a", "an"})
"""Possessives and indefinite articles after a title's link, before where the post is
held: "chairman of its board", "assistante logistique chez un transitaire"."""
_PREFIX_AND_NAME = 2
"""Words of a place named by its prefix and one more: "Ait Mansour"."""
_NOT_NAMING = frozenset({"with", "avec", "by", "par"})
"""Words between a word of kind and a name that make the name no name of that kind."""
_WITH = frozenset({"chez", "at", "with"})
"""Words before where a post is held ("engineer at Atlas", "a researcher with the CNRS")."""


def _french_past_at(words: Sequence[Word], k: int) -> bool:
    """Whether ``words[k]`` is the French "a" of a verb in the past, not the English article.

    "… de la Protection sociale a appelé à …": the word before it ends the post.
    """
    if words[k].text != "a" or k + 1 >= len(words):
        return False
    after = words[k + 1]
    return (
        after.kind == WORD
        and not after.capitalised
        and (after.text.endswith("é") or after.key in WORDS.irregular_participles)
    )


def _title_end(words: Sequence[Word], i: int, name_at: dict[int, Span], in_name: set[int]) -> int:
    """The index after the words of a post whose title word is ``words[i]``."""
    end = i + 1
    field = False
    while end < len(words) and end - i < _MAX_LATIN_TITLE and end not in in_name:
        word = words[end]
        if word.kind == WORD and word.text[0] >= "\u0600":
            break  # the Arabic words of a mixed sentence
        going_on = _continuation_at(words, end)
        if going_on:
            end += going_on  # "directeur général par intérim de l'ADII"
            continue
        key = word.key
        if word.kind == MARK:
            if key == "'" and words[end - 1].key in ELIDED:
                end += 1
                continue
            if plural_possessive_at(words, end) and field:
                end += 1  # "president of the parents' federation"
                continue
            if (
                possessive_at(words, end)
                and end + 2 < len(words)
                and (field or words[end + 2].key in WORDS.kinship_titles)
            ):
                end += 2  # head of the hospital's emergency department, the photographer's
                continue  # granddaughter
            if key == "," and field and _origin_after_comma(words, end):
                break  # "…, de nationalité norvégienne,", "…, d'origine française,": where
                # the person is from, no more of the post
            if key == "," and field:
                goes_on = _field_after_comma(words, end)
                if (
                    goes_on
                    and not any(k in in_name for k in range(end, goes_on))
                    and not _title_after_run(words, goes_on)
                ):
                    end = goes_on  # Minister of Higher Education, Scientific Research and …
                    if end < len(words) and words[end].key in ENUMERATION:
                        break  # "… and Innovation and Lumenfeld chief executive …"
                    continue
            closing = short_form_end(words, end) if key == "(" else None
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
            if (
                field
                and nxt.text in {"à", "au", "aux"}
                and _lowercase_after(words, end + 2)
                and not _title_after(words, end + 2)
            ):
                end += 1  # "délégué général à l'administration pénitentiaire et à la
                continue  # réinsertion": a second field; not "et au maire": another
            if field and nxt.key == "le" and _region_at(words, end + 2):
                end += 2  # "vice-présidente … pour l'Afrique et le Moyen-Orient"
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
                and (
                    end + 2 == len(words)
                    or _field_word(words[end + 2])
                    or _link_to_name(words, end + 2)
                    or words[end + 2].key in {",", ".", ";"}
                    or words[end + 2].first in name_at
                )
            ):
                end += 1  # "deputy director for financial and enterprise affairs", "des
                # douanes et impôts indirects", "director of operations and maintenance,",
                # "head of engineering and maintenance Nawal Essafi"
                continue
            break
        if (
            key in WORDS.honorifics
            and end > i
            and word.capitalised
            and end + 1 < len(words)
            and words[end + 1].capitalised
            and words[end + 1].key not in WORDS.title_heads
            and words[end + 1].key not in WORDS.title_modifiers
        ):
            break  # "ENSAF director Professor Mounir Zerhouni": how the name is addressed
        if end > i and _age_said_at(words, end):
            break  # "trieuse de figues âgée de 34 ans": her age, after the post
        if key in WORDS.residence_words and not word.capitalised and not _abroad_after(words, end):
            break  # "a retired teacher living in the Marshan district": where she lives; not
            # "chargée des Marocains résidant à l'étranger", a minister's field
        if key in WORDS.title_modifiers or key in WORDS.title_heads:
            end += 1
            continue
        if field and words[end - 1].capitalised and _year_said_at(words, end):
            break  # "director of the National Office last year": when
        if key in WORDS.title_links and _duration_after(words, end + 1):
            break  # "taxi driver for the past twenty years": how long, no field
        if (
            key in WORDS.place_links
            and end + 1 < len(words)
            and words[end + 1].key in ARTICLES | _PLACE_DETERMINERS
        ):
            field = True  # "institutrice dans une école rurale", "… dans l'Oriental"
            end += 2 if words[end + 1].key in _PLACE_DETERMINERS else 1
            continue
        if key in WORDS.title_links or key in _WITH:
            field = True
            end += 1
            if end + 1 < len(words) and key == "d" and words[end].key in {"'", "’"}:
                end += 1  # "gérante d'une maison d'hôtes": the elided link, then its article
            if (
                end + 1 < len(words)
                and words[end].key in _PLACE_DETERMINERS
                and words[end + 1].kind == WORD
                and not words[end + 1].capitalised
            ):
                end += 1  # "chairman of its board", "président de son conseil"
            continue
        if (
            key in WORDS.honorifics
            and key not in WORDS.title_heads
            and (end + 1 == len(words) or words[end + 1].capitalised or words[end + 1].key == ".")
        ):
            break  # "regional health director Dr. Samira …": the name's, not the post's; not
            # "director of Hajj and Umrah affairs", a pilgrimage's name in the field
        if (words[end - 1].key, key) in WORDS.name_joints:
            end += 1  # "directeur de l'épidémiologie et de lutte contre les maladies"
            continue
        if word.capitalised or word.acronym:
            field = True
            end += 1
            continue
        if end + 1 < len(words) and words[end + 1].kind == NUMBER and not word.capitalised:
            break  # "Le directeur général de la mutuelle vise 1,2 million": a verb, its count
        if words[end - 1].capitalised and key.endswith(VERB_ENDINGS) and len(key) > 5:
            break  # "Le directeur du port de Dakhla pilotera le centre": a verb after a name
        if (
            words[end - 1].capitalised
            and key.endswith("ed")
            and word.text.isascii()
            and len(key) > 4
        ):
            break  # "head of operations for North Africa declined to …": its verb
        if (
            words[end - 1].capitalised
            and end + 1 < len(words)
            and words[end + 1].text.lower() in ARTICLES  # not "à", whose key is "a"
            and key not in WORDS.title_links
            and key not in WORDS.title_modifiers
        ):
            if (
                _french_past_at(words, end + 1)
                and key not in WORDS.stopwords
                and key not in WORDS.relative_pronouns
            ):
                end += 1  # "… de la Protection sociale a appelé": the verb comes after it
            break  # "géologue de la Faculté … de Tétouan coordonne le volet …": its verb
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
            and (key not in WORDS.signing or words[end - 1].key in _BEFORE_NOUN)
            and key not in WORDS.presence
            and key not in WORDS.agents
        ):  # "interprète en langue des signes": after an article, a noun, no verb
            field = True
            end += 1
            continue
        break
    while end > i + 1 and (
        words[end - 1].key in WORDS.title_links
        or words[end - 1].key in ARTICLES
        or words[end - 1].key in {"'", "et", "and", ",", "،"}
        or words[end - 1].key in _WITH
        or (end > i + 2 and possessive_at(words, end - 2))
    ):
        end -= 1
    return end


def _age_said_at(words: Sequence[Word], k: int) -> bool:
    """Whether a phrase of ``age_phrases`` and a number start at ``words[k]``: "âgée de 34".

    Not "un centre pour personnes âgées de Fès", "aged care": no age.
    """
    return any(
        k + len(phrase) < len(words)
        and _keys_at(words, k, phrase)
        and words[k + len(phrase)].kind == NUMBER
        for phrase in WORDS.age_phrases
    )
