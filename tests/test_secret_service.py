"""The bundle's keyring backend (agencia/secret_service.py) against a real Secret Service:
GNOME Keyring on a private session bus, started and stopped by the test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from agencia.secret_service import Keyring

SERVICE = "agencia"


def _owned(address: str) -> bool:
    with open_dbus_connection(address) as connection:
        reply = connection.send_and_get_reply(message_bus.NameHasOwner("org.freedesktop.secrets"))
        return bool(reply.body[0])


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A session bus with an unlocked GNOME Keyring on it; its address."""
    for program in ("dbus-daemon", "gnome-keyring-daemon"):
        assert shutil.which(program), f"{program} is missing: .ci/run installs it"
    home = tmp_path / "home"
    (home / "data").mkdir(parents=True)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(tmp_path),
    }
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1",
         f"--address=unix:path={tmp_path / 'bus'}"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    keyring_daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )  # fmt: skip
    assert keyring_daemon.stdin is not None
    keyring_daemon.stdin.write(b"the keyring's own password")
    keyring_daemon.stdin.close()
    deadline = time.monotonic() + 20
    while not _owned(address):
        assert time.monotonic() < deadline, "GNOME Keyring did not come up"
        time.sleep(0.1)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    try:
        yield address
    finally:
        keyring_daemon.terminate()
        bus.terminate()
        keyring_daemon.wait(10)
        bus.wait(10)
        bus.stdout.close()


def test_a_password_is_kept_read_replaced_and_forgotten(secret_service: str) -> None:
    backend = Keyring()
    assert backend.get_password(SERVICE, "ana@server") is None
    backend.set_password(SERVICE, "ana@server", "contraseña ñ 1")
    assert backend.get_password(SERVICE, "ana@server") == "contraseña ñ 1"
    backend.set_password(SERVICE, "ana@server", "otra")  # replaced, not a second item
    assert backend.get_password(SERVICE, "ana@server") == "otra"
    assert backend.get_password(SERVICE, "luis@server") is None
    backend.delete_password(SERVICE, "ana@server")
    assert backend.get_password(SERVICE, "ana@server") is None


def test_keyring_chooses_it_where_secretstorage_is_not_installed(secret_service: str) -> None:
    # The bundle leaves SecretStorage (and `cryptography`) out: `keyring` must then pick
    # this backend through its entry point, and read what it stored.
    script = (
        "import sys; sys.modules['secretstorage'] = None\n"
        "import keyring\n"
        "print(type(keyring.get_keyring()).__module__)\n"
        "keyring.set_password('agencia', 'luis@server', 'clave')\n"
        "print(keyring.get_password('agencia', 'luis@server'))\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split() == ["agencia.secret_service", "clave"]
    assert Keyring().get_password(SERVICE, "luis@server") == "clave"


def test_it_declines_where_there_is_no_secret_service(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    assert not Keyring.viable
