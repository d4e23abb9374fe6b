// Package format turns objects into text the way Windows PowerShell 5.1's
// formatting and output system does: Out-Default's choice of view
// (a registered view, else a table for up to four properties and a list
// for more), tables, lists, wide and custom output, the format objects of
// Format-Table and its siblings, and the NormalView error display.
//
// The design follows PowerShell's own two halves: a shaper (format-default,
// Format-*) turns objects into packets — document start, group start, one
// entry per object, group end, document end, and out-of-band entries — and
// an outputter (Out-Default, Out-String, Out-File) lays packets out as
// lines for a screen of a given width.
package format
