package dotnet

// Interfaces lists the interfaces a type implements, as far as the type
// table knows them: what Type.GetInterfaces() and ImplementedInterfaces
// return ($List.GetType().ImplementedInterfaces.Name -contains 'IList',
// about_Member-Access_Enumeration).
func Interfaces(full string) []string {
	var out []string
	for _, n := range typeChain(full) {
		if n != full && isInterface(n) {
			out = append(out, n)
		}
	}
	return out
}
