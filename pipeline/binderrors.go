package pipeline

import (
	"fmt"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Exception types the binder raises, as PowerShell names them.
const (
	exParameterBinding      = "System.Management.Automation.ParameterBindingException"
	exParameterValidation   = "System.Management.Automation.ParameterBindingValidationException"
	exParameterTransform    = "System.Management.Automation.ParameterBindingArgumentTransformationException"
	exInvalidCast           = "System.Management.Automation.PSInvalidCastException"
	categoryInvalidArgument = "InvalidArgument"
	categoryInvalidData     = "InvalidData"
	categoryMetadataError   = "MetadataError"
)

// Texts from PowerShell's ParameterBinderStrings.resx (Windows PowerShell
// 5.1 wording where it differs from later versions).
const (
	msgNamedParameterNotFound      = "A parameter cannot be found that matches parameter name '%s'."
	msgPositionalParameterNotFound = "A positional parameter cannot be found that accepts argument '%s'."
	msgMissingArgument             = "Missing an argument for parameter '%s'. Specify a parameter of type '%s' and try again."
	msgAmbiguousParameter          = "Parameter cannot be processed because the parameter name '%s' is ambiguous. Possible matches include:%s."
	msgCannotConvertNoMessage      = "Cannot bind parameter '%s'. %s"
	msgCannotConvertArgument       = "Cannot convert '%s' to the type '%s' required by parameter '%s'. %s"
	msgTransformationError         = "Cannot process argument transformation on parameter '%s'. %s"
	msgAmbiguousParameterSet       = "Parameter set cannot be resolved using the specified named parameters."
	msgMissingMandatory            = "Cannot process command because of one or more missing mandatory parameters:%s."
	msgParameterAlreadyBound       = "Cannot bind parameter because parameter '%s' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, \"-parameter value1,value2,value3\"."
	msgScriptBlockNoInput          = "Cannot evaluate parameter '%s' because its argument is specified as a script block and there is no input. A script block cannot be evaluated without input."
	msgScriptBlockFailed           = "The input to the script block for parameter '%s' failed. %s"
	msgScriptBlockNoOutput         = "Cannot evaluate parameter '%s' because its argument input did not produce any output."
	msgInputObjectNotBound         = "The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input."
	msgInputObjectMissingMandatory = "The input object cannot be bound because it did not contain the information required to bind all mandatory parameters: %s"
	msgValidationError             = "Cannot validate argument on parameter '%s'. %s"
	msgNullNotAllowed              = "Cannot bind argument to parameter '%s' because it is null."
	msgEmptyStringNotAllowed       = "Cannot bind argument to parameter '%s' because it is an empty string."
	msgEmptyCollectionNotAllowed   = "Cannot bind argument to parameter '%s' because it is an empty collection."
	msgEmptyArrayNotAllowed        = "Cannot bind argument to parameter '%s' because it is an empty array."
	msgPromptCaption               = "cmdlet %s at command pipeline position %d"
	msgPromptMessage               = "Supply values for the following parameters:"
)

// bindError builds a binding error record for command ci. pos is where
// the offending argument was written (nil: the command itself).
func (b *binder) bindError(exType, id, category, msg string, pos *object.InvocationInfo) *object.ErrorRecord {
	ex := object.NewException(exType, "%s", msg)
	rec := object.NewError(ex, id+","+b.ci.ErrorSuffix(), category, nil)
	rec.Activity = b.ci.Name
	rec.Invocation = b.where(pos)
	// ParameterBindingException's own properties: ErrorId is the
	// resource id, Line and Offset where the offending text starts;
	// ParameterName stays empty until the caller names the parameter.
	ex.Props = map[string]any{"ParameterName": "", "ErrorId": id}
	if inv := rec.Invocation; inv.Line > 0 {
		ex.Props["Line"], ex.Props["Offset"] = int64(inv.Line), int64(inv.Column)
	}
	return rec
}

// onParam names the parameter a binding error is about
// (ParameterBindingException.ParameterName).
func onParam(rec *object.ErrorRecord, name string) *object.ErrorRecord {
	rec.Exception.Props["ParameterName"] = name
	return rec
}

// where returns the position for an error: the argument's when known,
// else the command's; MyCommand is filled in either way.
func (b *binder) where(pos *object.InvocationInfo) *object.InvocationInfo {
	if pos == nil {
		pos = b.opts.Invocation
	}
	if pos == nil {
		return &object.InvocationInfo{MyCommand: b.ci.Name}
	}
	if pos.MyCommand == "" {
		cp := *pos
		cp.MyCommand = b.ci.Name
		if b.opts.Invocation != nil && cp.InvocationName == "" {
			cp.InvocationName = b.opts.Invocation.InvocationName
		}
		return &cp
	}
	return pos
}

func (b *binder) errNamedNotFound(a *Arg) error {
	return onParam(b.bindError(exParameterBinding, "NamedParameterNotFound", categoryInvalidArgument,
		fmt.Sprintf(msgNamedParameterNotFound, a.Name), a.Pos), a.Name)
}

func (b *binder) errAmbiguous(a *Arg, matches []*ParamDecl) error {
	var sb strings.Builder
	for _, m := range matches {
		sb.WriteString(" -")
		sb.WriteString(m.Name)
	}
	return onParam(b.bindError(exParameterBinding, "AmbiguousParameter", categoryInvalidArgument,
		fmt.Sprintf(msgAmbiguousParameter, a.Name, sb.String()), a.Pos), a.Name)
}

func (b *binder) errMissingArgument(a *Arg, p *ParamDecl) error {
	return onParam(b.bindError(exParameterBinding, "MissingArgument", categoryInvalidArgument,
		fmt.Sprintf(msgMissingArgument, p.Name, paramTypeName(p)), a.Pos), p.Name)
}

func (b *binder) errPositional(a *Arg) error {
	return b.bindError(exParameterBinding, "PositionalParameterNotFound", categoryInvalidArgument,
		fmt.Sprintf(msgPositionalParameterNotFound, argText(a)), a.Pos)
}

func (b *binder) errAlreadyBound(a *Arg, p *ParamDecl) error {
	return onParam(b.bindError(exParameterBinding, "ParameterAlreadyBound", categoryInvalidArgument,
		fmt.Sprintf(msgParameterAlreadyBound, p.Name), a.Pos), p.Name)
}

func (b *binder) errAmbiguousSet() error {
	return b.bindError(exParameterBinding, "AmbiguousParameterSet", categoryInvalidArgument,
		msgAmbiguousParameterSet, nil)
}

func (b *binder) errMissingMandatory(names []string) error {
	return b.bindError(exParameterBinding, "MissingMandatoryParameter", categoryInvalidArgument,
		fmt.Sprintf(msgMissingMandatory, " "+strings.Join(names, " ")), nil)
}

// errConvert wraps a conversion failure. Cmdlets report
// CannotConvertArgumentNoMessage; script parameters go through an
// argument transformation attribute and report that instead.
func (b *binder) errConvert(p *ParamDecl, err error, pos *object.InvocationInfo) error {
	if rec, ok := err.(*object.ErrorRecord); ok {
		return rec
	}
	if be, ok := err.(boolParamError); ok {
		if b.isScript() {
			return onParam(b.bindError(exParameterTransform, "ParameterArgumentTransformationError", categoryInvalidData,
				fmt.Sprintf(msgTransformationError, p.Name, fmt.Sprintf("Cannot convert value \"%s\" to type \"System.Boolean\". %s", be.from, be.Error())), pos), p.Name)
		}
		return onParam(b.bindError(exParameterBinding, "CannotConvertArgument", categoryInvalidArgument,
			fmt.Sprintf(msgCannotConvertArgument, be.from, "System.Boolean", p.Name, be.Error()), pos), p.Name)
	}
	inner := err.Error()
	var ex *object.Exception
	if e, ok := err.(*object.Exception); ok {
		ex = e
	}
	var rec *object.ErrorRecord
	if b.isScript() {
		rec = b.bindError(exParameterTransform, "ParameterArgumentTransformationError", categoryInvalidData,
			fmt.Sprintf(msgTransformationError, p.Name, inner), pos)
	} else {
		rec = b.bindError(exParameterBinding, "CannotConvertArgumentNoMessage", categoryInvalidArgument,
			fmt.Sprintf(msgCannotConvertNoMessage, p.Name, inner), pos)
	}
	rec.Exception.Inner = ex
	return onParam(rec, p.Name)
}

// refuseCollectionForString enforces that cmdlets and advanced functions
// do not bind a collection to a scalar [string] parameter: only plain
// functions join it into one string (about_Type_Conversion, "Best practices
// for parameter binding"). A one-element collection still binds.
func (b *binder) refuseCollectionForString(p *ParamDecl, v any, pos *object.InvocationInfo) error {
	if !b.advanced() || p.Enum != nil || fullTypeName(p.Type) != "System.String" {
		return nil
	}
	items, ok := enumerate(v)
	if !ok || len(items) == 1 {
		return nil
	}
	if b.isScript() {
		return onParam(b.bindError(exParameterTransform, "ParameterArgumentTransformationError", categoryInvalidData,
			fmt.Sprintf(msgTransformationError, p.Name, "Cannot convert value to type System.String."), pos), p.Name)
	}
	return onParam(b.bindError(exParameterBinding, "CannotConvertArgument", categoryInvalidArgument,
		fmt.Sprintf(msgCannotConvertArgument, dotnet.TypeName(v), "System.String", p.Name, "Specified method is not supported."), pos), p.Name)
}

// errValidation reports a failed validation attribute.
func (b *binder) errValidation(p *ParamDecl, inner string, pos *object.InvocationInfo) error {
	return onParam(b.bindError(exParameterValidation, "ParameterArgumentValidationError", categoryInvalidData,
		fmt.Sprintf(msgValidationError, p.Name, inner), pos), p.Name)
}

// errNullOrEmpty reports a null or empty argument to a mandatory parameter.
func (b *binder) errNullOrEmpty(id, format string, p *ParamDecl, pos *object.InvocationInfo) error {
	return onParam(b.bindError(exParameterValidation, id, categoryInvalidData, fmt.Sprintf(format, p.Name), pos), p.Name)
}

// argText is how PowerShell shows an argument in a message: its value's
// string form (an array shows as its type name, as .NET's ToString does).
func argText(a *Arg) string {
	if a.IsParam {
		if a.Text != "" {
			return a.Text
		}
		return "-" + a.Name
	}
	switch v := a.Value.(type) {
	case []any:
		return "System.Object[]"
	case nil:
		return a.Text
	default:
		return toString(v)
	}
}
