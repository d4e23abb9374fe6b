package session

import (
	"strings"

	"cspsh/internal/lazy"
)

// builtinAliasOptionsTable holds the Options of Windows PowerShell 5.1's own
// aliases (InitialSessionState.BuiltInAliases): the short Verb-Noun
// abbreviations are ReadOnly and AllScope, the names borrowed from other
// shells (cd, ls, cat, …) and the remoting ones only AllScope; sls is
// None. Get-Alias Example 4 finds the built-in aliases by their ReadOnly
// option. The table is built on first use: a map filled at package
// initialisation is paid by every start of the shell.
var builtinAliasOptionsTable = lazy.Value[map[string]string]{Build: func() map[string]string {
	m := map[string]string{"sls": "None"}
	for _, a := range strings.Fields(`ac clc clv compare cpi diff epcsv fc fl foreach % ft fw gal gc gci gcm gdr
		ghy gi gl gm gmo group gu gv iex ihy ipmo ipcsv measure mi nal ni nv oh ri rni rmo rv rvpa sal sc
		select sl sleep sort sv tee where ? write clhy`) {
		m[a] = "ReadOnly, AllScope"
	}
	for _, a := range strings.Fields(`cat cd clear cp h history ls man md mv popd pushd pwd r rm rmdir echo cls
		chdir copy del dir erase move rd ren set type icm etsn exsn`) {
		m[a] = "AllScope"
	}
	return m
}}

func builtinAliasOptions() map[string]string { return builtinAliasOptionsTable.Get() }

// builtinAliasOption returns the Options of a built-in alias. Set-Alias
// and New-Alias record the options of every alias they define, so a name
// the session table does not hold still has its built-in definition.
func builtinAliasOption(table map[string]string, name string) (string, bool) {
	if _, redefined := table[strings.ToLower(name)]; redefined {
		return "", false
	}
	o, ok := builtinAliasOptions()[strings.ToLower(name)]
	return o, ok
}
