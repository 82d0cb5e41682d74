"""Errors meant for people: a message code plus parameters, translated where shown."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A refused operation. `code` keys the message catalogue; `params` fill it in.
    (What it means to a process's exit status is `agencia.cli.errors`'s one table.)"""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        from agencia.domain.messages import render

        return render(self.code, self.params)


class NotFound(DomainError):
    """The record asked for is not there (or not any more)."""


class PermissionDenied(DomainError):
    """The person's role, or their relation to the record, does not allow it."""


class Conflict(DomainError):
    """Someone else saved the record first (the version column moved)."""


class ValidationError(DomainError):
    """One or more fields are wrong; `field_errors` maps field name to (code, params)."""

    def __init__(self, field_errors: dict[str, tuple[str, dict[str, Any]]]) -> None:
        super().__init__("validation.failed", fields=", ".join(sorted(field_errors)))
        self.field_errors = field_errors

    def __str__(self) -> str:
        """Each field with its reason, on one line, the field named as the window's forms
        name it («Razón social: Máximo 200 caracteres»), never as the code does."""
        from agencia.domain.field_labels import field_label
        from agencia.domain.messages import render

        reasons = "; ".join(
            f"{field_label(field)}: {render(code, params).rstrip('.')}"
            for field, (code, params) in sorted(self.field_errors.items())
        )
        return render("validation.failed", {"fields": reasons})


class DatabaseFailed(DomainError):
    """A database call failed whatever the data (a full disk, a lost connection, a held
    lock): what called it stops whole, never counts it as one row's or one item's problem."""


class DatabaseRefused(DomainError):
    """The database cannot be opened safely; nothing in it was touched."""
