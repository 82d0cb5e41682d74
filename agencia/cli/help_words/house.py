"""The words of `agencia` itself, the options every command takes (--db, --user), the
window program's (`agencia-gui`), `demo`, `db` and the xlsx choice every list gains.

(Spanish, English) pairs; see `agencia.cli.help_words`.
"""

from __future__ import annotations

PAIRS: tuple[tuple[str, str], ...] = (
    (
        "Agencia: gestión de cuentas para agencias de publicidad. Sin una orden, abre la "
        "ventana de la aplicación.",
        "Agencia: account management for advertising agencies. Without a command, opens the "
        "application window.",
    ),
    (
        "Estados de salida: 0 hecho; 1 la operación falló (registro que falta, datos no "
        "válidos, permiso denegado); 2 uso incorrecto; 3 se rechazó la base de datos.",
        "Exit statuses: 0 done; 1 the operation failed (missing record, invalid data, "
        "permission denied); 2 wrong usage; 3 the database was refused.",
    ),
    (
        "comprueba esta instalación: abre la ventana con una demo desechable, abre todas las "
        "áreas y sale (0 cuando todo funciona)",
        "check this installation: open the window on a throwaway demo, open every area, quit "
        "(0 when all of it works)",
    ),
    ("Abre la ventana de Agencia.", "Opens the Agencia window."),
    ("sqlite:///ruta o postgresql+psycopg://…", "sqlite:///path or postgresql+psycopg://…"),
    ("un archivo de base de datos que abrir", "a database file to open"),
    ("base_de_datos", "database"),
    # argparse's metavars for options given none (their names in capitals)
    ("SEMILLA", "SEED"),
    ("IDIOMA", "LOCALE"),
    ("COMENTARIO", "COMMENT"),
    ("CONTACTO", "CONTACT"),
    ("DESCRIPCIÓN", "DESCRIPTION"),
    ("CORREO", "EMAIL"),
    ("HORAS", "HOURS"),
    ("NOTAS", "NOTES"),
    ("TELÉFONO", "PHONE"),
    ("TARIFAS", "RATES"),
    ("RESOLUCIÓN", "RESOLUTION"),
    ("ID_FISCAL", "TAX_ID"),
    ("TÍTULO", "TITLE"),
    (
        "base de datos: un archivo SQLite o su URL (sqlite:///ruta), o "
        "postgresql://usuario@servidor/nombre; por defecto $AGENCIA_DATABASE_URL y, si no, la "
        "carpeta de datos del usuario",
        "database: a SQLite file or URL (sqlite:///path), or postgresql://user@host/name; "
        "default $AGENCIA_DATABASE_URL, then the user's data folder",
    ),
    ("URL", "URL"),
    (
        "actúa como este usuario; en SQLite, por defecto el director de la demo o el único "
        "administrador; en PostgreSQL es obligatorio y la contraseña se lee del llavero, de "
        "$AGENCIA_PASSWORD o de la entrada estándar",
        "act as this user; on SQLite the default is the demo director or the only "
        "administrator; on PostgreSQL it is required and the password is read from the "
        "keyring, $AGENCIA_PASSWORD or standard input",
    ),
    ("USUARIO", "LOGIN"),
    ("ORDEN", "COMMAND"),
    (
        "llena una base de datos vacía con la agencia de demostración",
        "fill an empty database with the demo agency",
    ),
    (
        "Crea (o abre) la base de datos y la llena con la agencia de demostración «Atlántica "
        "Comunicación». Rechaza una base de datos que ya tiene datos (sale con 1). La "
        "contraseña de todos los usuarios de la demo es «demo»; en esa base de datos se entra "
        "como «demo».",
        "Create (or open) the database and fill it with the demo agency 'Atlántica "
        "Comunicación'. Refuses a database that already has data (exit 1). Every demo user's "
        "password is 'demo'; the database signs in as 'demo'.",
    ),
    (
        "small: 3 grupos, 33 personas, 44 cuentas (por defecto); large: lo mismo más clientes "
        "generados, 100.000 cuentas y 400.000 contactos",
        "small: 3 groups, 33 people, 44 accounts (default); large: the same plus generated "
        "clients, 100,000 accounts and 400,000 contacts",
    ),
    (
        "semilla aleatoria: la misma semilla da los mismos datos",
        "random seed: the same seed gives the same data",
    ),
    (
        "una base de datos que ya tiene datos se deja como está (sale con 0) en vez de rechazarse",
        "a database that already has data is left as it is (exit 0) instead of refused",
    ),
    (
        "mantenimiento de la base de datos: upgrade, current, backup, restore, check, recover, "
        "init",
        "database maintenance: upgrade, current, backup, restore, check, recover, init",
    ),
    ("Mantenimiento de la base de datos.", "Database maintenance."),
    ("ACCIÓN", "ACTION"),
    (
        "migra la base de datos al esquema de esta versión",
        "migrate the database to this version's schema",
    ),
    (
        "muestra la revisión del esquema de la base de datos",
        "print the database's schema revision",
    ),
    ("copia una base de datos SQLite en RUTA", "copy a SQLite database to PATH"),
    (
        "pone una copia de seguridad en lugar de una base de datos SQLite",
        "put a backup in place of a SQLite database",
    ),
    (
        "comprueba si una base de datos SQLite está dañada",
        "check a SQLite database for damage",
    ),
    (
        "rescata en un archivo nuevo lo que contiene una base de datos SQLite dañada",
        "rescue what a damaged SQLite database holds into a new file",
    ),
    (
        "prepara una base de datos vacía: la agencia y su primer administrador",
        "set up an empty database: the agency and its first administrator",
    ),
    (
        "Migra la base de datos al esquema de esta versión y muestra «de → a». En PostgreSQL "
        "es la única orden que migra (en una sola transacción, con un bloqueo consultivo); de "
        "un archivo SQLite se hace antes una copia de seguridad.",
        "Migrate the database to this version's schema and print 'from → to'. On PostgreSQL "
        "this is the only command that migrates (in one transaction, under an advisory lock); "
        "a SQLite file is backed up first.",
    ),
    (
        "Muestra la revisión del esquema de la base de datos, «(head)» cuando es la de esta "
        "versión. Solo lee.",
        "Print the database's schema revision, '(head)' when it is this version's. Reads only.",
    ),
    (
        "Escribe en RUTA (que no debe existir) una copia de seguridad en caliente de una base "
        "de datos SQLite, comprobada con integrity_check. En PostgreSQL, use pg_dump.",
        "Write an online backup of a SQLite database to PATH (which must not exist), checked "
        "with integrity_check. On PostgreSQL use pg_dump.",
    ),
    ("el archivo de copia de seguridad que se crea", "the backup file to create"),
    ("RUTA", "PATH"),
    (
        "Sustituye la base de datos SQLite por COPIA, con seguridad: primero se comprueba la "
        "copia, ningún otro programa Agencia puede estar usando la base de datos, el archivo "
        "sustituido "
        "se guarda al lado (renombrado «-replaced-FECHA», con su -wal) y nunca se reproduce un "
        "-wal antiguo.",
        "Replace the SQLite database with BACKUP, safely: the backup is checked first, no "
        "other Agencia may be using the database, the replaced file is kept beside it (renamed "
        "'-replaced-DATE', with its -wal) and a stale -wal is never replayed.",
    ),
    ("el archivo de copia de seguridad que se restaura", "the backup file to restore"),
    ("COPIA", "BACKUP"),
    (
        "Ejecuta integrity_check de SQLite sobre la base de datos (incluido su -wal) sin "
        "modificarla. Sale con 0 si está sana y con 1 si está dañada.",
        "Run SQLite's integrity_check on the database (its -wal included) without changing it. "
        "Exits 0 when it is sound, 1 when it is damaged.",
    ),
    (
        "Escribe en SALIDA, un archivo nuevo, lo que SQLite aún puede leer de la base de datos "
        "(con .recover de SQLite si el programa sqlite3 está instalado). El archivo dañado "
        "solo se lee.",
        "Write what SQLite can still read of the database into OUT, a new file (SQLite's "
        ".recover when the sqlite3 program is installed). The damaged file is only read.",
    ),
    ("el archivo nuevo que se crea", "the new file to create"),
    ("SALIDA", "OUT"),
    (
        "Prepara una base de datos vacía (un archivo SQLite nuevo, o una base de datos "
        "PostgreSQL sin tablas o solo con el esquema): el perfil de la agencia y su primer "
        "administrador, como hace la ventana del primer arranque. En PostgreSQL, ejecute esta "
        "orden con el rol propietario (necesita CREATEROLE): el administrador pasa a tener "
        "su propio rol en el servidor y, desde entonces, cada persona se conecta con el suyo. "
        "La contraseña del administrador se lee dos veces en un terminal y una vez de la "
        "entrada estándar en otro caso. Se rechaza una base de datos que ya tiene una agencia "
        "o datos (sale con 1).",
        "Set up an empty database (a new SQLite file, or a PostgreSQL database with no tables "
        "or only the schema): the agency's profile and its first administrator, as the "
        "first-run window does. On PostgreSQL, run it as the owner role (it needs CREATEROLE): "
        "the administrator becomes a server role of their own, and from then on every person "
        "connects as themselves. The administrator's password is read twice on a terminal, "
        "once from standard input otherwise. A database that already holds an agency or data "
        "is refused (exit 1).",
    ),
    ("el usuario del administrador", "the administrator's login"),
    ("el nombre de la agencia", "the agency's name"),
    ("NOMBRE", "NAME"),
    (
        "el nombre completo del administrador (por defecto, USUARIO)",
        "the administrator's full name (default LOGIN)",
    ),
    (
        "el idioma y la región de la agencia (por defecto es_ES)",
        "the agency's locale (default es_ES)",
    ),
    ("la moneda de la agencia (por defecto EUR)", "the agency's currency (default EUR)"),
    (
        "la zona IANA del horario de la agencia, p. ej. America/Mexico_City (por defecto, "
        "la del país de su idioma y región)",
        "the agency's office hours' IANA zone, e.g. America/Mexico_City (default: its "
        "locale's country's)",
    ),
    (
        'text o json: {"id": el ID de persona del administrador, "login": USUARIO}',
        'text or json: {"id": the administrator\'s staff ID, "login": LOGIN}',
    ),
    (
        "dónde escribe --format xlsx el libro de cálculo",
        "where --format xlsx writes the workbook",
    ),
    ("ARCHIVO.xlsx", "FILE.xlsx"),
    (
        "; xlsx: un libro de cálculo en --out ARCHIVO.xlsx (fechas como fechas, importes como "
        "números)",
        "; xlsx: a workbook at --out FILE.xlsx (dates as dates, money as numbers)",
    ),
)
