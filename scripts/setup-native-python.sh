#!/usr/bin/env bash
# Creates .venv with the NumPy/pandas/scikit-learn/matplotlib versions Pyodide pins, for `drill --python native`.
# Idempotent: does nothing when the environment already matches.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
want=$(grep -E '^[a-z]' scripts/native-requirements.txt | sort | tr '\n' ' ')
# every pinned package counts in the "already set up" check (a clean clone must install them all)
names=$(grep -E '^[a-z]' scripts/native-requirements.txt | cut -d= -f1 | paste -sd'|')
if [ -x .venv/bin/python ] && [ "$(.venv/bin/python -m pip freeze 2>/dev/null | grep -iE "^($names)==" | tr 'A-Z' 'a-z' | sort | tr '\n' ' ')" = "$want" ]; then
  exit 0
fi
"$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "native Python must be 3.11 or newer")'
echo "setting up .venv (native CPython with: $want)"
"$python" -m venv .venv
# PIP_RETRIES=0: without internet pip would retry the unreachable index for over a minute.
PIP_RETRIES=${PIP_RETRIES:-0} .venv/bin/python -m pip install --disable-pip-version-check -q -r scripts/native-requirements.txt
