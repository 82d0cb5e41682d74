"""`python -m agencia.cli`: the same as `agencia`."""

from agencia.cli.entry import main

raise SystemExit(main())
