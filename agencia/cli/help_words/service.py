"""The help of the service area's commands (`requests`, `request`, `report`, `routing`),
communications' (`communications`, `mail`, `surveys`) and satisfaction's
(`improvements`, `satisfaction`, `accounts health`).

(Spanish, English) pairs; see `agencia.cli.help_words`.
"""

from __future__ import annotations

PAIRS: tuple[tuple[str, str], ...] = (
    ("solicitudes de servicio de los clientes", "client service requests"),
    ("una solicitud de servicio", "one service request"),
    ("informes", "reports"),
    (
        "las reglas de reparto: a quién van las solicitudes de servicio nuevas",
        "the switchboard: who new service requests go to",
    ),
    (
        "la cola de servicio, lo que vence antes arriba",
        "the service queue, what is due first on top",
    ),
    (
        "escala las solicitudes en riesgo o vencidas",
        "climb the ladder for requests at risk or past due",
    ),
    ("solo las solicitudes abiertas vencidas", "only open requests past due"),
    ("una solicitud y su hilo", "a request and its thread"),
    (
        "registra una solicitud (se asigna de inmediato); muestra su ID",
        "take a request (routed at once); prints its ID",
    ),
    ("pasa una solicitud a otro estado", "move a request to another status"),
    (
        "asigna una solicitud a otra persona (queda registrado)",
        "give a request to someone else (logged)",
    ),
    (
        "convierte una solicitud en el brief de una campaña; muestra su ID",
        "turn a request into a campaign brief; prints its ID",
    ),
    (
        "convierte una solicitud en una tarea de su campaña; muestra su ID",
        "turn a request into a task of its campaign; prints its ID",
    ),
    ("ASUNTO", "SUBJECT"),
    (
        "cumplimiento del SLA por cuenta, ejecutivo y mes",
        "SLA compliance by account, executive and month",
    ),
    (
        "Las reglas de reparto: se prueban en orden y la primera que coincide envía la "
        "solicitud a su persona o equipo; si no coincide ninguna: el ejecutivo principal de la "
        "cuenta, su equipo, el director.",
        "The switchboard: rules tried in order; the first that matches sends the request to "
        "its person or team; none: the account's lead, team, director.",
    ),
    ("las reglas en orden", "the rules in order"),
    (
        "añade una regla (administradores); muestra su ID",
        "add a rule (administrators); prints its ID",
    ),
    ("quita una regla", "remove a rule"),
    (
        "1: la primera que se prueba (por defecto: la última)",
        "1: tried first (default: last)",
    ),
    ("N", "N"),
    ("el registro de comunicaciones", "the contact log"),
    ("correo entrante", "e-mail in"),
    (
        "plantillas y respuestas de las encuestas de satisfacción",
        "satisfaction survey templates and responses",
    ),
    ("cada contacto, el más reciente primero", "every contact, newest first"),
    (
        "confirma la entrega pendiente de un contacto, en su nombre, ahora",
        "confirm a contact's pending delivery, in your name, now",
    ),
    ("el contacto", "the contact"),
    ("llegó", "it arrived"),
    ("no llegó", "it did not arrive"),
    (
        "registra archivos .eml en una cuenta (todos o ninguno)",
        "log .eml files on an account (all or none)",
    ),
    ("lee el buzón de servicio", "read the service mailbox"),
    ("ARCHIVO.eml", "FILE.eml"),
    (
        "envía por correo a un contacto su cuestionario rellenable (queda registrado, con "
        "confirmación de entrega)",
        "e-mail a contact their fillable questionnaire (logged, with delivery confirmation)",
    ),
    ("la plantilla de la encuesta", "the survey template"),
    ("acciones de mejora", "improvement actions"),
    (
        "satisfacción de los clientes y salud de las cuentas",
        "client satisfaction and account health",
    ),
    (
        "la salud de cada cuenta, las que están en riesgo primero",
        "each account's health, at risk first",
    ),
    (
        "la salud guardada día a día, la más antigua primero",
        "the health kept day by day, oldest first",
    ),
    (
        "guarda la salud de hoy de todas las cuentas que ve",
        "keep today's health of every account you see",
    ),
    (
        "satisfacción por dimensión, con sus brechas",
        "satisfaction per dimension, with gaps",
    ),
    ("las plantillas de encuesta en uso", "the survey templates in use"),
    (
        "una plantilla: su escala, dimensiones y preguntas",
        "a template: its scale, dimensions, questions",
    ),
    (
        "copia una plantilla para editarla; muestra su ID",
        "copy a template to edit; prints its ID",
    ),
    (
        "el cuestionario PDF rellenable de un contacto",
        "a contact's fillable PDF questionnaire",
    ),
    (
        "importa respuestas: un archivo CSV (todas las filas o ninguna) o un cuestionario PDF "
        "devuelto",
        "import responses: a CSV file (all rows or none) or a returned PDF questionnaire",
    ),
    ("ARCHIVO.csv|ARCHIVO.pdf", "FILE.csv|FILE.pdf"),
    (
        "cuándo se respondió un PDF (por defecto: hoy)",
        "when a PDF was answered (default: today)",
    ),
    (
        "rechaza un PDF que no sea de este contacto",
        "refuse a PDF that is not this contact's",
    ),
    (
        "acciones de mejora, la que vence antes primero",
        "improvement actions, the earliest due first",
    ),
    (
        "convierte una acción en una tarea de una campaña; muestra su ID",
        "make an action a task of a campaign; prints its ID",
    ),
    ("solo las abiertas", "only the open ones"),
    ("la solicitud (su ID)", "the request (its ID)"),
    (
        "adónde pasa: %(choices)s (solo los que permite su estado)",
        "where it goes: %(choices)s (only those its status allows)",
    ),
    (
        "qué se hizo para resolverla (obligatoria al resolver; se muestra con la solicitud)",
        "what was done to resolve it (required to resolve; shown with the request)",
    ),
    ("solo esta cuenta", "only this account"),
    ("solo las cuentas de este grupo", "only the accounts of this group"),
    (
        "respuestas desde esta fecha (AAAA-MM-DD, incluida)",
        "answers from this date (YYYY-MM-DD, included)",
    ),
    (
        "respuestas hasta esta fecha (AAAA-MM-DD, incluida)",
        "answers up to this date (YYYY-MM-DD, included)",
    ),
)
