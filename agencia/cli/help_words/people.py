"""The help of the people area's commands (`staff`, `user`, `groups`, `group`, `team`).

(Spanish, English) pairs; see `agencia.cli.help_words`.
"""

from __future__ import annotations

PAIRS: tuple[tuple[str, str], ...] = (
    ("las personas de la agencia", "the agency's people"),
    ("usuarios de acceso", "sign-in accounts"),
    ("grupos de cuentas", "account groups"),
    ("un grupo de cuentas", "one account group"),
    ("equipos de cuenta", "account teams"),
    ("lista las personas de la agencia, por nombre", "list the agency's people, by name"),
    ("muestra una persona", "show one person"),
    (
        "añade una persona (administrador); muestra el ID",
        "add a person (administrator); prints the ID",
    ),
    ("cambia lo que se indique de una persona", "change what is given of a person"),
    (
        "desactiva a una persona; lo que dirige, tiene a su cargo o posee pasa a --handover, "
        "de inmediato",
        "deactivate a person; what they lead, own or hold goes to --handover, at once",
    ),
    (
        "añade personas desde un archivo CSV, todas o ninguna",
        "add people from a CSV file, all or none",
    ),
    ("incluye a las personas desactivadas", "include deactivated people"),
    ("el ID de la persona", "the person's ID"),
    ("el nombre completo de la persona", "the person's full name"),
    (
        "uno de: trainee, assistant, junior_account_executive, account_executive, "
        "account_supervisor, account_manager, account_director, administrator",
        "one of: trainee, assistant, junior_account_executive, account_executive, "
        "account_supervisor, account_manager, account_director, administrator",
    ),
    ("ROL", "ROLE"),
    ("cargo (por defecto, el del rol)", "job title (default: the role's)"),
    ("T", "T"),
    (
        "género gramatical del cargo por defecto (Directora / Director de cuentas)",
        "grammatical gender of the default title (Directora / Director de cuentas)",
    ),
    ("su superior ('none' lo quita)", "their boss ('none' clears)"),
    ("su grupo de cuentas ('none' lo quita)", "their account group ('none' clears)"),
    (
        "accounts, creative, media, production, strategy, digital, administration (por defecto "
        "accounts)",
        "accounts, creative, media, production, strategy, digital, administration (default "
        "accounts)",
    ),
    ("D", "D"),
    ("E", "E"),
    ("P", "P"),
    ("extensión telefónica interna (dígitos)", "internal phone extension (digits)"),
    ("X", "X"),
    ("un nombre IANA, p. ej. America/Bogota", "an IANA name, e.g. America/Bogota"),
    ('text (el id) o json {"id": N}', 'text (the id) or json {"id": N}'),
    (
        "uno de: trainee, assistant, junior_account_executive, account_executive, "
        "account_supervisor, account_manager, account_director, administrator",
        "trainee, assistant, junior_account_executive, account_executive, account_supervisor, "
        "account_manager, account_director, administrator",
    ),
    (
        "quién se queda con sus cuentas, campañas abiertas, delegaciones, grupo y subordinados",
        "who takes over their accounts, open campaigns, delegations, group and reports",
    ),
    (
        "columnas name, role, e-mail, reports-to (y group); '-' entrada estándar",
        "columns name, role, e-mail, reports-to (and group); '-' stdin",
    ),
    ("ARCHIVO", "FILE"),
    ("solo comprueba; no añade a nadie", "check only; add nobody"),
    (
        "crea un usuario de acceso para una persona; la contraseña se lee (provisional: se "
        "cambia al primer inicio de sesión)",
        "create a sign-in for a person; the password is read (temporary: changed at the "
        "first sign-in)",
    ),
    (
        "cambia su propia contraseña (--user): se lee la actual y luego la nueva",
        "change your own password (--user): the current one is read, then the new one",
    ),
    ("impide que un usuario de acceso inicie sesión", "stop a sign-in from signing in"),
    (
        "deja que un usuario de acceso desactivado vuelva a iniciar sesión",
        "let a disabled sign-in sign in again",
    ),
    (
        "fija una contraseña nueva, que habrá que cambiar en el siguiente inicio de sesión",
        "set a new password, to be changed at the next sign-in",
    ),
    (
        "quita la espera tras intentos fallidos de inicio de sesión",
        "lift the slowdown after failed sign-ins",
    ),
    ("lista los grupos de cuentas", "list the account groups"),
    ("añade un grupo de cuentas; muestra el ID", "add an account group; prints the ID"),
    ("cambia el nombre de un grupo de cuentas", "rename an account group"),
    ("da otro director a un grupo", "give a group another director"),
    (
        "pasa personas (y las cuentas que dirigen) a un grupo; muestra lo que se mueve",
        "move people (and the accounts they lead) into a group; prints what moves",
    ),
    (
        "pasa cuentas a un grupo; muestra lo que se mueve",
        "move accounts into a group; prints what moves",
    ),
    ("el grupo de destino", "the target group"),
    ("dice lo que se movería; no mueve nada", "say what would move; move nothing"),
    (
        "quién las dirige en el grupo nuevo, si su ejecutivo principal no es de él",
        "who leads them in the new group, if their lead is not of it",
    ),
    ("pone a una persona en el equipo de una cuenta", "put a person on an account's team"),
    ("saca a una persona del equipo de una cuenta", "take a person off an account's team"),
    (
        "hace a una persona ejecutivo principal de la cuenta",
        "make a person the account's lead executive",
    ),
    (
        "director, supervisor, executive, assistant (por defecto executive)",
        "director, supervisor, executive, assistant (default executive)",
    ),
)
