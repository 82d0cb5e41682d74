"""Deck content written by hand for the renderer's tests: realistic Spanish with accents,
long texts, markup-like names and empty sections. No database."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageDraw

from agencia.decks.content import (
    AgencyProfile,
    CampaignContent,
    CaseStudy,
    ClientRef,
    CredentialsContent,
    Decision,
    Kpi,
    Milestone,
    NextStep,
    Person,
    PlanLine,
    TeamNode,
)

MADE_ON = date(2025, 3, 12)


def logo(text: str, colour: str = "#1B4F9C", size: tuple[int, int] = (360, 120)) -> bytes:
    """A small PNG logo: a coloured mark and a word (deterministic bytes)."""
    img = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(img)
    h = size[1]
    d.ellipse((10, 10, h - 10, h - 10), fill=colour)
    d.rectangle((h + 10, h // 2 - 12, size[0] - 20, h // 2 + 12), fill=colour)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def visual() -> bytes:
    img = Image.new("RGB", (800, 1000), "#E8663D")
    d = ImageDraw.Draw(img)
    for i in range(0, 1000, 80):
        d.rectangle((0, i, 800, i + 40), fill="#F4A582")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


AGENCY = AgencyProfile(
    name="Norte & Sur Comunicación",
    legal_name="Norte y Sur Comunicación, S.L.",
    tagline="Ideas que mueven marcas — y cifras que lo demuestran",
    about=(
        "Somos una agencia independiente de publicidad con sede en Madrid y Barcelona. "
        "Desde 2009 ayudamos a marcas de gran consumo, banca y turismo a crecer con ideas "
        "sencillas, bien ejecutadas y medidas.\n\n"
        "Trabajamos con equipos pequeños y estables: la persona que presenta la campaña es "
        "la que la lleva hasta el final. Creemos en los datos, pero también en la intuición "
        "de quien conoce bien al público.\n\n"
        "Nuestro equipo reúne a 42 profesionales de estrategia, creatividad, medios y "
        "producción, con una rotación inferior al 8 % anual."
    ),
    services=(
        "Estrategia de marca y posicionamiento",
        "Creatividad 360: televisión, exterior, radio y digital",
        "Planificación y compra de medios",
        "Contenido y redes sociales",
        "Activación en punto de venta",
        "Investigación: pretest y postest de campañas",
        "Producción audiovisual",
    ),
    process=(
        ("Escuchar", "Reunión de briefing con el cliente y revisión de datos de mercado."),
        ("Contrabrief", "Devolvemos el brief con nuestra lectura, el insight y un enfoque."),
        ("Crear", "Dos o tres rutas creativas, probadas con el público cuando hace falta."),
        ("Medir", "Seguimiento semanal de KPI y un informe de resultados al cierre."),
    ),
    address="Calle de Alcalá 123, 4.º izq., 28009 Madrid",
    phone="+34 910 123 456",
    email="hola@nortesur.es",
    website="www.nortesur.es",
    logo=logo("NS"),
    primary_color="#1B4F9C",
    secondary_color="#E8663D",
    locale="es_ES",
    currency="EUR",
)


def _p(name: str, role: str, title: str = "", part: str = "") -> Person:
    return Person(name=name, role=role, title=title, part=part)


TEAM = (
    TeamNode(
        _p("Lucía Fernández Ortega", "Directora general"),
        (
            TeamNode(
                _p("Javier Muñoz", "Director de cuentas"),
                (
                    TeamNode(
                        _p("Ana Belén Ruiz", "Supervisora de cuentas"),
                        (
                            TeamNode(_p("Íñigo Sáez", "Ejecutivo de cuentas")),
                            TeamNode(_p("Sofía Peña", "Ejecutiva de cuentas")),
                        ),
                    ),
                ),
            ),
            TeamNode(
                _p("Carmen Ibáñez", "Directora creativa"),
                (
                    TeamNode(_p("Óscar Gutiérrez", "Redactor creativo")),
                    TeamNode(_p("Nuria Álvarez", "Directora de arte")),
                ),
            ),
            TeamNode(
                _p("Raúl Domínguez", "Director de medios"),
                (TeamNode(_p("Marta Güell", "Planificadora de medios")),),
            ),
        ),
    ),
)

CASES = (
    CaseStudy(
        client="Cervezas del Cantábrico",
        brand="Olas",
        campaign="Verano sin prisa",
        year=2024,
        challenge="Recuperar a los jóvenes de 25 a 34 años que habían dejado la marca por las "
        "cervezas artesanas, sin perder a los clientes de siempre.",
        idea="El verano del norte se vive despacio: una campaña que celebra las sobremesas "
        "largas, con música de grupos locales y envases de edición limitada.",
        story="La campaña superó los objetivos de notoriedad en seis semanas y las ventas del "
        "formato lata crecieron un 18 % frente al verano anterior.",
        results=(
            Kpi("Notoriedad espontánea", "+5 pts", "+9 pts"),
            Kpi("Ventas en lata", "+10 %", "+18 %"),
            Kpi("Visualizaciones", "2 M", "3,4 M"),
        ),
    ),
    CaseStudy(
        client="Banca Ribera",
        brand="Ribera Joven",
        campaign="Tu primera nómina",
        year=2023,
        challenge="Captar cuentas nómina de menores de 30 años en un mercado saturado.",
        idea="Un simulador de la primera nómina que explica cada línea sin letra pequeña.",
        story="",
        results=(
            Kpi("Cuentas abiertas", "12.000", "15.300"),
            Kpi("Coste por alta", "45 €", "31 €"),
        ),
        key_visual=visual(),
    ),
)

CREDENTIALS = CredentialsContent(
    agency=AGENCY,
    made_on=MADE_ON,
    prepared_for="Lácteos Peñalara",
    prepared_for_logo=logo("LP", "#2E7D32"),
    team=TEAM,
    clients=(
        ClientRef("Cervezas del Cantábrico", "Bebidas", logo("CC", "#B71C1C")),
        ClientRef("Banca Ribera", "Banca"),
        ClientRef("Hoteles Mar Menor", "Turismo"),
        ClientRef("M&M's <b> España", "Alimentación"),
        ClientRef("Ópticas Visión Clara", "Salud"),
        ClientRef("Muebles Güell", "Hogar", logo("MG", "#6A1B9A")),
    ),
    cases=CASES,
    version="Credenciales 2025",
)

OBJECTIVES = (
    "- Lanzar Peñalara Proteína en el canal de gran consumo antes del verano.\n"
    "- Alcanzar un 25 % de notoriedad asistida entre deportistas aficionados de 25 a 45 años.\n"
    "- Conseguir una distribución ponderada del 60 % en los tres primeros meses.\n"
    "- Generar prueba: 150.000 unidades vendidas en las 12 primeras semanas."
)

BRIEF = {
    "objectives": OBJECTIVES,
    "brand": "Peñalara",
    "product": "Peñalara Proteína: yogur natural con 20 g de proteína, sin azúcares añadidos.",
    "market": "El mercado de lácteos funcionales crece un 12 % anual. Los competidores directos "
    "(Danone Pro, Hacendado Proteínas) compiten en precio; ninguno habla de origen ni de sabor.",
    "target_audience": "Deportistas aficionados de 25 a 45 años, urbanos, que entrenan tres veces "
    "por semana y cuidan lo que comen sin obsesionarse.\n\nCompradores secundarios: padres y "
    "madres que buscan una merienda saciante para adolescentes.",
    "insight": "«Quiero cuidarme, pero no renunciar a lo que me gusta comer.»",
    "key_message": "La proteína que necesitas, con el sabor de siempre.",
    "mandatories": "- Logotipo de Peñalara visible en los primeros 3 segundos.\n"
    "- Mencionar «sin azúcares añadidos».\n- Sello de origen: leche de la Sierra de Guadarrama.",
    "channels": "Vídeo online, redes sociales, exterior en gimnasios y punto de venta.",
    "budget": "250.000 € más IVA, producción incluida.",
    "kpis": "- Notoriedad asistida (pretest y postest).\n- Distribución ponderada (Nielsen).\n"
    "- Unidades vendidas por semana.",
    "deadline": "Salida en antena el 5 de mayo.",
}

PLAN = (
    PlanLine(
        "Vídeo online",
        "YouTube y Twitch: spots de 20 s",
        Decimal("95000"),
        date(2025, 4, 28),
        date(2025, 6, 22),
    ),
    PlanLine(
        "Redes sociales",
        "Instagram y TikTok con 12 creadores",
        Decimal("60000"),
        date(2025, 5, 5),
        date(2025, 7, 13),
    ),
    PlanLine(
        "Exterior",
        "Circuito en 80 gimnasios de Madrid y Barcelona",
        Decimal("48500.50"),
        date(2025, 5, 12),
        date(2025, 6, 8),
    ),
    PlanLine(
        "Punto de venta",
        "Expositores y degustaciones en 120 tiendas",
        Decimal("31000"),
        date(2025, 5, 19),
        date(2025, 7, 6),
    ),
    PlanLine(
        "Producción",
        "Rodaje, posproducción y adaptaciones",
        Decimal("15499.50"),
        date(2025, 3, 24),
        date(2025, 4, 25),
    ),
)

DECISIONS = (
    Decision(
        "Revisión interna",
        "Brief v1",
        "Aprobado",
        "Javier Muñoz",
        "",
        date(2025, 2, 3),
        "Reunión",
        "Listo para el cliente.",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        internal=True,
    ),
    Decision(
        "Cliente",
        "Propuesta v1",
        "Cambios solicitados",
        "Elena Martín",
        "Lácteos Peñalara",
        date(2025, 2, 17),
        "Email",
        "Quieren más presencia de la leche de origen y menos gimnasio.",
        "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
        superseded=True,
    ),
    Decision(
        "Cliente",
        "Propuesta v2",
        "Aprobado",
        "Elena Martín",
        "Lácteos Peñalara",
        date(2025, 3, 3),
        "Reunión",
        "Aprobada con el ajuste del claim: «con el sabor de siempre».",
        "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13",
    ),
)

CAMPAIGN = CampaignContent(
    agency=AGENCY,
    made_on=MADE_ON,
    client="Lácteos Peñalara",
    client_logo=logo("LP", "#2E7D32"),
    brand="Peñalara Proteína",
    brand_logo=None,
    campaign="Lanzamiento Peñalara Proteína",
    code="LPE-2025-004",
    kind="Lanzamiento",
    status="Propuesta aprobada",
    locale="es_ES",
    currency="EUR",
    budget=Decimal("250000"),
    starts=date(2025, 4, 28),
    deadline=date(2025, 7, 13),
    brief_number=2,
    brief=BRIEF,
    brief_budget=Decimal("250000"),
    brief_deadline=date(2025, 5, 5),
    approach="Hablar de sabor antes que de proteína: el público ya sabe que necesita proteína; "
    "lo que no cree es que pueda estar buena. Demostrarlo con degustaciones y creadores.",
    proposal_summary="Una campaña de diez semanas en tres fases: intriga en redes, lanzamiento "
    "con vídeo online y exterior en gimnasios, y sostenimiento en punto de venta.",
    plan=PLAN,
    milestones=(
        Milestone("Aprobación del brief", date(2025, 2, 3), done=True),
        Milestone("Aprobación de la propuesta", date(2025, 3, 3), done=True),
        Milestone("Rodaje", date(2025, 4, 2)),
        Milestone("Salida en antena", date(2025, 5, 5)),
        Milestone("Informe de resultados", date(2025, 7, 25)),
    ),
    team=(
        _p("Javier Muñoz", "Director de cuentas", part="Responsable de la cuenta"),
        _p("Íñigo Sáez", "Ejecutivo de cuentas", part="Día a día con el cliente"),
        _p("Carmen Ibáñez", "Directora creativa", part="Idea y rodaje"),
        _p("Óscar Gutiérrez", "Redactor creativo", part="Textos y guion"),
        _p("Raúl Domínguez", "Director de medios", part="Plan de medios"),
        _p("Marta Güell", "Planificadora de medios", part="Compra y seguimiento"),
    ),
    decisions=DECISIONS,
    next_steps=(
        NextStep("Validar el guion definitivo con marketing", "Elena Martín", date(2025, 3, 19)),
        NextStep("Cerrar la lista de creadores", "Íñigo Sáez", date(2025, 3, 26)),
        NextStep("Rodaje en la Sierra de Guadarrama", "Carmen Ibáñez", date(2025, 4, 2)),
    ),
    version="Propuesta v2",
)


def long_campaign(copies: int = 4) -> CampaignContent:
    """The same campaign with long texts, a long plan and many decisions (20+ slides)."""
    long = " ".join([BRIEF["market"]] * 6)
    brief = dict(
        BRIEF,
        market=long,
        target_audience=BRIEF["target_audience"] * 3,
        objectives=OBJECTIVES + "\n" + OBJECTIVES.replace("- ", "- Además: "),
    )
    plan = tuple(
        replace(
            line,
            channel=f"{line.channel} {i + 1}",
            starts=line.starts + timedelta(days=7 * i) if line.starts else None,
            ends=line.ends + timedelta(days=7 * i) if line.ends else None,
        )
        for i in range(copies)
        for line in PLAN
    )
    decisions = DECISIONS * (copies * 2)
    return replace(
        CAMPAIGN,
        brief=brief,
        plan=plan,
        decisions=decisions,
        approach=CAMPAIGN.approach * 4,
        proposal_summary=CAMPAIGN.proposal_summary * 5,
    )


def empty_campaign() -> CampaignContent:
    """A campaign just opened: no brief, no plan, no team, no decisions."""
    return CampaignContent(
        agency=AgencyProfile(name="Agencia Mínima"),
        made_on=MADE_ON,
        client="Cliente Nuevo",
        client_logo=None,
        brand="",
        brand_logo=None,
        campaign="Campaña sin datos",
        code="CN-001",
        kind="Notoriedad",
        status="Borrador",
        locale="es_ES",
        currency="EUR",
        budget=Decimal("0"),
        starts=None,
        deadline=None,
        brief_number=None,
    )
