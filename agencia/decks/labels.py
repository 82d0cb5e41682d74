"""The decks' and the A4 documents' own words (titles, captions, footer, the acta's,
the brief to sign's, the contrabrief's) in Spanish and English: one catalogue, no word
twice (`duplicate_keys`, kept empty by a test).

Texts that come from the data arrive already in the deck's language, the words for codes
(statuses, kinds, channels, parts) from agencia.domain.labels as the window and the
command line print them; these are the renderer's own. Kept here as a small table rather
than in the Qt catalogue: decks know no Qt.
"""

from __future__ import annotations

_LABELS: dict[str, tuple[str, str]] = {
    # footer and metadata
    "confidential": ("Confidencial", "Confidential"),
    "confidential_for": (
        "Confidencial — preparado para {client}",
        "Confidential — prepared for {client}",
    ),
    "prepared_for": ("Preparado para", "Prepared for"),
    "internal_use": ("Uso interno", "Internal use"),
    "internal_footer": (
        "Uso interno — incluye decisiones internas, no enviar al cliente",
        "Internal use — holds internal decisions, not for the client",
    ),
    "page": ("{n} / {total}", "{n} / {total}"),
    "cont": ("{title} (cont.)", "{title} (cont.)"),
    "credentials": ("Credenciales", "Credentials"),
    "credentials_subject": ("Credenciales de {agency}", "{agency} credentials"),
    "credentials_subject_for": (
        "Credenciales de {agency} para {client}",
        "{agency} credentials for {client}",
    ),
    "campaign_deck": ("Presentación de campaña", "Campaign presentation"),
    "campaign_subject": ("Presentación de {campaign} para {client}", "{campaign} for {client}"),
    "brief_sheet": ("Brief", "Brief"),
    "brief_subject": ("Brief de {campaign} ({client})", "{campaign} brief ({client})"),
    "brief_number": ("Brief n.º {n}", "Brief no. {n}"),
    "brief_version": ("Brief v{n}", "Brief v{n}"),
    "approval_record": ("Registro de aprobaciones", "Approval record"),
    "approval_subject": (
        "Decisiones sobre {campaign} ({client})",
        "Decisions on {campaign} ({client})",
    ),
    # agency sections
    "about": ("Quiénes somos", "Who we are"),
    "services": ("Qué hacemos", "What we do"),
    "process": ("Cómo trabajamos", "How we work"),
    "team": ("El equipo", "The team"),
    "clients": ("Clientes con los que trabajamos", "Clients we work with"),
    "cases": ("Casos de éxito", "Case studies"),
    "contact": ("Contacto", "Contact"),
    "thanks": ("Gracias", "Thank you"),
    "challenge_label": ("El reto", "The challenge"),
    "idea_label": ("La idea", "The idea"),
    "results_label": ("Resultados", "Results"),
    "target_short": ("Objetivo: {target}", "Target: {target}"),
    "part_one": ("Quiénes somos", "About us"),
    "part_work": ("Nuestro trabajo", "Our work"),
    # the agency in figures, under "who we are" (one, many)
    "fig_clients": ("Clientes", "Clients"),
    "fig_client": ("Cliente", "Client"),
    "fig_sectors": ("Sectores", "Sectors"),
    "fig_sector": ("Sector", "Sector"),
    "fig_people": ("Personas en el equipo", "People on the team"),
    "fig_person": ("Persona en el equipo", "Person on the team"),
    "fig_services": ("Servicios", "Services"),
    "fig_service": ("Servicio", "Service"),
    # campaign sections
    "challenge": ("El reto y los objetivos", "The challenge and objectives"),
    "objectives": ("Objetivos", "Objectives"),
    "kpis": ("Cómo mediremos el éxito", "How we will measure success"),
    "audience": ("Público y mercado", "Audience and market"),
    "target_audience": ("Público objetivo", "Target audience"),
    "market": ("Mercado", "Market"),
    "product": ("Producto", "Product"),
    "strategy": ("Estrategia y mensaje clave", "Strategy and key message"),
    "insight": ("Insight", "Insight"),
    "key_message": ("Mensaje clave", "Key message"),
    "approach": ("Enfoque", "Approach"),
    "proposal": ("Nuestra propuesta", "Our proposal"),
    "mandatories": ("Obligatorios", "Mandatories"),
    "channels": ("Canales y plan de medios", "Channels and media plan"),
    "channel": ("Canal", "Channel"),
    "what_runs": ("Qué se hace", "What runs"),
    "when": ("Cuándo", "When"),
    "amount": ("Importe", "Amount"),
    "total": ("Total", "Total"),
    "timeline": ("Calendario", "Timeline"),
    "campaign_span": ("Campaña", "Campaign"),
    "milestones": ("Hitos", "Milestones"),
    "budget": ("Presupuesto", "Budget"),
    "budget_by_channel": ("Inversión por canal", "Investment by channel"),
    "budget_takeaway": (
        "{channel} concentra el {share} de la inversión: {amount} de {total}",
        "{channel} takes {share} of the investment: {amount} of {total}",
    ),
    "budget_even": (
        "La inversión se reparte entre {n} canales: {total} en total",
        "The investment is spread over {n} channels: {total} in all",
    ),
    "budget_total": ("Presupuesto total de la campaña", "The campaign's total budget"),
    "campaign_team": ("El equipo y quién hace qué", "The team and who does what"),
    "approvals": ("Aprobaciones hasta hoy", "Approvals so far"),
    "next_steps": ("Próximos pasos", "Next steps"),
    "team_and_steps": ("El equipo y los próximos pasos", "The team and the next steps"),
    "challenge_audience": ("El reto y el público", "The challenge and the audience"),
    "strategy_plan": ("Estrategia, canales y presupuesto", "Strategy, channels and budget"),
    "channels_short": ("Canales", "Channels"),
    "step": ("Paso", "Step"),
    "owner": ("Responsable", "Owner"),
    "due": ("Fecha", "Due"),
    "step_done": ("Hecho", "Done"),
    "step_overdue": ("Vencido", "Overdue"),
    "step_open": ("Pendiente", "To do"),
    "results": ("Resultados", "Results"),
    "part_results": ("Los resultados", "The results"),
    "part_challenge": ("El reto", "The challenge"),
    "part_proposal": ("La propuesta", "The proposal"),
    "part_work_together": ("Cómo trabajaremos", "Working together"),
    "part_worked_together": ("Cómo lo hicimos", "How we did it"),
    # brief sheet and approval record
    "client": ("Cliente", "Client"),
    "brand": ("Marca", "Brand"),
    "campaign": ("Campaña", "Campaign"),
    "code": ("Código", "Code"),
    "kind": ("Tipo", "Type"),
    "status": ("Estado", "Status"),
    "starts": ("Inicio", "Start"),
    "deadline": ("Fecha límite", "Deadline"),
    "brief_empty": ("El brief todavía está vacío.", "The brief is still empty."),
    "date": ("Fecha", "Date"),
    "stage": ("Etapa", "Stage"),
    "document": ("Documento", "Document"),
    "decision": ("Decisión", "Decision"),
    "who": ("Quién", "Who"),
    "on_behalf_of": ("en nombre de {name}", "on behalf of {name}"),
    "comment": ("Comentario", "Comment"),
    "fingerprint": ("Huella SHA-256", "SHA-256 fingerprint"),
    "superseded": ("sustituida", "superseded"),
    "no_decisions": ("Todavía no hay decisiones registradas.", "No decisions recorded yet."),
    "decisions_count": ("{n} decisiones", "{n} decisions"),
    "decisions_one": ("1 decisión", "1 decision"),
    "via": ("por {channel}", "by {channel}"),
    # --- the A4 documents: what is new to a document on paper ---
    # the acta
    "acta": ("Acta de reunión", "Meeting report"),
    "acta_subject": (
        "Acta de la reunión del {date} ({client})",
        "Report of the {date} meeting ({client})",
    ),
    "acta_place": ("Lugar", "Place"),
    "acta_author": ("Redactada por", "Written by"),
    "acta_attendees": ("Asistentes", "Attendees"),
    "acta_ours": ("Por {agency}", "For {agency}"),
    "acta_theirs": ("Por {client}", "For {client}"),
    "acta_nobody": ("Sin asistentes registrados.", "No attendees recorded."),
    "acta_subject_label": ("Asunto", "Subject"),
    "acta_agreements": ("Puntos tratados y acuerdos", "Points discussed and agreements"),
    "acta_no_agreements": ("No se registraron acuerdos.", "No agreements were recorded."),
    "acta_steps": ("Próximos pasos", "Next steps"),
    "acta_no_steps": ("No se acordaron próximos pasos.", "No next steps were agreed."),
    "acta_side_agency": ("agencia", "agency"),
    "acta_side_client": ("cliente", "client"),
    "acta_closing": (
        "Si algo de esta acta no refleja lo hablado, le rogamos que nos lo indique; si no, "
        "confírmenos su recepción.",
        "If anything in this report does not reflect what was discussed, please tell us; "
        "otherwise, kindly confirm that you received it.",
    ),
    "acta_file": ("Acta {date} - {subject}", "Meeting report {date} - {subject}"),
    # the brief to sign
    "brief_to_sign": ("Brief para firmar", "Brief for signature"),
    "sign_title": ("Conformidad", "Agreement"),
    "sign_text": (
        "Las partes dan su conformidad a este brief como base del trabajo de la agencia.",
        "Both parties agree to this brief as the basis of the agency's work.",
    ),
    "sign_for": ("Por {party}", "For {party}"),
    "sign_name": ("Nombre y cargo", "Name and position"),
    "sign_signature": ("Firma", "Signature"),
    "sign_date": ("Fecha", "Date"),
    # the contrabrief
    "contrabrief": ("Contrabrief", "Counter-brief"),
    "contrabrief_subject": (
        "Contrabrief de {campaign} ({client})",
        "{campaign} counter-brief ({client})",
    ),
    "contrabrief_answers": ("Responde al brief v{n}", "Answers brief v{n}"),
    "cb_understanding": ("Lo que entendemos", "What we understand"),
    "cb_questions": ("Preguntas para el cliente", "Questions for the client"),
    "cb_approach": ("Cómo proponemos resolverlo", "How we propose to solve it"),
    "cb_empty": ("El contrabrief todavía está vacío.", "The counter-brief is still empty."),
    "cb_author": ("Preparado por", "Prepared by"),
}


# Latin-American Spanish where it differs from Spain's.
_LATAM: dict[str, str] = {
    "timeline": "Cronograma",
    "amount": "Monto",
    "brief_number": "Brief No. {n}",
    "what_runs": "Qué se realiza",
}


def label(key: str, lang: str, *, latam: bool = False, **values: object) -> str:
    """The deck's word for `key` in `lang` ("es" or "en"; Latin America's Spanish when
    `latam`), with `values` filled in."""
    es, en = _LABELS[key]
    text = en if lang == "en" else _LATAM.get(key, es) if latam else es
    return text.format(**values) if values else text


def spanish_words() -> dict[str, str]:
    """Every Spanish word of the decks and documents that English says otherwise (both
    Spanishes), by key, up to its first placeholder ("Acta de la reunión del {date}" →
    "Acta de la reunión del"; too short a stem left out): what English must never print."""
    found = {k: es for k, (es, en) in _LABELS.items() if es != en}
    found.update({f"{k}/latam": w for k, w in _LATAM.items() if w != _LABELS[k][1]})
    stems = {k: w.split("{")[0].strip() for k, w in found.items()}
    return {k: w for k, w in stems.items() if len(w) >= 4}


def keys() -> frozenset[str]:
    return frozenset(_LABELS)


def duplicate_keys() -> list[str]:
    """Keys written twice in the catalogue's source (a dict literal keeps the last one
    silently): a test keeps this empty."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "_LABELS":
            assert isinstance(node.value, ast.Dict)
            for key in node.value.keys:
                if isinstance(key, ast.Constant):
                    name = str(key.value)
                    if name in seen:
                        twice.append(name)
                    seen.add(name)
    return twice
