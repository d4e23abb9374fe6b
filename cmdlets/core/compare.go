package core

import (
	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"math"
)

// compareObject is Compare-Object: it reports the objects that appear in
// only one of two sets, marked <= (reference only) or => (difference
// only), and with -IncludeEqual those in both (==).
func compareObject() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:   "Compare-Object",
		Module: utility,
		Params: []*pipeline.ParamDecl{
			withHelp(&pipeline.ParamDecl{Name: "ReferenceObject", Type: "psobject[]", AllowEmptyCollection: true, Sets: []pipeline.SetBinding{must(pipeline.AllSets, 0)}}, "The reference set of objects."),
			withHelp(&pipeline.ParamDecl{Name: "DifferenceObject", Type: "psobject[]", AllowEmptyCollection: true, Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 1, Mandatory: true, ValueFromPipeline: true}}}, "The objects compared with the reference set."),
			withHelp(param("SyncWindow", "int"), "How many unmatched objects of each side wait for a match (default: all)."),
			withHelp(param("Property", "object[]"), "The properties to compare instead of the whole objects."),
			withHelp(param("ExcludeDifferent", "switch"), "Shows only the objects found in both sets."),
			withHelp(param("IncludeEqual", "switch"), "Shows the objects found in both sets too, marked ==."),
			withHelp(param("PassThru", "switch"), "Outputs the compared objects themselves, with a SideIndicator property added."),
			withHelp(param("Culture", "string"), "The culture for string comparison."),
			withHelp(param("CaseSensitive", "switch"), "Makes string comparison case-sensitive."),
		},
		Synopsis:    "Compares two sets of objects.",
		Description: "Compare-Object compares a reference set of objects with a difference set and outputs the differences: objects only in the reference set get the SideIndicator <=, objects only in the difference set =>. With -IncludeEqual the objects in both sets are output too, with ==. With -Property only those properties are compared, and the output holds them.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Compare two lists", Code: "Compare-Object -ReferenceObject 'dog','squirrel','bird' -DifferenceObject 'cat','bird','racoon'", Remarks: "cat and racoon are =>, dog and squirrel <=."},
			{Title: "Example 2: Include equal objects", Code: "Compare-Object 'a','b' 'b','c' -IncludeEqual", Remarks: "b is ==."},
		},
		Outputs: "System.Management.Automation.PSCustomObject",
		Begin:   compareBegin,
		Process: compareProcess,
		End:     compareEnd,
	}
}

type cmpEntry struct {
	obj  any
	keys []any
	// shown holds, per -Property entry, the value the output object
	// carries under that entry's text: for a wildcard the first
	// matching property's value (CompareObjectCommand.Emit names the
	// note after what the user typed and takes orderValues[i]).
	shown []any
}

type compareState struct {
	props []objutil.Prop
	cs    bool
	refs  []*cmpEntry
	// The matching of CompareObjectCommand: references are taken in
	// order, one per difference object; unmatched ones of each side wait
	// in a backlog of at most window entries.
	next               int
	window             int
	refBacklog, diffBk []*cmpEntry
}

func compareBegin(c *pipeline.Call) error {
	if err := checkCulture(c); err != nil {
		return err
	}
	st := &compareState{cs: c.Switch("CaseSensitive"), window: math.MaxInt32}
	if c.Has("SyncWindow") {
		if w, err := dotnet.Convert(c.Get("SyncWindow"), "System.Int32"); err == nil {
			st.window = int(w.(int32))
		}
	}
	c.State = st
	props, _, err := objutil.PropertyArg(c)
	if err != nil {
		return err
	}
	st.props = props
	refs, ok := dotnet.Enumerate(c.Get("ReferenceObject"))
	if !ok && c.Get("ReferenceObject") != nil {
		refs = []any{c.Get("ReferenceObject")}
	}
	for _, r := range refs {
		e, err := st.entry(c, r)
		if err != nil {
			return err
		}
		st.refs = append(st.refs, e)
	}
	return nil
}

func (st *compareState) entry(c *pipeline.Call, v any) (*cmpEntry, error) {
	e := &cmpEntry{obj: v}
	if len(st.props) == 0 {
		e.keys = []any{v}
		return e, nil
	}
	for _, p := range st.props {
		if !p.Wild {
			k, err := p.Value(c.Rt, v)
			if err != nil {
				return nil, err
			}
			e.keys = append(e.keys, k)
			e.shown = append(e.shown, k)
			continue
		}
		// A wildcard compares every property it matches.
		var first any
		for j, m := range objutil.Expand([]objutil.Prop{p}, v) {
			k, err := m.Value(c.Rt, v)
			if err != nil {
				return nil, err
			}
			if j == 0 {
				first = k
			}
			e.keys = append(e.keys, k)
		}
		e.shown = append(e.shown, first)
	}
	return e, nil
}

func compareProcess(c *pipeline.Call) error {
	st := c.State.(*compareState)
	var diffs []any
	if c.HasInput {
		diffs = []any{c.Input}
	} else {
		v := c.Get("DifferenceObject")
		var ok bool
		if diffs, ok = dotnet.Enumerate(v); !ok && v != nil {
			diffs = []any{v}
		}
	}
	for _, d := range diffs {
		e, err := st.entry(c, d)
		if err != nil {
			return err
		}
		if err := st.step(c, e); err != nil {
			return err
		}
	}
	return nil
}

// step is CompareObjectCommand.Process for one difference entry (nil
// when draining the references): the next reference in order matches
// it directly, or either one is found in the other side's backlog;
// what stays unmatched joins its own backlog, pushing the oldest entry
// out as a difference once the backlog holds -SyncWindow entries.
func (st *compareState) step(c *pipeline.Call, diff *cmpEntry) error {
	var ref *cmpEntry
	if st.next < len(st.refs) {
		ref = st.refs[st.next]
		st.next++
	}
	if ref != nil && diff != nil && sameValues(ref.keys, diff.keys, st.cs) {
		return st.emitMatch(c, ref)
	}
	if diff != nil {
		if m := matchAndRemove(&st.refBacklog, diff, st.cs); m != nil {
			if err := st.emitMatch(c, m); err != nil {
				return err
			}
			diff = nil
		}
	}
	if ref != nil {
		if m := matchAndRemove(&st.diffBk, ref, st.cs); m != nil {
			if err := st.emitMatch(c, ref); err != nil {
				return err
			}
			ref = nil
		}
	}
	if st.window <= 0 {
		// No window: what does not match at once is a difference.
		if diff != nil {
			if err := st.emitOnly(c, diff, "=>"); err != nil {
				return err
			}
		}
		if ref != nil {
			return st.emitOnly(c, ref, "<=")
		}
		return nil
	}
	if diff != nil {
		for len(st.diffBk) >= st.window {
			if err := st.emitOnly(c, st.diffBk[0], "=>"); err != nil {
				return err
			}
			st.diffBk = st.diffBk[1:]
		}
		st.diffBk = append(st.diffBk, diff)
	}
	if ref != nil {
		for len(st.refBacklog) >= st.window {
			if err := st.emitOnly(c, st.refBacklog[0], "<="); err != nil {
				return err
			}
			st.refBacklog = st.refBacklog[1:]
		}
		st.refBacklog = append(st.refBacklog, ref)
	}
	return nil
}

// matchAndRemove takes the first entry of backlog equal to e out of it.
func matchAndRemove(backlog *[]*cmpEntry, e *cmpEntry, cs bool) *cmpEntry {
	for i, b := range *backlog {
		if sameValues(b.keys, e.keys, cs) {
			*backlog = append((*backlog)[:i:i], (*backlog)[i+1:]...)
			return b
		}
	}
	return nil
}

// emitMatch writes an object found on both sides (with -IncludeEqual;
// Windows PowerShell 5.1 shows equal objects only then: -ExcludeDifferent
// alone outputs nothing, PowerShell 7 made it imply -IncludeEqual).
func (st *compareState) emitMatch(c *pipeline.Call, e *cmpEntry) error {
	if !c.Switch("IncludeEqual") {
		return nil
	}
	return c.Out(st.result(c, e, "=="))
}

// emitOnly writes an object found on one side only, unless
// -ExcludeDifferent.
func (st *compareState) emitOnly(c *pipeline.Call, e *cmpEntry, side string) error {
	if c.Switch("ExcludeDifferent") {
		return nil
	}
	return c.Out(st.result(c, e, side))
}

func compareEnd(c *pipeline.Call) error {
	st := c.State.(*compareState)
	for st.next < len(st.refs) {
		if err := st.step(c, nil); err != nil {
			return err
		}
	}
	for _, d := range st.diffBk {
		if err := st.emitOnly(c, d, "=>"); err != nil {
			return err
		}
	}
	for _, r := range st.refBacklog {
		if err := st.emitOnly(c, r, "<="); err != nil {
			return err
		}
	}
	st.diffBk, st.refBacklog = nil, nil
	return nil
}

// result builds one output object for e with the given side indicator.
func (st *compareState) result(c *pipeline.Call, e *cmpEntry, side string) any {
	if c.Switch("PassThru") {
		var o *object.PSObject
		if p, ok := e.obj.(*object.PSObject); ok {
			o = p.Copy()
		} else {
			o = object.NewObject(typeNamesOf(e.obj)...)
			o.Base = e.obj
		}
		o.SetProp("SideIndicator", side)
		return o
	}
	o := object.NewObject()
	if len(st.props) == 0 {
		o.SetProp("InputObject", wrapped(e.obj))
	} else {
		for i, p := range st.props {
			o.SetProp(p.Name, e.shown[i])
		}
	}
	o.SetProp("SideIndicator", side)
	return o
}

// wrapped is a compared object as Compare-Object's InputObject holds it:
// in a PSObject (the ReferenceObject and DifferenceObject parameters are
// PSObject[]), which Get-Member shows by its full type name
// ("System.Boolean InputObject=True", Compare-Object Example 5).
func wrapped(v any) any {
	switch v.(type) {
	case nil, *object.PSObject:
		return v
	}
	o := object.NewObject(typeNamesOf(v)...)
	o.Base = v
	return o
}
