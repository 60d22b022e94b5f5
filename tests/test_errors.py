import re

import pytest

from dateline import errors


def test_rejection_codes_are_unique_and_well_formed() -> None:
    for code, meaning in errors.REJECTIONS.items():
        assert re.fullmatch(r"D[4-6]\d\d", code)
        assert meaning.endswith(".")


def test_error_message_carries_code() -> None:
    err = errors.StoreError("D204", "No store at x.db. Run 'dateline ingest' first.")
    assert str(err) == "[D204] No store at x.db. Run 'dateline ingest' first."
    assert isinstance(err, errors.DatelineError)
    assert err.code == "D204"


def test_unknown_rejection_code_is_refused() -> None:
    with pytest.raises(KeyError):
        errors.rejection_message("D999")
