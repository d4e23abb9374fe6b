package syntax

// slab hands out nodes from chunks, so a large script costs a few big
// allocations instead of one per node.
type slab[T any] struct{ buf []T }

func (s *slab[T]) new() *T {
	if len(s.buf) == 0 {
		s.buf = make([]T, 64)
	}
	x := &s.buf[0]
	s.buf = s.buf[1:]
	return x
}

// nodes holds the slabs for the most frequent node kinds.
type nodes struct {
	vars    slab[VariableExpr]
	strs    slab[StringConst]
	nums    slab[NumberLit]
	bins    slab[BinaryExpr]
	pipes   slab[Pipeline]
	cexprs  slab[CommandExpr]
	assigns slab[AssignStmt]
	members slab[MemberExpr]
	cmds    slab[Command]
	elems   []PipelineElement
}

// oneElement returns a one-element slice for a pipeline's elements.
func (n *nodes) oneElement(e PipelineElement) []PipelineElement {
	if len(n.elems) == 0 {
		n.elems = make([]PipelineElement, 64)
	}
	s := n.elems[:1:1]
	n.elems = n.elems[1:]
	s[0] = e
	return s
}
