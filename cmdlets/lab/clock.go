package lab

import (
	"time"

	"cspsh/cmdlets/cs"
	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/store"
)

// module is the lab's own module.
const module = "CsLab"

const clockType = "CsLab.LabClock"

func clockObject(tx *store.Tx) (*object.PSObject, error) {
	now, err := tx.Now()
	if err != nil {
		return nil, err
	}
	mode, value, err := tx.Clock()
	if err != nil {
		return nil, err
	}
	o := object.NewObject(clockType, "System.Object")
	o.SetProp("Now", now.Local())
	o.SetProp("Mode", map[string]string{store.ClockReal: "Real", store.ClockOffset: "Offset", store.ClockFixed: "Frozen"}[mode])
	var off any
	if mode == store.ClockOffset {
		if d, err := time.ParseDuration(value); err == nil {
			off = object.TimeSpan(d.Round(time.Second) / 100)
		}
	}
	o.SetProp("Offset", off)
	return o, nil
}

func getLabClock() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-LabClock", Module: module,
		Synopsis:    "Shows the lab clock: the time the lab's certificates, rolls and replication go by.",
		Description: "The lab clock is the host clock unless Set-LabClock or Move-LabClock changed it.",
		Examples:    []pipeline.Example{{Title: "Example 1", Code: "Get-LabClock", Remarks: "The lab's current time and how it is set."}},
		Process: func(c *pipeline.Call) error {
			lab, err := cs.OpenLab(c)
			if err != nil {
				return err
			}
			var o *object.PSObject
			if err := lab.View(func(tx *store.Tx) error { o, err = clockObject(tx); return err }); err != nil {
				return err
			}
			return c.Out(o)
		},
	}
}

func setLabClock() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Set-LabClock", Module: module, DefaultSet: "Date", SupportsShouldProcess: true,
		Synopsis: "Sets the lab clock to a date, running or frozen, or back to the host clock.",
		Description: "With -Date the lab clock runs on from that time (-Frozen stops it there); -Real makes it the host clock " +
			"again. Rolled certificates take over and replicas catch up as the lab clock passes their times.",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("Date", "datetime").Must("Date", 0).Describe("The lab's new current time, e.g. \"7/1/2015 8:00 AM\"."),
			pipeline.NewParam("Frozen", "switch").At("Date", -1).Describe("Stop the clock at -Date."),
			pipeline.NewParam("Real", "switch").Must("Real", -1).Describe("Follow the host clock again."),
		},
		Examples: []pipeline.Example{
			{Title: "Example 1", Code: `Set-LabClock -Date "7/1/2015"`, Remarks: "The lab lives on 1 July 2015 from now."},
			{Title: "Example 2", Code: "Set-LabClock -Real", Remarks: "Back to the real time."},
		},
		Process: func(c *pipeline.Call) error {
			lab, err := cs.OpenLab(c)
			if err != nil {
				return err
			}
			target := "the lab clock"
			if !c.ShouldProcess(target, "Set") {
				return nil
			}
			return lab.Update(func(tx *store.Tx) error {
				if c.Switch("Real") {
					return tx.ResetClock()
				}
				d, _ := c.Get("Date").(time.Time)
				if c.Switch("Frozen") {
					return tx.SetClockFixed(d)
				}
				return tx.SetClockOffset(time.Until(d))
			})
		},
	}
}

func moveLabClock() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Move-LabClock", Module: module, DefaultSet: "By", SupportsShouldProcess: true,
		Synopsis:    "Moves the lab clock forward (or back) by a time span.",
		Description: "Use it to let a rolled certificate take over, replicas catch up, or a certificate expire.",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("By", "timespan").Must("By", 0).Describe("How far, e.g. 00:02:00 or (New-TimeSpan -Days 30)."),
			pipeline.NewParam("Days", "int").At("Parts", -1).Describe("Days to move."),
			pipeline.NewParam("Hours", "int").At("Parts", -1).Describe("Hours to move."),
			pipeline.NewParam("Minutes", "int").At("Parts", -1).Describe("Minutes to move."),
		},
		Examples: []pipeline.Example{
			{Title: "Example 1", Code: "Move-LabClock -Minutes 2", Remarks: "Replicas catch up with the last change."},
			{Title: "Example 2", Code: "Move-LabClock -Days 400", Remarks: "Past a rolled certificate's effective date."},
		},
		Process: func(c *pipeline.Call) error {
			var d time.Duration
			if ts, ok := c.Get("By").(object.TimeSpan); ok {
				d = time.Duration(ts) * 100
			}
			for name, unit := range map[string]time.Duration{"Days": 24 * time.Hour, "Hours": time.Hour, "Minutes": time.Minute} {
				if v, ok := c.Get(name).(int32); ok {
					d += time.Duration(v) * unit
				}
			}
			lab, err := cs.OpenLab(c)
			if err != nil {
				return err
			}
			if !c.ShouldProcess("the lab clock", "Move by "+d.String()) {
				return nil
			}
			var o *object.PSObject
			err = lab.Update(func(tx *store.Tx) error {
				now, err := tx.Now()
				if err != nil {
					return err
				}
				mode, value, err := tx.Clock()
				if err != nil {
					return err
				}
				switch mode {
				case store.ClockFixed:
					err = tx.SetClockFixed(now.Add(d))
				case store.ClockOffset:
					var old time.Duration
					if old, err = time.ParseDuration(value); err == nil {
						err = tx.SetClockOffset(old + d)
					}
				default:
					err = tx.SetClockOffset(d)
				}
				if err != nil {
					return err
				}
				if _, err := tx.CatchUp(false); err != nil {
					return err
				}
				o, err = clockObject(tx)
				return err
			})
			if err != nil {
				return err
			}
			return c.Out(o)
		},
	}
}
