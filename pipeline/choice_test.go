package pipeline

import (
	"testing"

	"cspsh/pipeline/object"
)

// PromptForChoice as the console host shows it: caption after a blank
// line, message, the menu with hot keys; "?" lists the help, an answer
// matches a whole label or a hot key, an empty one takes the default.
func TestPromptForChoice(t *testing.T) {
	yn := []Choice{{"&Yes", "Do it."}, {"&No", "Leave it."}}
	const ynMenu = "[Y] Yes  [N] No  [?] Help (default is \"Y\"): "
	tests := []struct {
		name             string
		caption, message string
		choices          []Choice
		def              int
		answers          []string
		want             int
		out              string
	}{
		{"default", "Delete", "Sure?", yn, 0, []string{""}, 0,
			"\nDelete\nSure?\n" + ynMenu + "\n"},
		{"hot key, any case", "Delete", "Sure?", yn, 0, []string{"n"}, 1,
			"\nDelete\nSure?\n" + ynMenu + "n\n"},
		{"help then label", "", "Sure?", yn, 1, []string{"?", "x", "yes"}, 0,
			"Sure?\n[Y] Yes  [N] No  [?] Help (default is \"N\"): ?\nY - Do it.\nN - Leave it.\n" +
				"[Y] Yes  [N] No  [?] Help (default is \"N\"): x\n[Y] Yes  [N] No  [?] Help (default is \"N\"): yes\n"},
		{"no default asks again", "", "", yn, -1, []string{"", "y"}, 0,
			"[Y] Yes  [N] No  [?] Help \n[Y] Yes  [N] No  [?] Help y\n"},
		{"hot key inside a label", "", "", []Choice{{"Yes to &All", ""}, {"No to A&ll", ""}, {"Plain", "p"}}, 2, []string{"?", "l"}, 1,
			"[A] Yes to All  [L] No to All  [] Plain  [?] Help (default is \"Plain\"): ?\nA - \nL - \nPlain - p\n" +
				"[A] Yes to All  [L] No to All  [] Plain  [?] Help (default is \"Plain\"): l\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := &fakeHost{interactive: true, answers: tt.answers}
			got, err := PromptForChoice(h, tt.caption, tt.message, tt.choices, tt.def)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("chose %d, want %d", got, tt.want)
			}
			if h.out.String() != tt.out {
				t.Errorf("screen:\n%q\nwant:\n%q", h.out.String(), tt.out)
			}
		})
	}
}

// Without a user the console host refuses with the NonInteractive error.
func TestPromptForChoiceNonInteractive(t *testing.T) {
	_, err := PromptForChoice(&fakeHost{}, "c", "m", []Choice{{"&Yes", ""}}, 0)
	ex, ok := err.(*object.Exception)
	if !ok || ex.Type != "System.Management.Automation.PSInvalidOperationException" || ex.Message != nonInteractiveMessage {
		t.Fatalf("error %#v", err)
	}
}

// narrowHost is a fakeHost with another console width.
type narrowHost struct {
	*fakeHost
	width int
}

func (h narrowHost) Width() int { return h.width }

// A menu wider than the console goes on at the start of the next line,
// before the first piece that does not fit (one column is kept free).
func TestPromptForChoiceWraps(t *testing.T) {
	tests := []struct {
		width int
		out   string
	}{
		{120, "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is \"Y\"): n\n"},
		{60, "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  \n[S] Suspend  [?] Help (default is \"Y\"): n\n"},
		{40, "[Y] Yes  [A] Yes to All  [N] No  \n[L] No to All  [S] Suspend  [?] Help \n(default is \"Y\"): n\n"},
	}
	for _, tt := range tests {
		f := &fakeHost{interactive: true, answers: []string{"n"}}
		got, err := PromptForChoice(narrowHost{f, tt.width}, "", "", choicesConfirm, 0)
		if err != nil || got != 2 {
			t.Fatalf("width %d: chose %d, %v", tt.width, got, err)
		}
		if f.out.String() != tt.out {
			t.Errorf("width %d:\n%q\nwant\n%q", tt.width, f.out.String(), tt.out)
		}
	}
}

// A default that is not an index into the choices (nor -1), or no
// choices at all, is refused before anything is shown.
func TestPromptForChoiceBadArguments(t *testing.T) {
	yn := []Choice{{"&Yes", ""}, {"&No", ""}}
	tests := []struct {
		choices []Choice
		def     int
		exType  string
		msg     string
	}{
		{yn, 2, "System.Management.Automation.PSArgumentOutOfRangeException",
			"\"defaultChoice\" must be a valid index into \"choice\" or -1 for no default choice.\nParameter name: defaultChoice\nActual value was 2."},
		{yn, -2, "System.Management.Automation.PSArgumentOutOfRangeException",
			"\"defaultChoice\" must be a valid index into \"choice\" or -1 for no default choice.\nParameter name: defaultChoice\nActual value was -2."},
		{nil, 0, "System.Management.Automation.PSArgumentException", "\"choices\" should have at least one element."},
	}
	for _, tt := range tests {
		h := &fakeHost{interactive: true, answers: []string{""}}
		_, err := PromptForChoice(h, "c", "m", tt.choices, tt.def)
		ex, ok := err.(*object.Exception)
		if !ok || ex.Type != tt.exType || ex.Message != tt.msg {
			t.Errorf("def %d: error %#v", tt.def, err)
		}
		if h.out.Len() != 0 {
			t.Errorf("def %d: wrote %q", tt.def, h.out.String())
		}
	}
}
