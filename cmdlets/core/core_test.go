package core

import (
	"strings"
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

type P = cmdtest.Param

func ints(from, to int) []any {
	var out []any
	for i := from; i <= to; i++ {
		out = append(out, int32(i))
	}
	return out
}

func strs(ss ...string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// text renders output values one per line, as PowerShell converts them.
func text(out []any) string {
	parts := make([]string, len(out))
	for i, v := range out {
		parts[i] = dotnet.ToString(v)
	}
	return strings.Join(parts, ",")
}

func prop(t *testing.T, v any, name string) any {
	t.Helper()
	r, err := members.Get(v, name)
	if err != nil {
		t.Fatalf("get %s: %v", name, err)
	}
	return r
}

func TestObjectCmdlets(t *testing.T) {
	mod3 := cmdtest.SB("$_ % 3", func(d any) any { return d.(int32) % 3 })
	mod2 := cmdtest.SB("$_ % 2", func(d any) any { return d.(int32) % 2 })
	lenGT0 := cmdtest.SB("$_.Length -gt 0", func(d any) any { return len(d.(string)) > 0 })
	div := cmdtest.SB("$_/1024", func(d any) any { return float64(d.(int32)) / 1024 })
	hello := cmdtest.SB(`"Hello"`, func(any) any { return "Hello" })
	tests := []struct {
		name  string
		run   func(rt *cmdtest.RT) ([]any, error)
		want  string
		input []any
	}{
		// Select-Object.md: First, Last, Skip, Index.
		{"select first", func(rt *cmdtest.RT) ([]any, error) { return rt.Run(selectObject(), ints(1, 10), P("First"), 3) }, "1,2,3", nil},
		{"select last", func(rt *cmdtest.RT) ([]any, error) { return rt.Run(selectObject(), ints(1, 10), P("Last"), 2) }, "9,10", nil},
		{"select skip", func(rt *cmdtest.RT) ([]any, error) { return rt.Run(selectObject(), ints(1, 10), P("Skip"), 8) }, "9,10", nil},
		{"select index", func(rt *cmdtest.RT) ([]any, error) {
			return rt.Run(selectObject(), ints(1, 10), P("Index"), []any{int32(0), int32(2)})
		}, "1,3", nil},
		{"select skiplast", func(rt *cmdtest.RT) ([]any, error) { return rt.Run(selectObject(), ints(1, 5), P("SkipLast"), 2) }, "1,2,3", nil},
		{"select unique is case-sensitive", func(rt *cmdtest.RT) ([]any, error) {
			return rt.Run(selectObject(), strs("a", "A", "a", "b"), P("Unique"))
		}, "a,A,b", nil},
		// Select-Object.md Examples 5 and 6.
		{"select first unique", func(rt *cmdtest.RT) ([]any, error) {
			return rt.Run(selectObject(), strs("a", "a", "b", "c"), P("First"), 2, P("Unique"))
		}, "a", nil},
		{"select unique case-insensitive", func(rt *cmdtest.RT) ([]any, error) {
			return rt.Run(selectObject(), strs("aa", "Aa", "Bb", "bb"), P("Unique"), P("CaseInsensitive"))
		}, "aa,Bb", nil},
		// Sort-Object.md Example 7 and Example 9.
		{"sort unique", func(rt *cmdtest.RT) ([]any, error) {
			return rt.Run(sortObject(), strs("localhost", "server01", "server25", "LOCALHOST", "Server19", "server3", "localhost"), P("Unique"))
		}, "localhost,server01,Server19,server25,server3", nil},
		{"sort stable", func(rt *cmdtest.RT) ([]any, error) { return rt.Run(sortObject(), ints(1, 20), mod3, P("Stable")) },
			"3,6,9,12,15,18,1,4,7,10,13,16,19,2,5,8,11,14,17,20", nil},
		{"sort unstable", func(rt *cmdtest.RT) ([]any, error) { return rt.Run(sortObject(), ints(1, 20), mod3) },
			"18,3,15,6,12,9,1,16,13,10,7,4,19,11,8,14,5,17,2,20", nil},
		{"sort descending numbers", func(rt *cmdtest.RT) ([]any, error) {
			return rt.Run(sortObject(), []any{int32(5), 2.5, int32(10), nil}, P("Descending"))
		}, "10,5,2.5,", nil},
		{"sort null first", func(rt *cmdtest.RT) ([]any, error) { return rt.Run(sortObject(), []any{"b", nil, "a"}) }, ",a,b", nil},
		{"sort top", func(rt *cmdtest.RT) ([]any, error) {
			return rt.Run(sortObject(), ints(1, 9), P("Top"), 2, P("Descending"))
		}, "9,8", nil},
		// Where-Object.md: the three forms.
		{"where property", func(rt *cmdtest.RT) ([]any, error) { return rt.Run(whereObject(), strs("hi", "", "there"), "Length") }, "hi,there", nil},
		{"where gt", func(rt *cmdtest.RT) ([]any, error) {
			return rt.Run(whereObject(), strs("hi", "", "there"), "Length", P("GT"), int32(0))
		}, "hi,there", nil},
		{"where block", func(rt *cmdtest.RT) ([]any, error) { return rt.Run(whereObject(), strs("hi", "", "there"), lenGT0) }, "hi,there", nil},
		{"where like", func(rt *cmdtest.RT) ([]any, error) {
			return rt.Run(whereObject(), strs("Apple", "banana"), "Length", P("In"), []any{int32(5), int32(7)})
		}, "Apple", nil},
		// ForEach-Object.md Example 1 and 5.
		{"foreach divide", func(rt *cmdtest.RT) ([]any, error) {
			return rt.Run(forEachObject(), []any{int32(30000), int32(56798), int32(12432)}, P("Process"), div)
		}, "29.296875,55.466796875,12.140625", nil},
		{"foreach null", func(rt *cmdtest.RT) ([]any, error) {
			return rt.Run(forEachObject(), []any{int32(1), int32(2), nil, int32(4)}, hello)
		}, "Hello,Hello,Hello,Hello", nil},
		{"foreach member", func(rt *cmdtest.RT) ([]any, error) { return rt.Run(forEachObject(), strs("ab", "cde"), "Length") }, "2,3", nil},
		// Group-Object.md Example 2.
		{"group names", func(rt *cmdtest.RT) ([]any, error) {
			out, err := rt.Run(groupObject(), ints(1, 20), P("Property"), mod2)
			var r []any
			for _, g := range out {
				r = append(r, prop(t, g, "Name"), prop(t, g, "Count"))
			}
			return r, err
		}, "0,10,1,10", nil},
		{"group strings case-insensitive", func(rt *cmdtest.RT) ([]any, error) {
			out, err := rt.Run(groupObject(), strs("b", "A", "a", "B", "c"))
			var r []any
			for _, g := range out {
				r = append(r, prop(t, g, "Name"), prop(t, g, "Count"))
			}
			return r, err
		}, "A,2,b,2,c,1", nil},
		// Measure-Object.md Example 8.
		{"measure allstats", func(rt *cmdtest.RT) ([]any, error) {
			out, err := rt.Run(measureObject(), ints(1, 5), P("AllStats"))
			m := out[0]
			return []any{prop(t, m, "Count"), prop(t, m, "Average"), prop(t, m, "Sum"), prop(t, m, "Maximum"), prop(t, m, "Minimum")}, err
		}, "5,3,15,5,1", nil},
		{"measure count only", func(rt *cmdtest.RT) ([]any, error) {
			out, err := rt.Run(measureObject(), ints(1, 3))
			return []any{prop(t, out[0], "Count"), prop(t, out[0], "Sum")}, err
		}, "3,", nil},
		{"measure text", func(rt *cmdtest.RT) ([]any, error) {
			out, err := rt.Run(measureObject(), strs("One two\nthree"), P("Line"), P("Word"), P("Character"))
			return []any{prop(t, out[0], "Lines"), prop(t, out[0], "Words"), prop(t, out[0], "Characters")}, err
		}, "2,3,13", nil},
		// Compare-Object.md Example 1.
		{"compare", func(rt *cmdtest.RT) ([]any, error) {
			out, err := rt.Run(compareObject(), nil, P("ReferenceObject"), strs("dog", "squirrel", "bird"), P("DifferenceObject"), strs("cat", "bird", "racoon"))
			var r []any
			for _, o := range out {
				r = append(r, dotnet.ToString(prop(t, o, "InputObject"))+prop(t, o, "SideIndicator").(string))
			}
			return r, err
		}, "cat=>,racoon=>,dog<=,squirrel<=", nil},
		{"compare include equal", func(rt *cmdtest.RT) ([]any, error) {
			out, err := rt.Run(compareObject(), nil, strs("dog", "squirrel", "bird"), strs("cat", "bird", "racoon"), P("IncludeEqual"))
			var r []any
			for _, o := range out {
				r = append(r, dotnet.ToString(prop(t, o, "InputObject"))+prop(t, o, "SideIndicator").(string))
			}
			return r, err
		}, "bird==,cat=>,racoon=>,dog<=,squirrel<=", nil},
		// Get-Unique.md: adjacent duplicates only, case-sensitive.
		{"get-unique", func(rt *cmdtest.RT) ([]any, error) { return rt.Run(getUnique(), strs("a", "a", "b", "A", "b")) }, "a,b,A,b", nil},
		// Select-String on piped strings.
		{"select-string", func(rt *cmdtest.RT) ([]any, error) {
			out, err := rt.Run(selectString(), strs("Hello", "HELLO", "bye"), P("Pattern"), "hello")
			var r []any
			for _, o := range out {
				r = append(r, dotnet.ToString(o), prop(t, o, "LineNumber"))
			}
			return r, err
		}, "Hello,1,HELLO,2", nil},
		{"select-string case-sensitive notmatch", func(rt *cmdtest.RT) ([]any, error) {
			return rt.Run(selectString(), strs("Hello", "HELLO", "bye"), "hello", P("CaseSensitive"), P("NotMatch"))
		}, "Hello,HELLO,bye", nil},
		{"select-string quiet", func(rt *cmdtest.RT) ([]any, error) { return rt.Run(selectString(), strs("a", "b"), "z", P("Quiet")) }, "", nil},
		{"select-string quiet match", func(rt *cmdtest.RT) ([]any, error) { return rt.Run(selectString(), strs("a", "b"), "b", P("Quiet")) }, "True", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rt := cmdtest.New()
			out, err := tt.run(rt)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			if got := text(out); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestForEachBeginEnd(t *testing.T) {
	sum := int32(0)
	rt := cmdtest.New()
	begin := cmdtest.SB("$sum = 0", func(any) any { sum = 0; return object.Null })
	proc := cmdtest.Block{Text: "$sum += $_", Fn: func(d any, _ []any, _ map[string]any) []any { sum += d.(int32); return nil }}
	end := cmdtest.SB(`"Sum: $sum"`, func(any) any { return "Sum: " + dotnet.ToString(sum) })
	out, err := rt.Run(forEachObject(), ints(1, 4), P("Begin"), begin, P("Process"), proc, P("End"), end)
	if err != nil {
		t.Fatal(err)
	}
	if got := text(out[len(out)-1:]); got != "Sum: 10" {
		t.Errorf("got %q", got)
	}
	// Unnamed blocks: begin, process, end.
	sum = 0
	out, err = rt.Run(forEachObject(), ints(1, 4), begin, proc, end)
	if err != nil {
		t.Fatal(err)
	}
	if got := text(out[len(out)-1:]); got != "Sum: 10" {
		t.Errorf("three blocks: got %q", got)
	}
}

func TestSelectNewProperty(t *testing.T) {
	rt := cmdtest.New()
	out, err := rt.Run(selectObject(), []any{int32(1)}, P("Property"), "MyCustomProperty")
	if err != nil {
		t.Fatal(err)
	}
	o, ok := out[0].(*object.PSObject)
	if !ok {
		t.Fatalf("got %T", out[0])
	}
	if o.TypeNames[0] != "Selected.System.Int32" || o.TypeNames[1] != object.PSCustomObjectType {
		t.Errorf("type names %v", o.TypeNames)
	}
	if v, ok := o.Prop("MyCustomProperty"); !ok || v != nil {
		t.Errorf("MyCustomProperty = %v, %v", v, ok)
	}
}

func TestSelectCalculatedAndExpand(t *testing.T) {
	rt := cmdtest.New()
	src := object.NewObject()
	src.SetProp("Name", "a")
	src.SetProp("Size", int32(2048))
	src.SetProp("Tags", []any{"x", "y"})
	calc := object.NewHashtable(false)
	calc.Set("N", "KB")
	calc.Set("E", cmdtest.SB("$_.Size / 1KB", func(d any) any { v, _ := d.(*object.PSObject).Prop("Size"); return float64(v.(int32)) / 1024 }))
	out, err := rt.Run(selectObject(), []any{src}, []any{"Name", calc})
	if err != nil {
		t.Fatal(err)
	}
	o := out[0].(*object.PSObject)
	if got := dotnet.ToString(prop(t, o, "KB")); got != "2" {
		t.Errorf("KB = %q", got)
	}
	if n := len(o.Properties()); n != 2 {
		t.Errorf("%d properties", n)
	}
	out, err = rt.Run(selectObject(), []any{src}, P("ExpandProperty"), "Tags")
	if err != nil || text(out) != "x,y" {
		t.Errorf("expand: %q %v", text(out), err)
	}
	_, _ = rt.Run(selectObject(), []any{src}, P("ExpandProperty"), "Nope")
	if errs := rt.Errors(); len(errs) != 1 || errs[0].Error() != `Property "Nope" cannot be found.` {
		t.Errorf("errors %v", errs)
	}
	out, err = rt.Run(selectObject(), []any{src}, "*", P("ExcludeProperty"), "T*")
	if err != nil || len(out[0].(*object.PSObject).Properties()) != 2 {
		t.Errorf("exclude: %v %v", out, err)
	}
}

func TestAddMemberAndNewObject(t *testing.T) {
	rt := cmdtest.New()
	out, err := rt.Run(newObject(), nil, P("TypeName"), "PSObject", P("Property"), func() *object.Hashtable {
		h := object.NewHashtable(false)
		h.Set("Name", "Pool01")
		return h
	}())
	if err != nil {
		t.Fatal(err)
	}
	o := out[0].(*object.PSObject)
	if _, err := rt.Run(addMember(), []any{o}, P("NotePropertyName"), "Servers", P("NotePropertyValue"), int32(3)); err != nil {
		t.Fatal(err)
	}
	if v, _ := o.Prop("Servers"); v != int32(3) {
		t.Errorf("Servers = %v", v)
	}
	// MemberAlreadyExists is written, not thrown (AddMemberToTarget).
	if _, err := rt.Run(addMember(), []any{o}, P("NotePropertyName"), "Servers", P("NotePropertyValue"), int32(4)); err != nil {
		t.Fatal(err)
	}
	if errs := rt.Errors(); len(errs) == 0 || !strings.Contains(errs[len(errs)-1].Error(), `Cannot add a member with the name "Servers" because a member with that name already exists.`) {
		t.Errorf("duplicate: %v", errs)
	}
	if _, err := rt.Run(addMember(), []any{o}, "AliasProperty", "Label", "Name"); err != nil {
		t.Fatal(err)
	}
	if v, _ := o.Prop("Label"); v != "Pool01" {
		t.Errorf("alias = %v", v)
	}
	twice := cmdtest.Block{Text: "$this.Servers * 2", Fn: func(_ any, _ []any, vars map[string]any) []any {
		v, _ := vars["this"].(*object.PSObject).Prop("Servers")
		return []any{v.(int32) * 2}
	}}
	if _, err := rt.Run(addMember(), []any{o}, P("MemberType"), "ScriptMethod", P("Name"), "Twice", P("Value"), twice); err != nil {
		t.Fatal(err)
	}
	if r, err := members.Call(o, "Twice", nil); err != nil || r != int32(6) {
		t.Errorf("Twice() = %v, %v", r, err)
	}
	out, err = rt.Run(addMember(), []any{"text"}, P("NotePropertyName"), "Extra", P("NotePropertyValue"), int32(1), P("PassThru"))
	if err != nil || dotnet.ToString(out[0]) != "text" {
		t.Errorf("wrapped: %v %v", out, err)
	}
}

func TestGetMemberOrder(t *testing.T) {
	rt := cmdtest.New()
	o := object.NewObject()
	o.SetProp("Name", "Server30")
	out, err := rt.Run(getMember(), []any{o})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range out {
		got = append(got, dotnet.ToString(prop(t, m, "Name"))+" "+dotnet.ToString(prop(t, m, "MemberType"))+" "+dotnet.ToString(prop(t, m, "Definition")))
	}
	want := []string{
		"Equals Method bool Equals(System.Object obj)",
		"GetHashCode Method int GetHashCode()",
		"GetType Method type GetType()",
		"ToString Method string ToString()",
		"Name NoteProperty string Name=Server30",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := rt.Run(getMember(), nil); err == nil || err.Error() != "You must specify an object for the Get-Member cmdlet." {
		t.Errorf("no input: %v", err)
	}
}

func TestMeasurePropertyNames(t *testing.T) {
	// Measure-Object.md Example 10: the object's spelling is reported.
	rt := cmdtest.New()
	in := []any{}
	for _, n := range []int32{3, 4, 5} {
		h := object.NewHashtable(false)
		h.Set("num", n)
		in = append(in, h)
	}
	out, err := rt.Run(measureObject(), in, P("Maximum"), "Num")
	if err != nil {
		t.Fatal(err)
	}
	if got := text([]any{prop(t, out[0], "Count"), prop(t, out[0], "Maximum"), prop(t, out[0], "Property")}); got != "3,5,num" {
		t.Errorf("got %q", got)
	}
	o := object.NewObject()
	o.SetProp("PagedA", int32(1))
	o.SetProp("PagedB", int32(2))
	o.SetProp("X", int32(3))
	out, err = rt.Run(measureObject(), []any{o}, P("Maximum"), "Paged*")
	if err != nil || len(out) != 2 {
		t.Fatalf("wildcard: %v %v", out, err)
	}
	if got := text([]any{prop(t, out[0], "Property"), prop(t, out[1], "Property")}); got != "PagedA,PagedB" {
		t.Errorf("wildcard names %q", got)
	}
}

func TestForEachArguments(t *testing.T) {
	rt := cmdtest.New()
	// ForEach-Object.md: -MemberName Split -ArgumentList "."
	out, err := rt.Run(forEachObject(), strs("a.b", "c"), "Split", ".")
	if err != nil {
		t.Fatal(err)
	}
	if got := text(out); got != "a,b,c" {
		t.Errorf("got %q", got)
	}
	// about_Hidden: hidden members are still accessible by name, so
	// -MemberName reaches them as $_.Status does.
	h := object.NewObject()
	h.Add(&object.Member{Name: "Status", Kind: object.NoteProperty, Value: "Valid", Hidden: true})
	out, err = rt.Run(forEachObject(), []any{h}, "Status")
	if err != nil || text(out) != "Valid" {
		t.Errorf("hidden member: %v %v", out, err)
	}
	// A missing member yields $null without strict mode.
	out, err = rt.Run(forEachObject(), strs("x"), "NoSuchMember")
	if err != nil || len(out) != 1 || out[0] != nil {
		t.Errorf("missing member: %v %v", out, err)
	}
}

func TestSortDirections(t *testing.T) {
	// Sort-Object.Tests.ps1: order entry keys against -Descending.
	emp := func(first, last string, years int32) *object.PSObject {
		o := object.NewObject()
		o.SetProp("FirstName", first)
		o.SetProp("LastName", last)
		o.SetProp("YearsInMS", years)
		return o
	}
	e := []any{emp("john", "smith", 5), emp("joesph", "smith", 15), emp("john", "smyth", 2)}
	ht := func(kv ...any) *object.Hashtable {
		h := object.NewHashtable(false)
		for i := 0; i < len(kv); i += 2 {
			h.Set(kv[i], kv[i+1])
		}
		return h
	}
	years := func(out []any) string {
		var r []any
		for _, o := range out {
			r = append(r, prop(t, o, "YearsInMS"))
		}
		return text(r)
	}
	tests := []struct {
		name string
		args []any
		want string
	}{
		{"non conflicting", []any{ht("e", "YearsInMS", "descending", false, "ascending", true), P("Descending")}, "2,5,15"},
		{"conflicting", []any{ht("e", "YearsInMS", "descending", false, "ascending", false), P("Descending")}, "15,5,2"},
		{"one key", []any{ht("e", "YearsInMS", "descending", false), P("Descending")}, "2,5,15"},
		{"two keys", []any{[]any{ht("expression", "LastName", "ascending", false), ht("expression", "FirstName", "ascending", true)}, P("Descending")}, "2,15,5"},
		{"asc prefix", []any{[]any{ht("e", "FirstName", "asc", true), ht("e", "LastName")}, P("Descending")}, "15,2,5"},
		{"unique descending", []any{"LastName", P("Descending"), P("Unique")}, "2,15"},
	}
	for _, tt := range tests {
		out, err := cmdtest.New().Run(sortObject(), e, tt.args...)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := years(out); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestSelectObjectTests(t *testing.T) {
	// Select-Object.Tests.ps1.
	rt := cmdtest.New()
	cases := []struct {
		name  string
		input []any
		args  []any
		want  string
	}{
		{"skip and skiplast", strs("1", "2", "3"), []any{P("Skip"), 1, P("SkipLast"), 1}, "2"},
		{"skipindex", ints(0, 10), []any{P("SkipIndex"), []any{int32(5), int32(6), int32(7), int32(8), int32(11)}}, "0,1,2,3,4,9,10"},
		{"null input ignored", []any{nil}, []any{P("Property"), "FirstName"}, ""},
		{"last zero", ints(1, 4), []any{P("Last"), 0}, ""},
	}
	for _, tt := range cases {
		out, err := rt.Run(selectObject(), tt.input, tt.args...)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := text(out); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
	empty := cmdtest.SB("", func(any) any { return nil })
	if _, err := rt.Run(selectObject(), strs("bar"), P("Property"), empty); err == nil ||
		err.Error() != "A property is an empty script block and does not provide a name." {
		t.Errorf("empty block: %v", err)
	}
}
