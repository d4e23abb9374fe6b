package ops

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// A small backtracking engine runs the .NET constructs RE2 cannot:
// look-ahead and look-behind, back-references, atomic groups and class
// subtraction. btparse.go parses the pattern; btmatch.go runs it.

type btKind uint8

const (
	btLit btKind = iota
	btAny
	btClass
	btBegin     // ^
	btEnd       // $
	btStartText // \A
	btEndText   // \z
	btEndTextNL // \Z
	btWordB
	btNotWordB
	btGroup
	btConcat
	btAlt
	btRepeat
	btBackref
	btLook
	btAtomic
	btEmpty
	btStartMatch // \G
	btCond       // (?(group)yes|no), (?(expression)yes|no)
)

type btNode struct {
	kind     btKind
	r        rune
	fold     bool
	class    *btClassSet
	multi    bool // ^ $ in multiline mode; . in singleline mode
	cap      int  // group number; -1 non-capturing
	name     string
	subs     []*btNode
	min, max int // repeat; max -1 = unbounded
	lazy     bool
	behind   bool
	negate   bool
	// balName is the group a balancing group (?<name-other>…) pops,
	// as written; bal is its number once resolved.
	balName string
	bal     int
}

type btClassSet struct {
	ranges []rune // pairs
	fns    []func(rune) bool
	negate bool
	minus  *btClassSet
	fold   bool
}

func (c *btClassSet) has(r rune) bool {
	in := c.hasRaw(r)
	if !in && c.fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if c.hasRaw(f) {
				in = true
				break
			}
		}
	}
	if in && c.minus != nil && c.minus.has(r) {
		in = false
	}
	return in != c.negate
}

func (c *btClassSet) hasRaw(r rune) bool {
	for i := 0; i < len(c.ranges); i += 2 {
		if c.ranges[i] <= r && r <= c.ranges[i+1] {
			return true
		}
	}
	for _, f := range c.fns {
		if f(r) {
			return true
		}
	}
	return false
}

type btFlags struct{ i, m, s, x, n bool }

type btParser struct {
	src    []rune
	pos    int
	groups []*btNode // capturing groups in order of their opening parenthesis
	// balancing: the pattern has a balancing group, whose pops only
	// the capture history can show.
	balancing bool
}

type btSyntaxError string

func (e btSyntaxError) Error() string { return string(e) }

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Pc, r)
}

// parseBT parses a .NET pattern into a tree and numbers its groups the
// .NET way (unnamed groups first, then named ones).
func parseBT(pattern string, opts RegexOptions) (*btNode, []string, error) {
	p := &btParser{src: []rune(pattern)}
	fl := btFlags{i: opts&IgnoreCase != 0, m: opts&Multiline != 0, s: opts&Singleline != 0, x: opts&IgnorePatternWhitespace != 0, n: opts&ExplicitCapture != 0}
	n, err := p.alt(&fl)
	if err != nil {
		return nil, nil, err
	}
	if p.pos < len(p.src) {
		return nil, nil, btSyntaxError("Too many )'s.")
	}
	// Number the groups as .NET's parser does: unnamed groups 1, 2, …;
	// (?<5>…) is 5; then each name, in order of appearance, takes the
	// lowest number after the unnamed ones that is still free.
	used := map[int]bool{0: true}
	num := 1
	for _, g := range p.groups {
		if g.name == "" {
			g.cap = num
			used[num] = true
			num++
		} else if k, err := strconv.Atoi(g.name); err == nil {
			g.cap = k
			used[k] = true
		}
	}
	byName := map[string]int{}
	named := map[int]string{}
	for _, g := range p.groups {
		if g.name == "" {
			continue
		}
		if _, err := strconv.Atoi(g.name); err == nil {
			continue
		}
		if k, ok := byName[strings.ToLower(g.name)]; ok {
			g.cap = k
			continue
		}
		for used[num] {
			num++
		}
		g.cap = num
		used[num] = true
		byName[strings.ToLower(g.name)] = num
		named[num] = g.name
	}
	top := 0
	for k := range used {
		top = max(top, k)
	}
	names := make([]string, top+1)
	for k, name := range named {
		names[k] = name
	}
	if err := resolveBackrefs(n, byName, len(names)); err != nil {
		return nil, nil, err
	}
	return n, names, nil
}

func resolveBackrefs(n *btNode, byName map[string]int, ngroups int) error {
	if n.kind == btCond {
		resolveCondition(n, byName)
		if n.cap >= ngroups {
			return btSyntaxError(fmt.Sprintf("Reference to undefined group number %d.", n.cap))
		}
	}
	if n.balName != "" {
		if k, err := strconv.Atoi(n.balName); err == nil {
			if k >= ngroups {
				return btSyntaxError(fmt.Sprintf("Reference to undefined group number %d.", k))
			}
			n.bal = k
		} else if k, ok := byName[strings.ToLower(n.balName)]; ok {
			n.bal = k
		} else {
			return btSyntaxError(fmt.Sprintf("Reference to undefined group name %s.", n.balName))
		}
	}
	if n.kind == btBackref {
		if n.name != "" {
			if k, err := strconv.Atoi(n.name); err == nil {
				n.cap = k
			} else if k, ok := byName[strings.ToLower(n.name)]; ok {
				n.cap = k
			} else {
				return btSyntaxError(fmt.Sprintf("Reference to undefined group name %s.", n.name))
			}
		}
		if n.cap >= ngroups && n.name == "" && n.cap > 9 {
			octalEscape(n)
		} else if n.cap >= ngroups {
			return btSyntaxError(fmt.Sprintf("Reference to undefined group number %d.", n.cap))
		}
	}
	for _, s := range n.subs {
		if err := resolveBackrefs(s, byName, ngroups); err != nil {
			return err
		}
	}
	return nil
}

// validGroupName reports whether s may name a group: word characters
// only (a number is a name too).
func validGroupName(s string) bool {
	for _, r := range s {
		if !isWordRune(r) {
			return false
		}
	}
	return true
}

func (p *btParser) more() bool { return p.pos < len(p.src) }
func (p *btParser) peek() rune { return p.src[p.pos] }

func (p *btParser) alt(fl *btFlags) (*btNode, error) {
	var alts []*btNode
	for {
		c, err := p.concat(fl)
		if err != nil {
			return nil, err
		}
		alts = append(alts, c)
		if p.more() && p.peek() == '|' {
			p.pos++
			continue
		}
		break
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &btNode{kind: btAlt, subs: alts}, nil
}

func (p *btParser) concat(fl *btFlags) (*btNode, error) {
	var items []*btNode
	for p.more() {
		c := p.peek()
		if c == '|' || c == ')' {
			break
		}
		if fl.x && (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			p.pos++
			continue
		}
		if fl.x && c == '#' {
			for p.more() && p.peek() != '\n' {
				p.pos++
			}
			continue
		}
		atom, err := p.atom(fl)
		if err != nil {
			return nil, err
		}
		if atom == nil {
			continue
		}
		atom, err = p.quantifier(atom, fl)
		if err != nil {
			return nil, err
		}
		items = append(items, atom)
	}
	if len(items) == 1 {
		return items[0], nil
	}
	return &btNode{kind: btConcat, subs: items}, nil
}

func (p *btParser) quantifier(atom *btNode, fl *btFlags) (*btNode, error) {
	for p.more() {
		for fl.x && p.more() && unicode.IsSpace(p.peek()) {
			p.pos++
		}
		if !p.more() {
			break
		}
		min, max := -1, -1
		switch p.peek() {
		case '*':
			min, max = 0, -1
			p.pos++
		case '+':
			min, max = 1, -1
			p.pos++
		case '?':
			min, max = 0, 1
			p.pos++
		case '{':
			lo, hi, n, ok := p.braces()
			if !ok {
				return atom, nil
			}
			min, max = lo, hi
			p.pos += n
		default:
			return atom, nil
		}
		lazy := false
		if p.more() && p.peek() == '?' {
			lazy = true
			p.pos++
		}
		if p.more() && (p.peek() == '*' || p.peek() == '+' || p.peek() == '{' && func() bool { _, _, _, ok := p.braces(); return ok }()) {
			return nil, btSyntaxError(fmt.Sprintf("Nested quantifier %c.", p.peek()))
		}
		atom = &btNode{kind: btRepeat, subs: []*btNode{atom}, min: min, max: max, lazy: lazy}
	}
	return atom, nil
}

// braces reads {n}, {n,} or {n,m} at pos; ok is false when it is a
// literal brace.
func (p *btParser) braces() (lo, hi, n int, ok bool) {
	s := string(p.src[p.pos:])
	end := strings.IndexByte(s, '}')
	if end < 0 {
		return 0, 0, 0, false
	}
	body := s[1:end]
	parts := strings.SplitN(body, ",", 2)
	a, err := strconv.Atoi(parts[0])
	if err != nil || parts[0] == "" {
		return 0, 0, 0, false
	}
	hi = a
	if len(parts) == 2 {
		if parts[1] == "" {
			hi = -1
		} else if hi, err = strconv.Atoi(parts[1]); err != nil {
			return 0, 0, 0, false
		}
	}
	return a, hi, len([]rune(s[:end+1])), true
}

func (p *btParser) atom(fl *btFlags) (*btNode, error) {
	c := p.peek()
	p.pos++
	switch c {
	case '.':
		return &btNode{kind: btAny, multi: fl.s}, nil
	case '^':
		return &btNode{kind: btBegin, multi: fl.m}, nil
	case '$':
		return &btNode{kind: btEnd, multi: fl.m}, nil
	case '[':
		cls, err := p.class(fl)
		if err != nil {
			return nil, err
		}
		return &btNode{kind: btClass, class: cls}, nil
	case '(':
		return p.group(fl)
	case '\\':
		return p.escape(fl)
	case '*', '+', '?':
		return nil, btSyntaxError("Quantifier {x,y} following nothing.")
	}
	return &btNode{kind: btLit, r: c, fold: fl.i}, nil
}

func (p *btParser) group(fl *btFlags) (*btNode, error) {
	inner := *fl
	node := &btNode{kind: btGroup, cap: -1}
	if p.more() && p.peek() == '?' {
		p.pos++
		if !p.more() {
			return nil, btSyntaxError("Unrecognized grouping construct.")
		}
		switch c := p.peek(); {
		case c == ':':
			p.pos++
		case c == '=' || c == '!':
			p.pos++
			node = &btNode{kind: btLook, negate: c == '!'}
		case c == '>':
			p.pos++
			node = &btNode{kind: btAtomic}
		case c == '(':
			return p.conditional(&inner)
		case c == '#':
			for p.more() && p.peek() != ')' {
				p.pos++
			}
			if !p.more() {
				return nil, btSyntaxError("Unterminated (?#...) comment.")
			}
			p.pos++
			return nil, nil
		case c == '<' && p.pos+1 < len(p.src) && (p.src[p.pos+1] == '=' || p.src[p.pos+1] == '!'):
			node = &btNode{kind: btLook, behind: true, negate: p.src[p.pos+1] == '!'}
			p.pos += 2
		case c == '<' || c == '\'':
			end := '>'
			if c == '\'' {
				end = '\''
			}
			j := p.pos + 1
			for j < len(p.src) && p.src[j] != end {
				j++
			}
			if j >= len(p.src) {
				return nil, btSyntaxError("Invalid group name: Group names must begin with a word character.")
			}
			name := string(p.src[p.pos+1 : j])
			name, balance, isBalance := strings.Cut(name, "-")
			if (name == "" && !isBalance) || !validGroupName(name) || (isBalance && (balance == "" || !validGroupName(balance))) {
				return nil, btSyntaxError("Invalid group name: Group names must begin with a word character.")
			}
			p.pos = j + 1
			node = &btNode{kind: btGroup, name: name, cap: -1}
			if isBalance {
				// (?<name-other>…) pops other's last capture; resolved
				// to a group number once every group is known.
				node.balName = balance
				p.balancing = true
			}
			if name != "" {
				node.cap = 0 // numbered later
				p.groups = append(p.groups, node)
			}
		default:
			// Inline options: (?imnsx-imnsx) or (?imnsx-imnsx:...).
			on := true
			for p.more() && strings.ContainsRune("imnsx-", p.peek()) {
				switch p.peek() {
				case '-':
					on = false
				case 'i':
					inner.i = on
				case 'm':
					inner.m = on
				case 's':
					inner.s = on
				case 'x':
					inner.x = on
				case 'n':
					inner.n = on
				}
				p.pos++
			}
			if !p.more() {
				return nil, btSyntaxError("Unrecognized grouping construct.")
			}
			if p.peek() == ')' {
				p.pos++
				*fl = inner // applies to the rest of the enclosing group
				return nil, nil
			}
			if p.peek() != ':' {
				return nil, btSyntaxError("Unrecognized grouping construct.")
			}
			p.pos++
		}
	} else if !fl.n {
		node.cap = 0 // numbered later
		p.groups = append(p.groups, node)
	}
	body, err := p.alt(&inner)
	if err != nil {
		return nil, err
	}
	if !p.more() || p.peek() != ')' {
		return nil, btSyntaxError("Not enough )'s.")
	}
	p.pos++
	node.subs = []*btNode{body}
	return node, nil
}

// classEscape returns the predicate of \d \w \s and their negations.
func classEscape(c rune) (func(rune) bool, bool) {
	switch c {
	case 'd':
		return unicode.IsDigit, true
	case 'D':
		return func(r rune) bool { return !unicode.IsDigit(r) }, true
	case 'w':
		return isWordRune, true
	case 'W':
		return func(r rune) bool { return !isWordRune(r) }, true
	case 's':
		return unicode.IsSpace, true
	case 'S':
		return func(r rune) bool { return !unicode.IsSpace(r) }, true
	}
	return nil, false
}

// charEscape reads the character an escape stands for (after the
// backslash and the letter c).
func (p *btParser) charEscape(c rune) (rune, error) {
	switch c {
	case 'n':
		return '\n', nil
	case 't':
		return '\t', nil
	case 'r':
		return '\r', nil
	case 'f':
		return '\f', nil
	case 'v':
		return '\v', nil
	case 'a':
		return 7, nil
	case 'e':
		return 0x1B, nil
	case '0':
		v := 0
		for k := 0; k < 2 && p.more() && p.peek() >= '0' && p.peek() <= '7'; k++ {
			v = v*8 + int(p.peek()-'0')
			p.pos++
		}
		return rune(v), nil
	case 'x', 'u':
		n := 2
		if c == 'u' {
			n = 4
		}
		if p.pos+n > len(p.src) {
			return 0, btSyntaxError("Insufficient hexadecimal digits.")
		}
		v, err := strconv.ParseUint(string(p.src[p.pos:p.pos+n]), 16, 32)
		if err != nil {
			return 0, btSyntaxError("Insufficient hexadecimal digits.")
		}
		p.pos += n
		return rune(v), nil
	case 'c':
		if !p.more() {
			return 0, btSyntaxError("Missing control character.")
		}
		r := p.peek()
		p.pos++
		return r & 0x1F, nil
	}
	if unicode.IsLetter(c) || unicode.IsDigit(c) {
		return 0, btSyntaxError(fmt.Sprintf("Unrecognized escape sequence \\%c.", c))
	}
	return c, nil
}

// category reads \p{Name} / \P{Name}.
func (p *btParser) category(neg bool) (func(rune) bool, error) {
	if !p.more() || p.peek() != '{' {
		return nil, btSyntaxError("Incomplete \\p{X} character escape.")
	}
	j := p.pos
	for j < len(p.src) && p.src[j] != '}' {
		j++
	}
	if j >= len(p.src) {
		return nil, btSyntaxError("Incomplete \\p{X} character escape.")
	}
	name := string(p.src[p.pos+1 : j])
	p.pos = j + 1
	// .NET knows the general categories and its named blocks (IsGreek
	// is the block U+0370-U+03FF, not the Greek script).
	if lo, hi, ok := namedBlock(name); ok {
		return func(r rune) bool { return (lo <= r && r <= hi) != neg }, nil
	}
	tab, ok := unicode.Categories[name]
	if !ok || !netCategory(name) {
		return nil, btSyntaxError(fmt.Sprintf("Unknown property '%s'.", name))
	}
	return func(r rune) bool { return unicode.Is(tab, r) != neg }, nil
}

func (p *btParser) escape(fl *btFlags) (*btNode, error) {
	if !p.more() {
		return nil, btSyntaxError("Illegal \\ at end of pattern.")
	}
	c := p.peek()
	p.pos++
	if f, ok := classEscape(c); ok {
		return &btNode{kind: btClass, class: &btClassSet{fns: []func(rune) bool{f}}}, nil
	}
	switch c {
	case 'b':
		return &btNode{kind: btWordB}, nil
	case 'B':
		return &btNode{kind: btNotWordB}, nil
	case 'A':
		return &btNode{kind: btStartText}, nil
	case 'z':
		return &btNode{kind: btEndText}, nil
	case 'Z':
		return &btNode{kind: btEndTextNL}, nil
	case 'G':
		return &btNode{kind: btStartMatch}, nil
	case 'p', 'P':
		f, err := p.category(c == 'P')
		if err != nil {
			return nil, err
		}
		return &btNode{kind: btClass, class: &btClassSet{fns: []func(rune) bool{f}}}, nil
	case 'k':
		if !p.more() || (p.peek() != '<' && p.peek() != '\'') {
			return nil, btSyntaxError("Malformed \\k<...> named back reference.")
		}
		end := '>'
		if p.peek() == '\'' {
			end = '\''
		}
		j := p.pos + 1
		for j < len(p.src) && p.src[j] != end {
			j++
		}
		if j >= len(p.src) {
			return nil, btSyntaxError("Malformed \\k<...> named back reference.")
		}
		name := string(p.src[p.pos+1 : j])
		p.pos = j + 1
		return &btNode{kind: btBackref, name: name, fold: fl.i}, nil
	}
	if c >= '1' && c <= '9' {
		v := int(c - '0')
		for p.more() && p.peek() >= '0' && p.peek() <= '9' {
			v = v*10 + int(p.peek()-'0')
			p.pos++
		}
		return &btNode{kind: btBackref, cap: v, fold: fl.i}, nil
	}
	r, err := p.charEscape(c)
	if err != nil {
		return nil, err
	}
	return &btNode{kind: btLit, r: r, fold: fl.i}, nil
}

// class parses a character class after its '['.
func (p *btParser) class(fl *btFlags) (*btClassSet, error) {
	cls := &btClassSet{fold: fl.i}
	if p.more() && p.peek() == '^' {
		cls.negate = true
		p.pos++
	}
	first := true
	for {
		if !p.more() {
			return nil, btSyntaxError("Unterminated [] set.")
		}
		c := p.peek()
		if c == ']' && !first {
			p.pos++
			return cls, nil
		}
		first = false
		if c == '-' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '[' {
			p.pos += 2
			sub, err := p.class(fl)
			if err != nil {
				return nil, err
			}
			cls.minus = sub
			if !p.more() || p.peek() != ']' {
				return nil, btSyntaxError("A subtraction must be the last element in a character class.")
			}
			p.pos++
			return cls, nil
		}
		p.pos++
		lo := c
		if c == '\\' {
			if !p.more() {
				return nil, btSyntaxError("Illegal \\ at end of pattern.")
			}
			e := p.peek()
			p.pos++
			if f, ok := classEscape(e); ok {
				cls.fns = append(cls.fns, f)
				continue
			}
			if e == 'p' || e == 'P' {
				f, err := p.category(e == 'P')
				if err != nil {
					return nil, err
				}
				cls.fns = append(cls.fns, f)
				continue
			}
			if e == 'b' {
				lo = '\b'
			} else {
				r, err := p.charEscape(e)
				if err != nil {
					return nil, err
				}
				lo = r
			}
		}
		hi := lo
		if p.pos+1 < len(p.src) && p.peek() == '-' && p.src[p.pos+1] != ']' && p.src[p.pos+1] != '[' {
			p.pos++
			h := p.peek()
			p.pos++
			if h == '\\' {
				if !p.more() {
					return nil, btSyntaxError("Illegal \\ at end of pattern.")
				}
				e := p.peek()
				p.pos++
				r, err := p.charEscape(e)
				if err != nil {
					return nil, err
				}
				h = r
			}
			if h < lo {
				return nil, btSyntaxError("[x-y] range in reverse order.")
			}
			hi = h
		}
		cls.ranges = append(cls.ranges, lo, hi)
	}
}
