package interp

import (
	"fmt"
	"math"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// pagingParams are the parameters [CmdletBinding(SupportsPaging)] adds:
// -First, -Skip and -IncludeTotalCount (about_Functions_CmdletBindingAttribute).
// They bind into $PSCmdlet.PagingParameters, not into variables.
func pagingParams() []*pipeline.ParamDecl {
	return []*pipeline.ParamDecl{
		pipeline.Param("IncludeTotalCount", "switch"),
		pipeline.Param("Skip", "System.UInt64"),
		pipeline.Param("First", "System.UInt64"),
	}
}

// pagingObject is $PSCmdlet.PagingParameters: the values bound (First
// defaults to UInt64.MaxValue) and NewTotalCount.
func pagingObject(b *pipeline.Binding) *object.PSObject {
	first, skip := uint64(math.MaxUint64), uint64(0)
	if v, ok := b.Bound["First"]; ok {
		if n, err := dotnet.Convert(v, "System.UInt64"); err == nil {
			first, _ = n.(uint64)
		}
	}
	if v, ok := b.Bound["Skip"]; ok {
		if n, err := dotnet.Convert(v, "System.UInt64"); err == nil {
			skip, _ = n.(uint64)
		}
	}
	include := toBool(b.Bound["IncludeTotalCount"])
	o := object.NewObject("System.Management.Automation.PagingParameters", "System.Object")
	o.Add(&object.Member{Name: "IncludeTotalCount", Kind: object.Property, Value: switchValue(include), Type: "switch"})
	o.Add(&object.Member{Name: "Skip", Kind: object.Property, Value: skip, Type: "uint64"})
	o.Add(&object.Member{Name: "First", Kind: object.Property, Value: first, Type: "uint64"})
	o.Add(&object.Member{Name: "NewTotalCount", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 2 {
			return nil, object.NewException("System.Management.Automation.MethodException",
				"Cannot find an overload for \"NewTotalCount\" and the argument count: \"%d\".", len(args))
		}
		n, err := dotnet.Convert(args[0], "System.UInt64")
		if err != nil {
			return nil, err
		}
		acc, err := dotnet.Convert(args[1], "System.Double")
		if err != nil {
			return nil, err
		}
		return newTotalCount(n.(uint64), acc.(float64)), nil
	}})
	return o
}

// newTotalCount is PagingParameters.NewTotalCount: the count, with its
// Accuracy (0 to 1), that prints as CommandBaseStrings' "Total count: n",
// "Estimated total count: n" or "Unknown total count".
func newTotalCount(n uint64, accuracy float64) *object.PSObject {
	accuracy = math.Max(0, math.Min(1, accuracy))
	text := fmt.Sprintf("Estimated total count: %d", n)
	switch {
	case accuracy >= 1:
		text = fmt.Sprintf("Total count: %d", n)
	case accuracy <= 0:
		text = "Unknown total count"
	}
	o := object.NewObject("System.UInt64", "System.ValueType", "System.Object")
	o.Base = n
	o.Add(&object.Member{Name: "ToString", Kind: object.ScriptMethod, Call: func([]any) (any, error) { return text, nil }})
	o.Add(&object.Member{Name: "Accuracy", Kind: object.NoteProperty, Value: accuracy})
	return o
}

// hasPaging reports whether a command declares the paging parameters.
func hasPaging(ci *pipeline.CommandInfo) bool {
	n := 0
	for _, p := range ci.Params {
		switch p.Name {
		case "IncludeTotalCount", "Skip", "First":
			n++
		}
	}
	return n == 3
}
