package session

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

func prop1(t *testing.T, v any, name string) any {
	t.Helper()
	o, ok := v.(*object.PSObject)
	if !ok {
		t.Fatalf("%v is %T, not an object", v, v)
	}
	r, _ := o.Prop(name)
	return r
}

func names(t *testing.T, out []any, prop string) []string {
	t.Helper()
	var s []string
	for _, o := range out {
		s = append(s, toStr(prop1(t, o, prop)))
	}
	return s
}

func TestVariables(t *testing.T) {
	s := newShell(t)
	if _, err := s.run("New-Variable", tokens("x", int32(5))); err != nil {
		t.Fatal(err)
	}
	s.run("New-Variable", tokens("x", int32(6)))
	if got := s.errs(); !reflect.DeepEqual(got, []string{"A variable with name 'x' already exists."}) {
		t.Errorf("errors = %q", got)
	}
	s.run("Set-Variable", tokens("-Name", "x", "-Value", int32(7)))
	out, _ := s.run("gv", tokens("x"))
	if len(out) != 1 || prop1(t, out[0], "Name") != "x" || prop1(t, out[0], "Value") != int32(7) {
		t.Errorf("Get-Variable x = %v", out)
	}
	if tn := out[0].(*object.PSObject).TypeNames[0]; tn != "System.Management.Automation.PSVariable" {
		t.Errorf("type %s", tn)
	}
	out, _ = s.run("Get-Variable", tokens("-Name", "x", "-ValueOnly"))
	if !reflect.DeepEqual(out, []any{int32(7)}) {
		t.Errorf("-ValueOnly = %v", out)
	}
	s.run("Get-Variable", tokens("nope"))
	if got := s.errs(); !reflect.DeepEqual(got, []string{"Cannot find a variable with the name 'nope'."}) {
		t.Errorf("errors = %q", got)
	}
	for _, n := range []string{"m2", "a", "M1"} {
		s.rt.SetVar(n, n, "")
	}
	out, _ = s.run("Get-Variable", tokens("m*"))
	if got := names(t, out, "Name"); !reflect.DeepEqual(got, []string{"M1", "m2"}) {
		t.Errorf("Get-Variable m* = %v", got)
	}
	s.run("Clear-Variable", tokens("m2"))
	if v, ok := s.rt.GetVar("m2"); !ok || v != nil {
		t.Errorf("after Clear-Variable m2 = %v, %v", v, ok)
	}
	s.run("Remove-Variable", tokens("m*"))
	if _, ok := s.rt.GetVar("M1"); ok {
		t.Error("Remove-Variable m* left M1")
	}
	s.run("Remove-Variable", tokens("zz"))
	if got := s.errs(); !reflect.DeepEqual(got, []string{"Cannot find a variable with the name 'zz'."}) {
		t.Errorf("errors = %q", got)
	}
	// Objects piped into Set-Variable become its value.
	if _, err := s.run("Set-Variable", tokens("-Name", "z"), "a", "b"); err != nil {
		t.Fatal(err)
	}
	if v, _ := s.rt.GetVar("z"); !reflect.DeepEqual(v, []any{"a", "b"}) {
		t.Errorf("z = %v", v)
	}
}

func TestAliases(t *testing.T) {
	s := newShell(t)
	out, _ := s.run("gal", tokens("gv"))
	if len(out) != 1 || prop1(t, out[0], "DisplayName") != "gv -> Get-Variable" || prop1(t, out[0], "CommandType") != "Alias" {
		t.Fatalf("Get-Alias gv = %v", out)
	}
	out, _ = s.run("Get-Alias", tokens("-Definition", "Get-History"))
	if got := names(t, out, "Name"); !reflect.DeepEqual(got, []string{"ghy", "h", "history"}) {
		t.Errorf("aliases of Get-History = %v", got)
	}
	s.run("Get-Alias", tokens("Get-Member"))
	if got := s.errs(); !reflect.DeepEqual(got, []string{"This command cannot find a matching alias because an alias with the name 'Get-Member' does not exist."}) {
		t.Errorf("errors = %q", got)
	}
	s.run("Set-Alias", tokens("list", "Get-ChildItem"))
	if s.rt.aliases["list"] != "Get-ChildItem" {
		t.Errorf("aliases = %v", s.rt.aliases)
	}
	s.run("New-Alias", tokens("list", "Get-Item"))
	if got := s.errs(); !reflect.DeepEqual(got, []string{"Alias not allowed because an alias with the name 'list' already exists."}) {
		t.Errorf("errors = %q", got)
	}
}

func TestGetCommand(t *testing.T) {
	s := newShell(t)
	out, _ := s.run("Get-Command", tokens("*-Variable"))
	if got := names(t, out, "Name"); !reflect.DeepEqual(got, []string{"Clear-Variable", "Get-Variable", "New-Variable", "Remove-Variable", "Set-Variable"}) {
		t.Errorf("Get-Command *-Variable = %v", got)
	}
	if v := prop1(t, out[0], "Version"); v != "3.1.0.0" {
		t.Errorf("Version = %v", v)
	}
	out, _ = s.run("gcm", tokens("-Noun", "History"))
	if got := names(t, out, "Name"); !reflect.DeepEqual(got, []string{"Add-History", "Clear-History", "Get-History", "Invoke-History"}) {
		t.Errorf("-Noun History = %v", got)
	}
	out, _ = s.run("Get-Command", tokens("gv", "-Syntax"))
	want := "\nGet-Variable [[-Name] <string[]>] [-ValueOnly] [-Include <string[]>] [-Exclude <string[]>] [-Scope <string>] [<CommonParameters>]\n"
	if !reflect.DeepEqual(out, []any{want}) {
		t.Errorf("-Syntax = %q", out)
	}
	out, _ = s.run("Get-Command", tokens("-Name", "h", "-CommandType", "alias"))
	if got := names(t, out, "DisplayName"); !reflect.DeepEqual(got, []string{"h -> Get-History"}) {
		t.Errorf("alias h = %v", got)
	}
	s.run("Get-Command", tokens("Get-Nope"))
	if got := s.errs(); len(got) != 1 || got[0] != "The term 'Get-Nope' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again." {
		t.Errorf("errors = %q", got)
	}
}

func TestGetHelp(t *testing.T) {
	s := newShell(t)
	out, err := s.run("Get-Help", tokens("gv"))
	if err != nil || len(out) != 1 {
		t.Fatalf("Get-Help gv = %q, %v", out, err)
	}
	// A help object: it shows as the help text and has the command's
	// properties ((Get-Help Get-Foo).Synopsis in about_Comment_Based_Help).
	help, ok := out[0].(*object.PSObject)
	if !ok || !strings.HasPrefix(dotnet.ToString(help.Base), "\nNAME\n    Get-Variable\n") {
		t.Fatalf("Get-Help gv = %#v", out[0])
	}
	if syn, _ := propOf(help, "Synopsis"); syn == "" || syn == nil {
		t.Errorf("Get-Help gv has no Synopsis")
	}
	if name, _ := propOf(help, "Name"); name != "Get-Variable" {
		t.Errorf("Get-Help gv Name = %v", name)
	}
	out, _ = s.run("Get-Help", tokens("Get-History", "-Parameter", "Count"))
	if len(out) != 1 || !strings.Contains(out[0].(string), "-Count <Int32>") {
		t.Errorf("-Parameter Count = %q", out)
	}
	out, _ = s.run("Get-Help", tokens("*-History"))
	if got := names(t, out, "Name"); !reflect.DeepEqual(got, []string{"Add-History", "Clear-History", "Get-History", "Invoke-History"}) {
		t.Errorf("Get-Help *-History = %v", got)
	}
	_, err = s.run("Get-Help", tokens("Get-Nothing"))
	want := "Get-Help could not find Get-Nothing in a help file in this session. To download updated help topics type: \"Update-Help\". To get help online, search for the help topic in the TechNet library at https:/go.microsoft.com/fwlink/?LinkID=107116."
	if err == nil || err.Error() != want {
		t.Errorf("err = %v", err)
	}
	if rec, ok := err.(*object.ErrorRecord); !ok || rec.FullyQualifiedErrorID != "HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand" {
		t.Errorf("record = %#v", err)
	}
	out, _ = s.run("Get-Help", nil)
	if len(out) != 1 || !strings.Contains(out[0].(string), "Get-Help <command-name> -Full") {
		t.Errorf("Get-Help = %q", out)
	}
}

func TestInvoke(t *testing.T) {
	s := newShell(t)
	out, err := s.run("iex", tokens("1+1"))
	if err != nil || !reflect.DeepEqual(out, []any{"ran: 1+1"}) {
		t.Errorf("iex = %v, %v", out, err)
	}
	echo := fakeBlock{fn: func(opt pipeline.InvokeOptions) []any {
		return append(append([]any{opt.NewScope}, opt.Args...), opt.Input...)
	}}
	out, _ = s.run("Invoke-Command", tokens("-ScriptBlock", echo, "-ArgumentList", []any{"First", "Second"}))
	if !reflect.DeepEqual(out, []any{true, "First", "Second"}) {
		t.Errorf("Invoke-Command = %v", out)
	}
	out, _ = s.run("icm", tokens(echo, "-NoNewScope"), int32(1), int32(2))
	if !reflect.DeepEqual(out, []any{false, int32(1), int32(2)}) {
		t.Errorf("piped Invoke-Command = %v", out)
	}
	where := fakeBlock{fn: func(pipeline.InvokeOptions) []any { return []any{s.rt.session.Computer} }}
	out, _ = s.run("Invoke-Command", tokens("-ComputerName", []any{"atl-cs-002.litwareinc.com", "localhost"}, "-ScriptBlock", where))
	// Each result is the value wrapped with PSComputerName, the name as given.
	var bases, names []any
	for _, v := range out {
		o, ok := v.(*object.PSObject)
		if !ok {
			t.Fatalf("-ComputerName result %v has no PSComputerName", v)
		}
		name, _ := o.Prop("PSComputerName")
		bases, names = append(bases, o.Base), append(names, name)
	}
	if !reflect.DeepEqual(bases, []any{"atl-cs-002.litwareinc.com", "atl-cs-001.litwareinc.com"}) {
		t.Errorf("-ComputerName = %v", bases)
	}
	if !reflect.DeepEqual(names, []any{"atl-cs-002.litwareinc.com", "localhost"}) {
		t.Errorf("PSComputerName = %v", names)
	}
	if s.rt.session.Computer != "atl-cs-001.litwareinc.com" {
		t.Errorf("computer not restored: %s", s.rt.session.Computer)
	}
	s.run("Enter-PSSession", tokens("atl-cs-003.litwareinc.com"))
	if s.rt.session.Computer != "atl-cs-003.litwareinc.com" {
		t.Errorf("Enter-PSSession: %s", s.rt.session.Computer)
	}
	s.run("exsn", nil)
	if s.rt.session.Computer != "atl-cs-001.litwareinc.com" {
		t.Errorf("Exit-PSSession: %s", s.rt.session.Computer)
	}
}

func TestHistory(t *testing.T) {
	s := newShell(t)
	now := time.Now()
	for _, l := range []string{"Get-Date", "Get-CsCertificate -Type Default", "$x = 1"} {
		s.rt.session.AddHistory(l, "Completed", now, now)
	}
	out, _ := s.run("h", nil)
	if got := names(t, out, "CommandLine"); len(got) != 3 || prop1(t, out[2], "Id") != int64(3) {
		t.Errorf("Get-History = %v", got)
	}
	out, _ = s.run("Get-History", tokens("-Count", int32(1)))
	if got := names(t, out, "CommandLine"); !reflect.DeepEqual(got, []string{"$x = 1"}) {
		t.Errorf("-Count 1 = %v", got)
	}
	out, _ = s.run("r", tokens("get-cs"))
	if !reflect.DeepEqual(out, []any{"ran: Get-CsCertificate -Type Default"}) || s.rt.host.out.String() != "Get-CsCertificate -Type Default\n" {
		t.Errorf("Invoke-History get-cs = %v, host %q", out, s.rt.host.out.String())
	}
	_, err := s.run("Invoke-History", tokens("99"))
	if err == nil || err.Error() != "Cannot locate the history for Id 99." {
		t.Errorf("err = %v", err)
	}
	s.run("Get-History", tokens(int64(42)))
	if got := s.errs(); !reflect.DeepEqual(got, []string{"Cannot locate the history for Id 42."}) {
		t.Errorf("errors = %q", got)
	}
	s.run("Clear-History", tokens("-CommandLine", "*Date"))
	if len(s.rt.session.History) != 2 {
		t.Errorf("after Clear-History -CommandLine: %v", s.rt.session.History)
	}
	s.run("clhy", nil)
	if len(s.rt.session.History) != 0 {
		t.Errorf("after Clear-History: %v", s.rt.session.History)
	}
	if e := s.rt.session.AddHistory("next", "Completed", now, now); e.Id != 4 {
		t.Errorf("id after clear = %d, want 4", e.Id)
	}
	_, err = s.run("Invoke-History", nil)
	if err != nil {
		t.Errorf("Invoke-History: %v", err)
	}
	s.rt.session.SetHistory(nil)
	_, err = s.run("Invoke-History", nil)
	if err == nil || err.Error() != "Cannot locate most recent history." {
		t.Errorf("err = %v", err)
	}
}

func TestHostAndTranscript(t *testing.T) {
	s := newShell(t)
	out, _ := s.run("Get-Host", nil)
	if len(out) != 1 || prop1(t, out[0], "Name") != "ConsoleHost" || !strings.HasPrefix(toStr(prop1(t, out[0], "Version")), "5.1.") {
		t.Errorf("Get-Host = %v", out)
	}
	path := filepath.Join(t.TempDir(), "t.txt")
	out, err := s.run("Start-Transcript", tokens("-Path", path))
	if err != nil || len(out) != 1 || !strings.HasPrefix(toStr(out[0]), "Transcript started, output file is ") || prop1(t, out[0], "Path") == nil {
		t.Fatalf("Start-Transcript = %v, %v", out, err)
	}
	if s.rt.session.Transcript == nil {
		t.Fatal("Session.Transcript not set")
	}
	s.rt.session.Transcript.Write([]byte("PS> hello\n"))
	out, err = s.run("Stop-Transcript", nil)
	if err != nil || len(out) != 1 || !strings.HasPrefix(toStr(out[0]), "Transcript stopped, output file is ") {
		t.Fatalf("Stop-Transcript = %v, %v", out, err)
	}
	data, _ := os.ReadFile(path)
	text := string(data)
	for _, want := range []string{"**********************\nWindows PowerShell transcript start\nStart time: ", "\nPSEdition: Desktop\n", "PS> hello\n",
		"**********************\nWindows PowerShell transcript end\nEnd time: "} {
		if !strings.Contains(text, want) {
			t.Errorf("transcript lacks %q:\n%s", want, text)
		}
	}
	_, err = s.run("Stop-Transcript", nil)
	if err == nil || err.Error() != "An error occurred stopping transcription: The host is not currently transcribing." {
		t.Errorf("err = %v", err)
	}
}
