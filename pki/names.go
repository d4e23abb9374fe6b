package pki

import (
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"fmt"
	"strings"
)

// windowsAttrName returns the short name Windows (CertNameToStr with
// CERT_X500_NAME_STR) prints for a common attribute type (its OID).
func windowsAttrName(k string) (string, bool) {
	switch k {
	case "2.5.4.3":
		return "CN", true
	case "2.5.4.4":
		return "SN", true
	case "2.5.4.5":
		return "SERIALNUMBER", true
	case "2.5.4.6":
		return "C", true
	case "2.5.4.7":
		return "L", true
	case "2.5.4.8":
		return "S", true
	case "2.5.4.9":
		return "STREET", true
	case "2.5.4.10":
		return "O", true
	case "2.5.4.11":
		return "OU", true
	case "2.5.4.12":
		return "T", true
	case "2.5.4.13":
		return "Description", true
	case "2.5.4.17":
		return "PostalCode", true
	case "2.5.4.18":
		return "POBox", true
	case "2.5.4.20":
		return "Phone", true
	case "2.5.4.42":
		return "G", true
	case "2.5.4.43":
		return "I", true
	case "2.5.4.46":
		return "dnQualifier", true
	case "1.2.840.113549.1.9.1":
		return "E", true
	case "0.9.2342.19200300.100.1.25":
		return "DC", true
	case "0.9.2342.19200300.100.1.1":
		return "UID", true
	}
	return "", false
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
	if n, ok := windowsAttrName(oid.String()); ok {
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
