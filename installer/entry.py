"""The bundle's program: the same entry point as the `agencia` console script."""

import sys

from agencia.cli import main

if __name__ == "__main__":
    sys.exit(main())
