#!/usr/bin/env bash
# Side-by-side benchmark of cspsh, built the way it is deployed.
#
# Usage: bench/run.sh [WORKLOAD ...]   (all workloads by default)
#
# Builds cspsh from this checkout without cgo, installs the binary by
# copying it into a fresh folder (as an installer or package does), and runs
# the team's shared harness on it with every setting of that harness
# (RUNNERS, RUNS, OUT, ...) passed through. HARNESS names the harness's
# run.sh when it is not at ../shared/bench/run.sh beside this repository.
#
# Why the build matters (measured in README.md, "How cspsh is built for a
# run"):
#  - cgo: crypto/x509 imports net, so a plain `go build` on a machine with a
#    C compiler links the C library and its loader, which adds about half of
#    bash's start to every start. CGO_ENABLED=0 keeps the binary static.
#  - install: the Go linker writes its output through a memory map, and the
#    kernel keeps such a file's page cache in single pages until it is
#    evicted. A file written with write() is cached in large folios whose
#    size follows the writes: cp copies through a pipe in 64 KiB pieces;
#    one write of the whole file gives 2 MiB folios, which the kernel maps
#    with one page-table entry each wherever a whole one lies inside the
#    text or read-only data. The start then takes far fewer page faults and
#    the exit has far less to unmap; the price is up to 12 MiB more of the
#    shared file counted in RSS (README.md, "Where a start goes").
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
harness=${HARNESS:-$root/../shared/bench/run.sh}
if [ ! -x "$harness" ]; then
	echo "bench/run.sh: no harness at $harness (set HARNESS to the shared bench/run.sh)" >&2
	exit 2
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/cspsh-bin.XXXXXX")
trap 'rm -rf "$dir"' EXIT
(cd "$root" && CGO_ENABLED=0 go build -trimpath -o "$dir/cspsh.linked" ./cmd/cspsh)
dd if="$dir/cspsh.linked" of="$dir/cspsh" bs=64M status=none
chmod +x "$dir/cspsh"
rm "$dir/cspsh.linked"
# The harness builds its own Go peers (gopher-lua, Starlark, the native
# floor) when PEERS_BIN does not hold them, right before it times its first
# cell, cspsh's startup; build them here instead, before the pause below,
# so that no runner's cells start in the wake of a link. (If one fails to
# build here, the harness still builds it itself.)
if [ -z "${PEERS_BIN:-}" ]; then
	hdir=$(dirname "$harness")
	mkdir -p "$dir/peers"
	(cd "$hdir/harness" && CGO_ENABLED=0 go build -trimpath -o "$dir/peers/golua-run" ./golua-run &&
		CGO_ENABLED=0 go build -trimpath -o "$dir/peers/starlark-run" ./starlark-run) >/dev/null 2>&1 || true
	(cd "$hdir/floor" && CGO_ENABLED=0 go build -trimpath -o "$dir/peers/gonative" .) >/dev/null 2>&1 || true
	export PEERS_BIN=$dir/peers
fi
# The build leaves the machine busy for a few seconds after it returns:
# the linker's and the build cache's dirty pages are written back and the
# memory it freed is reclaimed. The first cell the harness times is
# cspsh's startup, a run of page-fault-bound 3 ms processes, and it lands
# in that. Write everything back and let the machine settle first.
sync
sleep 2

CSPSH=$dir/cspsh "$harness" "$@"
