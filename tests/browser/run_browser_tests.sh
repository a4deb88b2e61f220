#!/usr/bin/env bash
# Browser tests of the HTML report: installs playwright-core into the build folder (once), then
# runs report_test.cjs against Debian's chromium. Exit 77 (meson: skipped) when chromium is not
# installed; any other missing piece is a failure.
#
# usage: run_browser_tests.sh FACTLINT SOURCE_ROOT BUILD_DIR
# Environment: FACTLINT_CHROMIUM (default /usr/bin/chromium).
set -euo pipefail
exe=$(realpath "$1")
root=$(realpath "$2")
build=$(realpath "$3")
chromium=${FACTLINT_CHROMIUM:-/usr/bin/chromium}
# Pinned: the tests are checked against this version; change it deliberately. 1.61 is the last
# release that runs on Node.js 18, Debian 12's own, which scripts/setup.sh installs where node
# is missing; later releases want Node.js 20.
playwright_version=1.61.1

if [ ! -x "$chromium" ]; then
  echo "skipped: $chromium is not installed (scripts/setup.sh installs Debian's chromium)"
  exit 77
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "FAIL: node and npm are needed for the browser tests (scripts/setup.sh installs them)"
  exit 1
fi

dir=$build/browser
modules=$dir/node_modules
installed=$(node -p "require('$modules/playwright-core/package.json').version" 2>/dev/null || true)
if [ "$installed" != "$playwright_version" ]; then
  mkdir -p "$dir"
  echo "installing playwright-core@$playwright_version into $dir"
  # Only the driver library: it never downloads a browser, it drives the one given.
  npm install --prefix "$dir" --no-audit --no-fund --save-exact --loglevel=error \
    "playwright-core@$playwright_version"
fi

exec node "$root/tests/browser/report_test.cjs" \
  --factlint "$exe" --root "$root" --out "$dir" --modules "$modules" --chromium "$chromium"
