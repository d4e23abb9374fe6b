package cs

import "cspsh/pipeline"

// module is the module the Skype for Business cmdlets come from.
const module = "SkypeForBusiness"

// Common declarations of the certificate cmdlets.

func typeParam(help string) *pipeline.ParamDecl {
	p := pipeline.NewParam("Type", certTypeName+"[]").Describe(help)
	p.Enum = CertType
	return p
}

func netportParam() *pipeline.ParamDecl {
	return pipeline.NewParam("NetportId", "string").Describe("Reserved; accepted for certificates dedicated to a port, which the product does not support.")
}

func reportParam() *pipeline.ParamDecl {
	return pipeline.NewParam("Report", "string").Describe("Path of an HTML file that records what the command did; an existing file is overwritten.")
}

func forceParam(help string) *pipeline.ParamDecl {
	return pipeline.NewParam("Force", "switch").Describe(help)
}

func effectiveDateParam() *pipeline.ParamDecl {
	return pipeline.NewParam("EffectiveDate", "datetime").Alias("EffectiveTime").
		Describe("When the certificate takes over, on the lab clock (with -Roll), e.g. \"7/31/2012 8:00 AM\".")
}

func rollParam() *pipeline.ParamDecl {
	return pipeline.NewParam("Roll", "switch").
		Describe("Stage the certificate: it becomes the current one at -EffectiveDate and the one it replaces becomes the previous one. Requires -EffectiveDate.")
}
