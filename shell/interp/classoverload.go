package interp

import (
	"strings"

	"cspsh/pipeline/dotnet"
)

// overload is one method or constructor a call may choose, with the
// class that defines it.
type overload struct {
	class  *classType
	method *methodCode
}

// addOverload adds m unless a more derived class already defined the
// same signature (which overrides it).
func addOverload(cands []overload, c *classType, m *methodCode) []overload {
	for _, o := range cands {
		if sameSignature(o.method, m) {
			return cands
		}
	}
	return append(cands, overload{class: c, method: m})
}

// sameSignature reports whether two methods take the same parameter types.
func sameSignature(a, b *methodCode) bool {
	if len(a.params) != len(b.params) {
		return false
	}
	for i := range a.params {
		if !strings.EqualFold(a.params[i].typeName, b.params[i].typeName) {
			return false
		}
	}
	return true
}

// pickOverload chooses the overload for args as PowerShell's method
// binder does in the common cases: the argument count must match, then
// the overload whose parameter types the arguments already have wins over
// one they only convert to; overloads they cannot convert to are out.
// Equal candidates go to the first defined.
func pickOverload(cands []overload, args []any) (overload, bool) {
	// One overload of that arity needs no scoring: its parameter
	// conversion reports a bad argument (MethodArgumentConversion…).
	only, n := overload{}, 0
	for _, o := range cands {
		if len(o.method.params) == len(args) {
			only, n = o, n+1
		}
	}
	if n <= 1 {
		return only, n == 1
	}
	best, bestScore := overload{}, -1
	for _, o := range cands {
		if len(o.method.params) != len(args) {
			continue
		}
		score, ok := 0, true
		for i, p := range o.method.params {
			s := argFit(args[i], p.typeName)
			if s < 0 {
				ok = false
				break
			}
			score += s
		}
		if ok && score > bestScore {
			best, bestScore = o, score
		}
	}
	return best, bestScore >= 0
}

// argFit scores how well v fits a parameter type: 2 when it already has
// the type, 1 when it converts (or the parameter is untyped), -1 when
// it cannot be converted.
func argFit(v any, typeName string) int {
	if typeName == "" {
		return 1
	}
	tv, ok := dotnet.ResolveType(typeName)
	if !ok {
		return 1 // a type cspsh does not model takes any value
	}
	if v != nil && dotnet.IsInstance(v, tv) {
		return 2
	}
	if _, err := dotnet.Convert(v, tv.FullName); err != nil {
		return -1
	}
	return 1
}
