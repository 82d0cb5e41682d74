"""Reading one e-mail message whole, or refusing it: nothing is half-logged.

The standard library's parser (the modern policy) reads the bytes; what a person would
not accept is refused with a message code before anything is stored: a message over the
size limit, no sender, header lines the parser could not read, a body or attachment whose
transfer encoding is broken, a text part that does not decode in its charset.

What cannot be refused is cleaned: a subject, a sender or an attachment's name holding
what the house's one-line rule refuses in a typed subject (a direction override, U+202E
before «fdp.exe», that shows «Factura exe.pdf»; a control character; a line break) keeps
its text without it (`_one_line`); the message's text likewise, its lines kept
(`v.readable_text`: what a typed text refuses). An HTML-only message is kept as the
text a person reads in it (`html_text`), never as its markup.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import policy
from email.errors import HeaderParseError, MessageDefect
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

from agencia.domain import validation as v
from agencia.domain.errors import DomainError
from agencia.services.communications.html_text import html_to_text

MAX_BYTES = 25 * 1024 * 1024  # what common mail servers accept
MAX_PARTS = 200

# Defects that mean the message is not what it claims to be (others, such as a missing
# MIME-Version, are everyday and harmless).
_FATAL = (
    "InvalidBase64PaddingDefect",
    "InvalidBase64CharactersDefect",
    "InvalidBase64LengthDefect",
    "MissingHeaderBodySeparatorDefect",
    "StartBoundaryNotFoundDefect",
    "CloseBoundaryNotFoundDefect",
    "MultipartInvariantViolationDefect",
    "InvalidHeaderDefect",
)


class BadMessage(DomainError):
    """A message refused whole: code `mail.bad_message`, with why."""


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file carried by a message, with its SHA-256."""

    name: str
    content_type: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True, slots=True)
class Mail:
    """What the log keeps of a message."""

    sender: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    date: datetime
    subject: str
    text: str
    message_id: str
    in_reply_to: str
    references: tuple[str, ...]
    attachments: tuple[Attachment, ...]


def _fatal(defects: list[MessageDefect]) -> str | None:
    for defect in defects:
        if type(defect).__name__ in _FATAL:
            return type(defect).__name__
    return None


def _one_line(text: str) -> str:
    """`text` on one line, without what the one-line rule of a typed field refuses
    (`v.control_characters`, `v.line_problem`): mail from outside cannot be refused for
    it, and the log, the triage list and a saved attachment must read as they are kept.
    Line breaks and other spaces become one space; letters of every script and emoji stay."""
    kept = "".join(
        c for c in text if c.isspace() or not (v.control_characters(c) or v.line_problem(c))
    )
    return " ".join(kept.split())


def _addresses(message: EmailMessage, name: str) -> tuple[str, ...]:
    values = [str(value) for value in message.get_all(name, [])]
    found = (_one_line(a).lower() for _, a in getaddresses(values))
    return tuple(a for a in found if "@" in a)


def _ids(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.replace(",", " ").split() if part.strip())


def parse(raw: bytes, now: datetime | None = None) -> Mail:
    """The message in `raw`, or `BadMessage` saying why not."""
    if len(raw) > MAX_BYTES:
        raise BadMessage("mail.too_big", max=MAX_BYTES // (1024 * 1024))
    if not raw.strip():
        raise BadMessage("mail.bad_message", why="empty")
    try:
        message = BytesParser(policy=policy.default).parsebytes(raw)
        assert isinstance(message, EmailMessage)
        if (why := _fatal(message.defects)) is not None:
            raise BadMessage("mail.bad_message", why=why)
        senders = _addresses(message, "from")
        if not senders:
            raise BadMessage("mail.bad_message", why="no sender")
        text, attachments = _body(message)
        sent = now or datetime.now(UTC)
        if message["date"]:
            try:
                sent = parsedate_to_datetime(str(message["date"]))
                if sent.tzinfo is None:
                    sent = sent.replace(tzinfo=UTC)
            except (TypeError, ValueError):
                pass
        arrived = datetime.now(UTC)  # a Date ahead of the clock is a sender's wrong clock:
        if sent > arrived + timedelta(minutes=5):  # it came now (nothing is logged ahead)
            sent = arrived
        return Mail(
            sender=senders[0],
            to=_addresses(message, "to"),
            cc=_addresses(message, "cc"),
            date=sent.astimezone(UTC),
            subject=_one_line(str(message["subject"] or ""))[:300],
            text=text,
            message_id=str(message["message-id"] or "").strip()[:300],
            in_reply_to=str(message["in-reply-to"] or "").strip()[:300],
            references=_ids(str(message["references"] or "")),
            attachments=attachments,
        )
    except BadMessage:
        raise
    except (HeaderParseError, LookupError, UnicodeError, ValueError, TypeError, IndexError) as exc:
        raise BadMessage("mail.bad_message", why=type(exc).__name__) from exc


def _body(message: EmailMessage) -> tuple[str, tuple[Attachment, ...]]:
    parts = list(message.walk())
    if len(parts) > MAX_PARTS:
        raise BadMessage("mail.bad_message", why="too many parts")
    for part in parts:
        if (why := _fatal(part.defects)) is not None:
            raise BadMessage("mail.bad_message", why=why)
    text_part = message.get_body(preferencelist=("plain", "html"))
    text = ""
    if isinstance(text_part, EmailMessage):
        raw = text_part.get_payload(decode=True)
        charset = text_part.get_content_charset() or "utf-8"
        if (why := _fatal(text_part.defects)) is not None:  # found while decoding
            raise BadMessage("mail.bad_message", why=why)
        if isinstance(raw, bytes):
            text = raw.decode(charset)  # a wrong charset is refused (UnicodeError)
            text = text.replace("\r\n", "\n").replace("\r", "\n")  # the wire's line ends
            if text_part.get_content_subtype() == "html":  # an HTML-only message
                text = html_to_text(text)
    attachments = []
    for part in message.iter_attachments():
        if not isinstance(part, EmailMessage):
            continue
        data = part.get_payload(decode=True)
        if (why := _fatal(part.defects)) is not None:
            raise BadMessage("mail.bad_message", why=why)
        if not isinstance(data, bytes):
            continue
        name = _one_line(part.get_filename() or "").replace("/", "_").replace("\\", "_")
        name = name[:255] or "adjunto"
        attachments.append(Attachment(name, part.get_content_type()[:120], data))
    return v.readable_text(text), tuple(attachments)
