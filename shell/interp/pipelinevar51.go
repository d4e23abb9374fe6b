package interp

// spendPipelineVariable ends -PipelineVariable for an advanced function
// once its first block has run. Windows PowerShell 5.1 assigns the
// variable only the objects the first block run writes (the begin block
// when there is one, else the first process run); the objects written
// later reach the next command with the variable empty
// (about_CommonParameters, -PipelineVariable note; PowerShell 7.2 changed
// this, PowerShell issue 10932).
func (cs *commonState) spendPipelineVariable(r *Runner) {
	cs.pvSpent = true
	cs.set(r, cs.pv, nil)
}
