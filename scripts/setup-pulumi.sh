#!/usr/bin/env bash
# Provides the Pulumi CLI for this repo and prints the directory to put on PATH:
#
#   PATH="$(scripts/setup-pulumi.sh):$PATH"
#
# If a `pulumi` on PATH is at least PULUMI_VERSION (and has a Node.js language
# host), it is used. Otherwise the pinned CLI is built from Go modules with the
# build module in tools/pulumi-cli (the prebuilt binaries cannot be downloaded
# on our machines) into a per-user cache outside the repo, reused on later runs:
#
#   ${OCS_GUARD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ocs-guard}/pulumi-v<version>/bin
#
# That directory holds `pulumi`, `pulumi-language-nodejs` (our own Node.js
# language host, see tools/pulumi-cli/pulumi-language-nodejs) and the
# `pulumi-resource-pulumi-nodejs` launcher that `pulumi.dynamic.Resource` needs.
# Node.js policy packs (`--policy-pack DIR`) are run by the language host
# (RunPlugin), so no `pulumi-analyzer-policy*` launcher is needed.
#
# Progress goes to stderr; stdout carries only the directory.
set -euo pipefail

PULUMI_VERSION=3.259.0

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_MODULE="$REPO_ROOT/tools/pulumi-cli"
CACHE_ROOT="${OCS_GUARD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ocs-guard}"
INSTALL_DIR="$CACHE_ROOT/pulumi-v$PULUMI_VERSION"
BIN_DIR="$INSTALL_DIR/bin"
VERSION_PKG=github.com/pulumi/pulumi/sdk/v3/go/common/version

log() { printf 'setup-pulumi: %s\n' "$*" >&2; }
die() { printf 'setup-pulumi: error: %s\n' "$*" >&2; exit 1; }

# Prints the version a pulumi binary reports, without the leading "v".
pulumi_version() {
	local out
	out=$(PULUMI_SKIP_UPDATE_CHECK=true "$1" version 2>/dev/null </dev/null | head -n 1) || return 1
	out=${out#v}
	[[ $out =~ ^[0-9]+\.[0-9]+\.[0-9]+ ]] || return 1
	printf '%s\n' "$out"
}

# version_at_least HAVE WANT: semver comparison (a pre-release of WANT is older than WANT).
version_at_least() {
	local have=${1%%+*} want=$2 core
	core=${have%%-*}
	if [ "$core" = "$want" ]; then
		[ "$have" = "$core" ]
		return
	fi
	[ "$(printf '%s\n%s\n' "$core" "$want" | sort -V | head -n 1)" = "$want" ]
}

# Writes the launcher scripts into directory $1 (only rewriting changed files).
write_launchers() {
	local dir=$1 tmp
	tmp=$(mktemp "$dir/.launcher.XXXXXX")
	# pulumi-resource-pulumi-nodejs: the provider plugin behind pulumi.dynamic.Resource.
	# The CLI starts it in the Pulumi program's directory, so the provider code
	# comes from the @pulumi/pulumi package that the program itself uses.
	cat >"$tmp" <<'EOF'
#!/bin/sh
# Dynamic resource provider plugin for Node.js Pulumi programs (written by
# scripts/setup-pulumi.sh): runs @pulumi/pulumi/cmd/dynamic-provider as resolved
# from the current directory (the Pulumi program's), passing all arguments on.
provider=$(node -e 'process.stdout.write(require.resolve("@pulumi/pulumi/cmd/dynamic-provider"))') || {
	echo "pulumi-resource-pulumi-nodejs: cannot resolve @pulumi/pulumi/cmd/dynamic-provider from $(pwd); install the program's dependencies (npm install)" >&2
	exit 1
}
exec node "$provider" "$@"
EOF
	chmod 755 "$tmp"
	if cmp -s "$tmp" "$dir/pulumi-resource-pulumi-nodejs"; then
		rm -f "$tmp"
	else
		mv -f "$tmp" "$dir/pulumi-resource-pulumi-nodejs"
	fi
}

# --- 1. A recent enough pulumi on PATH -------------------------------------
if existing=$(command -v pulumi 2>/dev/null) && [ "$(dirname "$existing")" != "$BIN_DIR" ]; then
	have=$(pulumi_version "$existing" || true)
	existing_dir=$(dirname "$existing")
	langhost=""
	if [ -x "$existing_dir/pulumi-language-nodejs" ]; then
		langhost="$existing_dir/pulumi-language-nodejs"
	elif command -v pulumi-language-nodejs >/dev/null 2>&1; then
		langhost=$(command -v pulumi-language-nodejs)
	fi
	if [ -n "$have" ] && version_at_least "$have" "$PULUMI_VERSION" && [ -n "$langhost" ]; then
		if [ -x "$existing_dir/pulumi-resource-pulumi-nodejs" ]; then
			log "using pulumi v$have at $existing"
			printf '%s\n' "$existing_dir"
			exit 0
		fi
		# The launcher is missing next to it: put it, with links to this pulumi and
		# its language host, in a directory of our own that callers put on PATH.
		ambient_dir="$CACHE_ROOT/pulumi-from-path/bin"
		mkdir -p "$ambient_dir"
		ln -sfn "$existing" "$ambient_dir/pulumi"
		ln -sfn "$langhost" "$ambient_dir/pulumi-language-nodejs"
		write_launchers "$ambient_dir"
		log "using pulumi v$have at $existing (dynamic provider launcher in $ambient_dir)"
		printf '%s\n' "$ambient_dir"
		exit 0
	fi
	if [ -n "$have" ]; then
		if version_at_least "$have" "$PULUMI_VERSION"; then
			log "ignoring pulumi v$have at $existing: no pulumi-language-nodejs next to it or on PATH"
		else
			log "ignoring pulumi v$have at $existing: older than v$PULUMI_VERSION"
		fi
	fi
fi

# --- 2. The pinned CLI from the cache, built on first use ------------------
cache_ok() {
	[ -x "$BIN_DIR/pulumi" ] && [ -x "$BIN_DIR/pulumi-language-nodejs" ] &&
		[ "$(pulumi_version "$BIN_DIR/pulumi" || true)" = "$PULUMI_VERSION" ]
}

mkdir -p "$CACHE_ROOT"
# Serialize concurrent runs (e.g. parallel CI jobs) so only one of them builds.
if command -v flock >/dev/null 2>&1; then
	exec 9>"$CACHE_ROOT/.pulumi-v$PULUMI_VERSION.lock"
	flock 9
	# Holding the lock, no other run is building: drop leftovers of killed builds.
	rm -rf "$CACHE_ROOT"/.build-pulumi-v"$PULUMI_VERSION".*
fi

if ! cache_ok; then
	command -v go >/dev/null 2>&1 ||
		die "no pulumi >= v$PULUMI_VERSION on PATH, and no 'go' on PATH to build Pulumi CLI v$PULUMI_VERSION."
	[ -f "$BUILD_MODULE/go.mod" ] || die "no pulumi >= v$PULUMI_VERSION on PATH, and the build module $BUILD_MODULE is missing."

	export GOTOOLCHAIN="${GOTOOLCHAIN:-local}" # never download a Go toolchain
	export CGO_ENABLED=0
	need_go=$(sed -n 's/^go \([0-9.]*\)$/\1/p' "$BUILD_MODULE/go.mod")
	have_go=$(go env GOVERSION 2>/dev/null || true)
	have_go=${have_go#go}
	if [ "$GOTOOLCHAIN" = local ] && [ -n "$need_go" ] &&
		[ "$(printf '%s\n%s\n' "$have_go" "$need_go" | sort -V | head -n 1)" != "$need_go" ]; then
		die "no pulumi >= v$PULUMI_VERSION on PATH, and building it needs Go >= $need_go but 'go' is ${have_go:-unknown}."
	fi

	log "building Pulumi CLI v$PULUMI_VERSION into $BIN_DIR (first run only, several minutes)"
	start=$(date +%s)
	work=$(mktemp -d "$CACHE_ROOT/.build-pulumi-v$PULUMI_VERSION.XXXXXX")
	trap 'rm -rf "$work"' EXIT
	mkdir -p "$work/new/bin"
	ldflags="-s -w -X $VERSION_PKG.Version=v$PULUMI_VERSION"
	(
		cd "$BUILD_MODULE"
		go build -trimpath -ldflags "$ldflags" -o "$work/new/bin/pulumi" \
			github.com/pulumi/pulumi/pkg/v3/cmd/pulumi &&
			go build -trimpath -ldflags "$ldflags" -o "$work/new/bin/pulumi-language-nodejs" \
				./pulumi-language-nodejs
	) >&2 || die "building Pulumi CLI v$PULUMI_VERSION with 'go build' in $BUILD_MODULE failed (see the go output above)."
	write_launchers "$work/new/bin"
	built=$(pulumi_version "$work/new/bin/pulumi" || true)
	[ "$built" = "$PULUMI_VERSION" ] ||
		die "the freshly built pulumi reports version '${built:-nothing}' instead of v$PULUMI_VERSION."

	# Swap the finished directory in; an interrupted build leaves only $work behind.
	if [ -e "$INSTALL_DIR" ]; then
		mv -T "$INSTALL_DIR" "$work/old"
	fi
	mv -T "$work/new" "$INSTALL_DIR"
	log "built Pulumi CLI v$PULUMI_VERSION in $(($(date +%s) - start))s"
else
	write_launchers "$BIN_DIR"
fi

printf '%s\n' "$BIN_DIR"
