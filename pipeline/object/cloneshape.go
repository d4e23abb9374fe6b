package object

import (
	"maps"
	"slices"
)

// CloneShape returns a copy of o whose members are copies of o's, made
// in one block: cheaper than building each object with Add when a cmdlet
// makes many objects of one shape (every line Get-Content reads carries
// the same six notes). The name index is shared until one of the
// objects adds or removes a member, so a clone copies no map.
func (o *PSObject) CloneShape() *PSObject {
	o.build()
	block := make([]Member, len(o.members))
	ptrs := make([]*Member, len(o.members))
	for i, m := range o.members {
		block[i] = *m
		ptrs[i] = &block[i]
	}
	o.sharedIndex = true
	return &PSObject{TypeNames: slices.Clone(o.TypeNames), Base: o.Base, members: ptrs, index: o.index, sharedIndex: true}
}

// ownIndex gives o its own copy of a name index shared by CloneShape
// before o changes it.
func (o *PSObject) ownIndex() {
	if o.sharedIndex {
		o.index = maps.Clone(o.index)
		o.sharedIndex = false
	}
}
