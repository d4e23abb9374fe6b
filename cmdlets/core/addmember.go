package core

import (
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// memberTypes is System.Management.Automation.PSMemberTypes.
var memberTypes = &pipeline.EnumType{
	FullName: "System.Management.Automation.PSMemberTypes",
	Values: []string{"AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty",
		"Properties", "PropertySet", "Method", "CodeMethod", "ScriptMethod", "Methods",
		"ParameterizedProperty", "MemberSet", "Event", "Dynamic", "InferredProperty", "All"},
	Flags: true,
}

const (
	setMemberSet   = "MemberSet"
	setTypeNameSet = "TypeNameSet"
	setNoteSingle  = "NotePropertySingleMemberSet"
	setNoteMulti   = "NotePropertyMultiMemberSet"
)

// addMember is Add-Member: it adds note, alias, script properties and
// script methods to an object.
func addMember() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Add-Member",
		Module:     utility,
		DefaultSet: setTypeNameSet,
		Params: []*pipeline.ParamDecl{
			{Name: "InputObject", Type: "psobject", Help: "The object that receives the members.", Sets: []pipeline.SetBinding{
				{Set: pipeline.AllSets, Position: -1, Mandatory: true, ValueFromPipeline: true}}},
			// PSMemberTypes: at position 0 a plain string binds
			// -NotePropertyName first ("Add-Member Status Done"), which
			// refuses the member type names, so "Add-Member NoteProperty X 1"
			// falls through to -MemberType as in PowerShell's binder.
			{Name: "MemberType", Type: "string", Enum: memberTypes, Aliases: []string{"Type"}, Help: "The kind of member to add.",
				Sets: []pipeline.SetBinding{must(setMemberSet, 0), at(setTypeNameSet, 0)}},
			withHelp(param("Name", "string", must(setMemberSet, 1)), "The member's name."),
			withHelp(&pipeline.ParamDecl{Name: "Value", Type: "object", AllowNull: true, Sets: []pipeline.SetBinding{at(setMemberSet, 2)}},
				"A note property's value, an alias's target, a script property's getter or a script method's body."),
			withHelp(&pipeline.ParamDecl{Name: "SecondValue", Type: "object", AllowNull: true, Sets: []pipeline.SetBinding{at(setMemberSet, 3)}},
				"A script property's setter, or the type an alias property converts to."),
			withHelp(param("TypeName", "string", named(setMemberSet), must(setTypeNameSet, -1), named(setNoteSingle), named(setNoteMulti)),
				"A type name to add in front of the object's type names."),
			withHelp(param("Force", "switch", named(setMemberSet), named(setNoteSingle), named(setNoteMulti)), "Replaces a member of the same name."),
			withHelp(param("PassThru", "switch"), "Outputs the object after adding the members."),
			withHelp(&pipeline.ParamDecl{Name: "NotePropertyName", Type: "string", Validate: notePropertyName, Transform: numberText,
				Sets: []pipeline.SetBinding{must(setNoteSingle, 0)}}, "The name of a note property to add."),
			withHelp(&pipeline.ParamDecl{Name: "NotePropertyValue", Type: "object", AllowNull: true, Sets: []pipeline.SetBinding{must(setNoteSingle, 1)}},
				"The value of that note property."),
			withHelp(param("NotePropertyMembers", "System.Collections.IDictionary", must(setNoteMulti, 0)), "Note properties to add, as names and values."),
		},
		Synopsis:    "Adds custom properties and methods to an instance of a PowerShell object.",
		Description: "Add-Member adds members to the input object: note properties (values), alias properties (other names for a property), script properties (computed by a script block, with $this the object) and script methods. A value that is not yet a PSObject is wrapped; use -PassThru to get the decorated object back.",
		Examples: []pipeline.Example{
			{Title: "Example 1: A note property", Code: "$o | Add-Member -NotePropertyName Status -NotePropertyValue Done", Remarks: "Adds Status to $o."},
			{Title: "Example 2: An alias", Code: "$o | Add-Member -MemberType AliasProperty -Name Size -Value Length", Remarks: "Size reads Length."},
			{Title: "Example 3: A script method", Code: "$o | Add-Member ScriptMethod Twice { $this.Value * 2 }", Remarks: "$o.Twice() doubles Value."},
		},
		Outputs: "System.Object",
		Process: addMemberProcess,
	}
}

func addMemberProcess(c *pipeline.Call) error {
	in, _ := c.Current()
	// obj is what the new members see as $this; target is where they
	// go. They are one object except for an array or a list, which keep
	// members of their own (object.Attach) while staying themselves.
	var obj, target *object.PSObject
	if o, ok := in.(*object.PSObject); ok {
		obj = o
	} else {
		obj = object.NewObject(typeNamesOf(in)...)
		obj.Base = in
	}
	target = obj
	if _, isObj := in.(*object.PSObject); !isObj {
		if h, ok := object.Attach(in, func() *object.PSObject { return object.NewObject(typeNamesOf(in)...) }); ok {
			target = h
		}
	}
	force := c.Switch("Force")
	var adds []*object.Member
	switch c.SetName {
	case setNoteSingle:
		adds = append(adds, &object.Member{Name: c.String("NotePropertyName"), Kind: object.NoteProperty, Value: c.Get("NotePropertyValue")})
	case setNoteMulti:
		h, _ := c.Get("NotePropertyMembers").(*object.Hashtable)
		if h != nil {
			for _, k := range h.Keys() {
				v, _ := h.Get(k)
				adds = append(adds, &object.Member{Name: dotnet.ToString(k), Kind: object.NoteProperty, Value: v})
			}
		}
	case setMemberSet:
		this := any(obj)
		if target != obj {
			this = in
		}
		m, err := buildMember(c, this)
		if err != nil {
			return err
		}
		adds = append(adds, m)
	}
	for _, m := range adds {
		if old := target.Member(m.Name); old != nil && !force {
			// AddMemberToTarget writes this error and goes on with the
			// next input object: it is not terminating.
			return c.WriteError(c.Fail(object.NewException("System.InvalidOperationException",
				"Cannot add a member with the name \"%s\" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.", m.Name),
				"MemberAlreadyExists", "InvalidOperation", in))
		}
		target.Add(m)
	}
	if tn := c.String("TypeName"); tn != "" {
		// UpdateTypeNames: a name that is a type (or accelerator) goes
		// in as the type's full name.
		if t, ok := dotnet.ResolveType(tn); ok {
			tn = t.FullName
		}
		obj.TypeNames = append([]string{tn}, obj.TypeNames...)
		if target != obj {
			target.TypeNames = append([]string{tn}, target.TypeNames...)
		}
	}
	if c.Switch("PassThru") {
		return c.Out(obj)
	}
	return nil
}

// notePropertyName is Add-Member's ValidateNotePropertyNameAttribute: a
// name that is also the name of a member kind Add-Member adds is
// refused, which lets a positional member type bind -MemberType.
func notePropertyName(v any) error {
	s, ok := v.(string)
	if !ok {
		return nil
	}
	// The text is converted to PSMemberTypes as a cast would, so "8"
	// (NoteProperty) is refused too, while "23" (several flags) or
	// "Property" names a note property.
	name := strings.TrimSpace(s)
	if ev, err := dotnet.Convert(s, memberTypes.FullName); err == nil {
		name = dotnet.ToString(ev)
	}
	for _, n := range []string{"AliasProperty", "CodeMethod", "CodeProperty", "MemberSet", "NoteProperty", "PropertySet", "ScriptMethod", "ScriptProperty"} {
		if strings.EqualFold(name, n) {
			return object.NewException("System.Management.Automation.ValidationMetadataException",
				"The parameter NotePropertyName cannot take values that could be converted to the type System.Management.Automation.PSMemberTypes. To define the name of a member with those values, use Add-Member, and specify the member type.")
		}
	}
	return nil
}

// numberText is NotePropertyTransformationAttribute: a number given for
// -NotePropertyName becomes its text, so it names a note property.
func numberText(v any) any {
	if objutil.IsNumeric(objutil.Base(v)) {
		return dotnet.ToString(objutil.Base(v))
	}
	return v
}
