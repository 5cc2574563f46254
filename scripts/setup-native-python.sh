#!/usr/bin/env bash
# Creates .venv with the NumPy/pandas/scikit-learn versions Pyodide pins, for `drill --python native`.
# Idempotent: does nothing when the environment already matches.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
want=$(grep -E '^[a-z]' scripts/native-requirements.txt | sort | tr '\n' ' ')
if [ -x .venv/bin/python ] && [ "$(.venv/bin/python -m pip freeze 2>/dev/null | grep -iE '^(numpy|pandas|scikit-learn)==' | tr 'A-Z' 'a-z' | sort | tr '\n' ' ')" = "$want" ]; then
  exit 0
fi
"$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "native Python must be 3.11 or newer")'
echo "setting up .venv (native CPython with: $want)"
"$python" -m venv .venv
# PIP_RETRIES=0: without internet pip would retry the unreachable index for over a minute.
PIP_RETRIES=${PIP_RETRIES:-0} .venv/bin/python -m pip install --disable-pip-version-check -q -r scripts/native-requirements.txt
