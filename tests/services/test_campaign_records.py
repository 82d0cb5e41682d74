"""Campaign records through the services, on both databases: the list and its filters,
brief versions, files, meeting reports and what waits for whom."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from campaign_world import (
    BRIEF,
    Cast,
    add_proposal,
    build_cast,
    new_campaign,
    ready_for_development,
    version,
)

from agencia.areas import pending_for
from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.domain.enums import CampaignStatus, Channel
from agencia.domain.errors import Conflict, DomainError, PermissionDenied, ValidationError
from agencia.services.campaigns import flow
from agencia.services.campaigns.briefs import save_brief
from agencia.services.campaigns.campaign_edit import CampaignInput, create_campaign, update_campaign
from agencia.services.campaigns.contrabrief import ContrabriefInput, save_contrabrief
from agencia.services.campaigns.documents import MAX_BYTES, DocumentInput, read_document, sha256
from agencia.services.campaigns.meetings import (
    MeetingInput,
    NextStepInput,
    acknowledge_meeting,
    save_meeting,
    send_meeting,
)
from agencia.services.campaigns.proposals import ProposalInput, save_proposal
from agencia.services.campaigns.queries import (
    SORTS,
    CampaignQuery,
    account_choices,
    campaign_rows,
    get_campaign,
    list_campaigns,
    search_campaign_ids,
    write_campaigns_csv,
)

S = CampaignStatus


@pytest.fixture
def cast(db: Database) -> Cast:
    return build_cast(db)


def test_the_list_filters_and_sorts_in_sql(cast: Cast, tmp_path: Path) -> None:
    first = new_campaign(cast, name="Lanzamiento Isotónica")
    second = new_campaign(cast, name="Navidad L'Oréal & Co", budget="90000")
    ready_for_development(cast, second)
    flow.move_campaign(
        cast.db, cast.actor("executive"), second, S.IN_DEVELOPMENT, version=version(cast, second)
    )
    director = cast.actor("director")
    everything = list_campaigns(cast.db, director, CampaignQuery(sort="name"))
    assert [r.id for r in everything] == [first, second]
    assert [r.id for r in list_campaigns(cast.db, director, CampaignQuery(text="loreal"))] == [
        second
    ]
    by_status = list_campaigns(cast.db, director, CampaignQuery(sort="status", descending=True))
    assert [r.status for r in by_status] == [S.IN_DEVELOPMENT, S.BRIEF]  # life order
    assert list_campaigns(cast.db, director, CampaignQuery(status=S.BRIEF))[0].id == first
    assert list_campaigns(cast.db, cast.actor("executive_b"), CampaignQuery()) == []
    assert len(list_campaigns(cast.db, cast.actor("junior"), CampaignQuery(mine=True))) == 2
    row = everything[1]
    assert row.as_json()["account"] == "Bebidas Sol de Mayo"
    assert row.as_json()["budget"] == "90000.00" and row.currency == "EUR"
    out = tmp_path / "campañas.csv"
    write_campaigns_csv(everything, out)
    lines = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert lines[0][:3] == ["id", "code", "name"] and lines[2][2] == "Navidad L'Oréal & Co"


def test_the_list_holds_ids_in_the_order_of_the_whole_rows(cast: Cast) -> None:
    """The list model asks for IDs and pages of rows: the same campaigns, in the same order
    (the life order for the status), as the board's whole rows."""
    first = new_campaign(cast, name="Lanzamiento Isotónica", budget="90000")
    second = new_campaign(cast, name="Navidad en familia")
    ready_for_development(cast, second)
    flow.move_campaign(
        cast.db, cast.actor("executive"), second, S.IN_DEVELOPMENT, version=version(cast, second)
    )
    third = new_campaign(cast, name="Verano sin azúcar")
    director = cast.actor("director")
    for sort in SORTS:
        for descending in (False, True):
            query = CampaignQuery(sort=sort, descending=descending)
            ids = search_campaign_ids(cast.db, director, query)
            assert ids == [r.id for r in list_campaigns(cast.db, director, query)], query
    query = CampaignQuery(text="navidad", mine=True)
    assert search_campaign_ids(cast.db, cast.actor("executive"), query) == [second]
    by_status = search_campaign_ids(cast.db, director, CampaignQuery(sort="status"))
    assert by_status[-1] == second  # «Brief» comes before «En desarrollo» in the life
    rows = campaign_rows(cast.db, director, [third, first])
    assert [r.id for r in rows] == [third, first]  # in the order asked
    assert rows[1] == next(
        r for r in list_campaigns(cast.db, director, CampaignQuery()) if r.id == first
    )
    assert campaign_rows(cast.db, cast.actor("executive_b"), [first, second]) == []
    assert campaign_rows(cast.db, director, []) == []


def test_a_campaign_checks_its_brand_owner_dates_and_budget(cast: Cast) -> None:
    with pytest.raises(ValidationError) as info:
        create_campaign(
            cast.db,
            cast.actor("executive"),
            CampaignInput(
                account_id=cast.account_id,
                name=" ",
                budget="muchos",
                start_date=date(2026, 5, 1),
                deadline=date(2026, 4, 1),
            ),
        )
    assert set(info.value.field_errors) == {"name", "budget", "deadline"}
    with pytest.raises(ValidationError) as info:
        create_campaign(
            cast.db,
            cast.actor("executive"),
            CampaignInput(
                account_id=cast.account_id,
                name="X",
                owner_id=cast.staff["assistant"],
                brand_id=999_999,
            ),
        )
    assert set(info.value.field_errors) == {"owner_id", "brand_id"}
    with pytest.raises(PermissionDenied):
        create_campaign(
            cast.db, cast.actor("executive_b"), CampaignInput(account_id=cast.account_id, name="X")
        )
    choices = account_choices(cast.db, cast.actor("executive"), cast.account_id)
    assert [b[1] for b in choices.brands] == ["Sol de Mayo"]
    assert cast.staff["assistant"] not in [i for i, _ in choices.owners]


def test_brief_versions_never_overwrite_each_other(cast: Cast) -> None:
    cid = new_campaign(cast)
    executive, junior = cast.actor("executive"), cast.actor("junior")
    save_brief(cast.db, executive, cid, BRIEF, None)
    with pytest.raises(DomainError) as info:
        save_brief(cast.db, executive, cid, BRIEF, 1)
    assert info.value.code == "brief.unchanged"
    save_brief(cast.db, junior, cid, replace(BRIEF, kpis="Prueba 15 %"), 1)
    with pytest.raises(Conflict) as stale:
        save_brief(cast.db, executive, cid, replace(BRIEF, insight="Otro"), 1)
    assert stale.value.code == "brief.stale"
    briefs = get_campaign(cast.db, executive, cid).briefs
    assert [(b.number, b.author, b.fields["kpis"]) for b in briefs] == [
        (2, "Julio Junior", "Prueba 15 %"),
        (1, "Elena Ejecutiva", "Prueba 12 %, notoriedad 30 %"),
    ]
    with pytest.raises(PermissionDenied):
        save_brief(cast.db, cast.actor("assistant"), cid, BRIEF, 2)


def test_files_round_trip_byte_identical_and_big_ones_are_refused(
    cast: Cast, tmp_path: Path
) -> None:
    cid = new_campaign(cast)
    payload = bytes(range(256)) * 4096 + "ñ€".encode()  # 1 MB with every byte value
    first = save_proposal(
        cast.db,
        cast.actor("executive"),
        cid,
        ProposalInput("Primera", uploads=(DocumentInput("propuesta v1.pdf", payload),)),
    )
    detail = get_campaign(cast.db, cast.actor("executive"), cid)
    stored = detail.proposals[0].documents[0]
    assert stored.sha256 == sha256(payload) and stored.size == len(payload)
    assert stored.content_type == "application/pdf"
    view, data = read_document(cast.db, cast.actor("supervisor"), stored.id)
    assert data == payload and view.name == "propuesta v1.pdf"
    with pytest.raises(PermissionDenied):
        read_document(cast.db, cast.actor("executive_b"), stored.id)
    save_proposal(
        cast.db,
        cast.actor("executive"),
        cid,
        ProposalInput("Segunda", keep_document_ids=(stored.id,)),
    )
    versions = get_campaign(cast.db, SYSTEM, cid).proposals
    assert [p.number for p in versions] == [2, 1]
    assert versions[0].documents[0].sha256 == stored.sha256
    assert first.version == 1
    huge = tmp_path / "vídeo.mov"
    with huge.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: never read
    with pytest.raises(DomainError) as info:
        DocumentInput.from_path(huge)
    assert info.value.code == "document.too_large"
    assert "vídeo.mov" in str(info.value) and "50 MB" in str(info.value)
    with pytest.raises(DomainError):
        save_proposal(
            cast.db,
            cast.actor("executive"),
            cid,
            ProposalInput("Tercera", uploads=(DocumentInput("vacío.txt", b""),)),
        )
    assert len(get_campaign(cast.db, SYSTEM, cid).proposals) == 2  # nothing half-saved


def test_a_meeting_report_is_sent_acknowledged_and_then_stays(cast: Cast) -> None:
    cid = new_campaign(cast)
    executive = cast.actor("executive")
    data = MeetingInput(
        held_on=date(2026, 11, 20),
        subject="Presentación del brief",
        place="Oficinas del cliente",
        agreements="El cliente confirma el presupuesto.",
        staff_ids=(cast.staff["executive"], cast.staff["supervisor"]),
        contact_ids=(cast.contact_id,),
        next_steps=(
            NextStepInput(
                "Enviar el contrabrief", owner_staff_id=cast.staff["executive"], due_on=date.today()
            ),
            NextStepInput("Pasar los datos de venta", owner_contact_id=cast.contact_id),
        ),
    )
    saved = save_meeting(cast.db, cast.actor("assistant"), cid, data)
    with pytest.raises(DomainError):
        acknowledge_meeting(
            cast.db, executive, saved.id, date.today(), Channel.EMAIL, "", saved.version
        )
    sent = send_meeting(cast.db, executive, saved.id, cast.contact_id, saved.version)
    done = acknowledge_meeting(
        cast.db, executive, saved.id, date.today(), Channel.EMAIL, "Conforme", sent.version
    )
    meeting = get_campaign(cast.db, executive, cid).meetings[0]
    assert meeting.sent_to == "Carmen Cliente" and meeting.acknowledged_on == date.today()
    assert [s.owner for s in meeting.next_steps] == ["Elena Ejecutiva", "Carmen Cliente"]
    assert [n for _, n in meeting.staff] == ["Elena Ejecutiva", "Sara Supervisora"]
    with pytest.raises(DomainError) as info:
        save_meeting(cast.db, executive, cid, data, saved.id, done.version)
    assert info.value.code == "meeting.already_acknowledged"
    with pytest.raises(ValidationError):
        save_meeting(cast.db, executive, cid, replace(data, contact_ids=(999_999,), subject="Otra"))


def test_the_contrabrief_answers_the_latest_brief(cast: Cast) -> None:
    cid = new_campaign(cast)
    executive = cast.actor("executive")
    save_brief(cast.db, executive, cid, BRIEF, None)
    first = save_contrabrief(
        cast.db, executive, cid, ContrabriefInput("Entendemos…", "¿Precio?", "Enfoque"), None
    )
    with pytest.raises(Conflict):
        save_contrabrief(cast.db, executive, cid, ContrabriefInput("Otro"), None)
    save_contrabrief(
        cast.db, executive, cid, ContrabriefInput("Entendemos mejor", "", "Enfoque"), first.version
    )
    answer = get_campaign(cast.db, executive, cid).contrabrief
    assert answer is not None and answer.brief_number == 1
    assert answer.understanding == "Entendemos mejor"


def test_pendientes_says_who_is_waiting_for_what(cast: Cast) -> None:
    late = new_campaign(cast, name="Con prisa")
    update_campaign(
        cast.db,
        cast.actor("executive"),
        late,
        CampaignInput(
            account_id=cast.account_id,
            name="Con prisa",
            brand_id=cast.brand_id,
            budget="40000",
            deadline=date.today() - timedelta(days=1),
        ),
        version(cast, late),
    )
    save_brief(cast.db, cast.actor("executive"), late, BRIEF, None)
    review = new_campaign(cast, name="En revisión")
    ready_for_development(cast, review)
    flow.move_campaign(
        cast.db, cast.actor("executive"), review, S.IN_DEVELOPMENT, version=version(cast, review)
    )
    add_proposal(cast, review)
    flow.move_campaign(
        cast.db, cast.actor("executive"), review, S.INTERNAL_REVIEW, version=version(cast, review)
    )
    supervisor = {(i.kind, i.campaign) for i in pending_for(cast.db, cast.actor("supervisor"))}
    assert supervisor == {("approve_brief", "Con prisa"), ("approve_proposal", "En revisión")}
    executive = pending_for(cast.db, cast.actor("executive"))
    assert executive[0].kind == "deadline" and executive[0].overdue
    assert pending_for(cast.db, cast.actor("executive_b")) == []
    assert pending_for(cast.db, cast.admin) == []
