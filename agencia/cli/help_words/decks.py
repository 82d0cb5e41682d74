"""The help of `agencia deck`: the client's decks and documents.

(Spanish, English) pairs; see `agencia.cli.help_words`.
"""

from __future__ import annotations

PAIRS: tuple[tuple[str, str], ...] = (
    (
        "documentos en PDF para el cliente: la presentación de agencia, la presentación de una "
        "campaña, su hoja de brief, su registro de aprobaciones, su contrabrief, el acta de "
        "una reunión",
        "client decks as PDF: the agency's credentials, a campaign's presentation, its brief "
        "sheet, its approval record, its contrabrief, a meeting's acta",
    ),
    (
        "Presentaciones listas para el cliente (PDF 16:9) y documentos (A4 vertical: el acta "
        "de una reunión, el contrabrief, el brief para firmar) hechos con los datos de "
        "Agencia. Cada uno habla el idioma del cliente salvo que --lang diga otro.",
        "Client-ready decks (16:9 PDF) and documents (A4 portrait: a meeting's acta, the "
        "contrabrief, the brief to sign) made from the data in Agencia. Each speaks the "
        "client's language unless --lang says otherwise.",
    ),
    (
        "El documento se escribe en un archivo temporal junto a ARCHIVO.pdf y se renombra "
        "cuando está completo: un fallo (un registro que falta o que no se puede ver, una "
        "carpeta en la que no se puede escribir) no deja ningún archivo y sale con 1. Si sale "
        "bien, muestra la ruta, el número de páginas y el SHA-256 del PDF.",
        "The deck is written to a temporary file beside FILE.pdf and renamed once whole: a "
        "failure (a missing or unseen record, a folder that cannot be written) leaves no file "
        "behind and exits 1. On success it prints the path, the page count and the PDF's "
        "SHA-256.",
    ),
    ("TIPO", "KIND"),
    ("la presentación de agencia", "the agency's credentials deck"),
    ("la presentación de una campaña", "a campaign's presentation"),
    ("el brief de una campaña en una página", "a campaign's brief on one page"),
    ("el contrabrief de una campaña (A4)", "a campaign's contrabrief (A4)"),
    ("el registro de aprobaciones de una campaña", "a campaign's approval record"),
    ("el acta de una reunión (A4)", "a meeting's acta (A4)"),
    (
        "La presentación de agencia: portada, quiénes somos, servicios, cómo trabajamos, el "
        "equipo, clientes, casos de éxito, contacto. Solo aparecen como clientes y casos las "
        "cuentas y campañas marcadas como mostrables.",
        "The agency's credentials: cover, who we are, services, how we work, the team, "
        "clients, case studies, contact. Only accounts and campaigns marked may-be-shown "
        "appear as clients and cases.",
    ),
    (
        "la prepara para este cliente o posible cliente: su nombre en la portada y en el pie, "
        "y su idioma por defecto",
        "prepare it for this prospect or client: its name on the cover and in the footer, its "
        "language by default",
    ),
    (
        "el PDF que se escribe (se sustituye si existe)",
        "the PDF to write (replaced if it exists)",
    ),
    ("ARCHIVO.pdf", "FILE.pdf"),
    (
        "el idioma del documento: es (español) o en (inglés); por defecto, el del cliente y, "
        "si no, el de la agencia",
        "the deck's language: es (Spanish) or en (English); default: the client's, else the "
        "agency's",
    ),
    (
        "solo estas secciones, separadas por comas (por defecto, todas menos approvals; se "
        "omite la que no tiene datos): cover,about,services,process,team,clients,cases,contact",
        "only these sections, comma-separated (default: all but approvals, each left out when "
        "it has no data): cover,about,services,process,team,clients,cases,contact",
    ),
    ("A,B,C", "A,B,C"),
    (
        "La presentación de una campaña a su cliente: portada, reto y objetivos, público, "
        "estrategia, canales y plan de medios, calendario, presupuesto, resultados, equipo y "
        "próximos pasos (las aprobaciones, solo con --internal o --sections). Una campaña que "
        "no existe o que el usuario no puede ver falla (sale con 1).",
        "A campaign's presentation to its client: cover, challenge and objectives, audience, "
        "strategy, channels and media plan, timeline, budget, results, team and next steps "
        "(the approvals only with --internal or --sections). A campaign that does not exist or "
        "that the user may not see fails (exit 1).",
    ),
    (
        "solo estas secciones, separadas por comas (por defecto, todas menos approvals; se "
        "omite la que no tiene datos): "
        "cover,challenge,audience,strategy,channels,timeline,budget,results,team,approvals,next_steps",
        "only these sections, comma-separated (default: all but approvals, each left out when "
        "it has no data): "
        "cover,challenge,audience,strategy,channels,timeline,budget,results,team,approvals,next_steps",
    ),
    (
        "incluye las decisiones y los comentarios de la revisión interna (no es para el "
        "cliente: todas las páginas se marcan entonces como internas)",
        "include the internal review's decisions and comments (not for the client: every page "
        "is then marked internal)",
    ),
    (
        "El último brief de la campaña como hoja 16:9 de una página o, con --paper a4, en A4 "
        "vertical para imprimir y firmar (con recuadros de firma para el cliente y la "
        "agencia). Una campaña que no existe o que el usuario no puede ver falla (sale con 1).",
        "The campaign's latest brief as a one-page 16:9 sheet, or with --paper a4 on A4 "
        "portrait to print and sign (signature boxes for the client and the agency). A "
        "campaign that does not exist or that the user may not see fails (exit 1).",
    ),
    ("ID_CAMPAÑA", "CAMPAIGN_ID"),
    (
        "slides (por defecto: 16:9, una página) o a4 (vertical, para imprimir y firmar)",
        "slides (default: 16:9, one page) or a4 (portrait, to print and sign)",
    ),
    (
        "La respuesta de la agencia al brief en A4 vertical: lo que entendemos, nuestras "
        "preguntas, cómo proponemos resolverlo y la versión del brief a la que responde. Una "
        "campaña que no existe o que el usuario no puede ver falla (sale con 1).",
        "The agency's answer to the brief on A4 portrait: what we understand, our questions, "
        "how we propose to solve it, and the brief version it answers. A campaign that does "
        "not exist or that the user may not see fails (exit 1).",
    ),
    (
        "El registro de aprobaciones de la campaña: quién decidió qué, cuándo y sobre qué "
        "documento (su SHA-256). Una campaña que no existe o que el usuario no puede ver falla "
        "(sale con 1).",
        "The campaign's approval record: who decided what, when, on which document (its "
        "SHA-256). A campaign that does not exist or that the user may not see fails (exit 1).",
    ),
    (
        "El acta de una reunión en A4 vertical: la agencia y el cliente, fecha y lugar, los "
        "asistentes de ambas partes, los acuerdos y los próximos pasos con sus responsables y "
        "fechas. `agencia meetings list` muestra los ID. Una reunión que no existe o cuya "
        "campaña el usuario no puede ver falla (sale con 1). Solo se escribe el archivo; el "
        "acta que se guarda con la campaña y se envía al cliente es la que dibuja «Enviar al "
        "cliente…» en la ventana.",
        "A meeting's report (acta) on A4 portrait: the agency and the client, date and place, "
        "the attendees on both sides, the agreements and the next steps with their owners and "
        "dates. `agencia meetings list` shows the IDs. A meeting that does not exist or whose "
        "campaign the user may not see fails (exit 1). The file is written only; the acta kept "
        "with the campaign and sent to the client is the one «Enviar al cliente…» draws in the "
        "window.",
    ),
    ("el ID de la reunión", "the meeting's ID"),
    ("ID_REUNIÓN", "MEETING_ID"),
)
