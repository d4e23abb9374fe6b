package items

import (
	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
)

// stringTypeNames are the type names of a string that carries notes.
var stringTypeNames = []string{"System.String", "System.Object"}

// contentNotes makes the lines Get-Content reads from one file: each
// carries the provider's notes (Get-Content: "PSPath, PSParentPath,
// PSChildName, PSDrive, PSProvider and ReadCount"), in the order 5.1
// adds them. The lines share one template through an object.Shape, so a
// line costs little more than its string until something asks for its
// members.
type contentNotes struct {
	shape *object.Shape
}

func newContentNotes(s *pipeline.Session, hostPath string) contentNotes {
	full := paths.Display(s, hostPath)
	drive := "/"
	if d := paths.DriveLetter(full); d != 0 {
		drive = string(d)
	}
	o := object.NewObject(stringTypeNames...)
	add := func(name string, v any) { o.Add(&object.Member{Name: name, Kind: object.NoteProperty, Value: v}) }
	add("PSPath", fsProvider+full)
	add("PSParentPath", fsProvider+parentOf(full))
	add("PSChildName", leafOf(full))
	root := drive + `:\`
	if drive == "/" {
		root = "/"
	}
	add("PSDrive", driveInfo(drive, "FileSystem", root, ""))
	add("PSProvider", providerInfo("FileSystem", nil))
	add("ReadCount", int64(0))
	return contentNotes{shape: object.NewShape(o, "ReadCount")}
}

// line wraps one line, the readCount-th read, with the notes; it still
// compares, converts and prints as the plain string.
func (n contentNotes) line(s string, readCount int64) *object.PSObject {
	return n.shape.New(s, readCount)
}
