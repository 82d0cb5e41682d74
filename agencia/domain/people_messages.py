"""The people area's part of the message catalogue (merged into agencia.domain.messages):
staff, sign-in accounts, passwords, account groups and account teams."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "password.too_long": (
        "La contraseña admite como máximo {max} caracteres.",
        "The password takes at most {max} characters.",
    ),
    "password.common": (
        "Esa contraseña es de las más usadas (o una variante): elija otra, por ejemplo una "
        "frase de varias palabras.",
        "That password is one of the most used (or a variant of one): choose another, for "
        "example a phrase of several words.",
    ),
    "password.has_login": (
        "La contraseña no puede contener el nombre de usuario.",
        "The password may not contain the user name.",
    ),
    "password.mismatch": ("Las contraseñas no coinciden.", "The passwords do not match."),
    "password.same_as_current": (
        "La nueva contraseña debe ser distinta de la actual.",
        "The new password must differ from the current one.",
    ),
    "password.empty": (
        "Falta la contraseña nueva (se lee de la entrada estándar).",
        "The new password is missing (it is read from standard input).",
    ),
    "auth.password_change_required": (
        "El usuario «{login}» debe cambiar su contraseña antes de entrar.",
        "User '{login}' must change their password before signing in.",
    ),
    "user.login_taken": (
        "El usuario «{login}» ya existe: elija otro nombre de usuario.",
        "The user name '{login}' is taken: choose another.",
    ),
    "user.staff_has_one": (
        "{name} ya tiene un usuario de acceso.",
        "{name} already has a sign-in account.",
    ),
    "user.login_shape": (
        "El nombre de usuario admite letras, números, punto, guion y guion bajo, sin espacios.",
        "A user name takes letters, digits, dot, hyphen and underscore, no spaces.",
    ),
    "user.own_account": (
        "No puede desactivar su propio usuario.",
        "You cannot disable your own sign-in account.",
    ),
    "user.last_admin": (
        "Es el último administrador activo: la agencia se quedaría sin quien la administre.",
        "This is the last active administrator: nobody would be left to run the agency.",
    ),
    "staff.last_admin": (
        "{name} es el único administrador activo con usuario: si deja de serlo, nadie podrá "
        "administrar la agencia. Dé antes el rol de Administrador a otra persona con usuario.",
        "{name} is the only active administrator with a sign-in: without them nobody could "
        "run the agency. First give the Administrator role to someone else with a sign-in.",
    ),
    "staff.inactive": ("{name} está de baja.", "{name} is deactivated."),
    "staff.reports_to_self": (
        "Una persona no puede depender de sí misma.",
        "Nobody can report to themselves.",
    ),
    "staff.reports_to_cycle": (
        "{name} ya depende de esta persona: la línea de mando daría la vuelta.",
        "{name} already reports to this person: the reporting line would go round in a circle.",
    ),
    "staff.reports_to_rank": (
        "{name} no está por encima en la escala de cuentas.",
        "{name} is not higher on the account ladder.",
    ),
    "staff.supervisor_reports_to": (
        "Un supervisor depende de un gerente o del director de su propio grupo; {name} no lo es.",
        "A supervisor reports to a manager or the director of their own group; {name} is not.",
    ),
    "staff.time_zone": (
        "Zona horaria desconocida: {value} (por ejemplo Europe/Madrid).",
        "Unknown time zone: {value} (for example Europe/Madrid).",
    ),
    "staff.extension": (
        "La extensión admite solo dígitos (hasta {max}).",
        "An extension takes digits only (up to {max}).",
    ),
    "staff.handover_needed": (
        "{name} lidera cuentas, es responsable de campañas abiertas, dirige un grupo o "
        "tiene personas a su cargo: indique quién se hace cargo.",
        "{name} leads accounts, owns open campaigns, directs a group or has people "
        "reporting to them: say who takes over.",
    ),
    "auth.password_change_cli": (
        "El usuario «{login}» debe cambiar su contraseña antes de entrar: "
        "«agencia user password --user {login}» (o al entrar en la ventana).",
        "User '{login}' must change their password before signing in: "
        "'agencia user password --user {login}' (or on signing in to the window).",
    ),
    "staff.handover_campaign": (
        "{name} no puede hacerse cargo de la campaña «{campaign}»: {why}",
        "{name} cannot take over the campaign '{campaign}': {why}",
    ),
    "staff.handover_improvement": (
        "{name} no puede hacerse cargo de la acción de mejora «{title}»: no trabaja en la "
        "cuenta «{account}».",
        "{name} cannot take over the improvement action '{title}': they do not work on the "
        "account '{account}'.",
    ),
    "staff.delegations_ended": (
        "Terminan {n} delegaciones de aprobación que había recibido: quien las dio elige "
        "a otra persona.",
        "{n} approval delegations they had received end: whoever gave them chooses someone else.",
    ),
    "staff.delegations_ended_one": (
        "Termina 1 delegación de aprobación que había recibido: quien la dio elige a otra persona.",
        "1 approval delegation they had received ends: whoever gave it chooses someone else.",
    ),
    "staff.handover_needed_work": (
        "{name} aún tiene a su cargo {held}: indique quién se hace cargo (nada se ha cambiado).",
        "{name} still holds {held}: say who takes over (nothing was changed).",
    ),
    "staff.handover_request": (
        "{name} no puede hacerse cargo de la solicitud {id}: no trabaja en la cuenta «{account}».",
        "{name} cannot take over request {id}: they do not work on the account '{account}'.",
    ),
    "staff.deactivated": ("{name}, de baja.", "{name} deactivated."),
    "staff.deactivated_handover": (
        "{name}, de baja. Pasan a {to}: {moved}.",
        "{name} deactivated. Moved to {to}: {moved}.",
    ),
    # what a person holds, counted (handover.Holdings.phrases): plural, and "_one" for 1
    "staff.count.accounts": ("{n} cuentas que lideraba", "{n} accounts they led"),
    "staff.count.accounts_one": ("1 cuenta que lideraba", "1 account they led"),
    "staff.count.campaigns": ("{n} campañas abiertas", "{n} open campaigns"),
    "staff.count.campaigns_one": ("1 campaña abierta", "1 open campaign"),
    "staff.count.requests": (
        "{n} solicitudes de servicio abiertas",
        "{n} open service requests",
    ),
    "staff.count.requests_one": ("1 solicitud de servicio abierta", "1 open service request"),
    "staff.count.tasks": ("{n} tareas abiertas asignadas", "{n} open tasks assigned"),
    "staff.count.tasks_one": ("1 tarea abierta asignada", "1 open task assigned"),
    "staff.count.improvements": (
        "{n} acciones de mejora abiertas",
        "{n} open improvement actions",
    ),
    "staff.count.improvements_one": ("1 acción de mejora abierta", "1 open improvement action"),
    "staff.count.groups": ("la dirección de {n} grupos", "the direction of {n} groups"),
    "staff.count.groups_one": ("la dirección de 1 grupo", "the direction of 1 group"),
    "staff.count.reports": ("{n} personas a su cargo", "{n} people reporting to them"),
    "staff.count.reports_one": ("1 persona a su cargo", "1 person reporting to them"),
    "staff.handover_self": (
        "Quién se hace cargo no puede ser la misma persona que se da de baja.",
        "The person taking over cannot be the one being deactivated.",
    ),
    "staff.handover_role": (
        "{name} no puede hacerse cargo: hace falta un ejecutivo o superior, activo.",
        "{name} cannot take over: an active executive or above is needed.",
    ),
    "staff.handover_group": (
        "{name} no puede dirigir el grupo: hace falta un director de cuentas.",
        "{name} cannot direct the group: an account director is needed.",
    ),
    "group.name_taken": (
        "Ya existe un grupo de cuentas llamado «{name}».",
        "An account group called '{name}' already exists.",
    ),
    "group.director_role": (
        "{name} no puede dirigir un grupo: hace falta un director de cuentas activo.",
        "{name} cannot direct a group: an active account director is needed.",
    ),
    "group.director_elsewhere": (
        "{name} ya dirige otro grupo.",
        "{name} already directs another group.",
    ),
    "team.already_member": (
        "{name} ya está en el equipo de la cuenta.",
        "{name} is already on the account's team.",
    ),
    "team.not_member": (
        "{name} no está en el equipo de la cuenta.",
        "{name} is not on the account's team.",
    ),
    "team.remove_lead": (
        "{name} lidera la cuenta: cambie antes el responsable.",
        "{name} leads the account: change the lead first.",
    ),
    "team.part_lead": (
        "El responsable de la cuenta se cambia con «cambiar responsable», no como parte.",
        "The account's lead is changed as the lead, not as a part.",
    ),
    "team_csv.empty": (
        "El archivo no tiene filas: la primera fila lleva los títulos (nombre, rol, correo, "
        "depende de) y las siguientes, una persona cada una.",
        "The file has no rows: the first row holds the headings (name, role, e-mail, reports "
        "to) and each row after it one person.",
    ),
    "team_csv.encoding": (
        "No se puede leer el archivo como texto (UTF-8 o Windows-1252): guárdelo como CSV.",
        "The file cannot be read as text (UTF-8 or Windows-1252): save it as CSV.",
    ),
    "team_csv.missing_column": (
        "Falta la columna «{column}» en la fila 1 (los títulos); las columnas son nombre, rol, "
        "correo y depende de.",
        "Column '{column}' is missing from row 1 (the headings); the columns are name, role, "
        "e-mail and reports to.",
    ),
    "team_csv.too_many": (
        "El archivo tiene {count} personas; se importan como mucho {max} de una vez.",
        "The file holds {count} people; at most {max} are imported at once.",
    ),
    "team_csv.role_unknown": (
        "Rol desconocido: «{value}» (por ejemplo «Ejecutivo de cuenta» o «account_executive»).",
        "Unknown role: '{value}' (for example 'Account Executive' or 'account_executive').",
    ),
    "team_csv.reports_to_unknown": (
        "«{value}» no está ni en el archivo ni en la agencia.",
        "'{value}' is neither in the file nor in the agency.",
    ),
    "team_csv.reports_to_ambiguous": (
        "Hay más de una persona llamada «{value}»: indique su correo.",
        "More than one person is called '{value}': give their e-mail.",
    ),
    "team_csv.reports_to_cycle": (
        "La línea de mando da la vuelta en el archivo (filas {rows}).",
        "The reporting line goes round in a circle in the file (rows {rows}).",
    ),
    "team_csv.exists": (
        "{name} ya está en la agencia.",
        "{name} is already in the agency.",
    ),
    "team_csv.repeated": (
        "{name} ya aparece en la fila {row}.",
        "{name} already appears on row {row}.",
    ),
    "team_csv.row": ("Fila {row}: {message}", "Row {row}: {message}"),
    "team_csv.failed": (
        "{count} fila(s) del archivo tienen errores; no se ha añadido a nadie. {first}",
        "{count} row(s) of the file have errors; nobody was added. {first}",
    ),
    "group.no_change": (
        "Nada que mover: ya están en «{name}».",
        "Nothing to move: they are already in '{name}'.",
    ),
    "group.lead_outside": (
        "{name} lidera «{account}» y no está en «{group}»: elija quién la lidera en el grupo "
        "nuevo.",
        "{name} leads '{account}' and is not in '{group}': choose who leads it in the new group.",
    ),
    "group.move_director": (
        "{name} dirige «{group}»: nombre antes otro director para ese grupo.",
        "{name} directs '{group}': give that group another director first.",
    ),
    "group.nothing_chosen": (
        "Elija al menos una persona o una cuenta que mover.",
        "Choose at least one person or account to move.",
    ),
    "group.moves_person": (
        "{name} pasa de «{source}» a «{target}».",
        "{name} moves from '{source}' to '{target}'.",
    ),
    "group.moves_account": (
        "La cuenta «{name}» pasa de «{source}» a «{target}».",
        "Account '{name}' moves from '{source}' to '{target}'.",
    ),
    "group.moves_with_lead": (
        "Con {lead} pasan a «{target}» las cuentas que lidera ({count}): {names}{more}.",
        "The accounts {lead} leads ({count}) move with them to '{target}': {names}{more}.",
    ),
    "group.new_boss": ("{name} dependerá de {boss}.", "{name} will report to {boss}."),
    "group.no_boss": (
        "{name} dejará de depender de {boss}.",
        "{name} will no longer report to {boss}.",
    ),
    "group.new_lead": (
        "«{account}» la liderará {lead} (antes {old}).",
        "'{account}' will be led by {lead} (before: {old}).",
    ),
    "group.no_group": ("sin grupo", "no group"),
    "db.not_empty": (
        "La base de datos ya tiene una agencia o datos: «db init» solo prepara una vacía.",
        "The database already holds an agency or data: 'db init' only sets up an empty one.",
    ),
}
