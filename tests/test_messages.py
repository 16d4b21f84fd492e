"""The core's sentences are translatable wholes (counter.messages): a Text is the Vietnamese
sentence for every caller that reads it as a string, and the interface translates its template
and its values; every template is a literal that lupdate is given; no sentence meant for the
officer is left as a bare Vietnamese string in the core."""

from __future__ import annotations

import ast
import pickle
import re
from pathlib import Path

import pytest

import counter
from counter import messages
from counter.errors import ValidationFailed
from counter.messages import Text, msg, text_of

ROOT = Path(counter.__file__).parent
VIETNAMESE = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĂÂĐÊÔƠƯ]")


def test_a_text_is_its_vietnamese_sentence():
    text = msg("Còn {days} ngày làm việc để bổ sung {what}", days=3, what=msg("giấy tờ"))
    assert text == "Còn 3 ngày làm việc để bổ sung giấy tờ"
    assert isinstance(text, str) and text.template == "Còn {days} ngày làm việc để bổ sung {what}"
    assert f"{text}!" == "Còn 3 ngày làm việc để bổ sung giấy tờ!"
    assert msg("Không có giá trị {x}") == "Không có giá trị {x}"  # no values: the template as it is


def test_a_text_is_translated_whole_with_its_values():
    english = {"Còn {days} ngày làm việc để bổ sung {what}": "{days} working days left to supply {what}",
               "giấy tờ": "the papers"}
    text = msg("Còn {days} ngày làm việc để bổ sung {what}", days=3, what=msg("giấy tờ"))
    assert text.render(english.get) == "3 working days left to supply the papers"
    assert text.render(lambda t: None) == str(text)  # no translation: Vietnamese
    broken = {"Còn {days} ngày làm việc để bổ sung {what}": "{day} left"}
    assert text.render(broken.get) == str(text)  # a translation naming a wrong field is not used


def test_a_text_survives_pickling_and_exceptions():
    text = msg("Không đọc được tệp {name}", name="a.pdf")
    again = pickle.loads(pickle.dumps(text))
    assert isinstance(again, Text) and again == text and again.values == {"name": "a.pdf"}
    error = pickle.loads(pickle.dumps(ValueError(text)))
    assert isinstance(text_of(error), Text) and text_of(error).template == text.template
    assert text_of(ValueError("plain")) == "plain"
    failed = ValidationFailed({"phone": msg("Số điện thoại phải có 10 chữ số")})
    assert isinstance(text_of(failed), Text) and str(failed) == "Có 1 thông tin cần sửa. Số điện thoại phải có 10 chữ số"


def test_every_template_is_a_literal():
    assert messages.not_literal() == []


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def bare_vietnamese(root: Path, only: tuple[str, ...]) -> list[str]:
    """Vietnamese string literals outside msg(…), docstrings and logging calls, in the modules
    (or folders) ``only``. A literal on a line marked ``# vi-only: <why>`` is Vietnamese on
    purpose (printed on a form, written to a file the law wants in Vietnamese)."""
    found = []
    for path in sorted(root.rglob("*.py")):
        name = path.relative_to(root).as_posix()
        if not any(name == s or name.startswith(s + "/") for s in only):
            continue
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        tree = ast.parse(source)
        inside: set[int] = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                receiver = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
                if called == "msg" or receiver in ("log", "logger", "logging"):
                    inside |= {id(n) for n in ast.walk(node)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in inside
                    and VIETNAMESE.search(node.value) and "# vi-only:" not in lines[node.lineno - 1]):
                found.append(f"{name}:{node.lineno}: {node.value[:60]!r}")
    return found


#: Not the core's: the interface (translated with tr(); tests/test_english.py), the printed forms
#: (Vietnamese by law), the provincial reference server, the demo data, the migrations. The command
#: line is checked like the core (it follows COUNTER_LANG: tests/test_cli_english.py).
NOT_CORE = ("ui/", "documents/", "sync/hub/", "store/migrations/", "services/demo.py",
            "services/online_demo.py")
CORE = tuple(sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.py")
                    if not p.relative_to(ROOT).as_posix().startswith(NOT_CORE)))


def test_the_core_is_most_of_counter():
    assert len(CORE) > 70 and "domain/validation.py" in CORE and "services/lifecycle.py" in CORE


@pytest.mark.parametrize("module", CORE)
def test_no_bare_vietnamese_sentence_in_the_core(module):
    bare = bare_vietnamese(ROOT, (module,))
    assert not bare, (f"{len(bare)} Vietnamese text(s) in counter/{module} not written as msg(\"…\") "
                      f"(counter.messages): {bare[:10]}")


def test_the_check_finds_a_bare_sentence(tmp_path):
    (tmp_path / "m.py").write_text('''
"""Mô-đun."""
import logging
log = logging.getLogger()
A = msg("Đã lưu")
B = "Chưa lưu"
C = "Đã in"  # vi-only: printed
log.info("Đã gửi")
''', encoding="utf-8")
    assert [f.split(": ")[1] for f in bare_vietnamese(tmp_path, ("m.py",))] == ["'Chưa lưu'"]


def test_a_stored_sentence_is_recognised_when_read_back():
    """The database keeps a sentence as written (a timeline reason, a postal note): read back as
    plain text, it is recognised among the core's templates with fields (templates.json)."""
    from counter import paths

    templates = paths.message_templates()
    forward = msg("Chuyển {party}", party="Phòng Tư pháp - Hộ tịch")
    late = msg("Chuyển {party} (trễ hạn chuyển)", party="Phòng Tư pháp - Hộ tịch")
    note = msg("Giao bưu tá {postman} theo danh sách {number}", postman="Nguyễn Văn Bưu", number="12/2026")
    for made in (forward, late, note):
        again = messages.recognise(str(made), templates)
        assert again is not None and (again.template, again.values) == (made.template, made.values)
    assert messages.recognise("Nguyễn Văn Bưu, Tân Trụ", templates) is None  # "{first}, {rest}" is too thin
    assert messages.recognise("Giao hồ sơ cho công dân", templates) is None


def test_the_templates_file_is_up_to_date():
    """resources/i18n/templates.json lists every template with fields (scripts/update_translations.sh)."""
    from counter import paths

    want = messages.with_fields(t for t, _ in messages.catalogue())
    assert list(paths.message_templates()) == want, "run scripts/update_translations.sh"


def test_fill_replaces_each_placeholder_once():
    """A value holding "%2" (a PostgreSQL URL with an encoded socket folder) is not filled again."""
    from counter.ui.labels import fill

    url = "postgresql+psycopg://postgres@/counter?host=%2Ftmp%2Fpg&port=5432"
    assert fill("%1\nschema %2", url, "0015") == url + "\nschema 0015"
    assert fill("%2 before %1", "a", "b") == "b before a" and fill("%3 stays", "a") == "%3 stays"
