"""What the deck dialog calls things: sections, kinds, languages, suggested file names."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Decks", "…") literally


def section_label(name: str) -> str:
    """A section's name as the checkbox shows it (AGENCY_SECTIONS, CAMPAIGN_SECTIONS)."""
    labels = {
        # the agency's credentials
        "about": translate("Decks", "Quiénes somos"),
        "services": translate("Decks", "Servicios"),
        "process": translate("Decks", "Cómo trabajamos"),
        "clients": translate("Decks", "Clientes"),
        "cases": translate("Decks", "Casos de éxito"),
        "contact": translate("Decks", "Contacto"),
        # a campaign's presentation
        "cover": translate("Decks", "Portada"),
        "challenge": translate("Decks", "Reto y objetivos"),
        "audience": translate("Decks", "Público objetivo y mercado"),
        "strategy": translate("Decks", "Estrategia y mensaje clave"),
        "channels": translate("Decks", "Canales y plan de medios"),
        "timeline": translate("Decks", "Calendario"),
        "budget": translate("Decks", "Presupuesto"),
        "team": translate("Decks", "Equipo"),
        "approvals": translate("Decks", "Aprobaciones del cliente"),
        "next_steps": translate("Decks", "Próximos pasos"),
        "results": translate("Decks", "Resultados"),
    }
    return labels.get(name, name.replace("_", " ").capitalize())


def kind_label(kind: str) -> str:
    return {
        "agency": translate("Decks", "Presentación de agencia"),
        "campaign": translate("Decks", "Presentación de la campaña"),
        "brief": translate("Decks", "Hoja de brief"),
        "approvals": translate("Decks", "Registro de aprobaciones"),
        "brief_a4": translate("Decks", "Brief para firmar"),
        "contrabrief": translate("Decks", "Contrabrief"),
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
        parts = [
            agency or translate("Decks", "Agencia"),
            client or translate("Decks", "Presentación de agencia"),
        ]
    elif kind == "campaign":
        parts = [client, campaign]
    elif kind == "brief":
        parts = [client, campaign, translate("Decks", "Brief")]
    elif kind == "brief_a4":
        parts = [client, campaign, translate("Decks", "Brief para firmar")]
    elif kind == "contrabrief":
        parts = [client, campaign, translate("Decks", "Contrabrief")]
    else:
        parts = [client, campaign, translate("Decks", "Aprobaciones")]
    return safe_file_name(" - ".join(p for p in parts if p)) + ".pdf"
