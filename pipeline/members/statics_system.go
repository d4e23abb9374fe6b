package members

import (
	"io"
	"net"
	"os"
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// [System.Diagnostics.Stopwatch], [System.Threading.Thread],
// [System.Net.Dns] and [System.Console]: the system classes admin
// scripts reach for.

// ConsoleOut is where [Console]::Write and WriteLine go; the interpreter
// points it at its standard output so the text interleaves with
// pipeline output. Nil means os.Stdout (a nil default needs no package
// init code).
var ConsoleOut io.Writer

// newStopwatch builds a Stopwatch object; its clock is the real one, as
// it measures the script's own run time.
func newStopwatch(start bool) *object.PSObject {
	var elapsed time.Duration
	var since time.Time
	running := false
	total := func() time.Duration {
		if running {
			return elapsed + time.Since(since)
		}
		return elapsed
	}
	o := object.NewObject("System.Diagnostics.Stopwatch", "System.Object")
	o.Add(&object.Member{Name: "IsRunning", Kind: object.Property, Get: func() any { return running }})
	o.Add(&object.Member{Name: "Elapsed", Kind: object.Property, Get: func() any { return object.TimeSpan(total() / 100) }})
	o.Add(&object.Member{Name: "ElapsedMilliseconds", Kind: object.Property, Get: func() any { return total().Milliseconds() }})
	o.Add(&object.Member{Name: "ElapsedTicks", Kind: object.Property, Get: func() any { return int64(total() / 100) }})
	startFn := func([]any) (any, error) {
		if !running {
			running, since = true, time.Now()
		}
		return object.Null, nil
	}
	o.Add(&object.Member{Name: "Start", Kind: object.Method, Call: startFn})
	o.Add(&object.Member{Name: "Stop", Kind: object.Method, Call: func([]any) (any, error) {
		if running {
			elapsed += time.Since(since)
			running = false
		}
		return object.Null, nil
	}})
	o.Add(&object.Member{Name: "Reset", Kind: object.Method, Call: func([]any) (any, error) {
		elapsed, running = 0, false
		return object.Null, nil
	}})
	o.Add(&object.Member{Name: "Restart", Kind: object.Method, Call: func([]any) (any, error) {
		elapsed, running, since = 0, true, time.Now()
		return object.Null, nil
	}})
	if start {
		_, _ = startFn(nil)
	}
	return o
}

func stopwatchStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "startnew":
		return newStopwatch(true), true, nil
	case "gettimestamp":
		return time.Now().UnixNano() / 100, true, nil
	}
	return nil, false, nil
}

func stopwatchStaticGet(lname string) (any, bool, error) {
	switch lname {
	case "frequency":
		return int64(10_000_000), true, nil
	case "ishighresolution":
		return true, true, nil
	}
	return nil, false, nil
}

func threadStaticCall(lname string, args []any) (any, bool, error) {
	if lname != "sleep" {
		return nil, false, nil
	}
	if len(args) != 1 {
		return nil, true, overload
	}
	var d time.Duration
	if ts, ok := args[0].(object.TimeSpan); ok {
		d = time.Duration(ts) * 100
	} else {
		ms, err := argInt(args[0])
		if err != nil {
			return nil, true, err
		}
		if ms < -1 {
			return nil, true, argOutOfRange("millisecondsTimeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.")
		}
		d = time.Duration(ms) * time.Millisecond
	}
	time.Sleep(d)
	return object.Null, true, nil
}

func dnsStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "gethostname":
		h, err := os.Hostname()
		if err != nil {
			return nil, true, dotnetErr("System.Net.Sockets.SocketException", err.Error())
		}
		return strings.SplitN(h, ".", 2)[0], true, nil
	case "gethostaddresses", "gethostentry":
		if len(args) != 1 {
			return nil, true, overload
		}
		name := argString(args[0])
		addrs, err := net.LookupHost(name)
		if err != nil {
			return nil, true, dotnetErr("System.Net.Sockets.SocketException", "No such host is known")
		}
		ips := make([]any, len(addrs))
		for i, a := range addrs {
			ips[i] = ipAddress(a)
		}
		if lname == "gethostaddresses" {
			return ips, true, nil
		}
		e := object.NewObject("System.Net.IPHostEntry", "System.Object")
		e.Add(&object.Member{Name: "HostName", Kind: object.Property, Value: name})
		e.Add(&object.Member{Name: "Aliases", Kind: object.Property, Value: []any{}})
		e.Add(&object.Member{Name: "AddressList", Kind: object.Property, Value: ips})
		return e, true, nil
	}
	return nil, false, nil
}

func ipAddress(s string) *object.PSObject {
	o := object.NewObject("System.Net.IPAddress", "System.Object")
	family := "InterNetwork"
	if strings.Contains(s, ":") {
		family = "InterNetworkV6"
	}
	o.Add(&object.Member{Name: "AddressFamily", Kind: object.Property, Value: family})
	o.Add(&object.Member{Name: "IPAddressToString", Kind: object.Property, Value: s})
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return s, nil }})
	return o
}

func consoleStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "writeline", "write":
		text := ""
		if len(args) > 0 {
			if f, ok := args[0].(string); ok && len(args) > 1 {
				s, err := dotnet.FormatOperator(f, spread(args[1:]))
				if err != nil {
					return nil, true, err
				}
				text = s
			} else {
				text = dotnet.ToString(args[0])
			}
		}
		if lname == "writeline" {
			text += "\n"
		}
		w := ConsoleOut
		if w == nil {
			w = os.Stdout
		}
		_, _ = io.WriteString(w, text)
		return object.Null, true, nil
	}
	return nil, false, nil
}
