package members

import (
	"os"
	"runtime"
	"strings"
	"sync"

	"cspsh/pipeline/object"
)

// [System.Environment] statics.

func envStaticGet(lname string) (any, bool, error) {
	switch lname {
	case "machinename":
		return machineName(), true, nil
	case "newline":
		return "\n", true, nil
	case "username":
		return userName(), true, nil
	case "osversion":
		return osVersion(), true, nil
	case "userdomainname":
		if d := os.Getenv("USERDOMAIN"); d != "" {
			return d, true, nil
		}
		h, _ := os.Hostname()
		return strings.ToUpper(strings.SplitN(h, ".", 2)[0]), true, nil
	case "currentdirectory":
		d, err := os.Getwd()
		return d, true, err
	case "processorcount":
		return int32(runtime.NumCPU()), true, nil
	case "is64bitoperatingsystem", "is64bitprocess":
		return true, true, nil
	case "tickcount":
		return tickCount(), true, nil
	}
	return nil, false, nil
}

// machineName is [Environment]::MachineName: the host name without its
// domain, in capitals as Windows shows NetBIOS names.
func machineName() string {
	h, _ := os.Hostname()
	if i := strings.IndexByte(h, '.'); i >= 0 {
		h = h[:i]
	}
	return strings.ToUpper(h)
}

// userName is [Environment]::UserName.
func userName() string {
	for _, k := range []string{"USERNAME", "USER", "LOGNAME"} {
		if u := os.Getenv(k); u != "" {
			return u
		}
	}
	return accountName()
}

// windowsEnv guards WindowsEnv's one run.
var windowsEnv sync.Once

// WindowsEnv gives the process the environment variables every Windows
// session has and scripts written for Windows read ($env:TEMP, $env:TMP,
// $env:USERNAME, $env:COMPUTERNAME) when the host has not set them, with
// the values [IO.Path]::GetTempPath() (without its final separator, as
// Windows writes TEMP), [Environment]::UserName and
// [Environment]::MachineName give. Without them `Join-Path $env:TEMP x`,
// common in Windows scripts, fails on a null path.
//
// It runs once, when the shell first reads or changes the environment
// (LookupEnv, Environ, Setenv, Unsetenv, starting a program), not at every
// start: finding the user's name may read /etc/passwd, and the first
// os.Setenv copies the whole environment into a map, work a script that
// never looks at $env: does not need (bench/README.md, "Where a start
// goes").
func WindowsEnv() { windowsEnv.Do(setWindowsEnv) }

func setWindowsEnv() {
	set := func(name string, value func() string) {
		if _, ok := os.LookupEnv(name); !ok {
			os.Setenv(name, value())
		}
	}
	temp := func() string { return strings.TrimRight(os.TempDir(), "/") }
	set("TEMP", temp)
	set("TMP", temp)
	set("USERNAME", userName)
	set("COMPUTERNAME", machineName)
}

// LookupEnv is os.LookupEnv on the environment the shell shows (see
// WindowsEnv).
func LookupEnv(name string) (string, bool) {
	WindowsEnv()
	return os.LookupEnv(name)
}

// Environ is os.Environ on the environment the shell shows.
func Environ() []string {
	WindowsEnv()
	return os.Environ()
}

// Setenv sets an environment variable; WindowsEnv runs first, so that it
// never overwrites what a script set.
func Setenv(name, value string) error {
	WindowsEnv()
	return os.Setenv(name, value)
}

// Unsetenv removes an environment variable; WindowsEnv runs first, so
// that a variable a script removed stays removed.
func Unsetenv(name string) error {
	WindowsEnv()
	return os.Unsetenv(name)
}

func envStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "getenvironmentvariable":
		if len(args) < 1 || len(args) > 2 {
			return nil, true, overload
		}
		if args[0] == nil {
			return nil, true, argNull("variable")
		}
		v, ok := LookupEnv(argString(args[0]))
		if !ok {
			return nil, true, nil
		}
		return v, true, nil
	case "setenvironmentvariable":
		if len(args) < 2 || len(args) > 3 {
			return nil, true, overload
		}
		name := argString(args[0])
		if args[1] == nil || argString(args[1]) == "" {
			_ = Unsetenv(name)
		} else {
			_ = Setenv(name, argString(args[1]))
		}
		return object.Null, true, nil
	case "getenvironmentvariables":
		h := object.NewHashtable(false)
		h.InsertionOrder = true // keyed by the default (ordinal) comparer, which the order model does not hash
		for _, kv := range Environ() {
			if i := strings.IndexByte(kv, '='); i > 0 {
				h.Set(kv[:i], kv[i+1:])
			}
		}
		return h, true, nil
	case "expandenvironmentvariables":
		if len(args) != 1 {
			return nil, true, overload
		}
		s := argString(args[0])
		var b strings.Builder
		for {
			i := strings.IndexByte(s, '%')
			if i < 0 {
				break
			}
			j := strings.IndexByte(s[i+1:], '%')
			if j < 0 {
				break
			}
			name := s[i+1 : i+1+j]
			if v, ok := LookupEnv(name); ok {
				b.WriteString(s[:i] + v)
			} else {
				b.WriteString(s[:i+2+j])
			}
			s = s[i+2+j:]
		}
		b.WriteString(s)
		return b.String(), true, nil
	}
	return nil, false, nil
}
