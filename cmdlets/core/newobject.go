package core

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// newObject is New-Object: it creates a PSObject or an instance of one of
// the .NET types cspsh models.
func newObject() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "New-Object",
		Module:     utility,
		DefaultSet: "Net",
		Params: []*pipeline.ParamDecl{
			withHelp(param("TypeName", "string", must("Net", 0)), "The full name of the .NET type to create (PSObject, System.Collections.ArrayList, …)."),
			withHelp(param("ComObject", "string", must("Com", 0)), "The ProgID of a COM object (not available on this platform)."),
			withHelp(param("ArgumentList", "object[]", at("Net", 1)), "The arguments of the type's constructor.", "Args"),
			withHelp(param("Strict", "switch", named("Com")), "Fails when a COM object uses an interop assembly."),
			withHelp(param("Property", "System.Collections.IDictionary"), "Property values to set on the new object, in the dictionary's order."),
		},
		Synopsis:    "Creates an instance of a Microsoft .NET Framework or COM object.",
		Description: "New-Object creates an object of the named type, passing -ArgumentList to its constructor, then sets the properties given with -Property. New-Object PSObject -Property @{…} makes a custom object with those note properties.",
		Examples: []pipeline.Example{
			{Title: "Example 1: A custom object", Code: "New-Object -TypeName PSObject -Property @{Name = 'Pool01'; Servers = 3}", Remarks: "Makes an object with two note properties."},
			{Title: "Example 2: A list", Code: "$list = New-Object System.Collections.Generic.List[string]", Remarks: "Makes an empty list of strings."},
			{Title: "Example 3: An exception", Code: "throw (New-Object System.FormatException 'Bad input')", Remarks: "Throws a FormatException with that message."},
		},
		Outputs: "System.Object",
		Process: newObjectProcess,
	}
}

func newObjectProcess(c *pipeline.Call) error {
	if c.SetName == "Com" {
		// No COM classes are registered here, so every ProgID fails as an
		// unregistered one does in Windows PowerShell.
		return c.Fail(object.NewException("System.Management.Automation.PSArgumentException",
			"Cannot load COM type %s.", c.String("ComObject")),
			"CannotLoadComObjectType", "InvalidType", nil)
	}
	name := strings.TrimSpace(c.String("TypeName"))
	args, _ := c.Get("ArgumentList").([]any)
	var obj any
	if isPSCustomObjectType(name) {
		// The [pscustomobject] accelerator names PSObject, but the
		// PSCustomObject type itself has no public constructor.
		return c.Fail(object.NewException("System.Management.Automation.PSArgumentException",
			"A constructor was not found. Cannot find an appropriate constructor for type %s.", name),
			"CannotFindAppropriateCtor", "ObjectNotFound", nil)
	}
	switch strings.ToLower(name) {
	case "psobject", "system.management.automation.psobject", "pscustomobject":
		if len(args) > 0 {
			obj = args[0]
			if _, ok := obj.(*object.PSObject); !ok {
				w := object.NewObject(typeNamesOf(obj)...)
				w.Base = obj
				obj = w
			}
		} else {
			obj = object.NewObject()
		}
	default:
		if _, ok := dotnet.ResolveType(name); !ok {
			return c.Fail(object.NewException("System.Management.Automation.PSArgumentException",
				"Cannot find type [%s]: verify that the assembly containing this type is loaded.", name),
				"TypeNotFound", "InvalidType", nil)
		}
		v, err := members.New(name, args)
		if err != nil {
			rec := object.NewError(object.ExceptionOf(err), "ConstructorInvokedThrowException", "InvalidOperation", nil)
			if e, ok := err.(*object.ErrorRecord); ok {
				rec = e
			}
			id, category := strings.Split(rec.FullyQualifiedErrorID+",", ",")[0], rec.Category
			if rec.Exception != nil && rec.Exception.Type == "System.Management.Automation.MethodInvocationException" {
				// NewObjectCommand.CallConstructor: a constructor that
				// throws (or an argument it cannot take) is a MethodException
				// it reports as ConstructorInvokedThrowException.
				id, category = "ConstructorInvokedThrowException", "InvalidOperation"
			}
			return c.Fail(rec.Exception, id, category, nil)
		}
		obj = v
	}
	if h, ok := c.Get("Property").(*object.Hashtable); ok {
		// "in the order that they appear in the hash table": its
		// enumeration order.
		for _, k := range h.EnumerationKeys() {
			v, _ := h.Get(k)
			key := dotnet.ToString(k)
			if o, ok := obj.(*object.PSObject); ok && o.Base == nil && o.IsCustom() {
				if m := o.Member(key); m != nil && m.Kind != object.NoteProperty {
					if err := members.Set(o, key, v); err != nil {
						return c.Fail(object.NewException("System.Exception", "The value supplied is not valid, or the property is read-only. Change the value, and then try again."),
							"SetValueException", "InvalidData", nil)
					}
					continue
				}
				o.SetProp(key, v)
				continue
			}
			// A .NET object gets no new members: a name it lacks, or a
			// value it refuses, ends the command (NewObjectCommand's
			// CreateMemberNotFoundError and CreateMemberSetValueError).
			if err := members.Set(obj, key, v); err != nil {
				if strings.Contains(err.Error(), "cannot be found") {
					return c.Fail(object.NewException("System.InvalidOperationException",
						"The member \"%s\" was not found for the specified .NET object.", key),
						"InvalidOperationException", "InvalidOperation", nil)
				}
				return c.Fail(object.NewException("System.Exception", "The value supplied is not valid, or the property is read-only. Change the value, and then try again."),
					"SetValueException", "InvalidData", nil)
			}
		}
	}
	return c.Out(obj)
}

// isPSCustomObjectType reports whether name is the PSCustomObject type
// by a name other than the pscustomobject accelerator.
func isPSCustomObjectType(name string) bool {
	if strings.EqualFold(name, "pscustomobject") {
		return false
	}
	t, ok := dotnet.ResolveType(name)
	return ok && strings.EqualFold(t.FullName, object.PSCustomObjectType)
}
