"""The synthetic datasets the benchmarks load are valid and load back as generated."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks import synthetic

import maroc_ai


@pytest.mark.parametrize("n", [0, 1, 24, 26, 260])
def test_synthetic_dataset_loads_as_generated(tmp_path: Path, n: int) -> None:
    dataset = maroc_ai.load(synthetic.write_dataset(tmp_path / "data", n))
    assert len(dataset) == n
    assert dataset.to_dict() == synthetic.records(n)
    assert dataset.problems() == []


def test_synthetic_dataset_is_deterministic_and_mixed() -> None:
    first = synthetic.records(100)
    assert first == synthetic.records(100)
    assert first != synthetic.records(100, seed=1)
    assert all(first[name] for name in synthetic.COLLECTION_ORDER)
    sources = {
        citation["source"] for item in first["partnerships"] for citation in item["citations"]
    }
    assert len(sources) > 1
