package session

import (
	"os"
	"strings"

	"cspsh/cmdlets/cs"
	"cspsh/pipeline"
	"cspsh/pipeline/format"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
	"cspsh/store"
)

func invokeExpression() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Invoke-Expression", Kind: pipeline.KindCmdlet, Module: modUtility,
		TypeName: "Microsoft.PowerShell.Commands.InvokeExpressionCommand",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("Command", "string").Must(pipeline.AllSets, 0).FromPipeline(true, false).Describe("The PowerShell text to run."),
		},
		Synopsis:    "Runs commands or expressions on the local computer.",
		Description: "Parses a string as PowerShell and runs it in the current scope; its output is the output of Invoke-Expression.",
		Examples:    []pipeline.Example{{Code: "$Command = \"Get-CsCertificate -Type Default\"\nInvoke-Expression $Command", Remarks: "Runs the command held in $Command."}},
		Process: func(c *pipeline.Call) error {
			out, err := c.Rt.RunString(c.String("Command"))
			if oerr := c.OutAll(out); oerr != nil {
				return oerr
			}
			return invokeParseError(c, err)
		},
	}
}

// invokeParseError reports a parse error in the text as Invoke-Expression's
// own error, as Windows PowerShell does: "Invoke-Expression : " and the
// ParseException's message (which leads with its position in the text),
// then the position of the Invoke-Expression command, with the error id
// ending in InvokeExpressionCommand.
func invokeParseError(c *pipeline.Call, err error) error {
	rec, ok := err.(*object.ErrorRecord)
	if !ok || !strings.EqualFold(rec.Category, "ParserError") || rec.Exception == nil || c.Invocation == nil {
		return err
	}
	if rec.Invocation != nil && rec.Invocation.MyCommand != "" {
		return err // already a command's error
	}
	msg := rec.Exception.Message
	if rec.Invocation != nil && !strings.HasPrefix(msg, "At ") {
		if pm := format.PositionMessage(rec.Invocation); pm != "" {
			msg = pm + "\n" + msg
		}
	}
	ex := &object.Exception{Type: rec.Exception.Type, Message: msg}
	id := rec.FullyQualifiedErrorID
	if i := strings.Index(id, ","); i >= 0 {
		id = id[:i]
	}
	out := object.NewError(ex, id+","+c.Info.ErrorSuffix(), rec.Category, nil)
	out.Invocation, out.Activity = c.Invocation, c.Info.Name
	return out
}

func invokeCommand() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Invoke-Command", Kind: pipeline.KindCmdlet, Module: modCore,
		TypeName:   "Microsoft.PowerShell.Commands.InvokeCommandCommand",
		DefaultSet: "InProcess",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("ScriptBlock", "scriptblock").Must("InProcess", 0).Must("ComputerName", 1).Alias("Command").Describe("The commands to run."),
			pipeline.NewParam("ComputerName", "string[]").At("ComputerName", 0).Alias("Cn").Describe("The computers of the lab to run the commands on (the session's computer is switched while the block runs)."),
			named("ArgumentList", "object[]").Alias("Args").Describe("Values for the block's param() or $args."),
			named("InputObject", "psobject").FromPipeline(true, false).Describe("Input for the block's $input; objects piped in are collected."),
			pipeline.NewParam("NoNewScope", "switch").At("InProcess", -1).Describe("Runs the block in the current scope."),
			pipeline.NewParam("Credential", "pscredential").At("ComputerName", -1).Describe("Accepted for compatibility; the lab does not authenticate."),
			pipeline.NewParam("HideComputerName", "switch").At("ComputerName", -1).Alias("HCN").Describe("Accepted for compatibility."),
		},
		Synopsis:    "Runs commands on local and remote computers.",
		Description: "Runs a script block with the values of -ArgumentList, in a new scope (or the current one with -NoNewScope). With -ComputerName it runs the block once per lab computer, as if on that computer.",
		Examples: []pipeline.Example{
			{Code: "Invoke-Command -ScriptBlock { param($p1, $p2) \"p1: $p1\"; \"p2: $p2\" } -ArgumentList \"First\", \"Second\"", Remarks: "Runs a block with two arguments."},
			{Code: "Invoke-Command -ComputerName atl-cs-002 -ScriptBlock { Get-CsCertificate -Type Default }", Remarks: "Gets the Default certificate of atl-cs-002."},
		},
		Process: func(c *pipeline.Call) error {
			if c.HasInput {
				st, _ := c.State.(*pipedValues)
				if st == nil {
					st = &pipedValues{}
					c.State = st
				}
				st.items = append(st.items, c.Get("InputObject"))
			}
			return nil
		},
		End: runInvokeCommand,
	}
}

func runInvokeCommand(c *pipeline.Call) error {
	sb, ok := c.Get("ScriptBlock").(object.ScriptBlock)
	if !ok {
		return nil
	}
	opt := pipeline.InvokeOptions{NewScope: !c.Switch("NoNewScope"), Output: c.Out}
	if args, ok := c.Get("ArgumentList").([]any); ok {
		opt.Args = args
	}
	if st, _ := c.State.(*pipedValues); st != nil {
		opt.Input, opt.HasInput = st.items, true
	} else if c.Has("InputObject") {
		opt.Input, opt.HasInput = []any{c.Get("InputObject")}, true
	}
	if !c.Has("ComputerName") {
		_, err := c.Rt.Invoke(sb, opt)
		return err
	}
	s := c.Rt.Session()
	for _, name := range stringsOf(c, "ComputerName") {
		comp, err := resolveComputer(c, name)
		if err != nil {
			rec := c.Fail(object.NewException("System.Management.Automation.Remoting.PSRemotingTransportException", "%s", "["+name+"] "+connectFailed(name)),
				"ComputerNotFound", "OpenError", name)
			rec.FullyQualifiedErrorID = "ComputerNotFound,PSSessionStateBroken"
			if werr := c.WriteError(rec); werr != nil {
				return werr
			}
			continue
		}
		remote := opt
		hide := c.Switch("HideComputerName")
		remote.Output = func(v any) error { return c.Out(withComputerName(v, name, hide)) }
		if err := runOn(c, s, comp, sb, remote); err != nil {
			return err
		}
	}
	return nil
}

// runOn runs the block with the session's computer switched to comp.
func runOn(c *pipeline.Call, s *pipeline.Session, comp string, sb object.ScriptBlock, opt pipeline.InvokeOptions) error {
	old := s.Computer
	s.Computer = comp
	defer func() { s.Computer = old }()
	_, err := c.Rt.Invoke(sb, opt)
	return err
}

// connectFailed is WinRM's message for a computer that does not exist.
func connectFailed(name string) string {
	return "Connecting to remote server " + name + " failed with the following error message : WinRM cannot process the request. The following error occurred while using Kerberos authentication: Cannot find the computer " + name + ". Verify that the computer exists on the network and that the name provided is spelled correctly. For more information, see the about_Remote_Troubleshooting Help topic."
}

// resolveComputer maps a computer name to the one the session acts on:
// the local names stay local; when the lab is open, the name must be a
// lab computer (FQDN or host name) and becomes its FQDN.
func resolveComputer(c *pipeline.Call, name string) (string, error) {
	s := c.Rt.Session()
	n := strings.TrimSpace(name)
	switch strings.ToLower(n) {
	case "", ".", "localhost", "127.0.0.1", "::1":
		return s.Computer, nil
	}
	// A remote computer is one of the lab's: open the lab to look it up.
	st, err := cs.OpenLab(c)
	if err != nil {
		return "", err
	}
	var fqdn string
	err = st.View(func(tx *store.Tx) error {
		comps, err := tx.Computers()
		if err != nil {
			return err
		}
		for _, comp := range comps {
			host := comp.FQDN
			if i := strings.Index(host, "."); i >= 0 {
				host = host[:i]
			}
			if strings.EqualFold(comp.FQDN, n) || strings.EqualFold(host, n) {
				fqdn = comp.FQDN
				return nil
			}
		}
		return store.ErrNotFound
	})
	if err != nil {
		return "", err
	}
	return fqdn, nil
}

// psSessions remembers the computers (and locations) left by
// Enter-PSSession.
type psSessions struct {
	stack     []string
	names     []string
	locations []string
}

// remoteHome is where a remote session starts, as WinRM starts it: the
// Administrator's Documents folder of the remote computer.
const remoteHome = `C:\Users\Administrator\Documents`

func sessions(c *pipeline.Call) *psSessions {
	v, _ := c.Rt.Session().Service("pssession", func() (any, error) { return &psSessions{}, nil })
	return v.(*psSessions)
}

func enterPSSession() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Enter-PSSession", Kind: pipeline.KindCmdlet, Module: modCore,
		TypeName:   "Microsoft.PowerShell.Commands.EnterPSSessionCommand",
		DefaultSet: "ComputerName",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("ComputerName", "string").Must("ComputerName", 0).FromPipeline(true, true).Alias("Cn").Describe("The lab computer to work on."),
			pipeline.NewParam("Credential", "pscredential").At("ComputerName", -1).Describe("Accepted for compatibility; the lab does not authenticate."),
		},
		Synopsis:    "Starts an interactive session with a remote computer.",
		Description: "Makes a lab computer the one the following commands act on, until Exit-PSSession; the prompt shows the computer's name.",
		Examples:    []pipeline.Example{{Code: "Enter-PSSession -ComputerName atl-cs-002", Remarks: "Works on atl-cs-002."}},
		Process: func(c *pipeline.Call) error {
			name := c.String("ComputerName")
			comp, err := resolveComputer(c, name)
			if err != nil {
				return fail(c, "System.Management.Automation.Remoting.PSRemotingTransportException", connectFailed(name), "CreateRemoteRunspaceFailed", "InvalidArgument", name)
			}
			s := c.Rt.Session()
			st := sessions(c)
			st.stack = append(st.stack, s.Computer)
			st.names = append(st.names, s.ComputerName)
			st.locations = append(st.locations, s.Location)
			s.Computer, s.ComputerName = comp, name
			// A remote session starts in the user's Documents folder; the
			// lab's computers share one C: drive, so the folder is made there.
			if dir, err := paths.Resolve(s, remoteHome); err == nil {
				if os.MkdirAll(dir, 0o755) == nil {
					s.Location = remoteHome
				}
			}
			return nil
		},
	}
}

func exitPSSession() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Exit-PSSession", Kind: pipeline.KindCmdlet, Module: modCore,
		TypeName:    "Microsoft.PowerShell.Commands.ExitPSSessionCommand",
		Synopsis:    "Ends an interactive session with a remote computer.",
		Description: "Returns to the computer the shell worked on before Enter-PSSession; outside a session it does nothing.",
		Examples:    []pipeline.Example{{Code: "Exit-PSSession", Remarks: "Ends the session."}},
		Process: func(c *pipeline.Call) error {
			st := sessions(c)
			if n := len(st.stack); n > 0 {
				s := c.Rt.Session()
				s.Computer, s.ComputerName = st.stack[n-1], st.names[n-1]
				st.stack, st.names = st.stack[:n-1], st.names[:n-1]
				if m := len(st.locations); m > 0 {
					s.Location = st.locations[m-1]
					st.locations = st.locations[:m-1]
				}
			}
			return nil
		},
	}
}
