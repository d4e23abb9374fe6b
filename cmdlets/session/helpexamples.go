package session

import (
	"strconv"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
)

// helpExamples is the examples property of a command's help object, as
// MAML help gives it: examples.example is the list of examples, each
// with its title, code and remarks (a list of paragraphs with Text), so
// that (Get-Help X).examples.example[0].code runs with Invoke-Expression
// (Invoke-Expression Example 4).
func helpExamples(ci *pipeline.CommandInfo) *object.PSObject {
	var list []any
	for i, ex := range ci.Examples {
		title := ex.Title
		if title == "" {
			title = "EXAMPLE " + strconv.Itoa(i+1)
		}
		para := newObject([]string{"MamlParaTextItem", "System.Management.Automation.PSCustomObject", "System.Object"},
			prop{"Text", ex.Remarks})
		list = append(list, newObject([]string{"MamlCommandExample", "System.Management.Automation.PSCustomObject", "System.Object"},
			prop{"title", "-------------------------- " + title + " --------------------------"},
			prop{"introduction", []any{}},
			prop{"code", ex.Code},
			prop{"remarks", []any{para}}))
	}
	var example any = list
	if len(list) == 1 {
		example = list[0]
	}
	return newObject([]string{"MamlCommandExamples", "System.Management.Automation.PSCustomObject", "System.Object"},
		prop{"example", example})
}
