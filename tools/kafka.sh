#!/usr/bin/env bash
# Run a single-node Apache Kafka broker (KRaft, combined broker+controller) on
# 127.0.0.1 from Apache Kafka's own jars on Maven Central. No Docker, no tarball:
# the jars are fetched with `mvn dependency:copy-dependencies` and cached.
#
#   tools/kafka.sh start    fetch jars (once), format fresh storage, start the
#                           broker in the background, wait until it answers
#                           Kafka requests, print "kafka <V> ready on HOST:PORT"
#   tools/kafka.sh stop     SIGTERM (SIGKILL after a timeout), remove the data dir
#   tools/kafka.sh status   exit 0 if running (and prints a line), 1 otherwise
#   tools/kafka.sh logs     tail the broker log
#
# Environment (all optional):
#   KAFKA_VERSION            default 4.4.0 (see "Version" below); 3.x also works
#   KAFKA_PORT               PLAINTEXT listener port, default 9092
#   KAFKA_CONTROLLER_PORT    KRaft controller listener port, default 9093
#   COMPTOIR_CACHE           default $HOME/.cache/comptoir
#   KAFKA_DATA_DIR           log.dirs, default <run dir>/data (wiped on start and stop)
#   KAFKA_HEAP_OPTS          default "-Xms256m -Xmx512m"
#   KAFKA_START_TIMEOUT      seconds to wait for readiness, default 90
#   KAFKA_STOP_TIMEOUT       seconds to wait after SIGTERM before SIGKILL, default 30
#   KAFKA_KEEP_DATA          1: stop keeps the data dir and start reuses it, i.e. a real
#                            broker restart (topics, messages and committed offsets survive)
#   KAFKA_EXTRA_PROPERTIES   a file appended to server.properties, whose keys win over the
#                            generated ones (another listener with TLS and SASL, say)
#   KAFKA_SCRAM_CREDENTIAL   a SCRAM user written into fresh storage, as the storage tool's
#                            --add-scram takes it: 'SCRAM-SHA-512=[name=orders,password=…]'
#
# Cache layout:
#   $COMPTOIR_CACHE/kafka-<V>/pom.xml            generated pom used to fetch the jars
#   $COMPTOIR_CACHE/kafka-<V>/mvn.log            output of the last mvn run
#   $COMPTOIR_CACHE/kafka-<V>/libs/*.jar         kafka_2.13 + runtime deps + logging
#                                                binding (reused once .complete exists)
#   $COMPTOIR_CACHE/kafka-run-<PORT>/             state of the broker on PORT:
#       server.properties, log4j2.xml (4.x) or log4j.properties (3.x), kafka.pid,
#       version, server.log (broker log), stdout.log, format.log, data/ (log.dirs)
#
# Version: 4.4.0 is the newest kafka_2.13 on Maven Central and kafkajs 2.2.4
# works with it (admin createTopics, produce with key+headers, consumer groups
# with commit/resume, rebalancing between two members, transactions +
# sendOffsets): every request kafkajs uses still has a version in common with
# the broker after KIP-896 (kafkajs uses e.g. JoinGroup v5, SyncGroup v3,
# OffsetCommit v5, OffsetFetch v3, Fetch v11, Produce v7, ListOffsets v3).
#
# Readiness = the broker answers an ApiVersions request on $PORT (a TCP connect
# alone can succeed shortly before the broker processes requests; it only
# does so once it is registered, unfenced and fully started).
set -euo pipefail

DEFAULT_KAFKA_VERSION=4.4.0

VERSION="${KAFKA_VERSION:-$DEFAULT_KAFKA_VERSION}"
HOST=127.0.0.1
PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
CACHE="${COMPTOIR_CACHE:-$HOME/.cache/comptoir}"
LIBS="$CACHE/kafka-$VERSION/libs"
RUN="$CACHE/kafka-run-$PORT"
DATA="${KAFKA_DATA_DIR:-$RUN/data}"
PIDFILE="$RUN/kafka.pid"
START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"

# Logging bindings: kafka_2.13's pom only brings slf4j-api, no binding.
RELOAD4J_VERSION=1.2.25       # Kafka 3.x: slf4j 1.7 -> reload4j (log4j 1.x config)
SLF4J_RELOAD4J_VERSION=1.7.36
LOG4J2_VERSION=2.24.3         # Kafka 4.x: slf4j 1.7 -> log4j2 (log4j-slf4j-impl)
DEPENDENCY_PLUGIN_VERSION=3.6.1

log() { echo "kafka.sh: $*" >&2; }
die() { log "error: $*"; exit 1; }

major_version() { echo "${1%%.*}"; }

uses_log4j2() { [ "$(major_version "$VERSION")" -ge 4 ]; }

# --------------------------------------------------------------------------
# jars
# --------------------------------------------------------------------------

write_pom() {
  local logging_deps
  if uses_log4j2; then
    logging_deps="
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-api</artifactId><version>$LOG4J2_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId><version>$LOG4J2_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j-impl</artifactId><version>$LOG4J2_VERSION</version></dependency>"
  else
    logging_deps="
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-reload4j</artifactId><version>$SLF4J_RELOAD4J_VERSION</version></dependency>
    <dependency><groupId>ch.qos.reload4j</groupId><artifactId>reload4j</artifactId><version>$RELOAD4J_VERSION</version></dependency>"
  fi
  cat >"$1" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>comptoir.tools</groupId>
  <artifactId>kafka-runtime</artifactId>
  <version>$VERSION</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>$VERSION</version></dependency>$logging_deps
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <version>$DEPENDENCY_PLUGIN_VERSION</version>
      </plugin>
    </plugins>
  </build>
</project>
EOF
}

ensure_libs() {
  [ -f "$LIBS/.complete" ] && return 0
  command -v mvn >/dev/null || die "mvn not found (needed once to fetch Kafka $VERSION jars)"
  local base="$CACHE/kafka-$VERSION"
  mkdir -p "$base"
  # Serialize concurrent populations of the same version.
  exec 9>"$base/.lock"
  if command -v flock >/dev/null; then flock 9; fi
  if [ ! -f "$LIBS/.complete" ]; then
    log "fetching org.apache.kafka:kafka_2.13:$VERSION and dependencies with mvn..."
    local tmp="$base/libs.tmp.$$"
    rm -rf "$tmp"
    mkdir -p "$tmp"
    write_pom "$base/pom.xml"
    if ! mvn -q -B -f "$base/pom.xml" \
        org.apache.maven.plugins:maven-dependency-plugin:$DEPENDENCY_PLUGIN_VERSION:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$tmp" >"$base/mvn.log" 2>&1; then
      tail -n 30 "$base/mvn.log" >&2 || true
      rm -rf "$tmp"
      die "mvn could not fetch Kafka $VERSION (full output: $base/mvn.log)"
    fi
    ls "$tmp"/kafka_2.13-"$VERSION".jar >/dev/null 2>&1 || { rm -rf "$tmp"; die "kafka_2.13-$VERSION.jar missing after mvn"; }
    rm -rf "$LIBS"
    touch "$tmp/.complete"
    mv "$tmp" "$LIBS"
  fi
  exec 9>&-
}

# --------------------------------------------------------------------------
# process helpers
# --------------------------------------------------------------------------

read_pid() {
  if [ -f "$PIDFILE" ]; then tr -dc '0-9' <"$PIDFILE"; fi
}

is_running() {
  local pid
  pid="$(read_pid)"
  [ -n "$pid" ] || return 1
  alive "$pid" || return 1
  # Guard against pid reuse: it must be our kafka.Kafka process.
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'kafka\.Kafka' || return 1
}

# True when something is listening on 127.0.0.1:$1 (TCP connect succeeds).
port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$1" 2>/dev/null; }

# True when a Kafka broker on $PORT answers an ApiVersions request (v0,
# correlation id 1): the response starts with int32 size, int32 correlation id.
kafka_answers() {
  local out
  out="$(timeout 3 bash -c '
      exec 3<>/dev/tcp/'"$HOST/$PORT"' || exit 1
      # size=15 | api_key=18 ApiVersions | version=0 | correlation=1 | client_id="probe"
      printf "\x00\x00\x00\x0f\x00\x12\x00\x00\x00\x00\x00\x01\x00\x05probe" >&3
      head -c 8 <&3 | od -An -tx1' 2>/dev/null | tr -d ' \n')" || return 1
  [ "${#out}" -eq 16 ] && [ "${out:8:8}" = "00000001" ]
}

tail_logs() {
  local f
  for f in "$RUN/server.log" "$RUN/stdout.log"; do
    if [ -s "$f" ]; then
      echo "----- tail of $f -----" >&2
      # skip the multi-hundred-line config dumps (tab-indented)
      grep -v $'^\t' "$f" | tail -n 40 >&2 || true
    fi
  done
}

# --------------------------------------------------------------------------
# config
# --------------------------------------------------------------------------

write_configs() {
  rm -f "$RUN/log4j2.xml" "$RUN/log4j.properties"
  cat >"$RUN/server.properties" <<EOF
# Generated by tools/kafka.sh -- single-node KRaft broker+controller for development/tests.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$HOST:$CONTROLLER_PORT
listeners=PLAINTEXT://$HOST:$PORT,CONTROLLER://$HOST:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HOST:$PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
log.dirs=$DATA
num.partitions=3
default.replication.factor=1
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
min.insync.replicas=1
group.initial.rebalance.delay.ms=0
num.network.threads=2
num.io.threads=4
log.retention.hours=24
EOF
  if [ -n "${KAFKA_EXTRA_PROPERTIES:-}" ]; then cat "$KAFKA_EXTRA_PROPERTIES" >>"$RUN/server.properties"; fi

  if uses_log4j2; then
    cat >"$RUN/log4j2.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="warn">
  <Appenders>
    <File name="file" fileName="$RUN/server.log" append="true">
      <PatternLayout pattern="[%d] %p %m (%c)%n"/>
    </File>
  </Appenders>
  <Loggers>
    <Root level="info"><AppenderRef ref="file"/></Root>
    <Logger name="org.apache.kafka.controller" level="info"/>
    <Logger name="state.change.logger" level="warn"/>
    <Logger name="kafka.request.logger" level="warn"/>
  </Loggers>
</Configuration>
EOF
  else
    cat >"$RUN/log4j.properties" <<EOF
log4j.rootLogger=INFO, file
log4j.appender.file=org.apache.log4j.FileAppender
log4j.appender.file.File=$RUN/server.log
log4j.appender.file.Append=true
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.state.change.logger=WARN
log4j.logger.kafka.request.logger=WARN
EOF
  fi
}

log_opts() {
  if uses_log4j2; then
    echo "-Dlog4j2.configurationFile=$RUN/log4j2.xml"
  else
    echo "-Dlog4j.configuration=file:$RUN/log4j.properties"
  fi
}

# Kafka cluster ids are 16 random bytes, base64url without padding (22 chars). One in 64 starts
# with "-", which the storage tool would read as an option unless given as --cluster-id=<id>.
random_cluster_id() {
  head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'
}

# --------------------------------------------------------------------------
# commands
# --------------------------------------------------------------------------

wait_ready() {
  local pid="$1" deadline=$((SECONDS + START_TIMEOUT))
  while :; do
    if kafka_answers; then return 0; fi
    if ! alive "$pid"; then
      tail_logs
      die "kafka $VERSION exited during startup (logs in $RUN)"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail_logs
      if [ "${2:-}" = "kill-on-timeout" ]; then
        stop_pid "$pid"
        rm -f "$PIDFILE"
        die "kafka $VERSION not ready on $HOST:$PORT after ${START_TIMEOUT}s; stopped it (logs in $RUN)"
      fi
      die "kafka $VERSION (pid $pid) not ready on $HOST:$PORT after ${START_TIMEOUT}s (logs in $RUN)"
    fi
    sleep 0.25
  done
}

cmd_start() {
  mkdir -p "$RUN"
  if is_running; then
    local pid running_version
    pid="$(read_pid)"
    running_version="$(cat "$RUN/version" 2>/dev/null || echo "$VERSION")"
    VERSION="$running_version" wait_ready "$pid"
    echo "kafka $running_version ready on $HOST:$PORT (already running, pid $pid)"
    return 0
  fi
  rm -f "$PIDFILE"
  command -v java >/dev/null || die "java not found (Kafka needs Java 17+)"
  for p in "$PORT" "$CONTROLLER_PORT"; do
    if port_open "$p"; then die "port $HOST:$p is already in use by another process"; fi
  done

  ensure_libs

  local cp="$LIBS/*" logopt reuse=""
  logopt="$(log_opts)"
  if [ "${KAFKA_KEEP_DATA:-}" = 1 ] && [ -f "$DATA/meta.properties" ]; then reuse=1; fi
  [ -n "$reuse" ] || wipe_data
  mkdir -p "$DATA"
  : >"$RUN/server.log"
  : >"$RUN/stdout.log"
  write_configs
  echo "$VERSION" >"$RUN/version"

  if [ -n "$reuse" ]; then
    log "reusing the formatted storage in $DATA"
  elif ! java -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "$logopt" -cp "$cp" kafka.tools.StorageTool format \
      --cluster-id="$(random_cluster_id)" -c "$RUN/server.properties" \
      ${KAFKA_SCRAM_CREDENTIAL:+--add-scram "$KAFKA_SCRAM_CREDENTIAL"} >"$RUN/format.log" 2>&1; then
    cat "$RUN/format.log" >&2
    die "formatting KRaft storage in $DATA failed"
  fi
  : >"$RUN/server.log" # drop the storage tool's log lines

  # setsid: detach from the caller's process group/terminal so the broker
  # outlives this script; the inner bash writes its own pid and execs java,
  # so the pid file holds the JVM's pid.
  local launcher=()
  command -v setsid >/dev/null && launcher=(setsid)
  # shellcheck disable=SC2086,SC2016 # HEAP_OPTS is a word list; $$ is the inner bash's
  "${launcher[@]}" bash -c 'echo $$ >"$0"; exec "$@"' "$PIDFILE" \
    java $HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExplicitGCInvokesConcurrent \
    -Djava.awt.headless=true -Dkafka.logs.dir="$RUN" "$logopt" \
    -cp "$cp" kafka.Kafka "$RUN/server.properties" \
    </dev/null >"$RUN/stdout.log" 2>&1 &

  local pid="" _
  for _ in $(seq 1 50); do
    pid="$(read_pid)"
    [ -n "$pid" ] && break
    sleep 0.1
  done
  [ -n "$pid" ] || die "could not start java (no pid written to $PIDFILE)"

  wait_ready "$pid" kill-on-timeout
  echo "kafka $VERSION ready on $HOST:$PORT"
}

# Alive and not a zombie (an exited broker whose new parent has not reaped it
# yet, e.g. under a PID 1 that does not reap, counts as gone). Note the JVM's
# main thread can show as zombie while its other threads still tear down, so
# stop_pid also waits for the ports to close.
alive() {
  kill -0 "$1" 2>/dev/null || return 1
  local state
  state="$(sed -n 's/^State:[[:space:]]*\([A-Z]\).*/\1/p' "/proc/$1/status" 2>/dev/null || true)"
  [ "$state" != Z ]
}

# SIGTERM (Kafka shuts down cleanly on it), SIGKILL after $STOP_TIMEOUT s.
stop_pid() {
  local pid="$1" deadline=$((SECONDS + STOP_TIMEOUT))
  kill -TERM "$pid" 2>/dev/null || return 0
  while alive "$pid"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "kafka (pid $pid) did not exit ${STOP_TIMEOUT}s after SIGTERM; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      local _
      for _ in $(seq 1 50); do alive "$pid" || break; sleep 0.1; done
      break
    fi
    sleep 0.2
  done
  local p deadline2=$((SECONDS + 10))
  for p in "$PORT" "$CONTROLLER_PORT"; do
    while port_open "$p" && [ "$SECONDS" -lt "$deadline2" ]; do sleep 0.1; done
  done
}

# Refuse to wipe something that is obviously not a Kafka data dir.
wipe_data() {
  case "$DATA" in
    "" | / | "$HOME" | "$HOME/" | "$CACHE" | "$CACHE/") die "refusing to delete KAFKA_DATA_DIR='$DATA'" ;;
  esac
  rm -rf "$DATA"
}

cmd_stop() {
  if is_running; then
    local pid
    pid="$(read_pid)"
    stop_pid "$pid"
    echo "kafka stopped (pid $pid)"
  else
    echo "kafka not running"
  fi
  rm -f "$PIDFILE"
  [ "${KAFKA_KEEP_DATA:-}" = 1 ] || wipe_data
}

cmd_status() {
  if is_running; then
    echo "kafka $(cat "$RUN/version" 2>/dev/null || echo '?') running on $HOST:$PORT (pid $(read_pid))"
    return 0
  fi
  echo "kafka not running"
  return 1
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  logs) tail -n "${2:-100}" "$RUN/server.log" ;;
  *)
    echo "usage: $0 {start|stop|status|logs [N]}" >&2
    exit 2
    ;;
esac
