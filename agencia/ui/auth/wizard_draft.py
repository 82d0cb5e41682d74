"""The first-run wizard's draft: what was typed in it survives a crash (a killed process).

The same mechanism and folder as every form's (`agencia.ui.drafts`): one draft per
database, written a moment after typing pauses, removed once the wizard finishes or the
person discards what it held. Until the agency exists it keeps the agency's and the
administrator's fields — never a password — then only the team list not yet added. The
wizard takes it back when it opens again on that database: from its first step while the
database is empty, at its team step (`FirstRunWizard.resume`) once the agency exists —
start-up reads it (`draft_with_team`) on a worker after an administrator signs in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from agencia.ui import drafts

if TYPE_CHECKING:
    from agencia.services import Database
    from agencia.ui.auth.team_page import TeamPage
    from agencia.ui.auth.wizard import FirstRunWizard

EDITOR = "wizard.first_run"
RECORD = "agency"  # one first run per database
KEPT_FIELDS = (
    "agency_name",
    "legal_name",
    "admin_name",
    "admin_login",
    "admin_email",
)  # no password


def recovered_note() -> str:
    """Said where a draft was taken back."""
    return QCoreApplication.translate(
        "FirstRunWizard", "Se ha recuperado lo que escribió antes de que Agencia se cerrara."
    )


def draft_with_team(db: Database) -> dict[str, Any] | None:
    """The wizard's draft when it holds a team list not yet added, else None. File work:
    start-up calls it on a worker at sign-in and hands the wizard what it read
    (`WizardDraft.hand`), so that nothing reads the file on the GUI thread."""
    content = drafts.store_for(db).read(EDITOR, RECORD)
    if isinstance(content, dict) and isinstance(content.get("team"), dict):
        return content
    return None


PERSON = ("name", "role", "email", "reports_to", "group")  # a listed person's texts


def team_state(page: TeamPage) -> dict[str, Any] | None:
    """The list not yet added and the person being typed, as plain data (None: nothing
    would be lost)."""
    if page.everyone_added:
        return None
    name, email = page.name.text(), page.email.text()
    if not page.entries and not (name.strip() or email.strip()):
        return None
    typed = {
        "name": name,
        "email": email,
        "role": str(page.role.currentData()),
        "feminine": page.feminine.isChecked(),
        "reports_to": page.reports_to.currentText(),
        "group": page.group.currentText(),
    }
    return {"entries": [dict(entry) for entry in page.entries], "typed": typed}


def take_team(page: TeamPage, state: dict[str, Any]) -> None:
    """Put back what `team_state` kept; rows that are not a person's are skipped, never
    guessed."""
    entries = state.get("entries")
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and all(isinstance(entry.get(k), str) for k in PERSON):
            row = entry.get("row")
            page.entries.append(
                {"row": row if isinstance(row, int) else 0, **{k: entry[k] for k in PERSON}}
            )
            if page.reports_to.findText(entry["name"]) < 0:
                page.reports_to.addItem(entry["name"])
            if entry["group"].strip() and page.group.findText(entry["group"]) < 0:
                page.group.addItem(entry["group"])
    typed = state.get("typed")
    if isinstance(typed, dict):
        page.name.setText(str(typed.get("name") or ""))
        page.email.setText(str(typed.get("email") or ""))
        index = page.role.findData(typed.get("role"))
        if index >= 0:
            page.role.setCurrentIndex(index)
        page.feminine.setChecked(bool(typed.get("feminine")))
        page.reports_to.setEditText(str(typed.get("reports_to") or ""))
        page.group.setEditText(str(typed.get("group") or ""))
    page.check()


class WizardDraft(QObject):
    """The draft of `wizard`: written a moment after each `note()`, taken back once when
    it first shows (`take_back`), dropped when it is done with (`forget`)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        db = getattr(wizard.ops, "db", None)
        self._store = drafts.store_for(db) if db is not None else None
        self._team: dict[str, Any] | None = None  # taken back, waiting for the agency
        self._handed: dict[str, Any] | None = None  # read on a worker (`hand`)
        self._taken = False
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(drafts.DEBOUNCE_MS)
        self._timer.timeout.connect(self.sync)

    def note(self) -> None:
        """Something typed changed: keep it once typing pauses."""
        if not self._closed:
            self._timer.start()

    def content(self) -> dict[str, Any] | None:
        """What a crash must not lose (None: nothing): the first steps' fields until the
        agency exists, and the team list not yet added."""
        wizard = self.wizard
        content: dict[str, Any] = {}
        if not wizard.agency_created and wizard.typed():
            edits = wizard.edits()
            content["fields"] = {**{n: edits[n].text() for n in KEPT_FIELDS}, **wizard.chosen()}
        team = team_state(wizard.team_page) or self._team
        if team:
            content["team"] = team
        return content or None

    def sync(self) -> None:
        if self._store is None or self._closed:
            return
        content = self.content()
        if content:
            title = QCoreApplication.translate(
                "FirstRunWizard", "Configuración inicial de la agencia"
            )
            self._store.write(EDITOR, RECORD, title, content)
        else:
            self._store.remove(EDITOR, RECORD)

    def hand(self, content: dict[str, Any]) -> None:
        """The draft as start-up's worker read it (`draft_with_team`): taken back as the
        wizard first shows, without reading the file again on the GUI thread."""
        self._handed = content

    def take_back(self) -> None:
        """Once, as the wizard first shows: the fields while the agency does not exist,
        the team list once it does (now, or when it is created)."""
        if self._taken or self._store is None:
            return
        self._taken = True
        content = self._handed
        if content is None:
            content = self._store.read(EDITOR, RECORD)
        if not isinstance(content, dict):
            return
        fields = content.get("fields")
        if isinstance(fields, dict) and not self.wizard.agency_created:
            self._take_fields(fields)
        team = content.get("team")
        if isinstance(team, dict):
            self._team = team
            self.agency_created()

    def _take_fields(self, fields: dict[str, Any]) -> None:
        wizard = self.wizard
        for key, box in (("locale", wizard.locale_box), ("currency", wizard.currency_box)):
            index = box.findData(fields.get(key))
            if index >= 0:
                box.setCurrentIndex(index)  # the locale first: it picks its currency
        edits = wizard.edits()
        for name in KEPT_FIELDS:
            value = fields.get(name)
            if isinstance(value, str):
                edits[name].setText(value)
        from agencia.domain.logins import suggest_login

        login = wizard.admin_login.text()
        wizard.follow_login(not login or login == suggest_login(wizard.admin_name.text()))
        wizard.agency_page.note.setText(recovered_note())
        wizard.agency_page.note.show()

    def agency_created(self) -> None:
        """The first steps are saved: the draft keeps only the team from now on, and a
        team list taken back goes into the page (its administrator adds it)."""
        team = self._team
        if team is not None and self.wizard.agency_created:
            self._team = None
            take_team(self.wizard.team_page, team)
            self.wizard.team_page.show_note(recovered_note())
        self.note()

    def forget(self) -> None:
        """Finished or discarded: no draft, and no later edit writes one again."""
        self._closed = True
        self._timer.stop()
        if self._store is not None:
            self._store.remove(EDITOR, RECORD)
