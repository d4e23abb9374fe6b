package core

import (
	"os"
	"path/filepath"
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/ops"
	"cspsh/pipeline/paths"
)

// MatchInfoType is the type name of Select-String's results.
const MatchInfoType = "Microsoft.PowerShell.Commands.MatchInfo"

const inputStream = "InputStream"

// selectString is Select-String: it finds text matching patterns in
// strings or files, as grep and findstr do.
func selectString() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Select-String",
		Module:     utility,
		DefaultSet: "File",
		Params: []*pipeline.ParamDecl{
			{Name: "InputObject", Type: "psobject", AllowNull: true, AllowEmptyString: true, Help: "The text (or file objects) to search.",
				Sets: []pipeline.SetBinding{{Set: "Object", Position: -1, Mandatory: true, ValueFromPipeline: true}}},
			withHelp(param("Pattern", "string[]", must(pipeline.AllSets, 0)), "The regular expressions (or, with -SimpleMatch, the texts) to find."),
			withHelp(&pipeline.ParamDecl{Name: "Path", Type: "string[]", Sets: []pipeline.SetBinding{{Set: "File", Position: 1, Mandatory: true, ValueFromPipelineByPropertyName: true}}}, "The files to search; wildcards are allowed."),
			withHelp(&pipeline.ParamDecl{Name: "LiteralPath", Type: "string[]", Aliases: []string{"PSPath"}, Sets: []pipeline.SetBinding{{Set: "LiteralFile", Position: -1, Mandatory: true, ValueFromPipelineByPropertyName: true}}}, "The files to search, taken literally."),
			withHelp(param("SimpleMatch", "switch"), "Treats the patterns as plain text."),
			withHelp(param("CaseSensitive", "switch"), "Makes matching case-sensitive."),
			withHelp(param("Quiet", "switch"), "Returns True when a match is found; for files, False when none is."),
			withHelp(param("List", "switch"), "Returns only the first match of each input file."),
			withHelp(param("Include", "string[]"), "File name patterns to search."),
			withHelp(param("Exclude", "string[]"), "File name patterns to skip."),
			withHelp(param("NotMatch", "switch"), "Returns the lines that do not match."),
			withHelp(param("AllMatches", "switch"), "Finds every match in a line, not just the first."),
			withHelp(param("Encoding", "string"), "The encoding of the files (UTF-8 is assumed)."),
			withHelp(param("Context", "int[]"), "Lines of context to capture before and after each match (one number for both)."),
			withHelp(param("Raw", "switch"), "Outputs the matching lines as strings."),
			withHelp(param("NoEmphasis", "switch"), "Does not highlight the matches."),
			withHelp(param("Culture", "string"), "The culture for -SimpleMatch comparisons (Ordinal, Invariant, Current or a name)."),
		},
		Synopsis:    "Finds text in strings and files.",
		Description: "Select-String searches each input string, or each line of the given files, for the patterns (regular expressions unless -SimpleMatch) and outputs a MatchInfo object per matching line, with the line, its number, the file and the matches. Matching ignores case unless -CaseSensitive. A MatchInfo prints as file:line:text, or as just the text for strings from the pipeline.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Search strings", Code: "'Hello', 'HELLO', 'bye' | Select-String -Pattern 'hello'", Remarks: "Outputs Hello and HELLO."},
			{Title: "Example 2: Search files", Code: "Select-String -Path C:\\Logs\\*.log -Pattern 'error'", Remarks: "Shows each matching line as file:line:text."},
			{Title: "Example 3: Just a yes or no", Code: "Get-Content a.txt | Select-String 'thumbprint' -Quiet", Remarks: "Outputs True when the file mentions a thumbprint."},
		},
		Outputs: MatchInfoType,
		Begin:   selectStringBegin,
		Process: selectStringProcess,
		End:     selectStringEnd,
	}
}

type selectStringState struct {
	patterns   []string
	res        []ops.Matcher
	before     int
	after      int
	found      bool
	stopStream bool
	lineNo     int
	stream     []streamLine
}

type streamLine struct {
	text string
}

func selectStringBegin(c *pipeline.Call) error {
	if err := checkCulture(c); err != nil {
		return err
	}
	st := &selectStringState{patterns: c.Strings("Pattern")}
	c.State = st
	if !c.Switch("SimpleMatch") {
		for _, p := range st.patterns {
			// The patterns are .NET regular expressions (back-references,
			// look-around, inline options), compiled as the operators do.
			opts := ops.IgnoreCase
			if c.Switch("CaseSensitive") {
				opts = 0
			}
			re, err := ops.Regex(p, opts)
			if err != nil {
				return c.Fail(object.NewException("System.ArgumentException",
					"The string %s is not a valid regular expression: %s", p, object.ExceptionOf(err).Message), "InvalidRegex", "InvalidArgument", p)
			}
			st.res = append(st.res, re)
		}
	}
	if ctx := toInts(c.Get("Context")); len(ctx) > 0 {
		st.before, st.after = ctx[0], ctx[0]
		if len(ctx) > 1 {
			st.after = ctx[1]
		}
	}
	return nil
}

func selectStringProcess(c *pipeline.Call) error {
	st := c.State.(*selectStringState)
	if c.SetName == "File" || c.SetName == "LiteralFile" {
		pathsIn := c.Strings("Path")
		literal := false
		if c.SetName == "LiteralFile" {
			pathsIn, literal = c.Strings("LiteralPath"), true
		}
		st.found = false
		for _, p := range pathsIn {
			if err := st.searchPath(c, p, literal); err != nil {
				return err
			}
			if c.Switch("Quiet") && st.found {
				return nil
			}
		}
		return st.quietMiss(c)
	}
	in, ok := c.Current()
	if !ok || in == nil || in == object.Null {
		return nil
	}
	if o, ok := in.(*object.PSObject); ok && o.TypeName() == "System.IO.FileInfo" {
		if full, ok := o.Prop("FullName"); ok {
			shown := dotnet.ToString(full)
			host, err := paths.Resolve(c.Rt.Session(), shown)
			if err != nil {
				return c.WriteError(c.Fail(object.ExceptionOf(err), "PathNotFound", "ObjectNotFound", shown))
			}
			st.found = false
			if err := st.searchFile(c, host, shown); err != nil {
				return err
			}
			return st.quietMiss(c)
		}
	}
	if o, ok := in.(*object.PSObject); ok && o.TypeName() == MatchInfoType {
		return st.filterMatchInfo(c, o)
	}
	text := dotnet.ToString(in)
	if st.before > 0 || st.after > 0 {
		st.stream = append(st.stream, streamLine{text: text})
		return nil
	}
	if st.stopStream {
		return nil
	}
	st.lineNo++
	mi, ok := st.match(c, text, st.lineNo, inputStream, nil)
	if !ok {
		return nil
	}
	if c.Switch("List") {
		st.stopStream = true
	}
	return st.emit(c, mi)
}

func selectStringEnd(c *pipeline.Call) error {
	st := c.State.(*selectStringState)
	if len(st.stream) > 0 {
		lines := make([]string, len(st.stream))
		for i, l := range st.stream {
			lines[i] = l.text
		}
		if err := st.searchLines(c, lines, inputStream); err != nil {
			return err
		}
	}
	// Piped text with -Quiet and no match writes nothing (5.1's
	// EndProcessing only flushes pending matches).
	return nil
}

// quietMiss ends one file search with -Quiet: False when none of the
// files matched ($null with -List), as each ProcessRecord of 5.1's
// Select-String does for its paths.
func (st *selectStringState) quietMiss(c *pipeline.Call) error {
	if !c.Switch("Quiet") || st.found {
		return nil
	}
	if c.Switch("List") {
		return c.Out(nil)
	}
	return c.Out(false)
}

// emit writes one result as -Quiet and -Raw ask.
func (st *selectStringState) emit(c *pipeline.Call, mi *object.PSObject) error {
	if c.Switch("Quiet") {
		if st.found {
			return nil
		}
		st.found = true
		return c.Out(true)
	}
	st.found = true
	if c.Switch("Raw") {
		v, _ := mi.Prop("Line")
		return c.Out(v)
	}
	return c.Out(mi)
}

// searchPath resolves p (with wildcards unless literal) and searches each file.
func (st *selectStringState) searchPath(c *pipeline.Call, p string, literal bool) error {
	s := c.Rt.Session()
	full, err := paths.Resolve(s, p)
	if err != nil {
		return c.WriteError(c.Fail(object.ExceptionOf(err), "PathNotFound", "ObjectNotFound", p))
	}
	var files []string
	if !literal && objutil.HasWildcard(filepath.Base(full)) {
		dir := filepath.Dir(full)
		w := objutil.CompileWildcard(filepath.Base(full), false)
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if !e.IsDir() && w.Match(e.Name()) {
				files = append(files, filepath.Join(dir, e.Name()))
			}
		}
		if len(files) == 0 {
			return nil
		}
	} else {
		fi, err := os.Stat(full)
		if err != nil {
			// The globber names the path made absolute against the location.
			shown := paths.Full(s, p)
			return c.WriteError(c.Fail(object.NewException("System.Management.Automation.ItemNotFoundException",
				"Cannot find path '%s' because it does not exist.", shown), "PathNotFound", "ObjectNotFound", shown))
		}
		if fi.IsDir() {
			return nil
		}
		files = []string{full}
	}
	for _, f := range files {
		name := filepath.Base(f)
		if inc := c.Strings("Include"); len(inc) > 0 && !anyWildcard(inc, name) {
			continue
		}
		if anyWildcard(c.Strings("Exclude"), name) {
			continue
		}
		if err := st.searchFile(c, f, paths.Display(s, f)); err != nil {
			return err
		}
	}
	return nil
}

func anyWildcard(patterns []string, name string) bool {
	for _, p := range patterns {
		if objutil.Like(name, p, false) {
			return true
		}
	}
	return false
}

// searchFile searches the lines of a host file, naming it display.
func (st *selectStringState) searchFile(c *pipeline.Call, hostPath, display string) error {
	data, err := os.ReadFile(hostPath)
	if err != nil {
		return c.WriteError(c.Fail(object.NewException("System.Management.Automation.ItemNotFoundException",
			"Cannot find path '%s' because it does not exist.", display), "PathNotFound", "ObjectNotFound", display))
	}
	text := objutil.DecodeText(data)
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.TrimSuffix(text, "\n")
	var lines []string
	if text != "" {
		lines = strings.Split(text, "\n")
	}
	return st.searchLines(c, lines, display)
}

// searchLines searches a whole list of lines (a file, or buffered piped
// input when -Context needs lines after the match).
func (st *selectStringState) searchLines(c *pipeline.Call, lines []string, path string) error {
	var display map[int][2][]string
	if st.before > 0 || st.after > 0 {
		matched := make([]bool, len(lines))
		for i, l := range lines {
			_, matched[i] = st.match(c, l, i+1, path, nil)
		}
		display = displayContexts(matched, lines, st.before, st.after)
	}
	for i, l := range lines {
		var ctx *matchContext
		if display != nil {
			ctx = &matchContext{
				pre:        lines[max(0, i-st.before):i],
				post:       lines[i+1 : min(len(lines), i+1+st.after)],
				displayPre: display[i][0], displayPost: display[i][1],
			}
		}
		mi, ok := st.match(c, l, i+1, path, ctx)
		if !ok {
			continue
		}
		if err := st.emit(c, mi); err != nil {
			return err
		}
		if c.Switch("List") || (c.Switch("Quiet") && st.found) {
			break
		}
	}
	return nil
}

// match tests one line and builds its MatchInfo.
func (st *selectStringState) match(c *pipeline.Call, line string, n int, path string, ctx *matchContext) (*object.PSObject, bool) {
	cs := c.Switch("CaseSensitive")
	var matches []any
	pattern := ""
	for i, p := range st.patterns {
		if c.Switch("SimpleMatch") {
			// A simple match records no Match objects: the page's
			// -SimpleMatch says Matches is empty (and -AllMatches is
			// ignored).
			if indexFold(line, p, cs) < 0 {
				continue
			}
			pattern, matches = p, []any{}
			break
		}
		re := st.res[i]
		if c.Switch("AllMatches") {
			locs := re.FindAllStringSubmatchIndex(line, -1)
			if len(locs) == 0 {
				continue
			}
			for _, loc := range locs {
				matches = append(matches, ops.NewMatch(re, line, loc))
			}
		} else {
			loc := re.FindStringSubmatchIndex(line)
			if loc == nil {
				continue
			}
			matches = []any{ops.NewMatch(re, line, loc)}
		}
		pattern = p
		break
	}
	found := matches != nil
	if found == c.Switch("NotMatch") {
		return nil, false
	}
	if c.Switch("NotMatch") {
		matches, pattern = []any{}, st.patterns[0]
	}
	mi := newMatchInfo(line, n, path, pattern, !cs, matches, ctx)
	if path != inputStream {
		// The default display shows the path relative to the current
		// location, as MatchInfo.ToString(location) does.
		if rel := relativePath(path, c.Rt.Session().Location); rel != path {
			mi.Add(&object.Member{Name: displayPathMember, Kind: object.NoteProperty, Value: rel, Hidden: true})
		}
	}
	return mi, true
}

func indexFold(s, sub string, cs bool) int {
	if cs {
		return strings.Index(s, sub)
	}
	return strings.Index(strings.ToLower(s), strings.ToLower(sub))
}
