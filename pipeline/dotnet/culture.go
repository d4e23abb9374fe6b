package dotnet

import (
	"strings"

	"cspsh/pipeline/object"
)

// cultureTable lists the cultures scripts name ([cultureinfo]'de-DE',
// 1031 -as [cultureinfo]): name, English display name and LCID. cspsh
// formats in en-US only; these let scripts name and inspect cultures.
var cultureTable = []struct {
	name, display string
	lcid          int32
}{
	{"", "Invariant Language (Invariant Country)", 127},
	{"en-US", "English (United States)", 1033},
	{"en-GB", "English (United Kingdom)", 2057},
	{"en-AU", "English (Australia)", 3081},
	{"en-CA", "English (Canada)", 4105},
	{"en-IN", "English (India)", 16393},
	{"de-DE", "German (Germany)", 1031},
	{"de-AT", "German (Austria)", 3079},
	{"de-CH", "German (Switzerland)", 2055},
	{"fr-FR", "French (France)", 1036},
	{"fr-CA", "French (Canada)", 3084},
	{"es-ES", "Spanish (Spain, International Sort)", 3082},
	{"es-MX", "Spanish (Mexico)", 2058},
	{"it-IT", "Italian (Italy)", 1040},
	{"nl-NL", "Dutch (Netherlands)", 1043},
	{"pt-BR", "Portuguese (Brazil)", 1046},
	{"pt-PT", "Portuguese (Portugal)", 2070},
	{"sv-SE", "Swedish (Sweden)", 1053},
	{"da-DK", "Danish (Denmark)", 1030},
	{"nb-NO", "Norwegian, Bokmål (Norway)", 1044},
	{"fi-FI", "Finnish (Finland)", 1035},
	{"pl-PL", "Polish (Poland)", 1045},
	{"ru-RU", "Russian (Russia)", 1049},
	{"ja-JP", "Japanese (Japan)", 1041},
	{"zh-CN", "Chinese (Simplified, PRC)", 2052},
	{"zh-TW", "Chinese (Traditional, Taiwan)", 1028},
	{"ko-KR", "Korean (Korea)", 1042},
	{"tr-TR", "Turkish (Turkey)", 1055},
}

// NewCultureInfo is a CultureInfo object with the members scripts read;
// its ToString() is its name ("" for the invariant culture). en-US, the
// culture cspsh runs in, has all its properties (EnUSCulture).
func NewCultureInfo(name, displayName string, lcid int32) *object.PSObject {
	if lcid == 1033 {
		return EnUSCulture()
	}
	o := object.NewObject(cultureInfoTypeName, "System.Object")
	o.Add(&object.Member{Name: "LCID", Kind: object.Property, Value: lcid, Type: "int"})
	o.Add(&object.Member{Name: "Name", Kind: object.Property, Value: name, Type: "string"})
	o.Add(&object.Member{Name: "DisplayName", Kind: object.Property, Value: displayName, Type: "string"})
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Call: func([]any) (any, error) { return name, nil }})
	return o
}

// LookupCulture finds a culture by name (any case) or LCID.
func LookupCulture(v any) (*object.PSObject, bool) {
	if s, ok := v.(string); ok {
		for _, c := range cultureTable {
			if strings.EqualFold(c.name, strings.TrimSpace(s)) {
				return NewCultureInfo(c.name, c.display, c.lcid), true
			}
		}
		return nil, false
	}
	if !IsNumeric(v) {
		return nil, false
	}
	n, err := Convert(v, "System.Int32")
	if err != nil {
		return nil, false
	}
	for _, c := range cultureTable {
		if c.lcid == n.(int32) {
			return NewCultureInfo(c.name, c.display, c.lcid), true
		}
	}
	return nil, false
}
