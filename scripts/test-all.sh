#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what the tests need, then typecheck, lint and
# format check, the build, vitest (unit, harness in Pyodide and CPython, CLI, browser), and
# `drill validate` over every challenge. Ends with each phase's time (and the load average, as
# the machine may be shared) and one "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
: > test-results/phases.txt
phase_started=$SECONDS
phase_name=""
phase() {
  if [ -n "$phase_name" ]; then
    printf '%-18s %5d s   load %s\n' "$phase_name" $((SECONDS - phase_started)) \
      "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')" >> test-results/phases.txt
  fi
  phase_name="$1"
  phase_started=$SECONDS
  [ "$1" = "end" ] || echo "== $1"
}
phase "install test deps"; bash scripts/ensure-test-deps.sh
phase "typecheck";         npx tsc -p .
phase "lint and format";   npx biome check .
phase "build";             npx vite build --logLevel warn
status=0
# unit files two at a time (vitest's default on 2 cores is one, which kept them only 1.25 busy:
# much of a file's time is Pythons starting and ending per run); browser files one at a time
phase "vitest unit"
npx vitest run --project unit --maxWorkers=2 --reporter=default --reporter=json \
  --outputFile.json=test-results/vitest-unit.json || status=$?
phase "vitest browser"
npx vitest run --project e2e --reporter=default --reporter=json \
  --outputFile.json=test-results/vitest-e2e.json || status=$?
phase "drill validate"
npx tsx src/cli/drill.ts validate --json > test-results/validate.json || status=$?
phase "end"
node scripts/print-test-summary.mjs test-results/vitest-unit.json,test-results/vitest-e2e.json \
  test-results/validate.json \
  test-results/phases.txt
exit $status
