#!/usr/bin/env bash
# sarif-multitool.sh runs Microsoft's SARIF Multitool (the npm package
# @microsoft/sarif-multitool, a self-contained .NET program) with the given
# arguments, installing the pinned version with npm on first use into a
# cache directory outside the checkout. The SARIF end-to-end test
# (e2e/sarif_test.go) validates errlint's SARIF output with it:
#
#   scripts/sarif-multitool.sh validate errlint.sarif -o validation.sarif
#
# `validate` exits 0 even when the log is invalid: its findings, errors
# included, are in the SARIF log it writes with -o.
#
# Environment:
#   SARIF_MULTITOOL_VERSION  version to install (default 5.7.0)
#   SARIF_MULTITOOL_DIR      install directory (default: under
#                            ${XDG_CACHE_HOME:-$HOME/.cache}/errlint-tools)
# Exit status 127 and a message on stderr when npm is needed but missing.
set -euo pipefail

prog=sarif-multitool.sh
version=${SARIF_MULTITOOL_VERSION:-5.7.0}
cache_home=${XDG_CACHE_HOME:-${HOME:+$HOME/.cache}}
[ -n "$cache_home" ] || cache_home=${TMPDIR:-/tmp}
dir=${SARIF_MULTITOOL_DIR:-$cache_home/errlint-tools/sarif-multitool-$version}
tool=$dir/node_modules/.bin/sarif-multitool

if [ ! -x "$tool" ]; then
	if ! command -v npm >/dev/null; then
		echo "$prog: npm not found in PATH: it is needed once to install @microsoft/sarif-multitool@$version into $dir" >&2
		exit 127
	fi
	echo "$prog: installing @microsoft/sarif-multitool@$version into $dir" >&2
	mkdir -p "$(dirname "$dir")"
	# Install next to the final directory and move it in place, so that an
	# interrupted install is never taken for a complete one.
	tmp=$(mktemp -d "$dir.tmp.XXXXXX")
	trap 'rm -rf "$tmp"' EXIT
	npm install --prefix "$tmp" --no-audit --no-fund --no-save --loglevel=error \
		"@microsoft/sarif-multitool@$version" >&2
	[ -x "$tmp/node_modules/.bin/sarif-multitool" ] || {
		echo "$prog: npm installed no sarif-multitool in $tmp" >&2
		exit 1
	}
	rm -rf "$dir"
	mv "$tmp" "$dir"
	trap - EXIT
fi

# The tool is a .NET program: without ICU installed it needs the invariant
# globalization mode, which changes nothing for validation.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=${DOTNET_SYSTEM_GLOBALIZATION_INVARIANT:-1}
exec "$tool" "$@"
