package core

// typesScriptProperties are the getter scripts of the script properties
// Windows PowerShell 5.1's types.ps1xml adds to .NET types, which
// Get-Member shows in their Definition ({get=…;}). The members cspsh
// computes in Go carry no script of their own.
var typesScriptProperties = map[string]string{
	// System.DateTime's DateTime: the date and time as DisplayHint asks.
	"DateTime": `if ((& { Set-StrictMode -Version 1; $this.DisplayHint }) -ieq  "Date")
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
                    }`,
}
