package interp

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// addPromptMethods gives $Host.UI the prompts scripts call directly:
// PromptForChoice(caption, message, choices, defaultChoice) returns the
// index of the answer, shown with the same menu as the Confirm prompts;
// PromptForCredential asks as Get-Credential does.
func (r *Runner) addPromptMethods(ui *object.PSObject) {
	ui.Add(&object.Member{Name: "ReadLineAsSecureString", Kind: object.Method, Type: "securestring ReadLineAsSecureString()",
		Call: func(args []any) (any, error) {
			if len(args) != 0 {
				return nil, members.ErrNoOverload
			}
			if r.host == nil || !r.host.Interactive() {
				return nil, object.NewException("System.Management.Automation.PSInvalidOperationException", NonInteractiveMessage)
			}
			text, err := r.host.ReadSecret("")
			if err != nil {
				return nil, err
			}
			return newSecureString(text)
		}})
	ui.Add(&object.Member{Name: "PromptForCredential", Kind: object.Method,
		Type: "pscredential PromptForCredential(string caption, string message, string userName, string targetName), " +
			"pscredential PromptForCredential(string caption, string message, string userName, string targetName, System.Management.Automation.PSCredentialTypes allowedCredentialTypes, System.Management.Automation.PSCredentialUIOptions options)",
		Call: func(args []any) (any, error) {
			if len(args) != 4 && len(args) != 6 {
				return nil, members.ErrNoOverload
			}
			return r.promptForCredential(dotnet.ToString(args[0]), dotnet.ToString(args[1]), dotnet.ToString(args[2]))
		}})
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

// promptForCredential is the console host's PromptForCredential: the
// caption after a blank line, the message, "User: " when no user name is
// given, then "Password for user NAME: " read without echo. An empty
// user name answer gives no credential.
func (r *Runner) promptForCredential(caption, message, user string) (any, error) {
	h := r.host
	if h == nil || !h.Interactive() {
		return nil, object.NewException("System.Management.Automation.PSInvalidOperationException", NonInteractiveMessage)
	}
	if caption != "" {
		h.Write("\n" + caption + "\n")
	}
	if message != "" {
		h.Write(message + "\n")
	}
	if user == "" {
		u, err := h.ReadLine("User: ")
		if err != nil {
			return nil, err
		}
		if user = strings.TrimSpace(u); user == "" {
			return nil, nil
		}
	}
	pw, err := h.ReadSecret("Password for user " + user + ": ")
	if err != nil {
		return nil, err
	}
	secure, err := newSecureString(pw)
	if err != nil {
		return nil, err
	}
	return members.New("System.Management.Automation.PSCredential", []any{user, secure})
}

// newSecureString builds a SecureString holding text the way a script
// would: the empty constructor, then AppendChar.
func newSecureString(text string) (any, error) {
	secure, err := members.New("System.Security.SecureString", nil)
	if err != nil {
		return nil, err
	}
	for _, c := range text {
		if _, err := members.Call(secure, "AppendChar", []any{object.Char(c)}); err != nil {
			return nil, err
		}
	}
	return secure, nil
}
