package members

import (
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// decimalArithmetic serves Decimal's static arithmetic methods (Add,
// Subtract, Multiply, Divide, Remainder, Negate, Compare): each argument
// converts to Decimal first, as the Decimal parameters make it.
func decimalArithmetic(lname string, args []any) (any, bool, error) {
	want := 2
	switch lname {
	case "add", "subtract", "multiply", "divide", "remainder", "compare":
	case "negate":
		want = 1
	default:
		return nil, false, nil
	}
	if len(args) != want {
		return nil, true, overload
	}
	ds := make([]object.Decimal, len(args))
	for i, a := range args {
		c, err := dotnet.Convert(a, "System.Decimal")
		if err != nil {
			return nil, true, err
		}
		ds[i] = c.(object.Decimal)
	}
	var r object.Decimal
	var err error
	switch lname {
	case "negate":
		return dotnet.DecNeg(ds[0]), true, nil
	case "compare":
		return int32(dotnet.DecCmp(ds[0], ds[1])), true, nil
	case "add":
		r, err = dotnet.DecAdd(ds[0], ds[1])
	case "subtract":
		r, err = dotnet.DecSub(ds[0], ds[1])
	case "multiply":
		r, err = dotnet.DecMul(ds[0], ds[1])
	case "divide":
		r, err = dotnet.DecDiv(ds[0], ds[1])
	case "remainder":
		r, err = dotnet.DecRem(ds[0], ds[1])
	}
	if err != nil {
		return nil, true, err
	}
	return r, true, nil
}
