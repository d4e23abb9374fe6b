package pipeline

import (
	"strings"
	"sync"
)

// cmdMeta is what the binder derives from a declaration once and reuses
// for every invocation: the parameters with the common ones, the set
// names, the remaining-arguments parameter, the parameters that take
// pipeline input, and each set's mandatory parameters.
type cmdMeta struct {
	nparams   int
	all       []*ParamDecl
	sets      []string
	remaining *ParamDecl
	pipe      []*ParamDecl
	mandatory map[string][]*ParamDecl
	hasPos    bool
}

var metaCache sync.Map // *CommandInfo → *cmdMeta

// metaFor returns the derived data of ci (declarations are not changed
// once registered; a changed parameter count rebuilds it).
func metaFor(ci *CommandInfo, advanced bool) *cmdMeta {
	if v, ok := metaCache.Load(ci); ok {
		m := v.(*cmdMeta)
		if m.nparams == len(ci.Params) {
			return m
		}
	}
	m := &cmdMeta{nparams: len(ci.Params), sets: setNames(ci), mandatory: map[string][]*ParamDecl{}}
	m.all = ci.Params
	if advanced {
		m.all = append(append([]*ParamDecl(nil), ci.Params...), CommonParams...)
		if ci.SupportsShouldProcess {
			m.all = append(m.all, ShouldProcessParams...)
		}
	}
	for _, p := range ci.Params {
		if p.ValueFromRemainingArguments && m.remaining == nil {
			m.remaining = p
		}
		for _, s := range p.Sets {
			if s.ValueFromPipeline || s.ValueFromPipelineByPropertyName {
				m.pipe = append(m.pipe, p)
				break
			}
		}
		for _, s := range p.Sets {
			if s.Position >= 0 {
				m.hasPos = true
			}
		}
	}
	for _, s := range m.sets {
		for _, p := range ci.Params {
			if sb := setBinding(p, s); sb != nil && sb.Mandatory {
				m.mandatory[strings.ToLower(s)] = append(m.mandatory[strings.ToLower(s)], p)
			}
		}
	}
	metaCache.Store(ci, m)
	return m
}

// hasPrefixFold reports whether s begins with prefix, without case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
