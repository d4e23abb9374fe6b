package core

// typesScriptProperty is the getter script of a script property
// Windows PowerShell 5.1's types.ps1xml adds to .NET types, which
// Get-Member shows in its Definition ({get=…;}). The members cspsh
// computes in Go carry no script of their own. A switch, not a map: a
// map literal is built at start-up.
func typesScriptProperty(name string) string {
	if name == "DateTime" {
		return dateTimeScript
	}
	return ""
}

// dateTimeScript is System.DateTime's DateTime: the date and time as
// DisplayHint asks.
const dateTimeScript = `if ((& { Set-StrictMode -Version 1; $this.DisplayHint }) -ieq  "Date")
                    {
                    "{0}" -f $this.ToLongDateString()
                    }
                    elseif ((& { Set-StrictMode -Version 1; $this.DisplayHint }) -ieq "Time")
                    {
                    "{0}" -f  $this.ToLongTimeString()
                    }
                    else
                    {
                    "{0} {1}" -f $this.ToLongDateString(), $this.ToLongTimeString()
                    }`
