package interp

import (
	"bufio"
	"os"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
	wc "cspsh/pipeline/wildcard"
	"cspsh/shell/syntax"
)

// switchStmt compiles the switch statement (about_Switch): every element
// of the input is tested against every clause in order; break leaves the
// switch, continue goes to the next element; default runs when no clause
// matched.
func (c *compiler) switchStmt(s *syntax.SwitchStmt) stmtFn {
	type clause struct {
		sb      *ScriptBlock
		pattern exprFn
		body    *blockCode
	}
	clauses := make([]clause, len(s.Clauses))
	for i, cl := range s.Clauses {
		clauses[i].body = c.blockOf(cl.Body)
		if sbe, ok := cl.Pattern.(*syntax.ScriptBlockExpr); ok {
			clauses[i].sb = c.scriptBlock(sbe.Block)
		} else {
			clauses[i].pattern = c.expr(cl.Pattern)
		}
	}
	var def *blockCode
	if s.Default != nil {
		def = c.blockOf(s.Default)
	}
	usesEnum := strings.Contains(c.usesEnum, "switch")
	cond := c.value(s.Cond)
	at := siteOf(c.file, s)
	label := s.Label
	regex, wildcard, cs, file := s.Regex, s.Wildcard, s.CaseSensitive, s.File
	return func(r *Runner, out emitFn) error {
		v, err := cond(r)
		if err != nil {
			return err
		}
		var items []any
		if file {
			lines, err := r.readLines(dotnet.ToString(v))
			if err != nil {
				return at.wrap(err)
			}
			items = lines
		} else {
			switch v.(type) {
			case nil:
				items = []any{nil}
			default:
				items = enumerate(v)
			}
		}
		it := &iterator{items: items}
		if usesEnum {
			defer r.bindEnum("switch", it)()
		}
		for it.pos = 0; it.pos < len(it.items); it.pos++ {
			item := it.items[it.pos]
			if r.interrupt.Load() {
				return errStopped()
			}
			r.setLocal(r.scope, "_", item)
			matched := false
			for _, cl := range clauses {
				ok := false
				if cl.sb != nil {
					res, err := r.invokeBlock(cl.sb, invokeOpts{dollarUnder: item, useDollarUnder: true})
					if err != nil {
						return err
					}
					ok = toBool(object.Collapse(res))
				} else {
					p, err := cl.pattern(r)
					if err != nil {
						return err
					}
					switch {
					case regex:
						op := "-match"
						if cs {
							op = "-cmatch"
						}
						m, err := ops.Binary(op, dotnet.ToString(item), switchRegex(p, cs), opsEnv{r})
						if err != nil {
							return at.wrap(invalidSwitchPattern(p, err))
						}
						ok = toBool(m)
					case wildcard:
						ok, err = wc.Match(dotnet.ToString(p), dotnet.ToString(item), cs)
						if err != nil {
							return at.wrap(err)
						}
					default:
						// Both the value and the clause are compared as
						// strings (about_Switch, "Impact of string
						// conversion"): an enum value matches its name,
						// not its number, unlike -eq.
						if a, isInt := item.(int32); isInt {
							if b, bothInt := p.(int32); bothInt {
								// Same strings exactly when same numbers.
								ok = a == b
								break
							}
						}
						is, ps := dotnet.ToString(item), dotnet.ToString(p)
						ok = is == ps || !cs && strings.EqualFold(is, ps)
					}
				}
				if !ok {
					continue
				}
				matched = true
				if err := cl.body.run(r, out); err != nil {
					brk, cont, pass := loopControl(err, label)
					if pass != nil {
						return pass
					}
					if brk {
						return nil
					}
					if cont {
						break
					}
				}
				// $_ may have been changed by the body; restore it.
				r.setLocal(r.scope, "_", item)
			}
			if !matched && def != nil {
				if err := def.run(r, out); err != nil {
					brk, _, pass := loopControl(err, label)
					if pass != nil {
						return pass
					}
					if brk {
						return nil
					}
				}
			}
		}
		return nil
	}
}

// readLines reads a text file for switch -File.
func (r *Runner) readLines(p string) ([]any, error) {
	host, err := r.resolvePath(p)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(host)
	if err != nil {
		return nil, object.NewException("System.IO.FileNotFoundException", "Could not find file '%s'.", p)
	}
	defer f.Close()
	var lines []any
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	for sc.Scan() {
		lines = append(lines, strings.TrimSuffix(sc.Text(), "\r"))
	}
	return lines, sc.Err()
}

// switchRegex is the pattern a -Regex clause matches with: a [regex]
// whose case sensitivity agrees with the switch is used as it is (its
// other options kept); anything else by its string, rebuilt with the
// switch's case option (5.1's SwitchOps.ConditionSatisfiedRegex).
func switchRegex(p any, cs bool) any {
	if _, opts, ok := dotnet.RegexPattern(p); ok && (opts&1 != 0) != cs {
		return p
	}
	return dotnet.ToString(p)
}

// invalidSwitchPattern turns the regex engine's ArgumentException for a
// malformed clause pattern into the RuntimeException 5.1's switch
// throws: ParserStrings InvalidRegularExpression, targeting the pattern.
func invalidSwitchPattern(p any, err error) error {
	rec, ok := err.(*object.ErrorRecord)
	if !ok || rec.FullyQualifiedErrorID != "System.ArgumentException" {
		return err
	}
	pat := dotnet.ToString(p)
	ex := &object.Exception{Type: runtimeExceptionType, Message: "The regular expression pattern " + pat + " is not valid.", Inner: rec.Exception}
	return object.NewError(ex, "InvalidRegularExpression", "InvalidOperation", pat)
}
