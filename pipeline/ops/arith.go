package ops

import (
	"cspsh/pipeline/dotnet"
	"math"
	"math/big"
	"strings"
	"time"

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
	case *object.MDArray:
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
	case dotnet.Enum:
		return enumArith('+', a, y)
	case object.IntPtr:
		return intPtrArith('+', a, y)
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
	if o, ok := y.(*object.PSObject); ok && o.Base != nil {
		// A wrapped value (Get-Date's date with its DisplayHint note)
		// takes part as its base object.
		y = o.Base
	}
	switch a := x.(type) {
	case *object.PSObject:
		if a.Base != nil {
			return Sub(a.Base, y)
		}
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
	case dotnet.Enum:
		return enumArith('-', a, y)
	case object.IntPtr:
		return intPtrArith('-', a, y)
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
	if o, ok := x.(*object.PSObject); ok && o.Base != nil {
		// A wrapped value (a number or string carrying notes) takes
		// part as its base object, as with + and -.
		return Mul(o.Base, y)
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
		// PowerShell's multiply binder answers $null for a $null left
		// operand whatever the right one is ($null * 3 is $null).
		return nil, nil
	case bool:
		// Booleans take part in arithmetic as 0 and 1, except that two
		// of them cannot be multiplied (about_Type_Conversion).
		if _, ok := y.(bool); ok {
			return nil, newRuntimeError("NotADefinedOperationForType", "InvalidOperation",
				"The operation '[System.Boolean] * [System.Boolean]' is not defined.")
		}
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
	if o, ok := x.(*object.PSObject); ok && o.Base != nil {
		return Div(o.Base, y)
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
	if o, ok := x.(*object.PSObject); ok && o.Base != nil {
		return Mod(o.Base, y)
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

// intPtrArith is IntPtr ± number: .NET's op_Addition and op_Subtraction
// take an IntPtr and an Int32 offset and give an IntPtr, so PowerShell
// converts the right operand to Int32 and keeps the pointer type.
func intPtrArith(op byte, a object.IntPtr, y any) (any, error) {
	n, err := operand(y, kInt32)
	if err != nil {
		return nil, err
	}
	if op == '-' {
		return a - object.IntPtr(n.i), nil
	}
	return a + object.IntPtr(n.i), nil
}

// enumArith is enum ± number, which stays in the enum's type
// ([ConsoleColor]::Blue + 3 is Red); enum - enum is the Int32 difference.
func enumArith(op byte, a dotnet.Enum, y any) (any, error) {
	if b, ok := y.(dotnet.Enum); ok {
		return arithNum(op, num{k: kInt32, i: a.Value}, num{k: kInt32, i: b.Value})
	}
	n, err := operand(y, kInt32)
	if err != nil {
		return nil, err
	}
	r, err := arithNum(op, num{k: kInt32, i: a.Value}, n)
	if err != nil {
		return nil, err
	}
	if rn, ok := toNum(r); ok && rn.k <= kInt64 && rn.k != kUInt64 {
		return dotnet.Enum{Type: a.Type, Value: rn.i}, nil
	}
	return r, nil
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
	case a == kBig || b == kBig:
		// BigInteger arithmetic converts (truncates) the other operand.
		return kBig
	case a == kDecimal || b == kDecimal:
		return kDecimal
	case a == kDouble || b == kDouble || a == kSingle || b == kSingle:
		return kDouble
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
	case b == kUInt64:
		// Exact result as UInt64, widening to Double outside its range
		// ([ulong]::MaxValue + 1 is a Double).
		return kUInt64
	case b == kInt64:
		return kInt64
	}
	// Int32 with UInt32.
	return kInt64
}

// arithNum performs op on two numbers.
func arithNum(op byte, a, b num) (any, error) {
	k := opKind(a.k, b.k)
	if k == kInt64 && unsignedWithSmallSigned(a, b) {
		// PowerShell's binder works in the larger TypeCode: UInt32
		// with an Int32 (or smaller) is a UInt32 operation, widening
		// to Double outside its range ([uint32]::MaxValue - 1 is a
		// UInt32: BNotOperator.Tests.ps1). A negative signed operand
		// keeps the Int64 operation.
		k = kUInt32
	}
	switch k {
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

// unsignedWithSmallSigned reports whether one operand is a UInt32 and the
// other a non-negative integer of at most 32 bits.
func unsignedWithSmallSigned(a, b num) bool {
	if b.k == kUInt32 {
		a, b = b, a
	}
	if a.k != kUInt32 {
		return false
	}
	switch b.k {
	case kSByte, kByte, kInt16, kUInt16, kInt32:
		return b.i >= 0
	}
	return false
}
