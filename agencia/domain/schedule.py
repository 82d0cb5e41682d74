"""The schedule of a campaign's tasks, as pure rules: dependency cycles, expected dates,
what is overdue or at risk, the critical path, and rescheduling with what depends on it.

Dependencies are finish-to-start with a lag in days. A task takes its days from its
start to its due date, both included, so what depends on it may start the day after it
is due (plus the lag); a milestone is a moment, so what depends on it may start on its
day. An unfinished task whose due date has passed is expected to end today at the
earliest: everything after it moves with it. Plain Python, tested in milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from agencia.domain.coordination_enums import FINISHED, TaskStatus

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Item:
    """One task or milestone as the schedule needs it; `depends_on` maps each task it
    waits for to the lag in days."""

    id: int
    start: date
    due: date
    status: TaskStatus = TaskStatus.TODO
    milestone: bool = False
    depends_on: Mapping[int, int] = field(default_factory=dict)

    @property
    def finished(self) -> bool:
        return self.status in FINISHED

    @property
    def length(self) -> timedelta:
        return self.due - self.start


@dataclass(frozen=True, slots=True)
class Planned:
    """What the schedule expects of one item."""

    id: int
    start: date  # expected start (never before the planned one)
    due: date  # expected end
    overdue: bool
    late_by_dependency: bool  # what it depends on ends after it must start
    slack_days: int
    critical: bool


@dataclass(frozen=True, slots=True)
class Schedule:
    """A campaign's expected schedule: each item, the critical path and the expected end."""

    items: Mapping[int, Planned]
    critical_path: tuple[int, ...]
    expected_end: date | None
    # a cycle stored among the dependencies (ids along it, the first again at the end),
    # left out of the dates: () when there is none, as the services keep it
    cycle: tuple[int, ...] = ()

    def days_late(self, deadline: date | None) -> int:
        """How many days the expected end passes the deadline (0 when on time)."""
        if deadline is None or self.expected_end is None:
            return 0
        return max(0, (self.expected_end - deadline).days)


def find_cycle(depends_on: Mapping[int, Iterable[int]]) -> list[int] | None:
    """A cycle among the dependencies as the ids along it (first repeated at the end), or
    None when there is none."""
    state: dict[int, int] = {}  # 1 on the current path, 2 done
    for root in depends_on:
        if root in state:
            continue
        path: list[int] = [root]
        stack = [iter(depends_on.get(root, ()))]
        state[root] = 1
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                stack.pop()
                continue
            seen = state.get(nxt)
            if seen == 1:
                return [*path[path.index(nxt) :], nxt]
            if seen is None:
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(depends_on.get(nxt, ())))
    return None


def would_cycle(
    depends_on: Mapping[int, Iterable[int]], task: int, predecessor: int
) -> list[int] | None:
    """The cycle that making `task` depend on `predecessor` would close, or None."""
    graph = {task: [*depends_on.get(task, ()), predecessor]}  # searched from `task` first
    graph.update((k, list(v)) for k, v in depends_on.items() if k != task)
    return find_cycle(graph)


def finish_of(item: Item, due: date) -> date:
    """The first day something that depends on `item` may start (before any lag)."""
    return due if item.milestone else due + ONE_DAY


def unfinished_predecessors(item: Item, items: Mapping[int, Item]) -> list[int]:
    """What `item` depends on that is neither done nor cancelled: it cannot be done yet."""
    return [p for p in item.depends_on if p in items and not items[p].finished]


def _order(items: Mapping[int, Item]) -> list[int]:
    """Predecessors first. The services and the server refuse a cycle, but one may be
    stored already (an old database, a file edited by hand): a link back to a task still
    being ordered is left out, so the walk ends (explore10: it grew without end)."""
    done: set[int] = set()
    ordering: set[int] = set()  # the tasks whose predecessors are being ordered
    order: list[int] = []
    for root in sorted(items):
        stack = [(root, False)]
        while stack:
            node, expanded = stack.pop()
            if expanded:
                ordering.discard(node)
                done.add(node)
                order.append(node)
                continue
            if node in done or node in ordering or node not in items:
                continue
            ordering.add(node)
            stack.append((node, True))
            stack.extend((p, False) for p in items[node].depends_on if p not in done)
    return order


def plan(items: Iterable[Item], today: date) -> Schedule:
    """The expected schedule: a forward pass for the expected dates, a backward pass for
    the slack; the critical path is the chain of items with no slack."""
    by_id = {i.id: i for i in items if i.status is not TaskStatus.CANCELLED}
    order = _order(by_id)
    start: dict[int, date] = {}
    due: dict[int, date] = {}
    late: dict[int, bool] = {}
    for key in order:
        item = by_id[key]
        required = item.start
        for pred, lag in item.depends_on.items():
            if pred in due:
                required = max(required, finish_of(by_id[pred], due[pred]) + timedelta(lag))
        late[key] = not item.finished and required > item.start
        begin = item.start if item.finished else required
        end = begin + item.length
        if not item.finished and end < today and not item.milestone:
            end = today  # still open: it ends today at the earliest
        start[key], due[key] = begin, end
    if not order:
        return Schedule({}, (), None)
    cycle = find_cycle({k: [p for p in i.depends_on if p in by_id] for k, i in by_id.items()})
    project_end = max(due.values())
    place = {k: n for n, k in enumerate(order)}
    successors: dict[int, list[tuple[int, int]]] = {k: [] for k in order}
    for key in order:
        for pred, lag in by_id[key].depends_on.items():
            if place.get(pred, len(order)) < place[key]:  # (not a stored cycle's way back)
                successors[pred].append((key, lag))
    latest_due: dict[int, date] = {}
    for key in reversed(order):
        item = by_id[key]
        limit = project_end
        for succ, lag in successors[key]:
            latest_start = latest_due[succ] - (due[succ] - start[succ])
            allowed_finish = latest_start - timedelta(lag)
            limit = min(limit, allowed_finish if item.milestone else allowed_finish - ONE_DAY)
        latest_due[key] = limit
    slack = {k: (latest_due[k] - due[k]).days for k in order}
    critical = tuple(sorted((k for k in order if slack[k] <= 0), key=lambda k: (start[k], k)))
    planned = {
        k: Planned(
            id=k,
            start=start[k],
            due=due[k],
            overdue=not by_id[k].finished and by_id[k].due < today,
            late_by_dependency=late[k],
            slack_days=slack[k],
            critical=slack[k] <= 0,
        )
        for k in order
    }
    return Schedule(planned, critical, project_end, tuple(cycle or ()))


def reschedule(items: Iterable[Item], task: int, new_start: date) -> dict[int, tuple[date, date]]:
    """Move `task` to start on `new_start` (keeping its length) and push what depends on
    it, directly or not, only as far as it must: {id: (start, due)} of what moves."""
    by_id = {i.id: i for i in items}
    moved: dict[int, Item] = {}
    first = by_id[task]
    moved[task] = replace(first, start=new_start, due=new_start + first.length)
    for key in _order(by_id):
        if key == task:
            continue
        item = moved.get(key, by_id[key])
        required = item.start
        for pred, lag in item.depends_on.items():
            if pred in moved:
                before = moved[pred]
                required = max(required, finish_of(before, before.due) + timedelta(lag))
        if required > item.start and not item.finished:
            moved[key] = replace(item, start=required, due=required + item.length)
    return {
        k: (i.start, i.due)
        for k, i in moved.items()
        if (i.start, i.due) != (by_id[k].start, by_id[k].due)
    }
