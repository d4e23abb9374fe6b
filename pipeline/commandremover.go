package pipeline

// CommandRemover is implemented by runtimes that can forget a function or
// an alias defined in the session (Remove-Item function:f, Remove-Item
// alias:x). Providers check for it with a type assertion.
type CommandRemover interface {
	// RemoveCommand removes the function (KindFunction, filters too) or
	// alias (KindAlias) called name from the nearest scope defining it;
	// ok is false when there is none.
	RemoveCommand(name string, kind CommandKind) (ok bool)
}
