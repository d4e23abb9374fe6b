package interp

import (
	"cspsh/pipeline/dotnet"
	"cspsh/shell/syntax"
)

// hoistTypes returns a statement that defines the enums and classes of a
// block before the block's other statements run: PowerShell creates the
// types of a script when it compiles it, so a class can be used above
// its definition and a class can derive from one defined below it. The
// using statements run first, as they do at parse time. It returns nil
// for a block without type definitions.
func (c *compiler) hoistTypes(stmts []syntax.Stmt) stmtFn {
	var classes []*classCode
	var enums []*enumCode
	var usings []*usingCode
	for _, s := range stmts {
		switch d := s.(type) {
		case *syntax.UsingStmt:
			usings = append(usings, c.usingCode(d))
		case *syntax.ClassDef:
			classes = append(classes, c.classCode(d))
		case *syntax.EnumDef:
			enums = append(enums, c.enumCode(d))
		}
	}
	if len(classes) == 0 && len(enums) == 0 {
		return nil
	}
	return func(r *Runner, out emitFn) error {
		// using module brings the types a class here may derive from.
		for _, u := range usings {
			if err := u.run(r, out); err != nil {
				return err
			}
			u.done = true
		}
		// An enum's values may name another enum's (enum E1 { a = [E2]::b }):
		// those wait for the others, as PowerShell sorts them.
		pendingEnums := enums
		for len(pendingEnums) > 0 {
			var later []*enumCode
			var first error
			for _, e := range pendingEnums {
				if err := e.run(r, out); err != nil {
					later = append(later, e)
					if first == nil {
						first = err
					}
					continue
				}
				e.done = true
			}
			if len(later) == len(pendingEnums) {
				// PowerShell finds this while compiling: nothing runs.
				if rec, ok := asRecord(first); ok {
					r.scriptTerm[rec] = true
					return rec
				}
				return first
			}
			pendingEnums = later
		}
		// A base class may come after the classes deriving from it.
		pending := classes
		for len(pending) > 0 {
			var later []*classCode
			for _, code := range pending {
				if !code.baseKnown() {
					later = append(later, code)
					continue
				}
				if err := code.hoist(r); err != nil {
					return err
				}
			}
			if len(later) == len(pending) {
				// No progress: the first one reports its missing base.
				return later[0].hoist(r)
			}
			pending = later
		}
		return nil
	}
}

// hoist defines the class ahead of its statement. A failure (a base type
// that does not exist) stops the script, as PowerShell's parse-time
// TypeNotFound error does.
func (code *classCode) hoist(r *Runner) error {
	if err := code.define(r); err != nil {
		if rec, ok := asRecord(err); ok {
			r.scriptTerm[rec] = true
			return rec
		}
		return err
	}
	code.hoisted = true
	return nil
}

// baseKnown reports whether the class's base type (the first name after
// ':') can be resolved yet.
func (code *classCode) baseKnown() bool {
	if len(code.bases) == 0 {
		return true
	}
	_, ok := dotnet.ResolveType(code.bases[0])
	return ok || isInterfaceName(code.bases[0])
}
