package core

import (
	"math"
	"strings"
	"unicode"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// Type names of Measure-Object's results.
const (
	GenericMeasureInfoType = "Microsoft.PowerShell.Commands.GenericMeasureInfo"
	TextMeasureInfoType    = "Microsoft.PowerShell.Commands.TextMeasureInfo"
	measureInfoType        = "Microsoft.PowerShell.Commands.MeasureInfo"
)

const (
	setGenericMeasure = "GenericMeasure"
	setTextMeasure    = "TextMeasure"
)

// measureObject is Measure-Object: counts, sums and averages numbers, or
// counts lines, words and characters of text.
func measureObject() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Measure-Object",
		Module:     utility,
		DefaultSet: setGenericMeasure,
		Params: []*pipeline.ParamDecl{
			inputObject("The objects to measure."),
			withHelp(param("Property", "object[]", at(pipeline.AllSets, 0)), "The properties to measure (script blocks are accepted too)."),
			withHelp(param("StandardDeviation", "switch", named(setGenericMeasure)), "Adds the sample standard deviation."),
			withHelp(param("Sum", "switch", named(setGenericMeasure)), "Adds the sum."),
			withHelp(param("AllStats", "switch", named(setGenericMeasure)), "Adds every statistic."),
			withHelp(param("Average", "switch", named(setGenericMeasure)), "Adds the average."),
			withHelp(param("Maximum", "switch", named(setGenericMeasure)), "Adds the largest value."),
			withHelp(param("Minimum", "switch", named(setGenericMeasure)), "Adds the smallest value."),
			withHelp(param("Line", "switch", named(setTextMeasure)), "Counts lines."),
			withHelp(param("Word", "switch", named(setTextMeasure)), "Counts words."),
			withHelp(param("Character", "switch", named(setTextMeasure)), "Counts characters."),
			withHelp(param("IgnoreWhiteSpace", "switch", named(setTextMeasure)), "Leaves white space out of the character count."),
		},
		Synopsis:    "Calculates the numeric properties of objects, and the characters, words, and lines in string objects.",
		Description: "Measure-Object counts its input and, on request, computes the sum, average, maximum, minimum and standard deviation of the input numbers or of a numeric property; the results are Doubles. With -Line, -Word and -Character it counts the text of strings instead.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Count", Code: "Get-CsCertificate | Measure-Object", Remarks: "Counts the certificates."},
			{Title: "Example 2: Statistics", Code: "1..5 | Measure-Object -Sum -Average -Maximum -Minimum", Remarks: "Count 5, Average 3, Sum 15, Maximum 5, Minimum 1."},
			{Title: "Example 3: Text", Code: "\"One two`nthree\" | Measure-Object -Line -Word -Character", Remarks: "2 lines, 3 words, 13 characters."},
		},
		Outputs: GenericMeasureInfoType,
		Begin:   measureBegin,
		Process: measureProcess,
		End:     measureEnd,
	}
}

// stat accumulates one measured property.
type stat struct {
	name                string
	count               int
	found               bool
	sum, sumSq          float64
	max, min            any
	numericOK           bool
	fmax, fmin          float64
	lines, words, chars int
}

type measureState struct {
	props  []objutil.Prop
	stats  []*stat
	byName map[string]*stat
	text   bool
	// Switches read once in Begin (Process runs for every object).
	needNumber, needExtremes, ignoreSpace bool
}

func measureBegin(c *pipeline.Call) error {
	st := &measureState{text: c.SetName == setTextMeasure,
		needNumber:   c.Switch("Sum") || c.Switch("Average") || c.Switch("StandardDeviation") || c.Switch("AllStats"),
		needExtremes: c.Switch("Maximum") || c.Switch("Minimum") || c.Switch("AllStats"),
		ignoreSpace:  c.Switch("IgnoreWhiteSpace"),
		byName:       map[string]*stat{}}
	c.State = st
	props, given, err := objutil.PropertyArg(c)
	if err != nil {
		return err
	}
	if given {
		st.props = props
		for _, p := range props {
			if !p.Wild {
				st.stat(p.Name)
			}
		}
	} else {
		st.stats = []*stat{{numericOK: true}}
	}
	return nil
}

// stat returns the accumulator of the property called name, adding it
// (in first-seen order) when new.
func (st *measureState) stat(name string) *stat {
	key := strings.ToLower(name)
	if s, ok := st.byName[key]; ok {
		return s
	}
	s := &stat{name: name, numericOK: true}
	st.byName[key] = s
	st.stats = append(st.stats, s)
	return s
}

// memberName is the name of in's property called name as the object
// spells it (Measure-Object reports "num" for -Property Num).
func memberName(in any, name string) string {
	if h, ok := objutil.Base(in).(*object.Hashtable); ok {
		for _, k := range h.Keys() {
			if ks := dotnet.ToString(k); strings.EqualFold(ks, name) {
				return ks
			}
		}
	}
	for _, m := range members.Properties(in) {
		if strings.EqualFold(m.Name, name) {
			return m.Name
		}
	}
	return name
}

func measureProcess(c *pipeline.Call) error {
	st := c.State.(*measureState)
	in, ok := c.Current()
	if !ok || in == nil || in == object.Null {
		return nil
	}
	if len(st.props) == 0 {
		st.stats[0].found = true
		return st.add(c, st.stats[0], in)
	}
	for _, p := range objutil.Expand(st.props, in) {
		s := st.stat(p.Name)
		if p.Expr == nil && !objutil.HasProp(in, p.Name) {
			continue
		}
		v, err := p.Value(c.Rt, in)
		if err != nil {
			if err := c.WriteError(errorFrom(err, "MeasureObjectExpression", "InvalidResult", in)); err != nil {
				return err
			}
			continue
		}
		if !s.found && p.Expr == nil {
			s.name = memberName(in, p.Name)
		}
		s.found = true
		if v == nil || v == object.Null {
			continue
		}
		if err := st.add(c, s, v); err != nil {
			return err
		}
	}
	return nil
}

// add folds one value into s.
func (st *measureState) add(c *pipeline.Call, s *stat, v any) error {
	if st.text {
		text := dotnet.ToString(v)
		s.count++
		s.lines += countLines(text)
		s.words += len(strings.Fields(text))
		if st.ignoreSpace {
			for _, r := range text {
				if !unicode.IsSpace(r) {
					s.chars++
				}
			}
		} else {
			s.chars += len([]rune(text))
		}
		return nil
	}
	if !st.needNumber && !st.needExtremes {
		// A plain count converts nothing: turning every line of a large
		// file into a number only to drop it costs more than the read.
		s.count++
		return nil
	}
	f, isNum := objutil.ToDouble(v)
	if !isNum && st.needNumber {
		return c.WriteError(c.Fail(object.NewException("System.Management.Automation.PSInvalidOperationException",
			"Input object \"%s\" is not numeric.", dotnet.ToString(v)), "NonNumericInputObject", "InvalidType", v))
	}
	s.count++
	if isNum {
		s.sum += f
		s.sumSq += f * f
	}
	if st.needExtremes {
		if !isNum {
			s.numericOK = false
		}
		if s.max == nil || objutil.Compare(v, s.max, false) > 0 {
			s.max = v
		}
		if s.min == nil || objutil.Compare(v, s.min, false) < 0 {
			s.min = v
		}
		if isNum {
			if s.count == 1 || f > s.fmax {
				s.fmax = f
			}
			if s.count == 1 || f < s.fmin {
				s.fmin = f
			}
		}
	}
	return nil
}

// countLines counts the lines of text as Measure-Object -Line does.
func countLines(text string) int {
	if text == "" {
		return 0
	}
	n := strings.Count(text, "\n")
	if !strings.HasSuffix(text, "\n") {
		n++
	}
	return n
}

func measureEnd(c *pipeline.Call) error {
	st := c.State.(*measureState)
	for _, s := range st.stats {
		if len(st.props) > 0 && !s.found {
			if st.seenWildOnly(s) {
				continue
			}
			if err := c.WriteError(c.Fail(object.NewException("System.Management.Automation.PSArgumentException",
				"The property \"%s\" cannot be found in the input for any objects.", s.name),
				map[bool]string{true: "TextMeasurePropertyNotFound", false: "GenericMeasurePropertyNotFound"}[st.text], "InvalidArgument", nil)); err != nil {
				return err
			}
			continue
		}
		var out *object.PSObject
		if st.text {
			out = st.textInfo(c, s)
		} else {
			out = st.genericInfo(c, s)
		}
		if err := c.Out(out); err != nil {
			return err
		}
	}
	return nil
}

func (st *measureState) textInfo(c *pipeline.Call, s *stat) *object.PSObject {
	o := object.NewObject(TextMeasureInfoType, measureInfoType, "System.Object")
	opt := func(on bool, n int) any {
		if on {
			return int32(n)
		}
		return nil
	}
	o.Add(&object.Member{Name: "Lines", Kind: object.Property, Value: opt(c.Switch("Line"), s.lines), Type: "System.Nullable[int]"})
	o.Add(&object.Member{Name: "Words", Kind: object.Property, Value: opt(c.Switch("Word"), s.words), Type: "System.Nullable[int]"})
	o.Add(&object.Member{Name: "Characters", Kind: object.Property, Value: opt(c.Switch("Character"), s.chars), Type: "System.Nullable[int]"})
	o.Add(&object.Member{Name: "Property", Kind: object.Property, Value: propName(s), Type: "string"})
	return o
}

func propName(s *stat) any {
	if s.name == "" {
		return nil
	}
	return s.name
}

func (st *measureState) genericInfo(c *pipeline.Call, s *stat) *object.PSObject {
	all := c.Switch("AllStats")
	o := object.NewObject(GenericMeasureInfoType, measureInfoType, "System.Object")
	num := func(on bool, f float64) any {
		if on && s.count > 0 {
			return f
		}
		return nil
	}
	extreme := func(on bool, v any, f float64) any {
		if !on || s.count == 0 {
			return nil
		}
		if s.numericOK {
			return f
		}
		return v
	}
	var avg, sd float64
	if s.count > 0 {
		avg = s.sum / float64(s.count)
	}
	if s.count > 1 {
		sd = math.Sqrt((s.sumSq - float64(s.count)*avg*avg) / float64(s.count-1))
	}
	wantSD := all || c.Switch("StandardDeviation")
	o.Add(&object.Member{Name: "Count", Kind: object.Property, Value: int32(s.count), Type: "int"})
	o.Add(&object.Member{Name: "Average", Kind: object.Property, Value: num(all || c.Switch("Average"), avg), Type: "System.Nullable[double]"})
	o.Add(&object.Member{Name: "Sum", Kind: object.Property, Value: num(all || c.Switch("Sum"), s.sum), Type: "System.Nullable[double]"})
	o.Add(&object.Member{Name: "Maximum", Kind: object.Property, Value: extreme(all || c.Switch("Maximum"), s.max, s.fmax), Type: "System.Nullable[double]"})
	o.Add(&object.Member{Name: "Minimum", Kind: object.Property, Value: extreme(all || c.Switch("Minimum"), s.min, s.fmin), Type: "System.Nullable[double]"})
	// StandardDeviation is a PowerShell 7 addition; it stays out of the
	// 5.1 display unless asked for.
	o.Add(&object.Member{Name: "StandardDeviation", Kind: object.Property, Value: num(wantSD, sd), Type: "System.Nullable[double]", Hidden: !wantSD})
	o.Add(&object.Member{Name: "Property", Kind: object.Property, Value: propName(s), Type: "string"})
	return o
}

// seenWildOnly reports whether s stands for no -Property name the user
// typed (wildcard matches that never had a value are not an error).
func (st *measureState) seenWildOnly(s *stat) bool {
	for _, p := range st.props {
		if !p.Wild && strings.EqualFold(p.Name, s.name) {
			return false
		}
	}
	return true
}
