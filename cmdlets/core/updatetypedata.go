package core

import (
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

const setDynamicType = "DynamicTypeSet"

// updateTypeData is Update-TypeData's dynamic form: it adds a note,
// alias or script property, or a script method, to every object of a
// type, as a class's static constructor does in about_Classes_Properties
// ("Defining a property in the constructor"). Types.ps1xml files are not
// read: cspsh has no extended type files to update.
func updateTypeData() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Update-TypeData",
		Module:     "Microsoft.PowerShell.Utility",
		DefaultSet: setDynamicType,
		Params: []*pipeline.ParamDecl{
			withHelp(param("TypeName", "string", must(setDynamicType, -1)), "The type whose objects get the member."),
			withHelp(&pipeline.ParamDecl{Name: "MemberType", Type: "string", Enum: memberTypes, Sets: []pipeline.SetBinding{named(setDynamicType)}},
				"NoteProperty, AliasProperty, ScriptProperty or ScriptMethod."),
			withHelp(param("MemberName", "string", named(setDynamicType)), "The member's name."),
			withHelp(&pipeline.ParamDecl{Name: "Value", Type: "object", AllowNull: true, Sets: []pipeline.SetBinding{named(setDynamicType)}},
				"A note's value, an alias's target, a script property's getter or a script method's body."),
			withHelp(&pipeline.ParamDecl{Name: "SecondValue", Type: "object", AllowNull: true, Sets: []pipeline.SetBinding{named(setDynamicType)}},
				"A script property's setter, or the type an alias converts to."),
			withHelp(param("Force", "switch", named(setDynamicType)), "Replaces a member of the same name."),
		},
		Synopsis:    "Updates the extended type data in the session.",
		Description: "Update-TypeData -TypeName adds a member to every object of that type, present and future: a NoteProperty, an AliasProperty, a ScriptProperty ($this is the object) or a ScriptMethod.",
		Examples: []pipeline.Example{
			{Title: "Example 1: A script property for a class", Code: "Update-TypeData -TypeName Project -MemberType ScriptProperty -MemberName Duration -Value { $this.EndDate - $this.StartDate }",
				Remarks: "Every Project object gets a Duration property."},
		},
		End: updateTypeDataEnd,
	}
}

func updateTypeDataEnd(c *pipeline.Call) error {
	typeName, name := c.String("TypeName"), c.String("MemberName")
	kind := strings.ToLower(c.String("MemberType"))
	v1, v2 := objutil.Base(c.Get("Value")), objutil.Base(c.Get("SecondValue"))
	rt := c.Rt
	invoke := func(sb object.ScriptBlock, this any, args []any) (any, error) {
		out, err := rt.Invoke(sb, pipeline.InvokeOptions{NewScope: true, Args: args, Vars: map[string]any{"this": this}})
		return object.Collapse(out), err
	}
	m := &members.TypeMember{Name: name}
	switch kind {
	case "noteproperty":
		m.Kind, m.Value = object.NoteProperty, v1
	case "aliasproperty":
		target := dotnet.ToString(v1)
		m.Kind, m.Type = object.AliasProperty, target
		conv := ""
		if v2 != nil {
			if t, ok := v2.(*object.TypeValue); ok {
				conv = t.FullName
			} else if t, ok := dotnet.ResolveType(dotnet.ToString(v2)); ok {
				conv = t.FullName
			}
			m.Type = "(" + conv + ")" + target
		}
		m.Get = func(this any) any {
			v, _ := members.Get(this, target)
			if conv != "" {
				if cv, err := dotnet.Convert(v, conv); err == nil {
					return cv
				}
			}
			return v
		}
		m.Set = func(this, v any) error { return members.Set(this, target, v) }
	case "scriptproperty":
		get, _ := v1.(object.ScriptBlock)
		set, _ := v2.(object.ScriptBlock)
		m.Kind, m.Script, m.SetScript = object.ScriptProperty, get, set
		if get != nil {
			m.Get = func(this any) any {
				r, _ := invoke(get, this, nil)
				return r
			}
		}
		if set != nil {
			m.Set = func(this, v any) error {
				_, err := invoke(set, this, []any{v})
				return err
			}
		}
	case "scriptmethod":
		body, _ := v1.(object.ScriptBlock)
		if body == nil {
			return c.WriteError(c.Fail(object.NewException("System.ArgumentException",
				"The Value parameter should not be null for a member of type \"ScriptMethod\"."), "ValueShouldBeSpecified", "InvalidArgument", nil))
		}
		m.Kind, m.Script = object.ScriptMethod, body
		m.Call = func(this any, args []any) (any, error) {
			r, err := invoke(body, this, args)
			return r, members.ScriptMethodError(name, len(args), err)
		}
	default:
		return c.WriteError(c.Fail(object.NewException("System.ArgumentException",
			"Cannot add a member of type %s to type data: use NoteProperty, AliasProperty, ScriptProperty or ScriptMethod.", c.String("MemberType")),
			"UnsupportedMemberType", "InvalidArgument", nil))
	}
	if err := members.AddTypeMember(typeName, m, c.Switch("Force")); err != nil {
		return c.WriteError(c.Fail(err.(*object.Exception), "TypesDynamicUpdateException", "InvalidOperation", nil))
	}
	return nil
}

// removeTypeData is Remove-TypeData -TypeName: it drops the members
// Update-TypeData added to that type in this session.
func removeTypeData() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Remove-TypeData",
		Module:     "Microsoft.PowerShell.Utility",
		DefaultSet: "RemoveTypeSet",
		Params: []*pipeline.ParamDecl{
			withHelp(param("TypeName", "string", must("RemoveTypeSet", 0)), "The type whose extended members to remove."),
		},
		Synopsis:    "Deletes extended types from the current session.",
		Description: "Remove-TypeData -TypeName removes the members Update-TypeData added to that type in this session.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Remove a type's members", Code: "Remove-TypeData -TypeName System.DateTime", Remarks: "Dates lose the members added with Update-TypeData."},
		},
		End: func(c *pipeline.Call) error {
			members.RemoveTypeData(c.String("TypeName"))
			return nil
		},
	}
}
