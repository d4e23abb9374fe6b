package members

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// CreateTempFile makes a new empty tmpXXXX.tmp file in dir (XXXX being
// four hexadecimal digits, as Windows' GetTempFileName names them),
// never reusing a name that exists: [System.IO.Path]::GetTempFileName()
// and New-TemporaryFile both create their file with it.
func CreateTempFile(dir string) (string, error) {
	start := rand.IntN(0x10000)
	for i := range 0x10000 {
		n := (start+i)%0xFFFF + 1 // GetTempFileName never uses 0
		p := filepath.Join(dir, fmt.Sprintf("tmp%X.tmp", n))
		f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		return p, f.Close()
	}
	return "", errors.New("The file exists.")
}
