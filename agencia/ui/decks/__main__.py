"""`python -m agencia.ui.decks [--campaign ID | --agency]`: «Generar presentación» alone,
with the demo agency (a campaign's deck by default, the first one listed)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from agencia.ui.decks.dialog import DeckDialog


def main() -> int:  # pragma: no cover - a developer's tool
    """The dialog alone, with the demo agency."""
    import sys

    from agencia.services.campaigns.queries import CampaignQuery, list_campaigns
    from agencia.ui.style import apply_style
    from agencia.ui.widgets.harness import open_harness

    agency = "--agency" in sys.argv
    argv = [a for a in sys.argv[1:] if a != "--agency"]
    campaign_id: int | None = None
    if "--campaign" in argv:
        at = argv.index("--campaign")
        campaign_id = int(argv[at + 1])
        del argv[at : at + 2]
    harness = open_harness("Generar presentación", lambda ctx: QWidget(), argv)
    apply_style(harness.app)
    if not agency and campaign_id is None:
        rows = list_campaigns(harness.db, harness.ctx.actor, CampaignQuery())
        campaign_id = rows[0].id if rows else None
    dialog = DeckDialog(
        harness.ctx, "agency" if agency or campaign_id is None else "campaign", campaign_id
    )
    dialog.show()
    try:
        return harness.app.exec()
    finally:
        harness.close()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
