//go:build linux && !amd64 && !arm64 && !riscv64 && !loong64

package items

// sysStatx is -1 where cspsh does not know statx(2)'s number (or the
// byte order of its result): files then have no birth time.
const sysStatx = -1
