#!/usr/bin/env bash
# Configures an unpacked WildFly for Campus SMS: installs the MariaDB driver module and applies cli/*.cli
# (in name order) to a fresh copy of standalone-full.xml named standalone-campus.xml.
# Usage: configure.sh WILDFLY_HOME MARIADB_DRIVER_JAR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
home="${1:?WildFly home}"
driver="${2:?MariaDB JDBC driver jar}"

config="$home/standalone/configuration"
target="$config/standalone-campus.xml"
if [ -f "$target" ] && [ -z "$(find "$here/cli" "$here/modules" "$here/configure.sh" "$driver" \
      "$config/standalone-full.xml" -newer "$target" 2>/dev/null)" ]; then
  echo "$target is up to date"
  exit 0
fi
cp "$config/standalone-full.xml" "$target"

module="$home/modules/org/mariadb/jdbc/main"
mkdir -p "$module"
cp "$here/modules/org/mariadb/jdbc/main/module.xml" "$module/"
cp "$driver" "$module/mariadb-java-client.jar"

script="$(mktemp)"
trap 'rm -f "$script"' EXIT
{
  echo "embed-server --server-config=standalone-campus.xml --std-out=discard"
  cat "$here"/cli/*.cli
  echo "stop-embedded-server"
} > "$script"
# The CLI's output goes to a file beside the server; it is shown only when the configuration fails.
log="$(dirname "$home")/configure.log"
if ! "$home/bin/jboss-cli.sh" --file="$script" > "$log" 2>&1; then
  cat "$log" >&2
  # Half-configured: the next build must not take it for up to date.
  rm -f "$target"
  exit 1
fi
echo "Configured $target (CLI output: $log)"
