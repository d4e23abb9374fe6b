package session

import "cspsh/pipeline/format"

// registerViews registers the views of this family's object types; Register
// calls it, so they are made with the registry rather than at start-up.
func registerViews() {
	format.RegisterView(psVariableType, &format.View{Name: "Variable", Kind: format.TableKind, Columns: []format.Column{
		{Label: "Name", Property: "Name", Width: 30},
		{Label: "Value", Property: "Value"},
	}})
	// PowerShellCore.format.ps1xml's CommandInfo table.
	format.RegisterView(commandInfoType, &format.View{Name: "CommandInfo", Kind: format.TableKind, Columns: []format.Column{
		{Label: "CommandType", Property: "CommandType", Width: 15},
		{Label: "Name", Property: "DisplayName", Width: 50},
		{Label: "Version", Property: "Version", Width: 10},
		{Label: "Source", Property: "Source"},
	}})
	// Windows PowerShell 5.1's HistoryInfo table.
	format.RegisterView(historyInfoType, &format.View{Name: "history", Kind: format.TableKind, Columns: []format.Column{
		{Label: "Id", Property: "Id", Width: 4, Align: format.AlignRight},
		{Label: "CommandLine", Property: "CommandLine"},
	}})
}
