"""``python -m factlint`` behaves exactly like ``factlint``."""

from .cli import console_main

if __name__ == "__main__":
    console_main()
