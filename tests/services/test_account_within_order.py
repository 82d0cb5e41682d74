"""A keystroke's matches are kept in the list's order whether few or many were found
(few are put in order by their positions in the list, many by walking it), and each list
gets its own positions."""

from __future__ import annotations

import random

from agencia.services.accounts.within import narrowed


def _walked(listed: list[int], found: set[int]) -> list[int]:
    return [account_id for account_id in listed if account_id in found]


def test_few_and_many_found_keep_the_lists_order() -> None:
    rng = random.Random(7)
    listed = rng.sample(range(1, 100_000), 5_000)  # a list sorted by name: IDs in any order
    for share in (0.001, 0.01, 0.2, 0.9):
        found = set(rng.sample(listed, int(len(listed) * share)))
        found |= {200_000 + n for n in range(50)}  # matches the person does not see
        assert narrowed(listed, found) == _walked(listed, found), share


def test_each_list_gets_its_own_positions() -> None:
    first = [5, 3, 9, 1, 7, 2, 8, 4, 6, 10, 11, 12, 13, 14, 15, 16, 17, 18]
    assert narrowed(first, {9, 2}) == [9, 2]
    second = list(reversed(first))  # the list read again, sorted the other way
    assert narrowed(second, {9, 2}) == [2, 9]
    assert narrowed(first, {9, 2}) == [9, 2]
    assert narrowed(second, set()) == []
