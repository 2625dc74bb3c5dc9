#!/usr/bin/env bash
# Every test: type check, layer rules, unit tests, seed validation, the static build, real-browser tests.
# Ends with one line "N passed, N failed" counting every test and check.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
export TZ=Africa/Niamey

passed=0
failed=0
count_check() { # name, exit code
	if [ "$2" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $1"; fi
}

echo "== svelte-check"
npm run --silent check
count_check "svelte-check" $?

echo "== layers (dependency-cruiser)"
npm run --silent check:layers
count_check "layers" $?

echo "== unit tests (vitest)"
rm -f test-results/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json
vitest_code=$?
if [ -f test-results/vitest.json ]; then
	read -r vp vf < <(node -e 'const r=require("./test-results/vitest.json");console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites||0))')
	passed=$((passed + vp)); failed=$((failed + vf))
	[ "$vitest_code" -ne 0 ] && [ "$vf" -eq 0 ] && count_check "vitest (suite errors)" 1
else
	count_check "vitest (no report)" 1
fi

echo "== seed validation"
npm run --silent validate -- seeds/*.json
count_check "validate seeds" $?

echo "== build"
npm run --silent build > test-results/build.log 2>&1
build_code=$?
count_check "build" $build_code
[ "$build_code" -ne 0 ] && tail -40 test-results/build.log

if [ "$build_code" -eq 0 ]; then
	echo "== browser tests (Chromium)"
	rm -f test-results/browser.tap
	node tests/browser/run.mjs
	browser_code=$?
	if [ -f test-results/browser.tap ]; then
		bp=$(grep -E '^# pass ' test-results/browser.tap | awk '{print $3}' | tail -1)
		bf=$(grep -E '^# fail ' test-results/browser.tap | awk '{print $3}' | tail -1)
		passed=$((passed + ${bp:-0})); failed=$((failed + ${bf:-0}))
		[ "$browser_code" -ne 0 ] && [ "${bf:-0}" -eq 0 ] && count_check "browser tests (runner)" 1
	else
		count_check "browser tests (no report)" 1
	fi
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
