package main

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
)

// A script run (-File, -Command) is short-lived and allocates fast
// (boxed numbers, strings, AST nodes) while keeping little alive, so with
// Go's default GOGC=100 it spends a third of its CPU time collecting a
// heap of a few MiB. While the live heap stays small it runs with
// GOGC=400 under a 20 MiB soft memory limit: peak RSS stays under the
// 32 MiB budget of bench/README.md, with room for a collection that a
// loaded machine stretches out and for the binary's text and read-only
// data, which count in RSS in whole 2 MiB pieces when the kernel maps
// them that way (bench/README.md, "Where a start goes"). Once the live
// heap passes three quarters of the limit, the limit would force a
// collection after every few MiB, so it goes back to Go's defaults for
// the rest of the run.
// The interactive shell keeps the defaults (an idle REPL must stay
// small), as does a user who sets GOGC or GOMEMLIMIT.
const (
	scriptGCPercent = 400
	scriptMemLimit  = 20 << 20
)

// tuneGC applies those settings for a script run described by o. main
// calls it first thing (an init function would cost a page fault of its
// own at start).
func tuneGC(o *options) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if o.file == "" && !o.hasCommand {
		return
	}
	debug.SetGCPercent(scriptGCPercent)
	debug.SetMemoryLimit(scriptMemLimit)
	watchLiveHeap()
}

// gcSentinel is garbage as soon as it is made; its finalizer runs after
// the next collection. (It holds a pointer so that it is not batched by
// the tiny allocator, whose objects may never be finalized.)
type gcSentinel struct{ _ *byte }

// watchLiveHeap checks the heap after every collection and restores
// the default collector settings once it passes 3/4 of the soft limit.
// The finalizer runs just after a collection, so HeapAlloc is then the
// live heap plus what was allocated since; runtime.ReadMemStats is used
// rather than runtime/metrics because that package's init builds its
// metric tables in every process, a tenth of a millisecond of startup.
func watchLiveHeap() {
	runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		if ms.HeapAlloc > scriptMemLimit/4*3 {
			debug.SetGCPercent(100)
			debug.SetMemoryLimit(math.MaxInt64)
			return
		}
		watchLiveHeap()
	})
}
