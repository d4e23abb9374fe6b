package interp

import (
	"os"
	"path/filepath"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// usingStmt compiles `using namespace` (type names then resolve inside
// the namespace too) and `using module` (a module by name, or a script
// module by path relative to the script, whose classes and functions it
// defines). `using assembly` has nothing to load here.
func (c *compiler) usingStmt(s *syntax.UsingStmt) stmtFn {
	u := c.usingCode(s)
	return func(r *Runner, out emitFn) error {
		if u.done {
			// hoistTypes ran it before the block's types were defined.
			u.done = false
			return nil
		}
		return u.run(r, out)
	}
}

// usingCode is a compiled using statement; done is set when hoistTypes
// ran it ahead of its place.
type usingCode struct {
	run  stmtFn
	done bool
}

// usingCode compiles a using statement once for the hoist and its place.
func (c *compiler) usingCode(s *syntax.UsingStmt) *usingCode {
	if u, ok := c.hoisted[s].(*usingCode); ok {
		return u
	}
	u := &usingCode{run: c.usingRun(s)}
	if c.hoisted == nil {
		c.hoisted = map[syntax.Stmt]any{}
	}
	c.hoisted[s] = u
	return u
}

// usingRun is what a using statement does.
func (c *compiler) usingRun(s *syntax.UsingStmt) stmtFn {
	at := siteOf(c.file, s)
	name := s.Name
	dir := ""
	if c.file != nil && c.file.Name != "" {
		dir = filepath.Dir(c.file.Name)
	}
	switch s.Kind {
	case "namespace":
		return func(*Runner, emitFn) error {
			dotnet.AddUsingNamespace(name)
			return nil
		}
	case "module":
		return func(r *Runner, _ emitFn) error {
			target := name
			if dir != "" && !filepath.IsAbs(target) && strings.ContainsAny(target, `/\`) {
				rel := filepath.Join(dir, filepath.FromSlash(strings.ReplaceAll(target, `\`, "/")))
				if _, err := os.Stat(rel); err == nil {
					target = rel
				}
			}
			if _, err := r.importModule(target); err != nil {
				rec := parseErrorAt(at, "ModuleNotFoundDuringParse", "Could not find the module '"+name+"'.")
				r.scriptTerm[rec] = true
				return rec
			}
			return nil
		}
	}
	return func(*Runner, emitFn) error { return nil }
}

// enumDefAttrs is enumDef with the attributes written before the keyword:
// [Flags()] makes the values combine ("Archive, Compressed").
func (c *compiler) enumDefAttrs(s *syntax.EnumDef) stmtFn {
	e := c.enumCode(s)
	return func(r *Runner, out emitFn) error {
		if e.done {
			// hoistTypes defined it: defining it again would make a
			// second type that values made meanwhile do not belong to.
			e.done = false
			return nil
		}
		return e.run(r, out)
	}
}

// enumCode is a compiled enum statement shared by the hoist and its place
// (see usingCode).
type enumCode struct {
	run  stmtFn
	done bool
}

// enumCode compiles an enum statement once.
func (c *compiler) enumCode(s *syntax.EnumDef) *enumCode {
	if e, ok := c.hoisted[s].(*enumCode); ok {
		return e
	}
	e := &enumCode{run: c.enumDefRun(s)}
	if c.hoisted == nil {
		c.hoisted = map[syntax.Stmt]any{}
	}
	c.hoisted[s] = e
	return e
}

// enumDefRun defines the enum, with [Flags()] applied.
func (c *compiler) enumDefRun(s *syntax.EnumDef) stmtFn {
	def := c.enumDef(s)
	flags := false
	for _, a := range s.Attributes {
		switch strings.ToLower(a.Type.Name) {
		case "flags", "flagsattribute", "system.flags", "system.flagsattribute":
			flags = true
		}
	}
	if !flags {
		return def
	}
	name := s.Name
	return func(r *Runner, out emitFn) error {
		if err := def(r, out); err != nil {
			return err
		}
		if t, ok := dotnet.LookupEnum(name); ok {
			t.Flags = true
		}
		return nil
	}
}

// parseErrorAt is an error PowerShell reports while compiling a script
// (a ParseException placed at the offending text), found here when the
// statement runs.
func parseErrorAt(at site, id, msg string) *object.ErrorRecord {
	ex := object.NewException("System.Management.Automation.ParseException", "%s", msg)
	rec := object.NewError(ex, id, "ParserError", nil)
	rec.Invocation = at.info()
	return rec
}
