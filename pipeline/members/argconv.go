package members

import (
	"regexp"
	"strings"

	"cspsh/internal/lazy"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// castMessage picks the value and target type out of a conversion
// error's text (ExtendedTypeSystem's InvalidCastException messages). It
// is compiled on first use, not at start-up.
var castMessage = lazy.Value[*regexp.Regexp]{Build: func() *regexp.Regexp {
	return regexp.MustCompile(`^Cannot convert (?:value "(.*?)"|the "(.*?)" value of type "[^"]*") to type "([^"]+)"`)
}}

// argConversionError is the MethodException PowerShell raises when a
// method argument does not convert to its parameter's type: `Cannot
// convert argument "startIndex", with value: "x", for "Substring" to type
// "System.Int32": "…"`. def is the method's overload list (Get-Member's
// definition); ok is false when the error is no argument conversion or
// the parameter cannot be named.
func argConversionError(def, method string, args []any, err error) (error, bool) {
	e, ok := err.(*object.Exception)
	if !ok || e.Type != dotnet.PSInvalidCastException || def == "" {
		return nil, false
	}
	m := castMessage.Get().FindStringSubmatch(e.Message)
	if m == nil {
		return nil, false
	}
	value, target := m[1]+m[2], m[3]
	idx := -1
	for i, a := range args {
		if dotnet.ToString(a) == value {
			idx = i
			break
		}
	}
	if idx < 0 {
		return nil, false
	}
	param := ""
	for _, o := range SplitOverloads(def) {
		if ps := overloadParams(o); len(ps) == len(args) {
			f := strings.Fields(ps[idx])
			if len(f) > 0 {
				param = f[len(f)-1]
			}
			break
		}
	}
	if param == "" {
		return nil, false
	}
	return newError("System.Management.Automation.MethodException", "MethodArgumentConversionInvalidCastArgument", "NotSpecified",
		"Cannot convert argument \""+param+"\", with value: \""+value+"\", for \""+method+"\" to type \""+target+"\": \""+e.Message+"\""), true
}

// overloadParams lists the parameters of one overload definition
// ("string Substring(int startIndex, int length)").
func overloadParams(o string) []string {
	open, end := strings.IndexByte(o, '('), strings.LastIndexByte(o, ')')
	if open < 0 || end <= open {
		return nil
	}
	inner := strings.TrimSpace(o[open+1 : end])
	if inner == "" {
		return nil
	}
	return SplitOverloads(inner)
}

// staticDefinition is the overload list of t's static method name, or ""
// when the catalog does not list it.
func staticDefinition(t *object.TypeValue, name string) string {
	list, ok := StaticMembers(t)
	if !ok {
		return ""
	}
	for _, m := range list {
		if m.Kind == object.Method && strings.EqualFold(m.Name, name) {
			return m.Definition
		}
	}
	return ""
}
