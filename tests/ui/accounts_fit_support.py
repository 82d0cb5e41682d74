"""The accounts page's fit tests' set-up (`test_fit_accounts.py`,
`test_account_tabs_fit.py`): on the real window (test_screens_fit's `open_window`, which
each module imports with the demo's fixtures), the accounts list showing everyone's
accounts, and what each shown column of a table has against what its cells want."""

from __future__ import annotations

from test_screens_fit import pump

from agencia.ui.widgets.column_fit import CAP


def everyones_accounts(window, ops, seconds: float = 0.4):
    """The accounts area shown in `window`, listing everyone's accounts (not only the
    person's), once settled (`pump`, at least `seconds`): its controller."""
    window.switch_to("accounts")
    accounts = window.areas["accounts"].controller
    accounts.list_view.mine.setChecked(False)
    pump(ops, seconds)
    return accounts


def shown_widths(view) -> list[tuple[str, int, int]]:
    """(title, width, what its cells want up to the fit's cap) of each shown column."""
    header = view.horizontalHeader()
    model = view.model()
    return [
        (str(model.headerData(c, header.orientation())), header.sectionSize(c), wanted)
        for c in range(header.count())
        if not header.isSectionHidden(c) and (wanted := min(view.sizeHintForColumn(c), CAP)) >= 0
    ]


def shown_cut(view) -> list[tuple[str, int, int]]:
    """The shown columns narrower than their cells want (up to the fit's cap)."""
    return [(title, width, wanted) for title, width, wanted in shown_widths(view) if width < wanted]
