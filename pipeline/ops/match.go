package ops

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Type names of the objects System.Text.RegularExpressions returns.
const (
	MatchType           = "System.Text.RegularExpressions.Match"
	GroupType           = "System.Text.RegularExpressions.Group"
	GroupCollectionType = "System.Text.RegularExpressions.GroupCollection"
	MatchCollectionType = "System.Text.RegularExpressions.MatchCollection"
)

// patternOf reads the right operand of -match/-replace/-split: a string
// pattern, or a [regex] object whose own pattern and options win.
func patternOf(y any, cs bool) (Matcher, error) {
	opts := IgnoreCase
	if cs {
		opts = 0
	}
	if pat, ro, ok := dotnet.RegexPattern(y); ok {
		return Regex(pat, RegexOptions(ro))
	}
	return Regex(stringOperand(y), opts)
}

// matchOp builds -match/-notmatch and -cmatch/-cnotmatch.
func matchOp(cs, negate bool) Func {
	return func(x, y any, env Env) (any, error) {
		re, err := patternOf(y, cs)
		if err != nil {
			return nil, err
		}
		if items, ok := object.Elements(x); ok {
			// A collection filters; $Matches is left alone.
			out := make([]any, 0)
			for _, e := range items {
				if re.MatchString(likeString(e)) != negate {
					out = append(out, e)
				}
			}
			return out, nil
		}
		s := likeString(x)
		loc := re.FindStringSubmatchIndex(s)
		if loc == nil {
			return negate, nil
		}
		if env != nil {
			env.SetMatches(MatchesTable(re, s, loc))
		}
		return !negate, nil
	}
}

// MatchesTable builds $Matches: group numbers (Int32 keys) and names
// (string keys) of the groups that took part in the match. 5.1 adds them
// in Regex.GetGroupNames order (the numbers, then the names) to a
// Hashtable with StringComparer.CurrentCultureIgnoreCase, which displays
// them in its bucket order (about_Regular_Expressions: domain, user, 0;
// D, N, 0; 2, 1, 0). For a name the order model cannot hash, the table
// keeps the order that matches those pages: names alphabetically, then
// numbers from the highest down to 0.
func MatchesTable(re Matcher, s string, loc []int) *object.Hashtable {
	names := re.SubexpNames()
	order := groupOrder(re)
	h := object.NewHashtable(false)
	for n, g := range order {
		if loc[2*g] < 0 {
			continue
		}
		var key any = int32(n)
		if names[g] != "" {
			key = names[g]
		}
		h.Set(key, s[loc[2*g]:loc[2*g+1]])
	}
	if h.Len() < 2 || h.HashOrdered() {
		return h
	}
	h = object.NewHashtable(false)
	h.InsertionOrder = true
	var named []int
	for _, g := range order {
		if names[g] != "" && loc[2*g] >= 0 {
			named = append(named, g)
		}
	}
	sort.SliceStable(named, func(a, b int) bool {
		return strings.ToLower(names[named[a]]) < strings.ToLower(names[named[b]])
	})
	for _, g := range named {
		h.Set(names[g], s[loc[2*g]:loc[2*g+1]])
	}
	for n := len(order) - 1; n >= 0; n-- {
		g := order[n]
		if names[g] == "" && loc[2*g] >= 0 {
			h.Set(int32(n), s[loc[2*g]:loc[2*g+1]])
		}
	}
	return h
}

// groupOrder lists RE2 group indexes in .NET numbering order: the whole
// match, the unnamed groups left to right, then the named ones (.NET
// numbers named groups after all unnamed ones).
func groupOrder(re Matcher) []int {
	names := re.SubexpNames()
	if _, ok := re.(*btRegexp); ok {
		// The backtracking engine numbers its groups as .NET does.
		order := make([]int, len(names))
		for i := range order {
			order[i] = i
		}
		return order
	}
	order := make([]int, 0, len(names))
	order = append(order, 0)
	for g := 1; g < len(names); g++ {
		if names[g] == "" {
			order = append(order, g)
		}
	}
	for g := 1; g < len(names); g++ {
		if names[g] != "" {
			order = append(order, g)
		}
	}
	return order
}

// NewMatch builds a System.Text.RegularExpressions.Match object for the
// match at loc (as FindStringSubmatchIndex returns it), with .Value,
// .Index, .Length, .Success, .Groups and .Captures; Index and Length
// count UTF-16 code units as .NET does.
func NewMatch(re Matcher, s string, loc []int) *object.PSObject {
	names := re.SubexpNames()
	order := groupOrder(re)
	var hist [][][2]int
	if bt, ok := re.(*btRegexp); ok && bt.repCap {
		hist, _ = bt.captureHistory(s, loc)
	}
	groups := make([]any, len(order))
	for n, g := range order {
		name := names[g]
		if name == "" {
			name = strconv.Itoa(n)
		}
		grp := newGroup(GroupType, name, s, loc[2*g], loc[2*g+1], nil)
		if g < len(hist) && len(hist[g]) > 1 {
			grp.Member("Captures").Value = groupCaptures(s, hist[g])
		}
		groups[n] = grp
	}
	m := newGroup(MatchType, "0", s, loc[0], loc[1], groups)
	addMatchMethods(m, re, s, loc)
	return m
}

// FailedMatch is Match.Empty: what [regex]::Match returns without a match.
func FailedMatch() *object.PSObject {
	m := newGroup(MatchType, "0", "", -1, -1, []any{newGroup(GroupType, "0", "", -1, -1, nil)})
	addFailedMatchMethods(m)
	return m
}

func newGroup(typeName, name, s string, start, end int, groups []any) *object.PSObject {
	o := object.NewObject(typeName, "System.Text.RegularExpressions.Group", "System.Text.RegularExpressions.Capture", "System.Object")
	if typeName == GroupType {
		o.TypeNames = o.TypeNames[1:]
	}
	success := start >= 0
	value, index, length := "", int32(0), int32(0)
	if success {
		value = s[start:end]
		index = utf16Len(s[:start])
		length = utf16Len(value)
	}
	if groups != nil {
		o.Add(&object.Member{Name: "Groups", Kind: object.Property, Value: &object.List{TypeName: GroupCollectionType, Items: groups}, Type: GroupCollectionType})
	}
	o.Add(&object.Member{Name: "Success", Kind: object.Property, Value: success, Type: "bool"})
	o.Add(&object.Member{Name: "Name", Kind: object.Property, Value: name, Type: "string"})
	// A group's last capture is the group itself (.NET's
	// CaptureCollection), which is why Format-List shows Captures : {0}.
	captures := []any{}
	if success {
		captures = []any{o}
	}
	o.Add(&object.Member{Name: "Captures", Kind: object.Property, Value: captures, Type: "System.Text.RegularExpressions.CaptureCollection"})
	o.Add(&object.Member{Name: "Index", Kind: object.Property, Value: index, Type: "int"})
	o.Add(&object.Member{Name: "Length", Kind: object.Property, Value: length, Type: "int"})
	o.Add(&object.Member{Name: "Value", Kind: object.Property, Value: value, Type: "string"})
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return value, nil }})
	return o
}

// utf16Len counts UTF-16 code units, the unit of .NET string indexes.
func utf16Len(s string) int32 {
	n := int32(0)
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	if !utf8.ValidString(s) {
		return int32(len(s))
	}
	return n
}
