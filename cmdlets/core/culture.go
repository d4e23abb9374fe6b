package core

import (
	"regexp"
	"strings"

	"cspsh/internal/lazy"
	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// cultureName is the shape of a culture name .NET accepts: a language
// ("en", "haw"), then optional script and region subtags.
// It is compiled on first use rather than at start-up.
var cultureNamePattern = lazy.Value[*regexp.Regexp]{Build: func() *regexp.Regexp {
	return regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)
}}

func cultureName() *regexp.Regexp { return cultureNamePattern.Get() }

// honouredCulture reports whether cspsh's string comparison
// (objutil.CompareStrings) is the one name's culture uses: the invariant
// culture ("") and the English cultures share .NET's default sort table.
// Select-String (PowerShell 7's -Culture) also takes Ordinal, Invariant and
// Current.
func honouredCulture(name string, selectString bool) bool {
	l := strings.ToLower(name)
	if selectString {
		switch l {
		case "ordinal", "invariant", "current":
			return true
		}
	}
	return l == "" || l == "en" || strings.HasPrefix(l, "en-") && cultureName().MatchString(l)
}

// checkCulture refuses a -Culture the comparison cannot honour, rather
// than sorting, grouping or comparing in en-US while the user asked for
// another order. A malformed name gets .NET's CultureNotFoundException
// text, as 5.1's new CultureInfo(Culture) throws it.
func checkCulture(c *pipeline.Call) error {
	if !c.Has("Culture") {
		return nil
	}
	name := c.String("Culture")
	if honouredCulture(name, c.Info.Name == "Select-String") {
		return nil
	}
	msg := "Culture is not supported.\r\nParameter name: name\r\n" + name + " is an invalid culture identifier."
	if cultureName().MatchString(name) {
		msg = "Culture is not supported.\r\nParameter name: name\r\n" + name +
			" is a culture cspsh cannot compare strings in: only the invariant culture ('') and the English cultures (en, en-US, en-GB, …) are supported."
	}
	ex := object.NewException("System.Globalization.CultureNotFoundException", "%s", msg)
	return c.Fail(ex, "System.Globalization.CultureNotFoundException", "NotSpecified", name)
}
