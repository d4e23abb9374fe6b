package pki

import (
	"crypto/hmac"
	"encoding/asn1"
	"errors"
)

// Layouts of the PFX's outer structures, enough to re-encode them.
type pfxPDU struct {
	Version  int
	AuthSafe contentInfo
	MacData  asn1.RawValue `asn1:"optional"`
}

type contentInfo struct {
	ContentType asn1.ObjectIdentifier
	Content     asn1.RawValue `asn1:"tag:0,explicit,optional"`
}

var oidData = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 7, 1}

// derPFX re-encodes a BER PFX as DER all the way down to the encrypted
// parts: the outer layers, the authenticated safe its MAC covers, and
// unencrypted safe contents. The MAC is checked against the original
// bytes with the password (a wrong one is ErrBadPassword) and computed
// again over the DER bytes, so the result decodes as an ordinary file.
func derPFX(data []byte, password string) ([]byte, error) {
	outer, err := BERToDER(data)
	if err != nil {
		return nil, ErrCorrupt
	}
	var pfx pfxPDU
	if rest, err := asn1.Unmarshal(outer, &pfx); err != nil || len(rest) != 0 {
		return nil, ErrCorrupt
	}
	if !pfx.AuthSafe.ContentType.Equal(oidData) {
		return nil, ErrCorrupt
	}
	var inner []byte
	if _, err := asn1.Unmarshal(pfx.AuthSafe.Content.Bytes, &inner); err != nil {
		return nil, ErrCorrupt
	}
	var md macData
	if len(pfx.MacData.FullBytes) > 0 {
		if _, err := asn1.Unmarshal(pfx.MacData.FullBytes, &md); err != nil {
			return nil, ErrCorrupt
		}
		sum, err := pfxMAC(&md, inner, password)
		if err != nil {
			return nil, err
		}
		if !hmac.Equal(sum, md.Mac.Digest) {
			return nil, ErrBadPassword
		}
	}
	safeDER, err := BERToDER(inner)
	if err != nil {
		return nil, ErrCorrupt
	}
	var safes []contentInfo
	if _, err := asn1.Unmarshal(safeDER, &safes); err != nil {
		return nil, ErrCorrupt
	}
	for i, ci := range safes {
		if !ci.ContentType.Equal(oidData) {
			continue
		}
		var contents []byte
		if _, err := asn1.Unmarshal(ci.Content.Bytes, &contents); err != nil {
			return nil, ErrCorrupt
		}
		der, err := BERToDER(contents)
		if err != nil {
			return nil, ErrCorrupt
		}
		if safes[i].Content, err = explicitOctets(der); err != nil {
			return nil, err
		}
	}
	if inner, err = asn1.Marshal(safes); err != nil {
		return nil, err
	}
	if pfx.AuthSafe.Content, err = explicitOctets(inner); err != nil {
		return nil, err
	}
	if len(pfx.MacData.FullBytes) > 0 {
		if md.Mac.Digest, err = pfxMAC(&md, inner, password); err != nil {
			return nil, err
		}
		b, err := asn1.Marshal(md)
		if err != nil {
			return nil, err
		}
		pfx.MacData = asn1.RawValue{FullBytes: b}
	}
	out, err := asn1.Marshal(pfx)
	if err != nil {
		return nil, errors.New("cannot re-encode the PFX file: " + err.Error())
	}
	return out, nil
}

// explicitOctets is the [0] EXPLICIT OCTET STRING of a ContentInfo.
func explicitOctets(b []byte) (asn1.RawValue, error) {
	octets, err := asn1.Marshal(b)
	if err != nil {
		return asn1.RawValue{}, err
	}
	return asn1.RawValue{Class: asn1.ClassContextSpecific, Tag: 0, IsCompound: true, Bytes: octets}, nil
}
