#!/usr/bin/env bash
# kill -9 of the platform with twelve clients completing VPI tasks through engine-rest, three
# seconds in; restart on the same database; counts the completions answered 2xx and lost, and the
# mails lost or delivered twice. See docs/reliability.md, "Crashes: what survives kill -9".
#
#   bench/crash-drill.sh                         # the demo's H2 file, 3 runs
#   bench/crash-drill.sh -Ddrill.db=postgres     # the prod profile on a throwaway PostgreSQL
#   bench/crash-drill.sh -Ddrill.runs=5 -Ddrill.vpis=12 -Ddrill.killAfterMs=3000
#   bench/crash-drill.sh -Ddrill.killAfterMs=0 -Ddrill.minAcks=20   # the kill right after the 20th 2xx
#
# Exit status 0 when no run lost an acknowledged write.
set -euo pipefail
exec "$(dirname "$0")/run-benchmark.sh" org.unodc.vpi.resilience.CrashDrillBenchmark "$@"
