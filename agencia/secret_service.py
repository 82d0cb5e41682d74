"""The Linux system keyring (the freedesktop Secret Service) without `cryptography`.

Why: `keyring`'s own Secret Service backend goes through SecretStorage, which needs the
`cryptography` wheel (12 MB of Rust and OpenSSL) only to encrypt the secret on its way
over the person's own session bus. The installed bundle leaves both out to stay small
(installer/README.md) and uses this backend instead: the same D-Bus calls through
`jeepney`, with the Secret Service's "plain" transfer, which the specification allows
and which adds nothing another process of the same person could not already read.

`keyring` finds it through the `keyring.backends` entry point (pyproject.toml). Its
priority is just below SecretStorage's, so where SecretStorage is installed (the
development install) nothing changes; where it is not, passwords still go to GNOME
Keyring, KWallet or KeePassXC, never to a file. Secrets are found by `service` and
`username`, the attributes `keyring` itself uses, so either backend reads the other's.
"""

from __future__ import annotations

from typing import Any

from jeepney import DBusAddress, MatchRule, Message, MessageType, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import KeyringLocked, PasswordDeleteError, PasswordSetError

_BUS_NAME = "org.freedesktop.secrets"
_SERVICE = DBusAddress(
    "/org/freedesktop/secrets", bus_name=_BUS_NAME, interface="org.freedesktop.Secret.Service"
)
_PROMPT_SECONDS = 120  # the person may have to type the keyring's password first
_CALL_SECONDS = 10


class SecretServiceError(RuntimeError):
    """The Secret Service answered with an error, or not at all."""


def _call(connection: DBusConnection, message: Message) -> tuple[Any, ...]:
    reply = connection.send_and_get_reply(message, timeout=_CALL_SECONDS)
    if reply.header.message_type == MessageType.error:
        name = reply.header.fields.get(4, "error")  # HeaderFields.error_name
        raise SecretServiceError(f"{name}: {reply.body[0] if reply.body else ''}")
    return tuple(reply.body)


def _address(path: str, interface: str) -> DBusAddress:
    return DBusAddress(path, bus_name=_BUS_NAME, interface=f"org.freedesktop.Secret.{interface}")


class _Session:
    """One connection and one "plain" session with the Secret Service."""

    def __init__(self) -> None:
        self.connection = open_dbus_connection("SESSION")
        try:
            _, self.path = _call(
                self.connection,
                new_method_call(_SERVICE, "OpenSession", "sv", ("plain", ("s", ""))),
            )
        except BaseException:
            self.connection.close()
            raise

    def __enter__(self) -> _Session:
        return self

    def __exit__(self, *_: object) -> None:
        self.connection.close()

    def call(
        self, address: DBusAddress, method: str, signature: str = "", *body: Any
    ) -> tuple[Any, ...]:
        return _call(self.connection, new_method_call(address, method, signature or None, body))

    def prompt(self, path: str) -> Any:
        """Let the Secret Service ask the person (e.g. to unlock); its result, or None
        when they dismissed it."""
        if path == "/":
            return None
        rule = MatchRule(
            type="signal", interface="org.freedesktop.Secret.Prompt", member="Completed", path=path
        )
        with self.connection.filter(rule) as queue:
            _call(self.connection, message_bus.AddMatch(rule))
            self.call(_address(path, "Prompt"), "Prompt", "s", "")
            signal = self.connection.recv_until_filtered(queue, timeout=_PROMPT_SECONDS)
        dismissed, (_, result) = signal.body
        return None if dismissed else result

    def find(self, service: str, username: str) -> str | None:
        """The path of the item for (service, username), unlocked, or None."""
        attributes = {"service": service, "username": username}
        unlocked, locked = self.call(_SERVICE, "SearchItems", "a{ss}", attributes)
        if unlocked:
            return str(unlocked[0])
        if not locked:
            return None
        opened, prompt = self.call(_SERVICE, "Unlock", "ao", locked[:1])
        if not opened and self.prompt(prompt) is None:
            raise KeyringLocked("the system keyring stayed locked")
        return str(locked[0])

    def collection(self) -> str:
        """The default collection ("login" on most desktops), unlocked."""
        (path,) = self.call(_SERVICE, "ReadAlias", "s", "default")
        if path == "/":
            raise PasswordSetError("the system keyring has no default collection")
        opened, prompt = self.call(_SERVICE, "Unlock", "ao", [path])
        if not opened and self.prompt(prompt) is None:
            raise KeyringLocked("the system keyring stayed locked")
        return str(path)


class Keyring(KeyringBackend):
    """`keyring` backend: the Secret Service over D-Bus, "plain" transfer (see module)."""

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]

    @classmethod
    def _viable(cls) -> bool:
        try:
            with open_dbus_connection("SESSION") as connection:
                (owned,) = _call(connection, message_bus.NameHasOwner(_BUS_NAME))
                if owned:
                    return True
                (names,) = _call(connection, message_bus.ListActivatableNames())
                return _BUS_NAME in names
        except Exception:  # no session bus (a server, a container): not usable here
            return False

    @properties.classproperty
    def priority(cls) -> float:
        if not cls._viable():
            raise RuntimeError("no Secret Service on the session bus")
        return 4.9  # SecretStorage's backend is 5: it wins where it is installed

    def get_password(self, service: str, username: str) -> str | None:
        with _Session() as session:
            item = session.find(service, username)
            if item is None:
                return None
            (secrets,) = session.call(_SERVICE, "GetSecrets", "aoo", [item], session.path)
            _, _, value, _ = secrets[item]
            return bytes(value).decode("utf-8")

    def set_password(self, service: str, username: str, password: str) -> None:
        with _Session() as session:
            collection = session.collection()
            properties = {
                "org.freedesktop.Secret.Item.Label": ("s", f"Agencia: {username}"),
                "org.freedesktop.Secret.Item.Attributes": (
                    "a{ss}",
                    {"service": service, "username": username, "application": "agencia"},
                ),
            }
            secret = (session.path, b"", password.encode("utf-8"), "text/plain; charset=utf8")
            item, prompt = session.call(
                _address(collection, "Collection"),
                "CreateItem",
                "a{sv}(oayays)b",
                properties,
                secret,
                True,
            )
            if item == "/" and session.prompt(prompt) is None:
                raise PasswordSetError("the system keyring did not keep the password")

    def delete_password(self, service: str, username: str) -> None:
        with _Session() as session:
            item = session.find(service, username)
            if item is None:
                raise PasswordDeleteError("no such password in the system keyring")
            (prompt,) = session.call(_address(item, "Item"), "Delete")
            session.prompt(prompt)
