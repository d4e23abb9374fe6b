package items

import "cspsh/pipeline"

// convertPathCmdlet is Convert-Path: Resolve-Path's lookup (wildcards,
// relative parts, PathNotFound for a path that names nothing), but it
// writes the provider path as a plain string rather than a PathInfo,
// which is what scripts pass on to .NET methods.
func convertPathCmdlet() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Convert-Path", Module: management, DefaultSet: "Path",
		Synopsis:    "Converts a path from a PowerShell path to a provider path.",
		Description: "Returns the full provider path of every existing item the path names, as a string.",
		Examples:    []pipeline.Example{{Code: `Convert-Path .`, Remarks: "The current location as a plain path string."}},
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("Path", "string[]").Must("Path", 0).FromPipeline(true, true).Describe("The paths; wildcards allowed."),
			pipeline.NewParam("LiteralPath", "string[]").Must("LiteralPath", -1).FromPipeline(false, true).Alias("PSPath", "LP").Describe("The paths, taken literally."),
		},
		Process: func(c *pipeline.Call) error {
			return resolveEach(c, func(_, disp string) any { return disp })
		},
	}
}
