"""One way to run work off the GUI thread (after Anki's ``QueryOp``/``CollectionOp`` and
Picard's ``run_task``).

A screen hands a service call to an :class:`Op`; the call runs on a worker thread, and its
result — or its error — comes back on the GUI thread. On success the op announces what changed
through the window's :class:`~counter.ui.bus.Bus`, so every screen refreshes itself::

    Op(self, lambda: intake.receive(db, draft, actor), key="intake.accept",
       label=self.tr("Đang tiếp nhận hồ sơ…"), bus=self.bus, changes=("dossiers",)) \\
        .disable(self.accept_button) \\
        .success(self._accepted) \\
        .failure(self._not_accepted) \\
        .run()

Rules the helper keeps:

* The work gets nothing from the screen but plain values: services open their own database
  session on the worker thread (``with db.write()``) and return plain data, never ORM objects.
* While an op runs, its ``key`` is taken: starting the same action again is refused (``run()``
  returns False and :attr:`Runner.refused` tells the window, which says so in the status bar).
  The widgets given to :meth:`Op.disable` are disabled until it ends.
* :attr:`Runner.busy` tells the window when work is running, for its busy indicator.
* The caller's context variables travel with the work (``dossiers.as_seen``).
* Errors the officer can act on (``UserError``, a database or disk in trouble) go to the
  op's ``failure`` handler, or to a message box by default. Anything else is a bug: it is given
  to ``sys.excepthook`` (the crash report), after the screen is unlocked.
* If the screen that started the op has been closed meanwhile, its handlers are not called; what
  changed is still announced.

Tests run every op synchronously, like Picard's ``FakeThreadPool``: the ``inline_ops`` fixture
(tests/conftest.py) calls :func:`set_inline`. Tests about responsiveness ask for real threads
with the ``threaded_ops`` fixture.
"""

from __future__ import annotations

import contextvars
import logging
import sys
from typing import Any, Callable, Iterable

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar

from counter.services.errors import UserError
from counter.services.safekeeping import explain
from counter.ui.labels import shown, shown_error

log = logging.getLogger(__name__)

# What an op can announce, and the Bus signal that says it.
CHANGES = {"dossiers": "dossiers_changed", "office": "office_changed", "officer": "officer_changed",
           "synced": "synced"}

_inline = False


def set_inline(on: bool) -> None:
    """Run every op at once on the calling thread (tests), or on worker threads (the app)."""
    global _inline
    _inline = on


def is_inline() -> bool:
    return _inline


class InlinePool:
    """Picard's FakeThreadPool: each task runs at once, on the thread that starts it."""

    def start(self, runnable: QRunnable, priority: int = 0) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 (Qt's name)
        return True

    def activeThreadCount(self) -> int:  # noqa: N802
        return 0


def expected_errors() -> tuple[type[BaseException], ...]:
    """What an op reports to the officer rather than as a crash: the one error family
    (counter.errors.UserError: validation, refusals, database and network problems, each already
    in words the officer can act on), and a file the system refused outside the database."""
    return (UserError, OSError)


def describe(exc: BaseException, db=None) -> str:
    """An expected error in words the officer can act on."""
    if isinstance(exc, UserError):
        return shown_error(exc)
    return shown(explain(exc, getattr(db, "path", None)))


class _Relay(QObject):
    """Lives on the GUI thread; a worker's emit reaches it through Qt's queued connection (and
    directly, at once, when the task ran inline)."""

    done = Signal(object, object, object)  # op, result, error


class _Task(QRunnable):
    def __init__(self, op: "Op", context: contextvars.Context, relay: _Relay):
        super().__init__()
        self.op, self.context, self.relay = op, context, relay
        self.setAutoDelete(False)  # the Python side keeps it (Runner.running) until delivered

    def run(self) -> None:
        try:
            result, error = self.context.run(self.op.work), None
        except BaseException as exc:  # delivered to the GUI thread, classified there
            result, error = None, exc
        self.relay.done.emit(self.op, result, error)


class Runner(QObject):
    """The application's runner: a thread pool, the ops in flight, and their news."""

    busy = Signal(bool)
    started = Signal(str, str)  # key, label
    finished = Signal(str)  # key
    refused = Signal(str, str)  # key, label: the same action is already running

    def __init__(self, parent: QObject | None = None, *, threads: int = 4):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self.inline_pool = InlinePool()
        self.running: dict[str, tuple[Op, _Task]] = {}
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver)

    def is_running(self, key: str) -> bool:
        return key in self.running

    def labels(self) -> list[str]:
        return [op.label for op, _ in self.running.values() if op.label]

    def start(self, op: "Op") -> bool:
        if op.key in self.running:
            running = self.running[op.key][0]
            self.refused.emit(op.key, running.label or op.label)
            return False
        task = _Task(op, contextvars.copy_context(), self._relay)
        self.running[op.key] = (op, task)
        op._lock()
        self.started.emit(op.key, op.label)
        if len(self.running) == 1:
            self.busy.emit(True)
        (self.inline_pool if _inline else self.pool).start(task)
        return True

    def _deliver(self, op: "Op", result: Any, error: BaseException | None) -> None:
        self.running.pop(op.key, None)
        op._unlock()
        try:
            op._finish(result, error)
        finally:
            self.finished.emit(op.key)
            if not self.running:
                self.busy.emit(False)

    def wait(self, msecs: int = 30000) -> bool:
        """Until every op in flight has finished and been delivered (tests, closing the window)."""
        deadline = QDeadlineTimer(msecs)
        while self.running and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            self.pool.waitForDone(5)
        return not self.running


_runner: Runner | None = None


def runner() -> Runner:
    """The application's runner (created with the first op, owned by the QApplication)."""
    global _runner
    try:
        alive = _runner is not None and _runner.parent() is QCoreApplication.instance()
    except RuntimeError:  # the C++ object is gone (a previous QApplication)
        alive = False
    if not alive:
        _runner = Runner(QCoreApplication.instance())
    return _runner


def _alive(widget) -> bool:
    if widget is None:
        return False
    from shiboken6 import isValid  # lazy: Qt (heavy), only for the window

    return isValid(widget)


class Op:
    """One piece of work started by a screen (see the module's documentation)."""

    def __init__(self, parent, work: Callable[[], Any], *, key: str | None = None, label: str = "",
                 bus=None, changes: Iterable[str] = (), db=None, title: str = ""):
        unknown = set(changes) - set(CHANGES)
        if unknown:
            raise ValueError(f"unknown changes {unknown}; choose from {sorted(CHANGES)}")
        self.parent, self.work = parent, work
        self.key = key or f"op-{id(self)}"
        self.label, self.bus, self.changes, self.db = label, bus, tuple(changes), db
        self.title = title
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._always: Callable[[], None] | None = None
        self._widgets: list = []
        self._was_enabled: list[bool] = []

    # -- building -----------------------------------------------------------------------------
    def success(self, fn: Callable[[Any], None]) -> "Op":
        """Called on the GUI thread with the work's result."""
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> "Op":
        """Called on the GUI thread with an error the officer can act on (default: a message)."""
        self._failure = fn
        return self

    def always(self, fn: Callable[[], None]) -> "Op":
        """Called on the GUI thread after success or failure (and before a bug is reported)."""
        self._always = fn
        return self

    def disable(self, *widgets) -> "Op":
        """Widgets disabled while the op runs (the button that starts it, at least)."""
        self._widgets.extend(w for w in widgets if w is not None)
        return self

    def run(self) -> bool:
        """Start; False when the same action is still running (nothing started)."""
        return runner().start(self)

    # -- the runner's side ------------------------------------------------------------------------
    def _lock(self) -> None:
        self._was_enabled = [w.isEnabled() for w in self._widgets]
        for w in self._widgets:
            w.setEnabled(False)

    def _unlock(self) -> None:
        for w, enabled in zip(self._widgets, self._was_enabled):
            if _alive(w):
                w.setEnabled(enabled)

    def _finish(self, result: Any, error: BaseException | None) -> None:
        shown = self.parent is None or _alive(self.parent)
        if error is None:
            self._announce()
            if shown and self._success is not None:
                self._success(result)
            if shown and self._always is not None:
                self._always()
            return
        expected = isinstance(error, expected_errors())
        if shown and self._always is not None:
            self._always()
        if not expected:
            self._announce()  # a bug after a commit must not leave the screens stale
            sys.excepthook(type(error), error, error.__traceback__)
            return
        log.info("%s: %s: %s", self.key, type(error).__name__, error)
        if not shown:
            return
        if self._failure is not None:
            self._failure(error)
        else:
            self.show_error(error)

    def show_error(self, error: BaseException) -> None:
        title = self.title or QCoreApplication.translate("ops", "Chưa thực hiện được")
        QMessageBox.warning(self.parent, title, describe(error, self.db))

    def _announce(self) -> None:
        if self.bus is None or not _alive(self.bus):
            return
        for change in self.changes:
            getattr(self.bus, CHANGES[change]).emit()


def run(parent, work: Callable[[], Any], success: Callable[[Any], None] | None = None, **options) -> bool:
    """Picard's ``run_task`` in one call: ``run(self, work, done, key=…, bus=…, changes=…)``."""
    op = Op(parent, work, **options)
    if success is not None:
        op.success(success)
    return op.run()


class BusyIndicator(QObject):
    """The window's busy sign: an indeterminate bar and what is running, in the status bar. It
    appears only when work lasts longer than a blink (``delay`` ms), and tells the officer when
    an action they started again is still running."""

    def __init__(self, status_bar, delay: int = 150):
        super().__init__(status_bar)
        self.status_bar = status_bar
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(90)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        status_bar.addPermanentWidget(self.label)
        status_bar.addPermanentWidget(self.bar)
        self.label.hide()
        self.bar.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay)
        self._timer.timeout.connect(self._show)
        r = runner()
        r.busy.connect(self._busy)
        r.started.connect(self._started)
        r.finished.connect(self._finished)
        r.refused.connect(self._refused)  # bound methods: Qt disconnects them with this object

    def _busy(self, on: bool) -> None:
        if on:
            self._timer.start()
        else:
            self._timer.stop()
            self.label.hide()
            self.bar.hide()

    def _started(self, _key: str, _label: str) -> None:
        self._update()

    def _finished(self, _key: str) -> None:
        self._update()

    def _show(self) -> None:
        if runner().running:
            self._update()
            self.label.show()
            self.bar.show()

    def _update(self) -> None:
        labels = runner().labels()
        self.label.setText(" · ".join(dict.fromkeys(labels)) if labels else
                           QCoreApplication.translate("ops", "Đang xử lý…"))

    def visible(self) -> bool:
        return self.bar.isVisible()

    def _refused(self, _key: str, label: str) -> None:
        text = QCoreApplication.translate("ops", "Việc này đang chạy, chờ xong rồi làm tiếp: %1").replace(
            "%1", label or QCoreApplication.translate("ops", "đang xử lý"))
        self.status_bar.showMessage(text, 5000)
