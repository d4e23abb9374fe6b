//go:build unix

package members

import (
	"os"
	"strconv"
	"strings"

	"cspsh/internal/rawfile"
)

// accountName is the name of the process's user in /etc/passwd, what
// os/user.Current gives without cgo. It is read with rawfile because the
// shell asks for it at every start (WindowsEnv, when USER is unset):
// os/user opens the file as an *os.File, and that first open sets up the
// runtime's network poller, a tenth of bash's start time.
func accountName() string {
	text, err := rawfile.ReadString("/etc/passwd")
	if err != nil {
		return ""
	}
	return passwdName(text, strconv.Itoa(os.Getuid()))
}

// passwdName finds uid in the passwd(5) text and returns its login name;
// the first entry wins, as getpwuid's does.
func passwdName(text, uid string) string {
	for line := range strings.SplitSeq(text, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		// name:password:UID:GID:GECOS:directory:shell
		fields := strings.SplitN(line, ":", 4)
		if len(fields) >= 3 && fields[2] == uid {
			return fields[0]
		}
	}
	return ""
}
