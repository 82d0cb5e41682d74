"""The help of the campaigns area's commands (`campaigns`, `campaign`, `meetings`) and of
coordination's (`tasks`, `task`, `vendors`, `vendor`, `calendar`).

(Spanish, English) pairs; see `agencia.cli.help_words`.
"""

from __future__ import annotations

PAIRS: tuple[tuple[str, str], ...] = (
    ("listas de campañas", "lists of campaigns"),
    ("una campaña", "one campaign"),
    ("listas de actas de reunión", "lists of meeting reports (actas)"),
    ("Listas de campañas.", "Lists of campaigns."),
    ("lista las campañas que el usuario puede ver", "list the campaigns the user may see"),
    (
        "Lista las campañas de las cuentas que el usuario puede ver, por fecha límite (las que "
        "no tienen, al final) y luego por nombre. La búsqueda mira el nombre y el código de la "
        "campaña, su cuenta y su marca, sin distinguir acentos, mayúsculas ni signos de "
        "puntuación.",
        "List the campaigns of the accounts the user may see, sorted by deadline (campaigns "
        "without one last), then by name. Search looks in the campaign's name and code, its "
        "account and its brand, ignoring accents, case and punctuation.",
    ),
    (
        "Estados, en el orden de la vida de una campaña: brief, in_development, "
        "internal_review, ready_for_client, presented, approved, changes_requested, rejected, "
        "in_production, live, completed, cancelled.",
        "Statuses, in the order of a campaign's life: brief, in_development, internal_review, "
        "ready_for_client, presented, approved, changes_requested, rejected, in_production, "
        "live, completed, cancelled.",
    ),
    (
        "solo las campañas de esta cuenta (una cuenta que no existe o que el usuario no puede "
        "ver falla, sale con 1)",
        "only this account's campaigns (an account that does not exist or that the user may "
        "not see fails, exit 1)",
    ),
    (
        "solo las campañas en este estado (vea la lista de abajo)",
        "only campaigns in this status (see the list below)",
    ),
    ("ESTADO", "STATUS"),
    (
        "solo las campañas de las que el usuario es responsable o de cuyo equipo de cuenta "
        "forma parte",
        "only campaigns the user owns or whose account team they are on",
    ),
    (
        "table (por defecto, para personas), csv (UTF-8, con fila de cabecera) o json: una "
        "lista de objetos con id, code, name, account, account_id, brand, brand_id, status, "
        "kind, budget (una cadena decimal), currency, start_date, deadline (AAAA-MM-DD o "
        "null), owner, owner_id, may_be_shown",
        "table (default, for people), csv (UTF-8, with a header row) or json: a list of "
        "objects with id, code, name, account, account_id, brand, brand_id, status, kind, "
        "budget (a decimal string), currency, start_date, deadline (YYYY-MM-DD or null), "
        "owner, owner_id, may_be_shown",
    ),
    ("Una campaña.", "One campaign."),
    (
        "muestra una campaña: datos, último brief, historial de aprobaciones",
        "show a campaign: details, latest brief, approval history",
    ),
    ("añade una campaña; muestra su ID", "add a campaign; prints its ID"),
    (
        "Muestra una campaña: sus datos, su último brief completo y su historial de "
        "aprobaciones, el más reciente primero (etapa y versión, decisión, quién decidió o qué "
        "contacto del cliente, cuándo, canal, el SHA-256 del documento decidido, comentario, "
        "en nombre de quién). Los importes y las fechas siguen el idioma y la región de la "
        "agencia. Una campaña que no existe o que el usuario no puede ver falla (sale con 1).",
        "Show a campaign: its details, its latest brief in full, and its approval history, "
        "newest first (stage and version, decision, who decided or which client contact, when, "
        "channel, the SHA-256 of the document decided on, comment, on whose behalf). Money and "
        "dates follow the agency's locale. A campaign that does not exist or that the user may "
        "not see fails (exit 1).",
    ),
    ("el ID de la campaña", "the campaign's ID"),
    (
        "text (por defecto) o json: los campos de la lista más products, required_approver, "
        "brief (la última versión, todos sus campos), brief_versions, proposal_versions, "
        "approvals (la más reciente primero) y results",
        "text (default) or json: the list's fields plus products, required_approver, brief "
        "(the latest version, every field), brief_versions, proposal_versions, approvals "
        "(newest first) and results",
    ),
    (
        "Añade una campaña (en brief) a una cuenta como el usuario, con los mismos permisos "
        "que en la ventana. Muestra el ID de la campaña nueva.",
        "Add a campaign (in brief) to an account as the user, with the same permissions as in "
        "the window. Prints the new campaign's ID.",
    ),
    ("quién la dirige (por defecto, el usuario)", "who leads it (default: the user)"),
    (
        "p. ej. 48500.50 (en la moneda de la cuenta)",
        "e.g. 48500.50 (the account's currency)",
    ),
    ("IMPORTE", "AMOUNT"),
    ("Listas de actas de reunión.", "Lists of meeting reports (actas)."),
    (
        "lista las actas de reunión que el usuario puede ver",
        "list the meeting reports the user may see",
    ),
    (
        "Lista las actas de reunión de las campañas que el usuario puede ver, la reunión más "
        "reciente primero, con el ID que recibe `agencia deck meeting ID_REUNIÓN`.",
        "List the meeting reports (actas) of the campaigns the user may see, newest meeting "
        "first, with the ID that `agencia deck meeting MEETING_ID` takes.",
    ),
    (
        "Estados: draft (aún no enviada), sent (esperando el acuse de recibo del cliente), "
        "acknowledged (recibida).",
        "States: draft (not sent yet), sent (waiting for the client's acknowledgement), "
        "acknowledged.",
    ),
    (
        "solo las actas de esta campaña (una campaña que no existe o que el usuario no puede "
        "ver falla, sale con 1)",
        "only this campaign's actas (a campaign that does not exist or that the user may not "
        "see fails, exit 1)",
    ),
    (
        "table (por defecto, para personas), csv (UTF-8, con fila de cabecera) o json: una "
        "lista de objetos con id, campaign_id, campaign, account, held_on, subject, state, "
        "next_steps, acta_sha256, sent_sha256, acknowledged_on (fechas AAAA-MM-DD o null; el "
        "SHA-256 del acta guardada y de la enviada, o null)",
        "table (default, for people), csv (UTF-8, with a header row) or json: a list of "
        "objects with id, campaign_id, campaign, account, held_on, subject, state, next_steps, "
        "acta_sha256, sent_sha256, acknowledged_on (dates YYYY-MM-DD or null; the SHA-256 of "
        "the acta kept and of the one sent, or null)",
    ),
    ("listas de tareas de las campañas", "lists of tasks of campaigns"),
    ("una tarea", "one task"),
    ("el directorio de proveedores", "the suppliers directory"),
    ("un proveedor", "one supplier"),
    ("calendarios de tareas", "calendars of tasks"),
    (
        "lista las tareas abiertas que el usuario puede ver",
        "list the open tasks the user may see",
    ),
    (
        "Lista las tareas abiertas (e hitos) de las campañas que el usuario puede ver y las "
        "que tiene asignadas, por fecha de inicio. Una tarea está vencida cuando ha pasado su "
        "fecha de entrega; en riesgo cuando aquello de lo que depende termina después de que "
        "deba empezar, o cuando la semana de su responsable supera su capacidad.",
        "List the open tasks (and milestones) of the campaigns the user may see and those "
        "assigned to them, by start date. A task is overdue when its due date has passed; at "
        "risk when what it depends on ends after it must start, or its assignee's week is over "
        "capacity.",
    ),
    ("solo las tareas vencidas", "only overdue tasks"),
    ("solo las tareas en riesgo", "only tasks at risk"),
    ("también las terminadas y las canceladas", "done and cancelled ones too"),
    (
        "table (por defecto), csv o json: objetos con id, campaign_id, title, team, vendor, "
        "vendor_id, assignee, assignee_id, start, due (AAAA-MM-DD), status, milestone, "
        "estimated_hours, depends_on (IDs), overdue, at_risk, critical",
        "table (default), csv or json: objects with id, campaign_id, title, team, vendor, "
        "vendor_id, assignee, assignee_id, start, due (YYYY-MM-DD), status, milestone, "
        "estimated_hours, depends_on (IDs), overdue, at_risk, critical",
    ),
    ("añade una tarea; muestra su ID", "add a task; prints its ID"),
    ("cambia el estado de una tarea", "move a task's status"),
    (
        "cambia las fechas de una tarea y desplaza lo que depende de ella",
        "reschedule a task, pushing what depends on it",
    ),
    ("el siguiente paso de una reunión como tarea", "a meeting's next step as a task"),
    ("horas estimadas", "estimated hours"),
    (
        "una tarea tras la que empieza (fin a inicio), con un desfase en días; se puede repetir",
        "a task it starts after (finish-to-start), with a lag in days; repeatable",
    ),
    ("ID[:DÍAS]", "ID[:LAG]"),
    (
        "Lleva una tarea a un nuevo inicio (manteniendo su duración) y desplaza lo que depende "
        "de ella tanto como haga falta, en un solo cambio; --alone mueve solo la tarea.",
        "Move a task to a new start (keeping its length) and push what depends on it as far as "
        "it must, in one change; --alone moves only the task.",
    ),
    ("ID_PASO", "STEP_ID"),
    ("lista los proveedores", "list the suppliers"),
    (
        "table (por defecto), csv o json: objetos con id, name, category, contact, email, "
        "phone, jobs, average_rating (una cadena decimal o null), ratings",
        "table (default), csv or json: objects with id, name, category, contact, email, phone, "
        "jobs, average_rating (a decimal string or null), ratings",
    ),
    ("un proveedor, sus trabajos y valoraciones", "a supplier, its jobs and ratings"),
    ("añade un proveedor; muestra su ID", "add a supplier; prints its ID"),
    ("valora a un proveedor de 1 a 5", "rate a supplier 1 to 5"),
    ("ID_TRABAJO", "JOB_ID"),
    ("escribe un archivo iCalendar (.ics)", "write an iCalendar (.ics) file"),
    (
        "Escribe las tareas y los hitos de una campaña, o de una persona, como archivo "
        "iCalendar (RFC 5545) con UID estables (importarlo otra vez actualiza los eventos) y "
        "la zona horaria incluida.",
        "Write the tasks and milestones of a campaign, or of a person, as an iCalendar file "
        "(RFC 5545) with stable UIDs (importing it again updates the events) and the time zone "
        "included.",
    ),
    ("ARCHIVO.ics", "FILE.ics"),
)
