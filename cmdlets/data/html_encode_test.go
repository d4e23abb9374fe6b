package data

import "testing"

// WebUtility.HtmlEncode replaces the five characters HTML reserves and
// keeps everything else, multi-byte text included.
func TestHTMLEncode(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Pool01", "Pool01"},
		{`a & b`, `a &amp; b`},
		{`<td>`, `&lt;td&gt;`},
		{`"x" 'y'`, `&quot;x&quot; &#39;y&#39;`},
		{"Zürich <&>", "Zürich &lt;&amp;&gt;"},
	} {
		if got := htmlEncode(tc.in); got != tc.want {
			t.Errorf("htmlEncode(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
