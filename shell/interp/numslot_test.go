package interp_test

import (
	"strings"
	"testing"
)

// Numbers kept unboxed in variables (numslot.go) must behave exactly as
// boxed ones: the cases run ++, -- and op= on plain variables, then read
// the values every other way. Types and widening follow
// about_Arithmetic_Operators ("If the result of an operation is too
// large for the type, the type of the result is widened", 512MB * 512MB
// is System.Double; 2 + 3.1 is a System.Double 5.1) and
// about_Assignment_Operators (+=, -=, *=, /=, %=, ++, --).
func TestUnboxedNumbers(t *testing.T) {
	for _, tt := range []struct{ name, src, out, errText string }{
		{"widen multiply", `$x = 512MB; $x *= 512MB; $x.GetType().FullName`, "System.Double\n", ""},
		{"int plus double", `$i = 2; $i += 3.1; $i; $i.GetType().FullName`, "5.1\nSystem.Double\n", ""},
		{"increment past Int32", `$x = [int]::MaxValue; $x++; $x; $x.GetType().FullName`, "2147483648\nSystem.Double\n", ""},
		{"decrement past Int32", `$x = [int]::MinValue; $x--; $x.GetType().FullName`, "System.Double\n", ""},
		{"double increment", `$d = 1.5; $d++; $d; ++$d; $d`, "2.5\n3.5\n", ""},
		{"copies keep their value", `$a = 1000; $a++; $b = $a; $a++; $a += 5; "$b $a"`, "1001 1007\n", ""},
		{"all compound ops", `$x = 1000; $x -= 1; $x *= 2; $x %= 7; $x; $x.GetType().Name`, "3\nInt32\n", ""},
		{"exact division stays Int32", `$x = 1000; $x /= 8; $x; $x.GetType().Name`, "125\nInt32\n", ""},
		{"inexact division", `$x = 7; $x++; $x /= 16; $x`, "0.5\n", ""},
		{"loop sum", `$sum = 0; for ($i = 1; $i -le 100000; $i++) { $sum += $i }; $sum; $sum.GetType().Name; $i`, "5000050000\nDouble\n100001\n", ""},
		{"Get-Variable sees the number", `$i = 1000; $i++; $i += 1000; (Get-Variable i).Value`, "2001\n", ""},
		{"closure captures the value", `$n = 300; $n++; $sb = { $n }.GetNewClosure(); $n++; & $sb; $n`, "301\n302\n", ""},
		{"string append still appends", `$s = "a"; $s += 1; $s += 2; $s`, "a12\n", ""},
		{"number then string", `$x = 1000; $x++; $x += "5"; $x`, "1006\n", ""},
		{"null start", `for ($i = 0; $i -lt 4; $i++) { $t += $i }; $t`, "6\n", ""},
		{"type constraint converts", `[int]$n = 1000; $n++; $n += 0.5; $n; $n.GetType().Name`, "1002\nInt32\n", ""},
		{"array index after increment", `$a = 10, 20, 30; $k = 0; $k++; $a[$k]`, "20\n", ""},
		{"compare double with int", `$d = 0.5; $d += 1; if ($d -gt 1) { "gt" }; if ($d -lt 2) { "lt" }`, "gt\nlt\n", ""},
		{"divide by zero", `$z = 1000; $z /= 0`, "", "Attempted to divide by zero."},
		{"read-only", `Set-Variable -Name c -Value 1000 -Option ReadOnly; $c++; $c += 1; $c`, "1000\n", "Cannot overwrite variable c because it is read-only or constant."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, out, errb := newRunner(t)
			r.RunString(tt.src, "")
			if out.String() != tt.out {
				t.Errorf("stdout = %q, want %q", out.String(), tt.out)
			}
			if tt.errText == "" && errb.Len() > 0 {
				t.Errorf("stderr = %q", errb.String())
			}
			if tt.errText != "" && !strings.Contains(errb.String(), tt.errText) {
				t.Errorf("stderr = %q, want it to contain %q", errb.String(), tt.errText)
			}
		})
	}
}
