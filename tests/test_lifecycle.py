"""The life of a dossier: every allowed and forbidden transition, the supplement restart, the
single extension, routing, results and return."""

from datetime import date, datetime

import pytest
from helpers import complete_draft
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError as SADatabaseError

from counter import clock
from counter.domain.lifecycle import RULES, Action, NotAllowed, allowed_actions, target
from counter.domain.status import Status
from counter.errors import DatabaseProblem
from counter.services import intake, lifecycle
from counter.services.dossiers import get_dossier
from counter.services.errors import ValidationFailed
from counter.store.models import Handover, StatusHistory

STATES = [None, *Status]

# The expected outcome of every action from every state: the target state, or None if refused.
EXPECTED = {
    Action.RECEIVE: {None: Status.ACCEPTED},
    Action.REGISTER_INCOMPLETE: {None: Status.SUPPLEMENT_REQUESTED},
    Action.REGISTER_REFUSED: {None: Status.REFUSED},
    Action.ACCEPT: {Status.NEW: Status.ACCEPTED},
    Action.FORWARD: {Status.ACCEPTED: Status.IN_PROGRESS, Status.IN_PROGRESS: Status.IN_PROGRESS},
    Action.REQUEST_SUPPLEMENT: {s: Status.SUPPLEMENT_REQUESTED for s in (Status.NEW, Status.ACCEPTED, Status.IN_PROGRESS)},
    Action.COMPLETE_SUPPLEMENT: {Status.SUPPLEMENT_REQUESTED: Status.ACCEPTED},
    Action.CLOSE_UNSUPPLEMENTED: {Status.SUPPLEMENT_REQUESTED: Status.STOPPED},
    Action.REQUEST_PAYMENT: {Status.ACCEPTED: Status.PAYMENT_REQUESTED, Status.IN_PROGRESS: Status.PAYMENT_REQUESTED},
    Action.RECORD_PAYMENT: {Status.PAYMENT_REQUESTED: Status.IN_PROGRESS},
    Action.REFUSE: {s: Status.REFUSED for s in (Status.NEW, Status.ACCEPTED, Status.IN_PROGRESS,
                                                 Status.SUPPLEMENT_REQUESTED)},
    Action.EXTEND: {s: s for s in (Status.ACCEPTED, Status.IN_PROGRESS, Status.PAYMENT_REQUESTED)},
    Action.RESULT: {Status.ACCEPTED: Status.PROCESSED, Status.IN_PROGRESS: Status.PROCESSED},
    Action.RETURN: {Status.PROCESSED: Status.RETURNED},
    Action.WITHDRAW: {s: Status.WITHDRAWN for s in (Status.NEW, Status.ACCEPTED, Status.IN_PROGRESS,
                                                     Status.SUPPLEMENT_REQUESTED, Status.PAYMENT_REQUESTED)},
    Action.STOP: {s: Status.STOPPED for s in (Status.ACCEPTED, Status.IN_PROGRESS, Status.SUPPLEMENT_REQUESTED,
                                               Status.PAYMENT_REQUESTED)},
}


def test_every_action_is_specified():
    assert set(EXPECTED) == set(RULES)


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("state", STATES, ids=lambda s: "none" if s is None else s.name)
def test_every_allowed_and_forbidden_transition(action, state):
    expected = EXPECTED[action].get(state)
    if expected is None:
        with pytest.raises(NotAllowed, match="Không thể") as err:
            target(action, state)
        assert "chỉ dùng khi hồ sơ" in str(err.value)
    else:
        assert target(action, state) == expected


def test_final_states_allow_nothing():
    for state in (Status.REFUSED, Status.WITHDRAWN, Status.STOPPED, Status.RETURNED):
        assert allowed_actions(state) == []


# -- through the database ------------------------------------------------------------------


@pytest.fixture
def code(db, officer):
    return intake.receive(db, complete_draft(db, "2.000488"), officer).code


def history(db, code):
    with db.read() as session:
        d = get_dossier(session, code)
        return [(h.action, h.from_status, h.to_status, h.officer_name, h.reason) for h in d.history]


def test_forward_result_and_return_at_the_counter(office_clock, db, officer, code):
    office_clock.set(datetime(2026, 11, 23, 10, 0))
    lifecycle.forward(db, code, officer, receiver="Trần Văn Bảo")
    office_clock.set(datetime(2026, 12, 1, 9, 0))
    result = lifecycle.record_result(db, code, officer, giver="Trần Văn Bảo", note="Phiếu LLTP số 123")
    assert result == f"{code}-KQ1"
    with pytest.raises(ValidationFailed) as err:  # not the applicant's ID, and not declared as a proxy
        lifecycle.return_result(db, code, officer, collector="applicant", id_number="080190009999")
    assert "không khớp" in err.value.errors["id_number"]
    office_clock.set(datetime(2026, 12, 1, 10, 0))
    lifecycle.return_result(db, code, officer, collector="applicant", id_number="080 190 001234")
    assert [h[:3] for h in history(db, code)] == [
        ("receive", None, 2), ("forward", 2, 4), ("result", 4, 9), ("return", 9, 10)]
    assert all(h[3] == "Nguyễn Thị Lan" for h in history(db, code))
    with db.read() as session:
        d = get_dossier(session, code)
        assert d.returned_to_name == "Nguyễn Thị Hồng Nhung" and d.returned_at == datetime(2026, 12, 1, 10, 0)
        kinds = [(h.kind, h.timeliness) for h in d.handovers]
    assert kinds == [("forward", "on_time"), ("result", "early"), ("return", "early")]
    with pytest.raises(NotAllowed, match="trả kết quả"):
        lifecycle.return_result(db, code, officer, collector="applicant", id_number="080190001234")


def test_return_to_an_authorised_person(db, officer, code):
    lifecycle.forward(db, code, officer)
    lifecycle.record_result(db, code, officer)
    with pytest.raises(ValidationFailed) as err:
        lifecycle.return_result(db, code, officer, collector="proxy", name="Lê Văn Tư", id_number="123")
    assert set(err.value.errors) == {"id_number", "authorisation"}
    lifecycle.return_result(db, code, officer, collector="proxy", name="Lê Văn Tư", id_number="080085004321",
                            authorisation="Giấy ủy quyền số 12/UQ ngày 20/11/2026")
    with db.read() as session:
        d = get_dossier(session, code)
        assert (d.returned_to_name, d.returned_to_id) == ("Lê Văn Tư", "080085004321")


def test_forbidden_step_is_refused_and_nothing_changes(db, officer, code):
    before = history(db, code)
    with pytest.raises(NotAllowed, match="'trả kết quả' khi hồ sơ đang ở trạng thái 'đã tiếp nhận'"):
        lifecycle.return_result(db, code, officer, collector="applicant", id_number="080190001234")
    assert history(db, code) == before


def test_history_is_append_only_in_the_database(db, code):
    # the store maps the driver's error once (DatabaseProblem, in words for the officer); the
    # trigger's own refusal is its cause
    with pytest.raises(DatabaseProblem) as refused:
        with db.write() as session:
            session.execute(text("UPDATE status_history SET reason = 'sửa lịch sử'"))
    assert isinstance(refused.value.__cause__, SADatabaseError) and "append-only" in str(refused.value.__cause__)
    with pytest.raises(DatabaseProblem) as refused:
        with db.write() as session:
            session.execute(text("DELETE FROM status_history"))
    assert isinstance(refused.value.__cause__, SADatabaseError) and "append-only" in str(refused.value.__cause__)
    assert len(history(db, code)) == 1


def test_supplement_restarts_the_deadline_from_zero(office_clock, db, officer, code):
    office_clock.set(datetime(2026, 11, 25, 9, 0))  # two working days after receipt (24/11 is a day off)
    deadline = lifecycle.request_supplement(db, code, officer, [
        lifecycle.MissingItem("Bản chụp CCCD còn rõ nét", "Bản đã nộp bị mờ số định danh", photocopies=1),
        lifecycle.MissingItem("Văn bản ủy quyền", "Người nộp thay chưa có ủy quyền", originals=1)])
    assert deadline == date(2026, 12, 10)
    with db.read() as session:
        d = get_dossier(session, code)
        assert d.status == Status.SUPPLEMENT_REQUESTED
        first_due = d.due_at
    office_clock.set(datetime(2026, 12, 2, 14, 0))
    new_due = lifecycle.complete_supplement(db, code, officer)
    # counted from zero at the completion: 10 working days from Wed 2/12 14:00 → Wed 16/12 14:00
    assert new_due == datetime(2026, 12, 16, 14, 0) and new_due != first_due
    with db.read() as session:
        d = get_dossier(session, code)
        assert d.status == Status.ACCEPTED and d.code == code and d.due_at == new_due
        assert d.clock_started_at == datetime(2026, 12, 2, 14, 0)
        last = d.history[-1]
        assert last.details == {"NgayHenTraTruoc": first_due.isoformat(), "NgayHenTraMoi": new_due.isoformat()}
        assert d.supplements[0].completed_at == datetime(2026, 12, 2, 14, 0)


def test_supplement_request_only_within_three_working_days(office_clock, db, officer, code):
    office_clock.set(datetime(2026, 11, 30, 9, 0))  # 23/11 09:00 + 4 working days (24/11 off)
    with pytest.raises(NotAllowed, match="quá 3 ngày làm việc"):
        lifecycle.request_supplement(db, code, officer, [lifecycle.MissingItem("Tờ khai")])


def test_unsupplemented_dossier_is_closed_after_15_days(office_clock, db, officer, code):
    lifecycle.request_supplement(db, code, officer, [lifecycle.MissingItem("Tờ khai có chữ ký")])
    office_clock.set(datetime(2026, 12, 8, 8, 0))  # deadline is 08/12: not yet
    assert lifecycle.close_expired_supplements(db) == []
    office_clock.set(datetime(2026, 12, 9, 8, 0))
    assert lifecycle.close_expired_supplements(db) == [code]
    with db.read() as session:
        d = get_dossier(session, code)
        assert d.status == Status.STOPPED and "Quá thời hạn bổ sung" in d.closed_reason
        assert d.history[-1].officer_name == "Hệ thống"


def test_supplement_days_are_configurable(db, officer, code):
    from counter.store.models import Office

    with db.write() as session:
        office = session.get(Office, 1)
        office.settings = {**(office.settings or {}), "supplement_days": 5}
    assert lifecycle.request_supplement(db, code, officer, [lifecycle.MissingItem("Tờ khai")]) == date(2026, 11, 28)


def test_incomplete_dossier_registered_at_the_counter(db, officer):
    draft = complete_draft(db, "2.000488")
    draft.documents[1].submitted = False  # the ID photocopy is missing
    accepted = intake.register_incomplete(db, draft, officer, reason="Thiếu giấy tờ tùy thân")
    with db.read() as session:
        d = get_dossier(session, accepted.code)
        assert d.status == Status.SUPPLEMENT_REQUESTED
        assert [i["name"] for i in d.supplements[0].items] == ["Bản chụp giấy tờ tùy thân của người được cấp Phiếu lý lịch tư pháp"]
        assert d.fee_total == 0


def test_refused_at_the_counter_needs_a_reason(db, officer):
    with pytest.raises(ValidationFailed):
        intake.register_refused(db, complete_draft(db), officer, reason="  ")
    accepted = intake.register_refused(db, complete_draft(db), officer, reason="Không thuộc thẩm quyền giải quyết")
    assert history(db, accepted.code)[0][:3] == ("register_refused", None, 3)


def test_single_extension(db, officer, code):
    lifecycle.forward(db, code, officer)
    with db.read() as session:
        due = get_dossier(session, code).due_at
    with pytest.raises(ValidationFailed):
        lifecycle.extend(db, code, officer, due, "Chờ xác minh")
    new_due = datetime(2026, 12, 15, 16, 0)
    lifecycle.extend(db, code, officer, new_due, "Chờ kết quả xác minh từ Công an tỉnh khác")
    with db.read() as session:
        d = get_dossier(session, code)
        assert (d.original_due_at, d.due_at, d.status) == (due, new_due, Status.IN_PROGRESS)
    with pytest.raises(NotAllowed, match="chỉ được điều chỉnh một lần"):
        lifecycle.extend(db, code, officer, datetime(2026, 12, 20, 16, 0), "Lần nữa")


def test_withdraw_and_stop(db, officer, code):
    second = intake.receive(db, complete_draft(db, "2.000488"), officer).code
    lifecycle.withdraw(db, code, officer, "Công dân có đơn xin rút hồ sơ")
    lifecycle.forward(db, second, officer)
    lifecycle.stop(db, second, officer, "Cơ quan có thẩm quyền đang giải quyết tranh chấp liên quan")
    assert history(db, code)[-1][:3] == ("withdraw", 2, 7)
    assert history(db, second)[-1][:3] == ("stop", 4, 8)
    with pytest.raises(NotAllowed):
        lifecycle.forward(db, code, officer)


def test_missed_forwarding_deadline_is_flagged(office_clock, db, officer):
    office_clock.set(datetime(2026, 11, 23, 15, 30))  # after 15:00 → at the start of the next working day (Điều 18.2)
    code = intake.receive(db, complete_draft(db, "2.000488"), officer).code
    with db.read() as session:
        assert get_dossier(session, code).forward_due_at == datetime(2026, 11, 25, 7, 0)
    office_clock.set(datetime(2026, 11, 25, 14, 0))
    lifecycle.forward(db, code, officer)
    with db.read() as session:
        d = get_dossier(session, code)
        assert d.history[-1].details["missed_forward_deadline"] is True
        assert "trễ hạn chuyển" in d.history[-1].reason
        assert session.scalar(select(Handover.timeliness).where(Handover.dossier_id == d.id)) == "late"


def test_inter_agency_route(db, officer, code):
    lifecycle.set_route(db, code, officer, [
        lifecycle.Step("000.00.18.H49", "Phòng Hồ sơ nghiệp vụ", "Tra cứu lý lịch", days=5),
        lifecycle.Step("000.00.15.H49", "Phòng Hành chính tư pháp", "Cấp phiếu"),
    ])
    with db.read() as session:
        d = get_dossier(session, code)
        assert [s.agency_name for s in d.steps] == ["Công an tỉnh Tây Ninh", "Sở Tư pháp tỉnh Tây Ninh"]
        assert d.steps[0].due_at == datetime(2026, 12, 1, 9, 0) and d.steps[1].due_at == d.due_at
    with pytest.raises(ValidationFailed, match="vượt hạn"):
        lifecycle.set_route(db, code, officer, [lifecycle.Step("000.00.18.H49", days=40)])


def test_handover_batch_forwards_every_dossier(db, officer, code):
    second = intake.receive(db, complete_draft(db, "2.000488"), officer).code
    number = lifecycle.handover_batch(db, [code, second], officer, to_party="Công an tỉnh Tây Ninh",
                                      receiver="Đỗ Thị Hạnh")
    assert number == "BG-20261123-01"
    for c in (code, second):
        assert history(db, c)[-1][:3] == ("forward", 2, 4)
    with db.read() as session:
        rows = session.scalars(select(StatusHistory).where(StatusHistory.action == "forward")).all()
        assert all(r.details["batch"] == number for r in rows)


def test_routing_never_targets_an_agency_that_has_ceased(db, officer):
    """An open dossier decided by a former district committee cannot be forwarded there: the officer
    routes it to the agency that decides it now."""
    from datetime import date

    from counter.domain.lifecycle import NotAllowed
    from counter.store.models import Agency, Dossier

    code = intake.receive(db, complete_draft(db), officer).code
    with db.write() as session:
        d = session.scalar(select(Dossier).where(Dossier.code == code))
        d.deciding_agency_code, d.deciding_agency_name = "000.00.31.H49", "Ủy ban nhân dân thành phố Tân An (cũ)"
        assert session.get(Agency, "000.00.31.H49").valid_to == date(2025, 6, 30)
    with pytest.raises(NotAllowed, match="đã ngừng hoạt động từ ngày 30/06/2025"):
        lifecycle.forward(db, code, officer)
    with pytest.raises(ValidationFailed) as err:
        lifecycle.set_route(db, code, officer, [lifecycle.Step("000.00.31.H49", "Phòng Tư pháp")])
    assert "ngừng hoạt động" in err.value.errors["steps"]
    lifecycle.set_route(db, code, officer, [lifecycle.Step("000.01.34.H49", "Công chức Tư pháp - Hộ tịch")])
    lifecycle.forward(db, code, officer)
    with db.read() as session:
        assert session.scalar(select(Dossier.deciding_agency_name).where(Dossier.code == code)) == "UBND xã Tân Trụ"
