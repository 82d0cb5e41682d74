"""The demo's campaigns, each as the life it has lived so far (in the language of
`agencia.demo.plan`), the approval delegations between directors, and the media plan of
each kind of campaign. Pure data.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from agencia.demo.plan import (
    Acknowledged,
    Answer,
    BriefDecision,
    BriefVersion,
    CampaignPlan,
    Cancel,
    ClientDecision,
    D,
    DelegationPlan,
    Doc,
    MediaLine,
    Meeting,
    Move,
    Proposal,
    Results,
    Step,
    client_mail,
)
from agencia.domain.enums import CampaignKind, CampaignStatus, Channel, Decision, MediaChannel

S = CampaignStatus
A, C, R = Decision.APPROVED, Decision.CHANGES_REQUESTED, Decision.REJECTED


# --- Gran Consumo ---------------------------------------------------------------------

_KOLA_V1 = BriefVersion(
    D(2, 9),
    objectives="Relanzar Kola-Sierra Zero con su nueva fórmula y llevar su peso en la marca "
    "del 22 % al 30 % este verano, ganando prueba entre quienes hoy beben la Clásica.",
    brand="Kola-Sierra",
    product="Kola-Sierra Zero",
    market="Refrescos de cola en España. El sin azúcar crece un 9 % en volumen y la "
    "competencia concentra su inversión en verano. Kola-Sierra es la tercera cola del "
    "mercado y líder en la Comunidad Valenciana.",
    target_audience="Adultos de 18 a 35 años, urbanos, que cuidan lo que beben pero no "
    "renuncian al sabor; compran en supermercado y consumen en terrazas y en casa.",
    insight="«Lo sin azúcar sabe a sacrificio»: elegir zero se vive como renunciar a algo.",
    key_message="Kola-Sierra Zero: todo el sabor de la Clásica, sin azúcar.",
    mandatories="Lata negra con el sello «Nueva fórmula». No mostrar a menores consumiendo. "
    "Declaraciones nutricionales revisadas por la asesoría jurídica del cliente.",
    channels="Vídeo online y redes sociales (TikTok, Instagram, YouTube), activación en "
    "terrazas de la costa mediterránea y punto de venta en grandes superficies.",
    budget=380_000,
    kpis="Notoriedad espontánea de Zero 18 %; prueba 12 %; ventas de Zero +15 % de junio a "
    "agosto frente a 2025.",
    deadline=D(9, 15),
)

_KOLA = CampaignPlan(
    "Kola-Sierra Refrescos",
    "Kola-Sierra",
    ("Kola-Sierra Zero",),
    "Kola-Sierra Zero · Verano sin azúcar",
    CampaignKind.LAUNCH,
    420_000,
    D(2, 9),
    D(9, 15),
    may_be_shown=True,
    events=(
        _KOLA_V1,
        Meeting(
            D(2, 11),
            "Reunión de arranque: brief de Kola-Sierra Zero",
            "Oficinas de Kola-Sierra, Valencia",
            "El cliente presenta la nueva fórmula y la prueba ciega: el 62 % prefiere la nueva "
            "Zero. La campaña arrancará el 1 de junio y durará todo el verano. La agencia "
            "entregará el contrabrief antes del 18 de febrero. {contact} valorará ampliar el "
            "presupuesto para exterior en Madrid y Barcelona.",
            ("owner", "supervisor"),
            steps=(
                Step(
                    "Enviar las ventas de Zero de 2024 y 2025 por canal", "client", D(2, 13), True
                ),
                Step(
                    "Confirmar la ampliación de presupuesto para exterior",
                    "client2",
                    D(2, 16),
                    True,
                ),
                Step("Entregar el contrabrief", "owner", D(2, 18), True),
            ),
            sent=D(2, 12),
            acknowledged=Acknowledged(D(2, 13), Channel.EMAIL, "Conforme con el acta."),
        ),
        replace(
            _KOLA_V1,
            on=D(2, 16),
            channels=_KOLA_V1.channels[:-1] + ", y exterior digital en Madrid y Barcelona "
            "(circuito de metro y marquesinas).",
            budget=420_000,
            kpis=_KOLA_V1.kpis + " Alcance en vídeo online: 8 millones de usuarios únicos.",
            note="El cliente añade exterior digital en Madrid y Barcelona y amplía el presupuesto.",
        ),
        BriefDecision(
            D(2, 17), A, "Brief completo; la ampliación para exterior está confirmada por escrito."
        ),
        Answer(
            D(2, 18),
            understanding="Kola-Sierra quiere que Zero deje de ser «la versión light» y se vea "
            "como la mejor forma de tomar Kola-Sierra este verano. El reto no es de notoriedad "
            "de marca sino de percepción del sabor: hay que conseguir que la gente la pruebe.",
            questions="¿Podemos citar la prueba ciega en publicidad? ¿Estará cerrada la "
            "distribución en hostelería de la costa antes de junio? ¿Podemos enseñar la lata "
            "negra en exterior antes de que llegue a las tiendas?",
            approach="Una idea de sabor, no de dieta: catas a ciegas en terrazas y contenido de "
            "creadores que no saben qué están bebiendo. Vídeo online para el alcance, exterior "
            "digital en Madrid y Barcelona para la notoriedad y punto de venta para la prueba.",
        ),
        Move(D(2, 19), S.IN_DEVELOPMENT),
        Proposal(
            D(3, 16),
            "Concepto «Cero excusas»: Zero es la cola que no necesita excusas para tomarla a "
            "cualquier hora. Spot de 20'' y cortes de 6'' para vídeo online, 12 piezas para "
            "redes, circuito de exterior digital y material para terrazas.",
            "Plan de medios preliminar: falta cerrar la negociación con el exclusivista de metro.",
            (
                Doc(
                    "KolaSierraZero_propuesta_v1.pdf",
                    "Kola-Sierra Zero · Propuesta v1",
                    (
                        "# Concepto: «Cero excusas»",
                        "Zero es la cola que no necesita excusas: a la hora de comer, en la "
                        "terraza o de madrugada.",
                        "# Piezas",
                        "- Spot de 20'' y tres cortes de 6'' para vídeo online.",
                        "- 12 piezas para redes sociales.",
                        "- Circuito de exterior digital en Madrid y Barcelona.",
                        "- Kit para terrazas: servilleteros, pizarras y neveras.",
                        "# Inversión",
                        "- Vídeo online y redes: 150.000 €",
                        "- Exterior digital: 120.000 €",
                        "- Producción: 95.000 €",
                        "- Punto de venta y terrazas: 55.000 €",
                    ),
                ),
                Doc(
                    "plan_de_medios_v1.md",
                    "Plan de medios v1",
                    (
                        "# Plan de medios · Kola-Sierra Zero (v1)",
                        "",
                        "| Medio | Semanas | Inversión |",
                        "|---|---|---|",
                        "| Vídeo online | 23–35 | 110.000 € |",
                        "| Redes sociales | 23–35 | 40.000 € |",
                        "| Exterior digital (metro, marquesinas) | 23–26 | 120.000 € |",
                    ),
                ),
            ),
        ),
        Move(D(3, 16), S.INTERNAL_REVIEW),
        Move(
            D(3, 18),
            S.CHANGES_REQUESTED,
            "El concepto funciona, pero «Cero excusas» se parece demasiado a lo que está "
            "haciendo la competencia. Buscad otra línea y subid el peso del vídeo online.",
            by="director",
        ),
        Move(D(3, 19), S.IN_DEVELOPMENT),
        Proposal(
            D(3, 30),
            "Concepto «Sabor sin cuentas»: catas a ciegas en terrazas y con creadores; el sabor "
            "gana y la lata negra se revela al final. Spot de 20'' y cortes de 6'', 15 piezas "
            "para redes, exterior digital en Madrid y Barcelona y kit de terraza.",
            "Plan de medios v2 con el 45 % en vídeo online, como se pidió en la revisión interna.",
            (
                Doc(
                    "KolaSierraZero_propuesta_v2.pdf",
                    "Kola-Sierra Zero · Propuesta v2",
                    (
                        "# Concepto: «Sabor sin cuentas»",
                        "Nadie distingue la nueva Zero de la Clásica. Lo demostramos con catas "
                        "a ciegas en terrazas y con creadores, y la lata negra se revela al "
                        "final.",
                        "# Piezas",
                        "- Spot de 20'' y tres cortes de 6''.",
                        "- 15 piezas para redes, con cinco creadores.",
                        "- Exterior digital en Madrid y Barcelona (semanas 22 a 26).",
                        "- Kit de terraza para 600 establecimientos de la costa.",
                        "# Inversión",
                        "- Vídeo online y redes: 190.000 €",
                        "- Exterior digital: 100.000 €",
                        "- Producción: 85.000 €",
                        "- Punto de venta y terrazas: 45.000 €",
                    ),
                ),
                Doc(
                    "plan_de_medios_v2.md",
                    "Plan de medios v2",
                    (
                        "# Plan de medios · Kola-Sierra Zero (v2)",
                        "",
                        "| Medio | Semanas | Inversión |",
                        "|---|---|---|",
                        "| Vídeo online | 22–35 | 145.000 € |",
                        "| Redes sociales y creadores | 22–35 | 45.000 € |",
                        "| Exterior digital (metro, marquesinas) | 22–26 | 100.000 € |",
                    ),
                ),
            ),
        ),
        Move(D(3, 30), S.INTERNAL_REVIEW),
        Move(
            D(3, 31),
            S.READY_FOR_CLIENT,
            "Aprobada. El nuevo concepto es mucho más de la marca.",
            by="director",
        ),
        Move(D(4, 8), S.PRESENTED, "Presentada en Valencia a la dirección de marketing."),
        Meeting(
            D(4, 8),
            "Presentación de la propuesta v2",
            "Oficinas de Kola-Sierra, Valencia",
            "La agencia presenta la propuesta v2. Al cliente le convence la cata a ciegas y "
            "pide adelantar el exterior a la semana 22. La aprobación formal llegará por correo.",
            ("owner", "supervisor", "director"),
            clients=3,
            steps=(
                Step("Enviar la aprobación formal por correo", "client", D(4, 14), True),
                Step("Ajustar el calendario de exterior a la semana 22", "owner", D(4, 17), True),
            ),
            sent=D(4, 9),
            acknowledged=Acknowledged(D(4, 10), Channel.EMAIL),
        ),
        ClientDecision(
            D(4, 14),
            S.APPROVED,
            Channel.EMAIL,
            "Aprobada la propuesta v2 sin cambios creativos; exterior adelantado a la semana 22.",
            client_mail(
                "correo_aprobacion_v2",
                "RE: Kola-Sierra Zero · propuesta v2",
                "Os confirmo la aprobación de la propuesta v2 de Kola-Sierra Zero («Sabor sin "
                "cuentas»), tal y como nos la presentasteis el día 8.",
                "Solo os pedimos adelantar el exterior a la semana 22.",
                "",
                "Un saludo,",
                "{contact}",
            ),
        ),
        Move(D(4, 20), S.IN_PRODUCTION),
        Move(D(6, 1), S.LIVE),
        Results(
            D(9, 21),
            "La cata a ciegas funcionó: el 64 % de quienes probaron Zero en las terrazas no la "
            "distinguió de la Clásica, y los vídeos de creadores llegaron a 9,4 millones de "
            "usuarios únicos. Zero cerró el verano con el 31 % del volumen de la marca y el "
            "cliente quiere mantener la idea en 2027.",
            (
                ("Notoriedad espontánea de Zero", "18 %", "21 %"),
                ("Prueba", "12 %", "13,5 %"),
                ("Ventas de Zero (jun–ago frente a 2025)", "+15 %", "+19 %"),
                ("Alcance en vídeo online", "8 M usuarios únicos", "9,4 M usuarios únicos"),
            ),
        ),
    ),
)

_NORTENA = CampaignPlan(
    "Cervezas del Norte",
    "Norteña",
    ("Norteña 0,0",),
    "Norteña 0,0 · El norte no se para",
    CampaignKind.AWARENESS,
    180_000,
    D(6, 22),
    D(11, 30),
    owner="executive_b",
    events=(
        BriefVersion(
            D(6, 22),
            objectives="Que Norteña 0,0 sea la sin alcohol de referencia en el norte y crezca "
            "en Madrid: notoriedad asistida del 35 % al 50 % en Cantabria, Asturias y País "
            "Vasco.",
            brand="Norteña",
            product="Norteña 0,0",
            market="La cerveza sin alcohol ya es el 16 % del volumen de cerveza en España. "
            "Norteña lidera en Cantabria con la Especial, pero su 0,0 apenas se conoce fuera.",
            target_audience="Hombres y mujeres de 25 a 45 años, activos, que quedan entre "
            "semana y al mediodía; deportistas de fin de semana.",
            insight="«Tomarse una sin no es parar, es seguir»: quien pide una 0,0 vuelve al "
            "trabajo, coge la tabla o sigue la tarde.",
            key_message="Norteña 0,0: todo el carácter del norte, para seguir.",
            mandatories="Código de autorregulación de los cerveceros: nada de conducción, "
            "aunque sea 0,0. «0,0 %» siempre legible.",
            channels="Televisión regional en el norte, vídeo online, audio digital, patrocinio "
            "del circuito de surf de Cantabria y visibilidad en bares.",
            budget=180_000,
            kpis="Notoriedad asistida en el norte 50 %; consideración +8 puntos; ventas de 0,0 "
            "+12 % en el trimestre.",
            deadline=D(11, 30),
        ),
        Meeting(
            D(6, 23),
            "Reunión de arranque en la fábrica",
            "Fábrica de Cervezas del Norte, Santander",
            "La 0,0 se elabora en Santander con la misma levadura que la Especial. Se acuerda "
            "apoyarse en el patrocinio del circuito de surf y dejar fuera cualquier referencia "
            "a la conducción. La agencia enviará el contrabrief el 25 de junio.",
            ("owner", "supervisor"),
            steps=(
                Step("Compartir el calendario del circuito de surf", "client", D(6, 26), True),
                Step("Enviar el contrabrief", "owner", D(6, 25), True),
            ),
            sent=D(6, 24),
            acknowledged=Acknowledged(D(6, 25), Channel.EMAIL),
        ),
        BriefDecision(D(6, 24), A, "Brief claro y con KPI medibles. Adelante.", by="manager"),
        Answer(
            D(6, 25),
            understanding="Norteña quiere sacar su 0,0 del «por si acaso»: que se pida por "
            "gusto y no por obligación, empezando por el norte, donde la marca es fuerte.",
            questions="¿Podemos rodar en la fábrica? ¿Qué presencia tendrá la marca en las "
            "pruebas del circuito de surf? ¿Hay datos de ventas de 0,0 por comunidad?",
            approach="Gente del norte que no se para —surfistas al amanecer, pescadores, "
            "cocineras— con una 0,0 en la mano. Televisión regional para la cobertura y vídeo "
            "online y audio para Madrid.",
        ),
        Move(D(6, 26), S.IN_DEVELOPMENT),
        Proposal(
            D(8, 5),
            "Concepto «El norte no se para»: gente que sigue —surfistas al amanecer, "
            "pescadores, cocineras— con una Norteña 0,0 en la mano. Spot de 30'' para "
            "televisión regional, cortes de 10'' para vídeo online y cuñas de audio digital.",
            "Rodaje previsto en Santander y Llanes la segunda semana de septiembre.",
            (
                Doc(
                    "Nortena00_propuesta.pdf",
                    "Norteña 0,0 · Propuesta creativa",
                    (
                        "# Concepto: «El norte no se para»",
                        "Retratos de gente del norte que sigue: al amanecer, en el puerto, en "
                        "la cocina. La 0,0 es lo que les acompaña.",
                        "# Piezas",
                        "- Spot de 30'' para televisión regional.",
                        "- Cuatro cortes de 10'' para vídeo online.",
                        "- Tres cuñas de 20'' para audio digital.",
                        "- Presencia en las cuatro pruebas del circuito de surf.",
                        "# Inversión",
                        "- Televisión regional: 80.000 €",
                        "- Vídeo online y audio: 45.000 €",
                        "- Producción: 40.000 €",
                        "- Patrocinio y bares: 15.000 €",
                    ),
                ),
            ),
        ),
        Move(D(8, 5), S.INTERNAL_REVIEW),
        Move(
            D(8, 7),
            S.READY_FOR_CLIENT,
            "Aprobada en nombre de {director}, de vacaciones. Presupuesto y piezas dentro de lo "
            "que pide el brief.",
            by="director@1",
        ),
        Move(D(8, 24), S.PRESENTED, "Presentada por videollamada al equipo de marketing."),
        ClientDecision(
            D(8, 28),
            S.APPROVED,
            Channel.IN_PERSON,
            "Aprobada en la fábrica de Santander; firman el acta de aprobación.",
            Doc(
                "acta_aprobacion_nortena.pdf",
                "Acta de aprobación · Norteña 0,0",
                (
                    "Cervezas del Norte, S.A. aprueba la propuesta creativa «El norte no se "
                    "para» para Norteña 0,0, presentada por Atlántica Comunicación el 24 de "
                    "agosto de 2026.",
                    "# Condiciones",
                    "- Presupuesto: 180.000 € (impuestos no incluidos).",
                    "- Salida al aire: 5 de octubre de 2026.",
                    "# Firmas",
                    "Por Cervezas del Norte: {contact}",
                    "Por Atlántica Comunicación: {owner}",
                ),
            ),
        ),
        Move(D(9, 1), S.IN_PRODUCTION),
        Move(D(10, 5), S.LIVE),
        Meeting(
            D(10, 26),
            "Seguimiento: primera oleada",
            "Videollamada",
            "Tres semanas en el aire: 41 % de notoriedad asistida en la medición intermedia. "
            "El cliente pide reforzar el audio digital en Asturias con el remanente de "
            "televisión.",
            ("owner", "assistant"),
            clients=1,
            steps=(
                Step("Replanificar el audio digital en Asturias", "assistant", D(11, 4)),
                Step("Enviar el informe de la primera oleada", "owner", D(11, 6)),
                Step("Confirmar la segunda oleada en Asturias", "client", D(11, 10)),
            ),
            sent=D(10, 27),
        ),
    ),
)

_CRUJIS = CampaignPlan(
    "Galletas Núñez",
    "Crujis",
    ("Crujis chocolate",),
    "Crujis · Vuelta al cole",
    CampaignKind.PROMOTION,
    45_000,
    D(5, 11),
    D(9, 30),
    may_be_shown=True,
    owner="junior",
    events=(
        BriefVersion(
            D(5, 11),
            objectives="Vender un 8 % más de Crujis chocolate en la vuelta al cole (del 24 de "
            "agosto al 4 de octubre) con una promoción en el punto de venta.",
            brand="Crujis",
            product="Crujis chocolate",
            market="Galletas infantiles: septiembre reúne el 14 % de las ventas del año. Las "
            "marcas de distribuidor presionan en precio y la competencia hace descuento directo.",
            target_audience="Madres y padres de 30 a 45 años con hijos de 4 a 12 años que "
            "hacen la compra grande de la semana.",
            insight="La vuelta al cole es un caos: lo que ahorre una discusión por la mañana "
            "vale oro.",
            key_message="Compra dos paquetes de Crujis y llévate un estuche para el cole.",
            mandatories="Bases legales ante notario; logotipos de las cadenas; información "
            "nutricional visible; nada dirigido directamente a menores (código PAOS).",
            channels="Punto de venta (cabeceras y pegatina en el paquete), folleto de las "
            "cadenas, redes sociales y el club Núñez.",
            budget=45_000,
            kpis="Ventas +8 %; 25.000 estuches canjeados; coste por participación inferior a "
            "1,80 €.",
            deadline=D(9, 30),
        ),
        Meeting(
            D(5, 12),
            "Reunión de arranque",
            "Galletas Núñez, Aguilar de Campoo",
            "El cliente confirma 40.000 estuches y las cadenas participantes. Se acuerda un "
            "regalo directo, sin sorteo, para simplificar las bases. La agencia presentará el "
            "estuche y los materiales antes del 8 de junio.",
            ("owner", "supervisor", "assistant"),
            steps=(
                Step("Enviar el listado de cadenas y tiendas", "client", D(5, 19), True),
                Step(
                    "Pedir presupuesto de estuches a dos proveedores", "assistant", D(5, 22), True
                ),
            ),
            sent=D(5, 12),
            acknowledged=Acknowledged(D(5, 13), Channel.EMAIL),
        ),
        BriefDecision(D(5, 13), A, "Aprobado. Mecánica sencilla y KPI claros."),
        Answer(
            D(5, 14),
            understanding="Una promoción de regalo directo que haga elegir Crujis frente a la "
            "marca de distribuidor en la compra de la vuelta al cole.",
            questions="¿El estuche puede llevar personajes con licencia? ¿Quién gestiona el "
            "stock en tienda si se agota?",
            approach="Estuches coleccionables, pegatina en el paquete y contenido para padres "
            "en redes sobre mañanas sin prisas.",
        ),
        Move(D(5, 14), S.IN_DEVELOPMENT),
        Proposal(
            D(6, 8),
            "Estuche «Crujis Cole» en cuatro diseños coleccionables, paquete promocional con "
            "pegatina, cabeceras de góndola y seis vídeos de «mañanas sin prisa» para padres.",
            "Bases legales en borrador, para revisar con la asesoría del cliente.",
            (
                Doc(
                    "Crujis_vuelta_al_cole.pdf",
                    "Crujis · Vuelta al cole",
                    (
                        "# Mecánica",
                        "Por la compra de dos paquetes de Crujis chocolate, un estuche de "
                        "regalo en caja. Hasta agotar 40.000 unidades.",
                        "# Materiales",
                        "- Estuche en cuatro diseños coleccionables.",
                        "- Pegatina «Estuche de regalo» en el paquete.",
                        "- Cabeceras de góndola en 300 tiendas.",
                        "- Seis vídeos para redes dirigidos a madres y padres.",
                        "# Inversión: 45.000 €",
                    ),
                ),
                Doc(
                    "bases_legales_borrador.md",
                    "Bases legales (borrador)",
                    (
                        "# Bases de la promoción «Crujis Cole»",
                        "",
                        "1. Organiza Galletas Núñez, S.A.",
                        "2. Del 24 de agosto al 4 de octubre de 2026 o hasta agotar existencias.",
                        "3. Regalo directo en caja por la compra de dos paquetes.",
                    ),
                ),
            ),
        ),
        Move(D(6, 8), S.INTERNAL_REVIEW),
        Move(
            D(6, 9),
            S.READY_FOR_CLIENT,
            "Aprobada. Revisad solo el cuerpo de letra de las bases en la pegatina.",
            by="supervisor",
        ),
        Move(D(6, 15), S.PRESENTED, "Enviada por correo y comentada por teléfono."),
        ClientDecision(
            D(6, 17),
            S.APPROVED,
            Channel.EMAIL,
            "Aprobada; el estuche azul será el diseño principal.",
            client_mail(
                "correo_aprobacion",
                "RE: Crujis · Vuelta al cole",
                "Aprobamos la propuesta. Preferimos el estuche azul como diseño principal.",
                "",
                "Gracias,",
                "{contact}",
            ),
        ),
        Move(D(6, 22), S.IN_PRODUCTION),
        Move(D(8, 24), S.LIVE),
        Results(
            D(10, 13),
            "La promoción agotó los 40.000 estuches en cinco semanas y hubo que reponer 6.000 "
            "más en dos cadenas. Las ventas de Crujis chocolate crecieron un 11,2 % y el club "
            "Núñez sumó 3.900 familias.",
            (
                ("Ventas de Crujis chocolate", "+8 %", "+11,2 %"),
                ("Estuches canjeados", "25.000", "31.480"),
                ("Coste por participación", "< 1,80 €", "1,43 €"),
            ),
        ),
    ),
)

_SERUM_V1 = BriefVersion(
    D(8, 31),
    objectives="Lanzar el nuevo sérum de noche de D'Arcy Paris en perfumería y farmacia: "
    "20 % de notoriedad asistida entre mujeres de 35 a 55 años y 35.000 unidades antes de "
    "Navidad.",
    brand="D'Arcy Paris",
    product="Sérum Noche",
    market="Cosmética facial de gama media-alta (1.100 M€ en España): los sérums crecen a "
    "doble dígito y la farmacia gana peso. Las grandes marcas lanzan en otoño.",
    target_audience="Mujeres de 35 a 55 años, urbanas, con una rutina de cuidado facial; "
    "compran en perfumería y farmacia y siguen recomendaciones en redes y de su farmacéutica.",
    insight="«Por la noche mi piel trabaja y yo no tengo que hacer nada»: el cuidado nocturno "
    "es el único momento de la rutina sin prisas.",
    key_message="Sérum Noche de D'Arcy Paris: mientras duermes, tu piel se renueva.",
    mandatories="Afirmaciones validadas por el laboratorio; frasco con el nuevo logotipo; "
    "tipografía de marca; «Dermatológicamente testado».",
    channels="Vídeo online, revistas femeninas (papel y digital), creadoras de cosmética y "
    "punto de venta en perfumerías y farmacias.",
    budget=240_000,
    kpis="Notoriedad asistida 20 %; 35.000 unidades antes del 31 de diciembre; 4.000 muestras "
    "canjeadas.",
    deadline=D(11, 6),
)

_SERUM = CampaignPlan(
    "D'Arcy Cosmética",
    "D'Arcy Paris",
    ("Sérum antiedad",),
    "D'Arcy Paris · Sérum Noche",
    CampaignKind.LAUNCH,
    240_000,
    D(8, 31),
    D(11, 20),
    events=(
        _SERUM_V1,
        Meeting(
            D(9, 2),
            "Reunión de arranque del lanzamiento",
            "D'Arcy Cosmética, Barcelona",
            "Presentación del producto y del calendario. El laboratorio está cerrando la "
            "afirmación del ensayo clínico y el nombre definitivo puede cambiar, así que se "
            "espera a la versión final del brief para el contrabrief.",
            ("owner", "supervisor"),
            steps=(Step("Enviar el brief definitivo", "client", D(9, 7), True),),
            sent=D(9, 3),
            acknowledged=Acknowledged(D(9, 4), Channel.EMAIL),
        ),
        replace(
            _SERUM_V1,
            on=D(9, 7),
            product="Sérum Noche Regenerador",
            mandatories=_SERUM_V1.mandatories + " Afirmación de eficacia según el ensayo "
            "clínico de 28 días con 60 voluntarias.",
            deadline=D(11, 20),
            note="Nombre definitivo del producto; el lanzamiento se retrasa dos semanas por el "
            "registro de la afirmación.",
        ),
        BriefDecision(D(9, 8), A, "Aprobado el brief v2, con el nombre y la fecha definitivos."),
        Answer(
            D(9, 9),
            understanding="D'Arcy Paris necesita un lanzamiento de prestigio que funcione en "
            "farmacia, donde la recomendación pesa más que la publicidad.",
            questions="¿Podremos usar imágenes del ensayo clínico? ¿Cuántas muestras habrá "
            "para farmacia? ¿Las creadoras pueden probar el producto antes del lanzamiento?",
            approach="La noche como protagonista: una ciudad que duerme mientras la piel se "
            "renueva. Muestras en farmacia y creadoras que lo prueban durante 28 días.",
        ),
        Move(D(9, 10), S.IN_DEVELOPMENT),
        Proposal(
            D(10, 7),
            "Concepto «La noche trabaja»: Barcelona duerme mientras la piel se renueva, en un "
            "spot de 20'' rodado de noche. Kit de muestras para farmacia, cinco creadoras de "
            "cosmética y exterior junto a las perfumerías principales.",
            "Presupuesto de producción pendiente de la versión de 10'' para redes.",
            (
                Doc(
                    "SerumNoche_propuesta.pdf",
                    "D'Arcy Paris · Sérum Noche Regenerador",
                    (
                        "# Concepto: «La noche trabaja»",
                        "Mientras la ciudad duerme, el Sérum Noche Regenerador trabaja. Spot "
                        "de 20'' rodado de noche en Barcelona.",
                        "# Piezas",
                        "- Spot de 20'' y versión de 10'' para redes.",
                        "- Kit de muestras para 2.000 farmacias.",
                        "- Cinco creadoras de cosmética durante 28 días.",
                        "- Exterior junto a las perfumerías principales.",
                        "# Inversión",
                        "- Vídeo online y revistas: 120.000 €",
                        "- Creadoras: 35.000 €",
                        "- Producción: 55.000 €",
                        "- Punto de venta y muestras: 30.000 €",
                    ),
                ),
                Doc(
                    "storyboard_spot_20.md",
                    "Guion del spot de 20''",
                    (
                        "# Spot «La noche trabaja» (20'')",
                        "",
                        "1. Barcelona de noche, plano cenital. Silencio.",
                        "2. Una mujer se aplica el sérum y apaga la luz.",
                        "3. Las luces de la ciudad se apagan una a una.",
                        "4. Amanece. Piel luminosa. Frasco y logotipo.",
                        "VOZ: «Mientras duermes, tu piel se renueva. Sérum Noche, de D'Arcy "
                        "Paris.»",
                    ),
                ),
            ),
        ),
        Move(D(10, 7), S.INTERNAL_REVIEW),
        Move(
            D(10, 9),
            S.READY_FOR_CLIENT,
            "Aprobada. Cuidado con las creadoras: que usen la frase validada, sin variaciones.",
            by="director",
        ),
        Move(D(10, 15), S.PRESENTED, "Presentada en Barcelona con el equipo de producto."),
        Meeting(
            D(10, 15),
            "Presentación de la propuesta creativa",
            "D'Arcy Cosmética, Barcelona",
            "Al cliente le gusta el spot nocturno. Pide validar con el laboratorio la frase «se "
            "renueva» antes de aprobar y conocer el coste de una versión de 10'' para redes. "
            "Decidirá en el comité de marketing de noviembre.",
            ("owner", "supervisor", "director"),
            clients=3,
            steps=(
                Step("Enviar la versión de 10'' para redes con su coste", "owner", D(10, 21), True),
                Step("Validar con el laboratorio la frase del spot", "client", D(10, 23)),
                Step("Cerrar con Compras las condiciones de producción", "director", D(11, 4)),
            ),
            sent=D(10, 16),
        ),
    ),
)

_KEFIR = CampaignPlan(
    "Lácteos Peñalara",
    "Peñalara Natura",
    ("Kéfir",),
    "Peñalara Natura · Kéfir, el nuevo hábito",
    CampaignKind.LAUNCH,
    95_000,
    D(9, 14),
    D(10, 30),
    owner="executive_b",
    events=(
        BriefVersion(
            D(9, 14),
            objectives="Dar a conocer el kéfir de Peñalara Natura en su primer año: 25 % de "
            "notoriedad asistida entre compradores de yogur y 8 % de prueba en seis meses.",
            brand="Peñalara Natura",
            product="Kéfir",
            market="El kéfir es pequeño (3 % de los fermentados) pero crece un 20 % al año; lo "
            "lideran marcas de nicho y la marca de distribuidor.",
            target_audience="Mujeres y hombres de 30 a 55 años que cuidan su salud digestiva "
            "y ya compran yogur natural o bebidas vegetales.",
            insight="«Dicen que el kéfir es bueno, pero no sé cómo tomarlo»: el freno no es el "
            "sabor, es no saber qué hacer con él.",
            key_message="Kéfir Peñalara Natura: el hábito que tu cuerpo agradece, con leche "
            "de Segovia.",
            mandatories="Solo declaraciones de salud autorizadas por la EFSA; sello «Leche "
            "100 % de Segovia»; la vaca de la marca en el cierre.",
            channels="Vídeo online, recetas con creadores de cocina saludable, degustaciones "
            "en supermercado y folleto.",
            budget=95_000,
            kpis="Notoriedad asistida 25 %; prueba 8 %; 1.200 tiendas con degustación.",
            deadline=D(10, 30),
        ),
        Meeting(
            D(9, 15),
            "Reunión de arranque",
            "Lácteos Peñalara, Segovia",
            "El kéfir llega a las tiendas el 16 de noviembre; los materiales deben estar "
            "listos el 30 de octubre. El cliente enviará su estudio de consumidor. Se acuerda "
            "un enfoque de «cómo tomarlo» con recetas sencillas.",
            ("owner", "supervisor"),
            steps=(
                Step("Enviar el estudio de consumidor de kéfir", "client", D(9, 18), True),
                Step("Proponer tres creadores de cocina saludable", "owner", D(9, 25), True),
            ),
            sent=D(9, 16),
            acknowledged=Acknowledged(D(9, 17), Channel.EMAIL),
        ),
        BriefDecision(D(9, 16), A, "Aprobado."),
        Answer(
            D(9, 17),
            understanding="Un lanzamiento que enseñe a tomar kéfir, más que a elegir marca: "
            "la categoría aún se está formando.",
            questions="¿Habrá formato de un litro desde el principio? ¿Cuántas degustaciones "
            "puede financiar la red comercial?",
            approach="Treinta días de recetas fáciles con creadores de cocina, degustaciones "
            "en tienda y un spot corto de producto.",
        ),
        Move(D(9, 17), S.IN_DEVELOPMENT),
        Proposal(
            D(10, 26),
            "Concepto «Un vaso al día»: treinta días de recetas sencillas con kéfir de la mano "
            "de tres creadores de cocina saludable; spot de 15'' y 6'' y kit de degustación.",
            "Entregamos tarde por el cambio de creadores; el cliente está avisado.",
            (
                Doc(
                    "Kefir_propuesta.pdf",
                    "Peñalara Natura · Kéfir, el nuevo hábito",
                    (
                        "# Concepto: «Un vaso al día»",
                        "Treinta días, treinta maneras de tomar kéfir.",
                        "# Piezas",
                        "- Spot de 15'' y corte de 6''.",
                        "- 30 recetas con tres creadores de cocina saludable.",
                        "- Kit de degustación para 1.200 tiendas.",
                        "# Inversión: 95.000 €",
                    ),
                ),
            ),
        ),
        Move(D(10, 27), S.INTERNAL_REVIEW),
    ),
)

_NAVIDAD = CampaignPlan(
    "Bodegas Ibáñez",
    "Viña Ibáñez",
    ("Crianza", "Reserva"),
    "Viña Ibáñez · Brindemos en casa",
    CampaignKind.PROMOTION,
    60_000,
    D(7, 13),
    D(11, 27),
    owner="junior",
    events=(
        BriefVersion(
            D(7, 13),
            objectives="Vender 90.000 botellas de Viña Ibáñez en Navidad (del 20 de noviembre "
            "al 6 de enero) con un estuche regalo y una promoción en gran distribución.",
            brand="Viña Ibáñez",
            product="Crianza y Reserva",
            market="Rioja en alimentación: la Navidad reúne el 30 % de las ventas de crianza y "
            "reserva, con mucha presión promocional de las grandes bodegas.",
            target_audience="Hombres y mujeres de 35 a 65 años que compran vino para comidas "
            "familiares y regalos de empresa.",
            insight="En Navidad nadie quiere equivocarse con el vino que lleva a casa de otros.",
            key_message="Viña Ibáñez: el vino con el que aciertas en casa de todos.",
            mandatories="Consumo responsable; DOCa Rioja visible; sin menores en escenas con "
            "vino; bases legales de la promoción.",
            channels="Punto de venta (estuches y expositores), folleto de Navidad de las "
            "cadenas, vídeo online y redes en diciembre.",
            budget=60_000,
            kpis="90.000 botellas; 12.000 estuches; 1.500 tiendas con expositor.",
            deadline=D(11, 27),
        ),
        BriefDecision(D(7, 15), A, "Aprobado; ojo a los plazos de imprenta de los estuches."),
        Answer(
            D(7, 16),
            understanding="Ibáñez quiere ser el acierto seguro de la Navidad en el lineal, "
            "frente a las grandes bodegas que compiten en precio.",
            questions="¿Qué cadenas tienen confirmada la cabecera? ¿El estuche puede llevar "
            "dos botellas distintas?",
            approach="Un estuche regalo que se vea desde el pasillo y vídeos de mesas de "
            "Navidad reales.",
        ),
        Move(D(7, 16), S.IN_DEVELOPMENT),
        Proposal(
            D(8, 31),
            "Estuche «Brindemos en casa» con dos botellas de Crianza y un sacacorchos, "
            "expositor de cartón para cabecera y cuatro vídeos de 10'' con mesas de Navidad "
            "reales.",
            "",
            (
                Doc(
                    "ViñaIbañez_navidad_v1.pdf",
                    "Viña Ibáñez · Brindemos en casa (v1)",
                    (
                        "# Estuche «Brindemos en casa»",
                        "- Dos botellas de Crianza y un sacacorchos.",
                        "- Expositor de cartón para cabecera de góndola.",
                        "- Cuatro vídeos de 10'' con mesas de Navidad reales.",
                        "# Inversión: 60.000 €",
                    ),
                ),
            ),
        ),
        Move(D(8, 31), S.INTERNAL_REVIEW),
        Move(D(9, 2), S.READY_FOR_CLIENT, "Aprobada.", by="manager"),
        Move(D(9, 9), S.PRESENTED, "Enviada y comentada por videollamada."),
        ClientDecision(
            D(9, 11),
            S.CHANGES_REQUESTED,
            Channel.EMAIL,
            "El Reserva debe ser el protagonista del estuche, no el Crianza; las bases legales, "
            "revisadas por la asesoría del cliente.",
            client_mail(
                "correo_cambios_v1",
                "RE: Viña Ibáñez · Navidad",
                "Nos gusta el estuche, pero queremos que el protagonista sea el Reserva.",
                "Os enviamos las bases revisadas por nuestra asesoría.",
                "",
                "Saludos,",
                "{contact}",
            ),
        ),
        Move(D(9, 14), S.IN_DEVELOPMENT),
        Proposal(
            D(9, 24),
            "Estuche con un Reserva y un Crianza, el Reserva en primer plano; bases legales "
            "revisadas por la asesoría del cliente; mismos expositores y vídeos.",
            "El estuche sube 0,40 € por unidad, dentro del presupuesto.",
            (
                Doc(
                    "ViñaIbañez_navidad_v2.pdf",
                    "Viña Ibáñez · Brindemos en casa (v2)",
                    (
                        "# Estuche «Brindemos en casa» (v2)",
                        "- Un Reserva y un Crianza; el Reserva en primer plano.",
                        "- Expositor de cartón para cabecera de góndola.",
                        "- Cuatro vídeos de 10'' con mesas de Navidad reales.",
                        "# Inversión: 60.000 €",
                    ),
                ),
                Doc(
                    "bases_legales_v2.md",
                    "Bases legales v2",
                    (
                        "# Bases de la promoción «Brindemos en casa»",
                        "",
                        "Revisadas por la asesoría de Bodegas Ibáñez el 16 de septiembre de 2026.",
                    ),
                ),
            ),
        ),
        Move(D(9, 24), S.INTERNAL_REVIEW),
        Move(D(9, 25), S.READY_FOR_CLIENT, "Aprobada la v2.", by="manager"),
        Move(D(10, 1), S.PRESENTED, "Presentada en la bodega, en Logroño."),
        Meeting(
            D(10, 1),
            "Presentación de la propuesta v2",
            "Bodegas Ibáñez, Logroño",
            "El cliente aprueba la v2 en la reunión y firma el acta de aprobación. Los "
            "estuches deben estar en los almacenes de las cadenas el 10 de noviembre.",
            ("owner", "supervisor"),
            steps=(
                Step("Confirmar cantidades por cadena", "client", D(10, 7), True),
                Step("Enviar los artes finales del estuche a imprenta", "owner", D(10, 9), True),
                Step("Seguir la imprenta y la entrega en almacenes", "assistant", D(11, 10)),
            ),
            sent=D(10, 2),
            acknowledged=Acknowledged(D(10, 5), Channel.EMAIL),
        ),
        ClientDecision(
            D(10, 1),
            S.APPROVED,
            Channel.IN_PERSON,
            "Aprobada en la bodega; firman el acta de aprobación.",
            Doc(
                "acta_aprobacion_vina_ibanez.pdf",
                "Acta de aprobación · Viña Ibáñez",
                (
                    "Bodegas Ibáñez, S.L. aprueba la propuesta v2 «Brindemos en casa» "
                    "presentada por Atlántica Comunicación el 1 de octubre de 2026.",
                    "# Firmas",
                    "Por Bodegas Ibáñez: {contact}",
                    "Por Atlántica Comunicación: {owner}",
                ),
            ),
        ),
        Move(D(10, 13), S.IN_PRODUCTION),
    ),
)

_OLMO_V1 = BriefVersion(
    D(10, 19),
    objectives="Vender un 10 % más en el Día de la Madre que en 2026 con una promoción en "
    "tiendas y en la tienda online.",
    brand="Olmo",
    product="Tiendas y tienda online",
    market="Perfumería selectiva: el Día de la Madre es la segunda campaña del año; las "
    "cadenas compiten con descuentos del 20 al 30 %.",
    target_audience="",
    insight="",
    key_message="Regala Olmo.",
    mandatories="Bases legales; condiciones de la tienda online.",
    channels="Tiendas, web, CRM y redes sociales.",
    budget=70_000,
    kpis="",
    deadline=D(4, 16, 2027),
)

_OLMO = CampaignPlan(
    "Perfumerías Olmo",
    "Olmo",
    ("Tiendas", "Tienda online"),
    "Olmo · Día de la Madre 2027",
    CampaignKind.PROMOTION,
    70_000,
    D(10, 19),
    D(4, 16, 2027),
    owner="executive_b",
    events=(
        _OLMO_V1,
        BriefDecision(
            D(10, 22),
            C,
            "Faltan el público objetivo y los KPI, y la mecánica no tiene fechas. Que el "
            "cliente complete el brief antes de trabajar en él.",
        ),
        Meeting(
            D(10, 23),
            "Revisión del brief con el cliente",
            "Videollamada",
            "Se repasan los huecos del brief. El cliente define el público y los KPI; la "
            "promoción irá del 19 de abril al 2 de mayo de 2027.",
            ("owner", "supervisor"),
            clients=1,
            steps=(
                Step("Enviar el brief completo", "client", D(10, 28), True),
                Step("Preparar el contrabrief cuando se apruebe el brief", "owner", D(11, 9)),
            ),
        ),
        replace(
            _OLMO_V1,
            on=D(10, 28),
            target_audience="Mujeres y hombres de 25 a 50 años que compran un regalo para su "
            "madre; la mitad decide en la última semana.",
            insight="El regalo se decide tarde y con miedo a repetir el del año pasado.",
            key_message="Este año, acierta con Olmo: regalo y envoltorio listos en cinco minutos.",
            mandatories="Bases legales; fechas de la promoción (del 19 de abril al 2 de mayo de "
            "2027); condiciones de envío de la tienda online.",
            kpis="Ventas +10 % frente a 2026; 40 % de los pedidos online con envoltorio regalo; "
            "15.000 altas en el club Olmo.",
            note="El cliente completa público, insight, KPI y fechas.",
        ),
    ),
)

_POLAR = CampaignPlan(
    "Helados García",
    "Frío Polar",
    ("Cono nata",),
    "Frío Polar · El helado también es de invierno",
    CampaignKind.AWARENESS,
    150_000,
    D(9, 1),
    D(12, 18),
    events=(
        BriefVersion(
            D(9, 1),
            objectives="Desestacionalizar Frío Polar: +15 % de ventas de octubre a febrero y "
            "consideración invernal del 20 %.",
            brand="Frío Polar",
            product="Cono nata",
            market="El helado vende el 70 % en verano; en invierno solo crecen los formatos "
            "para compartir en casa.",
            target_audience="Familias con hijos y jóvenes de 18 a 30 años que ven series y "
            "fútbol en casa.",
            insight="Un helado en el sofá, con la calefacción puesta, es un pequeño lujo.",
            key_message="Frío Polar: el plan de sofá más frío del invierno.",
            mandatories="Información nutricional; sin mensajes a menores de 12 años.",
            channels="Televisión, vídeo online, redes y supermercado.",
            budget=150_000,
            kpis="Ventas +15 % de octubre a febrero; consideración invernal 20 %.",
            deadline=D(12, 18),
        ),
        Meeting(
            D(9, 3),
            "Reunión de arranque",
            "Helados García, Xixona",
            "El cliente presenta los datos de invierno y el formato de cuatro conos para "
            "compartir. La campaña saldría en diciembre.",
            ("owner", "supervisor"),
            steps=(Step("Enviar los datos de ventas de invierno", "client", D(9, 8), True),),
            sent=D(9, 3),
            acknowledged=Acknowledged(D(9, 7), Channel.EMAIL),
        ),
        BriefDecision(D(9, 4), A, "Aprobado."),
        Answer(
            D(9, 7),
            understanding="Convertir el helado en parte del plan de sofá en invierno.",
            questions="¿El formato de cuatro conos estará en todas las cadenas en diciembre?",
            approach="«Polar en el sofá»: el helado como invitado de las noches de serie y de "
            "fútbol.",
        ),
        Move(D(9, 7), S.IN_DEVELOPMENT),
        Proposal(
            D(9, 28),
            "Concepto «Polar en el sofá»: el helado como invitado de las noches de serie y de "
            "fútbol; spot de 20'' y acción con plataformas de vídeo a la carta.",
            "Primera versión para la revisión interna.",
            (
                Doc(
                    "FrioPolar_propuesta.pdf",
                    "Frío Polar · Polar en el sofá",
                    (
                        "# Concepto: «Polar en el sofá»",
                        "- Spot de 20''.",
                        "- Acción con plataformas de vídeo a la carta.",
                        "# Inversión: 150.000 €",
                    ),
                ),
            ),
        ),
        Cancel(
            D(10, 9),
            "El Grupo Alimentario Peñalara congela la inversión en medios de sus filiales hasta "
            "el cierre del ejercicio; el cliente lo comunicó por escrito el 8 de octubre. Se "
            "facturan las horas de desarrollo hasta la fecha.",
        ),
    ),
)

# --- Servicios y Tecnología -------------------------------------------------------------

_HIPOTECA_V1 = BriefVersion(
    D(7, 6),
    objectives="Ser el banco de referencia en hipoteca fija en la Comunidad Valenciana, "
    "Murcia y Baleares: 6.000 solicitudes en el primer trimestre de 2027 y consideración del "
    "30 % entre quienes buscan vivienda.",
    brand="Banco Mediterráneo",
    product="Hipoteca Fija",
    market="Con los tipos estables, la fija vuelve a ser la más contratada (70 % de las "
    "nuevas). Los grandes bancos compiten en tipo; nosotros, en cercanía y en oficina.",
    target_audience="Parejas y familias de 28 a 45 años que buscan su primera o segunda "
    "vivienda y comparan hipotecas en internet antes de ir a la oficina.",
    insight="Lo que más miedo da de una hipoteca no es el tipo: es no entender lo que firmas.",
    key_message="Hipoteca Fija del Banco Mediterráneo: una cuota que no cambia y un contrato "
    "que se entiende.",
    mandatories="Ejemplo representativo con TAE según la normativa del Banco de España; TAE "
    "del mismo tamaño que el TIN.",
    channels="Televisión regional, vídeo online, buscadores, prensa digital y oficinas "
    "(cartelería y pantallas).",
    budget=320_000,
    kpis="6.000 solicitudes; consideración 30 %; coste por solicitud inferior a 45 €.",
    deadline=D(1, 15, 2027),
)

_HIPOTECA = CampaignPlan(
    "Banco Mediterráneo",
    "Banco Mediterráneo",
    ("Hipoteca Fija",),
    "Hipoteca Fija · Tu casa, sin letra pequeña",
    CampaignKind.AWARENESS,
    320_000,
    D(7, 6),
    D(1, 15, 2027),
    events=(
        _HIPOTECA_V1,
        Meeting(
            D(7, 7),
            "Reunión de arranque con Marketing y Cumplimiento",
            "Sede del Banco Mediterráneo, Valencia",
            "El banco quiere salir en enero, cuando se deciden las compras de vivienda. "
            "Cumplimiento Normativo revisará todas las piezas y pide diez días hábiles. El "
            "objetivo de solicitudes podría subir tras el comité de julio.",
            ("owner", "supervisor", "director"),
            clients=3,
            steps=(
                Step(
                    "Confirmar el objetivo de solicitudes tras el comité", "client", D(7, 8), True
                ),
                Step(
                    "Incluir los diez días de Cumplimiento en el calendario",
                    "owner",
                    D(7, 10),
                    True,
                ),
            ),
            sent=D(7, 8),
            acknowledged=Acknowledged(D(7, 10), Channel.EMAIL, "Recibido; conforme."),
        ),
        replace(
            _HIPOTECA_V1,
            on=D(7, 8),
            mandatories=_HIPOTECA_V1.mandatories + " Revisión de Cumplimiento Normativo de "
            "cada pieza (diez días hábiles).",
            kpis="6.500 solicitudes; consideración 30 %; coste por solicitud inferior a 45 €.",
            note="El comité sube el objetivo a 6.500 solicitudes; Cumplimiento pide diez días "
            "hábiles de revisión.",
        ),
        BriefDecision(
            D(7, 9),
            A,
            "Aprobado el brief v2. Tened en cuenta los diez días de Cumplimiento.",
            by="manager",
        ),
        Answer(
            D(7, 10),
            understanding="El banco compite con los grandes en claridad, no en tipo: la "
            "campaña tiene que hacer que la hipoteca se entienda.",
            questions="¿Podemos enseñar un contrato real simplificado? ¿Habrá simulador de "
            "cuota en la web antes de enero?",
            approach="«Sin letra pequeña»: el contrato contado en grande, un simulador de cuota "
            "y oficinas preparadas para explicarlo.",
        ),
        Move(D(7, 13), S.IN_DEVELOPMENT),
        Proposal(
            D(9, 14),
            "Concepto «Sin letra pequeña»: el contrato de la hipoteca contado en grande en las "
            "paredes de una casa. Spot de 20'' para televisión, vídeo online, buscadores con "
            "simulador de cuota y kit para oficinas.",
            "Incluye la especificación del simulador para el equipo web del banco.",
            (
                Doc(
                    "HipotecaFija_propuesta_v1.pdf",
                    "Hipoteca Fija · Sin letra pequeña (v1)",
                    (
                        "# Concepto: «Sin letra pequeña»",
                        "El contrato de la hipoteca, escrito en grande en las paredes de una "
                        "casa que se está pintando.",
                        "# Piezas",
                        "- Spot de 20'' para televisión regional.",
                        "- Vídeo online y campaña en buscadores.",
                        "- Simulador de cuota en la web.",
                        "- Kit para 240 oficinas.",
                        "# Inversión",
                        "- Televisión regional: 140.000 €",
                        "- Digital y buscadores: 95.000 €",
                        "- Producción: 60.000 €",
                        "- Oficinas: 25.000 €",
                    ),
                ),
                Doc(
                    "simulador_cuota.md",
                    "Especificación del simulador de cuota",
                    (
                        "# Simulador de cuota",
                        "",
                        "- Entradas: precio de la vivienda, ahorro aportado, plazo (10–30 años).",
                        "- Salida: cuota mensual, TIN y TAE del ejemplo representativo.",
                    ),
                ),
            ),
        ),
        Move(D(9, 14), S.INTERNAL_REVIEW),
        Move(D(9, 16), S.READY_FOR_CLIENT, "Aprobada.", by="director"),
        Move(D(9, 23), S.PRESENTED, "Presentada al comité de marketing en Valencia."),
        ClientDecision(
            D(9, 29),
            S.CHANGES_REQUESTED,
            Channel.EMAIL,
            "Cumplimiento pide la TAE del mismo tamaño que el tipo en todas las piezas y el "
            "ejemplo representativo en el spot.",
            client_mail(
                "correo_cumplimiento_v1",
                "RE: Hipoteca Fija · propuesta",
                "Cumplimiento Normativo ha revisado la propuesta. Antes de aprobarla necesitamos:",
                "- la TAE con el mismo tamaño que el TIN en todas las piezas;",
                "- el ejemplo representativo en la sobreimpresión del spot.",
                "",
                "Un saludo,",
                "{contact}",
            ),
        ),
        Move(D(9, 30), S.IN_DEVELOPMENT),
        Proposal(
            D(10, 13),
            "La misma idea con la TAE y el ejemplo representativo integrados en cada pieza; "
            "sobreimpresión del spot revisada con Cumplimiento Normativo.",
            "",
            (
                Doc(
                    "HipotecaFija_propuesta_v2.pdf",
                    "Hipoteca Fija · Sin letra pequeña (v2)",
                    (
                        "# Cambios de la v2",
                        "- TAE con el mismo tamaño que el TIN en todas las piezas.",
                        "- Ejemplo representativo en la sobreimpresión del spot.",
                        "# Piezas e inversión",
                        "Sin cambios: 320.000 €.",
                    ),
                ),
            ),
        ),
        Move(D(10, 13), S.INTERNAL_REVIEW),
        Move(D(10, 14), S.READY_FOR_CLIENT, "Aprobada la v2.", by="director"),
        Move(D(10, 20), S.PRESENTED, "Presentada a Marketing y Cumplimiento."),
        Meeting(
            D(10, 20),
            "Presentación de la propuesta v2",
            "Sede del Banco Mediterráneo, Valencia",
            "Cumplimiento da su visto bueno a la TAE y al ejemplo representativo. Marketing "
            "confirma el arranque el 11 de enero y enviará la aprobación formal por correo.",
            ("owner", "supervisor"),
            steps=(
                Step("Enviar la aprobación formal por correo", "client", D(10, 28), True),
                Step("Preparar el plan de producción y el rodaje", "owner", D(11, 6)),
                Step("Reservar estudio y productora para el rodaje", "supervisor", D(11, 13)),
            ),
            sent=D(10, 21),
            acknowledged=Acknowledged(D(10, 23), Channel.EMAIL),
        ),
        ClientDecision(
            D(10, 28),
            S.APPROVED,
            Channel.EMAIL,
            "Aprobada la propuesta v2, con el visto bueno de Cumplimiento Normativo.",
            client_mail(
                "correo_aprobacion_v2",
                "RE: Hipoteca Fija · propuesta v2",
                "Os confirmamos la aprobación de la propuesta v2, revisada por Cumplimiento "
                "Normativo.",
                "",
                "Un saludo,",
                "{contact}",
            ),
        ),
    ),
)

_HOGAR = CampaignPlan(
    "Seguros Atalaya",
    "Atalaya",
    ("Seguro de hogar",),
    "Atalaya Hogar · Lo que de verdad importa",
    CampaignKind.AWARENESS,
    130_000,
    D(8, 17),
    D(11, 16),
    owner="executive_b",
    events=(
        BriefVersion(
            D(8, 17),
            objectives="Que Atalaya sea la primera aseguradora que se piensa para el hogar: "
            "consideración del 18 % al 25 % y 9.000 presupuestos en la web.",
            brand="Atalaya",
            product="Seguro de hogar",
            market="Seguros de hogar: un mercado maduro que se mueve en la renovación; los "
            "comparadores empujan la guerra de precios.",
            target_audience="Propietarios de 35 a 65 años que renuevan su seguro o estrenan "
            "vivienda, con especial atención a los mayores de 55.",
            insight="Lo que duele de un siniestro no es el parqué: son los recuerdos.",
            key_message="Atalaya Hogar cuida de tu casa para que tú cuides de lo que importa.",
            mandatories="Coberturas y exclusiones según la nota informativa; logotipo de la "
            "Dirección General de Seguros no permitido.",
            channels="Televisión, radio, buscadores y comparadores.",
            budget=130_000,
            kpis="Consideración 25 %; 9.000 presupuestos web; coste por presupuesto inferior "
            "a 12 €.",
            deadline=D(11, 16),
        ),
        BriefDecision(D(8, 19), A, "Aprobado."),
        Answer(
            D(8, 20),
            understanding="Atalaya quiere salir de la guerra de precios hablando de lo que un "
            "seguro protege de verdad.",
            questions="¿Podemos contar un siniestro real con permiso del cliente asegurado?",
            approach="Historias de objetos con recuerdos que sobreviven a un siniestro gracias "
            "a una atención rápida.",
        ),
        Move(D(8, 20), S.IN_DEVELOPMENT),
        Proposal(
            D(10, 5),
            "Concepto «Lo que de verdad importa»: lo que pasa en una casa cuando algo se rompe, "
            "contado desde los objetos que guardan recuerdos. Spot de 20'', tres cuñas de radio "
            "y buscadores.",
            "",
            (
                Doc(
                    "AtalayaHogar_propuesta.pdf",
                    "Atalaya Hogar · Lo que de verdad importa",
                    (
                        "# Concepto: «Lo que de verdad importa»",
                        "- Spot de 20'': una inundación y una caja de fotos que se salva.",
                        "- Tres cuñas de radio de 20''.",
                        "- Buscadores y comparadores.",
                        "# Inversión: 130.000 €",
                    ),
                ),
                Doc(
                    "guion_cunas_radio.md",
                    "Guiones de las cuñas de radio",
                    (
                        "# Cuña 1 · «La caja de fotos»",
                        "SONIDO: agua. VOZ: «Cuando el agua llegó al salón, solo pensaba en una "
                        "cosa...»",
                    ),
                ),
            ),
        ),
        Move(D(10, 5), S.INTERNAL_REVIEW),
        Move(
            D(10, 7),
            S.READY_FOR_CLIENT,
            "Aprobada; revisad el tono de las cuñas, alguna roza lo dramático.",
            by="manager",
        ),
        Move(D(10, 22), S.PRESENTED, "Presentada en la sede de Atalaya, en Madrid."),
        Meeting(
            D(10, 22),
            "Presentación de la propuesta",
            "Seguros Atalaya, Madrid",
            "Gustan el spot y el enfoque. Las cuñas de radio generan dudas: el público senior "
            "podría sentirlas alarmistas. El cliente contestará por escrito la semana próxima.",
            ("owner", "supervisor"),
            steps=(
                Step("Enviar la respuesta por escrito", "client", D(10, 29), True),
                Step("Preparar una alternativa de tono para las cuñas", "owner", D(11, 5)),
            ),
            sent=D(10, 23),
            acknowledged=Acknowledged(D(10, 26), Channel.EMAIL),
        ),
        ClientDecision(
            D(10, 29),
            S.CHANGES_REQUESTED,
            Channel.EMAIL,
            "Cambiar las cuñas de radio: el tono es demasiado alarmista para el público senior. "
            "El resto de piezas se mantiene.",
            client_mail(
                "correo_cambios_cunas",
                "RE: Atalaya Hogar · propuesta",
                "El spot nos gusta mucho. Las cuñas, en cambio, nos parecen alarmistas para "
                "nuestro público senior: os pedimos un tono más sereno.",
                "",
                "Saludos,",
                "{contact}",
            ),
        ),
    ),
)

_FIBRA = CampaignPlan(
    "Telefonía Ágil",
    "Ágil",
    ("Fibra 1 Gb",),
    "Ágil Fibra · Black Friday",
    CampaignKind.PROMOTION,
    75_000,
    D(9, 28),
    D(11, 13),
    owner="junior",
    events=(
        BriefVersion(
            D(9, 28),
            objectives="Captar 12.000 altas de fibra de 1 Gb durante el Black Friday (del 20 "
            "de noviembre al 1 de diciembre).",
            brand="Ágil",
            product="Fibra 1 Gb",
            market="Black Friday es la semana con más portabilidades del año; todos los "
            "operadores lanzan descuentos agresivos.",
            target_audience="Hogares de 25 a 50 años con fibra de la competencia que termina "
            "permanencia en los próximos tres meses.",
            insight="Cambiar de compañía da pereza, no miedo: el ahorro tiene que verse en "
            "segundos.",
            key_message="Fibra de 1 Gb a mitad de precio: el cambio que se nota en la factura.",
            mandatories="Condiciones de permanencia y precio final con impuestos visibles; "
            "fechas de la promoción.",
            channels="Web, redes sociales, buscadores, tiendas y CRM.",
            budget=75_000,
            kpis="12.000 altas; coste por alta inferior a 6 €; 30 % de ventas online.",
            deadline=D(11, 13),
        ),
        BriefDecision(D(9, 30), A, "Aprobado."),
        Answer(
            D(9, 30),
            understanding="Una promoción de captación que tiene que destacar en la semana más "
            "ruidosa del año.",
            questions="¿La permanencia de 12 meses es innegociable? ¿Podemos citar el precio "
            "de la competencia?",
            approach="Mecánica simple, ahorro calculado en euros y piezas listas para cada canal.",
        ),
        Move(D(10, 1), S.IN_DEVELOPMENT),
        Proposal(
            D(10, 26),
            "Mecánica «3 meses gratis» con piezas de Black Friday para web, redes y tiendas.",
            "",
            (
                Doc(
                    "AgilFibra_BlackFriday_v1.pdf",
                    "Ágil Fibra · Black Friday (v1)",
                    (
                        "# Mecánica: «3 meses gratis»",
                        "- Piezas para web, redes, buscadores y tiendas.",
                        "# Inversión: 75.000 €",
                    ),
                ),
            ),
        ),
        Move(D(10, 26), S.INTERNAL_REVIEW),
        Meeting(
            D(10, 27),
            "Revisión de la mecánica con el cliente",
            "Videollamada",
            "El cliente recuerda que la permanencia es de 12 meses y que el ahorro debe "
            "calcularse sobre el precio con impuestos. Se revisará la mecánica.",
            ("owner", "supervisor"),
            clients=1,
            steps=(
                Step(
                    "Enviar las condiciones de permanencia por escrito", "client", D(10, 28), True
                ),
                Step("Recalcular el ahorro con impuestos", "owner", D(10, 29), True),
                Step("Aprobar los artes finales para tiendas", "client", D(11, 10)),
            ),
            sent=D(10, 27),
            acknowledged=Acknowledged(D(10, 28), Channel.EMAIL),
        ),
        Move(
            D(10, 28),
            S.CHANGES_REQUESTED,
            "La mecánica de tres meses gratis no cuadra con la permanencia de 12 meses del "
            "cliente; revisad el legal y el cálculo del ahorro.",
            by="manager",
        ),
        Move(D(10, 28), S.IN_DEVELOPMENT),
        Proposal(
            D(10, 29),
            "Mecánica revisada: 50 % de descuento durante seis meses con permanencia de 12; "
            "ahorro calculado con impuestos y validado con el cliente; piezas para web, redes y "
            "tiendas.",
            "",
            (
                Doc(
                    "AgilFibra_BlackFriday_v2.pdf",
                    "Ágil Fibra · Black Friday (v2)",
                    (
                        "# Mecánica: «La mitad, seis meses»",
                        "50 % de descuento durante seis meses; permanencia de 12 meses.",
                        "Ahorro: 108 € el primer año, impuestos incluidos.",
                        "# Inversión: 75.000 €",
                    ),
                ),
            ),
        ),
        Move(D(10, 29), S.INTERNAL_REVIEW),
        Move(D(10, 30), S.READY_FOR_CLIENT, "Aprobada la v2.", by="manager"),
    ),
)

_SOLAR = CampaignPlan(
    "Energía Solar Ibérica",
    "SolIbérica",
    ("Placas para el hogar",),
    "SolIbérica · Tu tejado trabaja",
    CampaignKind.AWARENESS,
    38_000,
    D(10, 13),
    D(12, 11),
    events=(
        BriefVersion(
            D(10, 13),
            objectives="Generar 1.500 solicitudes de estudio de autoconsumo en Andalucía antes "
            "de fin de año.",
            brand="SolIbérica",
            product="Placas para el hogar",
            market="El autoconsumo doméstico se frenó al acabar las ayudas; vuelve a crecer con "
            "la financiación a plazos.",
            target_audience="Propietarios de vivienda unifamiliar de 35 a 60 años en Andalucía.",
            insight="El tejado es la parte de la casa que nunca trabaja.",
            key_message="Con SolIbérica tu tejado trabaja y tu factura descansa.",
            mandatories="Ahorro estimado con su base de cálculo; condiciones de financiación.",
            channels="Redes sociales, buscadores y radio local.",
            budget=38_000,
            kpis="1.500 solicitudes de estudio; coste por solicitud inferior a 25 €.",
            deadline=D(12, 11),
        ),
        BriefDecision(D(10, 15), A, "Aprobado."),
        Answer(
            D(10, 16),
            understanding="Reactivar la demanda de autoconsumo mostrando el ahorro, no la "
            "tecnología.",
            questions="¿Tenéis casos reales de clientes con facturas antes y después?",
            approach="«Tu tejado trabaja»: tejados reales de Andalucía con su ahorro del año.",
        ),
        Move(D(10, 16), S.IN_DEVELOPMENT),
        Meeting(
            D(10, 20),
            "Taller creativo con el cliente",
            "Energía Solar Ibérica, Sevilla",
            "Se eligen tres casas de clientes reales para el rodaje. El cliente aportará sus "
            "facturas (anonimizadas) y los permisos.",
            ("owner", "supervisor", "assistant"),
            steps=(
                Step("Enviar facturas anonimizadas y permisos de rodaje", "client", D(11, 4)),
                Step("Preparar el plan de rodaje en las tres casas", "owner", D(11, 6)),
            ),
            by="assistant",
        ),
    ),
)

# --- Latinoamérica --------------------------------------------------------------------

_PACIFICA = CampaignPlan(
    "Cervecería del Pacífico",
    "Pacífica",
    ("Pacífica Clara",),
    "Pacífica Clara · Verano en la costa",
    CampaignKind.AWARENESS,
    2_400_000,
    D(3, 2),
    D(9, 14),
    may_be_shown=True,
    events=(
        BriefVersion(
            D(3, 2),
            objectives="Que Pacífica Clara sea la cerveza del verano en la costa del Pacífico: "
            "notoriedad asistida del 40 % al 55 % en Jalisco, Nayarit y Sinaloa.",
            brand="Pacífica",
            product="Pacífica Clara",
            market="Cerveza clara en México: las grandes marcas nacionales dominan; Pacífica "
            "es fuerte en Jalisco y poco conocida en el resto de la costa.",
            target_audience="Hombres y mujeres de 25 a 40 años que viajan a la playa en "
            "vacaciones de verano y en fines de semana largos.",
            insight="En la costa, el verano no se mide en días sino en atardeceres.",
            key_message="Pacífica Clara: el sabor de cada atardecer en la costa.",
            mandatories="Leyenda de consumo responsable; nada de alcohol al volante ni en el agua.",
            channels="Televisión regional, video en línea, espectaculares en carreteras y playas, "
            "patrocinio de festivales de verano.",
            budget=2_400_000,
            kpis="Notoriedad asistida 55 %; ventas +10 % de junio a agosto; 3 festivales "
            "patrocinados.",
            deadline=D(9, 14),
        ),
        Meeting(
            D(3, 3),
            "Junta de arranque",
            "Cervecería del Pacífico, Guadalajara",
            "El cliente comparte los datos de ventas por estado y el calendario de festivales. "
            "Se acuerda rodar en Nayarit en abril.",
            ("owner", "supervisor"),
            steps=(
                Step("Enviar ventas por estado de 2025", "client", D(3, 6), True),
                Step("Proponer locaciones en Nayarit", "owner", D(3, 13), True),
            ),
            sent=D(3, 4),
            acknowledged=Acknowledged(D(3, 5), Channel.EMAIL),
        ),
        BriefDecision(D(3, 4), A, "Aprobado."),
        Answer(
            D(3, 5),
            understanding="Llevar a Pacífica Clara más allá de Jalisco con una idea de verano "
            "propia de la costa.",
            questions="¿Cuáles festivales están confirmados? ¿Hay distribución en Sinaloa?",
            approach="Atardeceres reales de la costa, un festival por estado y espectaculares en "
            "las carreteras a la playa.",
        ),
        Move(D(3, 5), S.IN_DEVELOPMENT),
        Proposal(
            D(4, 6),
            "Concepto «Cada atardecer cuenta»: spot de 30'' rodado en Nayarit, espectaculares en "
            "las carreteras a la playa y patrocinio de tres festivales de verano.",
            "",
            (
                Doc(
                    "PacificaClara_propuesta.pdf",
                    "Pacífica Clara · Cada atardecer cuenta",
                    (
                        "# Concepto: «Cada atardecer cuenta»",
                        "- Spot de 30'' rodado en Nayarit.",
                        "- Espectaculares en las carreteras a la playa.",
                        "- Patrocinio de tres festivales de verano.",
                        "# Inversión: 2.400.000 MXN",
                    ),
                ),
            ),
        ),
        Move(D(4, 6), S.INTERNAL_REVIEW),
        Move(D(4, 8), S.READY_FOR_CLIENT, "Aprobada.", by="director"),
        Move(D(4, 15), S.PRESENTED, "Presentada en Guadalajara."),
        ClientDecision(
            D(4, 20),
            S.APPROVED,
            Channel.EMAIL,
            "Aprobada sin cambios.",
            client_mail(
                "correo_aprobacion",
                "RE: Pacífica Clara · propuesta",
                "Les confirmamos la aprobación de la propuesta «Cada atardecer cuenta».",
                "",
                "Saludos,",
                "{contact}",
            ),
        ),
        Move(D(4, 27), S.IN_PRODUCTION),
        Move(D(6, 1), S.LIVE),
        Results(
            D(9, 14),
            "Pacífica Clara fue la cerveza de los tres festivales del verano y creció en "
            "Nayarit y Sinaloa, donde apenas se conocía.",
            (
                ("Notoriedad asistida en la costa", "55 %", "58 %"),
                ("Ventas de junio a agosto", "+10 %", "+13 %"),
                ("Festivales patrocinados", "3", "3"),
            ),
        ),
    ),
)

_MILLAS = CampaignPlan(
    "Aerovías del Plata",
    "Aerovías",
    ("Programa de millas",),
    "Aerovías Millas · Volá más lejos",
    CampaignKind.AWARENESS,
    95_000_000,
    D(8, 10),
    D(12, 15),
    owner="executive_b",
    events=(
        BriefVersion(
            D(8, 10),
            objectives="Duplicar las altas en el programa de millas: 60.000 socios nuevos antes "
            "de fin de año.",
            brand="Aerovías",
            product="Programa de millas",
            market="Los programas de fidelización compiten con las tarjetas de crédito, que "
            "suman millas en cualquier compra.",
            target_audience="Viajeros frecuentes de cabotaje de 25 a 55 años en Buenos Aires, "
            "Córdoba y Mendoza.",
            insight="Todos tienen millas en algún lado y nunca les alcanzan para nada.",
            key_message="Con Aerovías Millas, tus millas sí te llevan.",
            mandatories="Bases y condiciones del programa; vigencia de las millas.",
            channels="Video en línea, redes, aeropuertos y correo a clientes.",
            budget=95_000_000,
            kpis="60.000 altas; 20 % de canjes en el primer trimestre.",
            deadline=D(12, 15),
        ),
        BriefDecision(D(8, 12), A, "Aprobado.", by="manager"),
        Answer(
            D(8, 13),
            understanding="Que las millas de Aerovías se perciban como alcanzables.",
            questions="¿Se puede anunciar el canje desde 5.000 millas?",
            approach="Historias de viajes reales canjeados con pocas millas.",
        ),
        Move(D(8, 13), S.IN_DEVELOPMENT),
        Proposal(
            D(9, 21),
            "Concepto «Volá más lejos»: viajes reales canjeados con pocas millas, contados por "
            "sus protagonistas, en video, redes y aeropuertos.",
            "",
            (
                Doc(
                    "AerovíasMillas_propuesta.pdf",
                    "Aerovías Millas · Volá más lejos",
                    (
                        "# Concepto: «Volá más lejos»",
                        "- Seis historias de viajes canjeados con menos de 10.000 millas.",
                        "- Video en línea, redes y pantallas en aeropuertos.",
                        "# Inversión: 95.000.000 ARS",
                    ),
                ),
            ),
        ),
        Move(D(9, 21), S.INTERNAL_REVIEW),
        Move(D(9, 23), S.READY_FOR_CLIENT, "Aprobada.", by="director"),
        Move(D(10, 1), S.PRESENTED, "Presentada en Buenos Aires."),
        Meeting(
            D(10, 1),
            "Presentación de la propuesta",
            "Aerovías del Plata, Buenos Aires",
            "Al equipo de marketing le gusta la idea; la decisión queda en manos del directorio, "
            "que revisa las prioridades de fin de año.",
            ("owner", "supervisor"),
            steps=(Step("Comunicar la decisión del directorio", "client", D(10, 14), True),),
            sent=D(10, 2),
            acknowledged=Acknowledged(D(10, 6), Channel.EMAIL),
        ),
        ClientDecision(
            D(10, 14),
            S.REJECTED,
            Channel.EMAIL,
            "El directorio prioriza la campaña de tarifas de temporada alta; el programa de "
            "millas se relanzará en 2027.",
            client_mail(
                "correo_decision_directorio",
                "RE: Aerovías Millas · propuesta",
                "Lamentablemente el directorio decidió priorizar la campaña de tarifas de "
                "temporada alta. Retomaremos el programa de millas en 2027.",
                "",
                "Saludos,",
                "{contact}",
            ),
        ),
    ),
)

_CAFE = CampaignPlan(
    "Café Montaña Antioqueña",
    "Montaña",
    ("Café en grano",),
    "Café Montaña · Origen Antioquia",
    CampaignKind.INSTITUTIONAL,
    280_000_000,
    D(10, 26),
    D(2, 26, 2027),
    owner="junior",
    events=(
        BriefVersion(
            D(10, 26),
            objectives="Contar el origen de Café Montaña y su trabajo con 1.200 familias "
            "caficultoras: reputación y preferencia entre compradores de café premium.",
            brand="Montaña",
            product="Café en grano",
            market="Café premium en Colombia y exportación: el consumidor pide trazabilidad y "
            "trato justo al productor.",
            target_audience="Compradores de café de especialidad de 25 a 50 años en Bogotá, "
            "Medellín y Cali, y compradores de las cadenas de exportación.",
            insight="Quien paga más por un café quiere saber a quién le llega ese dinero.",
            key_message="Café Montaña: cada taza tiene nombre y apellido.",
            mandatories="Aprobación de Comunicación Corporativa; datos de la cooperativa "
            "verificados.",
            channels="Documental corto, prensa, redes y empaque.",
            budget=280_000_000,
            kpis="Preferencia +5 puntos; 2 millones de reproducciones del documental.",
            deadline=D(2, 26, 2027),
        ),
        Meeting(
            D(10, 28),
            "Reunión de arranque",
            "Café Montaña Antioqueña, Medellín",
            "El cliente propone rodar en la cosecha de diciembre en tres fincas de la "
            "cooperativa. Comunicación Corporativa aprobará cada pieza.",
            ("owner", "supervisor"),
            steps=(
                Step("Confirmar las tres fincas y las familias", "client", D(11, 6)),
                Step("Enviar el contrabrief", "owner", D(11, 4)),
            ),
            sent=D(10, 29),
        ),
        BriefDecision(D(10, 30), A, "Aprobado. Buen brief."),
    ),
)

CAMPAIGNS: Final = (
    _KOLA,
    _NORTENA,
    _CRUJIS,
    _SERUM,
    _KEFIR,
    _NAVIDAD,
    _OLMO,
    _POLAR,
    _HIPOTECA,
    _HOGAR,
    _FIBRA,
    _SOLAR,
    _PACIFICA,
    _MILLAS,
    _CAFE,
)

# The demo director's summer holidays, held by a peer (an approval is given on her
# behalf), and the Christmas the other way round, still to come.
DELEGATIONS: Final = (
    DelegationPlan(D(7, 29), 0, 1, D(8, 3), D(8, 21), "Vacaciones de verano."),
    DelegationPlan(D(10, 30), 1, 0, D(12, 21), D(1, 8, 2027), "Vacaciones de Navidad."),
)
MEDIA_MIX: Final[dict[CampaignKind, tuple[MediaLine, ...]]] = {
    CampaignKind.LAUNCH: (
        (MediaChannel.ONLINE_VIDEO, "Pieza de 20 s y cortes de 6 s de {product}", 0.26, 0.55, 0.85),
        (MediaChannel.SOCIAL, "Contenidos y creadores para {brand}", 0.18, 0.50, 0.95),
        (MediaChannel.OUTDOOR, "Mupis y lonas en las ciudades principales", 0.15, 0.60, 0.80),
        (MediaChannel.POINT_OF_SALE, "Expositores y degustación de {product}", 0.12, 0.55, 0.90),
        (MediaChannel.PUBLIC_RELATIONS, "Presentación a medios y kit de prensa", 0.05, 0.50, 0.60),
        (MediaChannel.PRODUCTION, "Rodaje, fotografía y adaptaciones", 0.12, 0.30, 0.55),
    ),
    CampaignKind.AWARENESS: (
        (MediaChannel.TV, "Spot de 20 s en franjas de máxima audiencia", 0.34, 0.55, 0.85),
        (MediaChannel.ONLINE_VIDEO, "Vídeo online de {brand} en plataformas", 0.20, 0.55, 0.95),
        (MediaChannel.SOCIAL, "Historias y contenidos de marca", 0.12, 0.50, 0.95),
        (MediaChannel.RADIO, "Cuñas de 20 s en cadenas generalistas", 0.08, 0.60, 0.85),
        (MediaChannel.PRODUCTION, "Producción audiovisual y adaptaciones", 0.14, 0.30, 0.55),
    ),
    CampaignKind.PROMOTION: (
        (MediaChannel.POINT_OF_SALE, "Material de la promoción de {product}", 0.30, 0.55, 0.95),
        (MediaChannel.SOCIAL, "Campaña de participación en redes de {brand}", 0.24, 0.55, 0.95),
        (MediaChannel.SEARCH, "Búsqueda y display de resultados", 0.14, 0.55, 0.95),
        (MediaChannel.CRM, "Envíos a la base de clientes", 0.08, 0.60, 0.90),
        (MediaChannel.PRODUCTION, "Piezas gráficas y bases legales", 0.10, 0.35, 0.55),
    ),
    CampaignKind.INSTITUTIONAL: (
        (MediaChannel.PRESS, "Páginas en prensa nacional y económica", 0.30, 0.55, 0.85),
        (MediaChannel.OUTDOOR, "Exterior en aeropuertos y estaciones", 0.22, 0.60, 0.85),
        (MediaChannel.ONLINE_VIDEO, "Documental corto de {brand}", 0.20, 0.55, 0.95),
        (
            MediaChannel.PUBLIC_RELATIONS,
            "Encuentros con medios y líderes de opinión",
            0.10,
            0.5,
            0.9,
        ),
    ),
}
# The media plan's lines as a Latin-American client reads them, where Spain's wording
# differs (MEDIA_MIX description → Latin America's); the player uses it for clients in
# the Americas.
MEDIA_MIX_LATAM: Final[dict[str, str]] = {
    "Mupis y lonas en las ciudades principales": "Parabuses y espectaculares en las ciudades "
    "principales",
    "Vídeo online de {brand} en plataformas": "Video online de {brand} en plataformas",
    "Cuñas de 20 s en cadenas generalistas": "Spots de radio de 20 s en cadenas nacionales",
    "Páginas en prensa nacional y económica": "Páginas en prensa nacional y de negocios",
}
SMALL_PLAN: Final = 50_000  # in EUR; budgets below it run three lines
