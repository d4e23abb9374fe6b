package pki

import (
	"encoding/asn1"
	"errors"
)

var errBadDN = errors.New("not a distinguished name")

// attrOID is the OID of an attribute name a Subject may use (in upper
// case), as Windows reads them. A switch, not a map: a map literal is
// built at start-up.
func attrOID(name string) (asn1.ObjectIdentifier, bool) {
	switch name {
	case "CN":
		return asn1.ObjectIdentifier{2, 5, 4, 3}, true
	case "C":
		return asn1.ObjectIdentifier{2, 5, 4, 6}, true
	case "L":
		return asn1.ObjectIdentifier{2, 5, 4, 7}, true
	case "S", "ST":
		return asn1.ObjectIdentifier{2, 5, 4, 8}, true
	case "STREET":
		return asn1.ObjectIdentifier{2, 5, 4, 9}, true
	case "O":
		return asn1.ObjectIdentifier{2, 5, 4, 10}, true
	case "OU":
		return asn1.ObjectIdentifier{2, 5, 4, 11}, true
	case "T":
		return asn1.ObjectIdentifier{2, 5, 4, 12}, true
	case "SN":
		return asn1.ObjectIdentifier{2, 5, 4, 4}, true
	case "G":
		return asn1.ObjectIdentifier{2, 5, 4, 42}, true
	case "I":
		return asn1.ObjectIdentifier{2, 5, 4, 43}, true
	case "SERIALNUMBER":
		return asn1.ObjectIdentifier{2, 5, 4, 5}, true
	case "POSTALCODE":
		return asn1.ObjectIdentifier{2, 5, 4, 17}, true
	case "E":
		return asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 1}, true
	case "DC":
		return asn1.ObjectIdentifier{0, 9, 2342, 19200300, 100, 1, 25}, true
	}
	return nil, false
}
