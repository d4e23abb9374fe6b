package ops

// ScanNumber reads s as PowerShell's Parser.ScanNumber does (hex, the
// kb…pb multipliers, the d and l suffixes; Int32, then Int64, Decimal or
// Double), for cmdlets such as Get-Random that take numbers as text.
// It reports false when s is not a number literal.
func ScanNumber(s string) (any, bool) {
	n, ok := scanNumber(s)
	if !ok {
		return nil, false
	}
	return n.value(), true
}
