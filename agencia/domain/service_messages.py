"""The service and communications areas' part of the message catalogue (merged into
agencia.domain.messages): requests, their moves, the log of contacts, mail in and out."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "questionnaire.mail.subject": (
        "Encuesta de satisfacción de {agency}",
        "{agency} satisfaction survey",
    ),
    "questionnaire.mail.body": (
        "Estimado/a {name}:\n\nLe adjuntamos nuestra encuesta de satisfacción. Puede "
        "rellenarla en el propio PDF y devolvérnosla respondiendo a este correo.\n\n"
        "Muchas gracias por su tiempo.\n{agency}",
        "Dear {name},\n\nPlease find our satisfaction survey attached. You can fill it in "
        "in the PDF itself and send it back by replying to this message.\n\n"
        "Thank you for your time.\n{agency}",
    ),
    "mail.port": (
        "Un puerto es un número entre 1 y {max}.",
        "A port is a number between 1 and {max}.",
    ),
    "contact.hours": (
        "«{value}» no es un horario: escriba la hora de inicio y la de fin del mismo día, "
        "p. ej. 09:00-14:00.",
        "'{value}' is not a span of hours: write when it starts and ends on the same day, "
        "e.g. 09:00-14:00.",
    ),
    "request.not_found": ("No existe la solicitud {id}.", "There is no request {id}."),
    "request.not_visible": (
        "La solicitud {id} es de una cuenta que usted no ve.",
        "Request {id} is on an account you cannot see.",
    ),
    "request.nobody_to_route": (
        "«{name}» no tiene ejecutivo principal, equipo ni director de grupo: nadie puede "
        "atender la solicitud. Asigne primero un ejecutivo a la cuenta.",
        "'{name}' has no lead executive, team or group director: nobody can take the "
        "request. Give the account an executive first.",
    ),
    "request.brand_elsewhere": (
        "Esa marca no es de esta cuenta.",
        "That brand is not on this account.",
    ),
    "request.already_campaign": (
        "Esta solicitud ya es la campaña «{name}».",
        "This request is already the campaign '{name}'.",
    ),
    "request.no_campaign": (
        "Esta solicitud no es de ninguna campaña, y una tarea es siempre de una campaña: "
        "conviértala primero en campaña.",
        "This request is on no campaign, and a task always belongs to one: turn it into "
        "a campaign first.",
    ),
    "request.already_task": (
        "Esta solicitud ya es la tarea «{title}».",
        "This request is already the task '{title}'.",
    ),
    "triage.not_found": (
        "Ese correo ya no está pendiente de asignar (otra persona lo asignó o descartó).",
        "That message is no longer waiting (someone else assigned or discarded it).",
    ),
    "triage.contact_elsewhere": (
        "Ese contacto no es de la cuenta elegida.",
        "That contact is not on the chosen account.",
    ),
    "routing.one_target": (
        "Una regla envía a una persona o a un equipo: elija uno de los dos.",
        "A rule sends to a person or to a team: choose one of them.",
    ),
    "routing.no_condition": (
        "Una regla necesita al menos una condición: tipo, canal, prioridad o marca.",
        "A rule needs at least one condition: type, channel, priority or brand.",
    ),
    "routing.no_such_brand": ("No existe la marca {id}.", "There is no brand {id}."),
    "routing.bad_position": (
        "La posición de una regla empieza en 1.",
        "A rule's position starts at 1.",
    ),
    "routing.never_takes": (
        "{name} no puede atender solicitudes en ninguna cuenta (su puesto no registra "
        "comunicaciones): elija a otra persona o un equipo.",
        "{name} cannot take requests on any account (their post logs no communications): "
        "choose someone else or a team.",
    ),
    "routing.not_found": ("No existe la regla de reparto {id}.", "There is no routing rule {id}."),
    "communication.request_elsewhere": (
        "La solicitud {id} no es de esta cuenta: un contacto se archiva en la cuenta de su "
        "solicitud.",
        "Request {id} is not on this account: a contact is filed on its request's account.",
    ),
    "request.contact_elsewhere": (
        "Ese contacto no es de esta cuenta.",
        "That contact is not on this account.",
    ),
    "request.bad_move": (
        "Una solicitud no puede pasar de «{request_source}» a «{request_target}».",
        "A request cannot go from '{request_source}' to '{request_target}'.",
    ),
    "request.reassign_not_yours": (
        "Solo la persona que atiende la solicitud {id}, sus superiores o los responsables "
        "del equipo de la cuenta pueden reasignarla.",
        "Only the person handling request {id}, their superiors or the account team's "
        "leads may reassign it.",
    ),
    # the same refusal, saying which reason (domain.permissions.refusal's): the person's
    # role never logs communications, or the account is off their team / outside their group
    "request.assignee_role": (
        "{name} no puede atender esta solicitud: su rol ({role}) no registra comunicaciones. "
        "Elija a alguien del equipo de la cuenta.",
        "{name} cannot handle this request: their role ({role}) does not log "
        "communications. Choose someone on the account's team.",
    ),
    "request.assignee_not_on_team": (
        "{name} no puede atender esta solicitud: no está en el equipo de la cuenta "
        "«{account}». Elija a alguien del equipo de la cuenta.",
        "{name} cannot handle this request: they are not on the team of the account "
        "'{account}'. Choose someone on the account's team.",
    ),
    "request.assignee_outside_group": (
        "{name} no puede atender esta solicitud: la cuenta «{account}» no es de su grupo. "
        "Elija a alguien del grupo de la cuenta o de su equipo.",
        "{name} cannot handle this request: the account '{account}' is not in their group. "
        "Choose someone in the account's group or on its team.",
    ),
    "request.resolution_required": (
        "Para resolver la solicitud, escriba cómo se resolvió.",
        "To resolve the request, say how it was resolved.",
    ),
    "communication.no_such_confirmation": (
        "Ese canal no confirma esto: {fields}.",
        "That channel does not confirm this: {fields}.",
    ),
    "communication.channel_confirms_nothing": (
        "Ese canal no da confirmación de entrega.",
        "That channel gives no delivery confirmation.",
    ),
    "communication.not_found": ("No existe el contacto {id}.", "There is no contact {id}."),
    "communication.not_pending": (
        "La entrega de este contacto no está pendiente: no hay nada que confirmar.",
        "This contact's delivery is not pending: there is nothing to confirm.",
    ),
    "communication.scheduled": (
        "Este mensaje está programado: su entrega la confirma el envío.",
        "This message is scheduled: its sending confirms its delivery.",
    ),
    # a delivery confirmed later: what was typed for it (explore10 M2, L6)
    "communication.not_a_date": (
        "«{field}» no es una fecha (AAAA-MM-DD).",
        "«{field}» is not a date (YYYY-MM-DD).",
    ),
    "communication.future_date": (
        "«{field}» no puede ser posterior a hoy.",
        "«{field}» cannot be after today.",
    ),
    "communication.delivered_before_sent": (
        "«{field}» no puede ser anterior al envío ({day}).",
        "«{field}» cannot be before it was sent ({day}).",
    ),
    "communication.not_delivered": (
        "«{field}» no se anota en una entrega fallida.",
        "«{field}» is not kept with a failed delivery.",
    ),
    "communication.not_delivered_yet": (
        "«{field}» no se anota en una entrega pendiente: anótelo al confirmar la entrega.",
        "«{field}» is not kept with a pending delivery: note it when you confirm the delivery.",
    ),
    "communication.settled_only": (
        "Confirme la entrega como entregada o como fallida.",
        "Confirm the delivery as delivered or as failed.",
    ),
    "mail.bad_message": (
        "El mensaje está mal formado y no se ha registrado ({why}).",
        "The message is malformed and was not logged ({why}).",
    ),
    "mail.too_big": (
        "El mensaje pasa de {max} MB y no se ha registrado.",
        "The message is over {max} MB and was not logged.",
    ),
    "mail.server": (
        "El servidor de correo {url} no responde o no nos acepta: {why}",
        "The mail server {url} is not answering or refuses us: {why}",
    ),
    "mail.refused": (
        "El servidor {url} no aceptó estos destinatarios: {why}",
        "The server {url} refused these recipients: {why}",
    ),
    "mail.sent_unconfirmed": (
        "El mensaje se ha enviado, pero falta confirmar su entrega (comunicación {id}): "
        "no lo envíe de nuevo; confírmela con «Confirmar entrega…».",
        "The message was sent, but its delivery is still to be confirmed (communication "
        "{id}): do not send it again; confirm it with 'Confirm delivery…'.",
    ),
    "mail.header_injection": (
        "El asunto y los nombres de archivo no pueden tener saltos de línea.",
        "The subject and file names may not contain line breaks.",
    ),
    "mail.no_recipients": (
        "Elija al menos un contacto con correo electrónico.",
        "Choose at least one contact with an e-mail address.",
    ),
    "mail.bad_recipient": (
        "{name} no tiene un correo válido en esta cuenta.",
        "{name} has no valid e-mail address on this account.",
    ),
    "mail.security": ("Seguridad: una de {value}.", "Security: one of {value}."),
    "sla.bad_targets": (
        "El plazo de primera respuesta debe ser positivo y no mayor que el de resolución.",
        "The first-response target must be positive and no longer than the resolution one.",
    ),
    "sla.bad_promise": (
        "Compromiso desconocido o plazo fuera de 0–60 días hábiles.",
        "Unknown promise, or a target outside 0–60 working days.",
    ),
    "mail.no_account": (
        "No hay cuenta de correo de la agencia: un administrador debe configurarla.",
        "The agency has no mail account: an administrator must set it up.",
    ),
    "mail.unreadable": ("No se puede leer {path}: {detail}", "Cannot read {path}: {detail}"),
}
