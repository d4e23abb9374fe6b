package members

import (
	"strings"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
)

// New constructs an instance of typeName (New-Object, [type]::new()).
// A type cspsh does not know is TypeNotFound; a known type it cannot
// construct with these arguments is PowerShell's constructor error,
// which names the type as New-Object does ("Cannot find an overload for
// "Guid" and the argument count: "16"."; [Guid]::new says "new").
func New(typeName string, args []any) (any, error) {
	r, err := construct(typeName, args)
	if err != nil {
		if rec, ok := err.(*object.ErrorRecord); ok && rec.FullyQualifiedErrorID == "MethodCountCouldNotFindBest" {
			if t, ok := dotnet.ResolveType(strings.TrimSpace(typeName)); ok {
				return nil, overloadError(dotnet.ShortName(t.FullName), len(args))
			}
		}
	}
	return r, err
}

// construct builds the instance; its overload errors name the
// constructor "new", as [type]::new(…) reports them.
func construct(typeName string, args []any) (any, error) {
	t, ok := dotnet.ResolveType(strings.TrimSpace(typeName))
	if !ok {
		return nil, typeNotFound(typeName)
	}
	full := t.FullName
	if ct, ok := dotnet.LookupClass(full); ok && ct.New != nil {
		return ct.New(args)
	}
	if len(args) == 0 && isValueType(full) {
		// A struct always has its implicit parameterless constructor:
		// New-Object int and [char]::new() give default(T), as
		// Activator.CreateInstance does.
		if v := typeDefault(full); v != nil {
			return v, nil
		}
	}
	lfull := strings.ToLower(full)
	var (
		r     any
		found = true
		err   error
	)
	ctor, registered := registeredConstructor(lfull)
	switch {
	case registered:
		r, err = ctor(args)
	case lfull == "system.collections.arraylist":
		r, err = newList(full, "", args)
	case strings.HasPrefix(lfull, "system.collections.generic.hashset`1["),
		strings.HasPrefix(lfull, "system.collections.generic.sortedset`1["):
		elem := full[strings.IndexByte(full, '[')+1 : len(full)-1]
		r, err = newHashSet(full, elem, args)
	case strings.HasPrefix(lfull, "system.collections.generic.list`1["),
		strings.HasPrefix(lfull, "system.collections.objectmodel.collection`1["),
		strings.HasPrefix(lfull, "system.collections.generic.queue`1["),
		strings.HasPrefix(lfull, "system.collections.generic.stack`1["):
		elem := full[strings.IndexByte(full, '[')+1 : len(full)-1]
		r, err = newList(full, elem, args)
		if l, ok := r.(*object.List); ok && err == nil {
			dedupe(l)
		}
	case lfull == "system.collections.queue", lfull == "system.collections.stack":
		r, err = newList(full, "", args)
		if l, ok := r.(*object.List); ok && err == nil {
			dedupe(l)
		}
	case strings.HasPrefix(lfull, "system.collections.generic.dictionary`2["),
		strings.HasPrefix(lfull, "system.collections.generic.sorteddictionary`2["):
		r, err = newDictionary(full, args)
	case lfull == "system.collections.hashtable":
		r, err = newHashtable(false, args)
	case lfull == "system.collections.specialized.ordereddictionary":
		r, err = newHashtable(true, args)
	case lfull == "system.management.automation.psobject", lfull == object.PSCustomObjectType:
		if len(args) == 1 {
			return args[0], nil
		}
		r = object.NewObject()
	case lfull == "system.object":
		r = object.NewObject("System.Object")
	case lfull == "system.intptr":
		r, err = newIntPtr(args)
	case lfull == "system.io.streamwriter":
		r, err = newStreamWriter(args)
	case lfull == "system.io.streamreader":
		r, err = newStreamReader(args)
	case lfull == "system.text.utf8encoding":
		r, err = newUTF8Encoding(args)
	case lfull == "system.text.stringbuilder":
		r, err = newStringBuilder(args)
	case lfull == "system.version":
		r, err = newVersion(args)
	case lfull == "system.guid":
		if len(args) != 1 {
			err = overload
			break
		}
		if b, ok := args[0].([]any); ok {
			r, err = guidFromBytes(b)
			break
		}
		r, err = dotnet.ParseGuid(argString(args[0]))
	case isMDArrayType(full):
		elem, rank, _ := dotnet.SplitArrayType(full)
		r, err = newMDArray(elem, rank, args)
	case strings.HasSuffix(full, "[]") && !strings.Contains(full, ","):
		// T[]::new(n) and New-Object 'T[]' n: n elements of default(T).
		if len(args) != 1 {
			err = overload
			break
		}
		r, err = newArray(strings.TrimSuffix(full, "[]"), args[0])
	case (strings.HasSuffix(lfull, "managed") || strings.HasSuffix(lfull, "provider")) && hashAlgorithms.Get()[lfull] != nil:
		r = newHashAlgorithm(full, hashAlgorithms.Get()[lfull])
	case lfull == "system.management.automation.psnoteproperty":
		r, err = newNoteProperty(args)
	case lfull == "system.diagnostics.stopwatch":
		r = newStopwatch(false)
	case lfull == "system.random":
		r, err = newRandom(args)
	case lfull == "system.datetime":
		r, err = newDateTime(args)
	case lfull == "system.timespan":
		r, err = newTimeSpan(args)
	case lfull == "system.uri":
		r, err = newURI(args)
	case lfull == "system.string":
		r, err = newString(args)
	case lfull == "system.text.regularexpressions.regex":
		if len(args) < 1 || len(args) > 3 {
			err = overload
			break
		}
		var opts int64
		if len(args) >= 2 {
			opts = int64(regexOptionsArg(args[1]))
		}
		pat := argString(args[0])
		// The constructor parses the pattern: a bad one fails here,
		// not at the first match.
		if _, perr := ops.Regex(pat, ops.RegexOptions(opts)); perr != nil {
			err = regexParseError(pat, perr)
			break
		}
		r, err = dotnet.NewRegex(pat, opts)
	case dotnet.ExceptionIs(full, "System.Exception"):
		r, err = newException(full, args)
	default:
		found = false
	}
	if !found {
		if len(args) == 0 {
			return nil, newError("System.Management.Automation.PSArgumentException", "CannotFindAppropriateCtor", "ObjectNotFound",
				"A constructor was not found. Cannot find an appropriate constructor for type "+full+".")
		}
		return nil, overloadError("new", len(args))
	}
	if err != nil {
		if _, ok := err.(errOverload); ok {
			return nil, overloadError("new", len(args))
		}
		return nil, wrapCall(".ctor", len(args), err)
	}
	return r, nil
}

func newList(full, elem string, args []any) (any, error) {
	l := &object.List{TypeName: full, ElemType: elem, Items: []any{}}
	if len(args) > 1 {
		return nil, overload
	}
	if len(args) == 1 {
		if items, ok := dotnet.Enumerate(args[0]); ok {
			for _, e := range items {
				v, err := elemConv(l, e, "collection", ".ctor")
				if err != nil {
					return nil, err
				}
				l.Items = append(l.Items, v)
			}
			return l, nil
		}
		n, err := argInt(args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, argOutOfRange("capacity", "Non-negative number required.")
		}
		l.Items = make([]any, 0, n)
	}
	return l, nil
}

// dedupe gives a new HashSet set semantics and a new Stack its top-first
// order (new Stack(collection) pushes the items in turn).
func dedupe(l *object.List) {
	switch listKind(l) {
	case "hashset":
		var out []any
		for _, e := range l.Items {
			if setIndexOf(l, out, e) < 0 {
				out = append(out, e)
			}
		}
		l.Items = append(l.Items[:0], out...)
	case "stack":
		for i, j := 0, len(l.Items)-1; i < j; i, j = i+1, j-1 {
			l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
		}
	}
}

// newHashtable is the Hashtable and OrderedDictionary constructors:
// (), (capacity), (comparer), (IDictionary) and their combinations.
// Without a comparer string keys are case-sensitive, as .NET's default
// is (PowerShell's own @{} passes CurrentCultureIgnoreCase); a Hashtable
// also takes its capacity (an IDictionary's count) and comparer into its
// enumeration order.
func newHashtable(ordered bool, args []any) (any, error) {
	h := object.NewHashtable(ordered)
	h.Comparer = object.CaseSensitive
	var src *object.Hashtable
	capSet := false
	for _, a := range args {
		switch x := a.(type) {
		case *object.Hashtable:
			src = x
			h.Capacity = x.Len()
		case *object.PSObject:
			cmp, ok := hashtableComparer(x)
			if !ok {
				return nil, overload
			}
			h.Comparer = cmp
			// A case-sensitive culture comparer hashes by a sort key with
			// case weights, which the model does not compute.
			h.InsertionOrder = h.InsertionOrder || x.TypeNames[0] == "System.CultureAwareComparer" && cmp == object.CaseSensitive
		default:
			if capSet || src != nil {
				// The load factor: it moves the resize points, which the
				// model does not follow.
				h.InsertionOrder = true
				continue
			}
			n, err := argInt(a)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, argOutOfRange("capacity", "Non-negative number required.")
			}
			h.Capacity, capSet = n, true
		}
	}
	if src != nil {
		for i := 0; i < src.Len(); i++ {
			k, v := src.At(i)
			h.Set(k, v)
		}
	}
	return h, nil
}

// hashtableComparer maps a StringComparer argument to the comparer of a
// Hashtable: ignoring case the ordinal and culture ones; case-sensitive
// both compare as the default does.
func hashtableComparer(o *object.PSObject) (object.KeyComparer, bool) {
	ic, ok := comparerIgnoresCase(o)
	switch {
	case !ok:
		return 0, false
	case !ic:
		return object.CaseSensitive, true
	case o.TypeNames[0] == "System.OrdinalComparer":
		return object.OrdinalIgnoreCase, true
	}
	return object.CultureIgnoreCase, true
}

func newVersion(args []any) (any, error) {
	switch len(args) {
	case 0:
		return dotnet.NewVersion(0, 0, -1, -1), nil
	case 1:
		return dotnet.ParseVersion(argString(args[0]))
	}
	if len(args) > 4 {
		return nil, overload
	}
	parts := [4]int{-1, -1, -1, -1}
	for i, a := range args {
		n, err := argInt(a)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, argOutOfRange([]string{"major", "minor", "build", "revision"}[i], "Version's parameters must be greater than or equal to zero.")
		}
		parts[i] = n
	}
	return dotnet.NewVersion(parts[0], parts[1], parts[2], parts[3]), nil
}

func newDateTime(args []any) (any, error) {
	if len(args) == 1 {
		n, err := argInt64(args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 || n > maxTicks {
			return nil, argOutOfRange("ticks", "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.")
		}
		return dotnet.DateFromTicks(n), nil
	}
	loc := time.Local
	if n := len(args); n == 4 || n == 7 || n == 8 {
		if e, ok := args[n-1].(dotnet.Enum); ok || strings.EqualFold(argString(args[n-1]), "utc") || strings.EqualFold(argString(args[n-1]), "local") {
			if (ok && e.Value == 1) || strings.EqualFold(argString(args[n-1]), "utc") {
				loc = time.UTC
			}
			args = args[:n-1]
		}
	}
	if len(args) != 3 && len(args) != 6 && len(args) != 7 {
		return nil, overload
	}
	v := make([]int, 7)
	for i, a := range args {
		n, err := argInt(a)
		if err != nil {
			return nil, err
		}
		v[i] = n
	}
	y, m, d := v[0], v[1], v[2]
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > dotnet.DaysInMonth(y, time.Month(m)) {
		return nil, argOutOfRange("", "Year, Month, and Day parameters describe an un-representable DateTime.")
	}
	if v[3] < 0 || v[3] > 23 || v[4] < 0 || v[4] > 59 || v[5] < 0 || v[5] > 59 || v[6] < 0 || v[6] > 999 {
		return nil, argOutOfRange("", "Hour, Minute, and Second parameters describe an un-representable DateTime.")
	}
	return time.Date(y, time.Month(m), d, v[3], v[4], v[5], v[6]*1e6, loc), nil
}

func newTimeSpan(args []any) (any, error) {
	if len(args) == 1 {
		n, err := argInt64(args[0])
		return object.TimeSpan(n), err
	}
	var d, h, m, s, ms int64
	vals := make([]int64, len(args))
	for i, a := range args {
		n, err := argInt64(a)
		if err != nil {
			return nil, err
		}
		vals[i] = n
	}
	switch len(args) {
	case 3:
		h, m, s = vals[0], vals[1], vals[2]
	case 4:
		d, h, m, s = vals[0], vals[1], vals[2], vals[3]
	case 5:
		d, h, m, s, ms = vals[0], vals[1], vals[2], vals[3], vals[4]
	default:
		return nil, overload
	}
	total := (((d*24+h)*60+m)*60+s)*1000 + ms
	return object.TimeSpan(total * int64(object.TicksPerMillisecond)), nil
}

func newString(args []any) (any, error) {
	switch len(args) {
	case 1:
		if s, ok := args[0].(string); ok {
			// String(char[]): PowerShell converts the string to the
			// char[] the constructor takes.
			return s, nil
		}
		cs, err := argChars(args[0])
		if err != nil {
			return nil, err
		}
		return string(cs), nil
	case 3:
		// String(char[] value, int startIndex, int length).
		cs, err := argChars(args[0])
		if err != nil {
			return nil, err
		}
		i, err1 := argInt(args[1])
		n, err2 := argInt(args[2])
		if err1 != nil || err2 != nil {
			return nil, overload
		}
		switch {
		case i < 0:
			return nil, argOutOfRange("startIndex", "StartIndex cannot be less than zero.")
		case n < 0:
			return nil, argOutOfRange("length", "Length cannot be less than zero.")
		case i > len(cs)-n:
			return nil, argOutOfRange("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.")
		}
		return string(cs[i : i+n]), nil
	case 2:
		c, err := argChar(args[0])
		if err != nil {
			return nil, err
		}
		n, err := argInt(args[1])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, argOutOfRange("count", "Count cannot be less than zero.")
		}
		return strings.Repeat(string(c), n), nil
	}
	return nil, overload
}

// innerOf accepts an exception or an ErrorRecord as an inner exception.
func innerOf(v any) *object.Exception {
	switch x := v.(type) {
	case *object.Exception:
		return x
	case *object.ErrorRecord:
		return x.Exception
	}
	return nil
}

func newException(full string, args []any) (any, error) {
	ex := &object.Exception{Type: full, Message: dotnet.ExceptionMessage(full)}
	paramLine := func(p string) string { return "\r\nParameter name: " + p }
	switch full {
	case "System.ArgumentNullException", "System.ArgumentOutOfRangeException":
		// (paramName) or (paramName, message).
		switch len(args) {
		case 1:
			ex.Message += paramLine(argString(args[0]))
			ex.Props = map[string]any{"ParamName": argString(args[0])}
			return ex, nil
		case 2:
			if in := innerOf(args[1]); in != nil {
				ex.Message, ex.Inner = argString(args[0]), in
				return ex, nil
			}
			ex.Message = argString(args[1]) + paramLine(argString(args[0]))
			ex.Props = map[string]any{"ParamName": argString(args[0])}
			return ex, nil
		}
	case "System.ArgumentException":
		if len(args) == 2 {
			if in := innerOf(args[1]); in != nil {
				ex.Message, ex.Inner = argString(args[0]), in
				return ex, nil
			}
			ex.Message = argString(args[0]) + paramLine(argString(args[1]))
			ex.Props = map[string]any{"ParamName": argString(args[1])}
			return ex, nil
		}
	case "System.IO.FileNotFoundException":
		if len(args) == 2 {
			if in := innerOf(args[1]); in == nil {
				ex.Message = argString(args[0])
				ex.Props = map[string]any{"FileName": argString(args[1])}
				return ex, nil
			}
		}
	}
	switch len(args) {
	case 0:
	case 1:
		if args[0] != nil {
			ex.Message = argString(args[0])
		}
	case 2:
		ex.Message = argString(args[0])
		ex.Inner = innerOf(args[1])
	default:
		return nil, overload
	}
	return ex, nil
}

// isValueType reports whether full names a .NET struct or enum.
func isValueType(full string) bool {
	b := dotnet.BaseType(full)
	return b == "System.ValueType" || b == "System.Enum"
}
