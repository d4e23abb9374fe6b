package members

import (
	"io"
	"os"
)

// writeText writes text to the file as File.WriteAllText and its
// siblings do: without an encoding argument as UTF-8 with no byte-order
// mark; with one ((New-Object System.Text.UTF8Encoding $false),
// [Text.Encoding]::Unicode) in that encoding, its preamble first when the
// file starts empty, as StreamWriter writes it. rest holds the arguments
// after the contents: nothing, or the encoding.
func writeText(display, host string, flag int, text string, rest []any) error {
	if len(rest) > 1 {
		return overload
	}
	data := []byte(text)
	var preamble []byte
	if len(rest) == 1 {
		enc := rest[0]
		if enc == nil {
			return argNull("encoding")
		}
		b, err := Call(enc, "GetBytes", []any{text})
		if err != nil {
			return err
		}
		if data, err = bytesArg(b); err != nil {
			return err
		}
		p, err := Call(enc, "GetPreamble", nil)
		if err != nil {
			return err
		}
		if preamble, err = bytesArg(p); err != nil {
			return err
		}
	}
	f, err := os.OpenFile(host, flag, 0o644)
	if err != nil {
		return writeErr(display, host, err)
	}
	if len(preamble) > 0 {
		// Appending writes the mark only to a file that is still empty.
		if pos, serr := f.Seek(0, io.SeekEnd); serr == nil && pos == 0 {
			data = append(preamble, data...)
		}
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return ioError(display, err)
	}
	return nil
}

// readText decodes a file's bytes as File.ReadAllText does: a byte-order
// mark decides the encoding; without one, the encoding argument
// (rest[0], when given) does, and UTF-8 otherwise.
func readText(b []byte, rest []any) (string, error) {
	if len(rest) > 1 {
		return "", overload
	}
	if len(rest) == 0 {
		return decodeWith(b, nil)
	}
	if rest[0] == nil && !hasBOM(b) {
		return "", argNull("encoding")
	}
	return decodeWith(b, rest[0])
}

// decodeWith decodes a file's bytes by their byte-order mark, or with
// the Encoding object enc (its GetString) when there is none; UTF-8
// when enc is nil too. File.ReadAllText and StreamReader share the rule.
func decodeWith(b []byte, enc any) (string, error) {
	if enc == nil || hasBOM(b) {
		return decodeText(b), nil
	}
	r, err := Call(enc, "GetString", []any{byteArray(b)})
	if err != nil {
		return "", err
	}
	return argString(r), nil
}
