package syntax

import (
	"fmt"
	"strings"
	"testing"
)

// prType prints the type definitions and using statements compactly; the
// statements inside method bodies use sexpr.
func prType(s Stmt) string {
	var b strings.Builder
	switch n := s.(type) {
	case *ClassDef:
		prList(&b, n.Attributes, "")
		b.WriteString("class " + n.Name)
		for i, t := range n.Bases {
			if i == 0 {
				b.WriteString(" : ")
			} else {
				b.WriteString(", ")
			}
			b.WriteString(t.Name)
		}
		b.WriteString("{")
		for _, p := range n.Properties {
			b.WriteString(" ")
			prList(&b, p.Attributes, "")
			if p.Static {
				b.WriteString("static ")
			}
			if p.Hidden {
				b.WriteString("hidden ")
			}
			if p.Type != nil {
				b.WriteString("[" + p.Type.Name + "]")
			}
			b.WriteString("$" + p.Name)
			if p.Default != nil {
				b.WriteString("=")
				pr(&b, p.Default)
			}
			b.WriteString(";")
		}
		for _, m := range n.Methods {
			b.WriteString(" ")
			if m.Static {
				b.WriteString("static ")
			}
			if m.Hidden {
				b.WriteString("hidden ")
			}
			if m.Constructor {
				b.WriteString("ctor ")
			}
			if m.ReturnType != nil {
				b.WriteString("[" + m.ReturnType.Name + "]")
			}
			b.WriteString(m.Name + "(")
			prList(&b, m.Params, ", ")
			b.WriteString(")")
			if m.BaseCall {
				b.WriteString(":base(")
				prList(&b, m.BaseArgs, ", ")
				b.WriteString(")")
			}
			b.WriteString("{")
			prList(&b, m.Body.Stmts, "; ")
			b.WriteString("}")
		}
		b.WriteString(" }")
	case *EnumDef:
		prList(&b, n.Attributes, "")
		pr(&b, n)
	case *UsingStmt:
		b.WriteString("using " + n.Kind + " " + n.Name)
	default:
		pr(&b, s)
	}
	return b.String()
}

// classParseTests are the definitions of about_Classes, about_Enum and
// about_Using and the tree each gives.
var classParseTests = []struct{ in, want string }{
	{"class Device {\n    [string]$Brand\n}", "class Device{ [string]$Brand; }"},
	{"class Rack {\n [int] hidden $Slots = 8\n static [Rack[]]$InstalledRacks = @()\n [Device[]]$Devices = [Device[]]::new($this.Slots)\n $Untyped }",
		"class Rack{ hidden [int]$Slots=8:int32; static [Rack[]]$InstalledRacks=@(); [Device[]]$Devices=[Device[]]::new($this.Slots); $Untyped; }"},
	{"class Device {\n [string]$Brand\n Device() { $this.Brand = 'Undefined' }\n Device(\n  [string]$b,\n  [string]$m\n ){\n  $this.Brand = $b\n }\n}",
		"class Device{ [string]$Brand; ctor Device(){($this.Brand = \"Undefined\")} ctor Device([string]$b, [string]$m){($this.Brand = $b)} }"},
	{"class Child : Person\n{\n    [string]$School\n    Child([int]$a, [string]$s ) : base($a) {\n        $this.School = $s\n    }\n}",
		"class Child : Person{ [string]$School; ctor Child([int]$a, [string]$s):base($a){($this.School = $s)} }"},
	{"class C : System.IComparable { [int] CompareTo([object] $obj) { return 0; } }", "class C : System.IComparable{ [int]CompareTo([object]$obj){return 0:int32} }"},
	{"class B : A, System.IComparable, System.IDisposable {}", "class B : A, System.IComparable, System.IDisposable{ }"},
	{"class R { static [void]PowerOffRacks(){ }\n hidden [string] Secret() { return 'x' }\n [int]days () {return 2} }", "class R{ static [void]PowerOffRacks(){} hidden [string]Secret(){return \"x\"} [int]days(){return 2:int32} }"},
	{"class D { [ValidateNotNullOrEmpty()][string]$Brand; [ValidateRange(1,5)] [int] $N = 1 }", "class D{ [@ValidateNotNullOrEmpty()][string]$Brand; [@ValidateRange(1:int32,5:int32)][int]$N=1:int32; }"},
	{"class S { static S() { } }", "class S{ static ctor S(){} }"},
	{"[Flags()] enum FileAttributes {\n    Archive    = 1\n    Compressed = 2\n}", "[@Flags()]enum FileAttributes{Archive=1:int32;Compressed=2:int32}"},
	{"[Flags()]\nenum E { A = 1 }", "[@Flags()]enum E{A=1:int32}"},
	{"[Flags] enum E { A = 1 }", "[@Flags()]enum E{A=1:int32}"},
	{"[int]$x = 1", "(([int]$x) = 1:int32)"},
	{"using namespace System.Text\nusing module .\\Lib.psm1; using assembly 'C:\\x.dll'", "using namespace System.Text; using module .\\Lib.psm1; using assembly C:\\x.dll"},
	{"# comment\nusing namespace System.IO", "using namespace System.IO"},
}

func TestParseClasses(t *testing.T) {
	for _, tc := range classParseTests {
		sb, err := Parse(NewFile("", tc.in))
		if err != nil {
			t.Errorf("%q: unexpected error %v", tc.in, err)
			continue
		}
		var parts []string
		for _, s := range sb.End.Stmts {
			parts = append(parts, prType(s))
		}
		if got := strings.Join(parts, "; "); got != tc.want {
			t.Errorf("%q:\n got  %s\n want %s", tc.in, got, tc.want)
		}
		checkPrefixes(t, tc.in, tc.in)
	}
}

// The spans of members cover their text, so errors at run time can point
// at them.
func TestClassSpans(t *testing.T) {
	src := "class A : B {\n  [int]$X = 1\n  A() : base(2) { }\n}"
	sb, err := Parse(NewFile("", src))
	if err != nil {
		t.Fatal(err)
	}
	c := sb.End.Stmts[0].(*ClassDef)
	for _, tc := range []struct {
		n    Node
		want string
	}{
		{c, src},
		{c.Bases[0], "B"},
		{c.Properties[0], "[int]$X = 1"},
		{c.Methods[0], "A() : base(2) { }"},
		{c.Methods[0].Body, "{ }"},
	} {
		if got := src[tc.n.Pos():tc.n.End()]; got != tc.want {
			t.Errorf("%T span %q, want %q", tc.n, got, tc.want)
		}
	}
}

// classErrorTests pin the first error's line:col, id and text (ParserStrings).
var classErrorTests = []struct {
	in, want   string
	incomplete bool
}{
	{"class", "1:6 MissingNameAfterKeyword: Missing name after class keyword.", true},
	{"class A", "1:8 MissingTypeBody: Missing 'class' body in 'class' declaration.", true},
	{"class A {", "1:9 MissingEndCurlyBrace: Missing closing '}' in statement block or type definition.", true},
	{"class A { [int]$x\n", "1:9 MissingEndCurlyBrace: Missing closing '}' in statement block or type definition.", true},
	{"class A { [int] }", "1:17 IncompleteMemberDefinition: Missing a property name or method definition.", false},
	{"class A { [int]$x; [string]$X }", "1:20 MemberAlreadyDefined: The member 'X' is already defined.", false},
	{"class A { [int][string]$x }", "1:17 TooManyTypes: Only one type may be specified on class members.", false},
	{"class A { Foo }", "1:14 MissingMethodParameterList: Missing '(' in class method parameter list.", false},
	{"class A { [int] A() {} }", "1:12 ConstructorCantHaveReturnType: A constructor cannot specify a return type.", false},
	{"class A { A() : foo() {} }", "1:16 MissingBaseCtorCall: Missing 'base' after ':' in a base class constructor call.", false},
	{"class A { [void] M() {} [void] M() {} }", "1:32 MemberAlreadyDefined: The member 'M' is already defined.", false},
	{"class A : {}", "1:10 TypeNameExpected: Type name expected.", false},
	{"class A { [void] M() { return 5 } }", "1:24 VoidMethodHasReturn: Invalid return statement within void method.", false},
	{"class A { M() { if ($x) { return 1 } } }", "1:27 VoidMethodHasReturn: Invalid return statement within void method.", false},
	{"class A { A() { return 1 } }", "1:17 VoidMethodHasReturn: Invalid return statement within void method.", false},
	{"class A { [int] M() { foreach ($i in 1) { return } } }", "1:43 NonVoidMethodMissingReturnValue: Invalid return statement within non-void method.", false},
	{"enum", "1:5 MissingNameAfterKeyword: Missing name after enum keyword.", true},
	{"enum E", "1:7 MissingTypeBody: Missing 'enum' body in 'enum' declaration.", true},
	{"enum E { A; B; a = 3 }", "1:16 MemberAlreadyDefined: The member 'a' is already defined.", false},
	{"$x = 1\nusing namespace System.Text", "2:1 UsingMustBeAtStartOfScript: A 'using' statement must appear before any other statements in a script.", false},
	{"using", "1:6 MissingUsingStatementDirective: Missing using directive", true},
	{"using namespace", "1:16 MissingUsingItemName: Missing using name", true},
	{"using foo bar", "1:7 UsingStatementNotSupported: This syntax of the 'using' statement is not supported.", false},
}

func TestClassParseErrors(t *testing.T) {
	for _, tc := range classErrorTests {
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

// FuzzParseClasses is FuzzParse seeded with type definitions: the parser
// never panics, and a valid class cut after any token is incomplete.
func FuzzParseClasses(f *testing.F) {
	for _, tc := range classParseTests {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkPrefixes(t, "fuzz", src)
	})
}

// Overloads with the same number of parameters of different types are
// distinct members (about_Classes_Constructors, Example 5).
func TestClassOverloadsByType(t *testing.T) {
	src := "class D { D([int]$n) {} D([string]$s) {} [void] M($a) {} [void] M([int]$a) {} }"
	if _, err := Parse(NewFile("", src)); err != nil {
		t.Fatalf("unexpected error %v", err)
	}
}
