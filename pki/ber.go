package pki

import (
	"errors"
)

// BERToDER re-encodes BER as DER where Go's encoding/asn1 needs it:
// indefinite lengths become definite and constructed OCTET STRINGs
// (which Windows' PFX export writes) become one primitive string. The
// content octets are unchanged, so a PFX's MAC still verifies.
func BERToDER(in []byte) ([]byte, error) {
	out, rest, err := berElement(in)
	if err != nil {
		return nil, err
	}
	if len(rest) != 0 {
		// Trailing bytes after the top-level element (padding) are dropped.
		for _, b := range rest {
			if b != 0 {
				return nil, errors.New("trailing data after the PFX")
			}
		}
	}
	return out, nil
}

var errBER = errors.New("malformed BER data")

// berElement reads one element from in and returns its DER form and the
// bytes after it.
func berElement(in []byte) (der, rest []byte, err error) {
	if len(in) < 2 {
		return nil, nil, errBER
	}
	// Identifier octets (multi-byte tags are copied as they are).
	tagLen := 1
	if in[0]&0x1f == 0x1f {
		for tagLen < len(in) && in[tagLen]&0x80 != 0 {
			tagLen++
		}
		tagLen++
	}
	if tagLen >= len(in) {
		return nil, nil, errBER
	}
	tag := in[:tagLen]
	constructed := in[0]&0x20 != 0
	p := in[tagLen:]
	var content []byte
	if p[0] == 0x80 {
		// Indefinite length: children until the end-of-contents octets.
		if !constructed {
			return nil, nil, errBER
		}
		p = p[1:]
		var children []byte
		for {
			if len(p) < 2 {
				return nil, nil, errBER
			}
			if p[0] == 0 && p[1] == 0 {
				p = p[2:]
				break
			}
			child, r, err := berElement(p)
			if err != nil {
				return nil, nil, err
			}
			children = append(children, child...)
			p = r
		}
		content, rest = children, p
	} else {
		n, hdr, err := berLength(p)
		if err != nil {
			return nil, nil, err
		}
		if len(p) < hdr+n {
			return nil, nil, errBER
		}
		body := p[hdr : hdr+n]
		rest = p[hdr+n:]
		if constructed {
			var children []byte
			for len(body) > 0 {
				child, r, err := berElement(body)
				if err != nil {
					return nil, nil, err
				}
				children = append(children, child...)
				body = r
			}
			content = children
		} else {
			content = body
		}
	}
	// A constructed OCTET STRING (universal tag 4) is the concatenation
	// of its primitive segments.
	if tagLen == 1 && in[0] == 0x24 {
		flat, err := flattenOctets(content)
		if err != nil {
			return nil, nil, err
		}
		return appendTLV(nil, []byte{0x04}, flat), rest, nil
	}
	return appendTLV(nil, tag, content), rest, nil
}

// flattenOctets joins the contents of a run of DER OCTET STRINGs.
func flattenOctets(b []byte) ([]byte, error) {
	var out []byte
	for len(b) > 0 {
		if b[0] != 0x04 {
			return nil, errBER
		}
		n, hdr, err := berLength(b[1:])
		if err != nil || len(b) < 1+hdr+n {
			return nil, errBER
		}
		out = append(out, b[1+hdr:1+hdr+n]...)
		b = b[1+hdr+n:]
	}
	return out, nil
}

// berLength decodes a definite length; hdr is the number of length octets.
func berLength(p []byte) (n, hdr int, err error) {
	if len(p) == 0 {
		return 0, 0, errBER
	}
	if p[0] < 0x80 {
		return int(p[0]), 1, nil
	}
	k := int(p[0] & 0x7f)
	if k == 0 || k > 4 || len(p) < 1+k {
		return 0, 0, errBER
	}
	for i := 1; i <= k; i++ {
		n = n<<8 | int(p[i])
	}
	if n < 0 {
		return 0, 0, errBER
	}
	return n, 1 + k, nil
}

// appendTLV appends tag, the DER length of content, and content.
func appendTLV(dst, tag, content []byte) []byte {
	dst = append(dst, tag...)
	n := len(content)
	switch {
	case n < 0x80:
		dst = append(dst, byte(n))
	case n < 0x100:
		dst = append(dst, 0x81, byte(n))
	case n < 0x10000:
		dst = append(dst, 0x82, byte(n>>8), byte(n))
	case n < 0x1000000:
		dst = append(dst, 0x83, byte(n>>16), byte(n>>8), byte(n))
	default:
		dst = append(dst, 0x84, byte(n>>24), byte(n>>16), byte(n>>8), byte(n))
	}
	return append(dst, content...)
}
