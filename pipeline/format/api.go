// Package format turns objects into text the way Windows PowerShell 5.1's
// formatting and output system does: Out-Default's choice of view, tables,
// lists, wide output, and the NormalView error display.
package format

// CONTRACT (owned by the formatting work; to be implemented):
//
//   type Writer  — the streaming Out-Default/Out-String state machine:
//     NewWriter(w io.Writer, width int) *Writer
//     (*Writer).Write(v any) error    format one object (consecutive objects of one shape share a table)
//     (*Writer).Close() error         flush the pending table/list and trailing blank lines
//   ErrorView(rec *object.ErrorRecord, view string) string
//                                      NormalView / CategoryView / ConciseView text of an error record
