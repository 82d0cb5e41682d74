"""The words for what a channel confirmed of a delivery (courier, certified post, fax,
e-mail) and for who confirmed it and when, shared by the log's pane and the form that
confirms a pending one; never the key in the code («signed_by», «confirmed_at»)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from agencia.ui.formatting import date_text, datetime_text

CONFIRMER_KEYS = frozenset({"confirmed_at", "confirmed_by"})


# the log's own words (the context its pane has always used: translations carry over)
translate = QCoreApplication.translate


def confirmation_word(key: str) -> str:
    """The label of one confirmed field; an unknown key as it is."""
    words = {
        "carrier": translate("LogView", "Mensajería"),
        "tracking_number": translate("LogView", "Número de seguimiento"),
        "delivered_at": translate("LogView", "Entregado"),
        "signed_by": translate("LogView", "Firmado por"),
        "receipt": translate("LogView", "Acuse de recibo"),
        "transmission_report": translate("LogView", "Informe de transmisión"),
        "pages": translate("LogView", "Páginas"),
        "message_id": translate("LogView", "Id. del mensaje"),
        "read_receipt": translate("LogView", "Confirmación de lectura"),
        "confirmed_at": translate("LogView", "Confirmada el"),
        "confirmed_by": translate("LogView", "Confirmada por"),
    }
    return words.get(key, key)


def confirmation_value(key: str, value: str, locale: QLocale) -> str:
    """A kept value as people read it: a date or a moment in the locale's words (on the
    agency's clock), anything else as kept."""
    if key in ("delivered_at", "confirmed_at"):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if len(value) <= 10:  # a day, as the form keeps the carrier's
            return date_text(date(moment.year, moment.month, moment.day), locale)
        return datetime_text(moment, locale)
    return value


def confirmed_sentence(kept: dict[str, str], failed: bool, author: str, locale: QLocale) -> str:
    """«Entrega confirmada por Sergio Supervisor el 6 dic 2026, 22:50»: who settled the
    delivery (who confirmed it later, else the contact's author, who logged it settled)
    and when; empty when no confirmation time is kept (an older row, a pending one)."""
    if "confirmed_at" not in kept:
        return ""
    when = confirmation_value("confirmed_at", kept["confirmed_at"], locale)
    who = kept.get("confirmed_by") or author
    if who:
        text = (
            translate("LogView", "Entrega fallida confirmada por %1 el %2")
            if failed
            else translate("LogView", "Entrega confirmada por %1 el %2")
        )
        return text.replace("%2", when).replace("%1", who)  # the name last: it is typed text
    text = (
        translate("LogView", "Entrega fallida confirmada el %1")
        if failed
        else translate("LogView", "Entrega confirmada el %1")
    )
    return text.replace("%1", when)
