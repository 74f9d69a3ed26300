#!/usr/bin/env bash
# Installs everything and runs every check and test against real PostgreSQL (DATABASE_URL,
# default the server on 127.0.0.1:5432) and a real Kafka broker (KAFKA_BROKERS; started here
# from Apache Kafka's jars when unset, and stopped afterwards).
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}
if ! (cd tools && node -e "const c=new (require('pg').Client)(process.env.DATABASE_URL);c.connect().then(()=>c.end(),e=>{console.error(e.message);process.exit(1)})") 2>/dev/null; then
  echo "test: PostgreSQL is not reachable at DATABASE_URL=${DATABASE_URL%%\?*}" >&2
  exit 1
fi

if [ -z "${KAFKA_BROKERS:-}" ]; then
  tools/kafka.sh start
  trap 'tools/kafka.sh stop >/dev/null' EXIT
  export KAFKA_BROKERS=127.0.0.1:${KAFKA_PORT:-9092}
fi

echo "== lint";        pnpm -s biome check .
echo "== types";       pnpm -s tsc -p tsconfig.json
echo "== codegen";     pnpm -s graphql-codegen --config codegen.yml --check --silent
echo "== composition"; node tools/src/compose.ts --check
echo "== tests"
results=.data/test-results.json
mkdir -p .data
status=0
pnpm -s vitest run --reporter=default --reporter=json --outputFile.json="$results" || status=$?
# One plain closing line, whatever the runner printed above.
node -e 'const r=require(process.argv[1]);console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests+r.numTodoTests} skipped`)' "$PWD/$results"
exit "$status"
