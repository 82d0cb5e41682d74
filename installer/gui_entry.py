"""The bundle's windowed program, `agencia-gui`: the window, or a database file to open."""

import sys

from agencia.cli.entry import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
