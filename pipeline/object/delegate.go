package object

// Delegate is a script block converted to a .NET delegate type
// ([Func[int,float]]{ … }, [Predicate[object]]{ … }): .NET methods that
// take a delegate (Enumerable.Select, Array.FindAll, List.Sort) call it,
// and so does its Invoke method.
type Delegate struct {
	// TypeName is the delegate type's full name, e.g.
	// "System.Func`2[System.Int32,System.Single]".
	TypeName string
	Script   ScriptBlock
}

// ScriptInvoker runs a script block with arguments (bound to param() and
// $args) and returns its output. The interpreter sets it when a runner
// is made: packages below the shell (pipeline/members) reach script
// blocks only through it.
var ScriptInvoker func(sb ScriptBlock, args []any) ([]any, error)
