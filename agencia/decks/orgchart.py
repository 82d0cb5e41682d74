"""The team as an org chart drawn from the reporting hierarchy (TeamNode).

A root sits on top; the people who report to it are columns under a bus line; everyone
further down is listed under their column, indented by level. Columns that do not fit
(more than five, or too many people in one) continue on the next slide under the same
head.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from agencia.decks import theme as t
from agencia.decks.cards import initials_badge
from agencia.decks.content import Person, TeamNode
from agencia.decks.fonts import BOLD
from agencia.decks.layout import (
    CONTENT_BOTTOM,
    Column,
    cont,
    flow_slides,
    para,
    raw,
    title_block,
    title_height,
)
from agencia.decks.slides import Ctx, Slide
from agencia.decks.text import markup
from agencia.decks.theme import rl

MAX_COLUMNS = 5
BOX_W_MAX = t.span(4)
PAD = 10.0
CIRCLE = 40.0
SMALL_CIRCLE = 30.0
V_GAP = 30.0
INDENT = 14.0


@dataclass
class _Column:
    head: Person | None
    members: list[tuple[Person, int]] = field(default_factory=list)  # (person, depth ≥ 1)
    continued: bool = False


@dataclass
class _Group:
    head: Person | None
    columns: list[_Column]


def _flatten(node: TeamNode, depth: int, out: list[tuple[Person, int]]) -> None:
    for child in node.reports:
        out.append((child.person, depth))
        _flatten(child, depth + 1, out)


def _groups(roots: Sequence[TeamNode]) -> list[_Group]:
    groups: list[_Group] = []
    loners: list[_Column] = []
    for root in roots:
        if not root.reports:
            loners.append(_Column(root.person))
            continue
        columns = []
        for child in root.reports:
            members: list[tuple[Person, int]] = []
            _flatten(child, 1, members)
            columns.append(_Column(child.person, members))
        groups.append(_Group(root.person, columns))
    if loners:
        groups.append(_Group(None, loners))
    return groups


class _Box:
    """A person's box: initials, name and role (and what they do here)."""

    def __init__(self, ctx: Ctx, person: Person, w: float, *, head: bool) -> None:
        s = ctx.styles
        th = ctx.theme
        self.ctx, self.person, self.w, self.head = ctx, person, w, head
        colour = rl(th.on_cover) if head else rl(t.INK)
        name_style = ParagraphStyle("ob_name", parent=s.card_name, textColor=colour)
        # The role at the name's size, its lines the name's leading apart: text extraction
        # (poppler) reads a box whole only when its lines make one block, one size (see
        # cards.read_whole); a smaller role is a block of its own, read after the row's names.
        role_style = ParagraphStyle(
            "ob_role", parent=s.body, spaceAfter=0, textColor=colour if head else rl(t.GREY)
        )
        role = " · ".join(x for x in (person.role, person.title) if x)
        self.paras: list[Paragraph] = [para(person.name, name_style)]
        if role:
            self.paras.append(para(role, role_style))
        inner = w - 3 * PAD - CIRCLE
        self.heights = [p.wrap(inner, t.PAGE_H)[1] for p in self.paras]
        self.h = max(CIRCLE + 2 * PAD, sum(self.heights) + 2 * PAD)

    def draw(self, c: Canvas, x: float, top: float) -> None:
        th = self.ctx.theme
        c.setFillColor(rl(th.cover if self.head else t.LIGHT))
        c.roundRect(x, top - self.h, self.w, self.h, 6, stroke=0, fill=1)
        badge, _ = initials_badge(self.ctx, self.person.name, CIRCLE)
        if self.head:
            c.setFillColor(rl(t.WHITE))
            c.circle(x + PAD + CIRCLE / 2, top - self.h / 2, CIRCLE / 2 + 1.5, stroke=0, fill=1)
        badge(c, x + PAD, top - (self.h - CIRCLE) / 2)
        y = top - (self.h - sum(self.heights)) / 2
        for p, h in zip(self.paras, self.heights, strict=True):
            y -= h
            p.drawOn(c, x + 2 * PAD + CIRCLE, y)


class _Member:
    def __init__(self, ctx: Ctx, person: Person, depth: int, w: float) -> None:
        s = ctx.styles
        self.ctx, self.person, self.depth = ctx, person, depth
        self.indent = INDENT * (depth - 1)
        role = " · ".join(x for x in (person.role, person.title) if x)
        text = para(person.name, s.table_bold)
        self.paras = [text] + ([para(role, s.card_role)] if role else [])
        inner = w - self.indent - SMALL_CIRCLE - 10
        self.heights = [p.wrap(inner, t.PAGE_H)[1] for p in self.paras]
        self.h = max(SMALL_CIRCLE, sum(self.heights)) + 10

    def draw(self, c: Canvas, x: float, top: float) -> None:
        badge, _ = initials_badge(self.ctx, self.person.name, SMALL_CIRCLE)
        xi = x + self.indent
        badge(c, xi, top - (self.h - 10 - SMALL_CIRCLE) / 2)
        y = top - (self.h - 10 - sum(self.heights)) / 2
        for p, h in zip(self.paras, self.heights, strict=True):
            y -= h
            p.drawOn(c, xi + SMALL_CIRCLE + 10, y)


_Laid = tuple[_Box | None, list[tuple[_Column, _Box | None, list[_Member]]]]


def _box_w(k: int) -> float:
    """The width of a box when k columns share the slide."""
    return min(BOX_W_MAX, (t.CONTENT_W - (k - 1) * t.GUTTER) / k)


def _lay_group(ctx: Ctx, group: _Group, avail: float, w: float) -> _Laid | None:
    """The head's box and the columns of boxes `w` wide (cut where their people do not fit
    under them); None when a box alone is too tall for a slide."""
    n = min(MAX_COLUMNS, max(1, len(group.columns)))
    head_w = min(BOX_W_MAX, n * w + (n - 1) * t.GUTTER)
    head = _Box(ctx, group.head, head_w, head=True) if group.head else None
    top_part = (head.h + V_GAP) if head else 0.0
    boxes = [_Box(ctx, col.head, w, head=False) if col.head else None for col in group.columns]
    box_h = max((b.h for b in boxes if b is not None), default=0.0)
    room = avail - top_part - (box_h + 12 if box_h else 0)
    if room < 2 * SMALL_CIRCLE:
        return None
    columns: list[tuple[_Column, _Box | None, list[_Member]]] = []
    for col, box in zip(group.columns, boxes, strict=True):
        members = [_Member(ctx, p, d, w) for p, d in col.members]
        if any(m.h > room for m in members):
            return None
        chunk: list[_Member] = []
        used = 0.0
        first = True
        for m in members:
            if chunk and used + m.h > room:
                columns.append((col, box if first else None, chunk))
                first, chunk, used = False, [], 0.0
            chunk.append(m)
            used += m.h
        columns.append((col, box if first else None, chunk))
    return head, columns


def org_slides(ctx: Ctx, title: str, roots: Sequence[TeamNode]) -> list[Slide]:
    """The org chart: small hierarchies side by side, a wide one over as many slides as
    its columns need (its head repeated); a hierarchy whose boxes would not fit a slide
    (very long names or roles) is shown as an indented list instead."""
    avail = (
        min(title_height(ctx, title), title_height(ctx, ctx.label("cont", title=title)))
        - CONTENT_BOTTOM
    )
    groups = _groups(roots)
    k = min(MAX_COLUMNS, max(1, sum(len(g.columns) for g in groups)))
    laid: list[_Laid | None] = []
    for _ in range(3):  # cutting columns may call for narrower boxes: settle the width
        w = _box_w(k)
        laid = [_lay_group(ctx, group, avail, w) for group in groups]
        if any(x is None for x in laid):
            return people_list(ctx, title, roots)
        wanted = min(MAX_COLUMNS, sum(len(x[1]) for x in laid if x is not None))
        if wanted <= k:
            break
        k = wanted
    # Pack the groups' column runs onto slides, k columns at most on each.
    pages: list[list[tuple[_Box | None, list[tuple[_Column, _Box | None, list[_Member]]]]]] = [[]]
    used = 0
    for item in laid:
        assert item is not None
        head, columns = item
        for start in range(0, len(columns), k):
            run = columns[start : start + k]
            if pages[-1] and used + len(run) > k:
                pages.append([])
                used = 0
            pages[-1].append((head, run))
            used += len(run)
    slides: list[Slide] = []
    for page in pages:
        slide = Slide()
        top = title_block(ctx, slide, cont(ctx, title, len(slides)))
        count = sum(len(run) for _, run in page)
        x = t.MARGIN_X + (t.CONTENT_W - (count * w + (count - 1) * t.GUTTER)) / 2
        for head, run in page:
            _draw_group(ctx, slide, head, run, w, top, x)
            x += len(run) * (w + t.GUTTER)
        slides.append(slide)
    return slides


def people_list(ctx: Ctx, title: str, roots: Sequence[TeamNode]) -> list[Slide]:
    s = ctx.styles
    items = []

    def walk(node: TeamNode, depth: int) -> None:
        p = node.person
        role = " · ".join(x for x in (p.role, p.title) if x)
        text = f'<font name="{BOLD}">{markup(p.name)}</font>'
        if role:
            text += f' <font color="{t.GREY}">{markup(role)}</font>'
        style = ParagraphStyle(f"pl{depth}", parent=s.body, leftIndent=INDENT * 2 * depth)
        items.append(raw(text, style))
        for child in node.reports:
            walk(child, depth + 1)

    for root in roots:
        walk(root, 0)
    return flow_slides(ctx, title, [Column(t.col_x(0), t.span(10), items)])


def _draw_group(
    ctx: Ctx,
    slide: Slide,
    head: _Box | None,
    part: list[tuple[_Column, _Box | None, list[_Member]]],
    w: float,
    top: float,
    x0: float,
) -> None:
    """One head over its run of columns, starting at x0."""
    th = ctx.theme
    n = len(part)
    row_w = n * w + (n - 1) * t.GUTTER
    xs = [x0 + i * (w + t.GUTTER) for i in range(n)]
    mid = x0 + row_w / 2
    y = top
    if head is not None:
        hx = mid - head.w / 2
        slide.add(partial(head.draw, x=hx, top=top))
        y = top - head.h - V_GAP
        bus = top - head.h - V_GAP / 2
        centres = [x + w / 2 for x, (_, box, _) in zip(xs, part, strict=True) if box is not None]

        def lines(c: Canvas) -> None:
            if not centres:
                return
            c.setStrokeColor(rl(th.primary))
            c.setLineWidth(1.2)
            c.line(mid, top - head.h, mid, bus)
            c.line(min([*centres, mid]), bus, max([*centres, mid]), bus)
            for cx in centres:
                c.line(cx, bus, cx, y)

        slide.add(lines)
    box_h = max((b.h for _, b, _ in part if b is not None), default=0.0)
    for x, (_, box, members) in zip(xs, part, strict=True):
        if box is not None:
            box.h = box_h  # one height along the row
            slide.add(partial(box.draw, x=x, top=y))
        my = y - (box_h + 12 if box_h else 0)
        if members:
            total = sum(m.h for m in members)

            def rail(c: Canvas, x: float = x, my: float = my, total: float = total) -> None:
                c.setStrokeColor(rl(t.RULE))
                c.setLineWidth(1)
                c.line(x + SMALL_CIRCLE / 2, my, x + SMALL_CIRCLE / 2, my - total + 10)

            slide.add(rail)
        for m in members:
            slide.add(partial(m.draw, x=x, top=my))
            my -= m.h
        slide.occupy(w, top - my)  # the column from the head down: how full the slide is
