package object

import (
	"maps"
	"slices"
)

// CloneShape returns a copy of o whose members are copies of o's, made
// in one block with the name index copied whole: cheaper than building
// each object with Add when a cmdlet makes many objects of one shape
// (every line Get-Content reads carries the same six notes).
func (o *PSObject) CloneShape() *PSObject {
	block := make([]Member, len(o.members))
	ptrs := make([]*Member, len(o.members))
	for i, m := range o.members {
		block[i] = *m
		ptrs[i] = &block[i]
	}
	return &PSObject{TypeNames: slices.Clone(o.TypeNames), Base: o.Base, members: ptrs, index: maps.Clone(o.index)}
}
