"""An HTML-only message's text as a person reads it, for the log.

Stored as markup, the mail's text would show tags, a tracker's image address and a
script's code to whoever reads the contact. The standard library's `html.parser` reads
the markup (it never runs a script, nor fetches an image or a style sheet: it only
tokenizes), and this keeps what the message says: the text, its paragraphs and line
breaks, list items on their own lines, a link's words with its address when it differs
from them; what is not text (scripts, styles, the head, images, embedded objects) is
dropped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Whose content is not the message's text.
_HIDDEN = frozenset(
    {"script", "style", "head", "title", "template", "noscript", "svg", "math", "object"}
)
# Elements set apart by a blank line; items that start a line of their own; a table's
# cells, side by side.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "center", "div", "dl", "fieldset",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "main", "nav", "ol", "p", "pre", "section", "table", "ul",
    }
)  # fmt: skip
_LINES = frozenset({"li", "tr", "dt", "dd", "figcaption", "caption"})
_CELLS = frozenset({"td", "th"})
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base"})
_LINKS = ("http://", "https://", "mailto:")
_SPACES = re.compile(r"[ \t\r\f\v]+")


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.hidden: list[str] = []  # open elements whose content is dropped
        self.pre = 0
        self.links: list[str] = []  # each open link's address ("" when not shown)
        self.link_text: list[list[str]] = []

    def _text(self, text: str) -> None:
        if self.link_text:
            self.link_text[-1].append(text)
        self.out.append(text)

    def _break(self) -> None:
        self.out.append("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.hidden:
            if tag in _HIDDEN:
                self.hidden.append(tag)
            return
        if tag in _HIDDEN:
            self.hidden.append(tag)
        elif tag == "br":
            self._break()
        elif tag in _BLOCKS:
            self.out.append("\n\n")
            if tag == "pre":
                self.pre += 1
        elif tag in _LINES:
            self._break()
            if tag == "li":
                self.out.append("• ")
        elif tag in _CELLS:
            self.out.append("  ")
        elif tag == "a":
            href = (dict(attrs).get("href") or "").strip()
            self.links.append(href if href.lower().startswith(_LINKS) else "")
            self.link_text.append([])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID or tag in _HIDDEN:
            if not self.hidden and tag == "br":
                self._break()
            return
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.hidden:
            if tag in self.hidden:
                while self.hidden and self.hidden.pop() != tag:
                    pass
            return
        if tag in _BLOCKS:
            self.out.append("\n\n")
            if tag == "pre" and self.pre:
                self.pre -= 1
        elif tag == "a" and self.links:
            href, words = self.links.pop(), "".join(self.link_text.pop()).strip()
            shown = href.removeprefix("mailto:")
            if href and shown != words and shown not in words:
                self.out.append(f" ({shown})" if words else shown)

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if self.pre:
            self.out.append(data)
            if self.link_text:
                self.link_text[-1].append(data)
            return
        self._text(_SPACES.sub(" ", data.replace("\n", " ")))


def html_to_text(markup: str) -> str:
    """The readable text of `markup`: lines trimmed, no more than one blank line in a
    row, none at the start or the end."""
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    lines = [line.strip() for line in "".join(reader.out).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
