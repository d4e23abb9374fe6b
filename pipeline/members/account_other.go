//go:build !unix

package members

import "os/user"

// accountName is the name of the process's user.
func accountName() string {
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	return ""
}
