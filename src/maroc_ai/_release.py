"""What identifies a release of a dataset: its data version, its date and its licence.

A dataset directory may hold ``release.json`` beside its collection files::

    {
      "version": "2026.11.30",
      "created": "2026-11-30",
      "license": "CC-BY-4.0"
    }

The version is date-based (year, month and day, without leading zeros, so that it
is the same string under PEP 440 and Semantic Versioning); ``created`` is the day the
data was made, so it holds what its sources said by then (its "as of" date);
``license`` is the SPDX identifier of the licence of the curated records. The
bundled dataset has one; a directory of your own may leave it out. Loading reports
whatever is wrong with it as problems of ``release.json``, with the others.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import attrs

from ._json import json_type
from ._validators import Optional, Pattern, Text
from .errors import Problem

if TYPE_CHECKING:
    from ._problems import Problems

__all__ = [
    "DAY_PATTERN",
    "LICENSES",
    "RELEASE_FILE",
    "RIGHTS",
    "VERSION_PATTERN",
    "Release",
    "license_address",
    "structure_release",
]

RELEASE_FILE = "release.json"
"""The file of a dataset directory that says which release it is."""

RIGHTS = (
    "The texts of the articles, and the quotes taken from them, remain the property of "
    "their publishers. They are included only so that every fact can be checked against "
    "the words of its source, and they are not covered by the licences of maroc_ai."
)
"""What holds for the article texts and quotes a dataset carries, whatever its licence."""

LICENSES: dict[str, tuple[str, str]] = {
    "CC-BY-4.0": (
        "Creative Commons Attribution 4.0 International",
        "https://creativecommons.org/licenses/by/4.0/",
    ),
    "CC0-1.0": (
        "Creative Commons Zero v1.0 Universal",
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
    "ODbL-1.0": (
        "Open Data Commons Open Database License v1.0",
        "https://opendatacommons.org/licenses/odbl/1-0/",
    ),
}
"""The title and address of the open data licences a release is likeliest to name, by SPDX id."""


def license_address(license: str) -> str:
    """The address of the text of the licence with this SPDX id."""
    known = LICENSES.get(license)
    return known[1] if known is not None else f"https://spdx.org/licenses/{license}.html"


VERSION_PATTERN = re.compile(r"[1-9][0-9]{3}\.(?:[1-9]|1[0-2])\.(?:[1-9]|[12][0-9]|3[01])")
"""A date-based data version: ``2026.11.30``, ``2027.1.5`` (no leading zeros)."""

DAY_PATTERN = re.compile(r"[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])")
"""A day in ISO 8601: ``2026-11-30``."""

_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _in_calendar(year: int, month: int, day: int) -> bool:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return day <= _DAYS[month - 1] + (month == 2 and leap)


def _calendar_day(value: object, pattern: re.Pattern[str], separator: str, field: str) -> object:
    if isinstance(value, str) and pattern.fullmatch(value):
        year, month, day = map(int, value.split(separator))
        if not _in_calendar(year, month, day):
            raise ValueError(f"{field} {value!r} is not a day of the calendar")
    return value


def _version_day(value: object) -> object:
    """The version, once its year.month.day is known to be a day of the calendar."""
    return _calendar_day(value, VERSION_PATTERN, ".", "version")


def _created_day(value: object) -> object:
    """The day, once known to be one of the calendar (2026-02-30 is not)."""
    return _calendar_day(value, DAY_PATTERN, "-", "created")


@attrs.frozen(kw_only=True)
class Release:
    """A release of a dataset: its data version, the day it was made and its licence."""

    version: str = attrs.field(
        converter=_version_day,
        validator=Pattern(VERSION_PATTERN, "a date-based version such as 2026.11.30"),
    )
    """The data version, year.month.day of the release: ``2026.11.30``."""
    created: str = attrs.field(
        converter=_created_day,
        validator=Pattern(DAY_PATTERN, "a day such as 2026-11-30"),
    )
    """The day the data was made, in ISO 8601 (``2026-11-30``): it holds what its sources
    said by then, so it is the data's "as of" date. ``Dataset.created`` gives it as a
    `datetime.date`."""
    license: str | None = attrs.field(default=None, validator=Optional(Text()))
    """The SPDX identifier of the curated records' licence (``CC-BY-4.0``), where stated."""

    def to_dict(self) -> dict[str, Any]:
        """The release as ``release.json`` holds it."""
        return {"version": self.version, "created": self.created, "license": self.license}


def _problem(field: str | None, message: str) -> Problem:
    return Problem(file=RELEASE_FILE, field=field, message=message)


def structure_release(data: object, problems: Problems) -> Release | None:
    """The release ``release.json`` holds, parsed; what is wrong is added to ``problems``."""
    if not isinstance(data, dict):
        problems.append(_problem(None, f"expected a JSON object, got {json_type(data)}"))
        return None
    found: list[Problem] = []
    unknown = sorted(set(data) - {field.name for field in attrs.fields(Release)})
    if unknown:
        found.append(_problem(None, f"unknown fields: {', '.join(unknown)}"))
    for field in attrs.fields(Release):
        value = data.get(field.name)
        if value is None and field.default is attrs.NOTHING:
            found.append(_problem(field.name, "required field missing"))
        elif value is not None and not isinstance(value, str):
            found.append(_problem(field.name, f"expected a string, got {json_type(value)}"))
    if not found:
        try:
            return Release(**data)
        except (TypeError, ValueError) as error:
            found.append(_problem(None, str(error)))  # the message names the field
    problems.extend(found)
    return None
