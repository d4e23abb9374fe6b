package data

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	gohash "hash"
	"os"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
)

// getFileHash is Get-FileHash: the hash of each file's bytes, as an
// object with Algorithm, Hash (upper-case hex) and Path.
func getFileHash() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name:       "Get-FileHash",
		Module:     utility,
		DefaultSet: "Path",
		Params: []*pipeline.ParamDecl{
			{Name: "Path", Type: "string[]", Help: "The files to hash (wildcards are not expanded).",
				Sets: []pipeline.SetBinding{{Set: "Path", Position: 0, Mandatory: true, ValueFromPipeline: true, ValueFromPipelineByPropertyName: true}}},
			{Name: "LiteralPath", Type: "string[]", Aliases: []string{"PSPath"}, Help: "The files to hash, taken literally.",
				Sets: []pipeline.SetBinding{{Set: "LiteralPath", Position: -1, Mandatory: true, ValueFromPipelineByPropertyName: true}}},
			{Name: "Algorithm", Type: "string", Default: "SHA256", ValidateSet: []string{"SHA1", "SHA256", "SHA384", "SHA512", "MD5"},
				Help: "The hash algorithm: SHA1, SHA256 (the default), SHA384, SHA512 or MD5."},
		},
		Synopsis:    "Computes the hash value for a file by using a specified hash algorithm.",
		Description: "Get-FileHash reads each file and returns an object with the algorithm's name, the hash as upper-case hexadecimal digits and the file's path. The default algorithm is SHA256.",
		Examples: []pipeline.Example{
			{Title: "Example 1: Hash a PFX file", Code: "Get-FileHash C:\\Certificates\\ServerToServerAuth.pfx", Remarks: "The SHA256 hash of the file."},
			{Title: "Example 2: SHA1", Code: "Get-FileHash C:\\Certificates\\ServerToServerAuth.pfx -Algorithm SHA1", Remarks: "The SHA1 hash."},
		},
		Outputs: "Microsoft.Powershell.Utility.FileHash",
		Process: fileHashProcess,
	}
}

func fileHashProcess(c *pipeline.Call) error {
	list := c.Strings("Path")
	if c.SetName == "LiteralPath" {
		list = c.Strings("LiteralPath")
	}
	alg := strings.ToUpper(c.String("Algorithm"))
	if alg == "" {
		alg = "SHA256"
	}
	for _, p := range list {
		full, err := paths.Resolve(c.Rt.Session(), p)
		var info os.FileInfo
		if err == nil {
			info, err = os.Stat(full)
		}
		if err != nil {
			// The globber names the path made absolute against the location.
			shown := paths.Full(c.Rt.Session(), p)
			if werr := c.WriteError(c.Fail(object.NewException("System.Management.Automation.ItemNotFoundException",
				"Cannot find path '%s' because it does not exist.", shown), "FileNotFound", "ObjectNotFound", shown)); werr != nil {
				return werr
			}
			continue
		}
		data, err := os.ReadFile(full)
		if err != nil || info.IsDir() {
			if werr := c.WriteError(c.Fail(object.NewException("System.UnauthorizedAccessException",
				"Access to the path '%s' is denied.", paths.Display(c.Rt.Session(), full)), "UnauthorizedAccessError", "InvalidData", p)); werr != nil {
				return werr
			}
			continue
		}
		var h gohash.Hash
		switch alg {
		case "SHA1":
			h = sha1.New()
		case "SHA384":
			h = sha512.New384()
		case "SHA512":
			h = sha512.New()
		case "MD5":
			h = md5.New()
		default:
			h = sha256.New()
		}
		h.Write(data)
		o := object.NewObject("Microsoft.Powershell.Utility.FileHash", "System.Object")
		o.SetProp("Algorithm", alg)
		o.SetProp("Hash", strings.ToUpper(hex.EncodeToString(h.Sum(nil))))
		o.SetProp("Path", paths.Display(c.Rt.Session(), full))
		if err := c.Out(o); err != nil {
			return err
		}
	}
	return nil
}
