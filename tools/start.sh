#!/usr/bin/env bash
# Installs everything and runs the whole platform on the embedded default (PGlite + in-process
# events), or on real PostgreSQL / Kafka when DATABASE_URL / KAFKA_BROKERS are set.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
exec node tools/src/embedded.ts
