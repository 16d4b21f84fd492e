"""The fees section of the intake screen: the procedure's fee items as the catalogue states them —
charged per dossier (shown), optional (the officer ticks them), per page / signature / copy (the
officer enters the count, and the copies where the amount is per copy) — with the total charged,
computed by the same rules as the receipt (counter.domain.fees)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QWidget

from counter.domain import fees as rules
from counter.domain.validation import Invalid, format_money
from counter.services.intake import FeeEntry
from counter.ui.labels import shown, shown_error


class FeeSection(QWidget):
    """One row per fee item; ``entries()`` is what goes into the draft."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(2)
        self.rules: tuple[rules.FeeRule, ...] = ()
        self.rows: dict[str, dict] = {}
        self.total = QLabel()
        self.set_rules(())

    # -- building ---------------------------------------------------------------------------
    def set_rules(self, fee_rules) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None and widget is not self.total:
                widget.hide()
                widget.deleteLater()
        self.rules, self.rows = tuple(fee_rules), {}
        for row, rule in enumerate(self.rules):
            self.rows[rule.code] = self._row(row, rule)
        if not self.rules:
            none = QLabel(self.tr("Thủ tục không thu phí, lệ phí."))
            none.setStyleSheet("color: #555;")
            self.grid.addWidget(none, 0, 0, 1, 4)
        self.grid.addWidget(self.total, len(self.rules) + 1, 0, 1, 4)
        self.grid.setColumnStretch(0, 1)
        self._recompute()

    def _row(self, row: int, rule: rules.FeeRule) -> dict:
        tip = (shown(rule.describe()) + (f"\n{rule.note}" if rule.note else "") + "\n"
               + self.tr("Căn cứ: %1").replace("%1", rule.legal_basis))
        widgets: dict = {}
        if rule.basis == "optional":
            check = QCheckBox(rule.name)
            check.toggled.connect(self._recompute)
            widgets["check"] = check
            self.grid.addWidget(check, row, 0)
        else:
            label = QLabel(rule.name)
            label.setWordWrap(True)
            self.grid.addWidget(label, row, 0)
            widgets["label"] = label
        if rule.basis == "unit":
            count = QLineEdit(str(rule.default_count) if rule.default_count else "")
            count.setPlaceholderText("0")
            count.setMaximumWidth(48)
            count.setAlignment(Qt.AlignmentFlag.AlignRight)
            count.textChanged.connect(self._recompute)
            count.setAccessibleName(rule.name)
            widgets["count"] = count
            unit = QLabel(rule.unit + (self.tr(" × ") if rule.per_copy else ""))
            inner = QWidget()
            layout = QGridLayout(inner)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(count, 0, 0)
            layout.addWidget(unit, 0, 1)
            if rule.per_copy:
                copies = QLineEdit("1")
                copies.setMaximumWidth(40)
                copies.setAlignment(Qt.AlignmentFlag.AlignRight)
                copies.textChanged.connect(self._recompute)
                widgets["copies"] = copies
                layout.addWidget(copies, 0, 2)
                layout.addWidget(QLabel(self.tr("bản")), 0, 3)
            self.grid.addWidget(inner, row, 1)
        amount = QLabel()
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        amount.setMinimumWidth(90)
        widgets["amount"] = amount
        self.grid.addWidget(amount, row, 2)
        for widget in widgets.values():
            widget.setToolTip(tip)
        return widgets

    # -- values ------------------------------------------------------------------------------
    def entries(self) -> list[FeeEntry]:
        out = []
        for rule in self.rules:
            w = self.rows[rule.code]
            if rule.basis == "optional":
                out.append(FeeEntry(rule.code, selected=w["check"].isChecked()))
            elif rule.basis == "unit":
                out.append(FeeEntry(rule.code, count=w["count"].text(),
                                    copies=w["copies"].text() if "copies" in w else "1"))
        return out

    def set_entries(self, entries: list[FeeEntry]) -> None:
        """Put entries back (an intake draft restored): the inverse of entries()."""
        for entry in entries:
            w = self.rows.get(entry.code)
            if w is None:
                continue
            if "check" in w:
                w["check"].setChecked(entry.selected)
            if "count" in w:
                w["count"].setText(entry.count)
            if "copies" in w:
                w["copies"].setText(entry.copies)
        self._recompute()

    def _recompute(self, *_args) -> None:
        lines, problem = {}, ""
        for entry in self.entries():
            try:
                choice = rules.FeeChoice(entry.code, entry.selected, rules.parse_count(entry.count, self.tr("số lượng")),
                                         rules.parse_count(entry.copies, self.tr("số bản")) if entry.copies.strip() else 1)
                lines.update({line.code: line.amount for line in rules.charge(
                    [r for r in self.rules if r.code == entry.code], [choice]).lines})
            except Invalid as exc:
                problem = shown_error(exc)
        for rule in self.rules:
            if rule.basis == "dossier":
                lines[rule.code] = rule.amount
        for rule in self.rules:
            self.rows[rule.code]["amount"].setText(format_money(lines.get(rule.code, 0)))
        total = sum(lines.values())
        if problem:
            self.total.setText(f"<span style='color:#b3261e'>{problem}</span>")
        elif self.rules:
            self.total.setText(self.tr("Tổng phí, lệ phí thu: %1").replace("%1", f"<b>{format_money(total)}</b>")
                               if total else self.tr("Không thu phí, lệ phí."))
        else:
            self.total.setText("")
        self.changed.emit()

    def set_enabled(self, enabled: bool) -> None:
        for widgets in self.rows.values():
            for key in ("check", "count", "copies"):
                if key in widgets:
                    widgets[key].setEnabled(enabled)

    def focus_widgets(self) -> list[QWidget]:
        out = []
        for widgets in self.rows.values():
            out += [widgets[k] for k in ("check", "count", "copies") if k in widgets]
        return out
