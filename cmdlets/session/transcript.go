package session

import (
	"crypto/rand"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
	"cspsh/store"
)

// transcript is the open transcript of a session.
type transcript struct {
	f       *os.File
	display string
}

func transcriptState(s *pipeline.Session) *transcript {
	v, _ := s.Service("transcript", func() (any, error) {
		t := &transcript{}
		s.Closers = append(s.Closers, func() { t.stop() })
		return t, nil
	})
	return v.(*transcript)
}

// stop writes the footer and closes the file; it reports whether a
// transcript was open.
func (t *transcript) stop() bool {
	if t.f == nil {
		return false
	}
	fmt.Fprintf(t.f, "**********************\nWindows PowerShell transcript end\nEnd time: %s\n**********************\n", time.Now().Format("20060102150405"))
	t.f.Close()
	t.f = nil
	return true
}

func startTranscript() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Start-Transcript", Kind: pipeline.KindCmdlet, Module: modHost,
		TypeName:   "Microsoft.PowerShell.Commands.StartTranscriptCommand",
		DefaultSet: "ByPath",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("Path", "string").At("ByPath", 0).Describe("The transcript file. Default: PowerShell_transcript.<computer>.<random>.<time>.txt in $HOME\\Documents."),
			pipeline.NewParam("LiteralPath", "string").At("ByLiteralPath", -1).Alias("PSPath").Describe("The transcript file, taken literally."),
			pipeline.NewParam("OutputDirectory", "string").At("ByOutputDirectory", -1).Describe("The folder for a transcript file with a default name."),
			named("Append", "switch").Describe("Adds to the end of an existing file."),
			named("Force", "switch").Describe("Allows writing to a read-only file."),
			named("NoClobber", "switch").Alias("NoOverwrite").Describe("Fails instead of replacing an existing file."),
			named("IncludeInvocationHeader", "switch").Describe("Accepted for compatibility."),
		},
		SupportsShouldProcess: true,
		Synopsis:              "Creates a record of all or part of a PowerShell session to a text file.",
		Description:           "Starts recording the session's console output in a text file, with Windows PowerShell's transcript header, until Stop-Transcript or the end of the session.",
		Examples: []pipeline.Example{
			{Code: "Start-Transcript -Path C:\\transcripts\\transcript0.txt -NoClobber", Remarks: "Records the session in transcript0.txt unless it exists."},
		},
		Process: runStartTranscript,
	}
}

func randomName() string {
	const letters = "abcdefghijklmnopqrstuvwxyz0123456789"
	var b [8]byte
	_, _ = rand.Read(b[:])
	for i := range b {
		b[i] = letters[int(b[i])%len(letters)]
	}
	return string(b[:])
}

func computerOf(s *pipeline.Session) string {
	if s.Computer != "" {
		return s.Computer
	}
	return store.LocalComputer
}

func runStartTranscript(c *pipeline.Call) error {
	s := c.Rt.Session()
	t := transcriptState(s)
	now := time.Now()
	comp := computerOf(s)
	host := strings.ToUpper(comp)
	if i := strings.Index(host, "."); i >= 0 {
		host = host[:i]
	}
	target := c.String("Path")
	if c.Has("LiteralPath") {
		target = c.String("LiteralPath")
	}
	if target == "" {
		dir := c.String("OutputDirectory")
		if dir == "" {
			home := "C:\\Users\\Administrator"
			if v, ok := c.Rt.GetVar("HOME"); ok && toStr(v) != "" {
				home = toStr(v)
			}
			dir = home + "\\Documents"
		}
		target = strings.TrimRight(dir, "\\/") + "\\PowerShell_transcript." + host + "." + randomName() + "." + now.Format("20060102150405") + ".txt"
	}
	real, err := paths.Resolve(s, target)
	if err != nil {
		return writeRecord(c, err)
	}
	display := paths.Display(s, real)
	if !c.ShouldProcess(display, "Start-Transcript") {
		return nil
	}
	if c.Switch("NoClobber") && !c.Switch("Append") {
		if _, err := os.Stat(real); err == nil {
			return fail(c, "System.IO.IOException", "The file '"+display+"' already exists.", "NoClobber", "ResourceExists", display)
		}
	}
	if err := os.MkdirAll(filepath.Dir(real), 0o755); err != nil {
		return fail(c, "System.IO.IOException", err.Error(), "CannotStartTranscription", "InvalidOperation", display)
	}
	flags := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
	if c.Switch("Append") {
		flags = os.O_CREATE | os.O_WRONLY | os.O_APPEND
	}
	f, err := os.OpenFile(real, flags, 0o644)
	if err != nil {
		return fail(c, "System.IO.IOException", err.Error(), "CannotStartTranscription", "InvalidOperation", display)
	}
	t.stop()
	t.f, t.display = f, display
	s.Transcript = f
	domain := "WORKGROUP"
	if parts := strings.Split(comp, "."); len(parts) > 1 {
		domain = strings.ToUpper(parts[1])
	}
	user := domain + "\\Administrator"
	exe, _ := os.Executable()
	ver := psVersion(c.Rt)
	fmt.Fprintf(f, "**********************\nWindows PowerShell transcript start\nStart time: %s\nUsername: %s\nRunAs User: %s\nConfiguration Name: \nMachine: %s (Microsoft Windows NT 10.0.17763.0)\nHost Application: %s\nProcess ID: %d\nPSVersion: %s\nPSEdition: Desktop\nPSCompatibleVersions: 1.0, 2.0, 3.0, 4.0, 5.0, %s\nBuildVersion: 10.0.17763.5933\nCLRVersion: 4.0.30319.42000\nWSManStackVersion: 3.0\nPSRemotingProtocolVersion: 2.3\nSerializationVersion: 1.1.0.1\n**********************\n",
		now.Format("20060102150405"), user, user, host, exe, os.Getpid(), ver, ver)
	return c.Out(transcriptMessage("Transcript started, output file is ", display))
}

// transcriptMessage is the string Start- and Stop-Transcript return, with
// the file in a Path note property as PowerShell adds it.
func transcriptMessage(text, path string) *object.PSObject {
	o := object.NewObject("System.String", "System.Object")
	o.Base = text + path
	o.SetProp("Path", path)
	return o
}

func stopTranscript() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Stop-Transcript", Kind: pipeline.KindCmdlet, Module: modHost,
		TypeName:    "Microsoft.PowerShell.Commands.StopTranscriptCommand",
		Synopsis:    "Stops a transcript.",
		Description: "Stops the transcript Start-Transcript started, writing its end marker.",
		Examples:    []pipeline.Example{{Code: "Stop-Transcript", Remarks: "Stops recording."}},
		Process: func(c *pipeline.Call) error {
			s := c.Rt.Session()
			t := transcriptState(s)
			display := t.display
			if !t.stop() {
				return fail(c, "System.Management.Automation.PSInvalidOperationException",
					"An error occurred stopping transcription: The host is not currently transcribing.", "InvalidOperation", "InvalidOperation", nil)
			}
			s.Transcript = nil
			return c.Out(transcriptMessage("Transcript stopped, output file is ", display))
		},
	}
}
