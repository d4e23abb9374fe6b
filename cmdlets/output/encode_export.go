package output

// Encode turns text into the bytes an -Encoding name writes (Unicode,
// BigEndianUnicode, UTF8, UTF32, UTF7, ASCII; anything else is UTF-8
// without a mark) and returns the byte-order mark that encoding puts at
// the start of a new file. Set-Content and Add-Content share it with
// Out-File so the three cmdlets write the same bytes for one name.
func Encode(s, name string) (data, bom []byte) {
	return encode(s, name)
}
