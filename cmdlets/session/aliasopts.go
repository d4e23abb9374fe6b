package session

import (
	"strings"

	"cspsh/pipeline"
)

// exUnauthorized is the exception of AliasNotWritable.
const exUnauthorized = "System.Management.Automation.SessionStateUnauthorizedAccessException"

// aliasOptionsService names the session service that remembers the
// -Option of the aliases Set-Alias/New-Alias made (lower-case name →
// options text). The interpreter's alias table holds only targets, so
// the options live beside it for the session.
const aliasOptionsService = "session.aliasOptions"

// aliasOptionTable returns the session's alias options, or nil when the
// runtime has no session.
func aliasOptionTable(c *pipeline.Call) map[string]string {
	s := c.Rt.Session()
	if s == nil {
		return nil
	}
	v, err := s.Service(aliasOptionsService, func() (any, error) { return map[string]string{}, nil })
	if err != nil {
		return nil
	}
	return v.(map[string]string)
}

// hasOption reports whether an options text ("ReadOnly, AllScope")
// includes opt.
func hasOption(opts, opt string) bool {
	for _, o := range strings.Split(opts, ",") {
		if strings.EqualFold(strings.TrimSpace(o), opt) {
			return true
		}
	}
	return false
}

// aliasWritable applies AliasInfo.SetDefinition's rule to an existing
// alias: a Constant one can never change, a ReadOnly one only with
// -Force. It writes AliasNotWritable (SessionStateStrings.resx) and
// returns false when the change is refused.
func aliasWritable(c *pipeline.Call, table map[string]string, name string) (bool, error) {
	opts, ok := table[strings.ToLower(name)]
	if !ok {
		opts, ok = builtinAliasOption(table, name)
	}
	if !ok || !aliasExists(c, name) {
		return true, nil
	}
	if hasOption(opts, "Constant") || (!c.Switch("Force") && hasOption(opts, "ReadOnly")) {
		return false, writeErr(c, exUnauthorized,
			"Alias is not writeable because alias "+name+" is read-only or constant and cannot be written to.",
			"AliasNotWritable", "WriteError", name)
	}
	return true, nil
}

// aliasExists reports whether the session has an alias called name (an
// alias removed through Alias: drops its options with it).
func aliasExists(c *pipeline.Call, name string) bool {
	for _, a := range aliases(c.Rt) {
		if strings.EqualFold(a.Name, name) {
			return true
		}
	}
	return false
}

// aliasOptionsOf is the Options an AliasInfo shows: what -Option gave
// the alias, a built-in alias's own, None otherwise.
func aliasOptionsOf(rt pipeline.Runtime, name string) string {
	if rt == nil || rt.Session() == nil {
		return "None"
	}
	t, _ := rt.Session().Services[aliasOptionsService].(map[string]string)
	if o, ok := t[strings.ToLower(name)]; ok && o != "" {
		return o
	}
	if o, ok := builtinAliasOption(t, name); ok {
		return o
	}
	return "None"
}

// aliasMetaService names the session service that remembers, for the
// aliases Set-Alias and New-Alias made, the name as the user spelled it
// and the -Description (lower-case name → aliasMeta): the interpreter's
// alias table keeps neither.
const aliasMetaService = "session.aliasMeta"

type aliasMeta struct{ name, description string }

func aliasMetaTable(rt pipeline.Runtime) map[string]aliasMeta {
	if rt == nil || rt.Session() == nil {
		return nil
	}
	v, err := rt.Session().Service(aliasMetaService, func() (any, error) { return map[string]aliasMeta{}, nil })
	if err != nil {
		return nil
	}
	return v.(map[string]aliasMeta)
}

// recordAliasMeta remembers how an alias was defined.
func recordAliasMeta(rt pipeline.Runtime, name, description string) {
	if t := aliasMetaTable(rt); t != nil {
		t[strings.ToLower(name)] = aliasMeta{name: name, description: description}
	}
}

// withAliasMeta returns ci with the name and description its definition
// gave it.
func withAliasMeta(rt pipeline.Runtime, ci *pipeline.CommandInfo) *pipeline.CommandInfo {
	m, ok := aliasMetaTable(rt)[strings.ToLower(ci.Name)]
	if !ok {
		return ci
	}
	c := *ci
	c.Name, c.Description = m.name, m.description
	return &c
}
