package interp

import (
	"bufio"
	"os"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/format"
	"cspsh/pipeline/object"
	"cspsh/shell/syntax"
)

// redirCode is a compiled redirection (about_Redirection).
type redirCode struct {
	from, to byte
	append   bool
	target   exprFn
}

func (c *compiler) redirs(rs []*syntax.Redirection) []redirCode {
	out := make([]redirCode, 0, len(rs))
	for _, rd := range rs {
		rc := redirCode{from: rd.From, to: rd.To, append: rd.Append}
		if rc.from == 0 {
			rc.from = '1'
		}
		if rd.Target != nil {
			rc.target = c.expr(rd.Target)
		}
		out = append(out, rc)
	}
	return out
}

// redirect builds the sinks and output of a command with redirections:
// `n>&1` merges stream n into the output, `n>$null` drops it, `n>file`
// and `n>>file` write it to a UTF-8 file (objects formatted as Out-File
// does).
func (r *Runner) redirect(rs []redirCode, emit emitFn) (*sinks, emitFn, func() error, error) {
	s := *r.sinks
	out := emit
	var closers []func() error
	// seen marks the streams an operator names: `*>` takes only the
	// others ($(…) > out.txt *> rest.txt keeps the output in out.txt:
	// RedirectionOperator.Tests.ps1).
	var seen [7]bool
	for _, rc := range rs {
		if rc.from >= '1' && rc.from <= '6' {
			seen[rc.from-'0'] = true
		}
	}
	for _, rc := range rs {
		var toOut, drop bool
		var fw *fileOut
		switch {
		case rc.to == '1':
			toOut = true
		case rc.to != 0:
			continue
		default:
			var v any
			if rc.target != nil {
				var err error
				if v, err = rc.target(r); err != nil {
					return nil, nil, nil, err
				}
			}
			if v == nil || v == object.Null {
				drop = true
				break
			}
			f, err := r.openRedirect(dotnet.ToString(v), rc.append)
			if err != nil {
				return nil, nil, nil, err
			}
			fw = f
			closers = append(closers, f.close)
		}
		streams := []byte{rc.from}
		if rc.from == '*' {
			streams = streams[:0]
			for st := byte('1'); st <= '6'; st++ {
				if !seen[st-'0'] {
					streams = append(streams, st)
				}
			}
		}
		// n>&1 merges into the command's output wherever that goes:
		// `2>&1 > file` sends both streams to the file
		// (about_Redirection, Example 1), so the merge follows the final
		// output, not the one current at this operator.
		merged := func(v any) error { return out(v) }
		for _, st := range streams {
			switch st {
			case '1':
				switch {
				case drop:
					out = discard
				case fw != nil:
					out = fw.write
				}
			case '2':
				switch {
				case drop:
					s.err = func(*object.ErrorRecord) {}
				case toOut:
					s.err = func(rec *object.ErrorRecord) { merged(rec) }
				case fw != nil:
					s.err = func(rec *object.ErrorRecord) { fw.text(format.ErrorView(rec, r.errorViewName())) }
				}
			case '3', '4', '5', '6':
				var f func(v any)
				kind := pipeline.StreamKind(st - '0')
				switch {
				case drop:
					f = func(any) {}
				case toOut:
					f = func(v any) { merged(v) }
				case fw != nil:
					f = func(v any) { fw.text(format.StreamText(kind, v, false)) }
				}
				if f == nil {
					continue
				}
				switch st {
				case '3':
					s.warn = f
				case '4':
					s.verbose = f
				case '5':
					s.debug = f
				case '6':
					s.info = f
					s.silentInfo = f
				}
			}
		}
	}
	closer := func() error {
		var first error
		for _, c := range closers {
			if err := c(); err != nil && first == nil {
				first = err
			}
		}
		return first
	}
	return &s, out, closer, nil
}

// fileOut is a redirection target file.
type fileOut struct {
	f  *os.File
	bw *bufio.Writer
	w  *format.Writer
}

func (r *Runner) openRedirect(p string, appendTo bool) (*fileOut, error) {
	host, err := r.resolvePath(p)
	if err != nil {
		return nil, err
	}
	flag := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
	if appendTo {
		flag = os.O_CREATE | os.O_WRONLY | os.O_APPEND
	}
	f, err := os.OpenFile(host, flag, 0o644)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, object.NewException("System.IO.DirectoryNotFoundException", "Could not find a part of the path '%s'.", p)
		}
		return nil, object.NewException("System.UnauthorizedAccessException", "Access to the path '%s' is denied.", p)
	}
	fo := &fileOut{f: f, bw: bufio.NewWriter(f)}
	// 5.1 redirects through Out-File, which lays text out one column
	// narrower than the console (BufferSize.Width - 1).
	fo.w = format.NewWriter(fo.bw, consoleWidth(r.host.Width()))
	fo.w.LookupVar = r.GetVariable
	return fo, nil
}

func (fo *fileOut) write(v any) error { return fo.w.Write(v) }

func (fo *fileOut) text(s string) {
	fo.bw.WriteString(strings.ReplaceAll(s, "\r\n", "\n"))
}

func (fo *fileOut) close() error {
	err := fo.w.Close()
	if e := fo.bw.Flush(); err == nil {
		err = e
	}
	if e := fo.f.Close(); err == nil {
		err = e
	}
	return err
}
