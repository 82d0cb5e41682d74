"""The campaigns area's part of the message catalogue (merged into agencia.domain.messages);
the words for its statuses and decisions are in agencia.domain.labels."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "timeline.brief": ("Brief v{number}", "Brief v{number}"),
    "timeline.contrabrief": ("Contrabrief", "Counter-brief"),
    "timeline.proposal": ("Propuesta v{number}", "Proposal v{number}"),
    "timeline.brief_decision": ("Brief v{number}: {decision}", "Brief v{number}: {decision}"),
    "timeline.internal_decision": (
        "Revisión interna de la propuesta v{number}: {decision}",
        "Internal review of proposal v{number}: {decision}",
    ),
    "timeline.client_decision": (
        "Decisión del cliente sobre la propuesta v{number}: {decision}",
        "Client's decision on proposal v{number}: {decision}",
    ),
    "campaign.not_found": ("No existe la campaña {id}.", "There is no campaign {id}."),
    "campaign.not_visible": (
        "La campaña {id} no es de sus cuentas.",
        "Campaign {id} is not on your accounts.",
    ),
    "brief.not_found": ("No existe el brief {id}.", "There is no brief {id}."),
    "proposal.not_found": ("No existe la propuesta {id}.", "There is no proposal {id}."),
    "meeting.not_found": ("No existe el acta {id}.", "There is no meeting report {id}."),
    "document.not_found": ("No existe el documento {id}.", "There is no document {id}."),
    "delegation.not_found": ("No existe la delegación {id}.", "There is no delegation {id}."),
    "document.too_large": (
        "«{name}» ocupa {size} MB: el máximo es {max} MB por archivo.",
        "'{name}' is {size} MB: the limit is {max} MB per file.",
    ),
    "document.empty": ("«{name}» está vacío.", "'{name}' is empty."),
    "document.unreadable": (
        "No se pudo leer «{name}»: {detail}",
        "Could not read '{name}': {detail}",
    ),
    "campaign.move_not_in_life": (
        "Una campaña no pasa de «{source}» a «{target}».",
        "A campaign does not go from '{source}' to '{target}'.",
    ),
    "campaign.moved_meanwhile": (
        "Otra persona cambió la campaña mientras tanto (ahora está en «{source}»). Revise y "
        "vuelva a intentarlo.",
        "Someone else changed the campaign meanwhile (it is now '{source}'). Check and try again.",
    ),
    "campaign.owner_or_above": (
        "Solo el responsable de la campaña o alguien por encima puede hacerlo.",
        "Only the campaign's owner or someone above them can do this.",
    ),
    "campaign.only_director": (
        "Solo el director de cuentas del grupo puede cancelar una campaña.",
        "Only the group's account director can cancel a campaign.",
    ),
    "campaign.needs_approved_brief": (
        "Falta un brief aprobado: apruebe la última versión del brief antes de pasar a desarrollo.",
        "An approved brief is needed: approve the brief's latest version before development.",
    ),
    "campaign.needs_proposal": (
        "Falta una propuesta: guarde una versión de la propuesta antes de la revisión interna.",
        "A proposal is needed: save a proposal version before internal review.",
    ),
    "campaign.needs_decision": (
        "Este paso necesita una decisión: use «{what}».",
        "This step needs a decision: use '{what}'.",
    ),
    "campaign.needs_document": (
        "Indique el documento presentado al cliente.",
        "Give the document presented to the client.",
    ),
    "campaign.needs_results": (
        "Para finalizar, registre los resultados (al menos un KPI o un resumen).",
        "To complete it, record the results (at least one KPI or a summary).",
    ),
    "campaign.needs_reason": ("Indique el motivo.", "Give the reason."),
    "campaign.needs_comment": (
        "Explique la decisión en un comentario.",
        "Explain the decision in a comment.",
    ),
    "campaign.closed": (
        # the status named, not agreed with «la campaña» (the labels agree with «estado»)
        "Estado de la campaña: «{status}» — ya no se modifica.",
        "Campaign status: '{status}' — it can no longer be changed.",
    ),
    "campaign.code_taken": (
        "El código {code} ya lo usa otra campaña.",
        "Code {code} is already used by another campaign.",
    ),
    "campaign.brand_elsewhere": (
        "La marca no es de esta cuenta.",
        "The brand does not belong to this account.",
    ),
    "campaign.product_elsewhere": (
        "El producto no es de la marca elegida.",
        "The product does not belong to the chosen brand.",
    ),
    "campaign.owner_role": (
        "{name} no puede ser responsable de una campaña (debe ser ejecutivo de cuenta o "
        "superior, del equipo de la cuenta o de su grupo).",
        "{name} cannot own a campaign (an account executive or above, on the account's "
        "team or group).",
    ),
    "brief.incomplete": (
        "El brief aún no se puede aprobar: faltan {fields}.",
        "The brief cannot be approved yet: {fields} missing.",
    ),
    "brief.not_latest": (
        "Solo se decide sobre la última versión del brief (v{number}).",
        "Only the brief's latest version (v{number}) can be decided.",
    ),
    "brief.unchanged": (
        "Nada cambió desde la versión {number}: no se guardó otra.",
        "Nothing changed since version {number}: no new version saved.",
    ),
    "brief.stale": (
        "Otra persona guardó la versión {number} del brief mientras editaba. Revise sus "
        "cambios sobre ella.",
        "Someone else saved brief version {number} while you were editing. Review your "
        "changes against it.",
    ),
    "brief.wrong_stage": (
        "El brief se aprueba mientras la campaña está en «Brief».",
        "A brief is approved while the campaign is at 'Brief'.",
    ),
    "proposal.empty": (
        "Escriba el resumen de la propuesta.",
        "Write the proposal's summary.",
    ),
    "approval.own_work": (
        "Nadie aprueba su propio trabajo: la aprobación corresponde a otra persona.",
        "Nobody approves their own work: someone else must decide.",
    ),
    "approval.not_an_approver": (
        "Su puesto no aprueba internamente (supervisor de cuentas o superior).",
        "Your role does not approve internally (account supervisor or above).",
    ),
    "approval.director_needs_director": (
        "La campaña es de un director: la aprueba otro director de cuentas.",
        "The campaign is a director's: another account director approves it.",
    ),
    "approval.outside_group": (
        "La campaña no es de su grupo de cuentas.",
        "The campaign is not in your account group.",
    ),
    "approval.up_the_line": (
        "La aprobación sube por la línea jerárquica: corresponde a alguien por encima del "
        "responsable.",
        "Approval goes up the line: someone above the owner must decide.",
    ),
    "approval.over_threshold": (
        "El presupuesto supera su límite de aprobación: la aprueba un {role} o superior.",
        "The budget is over your approval limit: it needs {role} or above.",
    ),
    "approval.wrong_stage": (
        "No hay nada que aprobar en este momento de la campaña.",
        "There is nothing to approve at this point of the campaign.",
    ),
    "approval.contact_elsewhere": (
        "El contacto no es de la cuenta de la campaña.",
        "The contact does not belong to the campaign's account.",
    ),
    "review.owner_is_approver": (
        "El responsable de la campaña es ahora quien la aprobó: nadie aprueba su propio trabajo.",
        "The campaign's owner is now the person who approved it: nobody approves their own work.",
    ),
    "review.owner_above_approver": (
        "El nuevo responsable está por encima de quien aprobó: la aprobación debe venir de "
        "más arriba.",
        "The new owner ranks above the approver: the approval must come from higher up.",
    ),
    "review.budget_above_level": (
        "El presupuesto supera lo que podía aprobar quien aprobó; ahora hace falta {role}.",
        "The budget is above what the approver could approve; it now needs {role}.",
    ),
    "review.new_proposal": (
        "Hay una versión nueva de la propuesta (v{number}) que nadie ha revisado; la "
        "aprobada era la v{approved}.",
        "There is a new proposal version (v{number}) that nobody has reviewed; the approved "
        "one was v{approved}.",
    ),
    # a reason above, and what it did before the client's decision (after it: refused)
    "review.back_to_review": (
        "{why} Vuelve a revisión interna.",
        "{why} Back to internal review.",
    ),
    "review.locked_after_client": (
        "No se puede: el cliente ya decidió sobre lo aprobado. {why}",
        "Not possible: the client has already decided on what was approved. {why}",
    ),
    "review.unreviewed_document": (
        "Solo se presenta al cliente un documento de la propuesta aprobada en revisión "
        "interna (v{number}). Para presentar otro, guárdelo como nueva versión y pase por "
        "revisión.",
        "Only a document of the proposal approved in internal review (v{number}) can be "
        "presented. To present another, save it as a new version and have it reviewed.",
    ),
    "review.unreviewed_presented": (
        "El documento presentado no es el aprobado en revisión interna (propuesta "
        "v{number}): la decisión del cliente no se registra sobre él. Presente el aprobado.",
        "The document presented is not the one approved in internal review (proposal "
        "v{number}): the client's decision is not recorded on it. Present the approved one.",
    ),
    "review.no_approval": (
        "No hay una aprobación interna en vigor de la propuesta.",
        "There is no internal approval in force for the proposal.",
    ),
    "campaign.future_date": (
        "La fecha no puede ser futura.",
        "The date cannot be in the future.",
    ),
    "campaign.presented_before_start": (
        "La presentación no puede ser anterior al comienzo de la campaña (su creación o su "
        "fecha de inicio): escriba una fecha del {date} en adelante.",
        "The presentation cannot be dated before the campaign began (its creation or its "
        "start date): enter a date from {date} on.",
    ),
    "approval.decided_before_presented": (
        "La decisión del cliente no puede ser anterior a la presentación sobre la que "
        "decide: escriba una fecha del {date} en adelante.",
        "The client's decision cannot be dated before the presentation it decides on: "
        "enter a date from {date} on.",
    ),
    "approval.decided_meanwhile": (
        "Otra persona acaba de decidir sobre esto; se muestra su decisión.",
        "Someone else has just decided on this; their decision is shown.",
    ),
    "approval.future_date": (
        "La fecha de la decisión no puede ser futura.",
        "The decision date cannot be in the future.",
    ),
    "delegation.self": ("No puede delegar en sí mismo.", "You cannot delegate to yourself."),
    "delegation.not_a_peer": (
        "Se delega en un par: alguien con su mismo puesto.",
        "Delegate to a peer: someone with your same role.",
    ),
    "delegation.dates": (
        "La delegación termina antes de empezar.",
        "The delegation ends before it starts.",
    ),
    "delegation.not_yours": (
        "Solo quien delegó puede revocar la delegación.",
        "Only who delegated can revoke the delegation.",
    ),
    "thresholds.order": (
        "El límite del gerente debe ser igual o mayor que el del supervisor.",
        "The manager's limit must be at least the supervisor's.",
    ),
    "agency.missing": (
        "La base de datos no tiene perfil de agencia: ábrala con Agencia para configurarla.",
        "The database has no agency profile: open it in Agencia to set it up.",
    ),
    "field.amount": ("Importe no válido.", "Not a valid amount."),
    "field.amount_decimals": (
        "Un importe en {currency} lleva como máximo {max} decimales: {value} tiene más "
        "(no se redondea por usted).",
        "An amount in {currency} has at most {max} decimal places: {value} has more "
        "(it is not rounded for you).",
    ),
    "field.amount_whole": (
        "Un importe en {currency} no lleva decimales: {value} los tiene "
        "(no se redondea por usted).",
        "An amount in {currency} has no decimal places: {value} has some "
        "(it is not rounded for you).",
    ),
    "field.amount_places": (
        "Un importe lleva como máximo {max} decimales: {value} tiene más "
        "(no se redondea por usted).",
        "An amount has at most {max} decimal places: {value} has more (it is not rounded for you).",
    ),
    "field.date_range": (
        "La fecha debe estar entre los años {first} y {last}.",
        "The date must fall between the years {first} and {last}.",
    ),
    "field.date_order": (
        "La fecha límite es anterior al inicio.",
        "The deadline is before the start.",
    ),
    "meeting.already_acknowledged": (
        "El cliente ya confirmó esta acta el {date}.",
        "The client already acknowledged this report on {date}.",
    ),
    "meeting.campaign_closed": (
        # the status named, as in campaign.closed (the labels agree with «estado»)
        "Estado de la campaña: «{status}» — sus actas se consultan; no se registran, "
        "corrigen ni envían.",
        "Campaign status: '{status}' — its meeting reports can be read, not logged, "
        "corrected or sent.",
    ),
    "meeting.not_sent": (
        "El acta aún no se ha enviado al cliente.",
        "The report has not been sent to the client yet.",
    ),
    # the campaigns list's filter that Pendientes' «y N más» lines open
    "campaigns.awaiting_briefs": (
        "Briefs que esperan su aprobación",
        "Briefs awaiting your approval",
    ),
    "campaigns.awaiting_proposals": (
        "Propuestas que esperan su revisión",
        "Proposals awaiting your review",
    ),
    "campaigns.awaiting_clear": (
        "Quitar este filtro: todas las campañas que ve",
        "Remove this filter: every campaign you see",
    ),
}
