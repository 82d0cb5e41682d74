"""The help of the accounts area's commands (`accounts`, `account`, `contact`) and of `rates`.

(Spanish, English) pairs; see `agencia.cli.help_words`.
"""

from __future__ import annotations

PAIRS: tuple[tuple[str, str], ...] = (
    ("listas de cuentas", "lists of accounts"),
    ("una cuenta", "one account"),
    (
        "un contacto del cliente: add, edit; export, erase (protección de datos, administrador)",
        "a client contact: add, edit; export, erase (data protection, administrator)",
    ),
    ("Listas de cuentas (clientes).", "Lists of accounts (clients)."),
    ("lista las cuentas que el usuario puede ver", "list the accounts the user may see"),
    (
        "fusiona una cuenta duplicada con otra (administradores)",
        "merge a duplicate account into another (administrators)",
    ),
    (
        "Lista las cuentas que el usuario puede ver, por nombre. La búsqueda no distingue "
        "acentos, mayúsculas ni signos de puntuación (garcia encuentra García; coca-cola, "
        "l'oreal y at&t funcionan).",
        "List the accounts the user may see, sorted by name. Search ignores accents, case and "
        "punctuation (garcia finds García; coca-cola, l'oreal, at&t work).",
    ),
    ("palabras que buscar", "words to search for"),
    ("TEXTO", "TEXT"),
    ("solo las cuentas en este estado", "only accounts in this status"),
    (
        "solo las cuentas de cuyo equipo forma parte el usuario",
        "only accounts the user is on the team of",
    ),
    (
        "table (por defecto, para personas), csv (UTF-8, con fila de cabecera) o json",
        "table (default, for people), csv (UTF-8, with a header row) or json",
    ),
    (
        "Pasa todo lo de DUPLICADA (contactos, marcas y productos, campañas con sus briefs, "
        "aprobaciones y documentos, equipo, solicitudes, comunicaciones, encuestas…) a "
        "CONSERVAR, en una sola transacción, y borra DUPLICADA; el registro de auditoría "
        "guarda las dos. Solo administradores. --dry-run muestra lo que se pasaría.",
        "Move everything of DUPLICATE (contacts, brands and products, campaigns with their "
        "briefs, approvals and documents, team, requests, communications, surveys…) into KEEP, "
        "in one transaction, and delete DUPLICATE; the audit trail records both. "
        "Administrators only. --dry-run prints what would move.",
    ),
    ("la cuenta que se conserva", "the account kept"),
    ("CONSERVAR", "KEEP"),
    ("la cuenta duplicada", "the duplicate"),
    ("DUPLICADA", "DUPLICATE"),
    ("solo muestra lo que se pasaría", "only print what would move"),
    ("text (por defecto) o json", "text (default) or json"),
    ("Una cuenta (cliente).", "One account (client)."),
    (
        "muestra una cuenta: datos, marcas, contactos, equipo",
        "show an account: details, brands, contacts, team",
    ),
    ("añade una cuenta; muestra su ID", "add an account; prints its ID"),
    (
        "Muestra una cuenta: datos, marcas y productos, contactos y equipo.",
        "Show an account: details, brands and products, contacts and team.",
    ),
    ("el ID de la cuenta", "the account's ID"),
    ("ID", "ID"),
    (
        "Añade una cuenta (cliente) como el usuario, con los mismos permisos que en la "
        "ventana: un administrador elige cualquier grupo y ejecutivo principal; la cuenta que "
        "añade cualquier otra persona entra en el grupo de esa persona. Muestra el ID de la "
        "cuenta nueva.",
        "Add an account (client) as the user, with the same permissions as in the window: an "
        "administrator chooses any group and lead; anyone else's account joins their own "
        "group. Prints the new account's ID.",
    ),
    ("el nombre comercial de la cuenta", "the account's trade name"),
    ("ID_GRUPO", "GROUP_ID"),
    ("el ejecutivo principal", "the lead executive"),
    ("ID_PERSONA", "STAFF_ID"),
    (
        "identificación fiscal: NIF/CIF, RFC, CUIT, NIT, RUT…",
        "NIF/CIF, RFC, CUIT, NIT, RUT…",
    ),
    (
        "código ISO 3166 del país (por defecto, ES); da la moneda, el formato regional y "
        "la zona horaria que no se indiquen",
        "ISO 3166 country code (default ES); sets the currency, locale and time zone not given",
    ),
    (
        "código ISO 4217, p. ej. MXN (por defecto, la del país si se da --country; si no, "
        "la de la agencia)",
        "ISO 4217 code, e.g. MXN (default: the country's when --country is given, else the "
        "agency's)",
    ),
    ("CÓDIGO", "CODE"),
    (
        "números, dinero y fechas, p. ej. es_MX (por defecto, el español del país si se da "
        "--country; si no, el de la agencia)",
        "numbers, money and dates, e.g. es_MX (default: the country's Spanish when --country "
        "is given, else the agency's)",
    ),
    ("PAÍS", "CC"),
    (
        "un nombre IANA, p. ej. America/Mexico_City (por defecto, la del país si se da "
        "--country; si no, la de la agencia)",
        "an IANA name, e.g. America/Mexico_City (default: the country's when --country is "
        "given, else the agency's)",
    ),
    ("ZONA", "TZ"),
    ('text (el ID) o {"id": N}', 'text (the ID) or {"id": N}'),
    (
        "añade un contacto a una cuenta; muestra su ID",
        "add a contact to an account; prints its ID",
    ),
    (
        "cambia los datos de un contacto (solo las opciones dadas)",
        "change a contact's details (only the options given)",
    ),
    (
        "Añade un contacto a una cuenta, con las mismas comprobaciones que la ficha del "
        "contacto. Muestra el ID del contacto nuevo.",
        "Add a contact to an account, with the same checks as the contact's form. Prints the "
        "new contact's ID.",
    ),
    ("ID_CUENTA", "ACCOUNT_ID"),
    ("nombre completo", "full name"),
    ("su cargo en el cliente", "their job at the client"),
    ("dirección de correo electrónico", "e-mail address"),
    ("DIRECCIÓN", "ADDRESS"),
    ("teléfono", "telephone"),
    ("NÚMERO", "NUMBER"),
    ("teléfono móvil", "mobile"),
    ("número de fax (informes de transmisión)", "fax number (transmission reports)"),
    (
        "dirección postal para cartas y mensajería",
        "postal address for letters and couriers",
    ),
    ("cuándo prefiere que se le contacte", "when they like to be reached"),
    ("HH:MM-HH:MM", "HH:MM-HH:MM"),
    ("preferido", "preferred"),
    (
        "Cambia los datos de un contacto: solo cambian las opciones dadas.",
        "Change a contact's details: only the options given change.",
    ),
    ("el ID del contacto", "the contact's ID"),
    (
        "tipos de cambio a la moneda de la agencia, para los umbrales de aprobación",
        "exchange rates to the agency's currency, for the approval thresholds",
    ),
    (
        "lista los tipos guardados, el más reciente primero para cada moneda",
        "list the rates kept, newest first for each currency",
    ),
    (
        "fija cuánto vale una unidad de una moneda en la de la agencia (administrador)",
        "set what one unit of a currency is worth in the agency's (administrator)",
    ),
    (
        "Fija cuánto vale una unidad de MONEDA en la moneda de la agencia a partir de un día "
        "(administrador). El mismo día otra vez sustituye el tipo de ese día.",
        "Set what one unit of CURRENCY is worth in the agency's currency from a day on "
        "(administrator). The same day again replaces that day's rate.",
    ),
    ("código ISO, p. ej. MXN", "ISO code, e.g. MXN"),
    ("MONEDA", "CURRENCY"),
    ("p. ej. 0.0512", "e.g. 0.0512"),
    ("TIPO", "RATE"),
    ("AAAA-MM-DD (por defecto, hoy)", "YYYY-MM-DD (default today)"),
    ("FECHA", "DATE"),
)
