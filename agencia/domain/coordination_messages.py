"""The coordination area's part of the message catalogue (merged into
agencia.domain.messages): tasks and their schedule, vendors, jobs and costs, capacity."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "task.not_found": ("No existe la tarea {id}.", "There is no task {id}."),
    "task.dates": (
        "La fecha de fin no puede ser anterior a la de inicio.",
        "The end date cannot come before the start date.",
    ),
    "task.team_or_vendor": (
        "Una tarea es de un equipo interno o de un proveedor, no de los dos.",
        "A task belongs to an internal team or to a supplier, not both.",
    ),
    "task.hours": (
        "Escriba las horas estimadas como un número entre 0 y {max}.",
        "Write the estimated hours as a number from 0 to {max}.",
    ),
    "task.milestone_one_day": (
        "Un hito ocupa un solo día: la fecha de inicio y la de fin son la misma.",
        "A milestone takes one day: its start and end dates are the same.",
    ),
    "task.lag": (
        "El desfase de una dependencia no puede pasar de {max} días.",
        "A dependency's lag cannot exceed {max} days.",
    ),
    "task.depends_on_self": (
        "Una tarea no puede depender de sí misma.",
        "A task cannot depend on itself.",
    ),
    "task.other_campaign": (
        "La tarea {id} es de otra campaña: solo se enlazan tareas de la misma campaña.",
        "Task {id} belongs to another campaign: only tasks of one campaign can be linked.",
    ),
    "task.cycle": (
        "Esa dependencia cerraría un círculo ({path}): ninguna tarea podría empezar.",
        "That dependency would close a circle ({path}): no task could ever start.",
    ),
    "task.predecessors_open": (
        "No puede darse por hecha antes que aquello de lo que depende: {tasks}.",
        "It cannot be done before what it depends on: {tasks}.",
    ),
    "task.dependency_twice": (
        "Esa tarea ya figura entre las dependencias: quite la repetida.",
        "That task is among the dependencies already: remove the repeated one.",
    ),
    "vendor.pick_job": (
        "Elija el trabajo entregado que valora.",
        "Choose the delivered job you are rating.",
    ),
    "job.pick": ("Elija un proveedor y una campaña.", "Choose a supplier and a campaign."),
    "deck.work_supplier": ("Proveedor externo", "External supplier"),
    "deck.work_tasks": ("{count} tareas", "{count} tasks"),
    "task.started_cancel_instead": (
        "La tarea ya empezó: cancélela en lugar de borrarla, para que quede constancia.",
        "The task has started: cancel it instead of deleting it, so that it stays on record.",
    ),
    "milestone.needs_deadline": (
        "La campaña necesita una fecha límite para colocar sus hitos.",
        "The campaign needs a deadline to place its milestones.",
    ),
    "next_step.not_found": ("No existe el próximo paso {id}.", "There is no next step {id}."),
    "next_step.already_task": (
        "Este paso ya es la tarea «{title}».",
        "This step is already the task '{title}'.",
    ),
    "vendor.not_found": ("No existe el proveedor {id}.", "There is no supplier {id}."),
    "vendor.inactive": ("{name} está dado de baja como proveedor.", "{name} is a former supplier."),
    "vendor.score": (
        "La valoración va de 1 (muy por debajo) a 5 (muy por encima); 3 es lo esperado.",
        "The rating goes from 1 (far below) to 5 (far above); 3 is as expected.",
    ),
    "vendor.low_score_comment": (
        "Una valoración de 1 o 2 necesita un comentario que explique qué falló.",
        "A rating of 1 or 2 needs a comment saying what went wrong.",
    ),
    "vendor.job_not_theirs": (
        "El trabajo {id} no es de este proveedor.",
        "Job {id} is not this supplier's.",
    ),
    "vendor.rate_undelivered": (
        "Un trabajo se valora cuando está entregado.",
        "A job is rated once it has been delivered.",
    ),
    "vendor.job_rated": ("Ese trabajo ya está valorado.", "That job has been rated already."),
    "job.not_found": ("No existe el trabajo {id}.", "There is no job {id}."),
    "job.amount": (
        "Escriba un importe positivo, por ejemplo 1250,50.",
        "Write a positive amount, for example 1250.50.",
    ),
    "job.already_approved": (
        "La orden de compra de este trabajo ya está aprobada.",
        "This job's purchase order has been approved already.",
    ),
    "job.not_approved": (
        "Primero hay que aprobar la orden de compra del trabajo.",
        "The job's purchase order must be approved first.",
    ),
    "job.over_budget": (
        "Lo comprometido con proveedores supera el presupuesto de la campaña en {over} {currency}.",
        "What is committed to suppliers passes the campaign's budget by {over} {currency}.",
    ),
    "job.quotes_over_budget": (
        "Si se aprueban los presupuestos pendientes, se superará el presupuesto de la campaña "
        "en {over} {currency}.",
        "If the pending quotes are approved, the campaign's budget will be passed by "
        "{over} {currency}.",
    ),
    "capacity.hours": (
        "Escriba las horas semanales como un número entre 0 y {max}.",
        "Write the weekly hours as a number from 0 to {max}.",
    ),
    "capacity.own_absences": (
        "Solo puede registrar sus propias ausencias.",
        "You can only record your own absences.",
    ),
    "absence.not_found": ("No existe la ausencia {id}.", "There is no absence {id}."),
    # a task's assignee must be able to work on its campaign's account (or be of another
    # department): services.coordination.assignees
    "task.assignee_role": (
        "{name} no puede encargarse de tareas de campañas: su rol ({role}) no trabaja en "
        "las cuentas. Elija a alguien del equipo de la cuenta o de otro departamento.",
        "{name} cannot take campaign tasks: their role ({role}) does not work on accounts. "
        "Choose someone on the account's team or from another department.",
    ),
    "task.assignee_not_on_team": (
        "{name} no puede encargarse de esta tarea: no está en el equipo de la cuenta "
        "«{account}» y no vería la campaña. Elija a alguien del equipo de la cuenta o de "
        "otro departamento.",
        "{name} cannot take this task: they are not on the team of the account "
        "'{account}' and would not see the campaign. Choose someone on the account's team "
        "or from another department.",
    ),
    "task.assignee_outside_group": (
        "{name} no puede encargarse de esta tarea: la cuenta «{account}» no es de su grupo "
        "y no vería la campaña. Elija a alguien del grupo de la cuenta, de su equipo o de "
        "otro departamento.",
        "{name} cannot take this task: the account '{account}' is not in their group and "
        "they would not see the campaign. Choose someone in the account's group, on its "
        "team or from another department.",
    ),
    "task.starts_before_predecessor": (
        "La tarea espera a «{task}», que no ha terminado: no puede empezar antes del {first}. "
        "Mueva antes «{task}» o quite la dependencia.",
        "The task waits for '{task}', which is not finished: it cannot start before "
        "{first}. Move '{task}' first or remove the dependency.",
    ),
    "task.campaign_closed": (
        # the status named, as in campaign.closed (the labels agree with «estado»)
        "Estado de la campaña: «{status}» — sus tareas se consultan y las abiertas pueden "
        "darse por hechas o cancelarse; no se añaden, editan, mueven ni reabren.",
        "Campaign status: '{status}' — its tasks can be read, and open ones marked done or "
        "cancelled; none can be added, edited, moved or reopened.",
    ),
    "calendar.one_of": (
        "Indique una campaña o una persona (solo una).",
        "Name a campaign or a person (only one).",
    ),
}
