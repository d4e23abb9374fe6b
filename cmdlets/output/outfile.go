package output

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"strings"
	"unicode/utf16"

	"cspsh/pipeline"
	"cspsh/pipeline/format"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
)

// encodings are Out-File's -Encoding values in Windows PowerShell 5.1.
var encodings = []string{"unknown", "string", "unicode", "bigendianunicode", "utf8", "utf7", "utf32", "ascii", "default", "oem"}

func outFile() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Out-File",
		DefaultSet: "ByPath",
		Params: []*pipeline.ParamDecl{
			withHelp(param("FilePath", "string", must("ByPath", 0)), "The file to write.", "Path"),
			withHelp(param("LiteralPath", "string", must("ByLiteralPath", -1)), "The file to write, taken literally (no wildcards).", "PSPath", "LP"),
			withHelp(&pipeline.ParamDecl{Name: "Encoding", Type: "string", ValidateSet: encodings, Sets: []pipeline.SetBinding{at(pipeline.AllSets, 1)}},
				"The character encoding. Without it cspsh writes UTF-8 without a byte-order mark (Windows PowerShell 5.1 writes UTF-16, which Linux tools cannot read)."),
			withHelp(param("Append", "switch"), "Adds the output to the end of the file."),
			withHelp(param("Force", "switch"), "Overwrites a read-only file."),
			withHelp(param("NoClobber", "switch"), "Refuses to replace a file that already exists.", "NoOverwrite"),
			widthParam("The number of characters in each line; longer text is cut, not wrapped. The default is one less than the console width (119 when output is redirected)."),
			withHelp(param("NoNewline", "switch"), "Writes the text without line breaks between or after the lines."),
			inputObject("The objects to write to the file."),
		},
		SupportsShouldProcess: true,
		Synopsis:              "Sends output to a file.",
		Description:           "Out-File writes its input to a file formatted exactly as the console would show it. Paths such as C:\\Certificates\\list.txt resolve inside the lab's C: drive; other paths are the host's.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Save a listing", Code: "Get-CsCertificate | Out-File -FilePath C:\\Certificates\\assigned.txt", Remarks: "Writes the certificate list to the file."},
			{Title: "Example 2: Add to a log", Code: "Get-Date | Out-File ./log.txt -Append", Remarks: "Adds the date to the end of log.txt."},
			{Title: "Example 3: Keep an existing file", Code: "'x' | Out-File ./keep.txt -NoClobber", Remarks: "Fails if keep.txt already exists."},
		},
		Begin:   beginFile,
		Process: processFile,
		End:     endFile,
	}
}

// fileState is Out-File's writer and target.
type fileState struct {
	w    *format.Writer
	buf  bytes.Buffer
	path string
	skip bool
}

func beginFile(c *pipeline.Call) error {
	p := c.String("FilePath")
	if c.Has("LiteralPath") {
		p = c.String("LiteralPath")
	}
	full, err := paths.Resolve(c.Rt.Session(), p)
	if err != nil {
		return c.Fail(object.ExceptionOf(err), "FileOpenFailure", "OpenError", p)
	}
	st := &fileState{path: full}
	if c.Switch("NoClobber") && !c.Switch("Append") {
		if _, err := os.Stat(full); err == nil {
			shown := paths.Display(c.Rt.Session(), full)
			return c.Fail(object.NewException("System.IO.IOException", "The file '%s' already exists.", shown),
				"NoClobber", "ResourceExists", shown)
		}
	}
	if !c.ShouldProcess(p, "Output to File") {
		st.skip = true
	}
	width := textWidth(c)
	if n, ok := c.Get("Width").(int32); ok && n > 0 {
		width = int(n)
	}
	if c.Switch("NoNewline") {
		st.w = format.NewLineWriter(width, func(l string) { st.buf.WriteString(l) })
	} else {
		st.w = format.NewWriter(&st.buf, width)
	}
	st.w.LookupVar = lookupVar(c)
	c.State = st
	return nil
}

func processFile(c *pipeline.Call) error {
	st := c.State.(*fileState)
	in, ok := c.Current()
	if !ok || st.skip {
		return nil
	}
	return st.w.Write(in)
}

func endFile(c *pipeline.Call) error {
	st := c.State.(*fileState)
	if st.skip {
		return nil
	}
	if err := st.w.Close(); err != nil {
		return err
	}
	enc := c.String("Encoding")
	appending := c.Switch("Append")
	if appending && enc == "" {
		// Adding to a file that starts with a byte-order mark keeps its
		// encoding rather than mixing UTF-8 into UTF-16 text.
		enc = encodingOf(st.path)
	}
	data, bom := encode(st.buf.String(), enc)
	flag := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
	if appending {
		flag = os.O_CREATE | os.O_WRONLY | os.O_APPEND
		if fi, err := os.Stat(st.path); err == nil && fi.Size() > 0 {
			bom = nil
		}
	}
	if c.Switch("Force") {
		if fi, err := os.Stat(st.path); err == nil && fi.Mode().Perm()&0o200 == 0 {
			_ = os.Chmod(st.path, fi.Mode().Perm()|0o200)
		}
	}
	f, err := os.OpenFile(st.path, flag, 0o644)
	if err != nil {
		return c.Fail(fileError(err, st.path), "FileOpenFailure", "OpenError", st.path)
	}
	if _, err = f.Write(append(bom, data...)); err == nil {
		err = f.Close()
	} else {
		f.Close()
	}
	if err != nil {
		return c.Fail(fileError(err, st.path), "FileWriteFailure", "WriteError", st.path)
	}
	return nil
}

// encodingOf names the encoding a file's byte-order mark announces ("" for
// none or an unreadable file).
func encodingOf(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	b := make([]byte, 4)
	n, _ := f.Read(b)
	b = b[:n]
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE, 0, 0}):
		return "utf32"
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return "unicode"
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return "bigendianunicode"
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return "utf8"
	}
	return ""
}

// fileError words a file-system failure as .NET does.
func fileError(err error, path string) *object.Exception {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return object.NewException("System.IO.DirectoryNotFoundException", "Could not find a part of the path '%s'.", path)
	case errors.Is(err, fs.ErrPermission):
		return object.NewException("System.UnauthorizedAccessException", "Access to the path '%s' is denied.", path)
	}
	return object.NewException("System.IO.IOException", "%s", err.Error())
}

// encode turns text into bytes for an -Encoding name, with the
// byte-order mark that encoding writes. The default (no -Encoding) is
// UTF-8 without a mark: 5.1's UTF-16 default is unusable on Linux.
func encode(s, name string) (data, bom []byte) {
	switch strings.ToLower(name) {
	case "unicode", "string":
		return utf16Bytes(s, false), []byte{0xFF, 0xFE}
	case "bigendianunicode":
		return utf16Bytes(s, true), []byte{0xFE, 0xFF}
	case "utf32":
		var b []byte
		for _, r := range s {
			b = append(b, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
		}
		return b, []byte{0xFF, 0xFE, 0x00, 0x00}
	case "utf8":
		return []byte(s), []byte{0xEF, 0xBB, 0xBF}
	case "ascii":
		b := make([]byte, 0, len(s))
		for _, r := range s {
			if r > 0x7F {
				r = '?'
			}
			b = append(b, byte(r))
		}
		return b, nil
	case "utf7":
		return utf7Bytes(s), nil
	}
	return []byte(s), nil
}

func utf16Bytes(s string, bigEndian bool) []byte {
	u := utf16.Encode([]rune(s))
	b := make([]byte, 0, 2*len(u))
	for _, x := range u {
		if bigEndian {
			b = append(b, byte(x>>8), byte(x))
		} else {
			b = append(b, byte(x), byte(x>>8))
		}
	}
	return b
}

// utf7Bytes is RFC 2152 UTF-7 as .NET's UTF7Encoding writes it: direct
// characters as themselves, "+" as "+-", the rest base64-encoded UTF-16
// between "+" and "-".
func utf7Bytes(s string) []byte {
	const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	direct := func(r rune) bool {
		return r < 0x80 && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' ||
			strings.ContainsRune("'(),-./:? \t\r\n!\"#$%&*;<=>@[]^_`{|}", r))
	}
	var out []byte
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		if direct(r) {
			out = append(out, byte(r))
			i++
			continue
		}
		if r == '+' {
			out = append(out, '+', '-')
			i++
			continue
		}
		j := i
		for j < len(rs) && !direct(rs[j]) && rs[j] != '+' {
			j++
		}
		u := utf16Bytes(string(rs[i:j]), true)
		out = append(out, '+')
		var acc, bits uint
		for _, b := range u {
			acc = acc<<8 | uint(b)
			bits += 8
			for bits >= 6 {
				bits -= 6
				out = append(out, b64[(acc>>bits)&63])
			}
		}
		if bits > 0 {
			out = append(out, b64[(acc<<(6-bits))&63])
		}
		out = append(out, '-')
		i = j
	}
	return out
}
