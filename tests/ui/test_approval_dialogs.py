"""Archivo ▸ «Umbrales de aprobación…» (an administrator's) and «Delegar aprobaciones…»
(an approver's): who sees them, the dialogs, what they store and what the trail says."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from campaign_world import Cast, build_cast
from factories import audit_events
from gui_support import Recorder, make_context, until
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QMenuBar, QPushButton
from pytestqt.qtbot import QtBot

from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import AuditAction
from agencia.services.campaigns import approval_settings
from agencia.ui.actions import ActionRegistry
from agencia.ui.area import AppContext
from agencia.ui.campaigns.approval_actions import DELEGATE, THRESHOLDS, ApprovalActions
from agencia.ui.campaigns.area import CampaignsArea, create
from agencia.ui.campaigns.delegations_dialog import DelegationsDialog
from agencia.ui.campaigns.thresholds_dialog import ThresholdsDialog
from agencia.ui.ops import Operations
from agencia.ui.shell import area_builder
from agencia.ui.shell.menus import build_menus
from agencia.ui.shell.window import MainWindow


@pytest.fixture
def cast(sqlite_db: Database) -> Cast:
    return build_cast(sqlite_db)


@pytest.fixture
def opened(qapp: QApplication) -> Iterator[list[ApprovalActions]]:
    """The approval actions a test made (their areas kept alive); any dialog still open is
    closed afterwards."""
    made: list[ApprovalActions] = []
    yield made
    for actions in made:
        if actions.dialog is not None:
            actions.dialog.done(0)
        actions.ctx.ops.shutdown()


def sign_in(cast: Cast, who: str, opened: list[ApprovalActions]) -> tuple[AppContext, Recorder]:
    """The campaigns area as the window creates it: it registers the approval actions."""
    ctx, recorder = make_context(cast.db, cast.actor(who))
    area = create(ctx)
    assert isinstance(area, CampaignsArea)
    area.setParent(ctx.ops)  # alive as long as the test's Operations
    opened.append(area.approval_actions)
    return ctx, recorder


def ids(registry: ActionRegistry) -> set[str]:
    return {spec.id for spec, _action in registry.all()}


def file_menu(registry: ActionRegistry) -> list[str]:
    bar = QMenuBar()
    menus = build_menus(bar, registry, {}, "", {})
    texts = [a.text() for a in menus["file"].actions()] if "file" in menus else []
    bar.deleteLater()
    return texts


# -- who sees what -------------------------------------------------------------------------------


def test_only_an_administrator_is_offered_the_thresholds(
    cast: Cast, opened: list[ApprovalActions]
) -> None:
    ctx, _recorder = sign_in(cast, "admin", opened)
    assert THRESHOLDS in ids(ctx.actions) and DELEGATE not in ids(ctx.actions)
    assert ctx.actions.get(THRESHOLDS).isEnabled()
    assert file_menu(ctx.actions) == ["Umbrales de aprobación…"]

    ctx, recorder = sign_in(cast, "director", opened)
    assert THRESHOLDS not in ids(ctx.actions)  # neither in a menu nor in the palette
    assert file_menu(ctx.actions) == ["Delegar aprobaciones…"]
    actions = opened[-1]
    actions.open_thresholds()  # reached some other way: refused, with the reason
    assert actions.dialog is None
    assert recorder.toasts == [
        "Su rol (Director de cuentas) no permite cambiar los umbrales de aprobación."
    ]


@pytest.mark.parametrize("who", ["supervisor", "manager", "director"])
def test_approvers_may_delegate(cast: Cast, opened: list[ApprovalActions], who: str) -> None:
    ctx, _recorder = sign_in(cast, who, opened)
    assert ctx.actions.get(DELEGATE).isEnabled()
    assert THRESHOLDS not in ids(ctx.actions)


@pytest.mark.parametrize("who", ["executive", "assistant"])
def test_who_does_not_approve_has_nothing_to_delegate(
    cast: Cast, opened: list[ApprovalActions], who: str
) -> None:
    ctx, recorder = sign_in(cast, who, opened)
    assert not {THRESHOLDS, DELEGATE} & ids(ctx.actions)
    opened[-1].open_delegations()
    assert opened[-1].dialog is None
    assert recorder.toasts[-1].endswith("no aprueba internamente: no tiene qué delegar.")


def test_the_palette_finds_the_thresholds_and_opens_them(
    qtbot: QtBot, cast: Cast, monkeypatch: pytest.MonkeyPatch, opened: list[ApprovalActions]
) -> None:
    monkeypatch.setattr(area_builder, "ui_modules", lambda: ("agencia.ui.campaigns.area",))
    window = MainWindow()
    qtbot.addWidget(window)
    ops = Operations(cast.db, cast.admin, synchronous=True)
    ctx = AppContext(ops, window.registry, cast.admin, QLocale("es_ES"), "EUR")
    (area,) = window.install(ctx, "Agencia de Pruebas")
    assert isinstance(area, CampaignsArea)
    opened.append(area.approval_actions)
    window.show()
    qtbot.waitExposed(window)
    archivo = [a.text() for a in window._menus["file"].actions() if not a.isSeparator()]
    assert archivo[0] == "Umbrales de aprobación…"
    window.open_palette()
    qtbot.keyClicks(window.palette_popup.field, "umbrales")
    assert window.palette_popup.visible_labels()[0] == "Umbrales de aprobación…"
    qtbot.keyClick(window.palette_popup.field, Qt.Key.Key_Return)
    assert isinstance(area.approval_actions.dialog, ThresholdsDialog)
    area.approval_actions.dialog.done(0)
    ops.shutdown()


# -- thresholds ----------------------------------------------------------------------------------


def open_thresholds(cast: Cast, opened: list[ApprovalActions]) -> tuple[ThresholdsDialog, Recorder]:
    ctx, recorder = sign_in(cast, "admin", opened)
    ctx.actions.get(THRESHOLDS).trigger()
    dialog = opened[-1].dialog
    assert isinstance(dialog, ThresholdsDialog) and dialog.isVisible()
    return dialog, recorder


def spaced(text: str) -> str:
    """Money is written with a no-break space before the symbol."""
    return text.replace("\u00a0", " ")


def retype(qtbot: QtBot, editor: object, text: str) -> None:
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, text)  # type: ignore[arg-type]


def test_an_administrator_changes_the_thresholds_and_the_trail_says_so(
    qtbot: QtBot, cast: Cast, opened: list[ApprovalActions]
) -> None:
    dialog, recorder = open_thresholds(cast, opened)
    assert dialog.supervisor.text() == "50.000,00" and dialog.manager.text() == "150.000,00"
    assert spaced(dialog.rule.text()) == (
        "Un supervisor de cuentas aprueba presupuestos de hasta 50.000,00 €; un gerente de "
        "cuenta, de hasta 150.000,00 €, y un director de cuentas, de cualquier importe."
    )
    retype(qtbot, dialog.manager, "40000")  # below the supervisor's
    assert dialog.form.error("manager") == (
        "El límite del gerente debe ser igual o mayor que el del supervisor."
    )
    assert not dialog.save_button.isEnabled()
    retype(qtbot, dialog.supervisor, "abc")
    assert dialog.form.error("supervisor") == "Importe no válido."
    retype(qtbot, dialog.supervisor, "30.000")
    retype(qtbot, dialog.manager, "120000,5")
    assert dialog.form.error("supervisor") == "" and dialog.form.error("manager") == ""
    assert "hasta 30.000,00 €" in spaced(dialog.rule.text())
    assert "hasta 120.000,50 €" in spaced(dialog.rule.text())
    assert dialog.save_button.isEnabled()
    dialog.activateWindow()  # shortcuts work in the active window only
    qtbot.waitUntil(until(dialog.isActiveWindow))
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == ThresholdsDialog.DialogCode.Accepted
    assert recorder.toasts == ["Umbrales de aprobación guardados"]
    stored = approval_settings.get_thresholds(cast.db, SYSTEM)
    assert (stored.supervisor, stored.manager) == (Decimal("30000"), Decimal("120000.5"))
    event = audit_events(cast.db, "agency")[-1]
    assert (event.login, event.staff_id, event.action) == (
        "admin",
        cast.admin.staff_id,
        AuditAction.UPDATE,
    )
    assert event.changes == {
        "approval_threshold": ["50000.00", "30000"],
        "manager_approval_threshold": ["150000.00", "120000.5"],
    }


def test_someone_elses_save_meanwhile_is_shown_and_ours_can_follow(
    qtbot: QtBot, cast: Cast, opened: list[ApprovalActions]
) -> None:
    dialog, recorder = open_thresholds(cast, opened)
    now = approval_settings.get_thresholds(cast.db, SYSTEM)
    approval_settings.set_thresholds(
        cast.db, cast.admin, Decimal(60000), Decimal(200000), now.version
    )
    retype(qtbot, dialog.supervisor, "55000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not recorder.toasts
    assert spaced(dialog.banner.text()).startswith(
        "Otra persona ha cambiado los umbrales mientras los editaba: ahora son 60.000,00 € "
        "(supervisor) y 200.000,00 € (gerente)."
    )
    assert dialog.save_button.isEnabled()  # with the new version: saving again is ours
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert recorder.toasts == ["Umbrales de aprobación guardados"]
    stored = approval_settings.get_thresholds(cast.db, SYSTEM)
    assert (stored.supervisor, stored.manager) == (Decimal(55000), Decimal(150000))


# -- delegations ---------------------------------------------------------------------------------


def open_delegations(
    cast: Cast, who: str, opened: list[ApprovalActions]
) -> tuple[DelegationsDialog, Recorder]:
    ctx, recorder = sign_in(cast, who, opened)
    ctx.actions.get(DELEGATE).trigger()
    dialog = opened[-1].dialog
    assert isinstance(dialog, DelegationsDialog) and dialog.isVisible()
    return dialog, recorder


def peer_labels(dialog: DelegationsDialog) -> list[str]:
    return [dialog.peer.itemText(i) for i in range(dialog.peer.count())]


def test_a_supervisor_delegates_to_a_peer_sees_it_and_revokes_it(
    qtbot: QtBot, cast: Cast, opened: list[ApprovalActions]
) -> None:
    dialog, recorder = open_delegations(cast, "supervisor", opened)
    # only the other supervisor: not the manager above, nor the executive below
    assert peer_labels(dialog) == ["Sergio Supervisor · Grupo A"]
    assert dialog.list_stack.currentWidget() is dialog.empty
    today = date.today()
    assert dialog.starts.date() == QDate(today.year, today.month, today.day)
    assert dialog.starts.date().daysTo(dialog.ends.date()) == 7
    qtbot.keyClicks(dialog.reason, "Vacaciones")
    qtbot.mouseClick(dialog.delegate_button, Qt.MouseButton.LeftButton)
    assert recorder.toasts[-1].startswith("Aprobaciones delegadas en Sergio Supervisor del ")
    ((who, _starts, _ends, reason, state, revocable),) = dialog.rows()
    assert (who, reason, state, revocable) == (
        "Delegada en Sergio Supervisor",
        "Vacaciones",
        "Activa",
        True,
    )
    assert dialog.reason.text() == ""

    # the peer sees it held, and cannot revoke it
    held, _ = open_delegations(cast, "supervisor2", opened)
    assert [r[0::4] for r in held.rows()] == [("Recibida de Sara Supervisora", "Activa")]
    assert held.rows()[0][5] is False

    asked: list[str] = []

    def answer(title: str, text: str, accept: str) -> bool:
        asked.append(text)
        return True

    dialog.confirm = answer  # type: ignore[method-assign]
    (delegation_id,) = dialog.revoke_buttons
    qtbot.mouseClick(dialog.revoke_buttons[delegation_id], Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("Sergio Supervisor dejará de poder aprobar en su nombre")
    assert recorder.toasts[-1] == "Delegación en Sergio Supervisor revocada"
    assert dialog.rows()[0][4:] == ("Revocada", False)
    (stored,) = approval_settings.delegations(cast.db, cast.actor("supervisor"))
    assert stored.revoked and stored.reason == "Vacaciones"


def test_a_delegation_that_ends_before_it_starts_is_refused_beside_the_field(
    qtbot: QtBot, cast: Cast, opened: list[ApprovalActions]
) -> None:
    dialog, _recorder = open_delegations(cast, "director", opened)
    assert peer_labels(dialog) == ["Bruno Director · Grupo B"]  # a director of another group
    dialog.starts.setDate(dialog.starts.date().addDays(10))
    assert dialog.form.error("ends_on") == "La delegación termina antes de empezar."
    assert not dialog.delegate_button.isEnabled()
    dialog.ends.setDate(dialog.starts.date().addDays(3))
    assert dialog.form.error("ends_on") == ""
    qtbot.mouseClick(dialog.delegate_button, Qt.MouseButton.LeftButton)
    ((who, _s, _e, _reason, state, revocable),) = dialog.rows()
    assert (who, state, revocable) == ("Delegada en Bruno Director", "Programada", True)


def test_without_a_peer_nobody_is_offered(
    qtbot: QtBot, cast: Cast, opened: list[ApprovalActions]
) -> None:
    dialog, _recorder = open_delegations(cast, "manager", opened)  # the only manager
    assert peer_labels(dialog) == []
    assert not dialog.peer.isEnabled() and not dialog.delegate_button.isEnabled()
    assert dialog.form.error("to_staff_id") == "No hay nadie más con su puesto a quien delegar."


def test_past_delegations_read_as_over_and_cannot_be_revoked(
    qtbot: QtBot, cast: Cast, opened: list[ApprovalActions]
) -> None:
    long_ago = date.today() - timedelta(days=40)
    approval_settings.delegate_approvals(
        cast.db,
        cast.actor("supervisor"),
        cast.staff["supervisor2"],
        long_ago,
        long_ago + timedelta(days=5),
        "Congreso",
    )
    dialog, _recorder = open_delegations(cast, "supervisor", opened)
    assert [r[3:] for r in dialog.rows()] == [("Congreso", "Terminada", False)]
    assert not isinstance(dialog.table.cellWidget(0, 5), QPushButton)
