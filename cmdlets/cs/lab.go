package cs

import (
	"strings"
	"time"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
	"cspsh/store"
)

// serviceName is the session service holding the opened lab.
const serviceName = "store"

// clockService is the session service Get-Date and [datetime]::Now read
// the time from (cmdlets/data ClockService).
const clockService = "clock"

// OpenLab returns the session's lab, opening (and on first use creating)
// it: a script that runs no lab command never touches the database. The
// session closes it when it ends. The PKI and lab cmdlet families use it
// too.
func OpenLab(c *pipeline.Call) (*store.Store, error) {
	s := c.Rt.Session()
	v, err := s.Service(serviceName, func() (any, error) {
		st, err := store.Open(paths.LabHome(s))
		if err != nil {
			return nil, err
		}
		s.Closers = append(s.Closers, func() { st.Close() })
		// Get-Date and [datetime]::Now read the lab clock from now on,
		// so that Set-LabClock and Move-LabClock move "now" for scripts.
		s.Services[clockService] = func() (time.Time, error) {
			var now time.Time
			err := st.View(func(tx *store.Tx) (err error) { now, err = tx.Now(); return err })
			return now, err
		}
		return st, nil
	})
	if err != nil {
		ex := object.NewException("System.InvalidOperationException", "%s", err.Error())
		return nil, c.Fail(ex, "LabUnavailable", "ResourceUnavailable", nil)
	}
	return v.(*store.Store), nil
}

// Computer is the computer commands act on: the session's (the local
// front end, or the one entered with Enter-PSSession).
func Computer(c *pipeline.Call) string {
	if comp := c.Rt.Session().Computer; comp != "" {
		return comp
	}
	return store.LocalComputer
}

// scopeOf maps an -Identity value to a scope: "global" (any case) is the
// global scope, a computer FQDN is that computer's, and no identity is the
// session's computer.
func scopeOf(tx *store.Tx, c *pipeline.Call) (string, error) {
	id := strings.TrimSpace(c.String("Identity"))
	if id == "" {
		return Computer(c), nil
	}
	if store.IsGlobal(id) {
		return store.GlobalScope, nil
	}
	name := id
	if i := strings.Index(name, ":"); i >= 0 && strings.EqualFold(name[:i], "service") {
		name = name[i+1:]
	}
	comp, err := tx.Computer(name)
	if err != nil {
		return "", c.Fail(object.NewException("System.ArgumentException",
			"Identity \"%s\" is not valid. Use \"global\" or the fully qualified domain name of a computer in the topology.", id),
			"InvalidIdentity", "InvalidArgument", id)
	}
	return comp.FQDN, nil
}
