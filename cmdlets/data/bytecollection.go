package data

import (
	"fmt"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// ByteCollectionType is the type name of Format-Hex's output objects.
const ByteCollectionType = "Microsoft.PowerShell.Commands.ByteCollection"

// hexHeader is the column ruler Format-Hex prints above its rows.
const hexHeader = "           00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F"

// newByteCollection builds the ByteCollection of Windows PowerShell 5.1:
// the Offset of its first byte, the Bytes and the Path they came from
// (nil for a string or a byte array, the file's path for a file, and a
// single space for numbers, as 5.1's Format-Hex passes one). Its
// ToString is the rows Format-Hex shows.
func newByteCollection(offset uint32, b []byte, path any) *object.PSObject {
	o := object.NewObject(ByteCollectionType, "System.Object")
	bytes := make([]any, len(b))
	for i, x := range b {
		bytes[i] = x
	}
	dotnet.MarkArrayType(bytes, "System.Byte")
	o.Add(&object.Member{Name: "Offset", Kind: object.Property, Type: "uint32", Value: offset})
	o.Add(&object.Member{Name: "Bytes", Kind: object.Property, Type: "byte[]", Value: bytes})
	o.Add(&object.Member{Name: "Path", Kind: object.Property, Type: "string", Value: path})
	rows := hexRows(offset, b)
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Hidden: true, Type: "string ToString()",
		Call: func([]any) (any, error) { return rows, nil }})
	return o
}

// hexRows lays b out 16 bytes a row: the offset as eight hex digits,
// three spaces, each byte as two hex digits and a space (a short last row
// padded to the full width), a space, and the bytes as characters. A
// byte from 0x20 to 0xFE shows as the character with that code point,
// any other as a dot.
func hexRows(offset uint32, b []byte) string {
	var sb strings.Builder
	for start := 0; start < len(b); start += 16 {
		if start > 0 {
			sb.WriteByte('\n')
		}
		end := min(start+16, len(b))
		fmt.Fprintf(&sb, "%08X   ", offset+uint32(start))
		for _, x := range b[start:end] {
			fmt.Fprintf(&sb, "%02X ", x)
		}
		sb.WriteString(strings.Repeat("   ", 16-(end-start)))
		sb.WriteByte(' ')
		for _, x := range b[start:end] {
			if x >= 0x20 && x <= 0xFE {
				sb.WriteRune(rune(x))
			} else {
				sb.WriteByte('.')
			}
		}
	}
	return sb.String()
}

// byteCollectionParts returns a ByteCollection's rows and whether it
// names a path, and which (for the view's group header).
func byteCollectionParts(v any) (rows string, path string, hasPath bool) {
	o, ok := v.(*object.PSObject)
	if !ok {
		return "", "", false
	}
	if m := o.Member("ToString"); m != nil && m.Call != nil {
		if s, err := m.Call(nil); err == nil {
			rows, _ = s.(string)
		}
	}
	if p, ok := o.Prop("Path"); ok && p != nil {
		return rows, dotnet.ToString(p), true
	}
	return rows, "", false
}

// byteCollectionGroupKey keys the view's groups: consecutive collections
// of one file share a header; a NUL (which no path holds) marks the
// collections without a path, whose header has no "Path:" line.
func byteCollectionGroupKey(v any) (any, error) {
	_, p, ok := byteCollectionParts(v)
	if !ok {
		return "\x00", nil
	}
	return "\x01" + p, nil
}

// byteCollectionHeader is the block above a group of rows: "Path: " and
// the path when there is one, then the column ruler, each followed by an
// empty line, as the 5.1 reference page's examples show.
func byteCollectionHeader(key string) string {
	var sb strings.Builder
	if p, ok := strings.CutPrefix(key, "\x01"); ok {
		sb.WriteString("           Path: " + p + "\n\n")
	}
	sb.WriteString(hexHeader)
	return sb.String()
}
