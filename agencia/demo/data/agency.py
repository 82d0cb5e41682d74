"""The demo agency itself: its profile, its three account groups and their people, the
administrator, the titles it gives each role, and its approval policy. Pure data.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from agencia.demo.plan import GroupPlan
from agencia.demo.plan import person as _p
from agencia.domain.enums import Role

AGENCY: Final = {
    "name": "Atlántica Comunicación",
    "legal_name": "Atlántica Comunicación y Publicidad, S.L.",
    "tax_id": "B86543212",
    "locale": "es_ES",
    "currency": "EUR",
    "time_zone": "Europe/Madrid",  # Paseo de la Castellana: its SLA clocks' office hours
    "about": (
        "Agencia de publicidad independiente fundada en Madrid en 1998. Trabajamos la "
        "estrategia, la creatividad y los medios de marcas de gran consumo, servicios y "
        "tecnología en España y Latinoamérica, con oficinas asociadas en Ciudad de México, "
        "Buenos Aires y Bogotá."
    ),
    "address": "Paseo de la Castellana 95, planta 12, 28046 Madrid",
    "phone": "+34 91 555 40 20",
    "email": "hola@atlantica-comunicacion.es",
    "website": "https://www.atlantica-comunicacion.es",
    "primary_color": "#0B4F6C",
    "secondary_color": "#F18F01",
    "tagline": "Ideas que mueven marcas, a ambos lados del Atlántico.",
    # one service a line, as the profile dialog keeps them
    "services": "\n".join(
        (
            "Estrategia de marca y posicionamiento",
            "Creatividad publicitaria 360°",
            "Planificación y compra de medios",
            "Contenidos y redes sociales",
            "Marketing de influencia",
            "Activación en punto de venta y promociones",
            "Relaciones públicas y comunicación corporativa",
            "Medición de resultados y analítica",
        )
    ),
    "process": [
        {
            "title": "Escuchar",
            "text": "Recibimos el brief en una reunión de arranque con el equipo de cuenta "
            "completo y el acta sale ese mismo día.",
        },
        {
            "title": "Entender",
            "text": "En una semana devolvemos el contrabrief: lo que entendimos, nuestras "
            "preguntas y el enfoque que proponemos.",
        },
        {
            "title": "Crear",
            "text": "Estrategia, creatividad y medios trabajan juntos; la propuesta pasa la "
            "revisión interna antes de llegar al cliente.",
        },
        {
            "title": "Decidir",
            "text": "Presentamos, recogemos la decisión del cliente por escrito y cada versión "
            "queda registrada con su huella.",
        },
        {
            "title": "Medir",
            "text": "Producimos, lanzamos y medimos contra los KPI del brief; el informe de "
            "resultados cierra la campaña.",
        },
    ],
    "deck_font": "Lato",
    # the same texts for English decks
    "tagline_en": "Ideas that move brands, on both sides of the Atlantic.",
    "about_en": (
        "Independent advertising agency founded in Madrid in 1998. We handle strategy, "
        "creative and media for consumer goods, services and technology brands in Spain "
        "and Latin America, with partner offices in Mexico City, Buenos Aires and Bogotá."
    ),
    "services_en": "\n".join(
        (
            "Brand strategy and positioning",
            "360° advertising creative",
            "Media planning and buying",
            "Content and social media",
            "Influencer marketing",
            "Point-of-sale activation and promotions",
            "Public relations and corporate communications",
            "Measurement and analytics",
        )
    ),
    "process_en": [
        {
            "title": "Listen",
            "text": "We take the brief at a kick-off meeting with the whole account team, "
            "and the meeting report goes out the same day.",
        },
        {
            "title": "Understand",
            "text": "Within a week we send back the counter-brief: what we understood, our "
            "questions and the approach we propose.",
        },
        {
            "title": "Create",
            "text": "Strategy, creative and media work together; the proposal passes internal "
            "review before it reaches the client.",
        },
        {
            "title": "Decide",
            "text": "We present, take the client's decision in writing, and every version is "
            "recorded with its fingerprint.",
        },
        {
            "title": "Measure",
            "text": "We produce, launch and measure against the brief's KPIs; the results "
            "report closes the campaign.",
        },
    ],
    "spanish": "spain",
}

# Every demo user signs in with this password; the first director's login is "demo".
PASSWORD: Final = "demo"
DEMO_LOGIN: Final = "demo"


# Each group: director, manager, supervisor, two executives, a junior executive, an
# assistant and a trainee. The agency's demo wires `reports_to` from these
# positions (plan.REPORTS_TO).
GROUPS: Final = (
    GroupPlan(
        "Gran Consumo",
        (
            (Role.ACCOUNT_DIRECTOR, _p("Lucía", "Fernández Ortega", True)),
            (Role.ACCOUNT_MANAGER, _p("Javier", "Núñez Calvo", False)),
            (Role.ACCOUNT_SUPERVISOR, _p("Marta", "Peña Lozano", True)),
            (Role.ACCOUNT_EXECUTIVE, _p("Álvaro", "García Rubio", False)),
            (Role.ACCOUNT_EXECUTIVE, _p("Carmen", "Sáez Molina", True)),
            (Role.JUNIOR_ACCOUNT_EXECUTIVE, _p("Diego", "Martín Ibáñez", False)),
            (Role.ASSISTANT, _p("Irene", "Domínguez Vidal", True)),
            (Role.TRAINEE, _p("Pablo", "Herrero Cano", False)),
        ),
    ),
    GroupPlan(
        "Servicios y Tecnología",
        (
            (Role.ACCOUNT_DIRECTOR, _p("Andrés", "Muñoz Beltrán", False)),
            (Role.ACCOUNT_MANAGER, _p("Elena", "Castaño Ruiz", True)),
            (Role.ACCOUNT_SUPERVISOR, _p("Sergio", "Gómez Aranda", False)),
            (Role.ACCOUNT_EXECUTIVE, _p("Natalia", "Ramírez Soler", True)),
            (Role.ACCOUNT_EXECUTIVE, _p("Raúl", "Jiménez Prieto", False)),
            (Role.JUNIOR_ACCOUNT_EXECUTIVE, _p("Laura", "Velázquez Gil", True)),
            (Role.ASSISTANT, _p("Hugo", "Serrano Nieto", False)),
            (Role.TRAINEE, _p("Noelia", "Cortés Esteban", True)),
        ),
    ),
    GroupPlan(
        "Latinoamérica",
        (
            (Role.ACCOUNT_DIRECTOR, _p("Mariana", "Olvera Treviño", True)),
            (Role.ACCOUNT_MANAGER, _p("Tomás", "Echeverría Paz", False)),
            (Role.ACCOUNT_SUPERVISOR, _p("Valentina", "Quiroga Ríos", True)),
            (Role.ACCOUNT_EXECUTIVE, _p("Mateo", "Salazar Ángel", False)),
            (Role.ACCOUNT_EXECUTIVE, _p("Camila", "Restrepo Duque", True)),
            (Role.JUNIOR_ACCOUNT_EXECUTIVE, _p("Santiago", "Benítez Acuña", False)),
            (Role.ASSISTANT, _p("Ximena", "Cárdenas Luna", True)),
            (Role.TRAINEE, _p("Joaquín", "Pacheco Solís", False)),
        ),
    ),
)

ADMINISTRATOR: Final = _p("Rosa", "Villalba Moreno", True)

# Titles people read (the agency's own wording); (male, female).
TITLES: Final[dict[Role, tuple[str, str]]] = {
    Role.TRAINEE: ("Becario de Cuentas", "Becaria de Cuentas"),
    Role.ASSISTANT: ("Asistente de Cuentas", "Asistente de Cuentas"),
    Role.JUNIOR_ACCOUNT_EXECUTIVE: ("Ejecutivo de Cuentas Junior", "Ejecutiva de Cuentas Junior"),
    Role.ACCOUNT_EXECUTIVE: ("Ejecutivo de Cuentas", "Ejecutiva de Cuentas"),
    Role.ACCOUNT_SUPERVISOR: ("Supervisor de Cuentas", "Supervisora de Cuentas"),
    Role.ACCOUNT_MANAGER: ("Gerente de Cuentas", "Gerente de Cuentas"),
    Role.ACCOUNT_DIRECTOR: ("Director de Cuentas", "Directora de Cuentas"),
    Role.ADMINISTRATOR: ("Administrador de Sistemas", "Administradora de Sistemas"),
}

# Approval thresholds before this year's policy, and the policy the administrator sets.
THRESHOLDS_BEFORE: Final = (40_000, 120_000)
THRESHOLDS: Final = (date(2026, 1, 12), 50_000, 150_000)
