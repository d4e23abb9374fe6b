package xmldom

import (
	"math"
	"strconv"
	"strings"
)

// The XPath 1.0 type conversions (section 4), comparisons and core
// function library.

// StringValue is a node's XPath string-value.
func StringValue(n *Node) string { return n.InnerText() }

func toString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case bool:
		if x {
			return "true"
		}
		return "false"
	case float64:
		return numString(x)
	case []*Node:
		if len(x) == 0 {
			return ""
		}
		return StringValue(x[0])
	}
	return ""
}

func numString(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func toNumber(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case bool:
		if x {
			return 1
		}
		return 0
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(toString(v)), 64)
	if err != nil {
		return math.NaN()
	}
	return f
}

func toBool(v any) bool {
	switch x := v.(type) {
	case bool:
		return x
	case float64:
		return x != 0 && !math.IsNaN(x)
	case string:
		return x != ""
	case []*Node:
		return len(x) > 0
	}
	return false
}

func compare(op string, a, b any) bool {
	an, aSet := a.([]*Node)
	bn, bSet := b.([]*Node)
	switch {
	case aSet && bSet:
		for _, x := range an {
			for _, y := range bn {
				if compareAtoms(op, StringValue(x), StringValue(y)) {
					return true
				}
			}
		}
		return false
	case aSet:
		for _, x := range an {
			if compareAtoms(op, nodeAtom(x, b), b) {
				return true
			}
		}
		return false
	case bSet:
		for _, y := range bn {
			if compareAtoms(op, a, nodeAtom(y, a)) {
				return true
			}
		}
		return false
	}
	return compareAtoms(op, a, b)
}

// nodeAtom converts a node to the type of the other operand.
func nodeAtom(n *Node, other any) any {
	switch other.(type) {
	case float64:
		return toNumber(StringValue(n))
	case bool:
		return true
	}
	return StringValue(n)
}

func compareAtoms(op string, a, b any) bool {
	if op == "=" || op == "!=" {
		var eq bool
		_, ab := a.(bool)
		_, bb := b.(bool)
		_, af := a.(float64)
		_, bf := b.(float64)
		switch {
		case ab || bb:
			eq = toBool(a) == toBool(b)
		case af || bf:
			eq = toNumber(a) == toNumber(b)
		default:
			eq = toString(a) == toString(b)
		}
		return eq == (op == "=")
	}
	x, y := toNumber(a), toNumber(b)
	switch op {
	case "<":
		return x < y
	case "<=":
		return x <= y
	case ">":
		return x > y
	}
	return x >= y
}

func (f *funcCall) eval(c *xctx) any {
	arg := func(i int) any {
		if i < len(f.args) {
			return f.args[i].eval(c)
		}
		return []*Node{c.node}
	}
	str := func(i int) string { return toString(arg(i)) }
	switch f.name {
	case "last":
		return float64(c.size)
	case "position":
		return float64(c.pos)
	case "count":
		n, _ := arg(0).([]*Node)
		return float64(len(n))
	case "name", "local-name", "namespace-uri":
		n, _ := arg(0).([]*Node)
		if len(n) == 0 {
			return ""
		}
		switch f.name {
		case "name":
			if n[0].Type == Element || n[0].Type == Attribute || n[0].Type == ProcInst {
				return n[0].Name()
			}
			return ""
		case "local-name":
			if n[0].Type == Element || n[0].Type == Attribute || n[0].Type == ProcInst {
				return n[0].LocalName()
			}
			return ""
		}
		return n[0].NS
	case "string":
		return str(0)
	case "concat":
		var b strings.Builder
		for i := range f.args {
			b.WriteString(str(i))
		}
		return b.String()
	case "starts-with":
		return strings.HasPrefix(str(0), str(1))
	case "contains":
		return strings.Contains(str(0), str(1))
	case "substring-before":
		s, sep := str(0), str(1)
		if i := strings.Index(s, sep); i >= 0 {
			return s[:i]
		}
		return ""
	case "substring-after":
		s, sep := str(0), str(1)
		if i := strings.Index(s, sep); i >= 0 {
			return s[i+len(sep):]
		}
		return ""
	case "substring":
		r := []rune(str(0))
		start := math.Floor(toNumber(arg(1)) + 0.5)
		end := math.Inf(1)
		if len(f.args) > 2 {
			end = start + math.Floor(toNumber(arg(2))+0.5)
		}
		var b strings.Builder
		for i, ch := range r {
			p := float64(i + 1)
			if p >= start && p < end {
				b.WriteRune(ch)
			}
		}
		return b.String()
	case "string-length":
		return float64(len([]rune(str(0))))
	case "normalize-space":
		return strings.Join(strings.Fields(str(0)), " ")
	case "translate":
		from, to := []rune(str(1)), []rune(str(2))
		var b strings.Builder
		for _, ch := range str(0) {
			i := -1
			for j, x := range from {
				if x == ch {
					i = j
					break
				}
			}
			switch {
			case i < 0:
				b.WriteRune(ch)
			case i < len(to):
				b.WriteRune(to[i])
			}
		}
		return b.String()
	case "not":
		return !toBool(arg(0))
	case "true":
		return true
	case "false":
		return false
	case "boolean":
		return toBool(arg(0))
	case "number":
		return toNumber(arg(0))
	case "sum":
		n, _ := arg(0).([]*Node)
		s := 0.0
		for _, x := range n {
			s += toNumber(StringValue(x))
		}
		return s
	case "floor":
		return math.Floor(toNumber(arg(0)))
	case "ceiling":
		return math.Ceil(toNumber(arg(0)))
	case "round":
		return math.Floor(toNumber(arg(0)) + 0.5)
	}
	return false
}
