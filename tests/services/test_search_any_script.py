"""Search finds names in any script and never lists everything for text it cannot search.

Accents fold (`alvarez` finds Álvarez) but other letters stay letters: an Arabic or
Cyrillic trade name is found by its words, on SQLite (FTS5) and PostgreSQL (LIKE over the
pre-folded text) alike, by the list, by the keystroke path (`within.py`) and by global
search. Typed text with no word in it ("%", "'", "🎉") finds nothing: typing "%" must not
look like a match on every account.
"""

from __future__ import annotations

import pytest
from campaign_world import build_cast, new_campaign

from agencia.areas import search_everything
from agencia.db.database import Database
from agencia.domain.actor import SYSTEM
from agencia.services.accounts.account_edit import AccountInput, create_account
from agencia.services.accounts.account_query import AccountQuery
from agencia.services.accounts.queries import account_options, search_account_ids
from agencia.services.accounts.within import account_ids_within
from agencia.services.campaigns.queries import CampaignQuery, search_campaign_ids

NAMES = ("الشرق للتجارة", "Москва Трейд", "Álvarez Hermanos", "Coca-Cola", "東京商事")
UNSEARCHABLE = ("%", "'", "🎉", "_", '"*', "%%")


@pytest.fixture
def accounts(db: Database) -> dict[str, int]:
    from factories import set_up

    admin = set_up(db)
    return {n: create_account(db, admin, AccountInput(trade_name=n)).id for n in NAMES}


def _list(db: Database, typed: str) -> list[int]:
    return search_account_ids(db, SYSTEM, AccountQuery(text=typed))


def test_names_in_any_script_are_found(db: Database, accounts: dict[str, int]) -> None:
    everyone = _list(db, "")
    assert len(everyone) == len(NAMES)
    for typed, name in [
        ("الشرق", "الشرق للتجارة"),
        ("للتج", "الشرق للتجارة"),
        ("москва", "Москва Трейд"),
        ("МОСК", "Москва Трейд"),
        ("трейд", "Москва Трейд"),
        ("alvarez", "Álvarez Hermanos"),
        ("ÁLVAREZ herm", "Álvarez Hermanos"),
        ("東京", "東京商事"),
        ("cocacola", "Coca-Cola"),
    ]:
        expected = [accounts[name]]
        assert _list(db, typed) == expected, typed
        assert account_ids_within(db, SYSTEM, typed, everyone) == expected, typed
        assert [o.id for o in account_options(db, SYSTEM, typed)] == expected, typed
        found = search_everything(db, SYSTEM, typed)
        assert [h.id for h in found if h.kind == "account"] == expected, typed


@pytest.mark.parametrize("typed", UNSEARCHABLE)
def test_text_without_words_finds_nothing(
    db: Database, accounts: dict[str, int], typed: str
) -> None:
    everyone = _list(db, "")
    assert _list(db, typed) == []
    account_ids_within(db, SYSTEM, "", everyone)  # the texts read, as the window does at idle
    assert account_ids_within(db, SYSTEM, typed, everyone) == []
    assert account_options(db, SYSTEM, typed) == []
    assert search_everything(db, SYSTEM, typed) == []
    assert _list(db, "  ") == everyone  # blank is nothing typed: the whole list


def test_the_keystroke_path_before_the_texts_are_read(
    db: Database, accounts: dict[str, int]
) -> None:
    everyone = list(_list(db, ""))  # a new list: its texts are not read yet
    assert account_ids_within(db, SYSTEM, "%", everyone) == []
    fresh = list(everyone)
    assert account_ids_within(db, SYSTEM, "москва", fresh) == [accounts["Москва Трейд"]]


def test_campaigns_are_searched_the_same_way(db: Database) -> None:
    cast = build_cast(db)
    arabic = new_campaign(cast, name="حملة الصيف")
    russian = new_campaign(cast, name="Летняя кампания")
    new_campaign(cast, name="Lanzamiento")
    admin = cast.actor("admin") if "admin" in cast.staff else SYSTEM

    def ids(typed: str) -> list[int]:
        return search_campaign_ids(db, admin, CampaignQuery(text=typed))

    assert ids("حملة") == [arabic]
    assert ids("летняя") == [russian]
    assert len(ids("")) == 3
    for typed in UNSEARCHABLE:
        assert ids(typed) == [], typed
