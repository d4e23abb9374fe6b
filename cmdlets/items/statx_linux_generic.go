//go:build linux && (arm64 || riscv64 || loong64)

package items

// sysStatx is statx(2)'s number in the generic system call table.
const sysStatx = 291
