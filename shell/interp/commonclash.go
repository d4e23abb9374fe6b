package interp

import (
	"fmt"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// commonClash checks an advanced function's parameters against the common
// parameters PowerShell adds to it, as MergedCommandParameterMetadata
// merges them (the function's own first): a parameter named like a common
// parameter, or an alias equal to a common one, makes the command
// unusable (about_CommonParameters: "You can't create any parameters that
// use the same names as the Common Parameters"; Metadata.resx).
func commonClash(ci *pipeline.CommandInfo) *clashError {
	names := map[string]string{}   // lower name → parameter name
	aliases := map[string]string{} // lower alias → parameter name
	for _, p := range ci.Params {
		names[strings.ToLower(p.Name)] = p.Name
		for _, a := range p.Aliases {
			aliases[strings.ToLower(a)] = p.Name
		}
	}
	common := pipeline.CommonParams
	if ci.SupportsShouldProcess {
		common = append(append([]*pipeline.ParamDecl(nil), common...), pipeline.ShouldProcessParams...)
	}
	for _, c := range common {
		key := strings.ToLower(c.Name)
		if _, ok := names[key]; ok {
			return clashOf("ParameterNameAlreadyExistsForCommand",
				fmt.Sprintf("A parameter with the name '%s' was defined multiple times for the command.", c.Name))
		}
		if owner, ok := aliases[key]; ok {
			return clashOf("ParameterNameConflictsWithAlias",
				fmt.Sprintf("The parameter '%s' cannot be specified because it conflicts with the parameter alias of the same name for parameter '%s'.", c.Name, owner))
		}
		for _, a := range c.Aliases {
			la := strings.ToLower(a)
			if _, ok := aliases[la]; ok {
				return clashOf("AliasParameterNameAlreadyExistsForCommand",
					fmt.Sprintf("The parameter alias cannot be specified because an alias with the name '%s' was already defined multiple times for the command.", a))
			}
			if owner, ok := names[la]; ok {
				return clashOf("ParameterNameConflictsWithAlias",
					fmt.Sprintf("The parameter '%s' cannot be specified because it conflicts with the parameter alias of the same name for parameter '%s'.", owner, c.Name))
			}
		}
	}
	return nil
}

// clashError is a metadata error found in a function's parameters.
type clashError struct{ id, msg string }

func clashOf(id, msg string) *clashError { return &clashError{id, msg} }

// record is the clash as a MetadataException's record (category
// MetadataError), new for each call so it carries that call's position.
func (c *clashError) record() *object.ErrorRecord {
	ex := object.NewException("System.Management.Automation.MetadataException", "%s", c.msg)
	return object.NewError(ex, c.id, "MetadataError", nil)
}

// checkClash runs commonClash once per compiled function and reports the
// clash, if any, at every call.
func (a *activation) checkClash(ci *pipeline.CommandInfo) error {
	sc := a.code
	if !sc.clashChecked {
		sc.clash, sc.clashChecked = commonClash(ci), true
	}
	if sc.clash == nil {
		return nil
	}
	rec := sc.clash.record()
	if a.opts.at != nil {
		return a.opts.at.wrap(rec)
	}
	return rec
}
