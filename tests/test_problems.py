"""At most a hundred problems of a kind per file, and a count of the others."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from maroc_ai import Problem
from maroc_ai._problems import LIMIT, Problems


def test_past_the_limit_problems_are_counted_after_the_last_one_kept() -> None:
    problems = Problems()
    for number in range(250):
        problems.append(
            Problem(file="a.json", record=f"r{number}", message=f"unknown id 'x{number}'")
        )
    problems.append(Problem(file="b.json", message="unknown id 'x'"))
    listed = [str(problem) for problem in problems]
    assert len(problems) == 251
    assert listed[:2] == ["a.json: r0: unknown id 'x0'", "a.json: r1: unknown id 'x1'"]
    assert listed[LIMIT] == "a.json: and 150 more problems like this"
    assert listed[LIMIT + 1] == "b.json: unknown id 'x'"


def test_fields_in_lists_are_one_kind() -> None:
    problems = Problems(
        Problem(file="a.json", record="r", field=f"citations[{n}].quote", message="not in the text")
        for n in range(LIMIT + 1)
    )
    assert str(list(problems)[-1]) == "a.json: and 1 more problem like this"


@given(st.lists(st.tuples(st.sampled_from(["a.json", "b.json"]), st.sampled_from(["x", "y z"]))))
def test_what_is_kept_is_the_first_of_each_kind_in_order(items: list[tuple[str, str]]) -> None:
    problems = Problems(Problem(file=file, message=message) for file, message in items)
    kept = [p for p in problems if not p.message.startswith("and ")]
    counts: dict[tuple[str, str], int] = {}
    expected = []
    for item in items:
        counts[item] = counts.get(item, 0) + 1
        if counts[item] <= LIMIT:
            expected.append(item)
    assert [(p.file, p.message) for p in kept] == expected
    assert len(problems) == len(items)
