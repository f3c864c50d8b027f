"""Organization candidates: one per institution an article names, however often."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Organization
from ..text import name_key, normalize
from ..values import Names
from ._candidates import OrganizationCandidate
from ._institutions import Institution
from ._lexicon import WORDS
from ._match import remembered_match
from ._reader import Reader

__all__ = ["Organizations", "names_in"]


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


def _suffix(rest: str) -> bool:
    """Whether the words after a company's first word say only what it is (Inc, A/S, Group)."""
    return rest in WORDS.organization_suffixes or all(
        word in WORDS.organization_suffixes for word in rest.split()
    )


class Organizations:
    """The organization candidates of one article, by name and by acronym.

    Another spelling of an institution the dataset has, or the acronym of one the
    article has already named, is that institution, not a new one.
    """

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.by_key: dict[str, OrganizationCandidate] = {}
        self.by_acronym: dict[str, OrganizationCandidate] = {}

    def add_all(self, institutions: Sequence[Institution]) -> None:
        """Add every institution, those with their acronym and the longest names first.

        So "l'ADD" is the Agence's, "Veltrix" is Veltrix Semiconductors.
        """
        for institution in sorted(
            institutions, key=lambda i: (i.acronym is None, -len(i.name.text.split()))
        ):
            self.add(institution)

    def add(self, institution: Institution) -> OrganizationCandidate:
        """The candidate for an institution, made the first time it is named."""
        reader = self.reader
        name = institution.name.text
        key = name_key(name)
        if key in self.by_key:
            return self.by_key[key]
        if key in self.by_acronym:
            self.by_key[key] = self.by_acronym[key]
            return self.by_key[key]
        plain = normalize(name)
        if name.isascii() and " " not in plain:
            longer = next(
                (
                    c
                    for c in self.by_key.values()
                    if (other := normalize(c.name)).startswith(plain + " ")
                    and _suffix(other[len(plain) + 1 :])
                ),
                None,
            )
            if longer is not None:  # "Veltrix" after "Veltrix Semiconductors"
                self.by_key[key] = longer
                return longer
        matched = remembered_match(reader, "organizations", name, institution.acronym)
        if matched is not None:
            same = next((c for c in self.by_key.values() if c.match == matched), None)
            if same is not None:  # another spelling of an institution the dataset has
                self.by_key[key] = same
                return same
        span = institution.quote or institution.name
        quote = reader.text[span.start : span.end]
        aliases = (institution.acronym,) if institution.acronym else ()
        candidate = OrganizationCandidate(
            quote=quote,
            span=(span.start, span.end),
            match=matched,
            name=name,
            kind=institution.kind,
            record=Organization(
                id=matched or reader.ids.new(name, "organization"),
                name=names_in(reader, name, institution.name.start, aliases),
                kind=institution.kind,
                citations=(reader.cite(quote),),
            ),
        )
        self.by_key[key] = candidate
        if institution.acronym:
            self.by_acronym[name_key(institution.acronym)] = candidate
        return candidate

    def candidates(self) -> tuple[OrganizationCandidate, ...]:
        """Every candidate once, in the order of the text."""
        unique = {id(c): c for c in self.by_key.values()}
        return tuple(sorted(unique.values(), key=lambda c: c.start))
