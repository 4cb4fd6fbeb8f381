"""`python -m exec_desk.fakex`: run the fake X server standalone."""

from exec_desk.backends.fakex.cli import main

raise SystemExit(main())
