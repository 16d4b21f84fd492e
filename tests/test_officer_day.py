"""An officer's day, without dead ends: the first administrator, the supplement, the extension,
postal work without the operator's connection, and the smaller traps — driven as an officer would."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from counter import clock
from counter.services import intake, lifecycle
from counter.store.models import Officer
from helpers import complete_draft
from qt_helpers import type_text


def test_first_administrator_keeps_the_name_typed_and_shows_every_message_whole(qtbot, db):
    from counter.services import accounts
    from counter.ui.signin import FirstAdminDialog

    assert accounts.needs_first_admin(db)
    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert dialog.username.text() and dialog.focusWidget() is dialog.full_name  # the first empty field
    type_text(dialog.full_name, "Trần Thị Bích")
    type_text(dialog.password, "ngan")
    type_text(dialog.confirm, "khac")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    QApplication.processEvents()
    shown = {name: f.message for name, f in dialog.fields.items() if f.message.isVisible()}
    assert set(shown) == {"password", "confirm"}  # both at once
    for label in shown.values():
        assert label.height() >= label.heightForWidth(label.width())  # not clipped
    assert dialog.full_name.text() == "Trần Thị Bích"
    dialog.password.clear()
    dialog.confirm.clear()
    type_text(dialog.password, "mat-khau-quan-tri")
    type_text(dialog.confirm, "mat-khau-quan-tri")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.actor is not None and dialog.actor.name == "Trần Thị Bích"
    with db.read() as session:
        assert session.scalar(select(Officer.full_name).where(Officer.username == "quantri")) == "Trần Thị Bích"
