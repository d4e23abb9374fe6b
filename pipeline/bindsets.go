package pipeline

import (
	"fmt"
	"strings"
)

var sprintf = fmt.Sprintf

// setNames lists the command's parameter sets in declaration order (the
// default set included); a command that declares none has the single
// set __AllParameterSets.
func setNames(ci *CommandInfo) []string {
	var out []string
	for _, p := range ci.Params {
		for _, s := range p.Sets {
			if s.Set != AllSets && s.Set != "" && !containsFold(out, s.Set) {
				out = append(out, s.Set)
			}
		}
	}
	if ci.DefaultSet != "" && ci.DefaultSet != AllSets && !containsFold(out, ci.DefaultSet) {
		out = append(out, ci.DefaultSet)
	}
	if len(out) == 0 {
		out = []string{AllSets}
	}
	return out
}

// allSetsBinding is the binding of a parameter declared without sets.
var allSetsBinding = SetBinding{Set: AllSets, Position: -1}

// setBinding returns p's attributes in set s (its own entry for s, else
// its __AllParameterSets entry), or nil when p is not in s.
func setBinding(p *ParamDecl, s string) *SetBinding {
	if len(p.Sets) == 0 {
		return &allSetsBinding
	}
	var all *SetBinding
	for i := range p.Sets {
		sb := &p.Sets[i]
		if strings.EqualFold(sb.Set, s) {
			return sb
		}
		if sb.Set == AllSets || sb.Set == "" {
			all = sb
		}
	}
	return all
}

// narrow keeps the sets p belongs to (a parameter in every set narrows
// nothing).
func narrow(valid []string, p *ParamDecl) []string {
	if len(p.Sets) == 0 || isCommonParam(p) {
		return valid
	}
	for _, s := range p.Sets {
		if s.Set == AllSets || s.Set == "" {
			return valid
		}
	}
	var out []string
	for _, v := range valid {
		if setBinding(p, v) != nil {
			out = append(out, v)
		}
	}
	return out
}

// isMandatoryAnywhere reports whether p is mandatory in some set.
func (b *binder) isMandatoryAnywhere(p *ParamDecl) bool {
	for _, s := range p.Sets {
		if s.Mandatory {
			return true
		}
	}
	return false
}

// missingMandatory lists the mandatory parameters of set s not bound in
// bound; with skipPipeline, those that pipeline input may still supply
// are left out.
func (b *binder) missingMandatory(s string, bound map[string]any, skipPipeline bool) []*ParamDecl {
	var out []*ParamDecl
	for _, p := range b.meta.mandatory[strings.ToLower(s)] {
		sb := setBinding(p, s)
		if _, ok := bound[p.Name]; ok {
			continue
		}
		if b.isDelayed(p) {
			continue
		}
		if skipPipeline && (sb.ValueFromPipeline || sb.ValueFromPipelineByPropertyName) {
			continue
		}
		out = append(out, p)
	}
	return out
}

func (b *binder) isDelayed(p *ParamDecl) bool {
	for _, d := range b.delay {
		if d.p == p {
			return true
		}
	}
	return false
}

// chooseSet picks the parameter set among the valid ones: the only one,
// else the default set, else the only one whose mandatory parameters are
// all bound.
func (b *binder) chooseSet(valid []string, bound map[string]any, skipPipeline bool) (string, bool) {
	if len(valid) == 1 {
		return valid[0], true
	}
	if d := b.ci.DefaultSet; d != "" {
		for _, v := range valid {
			if strings.EqualFold(v, d) {
				return v, true
			}
		}
	}
	var complete []string
	for _, v := range valid {
		if len(b.missingMandatory(v, bound, skipPipeline)) == 0 {
			complete = append(complete, v)
		}
	}
	if len(complete) == 1 {
		return complete[0], true
	}
	return "", false
}

// resolveCommandLine picks the set after command-line binding and deals
// with missing mandatory parameters: those pipeline input cannot supply
// are prompted for (interactive host) or reported.
func (b *binder) resolveCommandLine() error {
	set, ok := b.chooseSet(b.valid, b.Bound, b.opts.ExpectingInput)
	if !ok {
		if !b.opts.ExpectingInput {
			return b.errAmbiguousSet()
		}
		// Pipeline input decides between the sets.
		b.SetName = b.valid[0]
		return nil
	}
	b.SetName = set
	missing := b.missingMandatory(set, b.Bound, b.opts.ExpectingInput)
	if len(missing) == 0 {
		return nil
	}
	return b.promptMandatory(missing)
}

// promptMandatory asks for missing mandatory parameters as PowerShell's
// console host does, or fails when nobody can answer.
func (b *binder) promptMandatory(missing []*ParamDecl) error {
	var h Host
	if b.rt != nil {
		h = b.rt.Host()
	}
	if h == nil || !h.Interactive() {
		names := make([]string, len(missing))
		for i, p := range missing {
			names[i] = p.Name
		}
		return b.errMissingMandatory(names)
	}
	posn := b.opts.PipelinePosition
	if posn <= 0 {
		posn = 1
	}
	hint := ""
	for _, p := range missing {
		if b.helpMessage(p) != "" {
			hint = msgPromptHelpHint + "\n"
		}
	}
	h.Write(sprintf(msgPromptCaption, b.ci.Name, posn) + "\n" + msgPromptMessage + "\n" + hint)
	for _, p := range missing {
		var v any
		if isArrayType(p.Type) {
			var vals []any
			for i := 0; ; i++ {
				line, err := b.ask(h, p, sprintf("%s[%d]: ", p.Name, i))
				if err != nil {
					return err
				}
				if line == "" {
					break
				}
				vals = append(vals, line)
			}
			if vals == nil {
				vals = []any{}
			}
			v = vals
		} else {
			line, err := b.ask(h, p, p.Name+": ")
			if err != nil {
				return err
			}
			v = line
		}
		if err := b.bindValue(p, v, nil); err != nil {
			return err
		}
	}
	return nil
}

// msgPromptHelpHint is shown when a prompted parameter has a help
// message.
const msgPromptHelpHint = "(Type !? for Help.)"

// helpMessage is the HelpMessage of p in the resolved set (or any set).
func (b *binder) helpMessage(p *ParamDecl) string {
	if sb := setBinding(p, b.SetName); sb != nil && sb.HelpMessage != "" {
		return sb.HelpMessage
	}
	for _, s := range p.Sets {
		if s.HelpMessage != "" {
			return s.HelpMessage
		}
	}
	return ""
}

// ask reads one answer; "!?" shows the help message and asks again, and
// a SecureString parameter is read without echo.
func (b *binder) ask(h Host, p *ParamDecl, prompt string) (string, error) {
	for {
		var line string
		var err error
		if strings.Contains(strings.ToLower(p.Type), "securestring") {
			line, err = h.ReadSecret(prompt)
		} else {
			line, err = h.ReadLine(prompt)
		}
		if err != nil {
			return "", err
		}
		if msg := b.helpMessage(p); line == "!?" && msg != "" {
			h.Write(msg + "\n")
			continue
		}
		return line, nil
	}
}
