"""The brief as a structured document: its fields, the templates per kind of campaign, and
the field-by-field comparison of two versions."""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from agencia.domain.enums import CampaignKind

# The brief's fields in the order people read them: (name, Spanish label, English label).
BRIEF_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("objectives", "Objetivos", "Objectives"),
    ("brand", "Marca", "Brand"),
    ("product", "Producto", "Product"),
    ("market", "Mercado", "Market"),
    ("target_audience", "Público objetivo", "Target audience"),
    ("insight", "Insight", "Insight"),
    ("key_message", "Mensaje clave", "Key message"),
    ("mandatories", "Obligatorios", "Mandatories"),
    ("channels", "Canales", "Channels"),
    ("budget", "Presupuesto", "Budget"),
    ("kpis", "KPI", "KPIs"),
    ("deadline", "Fecha límite", "Deadline"),
)
FIELD_NAMES: tuple[str, ...] = tuple(f[0] for f in BRIEF_FIELDS)
# How much each text of a brief may say: a brief is read in a meeting and printed on one
# sheet; beyond these it becomes a document of its own (attach it to the proposal).
TEXT_LIMITS: dict[str, int] = {
    "objectives": 2000,
    "market": 1500,
    "target_audience": 1500,
    "insight": 1000,
    "key_message": 300,
    "mandatories": 1500,
    "channels": 1000,
    "kpis": 1000,
}
# A brief that can be approved says at least what, to whom and why.
REQUIRED_FOR_APPROVAL: tuple[str, ...] = ("objectives", "target_audience", "key_message")


def field_label(name: str, lang: str = "es") -> str:
    for key, es, en in BRIEF_FIELDS:
        if key == name:
            return es if lang == "es" else en
    return name


# What each kind of campaign asks the client to think about, field by field, in Spanish
# and English (one catalogue); the editor shows these as placeholders and "use template"
# fills the empty fields with them, in the interface's language (`template`).
TEMPLATE_TEXTS: dict[CampaignKind, dict[str, tuple[str, str]]] = {
    CampaignKind.LAUNCH: {
        "objectives": (
            "Dar a conocer el nuevo producto y conseguir la prueba: notoriedad "
            "espontánea, prueba y distribución en los primeros tres meses.",
            "Make the new product known and get it tried: spontaneous awareness, "
            "trial and distribution in the first three months.",
        ),
        "market": (
            "Categoría, competidores directos y precio frente a ellos.",
            "Category, direct competitors and price against them.",
        ),
        "target_audience": (
            "Quién lo comprará primero (early adopters) y quién después.",
            "Who will buy it first (early adopters) and who later.",
        ),
        "insight": (
            "La tensión del consumidor que el producto resuelve.",
            "The consumer tension the product resolves.",
        ),
        "key_message": ("La novedad en una frase.", "What is new, in one sentence."),
        "channels": (
            "Lanzamiento 360: TV/vídeo online, social, punto de venta, PR.",
            "360 launch: TV/online video, social, point of sale, PR.",
        ),
        "kpis": (
            "Notoriedad, prueba, distribución ponderada, ventas de las 12 primeras semanas.",
            "Awareness, trial, weighted distribution, sales in the first 12 weeks.",
        ),
    },
    CampaignKind.AWARENESS: {
        "objectives": (
            "Aumentar la notoriedad y la consideración de la marca.",
            "Raise the brand's awareness and consideration.",
        ),
        "market": (
            "Posición de la marca y de la competencia en el funnel.",
            "Where the brand and its competitors stand in the funnel.",
        ),
        "target_audience": (
            "Perfil sociodemográfico y actitudinal.",
            "Socio-demographic and attitudinal profile.",
        ),
        "insight": (
            "Lo que el público piensa hoy de la marca y lo que debería pensar.",
            "What people think of the brand today and what they should think.",
        ),
        "key_message": (
            "La idea de marca que debe quedar.",
            "The brand idea that should stay with them.",
        ),
        "channels": (
            "Medios de alcance (TV, vídeo online, exterior, audio).",
            "Reach media (TV, online video, out-of-home, audio).",
        ),
        "kpis": (
            "Notoriedad asistida y espontánea, consideración, alcance y frecuencia.",
            "Prompted and spontaneous awareness, consideration, reach and frequency.",
        ),
    },
    CampaignKind.PROMOTION: {
        "objectives": (
            "Mover ventas en un periodo concreto con una mecánica promocional.",
            "Drive sales over a set period with a promotional mechanic.",
        ),
        "market": (
            "Estacionalidad, distribución y promociones de la competencia.",
            "Seasonality, distribution and competitors' promotions.",
        ),
        "target_audience": (
            "Compradores actuales y ocasionales de la categoría.",
            "Regular and occasional buyers of the category.",
        ),
        "key_message": (
            "La mecánica y el beneficio, claros y con fechas.",
            "The mechanic and the benefit, clear and with dates.",
        ),
        "mandatories": (
            "Bases legales, fechas, logos de distribuidores.",
            "Terms and conditions, dates, retailers' logos.",
        ),
        "channels": (
            "Punto de venta, digital de performance, CRM, social.",
            "Point of sale, performance digital, CRM, social.",
        ),
        "kpis": (
            "Ventas incrementales, participaciones, coste por participación.",
            "Incremental sales, entries, cost per entry.",
        ),
    },
    CampaignKind.INSTITUTIONAL: {
        "objectives": (
            "Construir reputación y confianza en la compañía.",
            "Build reputation and trust in the company.",
        ),
        "market": (
            "Contexto social, regulatorio y reputacional.",
            "Social, regulatory and reputational context.",
        ),
        "target_audience": (
            "Públicos de interés: clientes, empleados, administraciones, medios.",
            "Stakeholders: customers, employees, public bodies, media.",
        ),
        "insight": (
            "Lo que la sociedad espera hoy de una compañía como esta.",
            "What society expects today of a company like this one.",
        ),
        "key_message": (
            "El propósito de la compañía, demostrado con hechos.",
            "The company's purpose, shown through facts.",
        ),
        "mandatories": (
            "Aprobación de Comunicación Corporativa y Legal.",
            "Sign-off by Corporate Communications and Legal.",
        ),
        "channels": (
            "Prensa, exterior, vídeo online, relaciones públicas.",
            "Press, out-of-home, online video, public relations.",
        ),
        "kpis": (
            "Reputación (índice RepTrak u otro), menciones y su tono.",
            "Reputation (RepTrak index or another), mentions and their tone.",
        ),
    },
}


def template(kind: CampaignKind, lang: str | None = None) -> dict[str, str]:
    """A kind's template in `lang` ("es" or "en"; the interface's language by default)."""
    from agencia.domain import messages

    english = (lang or messages.language()).startswith("en")
    return {k: pair[1 if english else 0] for k, pair in TEMPLATE_TEXTS.get(kind, {}).items()}


class _Templates(Mapping[CampaignKind, dict[str, str]]):
    """TEMPLATES[kind]: the kind's template in the interface's language at the time it is
    read (an English window shows and fills English text)."""

    def __getitem__(self, kind: CampaignKind) -> dict[str, str]:
        if kind not in TEMPLATE_TEXTS:
            raise KeyError(kind)
        return template(kind)

    def __iter__(self) -> Iterator[CampaignKind]:
        return iter(TEMPLATE_TEXTS)

    def __len__(self) -> int:
        return len(TEMPLATE_TEXTS)


TEMPLATES: Mapping[CampaignKind, dict[str, str]] = _Templates()


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field that differs between two brief versions, with a word-level diff."""

    field: str
    old: str
    new: str
    chunks: tuple[tuple[str, str], ...]  # ("=", text) | ("-", text) | ("+", text)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def compare(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[FieldChange]:
    """The fields that differ, in BRIEF_FIELDS order, each with its changed words marked."""
    changes: list[FieldChange] = []
    for name in FIELD_NAMES:
        a, b = _text(old.get(name)), _text(new.get(name))
        if a == b:
            continue
        changes.append(FieldChange(name, a, b, tuple(word_diff(a, b))))
    return changes


def word_diff(a: str, b: str) -> list[tuple[str, str]]:
    """Words kept, removed and added, so that a reader sees what changed inside a field."""
    wa, wb = a.split(), b.split()
    out: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("=", " ".join(wa[i1:i2])))
            continue
        if i2 > i1:
            out.append(("-", " ".join(wa[i1:i2])))
        if j2 > j1:
            out.append(("+", " ".join(wb[j1:j2])))
    return out
