"""Giving back the heap a large read leaves behind, where the C library allows it.

Pendientes' accounts at risk and the satisfaction page's first view are computed on a
reader thread while the window is idle; what they make is freed when they end, but
glibc keeps the freed pages in that thread's arena (measured on the large demo: 5 MB of
the window's resident memory, for a read nobody holds on to). `malloc_trim` hands the
free pages of every arena back to the system. It is glibc's own: elsewhere (musl,
macOS, Windows) there is nothing to call and nothing is done. No collection of cycles
here: that runs on the GUI thread only (`ui/shell/collector.py`).
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from functools import cache


@cache
def _trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        found: Callable[[int], int] | None = getattr(ctypes.CDLL(None), "malloc_trim", None)
    except OSError:
        return None
    return found


def give_back() -> bool:
    """Return the free pages of the C heap to the system; False where it cannot."""
    trim = _trim()
    if trim is None:
        return False
    trim(0)
    return True
