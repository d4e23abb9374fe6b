package interp

import (
	"bytes"
	"testing"

	"cspsh/cmdlets"
	"cspsh/pipeline"
)

// Functions defined with the private: modifier, and aliases with the
// Private option, are seen only from their own scope (so are private
// variables, by Get-Variable -Scope); a filter's $MyInvocation.MyCommand is a FilterInfo; a
// [switch] parameter's value is a SwitchParameter.
func TestFunctionKindsAndVisibility(t *testing.T) {
	for _, tt := range []struct {
		name, src, want string
	}{
		{"private in own scope", `function private:pf { 'p' }; pf`, "p\n"},
		{"private hidden from child", `function private:pf { 'p' }; function c { pf }; try { c } catch { $_.FullyQualifiedErrorId }`, "CommandNotFoundException\n"},
		{"private advanced hidden", `function private:pa { [CmdletBinding()] param() 'p' }; & { try { pa } catch { 'hidden' } }`, "hidden\n"},
		{"private dot-sourced block sees it", `function private:pf { 'p' }; . { pf }`, "p\n"},
		{"private alias in own scope", `Set-Alias -Name pal -Value Write-Output -Option Private; pal 'x'`, "x\n"},
		{"private alias hidden from child", `Set-Alias -Name pal -Value Write-Output -Option Private; function c { pal 'x' }; try { c } catch { $_.FullyQualifiedErrorId }`, "CommandNotFoundException\n"},
		{"alias made public again", `Set-Alias -Name pal -Value Write-Output -Option Private; Set-Alias -Name pal -Value Write-Output; & { pal 'x' }`, "x\n"},
		{"private variable not listed from child", `New-Variable pv 1 -Option Private; & { @(Get-Variable -Scope Global | Where-Object Name -eq pv).Count }; @(Get-Variable -Scope Global | Where-Object Name -eq pv).Count`, "0\n1\n"},
		{"filter command type", `filter fx { $MyInvocation.MyCommand.CommandType }; 1 | fx`, "Filter\n"},
		{"function command type", `function fn { $MyInvocation.MyCommand.CommandType }; fn`, "Function\n"},
		{"switch type", `function sw([switch]$s) { $s.GetType().FullName }; sw`, "System.Management.Automation.SwitchParameter\n"},
		{"switch still boolean", `function sw([switch]$s) { if ($s) { 'on' } else { 'off' } }; sw -s:$false; sw -s`, "off\non\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			r := New(WithRegistry(cmdlets.Registry()), WithStdout(&out), WithStderr(&errb), WithNonInteractive(true), WithSession(&pipeline.Session{Home: t.TempDir()}))
			if err := r.RunString(tt.src, ""); err != nil {
				t.Fatal(err)
			}
			if got := out.String(); got != tt.want {
				t.Errorf("output %q, want %q (stderr %q)", got, tt.want, errb.String())
			}
		})
	}
}
