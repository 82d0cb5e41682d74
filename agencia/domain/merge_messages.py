"""The account merge's part of the message catalogue (merged into agencia.domain.messages):
its refusals, and what each kind of record that moves is called in the plan."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "account.merge_self": (
        "Una cuenta no se fusiona consigo misma (cuenta {id}).",
        "An account cannot be merged with itself (account {id}).",
    ),
    "account.merged": (
        "«{duplicate}» se fusionó con «{keep}».",
        "“{duplicate}” was merged into “{keep}”.",
    ),
    "merge.plan": (
        "Fusionar «{duplicate}» ({duplicate_id}) con «{keep}» ({keep_id}), que se conserva:",
        "Merge “{duplicate}” ({duplicate_id}) into “{keep}” ({keep_id}), which is kept:",
    ),
    "merge.nothing": ("nada más que la propia cuenta", "nothing but the account itself"),
    "merge.dry_run": (
        "Prueba: no se ha cambiado nada (sin --dry-run se fusionan).",
        "Dry run: nothing was changed (without --dry-run they are merged).",
    ),
    "merge.subsidiaries": ("Filiales", "Subsidiaries"),
    "merge.account_assignments": ("Equipo de la cuenta", "Account team"),
    "merge.brands": ("Marcas (con sus productos)", "Brands (with their products)"),
    "merge.contacts": ("Contactos del cliente", "Client contacts"),
    "merge.campaigns": (
        "Campañas (briefs, propuestas, aprobaciones, documentos, tareas)",
        "Campaigns (briefs, proposals, approvals, documents, tasks)",
    ),
    "merge.service_requests": ("Solicitudes", "Requests"),
    "merge.sla_policies": ("Compromisos de servicio (SLA)", "Service commitments (SLA)"),
    "merge.communications": ("Registro de comunicaciones", "Communication log"),
    "merge.survey_responses": ("Respuestas de satisfacción", "Satisfaction responses"),
    "merge.improvement_actions": ("Acciones de mejora", "Improvement actions"),
    "merge.account_health_history": ("Historial de salud", "Health history"),
    "merge.left": (
        "{count} se quedan con la duplicada (la cuenta conservada ya tiene los suyos)",
        "{count} stay with the duplicate (the kept account has its own)",
    ),
}
