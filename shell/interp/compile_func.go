package interp

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/shell/syntax"
)

// funcCode is a defined function: what CommandInfo.Script holds.
type funcCode struct {
	name string
	sb   *ScriptBlock
	// pending marks a CommandInfo whose parameters completeFunction has
	// yet to fill in, with its comment-based help.
	// def is the definition, whose comments are read for help only then
	// (most functions are never looked up, and finding the comments
	// means scanning the text around each one).
	pending bool
	def     *syntax.FunctionDef
	// kind is KindFunction or KindFilter, for the CommandInfo of a
	// function defined by definePlain.
	kind pipeline.CommandKind
}

// String is the function's definition (Get-Command's Definition).
func (f *funcCode) String() string { return f.sb.String() }

// functionDef compiles `function`/`filter`: the function exists once the
// statement has run (PowerShell does not hoist), in the current scope
// unless qualified (function global:f).
func (c *compiler) functionDef(s *syntax.FunctionDef) stmtFn {
	code := &sbCode{ast: s.Body, file: c.fileFor(s.Body), extra: s.Params, isFilter: s.IsFilter}
	name, scope := s.Name, ""
	if i := strings.IndexByte(name, ':'); i > 0 {
		switch q := strings.ToLower(name[:i]); q {
		case "global", "script", "local", "private":
			scope, name = q, name[i+1:]
		}
	}
	kind := pipeline.KindFunction
	if s.IsFilter {
		kind = pipeline.KindFilter
	}
	at := siteOf(c.file, s)
	if plainSignature(s) {
		return func(r *Runner, _ emitFn) error {
			sb := &ScriptBlock{code: code}
			r.definePlain(r.functionScope(scope), &funcCode{name: name, sb: sb, pending: true, def: s, kind: kind})
			r.markPrivateFunc(scope, name)
			return nil
		}
	}
	help := functionHelp(s)
	return func(r *Runner, _ emitFn) error {
		sb := &ScriptBlock{code: code}
		ci, err := code.info(r, name, kind)
		if err != nil {
			return at.wrap(err)
		}
		if help != nil {
			help.Apply(ci)
		}
		ci.Script = &funcCode{name: name, sb: sb}
		r.defineFunction(r.functionScope(scope), ci)
		r.markPrivateFunc(scope, name)
		return nil
	}
}

// functionHelp is a function's comment-based help (.SYNOPSIS,
// .DESCRIPTION, .EXAMPLE …) for Get-Help, or nil.
func functionHelp(s *syntax.FunctionDef) *pipeline.CommentHelp {
	for _, text := range syntax.FunctionHelpComments(s) {
		if h, ok := pipeline.ParseCommentHelp(text); ok {
			return h
		}
	}
	return nil
}

// functionScope is the scope a definition qualified with scope ("global",
// "script", or "" for the current one) goes to.
func (r *Runner) functionScope(scope string) *Scope {
	switch scope {
	case "global":
		return r.global
	case "script":
		return r.scriptScope()
	}
	return r.scope
}

// defineFunction stores a function in a scope.
func (r *Runner) defineFunction(sc *Scope, ci *pipeline.CommandInfo) {
	r.ensurePrompt()
	if sc.funcs == nil {
		sc.funcs = map[string]funcSlot{}
	}
	sc.funcs[strings.ToLower(ci.Name)] = funcSlot{ci: ci}
	r.cmdGen++
}

// findFunction looks a function up through the scope chain.
func (r *Runner) findFunction(name string) *pipeline.CommandInfo {
	r.ensurePrompt()
	lname := strings.ToLower(name)
	for s := r.scope; s != nil; s = s.parent {
		if slot, ok := s.funcs[lname]; ok && (!slot.private || s == r.scope) {
			return r.completeFunction(s.slotInfo(lname, slot))
		}
	}
	return nil
}

// setFunctionValue is `$function:name = {…}`.
func (r *Runner) setFunctionValue(name string, v any) error {
	sb, ok := v.(*ScriptBlock)
	if !ok {
		return typeNotFound("scriptblock")
	}
	ci, err := sb.code.info(r, name, pipeline.KindFunction)
	if err != nil {
		return err
	}
	ci.Script = &funcCode{name: name, sb: sb}
	r.defineFunction(r.scope, ci)
	return nil
}

// enumDef compiles `enum Name { A; B = 3 }`: the type is registered with
// the .NET type table when the statement runs, so casts, [Name]::A,
// -is and ranges see it.
func (c *compiler) enumDef(s *syntax.EnumDef) stmtFn {
	type member struct {
		name string
		val  exprFn
	}
	ms := make([]member, len(s.Members))
	for i, m := range s.Members {
		ms[i] = member{name: m.Name}
		if m.Value != nil {
			ms[i].val = c.expr(m.Value)
		}
	}
	name := s.Name
	at := siteOf(c.file, s)
	return func(r *Runner, _ emitFn) error {
		t := &dotnet.EnumType{FullName: name}
		next := int64(0)
		for _, m := range ms {
			if m.val != nil {
				v, err := m.val(r)
				if err != nil {
					return err
				}
				n, err := dotnet.Convert(v, "long")
				if err != nil {
					return at.wrap(err)
				}
				next = n.(int64)
			}
			t.Names = append(t.Names, m.name)
			t.Values = append(t.Values, next)
			next++
		}
		dotnet.RegisterEnum(t)
		return nil
	}
}
