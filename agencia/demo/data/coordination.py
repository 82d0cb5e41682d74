"""The demo's coordination: the agency's internal teams, its suppliers, and the work
each open campaign asks of them. Pure data; days count from the demo's today."""

from __future__ import annotations

from typing import Final

from agencia.domain.coordination_enums import VendorCategory
from agencia.domain.enums import Department

# (full name, feminine, department, title, weekly hours)
PEOPLE: Final = (
    ("Nuria Castell Bravo", True, Department.CREATIVE, "Directora creativa", 40),
    ("Óscar Lema Quintana", False, Department.CREATIVE, "Redactor publicitario", 40),
    ("Paula Ferrer Ibáñez", True, Department.MEDIA, "Planificadora de medios", 40),
    ("Hugo Serrano Díaz", False, Department.PRODUCTION, "Productor audiovisual", 40),
    ("Celia Roldán Mora", True, Department.PRODUCTION, "Producción gráfica", 30),
    ("Martín Ocaña Vera", False, Department.STRATEGY, "Planner estratégico", 40),
    ("Inés Pardo Llorente", True, Department.DIGITAL, "Responsable digital", 40),
    ("Diego Marín Soto", False, Department.DIGITAL, "Community manager", 40),
)
# (person index, first day, last day, why): away, so their capacity shrinks
ABSENCES: Final = ((6, 7, 11, "Vacaciones"),)

# (name, category, contact, e-mail, phone, tax id, rates)
VENDORS: Final = (
    (
        "Rodajes del Sur Producciones",
        VendorCategory.PRODUCTION_HOUSE,
        "Lorena Vidal",
        "lorena@rodajesdelsur.es",
        "+34 954 220 310",
        "B41234565",
        "Jornada de rodaje con equipo: 9.500 €; día de posproducción: 1.200 €",
    ),
    (
        "Gráficas Alcalá",
        VendorCategory.PRINTER,
        "Tomás Rueda",
        "pedidos@graficasalcala.es",
        "+34 918 830 455",
        "B28765430",
        "Lona 3×2 m: 180 €; cartel A1: 6,50 €",
    ),
    (
        "Estudio Lumen Fotografía",
        VendorCategory.PHOTOGRAPHER,
        "Aitana Gil",
        "estudio@lumenfoto.es",
        "+34 933 104 876",
        "",
        "Sesión de producto, media jornada: 1.400 €",
    ),
    (
        "Exclusivas Radio Norte",
        VendorCategory.MEDIA_OUTLET,
        "Julián Arce",
        "comercial@radionorte.es",
        "+34 944 156 200",
        "",
        "Cuña de 20 s en franja de mañana: 320 €",
    ),
    (
        "Mensajería Rayo 24h",
        VendorCategory.COURIER,
        "Servicio al cliente",
        "empresas@rayo24.es",
        "+34 902 100 240",
        "",
        "Envío urgente península: 14 €",
    ),
)

# A campaign's plan of work: (key, title, team or vendor index, person index, first day,
# last day, hours, status, [(key it follows, lag)])
Step = tuple[
    str, str, Department | int | None, int | None, int, int, int, str, tuple[tuple[str, int], ...]
]

PLANS: Final[tuple[tuple[Step, ...], ...]] = (
    (  # a spot: the concept is late, what follows it is at risk
        ("insight", "Estrategia e insight", Department.STRATEGY, 5, -20, -12, 16, "done", ()),
        ("concept", "Concepto creativo", Department.CREATIVE, 0, -11, -3, 30, "in_progress",
         (("insight", 0),)),
        ("script", "Guion del spot", Department.CREATIVE, 1, -2, 3, 20, "todo",
         (("concept", 0),)),
        ("media", "Plan de medios", Department.MEDIA, 2, 0, 8, 24, "in_progress",
         (("insight", 0),)),
        ("shoot", "Rodaje", 0, 3, 10, 12, 24, "todo", (("script", 2),)),
        ("post", "Posproducción", Department.PRODUCTION, 3, 13, 20, 32, "todo",
         (("shoot", 0),)),
        ("buy", "Compra de medios", 3, 2, 21, 25, 8, "todo", (("post", 0), ("media", 0))),
    ),
    (  # digital: one week asks more of Inés than she has (and she is away part of it)
        ("brief_dig", "Brief digital", Department.DIGITAL, 6, -6, -2, 6, "done", ()),
        ("landing", "Landing de la promoción", Department.DIGITAL, 6, 6, 10, 26, "todo",
         (("brief_dig", 0),)),
        ("social", "Calendario de redes", Department.DIGITAL, 6, 6, 10, 18, "todo",
         (("brief_dig", 0),)),
        ("ads", "Anuncios en redes", Department.DIGITAL, 7, 11, 18, 20, "todo",
         (("landing", 0), ("social", 0))),
    ),
    (  # point of sale: print and deliver
        ("design", "Diseño de piezas PLV", Department.CREATIVE, 1, -4, 2, 18, "in_progress", ()),
        ("proofs", "Pruebas de color", Department.PRODUCTION, 4, 3, 4, 4, "todo",
         (("design", 0),)),
        ("print", "Impresión de lonas y carteles", 1, 4, 5, 9, 6, "todo", (("proofs", 1),)),
        ("courier", "Envío a puntos de venta", 4, 4, 10, 11, 3, "todo", (("print", 0),)),
    ),
    (  # a product shoot for social
        ("photo", "Sesión de fotos de producto", 2, 3, -15, -14, 10, "done", ()),
        ("retouch", "Retoque y selección", Department.CREATIVE, 0, -13, -8, 12, "waiting",
         (("photo", 0),)),
        ("adapt", "Adaptaciones para redes", Department.DIGITAL, 7, -7, -1, 10, "todo",
         (("retouch", 0),)),
    ),
)  # fmt: skip

# Jobs per plan: (vendor index, what, share of the campaign's budget, approved, delivered
# days from today or None, invoiced share or None, rating, comment). The first plan's
# approved jobs pass its budget.
JOBS: Final = (
    (
        (0, "Rodaje del spot (2 jornadas)", "0.70", True, None, None, None, ""),
        (3, "Cuñas de radio, primera oleada", "0.45", True, None, None, None, ""),
    ),
    (),
    (
        (1, "Lonas 3×2 y carteles A1", "0.08", True, -1, "0.08", 4, "Buen color, a tiempo"),
        (4, "Envíos a 120 puntos de venta", "0.02", False, None, None, None, ""),
    ),
    ((2, "Sesión de producto", "0.05", True, -14, "0.05", 2, "Llegó tarde y faltaron tomas"),),
)
