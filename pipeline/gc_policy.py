"""How often Python's cycle collector makes a full pass while a stage runs.

CPython collects cyclic garbage in three generations; a full (oldest-generation) collection walks every tracked
object of the process - the catalog, the trained models' vocabularies, the readers' caches - and by default one
runs after every 10 collections of the middle generation once the survivors have grown by a quarter. A stage that
fills caches as it goes (the link stage's mentions, sentences and terms; the extract stage's spaCy documents) keeps
meeting that rule: on the bundled corpus the link stage made three full collections of about 70 ms each, a tenth
of its CPU time, and the extract stage six (0.5 s). Cyclic garbage dies young, and the two younger generations
still collect it as often as before; only the full passes wait.

:func:`fewer_full_collections` raises the third threshold for the duration of a stage and puts back what was
there; what the stage computes is not touched (nothing in the pipeline runs code at collection time).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# middle-generation collections between two full ones while a stage runs (CPython's default is 10). On the bundled
# corpus no full collection then runs inside the link stage (30 middle-generation ones) and one in the extract stage
# (115); peak memory the same (330 MB against 328 MB for the link stage).
FULL_COLLECTION_EVERY = 100


@contextmanager
def fewer_full_collections(every: int = FULL_COLLECTION_EVERY) -> Iterator[None]:
    """Within the block, a full collection at most every ``every`` middle-generation collections (never more often
    than the threshold already set); the thresholds as they were afterwards, whatever the block raises."""
    before = gc.get_threshold()
    gc.set_threshold(before[0], before[1], max(before[2], every))
    try:
        yield
    finally:
        gc.set_threshold(*before)
