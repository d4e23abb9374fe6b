package core

import "strings"

// accessorDefinitions lists the get_X and set_X methods behind each
// .NET property, which Get-Member -Force shows in Windows PowerShell
// (they are hidden otherwise): "int Length {get;}" has
// "int get_Length()", and a settable property also
// "void set_Name(type value)". An indexer ("char Chars(int index)
// {get;}") has a getter taking its index.
func accessorDefinitions(defs []memberDef) []memberDef {
	var out []memberDef
	for _, d := range defs {
		if d.kind != "Property" && d.kind != "ParameterizedProperty" {
			continue
		}
		brace := strings.LastIndex(d.def, "{")
		sp := strings.IndexByte(d.def, ' ')
		if brace < 0 || sp < 0 || sp > brace {
			continue
		}
		typ := d.def[:sp]
		access := d.def[brace:]
		params := "()"
		if d.kind == "ParameterizedProperty" {
			head := strings.TrimSpace(d.def[:brace])
			if i := strings.IndexByte(head, '('); i >= 0 {
				params = head[i:]
			}
		}
		if strings.Contains(access, "get;") {
			out = append(out, memberDef{"get_" + d.name, "Method", typ + " get_" + d.name + params})
		}
		if strings.Contains(access, "set;") {
			args := "(" + typ + " value)"
			if params != "()" {
				args = params[:len(params)-1] + ", " + typ + " value)"
			}
			out = append(out, memberDef{"set_" + d.name, "Method", "void set_" + d.name + args})
		}
	}
	return out
}
