package interp

import "cspsh/pipeline"

// Runtime returns the runner as the pipeline.Runtime cmdlets see, for the
// REPL's tab completion (argument completers take a Runtime). Like the
// Runner it must not be used while a command runs.
func (r *Runner) Runtime() pipeline.Runtime { return rtView{r} }
