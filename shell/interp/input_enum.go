package interp

import "cspsh/pipeline/object"

// inputEnumerator is the value of $input: an enumerator over the input
// of the function or script block (all of it outside process {}, the
// current object inside), which a first enumeration consumes
// (about_Automatic_Variables, $input).
func inputEnumerator(in []any) *object.Enumerator {
	return object.NewEnumerator(object.InputEnumeratorType, in)
}
