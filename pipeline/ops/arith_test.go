package ops

import (
	"math"
	"math/big"
	"testing"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Expected values: about_Arithmetic_Operators and about_Type_Conversion.
func TestArithmetic(t *testing.T) {
	runBinary(t, []binCase{
		// Operator precedence example: 3+6/3*4 = 11; 6/(3*4) = 0.5.
		{"/", int32(6), int32(3), int32(2)},
		{"/", int32(6), int32(12), 0.5},
		{"+", int32(2), 3.1, 5.1},
		// Int32 overflow widens to Double, not Int64.
		{"*", int32(512 << 20), int32(512 << 20), float64(512<<20) * float64(512<<20)},
		{"+", int32(math.MaxInt32), int32(1), float64(math.MaxInt32) + 1},
		// [int32]::MinValue + [uint32]::MaxValue is an Int64.
		{"+", int32(math.MinInt32), uint32(math.MaxUint32), int64(math.MaxUint32) + math.MinInt32},
		{"+", int64(math.MaxInt64), int64(1), float64(math.MaxInt64) + 1},
		{"+", int64(5), int32(1), int64(6)},
		{"+", uint8(200), uint8(100), int32(300)},
		{"-", uint32(1), uint32(2), float64(-1)},
		// Division: exact stays integral, else Double.
		{"/", int32(10), int32(4), 2.5},
		{"/", int64(10), int32(5), int64(2)},
		{"/", int32(math.MinInt32), int32(-1), 2147483648.0},
		{"%", int32(7), int32(4), int32(3)},
		{"%", int32(-7), int32(4), int32(-3)},
		{"%", 7.5, int32(2), 1.5},
		// Strings.
		{"+", "file", "name", "filename"},
		{"*", "!", int32(3), "!!!"},
		{"+", "file", int32(16), "file16"},
		{"*", "file", int32(3), "filefilefile"},
		{"-", int32(10), " 9 ", int32(1)},
		{"-", "10", "2", int32(8)},
		{"/", "10", "2", int32(5)},
		{"+", "10", "2", "102"},
		{"*", "10", "2", "1010"},
		{"+", int32(1), "1.5", 2.5},
		{"+", int32(1), "0x10", int32(17)},
		{"+", int32(1), "1kb", int32(1025)},
		{"-", false, true, int32(-1)},
		// $null counts as zero / empty.
		{"+", nil, int32(1), int32(1)},
		{"-", nil, int32(1), int32(-1)},
		{"+", nil, "a", "a"},
		{"+", int32(1), nil, int32(1)},
		// Arrays.
		{"+", []any{int32(1), int32(2), int32(3)}, int32(16), []any{int32(1), int32(2), int32(3), int32(16)}},
		{"+", []any{int32(1)}, []any{"a", "b"}, []any{int32(1), "a", "b"}},
		{"*", []any{int32(1), int32(2)}, int32(2), []any{int32(1), int32(2), int32(1), int32(2)}},
		// Decimal stays Decimal.
		{"+", dec("1.50"), int32(1), dec("2.50")},
		{"*", dec("1.5"), dec("2"), dec("3.0")},
		{"/", dec("1"), dec("4"), dec("0.25")},
		{"/", dec("10.00"), dec("2"), dec("5.00")},
		{"/", dec("1"), dec("3"), dec("0.3333333333333333333333333333")},
		{"+", int32(1), dec("0.5"), dec("1.5")},
		{"+", dec("0.5"), 0.25, dec("0.75")},
		// Characters are numbers in arithmetic.
		{"+", object.Char('a'), int32(1), int32(98)},
		// Dates.
		{"-", time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2021, 12, 25, 0, 0, 0, 0, time.UTC), object.TimeSpan(7 * object.TicksPerDay)},
		{"+", time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), object.TimeSpan(object.TicksPerHour), time.Date(2022, 1, 1, 1, 0, 0, 0, time.UTC)},
		{"+", object.TimeSpan(1), object.TimeSpan(2), object.TimeSpan(3)},
	})
}

func TestArithmeticErrors(t *testing.T) {
	runErrors(t, []errCase{
		{"/", int32(1), int32(0), "Attempted to divide by zero.", "RuntimeException"},
		{"%", int64(1), int64(0), "Attempted to divide by zero.", "RuntimeException"},
		{"/", dec("1"), dec("0"), "Attempted to divide by zero.", "RuntimeException"},
		{"+", dec("79228162514264337593543950335"), int32(1), "Value was either too large or too small for a Decimal.", "RuntimeException"},
		{"+", int32(16), "file", `Cannot convert value "file" to type "System.Int32". Error: "Input string was not in a correct format."`, ""},
		{"-", []any{int32(1)}, int32(1), "Method invocation failed because [System.Object[]] does not contain a method named 'op_Subtraction'.", "MethodNotFound"},
		// Booleans count as 0 and 1, but two cannot be multiplied.
		{"*", false, true, "The operation '[System.Boolean] * [System.Boolean]' is not defined.", "NotADefinedOperationForType"},
	})
	runBinary(t, []binCase{{"-", false, true, int32(-1)}, {"*", true, int32(3), int32(3)}})
	h1 := object.NewHashtable(false)
	h1.Set("a", int32(1))
	h2 := object.NewHashtable(false)
	h2.Set("a", int32(2))
	runErrors(t, []errCase{{"+", h1, h2, "Item has already been added. Key in dictionary: 'a'  Key being added: 'a'", ""}})
}

func TestDoubleDivisionByZeroIsInfinity(t *testing.T) {
	got, err := Binary("/", 1.0, 0.0, nil)
	if err != nil || !math.IsInf(got.(float64), 1) {
		t.Fatalf("1.0/0.0 = %v, %v; want +Inf", got, err)
	}
}

func TestHashtableAdd(t *testing.T) {
	a := object.NewHashtable(false)
	a.Set("Time", "Now")
	b := object.NewHashtable(false)
	b.Set("Day", "Monday")
	got, err := Add(a, b)
	if err != nil {
		t.Fatal(err)
	}
	h := got.(*object.Hashtable)
	if h.Len() != 2 || a.Len() != 1 {
		t.Fatalf("merge gave %d keys (left now %d), want 2 (left unchanged 1)", h.Len(), a.Len())
	}
	if v, _ := h.Get("day"); v != "Monday" {
		t.Fatalf("$h.Day = %v", v)
	}
}

func TestUnary(t *testing.T) {
	cases := []struct {
		op   string
		x    any
		want any
	}{
		{"+", "123", int32(123)},
		{"-", int32(5), int32(-5)},
		{"-", "5", int32(-5)},
		{"-", int32(math.MinInt32), 2147483648.0},
		{"-bnot", int32(0), int32(-1)},
		{"-bnot", int64(5), int64(-6)},
		{"++", nil, int32(1)},
		{"++", int32(math.MaxInt32), 2147483648.0},
		{"--", int32(0), int32(-1)},
		{"-not", "", true},
		{"!", "False", false},
		{",", int32(1), []any{int32(1)}},
		{"-split", " a  b\tc ", []any{"a", "b", "c"}},
		{"-split", []any{"1 2", "a b"}, []any{"1", "2", "a", "b"}},
		{"-split", "", []any{""}},
	}
	for _, c := range cases {
		got, err := Unary(c.op, c.x, &testEnv{})
		if err != nil || !same(got, c.want) {
			t.Errorf("%s %#v = %s, %v; want %s", c.op, c.x, show(got), err, show(c.want))
		}
	}
}

func BenchmarkLoop(b *testing.B) {
	for n := 0; n < b.N; n++ {
		var sum any = int32(0)
		for i := int32(0); i < 1000; i++ {
			sum, _ = Binary("+", sum, i, nil)
			_, _ = Binary("-le", i, int32(1000000), nil)
		}
	}
}

func TestConversionErrorRecord(t *testing.T) {
	// `16 + "file"` in Windows PowerShell: InvalidArgument: (:) [], RuntimeException
	// with FullyQualifiedErrorId InvalidCastFromStringToInteger.
	_, err := Add(int32(16), "file")
	rec, ok := err.(*object.ErrorRecord)
	if !ok {
		t.Fatalf("error %T, want *object.ErrorRecord", err)
	}
	if rec.FullyQualifiedErrorID != "InvalidCastFromStringToInteger" || rec.Category != "InvalidArgument" {
		t.Errorf("id %q category %q", rec.FullyQualifiedErrorID, rec.Category)
	}
	if rec.Exception.Type != runtimeExceptionType || rec.Exception.Inner == nil || rec.Exception.Inner.Type != invalidCastType {
		t.Errorf("exception %s wrapping %v", rec.Exception.Type, rec.Exception.Inner)
	}
}

func TestDuplicateKeyRecord(t *testing.T) {
	// about_Arithmetic_Operators: adding hash tables with a common key
	// fails with the ArgumentException, shown as OperationStopped.
	a := object.NewHashtable(false)
	a.Set("c", int32(1))
	b := object.NewHashtable(false)
	b.Set("c", int32(2))
	_, err := Add(a, b)
	rec, ok := err.(*object.ErrorRecord)
	if !ok || rec.Category != "OperationStopped" || rec.FullyQualifiedErrorID != "System.ArgumentException" || rec.Exception.Type != "System.ArgumentException" {
		t.Fatalf("got %#v", err)
	}
}

func TestStringOperandThousands(t *testing.T) {
	// LanguagePrimitives reads "1,234" as an Int32 when it is not a literal.
	runBinary(t, []binCase{{"+", int32(0), "1,234", int32(1234)}})
}

// about_Arithmetic_Operators: UInt64 results, BigInteger truncation.
func TestWideIntegerArithmetic(t *testing.T) {
	runBinary(t, []binCase{
		{"+", uint64(9223372036854775807), int32(2), uint64(9223372036854775809)},
		{"+", uint64(math.MaxUint64), int32(1), float64(math.MaxUint64) + 1},
		{"/", big.NewInt(1), 1.9, big.NewInt(1)},
	})
}

func TestEnumArithmetic(t *testing.T) {
	cc, ok := dotnet.LookupEnum("System.ConsoleColor")
	if !ok {
		t.Skip("System.ConsoleColor not registered")
	}
	blue, _ := dotnet.EnumValue(cc, "Blue")
	red, _ := dotnet.EnumValue(cc, "Red")
	// about_Arithmetic_Operators: $blue + 3 is Red, $red - 3 is Blue, $blue - $red is -3.
	if r, err := Add(blue, int32(3)); err != nil || dotnet.ToString(r) != "Red" {
		t.Errorf("$blue + 3 = %v, %v", r, err)
	}
	if r, err := Sub(red, int32(3)); err != nil || dotnet.ToString(r) != "Blue" {
		t.Errorf("$red - 3 = %v, %v", r, err)
	}
	if r, err := Sub(blue, red); err != nil || r != int32(-3) {
		t.Errorf("$blue - $red = %#v, %v", r, err)
	}
}

// IntPtr's operators (.NET IntPtr.Addition/Subtraction take an Int32
// offset and return an IntPtr; Equals compares the values), with the
// right operand converted to the left's type as about_Comparison_Operators
// describes.
func TestIntPtrOperators(t *testing.T) {
	runBinary(t, []binCase{
		{"+", object.IntPtr(5), int32(1), object.IntPtr(6)},
		{"-", object.IntPtr(5), int32(2), object.IntPtr(3)},
		{"+", object.IntPtr(0), "3", object.IntPtr(3)},
		{"-eq", object.IntPtr(0), int32(0), true},
		{"-eq", object.IntPtr(5), int64(5), true},
		{"-eq", object.IntPtr(5), int32(6), false},
		{"-eq", object.IntPtr(5), object.IntPtr(5), true},
		{"-ne", object.IntPtr(5), int32(5), false},
	})
}
