"""The suite's byte comparison fails quickly and says where, even on megabytes (see tests/same_bytes.py)."""

import pytest

from tests.same_bytes import assert_same_bytes, first_difference


def test_identical_blobs_pass_and_a_difference_is_located():
    big = bytes(range(256)) * 20_000  # 5 MB, the size of a shipped model
    assert first_difference(big, big) is None
    assert_same_bytes(big, bytes(big), big, what="model")
    changed = big[:3_000_001] + b"\xff" + big[3_000_002:]
    assert first_difference(big, changed) == 3_000_001
    with pytest.raises(AssertionError, match=r"model: copy 2 differs from copy 0 at byte 3000001 \(sizes 5120000 and 5120000\)"):
        assert_same_bytes(big, big, changed, what="model")
    with pytest.raises(AssertionError, match="at byte 5120000 .sizes 5120000 and 5120001"):
        assert_same_bytes(big, big + b"x", what="model")
