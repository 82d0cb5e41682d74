"""The regional formats and currencies an agency chooses from, and how they are named.

The first-run wizard's first step and the agency's profile (`ui/agency/profile_dialog.py`)
offer the same lists, labelled the same way; kept here, apart from the wizard, so that
the profile dialog takes the lists without importing the wizard and its team page.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from agencia.ui.locale_names import country_name, language_name

LOCALES = ("es_ES", "es_MX", "es_AR", "es_CO", "es_CL", "es_PE", "es_US", "en_US", "en_GB")
CURRENCIES = ("EUR", "MXN", "ARS", "COP", "CLP", "PEN", "USD", "GBP")


def locale_label(name: str) -> str:
    """ "México — español" ("Mexico — Spanish" in English): country first, as people look
    for their country, both in the language the window speaks."""
    return f"{country_name(name.partition('_')[2])} — {language_name(name)}"


def currency_of(name: str) -> str:
    return QLocale(name).currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)


def default_locale() -> str:
    """The system's regional format when it is one offered, else Spain's."""
    system = QLocale.system().name()
    return system if system in LOCALES else "es_ES"
