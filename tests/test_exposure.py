"""What the counter shows and sends outside: search that is not fooled by invisible characters,
sync addresses that must be HTTPS, tokens never printed, network errors in Vietnamese."""

from counter.domain.text import fold, fold_words
from counter.services import intake
from counter.services.dossiers import DossierFilter, list_dossiers
from helpers import complete_draft

ZW = "\u200b"  # zero-width space
FORMAT_CHARS = ["\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff", "\u200e", "\u202e"]


def test_fold_drops_zero_width_and_other_format_characters():
    for ch in FORMAT_CHARS:
        assert fold(f"Ngu{ch}yễn Văn{ch} An") == "nguyen van an", repr(ch)
        assert fold_words(f"Ngu{ch}yễn") == ["nguyen"]


def test_search_finds_a_name_typed_or_searched_with_invisible_characters(db, officer):
    plain = intake.receive(db, complete_draft(db, "2.000488"), officer).code
    hidden = intake.receive(db, complete_draft(db, "2.000488", name=f"Trần{ZW} Văn Bì{ZW}nh"), officer).code
    with db.read() as session:
        found = [r.code for r in list_dossiers(session, DossierFilter(query=f"Hồ{ZW}ng Nhung"))]
        assert found == [plain]
        assert [r.code for r in list_dossiers(session, DossierFilter(query="Bình"))] == [hidden]
        assert [r.code for r in list_dossiers(session, DossierFilter(query=f"{plain[:6]}{ZW}{plain[6:]}"))] == [plain]
