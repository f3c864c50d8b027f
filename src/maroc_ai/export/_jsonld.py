"""JSON-LD with schema.org terms: organizations, people, events, places, and their citations.

The context is inline (no network is needed to read the document) and maps terms to
``https://schema.org/``. Records get the IRI ``urn:maroc-ai:<id>``. What maps where:

* organizations are ``Organization`` (``parentOrganization``, ``location``);
* officials are ``Person`` (``jobTitle`` as the sources write it, ``worksFor``);
* events are ``Event``, and so are partnerships, whose signing is one
  (``additionalType`` names the agreement; parties and officials are ``attendee``);
* places are ``Place`` (``geo`` where coordinates are recorded), and so are
  facilities (``containedInPlace``);
* the dataset itself is a ``Dataset`` (``version``, ``dateModified``, ``license``,
  ``isBasedOn`` its sources);
* programs are ``CreativeWork``; sources are ``NewsArticle`` (``publisher`` and
  ``url`` where known);
* each citation is a ``citation``: a ``Quotation`` whose ``text`` is the quote,
  ``isPartOf`` its source, and ``about`` the fields it supports.

Names carry their language (``ar``, ``en``, ``fr``); aliases are ``alternateName``; a
record's label, a description and never a name, is ``disambiguatingDescription``.
What an organization is said to be, or a program to aim at, is ``description``.
Targets, statistics and decisions have no schema.org type and are left out.
"""

from __future__ import annotations

from typing import Any

from .._release import RIGHTS, license_address
from ..dataset import Dataset
from ..model import Event, Facility, Official, Organization, Partnership, Place, Program, Source
from ..values import Citation, Names
from ._csv import DESCRIPTION, TITLE

__all__ = ["CONTEXT", "to_jsonld"]

CONTEXT: dict[str, Any] = {
    "@vocab": "https://schema.org/",
    "schema": "https://schema.org/",
    "id": "@id",
    "type": "@type",
    "parentOrganization": {"@type": "@id"},
    "location": {"@type": "@id"},
    "worksFor": {"@type": "@id"},
    "attendee": {"@type": "@id"},
    "organizer": {"@type": "@id"},
    "containedInPlace": {"@type": "@id"},
    "isPartOf": {"@type": "@id"},
    "superEvent": {"@type": "@id"},
    "isBasedOn": {"@type": "@id"},
    "license": {"@type": "@id"},
}


def iri(id: str) -> str:
    """The IRI of a record in the JSON-LD export."""
    return f"urn:maroc-ai:{id}"


def _names(names: Names) -> dict[str, Any]:
    forms = [
        {"@value": text, "@language": language}
        for language, text in (("ar", names.ar), ("en", names.en), ("fr", names.fr))
        if text is not None
    ]
    result: dict[str, Any] = {"name": forms}
    if names.aliases:
        result["alternateName"] = list(names.aliases)
    return result


def _citation(citation: Citation) -> dict[str, Any]:
    result: dict[str, Any] = {
        "type": "Quotation",
        "text": citation.quote,
        "isPartOf": iri(citation.source),
    }
    if citation.fields:
        result["about"] = list(citation.fields)
    return result


def _node(record: Any, type: str, **properties: Any) -> dict[str, Any]:
    node: dict[str, Any] = {"id": iri(record.id), "type": type}
    if getattr(record, "name", None) is not None:
        node.update(_names(record.name))
    if getattr(record, "label", None) and not isinstance(record, Source):
        node["disambiguatingDescription"] = record.label
    node.update({key: value for key, value in properties.items() if value not in (None, [], "")})
    node["citation"] = [_citation(citation) for citation in record.citations]
    return node


def _ref(id: str | None) -> str | None:
    return None if id is None else iri(id)


def _organization(record: Organization) -> dict[str, Any]:
    return _node(
        record,
        "Organization",
        parentOrganization=_ref(record.parent),
        location=_ref(record.place),
        additionalType=record.kind.value,
        description=list(record.description),
    )


def _person(record: Official) -> dict[str, Any]:
    return _node(
        record,
        "Person",
        jobTitle=[post.title for post in record.posts],
        worksFor=sorted({iri(post.organization) for post in record.posts if post.organization}),
    )


def _event(record: Event) -> dict[str, Any]:
    return _node(
        record,
        "Event",
        additionalType=record.kind.value,
        startDate=record.start.isoformat() if record.start else None,
        endDate=record.end.isoformat() if record.end else None,
        location=_ref(record.place),
        organizer=[iri(id) for id in record.organizers],
        attendee=[iri(p.official) for p in record.participants],
    )


def _partnership(record: Partnership) -> dict[str, Any]:
    return _node(
        record,
        "Event",
        additionalType=record.kind.value,
        startDate=record.date.isoformat() if record.date else None,
        location=_ref(record.place),
        attendee=[iri(id) for id in record.parties]
        + [iri(p.official) for p in record.participants],
        superEvent=_ref(record.event),
        description=list(record.purpose),
    )


def _place(record: Place) -> dict[str, Any]:
    geo = None
    if record.coordinates is not None:
        geo = {
            "type": "GeoCoordinates",
            "latitude": record.coordinates.latitude,
            "longitude": record.coordinates.longitude,
        }
        if record.coordinates.geonames is not None:
            geo["identifier"] = f"https://sws.geonames.org/{record.coordinates.geonames}/"
    return _node(record, "Place", additionalType=record.kind.value, geo=geo)


def _facility(record: Facility) -> dict[str, Any]:
    return _node(
        record,
        "Place",
        additionalType=record.kind.value,
        containedInPlace=_ref(record.place),
        description=list(record.purpose),
    )


def _program(record: Program) -> dict[str, Any]:
    return _node(
        record,
        "CreativeWork",
        additionalType=record.kind.value,
        isPartOf=[iri(id) for id in record.part_of],
        description=list(record.purpose),
    )


def _source(record: Source, text: str | None) -> dict[str, Any]:
    return _node(
        record,
        "NewsArticle",
        headline=record.title,
        author=record.author,
        datePublished=record.published.isoformat() if record.published else None,
        inLanguage=record.language,
        publisher=record.publisher,
        url=record.url,
        articleBody=text,
    )


DATASET = "urn:maroc-ai:dataset"
"""The IRI of the node that describes the dataset as a whole."""


def _dataset(dataset: Dataset) -> dict[str, Any]:
    """The ``Dataset`` node: its release, licence, makers, the articles it is drawn from."""
    node: dict[str, Any] = {
        "id": DATASET,
        "type": "Dataset",
        "name": TITLE,
        "description": f"{DESCRIPTION} {RIGHTS}",
        "isBasedOn": [iri(source.id) for source in dataset.sources],
    }
    release = dataset.release
    if release is not None:
        node["version"] = release.version
        node["dateModified"] = release.created
        if release.license is not None:
            node["license"] = license_address(release.license)
    return node


def to_jsonld(dataset: Dataset) -> dict[str, Any]:
    """The dataset as one JSON-LD document with an inline schema.org context.

    The first node is the ``Dataset`` itself: its version, ``dateModified`` (the day
    the release was made), licence and the articles it is based on.
    """
    graph = [_dataset(dataset)]
    graph += [_source(source, dataset.texts.get(source.id)) for source in dataset.sources]
    graph += [_organization(record) for record in dataset.organizations]
    graph += [_person(record) for record in dataset.officials]
    graph += [_partnership(record) for record in dataset.partnerships]
    graph += [_event(record) for record in dataset.events]
    graph += [_place(record) for record in dataset.places]
    graph += [_facility(record) for record in dataset.facilities]
    graph += [_program(record) for record in dataset.programs]
    return {"@context": CONTEXT, "@graph": graph}
