"""Keeps the intake being typed on disk (counter.services.drafts) and offers it back after
Counter stopped without it being accepted."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from counter.services import drafts

log = logging.getLogger(__name__)

INTERVAL_MS = 5000


class DraftKeeper(QObject):
    def __init__(self, page, db_url: str):
        super().__init__(page)
        self.page, self.db_url = page, db_url
        self._last = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.save_if_changed)
        self.timer.start()

    def save_now(self) -> bool:
        """Save what is on screen if it is an unaccepted intake; True when a draft is kept."""
        if not self.page.has_unsaved_input():
            return False
        draft = self.page.draft()
        procedure = self.page.procedure
        drafts.save(self.db_url, draft, procedure.name if procedure else "", procedure.code if procedure else "")
        self._last = json.dumps(asdict(draft), sort_keys=True)
        return True

    def save_if_changed(self) -> None:
        try:
            if not self.page.has_unsaved_input():
                if self._last is not None:
                    self.discard()
                return
            if json.dumps(asdict(self.page.draft()), sort_keys=True) != self._last:
                self.save_now()
        except Exception:  # a full disk must not disturb the officer's typing; the log says why
            log.warning("intake draft not saved", exc_info=True)

    def discard(self) -> None:
        drafts.discard(self.db_url)
        self._last = None

    def offer(self) -> bool:
        """At start: a draft left by an earlier session is offered back; True when restored."""
        saved = drafts.load(self.db_url)
        if saved is None:
            return False
        who = saved.draft.name or self.tr("(chưa có tên người nộp)")
        what = saved.procedure_name or self.tr("(chưa chọn thủ tục)")
        answer = QMessageBox.question(
            self.page.window(), self.tr("Khôi phục hồ sơ đang nhập dở?"),
            self.tr("Lần trước Counter đóng khi một hồ sơ chưa được tiếp nhận:\n\n%1\n%2\n(lưu lúc %3)\n\n"
                    "Khôi phục để nhập tiếp? Chọn “Không” sẽ bỏ hồ sơ nháp này.")
            .replace("%1", who).replace("%2", what).replace("%3", f"{saved.saved_at:%H:%M, %d/%m/%Y}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            self.discard()
            return False
        self.page.load_draft(saved.draft, saved.procedure_code)  # starts from a new dossier, which drops the file
        self.save_now()
        return True
