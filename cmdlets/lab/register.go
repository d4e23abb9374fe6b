// Package lab holds the lab's own cmdlets (Lab noun prefix): the lab
// clock, resetting the lab, the lab CA answering request files, and the
// exercises taken from the Skype for Business procedure pages.
package lab

import "cspsh/pipeline"

// Register adds this family's cmdlets to r.
func Register(r *pipeline.Registry) {
	for _, ci := range []*pipeline.CommandInfo{
		getLabClock(), setLabClock(), moveLabClock(), resetLab(), approveLabCertificateRequest(),
		getLabExercise(), startLabExercise(), testLabExercise(),
	} {
		r.Add(ci)
	}
}
