package dotnet

// OverflowMessage is .NET Framework's OverflowException text for a
// numeric type ("Value was either too large or too small for an unsigned
// byte."), for the methods that report it themselves (Convert.ToByte(s,
// 16)).
func OverflowMessage(target string) string { return overflowMessage(target) }
