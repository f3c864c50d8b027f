"""maroc_ai.extract.extract_bag: the corpus run on a Dask cluster gives the drafts one process does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from maroc_ai.extract import (
    Article,
    Draft,
    Failure,
    extract_article,
    extract_bag,
    read_articles,
    unstructure_draft,
)

from .test_extract_corpus import ARTICLES, write_corpus

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """A local cluster of two worker processes."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def _articles(root: Path) -> list[Article]:
    found = [item for item in read_articles([root]) if isinstance(item, Article)]
    assert len(found) == len(ARTICLES)
    return found


def test_a_bag_of_articles_gives_the_drafts_of_one_process(client: object, tmp_path: Path) -> None:
    articles = _articles(write_corpus(tmp_path))
    alone = [extract_article(article) for article in articles]
    bag = dask_bag.from_sequence(articles, npartitions=4)
    on_cluster = extract_bag(bag).compute()
    assert all(isinstance(draft, Draft) for draft in on_cluster)
    assert on_cluster == alone
    assert [unstructure_draft(d) for d in on_cluster] == [unstructure_draft(d) for d in alone]


def test_a_bag_of_jsonl_lines(client: object, tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": f"line-{n}", "text": text, "url": f"https://example.org/{n}"})
        for n, text in enumerate(ARTICLES.values())
    ]
    lines.append("{not json")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    drafts = extract_bag(dask_bag.read_text(str(corpus))).compute()
    *good, bad = drafts
    assert isinstance(bad, Failure)
    assert [d.source.id for d in good if isinstance(d, Draft)] == [
        f"line-{n}" for n in range(len(ARTICLES))
    ]
    assert all(isinstance(d, Draft) and d.url is not None for d in good)
