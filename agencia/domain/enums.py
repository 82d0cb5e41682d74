"""Value types shared by every layer.

Deliberately free of SQLAlchemy and Qt: the main window imports these before the
database layer is loaded, so the first paint stays fast.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """The agency's roles, lowest to highest; the order is fixed (titles are the agency's)."""

    TRAINEE = "trainee"
    ASSISTANT = "assistant"
    JUNIOR_ACCOUNT_EXECUTIVE = "junior_account_executive"
    ACCOUNT_EXECUTIVE = "account_executive"
    ACCOUNT_SUPERVISOR = "account_supervisor"
    ACCOUNT_MANAGER = "account_manager"
    ACCOUNT_DIRECTOR = "account_director"
    ADMINISTRATOR = "administrator"

    @property
    def rank(self) -> int:
        return list(Role).index(self)


ACCOUNT_TEAM_ROLES: tuple[Role, ...] = tuple(r for r in Role if r is not Role.ADMINISTRATOR)

# Who may lead an account: junior executive and above, not assistants or administrators.
LEAD_ROLES: frozenset[Role] = frozenset(
    {
        Role.JUNIOR_ACCOUNT_EXECUTIVE,
        Role.ACCOUNT_EXECUTIVE,
        Role.ACCOUNT_SUPERVISOR,
        Role.ACCOUNT_MANAGER,
        Role.ACCOUNT_DIRECTOR,
    }
)


class Department(StrEnum):
    """Where a person works in the agency. People outside the account department are
    assignees of tasks and members of teams; `administration` is the agency's own office
    (its administrator)."""

    ACCOUNTS = "accounts"
    CREATIVE = "creative"
    MEDIA = "media"
    PRODUCTION = "production"
    STRATEGY = "strategy"
    DIGITAL = "digital"
    ADMINISTRATION = "administration"


class TitleGender(StrEnum):
    """The grammatical gender of a person's default job title: Directora or Director de
    cuentas (the agency may still write its own title)."""

    FEMININE = "feminine"
    MASCULINE = "masculine"


class AccountStatus(StrEnum):
    """Where an account stands with the agency, from prospect to inactive."""

    PROSPECT = "prospect"
    ACTIVE = "active"
    PAUSED = "paused"
    INACTIVE = "inactive"


class Channel(StrEnum):
    """How a client reaches us or we reach them; the same list everywhere."""

    PHONE = "phone"
    EMAIL = "email"
    WEB = "web"
    SOCIAL = "social"
    IN_PERSON = "in_person"
    COURIER = "courier"
    POST = "post"
    CERTIFIED_POST = "certified_post"
    FAX = "fax"


class ContactRole(StrEnum):
    """The client's counterpart on the account (their side of the table)."""

    ADVERTISING_DIRECTOR = "advertising_director"
    MARKETING_DIRECTOR = "marketing_director"
    COMMUNICATION_DIRECTOR = "communication_director"
    BRAND_MANAGER = "brand_manager"
    PRODUCT_MANAGER = "product_manager"
    PURCHASING = "purchasing"
    GENERAL_MANAGER = "general_manager"
    OTHER = "other"


class AssignmentRole(StrEnum):
    """A person's part on one account's team."""

    DIRECTOR = "director"
    SUPERVISOR = "supervisor"
    LEAD_EXECUTIVE = "lead_executive"
    EXECUTIVE = "executive"
    ASSISTANT = "assistant"


class AuditAction(StrEnum):
    """What an audit entry says was done to a record."""

    CREATE = "create"
    UPDATE = "update"
    DEACTIVATE = "deactivate"
    REACTIVATE = "reactivate"
    REASSIGN = "reassign"
    BULK_CREATE = "bulk_create"
    IMPORT_UNDO = "import_undo"
    PERSONAL_DATA_EXPORT = "personal_data_export"
    ERASE = "erase"
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    MOVE = "move"
    MERGE = "merge"  # a duplicate account folded into the one kept
    DECIDE = "decide"
    DELEGATE = "delegate"
    PASSWORD_RESET = "password_reset"
    PASSWORD_CHANGE = "password_change"
    UNLOCK = "unlock"
    TEAM_JOIN = "team_join"
    TEAM_LEAVE = "team_leave"
    QUESTIONNAIRE_SENT = "questionnaire_sent"  # a fillable form made for a contact
    QUESTIONNAIRE_RETURNED = "questionnaire_returned"  # that form read back, once


class CampaignStatus(StrEnum):
    """Where a campaign is in its life (its table: agencia.domain.campaign_life)."""

    BRIEF = "brief"
    IN_DEVELOPMENT = "in_development"
    INTERNAL_REVIEW = "internal_review"
    READY_FOR_CLIENT = "ready_for_client"
    PRESENTED = "presented"
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"
    REJECTED = "rejected"
    IN_PRODUCTION = "in_production"
    LIVE = "live"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class CampaignKind(StrEnum):
    """The kind of campaign; each has its brief template."""

    LAUNCH = "launch"
    AWARENESS = "awareness"
    PROMOTION = "promotion"
    INSTITUTIONAL = "institutional"


class ApprovalStage(StrEnum):
    """What is being decided: the brief (internally), the proposal (internally), or the
    proposal by the client."""

    BRIEF = "brief"
    INTERNAL = "internal"
    CLIENT = "client"


class Decision(StrEnum):
    """What an approver, or the client, decided about a version."""

    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"
    REJECTED = "rejected"


class MediaChannel(StrEnum):
    """Where a line of a campaign's media plan runs."""

    TV = "tv"
    ONLINE_VIDEO = "online_video"
    SOCIAL = "social"
    SEARCH = "search"
    DISPLAY = "display"
    OUTDOOR = "outdoor"
    RADIO = "radio"
    PRESS = "press"
    CINEMA = "cinema"
    POINT_OF_SALE = "point_of_sale"
    INFLUENCERS = "influencers"
    PUBLIC_RELATIONS = "public_relations"
    EVENTS = "events"
    CRM = "crm"
    PRODUCTION = "production"
    OTHER = "other"


class Spanish(StrEnum):
    """Which Spanish a deck speaks: Spain's («Vídeo online», «Móvil») or Latin America's
    («Video online», «Celular»). The agency chooses its own; an account may choose its
    client's (else its country decides)."""

    SPAIN = "spain"
    LATAM = "latam"
