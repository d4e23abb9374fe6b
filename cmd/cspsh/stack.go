package main

// growStack gives the main goroutine a 32 KiB stack before anything else
// runs. A goroutine's stack starts small and doubles when a call needs
// more; each doubling copies it, and to move the pointers in it looks up
// every frame on it in the binary's tables (the pclntab), whose pages come
// in from the file a fault at a time. A script run otherwise doubles two or
// three times deep inside the parser and the pipeline, with a dozen frames
// from as many packages on the stack; growing once here, with two frames
// on it, costs a few pages of stack instead (bench/README.md, "The start").
//
//go:noinline
func growStack() {
	var frame [20 << 10]byte // more than 16 KiB: the stack doubles to 32 KiB
	keep(&frame[len(frame)-1])
}

// keep takes the frame's address so the compiler cannot drop the frame.
//
//go:noinline
func keep(*byte) {}
