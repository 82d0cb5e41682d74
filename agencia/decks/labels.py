"""The decks' own words (titles, captions, footer) in Spanish and English.

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
}


def label(key: str, lang: str, **values: object) -> str:
    """The deck's word for `key` in `lang` ("es" or "en"), with `values` filled in."""
    es, en = _LABELS[key]
    text = en if lang == "en" else es
    return text.format(**values) if values else text


def keys() -> frozenset[str]:
    return frozenset(_LABELS)
