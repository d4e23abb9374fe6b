package ops

import (
	"fmt"
	"math/big"
	"reflect"
	"testing"

	"cspsh/pipeline/object"
)

// testEnv records $Matches and runs "script blocks" written in Go.
type testEnv struct {
	matches *object.Hashtable
}

func (e *testEnv) SetMatches(m *object.Hashtable) { e.matches = m }
func (e *testEnv) OFS() string                    { return " " }
func (e *testEnv) InvokeScriptBlock(sb object.ScriptBlock, dollarUnder any) (any, error) {
	return sb.(goBlock).f(dollarUnder)
}

// goBlock is a script block implemented by a Go function.
type goBlock struct {
	text string
	f    func(dollarUnder any) (any, error)
}

func (g goBlock) String() string { return g.text }

func dec(s string) object.Decimal {
	d, ok := parseDecimal(s)
	if !ok {
		panic(s)
	}
	return d
}

// same compares results by Go type and value (Decimals by value and
// scale, big.Ints by value).
func same(a, b any) bool {
	switch x := a.(type) {
	case object.Decimal:
		y, ok := b.(object.Decimal)
		return ok && x.Scale == y.Scale && decUnscaled(x).Cmp(decUnscaled(y)) == 0
	case *big.Int:
		y, ok := b.(*big.Int)
		return ok && x.Cmp(y) == 0
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !same(x[i], y[i]) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(a, b)
}

type binCase struct {
	op   string
	x, y any
	want any
}

func runBinary(t *testing.T, cases []binCase) {
	t.Helper()
	for _, c := range cases {
		got, err := Binary(c.op, c.x, c.y, &testEnv{})
		if err != nil {
			t.Errorf("%#v %s %#v: error %v", c.x, c.op, c.y, err)
			continue
		}
		if !same(got, c.want) {
			t.Errorf("%#v %s %#v = %s, want %s", c.x, c.op, c.y, show(got), show(c.want))
		}
	}
}

type errCase struct {
	op   string
	x, y any
	msg  string
	id   string
}

func runErrors(t *testing.T, cases []errCase) {
	t.Helper()
	for _, c := range cases {
		_, err := Binary(c.op, c.x, c.y, &testEnv{})
		if err == nil {
			t.Errorf("%#v %s %#v: no error, want %q", c.x, c.op, c.y, c.msg)
			continue
		}
		if err.Error() != c.msg {
			t.Errorf("%#v %s %#v: error %q, want %q", c.x, c.op, c.y, err.Error(), c.msg)
		}
		if rec, ok := err.(*object.ErrorRecord); c.id != "" && (!ok || rec.FullyQualifiedErrorID != c.id) {
			t.Errorf("%#v %s %#v: error id %v, want %q", c.x, c.op, c.y, err, c.id)
		}
	}
}

func show(v any) string { return fmt.Sprintf("%T(%v)", v, v) }
