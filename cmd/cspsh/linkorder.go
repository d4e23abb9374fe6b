package main

// These imports change nothing in what cspsh does; they change where the
// linker puts code. It lays packages out in the order of a depth-first walk
// of the imports, starting with main's first file, so naming the
// dependencies here, in a file sorted before run.go, puts every one of them
// (and their init functions) before cspsh's own packages instead of
// scattered between them. Every start runs all those init functions, and
// each one on a page of its own costs a page fault: packed together they
// share the kernel's fault-around windows, about 25 fewer faults and a
// tenth of bash's start time (bench/README.md, "Link order").
// TestDependencyInitsFirst keeps the list complete.
import (
	_ "bufio"
	_ "crypto/ecdsa"
	_ "crypto/ed25519"
	_ "crypto/hmac"
	_ "crypto/md5"
	_ "crypto/rsa"
	_ "crypto/sha1"
	_ "crypto/sha256"
	_ "crypto/sha512"
	_ "crypto/x509"
	_ "database/sql"
	_ "embed"
	_ "github.com/chzyer/readline"
	_ "github.com/ncruces/go-sqlite3/driver"
	_ "html"
	_ "math/big"
	_ "math/rand/v2"
	_ "os/exec"
	_ "os/signal"
	_ "regexp"
	_ "software.sslmate.com/src/go-pkcs12"
	_ "unicode/utf16"
)
