"""The life of a dossier: which action is allowed in which state (national status codes,
DOMAIN §4), and where it leads. Pure rules: the services record each step.

A state change is one of these actions; an action not listed for the current state is refused
with a message that says why. Extension keeps the state (the due date moves, once).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from counter.domain.status import STATUS_IN_SENTENCE, Status
from counter.domain.text import listed
from counter.errors import UserError
from counter.messages import msg

S = Status


class Action(enum.StrEnum):
    RECEIVE = "receive"                    # complete dossier accepted at the counter
    REGISTER_INCOMPLETE = "register_incomplete"  # incomplete at the counter: code given, supplement requested
    REGISTER_REFUSED = "register_refused"  # refused at the counter: code given, refusal slip
    ACCEPT = "accept"                      # an online dossier (status 1) accepted
    FORWARD = "forward"                    # handed to the deciding department/agency
    REQUEST_SUPPLEMENT = "request_supplement"
    COMPLETE_SUPPLEMENT = "complete_supplement"
    CLOSE_UNSUPPLEMENTED = "close_unsupplemented"
    REQUEST_PAYMENT = "request_payment"
    RECORD_PAYMENT = "record_payment"
    REFUSE = "refuse"
    EXTEND = "extend"
    RESULT = "result"                      # the result is ready at the counter
    RETURN = "return"                      # the result is handed to the applicant
    WITHDRAW = "withdraw"                  # the applicant withdraws before the decision
    STOP = "stop"                          # processing stopped (notice, form 05)


@dataclass(frozen=True)
class Rule:
    sources: frozenset[Status | None]
    target: Status | None  # None: the state does not change
    label: str


OPEN_FOR_WORK = frozenset({S.ACCEPTED, S.IN_PROGRESS, S.SUPPLEMENT_REQUESTED, S.PAYMENT_REQUESTED})

RULES: dict[Action, Rule] = {
    Action.RECEIVE: Rule(frozenset({None}), S.ACCEPTED, msg("Tiếp nhận hồ sơ")),
    Action.REGISTER_INCOMPLETE: Rule(frozenset({None}), S.SUPPLEMENT_REQUESTED, msg("Tiếp nhận, yêu cầu bổ sung")),
    Action.REGISTER_REFUSED: Rule(frozenset({None}), S.REFUSED, msg("Từ chối tiếp nhận")),
    Action.ACCEPT: Rule(frozenset({S.NEW}), S.ACCEPTED, msg("Tiếp nhận hồ sơ trực tuyến")),
    Action.FORWARD: Rule(frozenset({S.ACCEPTED, S.IN_PROGRESS}), S.IN_PROGRESS, msg("Chuyển xử lý")),
    Action.REQUEST_SUPPLEMENT: Rule(frozenset({S.NEW, S.ACCEPTED, S.IN_PROGRESS}), S.SUPPLEMENT_REQUESTED,
                                    msg("Yêu cầu bổ sung hồ sơ")),
    Action.COMPLETE_SUPPLEMENT: Rule(frozenset({S.SUPPLEMENT_REQUESTED}), S.ACCEPTED, msg("Đã bổ sung đầy đủ")),
    Action.CLOSE_UNSUPPLEMENTED: Rule(frozenset({S.SUPPLEMENT_REQUESTED}), S.STOPPED, msg("Đóng hồ sơ không bổ sung")),
    Action.REQUEST_PAYMENT: Rule(frozenset({S.ACCEPTED, S.IN_PROGRESS}), S.PAYMENT_REQUESTED, msg("Yêu cầu thanh toán")),
    Action.RECORD_PAYMENT: Rule(frozenset({S.PAYMENT_REQUESTED}), S.IN_PROGRESS, msg("Đã thanh toán")),
    Action.REFUSE: Rule(frozenset({S.NEW, S.ACCEPTED, S.IN_PROGRESS, S.SUPPLEMENT_REQUESTED}), S.REFUSED,
                        msg("Từ chối giải quyết")),
    Action.EXTEND: Rule(frozenset({S.ACCEPTED, S.IN_PROGRESS, S.PAYMENT_REQUESTED}), None, msg("Gia hạn, xin lỗi")),
    Action.RESULT: Rule(frozenset({S.ACCEPTED, S.IN_PROGRESS}), S.PROCESSED, msg("Có kết quả giải quyết")),
    Action.RETURN: Rule(frozenset({S.PROCESSED}), S.RETURNED, msg("Trả kết quả")),
    Action.WITHDRAW: Rule(frozenset({S.NEW, S.ACCEPTED, S.IN_PROGRESS, S.SUPPLEMENT_REQUESTED, S.PAYMENT_REQUESTED}),
                          S.WITHDRAWN, msg("Công dân rút hồ sơ")),
    Action.STOP: Rule(frozenset({S.ACCEPTED, S.IN_PROGRESS, S.SUPPLEMENT_REQUESTED, S.PAYMENT_REQUESTED}),
                      S.STOPPED, msg("Dừng giải quyết")),
}

#: each step inside a sentence ("Không thể 'trả kết quả' khi …")
IN_SENTENCE = {
    Action.RECEIVE: msg("tiếp nhận hồ sơ"),
    Action.REGISTER_INCOMPLETE: msg("tiếp nhận, yêu cầu bổ sung"),
    Action.REGISTER_REFUSED: msg("từ chối tiếp nhận"),
    Action.ACCEPT: msg("tiếp nhận hồ sơ trực tuyến"),
    Action.FORWARD: msg("chuyển xử lý"),
    Action.REQUEST_SUPPLEMENT: msg("yêu cầu bổ sung hồ sơ"),
    Action.COMPLETE_SUPPLEMENT: msg("đã bổ sung đầy đủ"),
    Action.CLOSE_UNSUPPLEMENTED: msg("đóng hồ sơ không bổ sung"),
    Action.REQUEST_PAYMENT: msg("yêu cầu thanh toán"),
    Action.RECORD_PAYMENT: msg("đã thanh toán"),
    Action.REFUSE: msg("từ chối giải quyết"),
    Action.EXTEND: msg("gia hạn, xin lỗi"),
    Action.RESULT: msg("có kết quả giải quyết"),
    Action.RETURN: msg("trả kết quả"),
    Action.WITHDRAW: msg("công dân rút hồ sơ"),
    Action.STOP: msg("dừng giải quyết"),
}

#: actions that need a reason typed by the officer
NEEDS_REASON = frozenset({Action.REQUEST_SUPPLEMENT, Action.REGISTER_INCOMPLETE, Action.REGISTER_REFUSED,
                          Action.REFUSE, Action.EXTEND, Action.WITHDRAW, Action.STOP, Action.CLOSE_UNSUPPLEMENTED})
#: states in which the legal clock runs (supplement waiting stops it)
CLOCK_RUNNING = frozenset({S.ACCEPTED, S.IN_PROGRESS, S.PAYMENT_REQUESTED})


class NotAllowed(UserError, ValueError):
    """An action the current state does not allow; the message says why, in Vietnamese."""


def target(action: Action, current: Status | None) -> Status | None:
    """The state after ``action`` from ``current``; raises NotAllowed with the reason."""
    rule = RULES[action]
    if current not in rule.sources:
        here = STATUS_IN_SENTENCE[Status(current)] if current is not None else msg("chưa có")
        allowed = listed(sorted(STATUS_IN_SENTENCE[Status(s)] for s in rule.sources if s is not None)) or "—"
        raise NotAllowed(msg(
            "Không thể '{action}' khi hồ sơ đang ở trạng thái '{state}'. Thao tác này chỉ dùng khi hồ sơ: {allowed}.",
            action=IN_SENTENCE[action], state=here, allowed=allowed,
        ))
    return rule.target if rule.target is not None else current


def allowed_actions(current: Status | None) -> list[Action]:
    return [a for a, rule in RULES.items() if current in rule.sources and None not in rule.sources]
