package interp

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/shell/syntax"
)

// ScriptBlock is a compiled script block: a `{ … }` literal, a function
// body or a whole script. It implements object.ScriptBlock. The body is
// compiled on first use, so a script defining many functions pays only
// for those it calls.
type ScriptBlock struct {
	code *sbCode
	// closure is the scope captured by GetNewClosure: variables are read
	// from it instead of the caller's chain.
	closure *Scope
}

// String is the text between the braces, as $sb.ToString() gives it.
func (sb *ScriptBlock) String() string { return sb.code.ast.Text }

// sbCode is the compiled form shared by every value of one literal.
type sbCode struct {
	ast  *syntax.ScriptBlock
	file *syntax.File
	// extra holds parameters written as `function f($a, $b)`.
	extra []*syntax.Parameter

	compiled, paramsDone bool
	params               []*paramCode
	attrs                []*syntax.Attribute
	advanced             bool
	// simple is true when arguments can be bound positionally without
	// the binder: no attributes, only plain positional values.
	simple              bool
	begin, process, end *blockCode
	// dynamic is the dynamicparam block (dynparams.go), nil without one.
	dynamic                      *blockCode
	hasProcess, named, hasParams bool
	isFilter                     bool
	usesInput                    bool
	defaultSet                   string
	shouldProcess                bool
	// paging: [CmdletBinding(SupportsPaging)] (see paging.go).
	paging bool
	// clash is the metadata error of an advanced function whose
	// parameters collide with the common ones, found on its first call
	// (commonclash.go).
	clash         *clashError
	clashChecked  bool
	confirmImpact string
	outputTypes   []string
	helpURI       string
}

// paramCode is one compiled parameter.
type paramCode struct {
	// check is the parameter's validation, kept by its variable.
	check    *pipeline.ParamDecl
	node     *syntax.Parameter
	name     string
	lname    string
	typeName string
	index    int
	def      exprFn
	isSwitch bool
}

func (c *compiler) scriptBlock(b *syntax.ScriptBlock) *ScriptBlock {
	return &ScriptBlock{code: &sbCode{ast: b, file: c.fileFor(b)}}
}

func (c *compiler) fileFor(b *syntax.ScriptBlock) *syntax.File {
	if b != nil && b.File != nil {
		return b.File
	}
	return c.file
}

// compile builds the closures of the block the first time it runs.
func (sc *sbCode) compile() {
	if sc.compiled {
		return
	}
	sc.compiled = true
	sc.compileParams()
	c := &compiler{file: sc.file}
	b := sc.ast
	if b.Begin != nil {
		sc.begin = c.block(b.Begin.Stmts, b.Begin.Traps)
		sc.named = true
	}
	if b.Process != nil {
		sc.process = c.block(b.Process.Stmts, b.Process.Traps)
		sc.hasProcess = true
		if !b.Process.Unnamed {
			sc.named = true
		}
	}
	if b.End != nil {
		sc.end = c.block(b.End.Stmts, b.End.Traps)
		if !b.End.Unnamed {
			sc.named = true
		}
	}
	if b.DynamicParam != nil {
		sc.dynamic = c.block(b.DynamicParam.Stmts, b.DynamicParam.Traps)
	}
	if sc.isFilter && !sc.named && sc.end != nil {
		sc.process, sc.end, sc.hasProcess = sc.end, nil, true
	}
	sc.usesInput = c.usesInput
}

// compileParams reads the parameters and attributes (what the binder and
// Get-Command need) without compiling the body: a script defining many
// functions compiles only those it calls.
func (sc *sbCode) compileParams() {
	if sc.paramsDone {
		return
	}
	sc.paramsDone = true
	c := &compiler{file: sc.file}
	b := sc.ast
	var params []*syntax.Parameter
	params = append(params, sc.extra...)
	sc.attrs = append(sc.attrs, b.Attributes...)
	if b.Param != nil {
		params = append(params, b.Param.Params...)
		sc.attrs = append(sc.attrs, b.Param.Attributes...)
		sc.hasParams = true
	}
	if len(params) > 0 {
		sc.hasParams = true
	}
	sc.simple = true
	seen := map[*syntax.Attribute]bool{}
	for _, a := range sc.attrs {
		if isAttr(a, "OutputType") && !seen[a] {
			seen[a] = true // the block and its param() share attributes
			sc.outputTypes = append(sc.outputTypes, outputTypeNames(a)...)
		}
		if isAttr(a, "CmdletBinding") {
			sc.advanced = true
			sc.simple = false
			for _, na := range a.Named {
				switch strings.ToLower(na.Name) {
				case "defaultparametersetname":
					sc.defaultSet = constString(na.Value)
				case "supportsshouldprocess":
					sc.shouldProcess = na.Value == nil || constBool(na.Value)
				case "confirmimpact":
					sc.confirmImpact = constString(na.Value)
				case "helpuri":
					sc.helpURI = constString(na.Value)
				case "supportspaging":
					sc.paging = na.Value == nil || constBool(na.Value)
				}
			}
		}
	}
	for _, p := range params {
		pc := &paramCode{node: p, name: p.Name.Name, lname: strings.ToLower(p.Name.Name), typeName: "object"}
		if len(p.Types) > 0 {
			pc.typeName = p.Types[len(p.Types)-1].Name
			pc.isSwitch = strings.EqualFold(pc.typeName, "switch") || strings.EqualFold(pc.typeName, "System.Management.Automation.SwitchParameter")
		}
		if p.Default != nil {
			pc.def = c.expr(p.Default)
		}
		for _, a := range p.Attributes {
			if isAttr(a, "Parameter") {
				sc.advanced = true
			}
			sc.simple = false
		}
		if pc.isSwitch {
			sc.simple = false
		}
		pc.index = len(sc.params)
		sc.params = append(sc.params, pc)
	}
}

func isAttr(a *syntax.Attribute, name string) bool {
	n := a.Type.Name
	return strings.EqualFold(n, name) || strings.EqualFold(n, name+"Attribute") ||
		strings.EqualFold(n, "System.Management.Automation."+name+"Attribute")
}

func constString(e syntax.Expr) string {
	switch t := e.(type) {
	case *syntax.StringConst:
		return t.Value
	case *syntax.ExpandableString:
		var b strings.Builder
		for _, p := range t.Parts {
			if sc, ok := p.(*syntax.StringConst); ok {
				b.WriteString(sc.Value)
			}
		}
		return b.String()
	}
	return ""
}

func constBool(e syntax.Expr) bool {
	switch t := e.(type) {
	case nil:
		return true
	case *syntax.VariableExpr:
		return strings.EqualFold(t.Name, "true")
	case *syntax.NumberLit:
		return t.Text != "0"
	}
	return true
}

// info builds the CommandInfo the binder reads for this block: parameters
// with their attributes as declarations. Attribute arguments are
// evaluated by r.
func (sc *sbCode) info(r *Runner, name string, kind pipeline.CommandKind) (*pipeline.CommandInfo, error) {
	sc.compileParams()
	ci := &pipeline.CommandInfo{
		Name:                  name,
		Kind:                  kind,
		CmdletBinding:         sc.advanced,
		SupportsShouldProcess: sc.shouldProcess,
		ConfirmImpact:         sc.confirmImpact,
		DefaultSet:            sc.defaultSet,
		OutputTypes:           sc.outputTypes,
		HelpURI:               sc.helpURI,
	}
	explicitPos := false
	for _, p := range sc.params {
		for _, a := range p.node.Attributes {
			if isAttr(a, "Parameter") {
				for _, na := range a.Named {
					if strings.EqualFold(na.Name, "Position") {
						explicitPos = true
					}
				}
			}
		}
	}
	next := 0
	for _, p := range sc.params {
		d, err := r.paramDecl(sc, p, explicitPos, &next)
		if err != nil {
			return nil, err
		}
		ci.Params = append(ci.Params, d)
	}
	if sc.paging {
		ci.Params = append(ci.Params, pagingParams()...)
	}
	return ci, nil
}

// outputTypeNames lists the types an [OutputType()] attribute names, as
// type literals or strings ([OutputType([string], "System.Int32")]).
func outputTypeNames(a *syntax.Attribute) []string {
	var names []string
	for _, e := range a.Positional {
		if al, ok := e.(*syntax.ArrayLiteral); ok {
			for _, x := range al.Elems {
				names = append(names, outputTypeName(x)...)
			}
			continue
		}
		names = append(names, outputTypeName(e)...)
	}
	return names
}

func outputTypeName(e syntax.Expr) []string {
	switch t := e.(type) {
	case *syntax.TypeExpr:
		return []string{t.Type.Name}
	case *syntax.StringConst, *syntax.ExpandableString:
		if s := constString(e); s != "" {
			return []string{s}
		}
	}
	return nil
}
