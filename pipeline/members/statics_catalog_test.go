package members

import (
	"strings"
	"testing"

	"cspsh/pipeline/object"
)

// TestStaticCatalogImplemented keeps moreStaticDefs and the generated
// lists (numbers, enums, hash algorithms) honest, as
// TestStaticMembersImplemented does for staticDefs: a listed property
// reads a value, a listed method is known to CallStatic (argument
// errors are fine; "does not contain a method named" is not).
func TestStaticCatalogImplemented(t *testing.T) {
	names := []string{"System.Int32", "System.Double", "System.Decimal", "System.Byte", "System.UInt64",
		"System.DayOfWeek", "System.Security.Cryptography.SHA256"}
	for n := range moreStaticDefs() {
		names = append(names, n)
	}
	for _, name := range names {
		tv := typ(name)
		list, ok := StaticMembers(tv)
		if !ok || len(list) == 0 {
			t.Fatalf("%s: not catalogued", name)
		}
		seen := map[string]bool{}
		for _, m := range list {
			if seen[strings.ToLower(m.Name)] {
				t.Errorf("[%s]::%s listed twice", name, m.Name)
			}
			seen[strings.ToLower(m.Name)] = true
			// Methods and fields read "static …"; a static property's
			// definition has no "static" (Get-Date | Get-Member -Static:
			// "Now Property datetime Now {get;}", about_Properties).
			if m.Kind == object.Method && !strings.HasPrefix(m.Definition, "static ") {
				t.Errorf("[%s]::%s definition %q", name, m.Name, m.Definition)
			}
			switch m.Kind {
			case object.Property:
				if v, err := GetStatic(tv, m.Name); err != nil || v == nil {
					t.Errorf("[%s]::%s = %v, %v; want a value", name, m.Name, v, err)
				}
			case object.Method:
				if m.Name == "Sleep" || strings.HasPrefix(m.Name, "Write") {
					continue // would wait or print; known by name below
				}
				// Nine $null arguments fit no overload, so nothing runs.
				_, err := CallStatic(tv, m.Name, make([]any, 9))
				if err != nil && strings.Contains(err.Error(), "does not contain a method named") {
					// Array.Empty and HashAlgorithm.Create take none.
					_, err = CallStatic(tv, m.Name, nil)
				}
				if err != nil && strings.Contains(err.Error(), "does not contain a method named") {
					t.Errorf("[%s]::%s(…): %v", name, m.Name, err)
				}
			default:
				t.Errorf("[%s]::%s: kind %v", name, m.Name, m.Kind)
			}
		}
	}
}

// TestStaticMembersOfInt: Get-Member -Static on [int] in Windows
// PowerShell 5.1 lists Equals, Parse, ReferenceEquals, TryParse,
// MaxValue and MinValue; an enum lists its values as static fields.
func TestStaticMembersOfInt(t *testing.T) {
	list, ok := StaticMembers(typ("int"))
	if !ok {
		t.Fatal("[int] not catalogued")
	}
	var got []string
	for _, m := range list {
		got = append(got, m.Name)
	}
	if g := strings.Join(got, ","); g != "MaxValue,MinValue,Parse,TryParse,Equals,ReferenceEquals" {
		t.Errorf("[int] statics %s", g)
	}
	if list[0].Definition != "static int MaxValue {get;}" {
		t.Errorf("MaxValue: %q", list[0].Definition)
	}
	list, _ = StaticMembers(typ("System.DayOfWeek"))
	found := false
	for _, m := range list {
		if m.Name == "Friday" {
			found = m.Definition == "static System.DayOfWeek Friday {get;}" && m.Kind == object.Property
		}
	}
	if !found {
		t.Errorf("[DayOfWeek]::Friday missing or wrong: %v", list)
	}
}
