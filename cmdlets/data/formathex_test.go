package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"cspsh/cmdlets/core/cmdtest"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

func TestHexRows(t *testing.T) {
	tests := []struct {
		name   string
		offset uint32
		in     []byte
		want   string
	}{
		// Format-Hex (5.1) Example 1.
		{"hello", 0, []byte("Hello World"), "00000000   48 65 6C 6C 6F 20 57 6F 72 6C 64                 Hello World"},
		// Example 3: control bytes as dots, 0xE8 as its code point.
		{"numbers", 0, []byte{1, 2, 3, 0xE8, 3}, "00000000   01 02 03 E8 03                                   ...è."},
		{"full row", 0x10, []byte("0123456789ABCDEF"), "00000010   30 31 32 33 34 35 36 37 38 39 41 42 43 44 45 46  0123456789ABCDEF"},
		{"two rows", 0, []byte("0123456789ABCDEFG"),
			"00000000   30 31 32 33 34 35 36 37 38 39 41 42 43 44 45 46  0123456789ABCDEF\n00000010   47                                               G"},
		{"0xFF is a dot", 0, []byte{0xFE, 0xFF, 0x7F}, "00000000   FE FF 7F                                         þ.\x7f"},
		{"empty", 0, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hexRows(tt.offset, tt.in); got != tt.want {
				t.Errorf("hexRows = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestEncodeString(t *testing.T) {
	tests := []struct {
		s, enc string
		want   []byte
	}{
		{"Hi", "Ascii", []byte("Hi")},
		// Non-ASCII characters become '?' (the 5.1 page's -Encoding).
		{"é€😀", "Ascii", []byte("???")},
		{"é", "UTF8", []byte{0xC3, 0xA9}},
		{"A€", "Unicode", []byte{0x41, 0, 0xAC, 0x20}},
		{"A€", "BigEndianUnicode", []byte{0, 0x41, 0x20, 0xAC}},
		{"😀", "Unicode", []byte{0x3D, 0xD8, 0x00, 0xDE}},
		{"A😀", "UTF32", []byte{0x41, 0, 0, 0, 0x00, 0xF6, 0x01, 0}},
		// RFC 2152's examples, with '!' encoded as .NET's Encoding.UTF7
		// does (it writes no optional characters directly).
		{"Hi Mom -☺-!", "UTF7", []byte("Hi Mom -+Jjo--+ACE-")},
		{"A≢Α.", "UTF7", []byte("A+ImIDkQ.")},
		{"日本語", "UTF7", []byte("+ZeVnLIqe-")},
		{"1+1", "UTF7", []byte("1+-1")},
		{"£1", "UTF7", []byte("+AKM-1")},
	}
	for _, tt := range tests {
		if got := encodeString(tt.s, tt.enc); string(got) != string(tt.want) {
			t.Errorf("encodeString(%q, %s) = % X, want % X", tt.s, tt.enc, got, tt.want)
		}
	}
}

// hexOut runs Format-Hex and returns each ByteCollection's rows and path.
func hexOut(t *testing.T, input []any, args ...any) ([]string, []any, *cmdtest.RT) {
	t.Helper()
	rt := cmdtest.New()
	out, err := rt.Run(formatHex(), input, args...)
	if err != nil {
		t.Fatalf("Format-Hex: %v", err)
	}
	var rows []string
	var pathsOut []any
	for _, v := range out {
		o := v.(*object.PSObject)
		if o.TypeNames[0] != ByteCollectionType {
			t.Fatalf("output type %s", o.TypeNames[0])
		}
		r, _, _ := byteCollectionParts(o)
		rows = append(rows, r)
		p, _ := o.Prop("Path")
		pathsOut = append(pathsOut, p)
	}
	return rows, pathsOut, rt
}

func TestFormatHexInput(t *testing.T) {
	tests := []struct {
		name  string
		input []any
		args  []any
		rows  []string
		path  any
	}{
		{"string", []any{"Hello World"}, nil,
			[]string{"00000000   48 65 6C 6C 6F 20 57 6F 72 6C 64                 Hello World"}, nil},
		{"string utf16", []any{"AB"}, []any{P("Encoding"), "Unicode"},
			[]string{"00000000   41 00 42 00                                      A.B."}, nil},
		// Int32 values take the fewest bytes that hold them (byte,
		// Int16, Int32), gathered into one run.
		{"compact ints", []any{int32(1), int32(2), int32(3), int32(1000)}, nil,
			[]string{"00000000   01 02 03 E8 03                                   ...è."}, " "},
		{"negative int16", []any{int32(-2)}, nil,
			[]string{"00000000   FE FF                                            þ."}, " "},
		{"large int", []any{int32(70000)}, nil,
			[]string{"00000000   70 11 01 00                                      p..."}, " "},
		{"raw ints", []any{int32(1), int32(2), int32(3), int32(1000)}, []any{P("Raw")},
			[]string{"00000000   01 00 00 00 02 00 00 00 03 00 00 00 E8 03 00 00  ............è..."}, " "},
		{"int64", []any{int64(1)}, nil,
			[]string{"00000000   01 00 00 00 00 00 00 00                          ........"}, " "},
		{"bytes", []any{uint8(0x41), uint8(0x42)}, nil,
			[]string{"00000000   41 42                                            AB"}, " "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, pathsOut, _ := hexOut(t, tt.input, tt.args...)
			if strings.Join(rows, "\n") != strings.Join(tt.rows, "\n") {
				t.Errorf("rows = %q, want %q", rows, tt.rows)
			}
			for _, p := range pathsOut {
				if p != tt.path {
					t.Errorf("Path = %#v, want %#v", p, tt.path)
				}
			}
		})
	}
}

func TestFormatHexStreamRows(t *testing.T) {
	var input []any
	for i := range 20 {
		input = append(input, int32(i+0x41))
	}
	rows, _, _ := hexOut(t, input)
	want := []string{
		"00000000   41 42 43 44 45 46 47 48 49 4A 4B 4C 4D 4E 4F 50  ABCDEFGHIJKLMNOP",
		"00000010   51 52 53 54                                      QRST",
	}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows = %q, want %q", rows, want)
	}
}

func TestFormatHexByteArray(t *testing.T) {
	arr := []any{uint8(1), uint8(2)}
	dotnet.MarkArrayType(arr, "System.Byte")
	rows, pathsOut, _ := hexOut(t, nil, P("InputObject"), arr)
	if len(rows) != 1 || rows[0] != "00000000   01 02                                            .." || pathsOut[0] != nil {
		t.Errorf("rows = %q, paths %#v", rows, pathsOut)
	}
}

func TestFormatHexUnsupported(t *testing.T) {
	rows, _, rt := hexOut(t, []any{1.5})
	errs := rt.Errors()
	if len(rows) != 0 || len(errs) != 1 {
		t.Fatalf("rows %q, errors %d", rows, len(errs))
	}
	if got := errs[0].Exception.Message; !strings.HasPrefix(got, "Cannot convert input of type 'System.Double' to hexadecimal.") {
		t.Errorf("message %q", got)
	}
}

func TestFormatHexFile(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "a.bin")
	if err := os.WriteFile(f, []byte("0123456789ABCDEFxyz"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]any{{f}, {P("LiteralPath"), f}, {filepath.Join(dir, "*.bin")}} {
		rows, pathsOut, _ := hexOut(t, nil, args...)
		want := []string{
			"00000000   30 31 32 33 34 35 36 37 38 39 41 42 43 44 45 46  0123456789ABCDEF",
			"00000010   78 79 7A                                         xyz",
		}
		if strings.Join(rows, "\n") != strings.Join(want, "\n") {
			t.Errorf("%v: rows = %q", args, rows)
		}
		for _, p := range pathsOut {
			if p != f {
				t.Errorf("%v: Path = %#v, want %q", args, p, f)
			}
		}
	}
	_, _, rt := hexOut(t, nil, filepath.Join(dir, "missing.bin"))
	if errs := rt.Errors(); len(errs) != 1 || errs[0].Exception.Message != "Cannot find path '"+filepath.Join(dir, "missing.bin")+"' because it does not exist." {
		t.Errorf("missing file: %v", errs)
	}
}

func TestByteCollectionHeader(t *testing.T) {
	tests := []struct {
		name string
		path any
		want string
	}{
		{"no path", nil, hexHeader},
		{"number run", " ", "           Path:  \n\n" + hexHeader},
		{"file", `C:\Test\File.t7f`, "           Path: C:\\Test\\File.t7f\n\n" + hexHeader},
	}
	for _, tt := range tests {
		key, _ := byteCollectionGroupKey(newByteCollection(0, []byte{1}, tt.path))
		if got := byteCollectionHeader(key.(string)); got != tt.want {
			t.Errorf("%s: header %q, want %q", tt.name, got, tt.want)
		}
	}
}
