package items

// sysStatx is statx(2)'s system call number (not in package syscall).
const sysStatx = 332
