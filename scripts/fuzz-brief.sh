#!/usr/bin/env bash
# Runs every fuzz target of the module briefly: $1 inputs each (default
# 25000x; see the Makefile for why a count, not a duration).
# `go test` replays seed corpora on every run; this adds a little exploration.
# The targets are found in the source (func FuzzX(f *testing.F) in a
# _test.go file), not with `go test -list`, which would link every
# package's test binary once more.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${1:-25000x}
found=0
while read -r pkg dir; do
	for target in $(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*\*testing\.F).*/\1/p' "$dir"/*_test.go 2>/dev/null | sort -u); do
		found=$((found + 1))
		echo "== fuzz $pkg $target ($fuzztime)"
		go test -run='^$' -fuzz="^${target}\$" -fuzztime="$fuzztime" "$pkg"
	done
done < <(go list -f '{{.ImportPath}} {{.Dir}}' ./...)
if [ "$found" -eq 0 ]; then
	echo "no fuzz targets found" >&2
	exit 1
fi
echo "fuzzed $found targets"
