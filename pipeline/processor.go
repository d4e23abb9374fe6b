package pipeline

import (
	"strings"

	"cspsh/pipeline/object"
)

// Processor runs one command of a pipeline: Begin once, Process once per
// input object, End once.
type Processor interface {
	Begin() error
	Process(input any) error
	End() error
}

// Status is implemented by processors that know whether the command
// reported errors (for $?).
type Status interface {
	// Failed reports whether the command wrote an error or stopped with
	// one.
	Failed() bool
}

// cmdletProcessor runs a Go cmdlet.
type cmdletProcessor struct {
	ci   *CommandInfo
	b    *Binding
	rt   Runtime
	emit func(any) error
	call *Call

	outVar, errVar, warnVar, infoVar *object.List
	processed, failed, helpOnly      bool
	// capRT collects the -*Variable records when the runtime can.
	capRT CaptureRuntime
	// outBuf holds output while -OutBuffer batches it.
	outBuf []any
}

// NewProcessor returns the processor that runs Go cmdlet ci with binding
// b, sending its output to emit. Process runs the cmdlet's Process once
// per input object; when nothing is piped it runs once without input
// (whether or not the caller calls Process).
func NewProcessor(ci *CommandInfo, b *Binding, rt Runtime, emit func(any) error) Processor {
	return &cmdletProcessor{ci: ci, b: b, rt: rt, emit: emit}
}

// Failed reports whether the cmdlet wrote or raised an error.
func (p *cmdletProcessor) Failed() bool {
	return p.failed || (p.call != nil && p.call.Errors > 0)
}

// Call returns the call the cmdlet runs in (nil before Begin).
func (p *cmdletProcessor) Call() *Call { return p.call }

// Begin builds the call (preferences, -*Variable capture) and runs the
// cmdlet's Begin; with -? it writes the help instead.
func (p *cmdletProcessor) Begin() error {
	b := p.b
	if b.HelpRequested {
		p.helpOnly = true
		for _, v := range HelpRequest(p.rt, p.ci) {
			if err := p.out(v); err != nil {
				return err
			}
		}
		return nil
	}
	c := &Call{
		Info:           p.ci,
		Bound:          b.Bound,
		SetName:        b.SetName,
		ExpectingInput: b.ExpectingInput,
		Rt:             p.rt,
		Invocation:     b.opts.Invocation,
	}
	b.ApplyPreferences(c)
	p.call = c
	cm := &b.Common
	p.outVar = p.captureVar(cm.OutVariable)
	p.errVar = p.captureVar(cm.ErrorVariable)
	p.warnVar = p.captureVar(cm.WarningVariable)
	p.infoVar = p.captureVar(cm.InformationVariable)
	if cr, ok := p.rt.(CaptureRuntime); ok && (p.errVar != nil || p.warnVar != nil || p.infoVar != nil) {
		// The runtime collects the records, the cmdlet's own and those
		// of the script blocks it runs (see run).
		p.capRT = cr
	} else {
		p.setSinks(c)
	}
	c.Emit = p.out
	if pv := cm.PipelineVariable; pv != "" && p.rt != nil {
		// A variable of the same name is cleared before the pipeline
		// runs (about_CommonParameters, -PipelineVariable).
		_ = p.rt.SetVar(pv, nil, "")
	}
	if p.ci.Begin != nil {
		return p.check(p.run(p.ci.Begin))
	}
	return nil
}

// setSinks makes the call itself fill the -*Variable lists (a runtime
// that cannot capture).
func (p *cmdletProcessor) setSinks(c *Call) {
	if p.errVar != nil {
		c.errSink = func(rec *object.ErrorRecord) { p.errVar.Items = append(p.errVar.Items, rec) }
	}
	if p.warnVar != nil {
		// -WarningVariable collects WarningRecords, not bare strings.
		c.warnSink = func(v any) {
			p.warnVar.Items = append(p.warnVar.Items, NewStreamRecord(WarningStream, toString(v)))
		}
	}
	if p.infoVar != nil {
		c.infoSink = func(v any) { p.infoVar.Items = append(p.infoVar.Items, v) }
	}
}

// run runs one of the cmdlet's blocks, inside its -*Variable capture
// when the runtime keeps one.
func (p *cmdletProcessor) run(f func(*Call) error) error {
	if p.capRT != nil {
		release := p.capRT.Capture(p.errVar, p.warnVar, p.infoVar)
		defer release()
	}
	err := f(p.call)
	if perr := p.call.TakePromptError(); err == nil {
		err = perr
	}
	return err
}

// out sends one object downstream, recording it for -OutVariable and
// -PipelineVariable.
func (p *cmdletProcessor) out(v any) error {
	if p.outVar != nil {
		p.outVar.Items = append(p.outVar.Items, v)
	}
	if n := p.b.Common.OutBuffer; n > 0 {
		// -OutBuffer n sends objects on in batches of n+1.
		p.outBuf = append(p.outBuf, v)
		if len(p.outBuf) <= n {
			return nil
		}
		return p.flush()
	}
	return p.send(v)
}

// send passes one object to the next command, setting -PipelineVariable
// as it goes.
func (p *cmdletProcessor) send(v any) error {
	if pv := p.b.Common.PipelineVariable; pv != "" && p.rt != nil {
		_ = p.rt.SetVar(pv, v, "")
	}
	if p.emit == nil {
		return nil
	}
	return p.emit(v)
}

// flush sends the objects -OutBuffer held back.
func (p *cmdletProcessor) flush() error {
	buf := p.outBuf
	p.outBuf = nil
	for _, v := range buf {
		if err := p.send(v); err != nil {
			return err
		}
	}
	return nil
}

// PipelineVariable names the command's -PipelineVariable ("" without
// one): the pipeline clears it when it finishes.
func (p *cmdletProcessor) PipelineVariable() string {
	return p.b.Common.PipelineVariable
}

// captureVar creates the ArrayList a -*Variable parameter fills; a
// leading + appends to the variable's current contents.
func (p *cmdletProcessor) captureVar(name string) *object.List {
	if name == "" || p.rt == nil {
		return nil
	}
	l := &object.List{TypeName: "System.Collections.ArrayList"}
	if strings.HasPrefix(name, "+") {
		name = name[1:]
		if old, ok := p.rt.GetVar(name); ok && old != nil {
			if ol, ok := old.(*object.List); ok {
				l = ol
			} else if items, ok := enumerate(old); ok {
				l.Items = append(l.Items, items...)
			} else {
				l.Items = append(l.Items, old)
			}
		}
	}
	_ = p.rt.SetVar(name, l, "")
	return l
}

// check records a terminating error for $? and -ErrorVariable.
func (p *cmdletProcessor) check(err error) error {
	if err == nil || err == ErrStopUpstream || err == ErrUnwind {
		// Asking for no more input (Select-Object -First), or being
		// stopped because a later command asked, is success.
		return err
	}
	p.failed = true
	if rec, ok := err.(*object.ErrorRecord); ok && p.errVar != nil && !holdsError(p.errVar, rec) {
		p.errVar.Items = append(p.errVar.Items, errorVarEntry(rec))
	}
	return err
}

// Process binds one input object and runs the cmdlet's Process; a
// binding failure is a non-terminating error for that object.
func (p *cmdletProcessor) Process(input any) error {
	if p.helpOnly {
		return nil
	}
	c := p.call
	if !p.b.ExpectingInput {
		if p.processed {
			return nil
		}
		p.processed = true
		c.Input, c.HasInput = nil, false
		if p.ci.Process != nil {
			return p.check(p.run(p.ci.Process))
		}
		return nil
	}
	p.processed = true
	bound, err := p.b.Pipeline(input)
	if err != nil {
		rec, ok := err.(*object.ErrorRecord)
		if !ok {
			return p.check(err)
		}
		return p.check(p.run(func(c *Call) error { return c.WriteError(rec) }))
	}
	c.Bound = bound
	c.SetName = p.b.SetName
	c.Input, c.HasInput = input, true
	if p.ci.Process != nil {
		return p.check(p.run(p.ci.Process))
	}
	return nil
}

// End runs Process once when nothing was piped in and it has not run,
// then the cmdlet's End.
func (p *cmdletProcessor) End() error {
	if p.helpOnly {
		return nil
	}
	if !p.b.ExpectingInput && !p.processed {
		// With nothing piped in there is no upstream to stop.
		if err := p.Process(nil); err != nil && err != ErrStopUpstream {
			return err
		}
	}
	var err error
	if p.ci.End != nil {
		c := p.call
		c.Input, c.HasInput = nil, false
		err = p.check(p.run(p.ci.End))
	}
	if len(p.outBuf) > 0 {
		if ferr := p.flush(); err == nil {
			err = ferr
		}
	}
	return err
}
