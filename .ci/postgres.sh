# A throwaway PostgreSQL cluster for the team-mode tests: Debian's postgresql, started as the
# `postgres` user (initdb refuses root) on 127.0.0.1 with a free port and trust
# authentication. Source this file, then `pg_test_start` exports CARECOOP_TEST_PG and
# `pg_test_stop` stops the server and removes its data.

pg_test_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

pg_test_free_port() {
  local port
  for port in $(seq 54329 54429); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

pg_test_start() {
  local bin port
  bin="$(pg_test_bin)"
  if [ -z "$bin" ]; then
    echo "PostgreSQL is not installed" >&2
    return 1
  fi
  port="$(pg_test_free_port)"
  PG_TEST_DATA="$(mktemp -d /tmp/carecoop-pg.XXXXXX)"
  chown postgres:postgres "$PG_TEST_DATA"
  runuser -u postgres -- "$bin/initdb" -D "$PG_TEST_DATA/data" -A trust -U postgres -E UTF8 >/dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$PG_TEST_DATA/data" -l "$PG_TEST_DATA/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_TEST_DATA" start >/dev/null
  export PG_TEST_DATA
  export CARECOOP_TEST_PG="postgres://postgres@127.0.0.1:$port/postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

pg_test_stop() {
  if [ -n "${PG_TEST_DATA:-}" ] && [ -d "$PG_TEST_DATA/data" ]; then
    runuser -u postgres -- "$(pg_test_bin)/pg_ctl" -D "$PG_TEST_DATA/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DATA"
  fi
}
