package data

import (
	"strconv"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// convertFromStringData is ConvertFrom-StringData: name=value lines to a
// hashtable.
func convertFromStringData() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:   "ConvertFrom-StringData",
		Module: utility,
		Params: []*pipeline.ParamDecl{
			{Name: "StringData", Type: "string", AllowEmptyString: true, Help: "The name=value lines.",
				Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 0, Mandatory: true, ValueFromPipeline: true}}},
			{Name: "Delimiter", Type: "char", Help: "The character between a name and its value (default =).",
				Sets: []pipeline.SetBinding{{Set: pipeline.AllSets, Position: 1}}},
		},
		Synopsis:    "Converts a string containing one or more key and value pairs to a hash table.",
		Description: "ConvertFrom-StringData reads lines of the form name = value (blank lines and lines starting with # are skipped) and returns a hashtable. Names and values are trimmed; backslash escapes in values are interpreted as a regular expression replacement would (\\n is a new line, \\\\ a backslash).",
		Examples: []pipeline.Example{
			{Title: "Example 1: A here-string", Code: "ConvertFrom-StringData @'\nName = Pool01\nSize = 3\n'@", Remarks: "A hashtable with Name and Size."},
		},
		Outputs: "System.Collections.Hashtable",
		Process: func(c *pipeline.Call) error {
			in, ok := c.Current()
			if !ok {
				in = c.Get("StringData")
			}
			delim := '='
			if d, ok := c.Get("Delimiter").(object.Char); ok {
				delim = rune(d)
			}
			h, err := parseStringData(dotnet.ToString(in), delim)
			if err != nil {
				return c.Fail(object.ExceptionOf(err), "InvalidOperation", "InvalidOperation", in)
			}
			return c.Out(h)
		},
	}
}

// parseStringData reads the name=value lines into a Hashtable made, as
// 5.1's ConvertFrom-StringData makes it, with
// StringComparer.OrdinalIgnoreCase: that comparer fixes the order the
// table enumerates in (object.OrdinalIgnoreCase).
func parseStringData(text string, delim rune) (*object.Hashtable, error) {
	h := object.NewHashtable(false)
	h.Comparer = object.OrdinalIgnoreCase
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		l := strings.TrimSpace(line)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		i := strings.IndexRune(l, delim)
		if i < 0 {
			return nil, object.NewException("System.Management.Automation.PSInvalidOperationException",
				"Data line '%s' is not in 'name=value' format.", l)
		}
		name := strings.TrimSpace(l[:i])
		val, err := regexUnescape(strings.TrimSpace(l[i+len(string(delim)):]))
		if err != nil {
			return nil, err
		}
		if h.Has(name) {
			return nil, object.NewException("System.Management.Automation.PSInvalidOperationException",
				"Data item '%s' in line '%s' is already defined.", name, l)
		}
		h.Set(name, val)
	}
	return h, nil
}

// regexUnescape is .NET's Regex.Unescape, which ConvertFrom-StringData
// applies to values.
func regexUnescape(s string) (string, error) {
	if !strings.Contains(s, `\`) {
		return s, nil
	}
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if rs[i] != '\\' {
			b.WriteRune(rs[i])
			continue
		}
		if i+1 >= len(rs) {
			return "", object.NewException("System.ArgumentException", "parsing \"%s\" - Illegal \\ at end of pattern.", s)
		}
		i++
		switch c := rs[i]; c {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'v':
			b.WriteByte('\v')
		case 'e':
			b.WriteByte(0x1b)
		case 'x', 'u':
			n := 2
			if c == 'u' {
				n = 4
			}
			if i+1+n > len(rs) {
				return "", object.NewException("System.ArgumentException", "parsing \"%s\" - Insufficient hex digits.", s)
			}
			v, err := strconv.ParseUint(string(rs[i+1:i+1+n]), 16, 32)
			if err != nil {
				return "", object.NewException("System.ArgumentException", "parsing \"%s\" - Insufficient hex digits.", s)
			}
			b.WriteRune(rune(v))
			i += n
		case '0', '1', '2', '3', '4', '5', '6', '7':
			j := i
			for j < len(rs) && j < i+3 && rs[j] >= '0' && rs[j] <= '7' {
				j++
			}
			v, _ := strconv.ParseUint(string(rs[i:j]), 8, 32)
			b.WriteRune(rune(v))
			i = j - 1
		case 'c':
			if i+1 < len(rs) {
				i++
				b.WriteRune(rs[i] & 0x1f)
			}
		default:
			if (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
				return "", object.NewException("System.ArgumentException", "parsing \"%s\" - Unrecognized escape sequence \\%c.", s, c)
			}
			b.WriteRune(c)
		}
	}
	return b.String(), nil
}
