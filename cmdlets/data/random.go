package data

import (
	"math"
	"math/rand/v2"
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
)

// getRandom is Get-Random.
func getRandom() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Get-Random",
		Module:     utility,
		DefaultSet: "RandomNumberParameterSet",
		Params: []*pipeline.ParamDecl{
			withHelp(param("SetSeed", "int"), "Seeds the session's random number generator, making later results repeatable."),
			withHelp(param("Maximum", "object", at("RandomNumberParameterSet", 0)), "The exclusive upper bound (default Int32.MaxValue)."),
			withHelp(param("Minimum", "object", named("RandomNumberParameterSet")), "The inclusive lower bound (default 0)."),
			{Name: "InputObject", Type: "object[]", AllowNull: true, Help: "The collection to pick from.",
				Sets: []pipeline.SetBinding{
					{Set: "RandomListItemParameterSet", Position: 0, Mandatory: true, ValueFromPipeline: true},
					{Set: "ShuffleParameterSet", Position: 0, Mandatory: true, ValueFromPipeline: true}}},
			inRange(withHelp(param("Count", "int", named("RandomListItemParameterSet"), named("RandomNumberParameterSet")), "How many items (or numbers) to return."), 1, math.MaxInt32),
			withHelp(param("Shuffle", "switch", must("ShuffleParameterSet", -1)), "Returns all the input items in random order."),
		},
		Synopsis:    "Gets a random number, or selects objects randomly from a collection.",
		Description: "Get-Random returns a random integer from 0 up to (not including) Int32.MaxValue, or between -Minimum and -Maximum (a Double when either is one, an Int64 when either is). Given input objects, it returns -Count of them (default one) chosen at random without repeats, in random order. -SetSeed makes the session's numbers repeatable, with the same sequence Windows PowerShell gives for that seed.",
		Examples: []pipeline.Example{
			{Title: "Example 1: A die", Code: "Get-Random -Minimum 1 -Maximum 7", Remarks: "A number from 1 to 6."},
			{Title: "Example 2: Pick servers", Code: "Get-CsPool | Get-Random -Count 2", Remarks: "Two pools chosen at random."},
			{Title: "Example 3: Repeatable", Code: "Get-Random -Maximum 100 -SetSeed 23", Remarks: "Always 74."},
		},
		Outputs: "System.Int32",
		Begin:   randomBegin,
		Process: randomProcess,
		End:     randomEnd,
	}
}

// generator is the session's source of random numbers: PCG normally,
// .NET's System.Random after -SetSeed.
type generator interface {
	intRange(lo, hi int64) int64 // [lo, hi)
	float() float64              // [0, 1)
}

type pcg struct{ r *rand.Rand }

func (p pcg) intRange(lo, hi int64) int64 {
	if hi-lo <= 0 {
		return lo
	}
	return lo + p.r.Int64N(hi-lo)
}
func (p pcg) float() float64 { return p.r.Float64() }

const randomService = "data.random"

// rng returns the session's generator, created on first use.
func rng(c *pipeline.Call) generator {
	v, _ := c.Rt.Session().Service(randomService, func() (any, error) {
		return pcg{rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))}, nil
	})
	return v.(generator)
}

type randomState struct {
	chosen    []any
	processed int
	count     int
}

func randomBegin(c *pipeline.Call) error {
	if c.Has("SetSeed") {
		seed, _ := objutil.ToInt(c.Get("SetSeed"))
		s := c.Rt.Session()
		if s.Services == nil {
			s.Services = map[string]any{}
		}
		s.Services[randomService] = newSeededRandom(int32(seed))
	}
	st := &randomState{count: 1}
	if n, ok := objutil.ToInt(c.Get("Count")); ok && c.Has("Count") {
		st.count = n
	}
	c.State = st
	return nil
}

// numberSet reports whether Get-Random makes numbers: not when objects
// come through the pipeline without -Minimum or -Maximum (PowerShell's
// effective parameter set).
func numberSet(c *pipeline.Call) bool {
	if c.SetName != "RandomNumberParameterSet" {
		return false
	}
	return !(c.ExpectingInput && !c.Has("Maximum") && !c.Has("Minimum"))
}

// randomProcess keeps -Count of the input objects, each with the same
// chance (PowerShell's reservoir sampling, so seeded runs match).
func randomProcess(c *pipeline.Call) error {
	if numberSet(c) {
		return nil
	}
	st := c.State.(*randomState)
	var items []any
	if c.HasInput {
		items = []any{c.Input}
	} else if v := c.Get("InputObject"); v != nil {
		var ok bool
		if items, ok = dotnet.Enumerate(v); !ok {
			items = []any{v}
		}
	} else {
		items = []any{nil}
	}
	g := rng(c)
	for _, it := range items {
		switch {
		case c.SetName == "ShuffleParameterSet" || st.processed < st.count:
			st.chosen = append(st.chosen, it)
		case g.intRange(0, int64(st.processed+1)) < int64(st.count):
			st.chosen[g.intRange(0, int64(len(st.chosen)))] = it
		}
		st.processed++
	}
	return nil
}

// randomEnd writes the kept objects in random order.
func randomEnd(c *pipeline.Call) error {
	st := c.State.(*randomState)
	if numberSet(c) {
		// Written at the end rather than in Begin (as PowerShell does) so
		// that the commands after this one have started.
		return randomNumbers(c, st.count)
	}
	g := rng(c)
	n := len(st.chosen)
	for i := 0; i < n; i++ {
		j := int(g.intRange(int64(i), int64(n)))
		if err := c.Out(st.chosen[j]); err != nil {
			return err
		}
		if i != j {
			st.chosen[j] = st.chosen[i]
		}
	}
	return nil
}

// randomNumbers writes count numbers between -Minimum and -Maximum: Int32
// when both are Int32, Int64 when either is an Int64, Double otherwise.
func randomNumbers(c *pipeline.Call, count int) error {
	minV, maxV := operand(c.Get("Minimum")), operand(c.Get("Maximum"))
	g := rng(c)
	switch {
	case isInt32(minV) && isInt32(maxV):
		lo, hi := int64(0), int64(math.MaxInt32)
		if minV != nil {
			lo = int64(minV.(int32))
		}
		if maxV != nil {
			hi = int64(maxV.(int32))
		}
		if lo >= hi {
			return minMaxError(c, minV, maxV)
		}
		for i := 0; i < count; i++ {
			if err := c.Out(int32(g.intRange(lo, hi))); err != nil {
				return err
			}
		}
	case (isInt32(minV) || isInt64(minV)) && (isInt32(maxV) || isInt64(maxV)):
		lo, hi := int64(0), int64(math.MaxInt64)
		if minV != nil {
			lo, _ = toInt64(minV)
		}
		if maxV != nil {
			hi, _ = toInt64(maxV)
		}
		if lo >= hi {
			return minMaxError(c, minV, maxV)
		}
		for i := 0; i < count; i++ {
			if err := c.Out(randomInt64(g, lo, hi)); err != nil {
				return err
			}
		}
	default:
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
		for i := 0; i < count; i++ {
			if err := c.Out(randomDouble(g, lo, hi)); err != nil {
				return err
			}
		}
	}
	return nil
}

// operand is a -Minimum/-Maximum value as Get-Random sees it: numeric
// strings become numbers, small integer types Int32.
func operand(v any) any {
	v = objutil.Base(v)
	switch x := v.(type) {
	case nil:
		return nil
	case string:
		if strings.TrimSpace(x) == "" {
			return nil
		}
		// Get-Random reads text as a number literal (Parser.ScanNumber):
		// '1kb', '0x10', '+100', '20.'.
		if n, ok := ops.ScanNumber(x); ok {
			return n
		}
		return x
	}
	return v
}

func isInt32(v any) bool { _, ok := v.(int32); return v == nil || ok }

func isInt64(v any) bool { _, ok := v.(int64); return ok }

func toInt64(v any) (int64, bool) {
	switch x := v.(type) {
	case int32:
		return int64(x), true
	case int64:
		return x, true
	}
	return 0, false
}

// randomInt64 is GetRandomInt64: small ranges through Next, large ones
// from masked random bits.
func randomInt64(g generator, lo, hi int64) int64 {
	diff := uint64(hi - lo)
	if diff <= math.MaxInt32 {
		return lo + g.intRange(0, int64(diff))
	}
	bitsN := 0
	for d := diff; d != 0; d >>= 1 {
		bitsN++
	}
	mask := uint64(math.MaxUint64) >> (64 - bitsN)
	for {
		var u uint64
		for k := 0; k < 8; k++ {
			u |= uint64(byte(g.intRange(0, 256))) << (8 * k)
		}
		u &= mask
		if u < diff {
			return int64(float64(lo) + float64(u))
		}
	}
}

// randomDouble is GetRandomDouble, retrying when rounding reaches the
// maximum.
func randomDouble(g generator, lo, hi float64) float64 {
	diff := hi - lo
	for {
		r := g.float()
		var v float64
		if math.IsInf(diff, 0) {
			v = lo + r*hi - r*lo
		} else {
			v = lo + r*diff
			diff *= r
		}
		if v < hi {
			return v
		}
	}
}

func minMaxError(c *pipeline.Call, lo, hi any) error {
	if lo == nil {
		lo = int32(0)
	}
	return c.Fail(object.NewException("System.ArgumentException",
		"The Minimum value (%s) cannot be greater than or equal to the Maximum value (%s).", dotnet.ToString(lo), dotnet.ToString(hi)),
		"MinGreaterThanOrEqualMax", "InvalidArgument", nil)
}
