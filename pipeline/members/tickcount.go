package members

import (
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	"cspsh/internal/lazy"
)

// tickCount is [Environment]::TickCount: the milliseconds since the
// computer started, truncated to 32 bits so that it wraps to
// Int32.MinValue after about 24.9 days, as .NET documents. The start is
// read from /proc/uptime (10 ms steps, finer than Windows' tick); where
// there is none, the count starts at its first use in the process.
func tickCount() int32 {
	if b, err := os.ReadFile("/proc/uptime"); err == nil {
		if ms, ok := uptimeMillis(string(b)); ok {
			return int32(ms)
		}
	}
	return int32(time.Since(tickStart.Get()).Milliseconds())
}

// tickStart is the fallback origin of tickCount, taken on first use
// rather than by package init code.
var tickStart = lazy.Value[time.Time]{Build: time.Now}

// uptimeMillis reads the first field of /proc/uptime (seconds since boot,
// with a fraction) as milliseconds.
func uptimeMillis(s string) (int64, bool) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return 0, false
	}
	sec, err := strconv.ParseFloat(f[0], 64)
	if err != nil || sec < 0 || math.IsInf(sec, 0) || math.IsNaN(sec) {
		return 0, false
	}
	return int64(math.Round(sec * 1000)), true
}
