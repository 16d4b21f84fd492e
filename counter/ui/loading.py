"""A screen's data, loaded through counter.ui.ops: a load asked for while the same one is running
is not refused with a message (the officer did not ask twice: the bus did) but runs once more
when the running one ends, so the screen always ends up showing the newest data."""

from __future__ import annotations

from typing import Any, Callable

from counter.ui import ops

_again: dict[str, tuple] = {}


def load(parent, key: str, work: Callable[[], Any], shown: Callable[[Any], None], *, label: str = "",
         failure: Callable[[BaseException], None] | None = None, disable=()) -> bool:
    """Run ``work`` off the GUI thread and give its result to ``shown``; True when it started now."""
    if ops.runner().is_running(key):
        _again[key] = (parent, work, shown, label, failure, disable)
        return False

    def again() -> None:
        queued = _again.pop(key, None)
        if queued is not None and queued[0] is parent:
            load(queued[0], key, queued[1], queued[2], label=queued[3], failure=queued[4], disable=queued[5])

    op = ops.Op(parent, work, key=key, label=label).disable(*disable).success(shown).always(again)
    if failure is not None:
        op.failure(failure)
    return op.run()
