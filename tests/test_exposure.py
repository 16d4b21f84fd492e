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


# -- HTTPS, tokens, network errors ------------------------------------------------------------------
import subprocess  # noqa: E402
import sys  # noqa: E402

import pytest  # noqa: E402

from counter import transport  # noqa: E402
from counter.sync.engine import SyncConfig, sync_once  # noqa: E402

ENGLISH = ("Error", "error", "Max retries", "HTTPConnection", "SSL", "Errno", "object at", "Failed")


@pytest.mark.parametrize("url, allowed", [
    ("https://dongbo.tayninh.gov.vn", True), ("http://127.0.0.1:8765", True), ("http://localhost:8765", True),
    ("http://[::1]:8765", True), ("http://127.8.0.1", True), ("http://dongbo.tayninh.gov.vn", False),
    ("http://10.0.0.5:8765", False), ("ftp://dongbo.tayninh.gov.vn", False), ("dongbo.tayninh.gov.vn", False),
])
def test_https_is_required_except_to_this_machine(url, allowed):
    assert (transport.refusal(url, False) == "") is allowed
    if url.startswith("http://"):
        assert transport.refusal(url, True) == ""  # the explicit setting allows plain HTTP


def test_sync_to_plain_http_elsewhere_is_refused_unless_allowed_and_errors_are_vietnamese(db, officer):
    refused = sync_once(db, SyncConfig("http://dongbo.example.invalid", "token", timeout=(2.0, 2.0)))
    assert not refused.ok and "phải dùng https://" in refused.errors[0]
    allowed = sync_once(db, SyncConfig("http://dongbo.example.invalid", "token", timeout=(2.0, 2.0),
                                       allow_plain_http=True))
    [message] = allowed.errors
    assert message.startswith("Không kết nối được máy chủ tỉnh") and not any(w in message for w in ENGLISH), message


def test_a_tls_failure_is_said_in_vietnamese(db, officer, hub):
    result = sync_once(db, SyncConfig(hub.url.replace("http://", "https://"), hub.token, timeout=(2.0, 2.0)))
    [message] = result.errors
    assert "chứng chỉ TLS" in message and not any(w in message for w in ENGLISH), message


def test_postal_network_errors_are_vietnamese_and_https_is_required(db, officer):
    from counter.sync import postal as postal_net

    result = postal_net.postal_once(db, postal_net.PostalConfig("http://buudien.example.invalid", "khoa", (2.0, 2.0)))
    assert result.errors and "phải dùng https://" in result.errors[0]
    result = postal_net.postal_once(db, postal_net.PostalConfig("https://buudien.example.invalid", "khoa", (2.0, 2.0)))
    assert all(not any(w in e for w in ENGLISH) for e in result.errors), result.errors


def hub_lines(db_path, *extra, lines=3):
    process = subprocess.Popen([sys.executable, "-m", "counter", "hub", "--db", str(db_path), "--port", "0", *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        return [process.stdout.readline() for _ in range(lines)]
    finally:
        process.terminate()
        process.wait(10)
        process.stdout.close()
        process.stderr.close()


def test_the_hub_never_prints_tokens_only_once_at_creation(tmp_path):
    given = hub_lines(tmp_path / "hub.sqlite3", "--token", "000.01.34.H49=bi-mat-cua-quay", "--postal-key",
                      "TANTRU01=bi-mat-buu-chinh")
    text = "".join(given)
    assert "đang chạy tại" in text and "không in ra" in text
    assert "bi-mat-cua-quay" not in text and "bi-mat-buu-chinh" not in text
    first = "".join(hub_lines(tmp_path / "moi.sqlite3", lines=2))
    assert "chỉ hiện một lần này" in first
    token = first.rsplit(": ", 1)[1].strip()
    assert len(token) >= 24
    again = "".join(hub_lines(tmp_path / "moi.sqlite3", lines=1))
    assert token not in again


def test_the_status_bar_warns_when_plain_http_is_allowed(qtbot, db, officer):
    from counter.store.models import Office
    from counter.ui.main_window import MainWindow

    with db.write() as session:
        office = session.get(Office, 1)
        office.settings = {**(office.settings or {}), "sync_url": "http://10.0.0.5:8765", transport.ALLOW_SETTING: True}
    window = MainWindow(db, actor=officer, sync=False)
    qtbot.addWidget(window)
    window.show()
    assert window.plain_http_warning.isVisible() and "HTTP" in window.plain_http_warning.text()
    with db.write() as session:
        office = session.get(Office, 1)
        office.settings = {**office.settings, "sync_url": "https://dongbo.tayninh.gov.vn"}
    window._update_status()
    assert not window.plain_http_warning.isVisible()
