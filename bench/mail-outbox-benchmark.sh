#!/usr/bin/env bash
# Mail outbox throughput and exactly-once delivery: queues 10,000 notices through the platform's
# Notices, delivers them to a local SMTP server (GreenMail), then a second batch through an SMTP
# outage; counts the mails lost or duplicated by their X-VPI-Mail-Id header. See docs/performance.md.
#
#   bench/mail-outbox-benchmark.sh                        # 10,000 mails, then 5,000 through an outage
#   bench/mail-outbox-benchmark.sh -Dbench.mails=2000     # JVM options are passed to the benchmark
#   MVN_ARGS=-o bench/mail-outbox-benchmark.sh            # Maven offline
#
# Exit status 0 when no mail was lost or duplicated, 1 otherwise.
set -euo pipefail
exec "$(dirname "$0")/run-benchmark.sh" org.unodc.vpi.benchmark.MailOutboxBenchmark "$@"
