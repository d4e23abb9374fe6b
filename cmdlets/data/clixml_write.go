package data

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
	"cspsh/pipeline/xmldom"
)

// The CLIXML serializer: PowerShell's object serialization format (the
// [MS-PSRP] "Serialization" section), which Export-Clixml writes.
// Primitive values are typed elements (<S>, <I32>, <DT>, …); other
// objects are <Obj> with their type names (<TN>, later a <TNRef> to
// them), their ToString, and their properties: adapted ones in <Props>,
// note properties in <MS>; collections are <LST>, dictionaries <DCT>.
// Below -Depth levels an object is written as its string.

// clixmlNS is the namespace of a CLIXML document.
const clixmlNS = "http://schemas.microsoft.com/powershell/2004/04"

// clixmlWriter numbers the objects and type-name lists it writes.
type clixmlWriter struct {
	// key protects SecureStrings (<SS>) as ConvertFrom-SecureString
	// does without -Key: for this user (here, this lab) only.
	key      []byte
	doc      *xmldom.Node
	objRefs  int
	tnRefs   map[string]int
	nextTN   int
	seenObjs map[any]int
	// below counts the levels under the top-level object.
	below int
}

func newClixmlWriter(key []byte) *clixmlWriter {
	doc := xmldom.NewDocument()
	root := doc.CreateElement("Objs", clixmlNS)
	root.SetAttr("Version", "1.1.0.1")
	root.SetAttr("xmlns", clixmlNS)
	doc.InsertAt(-1, root)
	return &clixmlWriter{key: key, doc: doc, tnRefs: map[string]int{}, seenObjs: map[any]int{}}
}

// text returns the document as Export-Clixml writes it: indented, no
// XML declaration.
func (w *clixmlWriter) text() string { return w.doc.Indented() }

func (w *clixmlWriter) elem(parent *xmldom.Node, tag, name, text string) *xmldom.Node {
	e := w.doc.CreateElement(tag, clixmlNS)
	if name != "" {
		e.SetAttr("N", name)
	}
	if text != "" {
		e.InsertAt(-1, w.doc.CreateLeaf(xmldom.Text, text))
	}
	parent.InsertAt(-1, e)
	return e
}

// clixmlString escapes what XML cannot carry as the serializer does:
// control characters become _xHHHH_, and an underscore that would read
// as such an escape is itself escaped.
func clixmlString(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r < 0x20 && r != '\t' || r == 0xFFFE || r == 0xFFFF || (r >= 0xD800 && r <= 0xDFFF):
			fmt.Fprintf(&b, "_x%04X_", r)
		case r == '_' && isEscapeAt(s[i:]):
			b.WriteString("_x005F_")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isEscapeAt reports an "_xHHHH_" at the start of s.
func isEscapeAt(s string) bool {
	if len(s) < 7 || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range s[2:6] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return false
		}
	}
	return true
}

// xmlDuration is a TimeSpan as an xsd:duration (XmlConvert).
func xmlDuration(ts object.TimeSpan) string {
	t := int64(ts)
	var b strings.Builder
	if t < 0 {
		b.WriteByte('-')
		t = -t
	}
	const tick = int64(1)
	const sec = 10_000_000 * tick
	days := t / (86400 * sec)
	t -= days * 86400 * sec
	hours := t / (3600 * sec)
	t -= hours * 3600 * sec
	mins := t / (60 * sec)
	t -= mins * 60 * sec
	secs := t / sec
	frac := t - secs*sec
	b.WriteByte('P')
	if days > 0 {
		fmt.Fprintf(&b, "%dD", days)
	}
	if hours > 0 || mins > 0 || secs > 0 || frac > 0 || days == 0 {
		b.WriteByte('T')
		if hours > 0 {
			fmt.Fprintf(&b, "%dH", hours)
		}
		if mins > 0 {
			fmt.Fprintf(&b, "%dM", mins)
		}
		if secs > 0 || frac > 0 || (days == 0 && hours == 0 && mins == 0) {
			fmt.Fprintf(&b, "%d", secs)
			if frac > 0 {
				b.WriteString("." + strings.TrimRight(fmt.Sprintf("%07d", frac), "0"))
			}
			b.WriteByte('S')
		}
	}
	return b.String()
}

// xmlDate is a DateTime as XmlConvert writes it in round-trip mode.
func xmlDate(t time.Time) string {
	s, err := dotnet.FormatValueInvariant(t, "yyyy-MM-ddTHH:mm:ss.FFFFFFFK")
	if err != nil {
		return t.Format(time.RFC3339Nano)
	}
	return s
}

// xmlDouble is a Double as XmlConvert writes it ("R" formatting).
func xmlDouble(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "INF"
	case math.IsInf(f, -1):
		return "-INF"
	}
	s := strconv.FormatFloat(f, 'G', -1, 64)
	if i := strings.Index(s, "E"); i >= 0 {
		mant, exp := s[:i], s[i+1:]
		sign := "+"
		if exp[0] == '-' || exp[0] == '+' {
			if exp[0] == '-' {
				sign = "-"
			}
			exp = exp[1:]
		}
		for len(exp) < 2 {
			exp = "0" + exp
		}
		s = mant + "E" + sign + exp
	}
	return s
}

// primitive writes v as a typed element when it is a primitive; false
// for other values.
func (w *clixmlWriter) primitive(parent *xmldom.Node, name string, v any) bool {
	switch x := v.(type) {
	case dotnet.Enum:
		// An enum is an object (its ToString and value), and must not
		// match the ScriptBlock interface below.
		return false
	case nil, object.AutomationNull:
		w.elem(parent, "Nil", name, "")
	case string:
		w.elem(parent, "S", name, clixmlString(x))
	case bool:
		w.elem(parent, "B", name, strconv.FormatBool(x))
	case int32:
		w.elem(parent, "I32", name, strconv.FormatInt(int64(x), 10))
	case int64:
		w.elem(parent, "I64", name, strconv.FormatInt(x, 10))
	case int16:
		w.elem(parent, "I16", name, strconv.FormatInt(int64(x), 10))
	case int8:
		w.elem(parent, "SB", name, strconv.FormatInt(int64(x), 10))
	case uint8:
		w.elem(parent, "By", name, strconv.FormatUint(uint64(x), 10))
	case uint16:
		w.elem(parent, "U16", name, strconv.FormatUint(uint64(x), 10))
	case uint32:
		w.elem(parent, "U32", name, strconv.FormatUint(uint64(x), 10))
	case uint64:
		w.elem(parent, "U64", name, strconv.FormatUint(x, 10))
	case float64:
		w.elem(parent, "Db", name, xmlDouble(x))
	case object.Decimal:
		w.elem(parent, "D", name, dotnet.ToString(x))
	case object.Char:
		w.elem(parent, "C", name, strconv.Itoa(int(x)))
	case time.Time:
		w.elem(parent, "DT", name, xmlDate(x))
	case object.TimeSpan:
		w.elem(parent, "TS", name, xmlDuration(x))
	case object.ScriptBlock:
		w.elem(parent, "SBK", name, clixmlString(dotnet.ToString(x)))
	case []byte:
		w.elem(parent, "BA", name, base64.StdEncoding.EncodeToString(x))
	case *object.PSObject:
		switch x.TypeName() {
		case "System.Guid":
			w.elem(parent, "G", name, dotnet.ToString(x))
		case "System.Version":
			w.elem(parent, "Version", name, dotnet.ToString(x))
		case "System.Uri":
			w.elem(parent, "URI", name, clixmlString(dotnet.ToString(x)))
		case "System.Xml.XmlDocument":
			// A document is a primitive: its markup.
			if n, ok := dotnet.XMLNode(x); ok {
				w.elem(parent, "XD", name, clixmlString(n.OuterXML()))
			}
		case SecureStringType:
			text, _ := SecureStringText(x)
			blob, err := seal(w.key, text)
			if err != nil {
				return false
			}
			w.elem(parent, "SS", name, dpapiPrefix+hex.EncodeToString(blob))
		default:
			return false
		}
	default:
		return false
	}
	return true
}

// typeNames writes <TN> the first time a list of type names is seen and
// <TNRef> after.
func (w *clixmlWriter) typeNames(obj *xmldom.Node, names []string) {
	key := strings.Join(names, "\x00")
	if id, ok := w.tnRefs[key]; ok {
		e := w.elem(obj, "TNRef", "", "")
		e.SetAttr("RefId", strconv.Itoa(id))
		return
	}
	id := w.nextTN
	w.nextTN++
	w.tnRefs[key] = id
	tn := w.elem(obj, "TN", "", "")
	tn.SetAttr("RefId", strconv.Itoa(id))
	for _, n := range names {
		w.elem(tn, "T", "", n)
	}
}

// typeNamesOf lists v's type and its bases, as <TN> holds them.
func typeNamesOf(v any) []string {
	switch x := v.(type) {
	case *object.PSObject:
		return x.TypeNames
	case []any:
		return []string{"System.Object[]", "System.Array", "System.Object"}
	case *object.List:
		return []string{"System.Collections.ArrayList", "System.Object"}
	case *object.Hashtable:
		if x.Ordered {
			return []string{"System.Collections.Specialized.OrderedDictionary", "System.Object"}
		}
		return []string{"System.Collections.Hashtable", "System.Object"}
	case dotnet.Enum:
		return []string{x.Type.FullName, "System.Enum", "System.ValueType", "System.Object"}
	}
	return []string{dotnet.TypeName(v), "System.Object"}
}

// maxDepthBelowTop is how far below a top-level object the serializer
// goes at all (its MaxDepthBelowTopLevel); deeper values are written
// as a fixed text.
const maxDepthBelowTop = 50

// value writes one value named name (for a property or dictionary
// entry) with depth levels of adapted properties left. As PowerShell's
// serializer does, lists and dictionaries are written whatever the
// depth with their items at the same depth, and an object's note
// properties (all of a custom object's) are written at the object's own
// depth: only adapted properties count against -Depth.
func (w *clixmlWriter) value(parent *xmldom.Node, name string, v any, depth int) {
	w.below++
	defer func() { w.below-- }()
	if w.below > maxDepthBelowTop {
		w.elem(parent, "S", name, "The deserialized object contains too many levels of nested objects.")
		return
	}
	var notes []*object.Member
	if o, ok := v.(*object.PSObject); ok {
		notes = ownNotes(o)
		if o.Base != nil && len(notes) == 0 {
			v = o.Base
		}
	}
	if w.primitive(parent, name, v) {
		return
	}
	if id, ok := w.refKey(v); ok {
		if n, seen := w.seenObjs[id]; seen {
			e := w.elem(parent, "Ref", name, "")
			e.SetAttr("RefId", strconv.Itoa(n))
			return
		}
	}
	o, isObj := v.(*object.PSObject)
	if isObj && o.Base != nil {
		if tmp := w.doc.CreateElement("x", ""); w.primitive(tmp, "", o.Base) {
			// A primitive value with notes of its own (Get-Date's
			// DisplayHint) is an <Obj> holding the value and an <MS>.
			obj := w.newObj(parent, name, v)
			obj.InsertAt(-1, tmp.Children[0])
			w.notes(obj, notes, depth)
			return
		}
	}
	_, isEnum := v.(dotnet.Enum)
	custom := isObj && o.TypeName() == object.PSCustomObjectType
	if depth <= 0 && !isEnum && !isContainer(v) && !custom {
		// Below the depth an object is its string, with its notes.
		if len(notes) == 0 {
			w.elem(parent, "S", name, clixmlString(dotnet.ToString(v)))
			return
		}
		obj := w.newObj(parent, name, v)
		w.elem(obj, "S", "", clixmlString(dotnet.ToString(v)))
		w.notes(obj, notes, depth)
		return
	}
	obj := w.newObj(parent, name, v)
	w.typeNames(obj, typeNamesOf(v))
	switch x := v.(type) {
	case dotnet.Enum:
		w.elem(obj, "ToString", "", clixmlString(x.String()))
		w.elem(obj, "I32", "", strconv.FormatInt(x.Value, 10))
	case []any:
		lst := w.elem(obj, "LST", "", "")
		for _, e := range x {
			w.value(lst, "", e, depth)
		}
	case *object.List:
		lst := w.elem(obj, "LST", "", "")
		for _, e := range x.Items {
			w.value(lst, "", e, depth)
		}
	case *object.Hashtable:
		dct := w.elem(obj, "DCT", "", "")
		for i := 0; i < x.Len(); i++ {
			k, val := x.At(i)
			en := w.elem(dct, "En", "", "")
			w.value(en, "Key", k, depth)
			w.value(en, "Value", val, depth)
		}
	case *object.PSObject:
		w.psobject(obj, x, depth)
	default:
		w.elem(obj, "ToString", "", clixmlString(dotnet.ToString(v)))
	}
}

// newObj starts an <Obj> with the next RefId, remembered for <Ref>.
func (w *clixmlWriter) newObj(parent *xmldom.Node, name string, v any) *xmldom.Node {
	obj := w.elem(parent, "Obj", name, "")
	obj.SetAttr("RefId", strconv.Itoa(w.objRefs))
	if id, ok := w.refKey(v); ok {
		w.seenObjs[id] = w.objRefs
	}
	w.objRefs++
	return obj
}

// notes writes an object's own note properties in <MS>, at the
// object's depth.
func (w *clixmlWriter) notes(obj *xmldom.Node, notes []*object.Member, depth int) {
	if len(notes) == 0 {
		return
	}
	ms := w.elem(obj, "MS", "", "")
	for _, m := range notes {
		w.value(ms, m.Name, m.GetValue(), depth)
	}
}

// ownNotes are the visible note properties an object carries itself.
func ownNotes(o *object.PSObject) []*object.Member {
	var notes []*object.Member
	for _, m := range o.Members() {
		if m.Kind == object.NoteProperty && !m.Hidden {
			notes = append(notes, m)
		}
	}
	return notes
}

// isContainer reports the lists and dictionaries the serializer writes
// as <LST> and <DCT>.
func isContainer(v any) bool {
	switch v.(type) {
	case []any, *object.List, *object.Hashtable:
		return true
	}
	return false
}

// refKey is the identity of a reference value for <Ref>.
func (w *clixmlWriter) refKey(v any) (any, bool) {
	switch x := v.(type) {
	case *object.PSObject, *object.Hashtable, *object.List:
		return x, true
	}
	return nil, false
}

// psobject writes an object's ToString (not for a custom object, a
// bag of notes) and its properties: adapted ones in <Props> one level
// deeper, notes in <MS> at its own depth.
func (w *clixmlWriter) psobject(obj *xmldom.Node, o *object.PSObject, depth int) {
	custom := o.TypeName() == object.PSCustomObjectType
	if !custom {
		w.elem(obj, "ToString", "", clixmlString(dotnet.ToString(o)))
	}
	var props, notes []*object.Member
	for _, m := range members.Properties(o) {
		if m.Kind == object.NoteProperty || custom {
			notes = append(notes, m)
		} else {
			props = append(props, m)
		}
	}
	if len(props) > 0 {
		pe := w.elem(obj, "Props", "", "")
		for _, m := range props {
			w.value(pe, m.Name, m.GetValue(), depth-1)
		}
	}
	w.notes(obj, notes, depth)
}
