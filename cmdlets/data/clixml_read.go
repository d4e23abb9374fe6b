package data

import (
	"encoding/base64"
	"encoding/hex"
	"math"
	"strconv"
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/xmldom"
)

// clixmlReader turns a CLIXML document back into values: primitives
// as themselves, lists as an ArrayList, dictionaries as a hashtable and
// other objects as property bags whose type names start with
// "Deserialized." (about_Serialization; Import-Clixml).
type clixmlReader struct {
	key  []byte
	objs map[string]any
	tns  map[string][]string
}

func newClixmlReader(key []byte) *clixmlReader {
	return &clixmlReader{key: key, objs: map[string]any{}, tns: map[string][]string{}}
}

// decodeClixmlString undoes the _xHHHH_ escapes.
func decodeClixmlString(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '_' && isEscapeAt(s[i:]) {
			n, _ := strconv.ParseUint(s[i+2:i+6], 16, 32)
			b.WriteRune(rune(n))
			i += 7
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// elements lists the element children of n.
func elements(n *xmldom.Node) []*xmldom.Node {
	var out []*xmldom.Node
	for _, c := range n.Children {
		if c.Type == xmldom.Element {
			out = append(out, c)
		}
	}
	return out
}

func attr(n *xmldom.Node, name string) string {
	if a := n.Attr(name); a != nil {
		return a.Value
	}
	return ""
}

// parseDuration reads an xsd:duration into a TimeSpan.
func parseDuration(s string) object.TimeSpan {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "P")
	var total float64
	inTime := false
	num := ""
	for _, r := range s {
		switch {
		case r == 'T':
			inTime = true
		case r >= '0' && r <= '9' || r == '.':
			num += string(r)
		default:
			f, _ := strconv.ParseFloat(num, 64)
			num = ""
			switch {
			case r == 'Y':
				total += f * 365 * 86400
			case r == 'M' && !inTime:
				total += f * 30 * 86400
			case r == 'D':
				total += f * 86400
			case r == 'H':
				total += f * 3600
			case r == 'M':
				total += f * 60
			case r == 'S':
				total += f
			}
		}
	}
	ticks := object.TimeSpan(math.Round(total * 1e7))
	if neg {
		ticks = -ticks
	}
	return ticks
}

// value reads one element.
func (r *clixmlReader) value(e *xmldom.Node) any {
	text := e.InnerText()
	switch e.Local {
	case "Nil":
		return nil
	case "S":
		return decodeClixmlString(text)
	case "B":
		return strings.EqualFold(text, "true")
	case "I32":
		n, _ := strconv.ParseInt(text, 10, 32)
		return int32(n)
	case "I64":
		n, _ := strconv.ParseInt(text, 10, 64)
		return n
	case "I16":
		n, _ := strconv.ParseInt(text, 10, 16)
		return int16(n)
	case "SB":
		n, _ := strconv.ParseInt(text, 10, 8)
		return int8(n)
	case "By":
		n, _ := strconv.ParseUint(text, 10, 8)
		return uint8(n)
	case "U16":
		n, _ := strconv.ParseUint(text, 10, 16)
		return uint16(n)
	case "U32":
		n, _ := strconv.ParseUint(text, 10, 32)
		return uint32(n)
	case "U64":
		n, _ := strconv.ParseUint(text, 10, 64)
		return n
	case "Db", "Sg":
		switch text {
		case "INF":
			return math.Inf(1)
		case "-INF":
			return math.Inf(-1)
		}
		f, _ := strconv.ParseFloat(text, 64)
		return f
	case "D":
		if d, err := dotnet.ParseDecimal(text); err == nil {
			return d
		}
		return text
	case "C":
		n, _ := strconv.Atoi(text)
		return object.Char(rune(n))
	case "DT":
		if t, ok := parseXMLDate(text); ok {
			return t
		}
		if v, err := dotnet.Convert(text, "datetime"); err == nil {
			return v
		}
		return text
	case "TS":
		return parseDuration(text)
	case "G":
		if g, err := dotnet.ParseGuid(text); err == nil {
			return g
		}
		return text
	case "Version":
		if v, err := dotnet.ParseVersion(text); err == nil {
			return v
		}
		return text
	case "SS":
		t := strings.ToLower(strings.TrimSpace(text))
		if strings.HasPrefix(t, dpapiPrefix) {
			if blob, err := hex.DecodeString(t[len(dpapiPrefix):]); err == nil {
				if plain, ok := open(r.key, blob); ok {
					return NewSecureString(plain)
				}
			}
		}
		return nil
	case "XD":
		if d, err := dotnet.ParseXML(decodeClixmlString(text)); err == nil {
			return d
		}
		return decodeClixmlString(text)
	case "URI", "SBK":
		// A script block comes back as its text, as PowerShell's
		// deserializer gives it.
		return decodeClixmlString(text)
	case "BA":
		b, _ := base64.StdEncoding.DecodeString(text)
		out := make([]any, len(b))
		for i, x := range b {
			out[i] = x
		}
		return out
	case "Ref":
		return r.objs[attr(e, "RefId")]
	case "Obj":
		return r.object(e)
	}
	return decodeClixmlString(text)
}

// object reads an <Obj>.
func (r *clixmlReader) object(e *xmldom.Node) any {
	var names []string
	var toString *string
	var base any
	var result any
	var o *object.PSObject
	ensure := func() *object.PSObject {
		if o == nil {
			o = object.NewObject()
		}
		return o
	}
	for _, c := range elements(e) {
		switch c.Local {
		case "TN":
			for _, t := range elements(c) {
				names = append(names, t.InnerText())
			}
			r.tns[attr(c, "RefId")] = names
		case "TNRef":
			names = r.tns[attr(c, "RefId")]
		case "ToString":
			s := decodeClixmlString(c.InnerText())
			toString = &s
		case "LST", "IE", "STK", "QUE":
			l := &object.List{}
			for _, it := range elements(c) {
				l.Items = append(l.Items, r.value(it))
			}
			result = l
		case "DCT":
			h := object.NewHashtable(len(names) > 0 && names[0] == "System.Collections.Specialized.OrderedDictionary")
			for _, en := range elements(c) {
				var k, v any
				for _, kv := range elements(en) {
					switch attr(kv, "N") {
					case "Key":
						k = r.value(kv)
					case "Value":
						v = r.value(kv)
					}
				}
				h.Set(k, v)
			}
			result = h
		case "Props", "MS":
			ob := ensure()
			for _, p := range elements(c) {
				ob.SetProp(attr(p, "N"), r.value(p))
			}
		default:
			if c.Local != "" && base == nil {
				base = r.value(c)
			}
		}
	}
	if result != nil {
		r.objs[attr(e, "RefId")] = result
		return result
	}
	if len(names) > 0 && names[0] == PSCredentialType && o != nil {
		// A credential is one of the types the deserializer re-creates.
		user, _ := o.Prop("UserName")
		if pw, ok := o.Prop("Password"); ok {
			if ss, ok := pw.(*object.PSObject); ok {
				cred := NewCredential(dotnet.ToString(user), ss)
				r.objs[attr(e, "RefId")] = cred
				return cred
			}
		}
	}
	if o == nil && base != nil && toString == nil {
		r.objs[attr(e, "RefId")] = base
		return base
	}
	ob := ensure()
	deserialized := make([]string, len(names))
	for i, n := range names {
		deserialized[i] = "Deserialized." + n
	}
	if len(deserialized) > 0 {
		ob.TypeNames = deserialized
	} else if base != nil {
		// A primitive with notes keeps the primitive's own type.
		ob.TypeNames = typeNamesOf(base)
	}
	if base != nil {
		ob.Base = base
	} else if len(deserialized) > 0 {
		// A deserialized object is a property bag: its .NET type is
		// PSCustomObject whatever type names it carries.
		ob.Add(&object.Member{Name: "GetType", Kind: object.Method, Hidden: true, Type: "type GetType()",
			Call: func(args []any) (any, error) {
				t, _ := dotnet.ResolveType(object.PSCustomObjectType)
				return t, nil
			}})
	}
	if toString != nil {
		s := *toString
		ob.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return s, nil }})
	}
	r.objs[attr(e, "RefId")] = ob
	return ob
}

// parseClixml reads every top-level object of a CLIXML document.
func parseClixml(src string, key []byte) ([]any, error) {
	src = strings.TrimPrefix(src, "\ufeff")
	if strings.HasPrefix(src, "#< CLIXML") {
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			src = src[i+1:]
		}
	}
	doc, err := xmldom.Parse(src, false)
	if err != nil {
		return nil, err
	}
	root := doc.DocumentElement()
	if root.Local != "Objs" {
		return nil, &xmldom.SyntaxError{Msg: "Element 'Objs' with namespace name '" + clixmlNS + "' was not found."}
	}
	r := newClixmlReader(key)
	var out []any
	for _, c := range elements(root) {
		out = append(out, r.value(c))
	}
	return out, nil
}

// parseXMLDate reads a DateTime as XmlConvert does in round-trip mode:
// "Z" is UTC, an offset is converted to local time, no zone is
// Unspecified.
func parseXMLDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse("2006-01-02T15:04:05.999999999Z07:00", s); err == nil {
		if strings.HasSuffix(s, "Z") {
			return t.UTC(), true
		}
		return t.Local(), true
	}
	if t, err := time.ParseInLocation("2006-01-02T15:04:05.999999999", s, time.Local); err == nil {
		return dotnet.Unspecified(t), true
	}
	return time.Time{}, false
}
