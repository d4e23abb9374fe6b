package main

import (
	"reflect"
	"testing"
)

func TestParseArgs(t *testing.T) {
	tests := []struct {
		argv []string
		want options
	}{
		{[]string{"-NoProfile", "-NonInteractive", "-File", "x.ps1", "a", "-b"},
			options{noProfile: true, nonInteractive: true, file: "x.ps1", args: []string{"a", "-b"}}},
		{[]string{"-nop", "-c", "Get-Date", "-Format", "yyyy"},
			options{noProfile: true, hasCommand: true, command: "Get-Date -Format yyyy"}},
		{[]string{"script.ps1", "1"}, options{file: "script.ps1", args: []string{"1"}}},
		{[]string{"-Command", "-"}, options{hasCommand: true, command: "-"}},
		{[]string{"-Version"}, options{version: true}},
		{[]string{"-noni", "-ExecutionPolicy", "Bypass", "-f", "s.ps1"},
			options{nonInteractive: true, file: "s.ps1", args: []string{}}},
	}
	for _, tt := range tests {
		got, err := parseArgs(tt.argv)
		if err != nil {
			t.Errorf("%q: %v", tt.argv, err)
			continue
		}
		if len(got.args) == 0 && len(tt.want.args) == 0 {
			got.args, tt.want.args = nil, nil
		}
		if !reflect.DeepEqual(*got, tt.want) {
			t.Errorf("%q:\n got %+v\nwant %+v", tt.argv, *got, tt.want)
		}
	}
	if _, err := parseArgs([]string{"-Bogus"}); err == nil {
		t.Error("-Bogus: want an error")
	}
}
