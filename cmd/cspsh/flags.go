package main

import (
	"fmt"
	"strings"
)

// options are the command-line parameters, parsed the way powershell.exe
// parses its own: case-insensitive, any unique prefix, first non-flag
// argument is the script file.
type options struct {
	noProfile      bool
	nonInteractive bool
	noLogo         bool
	version        bool
	help           bool
	file           string // -File path, or a bare script path
	command        string // -Command text ("-" reads standard input)
	hasCommand     bool
	args           []string // arguments for the script or the command
}

// flagNames lists the parameters in the order powershell.exe resolves
// ambiguous prefixes (so -c is -Command and -f is -File, as in pwsh).
var flagNames = []string{"Command", "File", "NoProfile", "NonInteractive", "NoLogo", "Version", "Help", "ExecutionPolicy", "NoExit", "InputFormat", "OutputFormat", "WindowStyle", "EncodedCommand"}

func matchFlag(arg string) (string, bool) {
	name := strings.TrimLeft(arg, "-/")
	if name == "?" || strings.EqualFold(name, "h") {
		return "Help", true
	}
	if name == "" {
		return "", false
	}
	for _, f := range flagNames {
		if strings.EqualFold(f, name) {
			return f, true
		}
	}
	for _, f := range flagNames {
		if len(name) <= len(f) && strings.EqualFold(f[:len(name)], name) {
			return f, true
		}
	}
	return "", false
}

func parseArgs(argv []string) (*options, error) {
	o := &options{}
	for i := 0; i < len(argv); i++ {
		a := argv[i]
		if !strings.HasPrefix(a, "-") || a == "-" {
			o.file = a
			o.args = argv[i+1:]
			return o, nil
		}
		name, ok := matchFlag(a)
		if !ok {
			return nil, fmt.Errorf("The argument '%s' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.", a)
		}
		switch name {
		case "NoProfile":
			o.noProfile = true
		case "NonInteractive":
			o.nonInteractive = true
		case "NoLogo", "NoExit":
			o.noLogo = true
		case "Version":
			o.version = true
		case "Help":
			o.help = true
		case "File":
			if i+1 >= len(argv) {
				return nil, fmt.Errorf("Missing the argument to -File.")
			}
			o.file = argv[i+1]
			o.args = argv[i+2:]
			return o, nil
		case "Command", "EncodedCommand":
			if i+1 >= len(argv) {
				return nil, fmt.Errorf("Missing the argument to -Command.")
			}
			o.hasCommand = true
			o.command = strings.Join(argv[i+1:], " ")
			return o, nil
		case "ExecutionPolicy", "InputFormat", "OutputFormat", "WindowStyle":
			i++ // accepted for compatibility; the value has no effect here
		}
	}
	return o, nil
}

const usage = `Usage: cspsh [-NoProfile] [-NonInteractive] [-NoLogo] [-Version]
             [-File <script.ps1> [args]] [-Command <text> | -]
             [<script.ps1> [args]]

  -File         run a script file; its arguments follow it
  -Command      run the text as PowerShell commands ("-" reads standard input)
  -NoProfile    do not run the profile script ($PROFILE)
  -NonInteractive  never prompt; a missing mandatory parameter is an error
  -Version      print the version and exit

With no script and no command, cspsh starts an interactive shell when
standard input is a terminal, and otherwise runs standard input as a script.
State lives in $CSPSH_HOME (default ~/.cspsh).
`
