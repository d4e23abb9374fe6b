package ops

import (
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// + and * on strings, arrays and hashtables, and DateTime/TimeSpan
// arithmetic: the non-numeric meanings the left operand can give them.

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
		// StringOps.Multiply refuses a negative count.
		return 0, runtimeError(object.NewException("System.ArgumentOutOfRangeException",
			"Specified argument was out of the range of valid values.\r\nParameter name: times"))
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
	case *object.MDArray:
		out := make([]any, 0, len(a)+len(b.Items))
		return append(append(out, a...), b.Items...)
	}
	out := make([]any, len(a), len(a)+1)
	copy(out, a)
	return append(out, y)
}

func arrayMul(a []any, y any) (any, error) {
	// ArrayOps.Multiply takes the count as a UInt32: -1 is a conversion
	// error.
	if _, err := dotnet.Convert(y, "System.UInt32"); err != nil {
		return nil, conversionError(err)
	}
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

// hashtableAdd merges two hashtables into a new one, as 5.1's
// HashtableOps.Add does: a new Hashtable (an OrderedDictionary when the
// left one is [ordered]) with StringComparer.CurrentCultureIgnoreCase and
// the default capacity, given the left keys and then the right ones in
// their enumeration order. A key present in both is the error
// Hashtable.Add raises.
func hashtableAdd(a *object.Hashtable, y any) (any, error) {
	b, ok := y.(*object.Hashtable)
	if !ok {
		return nil, newRuntimeError("AddHashTableToNonHashTable", "InvalidOperation",
			"A hash table can only be added to another hash table.")
	}
	var out *object.Hashtable
	if a.Dict != nil {
		out = a.Clone()
	} else {
		out = object.NewHashtable(a.Ordered)
		out.InsertionOrder = a.InsertionOrder
		for i := 0; i < a.Len(); i++ {
			k, v := a.At(i)
			if out.Has(k) { // "a" and "A" of a case-sensitive table
				return nil, DuplicateKeyError(out, k)
			}
			out.Set(k, v)
		}
	}
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
// key that exists, quoting the existing key as stored. PowerShell lets
// it surface as it is: category OperationStopped, error id
// System.ArgumentException.
func DuplicateKeyError(h *object.Hashtable, k any) error {
	existing := k
	for _, kk := range h.Keys() {
		if strings.EqualFold(dotnet.ToString(kk), dotnet.ToString(k)) {
			existing = kk
			break
		}
	}
	msg := "Item has already been added. Key in dictionary: '" + dotnet.ToString(existing) + "'  Key being added: '" + dotnet.ToString(k) + "'"
	ex := &object.Exception{Type: "System.ArgumentException", Message: msg}
	return object.NewError(ex, "System.ArgumentException", "OperationStopped", nil)
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
