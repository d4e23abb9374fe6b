package syntax

import (
	"strings"
	"testing"
)

// psParserTests are the parse error cases of PowerShell's own parser tests
// (test/powershell/Language/Parser/Parsing.Tests.ps1): the input, the ids
// of the errors in order, and the offset where each starts.
var psParserTests = []struct {
	in   string
	ids  string
	offs []int
}{
	{"for", "MissingOpenParenthesisAfterKeyword", []int{3}},
	{"for(", "MissingEndParenthesisAfterStatement", []int{4}},
	{"for(;", "MissingEndParenthesisAfterStatement", []int{5}},
	{"for(;;", "MissingEndParenthesisAfterStatement", []int{6}},
	{"for($a", "MissingEndParenthesisAfterStatement", []int{6}},
	{"for($a;", "MissingEndParenthesisAfterStatement", []int{7}},
	{"for($a;$b", "MissingEndParenthesisAfterStatement", []int{9}},
	{"for($a;$b;", "MissingEndParenthesisAfterStatement", []int{10}},
	{"for($a;$b;$c", "MissingEndParenthesisAfterStatement", []int{12}},
	{"for($a;$b;$c)", "MissingLoopStatement", []int{13}},
	{":lab for", "MissingOpenParenthesisAfterKeyword", []int{8}},
	{":lab for(", "MissingEndParenthesisAfterStatement", []int{9}},
	{":lab for(;", "MissingEndParenthesisAfterStatement", []int{10}},
	{":lab for(;;", "MissingEndParenthesisAfterStatement", []int{11}},
	{":lab for($a", "MissingEndParenthesisAfterStatement", []int{11}},
	{":lab for($a;", "MissingEndParenthesisAfterStatement", []int{12}},
	{":lab for($a;$b", "MissingEndParenthesisAfterStatement", []int{14}},
	{":lab for($a;$b;", "MissingEndParenthesisAfterStatement", []int{15}},
	{":lab for($a;$b;$c", "MissingEndParenthesisAfterStatement", []int{17}},
	{":lab for($a;$b;$c)", "MissingLoopStatement", []int{18}},
	{"foreach", "MissingOpenParenthesisAfterKeyword", []int{7}},
	{"foreach (", "MissingVariableNameAfterForeach", []int{9}},
	{"foreach ($a", "MissingInInForeach", []int{11}},
	{"foreach ($a into", "MissingInInForeach", []int{11}},
	{"foreach ($a in", "MissingForeachExpression", []int{14}},
	{"foreach ($a in $x", "MissingEndParenthesisAfterForeach", []int{17}},
	{"foreach ($a in $x)", "MissingForeachStatement", []int{18}},
	{":lab foreach", "MissingOpenParenthesisAfterKeyword", []int{12}},
	{":lab foreach (", "MissingVariableNameAfterForeach", []int{14}},
	{":lab foreach ($a", "MissingInInForeach", []int{16}},
	{":lab foreach ($a into", "MissingInInForeach", []int{16}},
	{":lab foreach ($a in", "MissingForeachExpression", []int{19}},
	{":lab foreach ($a in $x", "MissingEndParenthesisAfterForeach", []int{22}},
	{":lab foreach ($a in $x)", "MissingForeachStatement", []int{23}},
	{"do", "MissingLoopStatement", []int{2}},
	{"do {}", "MissingWhileOrUntilInDoWhile", []int{5}},
	{"do {} while", "MissingOpenParenthesisAfterKeyword", []int{11}},
	{"do {} while (", "MissingExpressionAfterKeyword", []int{13}},
	{"do {} while (1", "MissingEndParenthesisAfterStatement", []int{14}},
	{":lab do", "MissingLoopStatement", []int{7}},
	{":lab do {}", "MissingWhileOrUntilInDoWhile", []int{10}},
	{":lab do {} while", "MissingOpenParenthesisAfterKeyword", []int{16}},
	{":lab do {} while (", "MissingExpressionAfterKeyword", []int{18}},
	{":lab do {} while (1", "MissingEndParenthesisAfterStatement", []int{19}},
	{"do {} until", "MissingOpenParenthesisAfterKeyword", []int{11}},
	{"do {} until (", "MissingExpressionAfterKeyword", []int{13}},
	{"do {} until (1", "MissingEndParenthesisAfterStatement", []int{14}},
	{"trap", "MissingTrapStatement", []int{4}},
	{"trap [int]", "MissingTrapStatement", []int{10}},
	{"begin", "MissingNamedStatementBlock", []int{5}},
	{"process", "MissingNamedStatementBlock", []int{7}},
	{"end", "MissingNamedStatementBlock", []int{3}},
	{"dynamicparam", "MissingNamedStatementBlock", []int{12}},
	{"begin process {}", "MissingNamedStatementBlock", []int{5}},
	{"end process {}", "MissingNamedStatementBlock", []int{3}},
	{"dynamicparam process {}", "MissingNamedStatementBlock", []int{12}},
	{"process begin {}", "MissingNamedStatementBlock", []int{7}},
	{"begin process end", "MissingNamedStatementBlock,MissingNamedStatementBlock,MissingNamedStatementBlock", []int{5, 13, 17}},
	{"try", "MissingTryStatementBlock", []int{3}},
	{"try {}", "MissingCatchOrFinally", []int{6}},
	{"try {} catch", "MissingCatchHandlerBlock", []int{12}},
	{"try {} finally", "MissingFinallyStatementBlock", []int{14}},
	{"try {} catch [int]", "MissingCatchHandlerBlock", []int{18}},
	{"try {} catch {} finally", "MissingFinallyStatementBlock", []int{23}},
	{"try {} catch {} catch", "MissingCatchHandlerBlock", []int{21}},
	{"try {} catch [int],", "MissingTypeLiteralToken", []int{19}},
	{"try {} finally { return }", "ControlLeavingFinally", []int{17}},
	{"try {} finally { break }", "ControlLeavingFinally", []int{17}},
	{"try {} finally { continue }", "ControlLeavingFinally", []int{17}},
	{"[a()][b]", "UnexpectedAttribute", []int{0}},
	{"[a()][b]2", "UnexpectedAttribute", []int{0}},
	{"function f { param($a,[int]$a) }", "DuplicateFormalParameter", []int{27}},
	{"function f($a,[int]$a){}", "DuplicateFormalParameter", []int{19}},
	{"switch", "PipelineValueRequired", []int{6}},
	{"switch -abc", "InvalidSwitchFlag,PipelineValueRequired", []int{7, 11}},
	{"switch -file", "MissingFilenameOption", []int{12}},
	{"switch -file a (1)", "PipelineValueRequired,MissingCurlyBraceInSwitchStatement", []int{15, 18}},
	{"switch (", "PipelineValueRequired", []int{8}},
	{"switch ()", "PipelineValueRequired,MissingCurlyBraceInSwitchStatement", []int{8, 9}},
	{"switch (\"abc\")  ", "MissingCurlyBraceInSwitchStatement", []int{14}},
	{"switch (\"abc\")  {", "MissingSwitchConditionExpression", []int{17}},
	{"switch (\"abc\")  { 1", "MissingSwitchStatementClause", []int{19}},
	{"switch (\"abc\")  { 1 }", "MissingSwitchStatementClause", []int{19}},
	{"switch (1) {default {} default {}}", "MultipleSwitchDefaultClauses", []int{23}},
	{"function", "MissingNameAfterKeyword", []int{8}},
	{"function foo", "MissingFunctionBody", []int{12}},
	{"function foo(", "MissingEndParenthesisInFunctionParameterList", []int{13}},
	{"function foo {", "MissingEndCurlyBrace", []int{13}},
	{"function foo { function bar { if (1) {} }", "MissingEndCurlyBrace", []int{13}},
	{"function foo {param(}", "MissingEndParenthesisInFunctionParameterList", []int{20}},
	{"$a,$b += 1,2", "InvalidLeftHandSide", []int{0}},
	{"@a", "SplattingNotPermitted", []int{0}},
	{"foreach (@a in $b) {}", "SplattingNotPermitted", []int{9}},
	{"param(@a)", "SplattingNotPermitted", []int{6}},
	{"function foo (@a) {}", "SplattingNotPermitted", []int{14}},
	{"gps|", "EmptyPipeElement", []int{4}},
	{"1|1", "ExpressionsMustBeFirstInPipeline", []int{2}},
	{"$a=", "ExpectedValueExpression", []int{3}},
	{"gcm -a:", "ParameterRequiresArgument", []int{7}},
	{"gcm -a: 1,", "MissingExpression", []int{10}},
	{"gcm ,", "MissingArgument", []int{4}},
	{"   )", "UnexpectedToken", []int{3}},
	{"   }", "UnexpectedToken", []int{3}},
	{"1+", "ExpectedValueExpression", []int{2}},
}

func TestPowerShellParserErrorCases(t *testing.T) {
	for _, tc := range psParserTests {
		_, err := Parse(NewFile("", tc.in))
		if err == nil {
			t.Errorf("%q: no error, want %s", tc.in, tc.ids)
			continue
		}
		errs := err.(ParseErrors)
		want := strings.Split(tc.ids, ",")
		var got []string
		for i, e := range errs {
			if i < len(want) {
				got = append(got, e.ErrorID)
			}
		}
		if strings.Join(got, ",") != tc.ids {
			t.Errorf("%q: errors %v, want %s", tc.in, errs.ids(), tc.ids)
			continue
		}
		for i, off := range tc.offs {
			if int(errs[i].Start) != off {
				t.Errorf("%q: %s at offset %d, want %d", tc.in, errs[i].ErrorID, errs[i].Start, off)
			}
		}
	}
}

func (l ParseErrors) ids() []string {
	var s []string
	for _, e := range l {
		s = append(s, e.ErrorID)
	}
	return s
}
