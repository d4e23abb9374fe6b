package object

import "errors"

// ExceptionOf returns the .NET exception a Go error stands for, so that
// a cmdlet can report any failure as an ErrorRecord: the exception
// itself (also when wrapped), a record's exception, or else a
// System.Exception carrying the error's text, as .NET wraps a foreign
// failure.
func ExceptionOf(err error) *Exception {
	var ex *Exception
	if errors.As(err, &ex) {
		return ex
	}
	var rec *ErrorRecord
	if errors.As(err, &rec) && rec.Exception != nil {
		return rec.Exception
	}
	return NewException("System.Exception", "%s", err.Error())
}
