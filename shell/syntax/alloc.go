package syntax

import "unsafe"

// slab hands out nodes from chunks, so a large script costs a few big
// allocations instead of one per node.
type slab[T any] struct {
	buf  []T
	last int // the length of the last chunk handed out
}

// slabBytes is the size a chunk grows to: a whole 8 KiB size class, so
// no memory is lost to rounding a chunk up (64 nodes of 56 bytes take a
// 4 KiB block and waste an eighth of it). Chunks start at 8 nodes and
// double, so that a short script touches little memory for the node
// kinds it uses once or twice.
const slabBytes = 8192

func (s *slab[T]) new() *T {
	if len(s.buf) == 0 {
		var zero T
		n := max(8, min(2*s.last, slabBytes/int(unsafe.Sizeof(zero))))
		s.last = n
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
	// Nodes every function or block has one or two of.
	blocks  slab[Block]
	named   slab[NamedBlock]
	sblocks slab[ScriptBlock]
	funcs   slab[FunctionDef]
	params  slab[Parameter]
	ifs     slab[IfStmt]
	clauses slab[IfClause]
	returns slab[ReturnStmt]
	xstrs   slab[ExpandableString]
	exprs   []Expr
	// stmtChunk is where short statement lists are cut from.
	stmtChunk []Stmt
	elems     []PipelineElement
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
	k := len(n.stmts) - base
	var out []Stmt
	if k > 16 {
		out = make([]Stmt, k)
	} else {
		// Short lists are cut from a shared chunk.
		if len(n.stmtChunk) < k {
			n.stmtChunk = make([]Stmt, 256)
		}
		out = n.stmtChunk[:k:k]
		n.stmtChunk = n.stmtChunk[k:]
	}
	copy(out, n.stmts[base:])
	clear(n.stmts[base:])
	n.stmts = n.stmts[:base]
	return out
}

// exprList returns a slice of n expressions for a node's parts, cut
// from a shared chunk at its exact length.
func (n *nodes) exprList(k int) []Expr {
	if k > 16 {
		return make([]Expr, k)
	}
	if len(n.exprs) < k {
		n.exprs = make([]Expr, 256)
	}
	s := n.exprs[:k:k]
	n.exprs = n.exprs[k:]
	return s
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
