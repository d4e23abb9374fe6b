package interp

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// paramDecl turns a param() entry and its attributes into the declaration
// the binder reads, so functions and cmdlets bind by the same rules.
// Without any explicit Position, parameters are positional in declaration
// order (switches and the remaining-arguments parameter excepted).
func (r *Runner) paramDecl(sc *sbCode, p *paramCode, explicitPos bool, next *int) (*pipeline.ParamDecl, error) {
	d := &pipeline.ParamDecl{Name: p.name, Type: p.typeName, LooseBool: !sc.advanced, ArrayBool: sc.advanced}
	if p.isSwitch {
		d.Type = "switch"
	}
	c := &compiler{file: sc.file}
	eval := func(e syntax.Expr) (any, error) {
		if e == nil {
			return true, nil
		}
		return c.expr(e)(r)
	}
	var sets []pipeline.SetBinding
	for _, a := range p.node.Attributes {
		name := strings.TrimSuffix(strings.ToLower(a.Type.Name), "attribute")
		name = strings.TrimPrefix(name, "system.management.automation.")
		var pos []any
		for _, e := range a.Positional {
			v, err := eval(e)
			if err != nil {
				return nil, err
			}
			pos = append(pos, v)
		}
		switch name {
		case "parameter":
			sb := pipeline.SetBinding{Set: pipeline.AllSets, Position: -1}
			for _, na := range a.Named {
				v, err := eval(na.Value)
				if err != nil {
					return nil, err
				}
				switch strings.ToLower(na.Name) {
				case "mandatory":
					sb.Mandatory = toBool(v)
				case "position":
					n, err := toIndex(v)
					if err != nil {
						return nil, err
					}
					sb.Position = n
				case "valuefrompipeline":
					sb.ValueFromPipeline = toBool(v)
				case "valuefrompipelinebypropertyname":
					sb.ValueFromPipelineByPropertyName = toBool(v)
				case "valuefromremainingarguments":
					d.ValueFromRemainingArguments = toBool(v)
				case "parametersetname":
					sb.Set = dotnet.ToString(v)
				case "helpmessage":
					sb.HelpMessage = dotnet.ToString(v)
				case "dontshow":
					d.DontShow = toBool(v)
				}
			}
			sets = append(sets, sb)
		case "alias":
			for _, v := range pos {
				for _, s := range flatten(v) {
					d.Aliases = append(d.Aliases, dotnet.ToString(s))
				}
			}
		case "validateset":
			for _, v := range pos {
				for _, s := range flatten(v) {
					d.ValidateSet = append(d.ValidateSet, dotnet.ToString(s))
				}
			}
		case "validatenotnullorempty":
			d.ValidateNotNullOrEmpty = true
		case "validatenotnull":
			d.ValidateNotNull = true
		case "allownull":
			d.AllowNull = true
		case "allowemptystring":
			d.AllowEmptyString = true
		case "allowemptycollection":
			d.AllowEmptyCollection = true
		case "supportswildcards":
			d.SupportsWildcards = true
		case "validaterange":
			if len(pos) == 2 {
				d.ValidateRange = &pipeline.Range{Min: pos[0], Max: pos[1]}
			}
		case "validatepattern":
			if len(pos) > 0 {
				d.ValidatePattern = dotnet.ToString(pos[0])
			}
		case "validatecount", "validatelength":
			if len(pos) == 2 {
				lo, err := toIndex(pos[0])
				if err != nil {
					return nil, err
				}
				hi, err := toIndex(pos[1])
				if err != nil {
					return nil, err
				}
				if name == "validatecount" {
					d.ValidateCount = &[2]int{lo, hi}
				} else {
					d.ValidateLength = &[2]int{lo, hi}
				}
			}
		case "validatescript":
			if len(pos) > 0 {
				if sb, ok := pos[0].(object.ScriptBlock); ok {
					d.ValidateScript = sb
				}
			}
		}
	}
	if len(sets) == 0 {
		sets = []pipeline.SetBinding{{Set: pipeline.AllSets, Position: -1}}
	}
	// PowerShell reads a script parameter's attributes last to first, so
	// a parameter with several [Parameter()] attributes meets its sets in
	// that order: it decides the order of ParameterSets and of the
	// Get-Command -Syntax lines (about_Parameter_Sets, Measure-Lines).
	for i, j := 0, len(sets)-1; i < j; i, j = i+1, j-1 {
		sets[i], sets[j] = sets[j], sets[i]
	}
	if !explicitPos && !p.isSwitch && !d.ValueFromRemainingArguments {
		for i := range sets {
			sets[i].Position = *next
		}
		*next++
	}
	d.Sets = sets
	if d.HasValidation() {
		p.check = d // the parameter's variable keeps validating (varvalidate.go)
	}
	if def := p.node.Default; def != nil && sc.file != nil && int(def.End()) <= len(sc.file.Src) && def.Pos() >= 0 {
		d.Default = sc.file.Src[def.Pos():def.End()]
	}
	return d, nil
}

// flatten lists the elements of an array value, or the value alone.
func flatten(v any) []any {
	if a, ok := v.([]any); ok {
		return a
	}
	return []any{v}
}
