package data

import (
	"strings"

	"cspsh/cmdlets/core/objutil"
	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// PSCredentialType is the type name of credentials.
const PSCredentialType = "System.Management.Automation.PSCredential"

// NewCredential builds a PSCredential for user with the SecureString pw.
func NewCredential(user string, pw *object.PSObject) *object.PSObject {
	o := object.NewObject(PSCredentialType, "System.Object")
	o.Add(&object.Member{Name: "UserName", Kind: object.Property, Value: user, Type: "string"})
	o.Add(&object.Member{Name: "Password", Kind: object.Property, Value: pw, Type: SecureStringType})
	o.Add(&object.Member{Name: "GetNetworkCredential", Kind: object.Method, Type: "System.Net.NetworkCredential GetNetworkCredential()",
		Call: func([]any) (any, error) {
			text, _ := SecureStringText(pw)
			n := object.NewObject("System.Net.NetworkCredential", "System.Object")
			name, domain := user, ""
			if i := strings.IndexAny(user, `\`); i >= 0 {
				domain, name = user[:i], user[i+1:]
			} else if i := strings.LastIndex(user, "@"); i >= 0 {
				name, domain = user[:i], user[i+1:]
			}
			n.Add(&object.Member{Name: "UserName", Kind: object.Property, Value: name, Type: "string"})
			n.Add(&object.Member{Name: "Password", Kind: object.Property, Value: text, Type: "string"})
			n.Add(&object.Member{Name: "SecurePassword", Kind: object.Property, Value: pw, Type: SecureStringType})
			n.Add(&object.Member{Name: "Domain", Kind: object.Property, Value: domain, Type: "string"})
			return n, nil
		}})
	return o
}

// nonInteractive is the error a prompt gives when no one can answer.
func nonInteractive(c *pipeline.Call, id string) error {
	return c.Fail(object.NewException("System.Management.Automation.PSInvalidOperationException",
		"Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."),
		id, "InvalidOperation", nil)
}

// getCredential is Get-Credential.
func getCredential() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Get-Credential",
		Module:     "Microsoft.PowerShell.Security",
		DefaultSet: "CredentialSet",
		Params: []*pipeline.ParamDecl{
			// object, not pscredential: a user name given here is prompted for,
			// as [Credential()] transforms it in PowerShell.
			withHelp(param("Credential", "object", at("CredentialSet", 0)), "A user name to prompt a password for, or a credential to return as it is."),
			withHelp(param("Message", "string", named("MessageSet")), "The text shown above the prompt."),
			withHelp(param("UserName", "string", at("MessageSet", 0)), "The user name to prompt a password for."),
			withHelp(param("Title", "string", named("MessageSet")), "The heading of the prompt."),
		},
		Synopsis:    "Gets a credential object based on a user name and password.",
		Description: "Get-Credential asks for a user name and a password in the console and returns a PSCredential holding them (the password as a SecureString). When the shell cannot prompt (a script run non-interactively) it fails with PowerShell's NonInteractive error.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Prompt", Code: "$cred = Get-Credential", Remarks: "Asks for a user name and a password."},
			{Title: "Example 2: A known user", Code: "$cred = Get-Credential -UserName CONTOSO\\Administrator -Message 'Lab admin'", Remarks: "Asks for the password only."},
		},
		Outputs: PSCredentialType,
		Process: getCredentialProcess,
	}
}

func getCredentialProcess(c *pipeline.Call) error {
	user := c.String("UserName")
	if c.Has("Credential") {
		switch v := objutil.Base(c.Get("Credential")).(type) {
		case *object.PSObject:
			if v.TypeName() == PSCredentialType {
				return c.Out(v)
			}
		case nil:
		default:
			user = dotnet.ToString(v)
		}
	}
	h := c.Rt.Host()
	if !h.Interactive() {
		return nonInteractive(c, "CouldNotPromptForCredential")
	}
	// 5.1's caption (Get-Credential Examples 8 and 9); PowerShell 7 drops
	// "Windows".
	title := "Windows PowerShell Credential Request"
	if c.Has("Title") {
		title = c.String("Title")
	}
	msg := "Enter your credentials."
	if c.Has("Message") {
		msg = c.String("Message")
	}
	h.Write(title + "\n" + msg + "\n")
	if user == "" {
		u, err := h.ReadLine("User: ")
		if err != nil {
			return nonInteractive(c, "CouldNotPromptForCredential")
		}
		user = strings.TrimSpace(u)
		if user == "" {
			return nil
		}
	}
	pw, err := h.ReadSecret("Password for user " + user + ": ")
	if err != nil {
		return nonInteractive(c, "CouldNotPromptForCredential")
	}
	return c.Out(NewCredential(user, NewSecureString(pw)))
}

// readHost is Read-Host.
func readHost() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Read-Host",
		Module:     utility,
		DefaultSet: "AsString",
		Params: []*pipeline.ParamDecl{
			{Name: "Prompt", Type: "object", ValueFromRemainingArguments: true, Help: "The prompt text; \": \" is added after it.",
				Sets: []pipeline.SetBinding{at(pipeline.AllSets, 0)}},
			withHelp(param("AsSecureString", "switch", named("AsSecureString")), "Hides the input and returns a SecureString."),
			withHelp(param("MaskInput", "switch", named("AsString")), "Hides the input and returns a string."),
		},
		Synopsis:    "Reads a line of input from the console.",
		Description: "Read-Host prints the prompt followed by a colon and reads one line typed by the user. With -AsSecureString the typing is hidden and the result is a SecureString. When no one can answer (a script run non-interactively) it fails with PowerShell's NonInteractive error.",
		Examples: []pipeline.Example{
			{Title: "Example 1: A value", Code: "$pool = Read-Host 'Pool FQDN'", Remarks: "Prints \"Pool FQDN: \" and reads the answer."},
			{Title: "Example 2: A password", Code: "$pw = Read-Host 'Password' -AsSecureString", Remarks: "Reads without echo."},
		},
		Outputs: "System.String",
		Process: func(c *pipeline.Call) error {
			prompt := ""
			if c.Has("Prompt") && c.Get("Prompt") != nil {
				v := c.Get("Prompt")
				if items, ok := dotnet.Enumerate(v); ok {
					parts := make([]string, len(items))
					for i, it := range items {
						parts[i] = dotnet.ToString(it)
					}
					prompt = strings.Join(parts, " ")
				} else {
					prompt = dotnet.ToString(v)
				}
				prompt += ": "
			}
			h := c.Rt.Host()
			id := "System.Management.Automation.PSInvalidOperationException"
			if c.Switch("AsSecureString") || c.Switch("MaskInput") {
				s, err := h.ReadSecret(prompt)
				if err != nil {
					return nonInteractive(c, id)
				}
				if c.Switch("MaskInput") {
					return c.Out(s)
				}
				return c.Out(NewSecureString(s))
			}
			s, err := h.ReadLine(prompt)
			if err != nil {
				return nonInteractive(c, id)
			}
			return c.Out(s)
		},
	}
}
