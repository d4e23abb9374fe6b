package interp

import (
	"fmt"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// strictSetting is what Set-StrictMode recorded in one scope. The zero
// value inherits the setting of the parent scope, so a function or
// script that never calls Set-StrictMode runs under its caller's rules
// (Set-StrictMode: "configures strict mode for the current scope and
// all child scopes").
type strictSetting int8

// strictOff is an explicit Set-StrictMode -Off: it stops the search up
// the scopes, so a child can turn off what its parent turned on. A
// positive setting is the major version of the rules in force.
const strictOff strictSetting = -1

// strictVersion returns the major version of the strict-mode rules in
// force in the current scope, 0 when strict mode is off. The setting
// lives on the scopes, not on the runner, so it ends with the scope that
// made it; the search only runs on the paths that could break a rule
// (an unset variable, a missing property, an index out of bounds), and
// not at all until some scope has turned strict mode on.
func (r *Runner) strictVersion() int {
	if !r.strictUsed {
		return 0
	}
	for s := r.scope; s != nil; s = s.parent {
		switch {
		case s.strict > 0:
			return int(s.strict)
		case s.strict == strictOff:
			return 0
		}
	}
	return 0
}

// setStrict records a Set-StrictMode call in the current scope: version
// 0 is -Off.
func (r *Runner) setStrict(version int) {
	if version == 0 {
		r.scope.strict = strictOff
		return
	}
	r.strictUsed = true
	r.scope.strict = strictSetting(version)
}

// strictVarRead reports whether reading the unset variable must fail:
// version 1 allows an unset variable inside an expandable string,
// version 2 and later do not (Set-StrictMode, -Version).
func (r *Runner) strictVarRead(inString bool) bool {
	v := r.strictVersion()
	return v >= 2 || v == 1 && !inString
}

// varNotSetError is the VariableIsUndefined error for reading the unset
// variable the user wrote as path ("a", "script:a"); the path is also
// the record's target, as PowerShell reports it.
func varNotSetError(path string) *object.ErrorRecord {
	ex := object.NewException(runtimeExceptionType, "%s", strings.Replace(msgVarNotSet, "%s", path, 1))
	return object.NewError(ex, "VariableIsUndefined", "InvalidOperation", path)
}

// propertyNotFoundStrict is the error strict mode 2 raises for reading
// a property the object does not have. It is a
// PropertyNotFoundException, which PowerShell files under NotSpecified.
func propertyNotFoundStrict(name string) *object.ErrorRecord {
	ex := object.NewException("System.Management.Automation.PropertyNotFoundException",
		"%s", fmt.Sprintf("The property '%s' cannot be found on this object. Verify that the property exists.", name))
	return object.NewError(ex, "PropertyNotFoundStrict", "NotSpecified", nil)
}

// msgCallWithParens is ParserStrings.StrictModeFunctionCallWithParens.
const msgCallWithParens = "The function or command was called as if it were a method. Parameters should be separated by spaces. For information about parameters, see the about_Parameters Help topic."

// callWithParensError is the error strict mode 2 raises for `f(1,2)`.
func callWithParensError() *object.ErrorRecord {
	return newRuntimeError(msgCallWithParens, "StrictModeFunctionCallWithParens", "InvalidOperation")
}

// userPath is the variable as the user wrote it, without the `$`:
// "a", "script:a".
func userPath(v *syntax.VariableExpr) string {
	if v.Scope == "" {
		return v.Name
	}
	return v.Scope + ":" + v.Name
}

// strictModeVersion reads Set-StrictMode's -Version: "Latest", or a
// PowerShell version (1.0, 2, 3.0, … 5.1). It returns the major version,
// whose rules are those of the highest version at or below it; Latest
// is 3, the last version that added rules.
func strictModeVersion(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if strings.EqualFold(s, "latest") {
		return 3, true
	}
	switch s {
	case "1", "1.0":
		return 1, true
	case "2", "2.0":
		return 2, true
	case "3", "3.0":
		return 3, true
	case "4", "4.0":
		return 4, true
	case "5", "5.0", "5.1":
		return 5, true
	}
	return 0, false
}

// methodCallSyntax reports whether a command is written like a method
// call, `f(1,2)`: one argument, a parenthesised array literal right
// after the name. Strict mode 2 rejects it, since PowerShell passes the
// array as one argument where the writer meant two.
func methodCallSyntax(cmd *syntax.Command) bool {
	if len(cmd.Args) != 1 || cmd.Name == nil || cmd.Name.End() != cmd.Args[0].Pos() {
		return false
	}
	p, ok := cmd.Args[0].(*syntax.ParenExpr)
	if !ok {
		return false
	}
	pl, ok := p.X.(*syntax.Pipeline)
	if !ok || len(pl.Elements) != 1 || pl.Background {
		return false
	}
	ce, ok := pl.Elements[0].(*syntax.CommandExpr)
	if !ok || len(ce.Redirections) != 0 {
		return false
	}
	_, ok = ce.X.(*syntax.ArrayLiteral)
	return ok
}

// strictParensCheck wraps the argument of a command written as `f(1,2)`
// so that, under strict mode 2 or later, the call fails before its
// argument is evaluated.
func strictParensCheck(val exprFn, at site) exprFn {
	return func(r *Runner) (any, error) {
		if r.strictUsed && r.strictVersion() >= 2 {
			return nil, at.wrapStmt(callWithParensError())
		}
		return val(r)
	}
}

// memberInfoCollectionType is the generic type of $x.PSObject.Properties
// and .Methods; their string indexer finds a member by name.
const memberInfoCollectionType = "System.Management.Automation.PSMemberInfoIntegratingCollection`1"

// intrinsicCount reports whether reading name on v gets the Count or
// Length that PowerShell lends a single object ((5).Count is 1). Windows
// PowerShell's strict mode 2 does not count those as properties: reading
// one on a scalar is PropertyNotFoundStrict there (PowerShell issue 2798;
// PowerShell 6.1 changed it), which is why strict scripts wrap results
// in @( ).
func intrinsicCount(v any, name string) bool {
	if !strings.EqualFold(name, "Count") && !strings.EqualFold(name, "Length") {
		return false
	}
	switch v.(type) {
	case nil, *object.Hashtable:
		return false
	}
	if _, ok := dotnet.Enumerate(v); ok {
		return false
	}
	return !hasProperty(v, name)
}

// enumeratedMissing reports whether reading name on v enumerates a
// collection (about_Member-Access_Enumeration) and some element lacks
// the property. PowerShell reads each element with a binder that does
// not enumerate, so strict mode 2 fails on that element as it would on
// the element alone, where an empty result is all it gives otherwise.
func enumeratedMissing(v any, name string) bool {
	if _, ok := v.(*object.Hashtable); ok || v == nil {
		return false
	}
	items, ok := dotnet.Enumerate(v)
	if !ok || members.HasOwn(v, name) {
		return false
	}
	for _, it := range items {
		if it == nil || !hasProperty(it, name) || intrinsicCount(it, name) {
			return true
		}
	}
	return false
}

// withDisplayType sets the type name Get-Command -Syntax and Get-Help
// show for a parameter bound as another type.
func withDisplayType(p *pipeline.ParamDecl, name string) *pipeline.ParamDecl {
	p.DisplayType = name
	return p
}
