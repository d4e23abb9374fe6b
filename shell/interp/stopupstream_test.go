package interp_test

import (
	"bytes"
	"strings"
	"testing"

	"cspsh/pipeline"
	"cspsh/shell/interp"
)

// takeFirst is a test cmdlet that passes on its first input and then
// asks for no more (as Select-Object -First 1 does).
var takeFirst = &pipeline.CommandInfo{
	Name: "Take-First", Kind: pipeline.KindCmdlet,
	Params: []*pipeline.ParamDecl{
		pipeline.NewParam("InputObject", "object").At(pipeline.AllSets, -1).FromPipeline(true, false),
	},
	Process: func(c *pipeline.Call) error {
		if err := c.Out(c.Get("InputObject")); err != nil {
			return err
		}
		return pipeline.ErrStopUpstream
	},
	End: func(c *pipeline.Call) error { return c.Out("end ran") },
}

func TestStopUpstream(t *testing.T) {
	reg := pipeline.NewRegistry()
	reg.Add(takeFirst)
	var out, errb bytes.Buffer
	r := interp.New(interp.WithRegistry(reg), interp.WithStdout(&out), interp.WithStderr(&errb), interp.WithSession(&pipeline.Session{Home: t.TempDir()}))
	src := `function Gen { $i = 0; while ($true) { $i++; $i } }
filter Show { "got $_" }
$r = Gen | Take-First | Show
$r -join ','
'after'`
	if err := r.RunString(src, ""); err != nil {
		t.Fatalf("%v\n%s", err, errb.String())
	}
	want := "got 1,got end ran\nafter"
	if got := strings.TrimSpace(out.String()); got != want {
		t.Errorf("got %q, want %q (stderr %q)", got, want, errb.String())
	}
}
