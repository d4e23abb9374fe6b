package syntax

import "unsafe"

// slab hands out nodes from chunks, so a large script costs a few big
// allocations instead of one per node.
type slab[T any] struct {
	buf  []T
	used bool // a chunk was handed out before
}

// slabBytes is the size of every chunk after the first: a whole 8 KiB
// size class, so no memory is lost to rounding a chunk up (64 nodes of
// 56 bytes take a 4 KiB block and waste an eighth of it). The first
// chunk stays at 64 nodes so that a short script touches little memory.
const slabBytes = 8192

func (s *slab[T]) new() *T {
	if len(s.buf) == 0 {
		n := 64
		if s.used {
			var zero T
			n = max(n, slabBytes/int(unsafe.Sizeof(zero)))
		}
		s.used = true
		s.buf = make([]T, n)
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
	// stmts is the stack stmtList collects statements on; each list is
	// then copied out at its exact length (see finishStmts).
	stmts []Stmt
}

// finishStmts returns the statements pushed on the stack since base as
// a slice of their own, exactly as long, and pops them. Appending each
// list's statements to a slice of its own would allocate 1, 2, 4 …
// elements for every block of a script.
func (n *nodes) finishStmts(base int) []Stmt {
	if len(n.stmts) == base {
		return nil
	}
	out := make([]Stmt, len(n.stmts)-base)
	copy(out, n.stmts[base:])
	clear(n.stmts[base:])
	n.stmts = n.stmts[:base]
	return out
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
