"""Which papers of a procedure's list every applicant must bring, and which only some do."""

from __future__ import annotations

from counter.domain.text import fold

# Words by which the catalogue marks a paper needed only in some cases ("Giấy ủy quyền (trường hợp
# ủy quyền)", "Bản sao giấy khai sinh (nếu có)", "đối với người nước ngoài" …), compared without
# diacritics.
_CONDITIONS = ("(truong hop", "trong truong hop", "truong hop uy quyen", "neu co", "(doi voi", "doi voi truong hop",
               "(neu", ", neu ")


def conditional(name: str) -> bool:
    """The paper is asked for only in some cases: the officer decides whether it is missing."""
    folded = fold(name or "")
    return any(word in folded for word in _CONDITIONS)


def surely_missing(name: str, required: bool, submitted: bool) -> bool:
    """A supplement request lists this paper without asking the officer: required, not
    conditional, and not submitted."""
    return required and not submitted and not conditional(name)
