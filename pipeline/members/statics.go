package members

import (
	"math"
	"math/big"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
	"unicode"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/shell/interp/ops"
)

// Now is the clock [datetime]::Now and friends read. The interpreter
// points it at the lab clock so that scripts and tests see one time.
var Now = time.Now

// ResolvePath maps a path a script gives a .NET method ([IO.File],
// [IO.Directory]) to a host path; the interpreter sets it to the
// session's resolver so that C:\… lands inside the lab.
var ResolvePath = func(p string) (string, error) { return p, nil }

// staticType is the static side of one .NET type.
type staticType struct {
	get  func(lname string) (any, bool, error)
	call func(lname string, args []any) (any, bool, error)
}

var statics map[string]staticType

func init() {
	statics = map[string]staticType{
		"system.math":                          {get: mathGet, call: mathCall},
		"system.string":                        {get: stringStaticGet, call: stringStaticCall},
		"system.datetime":                      {get: dateStaticGet, call: dateStaticCall},
		"system.timespan":                      {get: timeSpanStaticGet, call: timeSpanStaticCall},
		"system.boolean":                       {get: boolStaticGet, call: boolStaticCall},
		"system.char":                          {get: charStaticGet, call: charStaticCall},
		"system.io.path":                       {get: pathStaticGet, call: pathStaticCall},
		"system.io.file":                       {call: fileStaticCall},
		"system.io.directory":                  {call: directoryStaticCall},
		"system.environment":                   {get: envStaticGet, call: envStaticCall},
		"system.guid":                          {get: guidStaticGet, call: guidStaticCall},
		"system.text.regularexpressions.regex": {call: regexStaticCall},
		"system.convert":                       {call: convertStaticCall},
		"system.text.encoding":                 {get: encodingStaticGet},
		"system.version":                       {call: versionStaticCall},
	}
	for _, n := range []string{"Byte", "SByte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64", "Single", "Double", "Decimal", "Numerics.BigInteger"} {
		full := "System." + n
		statics[strings.ToLower(full)] = staticType{
			get:  func(lname string) (any, bool, error) { return numberStaticGet(full, lname) },
			call: func(lname string, args []any) (any, bool, error) { return numberStaticCall(full, lname, args) },
		}
	}
}

// GetStatic reads [type]::Name. An unknown member is $null.
func GetStatic(t *object.TypeValue, name string) (any, error) {
	lname := strings.ToLower(name)
	if st, ok := statics[strings.ToLower(t.FullName)]; ok && st.get != nil {
		r, found, err := st.get(lname)
		if found || err != nil {
			return r, err
		}
	}
	if e, ok := dotnet.LookupEnum(t.FullName); ok {
		if v, ok := dotnet.EnumValue(e, name); ok {
			return v, nil
		}
	}
	return nil, nil
}

// CallStatic invokes [type]::Method(args); [type]::new(args) constructs.
func CallStatic(t *object.TypeValue, name string, args []any) (any, error) {
	lname := strings.ToLower(name)
	if lname == "new" {
		return New(t.FullName, args)
	}
	if st, ok := statics[strings.ToLower(t.FullName)]; ok && st.call != nil {
		r, found, err := st.call(lname, args)
		if found {
			return r, wrapCall(name, len(args), err)
		}
	}
	if e, ok := dotnet.LookupEnum(t.FullName); ok {
		if r, found, err := enumStaticCall(e, lname, args); found {
			return r, wrapCall(name, len(args), err)
		}
	}
	switch lname {
	case "equals", "referenceequals":
		if len(args) == 2 {
			return dotnetEquals(args[0], args[1]), nil
		}
		return nil, overloadError(name, len(args))
	}
	return nil, staticMethodNotFound(t, name)
}

// enumStaticCall serves [Enum]-style statics on an enum type
// ([DayOfWeek]::Parse is rare; GetNames/GetValues are common).
func enumStaticCall(e *dotnet.EnumType, lname string, args []any) (any, bool, error) {
	switch lname {
	case "getnames", "getvalues":
		out := make([]any, len(e.Names))
		for i, n := range e.Names {
			if lname == "getnames" {
				out[i] = n
			} else {
				out[i] = dotnet.Enum{Type: e, Value: e.Values[i]}
			}
		}
		return out, true, nil
	case "parse":
		if len(args) < 1 {
			return nil, true, overload
		}
		r, err := dotnet.Convert(args[len(args)-1], e.FullName)
		return r, true, err
	}
	return nil, false, nil
}

// set assigns a [ref] argument (TryParse's out parameter).
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
		r, err := parseNumber(full, args[0])
		return r, true, err
	case "tryparse":
		if len(args) < 2 {
			return nil, true, overload
		}
		r, err := parseNumber(full, args[0])
		if err != nil {
			zero, _ := dotnet.Convert(int32(0), full)
			setRef(args[len(args)-1], zero)
			return false, true, nil
		}
		setRef(args[len(args)-1], r)
		return true, true, nil
	}
	if full == "System.Decimal" {
		switch lname {
		case "round", "floor", "ceiling", "truncate", "abs":
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
	}
	return nil, false, nil
}

// Strings.

func stringStaticGet(lname string) (any, bool, error) {
	if lname == "empty" {
		return "", true, nil
	}
	return nil, false, nil
}

// spread expands a params-array argument list: one array argument
// supplies the elements, several arguments are the elements.
func spread(args []any) []any {
	if len(args) == 1 {
		if items, ok := dotnet.Enumerate(args[0]); ok {
			return items
		}
	}
	return args
}

func stringStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "isnullorempty":
		if len(args) != 1 {
			return nil, true, overload
		}
		return args[0] == nil || argString(args[0]) == "", true, nil
	case "isnullorwhitespace":
		if len(args) != 1 {
			return nil, true, overload
		}
		return strings.TrimFunc(argString(args[0]), unicode.IsSpace) == "", true, nil
	case "join":
		if len(args) < 2 {
			return nil, true, overload
		}
		sep := argString(args[0])
		items := spread(args[1:])
		parts := make([]string, len(items))
		for i, e := range items {
			parts[i] = argString(e)
		}
		return strings.Join(parts, sep), true, nil
	case "concat":
		var b strings.Builder
		for _, e := range spread(args) {
			b.WriteString(argString(e))
		}
		return b.String(), true, nil
	case "format":
		if len(args) < 1 {
			return nil, true, overload
		}
		r, err := dotnet.FormatOperator(argString(args[0]), spread(args[1:]))
		if err != nil {
			if ex, ok := err.(*object.Exception); ok {
				return nil, true, ex
			}
			return nil, true, formatException("Input string was not in a correct format.")
		}
		return r, true, nil
	case "compare":
		if len(args) < 2 {
			return nil, true, overload
		}
		if args[0] == nil || args[1] == nil {
			switch {
			case args[0] == nil && args[1] == nil:
				return int32(0), true, nil
			case args[0] == nil:
				return int32(-1), true, nil
			}
			return int32(1), true, nil
		}
		cs := true
		if len(args) >= 3 {
			cs = !ignoreCaseArg(args[2])
			if s := strings.ToLower(argString(args[2])); s == "ordinal" {
				return int32(sign(strings.Compare(argString(args[0]), argString(args[1])))), true, nil
			}
		}
		return int32(ops.CompareStrings(argString(args[0]), argString(args[1]), cs)), true, nil
	case "equals":
		if len(args) < 2 {
			return nil, true, overload
		}
		a, b := argString(args[0]), argString(args[1])
		if len(args) == 3 && ignoreCaseArg(args[2]) {
			return strings.EqualFold(a, b), true, nil
		}
		return a == b && (args[0] == nil) == (args[1] == nil), true, nil
	case "copy":
		if len(args) != 1 {
			return nil, true, overload
		}
		return argString(args[0]), true, nil
	}
	return nil, false, nil
}

func sign(c int) int {
	switch {
	case c < 0:
		return -1
	case c > 0:
		return 1
	}
	return 0
}

// Environment.

func envStaticGet(lname string) (any, bool, error) {
	switch lname {
	case "machinename":
		h, _ := os.Hostname()
		if i := strings.IndexByte(h, '.'); i >= 0 {
			h = h[:i]
		}
		return strings.ToUpper(h), true, nil
	case "newline":
		return "\n", true, nil
	case "username":
		for _, k := range []string{"USERNAME", "USER", "LOGNAME"} {
			if u := os.Getenv(k); u != "" {
				return u, true, nil
			}
		}
		return "", true, nil
	case "userdomainname":
		if d := os.Getenv("USERDOMAIN"); d != "" {
			return d, true, nil
		}
		h, _ := os.Hostname()
		return strings.ToUpper(strings.SplitN(h, ".", 2)[0]), true, nil
	case "currentdirectory":
		d, err := os.Getwd()
		return d, true, err
	case "processorcount":
		return int32(runtime.NumCPU()), true, nil
	case "is64bitoperatingsystem", "is64bitprocess":
		return true, true, nil
	case "tickcount":
		return int32(time.Since(startTime).Milliseconds()), true, nil
	}
	return nil, false, nil
}

var startTime = time.Now()

func envStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "getenvironmentvariable":
		if len(args) < 1 || len(args) > 2 {
			return nil, true, overload
		}
		if args[0] == nil {
			return nil, true, argNull("variable")
		}
		v, ok := os.LookupEnv(argString(args[0]))
		if !ok {
			return nil, true, nil
		}
		return v, true, nil
	case "setenvironmentvariable":
		if len(args) < 2 || len(args) > 3 {
			return nil, true, overload
		}
		name := argString(args[0])
		if args[1] == nil || argString(args[1]) == "" {
			_ = os.Unsetenv(name)
		} else {
			_ = os.Setenv(name, argString(args[1]))
		}
		return object.Null, true, nil
	case "getenvironmentvariables":
		h := object.NewHashtable(false)
		for _, kv := range os.Environ() {
			if i := strings.IndexByte(kv, '='); i > 0 {
				h.Set(kv[:i], kv[i+1:])
			}
		}
		return h, true, nil
	case "expandenvironmentvariables":
		if len(args) != 1 {
			return nil, true, overload
		}
		s := argString(args[0])
		var b strings.Builder
		for {
			i := strings.IndexByte(s, '%')
			if i < 0 {
				break
			}
			j := strings.IndexByte(s[i+1:], '%')
			if j < 0 {
				break
			}
			name := s[i+1 : i+1+j]
			if v, ok := os.LookupEnv(name); ok {
				b.WriteString(s[:i] + v)
			} else {
				b.WriteString(s[:i+2+j])
			}
			s = s[i+2+j:]
		}
		b.WriteString(s)
		return b.String(), true, nil
	}
	return nil, false, nil
}
