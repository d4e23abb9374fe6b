package interp

import (
	"crypto/rand"
	"fmt"
	"slices"

	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/members"
	"cspsh/pipeline/object"
)

// hostObject is $Host, the object Get-Host returns too (Get-Host:
// "Get-Host returns the same object that $Host contains"): made once per
// session, so that a colour or window title set on it stays set.
func (r *Runner) hostObject() any {
	if r.sess == nil {
		return r.newHostObject()
	}
	v, err := r.sess.Service("interp.host", func() (any, error) { return r.newHostObject(), nil })
	if err != nil {
		return r.newHostObject()
	}
	return v
}

// settable adds a .NET property whose value can be assigned.
func settable(o *object.PSObject, name string, v any) {
	m := &object.Member{Name: name, Kind: object.Property, Value: v}
	m.Set = func(x any) error { m.Value = x; return nil }
	o.Add(m)
}

// colorProp adds a settable System.ConsoleColor property: an assigned
// name converts to the enum ("white" becomes White), a wrong one fails
// as the conversion does.
func colorProp(o *object.PSObject, name, v string) {
	c, err := dotnet.Convert(v, "System.ConsoleColor")
	if err != nil {
		settable(o, name, v)
		return
	}
	m := &object.Member{Name: name, Kind: object.Property, Value: c, Type: "System.ConsoleColor"}
	m.Set = func(x any) error {
		cv, err := dotnet.Convert(x, "System.ConsoleColor")
		if err != nil {
			return err
		}
		m.Value = cv
		return nil
	}
	o.Add(m)
}

// withToString gives an object the text .NET's ToString() makes of it.
func withToString(o *object.PSObject, s func() string) {
	o.Add(&object.Member{Name: "ToString", Kind: object.Method, Hidden: true, Type: "string ToString()",
		Call: func([]any) (any, error) { return s(), nil }})
}

// pair is a System.Management.Automation.Host.Size or Coordinates: two
// settable numbers, shown as "a,b".
func pair(typeName, a, b string, x, y int32) *object.PSObject {
	o := object.NewObject(typeName, "System.ValueType", "System.Object")
	settable(o, a, x)
	settable(o, b, y)
	withToString(o, func() string {
		va, _ := o.Prop(a)
		vb, _ := o.Prop(b)
		return dotnet.ToString(va) + "," + dotnet.ToString(vb)
	})
	return o
}

// valueProp adds a property holding a Size or Coordinates by value, as
// .NET's structs are: reading it gives a copy ($Win = ...WindowSize;
// $Win.Height = 10 leaves the window alone) and setting it copies the
// two numbers in. Settable unless readOnly.
func valueProp(o *object.PSObject, name, typeName, a, b string, x, y int32, readOnly bool) {
	m := &object.Member{Name: name, Kind: object.Property, Type: typeName}
	m.Get = func() any { return pair(typeName, a, b, x, y) }
	if !readOnly {
		m.Set = func(v any) error {
			p, ok := v.(*object.PSObject)
			if !ok {
				return object.NewException("System.Management.Automation.PSInvalidCastException",
					"Cannot convert the \"%s\" value of type \"%s\" to type \"%s\".", dotnet.ToString(v), dotnet.TypeName(v), typeName)
			}
			for _, f := range []struct {
				name string
				dst  *int32
			}{{a, &x}, {b, &y}} {
				fv, _ := p.Prop(f.name)
				n, err := dotnet.Convert(fv, "int")
				if err != nil {
					return err
				}
				*f.dst = n.(int32)
			}
			return nil
		}
	}
	o.Add(m)
}

// newHostObject builds Windows PowerShell 5.1's ConsoleHost object with
// the members Get-Host's page shows: Name … Runspace, the UI with its
// RawUI (colours, sizes, window title) and the PrivateData colours.
func (r *Runner) newHostObject() *object.PSObject {
	o := object.NewObject("System.Management.Automation.Internal.Host.InternalHost", "System.Management.Automation.Host.PSHost", "System.Object")
	prop := func(name string, v any) { o.Add(&object.Member{Name: name, Kind: object.Property, Value: v}) }
	prop("Name", "ConsoleHost")
	if v, err := dotnet.Convert("5.1.19041.4894", "version"); err == nil {
		prop("Version", v)
	}
	var id [16]byte
	_, _ = rand.Read(id[:])
	id[6] = id[6]&0x0f | 0x40
	id[8] = id[8]&0x3f | 0x80
	prop("InstanceId", fmt.Sprintf("%x-%x-%x-%x-%x", id[0:4], id[4:6], id[6:8], id[8:10], id[10:]))

	width := int32(120)
	if r.host != nil {
		width = int32(r.host.Width())
	}
	raw := object.NewObject("System.Management.Automation.Internal.Host.InternalHostRawUserInterface", "System.Management.Automation.Host.PSHostRawUserInterface", "System.Object")
	colorProp(raw, "ForegroundColor", "Gray")
	colorProp(raw, "BackgroundColor", "Black")
	const coords, size = "System.Management.Automation.Host.Coordinates", "System.Management.Automation.Host.Size"
	valueProp(raw, "CursorPosition", coords, "X", "Y", 0, 0, false)
	valueProp(raw, "WindowPosition", coords, "X", "Y", 0, 0, false)
	settable(raw, "CursorSize", int32(25))
	valueProp(raw, "BufferSize", size, "Width", "Height", width, 3000, false)
	valueProp(raw, "WindowSize", size, "Width", "Height", width, 50, false)
	valueProp(raw, "MaxWindowSize", size, "Width", "Height", width, 50, true)
	valueProp(raw, "MaxPhysicalWindowSize", size, "Width", "Height", width, 50, true)
	raw.Add(&object.Member{Name: "KeyAvailable", Kind: object.Property, Value: false})
	settable(raw, "WindowTitle", "Windows PowerShell")
	// The property setters as methods ($H.UI.RawUI.Set_WindowSize($Win),
	// Get-Host Example 2); a Size is a value, so the window takes a copy.
	for _, name := range []string{"ForegroundColor", "BackgroundColor", "CursorPosition", "WindowPosition", "CursorSize", "BufferSize", "WindowSize", "WindowTitle"} {
		m := raw.Member(name)
		raw.Add(&object.Member{Name: "set_" + name, Kind: object.Method, Hidden: true, Call: func(args []any) (any, error) {
			if len(args) != 1 {
				return nil, object.NewException("System.Management.Automation.MethodException",
					"Cannot find an overload for \"set_%s\" and the argument count: \"%d\".", name, len(args))
			}
			return nil, m.Set(args[0])
		}})
	}
	withToString(raw, func() string { return raw.TypeName() })

	ui := object.NewObject("System.Management.Automation.Internal.Host.InternalHostUserInterface", "System.Management.Automation.Host.PSHostUserInterface", "System.Object")
	ui.Add(&object.Member{Name: "RawUI", Kind: object.Property, Value: raw})
	r.addUIMethods(ui)
	r.addPromptMethods(ui)
	withToString(ui, func() string { return ui.TypeName() })
	prop("UI", ui)

	culture, _ := members.GetStatic(&object.TypeValue{FullName: "System.Globalization.CultureInfo"}, "CurrentCulture")
	uiCulture, _ := members.GetStatic(&object.TypeValue{FullName: "System.Globalization.CultureInfo"}, "CurrentUICulture")
	prop("CurrentCulture", culture)
	prop("CurrentUICulture", uiCulture)

	// ConsoleHost's PrivateData: the colours of the error, warning,
	// debug, verbose and progress output, 5.1's defaults.
	colors := object.NewObject("Microsoft.PowerShell.ConsoleHost+ConsoleColorProxy", "System.Object")
	for _, c := range [][2]string{
		{"ErrorForegroundColor", "Red"}, {"ErrorBackgroundColor", "Black"},
		{"WarningForegroundColor", "Yellow"}, {"WarningBackgroundColor", "Black"},
		{"DebugForegroundColor", "Yellow"}, {"DebugBackgroundColor", "Black"},
		{"VerboseForegroundColor", "Yellow"}, {"VerboseBackgroundColor", "Black"},
		{"ProgressForegroundColor", "Yellow"}, {"ProgressBackgroundColor", "DarkCyan"},
	} {
		colorProp(colors, c[0], c[1])
	}
	withToString(colors, func() string { return colors.TypeName() })
	prop("PrivateData", colors)
	prop("DebuggerEnabled", true)
	prop("IsRunspacePushed", false)
	prop("Runspace", "System.Management.Automation.Runspaces.LocalRunspace")
	return o
}

// addUIMethods gives $Host.UI the output methods scripts call, with
// PSHostUserInterface's overloads: Write and WriteLine take a string or
// (foregroundColor, backgroundColor, string), WriteLine also nothing;
// the Write*Line methods of the other streams take one string.
func (r *Runner) addUIMethods(ui *object.PSObject) {
	uiMethod := func(name, sig string, counts []int, f func(text string)) {
		ui.Add(&object.Member{Name: name, Kind: object.Method, Type: sig, Call: func(args []any) (any, error) {
			if !slices.Contains(counts, len(args)) {
				return nil, members.ErrNoOverload
			}
			if len(args) == 3 {
				// No colour on this console: the colours are checked as
				// the method binder converts them, then dropped.
				for _, c := range args[:2] {
					if _, err := dotnet.Convert(c, "System.ConsoleColor"); err != nil {
						return nil, err
					}
				}
				args = args[2:]
			}
			text := ""
			if len(args) == 1 {
				text = dotnet.ToString(args[0])
			}
			f(text)
			return nil, nil
		}})
	}
	colored := "void %[1]s(string value), void %[1]s(System.ConsoleColor foregroundColor, System.ConsoleColor backgroundColor, string value)"
	uiMethod("Write", fmt.Sprintf(colored, "Write"), []int{1, 3}, func(s string) { r.host.Write(s) })
	uiMethod("WriteLine", "void WriteLine(), "+fmt.Sprintf(colored, "WriteLine"), []int{0, 1, 3}, func(s string) { r.host.Write(s + "\n") })
	uiMethod("WriteErrorLine", "void WriteErrorLine(string value)", []int{1}, func(s string) { r.host.WriteErr(s + "\n") })
	uiMethod("WriteWarningLine", "void WriteWarningLine(string message)", []int{1}, func(s string) { r.host.Write("WARNING: " + s + "\n") })
	uiMethod("WriteVerboseLine", "void WriteVerboseLine(string message)", []int{1}, func(s string) { r.host.Write("VERBOSE: " + s + "\n") })
	uiMethod("WriteDebugLine", "void WriteDebugLine(string message)", []int{1}, func(s string) { r.host.Write("DEBUG: " + s + "\n") })
	ui.Add(&object.Member{Name: "ReadLine", Kind: object.Method, Call: func(args []any) (any, error) {
		return r.host.ReadLine("")
	}})
}
