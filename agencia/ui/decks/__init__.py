"""«Generar presentación»: the client decks in the app (choose, generate, preview, save)."""
