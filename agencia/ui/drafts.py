"""Drafts that survive a crash: what an editor holds unsaved, one small JSON file each.

While a person types, each editor writes what it holds (debounced) to a file in the user's
data folder — never inside the database, which may be refusing writes or gone — keyed by
the database, the person signed in, the editor and the record. A draft is removed once its
edits are saved or discarded, so the drafts found at start-up are what a crash (or a killed
process) left behind: the window offers them back (`agencia.ui.shell.drafts_offer`), and an
editor that opens the same record takes its draft back (`DraftStore.read`).

Several people may sign in on one computer account, so one data folder: each person's
drafts are their own (`sign_in`), found, taken back and discarded only by them — another's
would come back into the wrong hands, or be dropped by someone who cannot restore them.
Before anyone signs in (the first-run wizard) a draft belongs to nobody: only the editor
that wrote it takes it back.

Drafts written before they were per person have no `person` in their file: nothing says
whose they are, and the folder may be shared. Rather than lose them or show them to
whoever signs in first, they go to the first administrator who signs in on that database
(who may see every record they could be about): their list adopts them (`left_behind`),
and from then on they are that administrator's, offered, taken back and discarded as their
own. Until an administrator signs in they stay on disk, seen by nobody. The first run's
draft (a `wizard.` editor) is not adopted: it stays nobody's, for the wizard.

Each file is written whole or not at all (`write_atomically`: a temporary file renamed);
a file that cannot be read is left where it is and skipped, never deleted unseen.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import json
import logging
import weakref
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agencia.services.files import write_atomically

if TYPE_CHECKING:
    from agencia.domain.actor import Actor
    from agencia.services import Database

log = logging.getLogger(__name__)

FORMAT = 1
WIZARD_EDITORS = "wizard."  # a wizard's drafts: nobody's, never adopted
DEBOUNCE_MS = 600  # how long typing pauses before the draft is written


def default_folder() -> Path:
    """Beside the default database, in the user's data folder."""
    from platformdirs import user_data_path

    return user_data_path("agencia", appauthor=False) / "drafts"


# -- what a draft may hold -----------------------------------------------------------------
def encode(value: Any) -> Any:
    """`value` as JSON: text, numbers, dates, decimals, our enums and dataclasses, tuples."""
    if isinstance(value, Enum):  # before str: our enums are StrEnums
        return {"$": "enum", "t": _type_name(type(value)), "v": value.value}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        return {"$": "decimal", "v": str(value)}
    if isinstance(value, datetime):
        return {"$": "datetime", "v": value.isoformat()}
    if isinstance(value, date):
        return {"$": "date", "v": value.isoformat()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"$": "dataclass", "t": _type_name(type(value)), "v": fields}
    if isinstance(value, tuple):
        return {"$": "tuple", "v": [encode(v) for v in value]}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {"$": "dict", "v": [[encode(k), encode(v)] for k, v in value.items()]}
    raise TypeError(f"a draft cannot hold {type(value).__name__}")


def decode(data: Any) -> Any:
    """What `encode` wrote; types are looked up only among Agencia's own modules."""
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict):
        return data
    tag: Any = data.get("$")
    value: Any = data.get("v")
    if tag == "decimal":
        return Decimal(value)
    if tag == "datetime":
        return datetime.fromisoformat(value)
    if tag == "date":
        return date.fromisoformat(value)
    if tag == "tuple":
        return tuple(decode(v) for v in value)
    if tag == "dict":
        return {decode(k): decode(v) for k, v in value}
    if tag == "enum":
        return _type(data["t"])(value)
    if tag == "dataclass":
        return _type(data["t"])(**{k: decode(v) for k, v in value.items()})
    raise ValueError(f"unknown draft value {tag!r}")


def _type_name(kind: type) -> str:
    return f"{kind.__module__}:{kind.__qualname__}"


def _type(name: str) -> Any:
    module, _, qualname = name.partition(":")
    if not module.startswith("agencia."):
        raise ValueError(f"a draft names a foreign type: {name}")
    found: Any = importlib.import_module(module)
    for part in qualname.split("."):
        found = getattr(found, part)
    return found


# -- the store -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Draft:
    """One draft left in the folder. `record` is the record's id as text (or the form's
    own key); `area` and `record` say where to reopen it, when the editor is a page's."""

    path: Path
    editor: str
    record: str
    title: str
    area: str
    saved_at: datetime
    content: Any  # as stored (still encoded)
    person: str = ""  # whose it is (`person_of`); "" written before anyone signed in

    def record_id(self) -> int | None:
        return int(self.record) if self.record.isdigit() else None


class DraftStore:
    """The drafts of one database (`database`: its file or server, without password) and
    one person (`person`: `person_of`; "" for nobody signed in): it never reads, lists or
    removes a draft of anyone else."""

    def __init__(
        self,
        database: str,
        folder: Path | None = None,
        person: str = "",
        *,
        adopts_legacy: bool = False,
    ) -> None:
        self.database = database
        self.folder = folder or default_folder()
        self.person = person
        # an administrator's: drafts from before drafts were per person become theirs
        self.adopts_legacy = adopts_legacy and bool(person)

    def path_for(self, editor: str, record: object) -> Path:
        key = f"{self.database}\n{editor}\n{record}"
        if self.person:  # nobody's keep the key they always had (the first run's)
            key += f"\nperson:{self.person}"
        return self.folder / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.json"

    def write(self, editor: str, record: object, title: str, content: Any, area: str = "") -> bool:
        """Keep `content` as the draft of `editor` on `record`; False when it could not be
        written (a full disk: the edits are still in the editor, nothing else breaks)."""
        document = {
            "format": FORMAT,
            "database": self.database,
            "person": self.person,
            "editor": editor,
            "record": str(record),
            "title": title,
            "area": area,
            "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "content": encode(content),
        }
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
            write_atomically(self.path_for(editor, record), data)
        except (OSError, TypeError, ValueError):
            log.warning("the draft of %s %s could not be written", editor, record, exc_info=True)
            return False
        return True

    def read(self, editor: str, record: object) -> Any | None:
        """The content of the draft of `editor` on `record`, or None."""
        draft = self._load(self.path_for(editor, record))
        if draft is None:
            return None
        try:
            return decode(draft.content)
        except (ValueError, TypeError, KeyError, AttributeError, ImportError, ArithmeticError):
            log.warning("the draft %s cannot be read back", draft.path, exc_info=True)
            return None

    def exists(self, editor: str, record: object) -> bool:
        return self.path_for(editor, record).exists()

    def remove(self, editor: str, record: object) -> None:
        self._unlink(self.path_for(editor, record))

    def discard(self, draft: Draft) -> None:
        self._unlink(draft.path)

    def left_behind(self) -> list[Draft]:
        """Every draft of this database and person in the folder, the newest first (an
        administrator's adopting, first, those written before drafts were per person)."""
        if not self.folder.is_dir():
            return []
        if self.adopts_legacy:
            self._adopt_legacy()
        found = [self._load(p) for p in sorted(self.folder.glob("*.json"))]
        mine = [d for d in found if d is not None]
        return sorted(mine, key=lambda d: d.saved_at, reverse=True)

    def _load(self, path: Path) -> Draft | None:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            if document.get("database") != self.database:
                return None
            if str(document.get("person") or "") != self.person:
                return None  # someone else's: not theirs to see, take back or discard
            return Draft(
                path=path,
                editor=str(document["editor"]),
                record=str(document["record"]),
                title=str(document.get("title") or ""),
                area=str(document.get("area") or ""),
                saved_at=datetime.fromisoformat(document["saved_at"]),
                content=document.get("content"),
                person=self.person,
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            log.warning("the draft %s cannot be read", path, exc_info=True)
            return None

    def _adopt_legacy(self) -> None:
        """Make this person's the drafts of this database with no `person` in them
        (written before drafts were per person), the wizard's excepted: each is written
        again under this person, then its old file removed. One this person already has a
        draft of (the same editor and record) is left where it is, never overwritten."""
        for path in sorted(self.folder.glob("*.json")):
            try:
                document = json.loads(path.read_text(encoding="utf-8"))
                if (
                    not isinstance(document, dict)
                    or "person" in document
                    or document.get("database") != self.database
                    or str(document["editor"]).startswith(WIZARD_EDITORS)
                ):
                    continue
                target = self.path_for(str(document["editor"]), str(document["record"]))
                if target.exists():
                    continue
                document["person"] = self.person
                data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
                write_atomically(target, data)
            except (OSError, ValueError, KeyError, TypeError):
                log.warning("the draft %s could not be adopted", path, exc_info=True)
                continue
            self._unlink(path)

    @staticmethod
    def _unlink(path: Path) -> None:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            log.warning("the draft %s could not be removed", path, exc_info=True)


def database_key(db: Database) -> str:
    """Which database drafts belong to: the file's full path, or the server URL without
    its password (drafts are keyed by it, never by what the UI shows)."""
    path = db.path
    if path is not None:
        return str(path.expanduser().resolve())
    return str(db.url.render_as_string(hide_password=True))


def person_of(actor: Actor) -> str:
    """Whose drafts: the sign-in's id (a login may be renamed), else the login."""
    return f"user:{actor.user_id}" if actor.user_id is not None else f"login:{actor.login}"


_stores: dict[str, DraftStore] = {}
# the open database (its object: opened again, after a restore or in another start, it has
# nobody signed in until someone signs in) → `person_of` whoever is signed in on it, and
# whether they are an administrator (who adopts the drafts from before they were per person)
_signed_in: dict[int, tuple[weakref.ref[Database], str, bool]] = {}


def sign_in(db: Database, actor: Actor) -> None:
    """From now on `db`'s drafts are `actor`'s (`store_for`), until `sign_out`; the same
    database opened again (a restore, another start) has nobody signed in until someone
    signs in. No file is touched: called as the person signs in."""
    _signed_in[id(db)] = (weakref.ref(db), person_of(actor), actor.is_admin)


def sign_out(db: Database) -> None:
    """Nobody is signed in on `db` any more: the drafts written from now on are nobody's,
    as before anyone signed in, and no one's own are found."""
    _signed_in.pop(id(db), None)


def signed_in(db: Database) -> str:
    """`person_of` whoever is signed in on `db`, "" for nobody."""
    entry = _signed_in.get(id(db))
    if entry is None or entry[0]() is not db:
        return ""
    return entry[1]


def _adopts_legacy(db: Database) -> bool:
    entry = _signed_in.get(id(db))
    return entry is not None and entry[0]() is db and entry[2]


def store_for(db: Database) -> DraftStore:
    """The store of `db`'s drafts for the person signed in on it (one per database,
    person and folder)."""
    key = database_key(db)
    person = signed_in(db)
    adopts = _adopts_legacy(db)
    folder = default_folder()
    cache_key = f"{folder}\n{key}\n{person}\n{adopts}"
    store = _stores.get(cache_key)
    if store is None:
        store = _stores[cache_key] = DraftStore(key, folder, person, adopts_legacy=adopts)
    return store
