"""What the deck dialog calls things: sections, kinds, languages, suggested file names."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Decks", text)


def section_label(name: str) -> str:
    """A section's name as the checkbox shows it (AGENCY_SECTIONS, CAMPAIGN_SECTIONS)."""
    labels = {
        # the agency's credentials
        "about": _tr("Quiénes somos"),
        "services": _tr("Servicios"),
        "process": _tr("Cómo trabajamos"),
        "clients": _tr("Clientes"),
        "cases": _tr("Casos de éxito"),
        "contact": _tr("Contacto"),
        # a campaign's presentation
        "cover": _tr("Portada"),
        "challenge": _tr("Reto y objetivos"),
        "audience": _tr("Público objetivo y mercado"),
        "strategy": _tr("Estrategia y mensaje clave"),
        "channels": _tr("Canales y plan de medios"),
        "timeline": _tr("Calendario"),
        "budget": _tr("Presupuesto"),
        "team": _tr("Equipo"),
        "approvals": _tr("Aprobaciones"),
        "next_steps": _tr("Próximos pasos"),
    }
    return labels.get(name, name.replace("_", " ").capitalize())


def kind_label(kind: str) -> str:
    return {
        "agency": _tr("Presentación de agencia"),
        "campaign": _tr("Presentación de la campaña"),
        "brief": _tr("Hoja de brief"),
        "approvals": _tr("Registro de aprobaciones"),
    }.get(kind, kind)


LANGUAGES: tuple[tuple[str, str], ...] = (("es", "Español"), ("en", "English"))  # own names


_DROPPED = re.compile(r'[\x00-\x1f<>"?*]+')  # characters Windows refuses: gone
_SEPARATORS = re.compile(r"[:/\\|]+")  # path separators and the like: a dash


def safe_file_name(text: str, fallback: str = "presentacion") -> str:
    """A file name every system accepts: no path separators, no characters Windows
    refuses, no dots, dashes or spaces at the ends; the accents stay."""
    name = _SEPARATORS.sub("-", _DROPPED.sub("", text))
    name = re.sub(r"\s+", " ", name).strip(" .-")
    return name[:180].rstrip(" .-") or fallback


def suggested_name(kind: str, agency: str, client: str, campaign: str) -> str:
    """«Cliente - Campaña.pdf» for a campaign's presentation; the brief sheet and the
    approval record say what they are; the agency's deck names its recipient."""
    if kind == "agency":
        parts = [agency or _tr("Agencia"), client or _tr("Presentación de agencia")]
    elif kind == "campaign":
        parts = [client, campaign]
    elif kind == "brief":
        parts = [client, campaign, _tr("Brief")]
    else:
        parts = [client, campaign, _tr("Aprobaciones")]
    return safe_file_name(" - ".join(p for p in parts if p)) + ".pdf"
