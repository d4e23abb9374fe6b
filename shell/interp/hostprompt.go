package interp

import (
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// addPromptMethods gives $Host.UI the prompts scripts call directly:
// PromptForChoice(caption, message, choices, defaultChoice) returns the
// index of the answer, shown with the same menu as the Confirm prompts.
func (r *Runner) addPromptMethods(ui *object.PSObject) {
	ui.Add(&object.Member{Name: "PromptForChoice", Kind: object.Method,
		Type: "int PromptForChoice(string caption, string message, System.Collections.ObjectModel.Collection[System.Management.Automation.Host.ChoiceDescription] choices, int defaultChoice)",
		Call: func(args []any) (any, error) {
			if len(args) != 4 {
				return nil, members.ErrNoOverload
			}
			items, ok := dotnet.Enumerate(args[2])
			if !ok {
				items = []any{args[2]}
			}
			choices := make([]pipeline.Choice, 0, len(items))
			for _, it := range items {
				ch, err := pipeline.ChoiceOf(it)
				if err != nil {
					return nil, err
				}
				choices = append(choices, ch)
			}
			def, err := dotnet.Convert(args[3], "int")
			if err != nil {
				return nil, err
			}
			i, err := pipeline.PromptForChoice(r.host, dotnet.ToString(args[0]), dotnet.ToString(args[1]), choices, int(def.(int32)))
			if err != nil {
				return nil, err
			}
			return int32(i), nil
		}})
}
