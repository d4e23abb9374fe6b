package members

import (
	"html"
	"net/url"
	"strings"
)

// [System.Net.WebUtility] statics: HTML and URL encoding, as scripts use
// them to build report pages and query strings.
func webUtilityStaticCall(lname string, args []any) (any, bool, error) {
	switch lname {
	case "htmlencode", "htmldecode", "urlencode", "urldecode":
	default:
		return nil, false, nil
	}
	if len(args) != 1 {
		return nil, true, overload
	}
	if args[0] == nil {
		return nil, true, nil
	}
	s := argString(args[0])
	switch lname {
	case "htmlencode":
		return htmlEncode(s), true, nil
	case "htmldecode":
		return html.UnescapeString(s), true, nil
	case "urlencode":
		// WebUtility.UrlEncode: spaces as '+', other reserved bytes as
		// upper-case %XX.
		return url.QueryEscape(s), true, nil
	}
	d, err := url.QueryUnescape(s)
	if err != nil {
		return s, true, nil
	}
	return d, true, nil
}

// htmlEncode is WebUtility.HtmlEncode: <, >, &, " and ' as entities
// (&#39; for the apostrophe), everything else as is.
func htmlEncode(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;").Replace(s)
}
