package dotnet

import (
	"testing"

	"cspsh/pipeline/object"
)

func TestNullableCultureMailAddress(t *testing.T) {
	if v, err := Convert(nil, "System.Nullable`1[System.Int32]"); err != nil || v != nil {
		t.Errorf("[Nullable[int]]$null = %v, %v", v, err)
	}
	if v, err := Convert("5", "System.Nullable`1[System.Int32]"); err != nil || v != int32(5) {
		t.Errorf("[Nullable[int]]'5' = %v, %v", v, err)
	}
	for _, in := range []any{"de-DE", int32(1031)} {
		v, err := Convert(in, "System.Globalization.CultureInfo")
		if err != nil {
			t.Fatalf("[cultureinfo]%v: %v", in, err)
		}
		if n, _ := v.(*object.PSObject).Prop("Name"); n != "de-DE" {
			t.Errorf("[cultureinfo]%v name = %v", in, n)
		}
	}
	v, err := Convert("John Smith <john@contoso.com>", "System.Net.Mail.MailAddress")
	if err != nil {
		t.Fatal(err)
	}
	o := v.(*object.PSObject)
	for name, want := range map[string]string{"User": "john", "Host": "contoso.com", "DisplayName": "John Smith", "Address": "john@contoso.com"} {
		if got, _ := o.Prop(name); got != want {
			t.Errorf("MailAddress.%s = %v", name, got)
		}
	}
	if _, err := Convert("nope", "System.Net.Mail.MailAddress"); err == nil {
		t.Error("'nope' should not convert to MailAddress")
	}
	for in, want := range map[string]int32{"#F": 15, "0b1111": 15, "0xF": 15, "&hF": 15} {
		if v, err := Convert(in, "System.Int32"); err != nil || v != want {
			t.Errorf("[int]%q = %v, %v", in, v, err)
		}
	}
}
