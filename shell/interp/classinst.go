package interp

import (
	"fmt"
	"slices"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// newInstance is [T]::new(args) and New-Object T: the members of the
// whole class chain, then the constructors from the root class down.
func (ct *classType) newInstance(r *Runner, args []any) (any, error) {
	if err := ct.ensureStatics(); err != nil {
		return nil, err
	}
	obj := object.NewObject(append([]string(nil), ct.typeNames...)...)
	var ex *object.Exception
	if ct.exception {
		// throw and catch [Type] see the .NET exception; its Props mirror
		// the class's properties for $_.Exception.Property.
		ex = &object.Exception{Type: ct.name, Message: dotnet.ExceptionMessage(ct.name), Props: map[string]any{}}
		obj.Base = ex
	}
	chain := ct.chain()
	// .NET lists a derived class's properties before its base's.
	for _, c := range chain {
		for _, p := range c.code.props {
			if obj.Member(p.name) == nil {
				m := c.propMember(r, p)
				if ex != nil {
					mirrorProp(ex, m)
				}
				obj.Add(m)
			}
		}
	}
	for _, c := range chain {
		for _, m := range c.code.methods {
			if obj.Member(m.name) == nil {
				obj.Add(ct.methodMember(r, obj, m))
			}
		}
	}
	if err := ct.construct(r, ct, obj, args); err != nil {
		return nil, err
	}
	return obj, nil
}

// methodMember is the member that calls m's name on obj: the overload
// that fits the arguments, a derived class's definition replacing its
// base's (overriding).
func (ct *classType) methodMember(r *Runner, obj *object.PSObject, m *methodCode) *object.Member {
	slot := ct.methodSlot(m)
	return &object.Member{Name: m.name, Kind: object.Method, Hidden: m.hidden, Type: slot.def, Call: func(args []any) (any, error) {
		o, ok := pickOverload(slot.cands, args)
		if !ok {
			return nil, overloadErr(slot.name, len(args))
		}
		return o.class.run(r, o.method, obj, args)
	}}
}

// methodSlot is what every instance's member for one method name shares:
// the overloads and Get-Member's definition.
type methodSlot struct {
	name  string
	def   string // void AddDevice(Device dev, int slot)
	cands []overload
}

// methodSlot returns the slot of m's name, built on first use.
func (ct *classType) methodSlot(m *methodCode) *methodSlot {
	if s, ok := ct.slots[m.lname]; ok {
		return s
	}
	s := &methodSlot{name: m.name}
	var defs []string
	for _, c := range ct.chain() {
		for _, mm := range c.code.methods {
			if mm.lname == m.lname {
				s.cands = addOverload(s.cands, c, mm)
				// Every distinct signature is an overload Get-Member and
				// OverloadDefinitions list; an override repeats its base's.
				if d := methodDefinition(mm); !slices.Contains(defs, d) {
					defs = append(defs, d)
				}
			}
		}
	}
	s.def = strings.Join(defs, ", ")
	if ct.slots == nil {
		ct.slots = map[string]*methodSlot{}
	}
	ct.slots[m.lname] = s
	return s
}

// methodDefinition is a method's signature as Get-Member shows it.
func methodDefinition(m *methodCode) string {
	ret := "System.Object"
	switch {
	case m.ret == "void":
		ret = "void"
	case m.ret != "":
		ret = m.ret
		if tv, ok := dotnet.ResolveType(m.ret); ok {
			ret = dotnet.TypeString(tv.FullName)
		}
	}
	ps := make([]string, len(m.params))
	for i, p := range m.params {
		t := "System.Object"
		if p.typeName != "" {
			t = p.typeName
			if tv, ok := dotnet.ResolveType(p.typeName); ok {
				t = dotnet.TypeString(tv.FullName)
			}
		}
		ps[i] = t + " " + p.name
	}
	return ret + " " + m.name + "(" + strings.Join(ps, ", ") + ")"
}

// ctorDefinitions are the class's constructors as the PSMethod of
// [T]::new lists them: "T new(int x)", or the automatic "T new()" when
// the class declares none (about_Classes_Constructors).
func ctorDefinitions(code *classCode) []string {
	if len(code.ctors) == 0 {
		return []string{code.name + " new()"}
	}
	out := make([]string, 0, len(code.ctors))
	for _, m := range code.ctors {
		d := methodDefinition(&methodCode{name: "new", ret: code.name, params: m.params})
		out = append(out, d)
	}
	return out
}

// staticDefinitions are the class's own static properties and methods
// as Get-Member -Static shows them; a method's overloads share one entry.
func staticDefinitions(code *classCode) []dotnet.ClassStatic {
	var out []dotnet.ClassStatic
	for _, p := range code.statics {
		out = append(out, dotnet.ClassStatic{Name: p.name, Definition: "static " + typeDisplay(p.typeName) + " " + p.name + " {get;set;}"})
	}
	at := map[string]int{}
	for _, m := range code.staticFns {
		def := "static " + methodDefinition(m)
		if i, ok := at[m.lname]; ok {
			out[i].Definition += ", " + def
			continue
		}
		at[m.lname] = len(out)
		out = append(out, dotnet.ClassStatic{Name: m.name, Method: true, Definition: def})
	}
	return out
}

// typeDisplay is a declared type as member definitions show it
// ("int", "string", System.Object when none is written).
func typeDisplay(name string) string {
	if name == "" {
		return "System.Object"
	}
	if tv, ok := dotnet.ResolveType(name); ok {
		return dotnet.TypeString(tv.FullName)
	}
	return name
}

// construct runs the constructor of ct that takes len(args) arguments:
// the base class's constructor first (with the `: base(…)` arguments),
// then ct's property initializers, then the body.
func (ct *classType) construct(r *Runner, most *classType, obj *object.PSObject, args []any) error {
	var ctor *methodCode
	if len(ct.code.ctors) > 0 {
		cands := make([]overload, len(ct.code.ctors))
		for i, m := range ct.code.ctors {
			cands[i] = overload{class: ct, method: m}
		}
		o, ok := pickOverload(cands, args)
		if !ok {
			return overloadErr("new", len(args))
		}
		ctor = o.method
	} else if len(args) > 0 {
		return overloadErr("new", len(args))
	}
	s, old := r.pushScope(ct.defScope)
	defer r.popScope(s, old)
	r.setLocal(s, "this", obj)
	if ctor != nil {
		if err := ct.bindParams(r, s, ctor, args); err != nil {
			return err
		}
	}
	if ct.base == nil && ct.exception && ctor != nil && ctor.baseCall {
		// : base($message [, $inner]) reaches System.Exception's constructor.
		if err := exceptionBase(r, obj, ctor); err != nil {
			return err
		}
	}
	if ct.base != nil {
		var bargs []any
		if ctor != nil && ctor.baseCall {
			for _, a := range ctor.baseArgs {
				v, err := a(r)
				if err != nil {
					return err
				}
				bargs = append(bargs, v)
			}
		}
		if err := ct.base.construct(r, most, obj, bargs); err != nil {
			return err
		}
	}
	for _, p := range ct.code.props {
		if p.init == nil || most.redefines(ct, p.name) {
			continue
		}
		v, err := p.init(r)
		if err == nil {
			err = obj.Member(p.name).Set(v)
		}
		if err != nil {
			return err
		}
	}
	if ctor == nil {
		return nil
	}
	_, err := ct.body(r, ctor)
	return err
}

// redefines reports whether a class between most and ct (ct excluded)
// declares the property again: its definition, with or without a
// default, replaces the inherited one (about_Classes_Properties).
func (most *classType) redefines(ct *classType, name string) bool {
	for c := most; c != nil && c != ct; c = c.base {
		for _, p := range c.code.props {
			if strings.EqualFold(p.name, name) {
				return true
			}
		}
	}
	return false
}

// bindParams converts the arguments to the parameter types and defines
// them in s as typed variables.
func (ct *classType) bindParams(r *Runner, s *Scope, m *methodCode, args []any) error {
	for i, p := range m.params {
		v := args[i]
		if knownType(p.typeName) {
			x, err := r.convertTo(v, p.typeName)
			if err != nil {
				return argConvertError(p, v, m.name, err)
			}
			v = x
		}
		check, err := p.validation(r, v)
		if err != nil {
			return err
		}
		vr := r.define(s, p.name)
		vr.Value = v
		vr.check = check
		if knownType(p.typeName) {
			vr.Type = p.typeName
		}
		if check != nil && vr.Type == "" {
			vr.Type = "System.Object" // not plain: assignments go through the check
		}
	}
	return nil
}

// argConvertError is MethodArgumentConversionInvalidCastArgument.
func argConvertError(p methodParam, v any, method string, err error) error {
	full := p.typeName
	if tv, ok := dotnet.ResolveType(p.typeName); ok {
		full = tv.FullName
	}
	msg := err.Error()
	if rec, ok := err.(*object.ErrorRecord); ok {
		msg = rec.Exception.Message
	}
	ex := object.NewException("System.Management.Automation.MethodException",
		"Cannot convert argument \"%s\", with value: \"%s\", for \"%s\" to type \"%s\": \"%s\"",
		p.name, dotnet.ToString(v), method, full, msg)
	return object.NewError(ex, "MethodArgumentConversionInvalidCastArgument", "NotSpecified", nil)
}

// run calls method m with this (nil for a static method).
func (ct *classType) run(r *Runner, m *methodCode, this *object.PSObject, args []any) (any, error) {
	if r.depth >= maxDepth {
		return nil, newRuntimeError(msgRecursion, "CallDepthOverflow", "InvalidOperation")
	}
	r.depth++
	defer func() { r.depth-- }()
	s, old := r.pushScope(ct.defScope)
	defer r.popScope(s, old)
	if this != nil {
		r.setLocal(s, "this", this)
	}
	if err := ct.bindParams(r, s, m, args); err != nil {
		return nil, err
	}
	v, err := ct.body(r, m)
	if err != nil {
		return nil, err
	}
	switch {
	case m.ret == "void":
		return object.Null, nil
	case !knownType(m.ret):
		// An output type cspsh does not model: the value as returned.
		return v, nil
	}
	if _, ok := v.(object.AutomationNull); ok {
		v = nil
	}
	return r.convertTo(v, m.ret)
}

// body runs a method body: output is dropped, return gives the value,
// and a terminating error ends the method (as an exception ends a .NET
// method).
func (ct *classType) body(r *Runner, m *methodCode) (any, error) {
	// about_Classes_Methods: "Nonterminating errors written to the error
	// stream from inside a class method aren't passed through" (they
	// still reach $Error).
	sinks := r.sinks
	quiet := *sinks
	quiet.err = func(*object.ErrorRecord) {}
	r.sinks = &quiet
	r.catchDepth++
	err := m.body.run(r, discard)
	r.catchDepth--
	r.sinks = sinks
	switch e := err.(type) {
	case nil:
		return object.Null, nil
	case *methodReturnErr:
		return e.value, nil
	}
	if rec, ok := err.(*object.ErrorRecord); ok {
		rec.Unsuppressible = true
	}
	return nil, err
}

// convert is the class's LanguagePrimitives rule: an instance as is, a
// constructor whose one parameter's type the value already is, then a
// hashtable or custom object through the default constructor and its
// property setters, another value through a constructor taking one
// argument.
func (ct *classType) convert(r *Runner, v any) (any, bool, error) {
	if o, ok := v.(*object.PSObject); ok {
		for _, n := range o.TypeNames {
			if strings.EqualFold(n, ct.name) {
				return v, true, nil
			}
		}
	}
	if m := ct.assignableCtor(v); m != nil {
		// A constructor whose one parameter takes the value as it is
		// comes first (LanguagePrimitives' constructor conversion runs
		// before the hashtable-to-properties one).
		x, err := ct.newInstance(r, []any{v})
		return x, true, err
	}
	var keys, vals []any
	switch x := v.(type) {
	case *object.Hashtable:
		keys, vals = x.Keys(), x.Values()
	case *object.PSObject:
		// A custom object (ConvertFrom-Json, Import-Csv) converts through
		// its properties as a hashtable does.
		if !x.IsCustom() {
			break
		}
		for _, p := range x.Properties() {
			keys = append(keys, p.Name)
			vals = append(vals, p.GetValue())
		}
		if keys == nil {
			keys, vals = []any{}, []any{}
		}
	}
	if keys != nil {
		x, err := ct.newInstance(r, nil)
		if err != nil {
			return nil, true, err
		}
		obj := x.(*object.PSObject)
		for i, k := range keys {
			name := dotnet.ToString(k)
			m := obj.Member(name)
			if m == nil || m.Kind != object.Property {
				return nil, true, dotnet.ClassCastError(v, ct.name, object.NewException(runtimeExceptionType,
					"Cannot create object of type \"%s\". The %s property was not found for the %s object. The available property is: %s",
					ct.name, name, ct.name, availableProps(obj)))
			}
			if err := m.Set(vals[i]); err != nil {
				return nil, true, err
			}
		}
		return obj, true, nil
	}
	for _, m := range ct.code.ctors {
		if len(m.params) == 1 {
			x, err := ct.newInstance(r, []any{v})
			return x, true, err
		}
	}
	return nil, false, nil
}

// availableProps lists settable properties as PowerShell's message does:
// [Name <System.String>] , [Age <System.Int32>].
func availableProps(o *object.PSObject) string {
	var parts []string
	for _, m := range o.Members() {
		if m.Kind == object.Property {
			parts = append(parts, fmt.Sprintf("[%s <%s>]", m.Name, m.Type))
		}
	}
	return strings.Join(parts, " , ")
}

// knownType reports whether a parameter or property type can be
// converted to. cspsh does not model every .NET type a class may name
// (System.IFormatProvider, …); a value for one of those is kept as is.
func knownType(name string) bool {
	if name == "" {
		return false
	}
	_, ok := dotnet.ResolveType(name)
	return ok
}

// mirrorProp keeps ex.Props[name] equal to the property's value.
func mirrorProp(ex *object.Exception, m *object.Member) {
	ex.Props[m.Name] = m.Value
	set := m.Set
	m.Set = func(v any) error {
		if err := set(v); err != nil {
			return err
		}
		ex.Props[m.Name] = m.Value
		return nil
	}
}

// exceptionBase runs System.Exception(message) or (message, inner) for a
// constructor that calls base(…).
func exceptionBase(r *Runner, obj *object.PSObject, ctor *methodCode) error {
	ex, _ := obj.Base.(*object.Exception)
	if ex == nil {
		return nil
	}
	var args []any
	for _, a := range ctor.baseArgs {
		v, err := a(r)
		if err != nil {
			return err
		}
		args = append(args, v)
	}
	if len(args) > 0 && args[0] != nil {
		ex.Message = dotnet.ToString(args[0])
	}
	if len(args) > 1 {
		switch in := args[1].(type) {
		case *object.Exception:
			ex.Inner = in
		case *object.ErrorRecord:
			ex.Inner = in.Exception
		case *object.PSObject:
			if e, ok := in.Base.(*object.Exception); ok {
				ex.Inner = e
			}
		}
	}
	return nil
}

// assignableCtor is a constructor of one typed parameter that takes v
// without conversion; an untyped ([object]) one does not count, so that
// a hashtable still sets properties on a class that has one.
func (ct *classType) assignableCtor(v any) *methodCode {
	if v == nil {
		return nil
	}
	for _, m := range ct.code.ctors {
		if len(m.params) != 1 || m.params[0].typeName == "" {
			continue
		}
		if t, ok := dotnet.ResolveType(m.params[0].typeName); ok && dotnet.IsInstance(v, t) {
			return m
		}
	}
	return nil
}
