package core

import (
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// filterMatchInfo is Select-String's filter mode: a MatchInfo from an
// earlier Select-String is tested on its Line, and when it matches the
// same MatchInfo goes on (its path and line number kept; a copy without
// display context when it has context, which the filtered output could
// not show correctly).
func (st *selectStringState) filterMatchInfo(c *pipeline.Call, mi *object.PSObject) error {
	if st.stopStream {
		return nil
	}
	line, _ := mi.Prop("Line")
	if _, ok := st.match(c, dotnet.ToString(line), 0, inputStream, nil); !ok {
		return nil
	}
	out := mi
	if ctx, ok := mi.Prop("Context"); ok {
		if co, ok := ctx.(*object.PSObject); ok {
			out = mi.Copy()
			cc := co.Copy()
			for _, n := range []string{"DisplayPreContext", "DisplayPostContext"} {
				if m := cc.Member(n); m != nil {
					m.Value = []any{}
				}
			}
			if m := out.Member("Context"); m != nil {
				m.Value = cc
			}
		}
	}
	if c.Switch("List") {
		st.stopStream = true
	}
	return st.emit(c, out)
}
