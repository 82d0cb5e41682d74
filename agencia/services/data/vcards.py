"""Contacts as vCards (RFC 6350, version 4.0): one contact or a whole account's, for a
phone or a mail program. Read through the accounts area (what the person may see)."""

from __future__ import annotations

from agencia.db.database import Database
from agencia.domain.actor import Actor
from agencia.domain.errors import NotFound
from agencia.services.accounts.queries import get_account
from agencia.services.accounts.views import AccountDetail, ContactView


def _escaped(text: str) -> str:
    """A value as vCard writes text: backslash, comma, semicolon and new lines escaped;
    other control characters dropped (a card is read by other programs)."""
    text = "".join(c for c in text if c >= " " or c in "\n")
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _folded(line: str) -> str:
    """Lines longer than 75 octets folded as RFC 6350 asks (a space starts the rest)."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode()) > 75:
            out.append(current)
            current = " " + char
        else:
            current += char
    out.append(current)
    return "\r\n".join(out)


def vcard(contact: ContactView, account: AccountDetail) -> str:
    """One contact's card."""
    names = contact.full_name.split(" ", 1)
    given, family = names[0], names[1] if len(names) > 1 else ""
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"FN:{_escaped(contact.full_name)}",
        f"N:{_escaped(family)};{_escaped(given)};;;",
        f"ORG:{_escaped(account.legal_name or account.trade_name)}",
    ]
    if contact.position:
        lines.append(f"TITLE:{_escaped(contact.position)}")
    if contact.email:
        lines.append(f"EMAIL;TYPE=work:{_escaped(contact.email)}")
    if contact.phone:
        lines.append(f"TEL;TYPE=work,voice:{_escaped(contact.phone)}")
    if contact.mobile:
        lines.append(f"TEL;TYPE=cell:{_escaped(contact.mobile)}")
    if contact.fax:
        lines.append(f"TEL;TYPE=work,fax:{_escaped(contact.fax)}")
    if contact.postal_address:
        lines.append(f"ADR;TYPE=work:;;{_escaped(contact.postal_address)};;;;")
    if contact.notes:
        lines.append(f"NOTE:{_escaped(contact.notes)}")
    lines.append(f"UID:urn:agencia:contact:{contact.id}")
    lines.append("END:VCARD")
    return "".join(_folded(line) + "\r\n" for line in lines)


def account_vcards(
    db: Database, actor: Actor, account_id: int, contact_id: int | None = None
) -> str:
    """The account's active contacts as cards (or only `contact_id`'s)."""
    account = get_account(db, actor, account_id)
    contacts = [c for c in account.contacts if c.active or c.id == contact_id]
    if contact_id is not None:
        contacts = [c for c in contacts if c.id == contact_id]
        if not contacts:
            raise NotFound("contact.not_found", id=contact_id)
    return "".join(vcard(c, account) for c in contacts)
