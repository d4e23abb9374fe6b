package data

import (
	"errors"
	"os"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// newTemporaryFile is New-TemporaryFile (Windows PowerShell 5.0+): it
// creates an empty tmpNNNN.tmp file in the temporary folder, as
// [System.IO.Path]::GetTempFileName() does, and returns its FileInfo,
// the object Get-Item returns for it. -WhatIf names the TEMP folder as
// the target and creates nothing.
func newTemporaryFile() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "New-TemporaryFile",
		// A script function in 5.1 (its error ids end in its name).
		TypeName:              "New-TemporaryFile",
		Module:                utility,
		SupportsShouldProcess: true,
		Synopsis:              "Creates a temporary file.",
		Description:           "New-TemporaryFile creates an empty file with the .tmp extension in the temporary folder, named tmpNNNN.tmp where NNNN is a random hexadecimal number, and returns it as a System.IO.FileInfo object. Use it for files a script needs only for a while.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Create a temporary file", Code: "$TempFile = New-TemporaryFile",
				Remarks: "Creates a .tmp file in the temporary folder and stores a reference to it in $TempFile."},
		},
		Outputs: "System.IO.FileInfo",
		Begin: func(c *pipeline.Call) error {
			dir := tempFolder()
			if !c.ShouldProcess(tempTarget(dir), "New-TemporaryFile") {
				return nil
			}
			p, err := members.CreateTempFile(dir)
			if err != nil {
				ex := object.NewException("System.IO.IOException", "%s", ioMessage(err))
				return c.WriteError(c.Fail(ex, "NewTemporaryFileWriteError", "WriteError", tempTarget(dir)))
			}
			fi, err := members.New("System.IO.FileInfo", []any{p})
			if err != nil {
				return err
			}
			return c.Out(fi)
		},
	}
}

// tempFolder is the folder [System.IO.Path]::GetTempPath() names, without
// its trailing separator.
func tempFolder() string {
	d := os.TempDir()
	if len(d) > 1 {
		d = strings.TrimRight(d, `/\`)
	}
	return d
}

// tempTarget is what -WhatIf and errors name: $env:TEMP, as 5.1's
// New-TemporaryFile passes it, or the folder when TEMP is not set (as on
// Linux).
func tempTarget(dir string) string {
	if t, _ := members.LookupEnv("TEMP"); t != "" {
		return t
	}
	return dir
}

// ioMessage is the text of a file-system error without Go's "open path:"
// prefix.
func ioMessage(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
