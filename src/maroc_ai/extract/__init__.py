"""Reading news articles into drafts of records for a curator to review.

>>> from maroc_ai.extract import extract
>>> draft = extract("وقعت الوزيرة، السيدة أمل الفلاح السغروشني، اليوم الجمعة 12 شتنبر 2025 "
...                 "بالرباط، مذكرة تفاهم مع شركة Mistral AI.")
>>> [(o.name, o.quote) for o in draft.officials]
[('أمل الفلاح السغروشني', 'أمل الفلاح السغروشني')]
>>> draft.partnerships[0].record.kind.value, str(draft.partnerships[0].record.date)
('memorandum_of_understanding', '2025-09-12')
>>> [(o.name, o.post) for o in extract("Agriculture Minister Jane Doe said on Monday.").officials]
[('Jane Doe', 'Agriculture Minister')]

Every proposal carries the exact words it comes from (``quote``) and where they stand
(``span``), the id of the record of a given dataset it matches (or ``None`` for a new
one), and a record in the dataset's own shape (``record``) for the curator to edit.
Nothing here writes to a dataset: :func:`add_draft` does, once a person has reviewed
the draft. :func:`extract_corpus` reads many articles, on several processes, and
:func:`extract_bag` the same on a Dask cluster.
"""

from __future__ import annotations

from ._add import add_draft, draft_data
from ._candidates import (
    NEW,
    Candidate,
    Draft,
    FacilityCandidate,
    OfficialCandidate,
    OrganizationCandidate,
    PartnershipCandidate,
    PlaceCandidate,
    StatisticCandidate,
    TargetCandidate,
    read_draft,
    structure_draft,
    unstructure_draft,
)
from ._corpus import (
    Article,
    CorpusSummary,
    Failure,
    extract_article,
    extract_corpus,
    parse_article,
    read_articles,
)
from ._dask import extract_bag
from ._extract import extract
from ._match import match

__all__ = [
    "NEW",
    "Article",
    "Candidate",
    "CorpusSummary",
    "Draft",
    "FacilityCandidate",
    "Failure",
    "OfficialCandidate",
    "OrganizationCandidate",
    "PartnershipCandidate",
    "PlaceCandidate",
    "StatisticCandidate",
    "TargetCandidate",
    "add_draft",
    "draft_data",
    "extract",
    "extract_article",
    "extract_bag",
    "extract_corpus",
    "match",
    "parse_article",
    "read_articles",
    "read_draft",
    "structure_draft",
    "unstructure_draft",
]
