package ops

import (
	"math"
	"math/big"
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Arithmetic follows about_Arithmetic_Operators: the left operand decides
// what the operator means (numbers, strings, arrays, hashtables, dates),
// numeric results widen instead of overflowing (Int32 → Double), and
// `/` stays integral only when the division is exact.

// Add is `x + y`.
func Add(x, y any) (any, error) {
	if a, ok := x.(int32); ok {
		switch b := y.(type) {
		case int32:
			r := int64(a) + int64(b)
			if r == int64(int32(r)) {
				return int32(r), nil
			}
			return float64(r), nil
		case float64:
			return float64(a) + b, nil
		}
	} else if a, ok := x.(float64); ok {
		switch b := y.(type) {
		case float64:
			return a + b, nil
		case int32:
			return a + float64(b), nil
		}
	} else if a, ok := x.(int64); ok {
		if b, ok := y.(int64); ok {
			r := a + b
			if (r > a) == (b > 0) {
				return r, nil
			}
			return float64(a) + float64(b), nil
		}
	}
	switch a := x.(type) {
	case string:
		return a + stringOperand(y), nil
	case []any:
		return arrayAdd(a, y), nil
	case *object.List:
		return arrayAdd(a.Items, y), nil
	case *object.Hashtable:
		return hashtableAdd(a, y)
	case time.Time:
		return dateAdd(a, y, 1)
	case object.TimeSpan:
		return timeSpanAdd(a, y, 1)
	case object.Char:
		if s, ok := y.(string); ok {
			// [char] + string: the char is numeric, the string must be too.
			n, err := operand(s, kInt32)
			if err != nil {
				return nil, err
			}
			return arithNum('+', num{k: kInt32, i: int64(a)}, n)
		}
	case nil, object.AutomationNull:
		return nullLeft('+', y)
	case *object.PSObject:
		if a.Base != nil {
			return Add(a.Base, y)
		}
		return nil, opNotSupported(x, "op_Addition")
	}
	return arith('+', x, y, "op_Addition")
}

// Sub is `x - y`.
func Sub(x, y any) (any, error) {
	if a, ok := x.(int32); ok {
		if b, ok := y.(int32); ok {
			r := int64(a) - int64(b)
			if r == int64(int32(r)) {
				return int32(r), nil
			}
			return float64(r), nil
		}
	} else if a, ok := x.(float64); ok {
		if b, ok := y.(float64); ok {
			return a - b, nil
		}
	}
	switch a := x.(type) {
	case time.Time:
		switch b := y.(type) {
		case time.Time:
			return object.TimeSpan(ticksOf(a) - ticksOf(b)), nil
		}
		return dateAdd(a, y, -1)
	case object.TimeSpan:
		return timeSpanAdd(a, y, -1)
	case nil, object.AutomationNull:
		return nullLeft('-', y)
	}
	return arith('-', x, y, "op_Subtraction")
}

// Mul is `x * y`.
func Mul(x, y any) (any, error) {
	if a, ok := x.(int32); ok {
		if b, ok := y.(int32); ok {
			r := int64(a) * int64(b)
			if r == int64(int32(r)) {
				return int32(r), nil
			}
			return float64(r), nil
		}
	} else if a, ok := x.(float64); ok {
		if b, ok := y.(float64); ok {
			return a * b, nil
		}
	}
	switch a := x.(type) {
	case string:
		n, err := repeatCount(y)
		if err != nil {
			return nil, err
		}
		return strings.Repeat(a, n), nil
	case []any:
		return arrayMul(a, y)
	case *object.List:
		return arrayMul(a.Items, y)
	case nil, object.AutomationNull:
		return nullLeft('*', y)
	}
	return arith('*', x, y, "op_Multiply")
}

// Div is `x / y`.
func Div(x, y any) (any, error) {
	if a, ok := x.(int32); ok {
		if b, ok := y.(int32); ok {
			if b == 0 {
				return nil, divideByZero()
			}
			if a%b == 0 && !(a == math.MinInt32 && b == -1) {
				return a / b, nil
			}
			return float64(a) / float64(b), nil
		}
	} else if a, ok := x.(float64); ok {
		if b, ok := y.(float64); ok {
			return a / b, nil
		}
	}
	if isNull(x) {
		return nullLeft('/', y)
	}
	return arith('/', x, y, "op_Division")
}

// Mod is `x % y`.
func Mod(x, y any) (any, error) {
	if a, ok := x.(int32); ok {
		if b, ok := y.(int32); ok {
			if b == 0 {
				return nil, divideByZero()
			}
			if b == -1 {
				return int32(0), nil
			}
			return a % b, nil
		}
	}
	if isNull(x) {
		return nullLeft('%', y)
	}
	return arith('%', x, y, "op_Modulus")
}

// arith is the general numeric path: both operands become numbers (the
// left one must be numeric-like), then the operation runs in the type
// PowerShell's binder picks for the pair.
func arith(op byte, x, y any, method string) (any, error) {
	a, ok := toNum(x)
	if !ok {
		s, isStr := x.(string)
		if !isStr {
			return nil, opNotSupported(x, method)
		}
		// A string on the left of - * / % is read as a number.
		var err error
		if a, err = operand(s, kindOfOperand(y)); err != nil {
			return nil, err
		}
	}
	b, err := operand(y, a.k)
	if err != nil {
		return nil, err
	}
	return arithNum(op, a, b)
}

// kindOfOperand is the numeric kind a conversion error should name.
func kindOfOperand(v any) kind {
	if k := kindOf(v); k != kNone {
		return k
	}
	return kInt32
}

// nullLeft treats $null on the left as the zero of the right operand's
// kind: $null + "a" is "a", $null + @(1) is @(1), $null - 1 is -1.
func nullLeft(op byte, y any) (any, error) {
	switch b := y.(type) {
	case nil, object.AutomationNull:
		return nil, nil
	case string:
		if op == '+' {
			return b, nil
		}
	case []any:
		if op == '+' {
			return append([]any(nil), b...), nil
		}
	case *object.List:
		if op == '+' {
			return append([]any(nil), b.Items...), nil
		}
	case *object.Hashtable:
		if op == '+' {
			return b.Clone(), nil
		}
	}
	bn, err := operand(y, kInt32)
	if err != nil {
		return nil, err
	}
	zero := num{k: bn.k}
	switch bn.k {
	case kDecimal:
		zero.d = object.Decimal{Unscaled: new(big.Int)}
	case kBig:
		zero.big = new(big.Int)
	}
	return arithNum(op, zero, bn)
}

// opKind is the type PowerShell performs a numeric operation in.
func opKind(a, b kind) kind {
	switch {
	case a == kDecimal || b == kDecimal:
		return kDecimal
	case a == kDouble || b == kDouble || a == kSingle || b == kSingle:
		return kDouble
	case a == kBig || b == kBig:
		return kBig
	}
	if a < kInt32 {
		a = kInt32
	}
	if b < kInt32 {
		b = kInt32
	}
	if a == b {
		return a
	}
	if a > b {
		a, b = b, a
	}
	// a < b now.
	switch {
	case b == kUInt64 && (a == kInt32 || a == kInt64):
		return kDecimal
	case b == kUInt64:
		return kUInt64
	case b == kInt64:
		return kInt64
	}
	// Int32 with UInt32.
	return kInt64
}

// arithNum performs op on two numbers.
func arithNum(op byte, a, b num) (any, error) {
	switch opKind(a.k, b.k) {
	case kInt32:
		return intOp(op, a.i, b.i, math.MinInt32, math.MaxInt32, func(r int64) any { return int32(r) })
	case kUInt32:
		return intOp(op, a.i, b.i, 0, math.MaxUint32, func(r int64) any { return uint32(r) })
	case kInt64:
		return int64Op(op, a.i, b.i)
	case kUInt64:
		return bigOp(op, a.bigInt(), b.bigInt(), new(big.Int), new(big.Int).SetUint64(math.MaxUint64), func(r *big.Int) any { return r.Uint64() })
	case kBig:
		return bigIntegerOp(op, a.bigInt(), b.bigInt())
	case kDecimal:
		da, err := a.decimal()
		if err != nil {
			return nil, err
		}
		db, err := b.decimal()
		if err != nil {
			return nil, err
		}
		return decOp(op, da, db)
	}
	return floatOp(op, a.float(), b.float()), nil
}

func floatOp(op byte, a, b float64) any {
	switch op {
	case '+':
		return a + b
	case '-':
		return a - b
	case '*':
		return a * b
	case '/':
		return a / b
	}
	return math.Mod(a, b)
}

// intOp computes in int64 for types of at most 32 bits, widening to
// Double when the result leaves [lo, hi].
func intOp(op byte, a, b, lo, hi int64, box func(int64) any) (any, error) {
	var r int64
	switch op {
	case '+':
		r = a + b
	case '-':
		r = a - b
	case '*':
		r = a * b
	case '/':
		if b == 0 {
			return nil, divideByZero()
		}
		if a%b != 0 {
			return float64(a) / float64(b), nil
		}
		r = a / b
	case '%':
		if b == 0 {
			return nil, divideByZero()
		}
		r = a % b
	}
	if r < lo || r > hi {
		return float64(r), nil
	}
	return box(r), nil
}

func int64Op(op byte, a, b int64) (any, error) {
	switch op {
	case '+':
		r := a + b
		if (r > a) == (b > 0) {
			return r, nil
		}
		return float64(a) + float64(b), nil
	case '-':
		r := a - b
		if (r < a) == (b > 0) {
			return r, nil
		}
		return float64(a) - float64(b), nil
	case '*':
		if a == 0 || b == 0 {
			return int64(0), nil
		}
		r := a * b
		if r/b == a && !(a == -1 && b == math.MinInt64) && !(b == -1 && a == math.MinInt64) {
			return r, nil
		}
		f, _ := new(big.Float).SetInt(new(big.Int).Mul(big.NewInt(a), big.NewInt(b))).Float64()
		return f, nil
	case '/':
		if b == 0 {
			return nil, divideByZero()
		}
		if a == math.MinInt64 && b == -1 || a%b != 0 {
			return float64(a) / float64(b), nil
		}
		return a / b, nil
	}
	if b == 0 {
		return nil, divideByZero()
	}
	if b == -1 {
		return int64(0), nil
	}
	return a % b, nil
}

// bigOp computes exactly and widens to Double outside [lo, hi].
func bigOp(op byte, a, b, lo, hi *big.Int, box func(*big.Int) any) (any, error) {
	r := new(big.Int)
	switch op {
	case '+':
		r.Add(a, b)
	case '-':
		r.Sub(a, b)
	case '*':
		r.Mul(a, b)
	case '/':
		if b.Sign() == 0 {
			return nil, divideByZero()
		}
		m := new(big.Int)
		r.QuoRem(a, b, m)
		if m.Sign() != 0 {
			fa, _ := new(big.Float).SetInt(a).Float64()
			fb, _ := new(big.Float).SetInt(b).Float64()
			return fa / fb, nil
		}
	case '%':
		if b.Sign() == 0 {
			return nil, divideByZero()
		}
		r.Rem(a, b)
	}
	if r.Cmp(lo) < 0 || r.Cmp(hi) > 0 {
		f, _ := new(big.Float).SetInt(r).Float64()
		return f, nil
	}
	return box(r), nil
}

// bigIntegerOp is BigInteger arithmetic: exact, integer division.
func bigIntegerOp(op byte, a, b *big.Int) (any, error) {
	r := new(big.Int)
	switch op {
	case '+':
		r.Add(a, b)
	case '-':
		r.Sub(a, b)
	case '*':
		r.Mul(a, b)
	case '/', '%':
		if b.Sign() == 0 {
			return nil, divideByZero()
		}
		if op == '/' {
			r.Quo(a, b)
		} else {
			r.Rem(a, b)
		}
	}
	return r, nil
}

func decOp(op byte, a, b object.Decimal) (any, error) {
	var r object.Decimal
	var err error
	switch op {
	case '+':
		r, err = decAdd(a, b)
	case '-':
		r, err = decSub(a, b)
	case '*':
		r, err = decMul(a, b)
	case '/':
		r, err = decDiv(a, b)
	default:
		r, err = decMod(a, b)
	}
	if err != nil {
		return nil, err
	}
	return r, nil
}

// stringOperand converts the right side of string concatenation.
func stringOperand(y any) string {
	switch b := y.(type) {
	case string:
		return b
	case nil, object.AutomationNull:
		return ""
	}
	return dotnet.ToString(y)
}

// repeatCount converts the right side of string or array `*`.
func repeatCount(y any) (int, error) {
	v, err := dotnet.Convert(y, "System.Int32")
	if err != nil {
		return 0, conversionError(err)
	}
	n, ok := v.(int32)
	if !ok {
		nn, err := operand(y, kInt32)
		if err != nil {
			return 0, err
		}
		n = int32(nn.float())
	}
	if n < 0 {
		n = 0
	}
	return int(n), nil
}

// arrayAdd appends y (its elements when it is a collection) to a copy of
// a: arrays are fixed size, so + always builds a new Object[].
func arrayAdd(a []any, y any) []any {
	switch b := y.(type) {
	case []any:
		out := make([]any, 0, len(a)+len(b))
		return append(append(out, a...), b...)
	case *object.List:
		out := make([]any, 0, len(a)+len(b.Items))
		return append(append(out, a...), b.Items...)
	}
	out := make([]any, len(a), len(a)+1)
	copy(out, a)
	return append(out, y)
}

func arrayMul(a []any, y any) (any, error) {
	n, err := repeatCount(y)
	if err != nil {
		return nil, err
	}
	out := make([]any, 0, len(a)*n)
	for i := 0; i < n; i++ {
		out = append(out, a...)
	}
	return out, nil
}

// hashtableAdd merges two hashtables into a new one; a key present in
// both is the error Hashtable.Add raises.
func hashtableAdd(a *object.Hashtable, y any) (any, error) {
	b, ok := y.(*object.Hashtable)
	if !ok {
		return nil, newRuntimeError("AddHashTableToNonHashTable", "InvalidOperation",
			"A hash table can only be added to another hash table.")
	}
	out := a.Clone()
	for _, k := range b.Keys() {
		if out.Has(k) {
			return nil, DuplicateKeyError(out, k)
		}
		v, _ := b.Get(k)
		out.Set(k, v)
	}
	return out, nil
}

// DuplicateKeyError is the ArgumentException Hashtable.Add raises for a
// key that exists; the existing key is quoted as stored.
func DuplicateKeyError(h *object.Hashtable, k any) error {
	existing := k
	for _, kk := range h.Keys() {
		if strings.EqualFold(dotnet.ToString(kk), dotnet.ToString(k)) {
			existing = kk
			break
		}
	}
	msg := "Item has already been added. Key in dictionary: '" + dotnet.ToString(existing) + "'  Key being added: '" + dotnet.ToString(k) + "'"
	inner := &object.Exception{Type: "System.ArgumentException", Message: msg}
	ex := &object.Exception{Type: runtimeExceptionType, Message: msg, Inner: inner}
	return object.NewError(ex, "System.ArgumentException", "NotSpecified", nil)
}

// ticksOf is DateTime.Ticks of t's wall-clock time (Kind is ignored in
// DateTime arithmetic and comparison, as in .NET).
func ticksOf(t time.Time) int64 {
	_, off := t.Zone()
	return (t.Unix()+int64(off)+62135596800)*10_000_000 + int64(t.Nanosecond()/100)
}

// fromTicks builds a time with the given wall-clock ticks in loc.
func fromTicks(ticks int64, loc *time.Location) time.Time {
	secs := ticks/10_000_000 - 62135596800
	ns := (ticks % 10_000_000) * 100
	t := time.Unix(secs, ns).UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
}

// dateAdd is DateTime ± TimeSpan (a number on the right counts ticks).
func dateAdd(t time.Time, y any, sign int64) (any, error) {
	var d int64
	switch b := y.(type) {
	case object.TimeSpan:
		d = int64(b)
	default:
		v, err := dotnet.Convert(y, "System.TimeSpan")
		if err != nil {
			return nil, opNotSupported(t, map[int64]string{1: "op_Addition", -1: "op_Subtraction"}[sign])
		}
		ts, ok := v.(object.TimeSpan)
		if !ok {
			return nil, opNotSupported(t, "op_Addition")
		}
		d = int64(ts)
	}
	r := ticksOf(t) + sign*d
	if r < 0 || r > 3155378975999999999 {
		return nil, runtimeError(object.NewException("System.ArgumentOutOfRangeException",
			"The added or subtracted value results in an un-representable DateTime.\nParameter name: value"))
	}
	return fromTicks(r, t.Location()), nil
}

// timeSpanAdd is TimeSpan ± TimeSpan.
func timeSpanAdd(a object.TimeSpan, y any, sign int64) (any, error) {
	b, ok := y.(object.TimeSpan)
	if !ok {
		v, err := dotnet.Convert(y, "System.TimeSpan")
		if err != nil {
			return nil, conversionError(err)
		}
		if b, ok = v.(object.TimeSpan); !ok {
			return nil, opNotSupported(a, "op_Addition")
		}
	}
	return a + object.TimeSpan(sign)*b, nil
}
