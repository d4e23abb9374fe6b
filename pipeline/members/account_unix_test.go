//go:build unix

package members

import "testing"

func TestPasswdName(t *testing.T) {
	const passwd = "# local accounts\n" +
		"root:x:0:0:root:/root:/bin/bash\n" +
		"daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n" +
		"\n" +
		"labadmin:x:1000:1000:Lab Admin,,,:/home/labadmin:/bin/bash\n" +
		"alias:x:1000:1000::/home/alias:/bin/sh\n" +
		"broken-line\n" +
		"last:x:1001:1001::/home/last:/bin/sh"
	for _, tc := range []struct{ uid, want string }{
		{"0", "root"},
		{"1", "daemon"},
		{"1000", "labadmin"}, // the first of two entries with one UID
		{"1001", "last"},     // no newline after the last entry
		{"10", ""},           // a prefix of 1000 is not 1000
		{"4242", ""},
	} {
		if got := passwdName(passwd, tc.uid); got != tc.want {
			t.Errorf("passwdName(uid %s) = %q, want %q", tc.uid, got, tc.want)
		}
	}
}
