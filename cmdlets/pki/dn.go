package pki

import (
	"encoding/asn1"
	"errors"
)

var errBadDN = errors.New("not a distinguished name")

// attrOIDs are the attribute names a Subject may use, as Windows reads
// them.
var attrOIDs = map[string]asn1.ObjectIdentifier{
	"CN": {2, 5, 4, 3}, "C": {2, 5, 4, 6}, "L": {2, 5, 4, 7}, "S": {2, 5, 4, 8}, "ST": {2, 5, 4, 8},
	"STREET": {2, 5, 4, 9}, "O": {2, 5, 4, 10}, "OU": {2, 5, 4, 11}, "T": {2, 5, 4, 12}, "SN": {2, 5, 4, 4},
	"G": {2, 5, 4, 42}, "I": {2, 5, 4, 43}, "SERIALNUMBER": {2, 5, 4, 5}, "POSTALCODE": {2, 5, 4, 17},
	"E": {1, 2, 840, 113549, 1, 9, 1}, "DC": {0, 9, 2342, 19200300, 100, 1, 25},
}
