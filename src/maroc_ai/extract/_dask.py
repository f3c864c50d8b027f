"""The corpus run on a Dask cluster, for an archive that outgrows one machine.

The same function reads each article (:func:`~maroc_ai.extract.extract_article`):
:func:`extract_bag` maps it over a ``dask.bag`` of articles (or of JSONL lines),
each worker loading the dataset it matches against once. Dask is an optional
extra: ``pip install "maroc-ai[dask]"``.

>>> import dask.bag as db                                         # doctest: +SKIP
>>> from maroc_ai.extract import extract_bag, unstructure_draft   # doctest: +SKIP
>>> lines = db.read_text("archive/*.jsonl")                       # doctest: +SKIP
>>> extract_bag(lines).map(unstructure_draft).to_textfiles(...)   # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from ._candidates import Draft
from ._corpus import Article, Failure, extract_article, parse_article

__all__ = ["extract_bag"]


def _draft(
    item: Article | str, data: str | None, reference_date: dt.date | None
) -> Draft | Failure:
    article = parse_article(item) if isinstance(item, str) else item
    if isinstance(article, Failure):
        return article
    return extract_article(article, data=data, reference_date=reference_date)


def extract_bag(
    articles: Any,
    *,
    data: str | os.PathLike[str] | None = None,
    reference_date: dt.date | None = None,
) -> Any:
    """The drafts of a ``dask.bag.Bag`` of :class:`Article` (or of JSONL lines).

    Args:
        articles: A bag of articles, e.g. ``dask.bag.from_sequence(read_articles(paths))``,
            or of the lines of JSONL files, e.g. ``dask.bag.read_text("archive/*.jsonl")``.
        data: The dataset directory to match against, as every worker sees it (default:
            the bundled dataset).
        reference_date: The day to resolve relative dates against, for the articles
            that give no date of their own.

    Returns:
        A bag of :class:`Draft` (a :class:`Failure` for a line that is not an article),
        in the order of ``articles``.

    """
    try:
        import dask.bag  # noqa: F401
    except ImportError:  # pragma: no cover - the extra is installed where this is tested
        raise ImportError('extract_bag needs Dask: pip install "maroc-ai[dask]"') from None
    path = None if data is None else os.fspath(data)
    return articles.map(_draft, data=path, reference_date=reference_date)
