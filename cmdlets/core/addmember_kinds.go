package core

import (
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// memberArgs is the -MemberType/-Name/-Value/-SecondValue form of
// Add-Member, with AddMemberCommand's checks: which values a member kind
// needs, refuses, or must be able to convert.
type memberArgs struct {
	c *pipeline.Call
	// obj is the new member's $this: the decorated object, or an array
	// or list itself when it keeps the member (object.Attach), so that
	// `$this | …` enumerates it.
	obj        any
	name, kind string
	v1, v2     any
	has1, has2 bool
}

// fail is one of Add-Member's own terminating errors (InvalidOperation,
// message from AddMember.resx with the member type filled in).
func (a *memberArgs) fail(id, format string) error {
	return a.c.Fail(object.NewException("System.InvalidOperationException", format, a.kind), id, "InvalidOperation", nil)
}

func (a *memberArgs) value2NotSpecified() error {
	if a.has2 {
		return a.fail("Value2ShouldNotBeSpecified", "The SecondValue parameter is not necessary for a member of type \"%s\", and should not be specified. Do not specify the SecondValue parameter when you add members of this type.")
	}
	return nil
}

func (a *memberArgs) value1NotNull() error {
	if a.v1 == nil {
		return a.fail("Value1ShouldNotBeNull", "The Value parameter should not be null for a member of type \"%s\". Specify a non-null value for the Value parameter when adding members of this type.")
	}
	return nil
}

func (a *memberArgs) notBothNull() error {
	if a.v1 == nil && a.v2 == nil {
		return a.fail("Value1AndValue2AreNotBothNull", "Both Value and SecondValue parameters should not be null for a member of type \"%s\". Specify a non-null value for one of the two parameters.")
	}
	return nil
}

// castFail is LanguagePrimitives.ConvertTo's failure for a value the
// member kind needs as another type (a script block, a MethodInfo, a
// member collection), thrown out of ProcessRecord as it is.
func (a *memberArgs) castFail(v any, typeName, id string) error {
	return a.c.Fail(object.NewException("System.Management.Automation.PSInvalidCastException",
		"Cannot convert the \"%s\" value of type \"%s\" to type \"%s\".", dotnet.ToString(v), dotnet.TypeName(v), typeName),
		id, "InvalidArgument", nil)
}

// scriptBlock converts v (nil allowed) to a script block.
func (a *memberArgs) scriptBlock(v any) (object.ScriptBlock, error) {
	if v == nil {
		return nil, nil
	}
	if sb, ok := objutil.Base(v).(object.ScriptBlock); ok {
		return sb, nil
	}
	return nil, a.castFail(v, "System.Management.Automation.ScriptBlock", "ConvertToFinalInvalidCastException")
}

// buildMember makes the member -MemberType/-Name/-Value/-SecondValue
// describe, bound to obj.
func buildMember(c *pipeline.Call, obj any) (*object.Member, error) {
	a := &memberArgs{c: c, obj: obj, name: c.String("Name"), kind: c.String("MemberType"),
		v1: c.Get("Value"), v2: c.Get("SecondValue"), has1: c.Has("Value"), has2: c.Has("SecondValue")}
	if strings.Contains(a.kind, ",") {
		return nil, a.fail("WrongMemberCount", "To add a member, only one member type can be specified. The member types specified are: \"%s\"")
	}
	switch strings.ToLower(a.kind) {
	case "noteproperty":
		if err := a.value2NotSpecified(); err != nil {
			return nil, err
		}
		return &object.Member{Name: a.name, Kind: object.NoteProperty, Value: a.v1}, nil
	case "aliasproperty":
		return a.alias()
	case "scriptproperty":
		return a.scriptProperty()
	case "scriptmethod":
		return a.scriptMethod()
	case "codemethod", "propertyset":
		if err := a.value2NotSpecified(); err != nil {
			return nil, err
		}
		if err := a.value1NotNull(); err != nil {
			return nil, err
		}
		if strings.EqualFold(a.kind, "CodeMethod") {
			return nil, a.castFail(a.v1, "System.Reflection.MethodInfo", "ConvertToFinalInvalidCastException")
		}
	case "codeproperty":
		if err := a.notBothNull(); err != nil {
			return nil, err
		}
		for _, v := range []any{a.v1, a.v2} {
			if v != nil {
				// No value here is a .NET MethodInfo.
				return nil, a.castFail(v, "System.Reflection.MethodInfo", "ConvertToFinalInvalidCastException")
			}
		}
	case "memberset":
		if err := a.value2NotSpecified(); err != nil {
			return nil, err
		}
		if a.v1 != nil {
			if _, ok := dotnet.Enumerate(a.v1); !ok {
				return nil, a.castFail(a.v1, "System.Collections.ObjectModel.Collection`1[System.Management.Automation.PSMemberInfo]", "ConvertToFinalInvalidCastException")
			}
		}
	}
	return nil, a.fail("CannotAddMemberType", "Cannot add a member with type \"%s\". Specify a different type for the MemberTypes parameter.")
}

func (a *memberArgs) alias() (*object.Member, error) {
	if err := a.value1NotNull(); err != nil {
		return nil, err
	}
	target := dotnet.ToString(a.v1)
	conv := ""
	if a.has2 {
		if a.v2 == nil {
			return nil, a.fail("Value2ShouldNotBeNull", "The SecondValue parameter should not be null for a member of type \"%s\". Specify a non-null value for the SecondValue parameter when adding members of this type.")
		}
		switch t := objutil.Base(a.v2).(type) {
		case *object.TypeValue:
			conv = t.FullName
		default:
			tv, ok := dotnet.ResolveType(strings.TrimSpace(dotnet.ToString(t)))
			if !ok {
				return nil, a.castFail(t, "System.Type", "InvalidCastFromStringToType")
			}
			conv = tv.FullName
		}
	}
	// Type carries the alias's definition as Get-Member shows it:
	// "Target", or "(System.String)Target" with a conversion.
	def := target
	if conv != "" {
		def = "(" + conv + ")" + target
	}
	obj := a.obj
	m := &object.Member{Name: a.name, Kind: object.AliasProperty, Type: def}
	m.Get = func() any {
		v, _ := members.Get(obj, target)
		if conv != "" {
			if cv, err := dotnet.Convert(v, conv); err == nil {
				return cv
			}
		}
		return v
	}
	m.Set = func(v any) error { return members.Set(obj, target, v) }
	return m, nil
}

func (a *memberArgs) scriptProperty() (*object.Member, error) {
	if err := a.notBothNull(); err != nil {
		return nil, err
	}
	getter, err := a.scriptBlock(a.v1)
	if err != nil {
		return nil, err
	}
	setter, err := a.scriptBlock(a.v2)
	if err != nil {
		return nil, err
	}
	obj, rt := a.obj, a.c.Rt
	m := &object.Member{Name: a.name, Kind: object.ScriptProperty, Script: getter, SetScript: setter}
	if getter != nil {
		m.Get = func() any {
			out, err := rt.Invoke(getter, pipeline.InvokeOptions{NewScope: true, Vars: map[string]any{"this": obj}})
			if err != nil {
				return nil
			}
			return object.Collapse(out)
		}
	}
	if setter != nil {
		m.Set = func(v any) error {
			_, err := rt.Invoke(setter, pipeline.InvokeOptions{NewScope: true, Args: []any{v}, Vars: map[string]any{"this": obj}})
			return err
		}
	}
	return m, nil
}

func (a *memberArgs) scriptMethod() (*object.Member, error) {
	if err := a.value2NotSpecified(); err != nil {
		return nil, err
	}
	if err := a.value1NotNull(); err != nil {
		return nil, err
	}
	body, err := a.scriptBlock(a.v1)
	if err != nil {
		return nil, err
	}
	obj, rt := a.obj, a.c.Rt
	return &object.Member{Name: a.name, Kind: object.ScriptMethod, Script: body, Call: func(args []any) (any, error) {
		out, err := rt.Invoke(body, pipeline.InvokeOptions{NewScope: true, Args: args, Vars: map[string]any{"this": obj}})
		if err != nil {
			return nil, members.ScriptMethodError(a.name, len(args), err)
		}
		return object.Collapse(out), nil
	}}, nil
}
