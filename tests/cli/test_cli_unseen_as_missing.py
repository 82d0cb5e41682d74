"""Every command that takes an account's, a campaign's, a service request's or a client
contact's ID (or a meeting report's) answers alike for one that does not exist and one
the person may not see (another group's account, or what is on it): «No existe…», exit
1 — so that nobody learns from the command line which IDs exist (as `account show`
does). A tester found lists that answered «No hay…» (exit 0) and refusals that said the
account or campaign was not theirs; a sweep of the parsers found the same in `mail
import --account`, `improvements task --campaign`, the `request` actions, `surveys …
--contact` and `deck meeting`; later, `communications confirm` («not your group») and
`vendor rate --job` («already rated»). Each case failed before its fix; each is a test
of its own."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from cli_support import accounts, campaigns, run

TRAINEE = "pabloh"  # Becario de Cuentas, Gran Consumo: sees only the accounts he is on
DIRECTOR = "demo"  # Directora de Cuentas, Gran Consumo: manages its improvement actions
OTHER_DIRECTOR = "andresm"  # Director de Cuentas, Servicios y Tecnología: no requests
ADMIN = "rosav"  # sees every account
MISSING = "999999"
MAIL = "From: a@example.com\nTo: b@example.com\nSubject: Hola\n\nHola.\n"

# What a missing record of each kind reads as: the placeholder in the command names it.
MISSING_WORDS = {
    "account": "No existe la cuenta {id}.\n",
    "campaign": "No existe la campaña {id}.\n",
    "request": "No existe la solicitud {id}.\n",
    "contact": "No existe el contacto {id}.\n",
    "meeting": "No existe el acta {id}.\n",  # a campaign's meeting report
    "task": "No existe la tarea {id}.\n",  # a campaign's task
    "step": "No existe el próximo paso {id}.\n",  # a meeting report's next step
    "improvement": "No existe la acción de mejora {id}.\n",  # an account's
    "communication": "No existe el contacto {id}.\n",  # the log's: a call, a letter…
    "job": "No existe el trabajo {id}.\n",  # a vendor's, on a campaign
}
# Where a campaign's tasks and next steps are (no list shows a next step's ID).
ON_CAMPAIGN = {
    "task": "SELECT id, campaign_id FROM tasks ORDER BY id",
    "step": "SELECT s.id, m.campaign_id FROM meeting_next_steps s"
    " JOIN meeting_reports m ON m.id = s.meeting_id ORDER BY s.id",
    "job": "SELECT id, campaign_id FROM vendor_jobs ORDER BY id",
}
# Where an account's improvement actions and logged contacts are.
_ON_ACCOUNT = {
    "improvement": "SELECT id, account_id FROM improvement_actions ORDER BY id",
    "communication": "SELECT id, account_id FROM communications ORDER BY id",
}
JUNIOR = "diegom"  # Ejecutivo de Cuentas Junior: rates suppliers, sees his accounts

# (the command, with {account}, {campaign}, {request} or {contact} where the ID goes;
# who runs it). Commands a trainee's role refuses before any ID is read run as someone
# whose role allows them, on what that person does not see.
CASES: list[tuple[str, str]] = [
    ("account show {account}", TRAINEE),
    ("requests list --account {account}", TRAINEE),
    ("communications list --account {account}", TRAINEE),
    ("mail import {mail} --account {account}", TRAINEE),
    ("mail import {mail} --account {account}", DIRECTOR),
    ("vcards {account} --out {out}", TRAINEE),
    ("contact add {account} Nombre", TRAINEE),
    ("campaigns list --account {account}", TRAINEE),
    ("improvements list --account {account}", TRAINEE),
    ("report sla --account {account} --format csv --out {out}", TRAINEE),
    ("report satisfaction --account {account} --format csv --out {out}", TRAINEE),
    ("accounts health --account {account}", TRAINEE),
    ("accounts health --history --account {account}", TRAINEE),
    ("satisfaction health --account {account}", TRAINEE),
    ("request add --account {account} Asunto", TRAINEE),
    ("campaign add --account {account} --name Campaña", TRAINEE),
    ("team add {account} 9", TRAINEE),
    ("team remove {account} 9", TRAINEE),
    ("team lead {account} 9", TRAINEE),
    ("deck agency --for {account} --out {out}", TRAINEE),
    ("tasks list --campaign {campaign}", TRAINEE),
    ("meetings list --campaign {campaign}", TRAINEE),
    ("calendar export --campaign {campaign} --out {out}", TRAINEE),
    ("campaign show {campaign}", TRAINEE),
    ("task add --campaign {campaign} --title T --start 2026-01-05 --due 2026-01-09", TRAINEE),
    ("improvements task 1 --campaign {campaign}", DIRECTOR),  # action 1: her group's
    ("improvements task {improvement} --campaign {own_campaign}", OTHER_DIRECTOR),
    ("deck campaign {campaign} --out {out}", TRAINEE),
    ("deck brief {campaign} --out {out}", TRAINEE),
    ("deck contrabrief {campaign} --out {out}", TRAINEE),
    ("deck approvals {campaign} --out {out}", TRAINEE),
    ("deck meeting {meeting} --out {out}", TRAINEE),
    ("task status {task} done", TRAINEE),
    ("task move {task} --start 2026-01-05", TRAINEE),
    ("task from-step {step}", TRAINEE),
    ("request show {request}", TRAINEE),
    ("request move {request} in_progress", TRAINEE),
    ("request move {request} in_progress", OTHER_DIRECTOR),
    ("request reassign {request} 9", TRAINEE),
    ("request reassign {request} 12", OTHER_DIRECTOR),
    ("request campaign {request}", TRAINEE),
    ("request task {request}", TRAINEE),
    ("contact edit {contact} --name Otro", TRAINEE),
    ("vcards {own} --contact {contact} --out {out}", TRAINEE),
    ("surveys questionnaire 1 --contact {contact} --out {out}", TRAINEE),
    ("surveys questionnaire 1 --contact {contact} --out {out}", DIRECTOR),
    ("surveys import {pdf} --contact {contact}", TRAINEE),
    ("surveys send 1 --contact {contact}", TRAINEE),
    ("communications confirm {communication} --delivered", TRAINEE),
    ("vendor rate 1 --score 4 --job {job}", JUNIOR),  # job 1 is supplier 1's
]


def _kind(command: str) -> str:
    return next(k for k in MISSING_WORDS if "{" + k + "}" in command)


def _ids(rows: list[dict[str, Any]], key: str = "id") -> set[int]:
    return {int(r[key]) for r in rows}


def _unseen(capsys: pytest.CaptureFixture[str], url: str, user: str, kind: str) -> str:
    """A record of `kind` on an account `user` does not see (the administrator sees it)."""
    seen = _ids(accounts(capsys, url, "--user", user))
    if kind in ("campaign", "meeting", "task", "step", "job"):
        every = campaigns(capsys, url, "--user", ADMIN)
        unseen = [str(r["id"]) for r in every if r["account_id"] not in seen]
        if kind == "campaign":
            return unseen[0]
        if kind == "meeting":
            return next(m for c in unseen for m in _meetings(capsys, url, c))
        with closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as db:
            return next(str(i) for i, c in db.execute(ON_CAMPAIGN[kind]) if str(c) in unseen)
    if kind in _ON_ACCOUNT:
        with closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as db:
            rows = db.execute(_ON_ACCOUNT[kind])
            return next(str(i) for i, a in rows if a is not None and a not in seen)
    account = next(i for i in sorted(_ids(accounts(capsys, url, "--user", ADMIN))) if i not in seen)
    if kind == "account":
        return str(account)
    if kind == "request":
        status, out, err = run(
            capsys, "requests", "list", "--format", "json", "--db", url, "--user", ADMIN
        )
        assert (status, err) == (0, "")
        return str(next(r["id"] for r in _rows(out) if r["account_id"] not in seen))
    status, out, err = run(
        capsys, "account", "show", str(account), "--format", "json", "--db", url, "--user", ADMIN
    )
    assert (status, err) == (0, "")
    return str(_rows(out)["contacts"][0]["id"])


def _meetings(capsys: pytest.CaptureFixture[str], url: str, campaign: str) -> list[str]:
    argv = ("meetings", "list", "--campaign", campaign, "--format", "json")
    status, out, err = run(capsys, *argv, "--db", url, "--user", ADMIN)
    assert (status, err) == (0, "")
    return [str(r["id"]) for r in _rows(out)]


def _rows(out: str) -> Any:
    import json

    return json.loads(out)


@pytest.mark.parametrize(
    ("command", "user"), CASES, ids=[f"{c} ({u})" if u != TRAINEE else c for c, u in CASES]
)
def test_an_unseen_record_reads_as_a_missing_one(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path, command: str, user: str
) -> None:
    kind = _kind(command)
    unseen = _unseen(capsys, demo_url, user, kind)
    out = tmp_path / "out.file"
    mail = tmp_path / "in.eml"
    mail.write_text(MAIL, encoding="utf-8")
    pdf = tmp_path / "answers.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")  # never read: the contact is asked about first
    own = str(min(_ids(accounts(capsys, demo_url, "--user", user))))
    own_campaign = next(  # one the person sees, if the command needs it
        (str(r["id"]) for r in campaigns(capsys, demo_url, "--user", user)), ""
    )

    def ask(id_: str) -> tuple[int, str, str]:
        words = {kind: id_, "out": out, "mail": mail, "pdf": pdf, "own": own}
        words |= {"own_campaign": own_campaign}
        argv = [w.format(**words) for w in command.split()]
        return run(capsys, *argv, "--db", demo_url, "--user", user)

    said = MISSING_WORDS[kind]
    assert ask(MISSING) == (1, "", said.format(id=MISSING))
    assert ask(unseen) == (1, "", said.format(id=unseen))
    assert not out.exists()


def test_what_the_person_sees_but_may_not_change_keeps_its_reason(
    capsys: pytest.CaptureFixture[str], demo_url: str
) -> None:
    """A trainee's own account: the refusal names the role, not a missing account."""
    own = str(accounts(capsys, demo_url, "--user", TRAINEE)[0]["id"])
    status, out, err = run(capsys, "team", "add", own, "9", "--db", demo_url, "--user", TRAINEE)
    assert (status, out) == (1, "")
    assert err.startswith("Su rol (") and "No existe" not in err, err
