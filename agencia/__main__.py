from agencia.cli import main

raise SystemExit(main())
