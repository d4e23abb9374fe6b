package interp

import "unsafe"

// strAppend is the buffer behind the string a `$s += "…"` site built
// last. When the variable still holds that string, the next append
// writes after it in the buffer instead of copying the whole string, so
// building a string piece by piece costs what the pieces cost. Bytes
// once part of a string are never written again: a string taken earlier
// (`$t = $s`) stays as it was, and only the newest string can grow.
type strAppend struct{ buf []byte }

// add returns cur + s, appending in place when cur is the buffer's
// current string.
func (a *strAppend) add(cur, s string) string {
	if len(s) == 0 {
		return cur
	}
	n := len(a.buf)
	if n > 0 && len(cur) == n && unsafe.StringData(cur) == &a.buf[0] && cap(a.buf)-n >= len(s) {
		a.buf = append(a.buf, s...)
	} else {
		if n > 0 && len(cur) == n && unsafe.StringData(cur) == &a.buf[0] {
			n = 2 * (len(cur) + len(s))
		} else {
			// A new string: room for a few more pieces like this one.
			n = len(cur) + 4*len(s) + 16
		}
		b := make([]byte, 0, n)
		b = append(b, cur...)
		a.buf = append(b, s...)
	}
	return unsafe.String(&a.buf[0], len(a.buf))
}
