"""Entry point for ``python -m counsellor_app``."""

import sys

from counsellor_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
