package pki

import (
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"fmt"
	"strings"
)

// windowsAttrNames are the short names Windows (CertNameToStr with
// CERT_X500_NAME_STR) prints for the common attribute types.
var windowsAttrNames = map[string]string{
	"2.5.4.3":                    "CN",
	"2.5.4.4":                    "SN",
	"2.5.4.5":                    "SERIALNUMBER",
	"2.5.4.6":                    "C",
	"2.5.4.7":                    "L",
	"2.5.4.8":                    "S",
	"2.5.4.9":                    "STREET",
	"2.5.4.10":                   "O",
	"2.5.4.11":                   "OU",
	"2.5.4.12":                   "T",
	"2.5.4.13":                   "Description",
	"2.5.4.17":                   "PostalCode",
	"2.5.4.18":                   "POBox",
	"2.5.4.20":                   "Phone",
	"2.5.4.42":                   "G",
	"2.5.4.43":                   "I",
	"2.5.4.46":                   "dnQualifier",
	"1.2.840.113549.1.9.1":       "E",
	"0.9.2342.19200300.100.1.25": "DC",
	"0.9.2342.19200300.100.1.1":  "UID",
}

// FormatName writes a distinguished name as Windows does for
// X509Certificate2.Subject and .Issuer: relative names in reverse of
// their encoded order, separated by ", ", multi-valued ones joined by
// " + ", values quoted when they hold special characters.
func FormatName(raw []byte) string {
	var seq pkix.RDNSequence
	if _, err := asn1.Unmarshal(raw, &seq); err != nil {
		return ""
	}
	return FormatRDNs(seq)
}

// FormatRDNs is FormatName for a parsed name.
func FormatRDNs(seq pkix.RDNSequence) string {
	parts := make([]string, 0, len(seq))
	for i := len(seq) - 1; i >= 0; i-- {
		rdn := seq[i]
		vals := make([]string, 0, len(rdn))
		for _, atv := range rdn {
			vals = append(vals, attrName(atv.Type)+"="+quoteValue(attrValue(atv.Value)))
		}
		parts = append(parts, strings.Join(vals, " + "))
	}
	return strings.Join(parts, ", ")
}

func attrName(oid asn1.ObjectIdentifier) string {
	if n, ok := windowsAttrNames[oid.String()]; ok {
		return n
	}
	return "OID." + oid.String()
}

func attrValue(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case []byte:
		return "#" + strings.ToUpper(hex.EncodeToString(t))
	}
	return fmt.Sprint(v)
}

// quoteValue wraps a value in double quotes (doubling inner quotes) when
// Windows would: it holds , + = " < > # ; or a line break, or starts or
// ends with a space, or is empty.
func quoteValue(s string) string {
	if s == "" {
		return `""`
	}
	need := s[0] == ' ' || s[len(s)-1] == ' '
	if !need {
		need = strings.ContainsAny(s, ",+=\"<>#;\r\n")
	}
	if !need {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}
