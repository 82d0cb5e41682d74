"""Editar ▸ Deshacer for the campaign's saved edits: its form, its brief, its media plan.

Each step goes on the window's one undo stack (`ui/widgets/undo.py`) once its save has
succeeded; undo writes the values from before through the same service, redo the edited
ones again. The campaign's form and its plan share the campaign's version (a plan save
moves it on), so they share one key; the brief has versions of its own: undoing a brief
edit saves the previous text as a new version on top of the latest — the history of
versions stays whole. Anyone else's save in between is a conflict: shown, never
overwritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from agencia.domain.errors import Conflict
from agencia.services.campaigns.briefs import BriefInput, save_brief
from agencia.services.campaigns.campaign_edit import CampaignInput, update_campaign
from agencia.services.campaigns.media_plan import PlanLineInput, save_plan
from agencia.services.campaigns.views import BriefView
from agencia.ui.area import AppContext
from agencia.ui.widgets.errors import error_text
from agencia.ui.widgets.undo import undo_history

translate = QCoreApplication.translate


def campaign_key(campaign_id: int) -> tuple[str, int]:
    return ("campaign", campaign_id)


def brief_key(campaign_id: int) -> tuple[str, int]:
    return ("brief", campaign_id)


def _refused(ctx: AppContext, name: str) -> Any:
    def told(error: BaseException) -> None:
        if isinstance(error, Conflict):
            text = translate(
                "CampaignUndo",
                "No se puede deshacer: otra persona ha modificado «%1» después. "
                "Revise la campaña y edítela si hace falta.",
            ).replace("%1", name)
        else:
            text = error_text(error)
        ctx.toast(text)

    return told


def push_campaign_edit(
    ctx: AppContext, campaign_id: int, before: CampaignInput, after: CampaignInput, version: int
) -> None:
    """The campaign's form saved: undo puts its fields back as they were."""

    def save(db: Any, actor: Any, data: CampaignInput, at: int) -> Any:
        return update_campaign(db, actor, campaign_id, data, at)

    name = after.name.strip()
    text = translate("CampaignUndo", "Editar la campaña «%1»").replace("%1", name)
    undo_history(ctx).push_saved(
        text, campaign_key(campaign_id), save, before, after, version,
        refused=_refused(ctx, name),
    )  # fmt: skip


def push_plan_edit(
    ctx: AppContext,
    campaign_id: int,
    name: str,
    before: Sequence[PlanLineInput],
    after: Sequence[PlanLineInput],
    version: int,
) -> None:
    """The media plan saved whole: undo saves the lines it had."""

    def save(db: Any, actor: Any, lines: tuple[PlanLineInput, ...], at: int) -> Any:
        return save_plan(db, actor, campaign_id, lines, at)

    text = translate("CampaignUndo", "Editar el plan de medios de «%1»").replace("%1", name)
    undo_history(ctx).push_saved(
        text, campaign_key(campaign_id), save, tuple(before), tuple(after), version,
        refused=_refused(ctx, name),
    )  # fmt: skip


def brief_input(brief: BriefView) -> BriefInput:
    """A saved version's text, as the form would send it again."""
    fields = brief.fields
    return BriefInput(
        template=brief.template,
        **{k: (fields.get(k) or "") for k in TEXT_FIELDS},
        budget=fields.get("budget"),
        deadline=fields.get("deadline"),
    )


TEXT_FIELDS = (
    "objectives",
    "brand",
    "product",
    "market",
    "target_audience",
    "insight",
    "key_message",
    "mandatories",
    "channels",
    "kpis",
)


def push_brief_edit(
    ctx: AppContext,
    campaign_id: int,
    name: str,
    before: BriefView | None,
    after: BriefInput,
    number: int,
) -> None:
    """A new version of the brief saved: undo saves the one before as the next version
    (a first version has nothing before it: it is not undone)."""
    if before is None:
        return
    note = translate("CampaignUndo", "Deshecho: vuelve el texto de la v%1")
    previous = replace(brief_input(before), note=note.replace("%1", str(before.number)))

    def save(db: Any, actor: Any, data: BriefInput, at: int) -> Any:
        return save_brief(db, actor, campaign_id, data, at)

    text = translate("CampaignUndo", "Guardar el brief de «%1»").replace("%1", name)
    undo_history(ctx).push_saved(
        text, brief_key(campaign_id), save, previous, after, number, refused=_refused(ctx, name)
    )
