package ops

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"cspsh/pipeline/object"
)

// .NET regular expressions run on Go's RE2 engine. Translate rewrites
// the .NET syntax RE2 spells differently ((?<name>…), \e, \uXXXX, …);
// constructs RE2 cannot run (look-around, back-references, atomic
// groups) are reported as invalid patterns rather than silently
// mismatching.

// RegexOptions are the System.Text.RegularExpressions.RegexOptions flags
// the operators and [regex] use.
type RegexOptions int

// RegexOptions values, numbered as in .NET.
const (
	IgnoreCase              RegexOptions = 1
	Multiline               RegexOptions = 2
	ExplicitCapture         RegexOptions = 4
	Singleline              RegexOptions = 16
	IgnorePatternWhitespace RegexOptions = 32
	RightToLeft             RegexOptions = 64
)

type regexKey struct {
	pat  string
	opts RegexOptions
}

// regexCache keeps compiled patterns. Scripts that build patterns in a
// loop would grow it without bound, so it starts over past a limit. Its
// map is made by the first store, not by package init code.
var regexCache struct {
	sync.RWMutex
	m map[regexKey]Matcher
}

const regexCacheLimit = 2048

// Regex compiles a .NET pattern with options, caching the result
// (scripts use the same few patterns in loops). Patterns RE2 can run go
// to package regexp; look-around, back-references and the other
// backtracking constructs go to the backtracking engine.
func Regex(pattern string, opts RegexOptions) (Matcher, error) {
	key := regexKey{pattern, opts}
	regexCache.RLock()
	re, ok := regexCache.m[key]
	regexCache.RUnlock()
	if ok {
		return re, nil
	}
	m, err := compileMatcher(pattern, opts)
	if err != nil {
		return nil, err
	}
	regexCache.Lock()
	if regexCache.m == nil || len(regexCache.m) >= regexCacheLimit {
		regexCache.m = map[regexKey]Matcher{}
	}
	regexCache.m[key] = m
	regexCache.Unlock()
	return m, nil
}

// compileMatcher picks the engine for a pattern and compiles it.
func compileMatcher(pattern string, opts RegexOptions) (Matcher, error) {
	if opts&RightToLeft != 0 {
		// Only the backtracking engine can run a pattern backwards.
		bt, err := compileBT(pattern, opts)
		if err != nil {
			return nil, invalidRegex(pattern, err)
		}
		return bt, nil
	}
	var m Matcher
	src, dollar, err := translate(pattern, opts)
	if err == nil && repeatsCapture(pattern, opts) {
		// A repeated group's every capture is visible (Group.Captures):
		// only the backtracking engine records them.
		if bt, berr := compileBT(pattern, opts); berr == nil {
			m = bt
		}
	}
	if err == nil && m == nil && canMatchEmpty(src) {
		if bt, berr := compileBT(pattern, opts); berr == nil {
			m = bt
		}
	}
	if err == nil && m == nil {
		var re *regexp.Regexp
		if re, err = regexp.Compile(src); err == nil {
			m = re
			if dollar {
				m = &dollarMatcher{Regexp: re, pattern: pattern, opts: opts}
			}
		}
	}
	if m == nil {
		// Either RE2 cannot run it or it is not valid .NET syntax; the
		// .NET-syntax parser tells which, with .NET's reason.
		bt, berr := compileBT(pattern, opts)
		if berr != nil {
			return nil, invalidRegex(pattern, berr)
		}
		m = bt
	}
	return m, nil
}

// dollarMatcher runs RE2 except on input ending in a newline, where
// .NET's "$" (end, or before a final newline) differs from RE2's; there
// the backtracking engine, which implements .NET's "$", takes over.
type dollarMatcher struct {
	*regexp.Regexp
	pattern string
	opts    RegexOptions
	once    sync.Once
	bt      *btRegexp
}

func (d *dollarMatcher) pick(s string) Matcher {
	if !strings.HasSuffix(s, "\n") {
		return d.Regexp
	}
	d.once.Do(func() { d.bt, _ = compileBT(d.pattern, d.opts) })
	if d.bt == nil {
		return d.Regexp
	}
	return d.bt
}

func (d *dollarMatcher) MatchString(s string) bool { return d.pick(s).MatchString(s) }

func (d *dollarMatcher) FindStringSubmatchIndex(s string) []int {
	return d.pick(s).FindStringSubmatchIndex(s)
}

func (d *dollarMatcher) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return d.pick(s).FindAllStringSubmatchIndex(s, n)
}

// SubexpNames keeps .NET's numbering whichever engine ran.
func (d *dollarMatcher) SubexpNames() []string {
	if d.bt != nil {
		return d.bt.SubexpNames()
	}
	return d.Regexp.SubexpNames()
}

// invalidRegex is the ArgumentException the Regex constructor raises for
// a bad pattern, which surfaces as it is (OperationStopped).
func invalidRegex(pattern string, cause error) error {
	ex := object.NewException("System.ArgumentException", "parsing \"%s\" - %s", pattern, errText(cause))
	return object.NewError(ex, "System.ArgumentException", "OperationStopped", nil)
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

type regexUnsupported string

func (e regexUnsupported) Error() string { return string(e) + " is not supported" }

// Translate rewrites a .NET regular expression into RE2 syntax.
func Translate(p string, opts RegexOptions) (string, error) {
	src, _, err := translate(p, opts)
	return src, err
}

// Character classes with .NET's Unicode meaning (RE2's \w, \d and \s
// are ASCII-only).
const (
	wordClass  = `\p{L}\p{Mn}\p{Nd}\p{Pc}`
	spaceClass = `\s\x{85}\p{Z}\v`
)

// translate also reports a "$" outside multiline mode: .NET's "$" also
// matches before a final newline, which RE2's does not.
func translate(p string, opts RegexOptions) (string, bool, error) {
	dollar := false
	var b strings.Builder
	flags := ""
	if opts&IgnoreCase != 0 {
		flags += "i"
	}
	if opts&Multiline != 0 {
		flags += "m"
	}
	if opts&Singleline != 0 {
		flags += "s"
	}
	if flags != "" {
		b.WriteString("(?" + flags + ")")
	}
	explicit := opts&ExplicitCapture != 0
	extended := opts&IgnorePatternWhitespace != 0
	inClass := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\' && i+1 < len(p):
			i++
			e := p[i]
			switch e {
			case 'e':
				b.WriteString(`\x1B`)
			case 'w':
				if inClass {
					b.WriteString(wordClass)
				} else {
					b.WriteString("[" + wordClass + "]")
				}
			case 's':
				if inClass {
					b.WriteString(spaceClass)
				} else {
					b.WriteString("[" + spaceClass + "]")
				}
			case 'W', 'S':
				if inClass {
					return "", false, regexUnsupported("negated class escape inside a set")
				}
				if e == 'W' {
					b.WriteString("[^" + wordClass + "]")
				} else {
					b.WriteString("[^" + spaceClass + "]")
				}
			case 'p', 'P':
				// RE2 also knows scripts (\p{Greek}), which .NET does
				// not; .NET's named blocks (\p{IsGreek}) RE2 does not.
				// Only the general categories mean the same in both.
				end := strings.IndexByte(p[i:], '}')
				if i+1 >= len(p) || p[i+1] != '{' || end < 0 {
					return "", false, regexUnsupported(`\p`)
				}
				if !netCategory(p[i+2 : i+end]) {
					return "", false, regexUnsupported(`\p`)
				}
				b.WriteString(p[i-1 : i+end+1])
				i += end
			case 'd':
				b.WriteString(`\p{Nd}`)
			case 'D':
				b.WriteString(`\P{Nd}`)
			case 'u':
				if i+4 < len(p) {
					if _, err := strconv.ParseUint(p[i+1:i+5], 16, 16); err == nil {
						b.WriteString(`\x{` + p[i+1:i+5] + `}`)
						i += 4
						continue
					}
				}
				return "", false, regexUnsupported(`\u`)
			case 'c':
				if i+1 < len(p) {
					i++
					b.WriteString(`\x` + strconv.FormatInt(int64(p[i]&0x1F), 16))
					continue
				}
			case 'Z':
				// \Z also matches before a final newline, which RE2's
				// \z cannot say: the backtracking engine runs it.
				return "", false, regexUnsupported(`\Z`)
			case 'G':
				return "", false, regexUnsupported(`\G`)
			case 'k':
				return "", false, regexUnsupported("back-reference")
			case '0':
				// \0 takes up to two more octal digits: \040 is a space.
				v := 0
				for k := 0; k < 2 && i+1 < len(p) && p[i+1] >= '0' && p[i+1] <= '7'; k++ {
					i++
					v = v*8 + int(p[i]-'0')
				}
				b.WriteString(`\x{` + strconv.FormatInt(int64(v), 16) + `}`)
			case '1', '2', '3', '4', '5', '6', '7', '8', '9':
				if inClass {
					b.WriteByte('\\')
					b.WriteByte(e)
					continue
				}
				return "", false, regexUnsupported("back-reference")
			default:
				b.WriteByte('\\')
				b.WriteByte(e)
			}
		case inClass:
			if c == ']' {
				inClass = false
			} else if c == '[' {
				if strings.HasPrefix(p[i:], "[:") {
					b.WriteString(`\[`)
					continue
				}
			} else if c == '-' && i+1 < len(p) && p[i+1] == '[' {
				return "", false, regexUnsupported("character class subtraction")
			}
			b.WriteByte(c)
		case c == '[':
			inClass = true
			b.WriteByte(c)
			// A ']' right after '[' or '[^' is a literal in both engines.
			if i+1 < len(p) && p[i+1] == '^' {
				b.WriteByte('^')
				i++
			}
			if i+1 < len(p) && p[i+1] == ']' {
				b.WriteString(`\]`)
				i++
			}
		case c == '(' && i+1 < len(p) && p[i+1] == '?':
			rest := p[i+2:]
			switch {
			case strings.HasPrefix(rest, "<=") || strings.HasPrefix(rest, "<!") ||
				strings.HasPrefix(rest, "=") || strings.HasPrefix(rest, "!"):
				return "", false, regexUnsupported("look-around")
			case strings.HasPrefix(rest, ">"):
				return "", false, regexUnsupported("atomic group")
			case strings.HasPrefix(rest, "<") || strings.HasPrefix(rest, "'"):
				end := byte('>')
				if rest[0] == '\'' {
					end = '\''
				}
				j := strings.IndexByte(rest[1:], end)
				if j < 0 {
					return "", false, regexUnsupported("unterminated group name")
				}
				name := rest[1 : 1+j]
				if strings.ContainsAny(name, "-") {
					return "", false, regexUnsupported("balancing group")
				}
				if _, err := strconv.Atoi(name); err == nil {
					// (?<2>…) is group number 2 wherever it stands;
					// the backtracking engine numbers it so.
					return "", false, regexUnsupported("numbered group")
				}
				b.WriteString("(?P<" + name + ">")
				i += 2 + 1 + j
			case strings.HasPrefix(rest, "#"):
				j := strings.IndexByte(rest, ')')
				if j < 0 {
					return "", false, regexUnsupported("unterminated comment")
				}
				i += 2 + j
			default:
				// Inline options (?imnsx-imnsx) or (?imnsx:…): RE2 knows i, m, s.
				j := 0
				for j < len(rest) && strings.IndexByte("imnsx-", rest[j]) >= 0 {
					j++
				}
				if j < len(rest) && (rest[j] == ')' || rest[j] == ':') {
					if on, _, _ := strings.Cut(rest[:j], "-"); strings.ContainsAny(on, "xn") {
						// Inline pattern-whitespace or explicit-capture mode
						// changes how the rest parses: the .NET parser does it.
						return "", false, regexUnsupported("inline option")
					}
					fl := strings.NewReplacer("n", "", "x", "").Replace(rest[:j])
					fl = strings.TrimSuffix(fl, "-")
					if fl == "" && rest[j] == ')' {
						i += 2 + j
						continue
					}
					if fl == "" {
						b.WriteString("(?:")
					} else {
						b.WriteString("(?" + fl + string(rest[j]))
					}
					i += 2 + j
					continue
				}
				b.WriteString("(?")
				i++
			}
		case c == '(' && explicit:
			b.WriteString("(?:")
		case extended && (c == ' ' || c == '\t' || c == '\n' || c == '\r'):
		case extended && c == '#':
			for i < len(p) && p[i] != '\n' {
				i++
			}
		case (c == '+' || c == '*' || c == '?' || c == '}') && i+1 < len(p) && p[i+1] == '+':
			return "", false, regexUnsupported("possessive quantifier")
		case c == '$':
			dollar = dollar || opts&Multiline == 0
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), dollar, nil
}

// OptionsFromString parses RegexOptions names ("IgnoreCase, Multiline")
// as PowerShell converts a string to the enum.
func OptionsFromString(s string) RegexOptions {
	var o RegexOptions
	for _, part := range strings.Split(s, ",") {
		switch strings.ToLower(strings.TrimSpace(part)) {
		case "ignorecase":
			o |= IgnoreCase
		case "multiline":
			o |= Multiline
		case "explicitcapture":
			o |= ExplicitCapture
		case "singleline":
			o |= Singleline
		case "ignorepatternwhitespace":
			o |= IgnorePatternWhitespace
		case "righttoleft":
			o |= RightToLeft
		}
	}
	return o
}

// netCategory reports whether name is a Unicode general category .NET
// knows in \p{}: Go's table also has LC, which .NET does not.
func netCategory(name string) bool {
	_, ok := unicode.Categories[name]
	return ok && name != "LC"
}
