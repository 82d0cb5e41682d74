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
    <name>AccountContactPicker</name>
    <message>
        <source>(sin contacto)</source>
        <translation>(no contact)</translation>
    </message>
    <message>
        <source>Elija una cuenta de la lista.</source>
        <translation>Choose an account from the list.</translation>
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
</context>
<context>
    <name>AccountEdits</name>
    <message>
        <source>Cuenta «%1» creada</source>
        <translation>Account &apos;%1&apos; created</translation>
    </message>
    <message>
        <source>Editar la cuenta «%1»</source>
        <translation>Edit the account &apos;%1&apos;</translation>
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
        <source>Reactivar la cuenta «%1»</source>
        <translation>Reactivate the account &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Desactivar la cuenta «%1»</source>
        <translation>Deactivate the account &apos;%1&apos;</translation>
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
        <source>No se puede deshacer: otra persona ha modificado «%1» después. Revise la cuenta y edítela si hace falta.</source>
        <translation>Cannot undo: someone else changed &apos;%1&apos; since. Check the account and edit it if needed.</translation>
    </message>
    <message>
        <source>Editar el contacto «%1»</source>
        <translation>Edit the contact &apos;%1&apos;</translation>
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
        <source>La de su país</source>
        <translation>Its country&apos;s</translation>
    </message>
    <message>
        <source>Español de España</source>
        <translation>Spanish (Spain)</translation>
    </message>
    <message>
        <source>Español de Latinoamérica</source>
        <translation>Spanish (Latin America)</translation>
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
        <source>Español</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Moneda</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Zona horaria</source>
        <translation>Time zone</translation>
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
        <source>Elija o escriba el sector</source>
        <translation>Choose or type the sector</translation>
    </message>
    <message>
        <source>Elija quién la lleva (o «Sin asignar»)</source>
        <translation>Choose who leads it (or &apos;Unassigned&apos;)</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Identificación fiscal</source>
        <translation>Tax ID</translation>
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
        <source>Quitar filtros</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Quitar la búsqueda y los filtros («Mis cuentas» queda)</source>
        <translation>Clear the search and the filters (&apos;My accounts&apos; stays)</translation>
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
    <name>AccountMerge</name>
    <message>
        <source>Fusionar con otra cuenta…</source>
        <translation>Merge with another account…</translation>
    </message>
    <message>
        <source>Solo un administrador fusiona cuentas.</source>
        <translation>Only an administrator merges accounts.</translation>
    </message>
    <message>
        <source>Elija en la lista la cuenta que se conserva.</source>
        <translation>Choose in the list the account that is kept.</translation>
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
    <name>AccountTeamDialog</name>
    <message>
        <source>Equipo de la cuenta</source>
        <translation>Account team</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Papel en la cuenta</source>
        <translation>Part on the account</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Añadir…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Cambiar responsable…</source>
        <translation>Change lead…</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Equipo de %1</source>
        <translation>Team of %1</translation>
    </message>
    <message>
        <source>sin responsable</source>
        <translation>no lead</translation>
    </message>
    <message>
        <source>%1 · Responsable: %2</source>
        <translation>%1 · Lead: %2</translation>
    </message>
    <message>
        <source>Sin grupo</source>
        <translation>No group</translation>
    </message>
    <message>
        <source>Antes de quitar al responsable, elija otro con «Cambiar responsable…».</source>
        <translation>Before removing the lead, choose another with “Change lead…”.</translation>
    </message>
    <message>
        <source>Equipo actualizado</source>
        <translation>Team updated</translation>
    </message>
    <message>
        <source>Quitar del equipo</source>
        <translation>Remove from the team</translation>
    </message>
    <message>
        <source>¿Quitar a %1 del equipo de %2? Dejará de ver la cuenta si no la ve por su grupo.</source>
        <translation>Remove %1 from the team of %2? They will no longer see the account unless their group does.</translation>
    </message>
    <message>
        <source>%1 ya no está en el equipo</source>
        <translation>%1 is no longer on the team</translation>
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
        <source>Cambiar logotipo…</source>
        <translation>Change logo…</translation>
    </message>
    <message>
        <source>Quitar logotipo</source>
        <translation>Remove logo</translation>
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
        <source>La cuenta no tiene logotipo.</source>
        <translation>The account has no logo.</translation>
    </message>
    <message>
        <source>No hay ninguna edición que deshacer.</source>
        <translation>There is no edit to undo.</translation>
    </message>
    <message>
        <source>Deshacer: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Libro de Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Imágenes PNG o JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logotipo de «%1»</source>
        <translation>Logo for &apos;%1&apos;</translation>
    </message>
    <message>
        <source>¿Quitar el logotipo de «%1»? Sus presentaciones mostrarán sus iniciales en su lugar.</source>
        <translation>Remove the logo for &apos;%1&apos;? Its decks will show its initials instead.</translation>
    </message>
    <message>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>¿Quitar el logotipo de la marca «%1»? Dejará de aparecer en sus presentaciones.</source>
        <translation>Remove the logo for brand &apos;%1&apos;? It will no longer appear on its decks.</translation>
    </message>
    <message>
        <source>Leyendo «%1»…</source>
        <translation>Reading &apos;%1&apos;…</translation>
    </message>
    <message>
        <source>Guardando…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Quitando…</source>
        <translation>Removing…</translation>
    </message>
    <message>
        <source>Logotipo de «%1» guardado</source>
        <translation>Logo for &apos;%1&apos; saved</translation>
    </message>
    <message>
        <source>Logotipo de «%1» quitado</source>
        <translation>Logo for &apos;%1&apos; removed</translation>
    </message>
    <message>
        <source>Logotipo de la marca «%1» guardado</source>
        <translation>Logo for brand &apos;%1&apos; saved</translation>
    </message>
    <message>
        <source>Logotipo de la marca «%1» quitado</source>
        <translation>Logo for brand &apos;%1&apos; removed</translation>
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
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Ninguna cuenta abierta</source>
        <translation>No account open</translation>
    </message>
    <message>
        <source>Elija una cuenta de la lista para ver sus marcas, contactos, equipo e historial.</source>
        <translation>Choose an account from the list to see its brands, contacts, team and history.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Registrar la confirmación del cliente</source>
        <translation>Record the client&apos;s confirmation</translation>
    </message>
    <message>
        <source>Registrar confirmación</source>
        <translation>Record confirmation</translation>
    </message>
    <message>
        <source>Cómo lo confirmó, con sus palabras (opcional)</source>
        <translation>How they confirmed it, in their own words (optional)</translation>
    </message>
    <message>
        <source>«%1», enviada a %2 el %3. Una vez confirmada, el acta ya no se modifica.</source>
        <translation>&apos;%1&apos;, sent to %2 on %3. Once confirmed, the meeting report can no longer be changed.</translation>
    </message>
    <message>
        <source>Fecha *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>Más</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Más acciones</source>
        <translation>More actions</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Brecha cerrada</source>
        <translation>Gap closed</translation>
    </message>
    <message>
        <source>Brecha reducida</source>
        <translation>Gap narrowed</translation>
    </message>
    <message>
        <source>Sin cambios</source>
        <translation>No change</translation>
    </message>
    <message>
        <source>Brecha mayor</source>
        <translation>Gap widened</translation>
    </message>
    <message>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Toda la agencia</source>
        <translation>Whole agency</translation>
    </message>
    <message>
        <source>Dimensión</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Brecha</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Añadir al equipo</source>
        <translation>Add to the team</translation>
    </message>
    <message>
        <source>Añadir</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Elija una persona…</source>
        <translation>Choose a person…</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Papel en la cuenta</source>
        <translation>Part on the account</translation>
    </message>
</context>
<context>
    <name>ApprovalActions</name>
    <message>
        <source>Umbrales de aprobación…</source>
        <translation>Approval thresholds…</translation>
    </message>
    <message>
        <source>Delegar aprobaciones…</source>
        <translation>Delegate approvals…</translation>
    </message>
    <message>
        <source>Su rol (%1) no permite cambiar los umbrales de aprobación.</source>
        <translation>Your role (%1) does not allow changing the approval thresholds.</translation>
    </message>
    <message>
        <source>Umbrales de aprobación guardados</source>
        <translation>Approval thresholds saved</translation>
    </message>
    <message>
        <source>Su rol (%1) no aprueba internamente: no tiene qué delegar.</source>
        <translation>Your role (%1) does not give internal approvals: there is nothing to delegate.</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Aprobar orden de compra — %1</source>
        <translation>Approve purchase order — %1</translation>
    </message>
    <message>
        <source>Aprobar</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Proveedor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Campaña</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Pedido por</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Firma</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>%1 o superior</source>
        <translation>%1 or above</translation>
    </message>
    <message>
        <source>p. ej. OC-2026-0142</source>
        <translation>e.g. PO-2026-0142</translation>
    </message>
    <message>
        <source>N.º de orden de compra *</source>
        <translation>Purchase order no. *</translation>
    </message>
</context>
<context>
    <name>ApprovalPanel</name>
    <message>
        <source>Siguiente paso</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Aprobar brief…</source>
        <translation>Approve brief…</translation>
    </message>
    <message>
        <source>Pedir cambios…</source>
        <translation>Request changes…</translation>
    </message>
    <message>
        <source>Resultados</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Con este presupuesto la aprobación interna corresponde a: %1.</source>
        <translation>With this budget, internal approval falls to: %1.</translation>
    </message>
    <message>
        <source>La campaña está cerrada: ya no cambia de estado.</source>
        <translation>The campaign is closed: its status can no longer change.</translation>
    </message>
    <message>
        <source>Ningún cambio de estado está en su mano ahora; cada botón dice por qué al pasar el ratón por encima.</source>
        <translation>No status change is up to you right now; hover over each button to see why.</translation>
    </message>
    <message>
        <source>Pide: %1</source>
        <translation>Requires: %1</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Aún no hay brief: escríbalo en la pestaña Brief para poder aprobarlo.</source>
        <translation>No brief yet: write it in the Brief tab so that it can be approved.</translation>
    </message>
    <message>
        <source>Brief v%1</source>
        <translation>Brief v%1</translation>
    </message>
    <message>
        <source>Sin resumen.</source>
        <translation>No summary.</translation>
    </message>
    <message>
        <source>%1: objetivo %2 · conseguido %3</source>
        <translation>%1: target %2 · achieved %3</translation>
    </message>
    <message>
        <source>Aprobar brief</source>
        <translation>Approve brief</translation>
    </message>
    <message>
        <source>Pedir cambios</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <source>Aprobar la versión %1 del brief de «%2»; el equipo podrá empezar.</source>
        <translation>Approve version %1 of the brief for &apos;%2&apos;; the team can then start work.</translation>
    </message>
    <message>
        <source>Pedir cambios en la versión %1 del brief de «%2»: explique cuáles.</source>
        <translation>Request changes to version %1 of the brief for &apos;%2&apos;: explain which.</translation>
    </message>
    <message>
        <source>Brief aprobado</source>
        <translation>Brief approved</translation>
    </message>
    <message>
        <source>Cambios pedidos en el brief</source>
        <translation>Changes requested on the brief</translation>
    </message>
    <message>
        <source>Campañas</source>
        <translation>Campaigns</translation>
    </message>
</context>
<context>
    <name>ApprovalSettings</name>
    <message>
        <source>Umbrales de aprobación</source>
        <translation>Approval thresholds</translation>
    </message>
    <message>
        <source>Activa</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Programada</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Terminada</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Revocada</source>
        <translation>Revoked</translation>
    </message>
</context>
<context>
    <name>ApprovalTrail</name>
    <message>
        <source>Historial de aprobaciones</source>
        <translation>Approval history</translation>
    </message>
    <message>
        <source>Copiar SHA-256</source>
        <translation>Copy SHA-256</translation>
    </message>
    <message>
        <source>Abrir prueba</source>
        <translation>Open evidence</translation>
    </message>
    <message>
        <source>Guardar prueba…</source>
        <translation>Save evidence…</translation>
    </message>
    <message>
        <source>Aún no hay aprobaciones</source>
        <translation>No approvals yet</translation>
    </message>
    <message>
        <source>Las decisiones sobre el brief, la revisión interna y la del cliente aparecerán aquí: quién decidió, cuándo y sobre qué documento.</source>
        <translation>Decisions on the brief, the internal review and the client&apos;s review will appear here: who decided, when and on which document.</translation>
    </message>
    <message>
        <source>Elija una aprobación de la lista.</source>
        <translation>Choose an approval in the list.</translation>
    </message>
    <message>
        <source>Esta decisión no tiene documento.</source>
        <translation>This decision has no document.</translation>
    </message>
    <message>
        <source>Esta decisión no tiene prueba adjunta.</source>
        <translation>This decision has no evidence attached.</translation>
    </message>
    <message>
        <source>SHA-256 copiado</source>
        <translation>SHA-256 copied</translation>
    </message>
    <message>
        <source>Guardar prueba</source>
        <translation>Save evidence</translation>
    </message>
    <message>
        <source>Guardado %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>No se pudo escribir el archivo: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <source>%1, contacto del cliente (registrado por %2)</source>
        <translation>%1, client contact (recorded by %2)</translation>
    </message>
    <message>
        <source>SHA-256 del documento decidido: %1 (Ctrl+C lo copia)</source>
        <translation>SHA-256 of the document decided on: %1 (Ctrl+C copies it)</translation>
    </message>
    <message>
        <source>Decidido el %1; registrado el %2</source>
        <translation>Decided on %1; recorded on %2</translation>
    </message>
    <message>
        <source>sustituida por una decisión posterior</source>
        <translation>superseded by a later decision</translation>
    </message>
    <message>
        <source>Etapa</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Decisión</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>En nombre de</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Prueba</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Comentario</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>AskingDialog</name>
    <message>
        <source>cerrar</source>
        <translation>close</translation>
    </message>
    <message>
        <source>«%1»</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>Mostrar «%1»</source>
        <translation>Show &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Plegar «%1»</source>
        <translation>Collapse &apos;%1&apos;</translation>
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
    <name>BrandsTab</name>
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
        <source>Elija una marca para ver o cambiar su logotipo.</source>
        <translation>Choose a brand to see or change its logo.</translation>
    </message>
    <message>
        <source>Logotipo de la marca</source>
        <translation>Brand logo</translation>
    </message>
    <message>
        <source>Logotipo de «%1»</source>
        <translation>Logo for &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Editar producto…</source>
        <translation>Edit product…</translation>
    </message>
    <message>
        <source>Editar marca…</source>
        <translation>Edit brand…</translation>
    </message>
    <message>
        <source>Cambiar logotipo…</source>
        <translation>Change logo…</translation>
    </message>
    <message>
        <source>Añadir logotipo…</source>
        <translation>Add logo…</translation>
    </message>
    <message>
        <source>Quitar logotipo</source>
        <translation>Remove logo</translation>
    </message>
</context>
<context>
    <name>BriefComparison</name>
    <message>
        <source>&lt;span style=&apos;color:%1; text-decoration:line-through&apos;&gt;tachado&lt;/span&gt;: se quitó · &lt;span style=&apos;color:%2&apos;&gt;en verde&lt;/span&gt;: se añadió · los campos iguales no se muestran</source>
        <translation>&lt;span style=&apos;color:%1; text-decoration:line-through&apos;&gt;struck through&lt;/span&gt;: removed · &lt;span style=&apos;color:%2&apos;&gt;in green&lt;/span&gt;: added · unchanged fields are not shown</translation>
    </message>
    <message>
        <source>Comparar</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>con</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Sus cambios sin guardar</source>
        <translation>Your unsaved changes</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Vacío (antes de la v1)</source>
        <translation>Empty (before v1)</translation>
    </message>
    <message>
        <source>Aún no hay versiones guardadas.</source>
        <translation>No saved versions yet.</translation>
    </message>
    <message>
        <source>Plantilla: %1 → %2</source>
        <translation>Template: %1 → %2</translation>
    </message>
    <message>
        <source>Nota de la v%1: %2</source>
        <translation>Note on v%1: %2</translation>
    </message>
    <message>
        <source>Es la misma versión a los dos lados.</source>
        <translation>The same version is on both sides.</translation>
    </message>
    <message>
        <source>Ningún campo cambia entre las dos.</source>
        <translation>No field differs between the two.</translation>
    </message>
    <message>
        <source>Cambia 1 campo.</source>
        <translation>1 field changes.</translation>
    </message>
    <message>
        <source>Cambian %1 campos.</source>
        <translation>%1 fields change.</translation>
    </message>
</context>
<context>
    <name>BriefFields</name>
    <message>
        <source>Objetivos</source>
        <translation>Objectives</translation>
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
        <source>Mercado</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Público objetivo</source>
        <translation>Target audience</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Insight</translation>
    </message>
    <message>
        <source>Mensaje clave</source>
        <translation>Key message</translation>
    </message>
    <message>
        <source>Obligatorios</source>
        <translation>Mandatories</translation>
    </message>
    <message>
        <source>Canales</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Presupuesto</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Fecha límite</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>BriefHistory</name>
    <message>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Autor</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Decisión</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BriefTab</name>
    <message>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Versiones</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Tipo de campaña: sus preguntas aparecen en gris en los campos vacíos</source>
        <translation>Campaign type: its questions appear in grey in the empty fields</translation>
    </message>
    <message>
        <source>Plantilla</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Usar plantilla</source>
        <translation>Use template</translation>
    </message>
    <message>
        <source>Rellena con el texto de la plantilla los campos que están vacíos</source>
        <translation>Fills the empty fields with the template&apos;s text</translation>
    </message>
    <message>
        <source>Guardar versión</source>
        <translation>Save version</translation>
    </message>
    <message>
        <source>Guarda el brief como una versión nueva (Ctrl+S)</source>
        <translation>Saves the brief as a new version (Ctrl+S)</translation>
    </message>
    <message>
        <source>Qué cambia en esta versión (opcional)</source>
        <translation>What changes in this version (optional)</translation>
    </message>
    <message>
        <source>Nota de la versión</source>
        <translation>Version note</translation>
    </message>
    <message>
        <source>Se han recuperado sus cambios sin guardar en este brief.</source>
        <translation>Your unsaved changes to this brief have been recovered.</translation>
    </message>
    <message>
        <source>Cambios sin guardar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>El brief tiene cambios sin guardar. ¿Descartarlos?</source>
        <translation>The brief has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <source>el brief</source>
        <translation>the brief</translation>
    </message>
    <message>
        <source>Plantilla «%1» aplicada a un campo vacío: revíselo antes de guardar.</source>
        <translation>Template &apos;%1&apos; applied to one empty field: check it before saving.</translation>
    </message>
    <message>
        <source>Plantilla «%1» aplicada a %2 campos vacíos: revíselos antes de guardar.</source>
        <translation>Template &apos;%1&apos; applied to %2 empty fields: check them before saving.</translation>
    </message>
    <message>
        <source>Todos los campos ya tienen texto: la plantilla no cambió nada.</source>
        <translation>Every field already has text: the template changed nothing.</translation>
    </message>
    <message>
        <source>Revise los campos marcados.</source>
        <translation>Please check the marked fields.</translation>
    </message>
    <message>
        <source>Brief guardado como versión %1</source>
        <translation>Brief saved as version %1</translation>
    </message>
    <message>
        <source>Sus cambios siguen aquí.</source>
        <translation>Your changes are still here.</translation>
    </message>
    <message>
        <source>Comparar</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Guardar los míos como v%1</source>
        <translation>Save mine as v%1</translation>
    </message>
    <message>
        <source>Descartar los míos</source>
        <translation>Discard mine</translation>
    </message>
    <message>
        <source>¿Descartar los cambios sin guardar del brief? Se perderán.</source>
        <translation>Discard the unsaved changes to the brief? They will be lost.</translation>
    </message>
    <message>
        <source>Versiones (%1)</source>
        <translation>Versions (%1)</translation>
    </message>
    <message>
        <source>Su rol no permite editar el brief de esta campaña; puede leerlo y comparar versiones.</source>
        <translation>Your role does not allow editing this campaign&apos;s brief; you can read it and compare versions.</translation>
    </message>
    <message>
        <source>Aún no hay ninguna versión: escriba el brief y guárdelo como v1.</source>
        <translation>No versions yet: write the brief and save it as v1.</translation>
    </message>
    <message>
        <source>Aún no hay ninguna versión del brief.</source>
        <translation>There is no version of the brief yet.</translation>
    </message>
    <message>
        <source>Versión %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Cambios sin guardar sobre la v%1</source>
        <translation>Unsaved changes to v%1</translation>
    </message>
</context>
<context>
    <name>CampaignBoard</name>
    <message>
        <source>Vencida %1</source>
        <translation>Overdue since %1</translation>
    </message>
    <message>
        <source>Mover campaña</source>
        <translation>Move campaign</translation>
    </message>
    <message>
        <source>Abrir campaña</source>
        <translation>Open campaign</translation>
    </message>
    <message>
        <source>Mover a…</source>
        <translation>Move to…</translation>
    </message>
</context>
<context>
    <name>CampaignDetailView</name>
    <message>
        <source>Ninguna campaña abierta</source>
        <translation>No campaign open</translation>
    </message>
    <message>
        <source>Elija una campaña de la lista para ver su brief, propuestas y aprobaciones.</source>
        <translation>Choose a campaign in the list to see its brief, proposals and approvals.</translation>
    </message>
    <message>
        <source>Campañas</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Volver a la lista (Alt+←)</source>
        <translation>Back to the list (Alt+←)</translation>
    </message>
    <message>
        <source>Presupuesto</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Inicio</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fecha límite</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Aprobación interna</source>
        <translation>Internal approval</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Brief (v%1)</source>
        <translation>Brief (v%1)</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Contrabrief</source>
        <translation>Counter-brief</translation>
    </message>
    <message>
        <source>Actas (%1)</source>
        <translation>Meeting reports (%1)</translation>
    </message>
    <message>
        <source>Propuestas (%1)</source>
        <translation>Proposals (%1)</translation>
    </message>
    <message>
        <source>Plan de medios</source>
        <translation>Media plan</translation>
    </message>
    <message>
        <source>Aprobaciones (%1)</source>
        <translation>Approvals (%1)</translation>
    </message>
    <message>
        <source>Historia</source>
        <translation>History</translation>
    </message>
    <message>
        <source>El brief del cliente: sus versiones y qué cambió entre ellas</source>
        <translation>The client&apos;s brief: its versions and what changed between them</translation>
    </message>
    <message>
        <source>Lo que la agencia entendió, sus preguntas y el enfoque propuesto</source>
        <translation>What the agency understood, its questions and the proposed approach</translation>
    </message>
    <message>
        <source>Actas de reunión: acuerdos, próximos pasos y su acuse del cliente</source>
        <translation>Meeting reports: agreements, next steps and the client&apos;s confirmation</translation>
    </message>
    <message>
        <source>Las versiones de la propuesta y sus archivos</source>
        <translation>The proposal&apos;s versions and their files</translation>
    </message>
    <message>
        <source>Canales, qué se hace en cada uno, cuándo y con qué importe</source>
        <translation>Channels, what is done in each, when and for how much</translation>
    </message>
    <message>
        <source>Siguiente paso de la campaña y el historial de aprobaciones</source>
        <translation>The campaign&apos;s next step and its approval history</translation>
    </message>
    <message>
        <source>Todo lo que pasó en la campaña, por fecha</source>
        <translation>Everything that happened on the campaign, by date</translation>
    </message>
    <message>
        <source>Abrir la cuenta %1</source>
        <translation>Open the account %1</translation>
    </message>
    <message>
        <source>Vencida: la campaña sigue abierta</source>
        <translation>Overdue: the campaign is still open</translation>
    </message>
    <message>
        <source>Quién aprueba internamente, según el presupuesto y los umbrales de la agencia</source>
        <translation>Who approves internally, according to the budget and the agency&apos;s thresholds</translation>
    </message>
    <message>
        <source>La agencia puede mostrarla en sus presentaciones</source>
        <translation>The agency may show it in its credentials</translation>
    </message>
    <message>
        <source>Confidencial: no se muestra en presentaciones de la agencia</source>
        <translation>Confidential: not shown in the agency&apos;s credentials</translation>
    </message>
    <message>
        <source>La campaña está cerrada: se puede consultar, no cambiar.</source>
        <translation>The campaign is closed: it can be viewed but not changed.</translation>
    </message>
    <message>
        <source>Solo lectura. %1</source>
        <translation>Read only. %1</translation>
    </message>
    <message>
        <source>Solo lectura: su rol no le permite editar esta campaña.</source>
        <translation>Read-only: your role does not allow you to edit this campaign.</translation>
    </message>
</context>
<context>
    <name>CampaignFormDialog</name>
    <message>
        <source>Editar campaña — %1</source>
        <translation>Edit campaign — %1</translation>
    </message>
    <message>
        <source>Nueva campaña</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>Escriba para buscar la cuenta</source>
        <translation>Type to find the account</translation>
    </message>
    <message>
        <source>Cómo la llamará el equipo y el cliente</source>
        <translation>What the team and the client will call it</translation>
    </message>
    <message>
        <source>Productos</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>p. ej. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Con fecha de inicio</source>
        <translation>Has a start date</translation>
    </message>
    <message>
        <source>Con fecha límite</source>
        <translation>Has a deadline</translation>
    </message>
    <message>
        <source>La agencia puede mostrarla en sus presentaciones</source>
        <translation>The agency may show it in its credentials</translation>
    </message>
    <message>
        <source>Cuenta *</source>
        <translation>Account *</translation>
    </message>
    <message>
        <source>Nombre *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Marca</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Tipo de campaña</source>
        <translation>Campaign type</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Presupuesto</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Moneda</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Inicio</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fecha límite</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Presentaciones</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>Elija primero la cuenta</source>
        <translation>Choose the account first</translation>
    </message>
    <message>
        <source>Una campaña no cambia de cliente.</source>
        <translation>A campaign cannot change client.</translation>
    </message>
    <message>
        <source>Cargando…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Sin marca</source>
        <translation>No brand</translation>
    </message>
    <message>
        <source>La de la cuenta (%1)</source>
        <translation>The account&apos;s (%1)</translation>
    </message>
    <message>
        <source>La de la agencia</source>
        <translation>The agency&apos;s</translation>
    </message>
    <message>
        <source>Elija una marca con productos para marcarlos aquí.</source>
        <translation>Choose a brand with products to tick them here.</translation>
    </message>
    <message>
        <source>Sin fecha</source>
        <translation>No date</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Campaña</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Marca</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Presupuesto</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Fecha límite</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Esta columna no se puede ordenar</source>
        <translation>This column cannot be sorted</translation>
    </message>
    <message>
        <source>%1 (vencida)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Vencida: la fecha límite era el %1</source>
        <translation>Overdue: the deadline was %1</translation>
    </message>
</context>
<context>
    <name>CampaignListView</name>
    <message>
        <source>Buscar por nombre, código, cliente o marca</source>
        <translation>Search by name, code, client or brand</translation>
    </message>
    <message>
        <source>Buscar campañas</source>
        <translation>Search campaigns</translation>
    </message>
    <message>
        <source>Lista</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Tablero</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Ver como lista</source>
        <translation>View as list</translation>
    </message>
    <message>
        <source>Ver como tablero, por estado</source>
        <translation>View as a board, by status</translation>
    </message>
    <message>
        <source>Quitar filtros</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Quitar la búsqueda y los filtros («Mis campañas» queda)</source>
        <translation>Clear the search and the filters (&apos;My campaigns&apos; stays)</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Filtrar por estado</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Cuenta: escriba para filtrar</source>
        <translation>Account: type to filter</translation>
    </message>
    <message>
        <source>Solo las campañas de una cuenta</source>
        <translation>Only the campaigns of one account</translation>
    </message>
    <message>
        <source>Filtrar por cuenta</source>
        <translation>Filter by account</translation>
    </message>
    <message>
        <source>Solo abiertas</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>Sin las finalizadas, rechazadas y canceladas</source>
        <translation>Excludes completed, rejected and cancelled campaigns</translation>
    </message>
    <message>
        <source>Mis campañas</source>
        <translation>My campaigns</translation>
    </message>
    <message>
        <source>Las campañas que usted lleva o de cuentas en cuyo equipo está</source>
        <translation>Campaigns you own or from accounts whose team you are on</translation>
    </message>
    <message>
        <source>Campañas</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>No hay campañas que coincidan</source>
        <translation>No campaigns match</translation>
    </message>
    <message>
        <source>Pruebe con otra búsqueda o quite algún filtro.</source>
        <translation>Try another search or remove a filter.</translation>
    </message>
    <message>
        <source>Crear campaña</source>
        <translation>Create campaign</translation>
    </message>
    <message>
        <source>Aún no hay campañas para esta cuenta</source>
        <translation>No campaigns for this account yet</translation>
    </message>
    <message>
        <source>Cree la primera: el brief, la propuesta y sus aprobaciones irán en ella.</source>
        <translation>Create the first one: the brief, the proposal and their approvals will go in it.</translation>
    </message>
    <message>
        <source>Las campañas de la cuenta aparecerán aquí cuando se creen.</source>
        <translation>The account&apos;s campaigns will appear here once they are created.</translation>
    </message>
    <message>
        <source>Aún no hay campañas suyas</source>
        <translation>You have no campaigns yet</translation>
    </message>
    <message>
        <source>No lleva ninguna campaña ni está en el equipo de sus cuentas.</source>
        <translation>You own no campaigns and are not on any of their accounts&apos; teams.</translation>
    </message>
    <message>
        <source>Ver todas</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Aún no hay campañas</source>
        <translation>No campaigns yet</translation>
    </message>
    <message>
        <source>Cree la primera campaña de una cuenta: empieza por su brief.</source>
        <translation>Create an account&apos;s first campaign: it starts with its brief.</translation>
    </message>
    <message>
        <source>Las campañas de la agencia aparecerán aquí cuando se creen.</source>
        <translation>The agency&apos;s campaigns will appear here once they are created.</translation>
    </message>
</context>
<context>
    <name>CampaignUndo</name>
    <message>
        <source>No se puede deshacer: otra persona ha modificado «%1» después. Revise la campaña y edítela si hace falta.</source>
        <translation>Cannot undo: someone else changed &apos;%1&apos; since. Check the campaign and edit it if needed.</translation>
    </message>
    <message>
        <source>Editar la campaña «%1»</source>
        <translation>Edit the campaign &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Editar el plan de medios de «%1»</source>
        <translation>Edit the media plan of &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Deshecho: vuelve el texto de la v%1</source>
        <translation>Undone: back to the text of v%1</translation>
    </message>
    <message>
        <source>Guardar el brief de «%1»</source>
        <translation>Save the brief of &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CampaignsArea</name>
    <message>
        <source>Campañas</source>
        <translation>Campaigns</translation>
    </message>
</context>
<context>
    <name>CampaignsController</name>
    <message>
        <source>Nueva campaña…</source>
        <translation>New campaign…</translation>
    </message>
    <message>
        <source>Editar campaña…</source>
        <translation>Edit campaign…</translation>
    </message>
    <message>
        <source>Volver a la lista de campañas</source>
        <translation>Back to the campaign list</translation>
    </message>
    <message>
        <source>Ver como lista</source>
        <translation>View as list</translation>
    </message>
    <message>
        <source>Ver como tablero</source>
        <translation>View as board</translation>
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
        <source>Buscar campañas</source>
        <translation>Search campaigns</translation>
    </message>
    <message>
        <source>Cambios guardados (Ctrl+Z para deshacer)</source>
        <translation>Changes saved (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Libro de Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Campañas de la cuenta</source>
        <translation>Account&apos;s campaigns</translation>
    </message>
    <message>
        <source>Abra una cuenta para ver sus campañas</source>
        <translation>Open an account to see its campaigns</translation>
    </message>
    <message>
        <source>Su rol (%1) no crea campañas.</source>
        <translation>Your role (%1) does not create campaigns.</translation>
    </message>
    <message>
        <source>Abra una campaña.</source>
        <translation>Open a campaign.</translation>
    </message>
    <message>
        <source>Campaña «%1» creada</source>
        <translation>Campaign &apos;%1&apos; created</translation>
    </message>
    <message>
        <source>campañas.csv</source>
        <translation>campaigns.csv</translation>
    </message>
    <message>
        <source>Exportar campañas</source>
        <translation>Export campaigns</translation>
    </message>
    <message>
        <source>1 campaña exportada a %2</source>
        <translation>1 campaign exported to %2</translation>
    </message>
    <message>
        <source>%1 campañas exportadas a %2</source>
        <translation>%1 campaigns exported to %2</translation>
    </message>
    <message>
        <source>Campañas</source>
        <translation>Campaigns</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <source>Sin campañas</source>
        <translation>No campaigns</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Cambiar la contraseña</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <source>La contraseña de «%1» se ha restablecido. Elija una nueva para entrar: al menos 10 caracteres, que no sea de las más usadas (una frase de varias palabras sirve).</source>
        <translation>The password of “%1” has been reset. Choose a new one to sign in: at least 10 characters, not one of the most used (a phrase of several words will do).</translation>
    </message>
    <message>
        <source>Contraseña nueva</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repita la contraseña</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Cambiar y entrar</source>
        <translation>Change and sign in</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ClientDecisionDialog</name>
    <message>
        <source>Documento presentado</source>
        <translation>Presented document</translation>
    </message>
    <message>
        <source>Quién decidió en el cliente</source>
        <translation>Who decided at the client</translation>
    </message>
    <message>
        <source>Qué pide cambiar el cliente</source>
        <translation>What the client wants changed</translation>
    </message>
    <message>
        <source>Por qué lo rechaza el cliente</source>
        <translation>Why the client is rejecting it</translation>
    </message>
    <message>
        <source>Lo que dijo el cliente (opcional)</source>
        <translation>What the client said (optional)</translation>
    </message>
    <message>
        <source>Sin justificante</source>
        <translation>No evidence attached</translation>
    </message>
    <message>
        <source>Adjuntar…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>Una firma escaneada, el correo del cliente… (máximo 50 MB)</source>
        <translation>A scanned signature, the client&apos;s e-mail… (50 MB max.)</translation>
    </message>
    <message>
        <source>Justificante de la decisión</source>
        <translation>Evidence of the decision</translation>
    </message>
    <message>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Contacto del cliente *</source>
        <translation>Client contact *</translation>
    </message>
    <message>
        <source>Fecha *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>Canal *</source>
        <translation>Channel *</translation>
    </message>
    <message>
        <source>Comentario *</source>
        <translation>Comment *</translation>
    </message>
    <message>
        <source>Comentario</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Justificante</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>%1 · propuesta v%2</source>
        <translation>%1 · proposal v%2</translation>
    </message>
    <message>
        <source>Archivo presentado (SHA-256 %1…)</source>
        <translation>Presented file (SHA-256 %1…)</translation>
    </message>
    <message>
        <source>Propuesta v%1</source>
        <translation>Proposal v%1</translation>
    </message>
    <message>
        <source>La cuenta no tiene contactos: añada en Cuentas a quien decide en el cliente.</source>
        <translation>The account has no contacts: add the client&apos;s decision maker in Accounts.</translation>
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
    <name>CommentDialog</name>
    <message>
        <source>Qué hay que cambiar y por qué</source>
        <translation>What needs to change and why</translation>
    </message>
    <message>
        <source>Opcional: un comentario para el equipo</source>
        <translation>Optional: a comment for the team</translation>
    </message>
    <message>
        <source>Comentario</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CommunicationsArea</name>
    <message>
        <source>Comunicaciones</source>
        <translation>Communications</translation>
    </message>
</context>
<context>
    <name>CommunicationsController</name>
    <message>
        <source>Registro</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Cronología</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Correo sin asignar</source>
        <translation>Unassigned e-mail</translation>
    </message>
    <message>
        <source>Actualizar las comunicaciones</source>
        <translation>Refresh communications</translation>
    </message>
    <message>
        <source>Registrar contacto…</source>
        <translation>Log contact…</translation>
    </message>
    <message>
        <source>Confirmar entrega…</source>
        <translation>Confirm delivery…</translation>
    </message>
    <message>
        <source>Enviar encuesta de satisfacción…</source>
        <translation>Send satisfaction survey…</translation>
    </message>
    <message>
        <source>Correo de la agencia…</source>
        <translation>Agency mail…</translation>
    </message>
    <message>
        <source>Comunicaciones</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Su puesto no permite registrar contactos con clientes</source>
        <translation>Your position does not allow logging contacts with clients</translation>
    </message>
    <message>
        <source>Su puesto no permite confirmar entregas</source>
        <translation>Your role does not allow confirming deliveries</translation>
    </message>
    <message>
        <source>Elija un contacto con la entrega pendiente</source>
        <translation>Choose a contact whose delivery is pending</translation>
    </message>
    <message>
        <source>La entrega de este contacto no está pendiente</source>
        <translation>This contact&apos;s delivery is not pending</translation>
    </message>
    <message>
        <source>Entrega de «%1»: %2</source>
        <translation>Delivery of “%1”: %2</translation>
    </message>
    <message>
        <source>Contacto registrado: %1</source>
        <translation>Contact logged: %1</translation>
    </message>
    <message>
        <source>Descartar el correo</source>
        <translation>Discard the e-mail</translation>
    </message>
    <message>
        <source>¿Descartar el correo de {0} «{1}»? No se registrará en ninguna cuenta.</source>
        <translation>Discard the e-mail from {0} &apos;{1}&apos;? It will not be recorded on any account.</translation>
    </message>
    <message>
        <source>Encuesta enviada a %1</source>
        <translation>Survey sent to %1</translation>
    </message>
    <message>
        <source>Correo de la agencia guardado</source>
        <translation>Agency mail saved</translation>
    </message>
</context>
<context>
    <name>ConfirmDeliveryDialog</name>
    <message>
        <source>Confirmar entrega: «%1»</source>
        <translation>Confirm delivery: “%1”</translation>
    </message>
    <message>
        <source>Confirmar</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Fecha de entrega</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>Quedará anotado que la confirma usted, ahora.</source>
        <translation>It will be recorded that you confirm it, now.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Otra persona guardó este registro</source>
        <translation>Someone else saved this record</translation>
    </message>
    <message>
        <source>Otra persona ha guardado %1 mientras usted lo editaba. No se ha guardado nada y sus cambios siguen donde estaban.</source>
        <translation>Someone else saved %1 while you were editing it. Nothing was saved, and your changes are still where they were.</translation>
    </message>
    <message>
        <source>este registro</source>
        <translation>this record</translation>
    </message>
    <message>
        <source>Campos en los que difieren sus cambios y lo guardado ahora: %1.</source>
        <translation>Fields where your changes and what is saved now differ: %1.</translation>
    </message>
    <message>
        <source>Lo guardado ahora coincide con sus cambios en todos los campos del formulario.</source>
        <translation>What is saved now matches your changes in every field of the form.</translation>
    </message>
    <message>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Sus cambios</source>
        <translation>Your changes</translation>
    </message>
    <message>
        <source>Guardado ahora</source>
        <translation>Saved now</translation>
    </message>
    <message>
        <source>Quedarme con lo guardado</source>
        <translation>Keep what is saved</translation>
    </message>
    <message>
        <source>Descarta sus cambios y carga lo que está guardado ahora</source>
        <translation>Discards your changes and loads what is saved now</translation>
    </message>
    <message>
        <source>Guardar los míos encima</source>
        <translation>Save mine over it</translation>
    </message>
    <message>
        <source>Guarda sus valores en todos los campos, sobre lo guardado ahora</source>
        <translation>Saves your values in every field, over what is saved now</translation>
    </message>
    <message>
        <source>Seguir editando</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Contacto: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cuenta</source>
        <translation>Account</translation>
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
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Dirección postal</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Canal preferido</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <source>Horario preferido</source>
        <translation>Preferred hours</translation>
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
        <source>Notas</source>
        <translation>Notes</translation>
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
        <source>Para cartas certificadas y mensajería</source>
        <translation>For registered letters and couriers</translation>
    </message>
    <message>
        <source>p. ej. 09:00-14:00 (hora de la cuenta)</source>
        <translation>e.g. 09:00-14:00 (account&apos;s time)</translation>
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
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Dirección postal</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Canal preferido</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <source>Horario preferido</source>
        <translation>Preferred hours</translation>
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
    <name>ContactsTab</name>
    <message>
        <source>Nuevo contacto…</source>
        <translation>New contact…</translation>
    </message>
    <message>
        <source>Editar…</source>
        <translation>Edit…</translation>
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
        <source>Reactivar</source>
        <translation>Reactivate</translation>
    </message>
</context>
<context>
    <name>ContrabriefTab</name>
    <message>
        <source>Guardar contrabrief</source>
        <translation>Save counter-brief</translation>
    </message>
    <message>
        <source>Guardar (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Lo que la agencia entendió del brief, con sus palabras: el problema, el objetivo, a quién hablamos.</source>
        <translation>What the agency understood from the brief, in its own words: the problem, the objective, who we are talking to.</translation>
    </message>
    <message>
        <source>Lo que falta saber o hay que confirmar con el cliente, una pregunta por línea.</source>
        <translation>What we still need to know or confirm with the client, one question per line.</translation>
    </message>
    <message>
        <source>Cómo proponemos resolverlo: la idea, los medios, los tiempos.</source>
        <translation>How we propose to solve it: the idea, the media, the timing.</translation>
    </message>
    <message>
        <source>Lo que entendimos</source>
        <translation>What we understood</translation>
    </message>
    <message>
        <source>Preguntas al cliente</source>
        <translation>Questions for the client</translation>
    </message>
    <message>
        <source>Enfoque propuesto</source>
        <translation>Proposed approach</translation>
    </message>
    <message>
        <source>Se han recuperado sus cambios sin guardar en el contrabrief.</source>
        <translation>Your unsaved changes to the counter-brief have been recovered.</translation>
    </message>
    <message>
        <source>El brief</source>
        <translation>The brief</translation>
    </message>
    <message>
        <source>La campaña aún no tiene brief.</source>
        <translation>The campaign has no brief yet.</translation>
    </message>
    <message>
        <source>El brief v%1</source>
        <translation>Brief v%1</translation>
    </message>
    <message>
        <source>el contrabrief</source>
        <translation>the counter-brief</translation>
    </message>
    <message>
        <source>Comparar</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Cambios sin guardar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>El contrabrief tiene cambios sin guardar. ¿Descartarlos?</source>
        <translation>The counter-brief has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <source>Contrabrief guardado</source>
        <translation>Counter-brief saved</translation>
    </message>
    <message>
        <source>Otra persona guardó el contrabrief mientras usted lo editaba. Sus cambios siguen aquí: guárdelos encima o descártelos para ver lo guardado.</source>
        <translation>Someone else saved the counter-brief while you were editing it. Your changes are still here: save them over it, or discard them to see the saved version.</translation>
    </message>
    <message>
        <source>Guardar los míos encima</source>
        <translation>Save mine over it</translation>
    </message>
    <message>
        <source>Descartar los míos</source>
        <translation>Discard mine</translation>
    </message>
    <message>
        <source>¿Descartar los cambios sin guardar del contrabrief? Se perderán.</source>
        <translation>Discard the unsaved changes to the counter-brief? They will be lost.</translation>
    </message>
    <message>
        <source>Aún no hay contrabrief.</source>
        <translation>No counter-brief yet.</translation>
    </message>
    <message>
        <source>Responderá a la versión %1 del brief.</source>
        <translation>It will respond to version %1 of the brief.</translation>
    </message>
    <message>
        <source>Responde al brief v%1</source>
        <translation>Responds to brief v%1</translation>
    </message>
    <message>
        <source>Escrito antes de que hubiera brief</source>
        <translation>Written before there was a brief</translation>
    </message>
    <message>
        <source>El brief ya va por la v%1: revise si sigue valiendo</source>
        <translation>The brief is now at v%1: check whether this still holds</translation>
    </message>
    <message>
        <source>Su rol no permite editar el contrabrief de esta campaña.</source>
        <translation>Your role does not allow editing this campaign&apos;s counter-brief.</translation>
    </message>
</context>
<context>
    <name>Coordination</name>
    <message>
        <source>Tarea «%1» creada</source>
        <translation>Task &apos;%1&apos; created</translation>
    </message>
    <message>
        <source>Editar la tarea «%1»</source>
        <translation>Edit the task &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cambios guardados (Ctrl+Z para deshacer)</source>
        <translation>Changes saved (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <source>Proveedor «%1» añadido</source>
        <translation>Vendor &apos;%1&apos; added</translation>
    </message>
    <message>
        <source>Editar el proveedor «%1»</source>
        <translation>Edit the vendor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Trabajo encargado; falta aprobar su orden de compra.</source>
        <translation>Job commissioned; its purchase order still needs approval.</translation>
    </message>
    <message>
        <source>Orden de compra %1 aprobada</source>
        <translation>Purchase order %1 approved</translation>
    </message>
    <message>
        <source>Entrega registrada</source>
        <translation>Delivery recorded</translation>
    </message>
    <message>
        <source>No hay trabajos entregados sin valorar de %1.</source>
        <translation>There are no delivered jobs from %1 waiting for a rating.</translation>
    </message>
    <message>
        <source>Valoración guardada: %1 de 5</source>
        <translation>Rating saved: %1 out of 5</translation>
    </message>
    <message>
        <source>Tarea</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Alerta</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Inicio</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Campaña</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Sin aprobar</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>%1 · Entregado</source>
        <translation>%1 · Delivered</translation>
    </message>
    <message>
        <source>Trabajo</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Presupuesto</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Orden de compra</source>
        <translation>Purchase order</translation>
    </message>
    <message>
        <source>Facturado</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <source>Valoración</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Equipo / persona</source>
        <translation>Team / person</translation>
    </message>
    <message>
        <source>Por encima de la capacidad de la semana</source>
        <translation>Over the week&apos;s capacity</translation>
    </message>
    <message>
        <source>Mis tareas</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <source>Cronograma</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Carga de trabajo</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Proveedores</source>
        <translation>Vendors</translation>
    </message>
    <message>
        <source>No tiene tareas abiertas</source>
        <translation>You have no open tasks</translation>
    </message>
    <message>
        <source>Cuando le asignen una tarea de una campaña aparecerá aquí, con su fecha y si va con retraso.</source>
        <translation>When you are assigned a campaign task it will appear here, with its date and whether it is running late.</translation>
    </message>
    <message>
        <source>Ver el cronograma</source>
        <translation>See the schedule</translation>
    </message>
    <message>
        <source>Por semanas</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>Por meses</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Nueva tarea…</source>
        <translation>New task…</translation>
    </message>
    <message>
        <source>Doble clic en una barra para editar su tarea</source>
        <translation>Double-click a bar to edit its task</translation>
    </message>
    <message>
        <source>Añadir hitos</source>
        <translation>Add milestones</translation>
    </message>
    <message>
        <source>Imprimir a PDF…</source>
        <translation>Print to PDF…</translation>
    </message>
    <message>
        <source>Campaña:</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>Azul: tarea · Rojo: ruta crítica · Gris: hecha · Borde naranja y ⚠: vencida o en riesgo · ◆ hito. Arrastre una barra para reprogramarla.</source>
        <translation>Blue: task · Red: critical path · Grey: done · Orange border and ⚠: overdue or at risk · ◆ milestone. Drag a bar to reschedule it.</translation>
    </message>
    <message>
        <source>⚠ Las dependencias de la campaña forman un ciclo (%1); las fechas previstas no cuentan el vínculo que lo cierra. Quítelo en la ficha de una de esas tareas.</source>
        <translation>⚠ The campaign&apos;s dependencies form a cycle (%1); the expected dates leave out the link that closes it. Remove it in the form of one of those tasks.</translation>
    </message>
    <message>
        <source>Proveedor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Categoría</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Contacto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Trabajos</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Nuevo proveedor…</source>
        <translation>New vendor…</translation>
    </message>
    <message>
        <source>Editar…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Nuevo trabajo…</source>
        <translation>New job…</translation>
    </message>
    <message>
        <source>Aprobar orden de compra…</source>
        <translation>Approve purchase order…</translation>
    </message>
    <message>
        <source>Entrega y factura…</source>
        <translation>Delivery and invoice…</translation>
    </message>
    <message>
        <source>Valorar…</source>
        <translation>Rate…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trabajos y costes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jobs and costs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Correo</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>NIF</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Tarifas</source>
        <translation>Rates</translation>
    </message>
    <message>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Valoración media</source>
        <translation>Average rating</translation>
    </message>
    <message>
        <source>Aún no hay trabajos.</source>
        <translation>No jobs yet.</translation>
    </message>
    <message>
        <source>Valoraciones</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>1 — Muy por debajo de lo esperado</source>
        <translation>1 — Far below expectations</translation>
    </message>
    <message>
        <source>2 — Por debajo de lo esperado</source>
        <translation>2 — Below expectations</translation>
    </message>
    <message>
        <source>3 — Lo esperado</source>
        <translation>3 — As expected</translation>
    </message>
    <message>
        <source>4 — Por encima de lo esperado</source>
        <translation>4 — Above expectations</translation>
    </message>
    <message>
        <source>5 — Muy por encima de lo esperado</source>
        <translation>5 — Far above expectations</translation>
    </message>
    <message>
        <source>Vencida</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>En riesgo: dependencia y sobrecarga</source>
        <translation>At risk: dependency and overload</translation>
    </message>
    <message>
        <source>En riesgo: depende de algo que acaba tarde</source>
        <translation>At risk: depends on something that finishes late</translation>
    </message>
    <message>
        <source>En riesgo: semana por encima de su capacidad</source>
        <translation>At risk: week over its capacity</translation>
    </message>
    <message>
        <source>%1 h estimadas</source>
        <translation>%1 h estimated</translation>
    </message>
    <message>
        <source>En la ruta crítica</source>
        <translation>On the critical path</translation>
    </message>
    <message>
        <source>Previsto: %1 – %2</source>
        <translation>Planned: %1 – %2</translation>
    </message>
    <message>
        <source>Elija una tarea en el cronograma</source>
        <translation>Choose a task on the timeline</translation>
    </message>
    <message>
        <source>Elija una tarea de la lista</source>
        <translation>Choose a task in the list</translation>
    </message>
    <message>
        <source>Usted no puede cambiar el estado de esta tarea: solo quien la tiene asignada o planifica su campaña</source>
        <translation>You cannot change this task&apos;s status: only its assignee or whoever plans its campaign can</translation>
    </message>
    <message>
        <source>Cambiar el estado de la tarea elegida</source>
        <translation>Change the chosen task&apos;s status</translation>
    </message>
    <message>
        <source>Marcar «%1» como %2</source>
        <translation>Mark “%1” as %2</translation>
    </message>
</context>
<context>
    <name>CoordinationArea</name>
    <message>
        <source>Coordinación</source>
        <translation>Coordination</translation>
    </message>
</context>
<context>
    <name>CoordinationController</name>
    <message>
        <source>Actualizar coordinación</source>
        <translation>Refresh coordination</translation>
    </message>
    <message>
        <source>Nueva tarea…</source>
        <translation>New task…</translation>
    </message>
    <message>
        <source>Coordinación</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>la campaña está cerrada: sus tareas se consultan</source>
        <translation>the campaign is closed: its tasks can be read</translation>
    </message>
    <message>
        <source>elija una campaña que planifique</source>
        <translation>choose a campaign you plan</translation>
    </message>
    <message>
        <source>sin tareas</source>
        <translation>no tasks</translation>
    </message>
    <message numerus="yes">
        <source>%n tarea</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tareas</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Fin previsto: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Planned end: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>fecha límite: %1</source>
        <translation>deadline: %1</translation>
    </message>
    <message>
        <source>a tiempo</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>Comprometido con proveedores: %1 de %2</source>
        <translation>Committed to vendors: %1 of %2</translation>
    </message>
    <message>
        <source>supera el presupuesto</source>
        <translation>over budget</translation>
    </message>
    <message>
        <source>facturado: %1</source>
        <translation>invoiced: %1</translation>
    </message>
    <message>
        <source>Reprogramar tarea</source>
        <translation>Reschedule task</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#B42318&apos;&gt;⚠ %n día de retraso&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#B42318&apos;&gt;⚠ %n day late&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&apos;color:#B42318&apos;&gt;⚠ %n days late&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#B42318&apos;&gt;⚠ %n días de retraso&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#B42318&apos;&gt;⚠ %n day late&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&apos;color:#B42318&apos;&gt;⚠ %n days late&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tarea en la ruta crítica</source>
        <translation>
            <numerusform>%n task on the critical path</numerusform>
            <numerusform>%n tasks on the critical path</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tareas en la ruta crítica</source>
        <translation>
            <numerusform>%n task on the critical path</numerusform>
            <numerusform>%n tasks on the critical path</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mover «%1» al %2 retrasa %n tarea que depende de ella.</source>
        <translation>
            <numerusform>Moving &apos;%1&apos; to %2 delays %n task that depends on it.</numerusform>
            <numerusform>Moving &apos;%1&apos; to %2 delays %n tasks that depend on it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mover «%1» al %2 retrasa %n tareas que dependen de ella.</source>
        <translation>
            <numerusform>Moving &apos;%1&apos; to %2 delays %n task that depends on it.</numerusform>
            <numerusform>Moving &apos;%1&apos; to %2 delays %n tasks that depend on it.</numerusform>
        </translation>
    </message>
    <message>
        <source>¿Desplazar también esas tareas?</source>
        <translation>Move those tasks as well?</translation>
    </message>
    <message>
        <source>Desplazar también</source>
        <translation>Move them too</translation>
    </message>
    <message>
        <source>Solo esta tarea</source>
        <translation>Only this task</translation>
    </message>
    <message>
        <source>Reprogramar «%1»</source>
        <translation>Reschedule &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Reprogramada: %1</source>
        <translation>Rescheduled: %1</translation>
    </message>
    <message>
        <source>Imprimir cronograma</source>
        <translation>Print schedule</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cronograma impreso en %1</source>
        <translation>Schedule printed to %1</translation>
    </message>
</context>
<context>
    <name>DataArea</name>
    <message>
        <source>Nº</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Contenido</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Creados</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Actualizados</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Rechazadas</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Por</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Importar hoja de cálculo…</source>
        <translation>Import spreadsheet…</translation>
    </message>
    <message>
        <source>Deshacer importación</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Deshecha</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Importada</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Datos</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>No hay importaciones de su grupo</source>
        <translation>No imports by your group</translation>
    </message>
    <message>
        <source>No hay importaciones suyas</source>
        <translation>No imports of yours</translation>
    </message>
    <message>
        <source>Aún no hay importaciones</source>
        <translation>No imports yet</translation>
    </message>
    <message>
        <source>Importe una hoja de cálculo con cuentas, contactos, marcas o personas: aparecerá aquí, y se podrá deshacer.</source>
        <translation>Import a spreadsheet with accounts, contacts, brands or people: it will appear here, and it can be undone.</translation>
    </message>
    <message>
        <source>Su rol no permite importar datos: lo hacen quienes gestionan cuentas, personas o proveedores.</source>
        <translation>Your role does not allow importing data: that is done by those who manage accounts, people or suppliers.</translation>
    </message>
    <message>
        <source>Cuentas, contactos, marcas y personas desde CSV o Excel. Una importación se puede deshacer entera mientras no se haya modificado nada de lo importado.</source>
        <translation>Accounts, contacts, brands and people from CSV or Excel. An import can be undone in full as long as nothing imported has been changed.</translation>
    </message>
    <message>
        <source>Importar hoja de cálculo</source>
        <translation>Import spreadsheet</translation>
    </message>
    <message>
        <source>Hojas de cálculo (%1)</source>
        <translation>Spreadsheets (%1)</translation>
    </message>
    <message>
        <source>¿Deshacer la importación de «%1»? Se retirarán %2 registros creados y se restaurarán %3 actualizados.</source>
        <translation>Undo the import of &apos;%1&apos;? %2 created records will be removed and %3 updated ones restored.</translation>
    </message>
</context>
<context>
    <name>DeactivateDialog</name>
    <message>
        <source>Dar de baja a %1</source>
        <translation>Deactivate %1</translation>
    </message>
    <message>
        <source>Dar de baja</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Qué pasa</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Elija quién se hace cargo…</source>
        <translation>Choose who takes over…</translation>
    </message>
    <message>
        <source>Nadie (no hace falta)</source>
        <translation>Nobody (not needed)</translation>
    </message>
    <message>
        <source>Se hace cargo</source>
        <translation>Takes over</translation>
    </message>
    <message numerus="yes">
        <source>%n cuenta(s) que lidera</source>
        <translation>
            <numerusform>%n account they lead</numerusform>
            <numerusform>%n accounts they lead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaña(s) abierta(s)</source>
        <translation>
            <numerusform>%n open campaign</numerusform>
            <numerusform>%n open campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n solicitud(es) de servicio abierta(s)</source>
        <translation>
            <numerusform>%n open service request</numerusform>
            <numerusform>%n open service requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tarea(s) abierta(s) asignada(s)</source>
        <translation>
            <numerusform>%n open task assigned</numerusform>
            <numerusform>%n open tasks assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acción(es) de mejora abierta(s)</source>
        <translation>
            <numerusform>%n open improvement action</numerusform>
            <numerusform>%n open improvement actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>la dirección de %n grupo(s)</source>
        <translation>
            <numerusform>the direction of %n group</numerusform>
            <numerusform>the direction of %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s) a su cargo</source>
        <translation>
            <numerusform>%n person reporting to them</numerusform>
            <numerusform>%n people reporting to them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminan %n delegación(es) de aprobación que recibió: quien la(s) dio elige a otra persona.</source>
        <translation>
            <numerusform>%n approval delegation they received ends: whoever gave it chooses someone else.</numerusform>
            <numerusform>%n approval delegations they received end: whoever gave them chooses someone else.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pasará a «De baja» y no podrá iniciar sesión. Su historial se conserva y puede reactivarse.</source>
        <translation>%1 will be listed as “Deactivated” and cannot sign in. Their history is kept and they can be reactivated.</translation>
    </message>
    <message>
        <source>%1 pasará a «De baja» y no podrá iniciar sesión. Pasarán a quien elija: %2.</source>
        <translation>%1 will be listed as “Deactivated” and cannot sign in. The person you choose takes over: %2.</translation>
    </message>
    <message>
        <source>%1, dado/a de baja</source>
        <translation>%1, deactivated</translation>
    </message>
</context>
<context>
    <name>DecisionDialogs</name>
    <message>
        <source>Mover campaña</source>
        <translation>Move campaign</translation>
    </message>
    <message>
        <source>«%1» pasa a «%2».</source>
        <translation>&apos;%1&apos; moves to &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>DeckActions</name>
    <message>
        <source>Presentación de agencia…</source>
        <translation>Agency credentials…</translation>
    </message>
    <message>
        <source>Las credenciales de la agencia en PDF, para un cliente o un prospecto</source>
        <translation>The agency&apos;s credentials as a PDF, for a client or a prospect</translation>
    </message>
    <message>
        <source>Generar presentación…</source>
        <translation>Generate deck…</translation>
    </message>
    <message>
        <source>La presentación de la campaña, su hoja de brief o su registro de aprobaciones</source>
        <translation>The campaign deck, its brief sheet or its approval record</translation>
    </message>
    <message>
        <source>Generar presentación — Abra una campaña.</source>
        <translation>Generate deck — Open a campaign.</translation>
    </message>
</context>
<context>
    <name>DeckChoices</name>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Presentación de la campaña</source>
        <translation>Campaign deck</translation>
    </message>
    <message>
        <source>Hoja de brief (una página)</source>
        <translation>Brief sheet (one page)</translation>
    </message>
    <message>
        <source>Registro de aprobaciones</source>
        <translation>Approval record</translation>
    </message>
    <message>
        <source>Brief para imprimir y firmar (A4)</source>
        <translation>Brief to print and sign (A4)</translation>
    </message>
    <message>
        <source>Contrabrief (A4)</source>
        <translation>Counter-brief (A4)</translation>
    </message>
    <message>
        <source>Preparada para</source>
        <translation>Prepared for</translation>
    </message>
    <message>
        <source>Nadie en particular (opcional)</source>
        <translation>No one in particular (optional)</translation>
    </message>
    <message>
        <source>El nombre del cliente o prospecto va en la portada y en el pie.</source>
        <translation>The client&apos;s or prospect&apos;s name goes on the cover and in the footer.</translation>
    </message>
    <message>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Secciones</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Todas</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Ninguna</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Incluir las decisiones internas</source>
        <translation>Include the internal decisions</translation>
    </message>
    <message>
        <source>Lleva los comentarios de la revisión interna y «Uso interno» en cada página: no la envíe al cliente.</source>
        <translation>It carries the internal review&apos;s comments and “Internal use” on every page: do not send it to the client.</translation>
    </message>
    <message>
        <source>El último brief de la campaña en una sola página.</source>
        <translation>The campaign&apos;s latest brief on a single page.</translation>
    </message>
    <message>
        <source>El último brief en A4 vertical, con espacio para las firmas de la agencia y del cliente.</source>
        <translation>The latest brief on A4 portrait, with room for the agency&apos;s and the client&apos;s signatures.</translation>
    </message>
    <message>
        <source>La respuesta de la agencia al brief (lo que entendemos, nuestras preguntas y el enfoque propuesto) en A4 vertical.</source>
        <translation>The agency&apos;s answer to the brief (what we understand, our questions and the proposed approach) on A4 portrait.</translation>
    </message>
    <message>
        <source>Cada decisión, interna y del cliente: quién, cuándo y sobre qué documento (su huella SHA-256).</source>
        <translation>Every decision, internal and client: who, when and on which document (its SHA-256 fingerprint).</translation>
    </message>
    <message>
        <source>%1, preparada para %2</source>
        <translation>%1, prepared for %2</translation>
    </message>
    <message>
        <source>Por defecto, el idioma del cliente: %1.</source>
        <translation>By default, the client&apos;s language: %1.</translation>
    </message>
    <message>
        <source>Por defecto, el idioma de la agencia: %1.</source>
        <translation>By default, the agency&apos;s language: %1.</translation>
    </message>
    <message>
        <source>Por defecto, el idioma de %1: %2.</source>
        <translation>By default, %1&apos;s language: %2.</translation>
    </message>
</context>
<context>
    <name>DeckDialog</name>
    <message>
        <source>Generar presentación</source>
        <translation>Generate deck</translation>
    </message>
    <message>
        <source>Generar</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Guardar como versión de propuesta</source>
        <translation>Save as proposal version</translation>
    </message>
    <message>
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Abrir en el visor de PDF del sistema</source>
        <translation>Open in the system&apos;s PDF viewer</translation>
    </message>
    <message>
        <source>Guardar como…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Elija al menos una sección.</source>
        <translation>Choose at least one section.</translation>
    </message>
    <message>
        <source>Elija una cuenta de la lista, o ninguna.</source>
        <translation>Choose an account from the list, or none.</translation>
    </message>
    <message>
        <source>Generar de nuevo</source>
        <translation>Generate again</translation>
    </message>
    <message>
        <source>Su rol no añade versiones de propuesta a esta campaña.</source>
        <translation>Your role does not add proposal versions to this campaign.</translation>
    </message>
    <message>
        <source>Solo la presentación de la campaña puede ser una versión de propuesta.</source>
        <translation>Only the campaign deck can be a proposal version.</translation>
    </message>
    <message>
        <source>Esta presentación ya está guardada como versión de propuesta.</source>
        <translation>This deck is already saved as a proposal version.</translation>
    </message>
    <message>
        <source>Una nueva versión de la propuesta cuyo archivo es esta presentación: la decisión del cliente quedará ligada a su huella SHA-256.</source>
        <translation>A new proposal version whose file is this deck: the client&apos;s decision will be tied to its SHA-256 fingerprint.</translation>
    </message>
    <message>
        <source>Generando la presentación…</source>
        <translation>Generating the deck…</translation>
    </message>
    <message>
        <source>Preparando la vista previa…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>1 página · %2 · SHA-256 %3…</source>
        <translation>1 page · %2 · SHA-256 %3…</translation>
    </message>
    <message>
        <source>%1 páginas · %2 · SHA-256 %3…</source>
        <translation>%1 pages · %2 · SHA-256 %3…</translation>
    </message>
    <message>
        <source>No se pudo generar: %1</source>
        <translation>Could not generate: %1</translation>
    </message>
    <message>
        <source>Guardar presentación</source>
        <translation>Save deck</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Guardada en %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Presentación guardada: %1</source>
        <translation>Deck saved: %1</translation>
    </message>
    <message>
        <source>No hay un visor de PDF que abra %1.</source>
        <translation>There is no PDF viewer to open %1.</translation>
    </message>
    <message>
        <source>Preparando la presentación como propuesta v%1…</source>
        <translation>Preparing the deck as proposal v%1…</translation>
    </message>
    <message>
        <source>Presentación de la campaña «%1»</source>
        <translation>Campaign deck for &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Presentación generada con Agencia (%1).</source>
        <translation>Deck generated with Agencia (%1).</translation>
    </message>
    <message>
        <source>Guardando como versión de propuesta…</source>
        <translation>Saving as a proposal version…</translation>
    </message>
    <message>
        <source>Guardada como propuesta v%1 · SHA-256:</source>
        <translation>Saved as proposal v%1 · SHA-256:</translation>
    </message>
    <message>
        <source>Propuesta v%1 guardada · SHA-256 %2…</source>
        <translation>Proposal v%1 saved · SHA-256 %2…</translation>
    </message>
</context>
<context>
    <name>DeckSide</name>
    <message>
        <source>Generar</source>
        <translation>Generate</translation>
    </message>
</context>
<context>
    <name>Decks</name>
    <message>
        <source>Quiénes somos</source>
        <translation>About us</translation>
    </message>
    <message>
        <source>Servicios</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Cómo trabajamos</source>
        <translation>How we work</translation>
    </message>
    <message>
        <source>Clientes</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Casos de éxito</source>
        <translation>Case studies</translation>
    </message>
    <message>
        <source>Contacto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Portada</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Reto y objetivos</source>
        <translation>Challenge and objectives</translation>
    </message>
    <message>
        <source>Público objetivo y mercado</source>
        <translation>Target audience and market</translation>
    </message>
    <message>
        <source>Estrategia y mensaje clave</source>
        <translation>Strategy and key message</translation>
    </message>
    <message>
        <source>Canales y plan de medios</source>
        <translation>Channels and media plan</translation>
    </message>
    <message>
        <source>Calendario</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Presupuesto</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Equipo</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Aprobaciones del cliente</source>
        <translation>Client sign-offs</translation>
    </message>
    <message>
        <source>Resultados</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Brief para firmar</source>
        <translation>Brief for signature</translation>
    </message>
    <message>
        <source>Contrabrief</source>
        <translation>Counter-brief</translation>
    </message>
    <message>
        <source>Aprobaciones</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Próximos pasos</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Presentación de agencia</source>
        <translation>Agency credentials</translation>
    </message>
    <message>
        <source>Presentación de la campaña</source>
        <translation>Campaign deck</translation>
    </message>
    <message>
        <source>Hoja de brief</source>
        <translation>Brief sheet</translation>
    </message>
    <message>
        <source>Registro de aprobaciones</source>
        <translation>Approval record</translation>
    </message>
    <message>
        <source>Agencia</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
</context>
<context>
    <name>DelegationsDialog</name>
    <message>
        <source>Delegar aprobaciones</source>
        <translation>Delegate approvals</translation>
    </message>
    <message>
        <source>Durante el periodo que elija, la persona en quien delegue podrá aprobar en su nombre lo que le corresponde a usted; usted también puede seguir aprobando. Solo se delega en alguien con su mismo puesto.</source>
        <translation>During the period you choose, the person you delegate to can approve on your behalf whatever falls to you; you can still approve as well. You can only delegate to someone in the same position as you.</translation>
    </message>
    <message>
        <source>Vacaciones, viaje, baja… (opcional)</source>
        <translation>Holiday, travel, leave… (optional)</translation>
    </message>
    <message>
        <source>Delegar en</source>
        <translation>Delegate to</translation>
    </message>
    <message>
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Hasta</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Delegar</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>Mis delegaciones</source>
        <translation>My delegations</translation>
    </message>
    <message>
        <source>Aún no ha delegado sus aprobaciones ni tiene las de nadie. Las delegaciones que dé o reciba aparecerán aquí.</source>
        <translation>You have not delegated your approvals, nor do you hold anyone else&apos;s. Delegations you give or receive will appear here.</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cargando…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Nadie disponible</source>
        <translation>Nobody available</translation>
    </message>
    <message>
        <source>Elija una persona…</source>
        <translation>Choose a person…</translation>
    </message>
    <message>
        <source>Elija en quién delega.</source>
        <translation>Choose who to delegate to.</translation>
    </message>
    <message>
        <source>No hay nadie más con su puesto a quien delegar.</source>
        <translation>There is nobody else in your position to delegate to.</translation>
    </message>
    <message>
        <source>Aprobaciones delegadas en %1 del %2 al %3</source>
        <translation>Approvals delegated to %1 from %2 to %3</translation>
    </message>
    <message>
        <source>Revise los campos marcados.</source>
        <translation>Please check the marked fields.</translation>
    </message>
    <message>
        <source>Revocar</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Mantenerla</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>del %1 al %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>%1 dejará de poder aprobar en su nombre desde ahora (delegación %2). Para volver a delegar tendrá que crear otra delegación.</source>
        <translation>%1 will no longer be able to approve on your behalf from now on (delegation %2). To delegate again you will need to create a new delegation.</translation>
    </message>
    <message>
        <source>Revocar la delegación</source>
        <translation>Revoke delegation</translation>
    </message>
    <message>
        <source>Delegación en %1 revocada</source>
        <translation>Delegation to %1 revoked</translation>
    </message>
    <message>
        <source>La delegación cambió mientras la miraba (quizá ya estaba revocada); la lista se ha actualizado.</source>
        <translation>The delegation changed while you were viewing it (perhaps it had already been revoked); the list has been refreshed.</translation>
    </message>
</context>
<context>
    <name>DelegationsTable</name>
    <message>
        <source>Delegación</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Hasta</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revocar</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Delegada en %1</source>
        <translation>Delegated to %1</translation>
    </message>
    <message>
        <source>Recibida de %1</source>
        <translation>Received from %1</translation>
    </message>
    <message>
        <source>Usted delega sus aprobaciones en %1</source>
        <translation>You delegate your approvals to %1</translation>
    </message>
    <message>
        <source>%1 le delega sus aprobaciones</source>
        <translation>%1 delegates their approvals to you</translation>
    </message>
    <message>
        <source>Revocar la delegación en %1</source>
        <translation>Revoke the delegation to %1</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Entrega y factura — %1</source>
        <translation>Delivery and invoice — %1</translation>
    </message>
    <message>
        <source>Presupuesto</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Vacío hasta que llegue la factura</source>
        <translation>Empty until the invoice arrives</translation>
    </message>
    <message>
        <source>Entregado el *</source>
        <translation>Delivered on *</translation>
    </message>
    <message>
        <source>Facturado (%1)</source>
        <translation>Invoiced (%1)</translation>
    </message>
</context>
<context>
    <name>DependencyEditor</name>
    <message>
        <source>Añadir dependencia</source>
        <translation>Add dependency</translation>
    </message>
    <message>
        <source>La campaña no tiene otras tareas.</source>
        <translation>The campaign has no other tasks.</translation>
    </message>
</context>
<context>
    <name>DependencyRow</name>
    <message>
        <source> días después</source>
        <translation> days later</translation>
    </message>
    <message>
        <source>Días de espera tras el fin de esa tarea (negativo: solape)</source>
        <translation>Days to wait after that task ends (negative: overlap)</translation>
    </message>
    <message>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>DesignerDialog</name>
    <message>
        <source>Editar encuesta</source>
        <translation>Edit survey</translation>
    </message>
    <message>
        <source>Nueva encuesta</source>
        <translation>New survey</translation>
    </message>
    <message>
        <source>%1 puntos</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Nombre *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Escala</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Palabras</source>
        <translation>Wording</translation>
    </message>
    <message>
        <source>Una dimensión por línea; debajo, sus preguntas, cada una empezando por un guion.</source>
        <translation>One dimension per line; below it, its questions, each starting with a hyphen.</translation>
    </message>
    <message>
        <source>Esta encuesta ya tiene respuestas: al guardar se crea una revisión nueva.</source>
        <translation>This survey already has responses: saving creates a new revision.</translation>
    </message>
</context>
<context>
    <name>DimensionsModel</name>
    <message>
        <source>Dimensión</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Puntuación</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Expectativa</source>
        <translation>Expectation</translation>
    </message>
    <message>
        <source>Brecha</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Brecha ponderada</source>
        <translation>Weighted gap</translation>
    </message>
    <message>
        <source>Respuestas</source>
        <translation>Responses</translation>
    </message>
</context>
<context>
    <name>DirectorDialog</name>
    <message>
        <source>Director/a de «%1»</source>
        <translation>Director of &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Ahora</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Elija un director/a…</source>
        <translation>Choose a director…</translation>
    </message>
    <message>
        <source>Nuevo director/a</source>
        <translation>New director</translation>
    </message>
    <message>
        <source>Cambiar</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>DocWidgets</name>
    <message>
        <source>Seguir editando</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <source>Cambios sin guardar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Descartar cambios</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>%1 de «%2»</source>
        <translation>%1 of «%2»</translation>
    </message>
    <message>
        <source>Para guardarlos, cancele y vuelva a esa campaña.</source>
        <translation>To save them, cancel and go back to that campaign.</translation>
    </message>
    <message>
        <source>Guardando…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>DraftsOffer</name>
    <message>
        <source>Recuperar borradores</source>
        <translation>Recover drafts</translation>
    </message>
    <message>
        <source>Agencia se cerró sin que se guardaran estos cambios. Recupérelos para revisarlos y guardarlos, o descártelos.</source>
        <translation>Agencia closed before these changes were saved. Recover them to review and save them, or discard them.</translation>
    </message>
    <message>
        <source>Escrito el %1</source>
        <translation>Written on %1</translation>
    </message>
    <message>
        <source>Los cambios de un formulario vuelven al abrir de nuevo ese formulario; los que no marque se ofrecerán la próxima vez.</source>
        <translation>A form’s changes come back when that form is opened again; those you leave unmarked will be offered next time.</translation>
    </message>
    <message>
        <source>Recuperar</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>Descartar</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Más tarde</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Formulario: %1</source>
        <translation>Form: %1</translation>
    </message>
</context>
<context>
    <name>DuplicatePersonDialog</name>
    <message>
        <source>¿Persona repetida?</source>
        <translation>Same person twice?</translation>
    </message>
    <message>
        <source>Ya hay en la agencia alguien con ese nombre o ese correo:</source>
        <translation>Someone in the agency already has this name or e-mail:</translation>
    </message>
    <message>
        <source>Ya hay en la agencia personas con ese nombre o ese correo:</source>
        <translation>People in the agency already have this name or e-mail:</translation>
    </message>
    <message>
        <source>%1 (dada de baja)</source>
        <translation>%1 (no longer active)</translation>
    </message>
    <message>
        <source>¿Es otra persona? Guárdela solo si está seguro; si no, cancele.</source>
        <translation>Is this someone else? Save only if you are sure; otherwise cancel.</translation>
    </message>
    <message>
        <source>Guardar igualmente</source>
        <translation>Save anyway</translation>
    </message>
</context>
<context>
    <name>DuplicateTaxIdDialog</name>
    <message>
        <source>NIF repetido</source>
        <translation>Duplicate tax ID</translation>
    </message>
    <message>
        <source>¿Abre la cuenta que ya existe, o guarda esta igualmente? Para guardarla, diga por qué (otra sede, otra filial…): queda en el historial.</source>
        <translation>Open the existing account, or save this one anyway? To save it, say why (another office, another subsidiary…): it stays in the history.</translation>
    </message>
    <message>
        <source>Motivo para guardarla igualmente</source>
        <translation>Reason for saving it anyway</translation>
    </message>
    <message>
        <source>Abrir «%1»</source>
        <translation>Open &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Guardar igualmente</source>
        <translation>Save anyway</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>Cortar</source>
        <translation>Cut</translation>
    </message>
    <message>
        <source>Copiar</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Pegar</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Seleccionar todo</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Deshacer</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Deshacer: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Rehacer</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Rehacer: %1</source>
        <translation>Redo: %1</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Registrar respuesta</source>
        <translation>Record response</translation>
    </message>
    <message>
        <source>Encuesta</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Quién responde</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Campaña (opcional)</source>
        <translation>Campaign (optional)</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>«—»: sin respuesta</source>
        <translation>&apos;—&apos;: no answer</translation>
    </message>
    <message>
        <source>Esperaba</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Percibió</source>
        <translation>Perceived</translation>
    </message>
    <message>
        <source>Importancia de la dimensión para el cliente</source>
        <translation>How much the dimension matters to the client</translation>
    </message>
    <message>
        <source>Importancia</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Ninguna</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Error inesperado: %1</source>
        <translation>Unexpected error: %1</translation>
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
        <source>Empezar</source>
        <translation>Get started</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Paso 1 de 3</source>
        <translation>Step 1 of 3</translation>
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
        <source>Paso 2 de 3</source>
        <translation>Step 2 of 3</translation>
    </message>
    <message>
        <source>Quien administra la agencia: sus datos, los usuarios y los permisos. En el paso siguiente podrá añadir al resto del equipo.</source>
        <translation>The person who administers the agency: its details, users and permissions. In the next step you can add the rest of the team.</translation>
    </message>
    <message>
        <source>los datos de la agencia y de su primer administrador</source>
        <translation>the agency&apos;s details and its first administrator&apos;s</translation>
    </message>
    <message>
        <source>los datos de la agencia</source>
        <translation>the agency&apos;s details</translation>
    </message>
    <message>
        <source>¿Descartar %1?</source>
        <translation>Discard %1?</translation>
    </message>
    <message>
        <source>La agencia aún no se ha creado: si descarta, se perderá lo escrito. Para crearla, pulse Cancelar y complete el asistente.</source>
        <translation>The agency has not been created yet: if you discard, what you typed will be lost. To create it, press Cancel and complete the wizard.</translation>
    </message>
    <message>
        <source>Primer administrador</source>
        <translation>First administrator</translation>
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
    <message>
        <source>Se ha recuperado lo que escribió antes de que Agencia se cerrara.</source>
        <translation>What you typed before Agencia closed has been recovered.</translation>
    </message>
    <message>
        <source>Configuración inicial de la agencia</source>
        <translation>Agency set-up</translation>
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
        <source>cerrar</source>
        <translation>closing</translation>
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
    <message>
        <source>Otra persona ha modificado este registro mientras lo editaba; no se ha guardado nada. Sus cambios siguen aquí: compárelos con lo guardado ahora.</source>
        <translation>Someone else changed this record while you were editing it; nothing was saved. Your changes are still here: compare them with what is saved now.</translation>
    </message>
    <message>
        <source>Se ha cargado lo que está guardado ahora.</source>
        <translation>What is saved now has been loaded.</translation>
    </message>
    <message>
        <source>Se han recuperado los cambios sin guardar de este formulario.</source>
        <translation>The unsaved changes of this form have been recovered.</translation>
    </message>
    <message>
        <source>el formulario «%1»</source>
        <translation>the form «%1»</translation>
    </message>
</context>
<context>
    <name>Gantt</name>
    <message>
        <source>Hoy</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Fecha límite</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Buscar cuentas, campañas y contactos…</source>
        <translation>Search accounts, campaigns and contacts…</translation>
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
        <source>Campaña</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Campaña cerrada</source>
        <translation>Closed campaign</translation>
    </message>
    <message>
        <source>Proveedor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Proveedor dado de baja</source>
        <translation>Inactive vendor</translation>
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
    <name>GroupDialog</name>
    <message>
        <source>Renombrar «%1»</source>
        <translation>Rename “%1”</translation>
    </message>
    <message>
        <source>Nuevo grupo</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sin director por ahora</source>
        <translation>No director for now</translation>
    </message>
    <message>
        <source>Director/a</source>
        <translation>Director</translation>
    </message>
</context>
<context>
    <name>GroupMoveUndo</name>
    <message>
        <source>Mover a %1 a «%2»</source>
        <translation>Move %1 to “%2”</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Director/a</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Cuentas</source>
        <translation>Accounts</translation>
    </message>
</context>
<context>
    <name>HealthModel</name>
    <message>
        <source>Sin datos</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Salud</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Motivos</source>
        <translation>Reasons</translation>
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
        <source>Cuentas</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Campañas</source>
        <translation>Campaigns</translation>
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
        <source>1 cuenta</source>
        <translation>1 account</translation>
    </message>
    <message>
        <source>%1 cuentas</source>
        <translation>%1 accounts</translation>
    </message>
    <message>
        <source>Cuentas que lidera %1</source>
        <translation>Accounts led by %1</translation>
    </message>
    <message>
        <source>Cuenta que lleva</source>
        <translation>Account they lead</translation>
    </message>
    <message>
        <source>Cuentas que lidera</source>
        <translation>Accounts they lead</translation>
    </message>
    <message>
        <source>Campañas abiertas de las que es responsable</source>
        <translation>Open campaigns they own</translation>
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
    <name>IdListModel</name>
    <message>
        <source>Cargando…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Sin imagen</source>
        <translation>No image</translation>
    </message>
    <message>
        <source>Elegir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Una imagen PNG o JPEG de hasta %1</source>
        <translation>A PNG or JPEG image of up to %1</translation>
    </message>
    <message>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Imágenes PNG o JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Leyendo «%1»…</source>
        <translation>Reading &apos;%1&apos;…</translation>
    </message>
    <message>
        <source>PNG o JPEG, hasta %1.</source>
        <translation>PNG or JPEG, up to %1.</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Cargando…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Imagen clave · %1</source>
        <translation>Key visual · %1</translation>
    </message>
    <message>
        <source>No se puede mostrar</source>
        <translation>Cannot be displayed</translation>
    </message>
    <message>
        <source>Imagen clave de la campaña</source>
        <translation>Campaign key visual</translation>
    </message>
    <message>
        <source>Sin imagen clave</source>
        <translation>No key visual</translation>
    </message>
    <message>
        <source>Opcional: la pieza que mejor resume la campaña; ilustra su caso en la presentación</source>
        <translation>Optional: the piece that best sums up the campaign; it illustrates its case study in the agency credentials</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importar %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Columna del archivo</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Se importa como</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>Ejemplo</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Importar solo las filas correctas (las demás, con sus motivos, a un CSV)</source>
        <translation>Import only the valid rows (the others, with their reasons, go to a CSV)</translation>
    </message>
    <message>
        <source>Señalarlas como problema</source>
        <translation>Flag them as problems</translation>
    </message>
    <message>
        <source>Omitirlas</source>
        <translation>Skip them</translation>
    </message>
    <message>
        <source>Actualizar esa cuenta</source>
        <translation>Update that account</translation>
    </message>
    <message>
        <source>Comprobar</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Importar</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Contenido</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Hoja</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Filas repetidas</source>
        <translation>Duplicate rows</translation>
    </message>
    <message>
        <source>Columnas</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Así quedarán las primeras filas</source>
        <translation>This is how the first rows will look</translation>
    </message>
    <message>
        <source>Cuentas</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Contactos del cliente</source>
        <translation>Client contacts</translation>
    </message>
    <message>
        <source>Marcas y productos</source>
        <translation>Brands and products</translation>
    </message>
    <message>
        <source>Personas de la agencia</source>
        <translation>Agency people</translation>
    </message>
    <message>
        <source>Proveedores</source>
        <translation>Vendors</translation>
    </message>
    <message>
        <source>Libro de Excel, hoja «%1»</source>
        <translation>Excel workbook, sheet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>punto y coma</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>coma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tabulador</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Texto %1, separado por %2</source>
        <translation>%1 text, separated by %2</translation>
    </message>
    <message>
        <source>— No importar —</source>
        <translation>— Do not import —</translation>
    </message>
    <message>
        <source>Fila</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Falta asignar: %1</source>
        <translation>Still to map: %1</translation>
    </message>
</context>
<context>
    <name>InternalDecisionDialog</name>
    <message>
        <source>Decisión</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>sin archivos</source>
        <translation>no files</translation>
    </message>
    <message>
        <source>v%1 — %2</source>
        <translation>v%1 — %2</translation>
    </message>
    <message>
        <source>Propuesta</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Archivos</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>%1 o superior (presupuesto %2)</source>
        <translation>%1 or above (budget %2)</translation>
    </message>
    <message>
        <source>Aprueba</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Qué debe cambiar y por qué</source>
        <translation>What must change and why</translation>
    </message>
    <message>
        <source>Por qué se rechaza</source>
        <translation>Why it is being rejected</translation>
    </message>
    <message>
        <source>Observaciones para el equipo (opcional)</source>
        <translation>Remarks for the team (optional)</translation>
    </message>
    <message>
        <source>Comentario *</source>
        <translation>Comment *</translation>
    </message>
    <message>
        <source>Comentario</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>JobFormDialog</name>
    <message>
        <source>Nuevo trabajo de proveedor</source>
        <translation>New vendor job</translation>
    </message>
    <message>
        <source>p. ej. Rodaje del spot de 20 segundos</source>
        <translation>e.g. Shoot for the 20-second spot</translation>
    </message>
    <message>
        <source>Importe del presupuesto, p. ej. 12500</source>
        <translation>Quote amount, e.g. 12500</translation>
    </message>
    <message>
        <source>La de la campaña (p. ej. EUR)</source>
        <translation>The campaign&apos;s (e.g. EUR)</translation>
    </message>
    <message>
        <source>Proveedor *</source>
        <translation>Vendor *</translation>
    </message>
    <message>
        <source>Campaña *</source>
        <translation>Campaign *</translation>
    </message>
    <message>
        <source>Qué se encarga *</source>
        <translation>What is commissioned *</translation>
    </message>
    <message>
        <source>Presupuesto *</source>
        <translation>Quote *</translation>
    </message>
    <message>
        <source>Moneda</source>
        <translation>Currency</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Alta</source>
        <translation>Created</translation>
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
        <source>no disponible</source>
        <translation>not available</translation>
    </message>
    <message>
        <source>1 cuenta</source>
        <translation>1 account</translation>
    </message>
    <message>
        <source>%1 cuentas</source>
        <translation>%1 accounts</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Necesita el brief aprobado</source>
        <translation>Needs an approved brief</translation>
    </message>
    <message>
        <source>Necesita una propuesta</source>
        <translation>Needs a proposal</translation>
    </message>
    <message>
        <source>Decisión interna</source>
        <translation>Internal decision</translation>
    </message>
    <message>
        <source>Documento presentado</source>
        <translation>Presented document</translation>
    </message>
    <message>
        <source>Decisión del cliente</source>
        <translation>Client decision</translation>
    </message>
    <message>
        <source>Resultados</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Pasar a desarrollo</source>
        <translation>Start development</translation>
    </message>
    <message>
        <source>Enviar a revisión interna</source>
        <translation>Send to internal review</translation>
    </message>
    <message>
        <source>Aprobar internamente</source>
        <translation>Approve internally</translation>
    </message>
    <message>
        <source>Pedir cambios</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <source>Rechazar</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Registrar presentación</source>
        <translation>Record presentation</translation>
    </message>
    <message>
        <source>El cliente aprueba</source>
        <translation>Client approves</translation>
    </message>
    <message>
        <source>El cliente pide cambios</source>
        <translation>Client requests changes</translation>
    </message>
    <message>
        <source>El cliente rechaza</source>
        <translation>Client rejects</translation>
    </message>
    <message>
        <source>Volver a desarrollo</source>
        <translation>Back to development</translation>
    </message>
    <message>
        <source>Pasar a producción</source>
        <translation>Move to production</translation>
    </message>
    <message>
        <source>Poner en curso</source>
        <translation>Go live</translation>
    </message>
    <message>
        <source>Finalizar</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Cancelar campaña</source>
        <translation>Cancel campaign</translation>
    </message>
    <message>
        <source>Cambio de estado</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Decisión sobre el brief</source>
        <translation>Brief decision</translation>
    </message>
    <message>
        <source>Contrabrief</source>
        <translation>Counter-brief</translation>
    </message>
    <message>
        <source>Propuesta</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Decisión</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Acta</source>
        <translation>Meeting report</translation>
    </message>
    <message>
        <source>%1 o superior</source>
        <translation>%1 or above</translation>
    </message>
    <message>
        <source>1 campaña</source>
        <translation>1 campaign</translation>
    </message>
    <message>
        <source>%1 campañas</source>
        <translation>%1 campaigns</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Antes de cambiar de idioma, guarde o descarte los cambios sin guardar: %1.</source>
        <translation>Before switching languages, save or discard the unsaved changes: %1.</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>Cambiar el responsable de %1</source>
        <translation>Change the lead of %1</translation>
    </message>
    <message>
        <source>Cambiar</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Ahora</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Elija un ejecutivo…</source>
        <translation>Choose an executive…</translation>
    </message>
    <message>
        <source>Nuevo responsable</source>
        <translation>New lead</translation>
    </message>
    <message>
        <source>El responsable anterior sigue en el equipo como ejecutivo.</source>
        <translation>The former lead stays on the team as an executive.</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>Registrar contacto</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <source>Cuenta *</source>
        <translation>Account *</translation>
    </message>
    <message>
        <source>Contacto del cliente</source>
        <translation>Client contact</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Sentido</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Fecha y hora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Asunto *</source>
        <translation>Subject *</translation>
    </message>
    <message>
        <source>Resumen</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Sentido</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Asunto</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Entrega</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Todos los canales</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Todas las personas</source>
        <translation>All people</translation>
    </message>
    <message>
        <source>Desde: —</source>
        <translation>From: —</translation>
    </message>
    <message>
        <source>Hasta: —</source>
        <translation>Until: —</translation>
    </message>
    <message>
        <source>Cronología de la cuenta</source>
        <translation>Account timeline</translation>
    </message>
    <message>
        <source>Registrar contacto…</source>
        <translation>Log contact…</translation>
    </message>
    <message>
        <source>Confirmar entrega…</source>
        <translation>Confirm delivery…</translation>
    </message>
    <message>
        <source>Enviar encuesta…</source>
        <translation>Send survey…</translation>
    </message>
    <message>
        <source>Enviar por correo la encuesta de satisfacción a un contacto de la cuenta</source>
        <translation>E-mail the satisfaction survey to a contact of the account</translation>
    </message>
    <message>
        <source>Ninguna comunicación elegida</source>
        <translation>No communication selected</translation>
    </message>
    <message>
        <source>Elija una comunicación para verla.</source>
        <translation>Choose a communication to see it.</translation>
    </message>
    <message>
        <source>Las {0} más recientes</source>
        <translation>The {0} most recent</translation>
    </message>
    <message>
        <source>{0} comunicaciones</source>
        <translation>{0} communications</translation>
    </message>
    <message>
        <source>Seguimiento</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Solicitud: %1</source>
        <translation>Request: %1</translation>
    </message>
    <message>
        <source>Mensaje</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Resumen</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Mensajería</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Número de seguimiento</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Entregado</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Firmado por</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Acuse de recibo</source>
        <translation>Return receipt</translation>
    </message>
    <message>
        <source>Informe de transmisión</source>
        <translation>Transmission report</translation>
    </message>
    <message>
        <source>Páginas</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Id. del mensaje</source>
        <translation>Message ID</translation>
    </message>
    <message>
        <source>Confirmación de lectura</source>
        <translation>Read receipt</translation>
    </message>
    <message>
        <source>Confirmada el</source>
        <translation>Confirmed on</translation>
    </message>
    <message>
        <source>Confirmada por</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <source>Entrega fallida confirmada por %1 el %2</source>
        <translation>Failed delivery confirmed by %1 on %2</translation>
    </message>
    <message>
        <source>Entrega confirmada por %1 el %2</source>
        <translation>Delivery confirmed by %1 on %2</translation>
    </message>
    <message>
        <source>Entrega fallida confirmada el %1</source>
        <translation>Failed delivery confirmed on %1</translation>
    </message>
    <message>
        <source>Entrega confirmada el %1</source>
        <translation>Delivery confirmed on %1</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>Sin logotipo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>El logotipo que imprimen sus presentaciones</source>
        <translation>The logo printed on its decks</translation>
    </message>
    <message>
        <source>Cambiar logotipo…</source>
        <translation>Change logo…</translation>
    </message>
    <message>
        <source>Quitar logotipo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Añadir logotipo…</source>
        <translation>Add logo…</translation>
    </message>
    <message>
        <source>PNG o JPEG, hasta %1</source>
        <translation>PNG or JPEG, up to %1</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 px</source>
        <translation>%1 · %2 × %3 px</translation>
    </message>
    <message>
        <source>El logotipo guardado no se puede mostrar.</source>
        <translation>The saved logo cannot be displayed.</translation>
    </message>
    <message>
        <source>%1. Aparece en las presentaciones.</source>
        <translation>%1. It appears on the decks.</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Correo de la agencia</source>
        <translation>Agency mail</translation>
    </message>
    <message>
        <source>STARTTLS (puertos 587 y 143)</source>
        <translation>STARTTLS (ports 587 and 143)</translation>
    </message>
    <message>
        <source>SSL/TLS desde el inicio (puertos 465 y 993)</source>
        <translation>SSL/TLS from the start (ports 465 and 993)</translation>
    </message>
    <message>
        <source>Sin cifrar (solo en la red de la agencia)</source>
        <translation>Unencrypted (agency network only)</translation>
    </message>
    <message>
        <source>Dirección *</source>
        <translation>Address *</translation>
    </message>
    <message>
        <source>Usuario *</source>
        <translation>User name *</translation>
    </message>
    <message>
        <source>Servidor de salida (SMTP) *</source>
        <translation>Outgoing server (SMTP) *</translation>
    </message>
    <message>
        <source>Puerto SMTP</source>
        <translation>SMTP port</translation>
    </message>
    <message>
        <source>Servidor de entrada (IMAP) *</source>
        <translation>Incoming server (IMAP) *</translation>
    </message>
    <message>
        <source>Puerto IMAP</source>
        <translation>IMAP port</translation>
    </message>
    <message>
        <source>Seguridad</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Guardada en el llavero del sistema: escriba solo para cambiarla</source>
        <translation>Saved in the system keyring: type only to change it</translation>
    </message>
    <message>
        <source>Se guardará en el llavero del sistema, no en la base de datos</source>
        <translation>It will be saved in the system keyring, not in the database</translation>
    </message>
    <message>
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Probar conexión</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Probando…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>correcto</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>SMTP: %1
IMAP: %2</source>
        <translation>SMTP: %1
IMAP: %2</translation>
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
        <source>Guardar en PDF lo que se ve…</source>
        <translation>Save what you see as PDF…</translation>
    </message>
    <message>
        <source>Atajos de teclado</source>
        <translation>Keyboard shortcuts</translation>
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
    <name>Manual</name>
    <message>
        <source>Manual de Agencia</source>
        <translation>Agencia manual</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MediaPlan</name>
    <message>
        <source>Línea %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Qué se hace</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Importe</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Inicio</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Sin fecha</source>
        <translation>No date</translation>
    </message>
</context>
<context>
    <name>MediaPlanTab</name>
    <message>
        <source>Añadir línea</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>Añadir una línea debajo de la elegida</source>
        <translation>Add a line below the selected one</translation>
    </message>
    <message>
        <source>Subir la línea</source>
        <translation>Move the line up</translation>
    </message>
    <message>
        <source>Bajar la línea</source>
        <translation>Move the line down</translation>
    </message>
    <message>
        <source>Quitar la línea (Supr)</source>
        <translation>Remove the line (Del)</translation>
    </message>
    <message>
        <source>Guardar plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>Guardar el plan de medios (Ctrl+S)</source>
        <translation>Save the media plan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Plan de medios</source>
        <translation>Media plan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Aún no hay plan de medios</source>
        <translation>No media plan yet</translation>
    </message>
    <message>
        <source>Dónde se verá la campaña, qué se hace en cada canal, cuándo y con qué importe. La presentación de la campaña lo muestra como tabla y gráfico.</source>
        <translation>Where the campaign will be seen, what is done in each channel, when and for how much. The campaign deck shows it as a table and a chart.</translation>
    </message>
    <message>
        <source>Se han recuperado sus cambios sin guardar en el plan de medios.</source>
        <translation>Your unsaved changes to the media plan have been recovered.</translation>
    </message>
    <message>
        <source>el plan de medios</source>
        <translation>the media plan</translation>
    </message>
    <message>
        <source>Comparar</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Cambios sin guardar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>El plan de medios tiene cambios sin guardar. ¿Descartarlos?</source>
        <translation>The media plan has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <source>¿Descartar los cambios sin guardar del plan de medios? Se perderán.</source>
        <translation>Discard the unsaved changes to the media plan? They will be lost.</translation>
    </message>
    <message>
        <source>Revise las celdas marcadas en rojo.</source>
        <translation>Please check the cells marked in red.</translation>
    </message>
    <message>
        <source>Plan de medios guardado</source>
        <translation>Media plan saved</translation>
    </message>
    <message>
        <source>Otra persona guardó el plan de medios mientras usted lo editaba. Sus cambios siguen aquí: guárdelos encima o descártelos para ver lo guardado.</source>
        <translation>Someone else saved the media plan while you were editing it. Your changes are still here: save them over it, or discard them to see the saved version.</translation>
    </message>
    <message>
        <source>Guardar los míos encima</source>
        <translation>Save mine over it</translation>
    </message>
    <message>
        <source>Descartar los míos</source>
        <translation>Discard mine</translation>
    </message>
    <message>
        <source>Su rol no permite editar el plan de medios de esta campaña.</source>
        <translation>Your role does not allow editing this campaign&apos;s media plan.</translation>
    </message>
    <message>
        <source>1 línea</source>
        <translation>1 line</translation>
    </message>
    <message>
        <source>%1 líneas</source>
        <translation>%1 lines</translation>
    </message>
    <message>
        <source>Cambios sin guardar: el plan quedará vacío</source>
        <translation>Unsaved changes: the plan will be left empty</translation>
    </message>
    <message>
        <source>Presupuesto %1 · quedan %2</source>
        <translation>Budget %1 · %2 left</translation>
    </message>
    <message>
        <source>Presupuesto %1 · lo supera en %2</source>
        <translation>Budget %1 · over by %2</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Editar acta — %1</source>
        <translation>Edit meeting report — %1</translation>
    </message>
    <message>
        <source>Nueva acta de reunión</source>
        <translation>New meeting report</translation>
    </message>
    <message>
        <source>De qué se habló, en pocas palabras</source>
        <translation>What was discussed, in a few words</translation>
    </message>
    <message>
        <source>Oficinas del cliente, videollamada…</source>
        <translation>Client&apos;s offices, video call…</translation>
    </message>
    <message>
        <source>Lo que se acordó, un acuerdo por línea</source>
        <translation>What was agreed, one agreement per line</translation>
    </message>
    <message>
        <source>De la agencia</source>
        <translation>From the agency</translation>
    </message>
    <message>
        <source>Del cliente</source>
        <translation>From the client</translation>
    </message>
    <message>
        <source>Fecha *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>Asunto *</source>
        <translation>Subject *</translation>
    </message>
    <message>
        <source>Lugar</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Asistentes</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Acuerdos</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Próximos pasos</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Cada próximo paso necesita una descripción.</source>
        <translation>Every next step needs a description.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Sin enviar</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Enviada</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Confirmada</source>
        <translation>Confirmed</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Asunto</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>cliente</source>
        <translation>client</translation>
    </message>
    <message>
        <source>agencia</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>vencido</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Paso</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Hecho</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Pendiente</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Nueva acta…</source>
        <translation>New meeting report…</translation>
    </message>
    <message>
        <source>Sin enviar</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Enviada</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Confirmada</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Editar…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Enviar al cliente…</source>
        <translation>Send to client…</translation>
    </message>
    <message>
        <source>Registrar confirmación…</source>
        <translation>Record confirmation…</translation>
    </message>
    <message>
        <source>Sin próximos pasos.</source>
        <translation>No next steps.</translation>
    </message>
    <message>
        <source>Convertir en tarea</source>
        <translation>Convert to task</translation>
    </message>
    <message>
        <source>El paso elegido pasa a ser una tarea de la campaña</source>
        <translation>The chosen step becomes a task of the campaign</translation>
    </message>
    <message>
        <source>Asistentes</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Acuerdos</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Próximos pasos</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Aún no hay actas de esta campaña</source>
        <translation>No meeting reports for this campaign yet</translation>
    </message>
    <message>
        <source>Un acta recoge quién estuvo en la reunión, lo acordado y los próximos pasos; se envía al cliente para que la confirme.</source>
        <translation>A meeting report records who attended the meeting, what was agreed and the next steps; it is sent to the client for confirmation.</translation>
    </message>
    <message>
        <source>Su rol no permite registrar actas en esta campaña.</source>
        <translation>Your role does not allow recording meeting reports on this campaign.</translation>
    </message>
    <message>
        <source>Redactada por %1</source>
        <translation>Written by %1</translation>
    </message>
    <message>
        <source>El cliente la confirmó el %1 (%2).</source>
        <translation>The client confirmed it on %1 (%2).</translation>
    </message>
    <message>
        <source>Enviada a %1 el %2; falta su confirmación.</source>
        <translation>Sent to %1 on %2; awaiting their confirmation.</translation>
    </message>
    <message>
        <source>Aún no se ha enviado al cliente.</source>
        <translation>Not sent to the client yet.</translation>
    </message>
    <message>
        <source>Acta enviada: SHA-256 %1…</source>
        <translation>Meeting report sent: SHA-256 %1…</translation>
    </message>
    <message>
        <source>Agencia: %1</source>
        <translation>Agency: %1</translation>
    </message>
    <message>
        <source>Cliente: %1</source>
        <translation>Client: %1</translation>
    </message>
    <message>
        <source>El cliente confirmó el acta el %1: ya no se modifica.</source>
        <translation>The client confirmed the meeting report on %1: it can no longer be changed.</translation>
    </message>
    <message>
        <source>Primero envíe el acta al cliente.</source>
        <translation>Send the meeting report to the client first.</translation>
    </message>
    <message>
        <source>Acta «%1» guardada</source>
        <translation>Meeting report &apos;%1&apos; saved</translation>
    </message>
    <message>
        <source>Acta «%1» corregida</source>
        <translation>Meeting report &apos;%1&apos; corrected</translation>
    </message>
    <message>
        <source>Acta enviada a %1</source>
        <translation>Meeting report sent to %1</translation>
    </message>
    <message>
        <source>Confirmación del cliente registrada; el acta queda cerrada</source>
        <translation>Client confirmation recorded; the meeting report is now closed</translation>
    </message>
    <message>
        <source>Tarea «%1» creada en la campaña</source>
        <translation>Task &apos;%1&apos; created in the campaign</translation>
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
    <name>MergeDialog</name>
    <message>
        <source>Fusionar con otra cuenta</source>
        <translation>Merge with another account</translation>
    </message>
    <message>
        <source>Se conserva «%1». Elija la cuenta duplicada: todo lo suyo (contactos, marcas, campañas, equipo, historial) pasa a «%1» y la duplicada desaparece. Queda en el historial.</source>
        <translation>&apos;%1&apos; is kept. Choose the duplicate account: everything it has (contacts, brands, campaigns, team, history) moves to &apos;%1&apos; and the duplicate disappears. It stays in the history.</translation>
    </message>
    <message>
        <source>Escriba el nombre de la cuenta duplicada</source>
        <translation>Type the name of the duplicate account</translation>
    </message>
    <message>
        <source>Fusionar</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Calculando lo que pasa de una a otra…</source>
        <translation>Working out what moves from one to the other…</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>%1 (Ctrl+S)</source>
        <translation>%1 (Ctrl+S)</translation>
    </message>
    <message>
        <source>pasa a</source>
        <translation>moves to</translation>
    </message>
    <message>
        <source>Mover personas de «%1»</source>
        <translation>Move people from &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Mover cuentas de «%1»</source>
        <translation>Move accounts from &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Elija el grupo de destino…</source>
        <translation>Choose the destination group…</translation>
    </message>
    <message>
        <source>Al grupo</source>
        <translation>To group</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Cuentas</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Nuevo responsable</source>
        <translation>New lead</translation>
    </message>
    <message>
        <source>Mover…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <source>El mismo, si es del grupo de destino</source>
        <translation>The same, if they belong to the destination group</translation>
    </message>
    <message>
        <source>Mover a «%1»</source>
        <translation>Move to &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Esto es lo que cambia:</source>
        <translation>This is what changes:</translation>
    </message>
    <message>
        <source>Mover</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Mover «%1»</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <source>Ahora</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Mover a</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Resolución</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Qué se hizo para resolverla (la verá quien la consulte)</source>
        <translation>What was done to resolve it (whoever looks it up will see it)</translation>
    </message>
    <message>
        <source>El reloj del SLA se detiene mientras la solicitud espera al cliente.</source>
        <translation>The SLA clock stops while the request waits on the client.</translation>
    </message>
    <message>
        <source>El reloj del SLA vuelve a contar desde ahora.</source>
        <translation>The SLA clock starts counting again from now.</translation>
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
    <name>NewRequestDialog</name>
    <message>
        <source>Nueva solicitud</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>Cuenta *</source>
        <translation>Account *</translation>
    </message>
    <message>
        <source>Contacto del cliente</source>
        <translation>Client contact</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Asunto *</source>
        <translation>Subject *</translation>
    </message>
    <message>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Prioridad</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Al guardarla se asigna según las reglas de reparto y empieza a contar su plazo (SLA) en horas de trabajo del cliente.</source>
        <translation>Once saved it is assigned by the routing rules and its deadline (SLA) starts counting in the client&apos;s working hours.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Usuario de acceso para %1</source>
        <translation>Sign-in account for %1</translation>
    </message>
    <message>
        <source>Crear usuario</source>
        <translation>Create sign-in</translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Contraseña provisional</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Es una contraseña provisional: entréguela a %1 en mano; deberá cambiarla la primera vez que inicie sesión.</source>
        <translation>This is a temporary password: hand it to %1 in person; they must change it the first time they sign in.</translation>
    </message>
    <message>
        <source>Repita la contraseña</source>
        <translation>Repeat the password</translation>
    </message>
</context>
<context>
    <name>NextStepsEditor</name>
    <message>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hecho</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Añadir paso</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Quitar paso</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>Sin asignar</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>%1 (agencia)</source>
        <translation>%1 (agency)</translation>
    </message>
    <message>
        <source>%1 (cliente)</source>
        <translation>%1 (client)</translation>
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
    <name>OptionalDate</name>
    <message>
        <source>Sin fecha</source>
        <translation>No date</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Sin fecha</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Supr deja la fecha vacía</source>
        <translation>Delete clears the date</translation>
    </message>
</context>
<context>
    <name>OrderedList</name>
    <message>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Subir</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Bajar</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>Pending</name>
    <message>
        <source>Vencidos</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Hoy</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Esta semana</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Más adelante o sin fecha</source>
        <translation>Later or no date</translation>
    </message>
    <message>
        <source>Aprobar el brief (%1)</source>
        <translation>Approve the brief (%1)</translation>
    </message>
    <message>
        <source>Revisar y aprobar la propuesta</source>
        <translation>Review and approve the proposal</translation>
    </message>
    <message>
        <source>Presentar la propuesta al cliente</source>
        <translation>Present the proposal to the client</translation>
    </message>
    <message>
        <source>Registrar la decisión del cliente</source>
        <translation>Record the client&apos;s decision</translation>
    </message>
    <message>
        <source>Preparar los cambios solicitados</source>
        <translation>Prepare the requested changes</translation>
    </message>
    <message>
        <source>Enviar el acta «%1» al cliente</source>
        <translation>Send the meeting report &apos;%1&apos; to the client</translation>
    </message>
    <message>
        <source>Acuse del cliente del acta «%1»</source>
        <translation>Client confirmation of the meeting report &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Tarea vencida: %1</source>
        <translation>Overdue task: %1</translation>
    </message>
    <message>
        <source>Tarea en riesgo: %1</source>
        <translation>Task at risk: %1</translation>
    </message>
    <message>
        <source>Solicitud: %1</source>
        <translation>Request: %1</translation>
    </message>
    <message>
        <source>Responder a la solicitud: %1</source>
        <translation>Answer the request: %1</translation>
    </message>
    <message>
        <source>Fecha límite vencida</source>
        <translation>Deadline passed</translation>
    </message>
    <message>
        <source>Fecha límite próxima</source>
        <translation>Deadline approaching</translation>
    </message>
    <message>
        <source>Responder a la solicitud</source>
        <translation>Answer the request</translation>
    </message>
    <message>
        <source>Solicitud vencida</source>
        <translation>Request overdue</translation>
    </message>
    <message>
        <source>Resolver la solicitud</source>
        <translation>Resolve the request</translation>
    </message>
    <message>
        <source>Aprobar brief…</source>
        <translation>Approve brief…</translation>
    </message>
    <message>
        <source>Aprobar propuesta…</source>
        <translation>Approve proposal…</translation>
    </message>
    <message>
        <source>Registrar confirmación…</source>
        <translation>Record confirmation…</translation>
    </message>
    <message>
        <source>Marcar como hecho</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Brief aprobado</source>
        <translation>Brief approved</translation>
    </message>
    <message>
        <source>Propuesta aprobada: lista para el cliente</source>
        <translation>Proposal approved: ready for the client</translation>
    </message>
    <message>
        <source>Confirmación del cliente registrada</source>
        <translation>Client confirmation recorded</translation>
    </message>
    <message>
        <source>Paso marcado como hecho</source>
        <translation>Step marked as done</translation>
    </message>
    <message>
        <source>Aprobar el %1 de «%2»; el equipo podrá empezar.</source>
        <translation>Approve %1 for &apos;%2&apos;; the team can then start work.</translation>
    </message>
    <message>
        <source>Aprobar la propuesta de «%2»: pasa a «Lista para el cliente».</source>
        <translation>Approve the proposal for &apos;%2&apos;: it moves to &apos;Ready for the client&apos;.</translation>
    </message>
    <message>
        <source>El cliente confirmó el acta «%1». Una vez confirmada ya no se modifica.</source>
        <translation>The client confirmed the meeting report &apos;%1&apos;. Once confirmed, it can no longer be changed.</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cómo</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Comentario</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>PendingArea</name>
    <message>
        <source>Pendientes</source>
        <translation>Waiting for me</translation>
    </message>
</context>
<context>
    <name>PendingController</name>
    <message>
        <source>Actualizar pendientes</source>
        <translation>Refresh items waiting for me</translation>
    </message>
    <message>
        <source>No se pudieron cargar los pendientes</source>
        <translation>Could not load the items waiting for you</translation>
    </message>
</context>
<context>
    <name>PendingView</name>
    <message>
        <source>Pendiente</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nada pendiente</source>
        <translation>Nothing waiting for you</translation>
    </message>
    <message>
        <source>Campaña o asunto</source>
        <translation>Campaign or subject</translation>
    </message>
    <message>
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Abrir donde está el trabajo (Intro)</source>
        <translation>Open where the work is (Enter)</translation>
    </message>
    <message>
        <source>Hacerlo aquí mismo (Ctrl+Intro)</source>
        <translation>Do it right here (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Aquí aparecen las aprobaciones, las presentaciones y decisiones del cliente, las actas, sus próximos pasos, las tareas, las solicitudes y las fechas límite que esperan de usted.</source>
        <translation>Approvals, presentations and client decisions, meeting reports, their next steps, tasks, requests and deadlines that are waiting for you appear here.</translation>
    </message>
    <message>
        <source>1 asunto espera de usted</source>
        <translation>1 item is waiting for you</translation>
    </message>
    <message>
        <source>%1 asuntos esperan de usted</source>
        <translation>%1 items are waiting for you</translation>
    </message>
    <message>
        <source>1 vencida</source>
        <translation>1 overdue</translation>
    </message>
    <message>
        <source>%1 vencidas</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>Vencida: %1</source>
        <translation>Overdue: %1</translation>
    </message>
</context>
<context>
    <name>PeopleArea</name>
    <message>
        <source>Editar equipo…</source>
        <translation>Edit team…</translation>
    </message>
    <message>
        <source>Ver equipo…</source>
        <translation>View team…</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Añadir o quitar miembros y cambiar el responsable</source>
        <translation>Add or remove members and change the lead</translation>
    </message>
    <message>
        <source>Ver quién forma el equipo de la cuenta</source>
        <translation>See who is on the account team</translation>
    </message>
</context>
<context>
    <name>PeopleController</name>
    <message>
        <source>Elija una persona de la lista.</source>
        <translation>Choose a person from the list.</translation>
    </message>
    <message>
        <source>No puede darse de baja a sí mismo.</source>
        <translation>You cannot deactivate yourself.</translation>
    </message>
    <message>
        <source>No tiene usuario de acceso.</source>
        <translation>They have no sign-in account.</translation>
    </message>
    <message>
        <source>Guardado: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>%1, reactivado/a</source>
        <translation>%1 reactivated</translation>
    </message>
    <message>
        <source>Usuario «%1» creado</source>
        <translation>Sign-in “%1” created</translation>
    </message>
    <message>
        <source>Contraseña restablecida: %1 la cambiará al entrar</source>
        <translation>Password reset: %1 will change it at sign-in</translation>
    </message>
    <message>
        <source>Desactivar usuario</source>
        <translation>Disable sign-in</translation>
    </message>
    <message>
        <source>Añadir persona…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <source>Editar persona…</source>
        <translation>Edit person…</translation>
    </message>
    <message>
        <source>Dar de baja…</source>
        <translation>Deactivate…</translation>
    </message>
    <message>
        <source>Reactivar</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Crear usuario de acceso…</source>
        <translation>Create sign-in account…</translation>
    </message>
    <message>
        <source>Restablecer contraseña…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Activar usuario</source>
        <translation>Enable sign-in</translation>
    </message>
    <message>
        <source>Desbloquear usuario</source>
        <translation>Unlock sign-in</translation>
    </message>
    <message>
        <source>Nuevo grupo…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <source>Renombrar grupo…</source>
        <translation>Rename group…</translation>
    </message>
    <message>
        <source>Cambiar director/a…</source>
        <translation>Change director…</translation>
    </message>
    <message>
        <source>Mover personas…</source>
        <translation>Move people…</translation>
    </message>
    <message>
        <source>Mover cuentas…</source>
        <translation>Move accounts…</translation>
    </message>
    <message>
        <source>Actualizar personas</source>
        <translation>Refresh people</translation>
    </message>
    <message>
        <source>Buscar personas</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>No está bloqueado.</source>
        <translation>It is not locked.</translation>
    </message>
    <message>
        <source>Elija un grupo de la lista.</source>
        <translation>Choose a group from the list.</translation>
    </message>
    <message>
        <source>¿Desactivar el usuario «%1»? %2 no podrá iniciar sesión hasta que lo active de nuevo; sus datos y su historial se conservan.</source>
        <translation>Disable the sign-in “%1”? %2 cannot sign in until you enable it again; their data and history are kept.</translation>
    </message>
    <message>
        <source>Desactivar</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Usuario «%1» activado</source>
        <translation>Sign-in “%1” enabled</translation>
    </message>
    <message>
        <source>Usuario «%1» desactivado</source>
        <translation>Sign-in “%1” disabled</translation>
    </message>
    <message>
        <source>Usuario «%1» desbloqueado</source>
        <translation>Sign-in “%1” unlocked</translation>
    </message>
    <message>
        <source>Grupo «%1» creado</source>
        <translation>Group “%1” created</translation>
    </message>
    <message>
        <source>Grupo renombrado: %1</source>
        <translation>Group renamed: %1</translation>
    </message>
    <message>
        <source>Nuevo director/a de «%1»</source>
        <translation>New director of &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Movido a «%1»</source>
        <translation>Moved to &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>PeopleLabels</name>
    <message>
        <source>Sin usuario</source>
        <translation>No sign-in</translation>
    </message>
    <message>
        <source>Usuario desactivado</source>
        <translation>Sign-in disabled</translation>
    </message>
    <message>
        <source>Bloqueado</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Cambiar contraseña</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>De baja: no puede iniciar sesión hasta que se le reactive.</source>
        <translation>Left: cannot sign in until reactivated.</translation>
    </message>
    <message>
        <source>Usuario desactivado: no puede iniciar sesión hasta que lo active.</source>
        <translation>Sign-in disabled: cannot sign in until you enable it.</translation>
    </message>
    <message>
        <source>Bloqueado por intentos fallidos: cada intento tarda más hasta que lo desbloquee.</source>
        <translation>Locked after failed attempts: each attempt takes longer until you unlock it.</translation>
    </message>
    <message>
        <source>En activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>De baja</source>
        <translation>Deactivated</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Personas</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Grupos de cuentas</source>
        <translation>Account groups</translation>
    </message>
</context>
<context>
    <name>PersonFormDialog</name>
    <message>
        <source>Editar a %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Añadir persona</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Elija el rol</source>
        <translation>Choose the role</translation>
    </message>
    <message>
        <source>Elija cómo se dice su cargo (Directora, Director)</source>
        <translation>Choose how their title reads (Directora, Director)</translation>
    </message>
    <message>
        <source>Elija el departamento</source>
        <translation>Choose the department</translation>
    </message>
    <message>
        <source>Sin grupo</source>
        <translation>No group</translation>
    </message>
    <message>
        <source>Nadie</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>La de la agencia (p. ej. Europe/Madrid)</source>
        <translation>The agency&apos;s (e.g. Europe/Madrid)</translation>
    </message>
    <message>
        <source>Nombre y apellidos</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Género del cargo</source>
        <translation>Title gender</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Departamento</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Grupo de cuentas</source>
        <translation>Account group</translation>
    </message>
    <message>
        <source>Depende de</source>
        <translation>Reports to</translation>
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
        <source>Extensión</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Zona horaria</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>El del rol si lo deja vacío</source>
        <translation>The role&apos;s, if left empty</translation>
    </message>
    <message>
        <source>%1 (el del rol si lo deja vacío)</source>
        <translation>%1 (the role&apos;s if left empty)</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Género del cargo</source>
        <translation>Title gender</translation>
    </message>
    <message>
        <source>Departamento</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Depende de</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <source>Correo</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Zona horaria</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Acceso</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>A su cargo</source>
        <translation>Holds</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ninguna persona elegida</source>
        <translation>No one chosen</translation>
    </message>
    <message>
        <source>Elija una persona de la lista para ver su rol, su grupo y su acceso.</source>
        <translation>Choose a person from the list to see their role, group and access.</translation>
    </message>
    <message>
        <source>Femenino</source>
        <translation>Feminine</translation>
    </message>
    <message>
        <source>Masculino</source>
        <translation>Masculine</translation>
    </message>
    <message>
        <source> ext. %1</source>
        <translation> ext. %1</translation>
    </message>
    <message numerus="yes">
        <source>lidera %n cuenta(s)</source>
        <translation>
            <numerusform>leads %n account</numerusform>
            <numerusform>leads %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>dirige «%1»</source>
        <translation>directs “%1”</translation>
    </message>
    <message>
        <source>La de la agencia</source>
        <translation>The agency&apos;s</translation>
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
    <name>PresentationDialog</name>
    <message>
        <source>Elegir el archivo del disco…</source>
        <translation>Choose the file from disk…</translation>
    </message>
    <message>
        <source>El mismo archivo aprobado en revisión interna, guardado en su equipo</source>
        <translation>The same file internal review approved, saved on your computer</translation>
    </message>
    <message>
        <source>Documento presentado al cliente</source>
        <translation>Document presented to the client</translation>
    </message>
    <message>
        <source>Documento presentado *</source>
        <translation>Presented document *</translation>
    </message>
    <message>
        <source>Fecha de la presentación *</source>
        <translation>Presentation date *</translation>
    </message>
    <message>
        <source>Dónde y a quién se presentó, cómo fue (opcional)</source>
        <translation>Where and to whom it was presented, how it went (optional)</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 — %2 · propuesta v%3</source>
        <translation>%1 — %2 · proposal v%3</translation>
    </message>
    <message>
        <source>%1 — %2 · archivo nuevo</source>
        <translation>%1 — %2 · new file</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Reducir</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Ampliar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Ajustar al ancho</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <source>Ha cambiado las opciones: pulse «Generar» para ver la presentación con ellas.</source>
        <translation>You have changed the options: press &apos;Generate&apos; to see the deck with them.</translation>
    </message>
    <message>
        <source>Aún no hay vista previa</source>
        <translation>No preview yet</translation>
    </message>
    <message>
        <source>Elija el documento, las secciones y el idioma, y pulse «Generar»: aquí verá cada página tal como la recibirá el cliente.</source>
        <translation>Choose the document, the sections and the language, then press &apos;Generate&apos;: you will see each page here exactly as the client will receive it.</translation>
    </message>
    <message>
        <source>Página %1 de %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Guardar en PDF lo que se ve</source>
        <translation>Save what you see as PDF</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Imprimir…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Imprimir la lista…</source>
        <translation>Print the list…</translation>
    </message>
    <message>
        <source>Las primeras %1 de %2 filas: acote la lista con la búsqueda o los filtros.</source>
        <translation>The first %1 of %2 rows: narrow the list with the search or the filters.</translation>
    </message>
    <message>
        <source>1 fila</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>%1 filas</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>Esta página no tiene ninguna lista.</source>
        <translation>This page has no list.</translation>
    </message>
</context>
<context>
    <name>ProcessEditor</name>
    <message>
        <source>Añadir paso</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Título del paso, p. ej. «Escuchamos»</source>
        <translation>Step title, e.g. &apos;We listen&apos;</translation>
    </message>
    <message>
        <source>Qué pasa en este paso y qué recibe el cliente</source>
        <translation>What happens in this step and what the client receives</translation>
    </message>
    <message>
        <source>Aún no hay pasos — Añadir paso: la presentación los muestra en orden.</source>
        <translation>No steps yet — Add step: the deck shows them in order.</translation>
    </message>
    <message>
        <source>(sin título)</source>
        <translation>(untitled)</translation>
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
    <name>ProfileActions</name>
    <message>
        <source>Perfil de la agencia…</source>
        <translation>Agency profile…</translation>
    </message>
    <message>
        <source>Lo que las presentaciones dicen de la agencia</source>
        <translation>What the decks say about the agency</translation>
    </message>
    <message>
        <source>Tipos de cambio…</source>
        <translation>Exchange rates…</translation>
    </message>
    <message>
        <source>Lo que vale cada moneda de los clientes en la de la agencia</source>
        <translation>What each client currency is worth in the agency&apos;s currency</translation>
    </message>
    <message>
        <source>Su rol (%1) no permite cambiar el perfil de la agencia.</source>
        <translation>Your role (%1) does not allow changing the agency profile.</translation>
    </message>
    <message>
        <source>Perfil de la agencia guardado</source>
        <translation>Agency profile saved</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Perfil de la agencia</source>
        <translation>Agency profile</translation>
    </message>
    <message>
        <source>Lo que las presentaciones de la agencia y de cada campaña dicen de ella: portada, quiénes somos, servicios, forma de trabajar y contacto.</source>
        <translation>What the agency credentials and each campaign deck say about the agency: cover, about us, services, way of working and contact details.</translation>
    </message>
    <message>
        <source>Inglés</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Agencia</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Nombre comercial *</source>
        <translation>Trade name *</translation>
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
        <source>NIF / CIF</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Una línea bajo el nombre, en la portada</source>
        <translation>One line under the name, on the cover</translation>
    </message>
    <message>
        <source>Lema</source>
        <translation>Tagline</translation>
    </message>
    <message>
        <source>Quiénes somos: historia, tamaño, en qué destacamos</source>
        <translation>About us: history, size, what we excel at</translation>
    </message>
    <message>
        <source>Quiénes somos</source>
        <translation>About us</translation>
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
        <source>Español de España (móvil, vídeo)</source>
        <translation>Spanish (Spain: móvil, vídeo)</translation>
    </message>
    <message>
        <source>Español de Latinoamérica (celular, video)</source>
        <translation>Spanish (Latin America: celular, video)</translation>
    </message>
    <message>
        <source>El de las presentaciones; cada cuenta puede elegir el suyo.</source>
        <translation>The one the decks use; each account can choose its own.</translation>
    </message>
    <message>
        <source>Español</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>La de este equipo (p. ej. Europe/Madrid)</source>
        <translation>This computer&apos;s (e.g. Europe/Madrid)</translation>
    </message>
    <message>
        <source>Zona horaria</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Servicios y método</source>
        <translation>Services and method</translation>
    </message>
    <message>
        <source>Servicios</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Cómo trabajamos</source>
        <translation>How we work</translation>
    </message>
    <message>
        <source>Un servicio por línea (hasta %1) y los pasos en el orden en que se dan (hasta %2): la presentación de la agencia los muestra así.</source>
        <translation>One service per line (up to %1) and the steps in the order they happen (up to %2): the agency credentials show them this way.</translation>
    </message>
    <message>
        <source>Contacto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Calle, número, código postal y ciudad</source>
        <translation>Street, number, postcode and city</translation>
    </message>
    <message>
        <source>Dirección</source>
        <translation>Address</translation>
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
        <source>Sitio web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Aparecen en la última diapositiva de cada presentación.</source>
        <translation>They appear on the last slide of every deck.</translation>
    </message>
    <message>
        <source>Imagen</source>
        <translation>Branding</translation>
    </message>
    <message>
        <source>Logotipo de la agencia</source>
        <translation>Agency logo</translation>
    </message>
    <message>
        <source>Sin logotipo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Logotipo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Color principal</source>
        <translation>Primary colour</translation>
    </message>
    <message>
        <source>Color secundario</source>
        <translation>Secondary colour</translation>
    </message>
    <message>
        <source>Tipografía</source>
        <translation>Typeface</translation>
    </message>
    <message>
        <source>Portada</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Logotipo actual</source>
        <translation>Current logo</translation>
    </message>
    <message>
        <source>Así se verán los importes y las fechas: %1 · %2</source>
        <translation>Amounts and dates will look like this: %1 · %2</translation>
    </message>
    <message>
        <source>El nuevo formato y la moneda se aplican al volver a abrir Agencia; los importes ya guardados no se convierten.</source>
        <translation>The new format and currency take effect the next time you open Agencia; amounts already saved are not converted.</translation>
    </message>
    <message>
        <source>El color principal es claro: el texto sobre él irá en gris oscuro, y los títulos en un tono más oscuro del mismo color.</source>
        <translation>The primary colour is light: text on it will be dark grey, and headings a darker shade of the same colour.</translation>
    </message>
    <message>
        <source>Así empieza la presentación de la agencia.</source>
        <translation>This is how the agency credentials begin.</translation>
    </message>
    <message>
        <source>Hay campos por revisar en esta pestaña</source>
        <translation>Some fields on this tab need checking</translation>
    </message>
    <message>
        <source>Lo que dicen las presentaciones en inglés. Lo que quede vacío saldrá en español: la presentación avisa antes de generarse.</source>
        <translation>What the decks say in English. Anything left empty will appear in Spanish: the deck warns you before it is generated.</translation>
    </message>
    <message>
        <source>Lema (inglés)</source>
        <translation>Tagline (English)</translation>
    </message>
    <message>
        <source>Who we are: history, size, what we do best</source>
        <translation>Who we are: history, size, what we do best</translation>
    </message>
    <message>
        <source>Quiénes somos (inglés)</source>
        <translation>About us (English)</translation>
    </message>
    <message>
        <source>Servicios (inglés)</source>
        <translation>Services (English)</translation>
    </message>
    <message>
        <source>Cómo trabajamos (inglés)</source>
        <translation>How we work (English)</translation>
    </message>
    <message>
        <source>Falta en inglés: %1.</source>
        <translation>Missing in English: %1.</translation>
    </message>
    <message>
        <source>Otra persona ha guardado el perfil mientras lo editaba.</source>
        <translation>Someone else saved the profile while you were editing it.</translation>
    </message>
    <message>
        <source>Se han traído sus cambios en: %1.</source>
        <translation>Their changes to %1 have been brought in.</translation>
    </message>
    <message>
        <source>En %1 también lo cambió: se mantiene lo que usted escribió.</source>
        <translation>They also changed %1: what you wrote has been kept.</translation>
    </message>
    <message>
        <source>Revise el perfil y guarde de nuevo.</source>
        <translation>Check the profile and save again.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Propuesta — versión %1</source>
        <translation>Proposal — version %1</translation>
    </message>
    <message>
        <source>Guardar versión %1</source>
        <translation>Save version %1</translation>
    </message>
    <message>
        <source>Qué propone la agencia en esta versión, en pocas líneas</source>
        <translation>What the agency proposes in this version, in a few lines</translation>
    </message>
    <message>
        <source>Qué cambia respecto a la anterior, qué falta, para quién (opcional)</source>
        <translation>What changes from the previous one, what is missing, who it is for (optional)</translation>
    </message>
    <message>
        <source>Añadir archivos…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Hasta %1 MB por archivo; se guardan en la base de datos con su SHA-256.</source>
        <translation>Up to %1 MB per file; they are stored in the database with their SHA-256.</translation>
    </message>
    <message>
        <source>Resumen *</source>
        <translation>Summary *</translation>
    </message>
    <message>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Archivos de la v%1</source>
        <translation>Files of v%1</translation>
    </message>
    <message>
        <source>Archivos nuevos</source>
        <translation>New files</translation>
    </message>
    <message>
        <source>Añadir archivos a la propuesta</source>
        <translation>Add files to the proposal</translation>
    </message>
    <message>
        <source>No se ha añadido.</source>
        <translation>It was not added.</translation>
    </message>
    <message>
        <source>No se han añadido.</source>
        <translation>They were not added.</translation>
    </message>
    <message>
        <source>Guardando archivos…</source>
        <translation>Saving files…</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <source>Nueva versión…</source>
        <translation>New version…</translation>
    </message>
    <message>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Esta versión no lleva archivos.</source>
        <translation>This version has no files.</translation>
    </message>
    <message>
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Guardar como…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Copiar SHA-256</source>
        <translation>Copy SHA-256</translation>
    </message>
    <message>
        <source>Copia la huella completa del archivo (para una aprobación o un correo)</source>
        <translation>Copies the file&apos;s full fingerprint (for an approval or an e-mail)</translation>
    </message>
    <message>
        <source>Resumen</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Archivos</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Autor</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Tamaño</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Subido</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <source>Aún no hay propuesta</source>
        <translation>No proposal yet</translation>
    </message>
    <message>
        <source>Cada versión de la propuesta guarda su resumen y sus archivos, con su huella SHA-256, para saber qué se presentó y qué se aprobó.</source>
        <translation>Each version of the proposal keeps its summary and its files, with their SHA-256 fingerprint, so you know what was presented and what was approved.</translation>
    </message>
    <message>
        <source>Propuesta v%1</source>
        <translation>Proposal v%1</translation>
    </message>
    <message>
        <source>(la última)</source>
        <translation>(latest)</translation>
    </message>
    <message>
        <source>Su rol no permite preparar propuestas en esta campaña.</source>
        <translation>Your role does not allow preparing proposals on this campaign.</translation>
    </message>
    <message>
        <source>Propuesta v%1 guardada con %2 archivos</source>
        <translation>Proposal v%1 saved with %2 files</translation>
    </message>
    <message>
        <source>Propuesta v%1 guardada con 1 archivo</source>
        <translation>Proposal v%1 saved with 1 file</translation>
    </message>
    <message>
        <source>Preparando el archivo…</source>
        <translation>Preparing the file…</translation>
    </message>
    <message>
        <source>No hay ninguna aplicación para abrir «%1» en este equipo; use «Guardar como…».</source>
        <translation>There is no application to open &apos;%1&apos; on this computer; use &apos;Save as…&apos;.</translation>
    </message>
    <message>
        <source>Guardar documento</source>
        <translation>Save document</translation>
    </message>
    <message>
        <source>«%1» guardado en %2</source>
        <translation>&apos;%1&apos; saved to %2</translation>
    </message>
    <message>
        <source>«%1» no coincide con su huella SHA-256 registrada: el archivo guardado en la base de datos está dañado. Avise al administrador.</source>
        <translation>&apos;%1&apos; does not match its recorded SHA-256 fingerprint: the file stored in the database is damaged. Please tell the administrator.</translation>
    </message>
    <message>
        <source>SHA-256 de «%1» copiado</source>
        <translation>SHA-256 of &apos;%1&apos; copied</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <source>Acción de mejora: %1</source>
        <translation>Improvement action: %1</translation>
    </message>
    <message>
        <source>Mejorar «%1»</source>
        <translation>Improve “%1”</translation>
    </message>
    <message>
        <source>Dimensión</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Qué se va a hacer *</source>
        <translation>What will be done *</translation>
    </message>
    <message>
        <source>Responsable *</source>
        <translation>Owner *</translation>
    </message>
    <message>
        <source>Fecha límite *</source>
        <translation>Due date *</translation>
    </message>
    <message>
        <source>La siguiente encuesta dirá si la brecha de esta dimensión se cerró.</source>
        <translation>The next survey will tell whether this dimension&apos;s gap closed.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Asunto</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Prioridad</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Plazo</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Primera respuesta: %1</source>
        <translation>First response: %1</translation>
    </message>
    <message>
        <source>Tiempo hasta el plazo de resolución: la cola va en ese orden.</source>
        <translation>Time left to the resolution deadline: the queue is in that order.</translation>
    </message>
    <message>
        <source>Incumplida</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>En riesgo</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>En plazo</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>En pausa</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Cumplida</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Sin plazo</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>Escalada</source>
        <translation>Escalated</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Solo incumplidas</source>
        <translation>Breached only</translation>
    </message>
    <message>
        <source>Reglas de reparto…</source>
        <translation>Routing rules…</translation>
    </message>
    <message>
        <source>Nueva solicitud…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <source>Mover a…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Reasignar…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>La cola está vacía</source>
        <translation>The queue is empty</translation>
    </message>
    <message>
        <source>Ninguna solicitud elegida</source>
        <translation>No request selected</translation>
    </message>
    <message>
        <source>Elija una solicitud de la cola para ver su hilo y su estado.</source>
        <translation>Choose a request in the queue to see its thread and status.</translation>
    </message>
    <message>
        <source>Convertir en brief de campaña</source>
        <translation>Convert into a campaign brief</translation>
    </message>
    <message>
        <source>Ninguna solicitud incumplida</source>
        <translation>No breached requests</translation>
    </message>
    <message>
        <source>Ninguna solicitud abierta ha pasado su plazo. Quite «Solo incumplidas» para ver toda la cola.</source>
        <translation>No open request is past its deadline. Clear “Breached only” to see the whole queue.</translation>
    </message>
    <message>
        <source>No hay solicitudes de clientes</source>
        <translation>There are no client requests</translation>
    </message>
    <message>
        <source>Las registran y atienden los equipos de cada cuenta; su puesto no las registra. Con «Reglas de reparto…» decide a quién van.</source>
        <translation>Each account&apos;s team logs and handles them; your position does not log them. With “Routing rules…” you decide who they go to.</translation>
    </message>
    <message>
        <source>Cuando un cliente pida algo por teléfono, correo o en persona, regístrelo con «Nueva solicitud…»: aparecerá aquí con su plazo.</source>
        <translation>When a client asks for something by phone, e-mail or in person, log it with “New request…”: it will appear here with its deadline.</translation>
    </message>
    <message>
        <source>Aquí aparecerán las solicitudes de las cuentas que usted puede ver.</source>
        <translation>The requests of the accounts you can see will appear here.</translation>
    </message>
    <message>
        <source>Recibida: %1</source>
        <translation>Received: %1</translation>
    </message>
    <message>
        <source>Primera respuesta: %1</source>
        <translation>First response: %1</translation>
    </message>
    <message>
        <source>Responder antes del %1</source>
        <translation>Respond by %1</translation>
    </message>
    <message>
        <source>Resolver antes del %1</source>
        <translation>Resolve by %1</translation>
    </message>
    <message>
        <source>Campaña: %1</source>
        <translation>Campaign: %1</translation>
    </message>
    <message>
        <source>Tarea: %1</source>
        <translation>Task: %1</translation>
    </message>
    <message>
        <source>Resolución anterior</source>
        <translation>Previous resolution</translation>
    </message>
    <message>
        <source>Resolución</source>
        <translation>Resolution</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Tipos de cambio</source>
        <translation>Exchange rates</translation>
    </message>
    <message>
        <source>Lo que vale una unidad de cada moneda en %1 desde un día. Los límites de aprobación se comparan en %1 con el tipo en vigor en la fecha de la campaña.</source>
        <translation>What one unit of each currency is worth in %1 from a given date. Approval limits are compared in %1 using the rate in force on the campaign&apos;s date.</translation>
    </message>
    <message>
        <source>Moneda</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Equivale a</source>
        <translation>Equals</translation>
    </message>
    <message>
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Código ISO, p. ej. MXN</source>
        <translation>ISO code, e.g. MXN</translation>
    </message>
    <message>
        <source>Cuánto vale 1 unidad en %1</source>
        <translation>What 1 unit is worth in %1</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Guardar tipo</source>
        <translation>Save rate</translation>
    </message>
    <message>
        <source>Tipo de cambio de %1 guardado</source>
        <translation>Exchange rate for %1 saved</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Valorar a %1</source>
        <translation>Rate %1</translation>
    </message>
    <message>
        <source>Qué salió bien o mal (obligatorio con 1 o 2)</source>
        <translation>What went well or badly (required for 1 or 2)</translation>
    </message>
    <message>
        <source>Trabajo entregado *</source>
        <translation>Delivered job *</translation>
    </message>
    <message>
        <source>Valoración *</source>
        <translation>Rating *</translation>
    </message>
    <message>
        <source>Comentario</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Volver</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>La campaña quedará cancelada y ya no se podrá modificar; su historia se conserva.</source>
        <translation>The campaign will be cancelled and can no longer be changed; its history is kept.</translation>
    </message>
    <message>
        <source>Por qué se cancela</source>
        <translation>Why it is being cancelled</translation>
    </message>
    <message>
        <source>Motivo *</source>
        <translation>Reason *</translation>
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
    <message>
        <source>Reasignar «%1»</source>
        <translation>Reassign “%1”</translation>
    </message>
    <message>
        <source>Ahora la tiene</source>
        <translation>Now held by</translation>
    </message>
    <message>
        <source>Dársela a</source>
        <translation>Give it to</translation>
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
    <name>RequestEdits</name>
    <message>
        <source>Nueva solicitud…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <source>Mover a…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Reasignar…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>Elija una solicitud de la cola</source>
        <translation>Choose a request in the queue</translation>
    </message>
    <message>
        <source>Su puesto no permite registrar solicitudes de clientes</source>
        <translation>Your position does not allow logging client requests</translation>
    </message>
    <message>
        <source>Su puesto no permite mover solicitudes</source>
        <translation>Your position does not allow moving requests</translation>
    </message>
    <message>
        <source>Su puesto no permite reasignar solicitudes</source>
        <translation>Your position does not allow reassigning requests</translation>
    </message>
    <message>
        <source>Su puesto no permite crear campañas ni briefs</source>
        <translation>Your role does not allow creating campaigns or briefs</translation>
    </message>
    <message>
        <source>Esta solicitud ya es la campaña «%1»</source>
        <translation>This request is already the campaign “%1”</translation>
    </message>
    <message>
        <source>Solicitud «%1» registrada para %2; resolver antes del %3</source>
        <translation>Request “%1” logged for %2; resolve by %3</translation>
    </message>
    <message>
        <source>«%1»: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>«%1» reasignada a %2</source>
        <translation>“%1” reassigned to %2</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Nueva contraseña para %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>Restablecer</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Contraseña provisional</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Repita la contraseña</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>%1 deberá cambiarla la próxima vez que inicie sesión.</source>
        <translation>%1 will have to change it at their next sign-in.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Restaurar copia de seguridad</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Sustituye la base de datos por una copia de seguridad (solo administradores)</source>
        <translation>Replaces the database with a backup (administrators only)</translation>
    </message>
    <message>
        <source>La base de datos está en un servidor PostgreSQL: sus copias de seguridad se hacen y se restauran en el servidor, con pg_dump y pg_restore. Pida la restauración a quien administra el servidor.</source>
        <translation>The database is on a PostgreSQL server: its backups are made and restored on the server, with pg_dump and pg_restore. Ask whoever runs the server to restore it.</translation>
    </message>
    <message>
        <source>Antes de restaurar una copia, guarde o descarte lo que tiene sin guardar: %1.</source>
        <translation>Before restoring a backup, save or discard your unsaved work: %1.</translation>
    </message>
    <message>
        <source>Se sustituirá la base de datos «%1» por la copia «%2». Lo guardado después de hacer esa copia dejará de verse en la aplicación.

El archivo actual no se borra: se guarda al lado, con «-replaced-» y la fecha en el nombre.

Se cerrará la sesión de todos los usuarios de este equipo y habrá que volver a iniciarla. ¿Restaurar la copia?</source>
        <translation>The database “%1” will be replaced by the backup “%2”. Whatever was saved after that backup was made will no longer appear in the app.

The current file is not deleted: it is kept beside it, with “-replaced-” and the date in its name.

The session on this computer will end and you will have to sign in again. Restore the backup?</translation>
    </message>
    <message>
        <source>Copias de Agencia (*.sqlite3 *.sqlite *.db *.bak);;Todos (*)</source>
        <translation>Agencia backups (*.sqlite3 *.sqlite *.db *.bak);;All files (*)</translation>
    </message>
    <message>
        <source>Restaurar la copia</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Restaurando la copia de seguridad…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>No se ha restaurado la copia; la base de datos sigue como estaba. %1</source>
        <translation>The backup was not restored; the database is as it was. %1</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Objetivo</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Alcanzado</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Añadir KPI</source>
        <translation>Add KPI</translation>
    </message>
    <message>
        <source>Quitar KPI</source>
        <translation>Remove KPI</translation>
    </message>
    <message>
        <source>Qué consiguió la campaña, qué aprendimos, qué diría el cliente</source>
        <translation>What the campaign achieved, what we learned, what the client would say</translation>
    </message>
    <message>
        <source>Resumen</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Imagen clave</source>
        <translation>Key visual</translation>
    </message>
    <message>
        <source>Sin valor alcanzado: %1</source>
        <translation>No achieved value: %1</translation>
    </message>
    <message>
        <source>Cada valor alcanzado necesita el nombre de su KPI.</source>
        <translation>Every achieved value needs its KPI&apos;s name.</translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <source>Reglas de reparto</source>
        <translation>Routing rules</translation>
    </message>
    <message>
        <source>Cualquiera</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Prioridad</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Marca</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Para</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Aún no hay reglas de reparto</source>
        <translation>No routing rules yet</translation>
    </message>
    <message>
        <source>Elija abajo las condiciones y a quién va la solicitud, y pulse «Añadir la regla». Las reglas aparecerán aquí, en el orden en que se prueban.</source>
        <translation>Choose the conditions below and who the request goes to, then press “Add the rule”. The rules will appear here, in the order they are tried.</translation>
    </message>
    <message>
        <source>Se prueban en orden; la primera que coincide decide. Si ninguna coincide: el ejecutivo principal de la cuenta, su equipo y, por último, el director del grupo. Una regla a una persona se salta en las cuentas cuyas solicitudes esa persona no puede atender.</source>
        <translation>They are tried in order; the first that matches decides. If none matches: the account&apos;s lead executive, its team and, last, the group&apos;s director. A rule to a person is skipped on the accounts whose requests that person cannot take.</translation>
    </message>
    <message>
        <source>Quitar la regla</source>
        <translation>Remove the rule</translation>
    </message>
    <message>
        <source>Buscar marca o cuenta…</source>
        <translation>Search for a brand or account…</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Equipo</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Al final</source>
        <translation>At the end</translation>
    </message>
    <message>
        <source>Añadir la regla</source>
        <translation>Add the rule</translation>
    </message>
    <message>
        <source>Posición</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Equipo: {0}</source>
        <translation>Team: {0}</translation>
    </message>
    <message>
        <source>Elija primero la regla que quiere quitar.</source>
        <translation>First choose the rule you want to remove.</translation>
    </message>
</context>
<context>
    <name>SatisfactionArea</name>
    <message>
        <source>Satisfacción</source>
        <translation>Satisfaction</translation>
    </message>
</context>
<context>
    <name>SatisfactionController</name>
    <message>
        <source>Actualizar la satisfacción</source>
        <translation>Refresh satisfaction</translation>
    </message>
    <message>
        <source>Satisfacción</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Copiar encuesta</source>
        <translation>Copy survey</translation>
    </message>
    <message>
        <source>Nombre de la copia</source>
        <translation>Name of the copy</translation>
    </message>
    <message>
        <source>Copia de %1</source>
        <translation>Copy of %1</translation>
    </message>
</context>
<context>
    <name>SatisfactionTab</name>
    <message>
        <source>Ver en Satisfacción</source>
        <translation>View in Satisfaction</translation>
    </message>
    <message>
        <source>Evolución de la salud</source>
        <translation>Health over time</translation>
    </message>
    <message>
        <source>Aún no hay salud guardada: se guarda con cada respuesta o acción.</source>
        <translation>No health saved yet: it is saved with each response or action.</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Encuesta</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Contacto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Respondidas</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Dimensión</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Satisfacción</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Salud de la cuenta, su evolución, respuestas y acciones de mejora</source>
        <translation>Account health, its trend, responses and improvement actions</translation>
    </message>
    <message>
        <source>Nada preocupa por ahora.</source>
        <translation>Nothing of concern for now.</translation>
    </message>
    <message>
        <source>Pesos: %1</source>
        <translation>Weights: %1</translation>
    </message>
    <message>
        <source>Últimas respuestas (%1 de %2)</source>
        <translation>Latest responses (%1 of %2)</translation>
    </message>
    <message>
        <source>Respuestas (%1)</source>
        <translation>Responses (%1)</translation>
    </message>
    <message>
        <source>Acciones de mejora abiertas (%1)</source>
        <translation>Open improvement actions (%1)</translation>
    </message>
</context>
<context>
    <name>SatisfactionView</name>
    <message>
        <source>Toda la agencia</source>
        <translation>Whole agency</translation>
    </message>
    <message>
        <source>Registrar respuesta…</source>
        <translation>Record response…</translation>
    </message>
    <message>
        <source>Resultados de:</source>
        <translation>Results for:</translation>
    </message>
    <message>
        <source>Salud de las cuentas</source>
        <translation>Account health</translation>
    </message>
    <message>
        <source>Resultados</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Acciones de mejora</source>
        <translation>Improvement actions</translation>
    </message>
    <message>
        <source>Encuestas</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Evolución de la salud</source>
        <translation>Health over time</translation>
    </message>
    <message>
        <source>Mostrar más</source>
        <translation>Show more</translation>
    </message>
    <message>
        <source>Ninguna cuenta que medir</source>
        <translation>No account to measure</translation>
    </message>
    <message>
        <source>Proponer acción de mejora…</source>
        <translation>Propose an improvement action…</translation>
    </message>
    <message>
        <source>Puntuación (azul) y expectativa (gris)</source>
        <translation>Score (blue) and expectation (grey)</translation>
    </message>
    <message>
        <source>Brecha: percepción − expectativa</source>
        <translation>Gap: perception − expectation</translation>
    </message>
    <message>
        <source>Tendencia por trimestre</source>
        <translation>Trend by quarter</translation>
    </message>
    <message>
        <source>Aún no hay respuestas</source>
        <translation>No responses yet</translation>
    </message>
    <message>
        <source>Cerrar la acción</source>
        <translation>Close the action</translation>
    </message>
    <message>
        <source>Cada acción sigue su brecha: la siguiente encuesta dice si se cerró.</source>
        <translation>Each action tracks its gap: the next survey tells whether it closed.</translation>
    </message>
    <message>
        <source>No hay acciones de mejora</source>
        <translation>No improvement actions</translation>
    </message>
    <message>
        <source>Copiar…</source>
        <translation>Copy…</translation>
    </message>
    <message>
        <source>Nueva…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Editar…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Su puesto no permite registrar respuestas de encuestas</source>
        <translation>Your position does not allow recording survey responses</translation>
    </message>
    <message>
        <source>Su puesto no permite proponer acciones de mejora</source>
        <translation>Your position does not allow proposing improvement actions</translation>
    </message>
    <message>
        <source>Las respuestas las registran los equipos de cada cuenta.</source>
        <translation>Each account&apos;s team records the responses.</translation>
    </message>
    <message>
        <source>Cree las cuentas de la agencia en «Cuentas»: su salud aparecerá aquí.</source>
        <translation>Create the agency&apos;s accounts in “Accounts”: their health will appear here.</translation>
    </message>
    <message>
        <source>Aquí aparecerá la salud de las cuentas que usted puede ver, cuando le asignen alguna.</source>
        <translation>The health of the accounts you can see will appear here, once you are assigned some.</translation>
    </message>
    <message>
        <source>Registre la primera respuesta de un cliente: aquí aparecerán sus resultados por dimensión.</source>
        <translation>Record a client&apos;s first response: its results by dimension will appear here.</translation>
    </message>
    <message>
        <source>Sus resultados aparecerán aquí.</source>
        <translation>Its results will appear here.</translation>
    </message>
    <message>
        <source>Propóngalas en «Resultados» sobre la dimensión más débil; la siguiente encuesta dirá si la brecha se cerró.</source>
        <translation>Propose them in “Results” on the weakest dimension; the next survey will tell whether the gap closed.</translation>
    </message>
    <message>
        <source>Las proponen los equipos de cada cuenta sobre sus resultados; aparecerán aquí.</source>
        <translation>Each account&apos;s team proposes them on its results; they will appear here.</translation>
    </message>
    <message>
        <source>%1 de %2 cuentas: las de peor salud.</source>
        <translation>%1 of %2 accounts: those in the worst health.</translation>
    </message>
    <message>
        <source>1 respuesta</source>
        <translation>1 response</translation>
    </message>
    <message>
        <source>%1 respuestas</source>
        <translation>%1 responses</translation>
    </message>
    <message>
        <source>de 1 cuenta</source>
        <translation>from 1 account</translation>
    </message>
    <message>
        <source>de %1 cuentas</source>
        <translation>from %1 accounts</translation>
    </message>
    <message>
        <source>%1 %2, en la escala 1–%3.</source>
        <translation>%1 %2, on a 1–%3 scale.</translation>
    </message>
    <message>
        <source>%1 incompletas: cuentan solo las preguntas contestadas.</source>
        <translation>%1 incomplete: only the answered questions count.</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>T%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>Pesos</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>Motivos</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Elija en la lista una acción abierta para cerrarla.</source>
        <translation>Choose an open action in the list to close it.</translation>
    </message>
</context>
<context>
    <name>SendActaDialog</name>
    <message>
        <source>Acta: «%1» · SHA-256 %2</source>
        <translation>Meeting report: &apos;%1&apos; · SHA-256 %2</translation>
    </message>
    <message>
        <source>Abrir el acta</source>
        <translation>Open the meeting report</translation>
    </message>
    <message>
        <source>Guardar el acta como…</source>
        <translation>Save the meeting report as…</translation>
    </message>
    <message>
        <source>No hay ninguna aplicación para abrir PDF en este equipo; use «%1».</source>
        <translation>There is no application to open PDFs on this computer; use &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Acta guardada en %1 · SHA-256 %2</source>
        <translation>Meeting report saved to %1 · SHA-256 %2</translation>
    </message>
    <message>
        <source>Guardar el acta</source>
        <translation>Save the meeting report</translation>
    </message>
</context>
<context>
    <name>SendMeetingDialog</name>
    <message>
        <source>Enviar el acta al cliente</source>
        <translation>Send the meeting report to the client</translation>
    </message>
    <message>
        <source>Registrar envío</source>
        <translation>Record as sent</translation>
    </message>
    <message>
        <source>«%1» queda enviada hoy a este contacto, que debe confirmarla. Envíela por su canal habitual; aquí se registra el envío.</source>
        <translation>&apos;%1&apos; is recorded as sent today to this contact, who must confirm it. Send it through your usual channel; this only records the sending.</translation>
    </message>
    <message>
        <source>Ya se envió a %1 el %2.</source>
        <translation>Already sent to %1 on %2.</translation>
    </message>
    <message>
        <source>Contacto del cliente *</source>
        <translation>Client contact *</translation>
    </message>
</context>
<context>
    <name>ServerSignInDialog</name>
    <message>
        <source>Recordarme en este equipo</source>
        <translation>Remember me on this computer</translation>
    </message>
    <message>
        <source>La contraseña se guarda en el llavero del sistema, no en la base de datos.</source>
        <translation>The password is saved in the system keyring, not in the database.</translation>
    </message>
</context>
<context>
    <name>ServiceArea</name>
    <message>
        <source>Atención al cliente</source>
        <translation>Client service</translation>
    </message>
</context>
<context>
    <name>ServiceController</name>
    <message>
        <source>Actualizar la cola</source>
        <translation>Refresh the queue</translation>
    </message>
    <message>
        <source>Atención al cliente</source>
        <translation>Client service</translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <source>Añadir servicio</source>
        <translation>Add service</translation>
    </message>
    <message>
        <source>Quitar servicio</source>
        <translation>Remove service</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cerrar sesión</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Cambiar de usuario…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <source>Olvidar mi contraseña en este equipo</source>
        <translation>Forget my password on this computer</translation>
    </message>
    <message>
        <source>Este equipo ya no recuerda su contraseña.</source>
        <translation>This computer no longer remembers your password.</translation>
    </message>
    <message>
        <source>Este equipo no recordaba su contraseña.</source>
        <translation>Your password was not saved on this computer.</translation>
    </message>
    <message>
        <source>cerrar la sesión</source>
        <translation>signing out</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>En listas y formularios</source>
        <translation>In lists and forms</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Atajos de teclado</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Teclas</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Buscar un atajo…</source>
        <translation>Find a shortcut…</translation>
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
    <name>SlaChart</name>
    <message>
        <source>Cumplimiento del SLA por semana</source>
        <translation>SLA compliance by week</translation>
    </message>
    <message>
        <source>{0} de {1} solicitudes cumplieron su SLA</source>
        <translation>{0} of {1} requests met their SLA</translation>
    </message>
    <message>
        <source>Sin solicitudes con plazo vencido o cumplido en estas semanas</source>
        <translation>No requests with a deadline breached or met in these weeks</translation>
    </message>
    <message>
        <source>Cumplidas</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Incumplidas</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>Semana del {0}: {1} cumplidas, {2} incumplidas</source>
        <translation>Week of {0}: {1} met, {2} breached</translation>
    </message>
</context>
<context>
    <name>StaffListView</name>
    <message>
        <source>Buscar por nombre, cargo, correo o usuario</source>
        <translation>Search by name, title, e-mail or user name</translation>
    </message>
    <message>
        <source>Buscar personas</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>En activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>De baja</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Todos los grupos</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>Aún no hay nadie más en la agencia</source>
        <translation>Nobody else in the agency yet</translation>
    </message>
    <message>
        <source>Dé de alta a su equipo para asignarle cuentas y campañas.</source>
        <translation>Add your team to give them accounts and campaigns.</translation>
    </message>
    <message>
        <source>Añadir persona</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Nadie coincide con la búsqueda</source>
        <translation>Nobody matches the search</translation>
    </message>
    <message>
        <source>Pruebe con otras palabras, otro estado u otro grupo.</source>
        <translation>Try other words, another status or another group.</translation>
    </message>
    <message>
        <source>Aún no hay nadie en la agencia</source>
        <translation>Nobody in the agency yet</translation>
    </message>
    <message>
        <source>%1 de %2 personas</source>
        <translation>%1 of %2 people</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Depto.</source>
        <translation>Dept.</translation>
    </message>
    <message>
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Depende de</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <source>Acceso</source>
        <translation>Sign-in</translation>
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
    <name>SurveySendDialog</name>
    <message>
        <source>Enviar encuesta a %1</source>
        <translation>Send survey to %1</translation>
    </message>
    <message>
        <source>El contacto recibe el cuestionario en PDF rellenable, en su idioma; el envío queda en el registro de comunicaciones con su confirmación de entrega.</source>
        <translation>The contact receives the questionnaire as a fillable PDF, in their language; the send is recorded in the communications log with its delivery confirmation.</translation>
    </message>
    <message>
        <source>Contacto</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Encuesta</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Enviar</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>La cuenta no tiene contactos activos.</source>
        <translation>The account has no active contacts.</translation>
    </message>
    <message>
        <source>Enviando…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>TaskFormDialog</name>
    <message>
        <source>Editar tarea — %1</source>
        <translation>Edit task — %1</translation>
    </message>
    <message>
        <source>Nueva tarea de %1</source>
        <translation>New task for %1</translation>
    </message>
    <message>
        <source>Horas estimadas, p. ej. 12,5</source>
        <translation>Estimated hours, e.g. 12.5</translation>
    </message>
    <message>
        <source>(ningún equipo)</source>
        <translation>(no team)</translation>
    </message>
    <message>
        <source>(ningún proveedor)</source>
        <translation>(no vendor)</translation>
    </message>
    <message>
        <source>(sin asignar)</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <source>(no es un hito)</source>
        <translation>(not a milestone)</translation>
    </message>
    <message>
        <source>Título *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Inicio *</source>
        <translation>Start *</translation>
    </message>
    <message>
        <source>Fin *</source>
        <translation>End *</translation>
    </message>
    <message>
        <source>Horas estimadas</source>
        <translation>Estimated hours</translation>
    </message>
    <message>
        <source>Equipo interno</source>
        <translation>Internal team</translation>
    </message>
    <message>
        <source>Proveedor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Hito</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Depende de</source>
        <translation>Depends on</translation>
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
        <source>Deshacer la reasignación</source>
        <translation>Undo the reassignment</translation>
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
        <source>Elija una cuenta del árbol.</source>
        <translation>Choose an account in the tree.</translation>
    </message>
    <message>
        <source>No hay ninguna reasignación que deshacer.</source>
        <translation>There is no reassignment to undo.</translation>
    </message>
    <message>
        <source>nadie</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Reasignar cuenta</source>
        <translation>Reassign account</translation>
    </message>
    <message>
        <source>¿Reasignar «%1» de %2 a %3?</source>
        <translation>Reassign &apos;%1&apos; from %2 to %3?</translation>
    </message>
    <message>
        <source>Podrá deshacerlo.</source>
        <translation>You can undo it.</translation>
    </message>
    <message>
        <source>Reasignar</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>«%1» reasignada a %2</source>
        <translation>&apos;%1&apos; reassigned to %2</translation>
    </message>
    <message>
        <source>«%1» pasó de %2 a %3.</source>
        <translation>&apos;%1&apos; moved from %2 to %3.</translation>
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
    <name>TeamPage</name>
    <message>
        <source>Paso 3 de 3</source>
        <translation>Step 3 of 3</translation>
    </message>
    <message>
        <source>Su equipo</source>
        <translation>Your team</translation>
    </message>
    <message>
        <source>Añada a las personas de la agencia una a una o desde un archivo CSV (columnas nombre, rol, correo, depende de; y si quiere, grupo). Puede dejarlo para más tarde: «Empezar» sin nadie en la lista.</source>
        <translation>Add the agency&apos;s people one by one or from a CSV file (columns name, role, email, reports to; and, if you like, group). You can leave it for later: &apos;Get started&apos; with nobody on the list.</translation>
    </message>
    <message>
        <source>Nombre y apellidos</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Cargo en femenino</source>
        <translation>Feminine job title</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Opcional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Correo</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Nadie, o una persona de la lista</source>
        <translation>Nobody, or a person from the list</translation>
    </message>
    <message>
        <source>Depende de</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <source>Opcional; un grupo nuevo se crea</source>
        <translation>Optional; a new group is created</translation>
    </message>
    <message>
        <source>Grupo de cuentas</source>
        <translation>Account group</translation>
    </message>
    <message>
        <source>Añadir a la lista</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <source>Importar CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Fila</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Problemas</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Importar el equipo</source>
        <translation>Import the team</translation>
    </message>
    <message>
        <source>Archivos CSV (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Nadie en la lista todavía.</source>
        <translation>Nobody on the list yet.</translation>
    </message>
    <message>
        <source>1 persona en la lista: «Empezar» la añade.</source>
        <translation>1 person on the list: “Start” adds them.</translation>
    </message>
    <message>
        <source>%1 personas en la lista: «Empezar» las añade a todas.</source>
        <translation>%1 people on the list: “Start” adds them all.</translation>
    </message>
    <message>
        <source>1 persona en la lista.</source>
        <translation>1 person on the list.</translation>
    </message>
    <message>
        <source>%1 personas en la lista.</source>
        <translation>%1 people on the list.</translation>
    </message>
    <message>
        <source>1 con problemas (%1): corríjala o quítela.</source>
        <translation>1 with problems (%1): correct or remove it.</translation>
    </message>
    <message>
        <source>%1 con problemas (%2): corríjalas o quítelas.</source>
        <translation>%1 with problems (%2): correct or remove them.</translation>
    </message>
    <message>
        <source>la lista del equipo (1 persona)</source>
        <translation>the team list (1 person)</translation>
    </message>
    <message>
        <source>la lista del equipo (%1 personas)</source>
        <translation>the team list (%1 people)</translation>
    </message>
    <message>
        <source>Para añadirla, pulse Cancelar y corrija la lista.</source>
        <translation>To add this person, press Cancel and correct the list.</translation>
    </message>
    <message>
        <source>Para añadirlas, pulse Cancelar y corrija la lista.</source>
        <translation>To add them, press Cancel and correct the list.</translation>
    </message>
    <message>
        <source>Guardar la añade a la agencia; Descartar empieza sin ella.</source>
        <translation>Save adds this person to the agency; Discard starts without them.</translation>
    </message>
    <message>
        <source>Guardar las añade a la agencia; Descartar empieza sin ellas.</source>
        <translation>Save adds them to the agency; Discard starts without them.</translation>
    </message>
</context>
<context>
    <name>TeamUndo</name>
    <message>
        <source>Añadir a %1 al equipo de «%2»</source>
        <translation>Add %1 to the “%2” team</translation>
    </message>
    <message>
        <source>Quitar a %1 del equipo de «%2»</source>
        <translation>Remove %1 from the “%2” team</translation>
    </message>
    <message>
        <source>Cambiar el responsable de «%1» a %2</source>
        <translation>Make %2 the lead of “%1”</translation>
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
    <name>TemplatesModel</name>
    <message>
        <source>Encuesta</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Revisión</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Escala</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Dimensiones</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>Preguntas</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Respuestas</source>
        <translation>Responses</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Límite del supervisor</source>
        <translation>Supervisor&apos;s limit</translation>
    </message>
    <message>
        <source>Límite del gerente</source>
        <translation>Manager&apos;s limit</translation>
    </message>
    <message>
        <source>Los nuevos límites valen para las aprobaciones que se den desde ahora; las ya dadas no cambian. El cambio queda registrado en el historial de la agencia.</source>
        <translation>The new limits apply to approvals given from now on; those already given do not change. The change is recorded in the agency&apos;s history.</translation>
    </message>
    <message>
        <source>Un supervisor de cuentas aprueba presupuestos de hasta %1; un gerente de cuenta, de hasta %2, y un director de cuentas, de cualquier importe.</source>
        <translation>An Account Supervisor approves budgets of up to %1, an Account Manager up to %2, and an Account Director any amount.</translation>
    </message>
    <message>
        <source>Otra persona ha cambiado los umbrales mientras los editaba: ahora son %1 (supervisor) y %2 (gerente). Revise sus importes y guarde de nuevo para aplicarlos.</source>
        <translation>Someone else changed the thresholds while you were editing them: they are now %1 (supervisor) and %2 (manager). Check your amounts and save again to apply them.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Alta de la campaña</source>
        <translation>Campaign created</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Qué</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Detalle</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Historia de la campaña</source>
        <translation>Campaign history</translation>
    </message>
    <message>
        <source>Aún no hay historia</source>
        <translation>No history yet</translation>
    </message>
    <message>
        <source>Cada versión del brief, propuesta, acta y decisión quedará aquí.</source>
        <translation>Every version of the brief, proposal, meeting report and decision will be recorded here.</translation>
    </message>
    <message>
        <source>Solicitud</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Comunicación</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Acta</source>
        <translation>Meeting report</translation>
    </message>
    <message>
        <source>Aprobación</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Campaña</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Qué</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Asunto</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Detalle</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Volver al registro</source>
        <translation>Back to the log</translation>
    </message>
    <message>
        <source>Todas las personas</source>
        <translation>All people</translation>
    </message>
    <message>
        <source>Nada con estos filtros en la cronología de esta cuenta.</source>
        <translation>Nothing in this account&apos;s timeline matches these filters.</translation>
    </message>
    <message>
        <source>Cronología de {0}</source>
        <translation>Timeline of {0}</translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <source>Recibido</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Remitente</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Asunto</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Sin contacto</source>
        <translation>No contact</translation>
    </message>
    <message>
        <source>Asignar a la cuenta</source>
        <translation>Assign to the account</translation>
    </message>
    <message>
        <source>Descartar…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <source>No hay correo sin asignar: todo lo recibido tiene ya su cuenta.</source>
        <translation>No unassigned e-mail: everything received already has its account.</translation>
    </message>
</context>
<context>
    <name>TypedDialog</name>
    <message>
        <source>cerrar</source>
        <translation>closing</translation>
    </message>
    <message>
        <source>«%1»</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Para conservarlo, pulse Cancelar y termine en el diálogo.</source>
        <translation>To keep it, press Cancel and finish in the dialog.</translation>
    </message>
    <message>
        <source>«%1» en «%2»</source>
        <translation>“%1” on “%2”</translation>
    </message>
    <message>
        <source>Se ha recuperado lo que escribió aquí y no llegó a enviar.</source>
        <translation>What you typed here and did not send has been recovered.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Deshecho: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Rehecho: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <source>No se puede deshacer «%1»: %2</source>
        <translation>Cannot undo &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Cambios sin guardar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>¿Guardar los cambios en %1 antes de %2?</source>
        <translation>Save the changes to %1 before %2?</translation>
    </message>
    <message>
        <source>Si no los guarda, se perderán.</source>
        <translation>If you do not save them, they will be lost.</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Descartar</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>salir</source>
        <translation>quitting</translation>
    </message>
</context>
<context>
    <name>VendorFormDialog</name>
    <message>
        <source>Editar proveedor — %1</source>
        <translation>Edit vendor — %1</translation>
    </message>
    <message>
        <source>Nuevo proveedor</source>
        <translation>New vendor</translation>
    </message>
    <message>
        <source>p. ej. Jornada de rodaje 4.500 €; montaje 900 €</source>
        <translation>e.g. Shoot day €4,500; editing €900</translation>
    </message>
    <message>
        <source>Empresa *</source>
        <translation>Company *</translation>
    </message>
    <message>
        <source>Categoría</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>NIF / identificación fiscal</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Persona de contacto</source>
        <translation>Contact person</translation>
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
        <source>Tarifas</source>
        <translation>Rates</translation>
    </message>
    <message>
        <source>Notas</source>
        <translation>Notes</translation>
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
<context>
    <name>status</name>
    <message>
        <source>Trabajando…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>window.search</name>
    <message>
        <source>Buscar cuentas, campañas y contactos…</source>
        <translation>Search accounts, campaigns and contacts…</translation>
    </message>
</context>
<context>
    <name>window.status</name>
    <message>
        <source>Conectado</source>
        <translation>Connected</translation>
    </message>
</context>
</TS>
