package pipeline

import (
	"fmt"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
)

// Texts from PowerShell's Metadata.resx for the validation attributes.
const (
	msgValidateSet             = "The argument \"%s\" does not belong to the set \"%s\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again."
	msgValidateNotNull         = "The argument is null. Provide a valid value for the argument, and then try running the command again."
	msgValidateNotNullColl     = "The argument has a null value, or an element of the argument collection contains a null value. Provide a collection that does not contain any null values, and then try the command again."
	msgValidateNotNullOrEmpty  = "The argument is null or empty. Provide an argument that is not null or empty, and then try the command again."
	msgValidateNotNullOrEmptyC = "The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again."
	msgValidateRangeMax        = "The %s argument is greater than the maximum allowed range of %s. Supply an argument that is less than or equal to %s and then try the command again."
	msgValidateRangeMin        = "The %s argument is less than the minimum allowed range of %s. Supply an argument that is greater than or equal to %s and then try the command again."
	msgValidatePattern         = "The argument \"%s\" does not match the \"%s\" pattern. Supply an argument that matches \"%s\" and try the command again."
	msgValidateCountExact      = "The parameter requires exactly %d value(s) - %d value(s) were provided."
	msgValidateCountMinMax     = "The parameter requires at least %d value(s) and no more than %d value(s) - %d value(s) were provided."
	msgValidateLengthMin       = "The character length (%d) of the argument is too short. Specify an argument with a length that is greater than or equal to \"%d\", and then try the command again."
	msgValidateLengthMax       = "The character length of the %d argument is too long. Shorten the character length of the argument so it is fewer than or equal to \"%d\" characters, and then try the command again."
	msgValidateScript          = "The \"%s\" validation script for the argument with value \"%s\" did not return a result of True. Determine why the validation script failed, and then try the command again."
)

// validate applies the mandatory null/empty checks and the validation
// attributes to a converted value.
func (b *binder) validate(p *ParamDecl, v any, pos *object.InvocationInfo) error {
	if b.isMandatoryAnywhere(p) {
		if err := b.checkNullOrEmpty(p, v, pos); err != nil {
			return err
		}
	}
	items, isColl := enumerate(v)
	if !isColl {
		items = []any{v}
	}
	if p.ValidateNotNull {
		if v == nil {
			return b.errValidation(p, msgValidateNotNull, pos)
		}
		for _, it := range items {
			if it == nil {
				return b.errValidation(p, msgValidateNotNullColl, pos)
			}
		}
	}
	if p.ValidateNotNullOrEmpty {
		if v == nil || v == "" {
			return b.errValidation(p, msgValidateNotNullOrEmpty, pos)
		}
		if isColl {
			if len(items) == 0 {
				return b.errValidation(p, msgValidateNotNullOrEmptyC, pos)
			}
			for _, it := range items {
				if it == nil {
					return b.errValidation(p, msgValidateNotNullOrEmptyC, pos)
				}
				if it == "" {
					// 5.1's ArgumentCollectionContainsEmpty reports the
					// scalar text for an empty string element.
					return b.errValidation(p, msgValidateNotNullOrEmpty, pos)
				}
			}
		}
	}
	if p.ValidateCount != nil && isColl {
		lo, hi := p.ValidateCount[0], p.ValidateCount[1]
		if n := len(items); n < lo || n > hi {
			if lo == hi {
				return b.errValidation(p, fmt.Sprintf(msgValidateCountExact, lo, n), pos)
			}
			return b.errValidation(p, fmt.Sprintf(msgValidateCountMinMax, lo, hi, n), pos)
		}
	}
	if enumeratedValidation(p) {
		// ValidateSet/Range/Pattern/Length/Script are 5.1's
		// ValidateEnumeratedArgumentsAttribute: a null argument is
		// refused as an empty collection, a null element as null (so
		// "you cannot pass a $null value", about_Functions_Advanced_Parameters).
		if v == nil {
			return b.errValidation(p, msgValidateNotNullOrEmptyC, pos)
		}
		for _, it := range items {
			if it == nil {
				return b.errValidation(p, msgValidateNotNull, pos)
			}
		}
	}
	for _, it := range items {
		if err := b.validateElement(p, it, pos); err != nil {
			return err
		}
	}
	if p.Validate != nil {
		if err := p.Validate(v); err != nil {
			return b.errValidation(p, err.Error(), pos)
		}
	}
	return nil
}

// validateElement applies the per-element attributes.
func (b *binder) validateElement(p *ParamDecl, v any, pos *object.InvocationInfo) error {
	if len(p.ValidateSet) > 0 {
		s := toString(v)
		ok := false
		for _, m := range p.ValidateSet {
			if strings.EqualFold(m, s) {
				ok = true
				break
			}
		}
		if !ok {
			return b.errValidation(p, fmt.Sprintf(msgValidateSet, s, strings.Join(p.ValidateSet, ",")), pos)
		}
	}
	if r := p.ValidateRange; r != nil && v != nil {
		x, err1 := dotnet.Convert(v, "double")
		lo, err2 := dotnet.Convert(r.Min, "double")
		hi, err3 := dotnet.Convert(r.Max, "double")
		if err1 == nil && err2 == nil && err3 == nil {
			xf, _ := x.(float64)
			lf, _ := lo.(float64)
			hf, _ := hi.(float64)
			if xf > hf {
				m := toString(r.Max)
				return b.errValidation(p, fmt.Sprintf(msgValidateRangeMax, toString(v), m, m), pos)
			}
			if xf < lf {
				m := toString(r.Min)
				return b.errValidation(p, fmt.Sprintf(msgValidateRangeMin, toString(v), m, m), pos)
			}
		}
	}
	if p.ValidatePattern != "" {
		// A .NET pattern, matched without case (RegexOptions.IgnoreCase).
		re, err := ops.Regex(p.ValidatePattern, ops.IgnoreCase)
		s := toString(v)
		if err == nil && !re.MatchString(s) {
			return b.errValidation(p, fmt.Sprintf(msgValidatePattern, s, p.ValidatePattern, p.ValidatePattern), pos)
		}
	}
	if l := p.ValidateLength; l != nil {
		n := len([]rune(toString(v)))
		if n < l[0] {
			return b.errValidation(p, fmt.Sprintf(msgValidateLengthMin, n, l[0]), pos)
		}
		if n > l[1] {
			return b.errValidation(p, fmt.Sprintf(msgValidateLengthMax, n, l[1]), pos)
		}
	}
	if p.ValidateScript != nil && b.rt != nil {
		out, err := b.rt.Invoke(p.ValidateScript, InvokeOptions{DollarUnder: v, UseDollarUnder: true, NewScope: true})
		if err != nil {
			return b.errValidation(p, err.Error(), pos)
		}
		if len(out) == 0 || !dotnet.ToBool(out[len(out)-1]) {
			return b.errValidation(p, fmt.Sprintf(msgValidateScript, p.ValidateScript.String(), toString(v)), pos)
		}
	}
	return nil
}

// checkNullOrEmpty is PowerShell's check for mandatory parameters: no
// null, no empty string, no empty collection unless allowed.
func (b *binder) checkNullOrEmpty(p *ParamDecl, v any, pos *object.InvocationInfo) error {
	if v == nil {
		if p.AllowNull {
			return nil
		}
		// A script's [string] parameter converts $null to "" before the
		// check (ArgumentTypeConverterAttribute), so it reports an empty
		// string; a compiled cmdlet checks the null itself ("Add-Member
		// -Name $null": ParameterArgumentValidationErrorNullNotAllowed).
		if b.ci.Kind != KindCmdlet && strings.EqualFold(strings.TrimSuffix(paramTypeName(p), "[]"), "System.String") && !isArrayType(p.Type) {
			if p.AllowEmptyString {
				return nil
			}
			return b.errNullOrEmpty("ParameterArgumentValidationErrorEmptyStringNotAllowed", msgEmptyStringNotAllowed, p, pos)
		}
		return b.errNullOrEmpty("ParameterArgumentValidationErrorNullNotAllowed", msgNullNotAllowed, p, pos)
	}
	// An empty string is refused only where a string is wanted (a string
	// or string[] parameter); an [object] parameter takes "" as a value
	// (ConvertTo-Json's -InputObject "" gives "").
	stringParam := strings.EqualFold(strings.TrimSuffix(paramTypeName(p), "[]"), "System.String")
	if s, ok := v.(string); ok && s == "" && !p.AllowEmptyString && stringParam {
		return b.errNullOrEmpty("ParameterArgumentValidationErrorEmptyStringNotAllowed", msgEmptyStringNotAllowed, p, pos)
	}
	switch c := v.(type) {
	case []any:
		if len(c) == 0 && !p.AllowEmptyCollection {
			return b.errNullOrEmpty("ParameterArgumentValidationErrorEmptyArrayNotAllowed", msgEmptyArrayNotAllowed, p, pos)
		}
		// Each element is checked as a value of the element type
		// (ValidateNullOrEmptyArgument recurses into the collection).
		for _, it := range c {
			if it == nil && !p.AllowNull {
				return b.errNullOrEmpty("ParameterArgumentValidationErrorNullNotAllowed", msgNullNotAllowed, p, pos)
			}
			if s, ok := it.(string); ok && s == "" && stringParam && !p.AllowEmptyString {
				return b.errNullOrEmpty("ParameterArgumentValidationErrorEmptyStringNotAllowed", msgEmptyStringNotAllowed, p, pos)
			}
		}
	case *object.List:
		if len(c.Items) == 0 && !p.AllowEmptyCollection {
			return b.errNullOrEmpty("ParameterArgumentValidationErrorEmptyCollectionNotAllowed", msgEmptyCollectionNotAllowed, p, pos)
		}
	}
	return nil
}

// enumeratedValidation reports whether p has a validation attribute that
// checks each element of its argument.
func enumeratedValidation(p *ParamDecl) bool {
	return len(p.ValidateSet) > 0 || p.ValidateRange != nil || p.ValidatePattern != "" ||
		p.ValidateLength != nil || p.ValidateScript != nil
}
