"""The last call's result kept for the same argument objects (tweetembed._memo)."""

from __future__ import annotations

from tweetembed._memo import same_arguments


def test_same_objects_answer_without_a_call() -> None:
    calls: list[tuple[object, ...]] = []

    @same_arguments
    def build(markers: tuple[str, ...], gates: tuple[str, ...]) -> int:
        calls.append((markers, gates))
        return len(calls)

    markers, gates = ("a", "b"), ("g",)
    assert build(markers, gates) == 1
    assert build(markers, gates) == 1
    assert len(calls) == 1


def test_equal_but_other_objects_call_again() -> None:
    calls: list[object] = []

    @same_arguments
    def build(markers: list[str]) -> int:
        calls.append(markers)
        return len(calls)

    first, second = ["a"], ["a"]
    assert build(first) == 1
    assert build(second) == 2  # equal, not the same: the function decides
    assert build(first) == 3  # only the last call is kept
    assert calls == [["a"], ["a"], ["a"]]


def test_another_number_of_arguments_calls_again() -> None:
    @same_arguments
    def count(*items: object) -> int:
        return len(items)

    one = ("x",)
    assert count(one) == 1
    assert count(one, one) == 2
