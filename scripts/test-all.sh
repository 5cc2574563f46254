#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what the tests need, then typecheck, lint and
# format check, the build, vitest (unit, harness in Pyodide and CPython, CLI, browser), and
# `drill validate` over every challenge. Ends with one "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-test-deps.sh
echo "== typecheck";  npx tsc -p .
echo "== lint and format"; npx biome check .
echo "== build"; npx vite build --logLevel warn
mkdir -p test-results
echo "== vitest"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=$?
echo "== drill validate"
npx tsx src/cli/drill.ts validate --json > test-results/validate.json || status=$?
node scripts/print-test-summary.mjs test-results/vitest.json test-results/validate.json
exit $status
