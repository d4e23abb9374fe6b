package interp

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// propCheck validates a value assigned to a class property; it returns
// PowerShell's message, or "" when the value is valid.
type propCheck func(v any) string

// Texts of Metadata.resx the property validation attributes use.
const (
	msgPropNotNull        = "The argument is null. Provide a valid value for the argument, and then try running the command again."
	msgPropNotNullOrEmpty = "The argument is null or empty. Provide an argument that is not null or empty, and then try the command again."
	msgPropSet            = "The argument \"%s\" does not belong to the set \"%s\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again."
	msgPropRangeMax       = "The %s argument is greater than the maximum allowed range of %s. Supply an argument that is less than or equal to %s and then try the command again."
	msgPropRangeMin       = "The %s argument is less than the minimum allowed range of %s. Supply an argument that is greater than or equal to %s and then try the command again."
	msgPropPattern        = "The argument \"%s\" does not match the \"%s\" pattern. Supply an argument that matches \"%s\" and try the command again."
)

// propChecks reads the validation attributes of a property
// (about_Classes: "Validation is triggered the moment that the value is
// assigned").
func propChecks(attrs []*syntax.Attribute) []propCheck {
	var out []propCheck
	for _, a := range attrs {
		args := make([]any, len(a.Positional))
		for i, x := range a.Positional {
			args[i] = constValue(x)
		}
		switch strings.TrimSuffix(strings.ToLower(a.Type.Name), "attribute") {
		case "validatenotnull":
			out = append(out, func(v any) string {
				if v == nil {
					return msgPropNotNull
				}
				return ""
			})
		case "validatenotnullorempty":
			out = append(out, func(v any) string {
				if v == nil || v == "" {
					return msgPropNotNullOrEmpty
				}
				if items, ok := dotnet.Enumerate(v); ok && len(items) == 0 {
					return msgPropNotNullOrEmpty
				}
				return ""
			})
		case "validateset":
			set := make([]string, len(args))
			for i, x := range args {
				set[i] = dotnet.ToString(x)
			}
			out = append(out, func(v any) string {
				s := dotnet.ToString(v)
				for _, m := range set {
					if strings.EqualFold(m, s) {
						return ""
					}
				}
				return fmt.Sprintf(msgPropSet, s, strings.Join(set, ","))
			})
		case "validaterange":
			if len(args) != 2 {
				continue
			}
			lo, hi := args[0], args[1]
			out = append(out, func(v any) string {
				x, e1 := dotnet.Convert(v, "double")
				l, e2 := dotnet.Convert(lo, "double")
				h, e3 := dotnet.Convert(hi, "double")
				if e1 != nil || e2 != nil || e3 != nil {
					return ""
				}
				s := dotnet.ToString(v)
				if x.(float64) > h.(float64) {
					m := dotnet.ToString(hi)
					return fmt.Sprintf(msgPropRangeMax, s, m, m)
				}
				if x.(float64) < l.(float64) {
					m := dotnet.ToString(lo)
					return fmt.Sprintf(msgPropRangeMin, s, m, m)
				}
				return ""
			})
		case "validatepattern":
			if len(args) < 1 {
				continue
			}
			pat := dotnet.ToString(args[0])
			re, err := regexp.Compile("(?i)" + pat)
			if err != nil {
				continue
			}
			out = append(out, func(v any) string {
				if s := dotnet.ToString(v); !re.MatchString(s) {
					return fmt.Sprintf(msgPropPattern, s, pat, pat)
				}
				return ""
			})
		}
	}
	return out
}

// constValue is the value of a constant attribute argument.
func constValue(e syntax.Expr) any {
	switch t := e.(type) {
	case *syntax.NumberLit:
		return t.Value
	case *syntax.UnaryExpr:
		if t.Op == "-" {
			if n, ok := t.X.(*syntax.NumberLit); ok {
				if v, err := dotnet.Convert(n.Value, "double"); err == nil {
					return -v.(float64)
				}
			}
		}
	}
	return constString(e)
}

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
