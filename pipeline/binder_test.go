package pipeline

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// Test helpers: a -Name token, a -Name:value token, a value.
func pn(name string) Arg { return Arg{IsParam: true, Name: name, Text: "-" + name} }
func pnv(name string, v any) Arg {
	return Arg{IsParam: true, Name: name, Value: v, HasValue: true, Text: "-" + name + ":"}
}
func val(v any) Arg                     { return Arg{Value: v, Text: fmt.Sprint(v)} }
func args(as ...Arg) []Arg              { return as }
func sets(s ...SetBinding) []SetBinding { return s }
func named0() SetBinding                { return SetBinding{Set: AllSets, Position: -1} }

var certType = &EnumType{
	FullName: "Microsoft.Rtc.Management.Deployment.CertType",
	Values:   []string{"Default", "WebServicesAll", "WebServicesExternal", "WebServicesInternal", "OAuthTokenIssuer"},
}

// setCert is shaped like Set-CsCertificate: two sets, an aliased
// DateTime, a switch, an enum array.
func setCert() *CommandInfo {
	return &CommandInfo{
		Name:       "Set-CsCertificate",
		Kind:       KindCmdlet,
		DefaultSet: "Thumbprint",
		Params: []*ParamDecl{
			{Name: "Identity", Type: "string", Sets: sets(SetBinding{Set: AllSets, Position: 0})},
			{Name: "Type", Type: "Microsoft.Rtc.Management.Deployment.CertType[]", Enum: certType,
				Sets: sets(SetBinding{Set: AllSets, Position: -1, Mandatory: true})},
			{Name: "Thumbprint", Type: "string", Sets: sets(SetBinding{Set: "Thumbprint", Position: -1, Mandatory: true})},
			{Name: "Path", Type: "string", Sets: sets(SetBinding{Set: "Path", Position: -1, Mandatory: true})},
			{Name: "EffectiveDate", Type: "datetime", Aliases: []string{"EffectiveTime"}},
			{Name: "Roll", Type: "switch"},
			{Name: "Count", Type: "int", ValidateRange: &Range{Min: int32(1), Max: int32(42)}},
			{Name: "Mode", Type: "string", ValidateSet: []string{"a", "b", "c"}},
		},
		SupportsShouldProcess: true,
	}
}

func TestBindNamed(t *testing.T) {
	// Dates parsed from text have DateTimeKind Unspecified.
	jul1 := dotnet.Unspecified(time.Date(2015, 7, 1, 0, 0, 0, 0, time.Local))
	jul22 := dotnet.Unspecified(time.Date(2015, 7, 22, 6, 0, 0, 0, time.Local))
	tests := []struct {
		name  string
		args  []Arg
		bound map[string]any
		set   string
	}{
		{"exact names", args(pn("Type"), val("Default"), pn("Thumbprint"), val("AB")),
			map[string]any{"Type": []any{"Default"}, "Thumbprint": "AB"}, "Thumbprint"},
		{"case-insensitive enum, canonical case", args(pn("type"), val("oauthtokenissuer"), pn("thumbprint"), val("AB")),
			map[string]any{"Type": []any{"OAuthTokenIssuer"}, "Thumbprint": "AB"}, "Thumbprint"},
		{"unique prefix", args(pn("Ty"), val("Default"), pn("Thumb"), val("AB")),
			map[string]any{"Type": []any{"Default"}, "Thumbprint": "AB"}, "Thumbprint"},
		{"alias and DateTime", args(pn("Type"), val("Default"), pn("Thumbprint"), val("AB"), pn("EffectiveTime"), val("7/22/2015 6:00:00 AM"), pn("Roll")),
			map[string]any{"Type": []any{"Default"}, "Thumbprint": "AB", "EffectiveDate": jul22, "Roll": true}, "Thumbprint"},
		{"invariant date", args(pn("Type"), val("Default"), pn("Thumbprint"), val("AB"), pn("EffectiveDate"), val("7/1/2015")),
			map[string]any{"Type": []any{"Default"}, "Thumbprint": "AB", "EffectiveDate": jul1}, "Thumbprint"},
		{"array argument", args(pn("Type"), val([]any{"Default", "WebServicesInternal"}), pn("Path"), val("x.pfx")),
			map[string]any{"Type": []any{"Default", "WebServicesInternal"}, "Path": "x.pfx"}, "Path"},
		{"name:value and switch:$false", args(pnv("Type", "Default"), pnv("Roll", false), pn("Thumbprint"), val("AB")),
			map[string]any{"Type": []any{"Default"}, "Roll": false, "Thumbprint": "AB"}, "Thumbprint"},
		{"positional", args(val("global"), pn("Type"), val("Default"), pn("Thumbprint"), val("AB")),
			map[string]any{"Identity": "global", "Type": []any{"Default"}, "Thumbprint": "AB"}, "Thumbprint"},
		{"switch does not take the next argument", args(pn("Roll"), val("global"), pn("Type"), val("Default"), pn("Thumbprint"), val("AB")),
			map[string]any{"Roll": true, "Identity": "global", "Type": []any{"Default"}, "Thumbprint": "AB"}, "Thumbprint"},
		{"range and set in bounds", args(pn("Type"), val("Default"), pn("Thumbprint"), val("AB"), pn("Count"), val("42"), pn("Mode"), val("B")),
			map[string]any{"Type": []any{"Default"}, "Thumbprint": "AB", "Count": int32(42), "Mode": "B"}, "Thumbprint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Bind(setCert(), tt.args, newFakeRT(), false)
			if err != nil {
				t.Fatalf("Bind: %v", err)
			}
			if !reflect.DeepEqual(b.Bound, tt.bound) {
				t.Errorf("Bound = %#v, want %#v", b.Bound, tt.bound)
			}
			if b.SetName != tt.set {
				t.Errorf("SetName = %q, want %q", b.SetName, tt.set)
			}
		})
	}
}

func TestBindErrors(t *testing.T) {
	tests := []struct {
		name string
		args []Arg
		msg  string
		id   string
	}{
		{"unknown parameter", args(pn("Typo"), val("Default")),
			"A parameter cannot be found that matches parameter name 'Typo'.", "NamedParameterNotFound,Set-CsCertificate"},
		{"ambiguous prefix", args(pn("T"), val("Default")),
			"Parameter cannot be processed because the parameter name 'T' is ambiguous. Possible matches include: -Type -Thumbprint.", "AmbiguousParameter,Set-CsCertificate"},
		{"missing argument", args(pn("Thumbprint"), val("AB"), pn("Type")),
			"Missing an argument for parameter 'Type'. Specify a parameter of type 'Microsoft.Rtc.Management.Deployment.CertType[]' and try again.", "MissingArgument,Set-CsCertificate"},
		{"missing argument before another parameter", args(pn("Type"), pn("Roll")),
			"Missing an argument for parameter 'Type'. Specify a parameter of type 'Microsoft.Rtc.Management.Deployment.CertType[]' and try again.", "MissingArgument,Set-CsCertificate"},
		{"bad enum", args(pn("Type"), val("X"), pn("Thumbprint"), val("AB")),
			"Cannot bind parameter 'Type'. Cannot convert value \"X\" to type \"Microsoft.Rtc.Management.Deployment.CertType\". Error: \"Unable to match the identifier name X to a valid enumerator name. Specify one of the following enumerator names and try again:\nDefault, WebServicesAll, WebServicesExternal, WebServicesInternal, OAuthTokenIssuer\"",
			"CannotConvertArgumentNoMessage,Set-CsCertificate"},
		{"bad date", args(pn("Type"), val("Default"), pn("Thumbprint"), val("AB"), pn("EffectiveDate"), val("x")),
			"Cannot bind parameter 'EffectiveDate'. Cannot convert value \"x\" to type \"System.DateTime\". Error: \"String was not recognized as a valid DateTime.\"",
			"CannotConvertArgumentNoMessage,Set-CsCertificate"},
		{"extra positional", args(val("a"), val("b"), pn("Type"), val("Default"), pn("Thumbprint"), val("AB")),
			"A positional parameter cannot be found that accepts argument 'b'.", "PositionalParameterNotFound,Set-CsCertificate"},
		{"sets conflict", args(pn("Type"), val("Default"), pn("Thumbprint"), val("AB"), pn("Path"), val("x")),
			"Parameter set cannot be resolved using the specified named parameters.", "AmbiguousParameterSet,Set-CsCertificate"},
		{"missing mandatory", args(pn("Thumbprint"), val("AB")),
			"Cannot process command because of one or more missing mandatory parameters: Type.", "MissingMandatoryParameter,Set-CsCertificate"},
		{"specified twice", args(pn("Thumbprint"), val("AB"), pn("Thumb"), val("CD")),
			"Cannot bind parameter because parameter 'Thumbprint' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, \"-parameter value1,value2,value3\".",
			"ParameterAlreadyBound,Set-CsCertificate"},
		{"validate range", args(pn("Count"), val(int32(50))),
			"Cannot validate argument on parameter 'Count'. The 50 argument is greater than the maximum allowed range of 42. Supply an argument that is less than or equal to 42 and then try the command again.",
			"ParameterArgumentValidationError,Set-CsCertificate"},
		{"validate set", args(pn("Mode"), val("x")),
			"Cannot validate argument on parameter 'Mode'. The argument \"x\" does not belong to the set \"a,b,c\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.",
			"ParameterArgumentValidationError,Set-CsCertificate"},
		{"empty string to mandatory", args(pn("Type"), val("Default"), pn("Thumbprint"), val("")),
			"Cannot bind argument to parameter 'Thumbprint' because it is an empty string.",
			"ParameterArgumentValidationErrorEmptyStringNotAllowed,Set-CsCertificate"},
		{"bad error action", args(pn("ErrorAction"), val("Sometimes")),
			"Cannot bind parameter 'ErrorAction'. Cannot convert value \"Sometimes\" to type \"System.Management.Automation.ActionPreference\". Error: \"Unable to match the identifier name Sometimes to a valid enumerator name. Specify one of the following enumerator names and try again:\nSilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend\"",
			"CannotConvertArgumentNoMessage,Set-CsCertificate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Bind(setCert(), tt.args, newFakeRT(), false)
			if err == nil {
				t.Fatal("Bind succeeded, want an error")
			}
			rec, ok := err.(*object.ErrorRecord)
			if !ok {
				t.Fatalf("error is %T, want *object.ErrorRecord", err)
			}
			if rec.Error() != tt.msg {
				t.Errorf("message\n got %q\nwant %q", rec.Error(), tt.msg)
			}
			if rec.FullyQualifiedErrorID != tt.id {
				t.Errorf("id = %q, want %q", rec.FullyQualifiedErrorID, tt.id)
			}
		})
	}
}

func TestBindErrorMarksArgument(t *testing.T) {
	pos := &object.InvocationInfo{Line: 1, Column: 19, MarkerLen: 5, LineText: "Get-CsCertificate -Typo Default"}
	a := pn("Typo")
	a.Pos = pos
	_, err := Bind(setCert(), args(a, val("Default")), newFakeRT(), false)
	rec := err.(*object.ErrorRecord)
	if rec.Invocation == nil || rec.Invocation.Column != 19 || rec.Invocation.MyCommand != "Set-CsCertificate" {
		t.Errorf("Invocation = %+v, want column 19 of Set-CsCertificate", rec.Invocation)
	}
	if rec.Category != "InvalidArgument" || rec.Exception.Type != "System.Management.Automation.ParameterBindingException" {
		t.Errorf("category %q exception %q", rec.Category, rec.Exception.Type)
	}
}

func TestCommonParameters(t *testing.T) {
	ci := setCert()
	b, err := Bind(ci, args(pn("Type"), val("Default"), pn("Thumbprint"), val("AB"), pn("ea"), val("stop"), pn("Verbose"), pn("WhatIf"), pn("OutVariable"), val("o")), newFakeRT(), false)
	if err != nil {
		t.Fatal(err)
	}
	c := &Call{Info: ci}
	b.ApplyPreferences(c)
	if c.ErrorAction != Stop || c.VerboseAction != Continue || !c.WhatIf || c.WarningAction != Continue {
		t.Errorf("preferences: %+v", c)
	}
	if b.Common.OutVariable != "o" {
		t.Errorf("OutVariable = %q", b.Common.OutVariable)
	}
	if _, ok := b.Bound["ErrorAction"]; ok {
		t.Error("common parameter in Bound")
	}
	// Preference variables are the fallback.
	rt := newFakeRT()
	rt.vars["erroractionpreference"] = "SilentlyContinue"
	b, _ = Bind(ci, args(pn("Type"), val("Default"), pn("Thumbprint"), val("AB")), rt, false)
	c = &Call{Info: ci}
	b.ApplyPreferences(c)
	if c.ErrorAction != SilentlyContinue {
		t.Errorf("ErrorAction = %v, want SilentlyContinue", c.ErrorAction)
	}
}

func TestCommonPrefixPrefersOwnParameter(t *testing.T) {
	// -O matches OutVariable, OutBuffer (common) and Only (declared).
	ci := &CommandInfo{Name: "Get-Thing", Kind: KindCmdlet, Params: []*ParamDecl{{Name: "Only", Type: "switch"}}}
	b, err := Bind(ci, args(pn("O")), newFakeRT(), false)
	if err != nil {
		t.Fatal(err)
	}
	if b.Bound["Only"] != true {
		t.Errorf("Bound = %v", b.Bound)
	}
	// Two common parameters stay ambiguous.
	ci.Params = nil
	_, err = Bind(ci, args(pn("Out"), val("x")), newFakeRT(), false)
	if err == nil || err.Error() != "Parameter cannot be processed because the parameter name 'Out' is ambiguous. Possible matches include: -OutVariable -OutBuffer." {
		t.Errorf("err = %v", err)
	}
}

// getItem is shaped like Get-Item: Path by value, LiteralPath by property
// name (alias PSPath).
func getItem() *CommandInfo {
	return &CommandInfo{
		Name: "Get-Item", Kind: KindCmdlet, DefaultSet: "Path",
		Params: []*ParamDecl{
			{Name: "Path", Type: "string[]", Sets: sets(SetBinding{Set: "Path", Position: 0, Mandatory: true, ValueFromPipeline: true, ValueFromPipelineByPropertyName: true})},
			{Name: "LiteralPath", Type: "string[]", Aliases: []string{"PSPath"}, Sets: sets(SetBinding{Set: "LiteralPath", Position: -1, Mandatory: true, ValueFromPipelineByPropertyName: true})},
			{Name: "Count", Type: "int", Sets: sets(SetBinding{Set: AllSets, Position: -1, ValueFromPipelineByPropertyName: true})},
		},
	}
}

func TestPipelineBinding(t *testing.T) {
	withPSPath := object.NewObject()
	withPSPath.SetProp("PSPath", "C:\\x")
	withCount := object.NewObject()
	withCount.SetProp("Path", "p")
	withCount.SetProp("Count", "7")
	tests := []struct {
		name  string
		input any
		bound map[string]any
		set   string
	}{
		{"by value", "a.txt", map[string]any{"Path": []any{"a.txt"}}, "Path"},
		{"by property name through an alias", withPSPath, map[string]any{"LiteralPath": []any{"C:\\x"}}, "LiteralPath"},
		{"by property name with conversion", withCount, map[string]any{"Path": []any{"p"}, "Count": int32(7)}, "Path"},
		{"by value with conversion", int32(5), map[string]any{"Path": []any{"5"}}, "Path"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Bind(getItem(), nil, newFakeRT(), true)
			if err != nil {
				t.Fatal(err)
			}
			got, err := b.Pipeline(tt.input)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.bound) {
				t.Errorf("bound = %#v, want %#v", got, tt.bound)
			}
			if b.SetName != tt.set {
				t.Errorf("set = %q, want %q", b.SetName, tt.set)
			}
		})
	}
}

func TestPipelineNotBound(t *testing.T) {
	ci := &CommandInfo{Name: "Get-Thing", Kind: KindCmdlet, Params: []*ParamDecl{{Name: "Name", Type: "string"}}}
	b, err := Bind(ci, nil, newFakeRT(), true)
	if err != nil {
		t.Fatal(err)
	}
	_, err = b.Pipeline("x")
	want := "The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input."
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v", err)
	}
	if id := err.(*object.ErrorRecord).FullyQualifiedErrorID; id != "InputObjectNotBound,Get-Thing" {
		t.Errorf("id = %q", id)
	}
}

func TestDelayBind(t *testing.T) {
	ci := &CommandInfo{Name: "Rename-Thing", Kind: KindFunction, CmdletBinding: true, Params: []*ParamDecl{
		{Name: "Name", Type: "string", Sets: sets(SetBinding{Set: AllSets, Position: -1, ValueFromPipeline: true})},
		{Name: "NewName", Type: "string", Sets: sets(SetBinding{Set: AllSets, Position: -1, ValueFromPipelineByPropertyName: true})},
	}}
	sb := fakeBlock{text: ` "old_$_" `, fn: func(d any) []any { return []any{"old_" + d.(string)} }}
	a := pn("NewName")
	v := Arg{Value: sb, IsScriptBlockLiteral: true}
	b, err := Bind(ci, args(a, v), newFakeRT(), true)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{"config.log", "app.log"} {
		got, err := b.Pipeline(in)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]any{"Name": in, "NewName": "old_" + in}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("bound = %v, want %v", got, want)
		}
	}
	// Without input the block cannot be evaluated.
	_, err = Bind(ci, args(a, v), newFakeRT(), false)
	want := "Cannot evaluate parameter 'NewName' because its argument is specified as a script block and there is no input. A script block cannot be evaluated without input."
	if err == nil || err.Error() != want {
		t.Errorf("err = %v", err)
	}
}

func TestMandatoryPrompt(t *testing.T) {
	ci := &CommandInfo{Name: "Get-Thing", Kind: KindCmdlet, Params: []*ParamDecl{
		{Name: "Name", Type: "string", Sets: sets(SetBinding{Set: AllSets, Position: 0, Mandatory: true})},
		{Name: "Tags", Type: "string[]", Sets: sets(SetBinding{Set: AllSets, Position: -1, Mandatory: true})},
	}}
	rt := newFakeRT()
	rt.host.interactive = true
	rt.host.answers = []string{"srv1", "a", "b", ""}
	b, err := Bind(ci, nil, rt, false)
	if err != nil {
		t.Fatal(err)
	}
	want := "cmdlet Get-Thing at command pipeline position 1\nSupply values for the following parameters:\nName: srv1\nTags[0]: a\nTags[1]: b\nTags[2]: \n"
	if got := rt.host.out.String(); got != want {
		t.Errorf("prompt\n got %q\nwant %q", got, want)
	}
	if b.Bound["Name"] != "srv1" || !reflect.DeepEqual(b.Bound["Tags"], []any{"a", "b"}) {
		t.Errorf("bound = %v", b.Bound)
	}
	// Not interactive: the error names every missing parameter.
	_, err = Bind(ci, nil, newFakeRT(), false)
	if err == nil || err.Error() != "Cannot process command because of one or more missing mandatory parameters: Name Tags." {
		t.Errorf("err = %v", err)
	}
}

func TestMandatoryFromPipelineIsNotPrompted(t *testing.T) {
	b, err := Bind(getItem(), nil, newFakeRT(), true)
	if err != nil {
		t.Fatalf("Bind: %v", err)
	}
	if len(b.Bound) != 0 {
		t.Errorf("bound = %v", b.Bound)
	}
}

func TestFunctions(t *testing.T) {
	// A non-advanced function: unknown -names and extra values go to $args.
	simple := &CommandInfo{Name: "f", Kind: KindFunction, Params: []*ParamDecl{
		{Name: "a", Sets: sets(SetBinding{Set: AllSets, Position: 0})},
	}}
	b, err := Bind(simple, args(pn("q"), val("d"), val("x")), newFakeRT(), false)
	if err != nil {
		t.Fatal(err)
	}
	if b.Bound["a"] != "d" || !reflect.DeepEqual(b.Args, []any{"-q", "x"}) {
		t.Errorf("bound %v args %v", b.Bound, b.Args)
	}
	// ValueFromRemainingArguments takes the rest, unknown names included.
	vfra := &CommandInfo{Name: "get-foo", Kind: KindFunction, CmdletBinding: true, Params: []*ParamDecl{
		{Name: "a", Sets: sets(SetBinding{Set: AllSets, Position: 1})},
		{Name: "foo", ValueFromRemainingArguments: true, Sets: sets(named0())},
	}}
	for _, tt := range []struct {
		args []Arg
		foo  []any
	}{
		{args(val("a"), val("b"), val("c"), val("d")), []any{"b", "c", "d"}},
		{args(val("a"), val("b"), pn("a"), val("c"), val("d")), []any{"a", "b", "d"}},
		{args(val("a"), val("b"), pn("a"), val("c"), pn("q"), val("d")), []any{"a", "b", "-q", "d"}},
	} {
		b, err := Bind(vfra, tt.args, newFakeRT(), false)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(b.Bound["foo"], tt.foo) {
			t.Errorf("foo = %v, want %v", b.Bound["foo"], tt.foo)
		}
	}
	// Script parameters report conversion through argument transformation.
	typed := &CommandInfo{Name: "g", Kind: KindFunction, Params: []*ParamDecl{{Name: "n", Type: "int", Sets: sets(SetBinding{Set: AllSets, Position: 0})}}}
	_, err = Bind(typed, args(val("x")), newFakeRT(), false)
	want := "Cannot process argument transformation on parameter 'n'. Cannot convert value \"x\" to type \"System.Int32\". Error: \"Input string was not in a correct format.\""
	if err == nil || err.Error() != want {
		t.Errorf("err = %v", err)
	}
	if rec, ok := err.(*object.ErrorRecord); ok && rec.FullyQualifiedErrorID != "ParameterArgumentTransformationError,g" {
		t.Errorf("id = %q", rec.FullyQualifiedErrorID)
	}
}

func TestHelpRequested(t *testing.T) {
	b, err := Bind(setCert(), args(pn("?")), newFakeRT(), false)
	if err != nil || !b.HelpRequested {
		t.Fatalf("HelpRequested = %v, err %v", b != nil && b.HelpRequested, err)
	}
}

func TestFlagsEnum(t *testing.T) {
	flags := &EnumType{FullName: "System.IO.FileAttributes", Values: []string{"ReadOnly", "Hidden", "System"}, Flags: true}
	ci := &CommandInfo{Name: "Get-Thing", Kind: KindCmdlet, Params: []*ParamDecl{{Name: "Attributes", Type: "System.IO.FileAttributes", Enum: flags}}}
	b, err := Bind(ci, args(pn("Attributes"), val("hidden,readonly")), newFakeRT(), false)
	if err != nil {
		t.Fatal(err)
	}
	if b.Bound["Attributes"] != "ReadOnly, Hidden" {
		t.Errorf("bound = %q", b.Bound["Attributes"])
	}
	_, err = Bind(ci, args(pn("Attributes"), val("hidden,nope")), newFakeRT(), false)
	if err == nil || !strings.Contains(err.Error(), "Unable to match the identifier name nope to a valid enumerator name.") {
		t.Errorf("err = %v", err)
	}
}

func TestRemainingArguments(t *testing.T) {
	// Write-Output's InputObject: positional and ValueFromRemainingArguments.
	wo := &CommandInfo{Name: "Write-Output", Kind: KindCmdlet, Params: []*ParamDecl{
		{Name: "InputObject", Type: "psobject[]", ValueFromRemainingArguments: true,
			Sets: sets(SetBinding{Set: AllSets, Position: 0, Mandatory: true, ValueFromPipeline: true})},
		{Name: "NoEnumerate", Type: "switch"},
	}}
	for _, tt := range []struct {
		args []Arg
		want []any
	}{
		{args(val("a"), val("b")), []any{"a", "b"}},
		{args(val("a")), []any{"a"}},
		{args(val("-InputObject"), val("AMD64")), []any{"-InputObject", "AMD64"}},
		{args(pn("InputObject"), val("x")), []any{"x"}},
	} {
		b, err := Bind(wo, tt.args, newFakeRT(), false)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(b.Bound["InputObject"], tt.want) {
			t.Errorf("InputObject = %#v, want %#v", b.Bound["InputObject"], tt.want)
		}
	}
}

func TestExplicitOverridesSplatted(t *testing.T) {
	ci := &CommandInfo{Name: "New-Vm", Kind: KindFunction, Params: []*ParamDecl{
		{Name: "Name", Sets: sets(SetBinding{Set: AllSets, Position: 0})},
		{Name: "Location", Sets: sets(SetBinding{Set: AllSets, Position: 1})},
	}}
	splat := Arg{IsParam: true, Name: "Location", Value: "East US", HasValue: true, Splatted: true}
	b, err := Bind(ci, args(splat, pn("Name"), val("vm"), pn("Location"), val("West US")), newFakeRT(), false)
	if err != nil {
		t.Fatal(err)
	}
	if b.Bound["Location"] != "West US" || b.Bound["Name"] != "vm" {
		t.Errorf("bound = %v", b.Bound)
	}
}

func TestPipelineByPropertyNameOfDotNetValue(t *testing.T) {
	ci := &CommandInfo{Name: "Get-Thing", Kind: KindCmdlet, Params: []*ParamDecl{
		{Name: "Year", Type: "int", Sets: sets(SetBinding{Set: AllSets, Position: -1, ValueFromPipelineByPropertyName: true})},
	}}
	b, err := Bind(ci, nil, newFakeRT(), true)
	if err != nil {
		t.Fatal(err)
	}
	got, err := b.Pipeline(time.Date(2015, 7, 1, 0, 0, 0, 0, time.Local))
	if err != nil || got["Year"] != int32(2015) {
		t.Errorf("bound = %v, err %v", got, err)
	}
	// Hashtable keys are not properties.
	h := object.NewHashtable(false)
	h.Set("Year", 1)
	if _, err := b.Pipeline(h); err == nil {
		t.Error("a hashtable bound by property name")
	}
}

func TestEnumPrefix(t *testing.T) {
	b, err := Bind(setCert(), args(pn("Type"), val("oauth"), pn("Thumbprint"), val("AB"), pn("ea"), val("si")), newFakeRT(), false)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(b.Bound["Type"], []any{"OAuthTokenIssuer"}) || *b.Common.ErrorAction != SilentlyContinue {
		t.Errorf("bound %v, ErrorAction %v", b.Bound, *b.Common.ErrorAction)
	}
	_, err = Bind(setCert(), args(pn("ErrorAction"), val("s")), newFakeRT(), false)
	want := "Cannot bind parameter 'ErrorAction'. Cannot convert value \"s\" to type \"System.Management.Automation.ActionPreference\". Error: \"The identifier name s cannot be processed due to the inability to differentiate between the following enumerator names: SilentlyContinue, Stop, Suspend. Try a more specific identifier name.\""
	if err == nil || err.Error() != want {
		t.Errorf("err = %v", err)
	}
}

func TestBoolParameters(t *testing.T) {
	cmdlet := &CommandInfo{Name: "Set-AdUser", Kind: KindCmdlet, Params: []*ParamDecl{{Name: "Enabled", Type: "bool"}}}
	b, err := Bind(cmdlet, args(pn("Enabled"), val(int32(0))), newFakeRT(), false)
	if err != nil || b.Bound["Enabled"] != false {
		t.Errorf("bound %v err %v", b.Bound, err)
	}
	_, err = Bind(cmdlet, args(pn("Enabled"), val("yes")), newFakeRT(), false)
	want := "Cannot convert 'System.String' to the type 'System.Boolean' required by parameter 'Enabled'. Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0."
	if err == nil || err.Error() != want {
		t.Errorf("err = %v", err)
	}
	fn := &CommandInfo{Name: "get-foo", Kind: KindFunction, Params: []*ParamDecl{{Name: "Parameter", Type: "bool[]", LooseBool: true, Sets: sets(SetBinding{Set: AllSets, Position: 0})}}}
	b, err = Bind(fn, args(val([]any{"a", "b"})), newFakeRT(), false)
	if err != nil || !reflect.DeepEqual(b.Bound["Parameter"], []any{true, true}) {
		t.Errorf("bool[] = %v, err %v", b.Bound, err)
	}
	// [CmdletBinding()]: each element must be a Boolean or a number.
	adv := &CommandInfo{Name: "get-foo", Kind: KindFunction, CmdletBinding: true, Params: []*ParamDecl{{Name: "Parameter", Type: "bool[]", Sets: sets(SetBinding{Set: AllSets, Position: 0})}}}
	if _, err = Bind(adv, args(val([]any{"a", "b"})), newFakeRT(), false); err == nil {
		t.Error("advanced bool[] took strings")
	}
}

func TestMandatoryPromptHelp(t *testing.T) {
	ci := &CommandInfo{Name: "Get-Thing", Kind: KindCmdlet, Params: []*ParamDecl{
		{Name: "Name", Type: "string", Sets: sets(SetBinding{Set: AllSets, Position: 0, Mandatory: true, HelpMessage: "The name of the thing."})},
	}}
	rt := newFakeRT()
	rt.host.interactive = true
	rt.host.answers = []string{"!?", "x"}
	b, err := BindWith(ci, nil, rt, BindOptions{PipelinePosition: 2})
	if err != nil {
		t.Fatal(err)
	}
	want := "cmdlet Get-Thing at command pipeline position 2\nSupply values for the following parameters:\n(Type !? for Help.)\nName: !?\nThe name of the thing.\nName: x\n"
	if got := rt.host.out.String(); got != want || b.Bound["Name"] != "x" {
		t.Errorf("got %q (bound %v)\nwant %q", got, b.Bound, want)
	}
}

func TestDefaultParameterValues(t *testing.T) {
	rt := newFakeRT()
	h := object.NewHashtable(false)
	h.Set("Set-Cs*:Type", "Default")
	h.Set("*:Path", "x.pfx") // conflicts with -Thumbprint's set: not applied
	h.Set("Set-CsCertificate:ErrorAction", "Stop")
	rt.vars["psdefaultparametervalues"] = h
	b, err := Bind(setCert(), args(pn("Thumbprint"), val("AB")), rt, false)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(b.Bound, map[string]any{"Type": []any{"Default"}, "Thumbprint": "AB"}) || b.Common.ErrorAction == nil || *b.Common.ErrorAction != Stop {
		t.Errorf("bound %v", b.Bound)
	}
	// An explicit argument wins; Disabled turns defaults off.
	b, err = Bind(setCert(), args(pn("Thumbprint"), val("AB"), pn("Type"), val("WebServicesInternal")), rt, false)
	if err != nil || !reflect.DeepEqual(b.Bound["Type"], []any{"WebServicesInternal"}) {
		t.Errorf("bound %v, err %v", b.Bound, err)
	}
	h.Set("Disabled", true)
	_, err = Bind(setCert(), args(pn("Thumbprint"), val("AB")), rt, false)
	if err == nil || !strings.Contains(err.Error(), "missing mandatory parameters: Type.") {
		t.Errorf("err = %v", err)
	}
}

func FuzzBind(f *testing.F) {
	f.Add("Ty", "Default", "Thumb", "AB", true)
	f.Add("", "-", "?", "", false)
	f.Fuzz(func(t *testing.T, n1, v1, n2, v2 string, sw bool) {
		a := args(pn(n1), val(v1), pn(n2))
		if sw {
			a = append(a, val(v2))
		}
		b, err := Bind(setCert(), a, newFakeRT(), false)
		if err == nil && b == nil {
			t.Fatal("nil binding without error")
		}
		if err != nil {
			if _, ok := err.(*object.ErrorRecord); !ok {
				t.Fatalf("error %T %v is not an ErrorRecord", err, err)
			}
		}
	})
}

func TestDefaultParameterValuesAfterPipeline(t *testing.T) {
	rt := newFakeRT()
	h := object.NewHashtable(false)
	h.Set("Get-Item:Count", 9)
	rt.vars["psdefaultparametervalues"] = h
	b, err := Bind(getItem(), nil, rt, true)
	if err != nil {
		t.Fatal(err)
	}
	withCount := object.NewObject()
	withCount.SetProp("Path", "p")
	withCount.SetProp("Count", int32(7))
	got, _ := b.Pipeline(withCount)
	if got["Count"] != int32(7) {
		t.Errorf("input's Count lost: %v", got)
	}
	got, _ = b.Pipeline("q")
	if got["Count"] != int32(9) {
		t.Errorf("default Count not applied: %v", got)
	}
}

func TestCollectionToStringParameter(t *testing.T) {
	// Plain functions join a collection into a [string] parameter; advanced
	// functions and cmdlets refuse it (about_Type_Conversion); a single
	// element still binds.
	param := func() []*ParamDecl {
		return []*ParamDecl{{Name: "String", Type: "string", Sets: sets(SetBinding{Set: AllSets, Position: 0})}}
	}
	tests := []struct {
		ci      *CommandInfo
		v       any
		want    any
		wantErr string
	}{
		{&CommandInfo{Name: "plain", Kind: KindFunction, Params: param()}, []any{int32(1), int32(2)}, "1 2", ""},
		{&CommandInfo{Name: "adv", Kind: KindFunction, CmdletBinding: true, Params: param()}, []any{int32(1), int32(2)},
			nil, "Cannot process argument transformation on parameter 'String'. Cannot convert value to type System.String."},
		{&CommandInfo{Name: "Get-Thing", Kind: KindCmdlet, Params: param()}, []any{"a", "b"},
			nil, "Cannot convert 'System.Object[]' to the type 'System.String' required by parameter 'String'. Specified method is not supported."},
		{&CommandInfo{Name: "adv", Kind: KindFunction, CmdletBinding: true, Params: param()}, []any{"one"}, "one", ""},
	}
	for _, tt := range tests {
		b, err := Bind(tt.ci, args(pnv("String", tt.v)), newFakeRT(), false)
		if tt.wantErr != "" {
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("%s: err = %v, want %q", tt.ci.Name, err, tt.wantErr)
			}
			continue
		}
		if err != nil || b.Bound["String"] != tt.want {
			t.Errorf("%s: bound %v, err %v; want %v", tt.ci.Name, b.Bound["String"], err, tt.want)
		}
	}
}
