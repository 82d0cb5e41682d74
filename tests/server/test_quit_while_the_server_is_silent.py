"""Quitting while the server does not answer: the window leaves at once and cleanly.

The listener of other workstations' changes (`ui/shell/remote.py`) is cut off
(`pg_terminate_backend`) while the server takes new connections but never answers them
(a relay in front of the real server that holds them silent, as a server behind a
network gone quiet does): the listener is then blocked connecting, up to its connect
timeout. Quitting must not wait for it, and nothing it does afterwards may reach the
window that is gone (no traceback, no message at exit).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from pathlib import Path

from pytestqt.qtbot import QtBot
from server_world import PASSWORD, ServerAgency, window_process

from agencia.db.database import open_database
from agencia.services.auth import sign_in
from agencia.ui.ops import Operations
from agencia.ui.shell.remote import RemoteChanges


class SilentRelay:
    """A TCP relay to the real server; once `silence()`d, the connections it accepts
    after that are held open and never answered (those made before go on working)."""

    def __init__(self, port: int) -> None:
        self._target = ("127.0.0.1", port)
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._silent = threading.Event()
        self.held = 0  # connections accepted while silent, never answered
        self._lock = threading.Lock()
        self._closed = False
        self._open: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            with self._lock:
                if self._closed:
                    client.close()
                    return
                self._open.append(client)
                if self._silent.is_set():
                    self.held += 1
                    continue  # held: accepted, answered by nobody
                upstream = socket.create_connection(self._target)
                self._open.append(upstream)
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(a: socket.socket, b: socket.socket) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        for s in (a, b):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def silence(self) -> None:
        self._silent.set()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._server.close()
            for s in self._open:
                s.close()


def _listeners(server_agency: ServerAgency, *, terminate: bool = False) -> int:
    """The listeners connected to the agency's database (terminated, if asked)."""
    call = "pg_terminate_backend(pid)" if terminate else "pid"
    with server_agency.owner.writer.connect() as conn:
        found = conn.exec_driver_sql(
            f"SELECT {call} FROM pg_stat_activity WHERE application_name = 'agencia-listener' "
            "AND datname = current_database()"
        ).all()
        conn.commit()
    return len(found)


def _wait_for_listener(server_agency: ServerAgency) -> None:
    deadline = time.monotonic() + 30
    while _listeners(server_agency) == 0:
        assert time.monotonic() < deadline, "the listener never connected"
        time.sleep(0.1)


def _cut_off(server_agency: ServerAgency, relay: SilentRelay) -> None:
    """The server stops answering new connections; the listener's is ended: it is now
    connecting to a server that does not answer (the relay holds its new connection)."""
    relay.silence()
    assert _listeners(server_agency, terminate=True) == 1
    deadline = time.monotonic() + 30
    while not relay.held:
        assert time.monotonic() < deadline, "the listener never tried again"
        time.sleep(0.05)


def test_stopping_does_not_wait_for_a_listener_the_server_leaves_hanging(
    qtbot: QtBot, server_agency: ServerAgency
) -> None:
    relay = SilentRelay(server_agency.url.port or 5432)
    db = open_database(server_agency.url.set(port=relay.port))  # as a workstation does
    try:
        ops = Operations(db, sign_in(db, "pablo", PASSWORD))
        remote = RemoteChanges(ops)
        heard: list[bool] = []
        with qtbot.waitSignal(remote.connection_changed, timeout=15000) as connected:
            assert remote.start()
        assert connected.args == [True]
        remote.connection_changed.connect(heard.append)
        thread = remote._thread
        assert thread is not None
        _wait_for_listener(server_agency)
        _cut_off(server_agency, relay)
        qtbot.waitUntil(lambda: heard == [False], timeout=5000)  # the status bar was told

        remote.stop()
        # stop() returned while the listener still hangs in its connect (up to its 5 s
        # timeout): it did not wait for the server that does not answer
        assert thread.is_alive()
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10000)  # it ends by itself
        qtbot.wait(100)
        assert heard == [False]  # and said nothing once stopped
        ops.shutdown()
    finally:
        db.close()
        relay.close()


_QUIT_WHEN_TOLD = """
def on_ready(window, startup):
    print("ready", flush=True)
    sys.stdin.readline()  # the test has cut the listener off: quitting now
"""
# the window left while its listener still hangs connecting: it did not wait for it
_LISTENER_AT_EXIT = """
import threading
hanging = any(t.name == "agencia-remote-changes" for t in threading.enumerate())
print(f"listener still connecting at the end: {hanging}", flush=True)
"""


def test_the_window_quits_at_once_while_the_server_is_silent(
    server_agency: ServerAgency, tmp_path: Path
) -> None:
    relay = SilentRelay(server_agency.url.port or 5432)
    url = server_agency.url.set(port=relay.port)
    try:
        with window_process(
            url, "pablo", tmp_path, _QUIT_WHEN_TOLD, at_exit=_LISTENER_AT_EXIT
        ) as window:
            assert window.stdout is not None and window.stdin is not None
            assert window.stdout.readline().strip() == "ready"
            _wait_for_listener(server_agency)
            _cut_off(server_agency, relay)
            window.stdin.write("\n")
            window.stdin.flush()
            out, err = window.communicate(timeout=60)
    finally:
        relay.close()
    assert window.returncode == 0, err
    assert "listener still connecting at the end: True" in out, out
    for sign in ("Traceback", "Exception in thread", "Fatal Python error", "RuntimeError"):
        assert sign not in err, err
