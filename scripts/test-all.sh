#!/usr/bin/env bash
# `npm test`: the quality gate (types, lint, dead code), unit + integration tests, a
# production build, then end-to-end tests in Chromium. Ends with one line,
# `N passed, N failed`, summed over vitest and Playwright.
set -uo pipefail
cd "$(dirname "$0")/.."
# Bring Node >= 22.12 when the machine's is older (prints one line saying so).
node_path=$(bash scripts/ensure-node.sh) || { echo "Could not fetch Node 24 from the npm registry." >&2; exit 1; }
eval "$node_path"
export ASTRO_TELEMETRY_DISABLED=1
mkdir -p reports
rm -f reports/vitest.json reports/e2e.json
status=0
step() { echo; echo "── $1"; }

step "typecheck (astro check)"
npx astro check --minimumSeverity warning || status=1
step "lint (eslint --max-warnings 0)"
npx eslint . --max-warnings 0 || status=1
step "dead code (knip: unused files, exports and dependencies)"
npx knip --no-progress || status=1

step "unit + integration tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || status=1

step "build"
# Once per tree: a build of exactly these files (CI's `npm start` check made one) is used as it is (scripts/build-stamp.mjs).
if node scripts/build-stamp.mjs check || npm run build; then
  step "end-to-end tests (Playwright, Chromium)"
  if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ] && ! ls "$HOME"/.cache/ms-playwright/chromium* >/dev/null 2>&1; then
    echo "No Chromium found: install it with 'apt-get install -y chromium' (or set CHROMIUM_PATH)." >&2
    status=1
  else
    npx playwright test || status=1
  fi
else
  status=1
fi

node scripts/test-summary.mjs reports/vitest.json reports/e2e.json || status=1
exit $status
