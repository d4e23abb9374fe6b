package session

import (
	"strconv"
	"strings"
	"time"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/pipeline/wildcard"
)

const historyInfoType = "Microsoft.PowerShell.Commands.HistoryInfo"

// historyObject is the HistoryInfo object Get-History returns.
func historyObject(e pipeline.HistoryEntry) *object.PSObject {
	// HistoryInfo's read-only .NET properties (Get-History | Get-Member).
	o := object.NewObject(historyInfoType, "System.Object")
	addNetProps(o,
		netProp{"Id", "long", false, e.Id},
		netProp{"CommandLine", "string", false, e.CommandLine},
		netProp{"ExecutionStatus", "System.Management.Automation.Runspaces.PipelineState", false, e.ExecutionStatus},
		netProp{"StartExecutionTime", "datetime", false, e.StartExecutionTime},
		netProp{"EndExecutionTime", "datetime", false, e.EndExecutionTime})
	return o
}

// Texts from PowerShell's HistoryStrings.resx.
const (
	msgNoHistoryForID          = "Cannot locate the history for Id %s."
	msgNoHistoryForCommandline = "Cannot locate the history for command line %s."
	msgNoLastHistory           = "Cannot locate most recent history."
	msgAddHistoryInvalidInput  = "Cannot add history because the input object has a format that is not valid."
	msgClearHistoryResult      = "Note: %d entries were cleared from the session history."
	msgClearHistoryWarning     = "This command will clear all the entries from the session history."
	msgNoCountWithMultipleIDs  = "The count cannot be combined with multiple Ids."
)

func getHistory() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-History", Kind: pipeline.KindCmdlet, Module: modCore,
		TypeName: "Microsoft.PowerShell.Commands.GetHistoryCommand",
		Params: []*pipeline.ParamDecl{
			positional("Id", "long[]", 0).FromPipeline(true, false).Describe("The ids of the entries to get."),
			func() *pipeline.ParamDecl {
				p := positional("Count", "int", 1).Describe("How many entries to get (the most recent ones, or those ending at -Id). Default: 32.")
				p.ValidateRange = &pipeline.Range{Min: int32(0), Max: int32(32767)}
				return p
			}(),
		},
		Synopsis:    "Gets a list of the commands entered during the current session.",
		Description: "Gets the command lines run in this session, with their ids, status and start and end times.",
		Examples: []pipeline.Example{
			{Code: "Get-History", Remarks: "Gets the last 32 command lines."},
			{Code: "Get-History -Id 7 -Count 5", Remarks: "Gets five entries ending with entry 7."},
		},
		Outputs: historyInfoType,
		Process: runGetHistory,
	}
}

func historyIndex(h []pipeline.HistoryEntry, id int64) int {
	for i, e := range h {
		if e.Id == id {
			return i
		}
	}
	return -1
}

func runGetHistory(c *pipeline.Call) error {
	h := c.Rt.Session().History
	count := 32
	if n, ok := c.Get("Count").(int32); ok {
		count = int(n)
	}
	ids := c.Get("Id")
	if ids == nil {
		start := len(h) - count
		if start < 0 {
			start = 0
		}
		for _, e := range h[start:] {
			if err := c.Out(historyObject(e)); err != nil {
				return err
			}
		}
		return nil
	}
	list, _ := ids.([]any)
	if len(list) > 1 && c.Has("Count") {
		return fail(c, exArgument, msgNoCountWithMultipleIDs, "GetHistoryNoCountWithMultipleIds", "InvalidArgument", count)
	}
	for _, v := range list {
		id, _ := v.(int64)
		i := historyIndex(h, id)
		if i < 0 {
			if err := writeErr(c, exArgument, sprintf(msgNoHistoryForID, strconv.FormatInt(id, 10)), "GetHistoryNoHistoryForId", "ObjectNotFound", id); err != nil {
				return err
			}
			continue
		}
		from := i
		if c.Has("Count") {
			from = i - count + 1
			if from < 0 {
				from = 0
			}
		}
		for _, e := range h[from : i+1] {
			if err := c.Out(historyObject(e)); err != nil {
				return err
			}
		}
	}
	return nil
}

func invokeHistory() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Invoke-History", Kind: pipeline.KindCmdlet, Module: modCore,
		TypeName: "Microsoft.PowerShell.Commands.InvokeHistoryCommand",
		Params: []*pipeline.ParamDecl{
			positional("Id", "string", 0).FromPipeline(false, true).Describe("The id of the entry to run, or the beginning of its command line. Default: the last entry."),
		},
		SupportsShouldProcess: true,
		Synopsis:              "Runs commands from the session history.",
		Description:           "Runs a command line of the session history again, after showing it.",
		Examples: []pipeline.Example{
			{Code: "Invoke-History", Remarks: "Runs the last command again."},
			{Code: "Invoke-History -Id 132", Remarks: "Runs entry 132."},
			{Code: "Invoke-History get-cs", Remarks: "Runs the most recent command line that begins with get-cs."},
		},
		Process: runInvokeHistory,
	}
}

func runInvokeHistory(c *pipeline.Call) error {
	h := c.Rt.Session().History
	id := strings.TrimSpace(c.String("Id"))
	var entry *pipeline.HistoryEntry
	switch {
	case id == "":
		if len(h) == 0 {
			return fail(c, exInvalidOp, msgNoLastHistory, "InvokeHistoryNoLastHistoryEntryFound", "ObjectNotFound", nil)
		}
		entry = &h[len(h)-1]
	default:
		if n, err := strconv.ParseInt(id, 10, 64); err == nil {
			i := historyIndex(h, n)
			if i < 0 {
				return fail(c, exArgument, sprintf(msgNoHistoryForID, id), "InvokeHistoryNoHistoryForId", "ObjectNotFound", n)
			}
			entry = &h[i]
			break
		}
		for i := len(h) - 1; i >= 0; i-- {
			if len(h[i].CommandLine) >= len(id) && strings.EqualFold(h[i].CommandLine[:len(id)], id) {
				entry = &h[i]
				break
			}
		}
		if entry == nil {
			return fail(c, exArgument, sprintf(msgNoHistoryForCommandline, id), "InvokeHistoryNoHistoryForCommandline", "ObjectNotFound", id)
		}
	}
	line := entry.CommandLine
	if !c.ShouldProcess(line, "Invoke-History") {
		return nil
	}
	c.Rt.Host().Write(line + "\n")
	out, err := c.Rt.RunString(line)
	if oerr := c.OutAll(out); oerr != nil {
		return oerr
	}
	return err
}

func clearHistory() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Clear-History", Kind: pipeline.KindCmdlet, Module: modCore,
		TypeName:   "Microsoft.PowerShell.Commands.ClearHistoryCommand",
		DefaultSet: "IDParameter",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("Id", "int[]").At("IDParameter", 0).Describe("The ids of the entries to delete."),
			positional("Count", "int", 1).Describe("How many entries to delete: the oldest ones (the newest with -Newest), or those ending at -Id."),
			named("Newest", "switch").Describe("Deletes the newest entries instead of the oldest."),
			pipeline.NewParam("CommandLine", "string[]").At("CommandLineParameter", -1).Describe("Deletes the entries whose command lines match these patterns.").Wild(),
		},
		SupportsShouldProcess: true,
		Synopsis:              "Deletes entries from the command history.",
		Description:           "Deletes entries from the session history: all of them, or those selected by id, count or command line. Ids are not reused.",
		Examples: []pipeline.Example{
			{Code: "Clear-History", Remarks: "Deletes all the entries."},
			{Code: "Clear-History -Id 23, 25", Remarks: "Deletes entries 23 and 25."},
			{Code: "Clear-History -CommandLine *Help*, *Syntax", Remarks: "Deletes the entries whose command lines match."},
		},
		Process: runClearHistory,
	}
}

func runClearHistory(c *pipeline.Call) error {
	s := c.Rt.Session()
	h := s.History
	drop := make([]bool, len(h))
	count := -1
	if n, ok := c.Get("Count").(int32); ok {
		count = int(n)
	}
	switch {
	case c.Has("CommandLine"):
		pats := stringsOf(c, "CommandLine")
		for i, e := range h {
			for _, p := range pats {
				if ok, _ := wildcard.Match(p, e.CommandLine, false); ok {
					drop[i] = true
				}
			}
		}
	case c.Has("Id"):
		list, _ := c.Get("Id").([]any)
		if len(list) > 1 && count >= 0 {
			return fail(c, exArgument, msgNoCountWithMultipleIDs, "GetHistoryNoCountWithMultipleIds", "InvalidArgument", count)
		}
		for _, v := range list {
			id, _ := v.(int32)
			i := historyIndex(h, int64(id))
			if i < 0 {
				if err := writeErr(c, exArgument, sprintf(msgNoHistoryForID, strconv.Itoa(int(id))), "GetHistoryNoHistoryForId", "ObjectNotFound", id); err != nil {
					return err
				}
				continue
			}
			from := i
			if count > 0 {
				from = i - count + 1
				if c.Switch("Newest") {
					from = i
				}
			}
			to := i
			if count > 0 && c.Switch("Newest") {
				to = i + count - 1
			}
			for j := max(from, 0); j <= to && j < len(h); j++ {
				drop[j] = true
			}
		}
	case count >= 0:
		for k := 0; k < count && k < len(h); k++ {
			if c.Switch("Newest") {
				drop[len(h)-1-k] = true
			} else {
				drop[k] = true
			}
		}
	default:
		if !c.ShouldProcess(msgClearHistoryWarning, "Clear-History") {
			return nil
		}
		for i := range drop {
			drop[i] = true
		}
	}
	var keep []pipeline.HistoryEntry
	n := 0
	for i, e := range h {
		if drop[i] {
			n++
			continue
		}
		keep = append(keep, e)
	}
	s.SetHistory(keep)
	return c.WriteVerbose(sprintf(msgClearHistoryResult, n))
}

func addHistory() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Add-History", Kind: pipeline.KindCmdlet, Module: modCore,
		TypeName: "Microsoft.PowerShell.Commands.AddHistoryCommand",
		Params: []*pipeline.ParamDecl{
			positional("InputObject", "psobject[]", 0).FromPipeline(true, false).Describe("History entries (objects with CommandLine, ExecutionStatus, StartExecutionTime and EndExecutionTime), such as Get-History or Import-Csv returns."),
			named("PassThru", "switch").Describe("Returns the entries added."),
		},
		Synopsis:    "Appends entries to the session history.",
		Description: "Adds command lines to the session history, for example ones saved with Export-Csv and read back with Import-Csv, so that Invoke-History can run them.",
		Examples:    []pipeline.Example{{Code: "Import-Csv history.csv | Add-History", Remarks: "Adds the saved entries."}},
		Process:     runAddHistory,
	}
}

func runAddHistory(c *pipeline.Call) error {
	items, _ := c.Get("InputObject").([]any)
	s := c.Rt.Session()
	for _, it := range items {
		line, _ := propOf(it, "CommandLine")
		status, _ := propOf(it, "ExecutionStatus")
		start, _ := propOf(it, "StartExecutionTime")
		end, _ := propOf(it, "EndExecutionTime")
		st, ok1 := asTime(start)
		et, ok2 := asTime(end)
		if line == nil || status == nil || !ok1 || !ok2 {
			if err := writeErr(c, exInvalidOp, msgAddHistoryInvalidInput, "AddHistoryInvalidInput", "InvalidData", it); err != nil {
				return err
			}
			continue
		}
		e := s.AddHistory(toStr(line), toStr(status), st, et)
		if c.Switch("PassThru") {
			if err := c.Out(historyObject(e)); err != nil {
				return err
			}
		}
	}
	return nil
}

// asTime reads a DateTime, or a string that holds one (Import-Csv).
func asTime(v any) (time.Time, bool) {
	if o, ok := v.(*object.PSObject); ok && o.Base != nil {
		v = o.Base // Get-Date's output: a DateTime with its DisplayHint
	}
	switch t := v.(type) {
	case time.Time:
		return t, true
	case string:
		if r, err := convertTime(t); err == nil {
			return r, true
		}
	}
	return time.Time{}, false
}
