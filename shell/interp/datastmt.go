package interp

import (
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// dataStmt runs a data section (about_Data_Sections): `data name { … }`
// assigns the section's output to $name (a scope qualifier such as
// script: is honoured); `data { … }` writes it, so `$x = data { 123 }`
// assigns 123. The parser refuses commands other than
// ConvertFrom-StringData and the -SupportedCommand ones; the other
// restricted-language rules (only $PSCulture, $PSUICulture, $true,
// $false and $null as variables, …) are not checked.
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
