package interp

import "strings"

// flowError is control flow travelling up the Go stack: break, continue,
// return and exit. They cross function boundaries as PowerShell's do (a
// break in a function called from a loop ends that loop).
type flowError interface {
	error
	flow()
}

type breakErr struct{ label string }
type continueErr struct{ label string }
type returnErr struct{}
type exitErr struct{ code int }

func (*breakErr) Error() string    { return "break" }
func (*continueErr) Error() string { return "continue" }
func (*returnErr) Error() string   { return "return" }
func (*exitErr) Error() string     { return "exit" }
func (*breakErr) flow()            {}
func (*continueErr) flow()         {}
func (*returnErr) flow()           {}
func (*exitErr) flow()             {}

// Shared values for the unlabelled forms, so loops do not allocate.
var (
	errBreak    = &breakErr{}
	errContinue = &continueErr{}
	errReturn   = &returnErr{}
)

// loopControl decides what a loop labelled label does with err: stop
// (break), next (continue), or pass err on.
func loopControl(err error, label string) (brk, cont bool, pass error) {
	switch e := err.(type) {
	case *breakErr:
		if e.label == "" || strings.EqualFold(e.label, label) {
			return true, false, nil
		}
	case *continueErr:
		if e.label == "" || strings.EqualFold(e.label, label) {
			return false, true, nil
		}
	}
	return false, false, err
}
