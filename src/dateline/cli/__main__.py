"""``python -m dateline.cli``."""

from dateline.cli.main import run

run()
