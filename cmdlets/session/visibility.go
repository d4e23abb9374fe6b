package session

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// variableVisibilityService names the session service that remembers
// the variables New-Variable and Set-Variable made Private with
// -Visibility (lower-case name → "Private"). The interpreter's variables
// carry no visibility, so it lives beside them for the session.
const variableVisibilityService = "session.variableVisibility"

// visibilityParam is -Visibility (SessionStateEntryVisibility).
func visibilityParam() *pipeline.ParamDecl {
	return named("Visibility", "string").OneOf("Public", "Private").
		Describe("Public (the default) or Private: a private variable is left out of Get-Variable's lists.")
}

func visibilityTable(c *pipeline.Call) map[string]string {
	s := c.Rt.Session()
	if s == nil {
		return nil
	}
	v, err := s.Service(variableVisibilityService, func() (any, error) { return map[string]string{}, nil })
	if err != nil {
		return nil
	}
	return v.(map[string]string)
}

// recordVisibility applies -Visibility to the variable called name.
func recordVisibility(c *pipeline.Call, name string) {
	if !c.Has("Visibility") {
		return
	}
	if t := visibilityTable(c); t != nil {
		if strings.EqualFold(c.String("Visibility"), "Private") {
			t[strings.ToLower(name)] = "Private"
		} else {
			delete(t, strings.ToLower(name))
		}
	}
}

// visibilityOf is a variable's Visibility: Private or Public.
func visibilityOf(c *pipeline.Call, name string) string {
	if t := visibilityTable(c); t != nil && t[strings.ToLower(name)] == "Private" {
		return "Private"
	}
	return "Public"
}

// withVisibility sets the Visibility a PSVariable object shows.
func withVisibility(c *pipeline.Call, o *object.PSObject, name string) *object.PSObject {
	if vis := visibilityOf(c, name); vis != "Public" {
		if m := o.Member("Visibility"); m != nil {
			m.Value = vis
		}
	}
	return o
}
