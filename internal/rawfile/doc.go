// Package rawfile reads small files (scripts, /etc/passwd) at start-up
// without the costs an *os.File brings to a process that has opened no
// other file yet; see ReadString.
package rawfile
