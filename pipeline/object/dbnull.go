package object

// DBNull is System.DBNull, whose one instance [DBNull]::Value is how data
// sources mark a missing value. It is an object, not $null: it has a type,
// -eq $null is false for it, it is true as a condition (about_Booleans:
// any non-collection instance) and its ToString() is "". The zero value
// is that instance, so DBNull{} == DBNull{} as .NET's singleton is.
type DBNull struct{}

// IntPtr is System.IntPtr, a pointer-sized integer. cspsh stands for a
// 64-bit process, so it holds 64 bits and [IntPtr]::Size is 8. It is a
// distinct type, not an Int64, because PowerShell does not treat it as a
// number: it has no arithmetic of its own and prints and converts
// through its explicit operators.
type IntPtr int64
