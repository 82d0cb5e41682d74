"""The demo's clients: the hand-written companies with their brands and products, the
countries they are in, their contacts' positions, and the words the large demo's
generated companies and people are made of. Pure data.

The companies are invented (any likeness to a real one is a coincidence of common Spanish
words); the punctuation in some names (`Kola-Sierra`, `D'Arcy`, `Pérez & Hijos`, `T&C`)
is there on purpose, to show that search copes with it.
"""

from __future__ import annotations

from typing import Final

from agencia.demo.plan import company as _c
from agencia.domain.enums import ContactRole

# Parents come before their subsidiaries. A table: one client a line or two, kept compact.
# fmt: off
COMPANIES: Final = (
    # --- Gran Consumo (group 0): the demo director's group --------------------------
    _c("Grupo Alimentario Peñalara", "Grupo Alimentario Peñalara, S.A.", "Alimentación", "ES",
       "Madrid", 0, (("Peñalara", ("Leche entera", "Yogur natural", "Mantequilla")),)),
    _c("Lácteos Peñalara", "Lácteos Peñalara, S.L.", "Alimentación", "ES", "Segovia", 0,
       (("Peñalara Natura", ("Leche sin lactosa", "Kéfir")), ("Vaca Feliz", ("Batido de cacao",))),
       parent="Grupo Alimentario Peñalara"),
    _c("Helados García", "Helados García e Hijos, S.L.", "Alimentación", "ES", "Xixona", 0,
       (("García Artesanos", ("Turrón helado", "Polo de limón")), ("Frío Polar", ("Cono nata",))),
       parent="Grupo Alimentario Peñalara"),
    _c("Kola-Sierra Refrescos", "Kola-Sierra Refrescos, S.A.", "Bebidas", "ES", "Valencia", 0,
       (("Kola-Sierra", ("Kola-Sierra Zero", "Kola-Sierra Clásica")),
        ("Naranjina", ("Naranja con gas", "Limón con gas")))),
    _c("Cervezas del Norte", "Cervezas del Norte, S.A.", "Bebidas", "ES", "Santander", 0,
       (("Norteña", ("Norteña Especial", "Norteña 0,0")), ("Faro Rojo", ("Tostada", "IPA")))),
    _c("D'Arcy Cosmética", "D'Arcy Cosmética Ibérica, S.L.", "Cosmética", "ES", "Barcelona", 0,
       (("D'Arcy Paris", ("Sérum antiedad", "Crema de día")),
        ("Aloe d'Or", ("Gel de aloe", "Champú suave", "Acondicionador")))),
    _c("Pérez & Hijos", "Conservas Pérez & Hijos, S.A.", "Alimentación", "ES", "Vigo", 0,
       (("Pérez & Hijos", ("Atún claro", "Mejillones en escabeche", "Sardinillas")),)),
    _c("Galletas Núñez", "Galletas Núñez, S.A.", "Alimentación", "ES", "Aguilar de Campoo", 0,
       (("Núñez", ("María dorada", "Digestive")), ("Crujis", ("Crujis chocolate",)))),
    _c("Bodegas Ibáñez", "Bodegas Ibáñez, S.L.", "Bebidas", "ES", "Logroño", 0,
       (("Viña Ibáñez", ("Crianza", "Reserva")), ("Cepa Alta", ("Rosado",)))),
    _c("SuperAhorro", "Supermercados Ahorro+, S.A.", "Retail", "ES", "Valencia", 0,
       (("SuperAhorro", ("Marca propia", "Tarjeta cliente")),)),
    _c("Aceites La Almazara", "Aceites La Almazara, S.C.A.", "Alimentación", "ES", "Jaén", 0,
       (("La Almazara", ("Virgen extra", "Arbequina")),)),
    _c("Perfumerías Olmo", "Perfumerías Olmo, S.L.", "Cosmética", "ES", "Madrid", 0,
       (("Olmo", ("Tiendas", "Tienda online")), ("Olmo Men", ("Colonia fresca",)))),
    _c("Moda Ágora", "Ágora Textil, S.A.", "Retail", "ES", "A Coruña", 0,
       (("Ágora", ("Colección mujer", "Colección hombre")), ("Ágora Kids", ("Vuelta al cole",)))),
    _c("Aguas de Valdecruz", "Aguas Minerales de Valdecruz, S.A.", "Bebidas", "ES", "Teruel", 0,
       (("Valdecruz", ("Agua mineral 1,5 l", "Agua con gas")),)),
    _c("Chocolates Sant Jordi", "Xocolates Sant Jordi, S.L.", "Alimentación", "ES", "Girona", 0,
       (("Sant Jordi", ("Tableta negro 70 %", "Bombones")),)),
    # --- Servicios y Tecnología (group 1) ------------------------------------------
    _c("Banco Mediterráneo", "Banco Mediterráneo, S.A.", "Banca", "ES", "Valencia", 1,
       (("Banco Mediterráneo", ("Hipoteca Fija", "Cuenta Nómina", "Tarjeta Oro")),
        ("MedBank Joven", ("Cuenta Joven",)))),
    _c("Seguros Atalaya", "Atalaya Seguros y Reaseguros, S.A.", "Seguros", "ES", "Madrid", 1,
       (("Atalaya", ("Seguro de hogar", "Seguro de coche", "Seguro de salud")),)),
    _c("Telefonía Ágil", "Telefonía Ágil, S.A.", "Telecomunicaciones", "ES", "Madrid", 1,
       (("Ágil", ("Fibra 1 Gb", "Móvil ilimitado")), ("Ágil Empresas", ("Centralita virtual",)))),
    _c("T&C Comunicaciones", "T&C Comunicaciones Globales, S.A.", "Telecomunicaciones", "ES",
       "Barcelona", 1, (("T&C", ("Roaming mundial", "Datos 5G")),)),
    _c("Energía Solar Ibérica", "Energía Solar Ibérica, S.L.", "Energía", "ES", "Sevilla", 1,
       (("SolIbérica", ("Placas para el hogar", "Autoconsumo empresas")),)),
    _c("Eléctrica Cantábrica", "Eléctrica Cantábrica, S.A.", "Energía", "ES", "Oviedo", 1,
       (("Cantábrica Luz", ("Tarifa plana", "Tarifa nocturna")), ("Cantábrica Gas", ("Gas",)))),
    _c("Automóviles Hispania", "Automóviles Hispania, S.A.", "Automoción", "ES", "Vitoria", 1,
       (("Hispania", ("Hispania Urbano", "Hispania SUV", "Hispania Eléctrico")),)),
    _c("Laboratorios Farmasur", "Laboratorios Farmasur, S.A.", "Farmacia", "ES", "Granada", 1,
       (("Farmasur", ("Ibuprofeno 400", "Vitamina C")), ("Dermasur", ("Crema solar 50",)))),
    _c("Viajes Alcázar", "Viajes Alcázar, S.L.", "Turismo", "ES", "Sevilla", 1,
       (("Alcázar", ("Escapadas", "Circuitos")), ("Alcázar Business", ("Viajes de empresa",)))),
    _c("Hoteles Costa Serena", "Hoteles Costa Serena, S.A.", "Turismo", "ES", "Palma", 1,
       (("Costa Serena", ("Todo incluido", "Spa")),), parent="Viajes Alcázar"),
    _c("Inmobiliaria Castellana", "Inmobiliaria Castellana, S.A.", "Inmobiliario", "ES",
       "Madrid", 1, (("Castellana Homes", ("Obra nueva", "Alquiler")),)),
    _c("Clínicas Sonríe", "Clínicas Dentales Sonríe, S.L.", "Salud", "ES", "Zaragoza", 1,
       (("Sonríe", ("Ortodoncia invisible", "Implantes")),)),
    _c("Escuela de Negocios Atenea", "Atenea Business School, S.L.", "Educación", "ES",
       "Madrid", 1, (("Atenea", ("MBA Executive", "Máster en Marketing Digital")),)),
    _c("Radio Meseta", "Radio Meseta Comunicación, S.A.", "Medios", "ES", "Valladolid", 1,
       (("Meseta FM", ("Programa despertador",)), ("Meseta Música", ("Listas",)))),
    _c("Ferreterías Úbeda", "Ferreterías Úbeda, S.L.", "Retail", "ES", "Úbeda", 1,
       (("Úbeda", ("Bricolaje", "Jardín")),)),
    # --- Latinoamérica (group 2) ----------------------------------------------------
    _c("Cervecería del Pacífico", "Cervecería del Pacífico, S.A. de C.V.", "Bebidas", "MX",
       "Guadalajara", 2, (("Pacífica", ("Pacífica Clara", "Pacífica Oscura")),
                          ("Marea", ("Marea Light",)))),
    _c("Tequila Los Altos", "Tequilera Los Altos, S.A. de C.V.", "Bebidas", "MX",
       "Tepatitlán", 2, (("Los Altos", ("Blanco", "Reposado", "Añejo")),),
       parent="Cervecería del Pacífico"),
    _c("Banca del Norte", "Banca Mexicana del Norte, S.A.", "Banca", "MX", "Monterrey", 2,
       (("BanNorte", ("Crédito Pyme", "Tarjeta Clásica")),)),
    _c("Tiendas Olmeca", "Tiendas Olmeca, S.A. de C.V.", "Retail", "MX", "Ciudad de México", 2,
       (("Olmeca", ("Buen Fin", "Regreso a clases")), ("Olmeca Express", ("Tienda 24 h",)))),
    _c("Farmacias Guadalupe", "Farmacias Guadalupe, S.A. de C.V.", "Farmacia", "MX", "Puebla", 2,
       (("Guadalupe", ("Genéricos", "Dermocosmética")),)),
    _c("Aerovías del Plata", "Aerovías del Plata, S.A.", "Turismo", "AR", "Buenos Aires", 2,
       (("Aerovías", ("Vuelos de cabotaje", "Programa de millas")),)),
    _c("Yerba Mate Las Misiones", "Establecimiento Las Misiones, S.A.", "Alimentación", "AR",
       "Posadas", 2, (("Las Misiones", ("Yerba tradicional", "Yerba suave")),)),
    _c("Bodega Luján de Cuyo", "Bodega Luján de Cuyo, S.A.", "Bebidas", "AR", "Mendoza", 2,
       (("Luján", ("Malbec", "Torrontés")),)),
    _c("Lácteos La Pampa", "La Pampa Lácteos, S.R.L.", "Alimentación", "AR", "Córdoba", 2,
       (("La Pampa", ("Dulce de leche", "Queso cremoso")),)),
    _c("Café Montaña Antioqueña", "Café Montaña Antioqueña, S.A.S.", "Alimentación", "CO",
       "Medellín", 2, (("Montaña", ("Café molido", "Café en grano")),)),
    _c("Telecomunicaciones Andinas", "Telecomunicaciones Andinas, S.A.", "Telecomunicaciones",
       "CO", "Bogotá", 2, (("Andina Móvil", ("Prepago", "Pospago")),
                           ("Andina Hogar", ("Fibra hogar",)))),
    _c("Flores de la Sabana", "Flores de la Sabana, S.A.S.", "Agroalimentación", "CO", "Chía",
       2, (("Sabana", ("Rosas", "Claveles")),)),
    _c("Chocolatería Núñez & Ortiz", "Núñez & Ortiz Chocolates, S.A.S.", "Alimentación", "CO",
       "Cali", 2, (("N&O", ("Chocolate de mesa", "Cacao en polvo")),)),
    _c("Motos Cóndor", "Motocicletas Cóndor, S.A.", "Automoción", "CO", "Bogotá", 2,
       (("Cóndor", ("Cóndor 125", "Cóndor 200")),)),
)
# fmt: on

# Locale and currency by the client's country.
COUNTRIES: Final[dict[str, tuple[str, str, str, str]]] = {
    # country: (locale, currency, phone prefix, e-mail domain suffix)
    "ES": ("es_ES", "EUR", "+34", ".es"),
    "MX": ("es_MX", "MXN", "+52", ".com.mx"),
    "AR": ("es_AR", "ARS", "+54", ".com.ar"),
    "CO": ("es_CO", "COP", "+57", ".com.co"),
}

STREETS: Final = (
    "Calle Mayor",
    "Avenida de la Constitución",
    "Calle Real",
    "Paseo del Prado",
    "Avenida de América",
    "Calle de Alcalá",
    "Gran Vía",
    "Calle San Juan",
    "Avenida Reforma",
    "Calle Florida",
    "Carrera Séptima",
    "Avenida Libertador",
)

# (contact role, (male position, female position))
POSITIONS: Final[dict[ContactRole, tuple[str, str]]] = {
    ContactRole.GENERAL_MANAGER: ("Director General", "Directora General"),
    ContactRole.MARKETING_DIRECTOR: ("Director de Marketing", "Directora de Marketing"),
    ContactRole.ADVERTISING_DIRECTOR: ("Director de Publicidad", "Directora de Publicidad"),
    ContactRole.COMMUNICATION_DIRECTOR: (
        "Director de Comunicación",
        "Directora de Comunicación",
    ),
    ContactRole.BRAND_MANAGER: ("Jefe de Marca", "Jefa de Marca"),
    ContactRole.PRODUCT_MANAGER: ("Jefe de Producto", "Jefa de Producto"),
    ContactRole.PURCHASING: ("Responsable de Compras", "Responsable de Compras"),
    ContactRole.OTHER: ("Coordinador de Eventos", "Coordinadora de Eventos"),
}

# Who usually sits at the top of the table on the client's side, most senior first.
CONTACT_ORDER: Final = (
    ContactRole.MARKETING_DIRECTOR,
    ContactRole.ADVERTISING_DIRECTOR,
    ContactRole.COMMUNICATION_DIRECTOR,
    ContactRole.GENERAL_MANAGER,
    ContactRole.BRAND_MANAGER,
    ContactRole.PRODUCT_MANAGER,
    ContactRole.PURCHASING,
    ContactRole.OTHER,
)

# Word lists, kept compact.
# fmt: off
FEMALE_NAMES: Final = (
    "María", "Lucía", "Sofía", "Martina", "Paula", "Julia", "Alba", "Carla", "Sara", "Noa",
    "Daniela", "Valeria", "Ana Belén", "Inés", "Beatriz", "Begoña", "Pilar", "Rocío", "Nuria",
    "Montserrat", "Ainhoa", "Itziar", "Maite", "Guadalupe", "Fernanda", "Florencia", "Catalina",
    "Mónica", "Verónica", "Cristina", "Raquel", "Soledad", "Amparo", "Consuelo", "Lorena",
)
MALE_NAMES: Final = (
    "Antonio", "Manuel", "José Luis", "Francisco", "David", "Daniel", "Alejandro", "Adrián",
    "Jorge", "Iñaki", "Óscar", "Rubén", "Íñigo", "Ramón", "Jesús", "Ignacio", "Fernando",
    "Gonzalo", "Emilio", "Agustín", "Rodrigo", "Sebastián", "Nicolás", "Martín", "Julián",
    "Gabriel", "Andrés", "Víctor", "Álex", "Borja", "Xavier", "Jordi", "Marcos", "Héctor",
)
SURNAMES: Final = (
    "García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez",
    "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez",
    "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos",
    "Gil", "Ramírez", "Serrano", "Blanco", "Molina", "Morales", "Suárez", "Ortega", "Delgado",
    "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Núñez", "Iglesias", "Medina", "Garrido",
    "Cortés", "Castillo", "Santos", "Lozano", "Guerrero", "Cano", "Prieto", "Méndez", "Cruz",
    "Calvo", "Gallego", "Vidal", "León", "Márquez", "Herrera", "Peña", "Flores", "Cabrera",
    "Campos", "Vega", "Fuentes", "Carrasco", "Diez", "Caballero", "Reyes", "Nieto", "Aguilar",
    "Pascual", "Santana", "Herrero", "Montero", "Lorenzo", "Hidalgo", "Giménez", "Ibáñez",
    "Ferrer", "Durán", "Santiago", "Benítez", "Vargas", "Mora", "Vicente", "Arias", "Carmona",
    "Crespo", "Román", "Pastor", "Soto", "Sáez", "Velasco", "Moya", "Soler", "Parra",
    "Esteban", "Bravo", "Gallardo", "Rojas", "O'Connor", "Echeverría", "Goñi", "Urquijo",
)

# Raw material for the large demo's generated companies.
BUSINESSES: Final = (
    ("Distribuciones", "Retail"), ("Conservas", "Alimentación"), ("Panificadora", "Alimentación"),
    ("Bodegas", "Bebidas"), ("Sidrería", "Bebidas"), ("Transportes", "Logística"),
    ("Talleres", "Automoción"), ("Concesionario", "Automoción"), ("Construcciones", "Construcción"),
    ("Inmobiliaria", "Inmobiliario"), ("Hoteles", "Turismo"), ("Viajes", "Turismo"),
    ("Farmacia", "Farmacia"), ("Laboratorios", "Farmacia"), ("Óptica", "Salud"),
    ("Clínica", "Salud"), ("Seguros", "Seguros"), ("Asesoría", "Servicios"),
    ("Academia", "Educación"), ("Textil", "Retail"), ("Muebles", "Hogar"),
    ("Electrodomésticos", "Hogar"), ("Joyería", "Retail"), ("Cafés", "Alimentación"),
    ("Energías", "Energía"), ("Telecomunicaciones", "Telecomunicaciones"),
    ("Cosméticos", "Cosmética"), ("Perfumería", "Cosmética"), ("Lácteos", "Alimentación"),
    ("Cervecera", "Bebidas"),
)
PLACES: Final = (
    "del Norte", "del Sur", "de Levante", "del Cantábrico", "Ibérica", "Atlántica",
    "Mediterránea", "de la Sierra", "del Valle", "de Castilla", "de Aragón", "Andaluza",
    "Gallega", "Canaria", "Balear", "Riojana", "Manchega", "Extremeña", "Asturiana", "Navarra",
)
JOINERS: Final = ("", "", "", " & Asociados", " Hermanos", " e Hijos", " Grupo")
CITIES_ES: Final = (
    "Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Murcia", "Palma",
    "Bilbao", "Alicante", "Córdoba", "Valladolid", "Vigo", "Gijón", "A Coruña", "Granada",
    "Vitoria", "Elche", "Oviedo", "Pamplona", "Almería", "San Sebastián", "Burgos", "Albacete",
    "Santander", "Castellón", "Logroño", "Badajoz", "Salamanca", "Huelva", "León", "Cádiz",
    "Jaén", "Ourense", "Girona", "Lleida", "Cáceres", "Lugo", "Tarragona", "Ávila",
)
# fmt: on


# Whether a client may be named in another client's deck, where the demo needs it one way:
# the completed campaigns' clients (two may be shown, one may not: its case study appears
# only in its own deck). Every other client draws it (six in ten may be shown).
SHOWABLE_ACCOUNTS: Final[dict[str, bool]] = {
    "Kola-Sierra Refrescos": True,
    "Cervecería del Pacífico": True,
    "Galletas Núñez": False,
}
