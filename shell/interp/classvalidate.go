package interp

import (
	"fmt"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/ops"
	"cspsh/shell/syntax"
)

// propCheck validates a value assigned to a class property; it returns
// PowerShell's message, or "" when the value is valid.
type propCheck func(r *Runner, v any) string

// Texts of Metadata.resx the property validation attributes use.
const (
	msgPropNotNull        = "The argument is null. Provide a valid value for the argument, and then try running the command again."
	msgPropNotNullOrEmpty = "The argument is null or empty. Provide an argument that is not null or empty, and then try the command again."
	msgPropSet            = "The argument \"%s\" does not belong to the set \"%s\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again."
	msgPropRangeMax       = "The %s argument is greater than the maximum allowed range of %s. Supply an argument that is less than or equal to %s and then try the command again."
	msgPropRangeMin       = "The %s argument is less than the minimum allowed range of %s. Supply an argument that is greater than or equal to %s and then try the command again."
	msgPropPattern        = "The argument \"%s\" does not match the \"%s\" pattern. Supply an argument that matches \"%s\" and try the command again."
	msgPropScript         = "The \"%s\" validation script for the argument with value \"%s\" did not return a result of True. Determine why the validation script failed, and then try the command again."
)

// propChecks reads the validation attributes of a property
// (about_Classes: "Validation is triggered the moment that the value is
// assigned").
func (c *compiler) propChecks(attrs []*syntax.Attribute) []propCheck {
	var out []propCheck
	for _, a := range attrs {
		args := make([]any, len(a.Positional))
		for i, x := range a.Positional {
			args[i] = constValue(x)
		}
		switch strings.TrimSuffix(strings.ToLower(a.Type.Name), "attribute") {
		case "validatenotnull":
			out = append(out, func(_ *Runner, v any) string {
				if v == nil {
					return msgPropNotNull
				}
				return ""
			})
		case "validatenotnullorempty":
			out = append(out, func(_ *Runner, v any) string {
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
			out = append(out, func(_ *Runner, v any) string {
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
			out = append(out, func(_ *Runner, v any) string {
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
		case "validatescript":
			if len(a.Positional) < 1 {
				continue
			}
			sbe, ok := a.Positional[0].(*syntax.ScriptBlockExpr)
			if !ok {
				continue
			}
			sb := c.scriptBlock(sbe.Block)
			out = append(out, func(r *Runner, v any) string {
				res, err := r.collectInvoke(sb, invokeOpts{dollarUnder: v, useDollarUnder: true, newScope: true})
				if err != nil {
					if rec, ok := asRecord(err); ok {
						return rec.Exception.Message
					}
					return err.Error()
				}
				// As the parameter binder does: the script's last output decides.
				if len(res) == 0 || !dotnet.ToBool(res[len(res)-1]) {
					return fmt.Sprintf(msgPropScript, sb.String(), dotnet.ToString(v))
				}
				return ""
			})
		case "validatepattern":
			if len(args) < 1 {
				continue
			}
			pat := dotnet.ToString(args[0])
			re, err := ops.Regex(pat, ops.IgnoreCase)
			if err != nil {
				continue
			}
			out = append(out, func(_ *Runner, v any) string {
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
