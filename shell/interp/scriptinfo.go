package interp

import (
	"path/filepath"

	"cspsh/pipeline"
)

// scriptInfo is the ExternalScriptInfo of a .ps1 file: its param() block
// declared as a function's is, so Get-Command shows the script's
// Parameters and ParameterSets and the binder needs no second look. A
// script that does not parse keeps no parameters: running it reports
// the parse error.
func (r *Runner) scriptInfo(path string) *pipeline.CommandInfo {
	ci := &pipeline.CommandInfo{Name: filepath.Base(path), Kind: pipeline.KindExternalScript, Path: path}
	sb, err := r.loadScript(path)
	if err != nil {
		return ci
	}
	info, err := sb.code.info(r, ci.Name, pipeline.KindExternalScript)
	if err != nil {
		return ci
	}
	info.Path = path
	return info
}
