package dotnet

import (
	"strings"
	"time"
)

// ParseExact is DateTime.ParseExact(s, format, culture) for the en-US
// culture: s must match the standard ("d", "G", "s", "o", …) or custom
// ("yyyy-MM-dd HH:mm") format exactly. Fields the format leaves out take
// their defaults (today's date when only a time is given, as .NET does).
func ParseExact(s, format string) (time.Time, error) {
	if len(format) == 1 {
		p, ok := dateStandard(format[0])
		if !ok {
			return time.Time{}, dateError()
		}
		format = p
	}
	p := exactParser{s: s}
	year, month, day := -1, -1, -1
	hour, minute, sec, nanos := 0, 0, 0, 0
	ampm := ""
	offset := -1 << 31
	f := format
	for i := 0; i < len(f); {
		c := f[i]
		n := repeatCount(f, i)
		var ok bool
		switch c {
		case 'y':
			var v int
			if n <= 2 {
				v, ok = p.digits(n, 2)
				if v < 30 {
					v += 2000
				} else if v < 100 {
					v += 1900
				}
			} else {
				v, ok = p.digits(n, max(n, 4))
			}
			year = v
		case 'M':
			switch n {
			case 1, 2:
				month, ok = p.digits(n, 2)
			case 3:
				month, ok = p.name(monthAbbr)
			default:
				month, ok = p.name(monthNames)
			}
			if n >= 3 {
				month++
			}
		case 'd':
			switch n {
			case 1, 2:
				day, ok = p.digits(n, 2)
			case 3:
				_, ok = p.name(dayAbbr)
			default:
				_, ok = p.name(dayNames)
			}
		case 'H':
			hour, ok = p.digits(min(n, 2), 2)
		case 'h':
			hour, ok = p.digits(min(n, 2), 2)
			if hour == 12 {
				hour = 0
			}
		case 'm':
			minute, ok = p.digits(min(n, 2), 2)
		case 's':
			sec, ok = p.digits(min(n, 2), 2)
		case 'f', 'F':
			lo := n
			if c == 'F' {
				lo = 0
			}
			start := p.i
			_, ok = p.digits(lo, n)
			frac := s[start:p.i]
			if ok && frac != "" {
				frac += strings.Repeat("0", 9-len(frac))
				nanos = atoiSafe(frac)
			}
		case 't':
			var v int
			if n == 1 {
				v, ok = p.name([]string{"A", "P"})
			} else {
				v, ok = p.name([]string{"AM", "PM"})
			}
			ampm = []string{"a", "p"}[v]
		case 'z', 'K':
			if c == 'K' && p.i < len(s) && (s[p.i] == 'Z' || s[p.i] == 'z') {
				p.i++
				offset, ok = 0, true
				n = 1
				break
			}
			if c == 'K' && (p.i >= len(s) || (s[p.i] != '+' && s[p.i] != '-')) {
				ok, n = true, 1
				break
			}
			offset, ok = p.offset()
			if c == 'K' {
				n = 1
			}
		case '\'', '"':
			j := strings.IndexByte(f[i+1:], c)
			lit := f[i+1:]
			if j >= 0 {
				lit = f[i+1 : i+1+j]
			}
			ok = p.literal(lit)
			i += len(lit) + 2
			if !ok {
				return time.Time{}, dateError()
			}
			continue
		case '\\':
			if i+1 < len(f) {
				if !p.literal(f[i+1 : i+2]) {
					return time.Time{}, dateError()
				}
				i += 2
				continue
			}
			ok = false
		case '%':
			ok, n = true, 1
		default:
			ok = p.literal(string(c))
			n = 1
		}
		if !ok {
			return time.Time{}, dateError()
		}
		i += n
	}
	if p.i != len(s) {
		return time.Time{}, dateError()
	}
	if ampm == "p" {
		hour += 12
	}
	now := Now()
	if year < 0 && month < 0 && day < 0 {
		year, month, day = now.Year(), int(now.Month()), now.Day()
	}
	if year < 0 {
		year = now.Year()
	}
	if month < 0 {
		month = 1
	}
	if day < 0 {
		day = 1
	}
	if year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, time.Month(month)) || hour > 23 || minute > 59 || sec > 59 {
		return time.Time{}, dateError()
	}
	if offset != -1<<31 {
		return time.Date(year, time.Month(month), day, hour, minute, sec, nanos, time.FixedZone("", offset)).In(time.Local), nil
	}
	return Unspecified(time.Date(year, time.Month(month), day, hour, minute, sec, nanos, time.Local)), nil
}

func atoiSafe(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// exactParser walks the input of ParseExact.
type exactParser struct {
	s string
	i int
}

// digits reads between lo and hi digits.
func (p *exactParser) digits(lo, hi int) (int, bool) {
	start := p.i
	for p.i < len(p.s) && p.i-start < hi && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
		p.i++
	}
	if p.i-start < lo || (p.i == start && lo > 0) {
		return 0, false
	}
	return atoiSafe(p.s[start:p.i]), true
}

// name reads one of names (case-insensitive), longest first.
func (p *exactParser) name(names []string) (int, bool) {
	best, bestLen := -1, 0
	for k, n := range names {
		if len(n) > bestLen && len(p.s)-p.i >= len(n) && strings.EqualFold(p.s[p.i:p.i+len(n)], n) {
			best, bestLen = k, len(n)
		}
	}
	if best < 0 {
		return 0, false
	}
	p.i += bestLen
	return best, true
}

// literal matches text exactly (white space matches white space).
func (p *exactParser) literal(lit string) bool {
	if !strings.HasPrefix(p.s[p.i:], lit) {
		return false
	}
	p.i += len(lit)
	return true
}

// offset reads +hh, +hh:mm or +hhmm.
func (p *exactParser) offset() (int, bool) {
	if p.i >= len(p.s) || (p.s[p.i] != '+' && p.s[p.i] != '-') {
		return 0, false
	}
	sign := 1
	if p.s[p.i] == '-' {
		sign = -1
	}
	p.i++
	h, ok := p.digits(1, 2)
	if !ok {
		return 0, false
	}
	m := 0
	if p.i < len(p.s) && p.s[p.i] == ':' {
		p.i++
		if m, ok = p.digits(2, 2); !ok {
			return 0, false
		}
	} else if v, ok2 := p.digits(2, 2); ok2 {
		m = v
	}
	return sign * (h*3600 + m*60), true
}
