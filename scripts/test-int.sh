#!/usr/bin/env bash
# The integration tests: the files that run Neo4j JVMs of their own beside the files that share
# one, since the former mostly wait for their JVMs to start, die and restart. Fails if either fails.
set -uo pipefail
cd "$(dirname "$0")/.."
npx vitest run --project int-own-neo4j "$@" &
own=$!
npx vitest run --project int "$@"
shared=$?
wait "$own"
ownStatus=$?
exit $(( shared != 0 || ownStatus != 0 ))
