"""How the command line writes: JSON and CSV for scripts, tables and labelled fields for
people that fit the terminal, and money, dates and moments in the output's language and the
agency's region (Babel)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

LABEL_WIDTH = 22  # the column where a labelled field's value starts


class ForPeople:
    """A text stream for people: whatever a record holds that a terminal would obey
    (escape sequences, control characters) is written as "?" — stored text is data."""

    def __init__(self, out: IO[str]) -> None:
        self._out = out

    def write(self, text: str) -> int:
        from agencia.services.files import terminal_text

        return self._out.write(terminal_text(text))

    def flush(self) -> None:
        self._out.flush()


def for_people(out: IO[str]) -> IO[str]:
    """`out`, safe to print stored text to (tables and records, not JSON or CSV)."""
    return ForPeople(out)  # type: ignore[return-value]


def write_new_id(fmt: str, new_id: int) -> None:
    """What every `add` prints: the new record's id, or `{"id": N}` with `--format json`."""
    import sys

    if fmt == "json":
        write_json(sys.stdout, {"id": new_id})
    else:
        print(new_id)


def write_json(out: IO[str], value: Any) -> None:
    """Indented UTF-8 JSON and a final newline."""
    import json

    out.write(json.dumps(value, ensure_ascii=False, indent=2))
    out.write("\n")


def write_csv(out: IO[str], records: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> None:
    """A header row and one row per record (only `columns`; None as empty), "\\n" endings
    — or, when the list was asked for `--format xlsx`, the same columns as a workbook."""
    import csv

    if _XLSX.wanted:
        _write_list_xlsx(records, columns)
        return

    from agencia.services.files import spreadsheet_cell

    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(
            {k: "" if record.get(k) is None else spreadsheet_cell(record[k]) for k in columns}
        )


def fit(widths: list[int], shrinkable: list[bool], room: int) -> list[int]:
    """Narrow the widest shrinkable columns, one character at a time, until they fit."""
    floor = 8
    while sum(widths) + 2 * (len(widths) - 1) > room:
        candidates = [i for i, s in enumerate(shrinkable) if s and widths[i] > floor]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: widths[i])
        widths[widest] -= 1
    return widths


# Explicit bidirectional embeddings, overrides and isolates: in a table cell an unclosed
# one (U+202E RIGHT-TO-LEFT OVERRIDE) would turn the rest of the row around.
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


def cell(text: str) -> str:
    """`text` as one cell of a table row: its line breaks shown as '⏎' (a name with a
    line break keeps the row on one line), and what a terminal would obey (escape
    sequences, controls, bidirectional overrides) as '?': stored text is data."""
    from agencia.services.files import terminal_text

    return _BIDI_CONTROL.sub("?", terminal_text(" ⏎ ".join(text.splitlines())))


def clip(text: str, width: int) -> str:
    """`text` as a table cell (`cell`) cut to `width` characters, the cut marked '…'."""
    text = cell(text)
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def write_grid(
    out: IO[str],
    headers: Sequence[str],
    cells: Sequence[Sequence[str]],
    shrinkable: Sequence[bool],
    right: Sequence[bool],
) -> None:
    """Columns that fit the terminal: the widest shrinkable ones give way, clipped with '…'."""
    import shutil

    cells = [[cell(value) for value in row] for row in cells]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    room = shutil.get_terminal_size((120, 24)).columns
    widths = fit(widths, list(shrinkable), room)

    def line(values: Sequence[str]) -> str:
        parts = []
        for i, value in enumerate(values):
            text = clip(value, widths[i])
            parts.append(text.rjust(widths[i]) if right[i] else text.ljust(widths[i]))
        return "  ".join(parts).rstrip()

    out.write(line(headers) + "\n")
    out.write("  ".join("─" * w for w in widths) + "\n")
    for c in cells:
        out.write(line(c) + "\n")


def write_field(out: IO[str], label: str, value: str, indent: int = 2) -> None:
    """`label: value`, the value wrapped to the terminal under its own column (its line
    breaks kept; a SHA-256 or a web address never cut)."""
    import shutil
    import textwrap

    from agencia.services.files import terminal_text

    value = terminal_text(value.replace("\r\n", "\n"))
    room = max(shutil.get_terminal_size((100, 24)).columns, 60) - indent - LABEL_WIDTH
    lines: list[str] = []
    for paragraph in value.splitlines() or [""]:
        lines += textwrap.wrap(
            paragraph, max(room, 30), break_long_words=False, break_on_hyphens=False
        ) or [""]
    head = f"{label}:".ljust(LABEL_WIDTH - 1) + " "
    out.write(f"{' ' * indent}{head}{lines[0]}".rstrip() + "\n")
    for more in lines[1:]:
        out.write(" " * (indent + len(head)) + more + "\n")


def date_locale(locale: str) -> str:
    """The locale dates are written in: the agency's, in the language the command line
    speaks (AGENCIA_LANG): English output says "15 Sept 2026" with the agency's country's
    order where Babel knows it (en_ES), else plain English; Spanish output the agency's."""
    from babel.core import Locale, UnknownLocaleError

    from agencia.domain import messages

    lang = messages.language()
    if (locale or "es").split("_")[0].split("-")[0] == lang:
        return locale
    country = locale.replace("-", "_").partition("_")[2]
    for wanted in (f"{lang}_{country}" if country else "", lang):
        try:
            if wanted:
                Locale.parse(wanted)
                return wanted
        except (UnknownLocaleError, ValueError):
            continue
    return lang


def when(moment: datetime, locale: str, *zones: str) -> str:
    """A moment in the agency's locale (Babel) and the output's language, to the minute
    as the window writes it (6 dic 2026, 14:05: the seconds of the SLA's arithmetic
    are noise), on the clock of the first known time zone of `zones` (an account's,
    then the agency's; IANA names), else this machine's."""
    from babel.core import UnknownLocaleError
    from babel.dates import format_date, format_time, get_datetime_format

    from agencia.domain.zones import local

    shown = local(moment, *zones)
    try:
        language = date_locale(locale)
        joined = str(get_datetime_format("medium", locale=language)).replace("'", "")
        clock = str(format_time(shown, "short", tzinfo=shown.tzinfo, locale=language))
        return joined.replace("{0}", clock).replace("{1}", format_date(shown, "medium", language))
    except (UnknownLocaleError, ValueError):
        return f"{shown:%Y-%m-%d %H:%M}"


def money(amount: Any, currency: str, locale: str) -> str:
    """An amount in its own currency (the agency's or the client's), written as the
    output's language writes it in the agency's region (`locale`): 48.500,50 € in
    Spanish in Spain, €48,500.50 in English (agencia.domain.reading_locale)."""
    from babel.core import UnknownLocaleError
    from babel.numbers import format_currency

    try:
        shown = number_locale(locale)
        return str(format_currency(amount, currency or "EUR", locale=shown))
    except (UnknownLocaleError, ValueError):
        return f"{amount} {currency}".strip()


def decimal(value: Any, locale: str, pattern: str = "0.0") -> str:
    """A number as the output's language writes it in the agency's region: 4,5 in
    Spanish in Spain, 4.5 in Mexico and in English."""
    from babel.core import UnknownLocaleError
    from babel.numbers import format_decimal

    try:
        return str(format_decimal(value, pattern, locale=number_locale(locale)))
    except (UnknownLocaleError, ValueError):
        return str(value)


def number_locale(locale: str) -> str:
    """The Babel locale amounts and numbers are written in: the language the command line
    speaks (AGENCIA_LANG) in the agency's region `locale` (never Spanish numbers in
    English output)."""
    from agencia.domain import messages
    from agencia.domain.reading_locale import reading_locale

    return reading_locale(locale, messages.language())


def day(value: date | None, locale: str) -> str:
    """A date in the agency's locale (Babel) and the output's language: 15 jul 2026."""
    from babel.core import UnknownLocaleError
    from babel.dates import format_date

    if value is None:
        return ""
    try:
        return str(format_date(value, "medium", locale=date_locale(locale)))
    except (UnknownLocaleError, ValueError):
        return value.isoformat()


# --- `--format xlsx --out FILE.xlsx` on every list -------------------------------------
#
# Every list that offers CSV writes it here (`write_csv`), so every list offers XLSX too:
# `offer_xlsx` adds the choice and `--out` to each list's parser, and a list asked for
# XLSX runs its CSV branch with `write_csv` writing the workbook instead.


@dataclass(slots=True)
class _XlsxTarget:
    wanted: bool = False
    out: Path | None = None


_XLSX = _XlsxTarget()


class _FormatChoice(argparse.Action):
    """--format: xlsx runs the list's CSV branch, which then writes the workbook."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        _XLSX.wanted = values == "xlsx"
        setattr(namespace, self.dest, "csv" if values == "xlsx" else values)


class _OutFile(argparse.Action):
    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        _XLSX.out = Path(values)
        setattr(namespace, self.dest, Path(values))


def offer_xlsx(commands: Any) -> None:
    """Give every list (a `--format` with table and csv, and no `--out` of its own) the
    choice xlsx and `--out FILE.xlsx`; called once the areas have added their commands,
    and once their help speaks the command line's language (these words join it)."""
    from agencia.cli.help_words import say

    _XLSX.wanted, _XLSX.out = False, None
    for parser in _parsers(commands):
        options = {o: a for a in parser._actions for o in a.option_strings}
        fmt = options.get("--format")
        if fmt is None or "--out" in options or not {"table", "csv"} <= set(fmt.choices or ()):
            continue
        choices = (*(fmt.choices or ()), "xlsx")
        hint = say("; xlsx: a workbook at --out FILE.xlsx (dates as dates, money as numbers)")
        custom = _FormatChoice(
            fmt.option_strings, fmt.dest, default=fmt.default, choices=choices,
            help=(fmt.help or "") + hint,
        )  # fmt: skip
        parser._actions[parser._actions.index(fmt)] = custom
        for group in parser._action_groups:
            if fmt in group._group_actions:
                group._group_actions[group._group_actions.index(fmt)] = custom
        for option in fmt.option_strings:
            parser._option_string_actions[option] = custom
        parser.add_argument(
            "--out", action=_OutFile, metavar=say("FILE.xlsx"), dest="list_out",
            help=say("where --format xlsx writes the workbook"),
        )  # fmt: skip


def _parsers(commands: Any) -> Iterable[argparse.ArgumentParser]:
    """Every parser under `commands` (sub-commands' sub-commands too), each once."""
    seen: set[int] = set()
    for parser in commands.choices.values():
        if id(parser) in seen:
            continue
        seen.add(id(parser))
        yield parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                yield from _parsers(action)


def _write_list_xlsx(records: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> None:
    """The workbook, by the data area's writer (named, not imported: the command line's
    shared code reaches an area only through the list of areas)."""
    from agencia.areas import resolve
    from agencia.domain.errors import DomainError

    out, _XLSX.wanted = _XLSX.out, False
    if out is None:
        raise DomainError("data.xlsx_needs_out")
    resolve("agencia.services.data.xlsx_export:write_records")(out, records, columns)
