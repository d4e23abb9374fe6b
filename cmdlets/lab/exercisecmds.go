package lab

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"cspsh/cmdlets/cs"
	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/store"
)

const exerciseType = "CsLab.Exercise"

// findExercise takes a number (1-based) or a name, any case.
func findExercise(id string) (int, bool) {
	if n, err := strconv.Atoi(strings.TrimSpace(id)); err == nil && n >= 1 && n <= len(exercises) {
		return n - 1, true
	}
	for i, e := range exercises {
		if strings.EqualFold(e.Name, strings.TrimSpace(id)) {
			return i, true
		}
	}
	return 0, false
}

func unknownExercise(c *pipeline.Call, id string) error {
	var names []string
	for _, e := range exercises {
		names = append(names, e.Name)
	}
	return c.Fail(object.NewException("System.ArgumentException",
		"There is no exercise \"%s\". Use a number from 1 to %d or one of: %s.", id, len(exercises), strings.Join(names, ", ")),
		"ExerciseNotFound", "ObjectNotFound", id)
}

func getLabExercise() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-LabExercise", Module: module,
		Synopsis:    "Lists the lab's exercises, taken from the Skype for Business procedure pages.",
		Description: "Each exercise has a number and a name; Start-LabExercise starts one, Test-LabExercise checks it.",
		Params:      []*pipeline.ParamDecl{pipeline.NewParam("Name", "string").At(pipeline.AllSets, 0).Describe("One exercise, by number or name.")},
		Examples:    []pipeline.Example{{Title: "Example 1", Code: "Get-LabExercise", Remarks: "All exercises."}},
		Process: func(c *pipeline.Call) error {
			lab, err := cs.OpenLab(c)
			if err != nil {
				return err
			}
			current := ""
			lab.View(func(tx *store.Tx) error { current, err = tx.Setting("exercise.current"); return err })
			for i, e := range exercises {
				if n := c.String("Name"); n != "" {
					if j, ok := findExercise(n); !ok || j != i {
						continue
					}
				}
				o := object.NewObject(exerciseType, "System.Object")
				o.SetProp("Id", int32(i+1))
				o.SetProp("Name", e.Name)
				o.SetProp("Title", e.Title)
				o.SetProp("Current", e.Name == current)
				o.SetProp("Source", e.Source)
				o.SetProp("Task", e.Task)
				if err := c.Out(o); err != nil {
					return err
				}
			}
			if n := c.String("Name"); n != "" {
				if _, ok := findExercise(n); !ok {
					return unknownExercise(c, n)
				}
			}
			return nil
		},
	}
}

func startLabExercise() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Start-LabExercise", Module: module, SupportsShouldProcess: true,
		Synopsis:    "Starts an exercise: resets the lab to its starting state and prints the task.",
		Description: "Whatever was done in the lab before is undone (as Reset-Lab does); then the exercise's starting state is set up.",
		Params:      []*pipeline.ParamDecl{pipeline.NewParam("Name", "string").Must(pipeline.AllSets, 0).Describe("The exercise, by number or name.")},
		Examples:    []pipeline.Example{{Title: "Example 1", Code: "Start-LabExercise 1", Remarks: "Starts the first exercise."}},
		Process: func(c *pipeline.Call) error {
			i, ok := findExercise(c.String("Name"))
			if !ok {
				return unknownExercise(c, c.String("Name"))
			}
			e := exercises[i]
			lab, err := cs.OpenLab(c)
			if err != nil {
				return err
			}
			if !c.ShouldProcess(e.Title, "Reset the lab and start the exercise") {
				return nil
			}
			err = lab.Update(func(tx *store.Tx) error {
				if err := tx.ResetToDefault(); err != nil {
					return err
				}
				if err := e.Setup(tx); err != nil {
					return err
				}
				now, err := tx.Now()
				if err != nil {
					return err
				}
				if err := tx.SetSetting("exercise.current", e.Name); err != nil {
					return err
				}
				if err := tx.SetSetting("exercise.start", now.UTC().Format(time.RFC3339Nano)); err != nil {
					return err
				}
				for _, use := range []string{"Default", "WebServicesExternal"} {
					a, err := tx.Assignment(store.LocalComputer, use)
					if err != nil {
						return err
					}
					if err := tx.SetSetting("exercise.base."+use, a.Thumbprint); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				return err
			}
			return c.OutAll([]any{
				fmt.Sprintf("Exercise %d: %s", i+1, e.Title),
				"From: " + e.Source,
				"",
				e.Task,
				"",
				"Check your progress with Test-LabExercise.",
			})
		},
	}
}

func testLabExercise() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Test-LabExercise", Module: module,
		Synopsis:    "Checks the current exercise objective by objective, with a hint for each one not done yet.",
		Description: "Reads the lab as it is now (on the lab clock) and says what is done and what is not.",
		Params:      []*pipeline.ParamDecl{pipeline.NewParam("Name", "string").At(pipeline.AllSets, 0).Describe("The exercise to check (default: the started one).")},
		Examples:    []pipeline.Example{{Title: "Example 1", Code: "Test-LabExercise", Remarks: "How far the current exercise is."}},
		Process: func(c *pipeline.Call) error {
			lab, err := cs.OpenLab(c)
			if err != nil {
				return err
			}
			var lines []any
			err = lab.Update(func(tx *store.Tx) error {
				name := c.String("Name")
				if name == "" {
					if name, err = tx.Setting("exercise.current"); err != nil {
						return err
					}
					if name == "" {
						return c.Fail(object.NewException("System.InvalidOperationException",
							"No exercise has been started. List them with Get-LabExercise and start one with Start-LabExercise."),
							"NoExercise", "InvalidOperation", nil)
					}
				}
				i, ok := findExercise(name)
				if !ok {
					return unknownExercise(c, name)
				}
				e := exercises[i]
				if _, err := tx.CatchUp(false); err != nil {
					return err
				}
				x := &exState{tx: tx, base: map[string]string{}}
				if s, _ := tx.Setting("exercise.start"); s != "" {
					x.start, _ = time.Parse(time.RFC3339Nano, s)
				}
				for _, use := range []string{"Default", "WebServicesExternal"} {
					x.base[use], _ = tx.Setting("exercise.base." + use)
				}
				lines = append(lines, fmt.Sprintf("Exercise %d: %s", i+1, e.Title))
				done := 0
				for _, o := range e.Objectives {
					ok, err := o.Check(x)
					if err != nil {
						return err
					}
					if ok {
						done++
						lines = append(lines, "[done] "+o.Text)
					} else {
						lines = append(lines, "[todo] "+o.Text, "       Hint: "+o.Hint)
					}
				}
				if done == len(e.Objectives) {
					lines = append(lines, "All objectives done.")
				} else {
					lines = append(lines, fmt.Sprintf("%d of %d objectives done.", done, len(e.Objectives)))
				}
				return nil
			})
			if err != nil {
				return err
			}
			return c.OutAll(lines)
		},
	}
}
