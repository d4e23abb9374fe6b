package members

import (
	"strings"
	"sync"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
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

// staticsOnce builds statics on first use, not at start-up: building
// it loads dotnet's type registry, which an empty script never needs.
var staticsOnce sync.Once

func initStatics() {
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
		"system.convert":                       {get: convertStaticGet, call: convertStaticCall},
		"system.text.encoding":                 {get: encodingStaticGet},
		"system.version":                       {call: versionStaticCall},
		"system.array":                         {call: arrayStaticCall},
		"system.diagnostics.stopwatch":         {get: stopwatchStaticGet, call: stopwatchStaticCall},
		"system.threading.thread":              {call: threadStaticCall},
		"system.net.dns":                       {call: dnsStaticCall},
		"system.console":                       {call: consoleStaticCall},
		"system.linq.enumerable":               {call: linqStaticCall},
	}
	statics["system.bitconverter"] = staticType{get: bitConverterStaticGet, call: bitConverterStaticCall}
	statics["system.enum"] = staticType{call: systemEnumCall}
	statics["system.globalization.cultureinfo"] = staticType{get: cultureStaticGet, call: cultureStaticCall}
	statics["system.uri"] = staticType{call: uriStaticCall}
	statics["system.net.webutility"] = staticType{call: webUtilityStaticCall}
	statics["system.tuple"] = staticType{call: tupleStaticCall}
	statics["system.management.automation.wildcardpattern"] = staticType{call: wildcardStaticCall}
	statics["system.runtime.interopservices.marshal"] = staticType{call: marshalStaticCall}
	statics["system.management.automation.languageprimitives"] = staticType{call: languagePrimitivesStaticCall}
	statics["system.stringcomparer"] = staticType{get: stringComparerStaticGet}
	statics["system.intptr"] = staticType{get: intPtrStaticGet}
	statics["system.dbnull"] = staticType{get: dbNullStaticGet}
	statics["system.type"] = staticType{call: typeStaticCall}
	// AutomationNull.Value is "no output": @() of it is empty, not $null.
	statics["system.management.automation.internal.automationnull"] = staticType{get: func(lname string) (any, bool, error) {
		if lname == "value" {
			return object.Null, true, nil
		}
		return nil, false, nil
	}}
	for name := range hashAlgorithms.Get() {
		if t, ok := dotnet.ResolveType(name); ok {
			statics[name] = staticType{call: hashStaticCall(t.FullName)}
		}
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
	if ct, ok := dotnet.LookupClass(t.FullName); ok && ct.GetStatic != nil {
		if v, found := ct.GetStatic(name); found {
			return v, nil
		}
	}
	staticsOnce.Do(initStatics)
	if st, ok := lookupStatics(t.FullName); ok && st.get != nil {
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
	args = unwrapDateArgs(args)
	lname := strings.ToLower(name)
	if lname == "new" {
		return construct(t.FullName, args)
	}
	if ct, ok := dotnet.LookupClass(t.FullName); ok && ct.CallStatic != nil {
		if v, found, err := ct.CallStatic(name, args); found {
			return v, err
		}
	}
	staticsOnce.Do(initStatics)
	if st, ok := lookupStatics(t.FullName); ok && st.call != nil {
		r, found, err := st.call(lname, args)
		if found {
			if err != nil {
				if ae, ok := argConversionError(staticDefinition(t, name), name, args, err); ok {
					return nil, ae
				}
			}
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
