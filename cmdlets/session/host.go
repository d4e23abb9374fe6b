package session

import (
	"crypto/rand"
	"fmt"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

func clearHost() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Clear-Host", Kind: pipeline.KindCmdlet, Module: modCore,
		Synopsis:    "Clears the display in the host program.",
		Description: "Clears the console screen. When output is redirected there is no screen, and nothing is written.",
		Examples:    []pipeline.Example{{Code: "Clear-Host", Remarks: "Clears the screen."}},
		Process: func(c *pipeline.Call) error {
			h := c.Rt.Host()
			if h != nil && h.Interactive() && h.Color(1) {
				// Home the cursor, clear the screen and the scroll-back.
				h.Write("\x1b[H\x1b[2J\x1b[3J")
			}
			return nil
		},
	}
}

// defaultPSVersion is the Windows PowerShell build cspsh reports.
const defaultPSVersion = "5.1.17763.5933"

// psVersion reads $PSVersionTable.PSVersion, else the default.
func psVersion(rt pipeline.Runtime) string {
	if t, ok := rt.GetVar("PSVersionTable"); ok {
		if h, ok := t.(*object.Hashtable); ok {
			if v, ok := h.Get("PSVersion"); ok && v != nil {
				return toStr(v)
			}
		}
	}
	return defaultPSVersion
}

// instanceID is the host's InstanceId, fixed for the session.
func instanceID(s *pipeline.Session) string {
	v, _ := s.Service("host.instanceid", func() (any, error) {
		var b [16]byte
		_, _ = rand.Read(b[:])
		b[6] = b[6]&0x0f | 0x40
		b[8] = b[8]&0x3f | 0x80
		return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:]), nil
	})
	return v.(string)
}

func getHost() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-Host", Kind: pipeline.KindCmdlet, Module: modUtility,
		TypeName:    "Microsoft.PowerShell.Commands.GetHostCommand",
		Synopsis:    "Gets an object that represents the current host program.",
		Description: "Gets the host object ($Host): its name (ConsoleHost), version, instance id, culture and user interface.",
		Examples:    []pipeline.Example{{Code: "Get-Host", Remarks: "Shows the host."}, {Code: "(Get-Host).Version", Remarks: "Shows the host version."}},
		Outputs:     "System.Management.Automation.Internal.Host.InternalHost",
		Process: func(c *pipeline.Call) error {
			// The same object as $Host (Get-Host, Notes), so that what a
			// script sets on one shows on the other.
			if h, ok := c.Rt.GetVar("Host"); ok {
				if o, ok := h.(*object.PSObject); ok {
					if m := o.Member("IsRunspacePushed"); m != nil {
						m.Value = len(sessions(c).stack) > 0
					}
					return c.Out(o)
				}
			}
			s := c.Rt.Session()
			return c.Out(newObject([]string{"System.Management.Automation.Internal.Host.InternalHost", "System.Management.Automation.Host.PSHost", "System.Object"},
				prop{"Name", "ConsoleHost"},
				prop{"Version", psVersion(c.Rt)},
				prop{"InstanceId", instanceID(s)},
				prop{"UI", "System.Management.Automation.Internal.Host.InternalHostUserInterface"},
				prop{"CurrentCulture", "en-US"},
				prop{"CurrentUICulture", "en-US"},
				prop{"PrivateData", "Microsoft.PowerShell.ConsoleHost+ConsoleColorProxy"},
				prop{"DebuggerEnabled", true},
				prop{"IsRunspacePushed", len(sessions(c).stack) > 0},
				prop{"Runspace", "System.Management.Automation.Runspaces.LocalRunspace"},
			))
		},
	}
}
