package pipeline

import "cspsh/pipeline/object"

// checkChoices is the console host's check of PromptForChoice's
// arguments, made after the NonInteractive check and before anything is
// written (ConsoleHostUserInterfacePromptForChoice.cs): no choices is a
// PSArgumentException, a default that is neither -1 nor an index into
// them a PSArgumentOutOfRangeException. Texts from
// ConsoleHostUserInterfaceStrings.resx (EmptyChoicesErrorTemplate,
// InvalidDefaultChoiceErrorTemplate); .NET's ArgumentOutOfRangeException
// adds the parameter name and the actual value on lines of their own.
func checkChoices(choices []Choice, def int) error {
	if len(choices) == 0 {
		return object.NewException("System.Management.Automation.PSArgumentException",
			"\"choices\" should have at least one element.")
	}
	if def < -1 || def >= len(choices) {
		return object.NewException("System.Management.Automation.PSArgumentOutOfRangeException",
			"\"defaultChoice\" must be a valid index into \"choice\" or -1 for no default choice.\nParameter name: defaultChoice\nActual value was %d.", def)
	}
	return nil
}
