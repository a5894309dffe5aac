"""``python -m factlint`` behaves exactly like ``factlint``."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
