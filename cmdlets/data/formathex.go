package data

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
)

// formatHex is Format-Hex as Windows PowerShell 5.1 has it: files (-Path,
// -LiteralPath, or FileInfo input) as 16-byte ByteCollections carrying
// the file's path; a string as one collection of its bytes in -Encoding
// (ASCII by default); a byte array as one collection; bytes, Int32 and
// Int64 values gathered across the pipeline into 16-byte collections.
func formatHex() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:   "Format-Hex",
		Module: utility,
		// A script function in 5.1's Microsoft.PowerShell.Utility module:
		// its error ids end in the command's name, not a cmdlet class.
		TypeName: "Format-Hex",
		// No DefaultSet, although 5.1 names Path: cspsh's binder would then
		// pick Path for piped input too, where PowerShell's lets the input
		// bind -InputObject.
		Params: []*pipeline.ParamDecl{
			{Name: "Path", Type: "string[]", ValidateNotNullOrEmpty: true, Help: "The files to show; wildcards are accepted.",
				Sets: []pipeline.SetBinding{must("Path", 0)}},
			{Name: "LiteralPath", Type: "string[]", Aliases: []string{"PSPath"}, ValidateNotNullOrEmpty: true,
				Help: "The files to show, exactly as typed.", Sets: []pipeline.SetBinding{must("LiteralPath", -1)}},
			{Name: "InputObject", Type: "object", Help: "A string, byte, byte array, Int32, Int64 or FileInfo to show.",
				Sets: []pipeline.SetBinding{{Set: "ByInputObject", Position: -1, Mandatory: true, ValueFromPipeline: true}}},
			{Name: "Encoding", Type: "string", Default: "Ascii", ValidateSet: hexEncodings,
				Help: "The encoding of string input: Ascii (the default), UTF32, UTF7, UTF8, BigEndianUnicode or Unicode.",
				Sets: []pipeline.SetBinding{named("ByInputObject")}},
			{Name: "Raw", Type: "switch", Help: "Shows each Int32 as its four bytes instead of the fewest bytes that hold it.",
				Sets: []pipeline.SetBinding{named("ByInputObject")}},
		},
		Synopsis:    "Displays a file or other input as hexadecimal.",
		Description: "Format-Hex shows the bytes of a file, a string or numbers as rows of 16 hexadecimal values, each row headed by the offset of its first byte and followed by the bytes as characters. Strings are encoded in ASCII unless -Encoding says otherwise; numbers piped in are gathered into one run of bytes, each Int32 taking the fewest bytes that hold it unless -Raw is given.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Get the hexadecimal representation of a string", Code: "'Hello World' | Format-Hex", Remarks: "The ASCII bytes of the string."},
			{Title: "Example 2: Find a file type from hexadecimal output", Code: "Format-Hex -Path C:\\Certificates\\ServerToServerAuth.pfx", Remarks: "The bytes of the file, under its path."},
			{Title: "Example 3: Display raw hexadecimal output", Code: "1,2,3,1000 | Format-Hex -Raw", Remarks: "Each number as its four Int32 bytes."},
		},
		Outputs: ByteCollectionType,
		Begin: func(c *pipeline.Call) error {
			c.State = &hexStream{}
			return nil
		},
		Process: formatHexProcess,
		End: func(c *pipeline.Call) error {
			st := c.State.(*hexStream)
			if len(st.pending) == 0 {
				return nil
			}
			return c.Out(newByteCollection(st.offset, st.pending, " "))
		},
	}
}

// hexStream holds the bytes of numbers piped in that do not yet fill a
// row, and the offset of the next row.
type hexStream struct {
	pending []byte
	offset  uint32
}

func formatHexProcess(c *pipeline.Call) error {
	switch c.SetName {
	case "Path":
		return hexPaths(c, c.Strings("Path"), false)
	case "LiteralPath":
		return hexPaths(c, c.Strings("LiteralPath"), true)
	}
	v, _ := c.Current()
	if o, ok := v.(*object.PSObject); ok && o.Base != nil {
		v = o.Base
	}
	st := c.State.(*hexStream)
	switch t := v.(type) {
	case string:
		return c.Out(newByteCollection(0, encodeString(t, c.String("Encoding")), nil))
	case uint8:
		st.pending = append(st.pending, t)
	case int64:
		st.pending = binary.LittleEndian.AppendUint64(st.pending, uint64(t))
	case int32:
		switch {
		case c.Switch("Raw") || t < -32768 || t > 32767:
			st.pending = binary.LittleEndian.AppendUint32(st.pending, uint32(t))
		case t >= 0 && t <= 255:
			st.pending = append(st.pending, byte(t))
		default:
			st.pending = binary.LittleEndian.AppendUint16(st.pending, uint16(int16(t)))
		}
	case []any:
		switch elem, _ := dotnet.ArrayElemType(t); elem {
		case "System.Byte":
			b := make([]byte, len(t))
			for i, x := range t {
				b[i], _ = x.(uint8)
			}
			return c.Out(newByteCollection(0, b, nil))
		case "System.Int64":
			for _, x := range t {
				n, _ := x.(int64)
				st.pending = binary.LittleEndian.AppendUint64(st.pending, uint64(n))
			}
		default:
			return hexUnsupported(c, v)
		}
	case *object.PSObject:
		if p, ok := fileSystemPath(t); ok {
			return hexPaths(c, []string{p}, false)
		}
		return hexUnsupported(c, v)
	default:
		return hexUnsupported(c, v)
	}
	// Whole rows go out as soon as they are filled.
	for len(st.pending) >= 16 {
		row := append([]byte(nil), st.pending[:16]...)
		if err := c.Out(newByteCollection(st.offset, row, " ")); err != nil {
			return err
		}
		st.pending = st.pending[16:]
		st.offset += 16
	}
	return nil
}

// fileSystemPath returns the FullName of a FileInfo or DirectoryInfo.
func fileSystemPath(o *object.PSObject) (string, bool) {
	for _, n := range o.TypeNames {
		if n == "System.IO.FileSystemInfo" {
			p, ok := o.Prop("FullName")
			return dotnet.ToString(p), ok
		}
	}
	return "", false
}

// hexUnsupported is the non-terminating error for input Format-Hex
// cannot turn into bytes.
func hexUnsupported(c *pipeline.Call, v any) error {
	ex := object.NewException("Microsoft.PowerShell.Commands.WriteErrorException",
		"Cannot convert input of type '%s' to hexadecimal. To view the hexadecimal formatting of its string representation, pipe it to the Out-String cmdlet before piping it to Format-Hex.",
		dotnet.TypeName(v))
	rec := c.Fail(ex, "FormatHexFailureTypeNotSupported", "ParserError", nil)
	rec.Activity = "Write-Error" // 5.1 reports it with Write-Error
	return c.WriteError(rec)
}

// hexPaths shows each file the paths name (a wildcard in the last part of
// a path that is not literal matches the files of its folder).
func hexPaths(c *pipeline.Call, list []string, literal bool) error {
	s := c.Rt.Session()
	for _, p := range list {
		full, err := paths.Resolve(s, p)
		var files []string
		if err == nil && !literal && objutil.HasWildcard(filepath.Base(full)) {
			dir := filepath.Dir(full)
			w := objutil.CompileWildcard(filepath.Base(full), false)
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if w.Match(e.Name()) {
					files = append(files, filepath.Join(dir, e.Name()))
				}
			}
		} else if err == nil {
			if _, serr := os.Stat(full); serr == nil {
				files = []string{full}
			}
		}
		if len(files) == 0 {
			rec := c.Fail(object.NewException("System.Management.Automation.ItemNotFoundException",
				"Cannot find path '%s' because it does not exist.", displayArg(s, p, full)), "PathNotFound", "ObjectNotFound", p)
			// 5.1's Format-Hex resolves paths with Resolve-Path, whose
			// error this is.
			rec.Activity = "Resolve-Path"
			rec.FullyQualifiedErrorID = "PathNotFound,Microsoft.PowerShell.Commands.ResolvePathCommand"
			if werr := c.WriteError(rec); werr != nil {
				return werr
			}
			continue
		}
		for _, f := range files {
			if err := hexFile(c, f); err != nil {
				return err
			}
		}
	}
	return nil
}

// displayArg is the path an error names: the resolved path as the user
// knows it, or what was typed when it could not be resolved.
func displayArg(s *pipeline.Session, typed, full string) string {
	if full == "" {
		return typed
	}
	return paths.Display(s, full)
}

// hexFile writes a file's bytes as 16-byte collections with its path.
func hexFile(c *pipeline.Call, hostPath string) error {
	s := c.Rt.Session()
	shown := paths.Display(s, hostPath)
	fi, err := os.Stat(hostPath)
	var data []byte
	if err == nil && !fi.IsDir() {
		data, err = os.ReadFile(hostPath)
	}
	if err != nil || fi.IsDir() {
		ex := object.NewException("System.UnauthorizedAccessException", "Access to the path '%s' is denied.", shown)
		if err != nil && !os.IsPermission(err) {
			ex = object.NewException("System.IO.IOException", "%s", strings.TrimPrefix(err.Error(), "open "+hostPath+": "))
		}
		return c.WriteError(c.Fail(ex, "FormatHexFileAccessError", "ReadError", shown))
	}
	for off := 0; off < len(data); off += 16 {
		row := data[off:min(off+16, len(data))]
		if err := c.Out(newByteCollection(uint32(off), row, shown)); err != nil {
			return err
		}
	}
	return nil
}
