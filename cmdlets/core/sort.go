package core

import (
	"slices"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// sortObject is Sort-Object: it collects its input and writes it back in
// order of one or more keys.
func sortObject() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Sort-Object",
		Module:     utility,
		DefaultSet: "Default",
		Params: []*pipeline.ParamDecl{
			withHelp(param("Stable", "switch", named("Default")), "Keeps objects with equal keys in input order."),
			withHelp(param("Descending", "switch"), "Sorts from largest to smallest."),
			withHelp(param("Unique", "switch"), "Writes each distinct value once; comparison ignores case unless -CaseSensitive."),
			withHelp(param("Top", "int", must("Top", -1)), "Writes only this many objects from the start of the sorted order."),
			withHelp(param("Bottom", "int", must("Bottom", -1)), "Writes only this many objects from the end of the sorted order."),
			inputObject("The objects to sort."),
			withHelp(param("Property", "object[]", at(pipeline.AllSets, 0)), "The sort keys: property names, script blocks, or hashtables with Expression and Ascending/Descending."),
			withHelp(param("Culture", "string"), "The culture for string comparison."),
			withHelp(param("CaseSensitive", "switch"), "Makes string comparison case-sensitive."),
		},
		Synopsis:    "Sorts objects by property values.",
		Description: "Sort-Object sorts its input by the values of the given properties, or by the objects themselves when no property is given. Numbers sort numerically, strings alphabetically without regard to case, dates chronologically; $null sorts first. Several keys sort by the first, then the second for ties, and a hashtable key can set its own direction. With -Stable (or -Top, -Bottom) objects that compare equal keep their input order.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Sort numbers", Code: "5, 3, 10, 1 | Sort-Object", Remarks: "Outputs 1, 3, 5, 10."},
			{Title: "Example 2: Sort by a property", Code: "Get-CsCertificate | Sort-Object NotAfter -Descending", Remarks: "The latest expiry first."},
			{Title: "Example 3: Unique names", Code: "'b', 'A', 'a' | Sort-Object -Unique", Remarks: "Outputs A and b."},
			{Title: "Example 4: Mixed directions", Code: "Get-ChildItem | Sort-Object @{Expression='Length'; Descending=$true}, Name", Remarks: "Largest files first, ties by name."},
		},
		Outputs: "System.Management.Automation.PSObject",
		Begin:   sortBegin,
		Process: sortProcess,
		End:     sortEnd,
	}
}

// sortKey is one evaluated key of one object.
type sortKey struct {
	value  any
	exists bool
	// desc is the key's direction: its own Ascending/Descending entry,
	// else -Descending. Kept per key because a wildcard name expands to
	// as many keys as it matches, each with the pattern's direction.
	desc bool
}

type sortEntry struct {
	obj  any
	keys []sortKey
}

type sortState struct {
	props   []objutil.Prop
	cs      bool
	desc    bool
	entries []sortEntry
}

func sortBegin(c *pipeline.Call) error {
	if err := checkCulture(c); err != nil {
		return err
	}
	st := &sortState{cs: c.Switch("CaseSensitive"), desc: c.Switch("Descending")}
	c.State = st
	props, _, err := objutil.PropertyArg(c, "Ascending", "Descending")
	if err != nil {
		return err
	}
	st.props = props
	return nil
}

func sortProcess(c *pipeline.Call) error {
	st := c.State.(*sortState)
	in, ok := c.Current()
	if !ok || in == object.Null {
		return nil
	}
	e := sortEntry{obj: in}
	if len(st.props) == 0 {
		e.keys = []sortKey{{value: in, exists: true, desc: st.desc}}
		if p, ok := defaultKeyProp(in); ok {
			e.keys[0].value, _ = objutil.GetProp(in, p)
		}
	} else {
		for _, p := range objutil.Expand(st.props, in) {
			k := sortKey{exists: true, desc: keyDescending(p, st.desc)}
			switch {
			case p.Expr != nil:
				v, err := objutil.Eval(c.Rt, p.Expr, in)
				if err != nil {
					if err := c.WriteError(errorFrom(err, "ExpressionEvaluation", "InvalidResult", in)); err != nil {
						return err
					}
				}
				k.value = v
			default:
				name := p.Name
				if p.ExprName != "" {
					name = p.ExprName
				}
				if in == nil || !objutil.HasProp(in, name) {
					k.exists = false
				} else {
					k.value, _ = objutil.GetProp(in, name)
				}
			}
			if k.value == object.Null {
				k.value = nil
			}
			e.keys = append(e.keys, k)
		}
	}
	st.entries = append(st.entries, e)
	return nil
}

func sortEnd(c *pipeline.Call) error {
	st := c.State.(*sortState)
	cmp := func(a, b sortEntry) int {
		for i := 0; i < len(a.keys) && i < len(b.keys); i++ {
			ka, kb := a.keys[i], b.keys[i]
			var r int
			switch {
			case ka.exists && kb.exists:
				r = objutil.Compare(ka.value, kb.value, st.cs)
				if ka.desc {
					r = -r
				}
			case ka.exists:
				r = -1
			case kb.exists:
				r = 1
			}
			if r != 0 {
				return r
			}
		}
		return 0
	}
	entries := st.entries
	if c.Switch("Stable") || c.Has("Top") || c.Has("Bottom") {
		slices.SortStableFunc(entries, cmp)
	} else {
		// Without -Stable PowerShell sorts with List<T>.Sort, whose
		// introsort leaves equal keys in its own order.
		objutil.IntroSort(entries, cmp)
	}
	if c.Switch("Unique") {
		out := entries[:0:0]
		for _, e := range entries {
			if len(out) > 0 && cmp(out[len(out)-1], e) == 0 {
				continue
			}
			out = append(out, e)
		}
		entries = out
	}
	if n, ok := objutil.ToInt(c.Get("Top")); ok && c.Has("Top") {
		entries = entries[:min(max(n, 0), len(entries))]
	}
	if n, ok := objutil.ToInt(c.Get("Bottom")); ok && c.Has("Bottom") {
		entries = entries[len(entries)-min(max(n, 0), len(entries)):]
	}
	for _, e := range entries {
		if err := c.Out(e.obj); err != nil {
			return err
		}
	}
	return nil
}

// keyDescending is one key's direction: its own Ascending/Descending
// entry wins over -Descending; when both entries are given and
// contradict each other, the switch decides (as PowerShell's
// OrderByProperty does).
func keyDescending(p objutil.Prop, desc bool) bool {
	switch {
	case p.Ascending != nil && p.Descending != nil:
		if *p.Ascending != *p.Descending {
			return *p.Descending
		}
	case p.Descending != nil:
		return *p.Descending
	case p.Ascending != nil:
		return !*p.Ascending
	}
	return desc
}
