package dotnet

import (
	"strings"
	"sync"
	"sync/atomic"

	"cspsh/pipeline/object"
)

// ClassType is a type defined by a script's class statement
// (about_Classes). The interpreter builds instances and runs methods; the
// functions here let conversion, -is, statics and New-Object reach it
// without this package knowing about scripts.
type ClassType struct {
	FullName string
	Base     string   // full name of the base class; "System.Object" when none
	Ifaces   []string // interfaces named after the base
	// New constructs an instance ([T]::new(args), New-Object T).
	New func(args []any) (any, error)
	// Convert is LanguagePrimitives' conversion to the class: an instance
	// as is, a hashtable through the default constructor and property
	// setters, another value through a one-argument constructor. handled
	// is false when no rule applies (the cast then fails as usual).
	Convert func(v any) (out any, handled bool, err error)
	// GetStatic, SetStatic and CallStatic serve [T]::Name, [T]::Name = v
	// and [T]::Method(args); found is false when T has no such member.
	GetStatic  func(name string) (v any, found bool)
	SetStatic  func(name string, v any) (found bool, err error)
	CallStatic func(name string, args []any) (v any, found bool, err error)
	// Statics are the class's static properties and methods as
	// Get-Member -Static lists them.
	Statics []ClassStatic
	// Ctors are the constructors' signatures as [T]::new without
	// parentheses lists them ("Box new(int w, int h)").
	Ctors []string
	// Impl is the interpreter's own description of the class.
	Impl any
}

var (
	classes sync.Map // lower-case full name → *ClassType
	// nclasses lets LookupClass answer at once in the usual case of a
	// session without classes: it runs on every static member access.
	nclasses atomic.Int32
)

// RegisterClass makes a script class known to ResolveType, Convert, -is,
// BaseType and the statics of pipeline/members. Defining a class again
// (running the script twice) replaces it.
func RegisterClass(t *ClassType) {
	lookup("System.Object")
	base := t.Base
	if base == "" {
		base = "System.Object"
	}
	key := strings.ToLower(t.FullName)
	if _, loaded := classes.Swap(key, t); !loaded {
		nclasses.Add(1)
	}
	reg.mu.Lock()
	reg.types[key] = &typeInfo{full: t.FullName, base: base, ifaces: t.Ifaces}
	reg.mu.Unlock()
}

// LookupClass returns the script class of that full name.
func LookupClass(fullName string) (*ClassType, bool) {
	if nclasses.Load() == 0 {
		return nil, false
	}
	v, ok := classes.Load(strings.ToLower(fullName))
	if !ok {
		return nil, false
	}
	return v.(*ClassType), true
}

// convertClass is ConvertFull's rule for a script class.
func convertClass(v any, ct *ClassType) (any, error) {
	if v == nil {
		return nil, nil
	}
	if ct.Convert != nil {
		out, handled, err := ct.Convert(v)
		if handled {
			return out, err
		}
	}
	if IsInstance(v, typeValue(ct.FullName)) {
		return v, nil
	}
	return nil, castError(v, ct.FullName, "ConvertToFinalInvalidCastException")
}

// ClassCastError is the error of a failed conversion to a script class
// whose constructor or property setter failed: Cannot convert value "v"
// to type "T". Error: "inner".
func ClassCastError(v any, target string, inner *object.Exception) *object.Exception {
	return castErrorInner(v, target, inner, "ConvertToFinalInvalidCastException")
}

// isClassInstance reports whether o is an instance of a script class (a
// class deriving from an exception wraps the .NET exception, which a
// conversion must not unwrap).
func isClassInstance(o *object.PSObject) bool {
	_, ok := LookupClass(o.TypeName())
	return ok
}

// ClassStatic is one static member of a script class for Get-Member
// -Static and [T]::Method without parentheses: its name, whether it is
// a method, and its definition ("static int Count {get;set;}", "static
// int Twice(int n)", overloads joined by ", ").
type ClassStatic struct {
	Name       string
	Method     bool
	Definition string
}
