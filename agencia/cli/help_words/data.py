"""The help of the data area's commands (`import`, `imports`, `export`, `restore`,
`vcards`, `contact export|erase`).

(Spanish, English) pairs; see `agencia.cli.help_words`.
"""

from __future__ import annotations

PAIRS: tuple[tuple[str, str], ...] = (
    (
        "importa cuentas, contactos, marcas, personas o proveedores desde un archivo CSV o XLSX",
        "import accounts, contacts, brands, staff or vendors from a CSV or XLSX file",
    ),
    ("las importaciones hechas", "the imports made"),
    (
        "escribe toda la base de datos en una carpeta (JSON, archivos, manifiesto); administrador",
        "write the whole database to a folder (JSON, files, manifest); administrator",
    ),
    (
        "carga en una base de datos vacía una carpeta escrita por `agencia export`",
        "load a folder written by `agencia export` into an empty database",
    ),
    (
        "los contactos de una cuenta como vCards (.vcf)",
        "an account's contacts as vCards (.vcf)",
    ),
    (
        "escribe todo lo que se guarda sobre el contacto",
        "write everything stored about the contact",
    ),
    (
        "borra los datos personales del contacto, para siempre",
        "erase the contact's personal data, for good",
    ),
    (
        "Todo lo que se guarda sobre un contacto del cliente, en un archivo (administrador).",
        "Everything stored about a client contact in one file (administrator).",
    ),
    (
        "json, o text para personas (por defecto: json para un archivo .json; si no, text)",
        "json, or text for people (default: json for a .json file, else text)",
    ),
    (
        "Borra los datos personales de un contacto del cliente (administrador): el registro "
        "queda como «persona suprimida #ID»; el registro de auditoría conserva quién hizo qué "
        "y cuándo, sin sus valores.",
        "Erase a client contact's personal data (administrator): the record stays as «persona "
        "suprimida #ID»; the audit trail keeps who did what and when, without their values.",
    ),
    ("sí, borrarlo", "yes, erase it"),
    (
        "Importa una hoja de cálculo (CSV con cualquier codificación y delimitador, o XLSX). "
        "Un archivo con alguna fila errónea no escribe nada salvo con --skip-invalid.",
        "Import a spreadsheet (CSV in any encoding and delimiter, or XLSX). A file with any "
        "bad row writes nothing unless --skip-invalid.",
    ),
    ("lo que contiene el archivo", "what the file holds"),
    ("solo informa; no escribe nada", "only report; write nothing"),
    (
        "importa las filas buenas; las demás van al archivo de rechazos",
        "import the good rows; the others go to the rejects file",
    ),
    (
        "adónde van las filas rechazadas (por defecto: ARCHIVO.rechazadas.csv junto al archivo)",
        "where the rejected rows go (default: FILE.rechazadas.csv beside the file)",
    ),
    (
        "la hoja del libro (por defecto: la primera)",
        "the workbook's sheet (default: first)",
    ),
    (
        "una fila que repite un registro existente: un problema (por defecto), se salta o "
        "(cuentas) una actualización de esa cuenta",
        "a row that repeats an existing record: a problem (default), skipped, or (accounts) an "
        "update of that account",
    ),
    ("Las importaciones hechas.", "The imports made."),
    ("lista las importaciones, la más reciente primero", "list the imports, newest first"),
    (
        "deshace una importación entera, si no se ha editado nada desde entonces",
        "undo an import whole, if nothing was edited since",
    ),
    (
        "Escribe toda la base de datos como archivos JSON (uno por tabla), sus archivos "
        "guardados con su SHA-256 y un manifiesto; `agencia restore` la carga en otro sitio.",
        "Write the whole database as JSON files (one per table), its stored files with their "
        "SHA-256 and a manifest; `agencia restore` loads it elsewhere.",
    ),
    ("CARPETA", "DIR"),
    (
        "Carga una exportación en una base de datos vacía (SQLite o PostgreSQL, con el esquema "
        "de esta versión): el camino de un puesto de trabajo al servidor compartido. En "
        "PostgreSQL, ejecútelo con el rol propietario, como `agencia db init`: la base de "
        "datos queda protegida como la protege `db init`, --admin nombra al administrador de "
        "la exportación que entra primero (su contraseña nueva se lee dos veces en un "
        "terminal, una de la entrada estándar si no) y cada una de las demás personas recibe "
        "un rol del servidor cuya contraseña pone después el administrador "
        "(`user reset-password`).",
        "Load an export into an empty database (SQLite or PostgreSQL, at this version's "
        "schema): the way from one workstation to the shared server. On PostgreSQL, run it "
        "as the owner role, as `agencia db init`: the database is secured as `db init` "
        "secures it, --admin names the export's administrator who signs in first (their new "
        "password is read twice on a terminal, once from standard input otherwise), and "
        "every other person gets a server role whose password the administrator then sets "
        "(`user reset-password`).",
    ),
    (
        "en PostgreSQL (obligatorio allí): el administrador de la exportación que entra primero",
        "on PostgreSQL (required there): the export's administrator who signs in first",
    ),
    (
        "Escribe como vCards 4.0 los contactos activos de una cuenta (o uno de ellos).",
        "Write an account's active contacts (or one of them) as vCards 4.0.",
    ),
    ("ID_CONTACTO", "CONTACT_ID"),
)
