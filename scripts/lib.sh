# Shared by build-golangci.sh, build-gopls.sh and build-nogo.sh, which copy a Go tool's
# module source out of the module cache and build it with errlint compiled
# in. Source it after setting: prog (the script's name), root (the errlint
# module root), version, out (the binary) and extra (more text that, when it
# changes, forces a rebuild).

die() { echo "$prog: $*" >&2; exit 1; }
log() { echo "$prog: $*" >&2; }

command -v go >/dev/null || die "go not found in PATH"
[ -f "$root/go.mod" ] || die "$root/go.mod not found (ERRLINT_ROOT must be the errlint module root)"

export GOWORK=off # a go.work around the build dir must not leak in

cache_home=${XDG_CACHE_HOME:-${HOME:+$HOME/.cache}}
[ -n "$cache_home" ] || cache_home=$root/.cache

# scratch_dir NAME prints the build directory: BUILD_DIR, else one per
# checkout under the user's cache, outside the checkout so that gofmt -l .
# and the go command never see the tool's code.
scratch_dir() {
	printf '%s\n' "${BUILD_DIR:-$cache_home/errlint-build/$(printf '%s' "$root" | sha256sum | cut -c1-12)/$1-$version}"
}

# The binaries built from one set of inputs are also kept by their digest,
# in a cache every checkout shares (BIN_CACHE, default
# $cache_home/errlint-build/bin/SCRIPT/DIGEST; the 3 latest digests of each
# script are kept): a fresh clone of a commit built before, or CI with a
# kept cache, copies them instead of building. The digest holds everything
# that goes into a binary but the commit and date stamped in its version.
bin_cache() {
	printf '%s\n' "${BIN_CACHE:-$cache_home/errlint-build/bin}/${prog%.sh}/$digest"
}

# restore FILE... copies the cached binaries of the current digest to the
# FILEs (their names are the cache's) and stamps them as up to date. It
# fails, changing nothing, unless the cache holds every one (and under
# FORCE=1).
restore() {
	local c f
	c=$(bin_cache)
	[ "${FORCE:-}" != 1 ] || return 1
	for f in "$@"; do [ -x "$c/$(basename "$f")" ] || return 1; done
	for f in "$@"; do
		mkdir -p "$(dirname "$f")"
		cp "$c/$(basename "$f")" "$f.tmp" && mv "$f.tmp" "$f"
	done
	stamp "$@"
	log "copied $* from $c (built before from the same inputs)"
}

# finish FILE... stamps the binaries just built as up to date and keeps
# them in the shared cache.
finish() {
	local c f tmp
	stamp "$@"
	c=$(bin_cache)
	tmp=$c.tmp.$$
	rm -rf "$tmp"
	mkdir -p "$tmp"
	for f in "$@"; do cp "$f" "$tmp/"; done
	if [ -d "$c" ]; then rm -rf "$tmp"; else mv -T "$tmp" "$c" 2>/dev/null || rm -rf "$tmp"; fi
	# Keep the 3 latest builds of this script.
	ls -1dt "$(dirname "$c")"/*/ 2>/dev/null | tail -n +4 | xargs -r rm -rf
}

# stamp FILE... records that the FILEs were made from the current inputs.
stamp() {
	mkdir -p "$build"
	echo "$digest" > "$build/inputs.sha256"
	touch -r "$build/inputs.sha256" "$@" # same mtime: the stamp describes these binaries
}

# inputs_digest hashes everything that ends up in the binary from our side:
# the module's Go files (tests, testdata, examples, e2e and the test
# harness internal/e2etest excluded), go.mod,
# go.sum, the build scripts, the versions and the Go version.
inputs_digest() {
	{
		go version
		echo "$version $extra"
		cat "$0" "${BASH_SOURCE[0]}" "$root/go.mod" "$root/go.sum"
		(cd "$root" && find . \( -path ./.cache -o -path ./.git -o -path ./bin -o -path ./e2e \
			-o -path ./examples -o -path ./internal/e2etest -o -name testdata \) -prune -o \
			-type f -name '*.go' ! -name '*_test.go' -print | LC_ALL=C sort | xargs sha256sum)
	} | sha256sum | cut -d' ' -f1
}

# up_to_date FILE... reports whether the FILEs were built from the current
# inputs (FORCE=1 says they never are).
up_to_date() {
	local f
	[ "${FORCE:-}" != 1 ] && [ -f "$build/inputs.sha256" ] &&
		[ "$(cat "$build/inputs.sha256")" = "$digest" ] || return 1
	for f in "$@"; do
		[ -x "$f" ] && [ ! "$build/inputs.sha256" -nt "$f" ] || return 1
	done
}

# reuse FILE... sets digest and ends the script when the FILEs were built
# from the current inputs, here or (copied now) in the shared cache.
reuse() {
	digest=$(inputs_digest)
	if up_to_date "$@"; then
		log "$* up to date"
		exit 0
	fi
	if restore "$@"; then
		exit 0
	fi
}

# moddir prints the module cache directory of module@version, downloading
# it through the proxy if needed.
moddir() {
	local json dir
	json=$(cd "$root" && go mod download -json "$1") || die "go mod download $1 failed: $json"
	dir=$(printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
	[ -n "$dir" ] && [ -d "$dir" ] || die "no module directory for $1 in: $json"
	printf '%s\n' "$dir"
}

# copy_module SRC copies a module's source (read-only in the module cache)
# to $build/src, writable.
copy_module() {
	log "copying $1"
	rm -rf "$build"
	mkdir -p "$build"
	cp -R "$1" "$build/src"
	chmod -R u+w "$build/src"
}

# expect_file TOOL FILE stops the build unless FILE is there: TOOL's source
# at $version is not laid out as the script expects.
expect_file() {
	[ -f "$2" ] || die "$2 not found: $1 $version is laid out differently"
}

# revision prints the errlint commit being built, with "-dirty" when the
# checkout has changes; "unknown" outside git.
revision() {
	local rev
	rev=$(git -C "$root" rev-parse --short HEAD 2>/dev/null) || { echo unknown; return; }
	[ -z "$(git -C "$root" status --porcelain -- . 2>/dev/null | head -1)" ] || rev="$rev-dirty"
	printf '%s\n' "$rev"
}
