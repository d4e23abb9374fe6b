package pipeline

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// ChoiceDescriptionType is the type of the answers a script hands to
// $Host.UI.PromptForChoice.
const ChoiceDescriptionType = "System.Management.Automation.Host.ChoiceDescription"

// Choice is one answer of a PromptForChoice menu: Label marks its hot key
// with "&" ("&Yes", "No to A&ll"), Help is what "?" lists.
type Choice struct {
	Label, Help string
}

// RegisterExtensions makes New-Object ...ChoiceDescription '&Yes','help'
// and [ChoiceDescription[]]('&Yes','&No') (the one-argument constructor,
// as PowerShell converts a string to the type) work; cmdlets.Registry
// hands it to dotnet.AddExtensions.
func RegisterExtensions() {
	members.RegisterConstructor(ChoiceDescriptionType, newChoiceDescription)
	dotnet.RegisterConversion(ChoiceDescriptionType, func(v any) (any, error) { return newChoiceDescription([]any{v}) })
}

// newChoiceDescription is ChoiceDescription(label) and
// ChoiceDescription(label, helpMessage).
func newChoiceDescription(args []any) (any, error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, members.ErrNoOverload
	}
	if args[0] == nil {
		return nil, object.NewException("System.Management.Automation.PSArgumentNullException", "Value cannot be null.\r\nParameter name: label")
	}
	help := ""
	if len(args) == 2 {
		help = dotnet.ToString(args[1])
	}
	o := object.NewObject(ChoiceDescriptionType, "System.Object")
	o.Add(&object.Member{Name: "Label", Kind: object.Property, Value: dotnet.ToString(args[0]), Type: "string"})
	m := &object.Member{Name: "HelpMessage", Kind: object.Property, Value: help, Type: "string"}
	m.Set = func(v any) error { m.Value = dotnet.ToString(v); return nil }
	o.Add(m)
	return o, nil
}

// ChoiceOf reads the label and help of a ChoiceDescription, converting
// any other value (a string) as the method binder would.
func ChoiceOf(v any) (Choice, error) {
	cv, err := dotnet.Convert(v, ChoiceDescriptionType)
	if err != nil {
		return Choice{}, err
	}
	o, ok := cv.(*object.PSObject)
	if !ok {
		return Choice{}, object.NewException("System.Management.Automation.PSArgumentNullException", "Value cannot be null.\r\nParameter name: choices")
	}
	label, _ := o.Prop("Label")
	help, _ := o.Prop("HelpMessage")
	return Choice{Label: dotnet.ToString(label), Help: dotnet.ToString(help)}, nil
}

// hotKey splits a label into its hot key (upper case, "" without an "&")
// and the label as shown, without the "&".
func hotKey(label string) (key, plain string) {
	i := strings.IndexByte(label, '&')
	if i < 0 {
		return "", label
	}
	rest := label[i+1:]
	if rest == "" {
		return "", strings.TrimSpace(label[:i])
	}
	r := []rune(rest)
	return strings.ToUpper(strings.TrimSpace(string(r[0]))), strings.TrimSpace(label[:i] + rest)
}

// PromptForChoice is the console host's PSHostUserInterface.PromptForChoice:
// the caption (after a blank line) and the message, then the menu
// "[Y] Yes  [N] No  [?] Help (default is "Y"): " until an answer names a
// choice by hot key or label; "?" lists each choice's help, an empty
// answer takes the default (def, or none when def is -1). Without a user
// to answer it fails with the NonInteractive error.
func PromptForChoice(h Host, caption, message string, choices []Choice, def int) (int, error) {
	return promptChoice(h, caption, message, choices, def, nil)
}

// promptChoice is PromptForChoice with answers refuse turns down (the
// Confirm prompt's Suspend, which has no nested prompt to go to).
func promptChoice(h Host, caption, message string, choices []Choice, def int, refuse func(int) bool) (int, error) {
	if h == nil || !h.Interactive() {
		return -1, object.NewException("System.Management.Automation.PSInvalidOperationException", nonInteractiveMessage)
	}
	if err := checkChoices(choices, def); err != nil {
		return -1, err
	}
	keys := make([]string, len(choices))
	plain := make([]string, len(choices))
	for i, ch := range choices {
		keys[i], plain[i] = hotKey(ch.Label)
	}
	if caption != "" {
		h.Write("\n" + caption + "\n")
	}
	if message != "" {
		h.Write(strings.ReplaceAll(message, "\r\n", "\n") + "\n")
	}
	segments := make([]string, 0, len(choices)+2)
	for i := range choices {
		segments = append(segments, fmt.Sprintf("[%s] %s  ", keys[i], plain[i]))
	}
	segments = append(segments, "[?] Help ")
	if def >= 0 && def < len(choices) {
		shown := keys[def]
		if shown == "" {
			shown = plain[def]
		}
		segments = append(segments, fmt.Sprintf("(default is \"%s\"): ", shown))
	}
	head, last := wrapMenu(segments, h.Width()-1)
	for {
		if head != "" {
			h.Write(head)
		}
		ans, err := h.ReadLine(last)
		if err != nil {
			return -1, err
		}
		ans = strings.TrimSpace(ans)
		if ans == "" {
			if def >= 0 && def < len(choices) {
				return def, nil
			}
			continue
		}
		if ans == "?" {
			var help strings.Builder
			for i, ch := range choices {
				k := keys[i]
				if k == "" {
					k = plain[i]
				}
				help.WriteString(k + " - " + ch.Help + "\n")
			}
			h.Write(help.String())
			continue
		}
		if i := pickChoice(ans, keys, plain); i >= 0 && (refuse == nil || !refuse(i)) {
			return i, nil
		}
	}
}

// pickChoice finds the choice an answer names: a whole label first, then
// a hot key, both without regard to case.
func pickChoice(ans string, keys, plain []string) int {
	for i, p := range plain {
		if strings.EqualFold(ans, p) {
			return i
		}
	}
	for i, k := range keys {
		if k != "" && strings.EqualFold(ans, k) {
			return i
		}
	}
	return -1
}

// wrapMenu lays the menu's pieces out as the console host does, starting
// a new line before a piece that would pass max columns. It returns the
// full lines (each ending in a newline) and the last line, which is the
// prompt the answer is typed after.
func wrapMenu(segments []string, max int) (head, last string) {
	var b, line strings.Builder
	n := 0
	for _, seg := range segments {
		w := utf8.RuneCountInString(seg)
		if n > 0 && max > 0 && n+w > max {
			b.WriteString(line.String() + "\n")
			line.Reset()
			n = 0
		}
		line.WriteString(seg)
		n += w
	}
	return b.String(), line.String()
}
