package interp

import "time"

// clockService is the Session.Services key of the lab clock: a
// func() time.Time or func() (time.Time, error) that Get-Date reads too
// (cmdlets/data ClockService), so that [datetime]::Now and Get-Date
// agree after Set-LabClock or Move-LabClock.
const clockService = "clock"

// now is the session's current time: the lab clock when one is
// registered, the host clock otherwise.
func (r *Runner) now() time.Time {
	if s := r.sess; s != nil && s.Services != nil {
		switch f := s.Services[clockService].(type) {
		case func() time.Time:
			return f()
		case func() (time.Time, error):
			if t, err := f(); err == nil {
				return t
			}
		}
	}
	return time.Now()
}
