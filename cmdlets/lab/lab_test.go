package lab

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"cspsh/cmdlets/cs"
	"cspsh/cmdlets/cs/cstest"
	"cspsh/store"
)

func newLab(t *testing.T) *cstest.Lab { return cstest.NewLab(t, cs.Register, Register) }

func TestLabClock(t *testing.T) {
	l := newLab(t)
	tests := []struct {
		args []any
		mode string
		day  string
	}{
		{[]any{"-Date", "7/1/2015 8:00 AM", "-Frozen"}, "Frozen", "2015-07-01 08:00"},
		{[]any{"-Date", "1/2/2030"}, "Offset", "2030-01-02"},
		{[]any{"-Real"}, "Real", time.Now().Format("2006-01-02")},
	}
	for _, tt := range tests {
		if _, err := l.Run("Set-LabClock", tt.args...); err != nil {
			t.Fatalf("Set-LabClock %v: %v", tt.args, err)
		}
		out, err := l.Run("Get-LabClock")
		if err != nil {
			t.Fatal(err)
		}
		now := cstest.Prop(out[0], "Now").(time.Time)
		if cstest.Prop(out[0], "Mode") != tt.mode || !strings.HasPrefix(now.Format("2006-01-02 15:04"), tt.day) {
			t.Errorf("after %v: %v %v", tt.args, cstest.Prop(out[0], "Mode"), now)
		}
	}
	l.Run("Set-LabClock", "-Date", "7/1/2015 8:00 AM", "-Frozen")
	out, err := l.Run("Move-LabClock", "-Days", int32(1), "-Minutes", int32(30))
	if err != nil {
		t.Fatal(err)
	}
	if got := cstest.Prop(out[0], "Now").(time.Time).Format("2006-01-02 15:04"); got != "2015-07-02 08:30" {
		t.Errorf("after Move-LabClock: %s", got)
	}
}

func TestApproveRequestAndRetrieve(t *testing.T) {
	l := newLab(t)
	if _, err := l.Run("Request-CsCertificate", "-New", "-Type", "WebServicesExternal", "-Output", `C:\Certificates\ext.req`); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Run("Approve-LabCertificateRequest", `C:\Certificates\ext.req`, `C:\Certificates\ext.cer`); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(l.RT.Sess.Home, "drives", "C", "Certificates", "ext.cer")); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Run("Request-CsCertificate", "-Retrieve"); err != nil {
		t.Fatal(err)
	}
	out, _ := l.Run("Request-CsCertificate", "-List")
	if len(out) != 0 {
		t.Errorf("pending after -Retrieve: %v", out)
	}
	st, _ := cs.OpenLab(l.Call())
	st.View(func(tx *store.Tx) error {
		ms, _ := tx.MachineCerts(store.LocalComputer, "My")
		if len(ms) != 3 || ms[2].PrivateKey == nil {
			t.Errorf("My store after -Retrieve: %d certificates", len(ms))
		}
		return nil
	})
	if _, err := l.Run("Approve-LabCertificateRequest", `C:\Certificates\none.req`, `C:\x.cer`); err == nil || !strings.Contains(err.Error(), "Cannot find path") {
		t.Errorf("missing request file: %v", err)
	}
}

func TestExerciseLookup(t *testing.T) {
	l := newLab(t)
	if _, err := l.Run("Start-LabExercise", "7"); err == nil || !strings.Contains(err.Error(), `no exercise "7"`) {
		t.Errorf("exercise 7: %v", err)
	}
	if _, err := l.Run("Test-LabExercise"); err == nil || !strings.Contains(err.Error(), "No exercise has been started") {
		t.Errorf("Test-LabExercise before any start: %v", err)
	}
	out, err := l.Run("Get-LabExercise", "renewwebextoffline")
	if err != nil || len(out) != 1 || cstest.Prop(out[0], "Id") != int32(6) {
		t.Errorf("Get-LabExercise by name: %v, %v", out, err)
	}
	if _, err := l.Run("Start-LabExercise", "2"); err != nil {
		t.Fatal(err)
	}
	out, _ = l.Run("Test-LabExercise")
	if last := out[len(out)-1]; last != "0 of 2 objectives done." {
		t.Errorf("fresh exercise 2: %v", last)
	}
}
