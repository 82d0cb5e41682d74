"""Review finding: the history rewrote every ISO day inside typed text — a trade name,
a subject or a note with «2026-01-15» in it read «15 ene 2026», not as typed. A day is
written the agency's way only when it is the whole value (a date field) or the day a
summary ends with (a survey response: «Encuesta · 2026-09-28», `NAMED_BY_SUMMARY`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from agencia.ui.accounts.history_values import days, plain
from agencia.ui.formatting import date_text

SPAIN = QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)


def test_typed_text_with_a_day_in_it_reads_as_typed() -> None:
    for name, typed in (
        ("trade_name", "Lanzamiento 2026-01-15"),
        ("subject", "Revisar el arte del 2026-01-15 antes del cierre"),
        ("notes", "2026-01-15: llamó el cliente"),
    ):
        assert plain(name, typed, SPAIN) == typed


def test_a_whole_day_reads_as_the_agency_writes_it() -> None:
    assert plain("due_on", "2026-01-15", SPAIN) == date_text(date(2026, 1, 15), SPAIN)


def test_only_the_day_a_summary_ends_with_is_rewritten() -> None:
    day = date_text(date(2026, 9, 28), SPAIN)
    assert days("Encuesta 2026-01-15 · 2026-09-28", SPAIN) == f"Encuesta 2026-01-15 · {day}"
    assert days("Acta del 2026-01-15 con el cliente", SPAIN) == "Acta del 2026-01-15 con el cliente"


def test_a_record_s_summary_keeps_its_day_unless_it_is_a_survey_response(qapp: object) -> None:
    """The page's «Qué» ran every record's summary through `days`: a brand named
    «Verano · 2026-06-21» read «Verano · 21 jun 2026»."""
    from datetime import UTC, datetime

    from agencia.domain.enums import AuditAction
    from agencia.services.accounts.views import HistoryEntry
    from agencia.ui.accounts.detail_models import HistoryModel

    at = datetime(2026, 9, 28, 10, tzinfo=UTC)
    model = HistoryModel(SPAIN)
    model.set_history(
        [
            HistoryEntry(at, "Ana", "brand", 1, AuditAction.CREATE, "Verano · 2026-06-21"),
            HistoryEntry(
                at, "Ana", "survey_response", 2, AuditAction.CREATE, "Encuesta · 2026-09-28"
            ),
        ]
    )
    what = [str(model.index(row, 2).data()) for row in range(2)]
    assert what[0].endswith("Verano · 2026-06-21")
    assert what[1].endswith(f"Encuesta · {date_text(date(2026, 9, 28), SPAIN)}")
