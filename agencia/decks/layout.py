"""Laying text out on slides: the title block, columns that flow onto continuation
slides, and tables.

`paginate` is the one place where content is cut into slides: it never shrinks text and
never clips it; a paragraph is split between lines (no widows or orphans), a table
between rows (its header repeated), at most six bullets go on one slide, and a label is
kept with what follows it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from agencia.decks import theme as t
from agencia.decks.fallback import Paragraph as FallbackParagraph
from agencia.decks.fonts import REGULAR
from agencia.decks.slides import Ctx, Slide, draw_at
from agencia.decks.styles import bullet_mark
from agencia.decks.text import Block, blocks, markup
from agencia.decks.theme import rl

MAX_BULLETS = 6
TITLE_TOP = t.TOP - 14  # the title's top edge: under the accent bar
_EPS = 0.01


@dataclass(frozen=True, slots=True)
class Placement:
    flowable: Flowable
    dy: float  # from the column's top to the flowable's top
    height: float


class Keep(Flowable):  # type: ignore[misc]
    """Flowables that move to the next column together when they would be cut near its
    end and fit in one; otherwise laid out item by item. Never drawn itself."""

    def __init__(self, items: Sequence[Flowable]) -> None:
        super().__init__()
        self.items = list(items)

    def total(self, width: float) -> float:
        h = sum(f.wrap(width, t.PAGE_H)[1] for f in self.items)
        return float(h + sum(f.getSpaceAfter() for f in self.items[:-1]))

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return aw, self.total(aw)

    def getSpaceBefore(self) -> float:
        return float(self.items[0].getSpaceBefore()) if self.items else 0.0


def is_bullet(f: Flowable) -> bool:
    return bool(getattr(f, "_deck_bullet", False))


def _keep(f: Flowable) -> bool:
    return bool(f.getKeepWithNext())


def _min_height(f: Flowable, width: float, avail: float) -> float:
    """How much of `f` must fit for a label above it to stay where it is."""
    _, h = f.wrap(width, avail)
    if isinstance(f, Paragraph):
        return float(min(h, 2 * f.style.leading + 1))
    return float(h)


def paginate(
    items: Sequence[Flowable],
    width: float,
    heights: Callable[[int], float] | float,
    *,
    max_bullets: int = MAX_BULLETS,
) -> list[list[Placement]]:
    """Cut a column of flowables into pages of the given heights (page index → height)."""
    height_of = heights if callable(heights) else (lambda _i, h=heights: h)
    pages: list[list[Placement]] = [[]]
    used = 0.0
    bullets = 0
    queue = list(items)

    def new_page() -> None:
        nonlocal used, bullets
        pages.append([])
        used, bullets = 0.0, 0

    while queue:
        f = queue.pop(0)
        page = pages[-1]
        avail = height_of(len(pages) - 1)
        if is_bullet(f) and not getattr(f, "_deck_rest", False) and bullets >= max_bullets:
            new_page()
            queue.insert(0, f)
            continue
        before = f.getSpaceBefore() if page else 0.0
        room = avail - used - before
        if isinstance(f, Keep):
            # Move the group whole to the next page when little room is left here.
            if page and room + _EPS < f.total(width) <= avail and room < 0.4 * avail:
                new_page()
            queue[0:0] = f.items
            continue
        _, h = f.wrap(width, max(room, 1.0))
        need = h
        if _keep(f) and queue:
            need += f.getSpaceAfter() + _min_height(queue[0], width, avail)
        if need <= room + _EPS:
            page.append(Placement(f, used + before, h))
            used += before + h + f.getSpaceAfter()
            if is_bullet(f) and not getattr(f, "_deck_rest", False):
                bullets += 1
            continue
        parts = [] if (_keep(f) or room <= 0) else list(f.split(width, room))
        if len(parts) >= 2:
            first, rest = parts[0], parts[1:]
            _, fh = first.wrap(width, room)
            page.append(Placement(first, used + before, fh))
            if is_bullet(f):
                bullets += 1
            for r in rest:
                r._deck_bullet = is_bullet(f)
                r._deck_rest = True
            queue[0:0] = rest
            new_page()
        elif page:
            new_page()
            queue.insert(0, f)
        elif height_of(len(pages)) > avail + _EPS:
            # This page starts lower (under a panel, a row of figures) and holds not even
            # the start of it: leave the column empty here and go on where there is room.
            new_page()
            queue.insert(0, f)
        else:
            # Taller than a whole page and unsplittable: placed whole, laid out again (a
            # failed split may have dropped a paragraph's lines).
            _, h = f.wrap(width, avail)
            page.append(Placement(f, 0.0, h))
            new_page()
    while len(pages) > 1 and not pages[-1]:
        pages.pop()
    return pages


def split_rows(heights: Sequence[float], avail0: float, avail_n: float) -> list[list[int]]:
    """Rows (by index) onto as few slides as fit, spread evenly so that no slide is left
    with a row or two (a timeline, a chart, a grid of cards)."""

    def greedy(cap: Callable[[int], float]) -> list[list[int]]:
        pages: list[list[int]] = [[]]
        used = 0.0
        for i, h in enumerate(heights):
            if pages[-1] and used + h > cap(len(pages) - 1) + _EPS:
                pages.append([])
                used = 0.0
            pages[-1].append(i)
            used += h
        return pages

    def room(i: int) -> float:
        return avail0 if i == 0 else avail_n

    pages = greedy(room)
    if len(pages) == 1:
        return pages
    target = sum(heights) / len(pages) + max(heights) - _EPS
    even = greedy(lambda i: min(room(i), target))
    return even if len(even) == len(pages) else pages


def draw_column(slide: Slide, placements: Sequence[Placement], x: float, top: float) -> None:
    for p in placements:
        slide.add(draw_at(p.flowable, x, top - p.dy - p.height))


# --- text as flowables -----------------------------------------------------------------


class DeckParagraph(FallbackParagraph):
    """A paragraph that breaks its lines once per width.

    Laying a deck out asks the same paragraph its height at the same width again and
    again (paginate, a Keep's total, the room a label needs, the title's measure): half
    of all the wraps of a 25-slide deck, and breaking lines is the largest part of a
    deck's cost. The answer is kept while the lines it came from are (a failed split
    drops them)."""

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._wrapped_at and hasattr(self, "blPara"):
            return self.width, self.height
        found: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth if hasattr(self, "blPara") else None
        return found


def para(text: str, style: object) -> Paragraph:
    """A paragraph of a user's text (escaped here)."""
    return DeckParagraph(markup(text), style)


def raw(markup_text: str, style: object) -> Paragraph:
    """A paragraph of the deck's own markup (its user parts already escaped)."""
    return DeckParagraph(markup_text, style)


def text_items(ctx: Ctx, text: str, *, sheet: bool = False, large: bool = False) -> list[Flowable]:
    """A user's text as paragraphs and bullets: at the body size, a size up (`large`) or
    at the table size of the dense brief sheet (`sheet`)."""
    s = ctx.styles
    style = s.sheet if sheet else s.body_large if large else s.body
    return [
        bullet_item(ctx, b, sheet=sheet, large=large) if b.bullet else para(b.text, style)
        for b in blocks(text)
    ]


def bullet_item(ctx: Ctx, b: Block | str, *, sheet: bool = False, large: bool = False) -> Paragraph:
    """A bullet: the mark is the first word of the paragraph's first line (hung in the
    margin), so that text extraction reads "• text" on one line, not the marks apart."""
    s = ctx.styles
    text = b.text if isinstance(b, Block) else b
    style = s.sheet_bullet if sheet else s.bullet_large if large else s.bullet
    p = DeckParagraph(bullet_mark(style) + markup(text), style)
    p._deck_bullet = True
    return p


def bullets(ctx: Ctx, texts: Sequence[str]) -> list[Flowable]:
    return [bullet_item(ctx, x) for x in texts if x.strip()]


def kicker(ctx: Ctx, text: str) -> Paragraph:
    return para(text, ctx.styles.kicker)


# --- the title block and flowing slides ------------------------------------------------


def title_block(ctx: Ctx, slide: Slide, title: str, subtitle: str = "") -> float:
    """Draw the accent bar, the title (and a subtitle); return the content's top edge."""
    th = ctx.theme

    def bar(c: Canvas) -> None:
        c.setFillColor(rl(th.secondary))
        c.rect(t.MARGIN_X, t.TOP - 4, 40, 4, stroke=0, fill=1)

    slide.add(bar)
    title_w = t.span(11)
    p = para(title, ctx.styles.title)
    _, h = p.wrap(title_w, t.PAGE_H)
    y = TITLE_TOP - h
    slide.add(draw_at(p, t.MARGIN_X, y))
    if subtitle:
        sp = para(subtitle, ctx.styles.subtitle)
        _, sh = sp.wrap(title_w, t.PAGE_H)
        y -= 4 + sh
        slide.add(draw_at(sp, t.MARGIN_X, y))
    slide.content_top = float(y - 24)
    return float(y - 24)


def title_height(ctx: Ctx, title: str, subtitle: str = "") -> float:
    """How far down the content starts under this title (without drawing it)."""
    p = para(title, ctx.styles.title)
    _, h = p.wrap(t.span(11), t.PAGE_H)
    y = TITLE_TOP - h
    if subtitle:
        sp = para(subtitle, ctx.styles.subtitle)
        _, sh = sp.wrap(t.span(11), t.PAGE_H)
        y -= 4 + sh
    return float(y - 24)


CONTENT_BOTTOM = t.BOTTOM + 10
PANEL_PAD = 16.0


def cont(ctx: Ctx, title: str, index: int) -> str:
    return title if index == 0 else ctx.label("cont", title=title)


def bullet_budgets(counts: Sequence[int], most: int = MAX_BULLETS) -> list[int]:
    """How many bullets each column may show on one slide so that the slide shows at most
    `most`: all of them when they fit, else shares in proportion (at least one each)."""
    total = sum(counts)
    if total <= most:
        return [most] * len(counts)
    shares = [max(1, most * c // total) if c else 0 for c in counts]
    while sum(shares) > most:  # the minimum of one each pushed it over: take from the largest
        shares[shares.index(max(shares))] -= 1
    order = sorted(range(len(counts)), key=lambda i: -(most * counts[i] % total))
    for i in order:
        if sum(shares) >= most:
            break
        if counts[i] > shares[i]:
            shares[i] += 1
    return [s if counts[i] else most for i, s in enumerate(shares)]


@dataclass
class Column:
    """A column of a flowing slide: where it sits and what flows in it."""

    x: float
    width: float
    items: list[Flowable]
    first_top: float | None = None  # a lower start on the first slide (under a panel)
    panel: bool = False  # on a light panel, its content inset

    @property
    def inset(self) -> float:
        return PANEL_PAD if self.panel else 0.0


def flow_slides(
    ctx: Ctx,
    title: str,
    columns: Sequence[Column],
    *,
    subtitle: str = "",
    first_extra: Callable[[Slide, float], None] | None = None,
) -> list[Slide]:
    """Slides with a title and columns of flowing content, continued as "… (cont.)".

    Columns paginate independently; there are as many slides as the longest needs. The
    subtitle and `first_extra` (drawn under the title, given the content's top) appear on
    the first slide only. Where one of several columns of one width goes on alone (a long
    text beside a short one), its continuation slides flow through all of them (`_reflow`).
    """
    alike = len({round(col.width, 2) for col in columns}) == 1 and not any(
        col.panel for col in columns
    )
    if len(columns) > 1:
        columns = read_whole(columns)
    top0 = title_height(ctx, title, subtitle)
    top_n = title_height(ctx, ctx.label("cont", title=title))
    budgets = bullet_budgets([sum(1 for f in col.items if is_bullet(f)) for col in columns])
    laid = []
    for col, budget in zip(columns, budgets, strict=True):
        first = col.first_top if col.first_top is not None else top0

        def height(i: int, first: float = first, inset: float = col.inset) -> float:
            return (first if i == 0 else top_n) - CONTENT_BOTTOM - 2 * inset

        inner = col.width - 2 * col.inset
        laid.append(paginate(col.items, inner, height, max_bullets=budget) if col.items else [])
    if alike and len(columns) > 1:
        laid = _reflow(columns, laid, top_n - CONTENT_BOTTOM)
    count = max((len(p) for p in laid), default=0)
    slides: list[Slide] = []
    for i in range(max(count, 1)):
        slide = Slide()
        top = title_block(ctx, slide, cont(ctx, title, i), subtitle if i == 0 else "")
        if i == 0 and first_extra:
            first_extra(slide, top)
        for col, pages in zip(columns, laid, strict=True):
            if i < len(pages) and pages[i]:
                start = (col.first_top if col.first_top is not None else top) if i == 0 else top
                last = pages[i][-1]
                used = last.dy + last.height + 2 * col.inset
                if col.panel:
                    _panel(slide, col.x, start, col.width, used)
                draw_column(slide, pages[i], col.x + col.inset, start - col.inset)
                slide.occupy(col.width, used)
        slides.append(slide)
    return slides


def _reflow(
    columns: Sequence[Column], laid: list[list[list[Placement]]], height: float
) -> list[list[list[Placement]]]:
    """The pages of columns of one width, the continuation slides of a column that goes
    on alone laid out again through every column of the slide, left to right: the first
    slide's widths and the whole slide, not one column beside empty ones. A slide still
    shows at most MAX_BULLETS bullets (a share of them in each column)."""
    lengths = sorted((len(pages) for pages in laid), reverse=True)
    start = max(1, lengths[1])  # the first slide where the longest column is alone
    if lengths[0] <= start:
        return laid
    alone = next(i for i, pages in enumerate(laid) if len(pages) == lengths[0])
    rest = [p.flowable for page in laid[alone][start:] for p in page]
    width = min(col.width for col in columns)  # the narrowest: read_whole's gutter kept
    n = len(columns)
    pages = paginate(rest, width, height, max_bullets=max(1, MAX_BULLETS // n))
    out = []
    for m, before in enumerate(laid):
        head = [*before[:start], *([[]] * (start - len(before[:start])))]
        out.append(head + [pages[k] for k in range(m, len(pages), n)])
    return out


# --- columns read whole -----------------------------------------------------------------
#
# Text extraction that orders by position (poppler's pdftotext, its default mode; what
# search and copy-paste in most viewers do) groups lines into blocks: a line joins the
# block above it when it is the same size (within 5 %) and its baseline at most 1.5 × the
# size below, and a word joins a line beside it when the gap is under 1 × the size. Blocks
# are then read by position: a left column cut into several blocks is interleaved with
# the right one (a block with nothing beside it reaches, through the footer under it,
# across to the right column), and heads over left-aligned text on both sides are read as
# a table's first row. So beside another column a column is set to read as ONE block:
# its heads at its text's size, paragraphs 0.2 × the size apart (1.25 + 0.2 < 1.5), and
# at least 1.25 × the size of white between its text and the next column's.

COLUMN_GAP = 0.2  # × the size: the space between paragraphs of a column beside another
TEXT_GUTTER = 1.25  # × the size: the white between two columns' text


def _size(items: Sequence[Flowable]) -> float:
    """A column's text size: its first paragraph's that is not a head."""
    for f in items:
        for g in f.items if isinstance(f, Keep) else [f]:
            if isinstance(g, Paragraph) and not g.getKeepWithNext():
                return float(g.style.fontSize)
    return t.BODY


def _tight(f: Flowable, size: float) -> Flowable:
    if isinstance(f, Keep):
        return Keep([_tight(g, size) for g in f.items])
    if not isinstance(f, Paragraph):
        return f  # a table, a picture: a block of its own whatever is done
    head = bool(f.getKeepWithNext())
    if not head and abs(f.style.fontSize - size) > 0.05 * size:
        return f  # a figure, a quote at its own size: a block of its own
    gap = COLUMN_GAP * size
    size = min(size, t.SUBTITLE) if head else size  # a head over a quote stays a head
    style = f.style.clone(
        f.style.name + "_col",
        fontSize=size,
        leading=t.leading(size),
        spaceBefore=0.0,  # what is above ends with its own space after (one gap, not two)
        spaceAfter=0.0 if head else min(f.style.spaceAfter, gap),
    )
    if f.style.fontSize == size and f.style.leading == style.leading:
        f.style = style  # same words, same size: only the spacing changes
        f.__dict__.pop("_wrapped_at", None)
        return f
    g = DeckParagraph(f.text, style)  # a head set again at the column's size
    g.__dict__.update({k: v for k, v in f.__dict__.items() if k.startswith("_deck")})
    return g


def read_whole(columns: Sequence[Column]) -> list[Column]:
    """The columns of a slide set so that text extraction reads each one whole, in
    order (see above): the same look, the spacing and the heads' size aside."""
    out: list[Column] = []
    for i, col in enumerate(columns):
        size = _size(col.items)
        items = [_tight(f, size) for f in col.items]
        width = col.width
        if i + 1 < len(columns):
            nxt = columns[i + 1]
            white = nxt.x + nxt.inset - (col.x + col.width - col.inset)
            width -= max(0.0, TEXT_GUTTER * max(size, _size(nxt.items)) - white)
        out.append(Column(col.x, width, items, col.first_top, col.panel))
    return out


def _panel(slide: Slide, x: float, top: float, w: float, h: float) -> None:
    def draw(c: Canvas) -> None:
        c.setFillColor(rl(t.LIGHT))
        c.roundRect(x, top - h, w, h, 6, stroke=0, fill=1)

    slide.add(draw)


# --- tables ----------------------------------------------------------------------------


def table(
    ctx: Ctx,
    header: Sequence[Paragraph],
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    *,
    total_row: bool = False,
    grey_rows: Sequence[int] = (),
) -> Table:
    """A deck table: a bold header over a rule in the agency's colour, light rules
    between rows, a bold total over a rule when `total_row`."""
    th = ctx.theme
    data = [list(header), *[list(r) for r in rows]]
    tbl = Table(data, colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    cmds: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # plain-string cells: never Helvetica
        ("FONTSIZE", (0, 0), (-1, -1), t.TABLE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, rl(th.primary)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, rl(t.RULE)),
    ]
    if total_row and rows:
        cmds.append(("LINEABOVE", (0, -1), (-1, -1), 1.2, rl(t.INK)))
        cmds.append(("LINEBELOW", (0, -1), (-1, -1), 0, rl(t.WHITE)))
    for r in grey_rows:
        cmds.append(("BACKGROUND", (0, r + 1), (-1, r + 1), rl(t.LIGHT)))
    tbl.setStyle(TableStyle(cmds))
    return tbl


def widths_for(fractions: Sequence[float], total: float = t.CONTENT_W) -> list[float]:
    s = sum(fractions)
    return [total * f / s for f in fractions]
