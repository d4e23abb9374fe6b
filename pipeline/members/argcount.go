package members

// ErrArgCount is what a method body made outside this package (a
// cmdlet's object) returns for an argument count it has no overload
// for; Call reports it as PowerShell does ("Cannot find an overload for
// "X" and the argument count: "N".").
var ErrArgCount error = overload
