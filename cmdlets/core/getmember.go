package core

import (
	"slices"
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// getMember is Get-Member: it lists the properties and methods of the
// input objects, one block per type.
func getMember() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:   "Get-Member",
		Module: utility,
		Params: []*pipeline.ParamDecl{
			inputObject("The objects whose members are listed."),
			withHelp(param("Name", "string[]", at(pipeline.AllSets, 0)), "Only members with these names (wildcards allowed)."),
			{Name: "MemberType", Type: "string", Enum: memberTypes, Aliases: []string{"Type"}, Help: "Only members of these kinds."},
			withHelp(param("View", "string"), "Extended, Adapted, Base or All members."),
			withHelp(param("Static", "switch"), "Lists the static members of the type instead."),
			withHelp(param("Force", "switch"), "Includes hidden members."),
		},
		Synopsis:    "Gets the properties and methods of objects.",
		Description: "Get-Member shows what an object offers: its properties with their types and values, and its methods with their signatures. Each distinct type in the input is listed once, under a \"TypeName:\" heading. -MemberType and -Name narrow the list.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Members of a string", Code: "'abc' | Get-Member", Remarks: "Lists Length, Substring and the other members of System.String."},
			{Title: "Example 2: Properties only", Code: "Get-CsCertificate | Get-Member -MemberType Property", Remarks: "Lists the certificate properties."},
		},
		Outputs: MemberDefinitionType,
		Begin:   func(c *pipeline.Call) error { c.State = &getMemberState{seen: map[string]bool{}}; return nil },
		Process: getMemberProcess,
		End:     getMemberEnd,
	}
}

type getMemberState struct {
	seen map[string]bool
	any  bool
}

func getMemberProcess(c *pipeline.Call) error {
	st := c.State.(*getMemberState)
	in, ok := c.Current()
	if !ok || in == nil || in == object.Null {
		return nil
	}
	st.any = true
	typeName := typeNameOf(in)
	if c.Switch("Static") {
		typeName = dotnet.TypeName(objutil.Base(in))
		if tv, ok := objutil.Base(in).(*object.TypeValue); ok {
			typeName = tv.FullName
		}
	}
	if st.seen[strings.ToLower(typeName)] {
		return nil
	}
	st.seen[strings.ToLower(typeName)] = true
	var defs []memberDef
	if c.Switch("Static") {
		defs = staticDefinitions(objutil.Base(in), typeName)
	} else {
		defs = memberDefinitions(in, c.Switch("Force"))
	}
	var names []*objutil.Wildcard
	for _, n := range c.Strings("Name") {
		names = append(names, objutil.CompileWildcard(n, false))
	}
	kinds := strings.Split(c.String("MemberType"), ",")
	views := memberViews(c)
	for _, d := range defs {
		if !c.Switch("Static") && !views[viewOf(d.kind)] {
			continue
		}
		if len(names) > 0 && !slices.ContainsFunc(names, func(w *objutil.Wildcard) bool { return w.Match(d.name) }) {
			continue
		}
		if c.Has("MemberType") && !kindSelected(d.kind, kinds) {
			continue
		}
		o := object.NewObject(MemberDefinitionType, "System.Object")
		o.Add(&object.Member{Name: "TypeName", Kind: object.Property, Value: typeName, Type: "string"})
		o.Add(&object.Member{Name: "Name", Kind: object.Property, Value: d.name, Type: "string"})
		o.Add(&object.Member{Name: "MemberType", Kind: object.Property, Value: d.kind, Type: "System.Management.Automation.PSMemberTypes"})
		o.Add(&object.Member{Name: "Definition", Kind: object.Property, Value: d.def, Type: "string"})
		o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return d.def, nil }})
		if err := c.Out(o); err != nil {
			return err
		}
	}
	return nil
}

func getMemberEnd(c *pipeline.Call) error {
	st := c.State.(*getMemberState)
	if !st.any {
		return c.Fail(object.NewException("System.InvalidOperationException",
			"You must specify an object for the Get-Member cmdlet."), "NoObjectInGetMember", "CloseError", nil)
	}
	return nil
}

// kindSelected reports whether a member kind is among the -MemberType
// values, including the group names Properties, Methods and All.
func kindSelected(kind string, kinds []string) bool {
	for _, k := range kinds {
		k = strings.TrimSpace(k)
		switch {
		case strings.EqualFold(k, kind), strings.EqualFold(k, "All"):
			return true
		case strings.EqualFold(k, "Properties") && strings.HasSuffix(kind, "Property") && kind != "ParameterizedProperty":
			// PSMemberTypes.Properties is AliasProperty, CodeProperty,
			// Property, NoteProperty and ScriptProperty: a
			// ParameterizedProperty (String.Chars) is not among them.
			return true
		case strings.EqualFold(k, "Methods") && strings.HasSuffix(kind, "Method"):
			return true
		}
	}
	return false
}

type memberDef struct{ name, kind, def string }

// memberDefinitions lists a value's members in Get-Member's order: by
// member type name, then by name.
func memberDefinitions(v any, force bool) []memberDef {
	var defs []memberDef
	seen := map[string]bool{}
	add := func(d memberDef) {
		key := strings.ToLower(d.kind + "\x00" + d.name)
		if !seen[key] {
			seen[key] = true
			defs = append(defs, d)
		}
	}
	if o, ok := v.(*object.PSObject); ok {
		for _, m := range append(o.Members(), members.TypeMethods(o)...) {
			if m.Hidden && !force {
				continue
			}
			if m.Kind == object.Method || m.Kind == object.ScriptMethod {
				add(memberDef{m.Name, m.Kind.String(), methodDefinition(m)})
			}
		}
	}
	var hidden []*object.Member
	if o, ok := v.(*object.PSObject); ok && force {
		// -Force lists hidden properties too (about_Hidden), which the
		// object's displayable properties leave out.
		for _, m := range o.Members() {
			if m.Hidden && m.Kind < object.Method {
				hidden = append(hidden, m)
			}
		}
	}
	props := members.Properties(v)
	if a, ok := v.([]any); ok && len(props) == 0 {
		props = arrayProperties(a)
	}
	props = append(props, hidden...)
	typeName := dotnet.TypeName(v)
	for _, m := range props {
		if m.Hidden && !force {
			continue
		}
		if t, ok := declaredType(typeName, m.Name); ok && m.Kind == object.Property {
			mm := *m
			mm.Type = t
			m = &mm
		}
		add(memberDef{m.Name, m.Kind.String(), propertyDefinition(m)})
	}
	base := v
	if o, ok := v.(*object.PSObject); ok {
		base = o.Base
	}
	full := "System.Object"
	if base != nil {
		full = baseTypeName(base)
	}
	// A member the object carries itself (Add-Member, types.ps1xml)
	// hides the type's member of that name: a ScriptMethod ToString
	// lists once, as ScriptMethod (Get-Member Example 1).
	own := map[string]bool{}
	for _, d := range defs {
		own[strings.ToLower(d.name)] = true
	}
	for _, m := range typeMethods(full) {
		if !own[strings.ToLower(m.name)] {
			add(m)
		}
	}
	if force {
		hiddenNames := map[string]bool{}
		for _, m := range hidden {
			hiddenNames[strings.ToLower(m.Name)] = true
		}
		defs = append(defs, intrinsicDefinitions(v, defs, hiddenNames)...)
		defs = append(defs, accessorDefinitions(defs)...)
	}
	slices.SortStableFunc(defs, func(a, b memberDef) int {
		if c := strings.Compare(strings.ToLower(a.kind), strings.ToLower(b.kind)); c != 0 {
			return c
		}
		return objutil.CompareStrings(a.name, b.name, true)
	})
	return defs
}

func methodDefinition(m *object.Member) string {
	if m.Kind == object.ScriptMethod {
		return "System.Object " + m.Name + "();"
	}
	if m.Type != "" {
		return m.Type
	}
	if m.Name == "ToString" {
		return "string ToString()"
	}
	return "System.Object " + m.Name + "()"
}

// propertyDefinition is the Definition column of a property.
func propertyDefinition(m *object.Member) string {
	switch m.Kind {
	case object.NoteProperty:
		v := m.GetValue()
		if v == nil {
			return "object " + m.Name + "=null"
		}
		// A value that is itself a PSObject (a custom object, a wrapped
		// value) shows its full type name; an object cspsh models for a
		// .NET type (a PSDriveInfo) is the plain .NET value 5.1 would
		// hold, named without its namespace (PSNoteProperty's
		// GetDisplayTypeNameOfValue).
		if o, ok := v.(*object.PSObject); ok {
			if o.Base == nil && !o.IsCustom() {
				return noteTypeName(o.TypeName()) + " " + m.Name + "=" + dotnet.ToString(v)
			}
			return o.TypeName() + " " + m.Name + "=" + dotnet.ToString(v)
		}
		// PSNoteProperty.ToString(): the value's type without its
		// namespace, and the value's own .NET ToString() (an array shows
		// as System.Object[], a date in the en-US short form).
		return noteTypeName(dotnet.TypeName(v)) + " " + m.Name + "=" + dotnet.MethodToString(v)
	case object.AliasProperty:
		return m.Name + " = " + aliasTarget(m)
	case object.ScriptProperty:
		if s, ok := members.ScriptPropertyString(m); ok {
			return s
		}
		return "System.Object " + m.Name + " {get=" + typesScriptProperty(m.Name) + ";}"
	}
	t := m.Type
	if t == "" {
		t = dotnet.TypeName(m.GetValue())
		if m.GetValue() == nil {
			t = "System.Object"
		}
	}
	acc := "{get;}"
	if m.Set != nil || m.Kind == object.NoteProperty {
		acc = "{get;set;}"
	}
	return ShortTypeName(t) + " " + m.Name + " " + acc
}

// aliasTarget is what an alias property refers to: Add-Member keeps the
// target's name in the member's Type (or, with a conversion, the type).
func aliasTarget(m *object.Member) string {
	return m.Type
}

// shortType is the name Get-Member shows for a common .NET type, given
// in lower case. A switch, not a map: a map literal is built at start-up.
func shortType(lower string) (string, bool) {
	switch lower {
	case "system.string":
		return "string", true
	case "system.int32":
		return "int", true
	case "system.int64":
		return "long", true
	case "system.boolean":
		return "bool", true
	case "system.double":
		return "double", true
	case "system.single":
		return "float", true
	case "system.decimal":
		return "decimal", true
	case "system.byte":
		return "byte", true
	case "system.char":
		return "char", true
	case "system.datetime":
		return "datetime", true
	case "system.timespan":
		return "timespan", true
	case "system.collections.hashtable":
		return "hashtable", true
	case "system.management.automation.scriptblock":
		return "scriptblock", true
	case "system.object[]":
		return "Object[]", true
	case "system.int16":
		return "int16", true
	case "system.uint32":
		return "uint32", true
	case "system.uint64":
		return "uint64", true
	case "system.guid":
		return "guid", true
	case "system.version":
		return "version", true
	case "system.xml.xmldocument":
		return "xml", true
	case "system.sbyte":
		return "sbyte", true
	case "system.uint16":
		return "uint16", true
	case "system.type", "system.runtimetype":
		return "type", true
	case "system.object":
		return "System.Object", true
	case "system.text.regularexpressions.regex":
		return "regex", true
	case "system.security.securestring":
		return "securestring", true
	case "system.management.automation.pscredential":
		return "pscredential", true
	case "system.nullable[int]":
		return "System.Nullable[int]", true
	case "system.nullable[double]":
		return "System.Nullable[double]", true
	}
	return "", false
}

// ShortTypeName is a type as Get-Member's Definition column names it:
// PowerShell's accelerator names for the common types, the full name
// otherwise.
func ShortTypeName(full string) string {
	if s, ok := shortType(strings.ToLower(full)); ok {
		return s
	}
	if strings.HasSuffix(full, "[]") {
		inner := strings.TrimSuffix(full, "[]")
		if s, ok := shortType(strings.ToLower(inner)); ok && !strings.Contains(s, ".") {
			return s + "[]"
		}
		return full
	}
	return full
}

// noteTypeName is how a note property's Definition names the type of a
// plain (unwrapped) value: ToStringCodeMethods.Type with dropNamespaces,
// so PowerShell's short names for the common types and the bare class
// name otherwise (DisplayHintType, not
// Microsoft.PowerShell.Commands.DisplayHintType).
func noteTypeName(full string) string {
	if s := ShortTypeName(full); s != full || strings.ContainsAny(full, "`[") && !strings.HasSuffix(full, "[]") {
		return s
	}
	if i := strings.LastIndexByte(strings.TrimSuffix(full, "[]"), '.'); i >= 0 {
		return full[i+1:]
	}
	return full
}
