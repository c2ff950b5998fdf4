#!/usr/bin/env bash
# Latency of the main /api list queries on a full register (190 countries, 50,000 stakeholder
# organisations, 200,000 action items) on the embedded H2 database. See docs/performance.md.
#
#   bench/api-list-benchmark.sh                       # 500 requests per query
#   bench/api-list-benchmark.sh -Dbench.requests=200  # JVM options are passed to the benchmark
#   MVN_ARGS=-o bench/api-list-benchmark.sh           # Maven offline
#
# Exit status 0 when every query is under 50 ms at the 95th percentile, 1 otherwise.
set -euo pipefail
exec "$(dirname "$0")/run-benchmark.sh" org.unodc.vpi.benchmark.ApiListBenchmark "$@"
