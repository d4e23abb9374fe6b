package items

import (
	"os"
	"strings"

	"cspsh/cmdlets/output"
)

// encodeContent is the text Set-Content or Add-Content writes for an
// -Encoding name, as a byte string: the name's bytes (shared with
// Out-File), preceded by its byte-order mark when the file starts here
// (a new or replaced file, or an empty one being appended to), so that
// Get-Content finds the mark again. Without -Encoding the text stays
// UTF-8 without a mark, the one form Linux tools read.
func encodeContent(name, text, host string, appending bool) string {
	if name == "" {
		return text
	}
	data, bom := output.Encode(text, name)
	if appending {
		if fi, err := os.Stat(host); err == nil && fi.Size() > 0 {
			bom = nil
		}
	}
	var b strings.Builder
	b.Write(bom)
	b.Write(data)
	return b.String()
}

// decodeUTF32 reads UTF-32 text after its byte-order mark; an incomplete
// last code unit is dropped, as .NET's decoder does at end of input.
func decodeUTF32(b []byte, bigEndian bool) string {
	var sb strings.Builder
	for i := 0; i+3 < len(b); i += 4 {
		var r rune
		if bigEndian {
			r = rune(b[i])<<24 | rune(b[i+1])<<16 | rune(b[i+2])<<8 | rune(b[i+3])
		} else {
			r = rune(b[i+3])<<24 | rune(b[i+2])<<16 | rune(b[i+1])<<8 | rune(b[i])
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
