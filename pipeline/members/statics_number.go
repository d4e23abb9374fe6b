package members

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// setRef assigns a [ref] argument (TryParse's out parameter).
func setRef(ref any, v any) {
	if o, ok := ref.(*object.PSObject); ok {
		_ = Set(o, "Value", v)
	}
}

// Numeric types: MaxValue, MinValue, Parse, TryParse.

func numberStaticGet(full, lname string) (any, bool, error) {
	lim := map[string][2]any{
		"System.Byte":   {uint8(math.MaxUint8), uint8(0)},
		"System.SByte":  {int8(math.MaxInt8), int8(math.MinInt8)},
		"System.Int16":  {int16(math.MaxInt16), int16(math.MinInt16)},
		"System.UInt16": {uint16(math.MaxUint16), uint16(0)},
		"System.Int32":  {int32(math.MaxInt32), int32(math.MinInt32)},
		"System.UInt32": {uint32(math.MaxUint32), uint32(0)},
		"System.Int64":  {int64(math.MaxInt64), int64(math.MinInt64)},
		"System.UInt64": {uint64(math.MaxUint64), uint64(0)},
		"System.Single": {float32(math.MaxFloat32), float32(-math.MaxFloat32)},
		"System.Double": {math.MaxFloat64, -math.MaxFloat64},
	}
	switch lname {
	case "maxvalue", "minvalue":
		if full == "System.Decimal" {
			if lname == "maxvalue" {
				return dotnet.DecMaxValue(), true, nil
			}
			return dotnet.DecMinValue(), true, nil
		}
		l, ok := lim[full]
		if !ok {
			return nil, false, nil
		}
		if lname == "maxvalue" {
			return l[0], true, nil
		}
		return l[1], true, nil
	}
	switch full {
	case "System.Double", "System.Single":
		var f float64
		switch lname {
		case "nan":
			f = math.NaN()
		case "positiveinfinity":
			f = math.Inf(1)
		case "negativeinfinity":
			f = math.Inf(-1)
		case "epsilon":
			f = 4.94065645841247e-324
			if full == "System.Single" {
				return float32(1.401298e-45), true, nil
			}
		default:
			return nil, false, nil
		}
		if full == "System.Single" {
			return float32(f), true, nil
		}
		return f, true, nil
	case "System.Decimal":
		switch lname {
		case "zero":
			return dotnet.DecimalFromInt64(0), true, nil
		case "one":
			return dotnet.DecimalFromInt64(1), true, nil
		case "minusone":
			return dotnet.DecimalFromInt64(-1), true, nil
		}
	case "System.Numerics.BigInteger":
		switch lname {
		case "zero":
			return new(big.Int), true, nil
		case "one":
			return big.NewInt(1), true, nil
		case "minusone":
			return big.NewInt(-1), true, nil
		}
	}
	return nil, false, nil
}

// parseNumber is T.Parse(s): integer types take an optional sign and
// digits with surrounding white space (NumberStyles.Integer); floating
// and Decimal types take the Float | AllowThousands style.
func parseNumber(full string, v any) (any, error) {
	if v == nil {
		return nil, argNull("s")
	}
	s := strings.TrimSpace(argString(v))
	switch full {
	case "System.Double", "System.Single", "System.Decimal":
		clean := strings.ReplaceAll(s, ",", "")
		if full == "System.Decimal" {
			d, err := dotnet.ParseDecimal(clean)
			if err != nil {
				return nil, formatException("Input string was not in a correct format.")
			}
			return d, nil
		}
		f, err := dotnet.ParseDouble(clean)
		if err != nil {
			return nil, formatException("Input string was not in a correct format.")
		}
		if full == "System.Single" {
			return float32(f), nil
		}
		return f, nil
	case "System.Numerics.BigInteger":
		b, ok := new(big.Int).SetString(strings.TrimPrefix(s, "+"), 10)
		if !ok {
			return nil, formatException("The value could not be parsed.")
		}
		return b, nil
	}
	if s == "" || strings.ContainsAny(s, " \t.eE_") {
		return nil, formatException("Input string was not in a correct format.")
	}
	bits := map[string]int{"System.Byte": 8, "System.SByte": 8, "System.Int16": 16, "System.UInt16": 16, "System.Int32": 32, "System.UInt32": 32, "System.Int64": 64, "System.UInt64": 64}[full]
	unsigned := strings.HasPrefix(shortName(full), "U") || full == "System.Byte"
	overflow := func() error {
		return dotnetErr("System.OverflowException", "Value was either too large or too small for "+article(shortName(full))+" "+shortName(full)+".")
	}
	if unsigned {
		u, err := strconv.ParseUint(strings.TrimPrefix(s, "+"), 10, bits)
		if err != nil {
			if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange || strings.HasPrefix(s, "-") && allDigits(s[1:]) {
				return nil, overflow()
			}
			return nil, formatException("Input string was not in a correct format.")
		}
		return dotnet.Convert(u, full)
	}
	i, err := strconv.ParseInt(s, 10, bits)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return nil, overflow()
		}
		return nil, formatException("Input string was not in a correct format.")
	}
	return dotnet.Convert(i, full)
}

func article(name string) string {
	if strings.ContainsRune("AEIOU", rune(name[0])) {
		return "an"
	}
	return "a"
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func numberStaticCall(full, lname string, args []any) (any, bool, error) {
	switch lname {
	case "parse":
		if len(args) < 1 || len(args) > 3 {
			return nil, true, overload
		}
		if len(args) > 1 {
			if r, done, err := parseStyled(full, args[0], args[1]); done {
				return r, true, err
			}
		}
		r, err := parseNumber(full, args[0])
		return r, true, err
	case "tryparse":
		if len(args) < 2 {
			return nil, true, overload
		}
		var r any
		var err error
		done := false
		if len(args) == 4 {
			r, done, err = parseStyled(full, args[0], args[1])
		}
		if !done {
			r, err = parseNumber(full, args[0])
		}
		if err != nil {
			zero, _ := dotnet.Convert(int32(0), full)
			setRef(args[len(args)-1], zero)
			return false, true, nil
		}
		setRef(args[len(args)-1], r)
		return true, true, nil
	}
	if full == "System.Numerics.BigInteger" {
		if r, found, err := bigIntStaticCall(lname, args); found {
			return r, true, err
		}
	}
	if full == "System.Decimal" {
		if r, found, err := decimalArithmetic(lname, args); found {
			return r, true, err
		}
		switch lname {
		case "round", "floor", "ceiling", "truncate", "abs":
			// Decimal's own overloads take a Decimal: a double argument
			// converts first ([decimal]::Round(2.345, 2) is 2.34).
			if len(args) > 0 && args[0] != nil {
				if _, isDec := args[0].(object.Decimal); !isDec {
					d, err := dotnet.Convert(args[0], "System.Decimal")
					if err != nil {
						return nil, true, err
					}
					args = append([]any{d}, args[1:]...)
				}
			}
			r, found, err := mathCall(lname, args)
			return r, found, err
		}
	}
	return nil, false, nil
}

// Booleans.

func boolStaticGet(lname string) (any, bool, error) {
	switch lname {
	case "truestring":
		return "True", true, nil
	case "falsestring":
		return "False", true, nil
	}
	return nil, false, nil
}

func parseBool(v any) (bool, error) {
	if v == nil {
		return false, argNull("value")
	}
	s := argString(v)
	switch strings.ToLower(strings.Trim(s, " \t\r\n\x00")) {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, formatException("String '" + s + "' was not recognized as a valid Boolean.")
}

func boolStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "parse":
		if len(args) != 1 {
			return nil, true, overload
		}
		b, err := parseBool(args[0])
		if err != nil {
			return nil, true, err
		}
		return b, true, nil
	case "tryparse":
		if len(args) != 2 {
			return nil, true, overload
		}
		b, err := parseBool(args[0])
		setRef(args[1], b)
		return err == nil, true, nil
	}
	return nil, false, nil
}

// Characters.

func charStaticGet(lname string) (any, bool, error) {
	switch lname {
	case "maxvalue":
		return object.Char(0xFFFF), true, nil
	case "minvalue":
		return object.Char(0), true, nil
	}
	return nil, false, nil
}

// charArg reads (char) or (string, index) arguments of the Char.IsX family.
func charArg(args []any) (rune, error) {
	switch len(args) {
	case 1:
		return argChar(args[0])
	case 2:
		s := []rune(argString(args[0]))
		i, err := argInt(args[1])
		if err != nil {
			return 0, err
		}
		if i < 0 || i >= len(s) {
			return 0, argOutOfRange("index", "Index was out of range. Must be non-negative and less than the size of the collection.")
		}
		return s[i], nil
	}
	return 0, overload
}

func charStaticCall(lname string, args []any) (any, bool, error) {
	preds := map[string]func(rune) bool{
		"isdigit":         unicode.IsDigit,
		"isletter":        unicode.IsLetter,
		"isletterordigit": func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) },
		"isupper":         unicode.IsUpper,
		"islower":         unicode.IsLower,
		"iswhitespace":    unicode.IsSpace,
		"ispunctuation":   unicode.IsPunct,
		"isnumber":        unicode.IsNumber,
		"iscontrol":       unicode.IsControl,
		"issymbol":        unicode.IsSymbol,
		"isseparator":     func(r rune) bool { return unicode.Is(unicode.Z, r) },
		"issurrogate":     func(r rune) bool { return r >= 0xD800 && r <= 0xDFFF },
	}
	if p, ok := preds[lname]; ok {
		r, err := charArg(args)
		if err != nil {
			return nil, true, err
		}
		return p(r), true, nil
	}
	switch lname {
	case "toupper", "toupperinvariant", "tolower", "tolowerinvariant":
		if len(args) < 1 {
			return nil, true, overload
		}
		r, err := argChar(args[0])
		if err != nil {
			return nil, true, err
		}
		if strings.HasPrefix(lname, "toupper") {
			return object.Char(unicode.ToUpper(r)), true, nil
		}
		return object.Char(unicode.ToLower(r)), true, nil
	case "parse":
		if len(args) != 1 {
			return nil, true, overload
		}
		s := []rune(argString(args[0]))
		if len(s) != 1 {
			return nil, true, formatException("String must be exactly one character long.")
		}
		return object.Char(s[0]), true, nil
	case "getnumericvalue":
		r, err := charArg(args)
		if err != nil {
			return nil, true, err
		}
		if r >= '0' && r <= '9' {
			return float64(r - '0'), true, nil
		}
		return -1.0, true, nil
	case "tostring":
		if len(args) != 1 {
			return nil, true, overload
		}
		r, err := argChar(args[0])
		return string(r), true, err
	case "convertfromutf32":
		if len(args) != 1 {
			return nil, true, overload
		}
		n, err := argInt(args[0])
		if err != nil {
			return nil, true, err
		}
		if n < 0 || n > 0x10FFFF || n >= 0xD800 && n <= 0xDFFF {
			return nil, true, argOutOfRange("utf32", "A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff).")
		}
		return string(rune(n)), true, nil
	case "converttoutf32":
		// (string s, int index): the code point at index, joining a
		// surrogate pair.
		if len(args) != 2 {
			return nil, true, overload
		}
		u := utf16.Encode([]rune(argString(args[0])))
		i, err := argInt(args[1])
		if err != nil {
			return nil, true, err
		}
		if i < 0 || i >= len(u) {
			return nil, true, argOutOfRange("index", "Index was out of range. Must be non-negative and less than the size of the collection.")
		}
		if utf16.IsSurrogate(rune(u[i])) && i+1 < len(u) {
			return int32(utf16.DecodeRune(rune(u[i]), rune(u[i+1]))), true, nil
		}
		return int32(u[i]), true, nil
	}
	return nil, false, nil
}
