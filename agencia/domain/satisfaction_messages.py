"""The satisfaction area's part of the message catalogue (merged into
agencia.domain.messages): templates and scales, responses, imports, improvement actions
and the account health indicator's reasons."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "survey.scale_even": (
        "Una escala de {points} puntos no tiene punto medio: use una escala impar (5, 7 o 9) "
        "para que quien no está ni satisfecho ni insatisfecho pueda decirlo.",
        "A {points}-point scale has no middle point: use an odd scale (5, 7 or 9) so that "
        "someone neither satisfied nor dissatisfied can say so.",
    ),
    "survey.scale_range": (
        "La escala debe tener 5, 7 o 9 puntos (no {points}).",
        "The scale must have 5, 7 or 9 points (not {points}).",
    ),
    "survey.no_dimensions": (
        "Añada al menos una dimensión.",
        "Add at least one dimension.",
    ),
    "survey.too_many_dimensions": (
        "Como mucho {max} dimensiones.",
        "At most {max} dimensions.",
    ),
    "survey.dimension_twice": (
        "La dimensión «{name}» está dos veces.",
        "The dimension '{name}' is there twice.",
    ),
    "survey.no_questions": (
        "La dimensión «{name}» no tiene preguntas.",
        "The dimension '{name}' has no questions.",
    ),
    "survey.too_many_questions": (
        "Como mucho {max} preguntas por dimensión.",
        "At most {max} questions per dimension.",
    ),
    "survey.not_found": ("No existe la encuesta {id}.", "There is no survey {id}."),
    "survey.retired": (
        "La encuesta {id} tiene una revisión más nueva ({newer}): use esa.",
        "Survey {id} has a newer revision ({newer}): use that one.",
    ),
    "survey.revised": (
        "La encuesta ya tenía respuestas: se guardó como revisión {revision}; las "
        "respuestas anteriores conservan la suya.",
        "The survey already had responses: it was saved as revision {revision}; earlier "
        "responses keep theirs.",
    ),
    "response.not_found": ("No existe la respuesta {id}.", "There is no response {id}."),
    "response.contact_elsewhere": (
        "Ese contacto no es de esta cuenta.",
        "That contact is not on this account.",
    ),
    "response.campaign_elsewhere": (
        "Esa campaña no es de esta cuenta.",
        "That campaign is not on this account.",
    ),
    "response.out_of_scale": (
        "«{value}» no está en la escala de 1 a {points}.",
        "'{value}' is not on the scale from 1 to {points}.",
    ),
    "response.no_such_question": (
        "La encuesta no tiene la pregunta {dimension}.{question}.",
        "The survey has no question {dimension}.{question}.",
    ),
    "response.empty": (
        "La respuesta no contesta ninguna pregunta.",
        "The response answers no question.",
    ),
    "response.future": (
        "La fecha de la respuesta ({day}) es posterior a hoy.",
        "The response's date ({day}) is after today.",
    ),
    "response.incomplete": (
        "Incompleta: {answered} de {total} preguntas contestadas.",
        "Incomplete: {answered} of {total} questions answered.",
    ),
    "survey_import.columns": (
        "Faltan columnas: {columns}.",
        "Columns missing: {columns}.",
    ),
    "survey_import.bad_value": (
        "«{value}» no vale para {column}.",
        "'{value}' is not valid for {column}.",
    ),
    "survey_import.empty": (
        "La columna {column} está vacía en esta fila.",
        "The {column} column is empty in this row.",
    ),
    "questionnaire.unreadable": (
        "No se pudo leer el PDF ({detail}).",
        "The PDF could not be read ({detail}).",
    ),
    "questionnaire.not_ours": (
        "Este PDF no es un cuestionario de la agencia.",
        "This PDF is not one of the agency's questionnaires.",
    ),
    "questionnaire.other_contact": (
        "Este cuestionario es de otro contacto (el {id}).",
        "This questionnaire belongs to another contact ({id}).",
    ),
    "questionnaire.unsigned": (
        "Este cuestionario es de una versión anterior del programa y no lleva firma: "
        "envíe al contacto un cuestionario nuevo.",
        "This questionnaire comes from an earlier version of the program and is not "
        "signed: send the contact a new one.",
    ),
    "questionnaire.forged": (
        "La identidad de este cuestionario no coincide con ninguno enviado por la agencia "
        "(alguien la ha cambiado): no se importa.",
        "This questionnaire's identity matches none the agency sent (someone changed "
        "it): it is not imported.",
    ),
    "questionnaire.already_imported": (
        "Cuestionario ya importado (respuesta {id}): no se cuenta dos veces.",
        "Questionnaire already imported (response {id}): it is not counted twice.",
    ),
    "questionnaire.bad_answers": (
        "El cuestionario devuelto no se puede registrar: {reasons}. Pida al cliente que lo "
        "corrija, o registre sus respuestas a mano.",
        "The returned questionnaire cannot be recorded: {reasons}. Ask the client to correct "
        "it, or enter the answers by hand.",
    ),
    "questionnaire.other_survey": (
        "Este cuestionario es de otra versión de la encuesta «{name}»: sus preguntas ya no "
        "son las mismas.",
        "This questionnaire is for another version of the survey '{name}': its questions "
        "are not the same any more.",
    ),
    "improvement.not_found": (
        "No existe la acción de mejora {id}.",
        "There is no improvement action {id}.",
    ),
    "improvement.due_before_opened": (
        "La fecha límite no puede ser anterior al día en que se abre la acción.",
        "The due date cannot be before the day the action is opened.",
    ),
    "improvement.opened_future": (
        "Una acción no puede abrirse en una fecha futura.",
        "An action cannot be opened on a future date.",
    ),
    "improvement.gap": (
        "Una acción de mejora es para una dimensión por debajo de lo esperado: su brecha "
        "va de -{most} a 0.",
        "An improvement action is for a dimension below what was expected: its gap goes "
        "from -{most} to 0.",
    ),
    "improvement.no_such_dimension": (
        "Ninguna encuesta tiene la dimensión «{name}».",
        "No survey has the dimension '{name}'.",
    ),
    "improvement.closed": (
        "La acción de mejora {id} ya está cerrada.",
        "Improvement action {id} is already closed.",
    ),
    "improvement.has_task": (
        "La acción de mejora {id} ya tiene su tarea (la {task}).",
        "Improvement action {id} already has its task ({task}).",
    ),
    "improvement.other_account": (
        "La campaña {campaign} es de otra cuenta: la tarea va en una campaña de la cuenta "
        "de la acción.",
        "Campaign {campaign} belongs to another account: the task goes on a campaign of "
        "the action's account.",
    ),
    "improvement.owner_elsewhere": (
        "{name} no puede ser responsable de esta acción: no trabaja en la cuenta «{account}» "
        "o su puesto no gestiona acciones de mejora.",
        "{name} cannot own this action: they do not work on the account '{account}' or their "
        "role does not manage improvement actions.",
    ),
    "improvement.owner_role": (
        "{name} no puede ser responsable de una acción de la agencia: su puesto no gestiona "
        "acciones de mejora.",
        "{name} cannot own an agency-wide action: their role does not manage improvement actions.",
    ),
    "improvement.no_account": (
        "La acción de mejora {id} es de toda la agencia, no de una cuenta: no tiene "
        "campaña donde poner su tarea.",
        "Improvement action {id} is the whole agency's, not an account's: it has no "
        "campaign to put its task on.",
    ),
    "health.low_satisfaction": (
        "satisfacción baja ({score} sobre 5)",
        "low satisfaction ({score} of 5)",
    ),
    "health.fair_satisfaction": (
        "satisfacción solo regular ({score} sobre 5)",
        "only fair satisfaction ({score} of 5)",
    ),
    "health.held_by_satisfaction": (
        "Satisfacción baja: las encuestas del último trimestre dan {score} sobre 5, por "
        "debajo de {below}; eso pesa más que la cifra.",
        "Low satisfaction: the latest quarter's surveys give {score} of 5, below {below}; "
        "that outweighs the figure.",
    ),
    "health.fell": (
        "la satisfacción bajó {fall} en {dimension}",
        "satisfaction fell {fall} in {dimension}",
    ),
    "health.sla_breaches": (
        "{n} incumplimientos de SLA en 30 días",
        "{n} SLA breaches in 30 days",
    ),
    "health.slow_approvals": (
        "las aprobaciones tardan {days} días del brief al cliente",
        "approvals take {days} days from brief to client",
    ),
    "health.overdue_tasks": ("{n} tareas vencidas", "{n} overdue tasks"),
    "health.no_contact": ("{days} días sin contacto", "{days} days without contact"),
    "health.nothing_known": (
        "no hay datos para medir la salud de la cuenta",
        "nothing to measure the account's health with",
    ),
    "pending.health_at_risk": (
        "Cuenta en riesgo ({score}): {reasons}",
        "Account at risk ({score}): {reasons}",
    ),
    "pending.improvement_overdue": (
        "Acción de mejora vencida: {title}",
        "Improvement action overdue: {title}",
    ),
}
