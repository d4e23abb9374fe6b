package interp

import (
	"strings"
	"unicode"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// Script classes (about_Classes). A class statement compiles once into a
// classCode; running it defines a classType and registers it with
// pipeline/dotnet, so that [Name], casts, -is, New-Object, [Name]::new()
// and [Name]::Static reach it. An instance is a *object.PSObject whose
// type names are the class chain, with typed property members and
// method members that run the compiled bodies.

// classCode is the compiled form of one class statement.
type classCode struct {
	name       string
	bases      []string
	baseAt     []site      // where each base type is written
	props      []*propCode // instance properties in source order
	statics    []*propCode
	methods    []*methodCode // instance methods
	staticFns  []*methodCode
	ctors      []*methodCode
	staticCtor *methodCode
	at         site
	// hoisted is set when hoistTypes defined the class before its block
	// ran; the statement itself then has nothing left to do.
	hoisted bool
}

// propCode is one compiled property.
type propCode struct {
	name     string
	typeName string // "" is [object]
	hidden   bool
	init     exprFn // nil without an initializer
	checks   []propCheck
}

// methodCode is one compiled method or constructor.
type methodCode struct {
	name     string
	lname    string
	ret      string // the output type as written; "void" returns nothing
	params   []methodParam
	body     *blockCode
	baseCall bool
	baseArgs []exprFn
	hidden   bool
}

// methodParam is a method parameter: its name and type ("" is [object]),
// and the attributes written before it with their file, for validation
// (methodvalidate.go).
type methodParam struct {
	name, typeName string
	attrs          []*syntax.Attribute
	file           *syntax.File
}

// methodReturnErr carries a method's return value up to the method call,
// through the loops and blocks of its body, as break does for loops.
type methodReturnErr struct{ value any }

func (*methodReturnErr) Error() string { return "return" }
func (*methodReturnErr) flow()         {}

// methodReturn compiles return inside a class method: the value is the
// method's result, not output.
func (c *compiler) methodReturn(s *syntax.ReturnStmt) stmtFn {
	if s.Value == nil {
		return func(*Runner, emitFn) error { return &methodReturnErr{value: object.Null} }
	}
	v := c.value(s.Value)
	return func(r *Runner, _ emitFn) error {
		x, err := v(r)
		if err != nil {
			return err
		}
		return &methodReturnErr{value: x}
	}
}

// classDef compiles a class statement.
func (c *compiler) classDef(s *syntax.ClassDef) stmtFn {
	code := c.classCode(s)
	return func(r *Runner, _ emitFn) error {
		if code.hoisted {
			code.hoisted = false
			return nil
		}
		return code.define(r)
	}
}

// classCode compiles a class statement once, however many times the
// compiler meets it (hoisted, then in place).
func (c *compiler) classCode(s *syntax.ClassDef) *classCode {
	if code, ok := c.hoisted[s].(*classCode); ok {
		return code
	}
	code := &classCode{name: s.Name, at: siteOf(c.file, s)}
	if c.hoisted == nil {
		c.hoisted = map[syntax.Stmt]any{}
	}
	c.hoisted[s] = code
	for _, b := range s.Bases {
		code.bases = append(code.bases, b.Name)
		code.baseAt = append(code.baseAt, siteOf(c.file, b))
	}
	for _, p := range s.Properties {
		pc := &propCode{name: p.Name, hidden: p.Hidden, checks: c.propChecks(p.Attributes)}
		if p.Type != nil {
			pc.typeName = p.Type.Name
		}
		if p.Default != nil {
			pc.init = c.expr(p.Default)
		}
		if p.Static {
			code.statics = append(code.statics, pc)
		} else {
			code.props = append(code.props, pc)
		}
	}
	for _, m := range s.Methods {
		mc := c.method(m)
		switch {
		case m.Constructor && m.Static:
			code.staticCtor = mc
		case m.Constructor:
			code.ctors = append(code.ctors, mc)
		case m.Static:
			code.staticFns = append(code.staticFns, mc)
		default:
			code.methods = append(code.methods, mc)
		}
	}
	return code
}

// method compiles a method body with its own compiler, in which return
// gives the method's value and other output is dropped.
func (c *compiler) method(m *syntax.MethodMember) *methodCode {
	mc := &methodCode{name: m.Name, lname: strings.ToLower(m.Name), hidden: m.Hidden, baseCall: m.BaseCall}
	// about_Classes_Methods: "If a method doesn't explicitly define an
	// output type, the method's output type is Void."
	mc.ret = "void"
	if m.ReturnType != nil {
		mc.ret = m.ReturnType.Name
		if strings.EqualFold(mc.ret, "void") || strings.EqualFold(mc.ret, "System.Void") {
			mc.ret = "void"
		}
	}
	for _, p := range m.Params {
		mp := methodParam{name: p.Name.Name, attrs: p.Attributes, file: c.file}
		if len(p.Types) > 0 {
			mp.typeName = p.Types[len(p.Types)-1].Name
		}
		mc.params = append(mc.params, mp)
	}
	for _, a := range m.BaseArgs {
		mc.baseArgs = append(mc.baseArgs, c.expr(a))
	}
	body := &compiler{file: c.file, inMethod: true}
	mc.body = body.blockOf(m.Body)
	return mc
}

// classType is a defined class at run time.
type classType struct {
	code      *classCode
	name      string
	base      *classType // the base when it is a script class
	typeNames []string   // the instance's type names, most derived first
	defScope  *Scope     // methods run in a child of the defining scope
	statics   *object.PSObject
	dt        *dotnet.ClassType
	// exception is set for a class deriving from System.Exception: its
	// instances wrap an *object.Exception that throw and catch see.
	exception bool
	// staticState is 0 until the static members are first used, 1 while
	// their initializers and the static constructor run, 2 after.
	staticState int
	runner      *Runner
	slots       map[string]*methodSlot // per method name, see methodSlot
}

// define runs the class statement: it resolves the base type, registers
// the class and initialises its static properties.
func (code *classCode) define(r *Runner) error {
	ct := &classType{code: code, name: code.name, defScope: r.scope, runner: r}
	baseName := "System.Object"
	var ifaces []string
	for i, b := range code.bases {
		if bd, ok := dotnet.LookupClass(b); ok && i == 0 {
			if impl, ok := bd.Impl.(*classType); ok {
				ct.base = impl
				baseName = bd.FullName
				continue
			}
		}
		tv, ok := dotnet.ResolveType(b)
		if !ok && isInterfaceName(b) {
			// An interface cspsh has no table entry for, such as
			// System.IEquatable[object]: the class implements it.
			ifaces = append(ifaces, b)
			continue
		}
		if !ok {
			// PowerShell finds this when it compiles the script.
			return parseErrorAt(code.baseAt[i], "TypeNotFound", "Unable to find type ["+b+"].")
		}
		if i == 0 && !isInterfaceName(tv.FullName) {
			baseName = tv.FullName
			continue
		}
		ifaces = append(ifaces, tv.FullName)
	}
	if ct.base != nil && len(code.ctors) == 0 && !ct.base.hasDefaultCtor() {
		// PSType.cs DefineMembers: a class without constructors needs its
		// base's parameterless one.
		return parseErrorAt(code.at, "BaseClassNoDefaultCtor", "Base class '"+ct.base.name+"' does not contain a parameterless constructor.")
	}
	ct.exception = dotnet.ExceptionIs(baseName, "System.Exception")
	ct.typeNames = []string{code.name}
	if ct.base != nil {
		ct.typeNames = append(ct.typeNames, ct.base.typeNames...)
	} else {
		for b := baseName; b != ""; b = dotnet.BaseType(b) {
			ct.typeNames = append(ct.typeNames, b)
		}
		if ct.typeNames[len(ct.typeNames)-1] != "System.Object" {
			ct.typeNames = append(ct.typeNames, "System.Object")
		}
	}
	ct.dt = &dotnet.ClassType{
		FullName: code.name, Base: baseName, Ifaces: ifaces, Impl: ct,
		New:        func(args []any) (any, error) { return ct.newInstance(r, args) },
		Convert:    func(v any) (any, bool, error) { return ct.convert(r, v) },
		GetStatic:  ct.getStatic,
		SetStatic:  ct.setStatic,
		CallStatic: func(name string, args []any) (any, bool, error) { return ct.callStatic(r, name, args) },
		Ctors:      ctorDefinitions(code),
		Statics:    staticDefinitions(code),
	}
	dotnet.RegisterClass(ct.dt)
	ct.statics = object.NewObject(code.name)
	for _, p := range code.statics {
		ct.statics.Add(ct.propMember(r, p))
	}
	return nil
}

// ensureStatics runs the static initializers and the static constructor
// the first time the class is used, as .NET runs a static constructor:
// the base class's first (about_Classes_Constructors, "Constructor run
// ordering").
func (ct *classType) ensureStatics() error {
	if ct.staticState != 0 {
		return nil
	}
	if ct.base != nil {
		if err := ct.base.ensureStatics(); err != nil {
			return err
		}
	}
	ct.staticState = 1
	defer func() { ct.staticState = 2 }()
	r := ct.runner
	for _, p := range ct.code.statics {
		if p.init == nil {
			continue
		}
		s, old := r.pushScope(ct.defScope)
		v, err := p.init(r)
		r.popScope(s, old)
		if err == nil {
			err = ct.statics.Member(p.name).Set(v)
		}
		if err != nil {
			return err
		}
	}
	if ct.code.staticCtor != nil {
		if _, err := ct.run(r, ct.code.staticCtor, nil, nil); err != nil {
			return err
		}
	}
	return nil
}

// isInterfaceName tells an interface after ':' from a base class by .NET's
// naming rule: IComparable, IDisposable, IEquatable`1 …
func isInterfaceName(full string) bool {
	if i := strings.IndexByte(full, '['); i > 0 {
		full = full[:i]
	}
	short := dotnet.ShortName(full)
	r := []rune(short)
	return len(r) > 1 && r[0] == 'I' && unicode.IsUpper(r[1])
}

// chain lists the class and its script bases, most derived first.
func (ct *classType) chain() []*classType {
	var out []*classType
	for c := ct; c != nil; c = c.base {
		out = append(out, c)
	}
	return out
}

// getStatic reads a static property of the class or of a script base.
func (ct *classType) getStatic(name string) (any, bool) {
	// An initializer's error surfaces where the class is next used.
	_ = ct.ensureStatics()
	for _, c := range ct.chain() {
		if m := c.statics.Member(name); m != nil {
			return m.GetValue(), true
		}
	}
	return nil, false
}

// setStatic assigns a static property, converting to its type.
func (ct *classType) setStatic(name string, v any) (bool, error) {
	if err := ct.ensureStatics(); err != nil {
		return true, err
	}
	for _, c := range ct.chain() {
		if m := c.statics.Member(name); m != nil {
			return true, m.Set(v)
		}
	}
	return false, nil
}

// callStatic runs the static method overload that fits the arguments;
// a derived class's definition replaces its base's (about_Classes_Methods).
func (ct *classType) callStatic(r *Runner, name string, args []any) (any, bool, error) {
	lname := strings.ToLower(name)
	var cands []overload
	for _, c := range ct.chain() {
		for _, m := range c.code.staticFns {
			if m.lname == lname {
				cands = addOverload(cands, c, m)
			}
		}
	}
	if len(cands) == 0 {
		return nil, false, nil
	}
	if err := ct.ensureStatics(); err != nil {
		return nil, true, err
	}
	o, ok := pickOverload(cands, args)
	if !ok {
		return nil, true, overloadErr(name, len(args))
	}
	v, err := o.class.run(r, o.method, nil, args)
	return v, true, err
}

// propMember makes the member of one property: it holds default(T) until
// assigned, and converts and validates every value assigned.
func (ct *classType) propMember(r *Runner, p *propCode) *object.Member {
	m := &object.Member{Name: p.name, Kind: object.Property, Hidden: p.hidden}
	full := "System.Object"
	if p.typeName != "" {
		if tv, ok := dotnet.ResolveType(p.typeName); ok {
			full = tv.FullName
		}
		m.Value = members.TypeDefault(full)
	}
	m.Type = full
	typeName := p.typeName
	m.Set = func(v any) error {
		if knownType(typeName) {
			x, err := r.convertTo(v, typeName)
			if err != nil {
				return setValueError(p.name, err)
			}
			v = x
		}
		for _, chk := range p.checks {
			if msg := chk(r, v); msg != "" {
				return setValueError(p.name, object.NewException("System.Management.Automation.ValidationMetadataException", "%s", msg))
			}
		}
		m.Value = v
		return nil
	}
	return m
}

// setValueError is SetValueInvocationException: Exception setting "P": "…".
func setValueError(prop string, err error) error {
	msg := err.Error()
	var inner *object.Exception
	switch e := err.(type) {
	case *object.Exception:
		inner = e
	case *object.ErrorRecord:
		inner = e.Exception
		msg = e.Exception.Message
	}
	ex := &object.Exception{Type: "System.Management.Automation.SetValueInvocationException",
		Message: "Exception setting \"" + prop + "\": \"" + msg + "\"", Inner: inner}
	return object.NewError(ex, "ExceptionWhenSetting", "NotSpecified", nil)
}

// overloadErr is MethodCountCouldNotFindBest.
func overloadErr(name string, n int) error {
	ex := object.NewException("System.Management.Automation.MethodException",
		"Cannot find an overload for \"%s\" and the argument count: \"%d\".", name, n)
	return object.NewError(ex, "MethodCountCouldNotFindBest", "NotSpecified", nil)
}

// hasDefaultCtor reports whether the class can be constructed without
// arguments: it defines no constructor, or a parameterless one.
func (ct *classType) hasDefaultCtor() bool {
	if len(ct.code.ctors) == 0 {
		return true
	}
	for _, m := range ct.code.ctors {
		if len(m.params) == 0 {
			return true
		}
	}
	return false
}
