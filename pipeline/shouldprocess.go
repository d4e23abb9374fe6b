package pipeline

import (
	"fmt"

	"cspsh/pipeline/object"
)

// The texts of CommandBaseStrings.resx that ShouldProcess and
// ShouldContinue show.
const (
	shouldProcessMessage  = "Performing the operation \"%s\" on target \"%s\"."
	shouldProcessWhatIf   = "What if: "
	shouldProcessFallback = "Are you sure you want to perform this action?\n"
	inquireCaptionDefault = "Confirm"
	shouldContinueCaption = "Continue with this operation?"
)

// nonInteractiveMessage is the console host's refusal to prompt
// (ConsoleHostUserInterfaceStrings ReadAndPromptNotAvailable text as 5.1
// prints it).
const nonInteractiveMessage = "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."

// TakePromptError returns, and forgets, the NonInteractive error of a
// Confirm prompt that could not be shown.
func (c *Call) TakePromptError() error {
	if c.promptErr == nil {
		return nil
	}
	err := c.promptErr
	c.promptErr = nil
	return err
}

// The answers of the Confirm prompts (CommandBaseStrings' labels, with
// the hot key after "&").
var (
	choiceYes      = Choice{"&Yes", "Continue with only the next step of the operation."}
	choiceYesAll   = Choice{"Yes to &All", "Continue with all the steps of the operation."}
	choiceNo       = Choice{"&No", "Skip this operation and proceed with the next operation."}
	choiceNoAll    = Choice{"No to A&ll", "Skip this operation and all subsequent operations."}
	choiceSuspend  = Choice{"&Suspend", "Pause the current pipeline and return to the command prompt. Type \"exit\" to resume the pipeline."}
	choicesConfirm = []Choice{choiceYes, choiceYesAll, choiceNo, choiceNoAll, choiceSuspend}
	choicesSimple  = []Choice{choiceYes, choiceNo, choiceSuspend}
	choiceHalt     = Choice{"&Halt Command", "Stop this command."}
	choicesInquire = []Choice{choiceYes, choiceYesAll, choiceHalt, choiceSuspend}
)

// inquireContinue is the Inquire preference (MshCommandRuntime.WriteHelper
// and InquireHelper): "Continue with this operation?" (or the error's
// message) with [Y] Yes  [A] Yes to All  [H] Halt Command  [S] Suspend;
// Halt stops the command with ActionPreferenceStopException.
func (c *Call) inquireContinue(kind StreamKind, message string) error {
	if c.inquireAll[kind] {
		return nil
	}
	ans := c.inquire("", message, choicesInquire)
	if err := c.TakePromptError(); err != nil {
		return err
	}
	switch ans {
	case "A":
		c.inquireAll[kind] = true
	case "H":
		ex := object.NewException("System.Management.Automation.ActionPreferenceStopException",
			"The running command stopped because the user selected the Stop option.")
		rec := c.Fail(ex, "ActionPreferenceStop", "OperationStopped", nil)
		rec.Reason = "ParentContainsErrorRecordException"
		return rec
	}
	return nil
}

// ShouldProcess is the -WhatIf/-Confirm gate of Cmdlet.ShouldProcess(target,
// action): the description is `Performing the operation "action" on
// target "target".`.
func (c *Call) ShouldProcess(target, action string) bool {
	return c.ShouldProcessDescribed(fmt.Sprintf(shouldProcessMessage, action, target), "", "")
}

// ShouldProcessDescribed is Cmdlet.ShouldProcess(verboseDescription,
// verboseWarning, caption), as MshCommandRuntime.DoShouldProcess runs it:
// with -WhatIf it prints "What if: " and the description and returns
// false; when the command's ConfirmImpact is below $ConfirmPreference it
// proceeds (writing the description as a verbose message under -Verbose);
// otherwise it asks, with the warning (or "Are you sure you want to perform
// this action?" and the description) under the caption ("Confirm").
func (c *Call) ShouldProcessDescribed(desc, warning, caption string) bool {
	if c.yesToAll {
		return true
	}
	if c.noToAll {
		return false
	}
	if c.WhatIf {
		c.Rt.Host().Write(shouldProcessWhatIf + desc + "\n")
		return false
	}
	if !c.Confirm {
		if c.VerboseFlag {
			_ = c.WriteVerbose(desc)
		}
		return true
	}
	if warning == "" {
		warning = shouldProcessFallback + desc
	}
	switch c.inquire(caption, warning, choicesConfirm) {
	case "A":
		c.yesToAll = true
		return true
	case "N":
		return false
	case "L":
		c.noToAll = true
		return false
	}
	return true
}

// ShouldContinue is Cmdlet.ShouldContinue(query, caption): it always asks
// ([Y] Yes  [N] No  [S] Suspend), whatever the preferences say.
func (c *Call) ShouldContinue(query, caption string) bool {
	return c.inquire(caption, query, choicesSimple) != "N"
}

// inquire shows a Confirm prompt as the console host's PromptForChoice
// does and returns the key chosen ("Y" by default). Without a user to
// answer (-NonInteractive, or no console) the console host's
// PromptForChoice fails with the NonInteractive error: the answer is "N"
// and the error waits in promptErr, so nothing the prompt guards is done.
func (c *Call) inquire(caption, message string, choices []Choice) string {
	h := c.Rt.Host()
	if h == nil || !h.Interactive() {
		if c.promptErr == nil {
			c.promptErr = c.Fail(object.NewException("System.Management.Automation.PSInvalidOperationException", nonInteractiveMessage),
				"System.Management.Automation.PSInvalidOperationException", "InvalidOperation", nil)
		}
		return "N"
	}
	if caption == "" {
		caption = inquireCaptionDefault
	}
	if message == "" {
		message = shouldContinueCaption
	}
	// Suspend has no nested prompt to go to here: the menu asks again.
	i, err := promptChoice(h, caption, message, choices, 0, func(i int) bool { return choices[i] == choiceSuspend })
	if err != nil {
		return "N"
	}
	key, _ := hotKey(choices[i].Label)
	return key
}

// ShouldContinueToAll is ShouldContinue(query, caption, ref yesToAll, ref
// noToAll): a "to all" answer given before decides without asking;
// otherwise the prompt offers [A] Yes to All and [L] No to All as well.
// It returns the answer and the new yesToAll and noToAll.
func (c *Call) ShouldContinueToAll(query, caption string, yesToAll, noToAll bool) (bool, bool, bool) {
	switch {
	case noToAll:
		return false, yesToAll, noToAll
	case yesToAll:
		return true, yesToAll, noToAll
	}
	switch c.inquire(caption, query, choicesConfirm) {
	case "A":
		return true, true, noToAll
	case "N":
		return false, yesToAll, noToAll
	case "L":
		return false, yesToAll, true
	}
	return true, yesToAll, noToAll
}
