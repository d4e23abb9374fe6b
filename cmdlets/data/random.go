package data

import (
	"math"
	"math/rand/v2"
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// getRandom is Get-Random.
var getRandom = &pipeline.CommandInfo{
	Name:       "Get-Random",
	Module:     utility,
	DefaultSet: "RandomNumberParameterSet",
	Params: []*pipeline.ParamDecl{
		withHelp(param("SetSeed", "int"), "Seeds the session's random number generator, making later results repeatable."),
		withHelp(param("Maximum", "object", at("RandomNumberParameterSet", 0)), "The exclusive upper bound (default Int32.MaxValue)."),
		withHelp(param("Minimum", "object", named("RandomNumberParameterSet")), "The inclusive lower bound (default 0)."),
		{Name: "InputObject", Type: "object[]", Help: "The collection to pick from.",
			Sets: []pipeline.SetBinding{{Set: "RandomListItemParameterSet", Position: 0, Mandatory: true, ValueFromPipeline: true}}},
		withHelp(param("Count", "int", named("RandomListItemParameterSet"), named("RandomNumberParameterSet")), "How many items (or numbers) to return."),
		withHelp(param("Shuffle", "switch", must("ShuffleParameterSet", -1)), "Returns all the input items in random order."),
	},
	Synopsis:    "Gets a random number, or selects objects randomly from a collection.",
	Description: "Get-Random returns a random integer from 0 up to (not including) Int32.MaxValue, or between -Minimum and -Maximum (a Double when either is one). Given input objects, it returns -Count of them (default one) chosen at random without repeats.",
	Examples: []pipeline.Example{
		{Title: "Example 1: A die", Code: "Get-Random -Minimum 1 -Maximum 7", Remarks: "A number from 1 to 6."},
		{Title: "Example 2: Pick servers", Code: "Get-CsPool | Get-Random -Count 2", Remarks: "Two pools chosen at random."},
	},
	Outputs: "System.Int32",
	Begin:   randomBegin,
	Process: randomProcess,
	End:     randomEnd,
}

// rng returns the session's generator, created on first use.
func rng(c *pipeline.Call) *rand.Rand {
	v, _ := c.Rt.Session().Service("data.random", func() (any, error) {
		return rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64())), nil
	})
	return v.(*rand.Rand)
}

func randomBegin(c *pipeline.Call) error {
	if c.Has("SetSeed") {
		seed, _ := objutil.ToInt(c.Get("SetSeed"))
		s := c.Rt.Session()
		if s.Services == nil {
			s.Services = map[string]any{}
		}
		s.Services["data.random"] = rand.New(rand.NewPCG(uint64(int64(seed)), 0x9e3779b97f4a7c15))
	}
	c.State = &[]any{}
	return nil
}

func randomProcess(c *pipeline.Call) error {
	if c.SetName == "RandomNumberParameterSet" {
		return nil
	}
	items, ok := dotnet.Enumerate(c.Get("InputObject"))
	if !ok {
		items = []any{c.Get("InputObject")}
	}
	if c.HasInput {
		items = []any{c.Input}
	}
	buf := c.State.(*[]any)
	*buf = append(*buf, items...)
	return nil
}

func randomEnd(c *pipeline.Call) error {
	r := rng(c)
	if c.SetName != "RandomNumberParameterSet" {
		items := *c.State.(*[]any)
		n := 1
		if c.Switch("Shuffle") {
			n = len(items)
		} else if k, ok := objutil.ToInt(c.Get("Count")); ok && c.Has("Count") {
			n = k
		}
		perm := r.Perm(len(items))
		for i := 0; i < n && i < len(perm); i++ {
			if err := c.Out(items[perm[i]]); err != nil {
				return err
			}
		}
		return nil
	}
	count := 1
	if k, ok := objutil.ToInt(c.Get("Count")); ok && c.Has("Count") {
		count = k
	}
	minV, maxV := objutil.Base(c.Get("Minimum")), objutil.Base(c.Get("Maximum"))
	isDouble := isFloat(minV) || isFloat(maxV)
	isLong := isInt64(minV) || isInt64(maxV)
	for i := 0; i < count; i++ {
		switch {
		case isDouble:
			lo, hi := 0.0, math.MaxFloat64
			if minV != nil {
				lo, _ = objutil.ToDouble(minV)
			}
			if maxV != nil {
				hi, _ = objutil.ToDouble(maxV)
			}
			if lo >= hi {
				return minMaxError(c, minV, maxV)
			}
			if err := c.Out(lo + r.Float64()*(hi-lo)); err != nil {
				return err
			}
		default:
			lo, hi := int64(0), int64(math.MaxInt32)
			if isLong {
				hi = math.MaxInt64
			}
			if minV != nil {
				f, _ := objutil.ToDouble(minV)
				lo = int64(f)
			}
			if maxV != nil {
				f, _ := objutil.ToDouble(maxV)
				hi = int64(f)
			}
			if lo >= hi {
				return minMaxError(c, minV, maxV)
			}
			v := lo + r.Int64N(hi-lo)
			var out any = int32(v)
			if isLong {
				out = v
			}
			if err := c.Out(out); err != nil {
				return err
			}
		}
	}
	return nil
}

func minMaxError(c *pipeline.Call, lo, hi any) error {
	if lo == nil {
		lo = int32(0)
	}
	return c.Fail(object.NewException("System.ArgumentException",
		"The Minimum value (%s) cannot be greater than or equal to the Maximum value (%s).", dotnet.ToString(lo), dotnet.ToString(hi)),
		"MinGreaterThanOrEqualMax", "InvalidArgument", nil)
}

func isFloat(v any) bool {
	switch v.(type) {
	case float64, float32, object.Decimal:
		return true
	case string:
		x := v.(string)
		return strings.ContainsAny(x, ".eE") && isDoubleText(x)
	}
	return false
}

func isDoubleText(s string) bool {
	_, err := dotnet.Convert(s, "System.Double")
	return err == nil
}

func isInt64(v any) bool {
	switch x := v.(type) {
	case int64:
		return x > math.MaxInt32 || x < math.MinInt32
	case uint32, uint64:
		return true
	}
	return false
}
