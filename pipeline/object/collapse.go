package object

// Collapse turns a pipeline's output into the one value a script sees
// when it assigns or uses the result: nothing is $null, one object is
// itself, several are an Object[].
func Collapse(out []any) any {
	switch len(out) {
	case 0:
		return nil
	case 1:
		return out[0]
	}
	return out
}
