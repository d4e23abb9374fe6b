package dotnet

import (
	"strconv"
	"strings"
)

// splitSections splits a custom numeric format at unquoted ';'.
func splitSections(format string) []string {
	var out []string
	var b strings.Builder
	quote := byte(0)
	for i := 0; i < len(format); i++ {
		c := format[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\\' && i+1 < len(format):
			b.WriteByte(c)
			i++
			c = format[i]
		case c == '\'' || c == '"':
			quote = c
		case c == ';':
			out = append(out, b.String())
			b.Reset()
			continue
		}
		b.WriteByte(c)
	}
	return append(out, b.String())
}

// customSpec is what a custom numeric section asks for.
type customSpec struct {
	intPH, minInt int // digit placeholders before the point; digits forced by '0'
	decPH, minDec int // after the point; forced by '0'
	group         bool
	scale         int // number of thousands-scaling commas
	percent       int
	permille      int
	sci           bool
	expPlus       bool
	expDigits     int
	hasPoint      bool
}

// analyze reads the placeholders of one section.
func analyzeSection(sec string) customSpec {
	var s customSpec
	inFrac, inExp := false, false
	firstZero := -1
	lastZero := -1
	pendingCommas := 0
	for i := 0; i < len(sec); i++ {
		c := sec[i]
		switch c {
		case '\\':
			i++
		case '\'', '"':
			j := strings.IndexByte(sec[i+1:], c)
			if j < 0 {
				i = len(sec)
			} else {
				i += j + 1
			}
		case '0', '#':
			if inExp {
				continue
			}
			if pendingCommas > 0 && !inFrac && s.intPH > 0 {
				s.group = true
			}
			pendingCommas = 0
			if inFrac {
				s.decPH++
				if c == '0' {
					lastZero = s.decPH
				}
			} else {
				if c == '0' && firstZero < 0 {
					firstZero = s.intPH
				}
				s.intPH++
			}
		case '.':
			if !inFrac && !inExp {
				s.scale += pendingCommas
				pendingCommas = 0
				inFrac, s.hasPoint = true, true
			}
		case ',':
			if !inFrac && !inExp {
				pendingCommas++
			}
		case '%':
			s.percent++
		case 0xE2:
			if strings.HasPrefix(sec[i:], "‰") {
				s.permille++
				i += len("‰") - 1
			}
		case 'E', 'e':
			j := i + 1
			if j < len(sec) && (sec[j] == '+' || sec[j] == '-') {
				s.expPlus = sec[j] == '+'
				j++
			}
			k := j
			for k < len(sec) && sec[k] == '0' {
				k++
			}
			if k > j && !s.sci {
				s.sci, inExp = true, true
				s.expDigits = k - j
				if !inFrac {
					s.scale += pendingCommas
					pendingCommas = 0
				}
				i = k - 1
			}
		}
	}
	if !inFrac {
		s.scale += pendingCommas
	}
	if firstZero >= 0 {
		s.minInt = s.intPH - firstZero
	}
	if lastZero > 0 {
		s.minDec = lastZero
	}
	return s
}

// formatCustomNumber applies a .NET custom numeric format string.
func formatCustomNumber(n number, format string) string {
	sections := splitSections(format)
	sec := sections[0]
	useMinus := true
	if n.neg && len(sections) > 1 && sections[1] != "" {
		sec, useMinus = sections[1], false
	}
	spec := analyzeSection(sec)
	m := n
	m.neg = false
	if !m.isZero() {
		m.exp += 2*spec.percent + 3*spec.permille - 3*spec.scale
	}
	exponent := 0
	if spec.sci {
		intDigits := max(spec.intPH, 1)
		m.round(intDigits + spec.decPH)
		if !m.isZero() {
			exponent = m.exp - intDigits
			m.exp = intDigits
		}
	} else {
		m.roundDecimals(spec.decPH)
	}
	if m.isZero() && len(sections) > 2 && sections[2] != "" {
		sec = sections[2]
		spec = analyzeSection(sec)
		useMinus = false
	} else if m.isZero() {
		useMinus = false
	}
	intDigits := ""
	if m.exp > 0 {
		intDigits = m.intPart()
	}
	for len(intDigits) < spec.minInt {
		intDigits = "0" + intDigits
	}
	frac := m.fracPart(spec.decPH)
	for len(frac) > spec.minDec && strings.HasSuffix(frac, "0") {
		frac = frac[:len(frac)-1]
	}
	var b strings.Builder
	if n.neg && useMinus {
		b.WriteByte('-')
	}
	emitInt := func(idx int) {
		b.WriteByte(intDigits[idx])
		pos := len(intDigits) - 1 - idx
		if spec.group && pos > 0 && pos%3 == 0 {
			b.WriteByte(',')
		}
	}
	intSeen, decSeen := 0, 0
	inFrac, inExp := false, false
	for i := 0; i < len(sec); i++ {
		c := sec[i]
		switch c {
		case '\\':
			if i+1 < len(sec) {
				i++
				b.WriteByte(sec[i])
			}
		case '\'', '"':
			j := strings.IndexByte(sec[i+1:], c)
			if j < 0 {
				b.WriteString(sec[i+1:])
				i = len(sec)
			} else {
				b.WriteString(sec[i+1 : i+1+j])
				i += j + 1
			}
		case '0', '#':
			if inExp {
				continue
			}
			if inFrac {
				if decSeen < len(frac) {
					b.WriteByte(frac[decSeen])
				}
				decSeen++
				continue
			}
			lead := len(intDigits) - spec.intPH
			if intSeen == 0 {
				for k := 0; k < lead; k++ {
					emitInt(k)
				}
			}
			idx := lead + intSeen
			if idx >= 0 {
				emitInt(idx)
			}
			intSeen++
		case '.':
			if !inFrac && !inExp {
				inFrac = true
				if spec.intPH == 0 && intSeen == 0 && len(intDigits) > 0 {
					for k := 0; k < len(intDigits); k++ {
						emitInt(k)
					}
				}
				if len(frac) > 0 {
					b.WriteByte('.')
				}
			} else {
				b.WriteByte('.')
			}
		case ',':
			// grouping and scaling were handled by analyzeSection
		case '%':
			b.WriteByte('%')
		case 'E', 'e':
			if spec.sci && !inExp {
				j := i + 1
				sign := ""
				if j < len(sec) && (sec[j] == '+' || sec[j] == '-') {
					j++
				}
				k := j
				for k < len(sec) && sec[k] == '0' {
					k++
				}
				if k > j {
					inExp = true
					e := exponent
					if e < 0 {
						sign = "-"
						e = -e
					} else if spec.expPlus {
						sign = "+"
					}
					d := strconv.Itoa(e)
					for len(d) < spec.expDigits {
						d = "0" + d
					}
					b.WriteByte(c)
					b.WriteString(sign + d)
					i = k - 1
					continue
				}
			}
			b.WriteByte(c)
		default:
			if strings.HasPrefix(sec[i:], "‰") {
				b.WriteString("‰")
				i += len("‰") - 1
				continue
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}
