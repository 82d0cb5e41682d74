"""The one catalogue of what people read for a code: every enum member's word, in Spanish
and English.

The code speaks English enums (`AccountStatus.PAUSED`); people read "En pausa" or
"Paused". The window, the command line and the decks all ask `label()` here, so a word
is chosen once and reads the same everywhere (colours and chips stay in the window).
The language is the one `agencia.domain.messages` speaks (the window sets it at start-up;
the command line from the environment); a deck passes its own. Qt-free and free of
SQLAlchemy: the window's first paint imports it.
"""

from __future__ import annotations

from enum import StrEnum

from agencia.domain import messages
from agencia.domain.enums import (
    AccountStatus,
    ApprovalStage,
    AssignmentRole,
    AuditAction,
    CampaignKind,
    CampaignStatus,
    Channel,
    ContactRole,
    Decision,
    Department,
    MediaChannel,
    Role,
    TitleGender,
)
from agencia.domain.permissions import Action


class CampaignPart(StrEnum):
    """A person's part on one campaign, beside their part on the account's team (the
    campaign deck's "who does what")."""

    OWNER = "owner"
    APPROVER = "approver"


Words = dict[str, tuple[str, str]]  # member value: (es, en)

# Titles shown to people are the agency's own (Staff.title); these are the defaults.
_ROLE: Words = {
    "trainee": ("Trainee", "Trainee"),
    "assistant": ("Asistente", "Assistant"),
    "junior_account_executive": ("Ejecutivo de cuenta Jr.", "Junior Account Executive"),
    "account_executive": ("Ejecutivo de cuenta", "Account Executive"),
    "account_supervisor": ("Supervisor de cuentas", "Account Supervisor"),
    "account_manager": ("Gerente de cuenta", "Account Manager"),
    "account_director": ("Director de cuentas", "Account Director"),
    "administrator": ("Administrador", "Administrator"),
}

# What a role may or may not do, as the end of "Su rol no le permite …".
_ACTION: Words = {
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
    "manage_people": (
        "dar de alta, editar o dar de baja personas",
        "add, edit or deactivate people",
    ),
    "manage_sign_ins": ("gestionar los usuarios de acceso", "manage sign-in accounts"),
    "manage_groups": ("gestionar los grupos de cuentas", "manage account groups"),
    "manage_account_teams": (
        "gestionar el equipo de la cuenta",
        "manage the account team",
    ),
}

# The default job title of a woman in each role (`_ROLE` holds the masculine one): the
# status bar and a new person's title say "Directora de cuentas" for Lucía.
ROLE_FEMININE: Words = {
    "trainee": ("Trainee", "Trainee"),
    "assistant": ("Asistente", "Assistant"),
    "junior_account_executive": ("Ejecutiva de cuenta Jr.", "Junior Account Executive"),
    "account_executive": ("Ejecutiva de cuenta", "Account Executive"),
    "account_supervisor": ("Supervisora de cuentas", "Account Supervisor"),
    "account_manager": ("Gerente de cuenta", "Account Manager"),
    "account_director": ("Directora de cuentas", "Account Director"),
    "administrator": ("Administradora", "Administrator"),
}

_DEPARTMENT: Words = {
    "accounts": ("Cuentas", "Accounts"),
    "creative": ("Creatividad", "Creative"),
    "media": ("Medios", "Media"),
    "production": ("Producción", "Production"),
    "strategy": ("Estrategia", "Strategy"),
    "digital": ("Digital", "Digital"),
    "administration": ("Administración", "Administration"),
}

_TITLE_GENDER: Words = {
    "feminine": ("Femenino (Directora)", "Feminine (Directora)"),
    "masculine": ("Masculino (Director)", "Masculine (Director)"),
}

_ACCOUNT_STATUS: Words = {
    "prospect": ("Prospecto", "Prospect"),
    "active": ("Activa", "Active"),
    "paused": ("En pausa", "Paused"),
    "inactive": ("Inactiva", "Inactive"),
}

_CAMPAIGN_STATUS: Words = {
    "brief": ("Brief", "Brief"),
    "in_development": ("En desarrollo", "In development"),
    "internal_review": ("Revisión interna", "Internal review"),
    "ready_for_client": ("Listo para cliente", "Ready for client"),
    "presented": ("Presentado", "Presented"),
    "approved": ("Aprobado", "Approved"),
    "changes_requested": ("Cambios solicitados", "Changes requested"),
    "rejected": ("Rechazado", "Rejected"),
    "in_production": ("En producción", "In production"),
    "live": ("En curso", "Live"),
    "completed": ("Finalizado", "Completed"),
    "cancelled": ("Cancelado", "Cancelled"),
}

_DECISION: Words = {
    "approved": ("Aprobado", "Approved"),
    "changes_requested": ("Cambios solicitados", "Changes requested"),
    "rejected": ("Rechazado", "Rejected"),
}

_STAGE: Words = {  # what an approval decided on
    "brief": ("Brief", "Brief"),
    "internal": ("Revisión interna", "Internal review"),
    "client": ("Cliente", "Client"),
}

_KIND: Words = {
    "launch": ("Lanzamiento", "Launch"),
    "awareness": ("Notoriedad", "Awareness"),
    "promotion": ("Promoción", "Promotion"),
    "institutional": ("Institucional", "Corporate"),
}

_CHANNEL: Words = {  # how a client reaches us or we them
    "phone": ("Teléfono", "Phone"),
    "email": ("Correo electrónico", "E-mail"),
    "web": ("Web", "Web"),
    "social": ("Redes sociales", "Social media"),
    "in_person": ("En persona", "In person"),
    "courier": ("Mensajería", "Courier"),
    "post": ("Correo postal", "Post"),
    "certified_post": ("Correo certificado", "Certified post"),
    "fax": ("Fax", "Fax"),
}

_CONTACT_ROLE: Words = {  # the client's side of the table
    "advertising_director": ("Director de publicidad", "Advertising Director"),
    "marketing_director": ("Director de marketing", "Marketing Director"),
    "communication_director": ("Director de comunicación", "Communications Director"),
    "brand_manager": ("Gerente de marca", "Brand Manager"),
    "product_manager": ("Gerente de producto", "Product Manager"),
    "purchasing": ("Compras", "Purchasing"),
    "general_manager": ("Director general", "General Manager"),
    "other": ("Otro", "Other"),
}

# What someone does on an account's team, whoever they are: a part, not a title, so it
# reads right beside anyone's name (a deck prints it under the person's own title).
_PART: Words = {
    "director": ("Dirección de la cuenta", "Account direction"),
    "supervisor": ("Supervisión", "Supervision"),
    "lead_executive": ("Responsable de la cuenta", "Account lead"),
    "executive": ("Gestión de la cuenta", "Account management"),
    "assistant": ("Asistencia", "Assistance"),
}

_CAMPAIGN_PART: Words = {
    "owner": ("Responsable de la campaña", "Campaign lead"),
    "approver": ("Aprobación interna", "Internal approval"),
}

_AUDIT_ACTION: Words = {  # what an entry of the trail records
    "create": ("Alta", "Created"),
    "update": ("Modificación", "Changed"),
    "deactivate": ("Desactivación", "Deactivated"),
    "reactivate": ("Reactivación", "Reactivated"),
    "reassign": ("Reasignación", "Reassigned"),
    "bulk_create": ("Alta masiva", "Bulk import"),
    "sign_in": ("Inicio de sesión", "Sign-in"),
    "sign_in_failed": ("Inicio de sesión fallido", "Failed sign-in"),
    "move": ("Cambio de estado", "Status change"),
    "decide": ("Decisión", "Decision"),
    "delegate": ("Delegación", "Delegation"),
    "password_reset": ("Contraseña restablecida", "Password reset"),
    "password_change": ("Cambio de contraseña", "Password changed"),
    "unlock": ("Desbloqueo", "Unlocked"),
    "team_join": ("Alta en el equipo", "Joined the team"),
    "team_leave": ("Baja del equipo", "Left the team"),
}

_MEDIA_CHANNEL: Words = {  # where a line of the media plan runs
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

# Keyed by the enum, not the member: members of different enums share values
# ("assistant" is a role and a part) and a StrEnum member hashes as its value.
CATALOGUE: dict[type[StrEnum], Words] = {
    Role: _ROLE,
    Action: _ACTION,
    AccountStatus: _ACCOUNT_STATUS,
    CampaignStatus: _CAMPAIGN_STATUS,
    Decision: _DECISION,
    ApprovalStage: _STAGE,
    CampaignKind: _KIND,
    Channel: _CHANNEL,
    ContactRole: _CONTACT_ROLE,
    AssignmentRole: _PART,
    CampaignPart: _CAMPAIGN_PART,
    AuditAction: _AUDIT_ACTION,
    MediaChannel: _MEDIA_CHANNEL,
    Department: _DEPARTMENT,
    TitleGender: _TITLE_GENDER,
}


def label(member: StrEnum, lang: str | None = None) -> str:
    """What people read for `member`, in `lang` ("es" or "en"; by default the language
    of the message catalogue). A member without a word shows its code."""
    words = CATALOGUE.get(type(member), {})
    es, en = words.get(member.value, (member.value, member.value))
    return en if (lang or messages.language()) == "en" else es


def role_title(role: Role, gender: TitleGender, lang: str | None = None) -> str:
    """The default job title for `role` in the grammatical gender of the person's title."""
    if gender is TitleGender.FEMININE:
        es, en = ROLE_FEMININE[role.value]
        return en if (lang or messages.language()) == "en" else es
    return label(role, lang)


def label_of(enum: type[StrEnum], code: str, lang: str | None = None) -> str:
    """`label()` for a stored code: the code itself when it is not a member of `enum`
    (an old row, a value from elsewhere)."""
    try:
        member = enum(code)
    except ValueError:
        return code
    return label(member, lang)
