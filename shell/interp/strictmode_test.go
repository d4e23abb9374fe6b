package interp_test

import (
	"strings"
	"testing"
)

// TestStrictMode: the rules of each Set-StrictMode version, and that a
// setting holds for the scope that made it and its children only
// (Set-StrictMode reference page).
func TestStrictMode(t *testing.T) {
	const catch = ` } catch { $_.FullyQualifiedErrorId }`
	tests := []struct {
		name, src, want string
	}{
		{"off: unset is null", `$null -eq $u`, "True"},
		{"v1: unset fails", `Set-StrictMode -Version 1; try { $u` + catch, "VariableIsUndefined"},
		{"v1: unset in string allowed", `Set-StrictMode -Version 1; "[$u]"`, "[]"},
		{"v2: unset in string fails", `Set-StrictMode -Version 2; try { "[$u]"` + catch, "VariableIsUndefined"},
		{"v1: qualified unset fails", `Set-StrictMode -Version 1; try { $global:u` + catch, "VariableIsUndefined"},
		{"v1: env var not checked", `Set-StrictMode -Version 1; $null -eq $env:CSPSH_SURELY_UNSET_63`, "True"},
		{"target is the path", `Set-StrictMode -Version 1; try { $script:u } catch { $_.TargetObject }`, "script:u"},
		{"v1: missing property allowed", `Set-StrictMode -Version 1; $null -eq 'a'.Nope`, "True"},
		{"v2: missing property fails", `Set-StrictMode -Version 2; try { 'a'.Nope` + catch, "PropertyNotFoundStrict"},
		{"v2: missing hashtable key fails", `Set-StrictMode -Version 2; try { @{}.Nope` + catch, "PropertyNotFoundStrict"},
		{"v2: hashtable key and own property", `Set-StrictMode -Version 2; $h = @{a=$null}; $null -eq $h.a; $h.Count; $null -eq $h['b']`, "True 1 True"},
		{"v2: f(1,2) fails", `function f { 'ran' }; Set-StrictMode -Version 2; try { f(1,2)` + catch, "StrictModeFunctionCallWithParens"},
		{"v2: f (1,2) with a space runs", `function f { 'ran' }; Set-StrictMode -Version 2; f (1,2)`, "ran"},
		{"v2: f(1) is no array", `function f { 'ran' }; Set-StrictMode -Version 2; f(1)`, "ran"},
		{"v1: f(1,2) runs", `function f { 'ran' }; Set-StrictMode -Version 1; f(1,2)`, "ran"},
		{"v2: index out of bounds allowed", `Set-StrictMode -Version 2; $null -eq (1,2)[5]`, "True"},
		{"v3: index out of bounds fails", `Set-StrictMode -Version 3; try { (1,2)[5] } catch { $_.Exception.GetType().Name }`, "IndexOutOfRangeException"},
		{"Latest is 3", `Set-StrictMode -Version Latest; try { (1,2)[5] } catch { 'caught' }`, "caught"},
		{"5.1 is a valid version", `Set-StrictMode -Version 5.1; try { (1,2)[5] } catch { 'caught' }`, "caught"},
		{"function's setting ends with it", `function f { Set-StrictMode -Version 2 }; f; $null -eq $u`, "True"},
		{"child inherits", `function g { $u }; Set-StrictMode -Version 1; try { g` + catch, "VariableIsUndefined"},
		{"child can turn it off", `function g { Set-StrictMode -Off; $null -eq $u }; Set-StrictMode -Version 1; g`, "True"},
		{"off in child does not reach parent", `function g { Set-StrictMode -Off }; Set-StrictMode -Version 1; g; try { $u` + catch, "VariableIsUndefined"},
		{"Properties indexer: missing is null", `Set-StrictMode -Version 3; $null -eq ([pscustomobject]@{A=1}).PSObject.Properties['B']`, "True"},
		{"Properties indexer: by name", `([pscustomobject]@{A=1}).PSObject.Properties['a'].Value`, "1"},
		{"v2: Count of a scalar fails", `Set-StrictMode -Version 2; try { (5).Count` + catch, "PropertyNotFoundStrict"},
		{"v2: Count of a custom object fails", `Set-StrictMode -Version 2; try { ([pscustomobject]@{A=1}).Count` + catch, "PropertyNotFoundStrict"},
		{"v2: Length of a string is its own", `Set-StrictMode -Version 2; 'abc'.Length`, "3"},
		{"v2: Count of arrays and tables", `Set-StrictMode -Version 2; (1,2).Count; @(5).Count; @{a=1}.Count; (New-Object System.Collections.ArrayList).Count`, "2 1 1 0"},
		{"v1: Count of a scalar", `Set-StrictMode -Version 1; (5).Count`, "1"},
		{"v2: enumeration, all elements have it", `Set-StrictMode -Version 2; ([pscustomobject]@{A=1}, [pscustomobject]@{A=2}).A`, "1 2"},
		{"v2: enumeration, an element lacks it", `Set-StrictMode -Version 2; try { ([pscustomobject]@{A=1}, [pscustomobject]@{B=2}).A` + catch, "PropertyNotFoundStrict"},
		{"v2: a collection's own Count", `Set-StrictMode -Version 2; ([pscustomobject]@{A=1}, 5).Count`, "2"},
		{"v1: += on unset fails", `Set-StrictMode -Version 1; try { $n += 1` + catch, "VariableIsUndefined"},
		{"v1: ++ on unset fails", `Set-StrictMode -Version 1; try { $n++` + catch, "VariableIsUndefined"},
		{"v1: ++ in an expression on unset fails", `Set-StrictMode -Version 1; try { ($n++)` + catch, "VariableIsUndefined"},
		{"v1: += on a set variable", `Set-StrictMode -Version 1; $n = 1; $n += 1; $n++; $n`, "3"},
		{"v1: += on a caller's variable", `Set-StrictMode -Version 1; $n = 5; & { $n += 1; $n }; $n`, "1 5"},
		{"v1: $local: += on a caller's variable fails", `Set-StrictMode -Version 1; $n = 1; & { try { $local:n += 1` + catch + ` }`, "VariableIsUndefined"},
		{"off: += on unset", `$n += 1; $n`, "1"},
		{"dot-sourced sets caller", `. { Set-StrictMode -Version 1 }; try { $u` + catch, "VariableIsUndefined"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, out, _ := newRunner(t)
			if err := r.RunString(tc.src, ""); err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(strings.Fields(out.String()), " "); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
