"""Fees and charges as the law states them (phí, lệ phí): pure rules.

A procedure's fee items come from the catalogue (resources/catalogue/FORMAT.md), each with its
legal source. An item is charged in one of three ways:

* ``dossier`` — once per dossier, always (the base fee);
* ``optional`` — once, when the officer ticks it (for example late registration);
* ``unit`` — per page, signature, copy or certificate: the officer enters the count. The price of
  the n-th unit may differ (``tiers``: from the 3rd page on, from the 3rd certificate on …), the
  total may be capped (``cap``), and with ``per_copy`` the count is per copy and the officer enters
  the number of copies too (chứng thực bản sao: pages of the original, times the copies made).

:func:`charge` turns the officer's choices into the lines printed on the receipt and summed in the
reports — what was actually charged, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from counter.domain.text import ascii_number, listed
from counter.domain.validation import Invalid
from counter.messages import msg

BASES = ("dossier", "optional", "unit")
MAX_COUNT = 10_000
_MOST = f"{MAX_COUNT:,}".replace(",", ".")  # as written in Vietnamese: 10.000


@dataclass(frozen=True)
class FeeRule:
    code: str
    name: str
    amount: int  # đồng: per dossier, or per unit before tiers
    kind: str = "le_phi"  # phi | le_phi
    basis: str = "dossier"
    unit: str = ""  # "trang", "bản", "chữ ký", "phiếu" … (unit basis)
    tiers: tuple[tuple[int, int], ...] = ()  # (from the n-th unit on, price per unit)
    cap: int | None = None  # most charged per copy (per_copy) or for the item
    per_copy: bool = False
    legal_basis: str = ""
    note: str = ""
    default_count: int = 0  # the count proposed at the counter (1 for "one copy" procedures)

    def __post_init__(self) -> None:
        if self.basis not in BASES:
            raise ValueError(f"unknown fee basis {self.basis!r}")

    def unit_price(self, n: int) -> int:
        """The price of the n-th unit (1-based)."""
        price = self.amount
        for start, amount in sorted(self.tiers):
            if n >= start:
                price = amount
        return price

    def for_count(self, count: int) -> int:
        """What ``count`` units cost, tiers and cap applied (for one copy when per copy)."""
        total = sum(self.unit_price(n) for n in range(1, count + 1)) if self.tiers else self.amount * count
        return min(total, self.cap) if self.cap is not None else total

    def describe(self) -> str:
        """The rule in words, for the intake screen and the catalogue report."""
        if self.basis != "unit":
            return _money(self.amount)
        parts = [f"{_money(self.amount)}/{self.unit}"] if self.amount else []
        for start, amount in sorted(self.tiers):
            if start > 1:
                parts.append(msg("từ {unit} thứ {start}: {price}/{unit}", unit=self.unit, start=start, price=_money(amount)))
        text = listed(parts, semicolons=True)
        if self.cap is not None and self.per_copy:
            return msg("{rules}; tối đa {cap}/bản", rules=text, cap=_money(self.cap))
        if self.cap is not None:
            return msg("{rules}; tối đa {cap}", rules=text, cap=_money(self.cap))
        return text


@dataclass(frozen=True)
class FeeChoice:
    """What the officer ticked or counted for one fee item (by its code)."""

    code: str
    selected: bool = False
    count: int = 0
    copies: int = 1


@dataclass(frozen=True)
class FeeLine:
    """One line of what was charged."""

    code: str
    name: str
    kind: str
    amount: int
    quantity: int = 1
    copies: int = 1
    unit: str = ""
    detail: str = ""


@dataclass
class Charged:
    lines: list[FeeLine] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)


def charge(rules: list[FeeRule] | tuple[FeeRule, ...], choices: list[FeeChoice] | tuple[FeeChoice, ...] = ()) -> Charged:
    """The fee lines for these choices. Items charged per dossier are always there; optional items
    when ticked; per-unit items when a count is entered. Raises Invalid for a count that cannot be
    right (negative, not a whole number, absurdly large, copies without pages)."""
    chosen = {c.code: c for c in choices}
    unknown = set(chosen) - {r.code for r in rules}
    if unknown:
        raise Invalid(msg("Khoản phí, lệ phí không thuộc thủ tục này: {codes}. Chọn lại thủ tục.",
                          codes=", ".join(sorted(unknown))))
    result = Charged()
    for rule in rules:
        choice = chosen.get(rule.code, FeeChoice(rule.code, count=rule.default_count))
        if rule.basis == "dossier":
            if rule.amount:
                result.lines.append(FeeLine(rule.code, rule.name, rule.kind, rule.amount))
        elif rule.basis == "optional":
            if choice.selected and rule.amount:
                result.lines.append(FeeLine(rule.code, rule.name, rule.kind, rule.amount))
        else:
            count = _count(rule, choice.count, msg("số {unit}", unit=rule.unit))
            copies = _count(rule, choice.copies, msg("số bản"))
            if rule.per_copy and count and not copies:
                raise Invalid(msg("{fee}: nhập số bản (ít nhất 1) cho {count} {unit}.", fee=rule.name, count=count, unit=rule.unit))
            if not count:
                continue
            copies = copies if rule.per_copy else 1
            amount = rule.for_count(count) * copies
            detail = (msg("{count} {unit} × {copies} bản", count=count, unit=rule.unit, copies=copies) if rule.per_copy
                      else f"{count} {rule.unit}")
            if amount:
                result.lines.append(FeeLine(rule.code, rule.name, rule.kind, amount, count, copies, rule.unit, detail))
    return result


def _count(rule: FeeRule, value, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(msg("{fee}: {what} là số nguyên.", fee=rule.name, what=what))
    if value < 0:
        raise Invalid(msg("{fee}: {what} không được âm.", fee=rule.name, what=what))
    if value > MAX_COUNT:
        raise Invalid(msg("{fee}: {what} quá lớn (tối đa {most}).", fee=rule.name, what=what, most=_MOST))
    return value


def parse_count(raw: str, what: str) -> int:
    """A count typed at the counter ('', '3', '３'): empty is 0."""
    value = ascii_number(raw)
    if not value:
        return 0
    if not (value.isascii() and value.isdigit()):
        raise Invalid(msg("Nhập {what} bằng số nguyên không âm, ví dụ 3.", what=what))
    number = int(value)
    if number > MAX_COUNT:
        raise Invalid(msg("Nhập {what} không quá {most}.", what=what, most=_MOST))
    return number


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " đ"  # vi-only: the đồng sign, the same in every language
