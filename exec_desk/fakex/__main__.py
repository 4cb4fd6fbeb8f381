"""`python -m exec_desk.fakex`: run the fake X server standalone."""

from exec_desk.fakex.cli import main

raise SystemExit(main())
