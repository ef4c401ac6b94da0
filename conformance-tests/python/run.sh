#!/usr/bin/env bash
# Runs the Python Flight SQL client tests (adbc_driver_flightsql's DB-API, pyarrow.flight) against a
# running OmniGraph Flight SQL server serving the sample graph (examples/social, its queries
# registered). The JUnit test PythonClientsIT starts such servers and calls this script; by hand:
#
#   ./omnigraph init  target/g --schema examples/social/schema.pg
#   ./omnigraph load  target/g --data examples/social/data.jsonl
#   ./omnigraph queries add target/g --file examples/social/queries.gq
#   ./omnigraph serve target/g --port 0 &          # prints OMNIGRAPH_LISTEN_ADDR=127.0.0.1:<port>
#   conformance-tests/python/run.sh grpc://127.0.0.1:<port> [grpc://<server started with --users, ada:lovelace>]
#
# The clients are installed from requirements.txt into a virtual environment under
# conformance-tests/target/python-venv. Exit codes: pytest's; 77 when python3 or the packages
# cannot be installed (the JUnit test then skips with the message printed here).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="${OMNIGRAPH_PYTHON_VENV:-$here/../target/python-venv}"

if [ $# -lt 1 ]; then
  echo "usage: $0 <grpc://host:port> [<grpc://host:port of a server with users>]" >&2
  exit 2
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "skipping the Python client tests: python3 is not installed" >&2
  exit 77
fi
if [ ! -x "$venv/bin/python" ]; then
  if ! python3 -m venv "$venv"; then
    echo "skipping the Python client tests: python3 cannot create a virtual environment (install python3-venv)" >&2
    exit 77
  fi
fi
if ! "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$here/requirements.txt"; then
  echo "skipping the Python client tests: pip could not install $here/requirements.txt" >&2
  exit 77
fi

export OMNIGRAPH_FLIGHT_URI="$1"
export OMNIGRAPH_FLIGHT_AUTH_URI="${2:-}"
cd "$here"
exec "$venv/bin/python" -m pytest -q -p no:cacheprovider "$here"
