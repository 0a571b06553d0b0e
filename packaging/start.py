"""The bundle's entry point: what ``python -m counsellor_app`` does."""

import sys

from counsellor_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
