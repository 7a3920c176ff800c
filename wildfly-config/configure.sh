#!/usr/bin/env bash
# Configures an unpacked WildFly for Campus SMS: installs the MariaDB driver module, then writes two configurations:
#   standalone-campus.xml     one server: standalone-full.xml with cli/*.cli (in name order);
#   standalone-campus-ha.xml  a node of a cluster: standalone-full-ha.xml with cli/*.cli, then cli/ha/*.cli;
#   standalone-campus-ha-jdbc-ping.xml  the same, finding the other nodes in MariaDB: then cli/ha-jdbc-ping/*.cli.
# Usage: configure.sh WILDFLY_HOME MARIADB_DRIVER_JAR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
home="${1:?WildFly home}"
driver="${2:?MariaDB JDBC driver jar}"

config="$home/standalone/configuration"
module="$home/modules/org/mariadb/jdbc/main"
mkdir -p "$module"
cp "$here/modules/org/mariadb/jdbc/main/module.xml" "$module/"
cp "$driver" "$module/mariadb-java-client.jar"

script="$(mktemp)"
trap 'rm -f "$script"' EXIT
# The CLI's output goes to a file beside the server; it is shown only when the configuration fails.
log="$(dirname "$home")/configure.log"

# configure BASE TARGET CLI_FILE...: TARGET is BASE with the scripts applied, unless it is newer than all of them.
configure() {
  local base="$config/$1" target="$config/$2"
  shift 2
  if [ -f "$target" ] && [ -z "$(find "$@" "$here/modules" "$here/configure.sh" "$driver" "$base" \
        -newer "$target" 2>/dev/null)" ]; then
    echo "$target is up to date"
    return
  fi
  cp "$base" "$target"
  {
    echo "embed-server --server-config=$(basename "$target") --std-out=discard"
    cat "$@"
    echo "stop-embedded-server"
  } > "$script"
  if ! "$home/bin/jboss-cli.sh" --file="$script" > "$log" 2>&1; then
    cat "$log" >&2
    # Half-configured: the next build must not take it for up to date.
    rm -f "$target"
    exit 1
  fi
  echo "Configured $target (CLI output: $log)"
}

configure standalone-full.xml standalone-campus.xml "$here"/cli/*.cli
configure standalone-full-ha.xml standalone-campus-ha.xml "$here"/cli/*.cli "$here"/cli/ha/*.cli
configure standalone-full-ha.xml standalone-campus-ha-jdbc-ping.xml "$here"/cli/*.cli "$here"/cli/ha/*.cli \
  "$here"/cli/ha-jdbc-ping/*.cli
