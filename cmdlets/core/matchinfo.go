package core

import (
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// displayPathMember holds the path a MatchInfo shows, relative to the
// location Select-String ran in.
const displayPathMember = "__DisplayPath"

// relativePath strips dir from the front of path, as MatchInfo's
// RelativePath does (case-insensitively, either slash).
func relativePath(path, dir string) string {
	d := strings.TrimRight(dir, `\/`)
	if d == "" || len(path) <= len(d)+1 || !strings.EqualFold(path[:len(d)], d) {
		return path
	}
	if c := path[len(d)]; c != '\\' && c != '/' {
		return path
	}
	return path[len(d)+1:]
}

// newMatchInfo builds a MatchInfo object; path is InputStream for piped
// text.
func newMatchInfo(line string, n int, path, pattern string, ignoreCase bool, matches []any, ctx *matchContext) *object.PSObject {
	o := object.NewObject(MatchInfoType, "System.Object")
	filename := inputStream
	if path != inputStream {
		filename = path
		if i := strings.LastIndexAny(path, `\/`); i >= 0 {
			filename = path[i+1:]
		}
	}
	o.Add(&object.Member{Name: "IgnoreCase", Kind: object.Property, Value: ignoreCase, Type: "bool"})
	o.Add(&object.Member{Name: "LineNumber", Kind: object.Property, Value: int32(n), Type: "int"})
	o.Add(&object.Member{Name: "Line", Kind: object.Property, Value: line, Type: "string"})
	o.Add(&object.Member{Name: "Filename", Kind: object.Property, Value: filename, Type: "string"})
	o.Add(&object.Member{Name: "Path", Kind: object.Property, Value: path, Type: "string"})
	o.Add(&object.Member{Name: "Pattern", Kind: object.Property, Value: pattern, Type: "string"})
	var context any
	if ctx != nil {
		// With -Context every match has a MatchInfoContext, even an
		// empty one (its display still marks the match with "> ").
		c := object.NewObject("Microsoft.PowerShell.Commands.MatchInfoContext", "System.Object")
		c.Add(&object.Member{Name: "PreContext", Kind: object.Property, Value: toAnys(ctx.pre), Type: "string[]"})
		c.Add(&object.Member{Name: "PostContext", Kind: object.Property, Value: toAnys(ctx.post), Type: "string[]"})
		c.Add(&object.Member{Name: "DisplayPreContext", Kind: object.Property, Value: toAnys(ctx.displayPre), Type: "string[]"})
		c.Add(&object.Member{Name: "DisplayPostContext", Kind: object.Property, Value: toAnys(ctx.displayPost), Type: "string[]"})
		context = c
	}
	o.Add(&object.Member{Name: "Context", Kind: object.Property, Value: context, Type: "Microsoft.PowerShell.Commands.MatchInfoContext"})
	o.Add(&object.Member{Name: "Matches", Kind: object.Property, Value: matches, Type: "System.Text.RegularExpressions.Match[]"})
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func(args []any) (any, error) {
		dir := ""
		if len(args) > 0 {
			dir = dotnet.ToString(args[0])
		}
		return MatchInfoString(o, dir), nil
	}})
	return o
}

func toAnys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// MatchInfoString is MatchInfo.ToString(directory): "path:line:text" with
// the path relative to directory (or just the text for piped input), and
// with -Context the context lines around a "> " marked match.
func MatchInfoString(o *object.PSObject, dir string) string {
	get := func(n string) any { v, _ := o.Prop(n); return v }
	path := dotnet.ToString(get("Path"))
	line := dotnet.ToString(get("Line"))
	n, _ := objutil.ToInt(get("LineNumber"))
	display := path
	if dir != "" && path != inputStream {
		display = relativePath(path, dir)
	}
	return matchInfoText(o, path, display, line, n)
}

// MatchInfoDisplay is how Out-Default shows a MatchInfo: its path
// relative to the location Select-String ran in.
func MatchInfoDisplay(o *object.PSObject) string {
	path, _ := o.Prop("Path")
	line, _ := o.Prop("Line")
	num, _ := o.Prop("LineNumber")
	n, _ := objutil.ToInt(num)
	p := dotnet.ToString(path)
	display := p
	if m := o.Member(displayPathMember); m != nil {
		display = dotnet.ToString(m.GetValue())
	}
	return matchInfoText(o, p, display, dotnet.ToString(line), n)
}

// matchInfoText lays out a match (with its context lines) as
// "display:line:text", or just the text for piped input.
func matchInfoText(o *object.PSObject, path, display, line string, n int) string {
	get := func(n string) any { v, _ := o.Prop(n); return v }
	format := func(text string, num int, prefix string) string {
		if path == inputStream {
			return prefix + text
		}
		return prefix + display + ":" + itoa(num) + ":" + text
	}
	ctx, _ := get("Context").(*object.PSObject)
	if ctx == nil {
		return format(line, n, "")
	}
	var b []string
	pre, _ := ctx.Prop("DisplayPreContext")
	post, _ := ctx.Prop("DisplayPostContext")
	preL, _ := pre.([]any)
	postL, _ := post.([]any)
	for i, l := range preL {
		b = append(b, format(dotnet.ToString(l), n-len(preL)+i, "  "))
	}
	b = append(b, format(line, n, "> "))
	for i, l := range postL {
		b = append(b, format(dotnet.ToString(l), n+1+i, "  "))
	}
	return strings.Join(b, "\n")
}

func itoa(n int) string { return dotnet.ToString(int32(n)) }
