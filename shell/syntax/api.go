package syntax

// ParseError is one parse error: where, and PowerShell's message for it
// (for example "Missing closing '}' in statement block or type definition.").
type ParseError struct {
	File    *File
	Start   Pos    // start of the marked extent
	Stop    Pos    // end of the marked extent (may equal Start)
	ErrorID string // PowerShell's ParseError id, e.g. "MissingEndCurlyBrace"
	Message string
	// Incomplete is set when the input ended before the construct did, so
	// more lines could complete it (the REPL then asks for them with ">> ").
	Incomplete bool
}

// Error returns PowerShell's message alone; the position and source line are
// added by whoever displays the error, as PowerShell's error view does.
func (e *ParseError) Error() string { return e.Message }

// ParseErrors is the list of errors a parse found, in source order.
// PowerShell reports all of them before running anything.
type ParseErrors []*ParseError

// Error returns the first error's message, the one PowerShell names first;
// callers that show all of them range over the list.
func (l ParseErrors) Error() string {
	if len(l) == 0 {
		return "no errors"
	}
	return l[0].Message
}

// Incomplete reports whether the input is only unfinished: every error is
// an "incomplete" one.
func (l ParseErrors) Incomplete() bool {
	if len(l) == 0 {
		return false
	}
	for _, e := range l {
		if !e.Incomplete {
			return false
		}
	}
	return true
}

// The parser's entry point (implemented in parser.go):
//
//	func Parse(f *File) (*ScriptBlock, error)
//
// It returns the whole script as a ScriptBlock (param block, named blocks,
// statements) or a ParseErrors value.
