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
	commandTable := &format.View{Name: "CommandInfo", Kind: format.TableKind, Columns: []format.Column{
		{Label: "CommandType", Property: "CommandType", Width: 15},
		{Label: "Name", Property: "DisplayName", Width: 50},
		{Label: "Version", Property: "Version", Width: 10},
		{Label: "Source", Property: "Source"},
	}}
	format.RegisterView(commandInfoType, commandTable)
	// Its list views for aliases, functions and filters (Format-List,
	// Set-Alias Example 3). The table stays the default view of those
	// types: it comes first in the file and selects them all.
	listViews := map[string][]string{
		"System.Management.Automation.AliasInfo":    {"DisplayName", "CommandType", "Definition", "ReferencedCommand", "ResolvedCommand"},
		"System.Management.Automation.FunctionInfo": {"Name", "CommandType", "Definition"},
		"System.Management.Automation.FilterInfo":   {"Name", "CommandType", "Definition"},
	}
	for typeName, props := range listViews {
		list := &format.View{Name: typeName, Kind: format.ListKind}
		for _, p := range props {
			list.Columns = append(list.Columns, format.Column{Label: p, Property: p})
		}
		format.RegisterView(typeName, commandTable)
		format.RegisterView(typeName, list)
	}
	// Windows PowerShell 5.1's HistoryInfo table.
	format.RegisterView(historyInfoType, &format.View{Name: "history", Kind: format.TableKind, Columns: []format.Column{
		{Label: "Id", Property: "Id", Width: 4, Align: format.AlignRight},
		{Label: "CommandLine", Property: "CommandLine"},
	}})
}
