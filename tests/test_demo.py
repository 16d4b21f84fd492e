"""Demo data looks like a real office: every state, every printed form, every postal state, hand-over
batches, forwarded dossiers with their agency, organisations filing only organisation procedures."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from counter import clock
from counter.domain.status import Status
from counter.services import demo, forms, postal
from counter.services.book import book_pdf
from counter.store.models import Dossier, DossierStep, HandoverBatch, OutboxEvent, PostalOrder, Procedure
from helpers import pdf_text


@pytest.fixture
def demo_db(db):
    demo.generate(db, 300, seed=5, days=30)
    made = demo.showcase(db, seed=5)
    return db, made


def test_every_state_and_postal_state_occurs(demo_db):
    db, made = demo_db
    with db.read() as session:
        statuses = set(session.scalars(select(Dossier.status).distinct()))
        states = set(session.scalars(select(PostalOrder.state).distinct()))
        kinds = set(session.scalars(select(HandoverBatch.kind).distinct()))
        forwarded = session.scalar(select(func.count()).select_from(DossierStep))
        queued = session.scalar(select(func.count()).select_from(OutboxEvent))
    # NEW (1) is an online dossier waiting at the counter: it comes from the provincial portal
    assert set(range(2, 11)) <= statuses
    assert states == {"pending", "created", "handed_over", "collected", "in_transit", "delivered", "returned",
                      "cancelled", "failed"}
    assert {"forward", "post"} <= kinds
    assert forwarded > 50
    assert queued == 0  # without --queue nothing waits to be sent
    assert len(made) >= 20


def test_organisations_file_only_organisation_procedures(demo_db):
    db, _ = demo_db
    with db.read() as session:
        rows = session.execute(select(Procedure.applicants).join(Dossier, Dossier.procedure_id == Procedure.id)
                               .where(Dossier.applicant_kind == "organisation")).all()
        steps = session.execute(select(Dossier.deciding_agency_name, DossierStep.agency_name)
                                .join(DossierStep, DossierStep.dossier_id == Dossier.id)).all()
    assert rows and all("organisation" in applicants for (applicants,) in rows)
    assert all(a == b for a, b in steps) and all("(cũ)" not in a for a, _ in steps)


def test_every_form_prints_from_demo_data_and_reads_back(demo_db):
    db, made = demo_db
    printed = Counter()
    with db.read() as session:
        codes = session.scalars(select(Dossier.code).where(Dossier.code.in_(made))).all()
    for code in codes:
        for kind in forms.FORM_KINDS:
            try:
                pdf = forms.form_pdf(db, kind, code)
            except forms.UserError:
                continue
            text = " ".join(pdf_text(pdf))
            assert code in text
            printed[kind] += 1
    assert set(printed) == set(forms.FORM_KINDS), printed
    with db.read() as session:
        batches = session.execute(select(HandoverBatch.number, HandoverBatch.kind)).all()
    for number, kind in batches:
        pdf = postal.handover_list_pdf(db, number) if kind == "post" else forms.handover_list_pdf(db, number)
        assert number in " ".join(pdf_text(pdf))
    labels = postal.queue(db, "in_transit")
    assert labels and labels[0].number in " ".join(pdf_text(postal.label_pdf(db, labels[0].number)))
    today = clock.now().date()
    book = " ".join(pdf_text(book_pdf(db, today - timedelta(days=45), today)))
    assert "Ký nhận" in book and made[0] in book


def test_queue_puts_the_demo_in_the_outbox(db):
    demo.generate(db, 50, seed=2, days=10, queue=True)
    made = demo.showcase(db, seed=2, queue=True)
    with db.read() as session:
        queued = set(session.scalars(select(OutboxEvent.dossier_code).where(OutboxEvent.kind == "dossier.created")))
        total = session.scalar(select(func.count()).select_from(Dossier))
    assert set(made) <= queued and len(queued) == total
