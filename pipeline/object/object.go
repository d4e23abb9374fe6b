// Package object is the value model every layer shares: how PowerShell's
// .NET values are held in Go.
//
// A value is a Go `any`:
//
//	nil                      $null
//	bool                     System.Boolean
//	int32, int64, int16, int8, uint8, uint16, uint32, uint64
//	                         Int32, Int64, Int16, SByte, Byte, UInt16, UInt32, UInt64
//	float64, float32         Double, Single
//	Decimal                  System.Decimal
//	*big.Int                 System.Numerics.BigInteger
//	string                   System.String
//	Char                     System.Char
//	time.Time                System.DateTime (Location UTC or Local gives its Kind)
//	TimeSpan                 System.TimeSpan
//	[]any                    System.Object[] (fixed size, shared by reference)
//	*List                    ArrayList and List[T]
//	*Hashtable               Hashtable and [ordered] (OrderedDictionary)
//	*PSObject                PSCustomObject and every other object with members
//	ScriptBlock              a script block (implemented by shell/interp)
//	*ErrorRecord             an ErrorRecord
//	*TypeValue               a type literal such as [int] (System.RuntimeType)
//	Null                     [System.Management.Automation.Internal.AutomationNull]
//
// Arrays, lists, hashtables and objects are reference types, as in .NET.
package object

import (
	"math/big"
	"strings"
)

// Char is System.Char. (rune is int32, which is System.Int32.)
type Char rune

// TimeSpan is System.TimeSpan in ticks of 100 ns.
type TimeSpan int64

// Ticks per unit, as .NET defines them.
const (
	TicksPerMillisecond TimeSpan = 10_000
	TicksPerSecond               = 1000 * TicksPerMillisecond
	TicksPerMinute               = 60 * TicksPerSecond
	TicksPerHour                 = 60 * TicksPerMinute
	TicksPerDay                  = 24 * TicksPerHour
)

// Decimal is System.Decimal: an unscaled integer and a scale (0–28), so
// that 1.50d keeps its trailing zero as .NET does.
type Decimal struct {
	Unscaled *big.Int
	Scale    uint8
}

// ScriptBlock is a compiled script block. shell/interp implements it;
// cmdlets run one through pipeline.Runtime.
type ScriptBlock interface {
	// String is the text between the braces, as $sb.ToString() returns it.
	String() string
}

// TypeValue is a type literal such as [int] or [System.IO.Path] used as a
// value (System.RuntimeType).
type TypeValue struct {
	FullName string // e.g. "System.Int32"
	Name     string // e.g. "Int32"
}

// List is System.Collections.ArrayList or System.Collections.Generic.List[T].
type List struct {
	// TypeName is the .NET full name, e.g. "System.Collections.ArrayList"
	// or "System.Collections.Generic.List`1[System.String]".
	TypeName string
	// ElemType is the element type for conversions on Add ("" = object).
	ElemType string
	Items    []any
	// IgnoreCase is set on a HashSet[string] built with a
	// case-insensitive StringComparer: its members compare so.
	IgnoreCase bool
	// ver counts changes (Touch), as .NET's _version: an enumeration
	// started before a change fails (see version.go).
	ver uint64
}

// Hashtable is System.Collections.Hashtable (keys compared
// case-insensitively when they are strings) or, with Ordered set,
// System.Collections.Specialized.OrderedDictionary. An [ordered]
// dictionary, a Dict and an InsertionOrder table enumerate in insertion
// order; a Hashtable in Windows PowerShell 5.1's bucket order
// (hashorder.go). Keys, Values and At all give that one order.
type Hashtable struct {
	Ordered bool
	// InsertionOrder marks a table that stands for a .NET dictionary
	// enumerating in insertion order though it is neither [ordered] nor
	// a Dict (PowerShell's own Dictionary-backed tables, such as
	// $PSBoundParameters), or a Hashtable whose comparer the model does
	// not hash.
	InsertionOrder bool
	// Dict, when set, makes this a generic Dictionary[K,V] (see
	// dict.go): typed keys and values, case-sensitive string keys.
	Dict *DictType
	// Capacity is the capacity the table was made with (a @{} literal's
	// key count): with the insertion order it fixes Windows PowerShell
	// 5.1's enumeration order (EnumerationKeys).
	Capacity int
	// Comparer is the comparer the table was made with (keycomparer.go):
	// it decides whether string keys ignore case and, with Capacity, the
	// enumeration order. Set it before adding keys.
	Comparer KeyComparer
	keys     []any
	vals     []any
	// sindex finds string keys (lower-cased) and index every other key,
	// so the common string lookup hashes a plain string, unboxed.
	sindex map[string]int
	index  map[any]int
	// ver counts changes, as .NET's Hashtable.version (see version.go).
	ver uint64
	// order caches the enumeration order (see hashorder.go).
	order orderCache
}

// NewHashtable returns an empty hashtable.
func NewHashtable(ordered bool) *Hashtable {
	return &Hashtable{Ordered: ordered}
}

// hashKey normalises a non-string key the way Hashtable compares keys:
// by value.
func hashKey(k any) any {
	switch v := k.(type) {
	case *big.Int:
		return "\x00bigint:" + v.String()
	case Decimal:
		return "\x00dec:" + v.Unscaled.String() + "e" + string(rune('0'+v.Scale))
	case []any:
		return &v // identity
	}
	return k
}

// find returns the position of k.
func (h *Hashtable) find(k any) (int, bool) {
	if s, ok := k.(string); ok {
		i, ok := h.sindex[h.foldKey(s)]
		return i, ok
	}
	i, ok := h.index[hashKey(k)]
	return i, ok
}

// put records that k is at position i.
func (h *Hashtable) put(k any, i int) {
	if s, ok := k.(string); ok {
		if h.sindex == nil {
			h.sindex = map[string]int{}
		}
		h.sindex[h.foldKey(s)] = i
		return
	}
	if h.index == nil {
		h.index = map[any]int{}
	}
	h.index[hashKey(k)] = i
}

// Len is the number of entries.
func (h *Hashtable) Len() int { return len(h.keys) }

// Get returns the value under k.
func (h *Hashtable) Get(k any) (any, bool) {
	k = plainKey(k)
	i, ok := h.find(k)
	if !ok {
		return nil, false
	}
	return h.vals[i], true
}

// Set adds or replaces the value under k, keeping the first position.
func (h *Hashtable) Set(k, v any) {
	k = plainKey(k)
	h.ver++
	if i, ok := h.find(k); ok {
		h.vals[i] = v
		return
	}
	h.keysChanged()
	h.put(k, len(h.keys))
	if len(h.keys) == cap(h.keys) {
		// Double, not append's 1.25x for large slices: a table built
		// key by key then allocates twice its size in all, not five
		// times (less garbage, fewer collections).
		n := 2*len(h.keys) + 8
		h.keys = append(make([]any, 0, n), h.keys...)
		h.vals = append(make([]any, 0, n), h.vals...)
	}
	h.keys = append(h.keys, k)
	h.vals = append(h.vals, v)
}

// Has reports whether k is a key.
func (h *Hashtable) Has(k any) bool {
	_, ok := h.find(plainKey(k))
	return ok
}

// Delete removes k if present.
func (h *Hashtable) Delete(k any) {
	k = plainKey(k)
	i, ok := h.find(k)
	if !ok {
		return
	}
	h.ver++
	h.keysChanged()
	if s, isStr := k.(string); isStr {
		delete(h.sindex, h.foldKey(s))
	} else {
		delete(h.index, hashKey(k))
	}
	h.keys = append(h.keys[:i], h.keys[i+1:]...)
	h.vals = append(h.vals[:i], h.vals[i+1:]...)
	for j := i; j < len(h.keys); j++ {
		h.put(h.keys[j], j)
	}
}

// Clear removes every entry.
func (h *Hashtable) Clear() {
	h.ver++
	h.keysChanged()
	h.keys, h.vals = nil, nil
	h.sindex, h.index = nil, nil
}

// Keys returns the keys in enumeration order (a copy).
func (h *Hashtable) Keys() []any {
	pos := h.positions()
	if pos == nil {
		return append([]any(nil), h.keys...)
	}
	out := make([]any, len(pos))
	for i, p := range pos {
		out[i] = h.keys[p]
	}
	return out
}

// Values returns the values in enumeration order (a copy).
func (h *Hashtable) Values() []any {
	pos := h.positions()
	if pos == nil {
		return append([]any(nil), h.vals...)
	}
	out := make([]any, len(pos))
	for i, p := range pos {
		out[i] = h.vals[p]
	}
	return out
}

// At returns the i-th key and value in enumeration order: foreach,
// formatting and [ordered] integer indexing walk the table with it.
func (h *Hashtable) At(i int) (any, any) {
	if pos := h.positions(); pos != nil {
		i = pos[i]
	}
	return h.keys[i], h.vals[i]
}

// Clone returns a shallow copy. A Hashtable's is .NET's Clone: a new
// table with the same comparer, its capacity the key count, filled in
// the enumeration order, so its own order can differ from the source's.
func (h *Hashtable) Clone() *Hashtable {
	c := NewHashtable(h.Ordered)
	c.Dict = h.Dict
	c.InsertionOrder = h.InsertionOrder
	c.Comparer = h.Comparer
	if !h.Ordered && h.Dict == nil && !h.InsertionOrder {
		c.Capacity = len(h.keys)
		for i := range h.keys {
			k, v := h.At(i)
			c.Set(k, v)
		}
		return c
	}
	c.Capacity = h.Capacity
	for i, k := range h.keys {
		c.Set(k, h.vals[i])
	}
	return c
}

// MemberKind says what a PSObject member is, as Get-Member shows it.
type MemberKind int

// Member kinds, named as PowerShell's PSMemberTypes.
const (
	NoteProperty MemberKind = iota
	Property
	ScriptProperty
	AliasProperty
	CodeProperty
	Method
	ScriptMethod
)

// String names the kind as Get-Member prints it.
func (k MemberKind) String() string {
	return [...]string{"NoteProperty", "Property", "ScriptProperty", "AliasProperty", "CodeProperty", "Method", "ScriptMethod"}[k]
}

// Member is a property or method of a PSObject.
type Member struct {
	Name  string
	Kind  MemberKind
	Value any                           // the value of a note property
	Get   func() any                    // computed properties (nil: use Value)
	Set   func(v any) error             // settable computed properties (nil: read-only unless a note property)
	Call  func(args []any) (any, error) // methods
	// Type is the property's .NET type for Get-Member ("string",
	// "datetime", "System.Object[]"); "" lets Get-Member derive it.
	Type string
	// Script is the body of a ScriptProperty or ScriptMethod (for display).
	Script ScriptBlock
	// SetScript is a ScriptProperty's setter body, shown by Get-Member
	// after the getter ({get=…;set=…;}).
	SetScript ScriptBlock
	Hidden    bool
}

// PSObject is an object with ordered members: a PSCustomObject, or a
// .NET-like object built by a cmdlet (a certificate, a FileInfo, …).
type PSObject struct {
	// TypeNames is the type hierarchy, most derived first, e.g.
	// {"System.Management.Automation.PSCustomObject", "System.Object"}.
	TypeNames []string
	// Base is the wrapped value when members were added to a base value
	// (Add-Member on a string); nil for a plain object.
	Base    any
	members []*Member
	index   map[string]int
	// sharedIndex is set when index is shared with the other objects of
	// one CloneShape template; the first Add or Remove copies it.
	sharedIndex bool
	// shape, when set, made o, which has not built its members yet: they
	// are shape's template's, with shapeValue for the varying note (see
	// shape.go).
	shape      *Shape
	shapeValue any
}

// PSCustomObjectType is the type name of [pscustomobject] objects.
const PSCustomObjectType = "System.Management.Automation.PSCustomObject"

// NewObject returns an empty object with the given type names (most
// derived first). With none it is a PSCustomObject.
func NewObject(typeNames ...string) *PSObject {
	if len(typeNames) == 0 {
		typeNames = []string{PSCustomObjectType, "System.Object"}
	}
	return &PSObject{TypeNames: typeNames, index: map[string]int{}}
}

// TypeName returns the most derived type name.
func (o *PSObject) TypeName() string {
	if len(o.TypeNames) == 0 {
		return "System.Object"
	}
	return o.TypeNames[0]
}

// Add appends a member, replacing one of the same name.
func (o *PSObject) Add(m *Member) {
	o.build()
	key := strings.ToLower(m.Name)
	if i, ok := o.index[key]; ok {
		o.members[i] = m
		return
	}
	o.ownIndex()
	o.index[key] = len(o.members)
	o.members = append(o.members, m)
}

// SetProp sets a note property, adding it when it does not exist.
func (o *PSObject) SetProp(name string, v any) {
	if m := o.Member(name); m != nil && m.Kind == NoteProperty {
		m.Value = v
		return
	}
	o.Add(&Member{Name: name, Kind: NoteProperty, Value: v})
}

// Member returns the member called name (case-insensitive), or nil.
func (o *PSObject) Member(name string) *Member {
	key := strings.ToLower(name)
	if o.shape != nil {
		// Asking for a member the shape lacks (the ToString override
		// every conversion looks for) builds nothing.
		if _, ok := o.shape.template.index[key]; !ok {
			return nil
		}
		o.build()
	}
	i, ok := o.index[key]
	if !ok {
		return nil
	}
	return o.members[i]
}

// Members returns all members in order.
func (o *PSObject) Members() []*Member {
	o.build()
	return o.members
}

// Properties returns the visible properties in order.
func (o *PSObject) Properties() []*Member {
	o.build()
	var ps []*Member
	for _, m := range o.members {
		if m.Kind < Method && !m.Hidden {
			ps = append(ps, m)
		}
	}
	return ps
}

// Prop returns the value of the property called name.
func (o *PSObject) Prop(name string) (any, bool) {
	if o.shape != nil {
		return o.shapeProp(name)
	}
	m := o.Member(name)
	if m == nil || m.Kind >= Method {
		return nil, false
	}
	return m.GetValue(), true
}

// GetValue returns a property's value.
func (m *Member) GetValue() any {
	if m.Get != nil {
		return m.Get()
	}
	return m.Value
}

// Remove deletes the member called name.
func (o *PSObject) Remove(name string) {
	o.build()
	key := strings.ToLower(name)
	i, ok := o.index[key]
	if !ok {
		return
	}
	o.ownIndex()
	o.members = append(o.members[:i], o.members[i+1:]...)
	delete(o.index, key)
	for j := i; j < len(o.members); j++ {
		o.index[strings.ToLower(o.members[j].Name)] = j
	}
}

// Copy returns a shallow copy (members copied, values shared).
func (o *PSObject) Copy() *PSObject {
	o.build()
	c := &PSObject{TypeNames: append([]string(nil), o.TypeNames...), Base: o.Base, index: map[string]int{}}
	for _, m := range o.members {
		mm := *m
		c.Add(&mm)
	}
	return c
}

// AutomationNull is the "nothing" a command that wrote no output yields:
// it is $null in expressions, but an empty collection in a pipeline and in
// @().
type AutomationNull struct{}

// Null is the single AutomationNull value.
var Null = AutomationNull{}
