package repl

import (
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/members"
	"cspsh/pipeline/paths"
	"cspsh/pipeline/wildcard"
)

// defaultMaxEntries bounds a directory listing when the Completer does
// not say.
const defaultMaxEntries = 20000

// paths completes a file-system or provider path: C:\Cert → C:\Certificates\
// (lab drives, without case), ./sc → ./scripts/ (the host's, with case),
// Cert:\LocalMachine\My\ → the thumbprints of the machine store.
func (q *request) paths(word string, start, end int) Completion {
	bare, quote := unquote(word)
	if drive, rest, ok := paths.SplitDrive(bare); ok && len(drive) > 1 {
		return Completion{Start: start, End: end, Items: q.providerPaths(drive, rest, quote)}
	}
	i := strings.LastIndexAny(bare, `\/`)
	dirTyped, leaf := bare[:i+1], bare[i+1:]
	if i < 0 && paths.DriveLetter(bare) != 0 && len(bare) == 2 {
		// "C:" alone: the drive's root.
		dirTyped, leaf = bare+`\`, ""
	}
	lab := paths.IsLabPath(bare)
	sep := "/"
	if lab || strings.HasSuffix(dirTyped, `\`) {
		sep = `\`
	}
	dir := dirTyped
	if dir == "" {
		dir = "."
	}
	hostDir, err := paths.Resolve(q.c.Rt.Session(), dir)
	if err != nil {
		return Completion{Start: start, End: end}
	}
	var match func(string) bool
	switch {
	case wildcard.HasWildcard(leaf):
		p, err := wildcard.Compile(leaf+"*", !lab)
		if err != nil {
			return Completion{Start: start, End: end}
		}
		match = p.Match
	case lab:
		lw := strings.ToLower(leaf)
		match = func(s string) bool { return strings.HasPrefix(strings.ToLower(s), lw) }
	default:
		match = func(s string) bool { return strings.HasPrefix(s, leaf) }
	}
	var dirs, files []Candidate
	max := q.c.MaxEntries
	if max <= 0 {
		max = defaultMaxEntries
	}
	f, err := os.Open(hostDir)
	if err != nil {
		return Completion{Start: start, End: end}
	}
	defer f.Close()
	for seen := 0; seen < max && q.ctx.Err() == nil; {
		ents, err := f.ReadDir(256)
		for _, e := range ents {
			seen++
			name := e.Name()
			if strings.HasPrefix(name, ".") && !strings.HasPrefix(leaf, ".") || !match(name) {
				continue
			}
			isDir := e.IsDir()
			if !isDir && e.Type()&os.ModeSymlink != 0 {
				if st, err := os.Stat(filepath.Join(hostDir, name)); err == nil && st.IsDir() {
					isDir = true
				}
			}
			if isDir {
				dirs = append(dirs, Candidate{Text: quoteArg(dirTyped+name+sep, quote), Display: name + sep})
			} else {
				files = append(files, Candidate{Text: quoteArg(dirTyped+name, quote), Display: name})
			}
		}
		if err == io.EOF || len(ents) == 0 {
			break
		}
		if err != nil {
			break
		}
	}
	sortCandidates(dirs)
	sortCandidates(files)
	return Completion{Start: start, End: end, Items: append(dirs, files...)}
}

// providerPaths completes a path on a provider drive (Cert:) through the
// provider the drive's cmdlet family registered.
func (q *request) providerPaths(drive, rest string, quote rune) (out []Candidate) {
	prov, ok := pipeline.ProviderFor(drive)
	if !ok {
		return nil
	}
	i := strings.LastIndexAny(rest, `\/`)
	dirTyped, leaf := rest[:i+1], rest[i+1:]
	if dirTyped == "" {
		dirTyped = `\`
	}
	provPath := strings.Trim(strings.ReplaceAll(dirTyped, "/", `\`), `\`)
	defer func() {
		if recover() != nil {
			out = nil
		}
	}()
	call := &pipeline.Call{Info: &pipeline.CommandInfo{Name: "Get-ChildItem", Kind: pipeline.KindCmdlet}, Rt: q.c.Rt, Bound: map[string]any{}}
	items, err := prov.ChildItems(call, provPath, false)
	if err != nil {
		return nil
	}
	lw := strings.ToLower(leaf)
	for _, it := range items {
		nameV, _ := members.Get(it, "PSChildName")
		name, _ := nameV.(string)
		if name == "" || !strings.HasPrefix(strings.ToLower(name), lw) {
			continue
		}
		text := drive + ":" + dirTyped + name
		display := name
		if c, _ := members.Get(it, "PSIsContainer"); c == true {
			text += `\`
			display += `\`
		}
		out = append(out, Candidate{Text: quoteArg(text, quote), Display: display})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Display < out[j].Display })
	return out
}

// unquote removes the quote the user opened (and closed) around a word,
// and says which quote it was (0 for none).
func unquote(w string) (string, rune) {
	if w == "" {
		return w, 0
	}
	r := []rune(w)
	single, double := isQuote(r[0])
	if !single && !double {
		return w, 0
	}
	body := r[1:]
	if n := len(body); n > 0 {
		if s, d := isQuote(body[n-1]); s && single || d && double {
			body = body[:n-1]
		}
	}
	q := '\''
	if double {
		q = '"'
	}
	s := string(body)
	if single {
		s = strings.ReplaceAll(s, "''", "'")
	}
	return s, q
}

// needsQuotes reports whether a completed argument must be quoted to
// stay one word: white space or a character PowerShell treats specially
// in argument mode.
func needsQuotes(s string) bool {
	return strings.ContainsAny(s, " \t$`'\"(){};,&|@#<>\u2018\u2019\u201c\u201d") || strings.HasPrefix(s, "-")
}

// quoteArg quotes a completion as PowerShell does: in the quote the user
// typed, else in single quotes when it needs them.
func quoteArg(s string, quote rune) string {
	switch {
	case quote == '"':
		r := strings.NewReplacer("`", "``", "\"", "`\"", "$", "`$")
		return "\"" + r.Replace(s) + "\""
	case quote == '\'' || needsQuotes(s):
		return "'" + strings.ReplaceAll(s, "'", "''") + "'"
	}
	return s
}
