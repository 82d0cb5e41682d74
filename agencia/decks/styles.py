"""Paragraph styles of the type scale (decks/theme.py), in the deck's colours."""

from __future__ import annotations

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from agencia.decks import theme as t
from agencia.decks.fonts import BOLD, REGULAR, register_fonts
from agencia.decks.theme import Theme, rl


class Styles:
    """Every style a deck uses; built once per deck from its theme."""

    def __init__(self, th: Theme) -> None:
        register_fonts()
        ink, grey = rl(t.INK), rl(t.GREY)
        base = ParagraphStyle(
            "base",
            fontName=REGULAR,
            fontSize=t.BODY,
            leading=t.leading(t.BODY),
            textColor=ink,
            alignment=TA_LEFT,
            allowWidows=0,
            allowOrphans=0,
            bulletFontName=REGULAR,
            splitLongWords=1,
        )

        def style(name: str, **kw: object) -> ParagraphStyle:
            return ParagraphStyle(name, parent=base, **kw)

        def sized(size: float) -> dict[str, float]:
            return {"fontSize": size, "leading": t.leading(size)}

        def label(name: str, **kw: object) -> ParagraphStyle:
            """A table's cell, a card's line or a line the deck composes of its parts:
            the deck's direction and its column's alignment, whatever its first letter
            (fallback.drawn_as)."""
            return composed(name, parent=base, **kw)

        self.cover_title = framed("cover_title", parent=base, fontName=BOLD, **sized(t.COVER_TITLE))
        self.title = framed(
            "title", parent=base, fontName=BOLD, textColor=rl(th.primary_text), **sized(t.TITLE)
        )
        # A slide's subtitle is a line the deck composes («client · brand · year»).
        self.subtitle = label("subtitle", textColor=grey, **sized(t.SUBTITLE))
        self.lead = style("lead", fontName=BOLD, textColor=ink, spaceAfter=10, **sized(t.SUBTITLE))
        self.body = style("body", spaceAfter=9)
        self.intro = style("intro", spaceAfter=12, **sized(t.SUBTITLE))
        # Short content is set a size up (the subtitle's) to fill its slide like a designer would.
        self.body_large = style("body_large", spaceAfter=10, **sized(t.SUBTITLE))
        self.bullet_large = hanging(
            base,
            "bullet_large",
            24,
            bulletColor=rl(th.secondary),
            bulletFontName=BOLD,
            spaceAfter=8,
            **sized(t.SUBTITLE),
        )
        self.quote_large = style(
            "quote_large", fontName=BOLD, textColor=rl(th.primary_text), **sized(t.TITLE)
        )
        self.bullet = hanging(
            base,
            "bullet",
            20,
            bulletColor=rl(th.secondary),
            bulletFontName=BOLD,
            spaceAfter=7,
        )
        self.kicker = style(
            "kicker",
            fontName=BOLD,
            textColor=rl(th.secondary_text),
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
            **sized(t.TABLE),
        )
        self.quote = style(
            "quote", fontName=BOLD, textColor=rl(th.primary_text), **sized(t.SUBTITLE)
        )
        self.table = label("table", **sized(t.TABLE))
        self.table_bold = label("table_bold", fontName=BOLD, **sized(t.TABLE))
        self.table_right = label("table_right", alignment=TA_RIGHT, **sized(t.TABLE))
        self.table_right_bold = label(
            "table_right_bold", fontName=BOLD, alignment=TA_RIGHT, **sized(t.TABLE)
        )
        self.table_head = label(
            "table_head", fontName=BOLD, textColor=rl(th.primary_text), **sized(t.TABLE)
        )
        self.table_head_right = label(
            "table_head_right",
            fontName=BOLD,
            textColor=rl(th.primary_text),
            alignment=TA_RIGHT,
            **sized(t.TABLE),
        )
        self.table_grey = label("table_grey", textColor=grey, **sized(t.TABLE))
        self.small = style("small", textColor=grey, **sized(t.TABLE))
        self.caption = style("caption", textColor=grey, **sized(t.CAPTION))
        self.card_name = label("card_name", fontName=BOLD, **sized(t.BODY))
        self.card_role = label("card_role", textColor=grey, **sized(t.TABLE))
        self.card_part = label(
            "card_part", fontName=BOLD, textColor=rl(th.secondary_text), **sized(t.TABLE)
        )
        self.big = style(
            "big", fontName=BOLD, textColor=rl(th.secondary_text), **sized(t.COVER_TITLE)
        )
        self.sheet = style("sheet", spaceAfter=4, **sized(t.TABLE))
        self.sheet_bullet = hanging(
            base,
            "sheet_bullet",
            12,
            bulletColor=rl(th.secondary),
            bulletFontName=BOLD,
            spaceAfter=3,
            **sized(t.TABLE),
        )
        self.sheet_label = style(
            "sheet_label",
            fontName=BOLD,
            textColor=rl(th.secondary_text),
            spaceBefore=8,
            spaceAfter=2,
            keepWithNext=1,
            **sized(t.CAPTION),
        )


def framed(name: str, *, parent: ParagraphStyle, **kw: object) -> ParagraphStyle:
    """A title's style, and a frame slide's for a text of a person's (a name, a
    tagline): laid out as the page is, at the left under its accent bar or letterhead,
    a Hebrew or Arabic text read right to left inside it (fallback.drawn_as,
    `keeps_side`). A title is stacked with a kicker, a subtitle and facts that all start
    at the left: flush right, a campaign's name in Hebrew would float away from them
    (DECKS.md: left-aligned). The slides', the covers' and the A4 documents' titles."""
    return ParagraphStyle(name, parent=parent, keeps_side=True, label=False, **kw)


def composed(name: str, *, parent: ParagraphStyle, **kw: object) -> ParagraphStyle:
    """The style of a line the deck composes of its parts («client · brand», «date ·
    version») or of a table's cell: in the deck's order and its column's alignment, a
    Hebrew or Arabic name a run in it (fallback.drawn_as, `label`)."""
    return ParagraphStyle(name, parent=parent, label=True, **kw)


def hanging(parent: ParagraphStyle, name: str, indent: float, **kw: object) -> ParagraphStyle:
    """A bullet's style: its lines start `indent` in and the first line's mark (a bullet
    and a space, layout.bullet_mark) hangs left of them, so the text lines up as with a
    separate bullet but the mark is the line's first word when the text is extracted."""
    style = ParagraphStyle(name, parent=parent, leftIndent=indent, **kw)
    mark = stringWidth("•", style.bulletFontName, style.fontSize)
    space = stringWidth(" ", style.fontName, style.fontSize)
    style.firstLineIndent = -(mark + space)
    return style


def bullet_mark(style: ParagraphStyle) -> str:
    """A bullet's mark as markup to start its paragraph with (in the bullet's font and
    colour, then a space), for a style made by `hanging`."""
    colour = style.bulletColor.hexval()[2:]
    return f'<font name="{style.bulletFontName}" color="#{colour}">•</font> '
