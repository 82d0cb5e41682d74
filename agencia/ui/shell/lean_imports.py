"""Imports after PySide6 without reading every module's source.

PySide6 (6.7 and later) replaces `__import__` with a hook that, for every module imported
once Qt is loaded, asks whether the module "uses PySide" for its optional `__feature__`
switches (snake_case, true_property) — by calling `inspect.getsource(module)` and
searching the text for "PySide6". That reads the source file of each of the 900-odd
modules the window imports after Qt (SQLAlchemy, the mapped classes, every area) and
keeps all of their lines in `linecache`: about 11 MB of source as some 300,000 small
strings that stay for the life of the process (28 MB of resident memory, measured), and
a sixth of the CPU time of those imports.

Agencia selects no `__feature__`, so the answer only has to be right in spirit: here a
module "uses PySide" when its own namespace holds a Qt module, class or function, which
is read from the module's dictionary, not from its file. `agencia.app` imports this
module before anything else, so that not even the standard library's modules it names
(enum, typing, dataclasses, logging: 18 files, read again when Qt was loaded first, as
the benchmark's probes and the tests do) are read; importing PySide6 here puts its hook
in place first. A PySide6 without the hook (or with a different one) is left as it is.
"""

from __future__ import annotations

import sys
from types import FunctionType, ModuleType

import PySide6  # noqa: F401  (loads shiboken's import hook, which install() then answers)

_QT = ("PySide6", "shiboken6")


def uses_pyside(module: ModuleType) -> bool:
    """True if `module` has Qt in its namespace (a Qt module, class or function)."""
    namespace = getattr(module, "__dict__", None)
    if not isinstance(namespace, dict):
        return False
    for value in list(namespace.values()):
        if isinstance(value, ModuleType):
            owner = value.__name__
        elif isinstance(value, type | FunctionType):
            owner = value.__module__
        else:
            owner = type(value).__module__  # a Qt object or signal made at import
        if isinstance(owner, str) and owner.startswith(_QT):
            return True
    return False


def install() -> bool:
    """Answer PySide6's question from the namespace instead of the source; False when
    this PySide6 has no such hook (nothing to do)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]  # read by each import
    return True


install()  # on import: agencia.app imports this module first
