package members

import "cspsh/pipeline/object"

// addEncodingProperties gives an Encoding object the properties .NET
// Framework's Encoding shows, in reflection order: ASCIIEncoding declares
// IsSingleByte itself, so it comes first there ($OutputEncoding in
// about_Preference_Variables); the other encodings list it after
// IsMailNewsSave.
func addEncodingProperties(o *object.PSObject, web, name string, codePage int32) {
	prop := func(n string, v any) {
		o.Add(&object.Member{Name: n, Kind: object.Property, Value: v})
	}
	// IsBrowserDisplay, IsBrowserSave, IsMailNewsDisplay, IsMailNewsSave.
	flags := map[int32][4]bool{
		20127: {false, false, true, true},
		65001: {true, true, true, true},
		1200:  {false, true, false, false},
	}[codePage]
	windowsCodePage := int32(1200)
	if codePage == 20127 {
		windowsCodePage = 1252
	}
	single := codePage == 20127
	if single {
		prop("IsSingleByte", true)
	}
	prop("BodyName", web)
	prop("EncodingName", name)
	prop("HeaderName", web)
	prop("WebName", web)
	prop("WindowsCodePage", windowsCodePage)
	prop("IsBrowserDisplay", flags[0])
	prop("IsBrowserSave", flags[1])
	prop("IsMailNewsDisplay", flags[2])
	prop("IsMailNewsSave", flags[3])
	if !single {
		prop("IsSingleByte", false)
	}
	prop("EncoderFallback", "System.Text.EncoderReplacementFallback")
	prop("DecoderFallback", "System.Text.DecoderReplacementFallback")
	prop("IsReadOnly", true)
	prop("CodePage", codePage)
}
