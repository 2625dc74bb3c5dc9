#!/usr/bin/env bash
# Every test: type check, layer rules, unit tests, seed validation, the static build, real-browser tests.
# Ends with one line "N passed, N failed" counting every test and check.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
export TZ=Africa/Niamey

passed=0
failed=0

# Each stage's wall and CPU time (user + system of the processes it ran and waited for), printed
# at the end: on a shared machine the CPU time is the figure to compare. Chromium's renderers are
# not in it (its zygote forks them twice, and no process here waits for them): a page kept busy
# for 5 s added nothing. README's "Where the test time goes" has the browser stage's whole cost.
timings=()
children_cpu() { # sets cpu_now: seconds of CPU used by finished child processes (bash's `times`, which must run in this shell)
	times > test-results/times.txt
	cpu_now=$(tail -1 test-results/times.txt | awk '{ total = 0; for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); total += t[1] * 60 + t[2] } printf "%.1f", total }')
}
children_cpu
stage_start=$SECONDS
stage_cpu=$cpu_now
stage_done() { # name
	children_cpu
	timings+=("$(awk -v name="$1" -v wall=$((SECONDS - stage_start)) -v cpu="$cpu_now" -v before="$stage_cpu" 'BEGIN { printf "%-28s %5d s wall %7.1f s CPU", name, wall, cpu - before }')")
	stage_start=$SECONDS
	stage_cpu=$cpu_now
}
count_check() { # name, exit code
	if [ "$2" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $1"; fi
}

# The type check, the layer rules and the seed's validation run side by side, and before the
# build: each process that loads SvelteKit's Vite plugin (the build, Vitest, the preview server)
# rewrites every file under .svelte-kit once, truncating it first, and a reader in that moment
# finds an empty tsconfig (CI saw "malformed JSON5" from the layer rules). For the same reason
# the build and Vitest do not overlap: a rewrite of .svelte-kit/generated/server/internal.js in
# the middle of a build prerenders pages that name another version than their scripts.
npx svelte-kit sync
background() { # name, command...
	local name=$1
	shift
	("$@" > "test-results/$name.log" 2>&1; echo $? > "test-results/$name.code") &
}
background svelte-check npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings
background layers npm run --silent check:layers
background validate npm run --silent validate -- seeds/*.json
wait
stage_done "svelte-check, layers, seed"
npm run --silent build > test-results/build.log 2>&1
echo $? > test-results/build.code
stage_done "build"

echo "== unit tests (vitest)"
rm -f test-results/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json
vitest_code=$?
stage_done "unit tests (vitest)"
if [ -f test-results/vitest.json ]; then
	read -r vp vf < <(node -e 'const r=require("./test-results/vitest.json");console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites||0))')
	passed=$((passed + vp)); failed=$((failed + vf))
	[ "$vitest_code" -ne 0 ] && [ "$vf" -eq 0 ] && count_check "vitest (suite errors)" 1
else
	count_check "vitest (no report)" 1
fi

for name in svelte-check layers validate; do
	echo "== $name"
	cat "test-results/$name.log"
	count_check "$name" "$(cat "test-results/$name.code")"
done

echo "== build ($SECONDS s so far)"
build_code=$(cat test-results/build.code)
count_check "build" "$build_code"
[ "$build_code" -ne 0 ] && tail -40 test-results/build.log

if [ "$build_code" -eq 0 ]; then
	echo "== browser tests (Chromium)"
	rm -f test-results/browser.tap
	node tests/browser/run.mjs
	browser_code=$?
	stage_done "browser tests"
	if [ -f test-results/browser.tap ]; then
		bp=$(grep -E '^# pass ' test-results/browser.tap | awk '{print $3}' | tail -1)
		# A test that timed out is "cancelled", not "fail": it failed all the same.
		bf=$(grep -E '^# (fail|cancelled) ' test-results/browser.tap | awk '{sum += $3} END {print sum + 0}')
		passed=$((passed + ${bp:-0})); failed=$((failed + ${bf:-0}))
		[ "$browser_code" -ne 0 ] && [ "${bf:-0}" -eq 0 ] && count_check "browser tests (runner)" 1
	else
		count_check "browser tests (no report)" 1
	fi
fi

echo
printf '%s\n' "${timings[@]}"
echo "(took $SECONDS s; load average at the end: $(uptime | sed 's/.*load average[s]*: //'))"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
