# Shared by build-golangci.sh and build-gopls.sh, which copy a Go tool's
# module source out of the module cache and build it with errlint compiled
# in. Source it after setting: prog (the script's name), root (the errlint
# module root), version, out (the binary) and extra (more text that, when it
# changes, forces a rebuild).

die() { echo "$prog: $*" >&2; exit 1; }
log() { echo "$prog: $*" >&2; }

command -v go >/dev/null || die "go not found in PATH"
[ -f "$root/go.mod" ] || die "$root/go.mod not found (ERRLINT_ROOT must be the errlint module root)"

export GOWORK=off # a go.work around the build dir must not leak in

# scratch_dir NAME prints the build directory: BUILD_DIR, else one per
# checkout under the user's cache, outside the checkout so that gofmt -l .
# and the go command never see the tool's code.
scratch_dir() {
	local cache_home=${XDG_CACHE_HOME:-${HOME:+$HOME/.cache}}
	[ -n "$cache_home" ] || cache_home=$root/.cache
	printf '%s\n' "${BUILD_DIR:-$cache_home/errlint-build/$(printf '%s' "$root" | sha256sum | cut -c1-12)/$1-$version}"
}

# inputs_digest hashes everything that ends up in the binary from our side:
# the module's Go files (tests, testdata, examples and e2e excluded), go.mod,
# go.sum, the build scripts, the versions and the Go version.
inputs_digest() {
	{
		go version
		echo "$version $extra"
		cat "$0" "${BASH_SOURCE[0]}" "$root/go.mod" "$root/go.sum"
		(cd "$root" && find . \( -path ./.cache -o -path ./.git -o -path ./bin -o -path ./e2e \
			-o -path ./examples -o -name testdata \) -prune -o \
			-type f -name '*.go' ! -name '*_test.go' -print | LC_ALL=C sort | xargs sha256sum)
	} | sha256sum | cut -d' ' -f1
}

# up_to_date reports whether $out was built from the current inputs
# (FORCE=1 says it never is).
up_to_date() {
	[ "${FORCE:-}" != 1 ] && [ -x "$out" ] && [ -f "$build/inputs.sha256" ] &&
		[ "$(cat "$build/inputs.sha256")" = "$digest" ] && [ ! "$build/inputs.sha256" -nt "$out" ]
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
