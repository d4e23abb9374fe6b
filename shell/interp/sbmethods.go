package interp

import (
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// scriptBlockMethod runs the methods of a script block value: Invoke,
// InvokeReturnAsIs, GetNewClosure, ToString.
func (r *Runner) scriptBlockMethod(sb *ScriptBlock, name string, args []any) (any, bool, error) {
	switch strings.ToLower(name) {
	case "invoke":
		err := r.invokeArgsCheck(sb, args)
		var out []any
		if err == nil {
			out, err = r.invokeBlock(sb, invokeOpts{args: args, newScope: true})
		}
		if err != nil {
			return nil, true, r.methodException("Invoke", len(args), err)
		}
		if out == nil {
			out = []any{}
		}
		// ScriptBlock.Invoke returns a Collection<PSObject>, not an
		// array (.NET API): $sb.Invoke().GetType().Name is Collection`1.
		return &object.List{TypeName: invokeResultType, ElemType: "System.Management.Automation.PSObject", Items: out}, true, nil
	case "invokereturnasis":
		if err := r.invokeArgsCheck(sb, args); err != nil {
			return nil, true, err
		}
		out, err := r.invokeBlock(sb, invokeOpts{args: args, newScope: true})
		if err != nil {
			return nil, true, err
		}
		return object.Collapse(out), true, nil
	case "getnewclosure":
		return r.newClosure(sb), true, nil
	case "tostring":
		return sb.String(), true, nil
	}
	return nil, false, nil
}

// methodException wraps an error raised inside $sb.Invoke() as .NET
// reflection does: a MethodInvocationException, "Exception calling
// "Invoke" with "0" argument(s): "…"", whose inner exception is the
// original.
func (r *Runner) methodException(method string, n int, err error) error {
	rec, ok := asRecord(err)
	if !ok || IsStopped(rec) {
		return err
	}
	delete(r.scriptTerm, rec)
	inner := rec.Exception
	msg := rec.Error()
	ex := object.NewException("System.Management.Automation.MethodInvocationException",
		"Exception calling \"%s\" with \"%d\" argument(s): \"%s\"", method, n, msg)
	ex.Inner = inner
	id := "RuntimeException"
	if inner != nil {
		id = dotnet.ShortName(inner.Type)
	}
	return object.NewError(ex, id, "NotSpecified", nil)
}

// newClosure copies the variables of the current scope (and of the
// function scopes above it) into a new scope the block will run under
// (GetNewClosure).
func (r *Runner) newClosure(sb *ScriptBlock) *ScriptBlock {
	cl := &Scope{parent: r.global}
	for s := r.scope; s != nil && (s != r.global || s == r.scope); s = s.parent {
		s.vars.each(func(k string, v *Variable) {
			if _, ok := cl.vars.get(k); !ok {
				cp := *v
				cl.vars.put(k, &cp)
			}
		})
	}
	return &ScriptBlock{code: sb.code, closure: cl}
}

// property reads a script block's properties.
func (sb *ScriptBlock) property(name string) (any, bool) {
	switch strings.ToLower(name) {
	case "file":
		if sb.code.file != nil && sb.code.file.Name != "" {
			return sb.code.file.Name, true
		}
		return nil, true
	case "isfilter":
		return sb.code.isFilter, true
	case "startposition", "ast":
		return sb.String(), true
	}
	return nil, false
}

var _ object.ScriptBlock = (*ScriptBlock)(nil)

// createScriptBlock is [scriptblock]::Create(text): the text parsed and
// compiled into a script block value.
func (r *Runner) createScriptBlock(text string) (*ScriptBlock, error) {
	f := syntax.NewFile("", text)
	b, err := syntax.Parse(f)
	if err != nil {
		rec := r.parseFailure(err)
		return nil, r.methodException("Create", 1, rec)
	}
	c := &compiler{file: f}
	return c.scriptBlock(b), nil
}

// invokeResultType is the .NET type of what ScriptBlock.Invoke returns.
const invokeResultType = "System.Collections.ObjectModel.Collection`1[System.Management.Automation.PSObject]"
