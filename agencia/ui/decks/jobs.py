"""What the deck dialog hands to the workers, and what they hand back: the request a deck
is drawn from, its progress carried to the GUI thread, cancelling, and writing the file."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from agencia.domain.errors import DomainError
from agencia.services.files import write_atomically


@dataclass(frozen=True)
class DeckRequest:
    """What a deck was (or is being) drawn from."""

    kind: str
    target: int | None
    lang: str
    sections: frozenset[str] | None
    as_version: int | None = None  # the proposal version its footer names, if being kept
    include_internal: bool = False  # the internal review's decisions (marked internal)

    def same_choices(self, other: DeckRequest | None) -> bool:
        mine = (self.kind, self.target, self.lang, self.sections, self.include_internal)
        return other is not None and mine == (
            other.kind,
            other.target,
            other.lang,
            other.sections,
            other.include_internal,
        )


class Cancelled(DomainError):
    """The dialog closed while its deck was being drawn: stop drawing (an expected end,
    so Operations does not log it as a failure)."""

    def __init__(self) -> None:
        super().__init__("deck.cancelled")


class Progress(QObject):
    """Carries the renderer's progress from the worker to the GUI thread (a queued signal)."""

    progressed = Signal(int, int)  # slides drawn, slides in all


def save_file(_db: Any, _actor: Any, path: Path, pdf: bytes) -> Path:
    return write_atomically(path, pdf)


def save_temporary(_db: Any, _actor: Any, name: str, pdf: bytes) -> Path:
    """A copy for the system's PDF viewer, in a folder of our own under the temp folder."""
    folder = Path(tempfile.gettempdir()) / "agencia-presentaciones"
    folder.mkdir(mode=0o700, exist_ok=True)
    return write_atomically(folder / name, pdf)
