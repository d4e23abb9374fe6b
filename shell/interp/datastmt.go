package interp

import (
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// dataStmt runs a data section (about_Data_Sections): `data name { … }`
// assigns the section's output to $name (a scope qualifier such as
// script: is honoured); `data { … }` writes it, so `$x = data { 123 }`
// assigns 123. The restricted-language checks of the section's body
// (only ConvertFrom-StringData and -SupportedCommand commands, only
// $PSCulture, $PSUICulture, $true, $false and $null) are not made.
func (c *compiler) dataStmt(s *syntax.DataStmt) stmtFn {
	body := c.blockOf(s.Body)
	name := s.Name
	if name == "" {
		return body.run
	}
	return func(r *Runner, out emitFn) error {
		var vals []any
		if err := body.run(r, func(v any) error {
			vals = append(vals, v)
			return nil
		}); err != nil {
			return err
		}
		v := object.Collapse(vals)
		if v == object.Null {
			v = nil
		}
		return r.SetVar(name, v, "")
	}
}
