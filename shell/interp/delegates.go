package interp

import (
	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// scriptInvoker lets the .NET-style methods in pipeline/members call a
// script block converted to a delegate ([Func[int,int]]{ … } passed to
// Enumerable.Select, Array.FindAll, List.Sort): the arguments bind to
// param() and $args in a new scope, and an error inside the block comes
// back to the method, which reports it as its own exception.
func (r *Runner) scriptInvoker(sb object.ScriptBlock, args []any) ([]any, error) {
	return r.Invoke(sb, pipeline.InvokeOptions{Args: args, NewScope: true, PropagateErrors: true})
}
