"""GeoJSON (RFC 7946) of places and facilities, at the coordinates recorded for places."""

from __future__ import annotations

from typing import Any

from .._labels import label
from ..dataset import Dataset
from ..model import Facility, Place
from ..values import Coordinates

__all__ = ["to_geojson"]


def _unstructure(value: object) -> Any:
    from .._convert import unstructure  # cattrs, only when an export is written

    return unstructure(value)


def _point(coordinates: Coordinates | None) -> dict[str, Any] | None:
    if coordinates is None:
        return None
    return {"type": "Point", "coordinates": [coordinates.longitude, coordinates.latitude]}


def _properties(record: Place | Facility, collection: str) -> dict[str, Any]:
    return {
        "id": record.id,
        "collection": collection,
        "kind": record.kind.value,
        "name_ar": None if record.name is None else record.name.ar,
        "name_en": None if record.name is None else record.name.en,
        "name_fr": None if record.name is None else record.name.fr,
        "label": label(record),
        "citations": _unstructure(record.citations),
    }


def to_geojson(dataset: Dataset) -> dict[str, Any]:
    """A FeatureCollection: a Point for each place, and for each facility at its place's point.

    A place with no recorded coordinates, and a facility with no place or at such a
    place, is a feature with ``"geometry": null``, as RFC 7946 allows: it is listed,
    not placed. Coordinates come from the GeoNames gazetteer
    (``coordinates_geonames`` is the entry's id), not from the articles.
    """
    features = []
    for place in dataset.places:
        properties = _properties(place, "places")
        if place.coordinates is not None:
            properties["geonames"] = place.coordinates.geonames
        features.append(
            {
                "type": "Feature",
                "id": place.id,
                "geometry": _point(place.coordinates),
                "properties": properties,
            }
        )
    places = {place.id: place for place in dataset.places}
    for facility in dataset.facilities:
        properties = _properties(facility, "facilities")
        located = places.get(facility.place) if facility.place else None
        properties.update(
            place=facility.place,
            status=facility.status.value,
            capacity=None if facility.capacity is None else str(facility.capacity),
        )
        features.append(
            {
                "type": "Feature",
                "id": facility.id,
                "geometry": _point(located.coordinates if located else None),
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}
