package pipeline

import (
	"reflect"
	"strings"
	"testing"

	"cspsh/pipeline/object"
)

// echo is a cmdlet that outputs "<set>:<Name>" per call and writes an
// error for the name "bad".
func echo() *CommandInfo {
	ci := &CommandInfo{
		Name: "Out-Thing", Kind: KindCmdlet,
		Params: []*ParamDecl{
			{Name: "Name", Type: "string", Sets: sets(SetBinding{Set: AllSets, Position: 0, ValueFromPipeline: true})},
		},
	}
	ci.Process = func(c *Call) error {
		if c.String("Name") == "bad" {
			return c.WriteError(object.NewError(object.NewException("System.Exception", "bad name"), "Bad", "InvalidArgument", nil))
		}
		return c.Out(c.SetName + ":" + c.String("Name"))
	}
	return ci
}

// run binds args, runs the processor over inputs (none: not expecting
// input) and returns the output.
func run(t *testing.T, rt *fakeRT, ci *CommandInfo, a []Arg, inputs ...any) ([]any, Processor, error) {
	t.Helper()
	b, err := Bind(ci, a, rt, len(inputs) > 0)
	if err != nil {
		return nil, nil, err
	}
	var out []any
	p := NewProcessor(ci, b, rt, func(v any) error { out = append(out, v); return nil })
	if err := p.Begin(); err != nil {
		return out, p, err
	}
	for _, in := range inputs {
		if err := p.Process(in); err != nil {
			return out, p, err
		}
	}
	err = p.End()
	return out, p, err
}

func TestProcessorRunsOncePerInput(t *testing.T) {
	rt := newFakeRT()
	out, _, err := run(t, rt, echo(), nil, "a", "b")
	if err != nil {
		t.Fatal(err)
	}
	if want := []any{"__AllParameterSets:a", "__AllParameterSets:b"}; !reflect.DeepEqual(out, want) {
		t.Errorf("out = %v, want %v", out, want)
	}
	// Without input Process runs once, even if the caller only calls End.
	out, _, err = run(t, rt, echo(), args(val("x")))
	if err != nil || !reflect.DeepEqual(out, []any{"__AllParameterSets:x"}) {
		t.Errorf("out = %v, err %v", out, err)
	}
}

func TestProcessorVariablesAndStatus(t *testing.T) {
	rt := newFakeRT()
	out, p, err := run(t, rt, echo(), args(pn("OutVariable"), val("o"), pn("ErrorVariable"), val("e")), "a", "bad", "c")
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 2 {
		t.Errorf("out = %v", out)
	}
	o, _ := rt.vars["o"].(*object.List)
	e, _ := rt.vars["e"].(*object.List)
	if o == nil || len(o.Items) != 2 || e == nil || len(e.Items) != 1 {
		t.Fatalf("o = %v, e = %v", rt.vars["o"], rt.vars["e"])
	}
	if !p.(Status).Failed() {
		t.Error("Failed() = false after an error")
	}
	// +name appends.
	_, _, _ = run(t, rt, echo(), args(pn("OutVariable"), val("+o")), "d")
	if o2 := rt.vars["o"].(*object.List); len(o2.Items) != 3 {
		t.Errorf("appended o = %v", o2.Items)
	}
	// -ErrorAction Stop turns the error into a terminating one.
	_, _, err = run(t, rt, echo(), args(pn("ErrorAction"), val("Stop")), "bad")
	if err == nil || err.Error() != "bad name" {
		t.Errorf("err = %v", err)
	}
}

func TestProcessorPipelineBindingError(t *testing.T) {
	ci := &CommandInfo{Name: "Get-Thing", Kind: KindCmdlet, Params: []*ParamDecl{{Name: "Name", Type: "string"}}}
	rt := newFakeRT()
	_, p, err := run(t, rt, ci, nil, "x")
	if err != nil {
		t.Fatal(err)
	}
	if len(rt.streams) != 1 || !p.(Status).Failed() {
		t.Fatalf("streams = %v", rt.streams)
	}
	rec := rt.streams[0].(*object.ErrorRecord)
	if rec.FullyQualifiedErrorID != "InputObjectNotBound,Get-Thing" || rec.TargetObject != "x" {
		t.Errorf("record %s target %v", rec.FullyQualifiedErrorID, rec.TargetObject)
	}
}

func TestProcessorHelp(t *testing.T) {
	ci := echo()
	ci.Synopsis = "Outputs things."
	out, _, err := run(t, newFakeRT(), ci, args(pn("?")))
	if err != nil || len(out) != 1 || !strings.Contains(out[0].(string), "SYNOPSIS\n    Outputs things.") {
		t.Errorf("out = %v, err %v", out, err)
	}
}

func TestWarningVariableHoldsRecords(t *testing.T) {
	// -WarningVariable collects WarningRecords whose Message is the text.
	ci := &CommandInfo{Name: "Warn-Thing", Kind: KindCmdlet}
	ci.Process = func(c *Call) error { return c.WriteWarning("disk low") }
	rt := newFakeRT()
	if _, _, err := run(t, rt, ci, args(pn("WarningVariable"), val("w"), pn("WarningAction"), val("SilentlyContinue"))); err != nil {
		t.Fatal(err)
	}
	w, _ := rt.vars["w"].(*object.List)
	if w == nil || len(w.Items) != 1 {
		t.Fatalf("w = %v", rt.vars["w"])
	}
	rec, ok := w.Items[0].(*object.PSObject)
	if !ok || rec.TypeName() != "System.Management.Automation.WarningRecord" {
		t.Fatalf("item = %#v", w.Items[0])
	}
	if m, _ := rec.Prop("Message"); m != "disk low" {
		t.Errorf("Message = %v", m)
	}
}
