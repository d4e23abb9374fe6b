package core

import (
	"slices"
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Type names of Group-Object's output, as PowerShell's.
const (
	GroupInfoType          = "Microsoft.PowerShell.Commands.GroupInfo"
	GroupInfoNoElementType = "Microsoft.PowerShell.Commands.GroupInfoNoElement"
	collectionType         = "System.Collections.ObjectModel.Collection`1[System.Management.Automation.PSObject]"
)

// groupObject is Group-Object: it gathers input objects with equal
// property values into groups.
func groupObject() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:   "Group-Object",
		Module: utility,
		// One parameter set, as Windows PowerShell 5.1 declares it: -AsString
		// without -AsHashTable, and -AsHashTable over several properties
		// without -AsString, are errors of the command itself, not binding
		// errors.
		Params: []*pipeline.ParamDecl{
			withHelp(param("Property", "object[]", at(pipeline.AllSets, 0)), "The properties (or script blocks) to group by."),
			withHelp(param("NoElement", "switch"), "Leaves the members out of the groups."),
			withHelp(param("AsHashTable", "switch"), "Returns one hashtable: each key is a property value, each value the matching objects.", "AHT"),
			withHelp(param("AsString", "switch"), "Converts the hashtable keys to strings."),
			inputObject("The objects to group."),
			withHelp(param("Culture", "string"), "The culture for string comparison."),
			withHelp(param("CaseSensitive", "switch"), "Makes grouping case-sensitive."),
		},
		Synopsis:    "Groups objects that contain the same value for specified properties.",
		Description: "Group-Object puts the input objects that have the same value of the given properties (or of a script block) into one group, and outputs a GroupInfo object per group with Count, Name, Group and Values, sorted by the group names (as the 5.1 reference page shows them). -NoElement omits the members; -AsHashTable returns a hashtable keyed by the group values instead.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Odds and evens", Code: "1..20 | Group-Object -Property {$_ % 2}", Remarks: "Two groups, named 0 and 1, of ten numbers each."},
			{Title: "Example 2: By a property", Code: "Get-CsCertificate | Group-Object Use -NoElement", Remarks: "Counts certificates per use."},
			{Title: "Example 3: As a hashtable", Code: "$h = Get-ChildItem | Group-Object Extension -AsHashTable -AsString", Remarks: "$h['.txt'] lists the text files."},
		},
		Outputs: GroupInfoType,
		Begin:   groupBegin,
		Process: groupProcess,
		End:     groupEnd,
	}
}

type group struct {
	values []any
	name   string
	items  []any
}

type groupState struct {
	props  []objutil.Prop
	cs     bool
	groups []*group
}

func groupBegin(c *pipeline.Call) error {
	if err := checkCulture(c); err != nil {
		return err
	}
	st := &groupState{cs: c.Switch("CaseSensitive")}
	c.State = st
	props, _, err := objutil.PropertyArg(c)
	if err != nil {
		return err
	}
	st.props = props
	return nil
}

func groupProcess(c *pipeline.Call) error {
	st := c.State.(*groupState)
	in, ok := c.Current()
	if !ok || in == object.Null {
		return nil
	}
	var values []any
	if len(st.props) == 0 {
		values = []any{in}
		if p, ok := defaultKeyProp(in); ok {
			v, _ := objutil.GetProp(in, p)
			values = []any{v}
		}
	} else {
		for _, p := range objutil.Expand(st.props, in) {
			v, err := p.Value(c.Rt, in)
			if err != nil {
				if err := c.WriteError(errorFrom(err, "GroupObjectExpression", "InvalidResult", in)); err != nil {
					return err
				}
			}
			if v == object.Null {
				v = nil
			}
			values = append(values, v)
		}
	}
	for _, g := range st.groups {
		if sameValues(g.values, values, st.cs) {
			g.items = append(g.items, in)
			return nil
		}
	}
	st.groups = append(st.groups, &group{values: values, name: groupName(values), items: []any{in}})
	return nil
}

func sameValues(a, b []any, cs bool) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !objutil.Equal(a[i], b[i], cs) {
			return false
		}
	}
	return true
}

// groupName joins the group's values as GroupInfo.Name shows them.
func groupName(values []any) string {
	parts := make([]string, len(values))
	for i, v := range values {
		parts[i] = dotnet.ToString(v)
	}
	return strings.Join(parts, ", ")
}

func groupEnd(c *pipeline.Call) error {
	st := c.State.(*groupState)
	groups := st.groups
	slices.SortStableFunc(groups, func(a, b *group) int {
		for i := 0; i < len(a.values) && i < len(b.values); i++ {
			if r := objutil.Compare(a.values[i], b.values[i], st.cs); r != 0 {
				return r
			}
		}
		return 0
	})
	if len(groups) == 0 {
		return nil
	}
	if c.Switch("AsString") && !c.Switch("AsHashTable") {
		rec := c.Fail(object.NewException("System.ArgumentException",
			"The command cannot be run because the AsString parameter requires that you specify the AsHashtable parameter."),
			"ArgumentException", "InvalidArgument", true)
		rec.TargetType = "SwitchParameter" // the target is the AsString switch itself
		return rec
	}
	if c.Switch("AsHashTable") {
		if !c.Switch("AsString") && len(groups[0].values) > 1 {
			rec := c.Fail(object.NewException("System.ArgumentException",
				"The command cannot be run because using the AsHashTable parameter with more than one property requires adding the AsString parameter."),
				"ArgumentException", "InvalidArgument", c.Get("Property"))
			rec.TargetName = "System.Object[]" // Object[].ToString() of the -Property value
			return rec
		}
		// 5.1 builds CollectionsUtil.CreateCaseInsensitiveHashtable():
		// its CaseInsensitiveHashCodeProvider (en-US) hashes a string as
		// StringComparer.OrdinalIgnoreCase does, so -AsString keys take
		// that order. Without -AsString the keys are the group values
		// wrapped in PSObjects, whose hash codes the order model does not
		// follow: keep the order of the groups.
		h := object.NewHashtable(false)
		h.Comparer = object.OrdinalIgnoreCase
		h.InsertionOrder = !c.Switch("AsString")
		if st.cs {
			// PowerShell 7's -CaseSensitive -AsHashTable (Group-Object
			// Example 8): a case-sensitive table (StringComparer.
			// CurrentCulture), so .txt and .TXT stay two keys. The order
			// model does not hash that comparer: keep the groups' order.
			h.Comparer = object.CaseSensitive
			h.InsertionOrder = true
		}
		for _, g := range groups {
			var key any = g.name
			if !c.Switch("AsString") {
				key = g.values[0]
			}
			h.Set(key, groupCollection(g.items))
		}
		return c.Out(h)
	}
	noElement := c.Switch("NoElement")
	for _, g := range groups {
		if err := c.Out(NewGroupInfo(g.name, g.values, g.items, noElement)); err != nil {
			return err
		}
	}
	return nil
}

func groupCollection(items []any) *object.List {
	return &object.List{TypeName: collectionType, Items: items}
}

// NewGroupInfo builds a GroupInfo (or, with noElement, a
// GroupInfoNoElement whose Group is empty).
func NewGroupInfo(name string, values, items []any, noElement bool) *object.PSObject {
	tn := []string{GroupInfoType, "System.Object"}
	count := int32(len(items))
	if noElement {
		tn = []string{GroupInfoNoElementType, GroupInfoType, "System.Object"}
		items = nil
	}
	o := object.NewObject(tn...)
	o.Add(&object.Member{Name: "Values", Kind: object.Property, Value: &object.List{TypeName: "System.Collections.ArrayList", Items: values}, Type: "System.Collections.ArrayList", Hidden: noElement})
	o.Add(&object.Member{Name: "Count", Kind: object.Property, Value: count, Type: "int"})
	o.Add(&object.Member{Name: "Group", Kind: object.Property, Value: groupCollection(items), Type: collectionType, Hidden: noElement})
	o.Add(&object.Member{Name: "Name", Kind: object.Property, Value: name, Type: "string"})
	return o
}
