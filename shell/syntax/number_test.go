package syntax

import (
	"fmt"
	"testing"

	"cspsh/pipeline/object"
)

// numberTests are the literal types of about_Numeric_Literals.
var numberTests = []struct{ in, want string }{
	{"100", "int32 100"},
	{"0b101", "int32 5"},
	{"0b11111111111111111111111111111111", "int32 -1"},
	{"0b101L", "int64 5"},
	{"0b101uy", "uint8 5"},
	{"100u", "uint32 100"},
	{"100D", "object.Decimal 100e0"},
	{"1.50d", "object.Decimal 150e2"},
	{"1e2d", "object.Decimal 100e0"},
	{"100l", "int64 100"},
	{"100uL", "uint64 100"},
	{"100us", "uint16 100"},
	{"100uy", "uint8 100"},
	{"100y", "int8 100"},
	{"100s", "int16 100"},
	{"100n", "*big.Int 100"},
	{"1e2", "float64 100"},
	{"1.5", "float64 1.5"},
	{"1.", "float64 1"},
	{".5", "float64 0.5"},
	{"1.5e-3", "float64 0.0015"},
	{"0x1e2L", "int64 482"},
	{"0x1e2D", "int32 7725"},
	{"482gb", "int64 517543559168"},
	{"482ngb", "*big.Int 517543559168"},
	{"0xFFFFs", "int16 -1"},
	{"0xFFFFFFFF", "int32 -1"},
	{"0x7FFFFFFF", "int32 2147483647"},
	{"0x100000000", "int64 4294967296"},
	{"0xFFFFFFFFFFFFFFFF", "int64 -1"},
	{"2147483647", "int32 2147483647"},
	{"2147483648", "int64 2147483648"},
	{"9223372036854775807", "int64 9223372036854775807"},
	{"9223372036854775808", "object.Decimal 9223372036854775808e0"},
	{"79228162514264337593543950336", "float64 7.922816251426434e+28"},
	{"1kb", "int32 1024"},
	{"1KB", "int32 1024"},
	{"2mb", "int32 2097152"},
	{"1tb", "int64 1099511627776"},
	{"1.5kb", "float64 1536"},
	{"1dkb", "object.Decimal 1024e0"},
	{"4294967295u", "uint32 4294967295"},
	{"4294967296u", "uint64 4294967296"},
	{"255uy", "uint8 255"},
	{"127y", "int8 127"},
}

func TestNumberLiterals(t *testing.T) {
	for _, tc := range numberTests {
		sb, err := Parse(NewFile("", tc.in))
		if err != nil {
			t.Errorf("%s: %v", tc.in, err)
			continue
		}
		x := sb.End.Stmts[0].(*Pipeline).Elements[0].(*CommandExpr).X
		got := "<unary>"
		if n, ok := x.(*NumberLit); ok {
			switch v := n.Value.(type) {
			case object.Decimal:
				got = fmt.Sprintf("object.Decimal %se%d", v.Unscaled, v.Scale)
			default:
				got = fmt.Sprintf("%T %v", v, v)
			}
			if n.Text != tc.in {
				t.Errorf("%s: Text %q", tc.in, n.Text)
			}
		}
		if got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.in, got, tc.want)
		}
	}
	// Out of range for the suffix: PowerShell's BadNumericConstant.
	for _, in := range []string{"1usgb", "256uy", "128y", "70000s", "0x1FFFFs", "99999999999999999999l"} {
		_, err := Parse(NewFile("", in))
		if err == nil || err.(ParseErrors)[0].ErrorID != "BadNumericConstant" {
			t.Errorf("%s: got %v, want BadNumericConstant", in, err)
		}
		// In argument mode such a word is a plain string, as in PowerShell.
		sb, err := Parse(NewFile("", "Write-Output "+in))
		if err != nil {
			t.Errorf("Write-Output %s: %v", in, err)
			continue
		}
		arg := sb.End.Stmts[0].(*Pipeline).Elements[0].(*Command).Args[0]
		if sc, ok := arg.(*StringConst); !ok || sc.Value != in {
			t.Errorf("Write-Output %s: argument %s", in, sexpr(arg))
		}
	}
}
