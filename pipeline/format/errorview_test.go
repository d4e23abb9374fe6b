package format

import (
	"strings"
	"testing"

	"cspsh/pipeline/object"
)

func TestNormalView(t *testing.T) {
	tilde69 := strings.Repeat("~", 69)
	tests := []struct {
		name string
		rec  *object.ErrorRecord
		want string
	}{
		{
			// The seed page's mistyped parameter.
			name: "parameter binding",
			rec: &object.ErrorRecord{
				Exception:             &object.Exception{Type: "System.Management.Automation.ParameterBindingException", Message: "A parameter cannot be found that matches parameter name 'Typo'."},
				FullyQualifiedErrorID: "NamedParameterNotFound,Microsoft.Rtc.Management.Internal.GetCsCertificateCmdlet",
				Category:              "InvalidArgument",
				Invocation:            &object.InvocationInfo{MyCommand: "Get-CsCertificate", InvocationName: "Get-CsCertificate", Line: 1, Column: 19, LineText: "Get-CsCertificate -Typo Default", MarkerLen: 5},
			},
			want: "Get-CsCertificate : A parameter cannot be found that matches parameter name 'Typo'.\n" +
				"At line:1 char:19\n" +
				"+ Get-CsCertificate -Typo Default\n" +
				"+                   ~~~~~\n" +
				"    + CategoryInfo          : InvalidArgument: (:) [Get-CsCertificate], ParameterBindingException\n" +
				"    + FullyQualifiedErrorId : NamedParameterNotFound,Microsoft.Rtc.Management.Internal.GetCsCertificateCmdlet\n \n",
		},
		{
			// A transcript of an unknown command in Windows PowerShell.
			name: "command not found",
			rec: &object.ErrorRecord{
				Exception:             &object.Exception{Type: "System.Management.Automation.CommandNotFoundException", Message: "The term 'psql' is not recognized as the name of a cmdlet, function, script file, or operable program."},
				TargetObject:          "psql",
				FullyQualifiedErrorID: "CommandNotFoundException",
				Category:              "ObjectNotFound",
				Invocation:            &object.InvocationInfo{InvocationName: "psql", Line: 1, Column: 1, LineText: "psql --version", MarkerLen: 4},
			},
			want: "psql : The term 'psql' is not recognized as the name of a cmdlet, function, script file, or operable program.\n" +
				"At line:1 char:1\n+ psql --version\n+ ~~~~\n" +
				"    + CategoryInfo          : ObjectNotFound: (psql:String) [], CommandNotFoundException\n" +
				"    + FullyQualifiedErrorId : CommandNotFoundException\n \n",
		},
		{
			// A transcript from the Azure ExpressRoute docs: a long command
			// line cut at 69 characters, a long activity shortened.
			name: "long line and activity",
			rec: &object.ErrorRecord{
				Exception:             &object.Exception{Type: "System.InvalidOperationException", Message: "Sequence contains no matching element"},
				FullyQualifiedErrorID: "Microsoft.Azure.Commands.Network.GetAzureExpressRouteCircuitPeeringConfigCommand",
				Category:              "CloseError",
				Activity:              "Get-AzureRmExpressRouteCircuitPeeringConfig",
				Invocation: &object.InvocationInfo{MyCommand: "Get-AzureRmExpressRouteCircuitPeeringConfig", Line: 1, Column: 1,
					LineText:  `Get-AzureRmExpressRouteCircuitPeeringConfig -Name "AzurePublicPeering" -Circuit $ckt`,
					MarkerLen: 84},
			},
			want: "Get-AzureRmExpressRouteCircuitPeeringConfig : Sequence contains no matching element\n" +
				"At line:1 char:1\n" +
				"+ Get-AzureRmExpressRouteCircuitPeeringConfig -Name \"AzurePublicPeering ...\n" +
				"+ " + tilde69 + "\n" +
				"    + CategoryInfo          : CloseError: (:) [Get-AzureRmExpr...itPeeringConfig], InvalidOperationException\n" +
				"    + FullyQualifiedErrorId : Microsoft.Azure.Commands.Network.GetAzureExpressRouteCircuitPeeringConfigCommand\n \n",
		},
		{
			// about_Throw: throwing a string.
			name: "throw",
			rec: &object.ErrorRecord{
				Exception:             &object.Exception{Type: "System.Management.Automation.RuntimeException", Message: "This is an error.", Thrown: "This is an error."},
				TargetObject:          "This is an error.",
				FullyQualifiedErrorID: "This is an error.",
				Category:              "OperationStopped",
				Invocation:            &object.InvocationInfo{Line: 1, Column: 1, LineText: `throw "This is an error."`, MarkerLen: 25},
			},
			want: "This is an error.\nAt line:1 char:1\n+ throw \"This is an error.\"\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~\n" +
				"    + CategoryInfo          : OperationStopped: (This is an error.:String) [], RuntimeException\n" +
				"    + FullyQualifiedErrorId : This is an error.\n \n",
		},
		{
			// A parse error: the position comes first, then the message.
			name: "parse error",
			rec: &object.ErrorRecord{
				Exception:             &object.Exception{Type: "System.Management.Automation.ParseException", Message: "Missing closing ')' in expression."},
				FullyQualifiedErrorID: "MissingEndParenthesisInExpression",
				Category:              "ParserError",
				Reason:                "ParentContainsErrorRecordException",
				Invocation:            &object.InvocationInfo{Line: 1, Column: 6, LineText: "1 + (", MarkerLen: 0},
			},
			want: "At line:1 char:6\n+ 1 + (\n+      ~\nMissing closing ')' in expression.\n" +
				"    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException\n" +
				"    + FullyQualifiedErrorId : MissingEndParenthesisInExpression\n \n",
		},
		{
			// Write-Error at the prompt: the caller's invocation has no
			// position, its "command" is the typed script.
			name: "write-error interactive",
			rec: &object.ErrorRecord{
				Exception:             &object.Exception{Type: "Microsoft.PowerShell.Commands.WriteErrorException", Message: "x"},
				FullyQualifiedErrorID: "Microsoft.PowerShell.Commands.WriteErrorException",
				Category:              "NotSpecified",
				Activity:              "Write-Error",
				Invocation:            &object.InvocationInfo{MyCommand: `Write-Error "x"`},
			},
			want: "Write-Error \"x\" : x\n" +
				"    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException\n" +
				"    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException\n \n",
		},
		{
			// A script file's error names the script.
			name: "script position",
			rec: &object.ErrorRecord{
				Exception:             &object.Exception{Type: "System.Management.Automation.RuntimeException", Message: "Attempted to divide by zero."},
				FullyQualifiedErrorID: "RuntimeException",
				Category:              "NotSpecified",
				Invocation:            &object.InvocationInfo{ScriptName: `C:\scripts\check.ps1`, Line: 3, Column: 5, LineText: "    1/0", MarkerLen: 3},
			},
			want: "Attempted to divide by zero.\nAt C:\\scripts\\check.ps1:3 char:5\n+     1/0\n+     ~~~\n" +
				"    + CategoryInfo          : NotSpecified: (:) [], RuntimeException\n" +
				"    + FullyQualifiedErrorId : RuntimeException\n \n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ErrorView(tc.rec, "NormalView"); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestCategoryView(t *testing.T) {
	// "Displaying Error Information" (PowerShell SDK docs).
	rec := &object.ErrorRecord{
		Exception:  &object.Exception{Type: "Microsoft.PowerShell.Commands.ServiceCommandException", Message: "x"},
		Category:   "CloseError",
		TargetName: "System.ServiceProcess.ServiceController", TargetType: "ServiceController",
		Activity: "stop-service",
	}
	want := "CloseError: (System.ServiceProcess.ServiceController:ServiceController) [stop-service], ServiceCommandException\n"
	if got := ErrorView(rec, "CategoryView"); got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestEllipsize(t *testing.T) {
	// From a transcript: "(Loading the LM ... a binary file.:String)".
	if got := ellipsize("Loading the LM will be faster if you build a binary file."); got != "Loading the LM ... a binary file." {
		t.Errorf("got %q", got)
	}
	if got := ellipsize("short"); got != "short" {
		t.Errorf("got %q", got)
	}
}

func TestConciseView(t *testing.T) {
	cmd := &object.ErrorRecord{
		Exception:  &object.Exception{Type: "System.Management.Automation.ItemNotFoundException", Message: "Cannot find path 'C:\\nope' because it does not exist."},
		Category:   "ObjectNotFound",
		Invocation: &object.InvocationInfo{MyCommand: "Get-Item", Line: 1, Column: 1, LineText: "Get-Item C:\\nope", MarkerLen: 16},
	}
	if got, want := ErrorView(cmd, "ConciseView"), "Get-Item: Cannot find path 'C:\\nope' because it does not exist.\n"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
	script := &object.ErrorRecord{
		Exception:  &object.Exception{Type: "System.Management.Automation.RuntimeException", Message: "boom", Thrown: "boom"},
		Category:   "OperationStopped",
		Invocation: &object.InvocationInfo{ScriptName: "/home/u/t.ps1", Line: 3, Column: 1, LineText: `throw "boom"`, MarkerLen: 12},
	}
	want := "Exception: /home/u/t.ps1:3\nLine |\n   3 |  throw \"boom\"\n     |  ~~~~~~~~~~~~\n     | boom\n"
	if got := ErrorView(script, "ConciseView"); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestPositionMessageHeadCut(t *testing.T) {
	// An error far along a long line: the 69 characters shown are
	// centred on the extent, cut at both ends with "... ".
	line := strings.Repeat("a", 100) + " Bad-Thing " + strings.Repeat("b", 20)
	inv := &object.InvocationInfo{Line: 1, Column: 102, LineText: line, MarkerLen: 9}
	want := "At line:1 char:102\n+ ... " + strings.Repeat("a", 51) + " Bad-Thing " + strings.Repeat("b", 7) + " ...\n+ " +
		strings.Repeat(" ", 56) + "~~~~~~~~~"
	if got := PositionMessage(inv); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestConciseLabels(t *testing.T) {
	ex := &object.Exception{Type: "System.Management.Automation.RuntimeException", Message: "Attempted to divide by zero."}
	// NotSpecified is skipped (an enum 0 is false), so the reason shows.
	rec := &object.ErrorRecord{Exception: ex, Category: "NotSpecified"}
	if got := ErrorView(rec, "ConciseView"); got != "RuntimeException: Attempted to divide by zero.\n" {
		t.Errorf("got %q", got)
	}
	parse := &object.ErrorRecord{Exception: &object.Exception{Type: "System.Management.Automation.ParseException", Message: "Missing closing ')' in expression."},
		Category: "ParserError", Invocation: &object.InvocationInfo{Line: 1, Column: 6, LineText: "1 + ("}}
	want := "ParserError: \nLine |\n   1 |  1 + (\n     |       ~\n     | Missing closing ')' in expression.\n"
	if got := ErrorView(parse, "ConciseView"); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
