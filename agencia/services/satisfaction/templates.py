"""Survey templates: the two that ship, copies, and edits that never change a template
under its responses.

The shipped templates are created the first time anyone asks for the list (in the
agency's language). Editing a template no response has used changes it in place;
editing one that has responses saves a new revision of the same family and retires the
old, which keeps its answers' meaning.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, func, select

from agencia.db.database import Database
from agencia.db.uow import UnitOfWork, unit_of_work
from agencia.domain.actor import Actor
from agencia.domain.changes import ChangeKind
from agencia.domain.enums import AuditAction
from agencia.domain.errors import Conflict, NotFound, ValidationError
from agencia.domain.models import Agency
from agencia.domain.permissions import Action
from agencia.domain.satisfaction_enums import ScaleWording
from agencia.domain.satisfaction_models import SurveyResponse, SurveyTemplate
from agencia.domain.survey_templates import (
    SHIPPED,
    DimensionDef,
    TemplateDef,
    shipped,
    validate_template,
)
from agencia.services.accounts.access import require_global
from agencia.services.results import SaveResult


@dataclass(frozen=True, slots=True)
class TemplateView:
    """A template as the designer, the entry form and the reports read it."""

    id: int
    family_id: int
    revision: int
    name: str
    points: int
    wording: ScaleWording
    language: str
    dimensions: tuple[DimensionDef, ...]
    shipped: str
    retired: bool
    responses: int
    version: int

    @property
    def question_count(self) -> int:
        return sum(len(d.questions) for d in self.dimensions)

    @property
    def definition(self) -> TemplateDef:
        return TemplateDef(self.name, self.dimensions, self.points, self.wording)


def _language(uow: UnitOfWork) -> str:
    agency = uow.session.scalar(select(Agency).limit(1))
    return "en" if agency is not None and agency.locale.startswith("en") else "es"


def _missing_shipped(uow: UnitOfWork) -> set[str]:
    have = set(
        uow.session.scalars(select(SurveyTemplate.shipped).where(SurveyTemplate.shipped != ""))
    )
    return set(SHIPPED) - have


def ensure_shipped(uow: UnitOfWork) -> None:
    """Create the shipped templates the agency does not have yet."""
    missing = _missing_shipped(uow)
    lang = _language(uow)
    for key, definition in zip(SHIPPED, shipped(lang), strict=True):
        if key in missing:
            template = _new(definition, lang)
            template.shipped = key
            uow.session.add(template)
            uow.session.flush()
            template.family_id = template.id
            uow.touched(ChangeKind.SURVEY, template.id)


def _new(definition: TemplateDef, lang: str) -> SurveyTemplate:
    return SurveyTemplate(
        name=definition.name.strip(),
        points=definition.points,
        wording=definition.wording,
        language=lang,
        dimensions=[d.to_json() for d in definition.dimensions],
        revision=1,
        retired=False,
        shipped="",
    )


def view_of(uow: UnitOfWork, template: SurveyTemplate) -> TemplateView:
    responses = uow.session.scalar(
        select(func.count()).where(SurveyResponse.template_id == template.id)
    )
    return TemplateView(
        id=template.id,
        family_id=template.family_id or template.id,
        revision=template.revision,
        name=template.name,
        points=template.points,
        wording=template.wording,
        language=template.language,
        dimensions=tuple(DimensionDef.from_json(d) for d in template.dimensions),
        shipped=template.shipped,
        retired=template.retired,
        responses=responses or 0,
        version=template.version,
    )


def template_of(uow: UnitOfWork, template_id: int) -> SurveyTemplate:
    template = uow.session.get(SurveyTemplate, template_id)
    if template is None:
        raise NotFound("survey.not_found", id=template_id)
    return template


def list_templates(
    db: Database, actor: Actor, *, include_retired: bool = False
) -> list[TemplateView]:
    """The agency's templates (the shipped ones created on first use), newest revision
    of each family unless `include_retired`."""
    ensure_shipped_templates(db, actor)
    with unit_of_work(db, actor, write=False) as uow:
        return templates_in(uow, include_retired=include_retired)


def get_template(db: Database, actor: Actor, template_id: int) -> TemplateView:
    with unit_of_work(db, actor, write=False) as uow:
        return view_of(uow, template_of(uow, template_id))


def create_template(db: Database, actor: Actor, definition: TemplateDef) -> SaveResult:
    """A new template of the agency's own."""
    require_global(actor, Action.DESIGN_SURVEYS)
    if errors := validate_template(definition):
        raise ValidationError(errors)
    with unit_of_work(db, actor) as uow:
        template = _new(definition, _language(uow))
        uow.session.add(template)
        uow.session.flush()
        template.family_id = template.id
        uow.audit(ChangeKind.SURVEY, template.id, AuditAction.CREATE, summary=template.name)
        uow.session.flush()
        return SaveResult(template.id, template.version)


def copy_template(db: Database, actor: Actor, template_id: int, name: str) -> SaveResult:
    """A copy to edit freely: a new family, with no responses."""
    require_global(actor, Action.DESIGN_SURVEYS)
    with unit_of_work(db, actor, write=False) as uow:
        source = view_of(uow, template_of(uow, template_id))
    definition = TemplateDef(name, source.dimensions, source.points, source.wording)
    return create_template(db, actor, definition)


def update_template(
    db: Database,
    actor: Actor,
    template_id: int,
    definition: TemplateDef,
    version: int | None = None,
) -> SaveResult:
    """Save the designer's edit: in place while no response used the template, else as
    a new revision (the result's id is then the new one's, with a warning saying so)."""
    require_global(actor, Action.DESIGN_SURVEYS)
    if errors := validate_template(definition):
        raise ValidationError(errors)
    with unit_of_work(db, actor) as uow:
        template = template_of(uow, template_id)
        if version is not None and template.version != version:
            raise Conflict("record.stale")
        if template.retired:
            newer = uow.session.scalar(
                select(SurveyTemplate.id).where(
                    SurveyTemplate.family_id == template.family_id,
                    SurveyTemplate.retired.is_(False),
                )
            )
            raise Conflict("survey.retired", id=template.id, newer=newer)
        used = uow.session.scalar(select(exists().where(SurveyResponse.template_id == template.id)))
        content = {
            "name": definition.name.strip(),
            "points": definition.points,
            "wording": definition.wording,
            "dimensions": [d.to_json() for d in definition.dimensions],
        }
        if not used:
            changes = {
                k: [_plain(getattr(template, k)), _plain(v)]
                for k, v in content.items()
                if getattr(template, k) != v
            }
            for key, value in content.items():
                setattr(template, key, value)
            uow.audit(
                ChangeKind.SURVEY, template.id, AuditAction.UPDATE, changes, summary=template.name
            )
            uow.session.flush()
            return SaveResult(template.id, template.version)
        template.retired = True
        newer_t = SurveyTemplate(
            family_id=template.family_id,
            revision=template.revision + 1,
            language=template.language,
            shipped="",
            retired=False,
            **content,
        )
        uow.session.add(newer_t)
        uow.session.flush()
        uow.audit(
            ChangeKind.SURVEY,
            newer_t.id,
            AuditAction.CREATE,
            {"revision": [template.revision, newer_t.revision], "replaces": [None, template.id]},
            summary=newer_t.name,
        )
        uow.session.flush()
        return SaveResult(
            newer_t.id,
            newer_t.version,
            (("survey.revised", {"revision": newer_t.revision}),),
        )


def _plain(value: object) -> object:
    return value.value if isinstance(value, ScaleWording) else value


def ensure_shipped_templates(db: Database, actor: Actor) -> int:
    """Create the shipped templates the agency lacks (the window asks once, as a write);
    how many were created."""
    with unit_of_work(db, actor, write=False) as uow:
        missing = _missing_shipped(uow)
    if missing:
        with unit_of_work(db, actor) as uow:
            ensure_shipped(uow)
    return len(missing)


def templates_in(uow: UnitOfWork, *, include_retired: bool = False) -> list[TemplateView]:
    """The templates as they are (a read: nothing is created)."""
    query = select(SurveyTemplate).order_by(SurveyTemplate.family_id, SurveyTemplate.revision)
    if not include_retired:
        query = query.where(SurveyTemplate.retired.is_(False))
    return [view_of(uow, t) for t in uow.session.scalars(query)]
