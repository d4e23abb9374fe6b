package members

import (
	"testing"

	"cspsh/pipeline/object"
)

func TestBitConverterRoundTrip(t *testing.T) {
	cases := []struct {
		v    any
		hex  string
		read string
	}{
		{int32(15), "0F-00-00-00", "toint32"},
		{int32(-1000000000), "00-36-65-C4", "toint32"},
		{int16(258), "02-01", "toint16"},
		{int64(-1), "FF-FF-FF-FF-FF-FF-FF-FF", "toint64"},
		{1.0, "00-00-00-00-00-00-F0-3F", "todouble"},
		{true, "01", "toboolean"},
		{object.Char('A'), "41-00", "tochar"},
	}
	for _, c := range cases {
		b, err := bitConverterGetBytes([]any{c.v})
		if err != nil {
			t.Fatalf("GetBytes(%v): %v", c.v, err)
		}
		s, _, err := bitConverterStaticCall("tostring", []any{b})
		if err != nil || s != c.hex {
			t.Errorf("ToString(GetBytes(%v)) = %v, %v; want %s", c.v, s, err, c.hex)
		}
		back, _, err := bitConverterTo(c.read, []any{b, int32(0)})
		if err != nil || back != c.v {
			t.Errorf("%s(GetBytes(%v)) = %#v, %v", c.read, c.v, back, err)
		}
	}
}

func TestStringConstructorAndUtf32(t *testing.T) {
	if s, err := newString([]any{"ab"}); err != nil || s != "ab" {
		t.Errorf("new String('ab') = %v, %v", s, err)
	}
	chars := []any{object.Char('a'), object.Char('b'), object.Char('c'), object.Char('d')}
	if s, err := newString([]any{chars, int32(1), int32(2)}); err != nil || s != "bc" {
		t.Errorf("new String(chars, 1, 2) = %v, %v", s, err)
	}
	if _, err := newString([]any{chars, int32(3), int32(2)}); err == nil {
		t.Error("new String(chars, 3, 2) did not fail")
	}
	if r, _, err := charStaticCall("convertfromutf32", []any{int32(0x1F600)}); err != nil || r != "\U0001F600" {
		t.Errorf("ConvertFromUtf32 = %q, %v", r, err)
	}
	if r, _, err := charStaticCall("converttoutf32", []any{"a\U0001F600", int32(1)}); err != nil || r != int32(0x1F600) {
		t.Errorf("ConvertToUtf32 = %v, %v", r, err)
	}
}
