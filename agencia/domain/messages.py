"""The catalogue of messages that services and decks hand to people.

Services raise codes, never sentences; the GUI, the command line and the decks render
them here in the user's language (Spanish first, English second).
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from agencia.domain.agency_messages import MESSAGES as _AGENCY_MESSAGES
from agencia.domain.campaign_messages import MESSAGES as _CAMPAIGN_MESSAGES
from agencia.domain.coordination_messages import MESSAGES as _COORDINATION_MESSAGES
from agencia.domain.data_messages import COUNTED as _COUNTED
from agencia.domain.data_messages import COUNTED_FROM as _COUNTED_FROM
from agencia.domain.data_messages import MESSAGES as _DATA_MESSAGES
from agencia.domain.deck_language_messages import MESSAGES as _DECK_LANGUAGE_MESSAGES
from agencia.domain.enums import CampaignStatus, Decision, Role
from agencia.domain.merge_messages import MESSAGES as _MERGE_MESSAGES
from agencia.domain.people_messages import MESSAGES as _PEOPLE_MESSAGES
from agencia.domain.permissions import Action
from agencia.domain.satisfaction_messages import MESSAGES as _SATISFACTION_MESSAGES
from agencia.domain.server_messages import MESSAGES as _SERVER_MESSAGES
from agencia.domain.service_messages import MESSAGES as _SERVICE_MESSAGES
from agencia.domain.window_language import set_words_language, words_language

_CATALOGUE: dict[str, tuple[str, str]] = {
    # code: (es, en)
    # words any area's sentences put together: a list's tail after the names shown
    "words.and_more": (" y {n} más", " and {n} more"),
    "validation.failed": ("Revise los campos: {fields}.", "Please check these fields: {fields}."),
    "field.required": ("Este campo es obligatorio.", "This field is required."),
    "field.too_long": ("Máximo {max} caracteres.", "At most {max} characters."),
    "field.control": (
        "Contiene caracteres invisibles no permitidos (como NUL o secuencias de escape).",
        "Holds invisible characters that are not allowed (such as NUL or escape sequences).",
    ),
    "field.line_break": (
        "Debe ir en una sola línea: quite los saltos de línea.",
        "Must be one line: remove the line breaks.",
    ),
    "field.period_order": (
        "«Hasta» no puede ser anterior a «Desde».",
        "«Until» cannot be before «From».",
    ),
    "field.tab": (
        "Debe ir en una sola línea sin tabuladores: use espacios.",
        "Must be one line without tabs: use spaces.",
    ),
    "field.bidi": (
        "Contiene caracteres invisibles que cambian el sentido de lectura del texto "
        "(U+202A–U+202E, U+2066–U+2069).",
        "Holds invisible characters that change the text's reading direction "
        "(U+202A–U+202E, U+2066–U+2069).",
    ),
    "field.email": ("No es una dirección de correo válida.", "Not a valid e-mail address."),
    "field.phone": ("No es un teléfono válido.", "Not a valid phone number."),
    "field.tax_id": ("El NIF/RFC/CUIT no tiene un formato válido.", "The tax ID is not valid."),
    "field.choice": ("Valor no permitido: {value}.", "Value not allowed: {value}."),
    "field.parent_self": (
        "Una empresa no puede ser su propia matriz.",
        "A company cannot be its own parent.",
    ),
    "field.parent_cycle": (
        "Esa empresa ya depende de esta cuenta: no puede ser su matriz.",
        "That company already belongs to this account: it cannot be its parent.",
    ),
    "field.currency": ("Código de moneda ISO 4217 no válido.", "Not an ISO 4217 currency."),
    "field.locale": ("Configuración regional no válida.", "Not a valid locale."),
    "field.country": (
        "No es un código de país ISO de dos letras (ES, MX, AR, CO…).",
        "Not a two-letter ISO country code (ES, MX, AR, CO…).",
    ),
    "field.color": (
        "Escriba el color como #RRGGBB, por ejemplo #0B4F6C.",
        "Write the colour as #RRGGBB, for example #0B4F6C.",
    ),
    "field.website": (
        "No es una dirección web válida (por ejemplo https://www.agencia.es).",
        "Not a valid web address (for example https://www.agency.com).",
    ),
    "field.image_kind": (
        "La imagen debe ser PNG o JPEG.",
        "The image must be a PNG or a JPEG.",
    ),
    "field.image_damaged": (
        "La imagen está dañada o incompleta.",
        "The image is damaged or incomplete.",
    ),
    "field.image_too_large": (
        "La imagen ocupa {size} MB: el máximo es {max} MB.",
        "The image is {size} MB: the limit is {max} MB.",
    ),
    "field.image_pixels": (
        "La imagen debe medir entre {min} y {max} píxeles por lado.",
        "The image must measure between {min} and {max} pixels a side.",
    ),
    "field.too_many": ("Como máximo {max} elementos.", "At most {max} items."),
    "field.line_too_long": (
        "Cada línea admite como máximo {max} caracteres.",
        "Each line takes at most {max} characters.",
    ),
    "field.step_title": (
        "Cada paso necesita un título (Título: qué ocurre).",
        "Each step needs a title (Title: what happens).",
    ),
    "field.password_short": (
        "La contraseña debe tener al menos {min} caracteres.",
        "The password needs at least {min} characters.",
    ),
    "account.tax_id_duplicate": (
        "Ya existe una cuenta con este NIF: {name}.",
        "An account with this tax ID already exists: {name}.",
    ),
    "account.not_found": ("No existe la cuenta {id}.", "There is no account {id}."),
    "contact.not_found": ("No existe el contacto {id}.", "There is no contact {id}."),
    "brand.not_found": ("No existe la marca {id}.", "There is no brand {id}."),
    "product.not_found": ("No existe el producto {id}.", "There is no product {id}."),
    "staff.not_found": ("No existe la persona {id}.", "There is no staff member {id}."),
    "group.not_found": ("No existe el grupo de cuentas {id}.", "There is no account group {id}."),
    "user.not_found": ("No existe el usuario «{login}».", "There is no user '{login}'."),
    "user.ambiguous": (
        "Indique el usuario con --user: la base de datos tiene varios.",
        "Give the user with --user: the database has several.",
    ),
    "user.none": (
        "La base de datos no tiene usuarios: restaure en ella una exportación con "
        "«agencia restore CARPETA», cárguela con «agencia demo» o ábrala con Agencia para "
        "configurar la agencia.",
        "The database has no users: restore an export into it with 'agencia restore "
        "FOLDER', fill it with 'agencia demo' or open it in Agencia to set up the agency.",
    ),
    "user.required": (
        "En un servidor PostgreSQL indique el usuario con --user.",
        "On a PostgreSQL server, give the user with --user.",
    ),
    "auth.failed": ("Usuario o contraseña incorrectos.", "Wrong user name or password."),
    "auth.inactive": ("El usuario está desactivado.", "The user is deactivated."),
    "account.not_visible": (
        "La cuenta {id} no es de su grupo ni la tiene asignada.",
        "Account {id} is neither in your group nor assigned to you.",
    ),
    "permission.denied": (
        "Su rol ({role}) no le permite {action} en esta cuenta.",
        "Your role ({role}) does not allow you to {action} on this account.",
    ),
    "permission.not_on_team": (
        "No está en el equipo de esta cuenta: con su rol ({role}) puede {action} solo en "
        "las cuentas que tiene asignadas.",
        "You are not on this account's team: as {role} you may {action} only on the "
        "accounts assigned to you.",
    ),
    "permission.outside_group": (
        "Esta cuenta no es de su grupo: con su rol ({role}) puede {action} solo en las "
        "cuentas de su grupo y en las que tiene asignadas.",
        "This account is not in your group: as {role} you may {action} only on your "
        "group's accounts and those assigned to you.",
    ),
    "permission.denied_global": (
        "Su rol ({role}) no le permite {action}.",
        "Your role ({role}) does not allow you to {action}.",
    ),
    "record.stale": (
        "Otra persona ha modificado este registro; recárguelo y vuelva a intentarlo.",
        "Someone else changed this record; reload it and try again.",
    ),
    "demo.not_empty": (
        "La base de datos ya tiene datos; la demo solo se carga en una base vacía.",
        "The database already has data; the demo only fills an empty one.",
    ),
    "agency.exists": ("La agencia ya está configurada.", "The agency is already set up."),
    "reassign.not_director": (
        "Solo un director de cuentas puede reasignar cuentas.",
        "Only an account director may reassign accounts.",
    ),
    "reassign.wrong_role": (
        "{name} no es ejecutivo de cuentas.",
        "{name} is not an account executive.",
    ),
    "reassign.other_group": (
        "{name} no trabaja en el grupo de esta cuenta.",
        "{name} does not work in this account's group.",
    ),
    "account.tax_id_duplicate_hidden": (
        "Ya existe otra cuenta con este NIF en un grupo que usted no ve.",
        "Another account with this tax ID exists in a group you cannot see.",
    ),
    # opening a database
    "db.not_database": (
        "El archivo no es una base de datos de Agencia: {path}",
        "The file is not an Agencia database: {path}",
    ),
    "db.damaged": (
        "La base de datos está dañada ({detail}): {path}. Pruebe «agencia db recover NUEVO» "
        "o restaure una copia con «agencia db restore».",
        "The database is damaged ({detail}): {path}. Try 'agencia db recover NEW' or restore "
        "a backup with 'agencia db restore'.",
    ),
    "db.newer": (
        "La base de datos es de una versión más reciente de Agencia (revisión {revision}). "
        "Actualice Agencia para abrirla.",
        "The database was written by a newer Agencia (revision {revision}). "
        "Update Agencia to open it.",
    ),
    "db.unknown_values": (
        "La columna {column} tiene valores que Agencia no conoce ({values}): corrija esas "
        "filas y vuelva a ejecutar «agencia db upgrade».",
        "The column {column} holds values Agencia does not know ({values}): correct those "
        "rows and run 'agencia db upgrade' again.",
    ),
    "db.older_pg": (
        "El esquema del servidor es anterior a esta versión. Ejecute «agencia db upgrade».",
        "The server's schema is older than this version. Run 'agencia db upgrade'.",
    ),
    "db.network_share": (
        "La base de datos está en una unidad de red ({fs}), donde SQLite no es seguro. "
        "Use un servidor PostgreSQL para compartir datos entre puestos.",
        "The database is on a network share ({fs}), where SQLite is unsafe. "
        "Use a PostgreSQL server to share data between workstations.",
    ),
    "db.in_use": (
        "Otro programa (proceso {pid}) está usando la base de datos: {path}",
        "Another program (process {pid}) is using the database: {path}",
    ),
    "db.unreachable": (
        "No se puede conectar con el servidor de base de datos: {detail}",
        "Cannot connect to the database server: {detail}",
    ),
    "db.no_libpq": (
        "Para conectar con un servidor PostgreSQL falta la biblioteca libpq del sistema: "
        "instálela (Debian/Ubuntu: sudo apt install libpq5).",
        "Connecting to a PostgreSQL server needs the system's libpq library: "
        "install it (Debian/Ubuntu: sudo apt install libpq5).",
    ),
    "db.bad_url": ("Dirección de base de datos no válida: {url}", "Not a database URL: {url}"),
    "db.not_found": ("No existe la base de datos: {path}", "There is no database: {path}"),
    "db.migration_failed": (
        "La actualización de la base de datos falló y se restauró la copia: {detail}",
        "The database upgrade failed and the backup was restored: {detail}",
    ),
    "db.backup_pg": (
        "En PostgreSQL las copias se hacen con pg_dump, por ejemplo: pg_dump -Fc -f agencia.dump",
        "On PostgreSQL, back up with pg_dump, for example: pg_dump -Fc -f agencia.dump",
    ),
    "db.backup_no_path": (
        "Indique el archivo donde guardar la copia.",
        "Give the file to write the backup to.",
    ),
    "db.truncated": (
        "La base de datos está incompleta (faltan {missing} bytes): {path}. "
        "Restaure una copia de seguridad.",
        "The database is incomplete ({missing} bytes missing): {path}. Restore a backup.",
    ),
    "db.bad_header": (
        "La cabecera de la base de datos está dañada: {path}. Restaure una copia de seguridad.",
        "The database header is damaged: {path}. Restore a backup.",
    ),
    "db.backup_exists": ("Ya existe el archivo {path}.", "The file {path} already exists."),
    "db.write_failed": ("No se puede escribir {path}: {detail}", "Cannot write {path}: {detail}"),
    "deck.version_taken": (
        "Mientras tanto se guardó otra versión de la propuesta: esta presentación dice "
        "«v{number}» y ya no lo sería. Vuelva a generarla.",
        "Another proposal version was saved meanwhile: this deck says “v{number}”, which it "
        "would no longer be. Generate it again.",
    ),
    "deck.undrawable": (
        "La presentación no puede dibujar estos caracteres: «{chars}» (en «{text}»). "
        "Sus tipos de letra tienen el alfabeto latino, el hebreo y el árabe, no el chino, "
        "el japonés, el coreano ni otras escrituras. Escriba el nombre en letras latinas, "
        "como lo escribe el cliente aquí (p. ej. «Dentsu», «Samsung»), o quítelos antes "
        "de generarla.",
        "The deck cannot draw these characters: “{chars}” (in “{text}”). "
        "Its fonts have the Latin, Hebrew and Arabic alphabets, not Chinese, Japanese, "
        "Korean or other scripts. Write the name in Latin letters, as the client writes "
        "it here (e.g. “Dentsu”, “Samsung”), or remove them before making it.",
    ),
    "file.not_regular": (
        "{path} no es un archivo normal (es un dispositivo, una tubería o similar): elija otro.",
        "{path} is not a regular file (a device, a pipe or the like): choose another.",
    ),
    "db.connection_lost": (
        "Se perdió la conexión con la base de datos; no se guardó nada. {detail}",
        "The database connection was lost; nothing was saved. {detail}",
    ),
    "db.commit_unknown": (
        "Se perdió la conexión mientras se guardaba: no se sabe si el cambio quedó guardado. "
        "Se vuelve a leer lo que hay en la base de datos. {detail}",
        "The connection was lost while saving: whether the change was saved is unknown. "
        "What the database holds is read again. {detail}",
    ),
    "db.read_failed": (
        "No se pudo leer la base de datos (no se ha cambiado nada). Vuelva a intentarlo. {detail}",
        "The database could not be read (nothing was changed). Try again. {detail}",
    ),
    "db.busy": (
        "Otro programa está escribiendo en la base de datos; no se guardó nada. "
        "Vuelva a intentarlo en unos segundos.",
        "Another program is writing to the database; nothing was saved. "
        "Try again in a few seconds.",
    ),
    "db.server_busy": (
        "Otra sesión del servidor tiene bloqueado lo que se iba a guardar; no se guardó "
        "nada. Vuelva a intentarlo en unos segundos; si sigue igual, avise al administrador.",
        "Another session on the server is holding what was being saved; nothing was saved. "
        "Try again in a few seconds; if it goes on, tell your administrator.",
    ),
    "db.server_busy_read": (
        "Otra sesión del servidor tiene bloqueado lo que se iba a leer; no se ha cambiado "
        "nada. Vuelva a intentarlo en unos segundos; si sigue igual, avise al administrador.",
        "Another session on the server is holding what was being read; nothing was changed. "
        "Try again in a few seconds; if it goes on, tell your administrator.",
    ),
    "db.own_connections_full": (
        "Ya tiene abiertas todas las conexiones con el servidor que admite su usuario "
        "(Agencia en otros equipos u otras ventanas): cierre alguna y vuelva a intentarlo.",
        "You already have every connection to the server your user may open (Agencia on "
        "other computers or in other windows): close one and try again.",
    ),
    "db.server_full": (
        "El servidor de base de datos no admite más conexiones ahora mismo. Vuelva a "
        "intentarlo en unos minutos; si sigue igual, avise al administrador.",
        "The database server accepts no more connections right now. Try again in a few "
        "minutes; if it goes on, tell your administrator.",
    ),
    "db.ids_exhausted": (
        "La base de datos se ha quedado sin números para registros nuevos; no se guardó "
        "nada. Avise al administrador.",
        "The database has run out of numbers for new records; nothing was saved. Tell your "
        "administrator.",
    ),
    "db.disk_full": (
        "El disco está lleno: no se ha guardado nada. Libere espacio y vuelva a intentarlo.",
        "The disk is full: nothing was saved. Free some space and try again.",
    ),
    "file.disk_full": (
        "El disco está lleno: no se ha guardado {path}. Libere espacio y vuelva a intentarlo.",
        "The disk is full: {path} was not saved. Free some space and try again.",
    ),
    "db.busy_read": (
        "Otro programa tiene ocupada la base de datos; no se pudo leer. "
        "Vuelva a intentarlo en unos segundos.",
        "Another program is holding the database; it could not be read. "
        "Try again in a few seconds.",
    ),
    "db.stale_wal": (
        "El archivo {wal} no corresponde a la base de datos {path} (¿se copió otro archivo "
        "encima?) y abrirla lo mezclaría con ella. Si restauró una copia a mano, aparte ese "
        "archivo (muévalo a otra carpeta) o use «agencia db restore»; si no, vuelva a poner "
        "el archivo que había.",
        "The file {wal} does not belong to the database {path} (was another file copied over "
        "it?) and opening it would mix the two. If you restored a backup by hand, move that "
        "file to another folder or use 'agencia db restore'; if not, put back the file that "
        "was there.",
    ),
    "db.lock_symlink": (
        "El archivo de bloqueo {lock} es un enlace o no es un archivo normal; bórrelo y "
        "vuelva a intentarlo.",
        "The lock file {lock} is a link or not a regular file; delete it and try again.",
    ),
    "db.hard_link": (
        "La base de datos {path} tiene {links} nombres (enlaces duros): dos programas podrían "
        "escribirla a la vez por nombres distintos. Deje un solo nombre (copie el archivo).",
        "The database {path} has {links} names (hard links): two programs could write it at "
        "once under different names. Keep a single name (copy the file).",
    ),
    "db.read_only": (
        "No se puede escribir en {path}: Agencia necesita escribir el archivo y su carpeta "
        "{folder}. Cópielo a una carpeta suya o pida permiso de escritura.",
        "Cannot write {path}: Agencia needs to write the file and its folder {folder}. Copy it "
        "to a folder of yours or ask for write permission.",
    ),
    "db.shm_read_only": (
        "El archivo {shm} quedó sin permiso de escritura (de otro usuario o programa). Si "
        "ningún programa está usando la base de datos, bórrelo y vuelva a intentarlo.",
        "The file {shm} was left read-only (by another user or program). If no program is "
        "using the database, delete it and try again.",
    ),
    "db.sqlite_only": (
        "Esta orden es para bases de datos SQLite; en PostgreSQL use pg_dump y pg_restore.",
        "This command is for SQLite databases; on PostgreSQL use pg_dump and pg_restore.",
    ),
    "db.check_ok": ("La base de datos está bien: {path}", "The database is sound: {path}"),
    "db.check_failed": (
        "La base de datos tiene daños ({detail}): {path}. Pruebe «agencia db recover NUEVO» "
        "para rescatar lo legible en un archivo nuevo, o restaure una copia con «agencia db "
        "restore».",
        "The database is damaged ({detail}): {path}. Try 'agencia db recover NEW' to save what "
        "can be read into a new file, or restore a backup with 'agencia db restore'.",
    ),
    "db.recovered": (
        "Se rescataron {rows} filas en {path} (la original no se tocó).",
        "{rows} rows were recovered into {path} (the original was not touched).",
    ),
    "db.restored": (
        "Copia restaurada en {path}; el archivo anterior se guardó como {kept}.",
        "Backup restored into {path}; the previous file was kept as {kept}.",
    ),
    # Pendientes, satisfaction: the accounts at risk beyond those listed one by one
    "pending.health_more": (
        "y {n} cuentas más en riesgo (véalas en Satisfacción)",
        "and {n} more accounts at risk (see them in Satisfaction)",
    ),
    # Pendientes, campaigns: the approvals beyond those listed in an urgency group
    "pending.briefs_more": (
        "y {n} briefs más por aprobar (ábralos en Campañas)",
        "and {n} more briefs to approve (open them in Campaigns)",
    ),
    "pending.proposals_more": (
        "y {n} propuestas más por revisar (ábralas en Campañas)",
        "and {n} more proposals to review (open them in Campaigns)",
    ),
}

# The milestones of a campaign's timeline (its deck).
_CATALOGUE.update(
    {
        "milestone.start": ("Inicio de la campaña", "Campaign start"),
        "milestone.brief_approved": ("Brief v{number} aprobado", "Brief v{number} approved"),
        "milestone.presented": ("Presentación al cliente", "Presentation to the client"),
        "milestone.client_decision": (
            "Decisión del cliente (propuesta v{number}): {decision}",
            "Client's decision (proposal v{number}): {decision}",
        ),
        "milestone.live": ("Salida al aire", "Goes live"),
        "milestone.completed": ("Campaña finalizada", "Campaign completed"),
        "milestone.deadline": ("Fecha límite", "Deadline"),
    }
)

_CATALOGUE.update(_CAMPAIGN_MESSAGES)
_CATALOGUE.update(_PEOPLE_MESSAGES)
_CATALOGUE.update(_SERVER_MESSAGES)
_CATALOGUE.update(_SERVICE_MESSAGES)
_CATALOGUE.update(_AGENCY_MESSAGES)
_CATALOGUE.update(_COORDINATION_MESSAGES)
_CATALOGUE.update(_DATA_MESSAGES)
_CATALOGUE.update(_DECK_LANGUAGE_MESSAGES)
_CATALOGUE.update(_SATISFACTION_MESSAGES)
_CATALOGUE.update(_MERGE_MESSAGES)


def detect_language() -> str:
    """Spanish unless the environment asks for English (AGENCIA_LANG, then LANG)."""
    wanted = os.environ.get("AGENCIA_LANG") or os.environ.get("LC_ALL") or os.environ.get("LANG")
    if not wanted:
        wanted = locale.getlocale()[0] or "es"
    return "en" if wanted.lower().startswith("en") else "es"


def set_language(language: str) -> None:
    set_words_language(language)


def language() -> str:
    return words_language()


def _pick(pair: tuple[str, str], lang: str | None) -> str:
    return pair[1] if (lang or words_language()) == "en" else pair[0]


# The words for codes (roles, statuses, decisions…) live in agencia.domain.labels; these
# take a stored code, as the messages' parameters carry them.
def _word(enum: type[StrEnum], code: str, lang: str | None) -> str:
    from agencia.domain.labels import label_of  # imported late: labels asks our language

    return label_of(enum, code, lang)


def role_name(role: str, lang: str | None = None, gender: str | None = None) -> str:
    """A role as people say it; in the grammatical gender of the person's title when
    `gender` is given (a refusal names the reader's own role: Lucía is «Directora de
    cuentas», never «Director»)."""
    from agencia.domain.enums import TitleGender
    from agencia.domain.labels import role_title

    if gender is not None:
        try:
            return role_title(Role(role), TitleGender(gender), lang)
        except ValueError:  # a code from elsewhere: as it is, below
            pass
    return _word(Role, role, lang)


def action_name(action: str, lang: str | None = None) -> str:
    return _word(Action, action, lang)


def status_name(status: str, lang: str | None = None) -> str:
    """A campaign status as people say it ("Revisión interna")."""
    return _word(CampaignStatus, status, lang)


def request_status_name(status: str, lang: str | None = None) -> str:
    """A service request's status as people say it ("Asignada")."""
    from agencia.domain.service_enums import RequestStatus

    return _word(RequestStatus, status, lang)


def decision_name(decision: str, lang: str | None = None) -> str:
    return _word(Decision, decision, lang)


def render(code: str, params: Mapping[str, Any] | None = None, lang: str | None = None) -> str:
    """The sentence for `code` in the current language; unknown codes show themselves."""
    pair = _CATALOGUE.get(code)
    if pair is None:
        return code
    values = dict(params or {})
    if "role" in values:  # the person's own, in their title's gender when it is given
        gender = values.get("title_gender")
        values["role"] = role_name(
            str(values["role"]), lang, None if gender is None else str(gender)
        )
    if "action" in values:
        values["action"] = action_name(str(values["action"]), lang)
    for key in ("entity", "by"):  # a record's kind: «el contacto 5», never «contact 5»
        if (word := _CATALOGUE.get(f"data.record.{values.get(key)}")) is not None:
            values[key] = _pick(word, lang)
    for key in ("source", "target", "status"):
        if key in values:
            values[key] = status_name(str(values[key]), lang)
    _count_phrases(code, values, lang)
    for key in ("request_source", "request_target"):  # a service request's statuses
        if key in values:
            values[key] = request_status_name(str(values[key]), lang)
    try:
        return _pick(pair, lang).format(**values)
    except (KeyError, IndexError):
        return _pick(pair, lang)


def _count_phrases(code: str, values: dict[str, Any], lang: str | None) -> None:
    """A count said with its noun, "1 fila rechazada" / "3 filas rechazadas": two strings
    in the catalogue, the singular's code ending in "_one" (data_messages.COUNTED)."""
    for (owner, key), (phrase, source) in _COUNTED_FROM.items():
        if owner == code and isinstance(values.get(source), int):
            values[key] = _counted(phrase, values[source], lang)
    for (owner, key), phrase in _COUNTED.items():
        if owner == code and isinstance(values.get(key), int):
            values[key] = _counted(phrase, values[key], lang)


def _counted(phrase: str, n: int, lang: str | None) -> str:
    return _pick(_CATALOGUE[phrase + "_one" if n == 1 else phrase], lang).format(n=n)


def known_codes() -> frozenset[str]:
    return frozenset(_CATALOGUE)
