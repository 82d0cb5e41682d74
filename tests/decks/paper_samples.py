"""The A4 documents' content written by hand for the renderer's tests: an acta with
attendees on both sides, agreements and steps (one done, one overdue, one open), a long
acta that must flow onto more pages, and a contrabrief. No database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from deck_samples import AGENCY, logo

from agencia.decks.paper_content import ActaContent, ActaStep, Attendee, ContrabriefContent

ISSUED = date(2025, 3, 12)

ACTA = ActaContent(
    agency=AGENCY,
    made_on=ISSUED,
    client="Lácteos Peñalara",
    client_logo=logo("LP", "#2E7D32"),
    campaign="Lanzamiento Peñalara Proteína",
    code="LPE-2025-004",
    locale="es_ES",
    held_on=date(2025, 3, 10),
    subject="Presentación de la estrategia y del calendario de lanzamiento",
    place="Oficinas de Lácteos Peñalara, Madrid",
    agreements=(
        "Se revisa la estrategia presentada por la agencia.\n\n"
        "- El cliente aprueba el territorio «Origen» como eje de la campaña.\n"
        "- Se pide reforzar la inversión digital en un 10 %.\n"
        "- M&M's <b> no es competencia directa: se deja fuera del análisis."
    ),
    ours=(
        Attendee("Carmen Sáez Molina", "Directora de cuentas"),
        Attendee("Diego Martín Ibáñez", "Ejecutivo de cuentas"),
    ),
    theirs=(
        Attendee("Lucía Fernández", "Directora de marketing"),
        Attendee("Javier Ortega", "Brand manager"),
    ),
    next_steps=(
        ActaStep(
            "Enviar el plan de medios revisado", "Diego Martín Ibáñez", False, date(2025, 3, 14)
        ),
        ActaStep("Confirmar el presupuesto digital", "Lucía Fernández", True, date(2025, 3, 5)),
        ActaStep("Compartir el estudio de mercado", "Javier Ortega", True, None, True),
    ),
    author="Diego Martín Ibáñez",
)

LONG_AGREEMENT = (
    "El cliente pide que la campaña mantenga el tono cercano de la marca, con el origen de "
    "la leche de la Sierra de Guadarrama como prueba, y que cada pieza diga con claridad "
    "que el producto no lleva azúcares añadidos."
)


def long_acta(steps: int = 40) -> ActaContent:
    """An acta with many agreements and steps: it cannot fit one page."""
    return replace(
        ACTA,
        agreements="\n".join(f"- {n}. {LONG_AGREEMENT}" for n in range(1, 9)),
        next_steps=tuple(
            ActaStep(
                f"Paso {n}: preparar y enviar al cliente la pieza número {n} con sus medidas "
                "y el calendario de inserciones acordado",
                "Diego Martín Ibáñez" if n % 2 else "Lucía Fernández",
                n % 2 == 0,
                date(2025, 4, 1 + n % 28),
            )
            for n in range(1, steps + 1)
        ),
    )


CONTRABRIEF = ContrabriefContent(
    agency=AGENCY,
    made_on=ISSUED,
    client="Lácteos Peñalara",
    client_logo=logo("LP", "#2E7D32"),
    brand="Peñalara Proteína",
    campaign="Lanzamiento Peñalara Proteína",
    code="LPE-2025-004",
    locale="es_ES",
    brief_number=2,
    understanding="Una marca de origen que entra en la proteína sin perder su tono.",
    questions="- ¿Hay presupuesto para muestreo en gimnasios?\n- ¿Quién aprueba el copy final?",
    approach="Una campaña de origen: la sierra como gimnasio.",
    author="Carmen Sáez Molina",
)
