#!/usr/bin/env bash
# bench/run.sh — errlint's performance figures and robustness run on real Go
# HTTP services (`make bench`; not part of `make test`).
#
#   bash bench/run.sh [all|fetch|check|perf]      (default: all)
#
# Environment:
#   BENCH_CACHE     where project sources and the benchmark's Go build cache
#                   live (default ${XDG_CACHE_HOME:-$HOME/.cache}/errlint-bench;
#                   never inside the repository)
#   BENCH_RUNS      runs per measurement, the median is reported (default 5)
#   BENCH_COLD_RUNS runs per cold go vet measurement (default 3)
#   BENCH_CACHED_RUNS runs per cached go vet measurement (default 15: a
#                   cached run takes 0.5–3 s, and its time drifts by up to
#                   half over a few runs on a shared machine, which 5 runs
#                   do not average out)
#   BENCH_PROJECTS  space-separated subset of project names (default: all);
#                   `BENCH_PROJECTS=sing-box bash bench/run.sh check` fetches,
#                   warms and lints that project alone
#   BENCH_NO_NOOPFACT  projects on which the noop+fact column is not measured
#                   (default: minio — the multichecker would type-check its
#                   ~1,000 dependencies from source, minutes and many GiB a run)
#   ERRLINT         an errlint binary to measure instead of building bin/errlint
#
# Every project is fetched from the Go module proxy only, at a pinned version,
# copied into a writable directory (module cache files are read-only) and
# warmed once: `go list -export -deps -test PATTERN` fills a Go build cache of
# the benchmark's own with the export data of every dependency. That cache is
# then frozen as a snapshot; nothing measured writes into it.
#
# What "cold" and "cached" mean for go vet: a cold run gets a fresh hard-link
# copy of the snapshot as GOCACHE — the build is cached, no vet result is
# (the state right after `go build`, for stock vet and errlint alike). A
# cached run repeats the same command on a GOCACHE that already holds that
# command's results. We do not use `go clean -cache`: it would also wipe the
# build and measure the compiler.
#
# Peak RSS is what wait4 reports (as /usr/bin/time's %M): the largest resident
# set of any one process of the tree, not a sum. No figure is asserted; the
# only failures are robustness ones (a panic, an analyzer error, an exit
# status other than 0 or 3).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/errlint-bench}
RUNS=${BENCH_RUNS:-5}
COLD_RUNS=${BENCH_COLD_RUNS:-3}
CACHED_RUNS=${BENCH_CACHED_RUNS:-15}
MODE=${1:-all}

case "$CACHE" in
"$ROOT" | "$ROOT"/*)
	echo "bench: BENCH_CACHE must be outside the repository" >&2
	exit 1
	;;
esac

# name | module@version | package patterns (space-separated) | catalog: a file in bench/catalogs,
# "-" for the embedded default, or "config" for bench/configs/NAME.errlint.yaml,
# which is copied into the fetched tree's root as .errlint.yaml before every
# run (the service's catalog is then read from its own Go code, SPEC §5).
PROJECTS=(
	"minio|github.com/minio/minio@v0.0.0-20260212201848-7aac2a2c5b7c|./cmd|config"
	"distribution|github.com/distribution/distribution/v3@v3.0.0|./registry/...|config"
	"ggcr|github.com/google/go-containerregistry@v0.22.1|./pkg/registry/...|oci.yaml"
	"gofakes3|github.com/johannesboyne/gofakes3@v1.2.0|./...|s3.yaml"
	"fosite|github.com/ory/fosite@v0.49.0|./...|config"
	"zincsearch|github.com/zincsearch/zincsearch@v0.4.10|./pkg/...|-"
	"sing-box|github.com/sagernet/sing-box@v1.14.1|./experimental/clashapi/... ./service/ssmapi/... ./protocol/hysteria2/...|-"
	"miniflux|miniflux.app/v2@v2.3.5|./internal/api/... ./internal/http/... ./internal/fever/... ./internal/googlereader/...|-"
	"centrifugo|github.com/centrifugal/centrifugo/v6@v6.9.1|./internal/api/... ./internal/apiproto/... ./internal/admin/... ./internal/middleware/...|-"
)

export GOTOOLCHAIN=local GOWORK=off GOFLAGS="-mod=mod -buildvcs=false" GOPROXY=${GOPROXY:-https://proxy.golang.org}
SNAP=$CACHE/gocache
BIN=$CACHE/bin
STOCKVET=$(go env GOTOOLDIR)/vet
mkdir -p "$CACHE/src" "$CACHE/findings" "$CACHE/logs" "$BIN"

selected() {
	[ -z "${BENCH_PROJECTS:-}" ] && return 0
	case " $BENCH_PROJECTS " in *" $1 "*) return 0 ;; esac
	return 1
}

log() { printf '== %s\n' "$*" >&2; }

# fetch NAME MODULE@VERSION PATTERN: source copy + warm build cache, once.
fetch() {
	local name=$1 modver=$2 pattern=$3 dst=$CACHE/src/$1 pats
	read -ra pats <<<"$pattern"
	[ -f "$dst/.errlint-bench-ready" ] && return 0
	log "fetch $modver"
	local dir
	dir=$(cd "$CACHE" && GOFLAGS=-mod=mod go mod download -json "$modver" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	[ -n "$dir" ] || { echo "bench: could not download $modver" >&2; return 1; }
	rm -rf "$dst"
	cp -R "$dir" "$dst"
	chmod -R u+w "$dst"
	if [ "$name" = zincsearch ]; then
		# embed.go embeds the web UI's build output, which the module zip
		# does not ship; an empty placeholder lets the root package compile.
		mkdir -p "$dst/web/dist" && echo placeholder >"$dst/web/dist/index.html"
	fi
	log "warm $name ($pattern): go list -export -deps -test"
	(cd "$dst" && GOCACHE=$SNAP go list -export -deps -test "${pats[@]}" >/dev/null)
	touch "$dst/.errlint-bench-ready"
}

build_tools() {
	log "build bin/errlint, the floor analyzers and measure"
	ERRLINT_REV=$(cd "$ROOT" && git describe --always --dirty 2>/dev/null || echo unknown)
	[ -z "${ERRLINT:-}" ] || ERRLINT_REV="$ERRLINT (given)"
	if [ -z "${ERRLINT:-}" ]; then
		(cd "$ROOT" && mkdir -p bin && go build -o bin/errlint ./cmd/errlint)
		ERRLINT=$ROOT/bin/errlint
	fi
	(cd "$ROOT" && go build -o "$BIN/" ./bench/measure ./bench/noop ./bench/noopfact)
}

catalog_flag() { # catalog file name -> errlint flag (empty for the default or a config)
	case "$1" in -|config) return 0 ;; esac
	printf '%s\n' "-catalog=$ROOT/bench/catalogs/$1"
}

# check NAME PATTERN CATALOG: robustness + findings for triage.
FAILED=()
check() {
	local name=$1 pattern=$2 cat=$3 dir=$CACHE/src/$1 out=$CACHE/findings/$1 code pats
	read -ra pats <<<"$pattern"
	local flags=()
	mapfile -t flags < <(catalog_flag "$cat")
	log "check $name: errlint ${flags[*]} $pattern"
	set +e
	(cd "$dir" && GOCACHE=$SNAP.work "$ERRLINT" "${flags[@]}" "${pats[@]}") >"$out.txt" 2>&1
	code=$?
	(cd "$dir" && GOCACHE=$SNAP.work "$ERRLINT" "${flags[@]}" -json "${pats[@]}") >"$out.json" 2>"$out.json.err"
	set -e
	local n
	n=$(grep -c '^[^[:space:]].*:[0-9]*:[0-9]*: ' "$out.txt" || true)
	printf '%s\t%s\t%s\n' "$name" "$code" "$n" >>"$CACHE/findings/summary.tsv"
	if { [ "$code" != 0 ] && [ "$code" != 3 ]; } || grep -qE '^(panic:|goroutine [0-9]+ \[)|analysis skipped|internal error' "$out.txt"; then
		FAILED+=("$name (exit $code, see $out.txt)")
	fi
	printf '   exit %s, %s findings -> %s.txt\n' "$code" "$n" "$out" >&2
}

# sample KEY DIR CACHEMODE CMD...: one timed run, appended to W[KEY] and
# R[KEY]; a non-zero exit status is kept in C[KEY]. CACHEMODE: work (the
# shared working copy of the snapshot) or cold (a fresh copy for this run).
# Runs of different commands are interleaved by the caller, so load from
# elsewhere on the machine falls on all of them alike.
declare -A W R C U
sample() {
	local key=$1 dir=$2 mode=$3 line w r c u gc=$SNAP.work
	shift 3
	if [ "$mode" = cold ]; then
		gc=$SNAP.cold
		rm -rf "$gc" && cp -al "$SNAP" "$gc"
	fi
	line=$(GOCACHE=$gc "$BIN/measure" -dir "$dir" -log "$CACHE/logs/$key.log" -- "$@")
	read -r w r c u <<<"$line"
	W[$key]+="$w " R[$key]+="$r " U[$key]+="$u "
	[ "$c" = 0 ] || C[$key]=$c
	if [ "$mode" = cold ]; then rm -rf "$gc"; fi
}

# med KEY: "median-wall median-rss-KiB median-cpu"
med() {
	# shellcheck disable=SC2086 # word splitting of the sample lists is intended
	printf '%s %s %s\n' "$(median ${W[$1]})" "$(median ${R[$1]})" "$(median ${U[$1]})"
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
mib() { awk -v k="$1" 'BEGIN {printf "%.0f", k/1024}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a/b; else print "-"}'; }

ROWS=() CPUROWS=() RAW=()
perf() {
	local name=$1 pattern=$2 cat=$3 dir=$CACHE/src/$1 pats
	read -ra pats <<<"$pattern"
	local flags=()
	mapfile -t flags < <(catalog_flag "$cat")
	local npkg
	npkg=$(cd "$dir" && GOCACHE=$SNAP.work go list "${pats[@]}" 2>/dev/null | wc -l)
	log "perf $name ($npkg packages, $RUNS runs each, $COLD_RUNS cold, $CACHED_RUNS cached)"
	local i k
	# Untimed first runs warm the OS page cache for every binary.
	local noopfact=1
	case " ${BENCH_NO_NOOPFACT-minio} " in *" $name "*) noopfact= ;; esac
	for k in "$BIN/noop" ${noopfact:+"$BIN/noopfact"}; do
		(cd "$dir" && GOCACHE=$SNAP.work "$k" "${pats[@]}" >/dev/null 2>&1) || true
	done
	(cd "$dir" && GOCACHE=$SNAP.work "$ERRLINT" "${flags[@]}" "${pats[@]}" >/dev/null 2>&1) || true
	for ((i = 0; i < RUNS; i++)); do
		sample "$name.floor" "$dir" work "$BIN/noop" "${pats[@]}"
		[ -z "$noopfact" ] || sample "$name.noopfact" "$dir" work "$BIN/noopfact" "${pats[@]}"
		sample "$name.errlint" "$dir" work "$ERRLINT" "${flags[@]}" "${pats[@]}"
		sample "$name.nocache" "$dir" work env ERRLINT_CACHE=off "$ERRLINT" "${flags[@]}" "${pats[@]}"
	done
	for ((i = 0; i < COLD_RUNS; i++)); do
		sample "$name.vet-cold" "$dir" cold go vet "${pats[@]}"
		# A first run: nothing of errlint's cache either.
		sample "$name.vettool-cold" "$dir" cold env ERRLINT_CACHE=off go vet -vettool="$ERRLINT" "${flags[@]}" "${pats[@]}"
		# After an edit of the configuration: go vet's results are stale,
		# the dependencies' types are in errlint's cache.
		sample "$name.vettool-edit" "$dir" cold go vet -vettool="$ERRLINT" "${flags[@]}" "${pats[@]}"
	done
	# cached: one untimed run of each fills the working cache.
	(cd "$dir" && GOCACHE=$SNAP.work go vet "${pats[@]}" >/dev/null 2>&1) || true
	(cd "$dir" && GOCACHE=$SNAP.work go vet -vettool="$ERRLINT" "${flags[@]}" "${pats[@]}" >/dev/null 2>&1) || true
	# The stock vet named as a vet tool: what the go command adds to any
	# -vettool, apart from the tool.
	(cd "$dir" && GOCACHE=$SNAP.work go vet -vettool="$STOCKVET" "${pats[@]}" >/dev/null 2>&1) || true
	for ((i = 0; i < CACHED_RUNS; i++)); do
		sample "$name.vet-cached" "$dir" work go vet "${pats[@]}"
		sample "$name.vettool-cached" "$dir" work go vet -vettool="$ERRLINT" "${flags[@]}" "${pats[@]}"
		sample "$name.stocktool-cached" "$dir" work go vet -vettool="$STOCKVET" "${pats[@]}"
	done
	local fw fr fu xw xr xu ew er eu vw vr vu vcw vcu evw evr evu evcw evcu ec=${C[$name.errlint]:-0}
	read -r fw fr fu < <(med "$name.floor")
	local xcol="not measured" xcpu="-"
	if [ -n "$noopfact" ]; then
		read -r xw xr xu < <(med "$name.noopfact")
		xcol="$xw s / $(mib "$xr") MiB" xcpu="$xu s"
	fi
	read -r ew er eu < <(med "$name.errlint")
	local nw nr nu
	read -r nw nr nu < <(med "$name.nocache")
	read -r vw vr vu < <(med "$name.vet-cold")
	read -r vcw _ vcu < <(med "$name.vet-cached")
	read -r evw evr evu < <(med "$name.vettool-cold")
	read -r evcw _ evcu < <(med "$name.vettool-cached")
	local scw scu edw edu
	read -r scw _ scu < <(med "$name.stocktool-cached")
	read -r edw _ edu < <(med "$name.vettool-edit")
	ROWS+=("| $name | $npkg | $fw s / $(mib "$fr") MiB | $xcol | $ew s / $(mib "$er") MiB | **$(ratio "$ew" "$fw")×** | **$(ratio "$er" "$fr")×** | $nw s / $(mib "$nr") MiB ($(ratio "$nw" "$fw")× / $(ratio "$nr" "$fr")×) | $vw s / $vcw s | $evw s / $evcw s | **$(ratio "$evw" "$vw")×** / **$(ratio "$evcw" "$vcw")×** | $scw s (**$(ratio "$evcw" "$scw")×**) | $edw s (**$(ratio "$edw" "$vw")×**) | $(mib "$vr") / $(mib "$evr") MiB |")
	CPUROWS+=("| $name | $fu s | $xcpu | $eu s | **$(ratio "$eu" "$fu")×** | $nu s ($(ratio "$nu" "$fu")×) | $vu s / $vcu s | $evu s / $evcu s | **$(ratio "$evu" "$vu")×** / **$(ratio "$evcu" "$vcu")×** | $scu s (**$(ratio "$evcu" "$scu")×**) | $edu s (**$(ratio "$edu" "$vu")×**) |")
	local k2
	for k2 in floor ${noopfact:+noopfact} errlint nocache vet-cold vettool-cold vettool-edit vet-cached vettool-cached stocktool-cached; do
		RAW+=("- $name $k2: wall ${W[$name.$k2]}s; cpu ${U[$name.$k2]}s; rss KiB ${R[$name.$k2]}")
	done
	[ "$ec" = 0 ] || [ "$ec" = 3 ] || FAILED+=("$name: timed errlint run exited $ec (see $CACHE/logs/$name.errlint.log)")
	# go vet exits 1 on findings, so only a crash or an analyzer error counts.
	for k2 in vettool-cold vettool-edit; do
		if grep -qE '^(panic:|goroutine [0-9]+ \[)|internal error|analysis skipped' "$CACHE/logs/$name.$k2.log"; then
			FAILED+=("$name: go vet -vettool=errlint crashed (see $CACHE/logs/$name.$k2.log)")
		fi
	done
}

machine() {
	local cpu
	cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)
	printf -- '- date: %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
	printf -- '- machine: %s CPUs (nproc), %s, %s GiB RAM, %s\n' "$(nproc)" "${cpu:-unknown CPU}" \
		"$(awk '/MemTotal/ {printf "%.0f", $2/1048576}' /proc/meminfo 2>/dev/null)" "$(uname -sr)"
	printf -- '- Go: %s\n' "$(go version | cut -d' ' -f3-)"
	printf -- '- errlint: %s (the tree bin/errlint was built from)\n' "${ERRLINT_REV:-unknown}"
	printf -- '- runs: median of %s (cold go vet: of %s, cached go vet: of %s), runs of the compared commands interleaved\n' "$RUNS" "$COLD_RUNS" "$CACHED_RUNS"
	printf -- '- load average (1/5/15 min) when the measurements began: %s; when the report was written: %s\n' "${LOAD_START:-?}" "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
}

report() {
	local date file
	date=$(date -u +%Y-%m-%d)
	file=$ROOT/bench/results-$date.md
	{
		echo "# errlint benchmark results"
		echo
		machine
		echo
		echo "Standalone: the floor is bench/noop (multichecker, one analyzer requiring the inspector, no facts);"
		echo "noop+fact is the same declaring one fact type (the multichecker then loads every dependency from source)."
		echo "errlint runs with its fact cache (docs/drivers.md) filled by an untimed first run, as a repeated run has it; the ERRLINT_CACHE=off column is a run without it."
		echo "go vet: cold = build cached, no vet result cached (fresh copy of a warmed GOCACHE); cached = repeated run."
		echo "vettool cold runs with ERRLINT_CACHE=off (a first run); after a config edit = cold, with errlint's cache of other modules' types filled (docs/drivers.md), as after an edit of the catalog or .errlint.yaml; its ratio is to stock go vet cold."
		echo "RSS of go vet is the largest single process (go command or vet tool)."
		echo "stock vet as -vettool: go vet -vettool=\$(go env GOTOOLDIR)/vet, cached; errlint's cached vettool run against it is what errlint adds, apart from what the go command adds to any vet tool."
		echo
		echo "| project | pkgs | floor (noop) wall / RSS | noop+fact wall / RSS | errlint wall / RSS | errlint/floor wall | errlint/floor RSS | errlint, ERRLINT_CACHE=off, wall / RSS (/floor) | go vet cold / cached | vet -vettool=errlint cold / cached | vettool/vet cold / cached | stock vet as -vettool, cached (errlint vettool / it) | vettool after a config edit (/ vet cold) | vet / vettool RSS (cold) |"
		echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
		printf '%s\n' "${ROWS[@]}"
		echo
		echo "CPU time (user+sys of the whole process tree, medians): less sensitive than wall time to other load on the machine."
		echo
		echo "| project | floor CPU | noop+fact CPU | errlint CPU | errlint/floor CPU | errlint CPU, ERRLINT_CACHE=off (/floor) | go vet cold / cached CPU | vettool cold / cached CPU | vettool/vet CPU cold / cached | stock vet as -vettool, cached CPU (errlint vettool / it) | vettool after a config edit CPU (/ vet cold) |"
		echo "|---|---|---|---|---|---|---|---|---|---|---|"
		printf '%s\n' "${CPUROWS[@]}"
		echo
		echo "Projects (Go module proxy, pinned):"
		local p name modver pattern cat
		for p in "${PROJECTS[@]}"; do
			IFS='|' read -r name modver pattern cat <<<"$p"
			selected "$name" || continue
			case "$cat" in
			-) cat="catalog: embedded default" ;;
			config) cat="configured by bench/configs/$name.errlint.yaml (its own Go catalog)" ;;
			*) cat="catalog: bench/catalogs/$cat" ;;
			esac
			echo "- $name: \`$modver\` \`$pattern\`, $cat"
		done
		echo
		echo "Raw samples, in run order:"
		echo
		printf '%s\n' "${RAW[@]}"
	} >"$file"
	cp "$file" "$ROOT/bench/RESULTS.md"
	cat "$file"
	echo
	echo "written: $file and bench/RESULTS.md" >&2
}

main() {
	local p name modver pattern cat
	for p in "${PROJECTS[@]}"; do
		IFS='|' read -r name modver pattern cat <<<"$p"
		selected "$name" || continue
		fetch "$name" "$modver" "$pattern"
	done
	[ "$MODE" = fetch ] && return 0
	for p in "${PROJECTS[@]}"; do
		IFS='|' read -r name modver pattern cat <<<"$p"
		selected "$name" || continue
		[ "$cat" = config ] || continue
		cp "$ROOT/bench/configs/$name.errlint.yaml" "$CACHE/src/$name/.errlint.yaml"
	done
	# The working cache is a hard-link copy of the frozen snapshot.
	[ -d "$SNAP.work" ] && rm -rf "$SNAP.work"
	cp -al "$SNAP" "$SNAP.work"
	build_tools
	if [ "$MODE" = all ] || [ "$MODE" = check ]; then
		: >"$CACHE/findings/summary.tsv"
		for p in "${PROJECTS[@]}"; do
			IFS='|' read -r name modver pattern cat <<<"$p"
			selected "$name" || continue
			check "$name" "$pattern" "$cat"
		done
	fi
	if [ "$MODE" = all ] || [ "$MODE" = perf ]; then
		LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
		for p in "${PROJECTS[@]}"; do
			IFS='|' read -r name modver pattern cat <<<"$p"
			selected "$name" || continue
			perf "$name" "$pattern" "$cat"
		done
		report
	fi
	rm -rf "$SNAP.work"
	if [ ${#FAILED[@]} -gt 0 ]; then
		printf 'bench: robustness failure: %s\n' "${FAILED[@]}" >&2
		exit 1
	fi
	echo "bench: findings for triage in $CACHE/findings/" >&2
}

main
