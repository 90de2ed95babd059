#!/usr/bin/env bash
# errlint-std.sh runs errlint over the whole standard library (`errlint
# std`, for `make std` and `make test`): a robustness run. It passes when
# errlint exits 0 (clean) or 3 (findings) and its output holds no panic,
# internal error, skipped analysis or fatal error. It prints the exit
# status and the number of findings (file:line:col: lines), not counting
# the notices errlint prints besides, such as the embedded catalog's.
#
# Usage: errlint-std.sh ERRLINT LOG
#   ERRLINT  the errlint binary
#   LOG      where errlint's output is kept
set -uo pipefail

errlint=${1:?usage: errlint-std.sh ERRLINT LOG}
log=${2:?usage: errlint-std.sh ERRLINT LOG}

"$errlint" std > "$log" 2>&1
rc=$?
findings=$(grep -cE '^[^ ]+\.go:[0-9]+:[0-9]+: ' "$log")
other=$(grep -cvE '^[^ ]+\.go:[0-9]+:[0-9]+: |^$' "$log")
echo "errlint std exited $rc ($findings findings, $other other lines; the output is in $log)"
if grep -Eq 'panic|internal error|analysis skipped|fatal' "$log"; then
	grep -E 'panic|internal error|analysis skipped|fatal' "$log" | head
	exit 1
fi
[ "$rc" -eq 0 ] || [ "$rc" -eq 3 ]
