package interp

import (
	"strconv"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Variable is one PowerShell variable.
type Variable struct {
	Name  string
	Value any
	// Type is the type constraint of `[int]$x = …`: later assignments
	// convert to it. "" means none.
	Type        string
	Description string
	Options     varOptions
	// get computes automatic variables such as $? and $PWD.
	get func() any
	// nbits holds an Int32 or a Double unboxed while Value is an
	// int32Mark or a doubleMark (numslot.go).
	nbits uint64
	// check holds the validation attributes the variable was declared
	// with; every assignment must pass them (varvalidate.go). A
	// variable with a check always has a Type.
	check *pipeline.ParamDecl
}

type varOptions uint8

const (
	optReadOnly varOptions = 1 << iota
	optConstant
	optPrivate
	optAllScope
)

func (o varOptions) String() string {
	var parts []string
	if o&optReadOnly != 0 {
		parts = append(parts, "ReadOnly")
	}
	if o&optConstant != 0 {
		parts = append(parts, "Constant")
	}
	if o&optPrivate != 0 {
		parts = append(parts, "Private")
	}
	if o&optAllScope != 0 {
		parts = append(parts, "AllScope")
	}
	if len(parts) == 0 {
		return "None"
	}
	return strings.Join(parts, ", ")
}

// value returns the variable's current value.
func (v *Variable) value() any {
	if v.get != nil {
		return v.get()
	}
	if b, ok := v.unboxed(); ok {
		return b
	}
	return v.Value
}

// Scope is one PowerShell scope: global, script, a function call or a
// script block invocation. Reading a variable walks up the parents, which
// are the callers (PowerShell's dynamic scoping).
type Scope struct {
	parent  *Scope
	vars    varTable
	funcs   map[string]funcSlot
	aliases map[string]string
	// privAliases marks the aliases made with -Option Private: only
	// this scope sees them (about_Scopes, "Private Option").
	privAliases map[string]bool
	// gen is bumped when a variable is created here, so reference sites
	// that cached a variable found further up look again.
	gen uint32
	// nchild counts active child scopes.
	nchild   int32
	isScript bool
	// strict is the Set-StrictMode setting made in this scope
	// (strictmode.go): 0 inherits the parent's.
	strict strictSetting
	// frame holds the invocation's automatic variables ($args, $input,
	// $PSBoundParameters, $MyInvocation, $PSCmdlet), made real on first use.
	frame *callFrame
	// allScope counts the AllScope variables New-Variable or
	// Set-Variable made (kept on the global scope): while there are
	// none, defining a variable does not look for one to share.
	allScope int
}

func newScope(parent *Scope) *Scope {
	return &Scope{parent: parent}
}

// local returns the variable defined in s itself.
func (s *Scope) local(lname string) *Variable {
	if v, ok := s.vars.get(lname); ok {
		return v
	}
	if s.frame != nil {
		return s.frame.materialize(s, lname)
	}
	return nil
}

// find walks up from s; private variables of outer scopes are skipped.
func (s *Scope) find(lname string) *Variable {
	for sc := s; sc != nil; sc = sc.parent {
		if v := sc.local(lname); v != nil {
			if sc != s && v.Options&optPrivate != 0 {
				continue
			}
			return v
		}
	}
	return nil
}

// define creates (or returns) the variable lname in s.
func (r *Runner) define(s *Scope, name string) *Variable {
	return r.defineL(s, name, strings.ToLower(name))
}

// defineL is define with the lower-case name already known.
func (r *Runner) defineL(s *Scope, name, lname string) *Variable {
	if v := s.local(lname); v != nil {
		return v
	}
	v := r.allScopeVar(s, lname)
	if v == nil {
		v = &Variable{Name: name}
	}
	s.vars.put(lname, v)
	if s != r.scope || s.nchild > 0 {
		r.gen++
	} else {
		s.gen++
	}
	return v
}

// defineVar adds an existing (new) variable v to s as lname.
func (r *Runner) defineVar(s *Scope, lname string, v *Variable) {
	s.vars.put(lname, v)
	if s != r.scope || s.nchild > 0 {
		r.gen++
	} else {
		s.gen++
	}
}

// remove deletes lname from s.
func (r *Runner) remove(s *Scope, lname string) bool {
	if !s.vars.del(lname) {
		return false
	}
	r.gen++
	return true
}

// pushScope enters a new child scope of parent.
func (r *Runner) pushScope(parent *Scope) (*Scope, *Scope) {
	s := &Scope{parent: parent}
	parent.nchild++
	old := r.scope
	r.scope = s
	return s, old
}

// popScope leaves s and returns to old.
func (r *Runner) popScope(s, old *Scope) {
	s.parent.nchild--
	r.scope = old
}

// scriptScope returns the nearest script scope.
func (r *Runner) scriptScope() *Scope {
	for s := r.scope; s != nil; s = s.parent {
		if s.isScript {
			return s
		}
	}
	return r.global
}

// scopeByName resolves a -Scope argument: Global, Script, Local, Private,
// or a number of levels up.
func (r *Runner) scopeByName(name string) (*Scope, error) {
	switch strings.ToLower(name) {
	case "", "local", "private":
		return r.scope, nil
	case "global":
		return r.global, nil
	case "script":
		return r.scriptScope(), nil
	}
	n, err := strconv.Atoi(name)
	if err != nil || n < 0 {
		return nil, object.NewException("System.ArgumentException",
			"The scope number '%s' exceeds the number of active scopes.", name)
	}
	s := r.scope
	for ; n > 0 && s != nil; n-- {
		s = s.parent
	}
	if s == nil {
		return nil, object.NewException("System.ArgumentOutOfRangeException",
			"The scope number '%s' exceeds the number of active scopes.", name)
	}
	return s, nil
}

// assign stores val into v, converting to its type constraint.
func (r *Runner) assign(v *Variable, val any) error {
	if v.Type == "" && v.Options == 0 {
		v.Value, v.get = val, nil
		return nil
	}
	if v.Options&(optReadOnly|optConstant) != 0 {
		opt := "read-only or constant"
		ex := object.NewException("System.Management.Automation.SessionStateUnauthorizedAccessException",
			"Cannot overwrite variable %s because it is %s.", v.Name, opt)
		return object.NewError(ex, "VariableNotWritable", "WriteError", v.Name)
	}
	if v.Type != "" {
		c, err := dotnet.Convert(val, v.Type)
		if err != nil {
			// A type-constrained variable rejects the value as its
			// ArgumentTypeConverterAttribute does.
			ex := object.NewException("System.Management.Automation.ArgumentTransformationMetadataException", "%s", err.Error())
			if inner, ok := err.(*object.Exception); ok {
				ex.Inner = inner
			}
			return object.NewError(ex, "RuntimeException", "MetadataError", nil)
		}
		if err := refuseSuspendValue(c); err != nil {
			return err
		}
		val = c
	}
	if err := r.checkVar(v, val); err != nil {
		return err
	}
	v.Value, v.get = val, nil
	return nil
}

// lookupVar reads a variable as seen from the current scope, following a
// scope qualifier.
func (r *Runner) lookupVar(scope, name string) *Variable {
	lname := strings.ToLower(name)
	switch scope {
	case "", "variable":
		return r.scope.find(lname)
	case "global":
		return r.visible(r.global, lname, r.global.find(lname))
	case "script":
		sc := r.scriptScope()
		return r.visible(sc, lname, sc.find(lname))
	case "local", "private":
		return r.scope.local(lname)
	}
	return nil
}

// allScopeVar is the AllScope variable lname of a scope above s: a child
// scope shares it, so a change in any scope is seen in all
// (about_Scopes, "AllScope Option").
func (r *Runner) allScopeVar(s *Scope, lname string) *Variable {
	if r.global.allScope == 0 {
		return nil
	}
	for sc := s.parent; sc != nil; sc = sc.parent {
		if v, ok := sc.vars.get(lname); ok && v.Options&optAllScope != 0 {
			return v
		}
	}
	return nil
}

// visible hides a private variable of scope sc from code running in any
// other scope, even through $global: or $script: (about_Scopes,
// "Private Option").
func (r *Runner) visible(sc *Scope, lname string, v *Variable) *Variable {
	if v == nil || v.Options&optPrivate == 0 || r.scope == sc {
		return v
	}
	if own, ok := sc.vars.get(lname); ok && own == v {
		return nil
	}
	return v
}
