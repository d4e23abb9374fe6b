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
#  - copy: the Go linker writes its output through a memory map, and the
#    kernel keeps such a file's page cache in single pages until it is
#    evicted; a copy written with write() is cached in large folios, which
#    the start maps with far fewer page-fault steps.
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
cp "$dir/cspsh.linked" "$dir/cspsh"
rm "$dir/cspsh.linked"
# The build leaves the machine busy for a few seconds after it returns:
# the linker's and the build cache's dirty pages are written back and the
# memory it freed is reclaimed. The first cell the harness times is
# cspsh's startup, a run of page-fault-bound 3 ms processes, and it lands
# in that. Write everything back and let the machine settle first.
sync
sleep 2

CSPSH=$dir/cspsh "$harness" "$@"
