package main

import (
	"strings"
	"testing"
)

// $Host.UI.PromptForChoice with a default that is not an index into the
// choices: the console host throws PSArgumentOutOfRangeException before
// showing anything, and the script sees it as a MethodInvocationException
// (ConsoleHostUserInterfaceStrings.resx, InvalidDefaultChoiceErrorTemplate;
// ExtendedTypeSystem.resx, MethodInvocationException).
func TestReplPromptForChoiceBadDefault(t *testing.T) {
	m := newTerm(t, 140, 40)
	m.text(`$c = [System.Management.Automation.Host.ChoiceDescription[]]((New-Object System.Management.Automation.Host.ChoiceDescription '&Yes','Remove the files.'), (New-Object System.Management.Automation.Host.ChoiceDescription '&No','Keep them.'))`)
	m.enter()
	m.text(`$Host.UI.PromptForChoice('Delete files', 'Remove the old logs?', $c, 2)`)
	s := m.enter()
	want := "Exception calling \"PromptForChoice\" with \"4\" argument(s): \"\"defaultChoice\" must be a valid index into \"choice\" or -1 for no default choice.\n" +
		"Parameter name: defaultChoice\nActual value was 2.\"\n"
	if !strings.Contains(s, want) {
		t.Errorf("error:\n%s\nwant it to contain:\n%s", s, want)
	}
	for _, w := range []string{"CategoryInfo          : NotSpecified: (:) [], MethodInvocationException", "FullyQualifiedErrorId : PSArgumentOutOfRangeException"} {
		if !strings.Contains(s, w) {
			t.Errorf("error:\n%s\nwant it to contain %q", s, w)
		}
	}
	if strings.Contains(s, "Remove the old logs?\n") {
		t.Errorf("the prompt was shown:\n%s", s)
	}
}
