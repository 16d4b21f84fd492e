#!/usr/bin/env bash
# Record in constraints.txt the versions of every package in .venv/, after the whole suite has
# passed with them (./bootstrap test, then .ci/run's bundle test). ./bootstrap installs with
# `pip install -c constraints.txt`, so a fresh machine gets the same versions; pyproject.toml
# keeps the floors (>=) for anyone installing Counter as a library.
set -euo pipefail
cd "$(dirname "$0")/.."
{
  echo "# Versions the whole test suite passed with ($(date +%Y-%m-%d), $(.venv/bin/python --version 2>&1), $(uname -sm))."
  echo "# Written by scripts/freeze_constraints.sh; used by ./bootstrap (pip install -c constraints.txt)."
  .venv/bin/python -m pip freeze --exclude-editable --disable-pip-version-check | grep -v -i '^counter[= @]'
} > constraints.txt
echo "freeze_constraints.sh: $(grep -vc '^#' constraints.txt) packages in constraints.txt"
