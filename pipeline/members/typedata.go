package members

import (
	"strings"
	"sync"
	"sync/atomic"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// TypeMember is a member Update-TypeData adds to every object whose type
// names include its type (about_Classes_Properties, "Defining a property
// in the constructor"). Its functions receive the object as $this.
type TypeMember struct {
	Name string
	Kind object.MemberKind
	// Value is a note property's value.
	Value any
	// Type is an alias property's target (and conversion) as Get-Member
	// shows it.
	Type string
	// Script and SetScript are a script property's getter and setter, or
	// a script method's body, for display.
	Script, SetScript object.ScriptBlock
	Get               func(this any) any
	Set               func(this any, v any) error
	Call              func(this any, args []any) (any, error)
}

// typeTable is the session's dynamic type data. One table serves the
// process: a cspsh process runs one session, as a PowerShell runspace
// keeps one TypeTable.
type typeTable struct {
	mu     sync.RWMutex
	used   atomic.Bool
	byType map[string][]*TypeMember // key: lower-case type name
}

// typeData is zero until the first Update-TypeData: no start-up cost.
var typeData typeTable

// AddTypeMember adds m to typeName's members. A member of the same name
// is an error unless force replaces it, as Update-TypeData reports.
func AddTypeMember(typeName string, m *TypeMember, force bool) error {
	key := strings.ToLower(typeName)
	typeData.mu.Lock()
	defer typeData.mu.Unlock()
	if typeData.byType == nil {
		typeData.byType = map[string][]*TypeMember{}
	}
	list := typeData.byType[key]
	for i, old := range list {
		if strings.EqualFold(old.Name, m.Name) {
			if !force {
				return object.NewException("System.Management.Automation.RuntimeException",
					"Error in TypeData %q: The member %s is already present.", typeName, m.Name)
			}
			list = append(list[:i:i], list[i+1:]...)
			break
		}
	}
	typeData.byType[key] = append(list, m)
	typeData.used.Store(true)
	return nil
}

// RemoveTypeData drops every member added to typeName (Remove-TypeData).
func RemoveTypeData(typeName string) bool {
	typeData.mu.Lock()
	defer typeData.mu.Unlock()
	key := strings.ToLower(typeName)
	_, ok := typeData.byType[key]
	delete(typeData.byType, key)
	return ok
}

// typeMembers are the members the type data gives o, most derived type
// first, bound to o; nil when no type data was ever added.
func typeMembers(o *object.PSObject) []*object.Member {
	if !typeData.used.Load() {
		return nil
	}
	return typeMembersOf(o, o.TypeNames, func(name string) bool { return o.Member(name) != nil })
}

// typeMembersOf binds the type data of the types names to v, leaving out
// the names v has itself (own).
func typeMembersOf(v any, names []string, own func(string) bool) []*object.Member {
	typeData.mu.RLock()
	defer typeData.mu.RUnlock()
	var out []*object.Member
	for _, t := range names {
		for _, m := range typeData.byType[strings.ToLower(t)] {
			if own(m.Name) || hasMember(out, m.Name) {
				continue
			}
			out = append(out, bindTypeMember(v, m))
		}
	}
	return out
}

// valueTypeMember is the type-data member name of a value that is not a
// PSObject (a string, a date, an array), found through its .NET type and
// base types: Update-TypeData -TypeName System.DateTime reaches every
// date.
func valueTypeMember(v any, name string) *object.Member {
	if !typeData.used.Load() || v == nil {
		return nil
	}
	if _, ok := v.(*object.PSObject); ok {
		return nil
	}
	for _, m := range typeMembersOf(v, dotnet.TypeHierarchy(v), func(string) bool { return false }) {
		if strings.EqualFold(m.Name, name) {
			return m
		}
	}
	return nil
}

func hasMember(ms []*object.Member, name string) bool {
	for _, m := range ms {
		if strings.EqualFold(m.Name, name) {
			return true
		}
	}
	return false
}

// typeMember is o's type-data member name, or nil.
func typeMember(o *object.PSObject, name string) *object.Member {
	if !typeData.used.Load() {
		return nil
	}
	for _, m := range typeMembers(o) {
		if strings.EqualFold(m.Name, name) {
			return m
		}
	}
	return nil
}

// bindTypeMember makes m a member of o: its functions see o as $this.
func bindTypeMember(o any, m *TypeMember) *object.Member {
	b := &object.Member{Name: m.Name, Kind: m.Kind, Value: m.Value, Type: m.Type, Script: m.Script, SetScript: m.SetScript}
	if m.Get != nil {
		b.Get = func() any { return m.Get(o) }
	}
	if m.Set != nil {
		b.Set = func(v any) error { return m.Set(o, v) }
	}
	if m.Call != nil {
		b.Call = func(args []any) (any, error) { return m.Call(o, args) }
	}
	return b
}

// withTypeMembers adds o's type-data properties to its own: after the
// notes of a custom object (instance members come first), before the
// properties of a class instance (type members precede adapted ones).
func withTypeMembers(o *object.PSObject, ps []*object.Member) []*object.Member {
	tm := typeMembers(o)
	if len(tm) == 0 {
		return ps
	}
	var props []*object.Member
	for _, m := range tm {
		if m.Kind < object.Method {
			props = append(props, m)
		}
	}
	if len(props) == 0 {
		return ps
	}
	if o.IsCustom() {
		return append(append([]*object.Member(nil), ps...), props...)
	}
	return append(props, ps...)
}

// TypeProperty reads o's type-data property name; ok is false when the
// type data gives o no such property. The formatter reads properties
// from the object itself and asks here for the rest.
func TypeProperty(o *object.PSObject, name string) (any, bool) {
	if m := typeMember(o, name); m != nil && m.Kind < object.Method {
		return m.GetValue(), true
	}
	return nil, false
}

// TypeMethods are the script methods the type data gives o, bound to o,
// for Get-Member (its properties come with Properties).
func TypeMethods(o *object.PSObject) []*object.Member {
	var out []*object.Member
	for _, m := range typeMembers(o) {
		if m.Kind >= object.Method {
			out = append(out, m)
		}
	}
	return out
}
