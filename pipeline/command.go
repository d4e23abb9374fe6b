// Package pipeline is the command contract: command declarations, the
// parameter binder, the call a command runs in, the streams, and the
// Runtime interface through which cmdlets reach the interpreter (script
// blocks, variables, the host) without importing it.
package pipeline

import (
	"strings"

	"cspsh/pipeline/object"
)

// CommandKind is what a command is, as Get-Command's CommandType shows.
type CommandKind int

// Command kinds.
const (
	KindCmdlet CommandKind = iota
	KindFunction
	KindFilter
	KindAlias
	KindApplication
	KindExternalScript
)

// String names the kind as Get-Command prints it.
func (k CommandKind) String() string {
	return [...]string{"Cmdlet", "Function", "Filter", "Alias", "Application", "ExternalScript"}[k]
}

// AllSets is the parameter-set name of bindings that belong to every set
// (PowerShell's __AllParameterSets).
const AllSets = "__AllParameterSets"

// ParamDecl declares one parameter of a cmdlet or function. The binder,
// Get-Command -Syntax, Get-Help and tab completion all read it.
type ParamDecl struct {
	Name string
	// Type is the .NET-like type the binder converts to, understood by
	// dotnet.Convert: "string", "string[]", "int", "int[]", "long",
	// "double", "bool", "switch", "datetime", "timespan", "object",
	// "object[]", "scriptblock", "hashtable", "securestring", "char",
	// "pscredential", or a full .NET name. Enum parameters set Enum.
	Type    string
	Enum    *EnumType
	Aliases []string
	// Sets lists the parameter sets the parameter belongs to with its
	// per-set attributes. An empty list means AllSets, optional, no
	// position, no pipeline input.
	Sets []SetBinding
	// ValueFromRemainingArguments collects unbound positional arguments.
	ValueFromRemainingArguments bool
	ValidateSet                 []string
	ValidateNotNullOrEmpty      bool
	ValidateNotNull             bool
	AllowEmptyString            bool
	AllowNull                   bool
	// Transform is a cmdlet's ArgumentTransformationAttribute: it runs on
	// the argument before type matching and conversion (Add-Member's
	// -NotePropertyName turns a number into its text, so "Add-Member 23
	// x" names a note property rather than binding -MemberType).
	Transform func(v any) any
	// Validate runs after conversion; its error message is wrapped as
	// "Cannot validate argument on parameter 'X'. <message>".
	Validate func(v any) error
	// Default is shown by Get-Help; the binder does not apply it.
	Default string
	Help    string
	// DontShow hides the parameter from completion and help.
	DontShow bool
	// LooseBool marks a [bool] parameter of a simple function: any
	// value converts as [bool] does. Cmdlets and advanced functions take
	// only Booleans and numbers.
	LooseBool bool
	// ArrayBool marks a [bool] parameter of an advanced function: an
	// array converts as [bool] does instead of failing, unlike a
	// cmdlet's (about_Functions_Advanced).
	ArrayBool bool

	// Further validation attributes (added by the binder work). Each
	// failure is wrapped as "Cannot validate argument on parameter 'X'.".
	ValidateRange   *Range  // [ValidateRange(min, max)]
	ValidatePattern string  // [ValidatePattern(regex)], case-insensitive
	ValidateCount   *[2]int // [ValidateCount(min, max)]
	ValidateLength  *[2]int // [ValidateLength(min, max)]
	// ValidateScript is a [ValidateScript({...})] block run with $_ set to
	// each value; a false result fails validation.
	ValidateScript       object.ScriptBlock
	AllowEmptyCollection bool
	// SupportsWildcards is what Get-Help shows as "Accept wildcard
	// characters?".
	SupportsWildcards bool
	// DisplayType, when set, is the type name Get-Command -Syntax and
	// Get-Help show instead of Type's (a product type the binder treats
	// as another, e.g. "XdsIdentity" bound as a string).
	DisplayType string
	// Dynamic, when set, makes the parameter a provider's dynamic
	// parameter: it exists only when Dynamic returns true for the
	// parameters bound from the command line (Remove-Item -DeleteKey on
	// a Cert: path); otherwise naming it is NamedParameterNotFound.
	Dynamic func(bound map[string]any, rt Runtime) bool
}

// Range is a ValidateRange attribute's inclusive bounds (numbers).
type Range struct{ Min, Max any }

// SetBinding is a parameter's attributes within one parameter set.
type SetBinding struct {
	Set                             string // AllSets or a set name
	Position                        int    // -1: named only
	Mandatory                       bool
	ValueFromPipeline               bool
	ValueFromPipelineByPropertyName bool
	HelpMessage                     string
}

// IsSwitch reports whether the parameter is a switch.
func (p *ParamDecl) IsSwitch() bool { return strings.EqualFold(p.Type, "switch") }

// EnumType is a .NET enum a parameter converts to.
type EnumType struct {
	FullName string   // e.g. "Microsoft.Rtc.Management.Deployment.CertType"
	Values   []string // canonical names in declaration order
	Flags    bool     // comma-separated combinations allowed
}

// Example is one Get-Help example.
type Example struct {
	Title   string // e.g. "Example 1"
	Code    string
	Remarks string
}

// CommandInfo declares a command once: its parameters, help and
// implementation. Cmdlets are written in Go (Begin/Process/End); script
// functions carry their compiled body in Script.
type CommandInfo struct {
	Name       string
	Kind       CommandKind
	Module     string // "Microsoft.PowerShell.Utility", "SkypeForBusiness", "CsLab", …
	Params     []*ParamDecl
	DefaultSet string
	// SupportsShouldProcess adds -WhatIf and -Confirm.
	SupportsShouldProcess bool
	// ConfirmImpact is "Low", "Medium" or "High" (default Medium).
	ConfirmImpact string
	// CmdletBinding marks an advanced function (common parameters).
	CmdletBinding bool
	Synopsis      string
	Description   string
	Examples      []Example
	Outputs       string // output type name for help
	// OutputTypes are the type names of a function's [OutputType()]
	// attributes, in order (FunctionInfo.OutputType).
	OutputTypes []string
	// HelpURI is [CmdletBinding(HelpURI=…)]: Get-Command's HelpUri.
	HelpURI string
	// ForwardHelpTarget is a function's .FORWARDHELPTARGETNAME: Get-Help
	// shows that command's help for it.
	ForwardHelpTarget string
	// Help is a function's comment-based help (nil without one): the
	// sections Get-Help's object carries beyond Synopsis and examples.
	Help *CommentHelp

	// Go implementation. Begin and End run once; Process once per
	// pipeline input object, or once with no input when the command is
	// first in its pipeline. Any may be nil.
	Begin   func(c *Call) error
	Process func(c *Call) error
	End     func(c *Call) error

	// Script is the interpreter's compiled function (KindFunction/Filter).
	Script any
	// Target is the aliased command name (KindAlias).
	Target string
	// Path is the program or script path (KindApplication/ExternalScript).
	Path string

	// TypeName is the implementing .NET class
	// ("Microsoft.PowerShell.Commands.GetCommandCommand"); PowerShell
	// uses it after the comma of a cmdlet's FullyQualifiedErrorId. Empty
	// means the command name (as for functions).
	TypeName string
	// Version is what Get-Command shows in its Version column.
	Version string
}

// ErrorSuffix is what follows the comma in the FullyQualifiedErrorId of an
// error this command raises.
func (ci *CommandInfo) ErrorSuffix() string {
	if ci.TypeName != "" {
		return ci.TypeName
	}
	return ci.Name
}

// Param returns the declaration called name (exact name, any case).
func (ci *CommandInfo) Param(name string) *ParamDecl {
	for _, p := range ci.Params {
		if strings.EqualFold(p.Name, name) {
			return p
		}
	}
	return nil
}

// ActionPreference is the value of -ErrorAction, $ErrorActionPreference
// and their siblings.
type ActionPreference int

// Action preferences, as System.Management.Automation.ActionPreference.
const (
	SilentlyContinue ActionPreference = 0
	Stop             ActionPreference = 1
	Continue         ActionPreference = 2
	Inquire          ActionPreference = 3
	Ignore           ActionPreference = 4
	Suspend          ActionPreference = 5
)

var actionNames = []string{"SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend"}

// String is the enum name.
func (a ActionPreference) String() string { return actionNames[a] }

// ActionNames lists ActionPreference values in enum order (for errors).
func ActionNames() []string { return append([]string(nil), actionNames...) }

// Arg is one argument given to a command, as the interpreter evaluated
// it: a parameter token (Name set) or a value.
type Arg struct {
	// IsParam marks a -Name token; Name is without the dash.
	IsParam bool
	Name    string
	// Value is the argument value, or the value after `-Name:`.
	Value    any
	HasValue bool // a -Name:value token (or a splatted name/value pair)
	Splatted bool
	// Text is the argument as written (e.g. "-Typo" or "7/1/2015"), used
	// in messages such as "A positional parameter cannot be found that
	// accepts argument 'x'".
	Text string
	// Pos is where the argument was written (for the error marker); nil
	// when unknown.
	Pos *object.InvocationInfo
	// IsScriptBlockLiteral marks a { … } literal (delay-bind candidate).
	IsScriptBlockLiteral bool
}
