package pki

import (
	"crypto/x509/pkix"
	"encoding/asn1"
	"strings"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
)

// X500DistinguishedNameFlags bits that change the text Decode writes.
const (
	x500Reversed         = 1
	x500UseSemicolons    = 16
	x500DoNotUsePlusSign = 32
	x500DoNotUseQuotes   = 64
	x500UseCommas        = 128
	x500UseNewLines      = 256
)

// DecodeName is X500DistinguishedName.Decode: the relative names in
// encoded order (Reversed: last first, as Name shows them), separated by
// ", " or, per flags, "; " or new lines.
func DecodeName(raw []byte, flags int64) string {
	var seq pkix.RDNSequence
	if _, err := asn1.Unmarshal(raw, &seq); err != nil {
		return ""
	}
	sep := ", "
	switch {
	case flags&x500UseSemicolons != 0:
		sep = "; "
	case flags&x500UseNewLines != 0:
		sep = "\n"
	case flags&x500UseCommas != 0:
		sep = ", "
	}
	plus := " + "
	if flags&x500DoNotUsePlusSign != 0 {
		plus = sep
	}
	parts := make([]string, 0, len(seq))
	for _, rdn := range seq {
		vals := make([]string, 0, len(rdn))
		for _, atv := range rdn {
			v := attrValue(atv.Value)
			if flags&x500DoNotUseQuotes == 0 {
				v = quoteValue(v)
			}
			vals = append(vals, attrName(atv.Type)+"="+v)
		}
		parts = append(parts, strings.Join(vals, plus))
	}
	if flags&x500Reversed != 0 {
		for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
			parts[i], parts[j] = parts[j], parts[i]
		}
	}
	return strings.Join(parts, sep)
}

// formatName is X500DistinguishedName.Format: the name as Name shows it
// on one line, or one relative name per line, each line ended. Lines end
// in "\n", the lab's [Environment]::NewLine, as the extensions' Format
// lines do.
func formatName(raw []byte, multiLine bool) string {
	if !multiLine {
		return FormatName(raw)
	}
	s := DecodeName(raw, x500Reversed|x500UseNewLines)
	if s == "" {
		return ""
	}
	return s + "\n"
}

// distinguishedName is X500DistinguishedName: Name, Oid (none for a
// certificate's names) and RawData, with Decode and Format.
func distinguishedName(raw []byte) *object.PSObject {
	o := object.NewObject("System.Security.Cryptography.X509Certificates.X500DistinguishedName",
		"System.Security.Cryptography.AsnEncodedData", "System.Object")
	o.SetProp("Name", FormatName(raw))
	o.SetProp("Oid", nil)
	o.SetProp("RawData", byteArray(raw))
	o.Add(&object.Member{Name: "Decode", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, ErrNoOverload
		}
		v, err := dotnet.Convert(args[0], "System.Security.Cryptography.X509Certificates.X500DistinguishedNameFlags")
		if err != nil {
			return nil, err
		}
		e, _ := v.(dotnet.Enum)
		return DecodeName(raw, e.Value), nil
	}})
	o.Add(&object.Member{Name: "Format", Kind: object.Method, Call: func(args []any) (any, error) {
		if len(args) != 1 {
			return nil, ErrNoOverload
		}
		return formatName(raw, dotnet.ToBool(args[0])), nil
	}})
	return o
}
