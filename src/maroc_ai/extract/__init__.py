"""Reading a news article into a draft of records for a curator to review.

>>> from maroc_ai.extract import extract
>>> draft = extract("وقعت الوزيرة، السيدة أمل الفلاح السغروشني، اليوم الجمعة 12 شتنبر 2025 "
...                 "بالرباط، مذكرة تفاهم مع شركة Mistral AI.")
>>> [(o.name, o.quote) for o in draft.officials]
[('أمل الفلاح السغروشني', 'أمل الفلاح السغروشني')]
>>> draft.partnerships[0].record.kind.value, str(draft.partnerships[0].record.date)
('memorandum_of_understanding', '2025-09-12')

Every proposal carries the exact words it comes from (``quote``) and where they stand
(``span``), the id of the record of a given dataset it matches (or ``None`` for a new
one), and a record in the dataset's own shape (``record``) for the curator to edit.
Nothing here writes to a dataset: :func:`add_draft` does, once a person has reviewed
the draft.
"""

from __future__ import annotations

from ._add import add_draft, read_draft
from ._draft import (
    Draft,
    FacilityCandidate,
    OfficialCandidate,
    OrganizationCandidate,
    PartnershipCandidate,
    PlaceCandidate,
    TargetCandidate,
    extract,
)
from ._match import match

__all__ = [
    "Draft",
    "FacilityCandidate",
    "OfficialCandidate",
    "OrganizationCandidate",
    "PartnershipCandidate",
    "PlaceCandidate",
    "TargetCandidate",
    "add_draft",
    "extract",
    "match",
    "read_draft",
]
