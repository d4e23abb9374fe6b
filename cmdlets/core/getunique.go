package core

import (
	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// getUnique is Get-Unique: it drops an input object equal to the one
// just before it (so sorted input comes out unique).
func getUnique() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Get-Unique",
		Module:     utility,
		DefaultSet: "AsString",
		Params: []*pipeline.ParamDecl{
			inputObject("The objects to filter.", "AsString", "UniqueByType"),
			withHelp(param("AsString", "switch", named("AsString")), "Compares the objects as strings."),
			withHelp(param("OnType", "switch", named("UniqueByType")), "Compares the objects' types only."),
		},
		Synopsis:    "Returns unique items from a sorted list.",
		Description: "Get-Unique compares each input object with the previous one and drops it when they are equal, so a sorted list comes out without duplicates. The comparison is case-sensitive. -AsString compares string forms, -OnType compares types.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Unique words", Code: "'a','a','b','A' | Get-Unique", Remarks: "Outputs a, b and A."},
			{Title: "Example 2: One object per type", Code: "1, 2, 'x', 3 | Get-Unique -OnType", Remarks: "Outputs 1, x and 3."},
		},
		Outputs: "System.Management.Automation.PSObject",
		Process: getUniqueProcess,
	}
}

type uniqueState struct {
	last any
	have bool
}

func getUniqueProcess(c *pipeline.Call) error {
	in, ok := c.Current()
	if !ok || in == object.Null {
		return nil
	}
	st, _ := c.State.(*uniqueState)
	if st == nil {
		st = &uniqueState{}
		c.State = st
	}
	if st.have {
		var same bool
		switch {
		case c.Switch("OnType"):
			same = typeNameOf(st.last) == typeNameOf(in)
		case c.Switch("AsString"):
			same = dotnet.ToString(st.last) == dotnet.ToString(in)
		default:
			_, s1 := objutil.Base(st.last).(string)
			_, s2 := objutil.Base(in).(string)
			if s1 || s2 {
				same = dotnet.ToString(st.last) == dotnet.ToString(in)
			} else {
				same = objutil.Equal(st.last, in, true)
			}
		}
		if same {
			return nil
		}
	}
	st.last, st.have = in, true
	return c.Out(in)
}
