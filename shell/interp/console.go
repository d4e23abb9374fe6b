package interp

// consoleWidth is the width Out-Default lays text out in: one less than
// the console's, as 5.1's ConsoleLineOutput never writes the last column
// (so a full row does not wrap by itself).
func consoleWidth(w int) int {
	if w > 1 {
		return w - 1
	}
	return w
}
