package paths

import (
	"testing"

	"cspsh/pipeline"
)

func TestFull(t *testing.T) {
	t.Setenv("HOME", "/home/tester")
	tests := []struct {
		loc, in, want string
	}{
		{`C:\Users\me`, `nosuch.txt`, `C:\Users\me\nosuch.txt`},
		{`C:\Users\me`, `.\x\..\y`, `C:\Users\me\y`},
		{`C:\Users\me`, `..\..\..\z`, `C:\z`},
		{`C:\Users\me`, `sub/a.txt`, `C:\Users\me\sub\a.txt`},
		{`C:\Users\me`, `sub\`, `C:\Users\me\sub\`},
		{`C:\`, `nodir`, `C:\nodir`},
		{`E:\`, `.\data\windows\a.sh`, `E:\data\windows\a.sh`},
		{`C:\Users\me`, `\Windows\x`, `C:\Windows\x`},
		{`C:\Users\me`, `C:a.txt`, `C:\Users\me\a.txt`},
		{`C:\Users\me`, `D:a.txt`, `D:\a.txt`},
		{`C:\Users\me`, `C:\Users\Me\..\x`, `C:\Users\Me\..\x`},
		{`C:\Users\me`, `D:\x\`, `D:\x\`},
		{`C:\Users\me`, `Env:\nosuch`, `Env:\nosuch`},
		{`C:\Users\me`, `FileSystem::nosuch`, `FileSystem::nosuch`},
		{`C:\Users\me`, `~\x`, `/home/tester/x`},
		{`/tmp/work`, `nosuch`, `/tmp/work/nosuch`},
		{`/tmp/work`, `.\a\..\b.txt`, `/tmp/work/b.txt`},
		{`/tmp/work`, `/etc/nosuch`, `/etc/nosuch`},
		{`Cert:\LocalMachine`, `nosuch`, `nosuch`},
		{`Env:\`, `nosuch`, `nosuch`},
	}
	for _, tt := range tests {
		s := &pipeline.Session{Location: tt.loc, Home: t.TempDir()}
		if got := Full(s, tt.in); got != tt.want {
			t.Errorf("Full(loc %q, %q) = %q, want %q", tt.loc, tt.in, got, tt.want)
		}
	}
}
