"""What the decks are made of, gathered on both databases: confidentiality (another client's
account or campaign only when it may be shown; a client's own always), the campaign's
presentation in the deck's language, the key visual with the results, who may ask."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

import pytest
from campaign_world import BRIEF, PROPOSAL_PDF, Cast, build_cast, move, version
from factories import add_account, assign
from PIL import Image

from agencia.db.database import Database
from agencia.db.uow import unit_of_work
from agencia.decks.content import CampaignContent, CredentialsContent, TeamNode
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import (
    AccountStatus,
    AssignmentRole,
    CampaignKind,
    CampaignStatus,
    Channel,
    Decision,
    MediaChannel,
)
from agencia.domain.errors import NotFound, PermissionDenied, ValidationError
from agencia.domain.models import Account, Agency, Brand, Staff
from agencia.services.accounts.brands import save_brand
from agencia.services.accounts.contacts import ContactInput, save_contact
from agencia.services.campaigns import flow, media_plan
from agencia.services.campaigns.briefs import save_brief
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign
from agencia.services.campaigns.contrabrief import ContrabriefInput, save_contrabrief
from agencia.services.campaigns.documents import DocumentInput
from agencia.services.campaigns.meetings import MeetingInput, NextStepInput, save_meeting
from agencia.services.campaigns.proposals import ProposalInput, save_proposal
from agencia.services.campaigns.queries import get_campaign
from agencia.services.campaigns.views import KpiResult
from agencia.services.decks import credentials_content
from agencia.services.decks.campaign_content import campaign_content
from agencia.services.decks.credentials_content import agency_content

S = CampaignStatus
TODAY = date.today()


def _png(color: str = "#C0392B", size: tuple[int, int] = (320, 180), kind: str = "PNG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, kind)
    return out.getvalue()


@dataclass
class World:
    cast: Cast
    accounts: dict[str, int] = field(default_factory=dict)
    campaigns: dict[str, int] = field(default_factory=dict)
    contacts: dict[int, int] = field(default_factory=dict)  # account → contact
    brands: dict[int, int] = field(default_factory=dict)  # account → brand


def _account(world: World, name: str, *, shown: bool, **fields: object) -> int:
    cast = world.cast
    account_id = add_account(
        cast.db,
        name,
        group_id=_group(cast),
        lead_id=cast.staff["executive"],
        may_be_shown=shown,
        **fields,
    )
    world.accounts[name] = account_id
    world.brands[account_id] = save_brand(cast.db, SYSTEM, account_id, f"Marca {name}").id
    world.contacts[account_id] = save_contact(
        cast.db, SYSTEM, account_id, ContactInput(full_name=f"Cliente de {name}")
    ).id
    with unit_of_work(cast.db, SYSTEM) as uow:
        account = uow.session.get(Account, account_id)
        assert account is not None
        account.logo = _png("#2E7D32", (64, 64))
    return account_id


def _group(cast: Cast) -> int:
    with unit_of_work(cast.db, SYSTEM, write=False) as uow:
        account = uow.session.get(Account, cast.account_id)
        assert account is not None and account.group_id is not None
        return account.group_id


def _campaign(world: World, account_id: int, name: str, *, shown: bool) -> int:
    cast = world.cast
    cid = create_campaign(
        cast.db,
        cast.actor("executive"),
        CampaignInput(
            account_id=account_id,
            name=name,
            brand_id=world.brands.get(account_id, cast.brand_id),
            kind=CampaignKind.LAUNCH,
            budget="40000",
            start_date=TODAY - timedelta(days=60),
            deadline=TODAY + timedelta(days=30),
            may_be_shown=shown,
        ),
    ).id
    world.campaigns[name] = cid
    return cid


def _live(world: World, cid: int, contact_id: int) -> None:
    """Brief approved, proposal approved internally and by the client, live."""
    cast = world.cast
    save_brief(cast.db, cast.actor("executive"), cid, BRIEF, None)
    flow.decide_brief(cast.db, cast.actor("supervisor"), cid, 1, Decision.APPROVED)
    move(cast, "executive", cid, S.IN_DEVELOPMENT)
    save_proposal(
        cast.db,
        cast.actor("executive"),
        cid,
        ProposalInput(
            summary="Campaña 360 «Recupera sin azúcar».",
            uploads=(DocumentInput("propuesta.pdf", PROPOSAL_PDF),),
        ),
    )
    move(cast, "executive", cid, S.INTERNAL_REVIEW)
    move(cast, "supervisor", cid, S.READY_FOR_CLIENT, flow.InternalDecisionStep("Adelante"))
    deck = DocumentInput("presentacion.pdf", PROPOSAL_PDF)  # the approved file, again
    move(cast, "executive", cid, S.PRESENTED, flow.PresentationStep(upload=deck))
    move(
        cast,
        "executive",
        cid,
        S.APPROVED,
        flow.ClientDecisionStep(contact_id, TODAY, Channel.EMAIL, "De acuerdo"),
    )
    move(cast, "executive", cid, S.IN_PRODUCTION)
    move(cast, "executive", cid, S.LIVE)


def _complete(world: World, account_id: int, name: str, *, shown: bool) -> int:
    cid = _campaign(world, account_id, name, shown=shown)
    _live(world, cid, world.contacts[account_id])
    results = flow.ResultsStep(
        f"La historia de {name}: superó la prueba prevista.",
        (KpiResult("Prueba", "12 %", "14 %"), KpiResult("Notoriedad", "30 %", "33 %")),
        DocumentInput(f"{name}.png", _png()),
    )
    move(world.cast, "executive", cid, S.COMPLETED, results)
    return cid


@pytest.fixture
def world(db: Database) -> World:
    """Lácteos Visibles may be shown (one case may be shown, one may not); Secretos may
    not (its case is marked showable, but the client is not); a prospect; Sol de Mayo
    (the cast's client, not showable) has a live campaign."""
    world = World(build_cast(db))
    visible = _account(world, "Lácteos Visibles", shown=True, sector="Alimentación")
    secret = _account(world, "Secretos S.A.", shown=False)
    _account(world, "Prospecto Nuevo", shown=False, status=AccountStatus.PROSPECT)
    _complete(world, visible, "Caso Visible", shown=True)
    _complete(world, visible, "Caso Reservado", shown=False)
    _complete(world, secret, "Caso Secreto", shown=True)
    return world


def _names(content: CredentialsContent) -> tuple[list[str], list[str]]:
    return [c.name for c in content.clients], [c.campaign for c in content.cases]


def test_the_general_credentials_name_only_showable_clients_and_cases(world: World) -> None:
    cast = world.cast
    content = agency_content(cast.db, cast.actor("executive"), today=TODAY)
    clients, cases = _names(content)
    assert clients == ["Lácteos Visibles"]
    assert cases == ["Caso Visible"]
    text = repr(content)
    for hidden in ("Secretos", "Caso Secreto", "Caso Reservado", "Sol de Mayo", "Prospecto"):
        assert hidden not in text
    assert content.prepared_for == "" and content.prepared_for_logo is None
    assert content.made_on == TODAY
    case = content.cases[0]
    assert case.client == "Lácteos Visibles" and case.brand == "Marca Lácteos Visibles"
    assert case.challenge == BRIEF.objectives and case.idea == BRIEF.key_message
    assert case.story.startswith("La historia de Caso Visible")
    assert [k.name for k in case.results] == ["Prueba", "Notoriedad"]
    assert case.key_visual == _png() and case.client_logo == _png("#2E7D32", (64, 64))
    assert case.year == TODAY.year
    assert content.clients[0].sector == "Alimentación" and content.clients[0].logo


def test_a_client_sees_its_own_cases_beside_the_showable_ones(world: World) -> None:
    cast = world.cast
    secret = world.accounts["Secretos S.A."]
    content = agency_content(cast.db, cast.actor("executive"), for_account_id=secret, today=TODAY)
    clients, cases = _names(content)
    assert content.prepared_for == "Secretos S.A." and content.prepared_for_logo
    assert set(clients) == {"Secretos S.A.", "Lácteos Visibles"}
    assert set(cases) == {"Caso Secreto", "Caso Visible"}
    assert "Caso Reservado" not in repr(content)
    # the showable client's own deck tells both its cases, never the other's secret one
    own = agency_content(
        cast.db, cast.actor("executive"), for_account_id=world.accounts["Lácteos Visibles"]
    )
    assert set(_names(own)[1]) == {"Caso Visible", "Caso Reservado"}
    assert "Secretos" not in repr(own)


def test_a_prospect_is_named_on_the_cover_but_is_not_yet_a_client(world: World) -> None:
    cast = world.cast
    prospect = world.accounts["Prospecto Nuevo"]
    content = agency_content(cast.db, cast.actor("supervisor"), for_account_id=prospect, lang="en")
    assert content.prepared_for == "Prospecto Nuevo"
    assert _names(content) == (["Lácteos Visibles"], ["Caso Visible"])


def test_a_showable_campaign_of_a_client_who_is_not_shown_stays_out_everywhere_else(
    world: World,
) -> None:
    """Both marks are needed: the campaign's and its account's."""
    cast = world.cast
    for account in ("Lácteos Visibles", "Prospecto Nuevo", None):
        for_id = world.accounts[account] if account else None
        content = agency_content(cast.db, cast.actor("director"), for_account_id=for_id)
        assert "Caso Secreto" not in repr(content) and "Secretos" not in repr(content)


def _labels(node: TeamNode) -> list[tuple[str, str, str]]:
    found = [(node.person.name, node.person.role, node.person.part)]
    for child in node.reports:
        found.extend(_labels(child))
    return found


def test_the_org_chart_is_the_hierarchy(world: World) -> None:
    cast = world.cast
    content = agency_content(cast.db, cast.actor("executive"), lang="en")
    roots = [n.person.name for n in content.team]
    assert roots == ["Bruno Director", "Dolores Directora"]
    dolores = content.team[1]
    assert dolores.person.role == "Account Director" and dolores.person.part == "Grupo A"
    assert [n.person.name for n in dolores.reports] == ["Martín Gerente"]
    supervisors = dolores.reports[0].reports
    assert {n.person.name for n in supervisors} == {"Sara Supervisora", "Sergio Supervisor"}
    sara = next(n for n in supervisors if n.person.name == "Sara Supervisora")
    assert [n.person.name for n in sara.reports] == ["Elena Ejecutiva"]
    everyone = [name for root in content.team for name, _, _ in _labels(root)]
    assert "Julio Junior" not in everyone and "Ana Asistente" not in everyone
    assert "Ana Administradora" not in everyone
    # prepared for an account: that account's team, with their parts
    own = agency_content(
        cast.db, cast.actor("executive"), for_account_id=cast.account_id, lang="en"
    )
    people = [label for root in own.team for label in _labels(root)]
    assert ("Elena Ejecutiva", "Account Executive", "Account lead") in people
    assert {name for name, _, _ in people} == {"Elena Ejecutiva", "Julio Junior", "Ana Asistente"}
    assert own.team[0].person.name == "Elena Ejecutiva"  # the others report to her


def test_the_agency_profile_travels_whole(world: World) -> None:
    cast = world.cast
    with unit_of_work(cast.db, SYSTEM) as uow:
        agency = uow.session.query(Agency).one()
        agency.tagline = "Ideas que mueven marcas"
        agency.services = "Estrategia\nCreatividad"
        agency.process = [{"title": "Escuchar", "text": "El brief."}]
        agency.logo = _png("#0B4F6C", (100, 100))
    content = agency_content(cast.db, cast.actor("executive"))
    profile = content.agency
    assert profile.name == "Agencia de Pruebas" and profile.tagline == "Ideas que mueven marcas"
    assert profile.services == ("Estrategia", "Creatividad")
    assert profile.process == (("Escuchar", "El brief."),)
    assert profile.logo == _png("#0B4F6C", (100, 100)) and profile.font == "Lato"


def _presentation(world: World) -> int:
    """Sol de Mayo's campaign, live, with a plan, a contrabrief and a meeting's steps."""
    cast = world.cast
    cid = _campaign(world, cast.account_id, "Lanzamiento isotónica", shown=False)
    owner = cast.actor("executive")
    save_contrabrief(
        cast.db, owner, cid, ContrabriefInput("Entendido", "¿Fechas?", "Cata a ciegas"), None
    )
    _live(world, cid, cast.contact_id)
    media_plan.save_plan(
        cast.db,
        owner,
        cid,
        (
            media_plan.PlanLineInput(
                MediaChannel.ONLINE_VIDEO, "Pieza de 20 s", Decimal(20000), TODAY, TODAY
            ),
            media_plan.PlanLineInput(MediaChannel.OUTDOOR, "Mupis", Decimal(8000)),
        ),
        version(cast, cid),
    )
    save_meeting(
        cast.db,
        owner,
        cid,
        MeetingInput(
            held_on=TODAY - timedelta(days=3),
            subject="Seguimiento",
            place="Oficinas del cliente",
            agreements="Seguimos.",
            staff_ids=(cast.staff["executive"], cast.staff["supervisor"]),
            contact_ids=(cast.contact_id,),
            next_steps=(
                NextStepInput("Enviar el calendario", cast.staff["executive"], None, TODAY),
                NextStepInput("Firmar", None, cast.contact_id, TODAY - timedelta(1), True),
                NextStepInput("Aprobar las piezas", None, cast.contact_id, None),
            ),
        ),
    )
    return cid


def test_a_campaign_presentation_in_english(world: World) -> None:
    cast = world.cast
    cid = _presentation(world)
    content = campaign_content(cast.db, cast.actor("executive"), cid, lang="en", today=TODAY)
    assert isinstance(content, CampaignContent)
    assert (content.client, content.brand, content.campaign) == (
        "Bebidas Sol de Mayo",
        "Sol de Mayo",
        "Lanzamiento isotónica",
    )
    assert (content.kind, content.status) == ("Launch", "Live")
    assert (content.locale, content.currency) == ("es_ES", "EUR")  # the agency's: none given
    assert content.budget == Decimal("40000.00") and content.brief_budget == Decimal("40000.00")
    assert content.brief["objectives"] == BRIEF.objectives and "budget" not in content.brief
    assert content.brief["mandatories"] == "" and content.brief_number == 1
    assert content.approach == "Cata a ciegas"
    assert content.proposal_summary == "Campaña 360 «Recupera sin azúcar»."
    assert [(p.channel, p.amount) for p in content.plan] == [
        ("Online video", Decimal("20000.00")),
        ("Out of home", Decimal("8000.00")),
    ]
    assert [d.stage for d in content.decisions] == ["Brief", "Internal review", "Client"]
    assert [d.decision for d in content.decisions] == ["Approved"] * 3
    assert content.decisions[0].subject == "Brief v1"
    assert content.decisions[2].subject == "Proposal v1"
    assert content.decisions[2].who == "Carmen Cliente"
    assert content.decisions[2].channel == "E-mail" and content.decisions[2].document_sha256
    # Steps done lately stay (shown as done), open ones too, by date.
    assert [(s.description, s.done) for s in content.next_steps] == [
        ("Firmar", True),
        ("Enviar el calendario", False),
        ("Aprobar las piezas", False),
    ]
    assert content.next_steps[1].owner == "Elena Ejecutiva"
    assert [d.internal for d in content.decisions] == [True, True, False]
    assert next(m for m in content.milestones if m.name == "Brief v1 approved").internal
    team = [(p.name, p.role, p.part) for p in content.team]
    assert team[0] == ("Elena Ejecutiva", "Account Executive", "Campaign lead")
    assert ("Sara Supervisora", "Account Supervisor", "Internal approval") in team
    assert ("Ana Asistente", "Assistant", "Account management") in team
    names = [m.name for m in content.milestones]
    assert names[0] == "Campaign start"
    for expected in (
        "Brief v1 approved",
        "Presentation to the client",
        "Client's decision (proposal v1): Approved",
        "Goes live",
        "Deadline",
        "Enviar el calendario",
        "Firmar",
    ):
        assert expected in names
    assert [m.on for m in content.milestones] == sorted(m.on for m in content.milestones)
    deadline = next(m for m in content.milestones if m.name == "Deadline")
    assert deadline.on == TODAY + timedelta(days=30) and not deadline.done
    assert content.version == "Proposal v1" and content.made_on == TODAY
    assert content.results == () and content.key_visual is None


def test_a_campaign_presentation_in_spanish_for_a_mexican_client(world: World) -> None:
    cast = world.cast
    mexican = _account(world, "Cervezas del Golfo", shown=False, locale="es_MX", currency="MXN")
    cid = _campaign(world, mexican, "Verano en el Golfo", shown=False)
    content = campaign_content(cast.db, cast.actor("executive"), cid)
    assert (content.kind, content.status) == ("Lanzamiento", "Brief")
    assert (content.locale, content.currency) == ("es_MX", "MXN")
    assert content.brief_number is None and content.brief == dict.fromkeys(content.brief, "")
    assert content.version == "" and content.plan == () and content.decisions == ()
    assert content.client_logo == _png("#2E7D32", (64, 64))
    assert content.team[0].part == "Responsable de la campaña"
    assert [m.name for m in content.milestones] == ["Inicio de la campaña", "Fecha límite"]


def test_a_completed_campaign_keeps_its_results_and_key_visual(world: World) -> None:
    cast = world.cast
    cid = world.campaigns["Caso Visible"]
    detail = get_campaign(cast.db, cast.actor("executive"), cid)
    assert detail.key_visual is not None
    assert detail.key_visual.name == "Caso Visible.png"
    assert detail.key_visual.content_type == "image/png"
    assert detail.as_json()["results"]["key_visual"] == "Caso Visible.png"
    content = campaign_content(cast.db, cast.actor("executive"), cid, lang="en")
    assert content.key_visual == _png() and content.status == "Completed"
    assert [k.achieved for k in content.results] == ["14 %", "33 %"]
    assert "Campaign completed" in [m.name for m in content.milestones]


def test_a_key_visual_must_be_a_png_or_jpeg(world: World) -> None:
    cast = world.cast
    cid = _campaign(world, cast.account_id, "Sin visual", shown=False)
    _live(world, cid, cast.contact_id)
    gif = flow.ResultsStep("Buenos resultados.", (), DocumentInput("visual.gif", _png(kind="GIF")))
    with pytest.raises(ValidationError) as refused:
        move(cast, "executive", cid, S.COMPLETED, gif)
    assert refused.value.field_errors == {"key_visual": ("field.image_kind", {})}
    assert get_campaign(cast.db, SYSTEM, cid).status is S.LIVE
    jpeg = flow.ResultsStep("Buenos resultados.", (), DocumentInput("visual", _png(kind="JPEG")))
    move(cast, "executive", cid, S.COMPLETED, jpeg)
    detail = get_campaign(cast.db, SYSTEM, cid)
    assert detail.key_visual is not None and detail.key_visual.content_type == "image/jpeg"
    # without one, a completed campaign simply has none
    bare = _campaign(world, cast.account_id, "Sin nada", shown=False)
    _live(world, bare, cast.contact_id)
    move(cast, "executive", bare, S.COMPLETED, flow.ResultsStep("Bien.", ()))
    assert get_campaign(cast.db, SYSTEM, bare).key_visual is None


def test_who_may_gather_a_deck(world: World) -> None:
    cast = world.cast
    cid = world.campaigns["Caso Visible"]
    other = cast.actor("executive_b")
    with pytest.raises(PermissionDenied):
        campaign_content(cast.db, other, cid)
    with pytest.raises(PermissionDenied):
        agency_content(cast.db, other, for_account_id=cast.account_id)
    with pytest.raises(NotFound):
        agency_content(cast.db, other, for_account_id=99_999)
    with pytest.raises(NotFound):
        campaign_content(cast.db, cast.actor("executive"), 99_999)
    # everyone may gather the general credentials; the other group's own client too
    assert agency_content(cast.db, other).cases
    assert agency_content(cast.db, other, for_account_id=cast.other_account_id).prepared_for == (
        "Banco Andino"
    )


def test_brand_logos_travel_with_the_campaign(world: World) -> None:
    cast = world.cast
    with unit_of_work(cast.db, SYSTEM) as uow:
        brand = uow.session.get(Brand, cast.brand_id)
        assert brand is not None
        brand.logo = _png("#F9A825", (80, 80))
    cid = _campaign(world, cast.account_id, "Con logo", shown=False)
    content = campaign_content(cast.db, cast.actor("executive"), cid)
    assert content.brand_logo == _png("#F9A825", (80, 80))
    assert content.client_logo is None  # Sol de Mayo has none


def test_when_more_clients_than_fit_those_with_a_case_stay_and_names_are_in_order(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    cast = world.cast
    _account(world, "Zeta Bebidas", shown=True)
    _account(world, "Alfa Seguros", shown=True)
    monkeypatch.setattr(credentials_content, "MAX_CLIENTS", 2)
    general = agency_content(cast.db, cast.actor("executive"))
    assert _names(general)[0] == ["Lácteos Visibles", "Zeta Bebidas"]  # the case, the oldest
    secret = world.accounts["Secretos S.A."]
    own = agency_content(cast.db, cast.actor("executive"), for_account_id=secret)
    assert _names(own)[0] == ["Lácteos Visibles", "Secretos S.A."]


def test_an_account_team_hangs_from_the_nearest_boss_on_it(world: World) -> None:
    """The director is on the team, the manager and supervisor between them are not: the
    lead executive reports to the director on the chart. In Spanish a person is named by
    the agency's title for them, in English by their role."""
    cast = world.cast
    assign(cast.db, cast.account_id, cast.staff["director"], AssignmentRole.DIRECTOR)
    with unit_of_work(cast.db, SYSTEM) as uow:
        director = uow.session.get(Staff, cast.staff["director"])
        assert director is not None
        director.title = "Directora General de Cuentas"
    content = agency_content(cast.db, cast.actor("executive"), for_account_id=cast.account_id)
    [root] = content.team
    assert root.person.name == "Dolores Directora"
    assert root.person.role == "Directora General de Cuentas" and root.person.title == ""
    assert root.person.part == "Dirección de la cuenta"
    assert [n.person.name for n in root.reports] == ["Elena Ejecutiva"]
    assert {n.person.name for n in root.reports[0].reports} == {"Julio Junior", "Ana Asistente"}
    english = agency_content(
        cast.db, cast.actor("executive"), for_account_id=cast.account_id, lang="en"
    )
    assert english.team[0].person.role == "Account Director"
