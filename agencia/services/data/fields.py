"""What each kind of import takes, and the headers people give those columns.

Headers are recognised in Spanish and English, whatever their accents, case or
punctuation ("Razón social", "RAZON SOCIAL", "Legal name"); a column nobody recognises
is left out unless the person maps it. Field names are the services' own, so that a
service's error on a field points back at the column it came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from agencia.domain.text import fold


class ImportKind(StrEnum):
    """What a file holds, one kind per import."""

    ACCOUNTS = "accounts"
    CONTACTS = "contacts"
    BRANDS = "brands"  # brands and their products
    STAFF = "staff"
    VENDORS = "vendors"  # the coordination area's suppliers


@dataclass(frozen=True, slots=True)
class Field:
    """A field a column can feed; `required` ones must be mapped."""

    name: str
    headers: tuple[str, ...]
    required: bool = False


_NAME = ("nombre", "name")
_EMAIL = ("correo", "correo electronico", "email", "e mail", "mail", "e-mail")
_PHONE = ("telefono", "tel", "tfno", "phone", "telephone", "telefono fijo")
_NOTES = ("notas", "observaciones", "comentarios", "notes", "comments")
_ACCOUNT = ("cuenta", "cliente", "empresa", "compania", "account", "client", "company")
_GROUP = ("grupo", "grupo de cuentas", "group", "account group")

FIELDS: dict[ImportKind, tuple[Field, ...]] = {
    ImportKind.ACCOUNTS: (
        Field(
            "trade_name",
            (*_NAME, "nombre comercial", "cuenta", "cliente", "trade name", "account", "client"),
            required=True,
        ),
        Field("legal_name", ("razon social", "denominacion social", "legal name", "company name")),
        Field(
            "tax_id",
            ("nif", "cif", "nif cif", "nie", "rfc", "cuit", "nit", "rut", "ruc", "tax id", "vat"),
        ),
        Field("sector", ("sector", "industria", "actividad", "industry")),
        Field("phone", _PHONE),
        Field("email", _EMAIL),
        Field("website", ("web", "sitio web", "pagina web", "website", "url")),
        Field("address", ("direccion", "domicilio", "address")),
        Field("city", ("ciudad", "poblacion", "localidad", "municipio", "city", "town")),
        Field("country", ("pais", "country")),
        Field("currency", ("moneda", "divisa", "currency")),
        Field("group", _GROUP),
        Field(
            "lead",
            (
                "ejecutivo",
                "ejecutiva",
                "ejecutivo de cuenta",
                "responsable",
                "executive",
                "lead executive",
                "account executive",
            ),
        ),
        Field("notes", _NOTES),
    ),
    ImportKind.CONTACTS: (
        Field("account", (*_ACCOUNT, "nif cuenta", "cif cliente", "account tax id"), required=True),
        Field(
            "full_name",
            (*_NAME, "nombre completo", "contacto", "full name", "contact"),
            required=True,
        ),
        Field("last_name", ("apellidos", "apellido", "last name", "surname")),
        Field("position", ("cargo", "puesto", "position", "job title", "title")),
        Field("email", _EMAIL),
        Field("phone", _PHONE),
        Field("mobile", ("movil", "celular", "mobile", "cell", "cell phone")),
        Field("fax", ("fax", "telefax", "numero de fax", "fax number")),
        Field("postal_address", ("direccion postal", "direccion", "postal address", "address")),
        Field("preferred_hours", ("horario preferido", "horario", "preferred hours", "hours")),
        Field("decision_maker", ("decisor", "decide", "toma decisiones", "decision maker")),
        Field("notes", _NOTES),
    ),
    ImportKind.BRANDS: (
        Field("account", _ACCOUNT, required=True),
        Field("brand", ("marca", "brand"), required=True),
        Field("product", ("producto", "product")),
        Field("description", ("descripcion", "description")),
    ),
    ImportKind.STAFF: (
        Field("full_name", (*_NAME, "nombre completo", "persona", "full name"), required=True),
        Field("role", ("rol", "role", "nivel", "perfil"), required=True),
        Field("title", ("cargo", "titulo", "puesto", "title", "job title")),
        Field("title_gender", ("genero", "sexo", "gender")),
        Field("department", ("departamento", "area", "department")),
        Field("email", _EMAIL),
        Field("phone", _PHONE),
        Field("extension", ("extension", "ext", "ext.")),
        Field("time_zone", ("zona horaria", "huso horario", "time zone", "timezone")),
        Field(
            "reports_to",
            ("jefe", "jefa", "reporta a", "responsable", "reports to", "manager", "boss"),
        ),
        Field("group", _GROUP),
    ),
    ImportKind.VENDORS: (
        Field(
            "name",
            (*_NAME, "proveedor", "razon social", "empresa", "vendor", "supplier", "company"),
            required=True,
        ),
        Field("category", ("categoria", "tipo", "servicio", "category", "type", "service")),
        Field(
            "tax_id",
            ("nif", "cif", "nif cif", "rfc", "cuit", "nit", "rut", "ruc", "tax id", "vat"),
        ),
        Field("contact_name", ("contacto", "persona de contacto", "contact", "contact name")),
        Field("email", _EMAIL),
        Field("phone", _PHONE),
        Field("rates", ("tarifas", "tarifa", "precios", "rates", "prices")),
        Field("notes", _NOTES),
    ),
}


def fields_of(kind: ImportKind) -> tuple[Field, ...]:
    return FIELDS[kind]


def _key(header: str) -> str:
    return " ".join(fold(header).replace("/", " ").replace("_", " ").replace("-", " ").split())


def guess_mapping(kind: ImportKind, headers: Sequence[str]) -> dict[str, int]:
    """field → column for the headers recognised (the first column wins a field)."""
    mapping: dict[str, int] = {}
    for column, header in enumerate(headers):
        key = _key(header)
        for f in FIELDS[kind]:
            if f.name not in mapping and key in {_key(h) for h in f.headers}:
                mapping[f.name] = column
                break
    return mapping
