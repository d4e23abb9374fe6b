package ops

import (
	"math"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// intOperand converts an operand of a bitwise operator to an integer and
// the integer kind it counts as. Doubles and Decimals round half to even
// and take the smallest of Int32, UInt32, Int64, UInt64 that holds them.
func intOperand(v any) (int64, kind, error) {
	switch a := v.(type) {
	case dotnet.Enum:
		return a.Value, kInt32, nil
	case nil, object.AutomationNull:
		return 0, kInt32, nil
	}
	n, err := operand(v, kInt32)
	if err != nil {
		return 0, kNone, err
	}
	switch n.k {
	case kSByte, kByte, kInt16, kUInt16, kInt32:
		return n.i, kInt32, nil
	case kUInt32, kInt64:
		return n.i, n.k, nil
	case kUInt64:
		return int64(n.u), kUInt64, nil
	}
	f := roundEven(n.float())
	switch {
	case f >= math.MinInt32 && f <= math.MaxInt32:
		return int64(f), kInt32, nil
	case f >= 0 && f <= math.MaxUint32:
		return int64(f), kUInt32, nil
	case f >= math.MinInt64 && f < math.MaxInt64:
		return int64(f), kInt64, nil
	case f >= 0 && f < math.MaxUint64:
		return int64(uint64(f)), kUInt64, nil
	}
	return 0, kNone, castError(v, "System.UInt64", "")
}

// bitOp builds -band/-bor/-bxor. An enum on the left keeps its type
// ([FileAttributes]::ReadOnly -bor [FileAttributes]::Hidden).
func bitOp(op byte) Func {
	return func(x, y any, _ Env) (any, error) {
		if a, ok := x.(int32); ok {
			if b, ok := y.(int32); ok {
				return int32(bits(op, int64(a), int64(b))), nil
			}
		}
		a, ka, err := intOperand(x)
		if err != nil {
			return nil, err
		}
		b, kb, err := intOperand(y)
		if err != nil {
			return nil, err
		}
		r := bits(op, a, b)
		if e, ok := x.(dotnet.Enum); ok {
			return dotnet.Enum{Type: e.Type, Value: r}, nil
		}
		k := ka
		if kb > k {
			k = kb
		}
		switch {
		case k == kInt32:
			return int32(r), nil
		case k == kUInt32 && ka == kb:
			return uint32(r), nil
		case k == kUInt64:
			if a < 0 && ka != kUInt64 || b < 0 && kb != kUInt64 {
				return r, nil
			}
			return uint64(r), nil
		}
		return r, nil
	}
}

func bits(op byte, a, b int64) int64 {
	switch op {
	case '&':
		return a & b
	case '|':
		return a | b
	}
	return a ^ b
}

// shiftOp builds -shl/-shr: the left operand keeps its integer type, the
// count is masked to its width as .NET does; -shr is arithmetic for
// signed types.
func shiftOp(left bool) Func {
	return func(x, y any, _ Env) (any, error) {
		a, ka, err := intOperand(x)
		if err != nil {
			return nil, err
		}
		c, _, err := intOperand(y)
		if err != nil {
			return nil, err
		}
		// Byte, SByte, Int16 and UInt16 keep their own type: PowerShell
		// shifts the left operand as its own type, so the bits shifted out
		// of it are lost ([byte]255 -shl 1 is 254).
		switch x.(type) {
		case uint8, int8, int16, uint16:
			s := uint(c & 31)
			r := int32(a) >> s
			if left {
				r = int32(a) << s
			}
			switch x.(type) {
			case uint8:
				return uint8(r), nil
			case int8:
				return int8(r), nil
			case int16:
				return int16(r), nil
			}
			return uint16(r), nil
		}
		switch ka {
		case kInt32:
			s := uint(c & 31)
			if left {
				return int32(a) << s, nil
			}
			return int32(a) >> s, nil
		case kUInt32:
			s := uint(c & 31)
			if left {
				return uint32(a) << s, nil
			}
			return uint32(a) >> s, nil
		case kUInt64:
			s := uint(c & 63)
			if left {
				return uint64(a) << s, nil
			}
			return uint64(a) >> s, nil
		}
		s := uint(c & 63)
		if left {
			return a << s, nil
		}
		return a >> s, nil
	}
}
