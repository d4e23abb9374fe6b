package core

import (
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
)

// whereOp is one of Where-Object's comparison switches: the switch name,
// its parameter set, the operator objutil.Operator applies, and the
// "I" alias PowerShell gives the case-insensitive ones.
type whereOp struct {
	name, set, op, alias string
}

var whereOps = []whereOp{
	{"EQ", "EqualSet", "eq", "IEQ"},
	{"CEQ", "CaseSensitiveEqualSet", "ceq", ""},
	{"NE", "NotEqualSet", "ne", "INE"},
	{"CNE", "CaseSensitiveNotEqualSet", "cne", ""},
	{"GT", "GreaterThanSet", "gt", "IGT"},
	{"CGT", "CaseSensitiveGreaterThanSet", "cgt", ""},
	{"LT", "LessThanSet", "lt", "ILT"},
	{"CLT", "CaseSensitiveLessThanSet", "clt", ""},
	{"GE", "GreaterOrEqualSet", "ge", "IGE"},
	{"CGE", "CaseSensitiveGreaterOrEqualSet", "cge", ""},
	{"LE", "LessOrEqualSet", "le", "ILE"},
	{"CLE", "CaseSensitiveLessOrEqualSet", "cle", ""},
	{"Like", "LikeSet", "like", "ILike"},
	{"CLike", "CaseSensitiveLikeSet", "clike", ""},
	{"NotLike", "NotLikeSet", "notlike", "INotLike"},
	{"CNotLike", "CaseSensitiveNotLikeSet", "cnotlike", ""},
	{"Match", "MatchSet", "match", "IMatch"},
	{"CMatch", "CaseSensitiveMatchSet", "cmatch", ""},
	{"NotMatch", "NotMatchSet", "notmatch", "INotMatch"},
	{"CNotMatch", "CaseSensitiveNotMatchSet", "cnotmatch", ""},
	{"Contains", "ContainsSet", "contains", "IContains"},
	{"CContains", "CaseSensitiveContainsSet", "ccontains", ""},
	{"NotContains", "NotContainsSet", "notcontains", "INotContains"},
	{"CNotContains", "CaseSensitiveNotContainsSet", "cnotcontains", ""},
	{"In", "InSet", "in", "IIn"},
	{"CIn", "CaseSensitiveInSet", "cin", ""},
	{"NotIn", "NotInSet", "notin", "INotIn"},
	{"CNotIn", "CaseSensitiveNotInSet", "cnotin", ""},
	{"Is", "IsSet", "is", ""},
	{"IsNot", "IsNotSet", "isnot", ""},
	{"Not", "NotSet", "not", ""},
}

const whereScriptSet = "ScriptBlockSet"

// whereObject is Where-Object: it passes on the input objects for which a
// script block is true, or whose property satisfies a comparison.
func whereObject() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:        "Where-Object",
		Module:      "Microsoft.PowerShell.Core",
		DefaultSet:  "EqualSet",
		Params:      whereParams(),
		Synopsis:    "Selects objects from a collection based on their property values.",
		Description: "Where-Object passes on only the input objects that meet a condition. The condition is either a script block that is evaluated with $_ set to each object, or a property name followed by a comparison switch and a value (Where-Object NotAfter -lt (Get-Date)). A property name alone keeps the objects whose property value is true when converted to Boolean.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Script block", Code: "Get-ChildItem | Where-Object { $_.Length -gt 1KB }", Remarks: "Keeps files larger than one kilobyte."},
			{Title: "Example 2: Comparison statement", Code: "Get-CsCertificate | Where-Object NotAfter -lt (Get-Date)", Remarks: "Keeps the certificates that have expired."},
			{Title: "Example 3: Property truthiness", Code: "'hi', '', 'there' | Where-Object Length", Remarks: "Keeps the non-empty strings."},
		},
		Outputs: "System.Object",
		Process: whereProcess,
	}
}

func whereParams() []*pipeline.ParamDecl {
	all := []string{whereScriptSet}
	for _, o := range whereOps {
		all = append(all, o.set)
	}
	ps := []*pipeline.ParamDecl{
		inputObject("The objects to filter.", all...),
		withHelp(param("FilterScript", "scriptblock", must(whereScriptSet, 0)), "The condition, evaluated with $_ set to each input object."),
	}
	var prop, val []pipeline.SetBinding
	for _, o := range whereOps {
		prop = append(prop, must(o.set, 0))
		val = append(val, at(o.set, 1))
	}
	ps = append(ps,
		withHelp(param("Property", "string", prop...), "The property whose value is compared."),
		withHelp(&pipeline.ParamDecl{Name: "Value", Type: "object", Sets: val, AllowNull: true}, "The value the property is compared with."))
	for _, o := range whereOps {
		b := must(o.set, -1)
		if o.name == "EQ" {
			b = named(o.set)
		}
		p := param(o.name, "switch", b)
		if o.alias != "" {
			p.Aliases = []string{o.alias}
		}
		p.Help = "Compares with the -" + o.op + " operator."
		ps = append(ps, p)
	}
	return ps
}

func whereProcess(c *pipeline.Call) error {
	in, ok := c.Current()
	if !ok {
		return nil
	}
	if in == object.Null {
		in = nil
	}
	if c.SetName == whereScriptSet {
		sb, _ := c.Get("FilterScript").(object.ScriptBlock)
		if sb == nil {
			return nil
		}
		out, err := c.Rt.Invoke(sb, pipeline.InvokeOptions{DollarUnder: in, UseDollarUnder: true, Input: []any{in}, HasInput: true})
		if err != nil {
			return err
		}
		if dotnet.ToBool(object.Collapse(out)) {
			return c.Out(in)
		}
		return nil
	}
	name := c.String("Property")
	var v any
	if in != nil {
		var err error
		if v, err = objutil.GetProp(in, name); err != nil {
			return c.WriteError(errorFrom(err, "PropertyEvaluationException", "InvalidOperation", in))
		}
	}
	if v == object.Null {
		v = nil
	}
	op := ""
	for _, o := range whereOps {
		if o.set == c.SetName {
			op = o.op
		}
	}
	var keep bool
	switch {
	case op == "not":
		keep = !dotnet.ToBool(v)
	case op == "eq" && !c.Has("EQ") && !c.Has("Value"):
		keep = dotnet.ToBool(v)
	case strings.HasSuffix(op, "match"):
		// WhereObjectCommand runs ParserOps.MatchOperator: a single value
		// that matches leaves $Matches set in the caller's scope, and the
		// result (a filtered array for a collection) decides as IsTrue.
		r, err := ops.Binary("-"+op, v, c.Get("Value"), whereEnv{c})
		if err != nil {
			return c.WriteError(errorFrom(err, "OperatorFailed", "InvalidOperation", in))
		}
		keep = dotnet.ToBool(r)
	default:
		r, err := objutil.Operator(op, v, c.Get("Value"))
		if err != nil {
			return c.WriteError(errorFrom(err, "OperatorFailed", "InvalidOperation", in))
		}
		keep = r
	}
	if keep {
		return c.Out(in)
	}
	return nil
}

// whereEnv is the operator environment of Where-Object's comparison
// switches: they run in the caller's scope, so -Match sets its $Matches.
type whereEnv struct{ c *pipeline.Call }

// SetMatches sets $Matches where the Where-Object command runs.
func (e whereEnv) SetMatches(m *object.Hashtable) { _ = e.c.Rt.SetVar("Matches", m, "") }

// OFS is the caller's $OFS, or a space.
func (e whereEnv) OFS() string {
	if v, ok := e.c.Rt.GetVar("OFS"); ok && v != nil {
		return dotnet.ToString(v)
	}
	return " "
}

// InvokeScriptBlock runs sb with $_ set, in a child scope.
func (e whereEnv) InvokeScriptBlock(sb object.ScriptBlock, dollarUnder any) (any, error) {
	out, err := e.c.Rt.Invoke(sb, pipeline.InvokeOptions{DollarUnder: dollarUnder, UseDollarUnder: true, NewScope: true})
	return object.Collapse(out), err
}
