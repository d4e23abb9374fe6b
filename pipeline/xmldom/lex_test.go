package xmldom

import (
	"fmt"
	"strings"
	"testing"
)

// tokens runs the tokenizer over src and writes each token as
// kind(name)[attrs]=value, or the error.
func tokens(src string, frag bool) string {
	l := &lexer{src: src, frag: frag}
	var parts []string
	for {
		tok, err := l.next()
		if err != nil {
			return strings.Join(append(parts, "error: "+err.Error()), " ")
		}
		if tok.kind == tokEOF {
			return strings.Join(parts, " ")
		}
		var s string
		switch tok.kind {
		case tokDecl:
			s = "decl=" + tok.value
		case tokPI:
			s = "pi(" + tok.local + ")=" + tok.value
		case tokDoctype:
			s = "doctype=" + tok.value
		case tokComment:
			s = "comment=" + tok.value
		case tokCDATA:
			s = "cdata=" + tok.value
		case tokText:
			s = "text=" + tok.value
			if tok.space {
				s = "space=" + tok.value
			}
		case tokEnd:
			s = "end"
		case tokStart:
			s = "start(" + tok.prefix + ":" + tok.local + ")"
			for _, a := range tok.attrs {
				s += fmt.Sprintf("[%s:%s=%s]", a.prefix, a.local, a.value)
			}
			if tok.selfClose {
				s += "/"
			}
		}
		parts = append(parts, fmt.Sprintf("%q", s))
	}
}

// Well-formed pieces: what each token holds.
func TestLexTokens(t *testing.T) {
	cases := []struct {
		src  string
		frag bool
		want string
	}{
		{`<?xml version="1.0" encoding='utf-8' ?><a/>`, false, `"decl=version=\"1.0\" encoding='utf-8'" "start(:a)/"`},
		{"<a x='1' y = \"2\" p:z='&lt;&amp;&gt;&quot;&apos;'>t</a>", false, `"start(:a)[:x=1][:y=2][p:z=<&>\"']" "text=t" "end"`},
		{"<a>&#65;&#x42;&#x1F600;c</a>", false, `"start(:a)" "text=AB😀c" "end"`},
		{"<a> &#x20; </a>", false, `"start(:a)" "space=   " "end"`},
		// A decimal reference counts as content even for white space.
		{"<a> &#32; </a>", false, `"start(:a)" "text=   " "end"`},
		{"<a><![CDATA[x<y]]]>z<!-- c - d --><?pi  data ?></a>", false, `"start(:a)" "cdata=x<y]" "text=z" "comment= c - d " "pi(pi)=data " "end"`},
		{"<!DOCTYPE a [<!ENTITY e \">\">]>\n<a/>\n", false, `"doctype=DOCTYPE a [<!ENTITY e \">\">]" "space=\n" "start(:a)/" "space=\n"`},
		{"<a>x\r\ny\rz</a>", false, `"start(:a)" "text=x\ny\nz" "end"`},
		{"<p:a xmlns:p='u'></p:a >", false, `"start(p:a)[xmlns:p=u]" "end"`},
		{"t<b/>u<c/>", true, `"text=t" "start(:b)/" "text=u" "start(:c)/"`},
		{"<a/>\x00junk", false, `"start(:a)/"`},
	}
	for _, c := range cases {
		if got := tokens(c.src, c.frag); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

// Malformed input: XmlException's text and where the reader stops.
func TestLexErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{`<a b=1/>`, `'1' is an unexpected token. The expected token is '"' or '''. Line 1, position 6.`},
		{`<a b=/>`, `'/' is an unexpected token. The expected token is '"' or '''. Line 1, position 6.`},
		{`<a b c/>`, "'c' is an unexpected token. The expected token is '='. Line 1, position 6."},
		{`<a b/>`, "'/' is an unexpected token. The expected token is '='. Line 1, position 5."},
		{`<a b="1"c="2"/>`, "'c' is an unexpected token. Expecting white space. Line 1, position 9."},
		{`<a b="1/>`, "There is an unclosed literal string. Line 1, position 10."},
		{`<a x="<"/>`, "'<', hexadecimal value 0x3C, is an invalid attribute character. Line 1, position 7."},
		{`<a b="x&amp y"/>`, "' ' is an unexpected token. The expected token is ';'. Line 1, position 12."},
		{`<a b="&"/>`, "An error occurred while parsing EntityName. Line 1, position 8."},
		{`<a b="&nbsp;"/>`, "Reference to undeclared entity 'nbsp'. Line 1, position 8."},
		{"<a>a & b</a>", "An error occurred while parsing EntityName. Line 1, position 7."},
		{"<a>&amp</a>", "An error occurred while parsing EntityName. Line 1, position 5."},
		{"<a>&nbsp;</a>", "Reference to undeclared entity 'nbsp'. Line 1, position 5."},
		{"<a>&#12a;</a>", "Invalid syntax for a decimal numeric entity reference. Line 1, position 8."},
		{"<a>&#xZ;</a>", "Invalid syntax for a hexadecimal numeric entity reference. Line 1, position 7."},
		{"<a>&#;</a>", "Invalid syntax for a decimal numeric entity reference. Line 1, position 6."},
		{"<a>&#99999999999;</a>", "Invalid value of a character entity reference. Line 1, position 15."},
		{"<a>&#12", "Unexpected end of file while parsing  has occurred. Line 1, position 4."},
		{"<a>x&", "Unexpected end of file has occurred. Line 1, position 5."},
		{"<a>]]></a>", "']]>' is not allowed in character data. Line 1, position 4."},
		{"<a>\x01</a>", "'\x01', hexadecimal value 0x01, is an invalid character. Line 1, position 4."},
		{"<a>x</a>y", "Data at the root level is invalid. Line 1, position 9."},
		{"x", "Data at the root level is invalid. Line 1, position 1."},
		{"<a>", "Data at the root level is invalid. Line 1, position 1."},
		{"  <a/>&amp;", "Data at the root level is invalid. Line 1, position 7."},
		{"", "Root element is missing."},
		{"<!-- c -->", "Root element is missing."},
		{"<a/><b/>", "There are multiple root elements. Line 1, position 6."},
		{"</a>", "Unexpected end tag. Line 1, position 3."},
		{"<a><b></a>", "The 'b' start tag on line 1 position 5 does not match the end tag of 'a'. Line 1, position 9."},
		{"<a>\n<b>\n</a>", "The 'b' start tag on line 2 position 2 does not match the end tag of 'a'. Line 3, position 3."},
		{"<a></ab>", "The 'a' start tag on line 1 position 2 does not match the end tag of 'ab'. Line 1, position 6."},
		{"<a></a x>", "'x' is an unexpected token. The expected token is '>'. Line 1, position 8."},
		{"<abc></ab", "Unexpected end of file while parsing Name has occurred. Line 1, position 10."},
		{"<a></a", "Unexpected end of file has occurred. The following elements are not closed: a. Line 1, position 7."},
		{"<a><b>", "Unexpected end of file has occurred. The following elements are not closed: b, a. Line 1, position 7."},
		{"<a><b ", "Unexpected end of file has occurred. The following elements are not closed: a. Line 1, position 7."},
		{"<ab ", "Unexpected end of file has occurred. The following elements are not closed:  Line 1, position 5."},
		{"<a><b", "Unexpected end of file while parsing Name has occurred. Line 1, position 6."},
		{"<a><b/", "Unexpected end of file while parsing > has occurred. Line 1, position 6."},
		{"<a/ >", "'/' is an unexpected token. The expected token is '>'. Line 1, position 3."},
		{`<a x="1"/ >`, "' ' is an unexpected token. The expected token is '>'. Line 1, position 10."},
		{"< a/>", "Name cannot begin with the ' ' character, hexadecimal value 0x20. Line 1, position 2."},
		{"<a><1/></a>", "Name cannot begin with the '1' character, hexadecimal value 0x31. Line 1, position 5."},
		{`<a =""/>`, "Name cannot begin with the '=' character, hexadecimal value 0x3D. Line 1, position 4."},
		{"<a:b:c/>", "The ':' character, hexadecimal value 0x3A, cannot be included in a name. Line 1, position 5."},
		{`<a"/>`, "The '\"' character, hexadecimal value 0x22, cannot be included in a name. Line 1, position 3."},
		{"<!-- a -- b --><a/>", "An XML comment cannot contain '--', and '-' cannot be the last character. Line 1, position 8."},
		{"<a><!-- x", "Unexpected end of file while parsing Comment has occurred. Line 1, position 8."},
		{"<a><!-- xyz", "Unexpected end of file while parsing Comment has occurred. Line 1, position 12."},
		{"<a><![CDATA[x</a>", "Unexpected end of file while parsing CDATA has occurred. Line 1, position 18."},
		{"<a><![CDATX[x]]></a>", "'CDATX' is an unexpected token. The expected token is 'CDATA['. Line 1, position 7."},
		{"<a><!x></a>", "'x' is an unexpected token. The expected token is '<!--' or '<[CDATA['. Line 1, position 6."},
		{"<!-x-><a/>", "'x-' is an unexpected token. The expected token is '-'. Line 1, position 4."},
		{"<![CDATA[x]]><a/>", "Data at the root level is invalid. Line 1, position 1."},
		{"<a><!DOCTYPE a></a>", "Unexpected DTD declaration. Line 1, position 6."},
		{"<a/><!DOCTYPE a>", "DTD must be defined before the document root element. Line 1, position 5."},
		{"<!DOCTYPE a><!DOCTYPE a><a/>", "Cannot have multiple DTDs. Line 1, position 13."},
		{"<!DOCTYP a><a/>", "'DOCTYP' is an unexpected token. The expected token is 'DOCTYPE'. Line 1, position 3."},
		{"<!DOCTYPEa><a/>", "'a' is an unexpected token. Expecting white space. Line 1, position 10."},
		{"<?xml version=\"1.0\"?><?xml version=\"1.0\"?><a/>", "Unexpected XML declaration. The XML declaration must be the first node in the document, and no white space characters are allowed to appear before it. Line 1, position 24."},
		{" <?xml version=\"1.0\"?><a/>", "Unexpected XML declaration. The XML declaration must be the first node in the document, and no white space characters are allowed to appear before it. Line 1, position 4."},
		{"<a><?XML x?></a>", "'XML' is an invalid name for processing instructions. Line 1, position 6."},
		{"<a/><?pi x", "Unexpected end of file while parsing PI has occurred. Line 1, position 11."},
		{"<a><?pi\"x?></a>", "The '\"' character, hexadecimal value 0x22, cannot be included in a name. Line 1, position 8."},
		{"<?xml?><a/>", "Syntax for an XML declaration is invalid. Line 1, position 6."},
		{`<?xml version="1.1"?><a/>`, "Version number '1.1' is invalid. Line 1, position 16."},
		{`<?xml version="1.0" standalone="maybe"?><a/>`, "Syntax for an XML declaration is invalid. Line 1, position 32."},
		{`<?xml encoding="utf-8"?><a/>`, "Syntax for an XML declaration is invalid. Line 1, position 7."},
		{`<?xml version="1.0"encoding="utf-8"?><a/>`, "'encoding' is an unexpected token. The expected token is '?>'. Line 1, position 20."},
		{`<?xml version="1.0?><a/>`, "Syntax for an XML declaration is invalid. Line 1, position 16."},
		{"<a>\n  <b x='1'\n     x='2'/>\n</a>", "'x' is a duplicate attribute name. Line 3, position 6."},
		{"<a>\r\n\u00e9\U0001F600\x02</a>", "'\x02', hexadecimal value 0x02, is an invalid character. Line 2, position 4."},
	}
	for _, c := range cases {
		_, err := Parse(c.src, false)
		if err == nil || err.Error() != c.want {
			t.Errorf("%q:\n got %v\nwant %s", c.src, err, c.want)
		}
	}
}

// Cases recorded from .NET's own reader (XElement.Parse on .NET 10, an
// XmlReader whose tokenizer is LoadXml's) where both read the same way:
// well-formedness, not entity expansion, character checks or prefixes.
func TestLexRecordedDotnet(t *testing.T) {
	cases := []struct{ src, want string }{
		{"<?xml version=1.0?><a/>", `'1.0' is an unexpected token. The expected token is '"' or '''. Line 1, position 15.`},
		{"<?xml version='1'?><a/>", "Version number '1' is invalid. Line 1, position 16."},
		{"<?xml ?><a/>", "Syntax for an XML declaration is invalid. Line 1, position 7."},
		{"<?xml version='1.0'?>x<a/>", "Data at the root level is invalid. Line 1, position 22."},
		{"<a/>x", "Data at the root level is invalid. Line 1, position 5."},
		{"   ", "Root element is missing."},
		{"<a></a></a>", "Unexpected end tag. Line 1, position 10."},
		{"<a", "Data at the root level is invalid. Line 1, position 1."},
		{"<a b='1'", "Unexpected end of file has occurred. The following elements are not closed:  Line 1, position 9."},
		{"<a>x<y</a>", "The '<' character, hexadecimal value 0x3C, cannot be included in a name. Line 1, position 7."},
		{"<:a/>", "Name cannot begin with the ':' character, hexadecimal value 0x3A. Line 1, position 2."},
		{"<a>&1;</a>", "An error occurred while parsing EntityName. Line 1, position 5."},
		{"<a 1b='x'/>", "Name cannot begin with the '1' character, hexadecimal value 0x31. Line 1, position 4."},
		{"<a b='1'></b>", "The 'a' start tag on line 1 position 2 does not match the end tag of 'b'. Line 1, position 12."},
		{"<a> </a><b/>", "There are multiple root elements. Line 1, position 10."},
		{"<a><!-- -- --></a>", "An XML comment cannot contain '--', and '-' cannot be the last character. Line 1, position 9."},
		{"<a><!---></a>", "Unexpected end of file while parsing Comment has occurred. Line 1, position 14."},
		{"<a><!--c</a>", "Unexpected end of file while parsing Comment has occurred. Line 1, position 13."},
		{"<a><?pi data<a/>", "Unexpected end of file while parsing PI has occurred. Line 1, position 17."},
		{"<?1p?><a/>", "Name cannot begin with the '1' character, hexadecimal value 0x31. Line 1, position 3."},
		{"<a>&#x;</a>", "Invalid syntax for a hexadecimal numeric entity reference. Line 1, position 7."},
		{"<a b:c:d='x'/>", "The ':' character, hexadecimal value 0x3A, cannot be included in a name. Line 1, position 7."},
		{"<a:/>", "Name cannot begin with the '/' character, hexadecimal value 0x2F. Line 1, position 4."},
		{"<x:a xmlns:x='urn:x' xmlns:x='urn:y'/>", "'xmlns:x' is a duplicate attribute name. Line 1, position 22."},
		{"<a xmlns='urn:x' xmlns='urn:y'/>", "'xmlns' is a duplicate attribute name. Line 1, position 18."},
		{"<a xmlns:b=''><b:c/></a>", "Invalid namespace declaration. Line 1, position 12."},
		{"<a xmlns:='urn:x'/>", "Name cannot begin with the '=' character, hexadecimal value 0x3D. Line 1, position 10."},
		{"<a><b>x", "Unexpected end of file has occurred. The following elements are not closed: b, a. Line 1, position 8."},
		{"<a>x", "Unexpected end of file has occurred. The following elements are not closed: a. Line 1, position 5."},
		{"<a b", "Unexpected end of file while parsing Name has occurred. Line 1, position 5."},
		{"<a b=", "Unexpected end of file has occurred. Line 1, position 6."},
		{"<a></b", "Unexpected end of file while parsing Name has occurred. Line 1, position 7."},
		{"<a><b/></a", "Unexpected end of file has occurred. The following elements are not closed: a. Line 1, position 11."},
		{"<a>x</a", "Unexpected end of file has occurred. The following elements are not closed: a. Line 1, position 8."},
		{"<a><b\n<c\n</a>", "Name cannot begin with the '<' character, hexadecimal value 0x3C. Line 2, position 1."},
		{"<a>\r\n<b>\r\n</c>\r\n</a>", "The 'b' start tag on line 2 position 2 does not match the end tag of 'c'. Line 3, position 3."},
		{"<a>\t<b>\t</c>\t</a>", "The 'b' start tag on line 1 position 6 does not match the end tag of 'c'. Line 1, position 11."},
		{"<a>\n\n\n<b/>\n\n</c>", "The 'a' start tag on line 1 position 2 does not match the end tag of 'c'. Line 6, position 3."},
		{"<a/><", "Data at the root level is invalid. Line 1, position 5."},
		{"<a/>&", "Data at the root level is invalid. Line 1, position 5."},
		{"<a/>&lt;", "Data at the root level is invalid. Line 1, position 5."},
		{"<a>&lt;", "Unexpected end of file has occurred. The following elements are not closed: a. Line 1, position 8."},
		{"<a><![CDATA[x", "Unexpected end of file while parsing CDATA has occurred. Line 1, position 13."},
		{"<a><?pi data", "Unexpected end of file while parsing PI has occurred. Line 1, position 13."},
		{"<a>x\n<b/></a>x\n", "Data at the root level is invalid. Line 2, position 9."},
		{"\n<a/>\n\n<b/>", "There are multiple root elements. Line 4, position 2."},
		{"<!DOCTYPE a [<!ENTITY e 'x'>]>", "Root element is missing."},
		{"<!DOCTYPE [<!ENTITY e 'x'>]><a>&e;</a>", "Name cannot begin with the '[' character, hexadecimal value 0x5B. Line 1, position 11."},
		{"<!DOCTYPE a [<!ENTITY e 'x>]><a/>", "There is an unclosed literal string. Line 1, position 34."},
		{"<!DOCTYPE a [<!ENTITY e 'x'>] >&e;<a/>", "Data at the root level is invalid. Line 1, position 32."},
		{"<!DOCTYPE a BAD>", "Expecting external ID, '[' or '>'. Line 1, position 13."},
		{"<a/><!DOCTYPE b>", "DTD must be defined before the document root element. Line 1, position 5."},
		{"<a/><!foo>", "Unexpected end of file while parsing DOCTYPE has occurred. Line 1, position 7."},
		{"<!DOCTYPE a", "Incomplete DTD content. Line 1, position 12."},
		{"<!DOCTYPE a [", "Incomplete DTD content. Line 1, position 14."},
		{"<!DOCTYPE a [<!ENTITY e", "Incomplete DTD content. Line 1, position 24."},
		{"<a></a /", "'/' is an unexpected token. The expected token is '>'. Line 1, position 8."},
		{"<a></a/", "'/' is an unexpected token. The expected token is '>'. Line 1, position 7."},
		{"<a><?pi?x></a>", "The '?' character, hexadecimal value 0x3F, cannot be included in a name. Line 1, position 8."},
		{"<a>&f", "An error occurred while parsing EntityName. Line 1, position 5."},
		{"<a>&", "Unexpected end of file has occurred. Line 1, position 4."},
		{"<a>&#", "Unexpected end of file while parsing  has occurred. Line 1, position 4."},
		{"<a>&#x", "Unexpected end of file while parsing  has occurred. Line 1, position 4."},
		{"<a b='&amp'></a>", "''' is an unexpected token. The expected token is ';'. Line 1, position 11."},
		{"<a b='& x'></a>", "An error occurred while parsing EntityName. Line 1, position 8."},
		{"<a><!--a--b></a>", "An XML comment cannot contain '--', and '-' cannot be the last character. Line 1, position 9."},
		{"<a><!--a---></a>", "An XML comment cannot contain '--', and '-' cannot be the last character. Line 1, position 9."},
		{"<a><!---></a>x", "Unexpected end of file while parsing Comment has occurred. Line 1, position 15."},
		{"<a><!foo></a>", "'foo' is an unexpected token. The expected token is '<!--' or '<[CDATA['. Line 1, position 6."},
		{"<a b='1' /", "Unexpected end of file has occurred. The following elements are not closed:  Line 1, position 11."},
		{"<a b='1'/", "Unexpected end of file has occurred. The following elements are not closed:  Line 1, position 10."},
		{"<a/", "Data at the root level is invalid. Line 1, position 1."},
		{"<1", "Data at the root level is invalid. Line 1, position 1."},
		{"<a\n>", "Unexpected end of file has occurred. The following elements are not closed: a. Line 2, position 2."},
		{"<a1>", "Unexpected end of file has occurred. The following elements are not closed: a1. Line 1, position 5."},
		{"<?xml version='1.0' version='1.0'?><a/>", "Syntax for an XML declaration is invalid. Line 1, position 21."},
		{"<?xml version='1.0' standalone='yes' encoding='utf-8'?><a/>", "Syntax for an XML declaration is invalid. Line 1, position 38."},
		{"<?xml version='1.0' foo='bar'?><a/>", "Syntax for an XML declaration is invalid. Line 1, position 21."},
		{"<?XML version='1.0'?><a/>", "'XML' is an invalid name for processing instructions. Line 1, position 3."},
		{"<?xml", "Unexpected end of file while parsing Name has occurred. Line 1, position 6."},
		{"<?pi", "Unexpected end of file while parsing Name has occurred. Line 1, position 5."},
		{"<a><?pi", "Unexpected end of file while parsing Name has occurred. Line 1, position 8."},
		{"<a b='1'>x</a></a>", "Unexpected end tag. Line 1, position 17."},
		{"<a><b></b></a><b/>", "There are multiple root elements. Line 1, position 16."},
		{"<a xmlns:b='urn:x' b:c='1' xmlns:b='urn:x'/>", "'xmlns:b' is a duplicate attribute name. Line 1, position 28."},
		{"<a>&#xD800&#x3E;</a>", "Invalid syntax for a hexadecimal numeric entity reference. Line 1, position 11."},
		{"<a b='\x01'/>", "'\x01', hexadecimal value 0x01, is an invalid character. Line 1, position 7."},
		{"<a><!--\x01--></a>", "'\x01', hexadecimal value 0x01, is an invalid character. Line 1, position 8."},
		{"<a><?pi \x01?></a>", "'\x01', hexadecimal value 0x01, is an invalid character. Line 1, position 9."},
		{"<a><![CDATA[\x01]]></a>", "'\x01', hexadecimal value 0x01, is an invalid character. Line 1, position 13."},
	}
	for _, c := range cases {
		_, err := Parse(c.src, false)
		if err == nil || err.Error() != c.want {
			t.Errorf("%q:\n got %v\nwant %s", c.src, err, c.want)
		}
	}
	// The recorded documents that read.
	for _, src := range []string{"<a.b/>", "<a\u00b7b/>", "<\u00e9/>", "<a ><b/></a >", "<!DOCTYPE a SYSTEM 'x'><a/>", "<!DOCTYPE a PUBLIC 'pub' 'sys'><a/>", "<!DOCTYPE a [<!--c-->]><a/>", "<!DOCTYPE a [ ]><a/>", "<a b = '1' />", "<a xmlns=''><b/></a>"} {
		if _, err := Parse(src, false); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
}

// Fragments (InnerXml) take text and several elements but no DOCTYPE.
func TestLexFragmentErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"t<!DOCTYPE a>", "Unexpected DTD declaration. Line 1, position 4."},
		{"<b></c>", "The 'b' start tag on line 1 position 2 does not match the end tag of 'c'. Line 1, position 6."},
		{"x</b>", "Unexpected end tag. Line 1, position 4."},
	}
	for _, c := range cases {
		doc, _ := Parse("<a/>", false)
		err := ParseFragment(doc.DocumentElement(), c.src)
		if err == nil || err.Error() != c.want {
			t.Errorf("%q:\n got %v\nwant %s", c.src, err, c.want)
		}
	}
}

// Lines end at LF, CRLF or CR; positions count UTF-16 code units.
func TestLinePos(t *testing.T) {
	cases := []struct {
		src        string
		off        int
		line, char int
	}{
		{"abc", 2, 1, 3},
		{"a\nb", 2, 2, 1},
		{"a\r\nb", 3, 2, 1},
		{"a\rb", 2, 2, 1},
		{"\U0001F600x", 4, 1, 3},
		{"éx", 2, 1, 2},
	}
	for _, c := range cases {
		if l, p := linePos(c.src, c.off); l != c.line || p != c.char {
			t.Errorf("%q@%d = %d,%d, want %d,%d", c.src, c.off, l, p, c.line, c.char)
		}
	}
}

// Only XML white space (space, tab, CR, LF) makes a white space node,
// and a decimal character reference counts as content, as in
// XmlTextReader's compatibility mode.
func TestParseTextKinds(t *testing.T) {
	cases := []struct {
		src  string
		want string
	}{
		{"<a>\u00a0</a>", "Text"},
		{"<a> &#32; </a>", "Text"},
		{"<a> &#x20; </a>", ""},
		{"<a> \t\r\n</a>", ""},
	}
	for _, c := range cases {
		doc, err := Parse(c.src, false)
		if err != nil {
			t.Fatal(err)
		}
		var kinds []string
		for _, n := range doc.DocumentElement().Children {
			kinds = append(kinds, n.Type.String())
		}
		if got := strings.Join(kinds, ","); got != c.want {
			t.Errorf("%q: children %q, want %q", c.src, got, c.want)
		}
	}
}
