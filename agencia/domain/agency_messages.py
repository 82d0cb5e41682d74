"""The agency settings' part of the message catalogue (merged into agencia.domain.messages):
tax IDs by country, exchange rates and time zones."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "field.tax_id_kind": (
        "El {kind} no tiene un formato válido.",
        "The {kind} is not in a valid form.",
    ),
    "field.tax_id_check": (
        "El {kind} no es válido: su letra o dígito de control no corresponde.",
        "The {kind} is not valid: its check letter or digit does not match.",
    ),
    "field.time_zone": (
        "Zona horaria desconocida: {value} (escriba p. ej. Europe/Madrid o America/Mexico_City).",
        "Unknown time zone: {value} (write e.g. Europe/Madrid or America/Mexico_City).",
    ),
    "rate.currency_is_agency": (
        "{currency} es la moneda de la agencia: no necesita tipo de cambio.",
        "{currency} is the agency's currency: it needs no exchange rate.",
    ),
    "rate.positive": (
        "El tipo de cambio debe ser mayor que cero.",
        "The exchange rate must be greater than zero.",
    ),
    "rate.precision": (
        "El tipo de cambio admite como máximo {max} decimales.",
        "The exchange rate takes at most {max} decimal places.",
    ),
    "approval.no_rate": (
        "No hay tipo de cambio de {currency} en vigor el {date}: el administrador debe "
        "fijarlo (agencia rates set {currency} TIPO) para comparar el presupuesto con los "
        "límites de aprobación; mientras tanto la aprueba un director.",
        "There is no exchange rate for {currency} in force on {date}: the administrator "
        "must set one (agencia rates set {currency} RATE) to compare the budget with the "
        "approval limits; meanwhile a director approves it.",
    ),
    "review.rate_missing": (
        "No hay tipo de cambio de {currency} en vigor: el presupuesto no puede compararse "
        "con los límites y ahora hace falta un director.",
        "There is no exchange rate for {currency} in force: the budget cannot be compared "
        "with the limits and it now needs a director.",
    ),
    "reassign.no_undo": (
        "La cuenta no tenía ejecutivo principal antes: no hay a quién devolverla.",
        "The account had no lead executive before: there is nobody to give it back to.",
    ),
    "reassign.confirm": (
        "«{account}» pasa de {source} a {target}, que queda como responsable de la cuenta; "
        "{source} sigue en el equipo de la cuenta.",
        "'{account}' goes from {source} to {target}, its new lead executive; {source} stays "
        "on the account's team.",
    ),
    "rate.none_yet": (
        "Aún no hay tipos de cambio: añada el de cada moneda en que trabajan sus clientes.",
        "No exchange rates yet: add one for each currency your clients work in.",
    ),
}
