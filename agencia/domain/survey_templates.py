"""What a survey template is, the rule it must follow, and the two that ship ready.

A template is dimensions, each with its questions, on one odd scale. Answers refer to a
question by its place (dimension number, question number), which is why a template that
a response used is never changed under it: editing it makes a new version (the service's
rule), and the old one keeps its answers' meaning.

The shipped templates: the five indicators of service quality (tangibles, fulfilment of
expectations, staff attitude, staff skills, empathy) and the eight values a client
expects of an agency (responsibility, competence, trust, understanding, access,
courtesy, security, tangibility).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agencia.domain import validation as v
from agencia.domain.satisfaction_enums import Dimension, ScaleWording
from agencia.domain.survey_scales import DEFAULT_POINTS, scale_problem

NAME_MAX = 160
QUESTION_MAX = 400
DIMENSIONS_MAX = 20
QUESTIONS_MAX = 20


@dataclass(frozen=True, slots=True)
class DimensionDef:
    """A dimension: its name (or the key of a shipped one) and its questions, in order."""

    name: str
    questions: tuple[str, ...]
    key: Dimension | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "key": self.key.value if self.key else None,
            "questions": list(self.questions),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DimensionDef:
        key = data.get("key")
        return cls(
            str(data["name"]),
            tuple(str(q) for q in data["questions"]),
            Dimension(key) if key else None,
        )


@dataclass(frozen=True, slots=True)
class TemplateDef:
    """A template's content: name, scale and dimensions."""

    name: str
    dimensions: tuple[DimensionDef, ...]
    points: int = DEFAULT_POINTS
    wording: ScaleWording = ScaleWording.QUALITY

    @property
    def question_count(self) -> int:
        return sum(len(d.questions) for d in self.dimensions)


def validate_template(data: TemplateDef) -> v.FieldErrors:
    """The designer's rules, shown beside each field (the service applies them too)."""
    errors: v.FieldErrors = {}
    v.required(errors, "name", data.name, NAME_MAX)
    if problem := scale_problem(data.points):
        errors["points"] = (problem[0], dict(problem[1]))
    if not data.dimensions:
        errors["dimensions"] = ("survey.no_dimensions", {})
    elif len(data.dimensions) > DIMENSIONS_MAX:
        errors["dimensions"] = ("survey.too_many_dimensions", {"max": DIMENSIONS_MAX})
    seen: set[str] = set()
    for number, dimension in enumerate(data.dimensions, 1):
        field = f"dimension.{number}"
        name = dimension.name.strip().casefold()
        sub: v.FieldErrors = {}
        v.required(sub, field, dimension.name, NAME_MAX)
        if sub:
            errors.update(sub)
        elif name in seen:
            errors[field] = ("survey.dimension_twice", {"name": dimension.name.strip()})
        seen.add(name)
        if not dimension.questions:
            errors[f"{field}.questions"] = ("survey.no_questions", {"name": dimension.name})
        elif len(dimension.questions) > QUESTIONS_MAX:
            errors[f"{field}.questions"] = ("survey.too_many_questions", {"max": QUESTIONS_MAX})
        for q_number, question in enumerate(dimension.questions, 1):
            v.required(errors, f"{field}.question.{q_number}", question, QUESTION_MAX)
    return errors


def _dim(
    key: Dimension, es: str, en: str, questions: tuple[tuple[str, str], ...], lang: str
) -> DimensionDef:
    column = 1 if lang.startswith("en") else 0
    return DimensionDef(en if column else es, tuple(q[column] for q in questions), key)


def five_indicators(lang: str = "es") -> TemplateDef:
    """The five indicators of service quality, two questions each."""
    d = Dimension
    dims = (
        _dim(
            d.TANGIBLES,
            "Tangibles",
            "Tangibles",
            (
                (
                    "Las instalaciones y los materiales de la agencia son adecuados.",
                    "The agency's premises and materials are right for the work.",
                ),
                (
                    "Las presentaciones y los documentos están cuidados.",
                    "Presentations and documents are well finished.",
                ),
            ),
            lang,
        ),
        _dim(
            d.FULFILMENT,
            "Cumplimiento de expectativas",
            "Fulfilment of expectations",
            (
                (
                    "La agencia cumple lo que promete en plazo.",
                    "The agency delivers what it promises on time.",
                ),
                (
                    "El resultado de las campañas es el acordado.",
                    "Campaign results are what was agreed.",
                ),
            ),
            lang,
        ),
        _dim(
            d.ATTITUDE,
            "Actitud del personal",
            "Staff attitude",
            (
                ("El equipo está dispuesto a ayudar.", "The team is willing to help."),
                ("El equipo responde con rapidez.", "The team answers promptly."),
            ),
            lang,
        ),
        _dim(
            d.SKILLS,
            "Competencia del personal",
            "Staff skills",
            (
                ("El equipo conoce su oficio.", "The team knows its craft."),
                (
                    "Las propuestas resuelven el problema planteado.",
                    "Proposals solve the problem set.",
                ),
            ),
            lang,
        ),
        _dim(
            d.EMPATHY,
            "Empatía",
            "Empathy",
            (
                (
                    "La agencia entiende las necesidades de nuestra marca.",
                    "The agency understands our brand's needs.",
                ),
                ("Recibimos una atención personal.", "We get personal attention."),
            ),
            lang,
        ),
    )
    name = "Five quality indicators" if lang.startswith("en") else "Cinco indicadores de calidad"
    return TemplateDef(name, dims, DEFAULT_POINTS, ScaleWording.QUALITY)


def eight_values(lang: str = "es") -> TemplateDef:
    """The eight values a client expects of an agency, one question each."""
    d = Dimension
    rows = (
        (
            d.RESPONSIBILITY,
            "Responsabilidad",
            "Responsibility",
            "La agencia asume sus compromisos.",
            "The agency owns its commitments.",
        ),
        (
            d.COMPETENCE,
            "Competencia",
            "Competence",
            "La agencia tiene el conocimiento que necesitamos.",
            "The agency has the knowledge we need.",
        ),
        (
            d.TRUST,
            "Confianza",
            "Trust",
            "Confiamos en las recomendaciones de la agencia.",
            "We trust the agency's advice.",
        ),
        (
            d.UNDERSTANDING,
            "Comprensión",
            "Understanding",
            "La agencia entiende nuestro negocio.",
            "The agency understands our business.",
        ),
        (
            d.ACCESS,
            "Accesibilidad",
            "Access",
            "Es fácil contactar con la persona adecuada.",
            "It is easy to reach the right person.",
        ),
        (
            d.COURTESY,
            "Cortesía",
            "Courtesy",
            "El trato es amable y respetuoso.",
            "We are treated kindly and with respect.",
        ),
        (
            d.SECURITY,
            "Seguridad",
            "Security",
            "La agencia protege nuestra información.",
            "The agency keeps our information safe.",
        ),
        (
            d.TANGIBILITY,
            "Tangibilidad",
            "Tangibility",
            "Los entregables se ven y se pueden medir.",
            "Deliverables can be seen and measured.",
        ),
    )
    dims = tuple(_dim(key, es, en, ((qes, qen),), lang) for key, es, en, qes, qen in rows)
    name = "Eight client values" if lang.startswith("en") else "Ocho valores del cliente"
    return TemplateDef(name, dims, DEFAULT_POINTS, ScaleWording.SATISFACTION)


SHIPPED = ("five_indicators", "eight_values")


def shipped(lang: str = "es") -> tuple[TemplateDef, ...]:
    """The templates every agency starts with."""
    return (five_indicators(lang), eight_values(lang))
