"""Run the command line: ``python -m maroc_ai``."""

from .cli import main

raise SystemExit(main())
