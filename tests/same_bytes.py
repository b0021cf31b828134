"""Byte-for-byte comparisons that fail with a short message.

A bare ``assert a == b`` on files of megabytes is safe on a developer's machine, but where the ``CI``
variable is set pytest explains a failed comparison with a full ``difflib`` diff of both values, which
on a model file runs for hours: the suite's session-14 CI run hung that way on one failed model check.
"""

from __future__ import annotations


def first_difference(a: bytes, b: bytes) -> int | None:
    """Offset of the first byte where ``a`` and ``b`` differ (None: identical)."""
    if a == b:
        return None
    n = min(len(a), len(b))
    return next((i for i in range(n) if a[i] != b[i]), n)


def assert_same_bytes(*blobs: bytes, what: str = "") -> None:
    """Every blob equals the first; else fail naming the sizes and the first differing offset."""
    first = blobs[0]
    for k, other in enumerate(blobs[1:], start=1):
        at = first_difference(first, other)
        if at is not None:
            raise AssertionError(f"{what}: copy {k} differs from copy 0 at byte {at} "
                                 f"(sizes {len(first)} and {len(other)})")
