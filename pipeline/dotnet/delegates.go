package dotnet

import (
	"strconv"
	"strings"

	"cspsh/pipeline/object"
)

// delegateGeneric returns the generic delegate type a short name with n
// type arguments stands for ([Func[int,float]], [Action[string]],
// [Predicate[object]], [Comparison[int]], [Converter[int,string]]), or
// "" when it names none.
func delegateGeneric(short string, n int) string {
	switch short {
	case "func":
		if n >= 1 && n <= 9 {
			return "System.Func`" + strconv.Itoa(n)
		}
	case "action":
		if n >= 1 && n <= 9 {
			return "System.Action`" + strconv.Itoa(n)
		}
	case "predicate":
		return "System.Predicate`1"
	case "comparison":
		return "System.Comparison`1"
	case "converter":
		return "System.Converter`2"
	}
	return ""
}

// IsDelegateType reports whether full names a delegate type cspsh can
// make from a script block.
func IsDelegateType(full string) bool {
	if full == "System.Action" {
		return true
	}
	for _, p := range []string{"System.Func`", "System.Action`", "System.Predicate`1[", "System.Comparison`1[", "System.Converter`2["} {
		if strings.HasPrefix(full, p) {
			return true
		}
	}
	return false
}

// toDelegate converts a script block to a delegate type, as PowerShell
// does for [Func[int,int]]{ … } and for a script block passed where a
// .NET method takes a delegate.
func toDelegate(v any, full string) (any, bool) {
	if !IsDelegateType(full) {
		return nil, false
	}
	switch x := v.(type) {
	case *object.Delegate:
		return &object.Delegate{TypeName: full, Script: x.Script}, true
	case object.ScriptBlock:
		if TypeName(x) == "System.Management.Automation.ScriptBlock" {
			return &object.Delegate{TypeName: full, Script: x}, true
		}
	}
	return nil, false
}

// DelegateReturnType is the type a delegate's result converts to: a
// Func's last type argument, Boolean for a Predicate, Int32 for a
// Comparison, a Converter's output type; "" for an Action (no result).
func DelegateReturnType(full string) string {
	i := strings.IndexByte(full, '[')
	if i < 0 || !strings.HasSuffix(full, "]") {
		return ""
	}
	args := splitTypeArgs(full[i+1 : len(full)-1])
	switch {
	case strings.HasPrefix(full, "System.Func`"), strings.HasPrefix(full, "System.Converter`2"):
		return strings.TrimSpace(args[len(args)-1])
	case strings.HasPrefix(full, "System.Predicate`1"):
		return "System.Boolean"
	case strings.HasPrefix(full, "System.Comparison`1"):
		return "System.Int32"
	}
	return ""
}
