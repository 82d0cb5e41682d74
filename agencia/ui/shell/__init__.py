"""The main window and what surrounds every area: rail, search, palette, status bar, toasts.

Nothing here imports SQLAlchemy or the services at module level: the window paints
before the database layer is loaded (see agencia/app.py).
"""
