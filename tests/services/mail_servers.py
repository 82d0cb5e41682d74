"""Real mail servers on loopback for the mail tests: Dovecot (IMAP) and aiosmtpd (SMTP).

Dovecot is Debian's `dovecot-imapd`, started as its own process with a generated
configuration in a temporary directory (plain IMAP on a free port of 127.0.0.1, a
passwd-file with one mailbox, Maildir storage), as tests/pg_server.py does for
PostgreSQL. Mail processes never run as root: as root, the mailbox belongs to `nobody`.
The SMTP server is aiosmtpd with STARTTLS (a certificate made with openssl for the
session) and AUTH; what it accepts is delivered into the Dovecot mailbox's Maildir, so a
message sent by the app can be read back over IMAP.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DOVECOT = "/usr/sbin/dovecot"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(port: int, seconds: float = 15) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port}")


@dataclass
class Dovecot:
    """One throwaway IMAP server with the mailbox `user` / `password`."""

    root: Path
    port: int
    user: str = "servicio"
    password: str = "clave-de-prueba"
    uid: int = 0
    gid: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def maildir(self) -> Path:
        return self.root / "mail" / self.user

    def deliver(self, raw: bytes) -> None:
        """Put a message in the mailbox the way a delivery agent does (tmp/ then new/)."""
        name = f"{time.time_ns()}.{uuid.uuid4().hex}.agencia"
        temporary = self.maildir / "tmp" / name
        temporary.write_bytes(raw)
        os.chown(temporary, self.uid, self.gid)
        temporary.rename(self.maildir / "new" / name)

    def stop(self) -> None:
        if self.process is not None:
            # Dovecot takes seconds to shut down politely; it holds nothing worth keeping,
            # so its whole process group (master, auth, logins) goes at once.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)
        shutil.rmtree(self.root, ignore_errors=True)


def dovecot_available() -> bool:
    return os.access(DOVECOT, os.X_OK)


def start_dovecot(tls: Path | None = None, user: str = "", password: str = "") -> Dovecot:
    """Dovecot on loopback; with `tls` (a folder), STARTTLS with that folder's certificate
    (the one `start_smtp` uses from the same folder), for settings that name one security
    for both servers; `user` and `password` replace the default account."""
    root = Path(tempfile.mkdtemp(prefix="agencia-dovecot-"))
    os.chmod(root, 0o755)
    if os.getuid() == 0:
        owner = pwd.getpwnam("nobody")
        login_user, internal_user = "dovenull", "dovecot"
    else:
        owner = pwd.getpwuid(os.getuid())
        login_user = internal_user = owner.pw_name
    server = Dovecot(root, _free_port(), uid=owner.pw_uid, gid=owner.pw_gid)
    server.user = user or server.user
    server.password = password or server.password
    ssl_lines = "ssl = no"
    if tls is not None:
        cert, key = _certificate(tls)
        ssl_lines = f"ssl = yes\nssl_cert = <{cert}\nssl_key = <{key}"
    for sub in ("run", "state", "home"):
        (root / sub).mkdir()
    for sub in ("cur", "new", "tmp"):
        (server.maildir / sub).mkdir(parents=True)
    for path in (
        root / "mail",
        server.maildir,
        *(server.maildir / s for s in ("cur", "new", "tmp")),
    ):
        os.chown(path, owner.pw_uid, owner.pw_gid)
    os.chown(root / "home", owner.pw_uid, owner.pw_gid)
    (root / "users").write_text(f"{server.user}:{{PLAIN}}{server.password}\n")
    conf = root / "dovecot.conf"
    conf.write_text(
        f"""
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
{ssl_lines}
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u
first_valid_uid = {owner.pw_uid}
last_valid_uid = {owner.pw_uid}
default_login_user = {login_user}
default_internal_user = {internal_user}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={owner.pw_uid} gid={owner.pw_gid} home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {server.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
"""
    )
    server.process = subprocess.Popen(
        [DOVECOT, "-F", "-c", str(conf)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        _wait_for(server.port)
    except RuntimeError:
        log = (root / "dovecot.log").read_text() if (root / "dovecot.log").exists() else ""
        server.stop()
        raise RuntimeError(f"Dovecot did not start: {log[-2000:]}") from None
    return server


@dataclass
class Smtp:
    """aiosmtpd on loopback with STARTTLS and AUTH, delivering into `mailbox`."""

    port: int
    client_context: ssl.SSLContext
    user: str = "agencia"
    password: str = "envio-de-prueba"
    received: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    controller: Any = None

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 in `folder` (made once per folder)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    if cert.exists() and key.exists():
        return cert, key
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


def start_smtp(mailbox: Dovecot | None, folder: Path, user: str = "", password: str = "") -> Smtp:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    cert, key = _certificate(folder)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    client_context = ssl.create_default_context(cafile=str(cert))
    smtp = Smtp(_free_port(), client_context)
    smtp.user = user or smtp.user
    smtp.password = password or smtp.password

    class Deliver:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            raw = envelope.original_content or envelope.content
            smtp.received.append((envelope.mail_from, list(envelope.rcpt_tos), raw))
            if mailbox is not None:
                mailbox.deliver(raw)
            return "250 OK"

    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        ok = (
            isinstance(data, LoginPassword)
            and data.login.decode() == smtp.user
            and data.password.decode() == smtp.password
        )
        return AuthResult(success=ok, handled=False)  # False: aiosmtpd answers 535 itself

    smtp.controller = Controller(
        Deliver(),
        hostname="127.0.0.1",
        port=smtp.port,
        tls_context=server_context,
        require_starttls=True,
        authenticator=authenticate,
        auth_require_tls=True,
        # smtplib sends LOGIN's user name with the command, which aiosmtpd does not take
        # (it would wait for it): PLAIN only
        auth_exclude_mechanism=["LOGIN"],
    )
    smtp.controller.start()
    return smtp
