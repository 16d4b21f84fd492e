"""Lint and types run in the README's test command (./bootstrap test, which .ci/run calls) before
the tests, and fail the run: ruff with the project's rule set catches a planted mistake."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.once

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def test_bootstrap_runs_ruff_and_mypy_before_pytest_and_stops_on_a_finding():
    script = (ROOT / "bootstrap").read_text(encoding="utf-8")
    ruff, mypy, pytest_run = (script.index('"$VENV/bin/ruff" check counter || {'),
                              script.index('"$VENV/bin/mypy" || {'), script.index("-m pytest"))
    assert ruff < mypy < pytest_run
    assert "exit 1" in script[ruff:mypy] and "exit 1" in script[mypy:pytest_run]
    assert "./bootstrap test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_ruff_with_the_project_rules_fails_on_a_planted_mistake(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text("import os\n\n\ndef f(items=[]):\n    return undefined_name\n", encoding="utf-8")
    done = subprocess.run([str(BIN / "ruff"), "check", "--config", str(ROOT / "pyproject.toml"), str(planted)],
                          capture_output=True, text=True)
    assert done.returncode != 0
    assert "F401" in done.stdout and "F821" in done.stdout and "B006" in done.stdout, done.stdout


def test_mypy_on_the_core_layers_fails_on_a_planted_mistake(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text("from counter.errors import UserError\n\nUserError('x').no_such_attribute\n", encoding="utf-8")
    done = subprocess.run([str(BIN / "mypy"), "--config-file", str(ROOT / "pyproject.toml"), str(planted)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode != 0 and "attr-defined" in done.stdout, done.stdout
