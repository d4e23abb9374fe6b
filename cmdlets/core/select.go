package core

import (
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

const (
	setSelectDefault   = "DefaultParameter"
	setSelectSkipLast  = "SkipLastParameter"
	setSelectIndex     = "IndexParameter"
	setSelectSkipIndex = "SkipIndexParameter"
)

// selectObject is Select-Object: it picks objects by position and builds
// new objects holding chosen (or calculated) properties.
func selectObject() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Select-Object",
		Module:     utility,
		DefaultSet: setSelectDefault,
		Params: []*pipeline.ParamDecl{
			inputObject("The objects to select from."),
			withHelp(param("Property", "object[]", at(setSelectDefault, 0), at(setSelectSkipLast, 0)), "The properties to keep: names, wildcards, or calculated properties @{Name=…; Expression={…}}."),
			withHelp(param("ExcludeProperty", "string[]", named(setSelectDefault), named(setSelectSkipLast)), "Properties to leave out."),
			withHelp(param("ExpandProperty", "string", named(setSelectDefault), named(setSelectSkipLast)), "Outputs the values of this property instead of objects holding it; collections are expanded."),
			withHelp(param("Unique", "switch"), "Outputs each distinct object once (comparison is case-sensitive)."),
			withHelp(param("CaseInsensitive", "switch"), "Makes -Unique compare strings without regard to case."),
			withHelp(param("Last", "int", named(setSelectDefault)), "How many objects to take from the end."),
			withHelp(param("First", "int", named(setSelectDefault)), "How many objects to take from the start."),
			withHelp(param("Skip", "int", named(setSelectDefault), named(setSelectSkipLast)), "How many objects to skip first (from the end with -Last)."),
			withHelp(param("SkipLast", "int", named(setSelectSkipLast)), "How many objects to leave out at the end."),
			withHelp(param("Wait", "switch", named(setSelectDefault), named(setSelectIndex)), "Lets the commands before keep running after -First is satisfied."),
			withHelp(param("Index", "int[]", named(setSelectIndex)), "The zero-based positions of the objects to take."),
			withHelp(param("SkipIndex", "int[]", named(setSelectSkipIndex)), "The zero-based positions of the objects to leave out."),
		},
		Synopsis:    "Selects objects or object properties.",
		Description: "Select-Object takes the first, last, unique or indexed objects of its input, or makes new objects that hold only the named properties of each input object. Property names may use wildcards; a hashtable with Name and Expression keys adds a calculated property. The objects it makes have the type name Selected.<original type> and their properties are note properties, so they can be changed afterwards.",
		Examples: []pipeline.Example{
			{Title: "Example 1: First and last", Code: "1..10 | Select-Object -First 3", Remarks: "Outputs 1, 2 and 3."},
			{Title: "Example 2: Chosen properties", Code: "Get-CsCertificate | Select-Object Use, Thumbprint, NotAfter", Remarks: "Keeps three properties of each certificate."},
			{Title: "Example 3: Calculated property", Code: "Get-ChildItem | Select-Object Name, @{Name='KB'; Expression={$_.Length / 1KB}}", Remarks: "Adds a KB column."},
			{Title: "Example 4: Expand a property", Code: "Get-CsCertificate | Select-Object -ExpandProperty Thumbprint", Remarks: "Outputs the thumbprints as strings."},
			{Title: "Example 5: A new object", Code: "$o = 1 | Select-Object -Property MyCustomProperty", Remarks: "Makes an object with one empty, settable property."},
		},
		Outputs: "System.Management.Automation.PSObject",
		Begin:   selectBegin,
		Process: selectProcess,
		End:     selectEnd,
	}
}

type selectState struct {
	props    []objutil.Prop
	exclude  []*objutil.Wildcard
	expand   string
	hasProps bool

	first, last, skip, skipLast int
	hasFirst, hasLast           bool
	index                       map[int]bool
	skipIndex                   map[int]bool
	maxIndex                    int

	n, taken int
	buf      []any
	unique   bool
	fold     bool
	uniques  []any
}

func selectBegin(c *pipeline.Call) error {
	st := &selectState{unique: c.Switch("Unique"), fold: c.Switch("CaseInsensitive"), expand: c.String("ExpandProperty")}
	c.State = st
	props, given, err := objutil.PropertyArg(c)
	if err != nil {
		return err
	}
	st.props, st.hasProps = props, given
	for _, x := range c.Strings("ExcludeProperty") {
		st.exclude = append(st.exclude, objutil.CompileWildcard(x, false))
	}
	if len(st.exclude) > 0 && !st.hasProps && st.expand == "" {
		st.props, st.hasProps = []objutil.Prop{{Name: "*", Wild: true}}, true
	}
	st.first, st.hasFirst = objutil.ToInt(c.Get("First"))
	st.last, st.hasLast = objutil.ToInt(c.Get("Last"))
	st.skip, _ = objutil.ToInt(c.Get("Skip"))
	st.skipLast, _ = objutil.ToInt(c.Get("SkipLast"))
	if c.Has("SkipIndex") {
		st.skipIndex = map[int]bool{}
		for _, i := range toInts(c.Get("SkipIndex")) {
			st.skipIndex[i] = true
		}
	}
	for _, p := range st.props {
		if p.Expr != nil && !p.Calculated && strings.TrimSpace(p.Expr.String()) == "" {
			return c.Fail(object.NewException("System.Management.Automation.PSArgumentException",
				"A property is an empty script block and does not provide a name."), "EmptyScriptBlockAndNoName", "InvalidArgument", nil)
		}
	}
	if c.Has("Index") {
		st.index = map[int]bool{}
		for _, i := range toInts(c.Get("Index")) {
			st.index[i] = true
			st.maxIndex = max(st.maxIndex, i)
		}
	}
	return nil
}

// toInts reads an int[] parameter.
func toInts(v any) []int {
	items, ok := dotnet.Enumerate(v)
	if !ok {
		items = []any{v}
	}
	var out []int
	for _, it := range items {
		if i, ok := objutil.ToInt(it); ok {
			out = append(out, i)
		}
	}
	return out
}

func selectProcess(c *pipeline.Call) error {
	st := c.State.(*selectState)
	in, ok := c.Current()
	if !ok || in == nil || in == object.Null {
		// $null input is ignored, as PowerShell's Select-Object does.
		return nil
	}
	defer func() { st.n++ }()
	switch {
	case st.skipIndex != nil:
		if st.skipIndex[st.n] {
			return nil
		}
		return st.process(c, in)
	case st.index != nil:
		if st.index[st.n] {
			if err := st.process(c, in); err != nil {
				return err
			}
		}
		if st.n >= st.maxIndex && !c.Switch("Wait") {
			// Past the last index wanted: stop the commands before.
			return pipeline.ErrStopUpstream
		}
		return nil
	case st.skipLast > 0:
		if st.n < st.skip {
			return nil
		}
		st.buf = append(st.buf, in)
		if len(st.buf) > st.skipLast {
			head := st.buf[0]
			st.buf = st.buf[1:]
			return st.process(c, head)
		}
		return nil
	case st.hasLast && st.hasFirst && st.first > 0:
		// With -First, SelectObjectQueue spends -Skip at the start,
		// streams the first objects, then keeps the last ones for the
		// end (Select-Object Example 17: -First 3 -Last 3 -Skip 4).
		if st.n < st.skip {
			return nil
		}
		if st.taken < st.first {
			st.taken++
			return st.process(c, in)
		}
		st.buf = append(st.buf, in)
		if len(st.buf) > st.last {
			st.buf = st.buf[len(st.buf)-st.last:]
		}
		return nil
	case st.hasLast:
		st.buf = append(st.buf, in)
		if keep := st.last + st.skip; len(st.buf) > keep {
			st.buf = st.buf[len(st.buf)-keep:]
		}
		return nil
	}
	if st.n < st.skip {
		return nil
	}
	if st.hasFirst && st.taken >= st.first {
		return nil
	}
	st.taken++
	if err := st.process(c, in); err != nil {
		return err
	}
	if st.hasFirst && st.first > 0 && st.taken >= st.first && !c.Switch("Wait") {
		// All requested objects are out: the commands before stop
		// (PowerShell's StopUpstreamCommandsException), unless -Wait.
		return pipeline.ErrStopUpstream
	}
	return nil
}

func selectEnd(c *pipeline.Call) error {
	st := c.State.(*selectState)
	if st.hasLast && st.skipLast == 0 {
		buf := st.buf
		if st.skip > 0 && !(st.hasFirst && st.first > 0) {
			// -Last alone: -Skip counts from the end.
			buf = buf[:max(0, len(buf)-st.skip)]
		}
		if len(buf) > st.last {
			buf = buf[len(buf)-st.last:]
		}
		for _, v := range buf {
			if err := st.process(c, v); err != nil {
				return err
			}
		}
	}
	if st.unique {
		return c.OutAll(st.uniques)
	}
	return nil
}

// process applies -Property/-ExpandProperty to one selected object.
func (st *selectState) process(c *pipeline.Call, in any) error {
	if st.expand != "" {
		return st.expandOne(c, in)
	}
	if !st.hasProps {
		return st.emit(c, in)
	}
	obj, err := st.selected(c, in)
	if err != nil {
		return err
	}
	return st.emit(c, obj)
}

// selected builds the Selected.<type> object holding in's chosen properties.
func (st *selectState) selected(c *pipeline.Call, in any) (*object.PSObject, error) {
	obj := NewSelectedObject(typeNameOf(in))
	if err := st.addProps(c, in, obj); err != nil {
		return nil, err
	}
	return obj, nil
}

// addProps adds each selected property of in to obj as a note property.
func (st *selectState) addProps(c *pipeline.Call, in any, obj *object.PSObject) error {
	return st.addPropsTo(c, in, obj, "AlreadyExistingUserSpecifiedPropertyNoExpand")
}

// addPropsTo is addProps with the error id for a name already taken.
func (st *selectState) addPropsTo(c *pipeline.Call, in any, obj *object.PSObject, dupID string) error {
	for _, p := range objutil.Expand(st.props, in) {
		if st.excluded(p.Name) {
			continue
		}
		if !p.Calculated && p.Expr == nil && !p.Wild {
			// A name selects the property as the object spells it
			// (Select-Object basePriority makes a BasePriority column).
			p.Name = propertyName(in, p.Name)
		}
		if obj.Member(p.Name) != nil {
			if err := c.WriteError(c.Fail(object.NewException("System.Management.Automation.PSArgumentException",
				"The property cannot be processed because the property \"%s\" already exists.", p.Name),
				dupID, "InvalidOperation", in)); err != nil {
				return err
			}
			continue
		}
		var v any
		if in != nil || p.Expr != nil {
			var err error
			v, err = p.Value(c.Rt, in)
			if err != nil {
				if p.Calculated || p.Expr != nil {
					// A failing expression leaves the property empty, as
					// PowerShell's calculated properties do.
					v = nil
				} else {
					return err
				}
			}
		}
		if v == object.Null {
			v = nil
		}
		obj.Add(&object.Member{Name: p.Name, Kind: object.NoteProperty, Value: v})
	}
	return nil
}

func (st *selectState) excluded(name string) bool {
	for _, w := range st.exclude {
		if w.Match(name) {
			return true
		}
	}
	return false
}

// expandOne outputs the value(s) of -ExpandProperty for in.
func (st *selectState) expandOne(c *pipeline.Call, in any) error {
	name := st.expand
	if objutil.HasWildcard(name) {
		matched := objutil.Expand([]objutil.Prop{{Name: name, Wild: true}}, in)
		if len(matched) > 1 {
			return c.WriteError(c.Fail(object.NewException("System.Management.Automation.PSArgumentException",
				"Multiple properties cannot be expanded."), "MutlipleExpandProperties", "InvalidArgument", in))
		}
		if len(matched) == 1 {
			name = matched[0].Name
		}
	}
	if !objutil.HasProp(in, name) {
		if h, ok := objutil.Base(in).(*object.Hashtable); !ok || !h.Has(name) {
			return c.WriteError(c.Fail(object.NewException("System.Management.Automation.PSArgumentException",
				"Property \"%s\" cannot be found.", st.expand), "ExpandPropertyNotFound", "InvalidArgument", in))
		}
	}
	v, err := objutil.GetProp(in, name)
	if err != nil {
		return c.WriteError(errorFrom(err, "PropertyEvaluationExpand", "InvalidResult", in))
	}
	if v == nil || v == object.Null {
		return nil
	}
	items, ok := dotnet.Enumerate(v)
	if !ok {
		items = []any{v}
	}
	for _, it := range items {
		if it == nil {
			continue
		}
		if st.hasProps {
			var obj *object.PSObject
			if o, ok := it.(*object.PSObject); ok {
				obj = o
			} else {
				obj = object.NewObject(typeNamesOf(it)...)
				obj.Base = it
			}
			if err := st.addPropsTo(c, in, obj, "AlreadyExistingUserSpecifiedPropertyExpand"); err != nil {
				return err
			}
			it = obj
		}
		if err := st.emit(c, it); err != nil {
			return err
		}
	}
	return nil
}

// emit writes v, or with -Unique remembers it for End when it is new.
func (st *selectState) emit(c *pipeline.Call, v any) error {
	if !st.unique {
		return c.Out(v)
	}
	for _, u := range st.uniques {
		if !st.hasProps && st.expand == "" {
			// Passed through unchanged, objects compare as
			// ObjectCommandComparer does: two [pscustomobject]s are
			// equal, as their base object is the same one instance.
			if objutil.Equal(u, v, !st.fold) {
				return nil
			}
			continue
		}
		if sameObject(u, v, !st.fold) {
			return nil
		}
	}
	st.uniques = append(st.uniques, v)
	return nil
}

// sameObject is Select-Object -Unique's case-sensitive equality: objects
// it made compare property by property, other values by value.
func sameObject(a, b any, cs bool) bool {
	oa, ok1 := a.(*object.PSObject)
	ob, ok2 := b.(*object.PSObject)
	if ok1 && ok2 && oa.Base == nil && ob.Base == nil {
		pa, pb := oa.Properties(), ob.Properties()
		if len(pa) != len(pb) {
			return false
		}
		for i := range pa {
			if !strings.EqualFold(pa[i].Name, pb[i].Name) || !objutil.Equal(pa[i].GetValue(), pb[i].GetValue(), cs) {
				return false
			}
		}
		return true
	}
	if ok1 != ok2 {
		return false
	}
	return objutil.Equal(a, b, cs)
}

// typeNameOf is the most derived type name of v, as PSObject.TypeNames[0].
func typeNameOf(v any) string {
	if o, ok := v.(*object.PSObject); ok {
		return o.TypeName()
	}
	if v == nil {
		return "System.Object"
	}
	return dotnet.TypeName(v)
}

// typeNamesOf is v's type hierarchy, most derived first.
func typeNamesOf(v any) []string {
	if o, ok := v.(*object.PSObject); ok {
		return append([]string(nil), o.TypeNames...)
	}
	return dotnet.TypeHierarchy(v)
}

// NewSelectedObject returns an empty Selected.<typeName> custom object.
// Its ToString renders "@{Name=value; …}" as a PSCustomObject's does,
// although its most derived type name is not PSCustomObject's.
func NewSelectedObject(typeName string) *object.PSObject {
	obj := object.NewObject("Selected."+typeName, object.PSCustomObjectType, "System.Object")
	obj.Add(&object.Member{Name: "ToString", Kind: object.Method, Hidden: true, Type: "string ToString()",
		Call: func([]any) (any, error) { return objutil.CustomObjectString(obj), nil }})
	return obj
}
