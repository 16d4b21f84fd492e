#!/usr/bin/env bash
# Update and compile Counter's Qt translations. Run from the repository root:
#
#     scripts/update_translations.sh
#
# 1. pyside6-lupdate collects every self.tr("…") string of counter/ui/*.py into
#    resources/i18n/counter_en.ts (source language Vietnamese, target English). Existing
#    translations are kept; new strings arrive as type="unfinished" — translate them (Qt
#    Linguist: .venv/bin/pyside6-linguist resources/i18n/counter_en.ts, or edit the XML), then run
#    this script again.
# 2. pyside6-lrelease compiles every resources/i18n/*.ts (counter_en.ts, qtbase_vi.ts, …) into
#    the .qm next to it, which is what the application loads (counter/ui/app.py).
#
# lupdate's Python parser does not look inside f-strings, so f"<br>{self.tr('Địa chỉ')}: …"
# would be missed. lupdate therefore reads a scratch copy of counter/ui/ in which each f-string
# that calls tr() is replaced, on the same lines and in the same class, by those tr() calls;
# the scratch tree mirrors the repository layout, so the file names and line numbers recorded
# in the .ts are the real ones.
set -euo pipefail

ROOT=$(pwd)
BIN="$ROOT/.venv/bin"
TS=resources/i18n/counter_en.ts

if [[ ! -d counter/ui || ! -x "$BIN/pyside6-lupdate" || ! -x "$BIN/pyside6-lrelease" ]]; then
    echo "update_translations.sh: run from the repository root, with .venv set up (PySide6)" >&2
    exit 2
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/counter/ui" "$scratch/resources/i18n"

"$BIN/python" - "$scratch" counter/ui/*.py <<'PY'
"""Copy each source to the scratch tree, exposing tr() calls hidden inside f-strings."""
import ast
import sys
from pathlib import Path


def is_tr(node):
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "tr" and bool(node.args)
            and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str))


def outermost_fstrings(tree):
    found = []

    def visit(node):
        if isinstance(node, ast.JoinedStr):
            found.append(node)
            return
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


scratch, files = Path(sys.argv[1]), sys.argv[2:]
for name in files:
    data = Path(name).read_bytes()
    lines = data.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    edits = []
    for fstring in outermost_fstrings(ast.parse(data, filename=name)):
        calls = [n for n in ast.walk(fstring) if is_tr(n)]
        if not calls:
            continue
        rows = []
        for lineno in range(fstring.lineno, fstring.end_lineno + 1):
            text = " ".join(ast.unparse(c) for c in calls
                            if c.lineno == lineno or (lineno == fstring.lineno and not
                                                      fstring.lineno <= c.lineno <= fstring.end_lineno))
            if lineno > fstring.lineno:  # keep the indentation, lupdate follows it for classes
                line = lines[lineno - 1]
                text = line[:len(line) - len(line.lstrip())].decode() + text
            rows.append(text)
        begin = starts[fstring.lineno - 1] + fstring.col_offset  # col_offset counts UTF-8 bytes
        end = starts[fstring.end_lineno - 1] + fstring.end_col_offset
        edits.append((begin, end, "\n".join(rows).encode()))
    for begin, end, text in sorted(edits, reverse=True):
        data = data[:begin] + text + data[end:]
    target = scratch / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
PY

# Texts shown from tables (status names, queue names…) are passed to tr_label() in variables,
# which lupdate cannot follow: counter.ui.label_list.all_labels() lists them, and they reach lupdate as
# QT_TRANSLATE_NOOP("Labels", …) lines of a scratch file.
QT_QPA_PLATFORM=offscreen "$BIN/python" - "$scratch/counter/ui/labels_for_lupdate.py" <<'PY'
import sys
from counter.ui.label_list import all_labels
from counter import messages
from counter.ui.labels import CONTEXT

lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
lines += [f"QT_TRANSLATE_NOOP({CONTEXT!r}, {text!r})" for text in all_labels()]
# the core's sentences, msg("…") anywhere in counter/ (counter.messages)
templates = dict.fromkeys(template for template, _ in messages.catalogue())
lines += [f"QT_TRANSLATE_NOOP({messages.CONTEXT!r}, {text!r})" for text in templates]
# the templates with fields, for recognising the sentences the database keeps as written
import json
with open("resources/i18n/templates.json", "w", encoding="utf-8") as out:
    json.dump(messages.with_fields(templates), out, ensure_ascii=False, indent=0)
    out.write("\n")
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY

if [[ -f "$TS" ]]; then
    cp "$TS" "$scratch/$TS"
fi
(
    cd "$scratch"
    "$BIN/pyside6-lupdate" counter/ui/*.py -locations absolute -no-obsolete \
        -source-language vi -target-language en -ts "$TS"
)
cp "$scratch/$TS" "$TS"

for ts in resources/i18n/*.ts; do
    "$BIN/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done

unfinished=$(grep -c 'type="unfinished"' "$TS" || true)
if [[ "$unfinished" != 0 ]]; then
    echo "update_translations.sh: $unfinished message(s) of $TS still need a translation" >&2
fi
