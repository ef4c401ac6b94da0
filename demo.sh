#!/usr/bin/env bash
# The main job: builds OmniGraph, loads the sample graph the project ships (examples/social) into a
# fresh local graph directory, prints the answers of a few .gq queries, then writes on a branch,
# merges it back and shows the commit history. With --serve it then registers the sample queries
# and serves the graph over Arrow Flight SQL on 127.0.0.1:32010 until interrupted (Ctrl-C).
#
#   ./demo.sh            # the demo
#   ./demo.sh --serve    # the demo, then serve the sample graph (--port <n> to pick the port)
set -euo pipefail
cd "$(dirname "$0")"

serve=0
port=32010
while [[ $# -gt 0 ]]; do
  case "$1" in
    --serve) serve=1; shift ;;
    --port) port="$2"; shift 2 ;;
    *) echo "demo.sh: unknown option '$1' (expected --serve [--port <n>])" >&2; exit 2 ;;
  esac
done

mvn -B -q -DskipTests package

graph=target/sample-graph
rm -rf "$graph"
mkdir -p target
./omnigraph init "$graph" --schema examples/social/schema.pg
./omnigraph load "$graph" --data examples/social/data.jsonl

queries=examples/social/queries.gq
run() {
  echo
  echo "== $1 ${2:-}"
  ./omnigraph query "$graph" --file "$queries" --name "$1" ${2:+--params "$2"}
}
run person '{"slug":"ada"}'
run friends_of_friends '{"slug":"ada"}'
run colleagues_at '{"company":"unisoft"}'
run people_with_skill '{"skill":"compilers"}'
run headcount
run sponsored_projects '{"min_budget":1000}'

echo
echo "== explain friends_of"
./omnigraph explain "$graph" --file "$queries" --name friends_of

echo
echo "== write on a branch, then merge it back"
./omnigraph branch create "$graph" add-alan
./omnigraph mutate "$graph" --branch add-alan \
  -e 'query add_person($slug: String, $name: String) { insert Person { slug: $slug, name: $name, city: "London" } }' \
  --params '{"slug":"alan","name":"Alan Turing"}'
./omnigraph query "$graph" --branch add-alan --file "$queries" --name person --params '{"slug":"alan"}'
./omnigraph branch merge "$graph" add-alan --into main
./omnigraph log "$graph" | head -5

if [[ "$serve" == 1 ]]; then
  echo
  echo "== serving $graph over Arrow Flight SQL on grpc://127.0.0.1:$port (Ctrl-C stops)"
  ./omnigraph queries add "$graph" --file "$queries"
  exec ./omnigraph serve "$graph" --port "$port"
fi
