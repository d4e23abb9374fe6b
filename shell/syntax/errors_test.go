package syntax

import (
	"fmt"
	"testing"
)

// errorTests pin the first error's line:col, id and message (PowerShell's
// ParserStrings texts) and whether it is only incomplete input.
var errorTests = []struct {
	in, want   string
	incomplete bool
}{
	{"if ($x) {", "1:9 MissingEndCurlyBrace: Missing closing '}' in statement block or type definition.", true},
	{"if ($x) { 1 }\n}", "2:1 UnexpectedToken: Unexpected token '}' in expression or statement.", false},
	{"(1 + 2", "1:7 MissingEndParenthesisInExpression: Missing closing ')' in expression.", true},
	{"1 +", "1:4 ExpectedValueExpression: You must provide a value expression following the '+' operator.", true},
	{"$a -eq", "1:7 ExpectedValueExpression: You must provide a value expression following the '-eq' operator.", true},
	{"\"abc", "1:1 TerminatorExpectedAtEndOfString: The string is missing the terminator: \".", true},
	{"'abc", "1:1 TerminatorExpectedAtEndOfString: The string is missing the terminator: '.", true},
	{"@\"\nabc", "1:1 TerminatorExpectedAtEndOfString: The string is missing the terminator: \"@.", true},
	// An indented terminator is named as such (the tokenizer's
	// falseFooterOffset); a missing one points at the header.
	{"@'\nabc\n  '@", "3:3 WhitespaceBeforeHereStringFooter: White space is not allowed before the string terminator.", true},
	{"@'\nabc", "1:1 TerminatorExpectedAtEndOfString: The string is missing the terminator: '@.", true},
	{"1usgb", "1:1 BadNumericConstant: The numeric constant 1usgb is not valid.", false},
	{"$x = 1 2", "1:8 UnexpectedToken: Unexpected token '2' in expression or statement.", false},
	{"1 -foo 2", "1:3 UnexpectedToken: Unexpected token '-foo' in expression or statement.", false},
	{"Get-Foo |", "1:10 EmptyPipeElement: An empty pipe element is not allowed.", true},
	{"Get-Foo | | b", "1:10 EmptyPipeElement: An empty pipe element is not allowed.", false},
	{"a | 1", "1:5 ExpressionsMustBeFirstInPipeline: Expressions are only allowed as the first element of a pipeline.", false},
	{"foreach ($x) {}", "1:12 MissingInInForeach: Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}", false},
	{"foreach (1 in $y) {}", "1:10 MissingVariableNameAfterForeach: Missing variable name after foreach.\nThe correct form is: foreach ($a in $b) {...}", false},
	{"function", "1:9 MissingNameAfterKeyword: Missing name after function keyword.", true},
	{"function f", "1:11 MissingFunctionBody: Missing function body in function declaration.", true},
	{"try { }", "1:8 MissingCatchOrFinally: The Try statement is missing its Catch or Finally block.", true},
	{"try { } 1", "1:8 MissingCatchOrFinally: The Try statement is missing its Catch or Finally block.", false},
	{"do { }", "1:7 MissingWhileOrUntilInDoWhile: Missing while or until keyword in do loop.", true},
	{"if", "1:3 MissingOpenParenthesisInIfStatement: Missing '(' after 'if' in if statement.", true},
	{"if ()", "1:5 IfStatementMissingCondition: Missing condition in if statement after 'if ('.", false},
	{"if ($x)", "1:7 MissingStatementBlock: Missing statement block after if ( condition ).", true},
	{"if ($x) {} else", "1:16 MissingStatementBlockAfterElse: Missing statement block after 'else' keyword.", true},
	{"if ($x {", "1:8 UnexpectedToken: Unexpected token '{' in expression or statement.", false},
	{"while ($x -gt 1", "1:16 MissingEndParenthesisAfterStatement: Missing closing ')' after expression in 'while' statement.", true},
	{"while ($x)", "1:11 MissingLoopStatement: Missing statement body in while loop.", true},
	{"$a[", "1:4 MissingArrayIndexExpression: Array index expression is missing or not valid.", true},
	{"$a[1", "1:5 MissingEndSquareBracket: Missing ']' after array index expression.", true},
	{"$a[]", "1:4 MissingArrayIndexExpression: Array index expression is missing or not valid.", false},
	{"$x.", "1:4 MissingPropertyName: Missing property name after reference operator.", true},
	{"$x.Foo(1", "1:9 MissingEndParenthesisInMethodCall: Missing ')' in method call.", true},
	{"$x.Foo(1,", "1:10 MissingExpressionAfterToken: Missing expression after ','.", true},
	{"\"Time: $h:$m\"", "1:8 InvalidVariableReferenceWithDrive: Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.", false},
	{"@{Content-Type = 'x'}", "1:10 MissingEqualsInHashLiteral: Missing '=' operator after key in hash literal.", false},
	{"@{ a = 1", "1:3 MissingEndCurlyBrace: Missing closing '}' in statement block or type definition.", true},
	{"@{ a = 1 b = 2 }", "1:10 UnexpectedToken: Unexpected token 'b' in expression or statement.", false},
	{"()", "1:2 ExpectedExpression: An expression was expected after '('.", false},
	{"$(1 2", "1:5 UnexpectedToken: Unexpected token '2' in expression or statement.", false},
	{"$(1", "1:4 MissingEndParenthesisInSubexpression: Missing closing ')' in subexpression.", true},
	{"@{ a 1 }", "1:5 MissingEqualsInHashLiteral: Missing '=' operator after key in hash literal.", false},
	{"$(1", "1:4 MissingEndParenthesisInSubexpression: Missing closing ')' in subexpression.", true},
	{"!", "1:2 MissingExpressionAfterOperator: Missing expression after unary operator '!'.", true},
	{"Get-Foo > ", "1:10 MissingFileSpecification: Missing file specification after redirection operator.", true},
	{"[ordered]$x", "1:1 OrderedAttributeOnlyOnHashLiteralNode: The ordered attribute can be specified only on a hash literal node.", false},
	{"$h = [Ordered](1, 2)", "1:6 OrderedAttributeOnlyOnHashLiteralNode: The ordered attribute can be specified only on a hash literal node.", false},
	{"Get-Foo 2>&1 2>$null", "1:14 StreamAlreadyRedirected: The error stream for this command is already redirected.", false},
	{"Get-Foo 1>&2", "1:9 RedirectionNotSupported: The '1>&2' operator is reserved for future use.", false},
	{"Get-Foo < x", "1:9 RedirectionNotSupported: The '<' operator is reserved for future use.", false},
	{"<thumb print of new certificate> -Roll", "1:1 RedirectionNotSupported: The '<' operator is reserved for future use.", false},
	{"< x", "1:1 RedirectionNotSupported: The '<' operator is reserved for future use.", false},
	{"a &&", "1:5 EmptyPipelineChainElement: A pipeline chain operator must be followed by a pipeline.", true},
	{"$x ? 1", "1:7 MissingColonInTernaryExpression: Missing ':' in the ternary expression.", true},
	{"[int", "1:5 EndSquareBracketExpectedAtEndOfType: Missing ] at end of type token.", true},
	{"[", "1:2 MissingTypename: Missing type name after '['.", true},
	{"1 = 2", "1:1 InvalidLeftHandSide: The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.", false},
	{"Write-Output a,", "1:16 MissingExpression: Missing expression after ',' in pipeline element.", true},
	{"Write-Output ,1", "1:14 MissingArgument: Missing argument in parameter list.", false},
	{"Get-Item -Path:", "1:16 ParameterRequiresArgument: Parameter -Path: requires an argument.", true},
	{"Get-Item -Path: | x", "1:16 ParameterRequiresArgument: Parameter -Path: requires an argument.", false},
	{"'a' 'b'", "1:5 UnexpectedToken: Unexpected token ''b'' in expression or statement.", false},
	{"(1 2)", "1:4 UnexpectedToken: Unexpected token '2' in expression or statement.", false},
	{"<# never closed", "1:1 MissingTerminatorMultiLineComment: The terminator '#>' is missing from the multiline comment.", true},
	{"Get-Foo `", "1:9 IncompleteString: Incomplete string token.", true},
	{"switch ($x) {", "1:14 MissingSwitchConditionExpression: Missing condition in switch statement clause.", true},
	{"switch ($x) { 1 {}", "1:13 MissingEndCurlyBrace: Missing closing '}' in statement block or type definition.", true},
	{"switch ($x) { 1 }", "1:16 MissingSwitchStatementClause: Missing statement block in switch statement clause.", false},
	{"function f($a { }", "1:14 MissingEndParenthesisInFunctionParameterList: Missing ')' in function parameter list.", false},
	{"\"`u{110000}\"", "1:2 InvalidUnicodeEscapeSequenceValue: The Unicode escape sequence value is out of range. The maximum value is 0x10FFFF.", false},
	{"${x", "1:1 IncompleteDollarVariableReference: ${variable} reference starting is missing the closing '}'.", true},
	{"'a'\r\n(1 +\r\n", "2:5 ExpectedValueExpression: You must provide a value expression following the '+' operator.", true},
	{"x\n  $y = (Get-Foo\n", "2:16 MissingEndParenthesisInExpression: Missing closing ')' in expression.", true},
	{"\u00e9t\u00e9 = 1; (1 +", "1:14 ExpectedValueExpression: You must provide a value expression following the '+' operator.", true},
}

func TestParseErrors(t *testing.T) {
	for _, tc := range errorTests {
		_, err := Parse(NewFile("", tc.in))
		if err == nil {
			t.Errorf("%q: no error, want %s", tc.in, tc.want)
			continue
		}
		errs := err.(ParseErrors)
		e := errs[0]
		l, c := e.File.Position(e.Start)
		got := fmt.Sprintf("%d:%d %s: %s", l, c, e.ErrorID, e.Message)
		if got != tc.want {
			t.Errorf("%q:\n got  %s\n want %s", tc.in, got, tc.want)
		}
		if errs.Incomplete() != tc.incomplete {
			t.Errorf("%q: Incomplete() = %v, want %v (%v)", tc.in, errs.Incomplete(), tc.incomplete, errs)
		}
	}
}

// Input that merely stops early is incomplete, so the REPL continues it.
func TestIncomplete(t *testing.T) {
	for _, in := range []string{
		"if ($x) {", "if ($x) {\n  1", "(1 +", "Get-Foo |", "Get-Foo |\n", "$x =", "$x = \n",
		"foreach ($i in 1..3) {", "function f {", "function f {\n param(", "try {}", "try {} catch",
		"do {}", "do {} while", "do {} while (", "$a = @(", "$(", "@{", "@{ a =", "{", "& {",
		"'abc", "\"abc $(", "\"abc $(1 +", "@\"", "@'\nx", "Get-Foo `", "$x.Method(", "$x.Method(1,",
		"switch ($x) {", "switch ($x) { 1 {", "[int", "Get-Foo -Bar 1,", "a &&", "$x ?", "$x ? 1 :",
		"<# x", "Get-Foo -Bar `\n", "Get-Foo -Bar `\r\n", "1..", "-not", "$h = @{\n a = 1\n", "[CmdletBinding()]", "param(", "function f(",
		"enum E {", "trap", "for (", "for ($i = 0;", "while", "if ($a) {} elseif", "catch",
	} {
		_, err := Parse(NewFile("", in))
		if err == nil {
			if in == "catch" {
				continue // a command named catch: runs, fails at run time
			}
			t.Errorf("%q: parsed without error", in)
			continue
		}
		if !err.(ParseErrors).Incomplete() {
			t.Errorf("%q: not incomplete: %v", in, err.(ParseErrors)[0].ErrorID)
		}
	}
	for _, in := range []string{")", "}", "1usgb", "$x = 1 2", "(1 2)", "Get-Foo | | x", "if ($x) {} }"} {
		_, err := Parse(NewFile("", in))
		if err == nil || err.(ParseErrors).Incomplete() {
			t.Errorf("%q: want a plain error, got %v", in, err)
		}
	}
}
