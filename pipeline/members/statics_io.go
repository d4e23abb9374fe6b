package members

import (
	"crypto/rand"
	"encoding/binary"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// [System.IO.Path] works on Windows-style and host paths alike: both
// slashes separate, a drive letter roots a path, and results keep the
// separator the input used. [System.IO.File] and [System.IO.Directory]
// resolve their paths with ResolvePath.

func isSep(c byte) bool { return c == '\\' || c == '/' }

// sepOf is the separator to join with: the path's own, else '\'.
func sepOf(p string) string {
	if strings.Contains(p, "/") && !strings.Contains(p, `\`) {
		return "/"
	}
	return `\`
}

func lastSep(p string) int {
	for i := len(p) - 1; i >= 0; i-- {
		if isSep(p[i]) || (i == 1 && p[i] == ':') {
			return i
		}
	}
	return -1
}

func isRooted(p string) bool {
	return len(p) > 0 && isSep(p[0]) || len(p) >= 2 && p[1] == ':'
}

func pathStaticGet(lname string) (any, bool, error) {
	switch lname {
	case "directoryseparatorchar":
		return object.Char('\\'), true, nil
	case "altdirectoryseparatorchar":
		return object.Char('/'), true, nil
	case "pathseparator":
		return object.Char(';'), true, nil
	case "volumeseparatorchar":
		return object.Char(':'), true, nil
	}
	return nil, false, nil
}

func fileName(p string) string { return p[lastSep(p)+1:] }

func extension(p string) string {
	name := fileName(p)
	if i := strings.LastIndexByte(name, '.'); i >= 0 && i < len(name)-1 {
		return name[i:]
	}
	return ""
}

func pathStaticCall(lname string, args []any) (any, bool, error) {
	if lname == "combine" || lname == "join" {
		parts := spread(args)
		if len(parts) == 0 {
			return nil, true, overload
		}
		out := ""
		for _, a := range parts {
			if a == nil {
				return nil, true, argNull("paths")
			}
			p := argString(a)
			switch {
			case p == "":
			case lname == "combine" && isRooted(p) || out == "":
				out = p
			case isSep(out[len(out)-1]) || isSep(p[0]):
				out += p
			default:
				out += sepOf(out) + p
			}
		}
		return out, true, nil
	}
	switch lname {
	case "gettemppath":
		return strings.TrimRight(os.TempDir(), "/") + "/", true, nil
	case "getrandomfilename":
		return randomFileName(), true, nil
	case "gettempfilename":
		p, err := CreateTempFile(os.TempDir())
		if err != nil {
			return nil, true, dotnetErr("System.IO.IOException", err.Error())
		}
		return p, true, nil
	case "getinvalidfilenamechars", "getinvalidpathchars":
		// .NET Framework's lists: the quote, <, >, |, NUL and the
		// control characters 1-31; file names also exclude : * ? \ /.
		chars := `"<>|` + "\x00"
		for c := 1; c < 32; c++ {
			chars += string(rune(c))
		}
		if lname == "getinvalidfilenamechars" {
			chars += `:*?\/`
		}
		out := make([]any, 0, len(chars))
		for _, c := range chars {
			out = append(out, object.Char(c))
		}
		dotnet.MarkArrayType(out, "System.Char")
		return out, true, nil
	}
	if len(args) < 1 {
		return nil, true, overload
	}
	if args[0] == nil {
		switch lname {
		case "getfilename", "getextension", "getfilenamewithoutextension", "getdirectoryname", "changeextension":
			return nil, true, nil
		}
	}
	p := argString(args[0])
	switch lname {
	case "getfilename":
		return fileName(p), true, nil
	case "getextension":
		return extension(p), true, nil
	case "getfilenamewithoutextension":
		name := fileName(p)
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			return name[:i], true, nil
		}
		return name, true, nil
	case "getdirectoryname":
		i := lastSep(p)
		switch {
		case p == "" || len(p) <= 3 && isRooted(p) && (len(p) < 3 || isSep(p[len(p)-1])) || p == "/" || p == `\`:
			return nil, true, nil
		case i < 0:
			return "", true, nil
		case i == 0:
			return p[:1], true, nil
		case i == 2 && p[1] == ':':
			return p[:3], true, nil
		}
		return strings.TrimRight(p[:i], `\/`), true, nil
	case "haseextension", "hasextension":
		return extension(p) != "", true, nil
	case "ispathrooted", "ispathfullyqualified":
		return isRooted(p), true, nil
	case "getpathroot":
		switch {
		case len(p) >= 2 && p[1] == ':':
			if len(p) >= 3 && isSep(p[2]) {
				return p[:3], true, nil
			}
			return p[:2], true, nil
		case len(p) > 0 && isSep(p[0]):
			return p[:1], true, nil
		}
		return "", true, nil
	case "changeextension":
		if len(args) != 2 {
			return nil, true, overload
		}
		base := p
		if e := extension(p); e != "" {
			base = p[:len(p)-len(e)]
		}
		if args[1] == nil {
			return base, true, nil
		}
		ext := argString(args[1])
		if ext != "" && !strings.HasPrefix(ext, ".") {
			ext = "." + ext
		}
		return base + ext, true, nil
	case "getfullpath":
		if isRooted(p) && (len(p) < 2 || p[1] == ':') && !strings.HasPrefix(p, "/") {
			return p, true, nil
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, true, argException("path", err.Error())
		}
		return abs, true, nil
	}
	return nil, false, nil
}

// ioError maps a Go file error to the .NET exception and text.
func ioError(display string, err error) *object.Exception {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &object.Exception{Type: "System.IO.FileNotFoundException", Message: "Could not find file '" + display + "'.", Props: map[string]any{"FileName": display}}
	case errors.Is(err, fs.ErrPermission):
		return dotnetErr("System.UnauthorizedAccessException", "Access to the path '"+display+"' is denied.")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) && strings.Contains(pe.Err.Error(), "is a directory") {
		return dotnetErr("System.UnauthorizedAccessException", "Access to the path '"+display+"' is denied.")
	}
	return dotnetErr("System.IO.IOException", err.Error())
}

func dirNotFound(display string) *object.Exception {
	return dotnetErr("System.IO.DirectoryNotFoundException", "Could not find a part of the path '"+display+"'.")
}

func resolveArg(v any) (string, string, error) {
	if v == nil {
		return "", "", argNull("path")
	}
	p := argString(v)
	if strings.TrimSpace(p) == "" {
		return "", "", argException("", "The path is not of a legal form.")
	}
	host, err := ResolvePath(p)
	return p, host, err
}

// writeErr distinguishes a missing directory from other failures.
func writeErr(display, host string, err error) *object.Exception {
	if errors.Is(err, fs.ErrNotExist) {
		if _, e := os.Stat(filepath.Dir(host)); e != nil {
			return dirNotFound(display)
		}
	}
	return ioError(display, err)
}

func fileStaticCall(lname string, args []any) (any, bool, error) {
	if len(args) < 1 {
		return nil, true, overload
	}
	display, host, err := resolveArg(args[0])
	if err != nil {
		return nil, true, err
	}
	text := func(i int) string {
		if i < len(args) {
			return argString(args[i])
		}
		return ""
	}
	switch lname {
	case "exists":
		st, err := os.Stat(host)
		return err == nil && !st.IsDir(), true, nil
	case "readalltext", "readalllines":
		b, err := os.ReadFile(host)
		if err != nil {
			return nil, true, ioError(display, err)
		}
		s, err := readText(b, args[1:])
		if err != nil {
			return nil, true, err
		}
		if lname == "readalllines" {
			return toAnySlice(splitLines(s)), true, nil
		}
		return s, true, nil
	case "readallbytes":
		b, err := os.ReadFile(host)
		if err != nil {
			return nil, true, ioError(display, err)
		}
		out := make([]any, len(b))
		for i, c := range b {
			out[i] = c
		}
		return out, true, nil
	case "writealltext", "appendalltext":
		if len(args) < 2 {
			return nil, true, overload
		}
		flag := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
		if lname == "appendalltext" {
			flag = os.O_CREATE | os.O_WRONLY | os.O_APPEND
		}
		if err := writeText(display, host, flag, text(1), args[2:]); err != nil {
			return nil, true, err
		}
		return object.Null, true, nil
	case "writealllines", "appendalllines":
		if len(args) < 2 {
			return nil, true, overload
		}
		var b strings.Builder
		for _, l := range spread(args[1:2]) {
			b.WriteString(argString(l) + "\r\n")
		}
		flag := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
		if lname == "appendalllines" {
			flag = os.O_CREATE | os.O_WRONLY | os.O_APPEND
		}
		if err := writeText(display, host, flag, b.String(), args[2:]); err != nil {
			return nil, true, err
		}
		return object.Null, true, nil
	case "writeallbytes":
		if len(args) != 2 {
			return nil, true, overload
		}
		items := spread(args[1:2])
		b := make([]byte, len(items))
		for i, e := range items {
			n, err := argInt(e)
			if err != nil {
				return nil, true, err
			}
			b[i] = byte(n)
		}
		if err := os.WriteFile(host, b, 0o644); err != nil {
			return nil, true, writeErr(display, host, err)
		}
		return object.Null, true, nil
	case "delete":
		if err := os.Remove(host); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, true, ioError(display, err)
		}
		return object.Null, true, nil
	case "copy", "move":
		if len(args) < 2 {
			return nil, true, overload
		}
		dstDisplay, dst, err := resolveArg(args[1])
		if err != nil {
			return nil, true, err
		}
		overwrite := len(args) > 2 && argBool(args[2])
		if _, err := os.Stat(dst); err == nil && !overwrite {
			return nil, true, dotnetErr("System.IO.IOException", "The file '"+dstDisplay+"' already exists.")
		}
		if lname == "move" {
			if err := os.Rename(host, dst); err != nil {
				return nil, true, ioError(display, err)
			}
			return object.Null, true, nil
		}
		b, err := os.ReadFile(host)
		if err != nil {
			return nil, true, ioError(display, err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			return nil, true, writeErr(dstDisplay, dst, err)
		}
		return object.Null, true, nil
	}
	return nil, false, nil
}

// decodeText reads UTF-8 (with or without BOM) and UTF-16 LE with BOM,
// as File.ReadAllText detects encodings.
func decodeText(b []byte) string {
	switch {
	case len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF:
		return string(b[3:])
	case len(b) >= 2 && b[0] == 0xFF && b[1] == 0xFE:
		u := make([]rune, 0, len(b)/2)
		for i := 2; i+1 < len(b); i += 2 {
			u = append(u, rune(b[i])|rune(b[i+1])<<8)
		}
		return string(utf16Decode(u))
	}
	return string(b)
}

func utf16Decode(u []rune) []rune {
	out := make([]rune, 0, len(u))
	for i := 0; i < len(u); i++ {
		r := u[i]
		if r >= 0xD800 && r < 0xDC00 && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] < 0xE000 {
			r = 0x10000 + (r-0xD800)<<10 + (u[i+1] - 0xDC00)
			i++
		}
		out = append(out, r)
	}
	return out
}

// splitLines splits on \r\n, \n or \r, without a final empty line.
func splitLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return []string{}
	}
	return strings.Split(s, "\n")
}

func directoryStaticCall(lname string, args []any) (any, bool, error) {
	if lname == "getcurrentdirectory" {
		d, err := os.Getwd()
		return d, true, err
	}
	if len(args) < 1 {
		return nil, true, overload
	}
	display, host, err := resolveArg(args[0])
	if err != nil {
		return nil, true, err
	}
	switch lname {
	case "exists":
		st, err := os.Stat(host)
		return err == nil && st.IsDir(), true, nil
	case "createdirectory":
		if err := os.MkdirAll(host, 0o755); err != nil {
			return nil, true, ioError(display, err)
		}
		return dirInfo(display), true, nil
	case "delete":
		recursive := len(args) > 1 && argBool(args[1])
		if _, err := os.Stat(host); err != nil {
			return nil, true, dirNotFound(display)
		}
		if recursive {
			err = os.RemoveAll(host)
		} else {
			err = os.Remove(host)
		}
		if err != nil {
			return nil, true, dotnetErr("System.IO.IOException", "The directory is not empty.")
		}
		return object.Null, true, nil
	case "getfiles", "getdirectories", "getfilesystementries":
		entries, err := os.ReadDir(host)
		if err != nil {
			return nil, true, dirNotFound(display)
		}
		pattern := "*"
		if len(args) > 1 {
			pattern = argString(args[1])
		}
		out := []any{}
		for _, e := range entries {
			if lname == "getfiles" && e.IsDir() || lname == "getdirectories" && !e.IsDir() {
				continue
			}
			if ok, _ := wildcardMatch(pattern, e.Name()); !ok {
				continue
			}
			sep := sepOf(display)
			if strings.HasSuffix(display, sep) {
				sep = ""
			}
			out = append(out, display+sep+e.Name())
		}
		return out, true, nil
	}
	return nil, false, nil
}

// dirInfo is the DirectoryInfo CreateDirectory returns: the one the
// item cmdlets build when they registered its constructor, else its
// name and full path (what scripts read).
func dirInfo(p string) any {
	if ctor, ok := registeredConstructor("system.io.directoryinfo"); ok {
		if d, err := ctor([]any{p}); err == nil {
			return d
		}
	}
	o := object.NewObject("System.IO.DirectoryInfo", "System.IO.FileSystemInfo", "System.Object")
	o.Add(&object.Member{Name: "Name", Kind: object.Property, Value: fileName(strings.TrimRight(p, `\/`))})
	o.Add(&object.Member{Name: "FullName", Kind: object.Property, Value: p})
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return p, nil }})
	return o
}

// randomFileName is Path.GetRandomFileName: eleven characters from .NET's
// 32-letter alphabet (a-z, then 0-5), five random bits each, in 8.3 form.
func randomFileName() string {
	const alphabet = "abcdefghijklmnopqrstuvwxyz012345"
	var b [8]byte
	_, _ = rand.Read(b[:])
	bits := binary.LittleEndian.Uint64(b[:])
	var name [12]byte
	for i, j := 0, 0; i < len(name); i++ {
		if i == 8 {
			name[i] = '.'
			continue
		}
		name[i] = alphabet[bits>>(5*j)&31]
		j++
	}
	return string(name[:])
}
