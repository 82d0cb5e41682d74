"""The data area's part of the message catalogue (merged into agencia.domain.messages):
imports (files refused, problems by row and column), their undo, and the fields a
column can feed."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # the file
    "data.unreadable": (
        "No se puede leer {path}: {detail}.",
        "Cannot read {path}: {detail}.",
    ),
    "data.too_big": (
        "El archivo ocupa {mb} MB y el máximo es {max} MB: divídalo en varios archivos.",
        "The file takes {mb} MB and the most is {max} MB: split it into several files.",
    ),
    "data.empty": ("El archivo {path} está vacío.", "The file {path} is empty."),
    "data.old_excel": (
        "{path} es un libro de Excel antiguo (.xls): guárdelo como .xlsx o CSV e impórtelo.",
        "{path} is an old Excel workbook (.xls): save it as .xlsx or CSV and import that.",
    ),
    "data.nul_bytes": (
        "El archivo contiene bytes nulos (posición {offset}): no es texto. "
        "Guárdelo como CSV o .xlsx desde la hoja de cálculo.",
        "The file holds NUL bytes (at {offset}): it is not text. "
        "Save it as CSV or .xlsx from the spreadsheet.",
    ),
    "data.mixed_encoding": (
        "El archivo mezcla UTF-8 con otra codificación (línea {line}): los acentos se "
        "perderían. Guárdelo de nuevo como «CSV UTF-8».",
        "The file mixes UTF-8 with another encoding (line {line}): accents would be lost. "
        "Save it again as 'CSV UTF-8'.",
    ),
    "data.cell_too_long": (
        "La fila {row} tiene una celda de más de {max} caracteres.",
        "Row {row} has a cell longer than {max} characters.",
    ),
    "data.too_many_rows": (
        "El archivo tiene más de {max} filas: divídalo en varios archivos.",
        "The file has more than {max} rows: split it into several files.",
    ),
    "data.too_many_columns": (
        "La fila {row} tiene más de {max} columnas.",
        "Row {row} has more than {max} columns.",
    ),
    "data.no_header": (
        "No se encuentra la fila de encabezados (los nombres de las columnas).",
        "The header row (the columns' names) is missing.",
    ),
    "data.bad_xlsx": (
        "{path} no es un libro .xlsx válido: {detail}",
        "{path} is not a valid .xlsx workbook: {detail}",
    ),
    "data.no_sheet": (
        "El libro no tiene la hoja «{sheet}»; tiene: {sheets}.",
        "The workbook has no sheet '{sheet}'; it has: {sheets}.",
    ),
    "data.missing_columns": (
        "Faltan columnas obligatorias: {fields}. Columnas del archivo: {headers}.",
        "Required columns are missing: {fields}. The file's columns: {headers}.",
    ),
    "data.bad_mapping": (
        "La asignación de columnas no es válida ({field}).",
        "The column mapping is not valid ({field}).",
    ),
    # where a problem is
    "data.at_cell": ("Fila {row}, columna «{column}»", "Row {row}, column '{column}'"),
    "data.at_row": ("Fila {row}", "Row {row}"),
    # a row's problems
    "data.ambiguous": (
        "«{value}» corresponde a más de un registro: use el NIF o el correo.",
        "'{value}' matches more than one record: use the tax ID or the e-mail.",
    ),
    "data.unknown_account": (
        "No hay ninguna cuenta «{value}» (por nombre o NIF).",
        "There is no account '{value}' (by name or tax ID).",
    ),
    "data.unknown_group": (
        "No hay ningún grupo de cuentas «{value}».",
        "There is no account group '{value}'.",
    ),
    "data.unknown_lead": (
        "No hay nadie en la agencia llamado «{value}» (por nombre o correo).",
        "There is nobody at the agency called '{value}' (by name or e-mail).",
    ),
    "data.unknown_reports_to": (
        "No hay nadie en la agencia llamado «{value}» (por nombre o correo).",
        "There is nobody at the agency called '{value}' (by name or e-mail).",
    ),
    "data.unknown_country": ("País desconocido: {value}.", "Unknown country: {value}."),
    "data.duplicate_account": (
        "Ya existe esa cuenta (ID {id}): elija «actualizar esa cuenta» u «omitir».",
        "That account already exists (ID {id}): choose 'update that account' or 'skip'.",
    ),
    "data.duplicate_account_elsewhere": (
        "Esa cuenta ya existe en la agencia, fuera de sus cuentas: no se importa.",
        "That account already exists at the agency, outside your accounts: not imported.",
    ),
    "data.duplicate_contact": (
        "Ese contacto ya existe en la cuenta (ID {id}).",
        "That contact already exists at the account (ID {id}).",
    ),
    "data.duplicate_brand": (
        "Esa marca ya existe (ID {id}).",
        "That brand already exists (ID {id}).",
    ),
    "data.duplicate_product": (
        "Ese producto ya existe en la marca (ID {id}).",
        "That product already exists in the brand (ID {id}).",
    ),
    "data.duplicate_vendor": (
        "Ese proveedor ya existe (ID {id}).",
        "That supplier already exists (ID {id}).",
    ),
    "data.duplicate_staff": (
        "Esa persona ya está en la agencia (ID {id}).",
        "That person is already at the agency (ID {id}).",
    ),
    # the command line's and the window's words about an import
    "data.rejects_row": ("Fila", "Row"),
    "data.rejects_reasons": ("Problemas", "Problems"),
    "data.summary_written": (  # the counts: COUNTED below
        "Importación {id}: {created}, {updated}, {skipped}, {rejected} (de {rows}). "
        "SHA-256 {sha256}.",
        "Import {id}: {created}, {updated}, {skipped}, {rejected} (of {rows}). SHA-256 {sha256}.",
    ),
    "data.summary_dry": (
        "Prueba sin escribir nada: se crearían {created}, se actualizarían {updated}, se "
        "omitirían {skipped}; {rejected} (de {rows}).",
        "Dry run, nothing written: {created} would be created, {updated} updated, {skipped} "
        "skipped; {rejected} (of {rows}).",
    ),
    "data.summary_refused": (
        "No se ha importado nada: {rejected} (de {rows}). Corríjalas, o importe solo las "
        "correctas con --skip-invalid.",
        "Nothing was imported: {rejected} (of {rows}). Fix them, or import only the good ones "
        "with --skip-invalid.",
    ),
    "data.summary_nothing": (
        "No había nada que importar ({rows_count}, {skipped}).",
        "There was nothing to import ({rows_count}, {skipped}).",
    ),
    # counted phrases (COUNTED): the plural, and the singular for 1 ("_one")
    "data.count.created": ("{n} creados", "{n} created"),
    "data.count.created_one": ("1 creado", "1 created"),
    "data.count.updated": ("{n} actualizados", "{n} updated"),
    "data.count.updated_one": ("1 actualizado", "1 updated"),
    "data.count.skipped": ("{n} omitidos", "{n} skipped"),
    "data.count.skipped_one": ("1 omitido", "1 skipped"),
    "data.count.skipped_rows": ("{n} omitidas", "{n} skipped"),
    "data.count.skipped_rows_one": ("1 omitida", "1 skipped"),
    "data.count.records": (
        "{n} registros retirados o restaurados",
        "{n} records removed or restored",
    ),
    "data.count.records_one": ("1 registro retirado o restaurado", "1 record removed or restored"),
    "data.count.rows": ("{n} filas", "{n} rows"),
    "data.count.rows_one": ("1 fila", "1 row"),
    "data.count.rejected": ("{n} filas rechazadas", "{n} rows rejected"),
    "data.count.rejected_one": ("1 fila rechazada", "1 row rejected"),
    "data.count.problem_rows": ("{n} filas con problemas", "{n} rows with problems"),
    "data.count.problem_rows_one": ("1 fila con problemas", "1 row with problems"),
    "data.rejects_written": (
        "Filas rechazadas, con sus motivos: {path}",
        "Rejected rows, with their reasons: {path}",
    ),
    "data.progress": ("Importando… {done} de {total} filas", "Importing… {done} of {total} rows"),
    "data.undone": (
        "Importación {id} deshecha: {records}.",
        "Import {id} undone: {records}.",
    ),
    "data.undone_named": (  # names: the first few; more: «y 2 más» (words.and_more)
        "Importación {id} deshecha: {records} ({names}{more}).",
        "Import {id} undone: {records} ({names}{more}).",
    ),
    "data.undone_mark": ("deshecha", "undone"),
    # undo
    "data.import_not_found": (
        "No existe la importación {id}.",
        "There is no import {id}.",
    ),
    "data.already_undone": (
        "La importación {id} ya se deshizo.",
        "Import {id} has already been undone.",
    ),
    "data.edited_since": (
        "No se puede deshacer: {entity} {record} se ha modificado después de importarse.",
        "Cannot undo: {entity} {record} has been edited since it was imported.",
    ),
    "data.undo_not_yours": (
        "La importación {id} la hizo otra persona: solo quien la hizo o un administrador "
        "puede deshacerla.",
        "Import {id} was made by someone else: only the person who made it or an "
        "administrator may undo it.",
    ),
    "data.undo_unseen": (
        "No se puede deshacer: {entity} {record} no está a su alcance (o se ha borrado). "
        "Pida a un administrador que deshaga la importación.",
        "Cannot undo: {entity} {record} is out of your reach (or has been deleted). Ask an "
        "administrator to undo the import.",
    ),
    "data.undo_blocked": (
        "No se puede deshacer: se ha añadido algo a lo importado desde entonces.",
        "Cannot undo: something has been added to what was imported since.",
    ),
    "data.undo_blocked_by": (
        "No se puede deshacer: {by} {by_id} depende de lo importado ({entity} {record}). "
        "Quite primero esa relación, o deje la importación como está.",
        "Cannot undo: {by} {by_id} depends on what was imported ({entity} {record}). "
        "Remove that link first, or leave the import as it is.",
    ),
    # a record's kind inside a sentence ({entity}, {by}): its ChangeKind, else "other"
    "data.record.account": ("la cuenta", "account"),
    "data.record.contact": ("el contacto", "contact"),
    "data.record.brand": ("la marca", "brand"),
    "data.record.product": ("el producto", "product"),
    "data.record.staff": ("la persona", "person"),
    "data.record.vendor": ("el proveedor", "supplier"),
    "data.record.group": ("el grupo", "group"),
    "data.record.user": ("el usuario de acceso", "sign-in"),
    "data.record.campaign": ("la campaña", "campaign"),
    "data.record.brief": ("el brief", "brief"),
    "data.record.contrabrief": ("el contrabrief", "contrabrief"),
    "data.record.meeting": ("el acta", "meeting report"),
    "data.record.proposal": ("la propuesta", "proposal"),
    "data.record.approval": ("la aprobación", "approval"),
    "data.record.document": ("el documento", "document"),
    "data.record.media_plan": ("el plan de medios", "media plan"),
    "data.record.task": ("la tarea", "task"),
    "data.record.vendor_job": ("el encargo", "supplier job"),
    "data.record.delegation": ("la delegación", "delegation"),
    "data.record.service_request": ("la solicitud", "request"),
    "data.record.communication": ("la comunicación", "communication"),
    "data.record.mail": ("el correo", "e-mail"),
    "data.record.survey": ("la encuesta", "survey"),
    "data.record.survey_response": ("la respuesta de satisfacción", "satisfaction response"),
    "data.record.improvement_action": ("la acción de mejora", "improvement action"),
    "data.record.other": ("otro registro", "another record"),
    # `imports list` with nothing in it: only the administrator sees every import
    "data.no_imports": ("No se ha importado nada todavía.", "Nothing has been imported yet."),
    "data.no_imports_own": (
        "Usted no ha hecho ninguna importación (aquí se ven las suyas).",
        "You have not made any imports (your own are listed here).",
    ),
    "data.no_imports_group": (
        "Ni usted ni nadie de su grupo ha importado nada (aquí se ven las importaciones "
        "del grupo).",
        "Neither you nor anyone in your group has imported anything (the group's imports "
        "are listed here).",
    ),
    # the full export and restore
    "data.exported": (
        "Exportadas {tables} tablas ({rows_count}) a {path}.",
        "Exported {tables} tables ({rows_count}) to {path}.",
    ),
    "data.export_admin_only": (
        "Solo un administrador puede exportar la base de datos completa: contiene los datos "
        "de todas las cuentas y personas.",
        "Only an administrator may export the whole database: it holds every account's and "
        "person's data.",
    ),
    "data.export_failed": (
        "No se pudo terminar la exportación a {path} ({detail}); no se ha dejado nada a medias.",
        "The export to {path} could not be finished ({detail}); nothing half-written was left.",
    ),
    "data.export_folder_taken": (
        "{path} ya existe y no es una exportación de Agencia: elija una carpeta nueva o vacía.",
        "{path} already exists and is not an Agencia export: choose a new or empty folder.",
    ),
    "data.restored": (
        "Restauradas {tables} tablas ({rows} filas) en {url}.",
        "Restored {tables} tables ({rows} rows) into {url}.",
    ),
    "data.restore_not_empty": (
        "La base de datos de destino no está vacía (tabla {table}): una restauración solo se "
        "hace sobre una base de datos nueva.",
        "The target database is not empty (table {table}): a restore only goes into a new "
        "database.",
    ),
    "data.restore_no_manifest": (
        "{path} no es una exportación de Agencia (falta manifest.json).",
        "{path} is not an Agencia export (manifest.json is missing).",
    ),
    "data.restore_other_version": (
        "La exportación es del esquema {schema} y esta versión usa el {ours}: restáurela con "
        "la versión de Agencia que la hizo.",
        "The export is of schema {schema} and this version uses {ours}: restore it with the "
        "version of Agencia that made it.",
    ),
    "data.restore_changed": (
        "La exportación se ha modificado después de hacerla: {file} no es el archivo que "
        "se exportó. No se restaura nada.",
        "The export was changed after it was made: {file} is not the file that was "
        "exported. Nothing is restored.",
    ),
    "data.restore_bad_value": (
        "{file}, fila {row}: «{value}» no vale para {column}. No se restaura nada.",
        "{file}, row {row}: '{value}' is not valid for {column}. Nothing is restored.",
    ),
    "data.restore_refused": (
        "La base de datos rechaza {file} ({detail}). No se restaura nada.",
        "The database refuses {file} ({detail}). Nothing is restored.",
    ),
    "data.restore_too_long": (
        "{file}, fila {row}: {column} tiene {length} caracteres y caben {most}. No se "
        "restaura nada.",
        "{file}, row {row}: {column} has {length} characters and holds {most}. Nothing is "
        "restored.",
    ),
    "data.restore_unknown_column": (
        "{file}, fila {row}: «{column}» no es un dato de esa tabla (¿un archivo editado?). "
        "No se restaura nada.",
        "{file}, row {row}: '{column}' is not a field of that table (an edited file?). "
        "Nothing is restored.",
    ),
    "data.restore_missing_reference": (
        "{file}, fila {row}: {column} {value} no está en {target_file}. No se restaura nada.",
        "{file}, row {row}: {column} {value} is not in {target_file}. Nothing is restored.",
    ),
    "data.restore_hidden_text": (
        "{file}, fila {row}: {column} lleva un carácter de control, un salto de línea o un "
        "cambio de dirección (U+202A–U+202E, U+2066–U+2069), que su ficha no admite. No se "
        "restaura nada.",
        "{file}, row {row}: {column} holds a control character, a line break or a direction "
        "override (U+202A–U+202E, U+2066–U+2069), which its form refuses. Nothing is "
        "restored.",
    ),
    "data.restore_wrong_lead": (
        "{file}, fila {row}: {column} {value} es {role}; una cuenta la lleva un ejecutivo "
        "de cuentas, como en su ficha. No se restaura nada.",
        "{file}, row {row}: {column} {value} is {role}; an account is led by an account "
        "executive, as in its form. Nothing is restored.",
    ),
    "data.restore_duplicate": (
        "{file}, fila {row}: {column} {value} ya está en la fila {first}. No se restaura nada.",
        "{file}, row {row}: {column} {value} is already in row {first}. Nothing is restored.",
    ),
    "data.restore_unchecked": (
        "Aviso: esta exportación es de una versión anterior y no lleva la huella de sus "
        "tablas; no se ha podido comprobar que nadie la modificara.",
        "Warning: this export comes from an earlier version and carries no fingerprints of "
        "its tables; it could not be checked for changes.",
    ),
    "data.restore_no_passwords": (
        "Nadie puede entrar todavía: la exportación viene de PostgreSQL, donde las "
        "contraseñas las guarda el servidor. Ponga la del administrador con "
        "«{command}» y después dé una "
        "nueva a cada persona (user reset-password LOGIN).",
        "Nobody can sign in yet: the export comes from PostgreSQL, where the server keeps "
        "the passwords. Set the administrator's with "
        "'{command}', then give each "
        "person a new one (user reset-password LOGIN).",
    ),
    "data.restore_server_admin": (
        "En un servidor PostgreSQL la restauración protege la base de datos como «agencia "
        "db init»: diga con --admin USUARIO qué administrador de la exportación entra "
        "primero (su nueva contraseña se lee después). No se restaura nada.",
        "On a PostgreSQL server a restore secures the database as 'agencia db init' does: "
        "say with --admin LOGIN which administrator of the export signs in first (their "
        "new password is read next). Nothing is restored.",
    ),
    "data.restore_admin_unknown": (
        "«{login}» no es un administrador activo de la exportación: elija uno de sus "
        "administradores para --admin. No se restaura nada.",
        "'{login}' is not an active administrator of the export: choose one of its "
        "administrators for --admin. Nothing is restored.",
    ),
    "data.restore_waiting": (
        "La base de datos queda protegida como con «agencia db init»: solo sus personas "
        "pueden conectarse. Entre como {login} y dé una contraseña nueva a cada una de las "
        "demás ({count}) con «{command}».",
        "The database is secured as by 'agencia db init': only its people may connect. "
        "Sign in as {login} and give each of the others ({count}) a new password with "
        "'{command}'.",
    ),
    "data.restore_damaged": (
        "La exportación está dañada o incompleta: {file}.",
        "The export is damaged or incomplete: {file}.",
    ),
    # what a file holds
    # `imports list`'s column headers
    "data.list_head.id": ("ID", "ID"),
    "data.list_head.at": ("Fecha", "Date"),
    "data.list_head.kind": ("Tipo", "Kind"),
    "data.list_head.file": ("Archivo", "File"),
    "data.list_head.created": ("Creados", "Created"),
    "data.list_head.updated": ("Actualizados", "Updated"),
    "data.list_head.rejected": ("Rechazados", "Rejected"),
    "data.list_head.by": ("Por", "By"),
    "data.list_head.state": ("Estado", "State"),
    "data.kind.accounts": ("Cuentas", "Accounts"),
    "data.kind.contacts": ("Contactos", "Contacts"),
    "data.kind.brands": ("Marcas y productos", "Brands and products"),
    "data.kind.staff": ("Personas", "Staff"),
    "data.kind.vendors": ("Proveedores", "Suppliers"),
    # the fields a column can feed
    "data.field.trade_name": ("Nombre comercial", "Trade name"),
    "data.personal_admin_only": (
        "Solo un administrador puede exportar o suprimir los datos personales de un contacto.",
        "Only an administrator may export or erase a contact's personal data.",
    ),
    "data.erase_needs_owner": (
        "En el servidor compartido el historial solo admite altas: suprima el contacto {id} "
        "con la conexión del propietario de la base de datos (la de «agencia db upgrade»).",
        "On the shared server the audit trail only takes new entries: erase contact {id} "
        "with the database owner's connection (the one «agencia db upgrade» uses).",
    ),
    "data.personal.title": (
        "Datos personales del contacto {id}",
        "Personal data of contact {id}",
    ),
    "data.personal.contact": ("Contacto", "Contact"),
    "data.personal.account": ("Cuenta", "Account"),
    "data.personal.brands": ("Marcas", "Brands"),
    "data.personal.trail": ("Historial de cambios", "Audit trail"),
    "data.personal.exported": (
        "Datos del contacto {id} escritos en {path}.",
        "Contact {id}'s data written to {path}.",
    ),
    "data.personal.erased": (
        "Contacto {id} suprimido: {count} entradas del historial depuradas.",
        "Contact {id} erased: {count} audit entries scrubbed.",
    ),
    "data.personal.confirm": (
        "Suprimir borra para siempre los datos personales del contacto {id}: repita la "
        "orden con --confirm.",
        "Erasing removes contact {id}'s personal data for good: repeat the command with --confirm.",
    ),
    "data.xlsx_needs_out": (
        "--format xlsx escribe un libro de Excel: indique dónde con --out ARCHIVO.xlsx.",
        "--format xlsx writes an Excel workbook: say where with --out FILE.xlsx.",
    ),
    "data.field.legal_name": ("Razón social", "Legal name"),
    "data.field.tax_id": ("NIF/CIF/RFC/CUIT", "Tax ID"),
    "data.field.sector": ("Sector", "Sector"),
    "data.field.phone": ("Teléfono", "Phone"),
    "data.field.email": ("Correo", "E-mail"),
    "data.field.website": ("Web", "Website"),
    "data.field.address": ("Dirección", "Address"),
    "data.field.city": ("Ciudad", "City"),
    "data.field.country": ("País", "Country"),
    "data.field.currency": ("Moneda", "Currency"),
    "data.field.group": ("Grupo de cuentas", "Account group"),
    "data.field.lead": ("Ejecutivo de cuenta", "Account executive"),
    "data.field.notes": ("Notas", "Notes"),
    "data.field.account": ("Cuenta (nombre o NIF)", "Account (name or tax ID)"),
    "data.field.full_name": ("Nombre", "Name"),
    "data.field.last_name": ("Apellidos", "Last name"),
    "data.field.position": ("Cargo", "Position"),
    "data.field.mobile": ("Móvil", "Mobile"),
    "data.field.fax": ("Fax", "Fax"),
    "data.field.postal_address": ("Dirección postal", "Postal address"),
    "data.field.preferred_hours": ("Horario preferido", "Preferred hours"),
    "data.field.decision_maker": ("Decisor", "Decision maker"),
    "data.field.brand": ("Marca", "Brand"),
    "data.field.product": ("Producto", "Product"),
    "data.field.description": ("Descripción", "Description"),
    "data.field.role": ("Rol", "Role"),
    "data.field.title": ("Cargo", "Title"),
    "data.field.title_gender": ("Género del cargo", "Title's gender"),
    "data.field.department": ("Departamento", "Department"),
    "data.field.extension": ("Extensión", "Extension"),
    "data.field.time_zone": ("Zona horaria", "Time zone"),
    "data.field.reports_to": ("Reporta a", "Reports to"),
    "data.field.name": ("Nombre", "Name"),
    "data.field.category": ("Categoría", "Category"),
    "data.field.contact_name": ("Persona de contacto", "Contact person"),
    "data.field.rates": ("Tarifas", "Rates"),
}

# A message's count parameters said as phrases, singular for 1 and plural otherwise:
# (message code, parameter) → the phrase's code (its singular: the code + "_one"). A
# counted phrase may take its count from another parameter: (code, new name) → (phrase,
# parameter) in COUNTED_FROM.
COUNTED: dict[tuple[str, str], str] = {
    ("data.summary_written", "created"): "data.count.created",
    ("data.summary_written", "updated"): "data.count.updated",
    ("data.summary_written", "skipped"): "data.count.skipped",
    ("data.summary_written", "rejected"): "data.count.rejected",
    ("data.summary_dry", "rejected"): "data.count.problem_rows",
    ("data.summary_refused", "rejected"): "data.count.problem_rows",
    ("data.summary_nothing", "skipped"): "data.count.skipped_rows",
    ("data.undone", "records"): "data.count.records",
    ("data.undone_named", "records"): "data.count.records",
}
COUNTED_FROM: dict[tuple[str, str], tuple[str, str]] = {
    ("data.summary_nothing", "rows_count"): ("data.count.rows", "rows"),
    ("data.exported", "rows_count"): ("data.count.rows", "rows"),
}
