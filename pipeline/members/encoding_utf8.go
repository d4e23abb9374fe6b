package members

// newUTF8Encoding is UTF8Encoding(), UTF8Encoding(bool
// encoderShouldEmitUTF8Identifier) and UTF8Encoding(bool, bool
// throwOnInvalidBytes): without $true first there is no byte-order mark,
// which is why scripts pass (New-Object System.Text.UTF8Encoding $false)
// to File.WriteAllLines. ([Text.Encoding]::UTF8 has the mark.)
func newUTF8Encoding(args []any) (any, error) {
	if len(args) > 2 {
		return nil, overload
	}
	bom := len(args) > 0 && argBool(args[0])
	return newEncodingBOM("utf-8", "Unicode (UTF-8)", 65001, bom), nil
}
