"""One registry of actions with stable IDs: menus, toolbars, context menus and the
command palette (Ctrl+K) all read it.

Every id is an `ActionId`, never a bare string. An area may also offer an action on
another area's record page (`ActionSpec.header`): that area shows whatever is offered
there (`contributions`) without knowing who offers it, so neither imports the other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from agencia.domain.areas import AreaId


class ActionId(StrEnum):
    """An action's stable id (its QAction's object name, and what tests look up)."""

    # the window's own
    PREFERENCES = "app.preferences"
    QUIT = "app.quit"
    FIND = "app.find"
    GLOBAL_SEARCH = "app.global_search"
    COMMAND_PALETTE = "app.command_palette"
    TOGGLE_RAIL = "app.toggle_rail"
    ABOUT = "app.about"
    SHORTCUTS = "app.shortcuts"  # Ayuda ▸ Atajos de teclado
    PRINT_PDF = "app.print_pdf"  # Archivo ▸ Guardar en PDF lo que se ve
    PRINT = "app.print"  # Archivo ▸ Imprimir… (the print dialog)
    PRINT_LIST = "app.print_list"  # Archivo ▸ Imprimir la lista…
    MANUAL = "app.manual"  # Ayuda ▸ Manual de Agencia
    SIGN_OUT = "app.sign_out"
    SWITCH_USER = "app.switch_user"
    FORGET_PASSWORD = "app.forget_password"  # Archivo ▸ Olvidar mi contraseña (server)
    RESTORE_BACKUP = "app.restore_backup"  # Archivo ▸ Restaurar copia de seguridad…
    # Editar ▸ (the window's undo history; the focused field's clipboard)
    UNDO = "app.undo"
    REDO = "app.redo"
    CUT = "app.cut"
    COPY = "app.copy"
    PASTE = "app.paste"
    SELECT_ALL = "app.select_all"
    # Ir a ▸ (Alt+1…9, 0), one per area with a page: see `go_to`
    GO_PENDING = "go.pending"
    GO_ACCOUNTS = "go.accounts"
    GO_CAMPAIGNS = "go.campaigns"
    GO_TEAM = "go.team"
    GO_PEOPLE = "go.people"
    GO_DECKS = "go.decks"
    GO_DATA = "go.data"
    GO_SERVICE = "go.service"
    GO_COMMUNICATIONS = "go.communications"
    GO_COORDINATION = "go.coordination"
    GO_SATISFACTION = "go.satisfaction"
    # Datos: imports
    DATA_IMPORT = "data.import"
    DATA_UNDO = "data.undo"
    # Pendientes
    PENDING_REFRESH = "pending.refresh"
    # Coordinación
    COORDINATION_REFRESH = "coordination.refresh"
    COORDINATION_NEW_TASK = "coordination.new_task"
    # Atención al cliente
    SERVICE_REFRESH = "service.refresh"
    SERVICE_NEW_REQUEST = "service.new_request"  # «Nueva solicitud…» (a phone call taken)
    SERVICE_MOVE_REQUEST = "service.move_request"  # «Mover a…» the chosen request
    SERVICE_REASSIGN_REQUEST = "service.reassign_request"  # «Reasignar…» the chosen request
    # Comunicaciones
    COMMUNICATIONS_REFRESH = "communications.refresh"
    COMMUNICATIONS_SEND_SURVEY = "communications.send_survey"
    COMMUNICATIONS_MAIL_SETTINGS = "communications.mail_settings"
    COMMUNICATIONS_LOG = "communications.log"  # «Registrar contacto…» (a call, a letter…)
    COMMUNICATIONS_CONFIRM = "communications.confirm"  # «Confirmar entrega…» (a pending one)
    # Satisfacción
    SATISFACTION_REFRESH = "satisfaction.refresh"
    # Cuentas
    ACCOUNTS_NEW = "accounts.new"
    ACCOUNTS_EDIT = "accounts.edit"
    ACCOUNTS_DEACTIVATE = "accounts.deactivate"
    ACCOUNTS_REACTIVATE = "accounts.reactivate"
    ACCOUNTS_UNDO = "accounts.undo"
    ACCOUNTS_NEW_CONTACT = "accounts.new_contact"
    ACCOUNTS_NEW_BRAND = "accounts.new_brand"
    ACCOUNTS_CHANGE_LOGO = "accounts.change_logo"
    ACCOUNTS_REMOVE_LOGO = "accounts.remove_logo"
    ACCOUNTS_EXPORT = "accounts.export"
    ACCOUNTS_REFRESH = "accounts.refresh"
    ACCOUNTS_SEARCH = "accounts.search"
    ACCOUNTS_MERGE = "accounts.merge"  # an administrator folds a duplicate in (ui/accounts/merging)
    # Campañas
    CAMPAIGNS_NEW = "campaigns.new"
    CAMPAIGNS_EDIT = "campaigns.edit"
    CAMPAIGNS_BACK = "campaigns.back"
    CAMPAIGNS_SHOW_LIST = "campaigns.show_list"
    CAMPAIGNS_SHOW_BOARD = "campaigns.show_board"
    CAMPAIGNS_EXPORT = "campaigns.export"
    CAMPAIGNS_REFRESH = "campaigns.refresh"
    CAMPAIGNS_SEARCH = "campaigns.search"
    CAMPAIGNS_OF_ACCOUNT = "campaigns.for_account"  # on the account page
    APPROVAL_THRESHOLDS = "approvals.thresholds"
    APPROVAL_DELEGATE = "approvals.delegate"
    # Equipo (the agency)
    TEAM_REASSIGN = "team.reassign"
    TEAM_OPEN_ACCOUNT = "team.open_account"
    TEAM_REFRESH = "team.refresh"
    TEAM_SEARCH = "team.search"
    TEAM_UNDO = "team.undo"
    AGENCY_PROFILE = "agency.profile"
    AGENCY_RATES = "agency.rates"
    # Personas
    PEOPLE_NEW = "people.new"
    PEOPLE_EDIT = "people.edit"
    PEOPLE_DEACTIVATE = "people.deactivate"
    PEOPLE_REACTIVATE = "people.reactivate"
    PEOPLE_NEW_USER = "people.new_user"
    PEOPLE_DISABLE_USER = "people.disable_user"
    PEOPLE_ENABLE_USER = "people.enable_user"
    PEOPLE_RESET_PASSWORD = "people.reset_password"
    PEOPLE_UNLOCK = "people.unlock"
    PEOPLE_NEW_GROUP = "people.new_group"
    PEOPLE_RENAME_GROUP = "people.rename_group"
    PEOPLE_GROUP_DIRECTOR = "people.group_director"
    PEOPLE_MOVE_STAFF = "people.move_staff"
    PEOPLE_MOVE_ACCOUNTS = "people.move_accounts"
    PEOPLE_REFRESH = "people.refresh"
    PEOPLE_SEARCH = "people.search"
    PEOPLE_ACCOUNT_TEAM = "people.account_team"  # on the account page
    # Presentaciones
    DECK_AGENCY = "deck.agency"
    DECK_CAMPAIGN = "deck.campaign"  # on the campaign page

    @classmethod
    def go_to(cls, area: AreaId | str) -> ActionId:
        """Ir a ▸ `area`."""
        return cls(f"go.{area}")


@dataclass(frozen=True)
class ActionSpec:
    id: ActionId
    label: str  # already translated
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    icon: str | None = None  # name of an SVG in resources/icons
    area: AreaId | None = None  # None for window-wide actions
    menu: str = ""  # menu id it belongs to: "file", "edit", "view", "go", "help", or an area
    header: AreaId | None = None  # also a button on that area's record page


class ActionRegistry(QObject):
    """Signals: `registered(spec, action)` for each action as it is registered."""

    registered = Signal(object, object)  # ActionSpec, QAction

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: dict[str, tuple[ActionSpec, QAction]] = {}
        self._offers: list[Callable[[ActionSpec, QAction], None]] = []  # `contributions`

    def register(
        self, spec: ActionSpec, triggered: Callable[[], None], parent: QObject | None = None
    ) -> QAction:
        if spec.id in self._actions:
            raise ValueError(f"action {spec.id} registered twice")
        action = QAction(spec.label, parent or self)
        action.setObjectName(spec.id)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.icon:
            from agencia.ui.resources import icon

            action.setIcon(icon(spec.icon))
        action.triggered.connect(lambda _checked=False: triggered())
        self._actions[spec.id] = (spec, action)
        self.registered.emit(spec, action)
        return action

    def get(self, action_id: ActionId) -> QAction:
        return self._actions[action_id][1]

    def spec(self, action_id: ActionId) -> ActionSpec:
        return self._actions[action_id][0]

    def all(self) -> list[tuple[ActionSpec, QAction]]:
        return list(self._actions.values())

    def for_menu(self, menu: str) -> list[QAction]:
        return [a for s, a in self._actions.values() if s.menu == menu]

    def contributions(self, header: AreaId, add: Callable[[QAction], None]) -> None:
        """Hand `add` every action offered for `header`'s record page: those registered
        already, then each one as it is registered (areas are created one after another)."""
        for spec, action in self._actions.values():
            if spec.header == header:
                add(action)

        def offered(spec: ActionSpec, action: QAction) -> None:
            if spec.header == header:
                add(action)

        self.registered.connect(offered)
        self._offers.append(offered)

    def forget(self, keep: Callable[[ActionSpec], bool]) -> list[QAction]:
        """Drop every action but those `keep` holds to, and every page's wish to hear of
        new ones (signing out: the areas go, the window's own actions stay); returns the
        dropped actions for their owner to delete."""
        for offered in self._offers:
            self.registered.disconnect(offered)
        self._offers.clear()
        dropped = [a for s, a in self._actions.values() if not keep(s)]
        self._actions = {k: (s, a) for k, (s, a) in self._actions.items() if keep(s)}
        return dropped
