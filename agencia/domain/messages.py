"""The catalogue of messages that services and decks hand to people.

Services raise codes, never sentences; the GUI, the command line and the decks render
them here in the user's language (Spanish first, English second).
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from typing import Any

from agencia.domain.campaign_messages import DECISION_NAMES as _DECISION_NAMES
from agencia.domain.campaign_messages import MESSAGES as _CAMPAIGN_MESSAGES
from agencia.domain.campaign_messages import STATUS_NAMES as _STATUS_NAMES

_CATALOGUE: dict[str, tuple[str, str]] = {
    # code: (es, en)
    "validation.failed": ("Revise los campos: {fields}.", "Please check these fields: {fields}."),
    "field.required": ("Este campo es obligatorio.", "This field is required."),
    "field.too_long": ("Máximo {max} caracteres.", "At most {max} characters."),
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
        "La base de datos no tiene usuarios: cárguela con «agencia demo» o ábrala con "
        "Agencia para configurar la agencia.",
        "The database has no users: fill it with 'agencia demo' or open it in Agencia to "
        "set up the agency.",
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
        "La base de datos está dañada ({detail}): {path}. Restaure una copia de seguridad.",
        "The database is damaged ({detail}): {path}. Restore a backup.",
    ),
    "db.newer": (
        "La base de datos es de una versión más reciente de Agencia (revisión {revision}). "
        "Actualice Agencia para abrirla.",
        "The database was written by a newer Agencia (revision {revision}). "
        "Update Agencia to open it.",
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
    "db.connection_lost": (
        "Se perdió la conexión con la base de datos; no se guardó nada. {detail}",
        "The database connection was lost; nothing was saved. {detail}",
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

_ROLE_NAMES: dict[str, tuple[str, str]] = {
    "trainee": ("Trainee", "Trainee"),
    "assistant": ("Asistente", "Assistant"),
    "junior_account_executive": ("Ejecutivo de cuenta Jr.", "Junior Account Executive"),
    "account_executive": ("Ejecutivo de cuenta", "Account Executive"),
    "account_supervisor": ("Supervisor de cuentas", "Account Supervisor"),
    "account_manager": ("Gerente de cuenta", "Account Manager"),
    "account_director": ("Director de cuentas", "Account Director"),
    "administrator": ("Administrador", "Administrator"),
}

_ACTION_NAMES: dict[str, tuple[str, str]] = {
    "see_accounts": ("ver cuentas", "see accounts"),
    "edit_account": ("editar cuentas, contactos y marcas", "edit accounts, contacts and brands"),
    "log_communication": ("registrar comunicaciones", "log communications"),
    "edit_briefs": ("crear y editar briefs", "create and edit briefs"),
    "internal_approval": ("aprobar internamente", "approve internally"),
    "record_client_decision": ("registrar la decisión del cliente", "record client decisions"),
    "reassign_accounts": ("reasignar cuentas", "reassign accounts"),
    "cancel_campaigns": ("cancelar campañas", "cancel campaigns"),
    "agency_settings": (
        "cambiar el perfil de la agencia y los usuarios",
        "change the agency profile and users",
    ),
}

# The labels a deck prints for codes: kinds of campaign, approval stages, the channels a
# client decided through, a person's part on an account, and the media plan's channels.
_KIND_NAMES: dict[str, tuple[str, str]] = {
    "launch": ("Lanzamiento", "Launch"),
    "awareness": ("Notoriedad", "Awareness"),
    "promotion": ("Promoción", "Promotion"),
    "institutional": ("Institucional", "Corporate"),
}

_STAGE_NAMES: dict[str, tuple[str, str]] = {
    "brief": ("Brief", "Brief"),
    "internal": ("Revisión interna", "Internal review"),
    "client": ("Cliente", "Client"),
}

_CHANNEL_NAMES: dict[str, tuple[str, str]] = {
    "phone": ("Teléfono", "Phone"),
    "email": ("Correo electrónico", "E-mail"),
    "web": ("Web", "Web"),
    "social": ("Redes sociales", "Social media"),
    "in_person": ("En persona", "In person"),
    "courier": ("Mensajería", "Courier"),
    "post": ("Correo postal", "Post"),
    "certified_post": ("Burofax / correo certificado", "Certified post"),
    "fax": ("Fax", "Fax"),
}

_PART_NAMES: dict[str, tuple[str, str]] = {  # what someone does, whoever they are
    "director": ("Dirección de la cuenta", "Account direction"),
    "supervisor": ("Supervisión", "Supervision"),
    "lead_executive": ("Responsable de la cuenta", "Account lead"),
    "executive": ("Gestión de la cuenta", "Account management"),
    "assistant": ("Asistencia", "Assistance"),
    "owner": ("Responsable de la campaña", "Campaign lead"),
    "approver": ("Aprobación interna", "Internal approval"),
}

_MEDIA_CHANNEL_NAMES: dict[str, tuple[str, str]] = {
    "tv": ("Televisión", "TV"),
    "online_video": ("Vídeo online", "Online video"),
    "social": ("Redes sociales", "Social media"),
    "search": ("Buscadores", "Search"),
    "display": ("Display", "Display"),
    "outdoor": ("Exterior", "Out of home"),
    "radio": ("Radio", "Radio"),
    "press": ("Prensa y revistas", "Press and magazines"),
    "cinema": ("Cine", "Cinema"),
    "point_of_sale": ("Punto de venta", "Point of sale"),
    "influencers": ("Influencers", "Influencers"),
    "public_relations": ("Relaciones públicas", "Public relations"),
    "events": ("Eventos", "Events"),
    "crm": ("CRM y e-mail", "CRM and e-mail"),
    "production": ("Producción", "Production"),
    "other": ("Otros", "Other"),
}

_CATALOGUE.update(_CAMPAIGN_MESSAGES)

_language = "es"


def detect_language() -> str:
    """Spanish unless the environment asks for English (AGENCIA_LANG, then LANG)."""
    wanted = os.environ.get("AGENCIA_LANG") or os.environ.get("LC_ALL") or os.environ.get("LANG")
    if not wanted:
        wanted = locale.getlocale()[0] or "es"
    return "en" if wanted.lower().startswith("en") else "es"


def set_language(language: str) -> None:
    global _language
    _language = "en" if language.startswith("en") else "es"


def language() -> str:
    return _language


def _pick(pair: tuple[str, str], lang: str | None) -> str:
    return pair[1] if (lang or _language) == "en" else pair[0]


def role_name(role: str, lang: str | None = None) -> str:
    return _pick(_ROLE_NAMES.get(role, (role, role)), lang)


def action_name(action: str, lang: str | None = None) -> str:
    return _pick(_ACTION_NAMES.get(action, (action, action)), lang)


def status_name(status: str, lang: str | None = None) -> str:
    """A campaign status as people say it ("Revisión interna")."""
    return _pick(_STATUS_NAMES.get(status, (status, status)), lang)


def decision_name(decision: str, lang: str | None = None) -> str:
    return _pick(_DECISION_NAMES.get(decision, (decision, decision)), lang)


def kind_name(kind: str, lang: str | None = None) -> str:
    """A kind of campaign ("Lanzamiento")."""
    return _pick(_KIND_NAMES.get(kind, (kind, kind)), lang)


def stage_name(stage: str, lang: str | None = None) -> str:
    """What an approval decided on: the brief, the internal review, the client."""
    return _pick(_STAGE_NAMES.get(stage, (stage, stage)), lang)


def channel_name(channel: str, lang: str | None = None) -> str:
    """How a client reached us or we them ("Correo electrónico")."""
    return _pick(_CHANNEL_NAMES.get(channel, (channel, channel)), lang)


def part_name(part: str, lang: str | None = None) -> str:
    """A person's part on an account's team or a campaign ("Ejecutivo principal")."""
    return _pick(_PART_NAMES.get(part, (part, part)), lang)


def media_channel_name(channel: str, lang: str | None = None) -> str:
    """Where a line of the media plan runs ("Vídeo online")."""
    return _pick(_MEDIA_CHANNEL_NAMES.get(channel, (channel, channel)), lang)


def render(code: str, params: Mapping[str, Any] | None = None, lang: str | None = None) -> str:
    """The sentence for `code` in the current language; unknown codes show themselves."""
    pair = _CATALOGUE.get(code)
    if pair is None:
        return code
    values = dict(params or {})
    if "role" in values:
        values["role"] = role_name(str(values["role"]), lang)
    if "action" in values:
        values["action"] = action_name(str(values["action"]), lang)
    for key in ("source", "target", "status"):
        if key in values:
            values[key] = status_name(str(values[key]), lang)
    try:
        return _pick(pair, lang).format(**values)
    except (KeyError, IndexError):
        return _pick(pair, lang)


def known_codes() -> frozenset[str]:
    return frozenset(_CATALOGUE)
