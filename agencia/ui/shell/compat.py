"""A guard against a reference-counting bug of PySide6 6.12.0 on Python 3.11.

Its bindings return None, True and False without taking a reference, as if they were
immortal (they are from Python 3.12 on, PEP 683). On 3.11 every call of a method that
returns nothing (setText, processEvents, …) drops one reference to None, and every
Signal.emit one to True; after some thousands the interpreter aborts with "Fatal Python
error: none_dealloc". PySide6 6.11.3 does not have the bug. Until the pinned version is
fixed, the singletons get a reference count no session can exhaust.
"""

from __future__ import annotations

import ctypes
import sys

_BALLAST = 1 << 40
_done = False


def _affected() -> bool:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    try:
        import shiboken6
    except ImportError:
        return False
    return str(getattr(shiboken6, "__version__", "")).startswith("6.12.")


def guard_singleton_refcounts() -> bool:
    """Make None, True, False, Ellipsis and NotImplemented effectively immortal (once).

    Returns True when the guard is in place (only where the bug exists)."""
    global _done
    if _done:
        return True
    if not _affected():
        return False
    for obj in (None, True, False, Ellipsis, NotImplemented):
        before = sys.getrefcount(obj)
        refcount = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt, first field
        refcount.value += _BALLAST
        if sys.getrefcount(obj) - before != _BALLAST:  # not the layout we expect
            refcount.value -= _BALLAST
            return False
    _done = True
    return True
