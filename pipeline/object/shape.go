package object

import (
	"slices"
	"strings"
)

// Shape makes many objects with one template's type names and members,
// each with its own value for one of the notes (every line Get-Content
// reads carries the same five provider notes and its own ReadCount). An
// object a Shape makes holds only its base and that one value until
// something asks for its members; then it builds its own copies, as
// CloneShape does, so changing one object never changes another. Reading
// a property with Prop builds nothing.
type Shape struct {
	template *PSObject
	at       int // index of the note each object has its own value for
}

// NewShape returns a Shape for template, whose member called varying each
// object sets for itself (or none, when template has no such member). The
// template must not change afterwards: the objects read it until they
// build their members.
func NewShape(template *PSObject, varying string) *Shape {
	at, ok := template.index[strings.ToLower(varying)]
	if !ok {
		at = -1
	}
	// The objects share the template's type names; clipping them makes
	// an append on one object copy them rather than write into the
	// others'.
	template.TypeNames = slices.Clip(template.TypeNames)
	return &Shape{template: template, at: at}
}

// New returns an object of the shape wrapping base, with the varying
// note's value v.
func (s *Shape) New(base, v any) *PSObject {
	return &PSObject{TypeNames: s.template.TypeNames, Base: base, shape: s, shapeValue: v}
}

// build gives o its own members when a Shape made it and it has none yet.
// Every method that reads or changes o's members or name index calls it
// first.
func (o *PSObject) build() {
	s := o.shape
	if s == nil {
		return
	}
	t := s.template
	block := make([]Member, len(t.members))
	ptrs := make([]*Member, len(t.members))
	for i, m := range t.members {
		block[i] = *m
		ptrs[i] = &block[i]
	}
	if s.at >= 0 {
		block[s.at].Value = o.shapeValue
	}
	t.sharedIndex = true
	o.members, o.index, o.sharedIndex = ptrs, t.index, true
	o.shape, o.shapeValue = nil, nil
}

// shapeProp is Prop for an object whose members are not built yet: it
// reads the template without building anything.
func (o *PSObject) shapeProp(name string) (any, bool) {
	s := o.shape
	i, ok := s.template.index[strings.ToLower(name)]
	if !ok {
		return nil, false
	}
	if i == s.at {
		return o.shapeValue, true
	}
	m := s.template.members[i]
	if m.Kind >= Method {
		return nil, false
	}
	return m.GetValue(), true
}
