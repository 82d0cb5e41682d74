<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Acerca de Agencia</source>
        <translation>About Agencia</translation>
    </message>
    <message>
        <source>Versión %s</source>
        <translation>Version %s</translation>
    </message>
    <message>
        <source>Gestión de cuentas para el departamento de cuentas de una agencia.</source>
        <translation>Account management for an agency&apos;s account department.</translation>
    </message>
    <message>
        <source>Base de datos</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>(ninguna abierta)</source>
        <translation>(none open)</translation>
    </message>
    <message>
        <source>Sistema</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Copiar información</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AccountDetailView</name>
    <message>
        <source>Ninguna cuenta abierta</source>
        <translation>No account open</translation>
    </message>
    <message>
        <source>Elija una cuenta de la lista para ver sus marcas, contactos, equipo e historial.</source>
        <translation>Choose an account in the list to see its brands, contacts, team and history.</translation>
    </message>
    <message>
        <source>Datos</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Historial</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Nueva marca…</source>
        <translation>New brand…</translation>
    </message>
    <message>
        <source>Nuevo producto…</source>
        <translation>New product…</translation>
    </message>
    <message>
        <source>Editar…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Aún no hay marcas para esta cuenta — use «Nueva marca…».</source>
        <translation>No brands for this account yet — use &apos;New brand…&apos;.</translation>
    </message>
    <message>
        <source>Nuevo contacto…</source>
        <translation>New contact…</translation>
    </message>
    <message>
        <source>Desactivar</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Aún no hay contactos del cliente — use «Nuevo contacto…».</source>
        <translation>No client contacts yet — use &apos;New contact…&apos;.</translation>
    </message>
    <message>
        <source>Marcas (%1)</source>
        <translation>Brands (%1)</translation>
    </message>
    <message>
        <source>Marcas y productos</source>
        <translation>Brands and products</translation>
    </message>
    <message>
        <source>Contactos (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <source>Equipo (%1)</source>
        <translation>Team (%1)</translation>
    </message>
    <message>
        <source>Contactos del cliente</source>
        <translation>Client contacts</translation>
    </message>
    <message>
        <source>Equipo de la cuenta: quién lleva la cuenta en la agencia</source>
        <translation>Account team: who looks after the account at the agency</translation>
    </message>
    <message>
        <source>NIF %1</source>
        <translation>Tax ID %1</translation>
    </message>
    <message>
        <source>Reactivar</source>
        <translation>Reactivate</translation>
    </message>
</context>
<context>
    <name>AccountEdits</name>
    <message>
        <source>Cuenta «%1» creada</source>
        <translation>Account &apos;%1&apos; created</translation>
    </message>
    <message>
        <source>Cambios guardados (Ctrl+Z para deshacer)</source>
        <translation>Changes saved (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <source>¿Desactivar la cuenta «%1»? Dejará de figurar entre las cuentas activas; sus marcas, contactos e historial se conservan y podrá reactivarla.</source>
        <translation>Deactivate the account &apos;%1&apos;? It will no longer be listed among the active accounts; its brands, contacts and history are kept and you can reactivate it.</translation>
    </message>
    <message>
        <source>Desactivar cuenta</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <source>Desactivar</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Cuenta «%1» reactivada</source>
        <translation>Account &apos;%1&apos; reactivated</translation>
    </message>
    <message>
        <source>Cuenta «%1» desactivada</source>
        <translation>Account &apos;%1&apos; deactivated</translation>
    </message>
    <message>
        <source>Cambios deshechos</source>
        <translation>Changes undone</translation>
    </message>
    <message>
        <source>No se puede deshacer: otra persona ha modificado «%1» después. Revise la cuenta y edítela si hace falta.</source>
        <translation>Cannot undo: someone else changed &apos;%1&apos; since. Check the account and edit it if needed.</translation>
    </message>
    <message>
        <source>Contacto «%1» guardado</source>
        <translation>Contact &apos;%1&apos; saved</translation>
    </message>
    <message>
        <source>Desactivar contacto</source>
        <translation>Deactivate contact</translation>
    </message>
    <message>
        <source>¿Desactivar a «%1» como contacto de «%2»? Podrá reactivarlo.</source>
        <translation>Deactivate &apos;%1&apos; as a contact of &apos;%2&apos;? You can reactivate them.</translation>
    </message>
</context>
<context>
    <name>AccountFormDialog</name>
    <message>
        <source>Editar cuenta — %1</source>
        <translation>Edit account — %1</translation>
    </message>
    <message>
        <source>Nueva cuenta</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Como la conoce todo el mundo</source>
        <translation>The name everyone knows it by</translation>
    </message>
    <message>
        <source>NIF, RFC, CUIT…</source>
        <translation>NIF, RFC, CUIT…</translation>
    </message>
    <message>
        <source>Sin grupo</source>
        <translation>No group</translation>
    </message>
    <message>
        <source>Sin asignar</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Nombre comercial *</source>
        <translation>Trade name *</translation>
    </message>
    <message>
        <source>Razón social</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>NIF</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Empresa matriz</source>
        <translation>Parent company</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grupo de cuentas</source>
        <translation>Account group</translation>
    </message>
    <message>
        <source>Ejecutivo principal</source>
        <translation>Lead executive</translation>
    </message>
    <message>
        <source>La de la agencia</source>
        <translation>The agency&apos;s</translation>
    </message>
    <message>
        <source>La agencia puede citarla en sus presentaciones</source>
        <translation>The agency may name it in its credentials</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Correo electrónico</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Ciudad</source>
        <translation>City</translation>
    </message>
    <message>
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Moneda</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Presentaciones</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>El grupo de una cuenta solo lo cambia un administrador.</source>
        <translation>Only an administrator changes an account&apos;s group.</translation>
    </message>
    <message>
        <source>Solo un director de cuentas cambia quién lleva una cuenta (en Equipo).</source>
        <translation>Only an account director changes who leads an account (in Team).</translation>
    </message>
    <message>
        <source>Elija una cuenta de la lista.</source>
        <translation>Choose an account in the list.</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Razón social</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>NIF</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Ejecutivo</source>
        <translation>Executive</translation>
    </message>
    <message>
        <source>Ciudad</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Cargando…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>AccountListView</name>
    <message>
        <source>Buscar por nombre, razón social, NIF, ciudad o marca</source>
        <translation>Search by name, legal name, tax ID, city or brand</translation>
    </message>
    <message>
        <source>Buscar cuentas</source>
        <translation>Search accounts</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Ejecutivo</source>
        <translation>Executive</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Mis cuentas</source>
        <translation>My accounts</translation>
    </message>
    <message>
        <source>Filtrar por estado</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filtrar por grupo de cuentas</source>
        <translation>Filter by account group</translation>
    </message>
    <message>
        <source>Filtrar por ejecutivo principal</source>
        <translation>Filter by lead executive</translation>
    </message>
    <message>
        <source>Filtrar por sector</source>
        <translation>Filter by sector</translation>
    </message>
    <message>
        <source>Solo las cuentas en cuyo equipo está usted</source>
        <translation>Only the accounts whose team you are on</translation>
    </message>
    <message>
        <source>Cuentas</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>No hay cuentas que coincidan</source>
        <translation>No accounts match</translation>
    </message>
    <message>
        <source>Pruebe con otra búsqueda o quite algún filtro.</source>
        <translation>Try another search or remove a filter.</translation>
    </message>
    <message>
        <source>Crear cuenta</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>No tiene cuentas asignadas</source>
        <translation>You have no accounts assigned</translation>
    </message>
    <message>
        <source>No forma parte del equipo de ninguna cuenta; la agencia tiene %1 que usted puede ver.</source>
        <translation>You are not on any account&apos;s team; the agency has %1 you can see.</translation>
    </message>
    <message>
        <source>Ver todas</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Aún no hay cuentas</source>
        <translation>No accounts yet</translation>
    </message>
    <message>
        <source>Cree la primera cuenta: el cliente, sus contactos y sus marcas.</source>
        <translation>Create the first account: the client, their contacts and their brands.</translation>
    </message>
    <message>
        <source>Las cuentas de la agencia aparecerán aquí cuando se den de alta.</source>
        <translation>The agency&apos;s accounts will appear here once they are created.</translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <source>Escriba para buscar una cuenta</source>
        <translation>Type to find an account</translation>
    </message>
</context>
<context>
    <name>AccountsArea</name>
    <message>
        <source>Cuentas</source>
        <translation>Accounts</translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <source>Nueva cuenta…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <source>Editar cuenta…</source>
        <translation>Edit account…</translation>
    </message>
    <message>
        <source>Desactivar cuenta…</source>
        <translation>Deactivate account…</translation>
    </message>
    <message>
        <source>Reactivar cuenta</source>
        <translation>Reactivate account</translation>
    </message>
    <message>
        <source>Deshacer la última edición</source>
        <translation>Undo the last edit</translation>
    </message>
    <message>
        <source>Nuevo contacto…</source>
        <translation>New contact…</translation>
    </message>
    <message>
        <source>Nueva marca…</source>
        <translation>New brand…</translation>
    </message>
    <message>
        <source>Exportar lista a CSV…</source>
        <translation>Export list to CSV…</translation>
    </message>
    <message>
        <source>Actualizar</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Buscar cuentas</source>
        <translation>Search accounts</translation>
    </message>
    <message>
        <source>Su rol (%1) no permite editar cuentas, contactos ni marcas.</source>
        <translation>Your role (%1) does not allow editing accounts, contacts or brands.</translation>
    </message>
    <message>
        <source>Su rol (%1) solo permite editar las cuentas en cuyo equipo está usted.</source>
        <translation>Your role (%1) only allows editing the accounts whose team you are on.</translation>
    </message>
    <message>
        <source>Su rol (%1) solo permite editar las cuentas de su grupo.</source>
        <translation>Your role (%1) only allows editing the accounts of your group.</translation>
    </message>
    <message>
        <source>Su rol (%1) no permite editar esta cuenta.</source>
        <translation>Your role (%1) does not allow editing this account.</translation>
    </message>
    <message>
        <source>Elija una cuenta de la lista.</source>
        <translation>Choose an account in the list.</translation>
    </message>
    <message>
        <source>No hay ninguna edición que deshacer.</source>
        <translation>There is no edit to undo.</translation>
    </message>
    <message>
        <source>Deshacer la última edición de «%1»</source>
        <translation>Undo the last edit of &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cuentas.csv</source>
        <translation>accounts.csv</translation>
    </message>
    <message>
        <source>Exportar cuentas</source>
        <translation>Export accounts</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>%1 cuentas exportadas a %2</source>
        <translation>%1 accounts exported to %2</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cuentas</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Error inesperado: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
</context>
<context>
    <name>BrandDialog</name>
    <message>
        <source>Editar marca</source>
        <translation>Edit brand</translation>
    </message>
    <message>
        <source>Nueva marca</source>
        <translation>New brand</translation>
    </message>
</context>
<context>
    <name>BrandsModel</name>
    <message>
        <source>Marca / producto</source>
        <translation>Brand / product</translation>
    </message>
    <message>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Escriba una orden…</source>
        <translation>Type a command…</translation>
    </message>
    <message>
        <source>Ninguna orden coincide.</source>
        <translation>No command matches.</translation>
    </message>
</context>
<context>
    <name>ContactFormDialog</name>
    <message>
        <source>Editar contacto — %1</source>
        <translation>Edit contact — %1</translation>
    </message>
    <message>
        <source>Nuevo contacto de %1</source>
        <translation>New contact at %1</translation>
    </message>
    <message>
        <source>Su cargo en la empresa del cliente</source>
        <translation>Their position at the client&apos;s company</translation>
    </message>
    <message>
        <source>Decide sobre campañas y presupuestos</source>
        <translation>Decides on campaigns and budgets</translation>
    </message>
    <message>
        <source>La cuenta aún no tiene marcas.</source>
        <translation>The account has no brands yet.</translation>
    </message>
    <message>
        <source>Nombre y apellidos *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Papel en el cliente</source>
        <translation>Role at the client</translation>
    </message>
    <message>
        <source>Correo electrónico</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Móvil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Canal preferido</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <source>Decisor</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Marcas que lleva</source>
        <translation>Brands they handle</translation>
    </message>
    <message>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Papel en el cliente</source>
        <translation>Role at the client</translation>
    </message>
    <message>
        <source>Canal preferido</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <source>Decisor</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Toma decisiones</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Marcas</source>
        <translation>Brands</translation>
    </message>
    <message>
        <source>Correo electrónico</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <source>Empresa matriz</source>
        <translation>Parent company</translation>
    </message>
    <message>
        <source>Filiales</source>
        <translation>Subsidiaries</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Grupo de cuentas</source>
        <translation>Account group</translation>
    </message>
    <message>
        <source>Ejecutivo principal</source>
        <translation>Lead executive</translation>
    </message>
    <message>
        <source>Idioma y moneda</source>
        <translation>Language and currency</translation>
    </message>
    <message>
        <source>Se puede mostrar</source>
        <translation>May be shown</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Correo electrónico</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Alta y última modificación</source>
        <translation>Created and last changed</translation>
    </message>
    <message>
        <source>los de la agencia</source>
        <translation>the agency&apos;s</translation>
    </message>
    <message>
        <source>la de la agencia</source>
        <translation>the agency&apos;s</translation>
    </message>
    <message>
        <source>Sí: la agencia puede citarla en sus presentaciones</source>
        <translation>Yes: the agency may name it in its credentials</translation>
    </message>
    <message>
        <source>No: no citarla en presentaciones de la agencia</source>
        <translation>No: do not name it in the agency&apos;s credentials</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Bienvenido a Agencia</source>
        <translation>Welcome to Agencia</translation>
    </message>
    <message>
        <source>Atrás</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Siguiente</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Crear la agencia</source>
        <translation>Create the agency</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Paso 1 de 2</source>
        <translation>Step 1 of 2</translation>
    </message>
    <message>
        <source>Su agencia</source>
        <translation>Your agency</translation>
    </message>
    <message>
        <source>Esta base de datos está vacía. Indique los datos de la agencia; podrá cambiarlos más adelante.</source>
        <translation>This database is empty. Enter the agency&apos;s details; you can change them later.</translation>
    </message>
    <message>
        <source>Por ejemplo: Atlántica Comunicación</source>
        <translation>For example: Atlántica Comunicación</translation>
    </message>
    <message>
        <source>Nombre comercial</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <source>Opcional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Razón social</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Formato regional</source>
        <translation>Regional format</translation>
    </message>
    <message>
        <source>Moneda</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Paso 2 de 2</source>
        <translation>Step 2 of 2</translation>
    </message>
    <message>
        <source>Primer administrador</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>Quien administra la agencia: sus datos, los usuarios y los permisos. Después podrá dar de alta al resto del equipo.</source>
        <translation>The person who administers the agency: its details, users and permissions. You can add the rest of the team afterwards.</translation>
    </message>
    <message>
        <source>Nombre y apellidos</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Con el que iniciará sesión</source>
        <translation>The name you will sign in with</translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repita la contraseña</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Correo electrónico</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Las contraseñas no coinciden.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Así se verán los importes y las fechas: %s · %s</source>
        <translation>Amounts and dates will look like this: %s · %s</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Guardar (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Guardando…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Revise los campos marcados.</source>
        <translation>Please check the marked fields.</translation>
    </message>
    <message>
        <source>Otra persona ha modificado este registro mientras lo editaba; no se ha guardado nada. Cancele, revise los cambios y vuelva a intentarlo.</source>
        <translation>Someone else changed this record while you were editing it; nothing was saved. Cancel, check the changes and try again.</translation>
    </message>
    <message>
        <source>No se pudo guardar: %1</source>
        <translation>Could not save: %1</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Buscar cuentas y contactos…</source>
        <translation>Search accounts and contacts…</translation>
    </message>
    <message>
        <source>Buscando…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Cuenta inactiva</source>
        <translation>Inactive account</translation>
    </message>
    <message>
        <source>Contacto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contacto inactivo</source>
        <translation>Inactive contact</translation>
    </message>
    <message>
        <source>↑ ↓ para elegir · Intro para abrir · Esc para cerrar</source>
        <translation>↑ ↓ to choose · Enter to open · Esc to close</translation>
    </message>
    <message>
        <source>Nada coincide con «%s».</source>
        <translation>Nothing matches &apos;%s&apos;.</translation>
    </message>
</context>
<context>
    <name>HierarchyModel</name>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Arrastre la cuenta sobre otro ejecutivo para reasignarla.</source>
        <translation>Drag the account onto another executive to reassign it.</translation>
    </message>
    <message>
        <source>%1 (dado de baja)</source>
        <translation>%1 (left)</translation>
    </message>
    <message>
        <source>Cuenta que lleva</source>
        <translation>Account they lead</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Cuándo</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Qué</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Cambios</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Prospecto</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Activa</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>En pausa</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Inactiva</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Correo electrónico</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Redes sociales</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>En persona</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Mensajería</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Correo postal</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Correo certificado</source>
        <translation>Certified post</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Director de publicidad</source>
        <translation>Advertising Director</translation>
    </message>
    <message>
        <source>Director de marketing</source>
        <translation>Marketing Director</translation>
    </message>
    <message>
        <source>Director de comunicación</source>
        <translation>Communications Director</translation>
    </message>
    <message>
        <source>Gerente de marca</source>
        <translation>Brand Manager</translation>
    </message>
    <message>
        <source>Gerente de producto</source>
        <translation>Product Manager</translation>
    </message>
    <message>
        <source>Compras</source>
        <translation>Purchasing</translation>
    </message>
    <message>
        <source>Director general</source>
        <translation>General Manager</translation>
    </message>
    <message>
        <source>Otro</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Director de la cuenta</source>
        <translation>Account director</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Ejecutivo principal</source>
        <translation>Lead executive</translation>
    </message>
    <message>
        <source>Ejecutivo</source>
        <translation>Executive</translation>
    </message>
    <message>
        <source>Asistente</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Alta</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Modificación</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Desactivación</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Reactivación</source>
        <translation>Reactivated</translation>
    </message>
    <message>
        <source>Reasignación</source>
        <translation>Reassigned</translation>
    </message>
    <message>
        <source>Alta masiva</source>
        <translation>Bulk import</translation>
    </message>
    <message>
        <source>Inicio de sesión</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contacto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Marca</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Producto</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Nombre comercial</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <source>Razón social</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>NIF</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Empresa matriz</source>
        <translation>Parent company</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Configuración regional</source>
        <translation>Locale</translation>
    </message>
    <message>
        <source>Moneda</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Se puede mostrar</source>
        <translation>May be shown</translation>
    </message>
    <message>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Ciudad</source>
        <translation>City</translation>
    </message>
    <message>
        <source>País</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Papel en el cliente</source>
        <translation>Role at the client</translation>
    </message>
    <message>
        <source>Móvil</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Canal preferido</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <source>Decisor</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Marcas</source>
        <translation>Brands</translation>
    </message>
    <message>
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>1 cuenta</source>
        <translation>1 account</translation>
    </message>
    <message>
        <source>%1 cuentas</source>
        <translation>%1 accounts</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Preferencias…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <source>Salir</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Buscar en la lista</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <source>Buscar en toda la agencia</source>
        <translation>Search the whole agency</translation>
    </message>
    <message>
        <source>Paleta de comandos…</source>
        <translation>Command palette…</translation>
    </message>
    <message>
        <source>Contraer o expandir el panel lateral</source>
        <translation>Collapse or expand the side panel</translation>
    </message>
    <message>
        <source>Acerca de Agencia</source>
        <translation>About Agencia</translation>
    </message>
    <message>
        <source>Paleta de comandos (%s)</source>
        <translation>Command palette (%s)</translation>
    </message>
    <message>
        <source>Busca cuentas y contactos en toda la agencia (%s)</source>
        <translation>Finds accounts and contacts across the agency (%s)</translation>
    </message>
    <message>
        <source>No hay áreas disponibles.</source>
        <translation>No areas are available.</translation>
    </message>
    <message>
        <source>El área de cuentas no está disponible.</source>
        <translation>The accounts area is not available.</translation>
    </message>
    <message>
        <source>Ir a</source>
        <translation>Go to</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Editar</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Ir</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Ay&amp;uda</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Contraer</source>
        <translation>Collapse</translation>
    </message>
    <message>
        <source>Expandir el panel lateral</source>
        <translation>Expand the side panel</translation>
    </message>
    <message>
        <source>Contraer el panel lateral</source>
        <translation>Collapse the side panel</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <source>Abriendo la base de datos…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Error inesperado: %s</source>
        <translation>Unexpected error: %s</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferencias</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Automático (el del sistema)</source>
        <translation>Automatic (the system&apos;s)</translation>
    </message>
    <message>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>El nuevo idioma se aplicará la próxima vez que abra Agencia.</source>
        <translation>The new language takes effect the next time you open Agencia.</translation>
    </message>
    <message>
        <source>Automática (la del sistema)</source>
        <translation>Automatic (the system&apos;s)</translation>
    </message>
    <message>
        <source>Clara</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Oscura</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Apariencia</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Aceptar</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Editar producto</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <source>Nuevo producto</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Marca</source>
        <translation>Brand</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reasignar cuenta</source>
        <translation>Reassign account</translation>
    </message>
    <message>
        <source>Reasignar</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Ejecutivo actual</source>
        <translation>Current executive</translation>
    </message>
    <message>
        <source>Sin asignar</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Elija un ejecutivo…</source>
        <translation>Choose an executive…</translation>
    </message>
    <message>
        <source>Nuevo ejecutivo principal</source>
        <translation>New lead executive</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Agencia</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>No se puede abrir la base de datos</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>No se ha modificado nada en la base de datos.</source>
        <translation>Nothing in the database was changed.</translation>
    </message>
    <message>
        <source>Cerrar Agencia</source>
        <translation>Close Agencia</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Iniciar sesión · Agencia</source>
        <translation>Sign in · Agencia</translation>
    </message>
    <message>
        <source>Iniciar sesión</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Base de datos: %s</source>
        <translation>Database: %s</translation>
    </message>
    <message>
        <source>Comprobando…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Salir</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Entrar</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Abriendo la base de datos…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Error inesperado al abrir la base de datos: %s</source>
        <translation>Unexpected error while opening the database: %s</translation>
    </message>
    <message>
        <source>No se puede abrir la base de datos</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Configure la agencia para empezar.</source>
        <translation>Set up the agency to begin.</translation>
    </message>
    <message>
        <source>Inicie sesión para continuar.</source>
        <translation>Sign in to continue.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Trabajando…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Base de datos: %s</source>
        <translation>Database: %s</translation>
    </message>
    <message>
        <source>Sesión iniciada: %s (%s)</source>
        <translation>Signed in: %s (%s)</translation>
    </message>
    <message>
        <source>Conectado</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Sin conexión</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>La base de datos responde.</source>
        <translation>The database is responding.</translation>
    </message>
    <message>
        <source>La base de datos no responde; los cambios no se guardarán.</source>
        <translation>The database is not responding; changes will not be saved.</translation>
    </message>
</context>
<context>
    <name>TeamArea</name>
    <message>
        <source>Equipo</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Reasignar cuenta…</source>
        <translation>Reassign account…</translation>
    </message>
    <message>
        <source>Abrir cuenta</source>
        <translation>Open account</translation>
    </message>
    <message>
        <source>Actualizar equipo</source>
        <translation>Refresh team</translation>
    </message>
    <message>
        <source>Filtrar el equipo</source>
        <translation>Filter the team</translation>
    </message>
    <message>
        <source>«%1» reasignada a %2</source>
        <translation>&apos;%1&apos; reassigned to %2</translation>
    </message>
    <message>
        <source>Error inesperado: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <source>Equipo</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Papel en la cuenta</source>
        <translation>Part on the account</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Filtrar por persona, rol, grupo o cuenta</source>
        <translation>Filter by person, role, group or account</translation>
    </message>
    <message>
        <source>Arrastre una cuenta sobre otro ejecutivo para reasignarla, o use «Reasignar cuenta…».</source>
        <translation>Drag an account onto another executive to reassign it, or use &apos;Reassign account…&apos;.</translation>
    </message>
    <message>
        <source>Aún no hay nadie en el equipo</source>
        <translation>Nobody on the team yet</translation>
    </message>
    <message>
        <source>Las personas del departamento de cuentas aparecen aquí con sus cuentas.</source>
        <translation>The people of the account department appear here with their accounts.</translation>
    </message>
</context>
<context>
    <name>_NamedDialog</name>
    <message>
        <source>Nombre *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
</context>
</TS>
