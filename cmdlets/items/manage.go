package items

import (
	"os"
	"path/filepath"
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/dotnet"
	"cspsh/pipeline/object"
	"cspsh/pipeline/paths"
)

func newItem(c *pipeline.Call) error {
	s := c.Rt.Session()
	given := c.Strings("Path")
	if len(given) == 0 {
		given = []string{"."}
	}
	kind, ok := fileItemType(c.String("ItemType"))
	if !ok {
		// FileSystemProviderStrings.UnknownType, thrown as an
		// ArgumentException by the provider.
		ex := object.NewException("System.Management.Automation.PSArgumentException",
			`The type is not a known type for the file system. Only "file","directory" or "symboliclink" can be specified.`)
		return c.Fail(ex, "Argument", "InvalidArgument", nil)
	}
	for _, g := range newItemPaths(c, given) {
		if prov, rest, ok := splitDrive(providerRelative(s, g)); ok {
			if err := providerNewItem(c, prov, rest, g); err != nil {
				return err
			}
			continue
		}
		h, err := paths.Resolve(s, g)
		if err != nil {
			return err
		}
		if kind == "symboliclink" || kind == "hardlink" || kind == "junction" {
			if err := newLink(c, kind, h); err != nil {
				return err
			}
			continue
		}
		if !c.ShouldProcess("Destination: "+paths.Display(s, h), "Create "+map[bool]string{true: "Directory", false: "File"}[kind == "directory"]) {
			continue
		}
		if _, err := os.Stat(h); err == nil && !c.Switch("Force") {
			msg := "An item with the specified name " + paths.Display(s, h) + " already exists."
			rec := object.NewError(object.NewException("System.IO.IOException", "%s", msg), "DirectoryExist,"+commandClass(c), "ResourceExists", paths.Display(s, h))
			if kind != "directory" {
				rec.Exception.Message = "The file '" + paths.Display(s, h) + "' already exists."
				rec.FullyQualifiedErrorID = "NewItemIOError," + commandClass(c)
				rec.Category = "WriteError"
			}
			if err := c.WriteError(rec); err != nil {
				return err
			}
			continue
		}
		switch kind {
		case "directory":
			err = os.MkdirAll(h, 0o755)
		case "file":
			if c.Switch("Force") {
				os.MkdirAll(filepath.Dir(h), 0o755)
			}
			var f *os.File
			f, err = os.Create(h)
			if err == nil {
				if c.Has("Value") {
					_, err = f.WriteString(dotnet.ToString(c.Get("Value")))
				}
				f.Close()
			}
		}
		if err != nil {
			if werr := c.WriteError(ioError(c, "NewItemIOError", "WriteError", paths.Display(s, h), err)); werr != nil {
				return werr
			}
			continue
		}
		fi, err := os.Stat(h)
		if err == nil {
			if err := c.Out(itemObject(s, h, fi)); err != nil {
				return err
			}
		}
	}
	return nil
}

// inputPaths returns the paths from -Path/-LiteralPath or, for piped
// items, from the item objects themselves.
func inputPaths(c *pipeline.Call) ([]string, bool) {
	if c.HasInput {
		if h := hostPathOf(c.Input); h != "" && !c.Has("Path") && !c.Has("LiteralPath") {
			return []string{paths.Display(c.Rt.Session(), h)}, true
		}
	}
	return pathArgs(c, "")
}

func removeItem(c *pipeline.Call) error {
	given, literal := inputPaths(c)
	for _, g := range given {
		if prov, rest, ok := splitDrive(g); ok {
			if err := providerRemove(c, prov, rest, g, literal); err != nil {
				return err
			}
			continue
		}
		targets, err := expandFiltered(c, g, literal)
		if err != nil {
			return err
		}
		if len(targets) == 0 && !literal {
			continue
		}
		for _, t := range targets {
			fi, err := os.Lstat(t.host)
			if err != nil {
				if werr := c.WriteError(notFound(c, t.given)); werr != nil {
					return werr
				}
				continue
			}
			disp := paths.Display(c.Rt.Session(), t.host)
			what := "Remove File"
			if fi.IsDir() {
				what = "Remove Directory"
			}
			// FileSystemProvider.RemoveItem: the target is the path itself
			// (What if: Performing the operation "Remove File" on target
			// "C:\Test\test2.txt"., about_Preference_Variables).
			if !c.ShouldProcess(disp, what) {
				continue
			}
			if fi.IsDir() {
				ents, _ := os.ReadDir(t.host)
				if len(ents) > 0 && !c.Switch("Recurse") {
					h := c.Rt.Host()
					if !h.Interactive() {
						ex := object.NewException("System.IO.IOException", "The directory is not empty.")
						if werr := c.WriteError(object.NewError(ex, "RemoveFileSystemItemIOError,"+commandClass(c), "WriteError", disp)); werr != nil {
							return werr
						}
						continue
					}
					ans, _ := h.ReadLine("\nConfirm\nThe item at " + disp + " has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item. Are you sure you want to continue?\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is \"Y\"): ")
					if a := strings.ToUpper(strings.TrimSpace(ans)); a != "" && a != "Y" && a != "A" {
						continue
					}
				}
				err = os.RemoveAll(t.host)
			} else if fi.Mode().Perm()&0o200 == 0 && !c.Switch("Force") {
				// A read-only file needs -Force (Remove-Item reference,
				// Example 3), in Windows PowerShell's words.
				ex := object.NewException("System.IO.IOException", "Cannot remove item %s: You do not have sufficient access rights to perform this operation.", disp)
				if werr := c.WriteError(object.NewError(ex, "RemoveFileSystemItemUnAuthorizedAccess,"+commandClass(c), "PermissionDenied",
					itemObject(c.Rt.Session(), t.host, fi))); werr != nil {
					return werr
				}
				continue
			} else {
				err = os.Remove(t.host)
			}
			if err != nil {
				if werr := c.WriteError(ioError(c, "RemoveFileSystemItemIOError", "WriteError", disp, err)); werr != nil {
					return werr
				}
			}
		}
	}
	return nil
}

// copyTree copies a file, or a folder and everything under it.
func copyTree(src, dst string, recurse bool) error {
	return copyTreeKeep(src, dst, recurse, nil)
}

// copyFileBytes copies one file as .NET's File.Copy does (copyFile):
// Copy-Item keeps the file's last write time, as on Windows.
func copyFileBytes(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	return copyFile(in, dst)
}

// copyOrMove is Copy-Item and Move-Item: each source goes to the
// destination, or into it when the destination is a folder.
func copyOrMove(move bool) func(c *pipeline.Call) error {
	return func(c *pipeline.Call) error {
		s := c.Rt.Session()
		dest := c.String("Destination")
		if dest == "" {
			dest = "."
		}
		given, literal := inputPaths(c)
		var dh string
		if _, _, ok := splitDrive(providerRelative(s, dest)); !ok {
			var err error
			if dh, err = paths.Resolve(s, dest); err != nil {
				return err
			}
		}
		keep, err := testFilter(c)
		if err != nil {
			return err
		}
		recurse := c.Switch("Recurse")
		for _, g := range given {
			if prov, rest, ok := splitDrive(g); ok && !move {
				if err := providerCopy(c, prov, rest, g, providerRelative(s, c.String("Destination"))); err != nil {
					return err
				}
				continue
			}
			if prov, rest, ok := splitDrive(g); ok && move {
				if mv, isMover := prov.(itemMover); isMover {
					if err := providerMove(c, mv, prov, rest, g, providerRelative(s, c.String("Destination"))); err != nil {
						return err
					}
					continue
				}
			}
			if dh == "" {
				ex := object.NewException("System.Management.Automation.PSArgumentException", "Source and destination path did not resolve to the same provider.")
				if err := c.WriteError(object.NewError(ex, "CopyItemSourceAndDestinationNotSameProvider,"+commandClass(c), "InvalidArgument", dest)); err != nil {
					return err
				}
				continue
			}
			targets, err := expand(c, g, literal)
			if err != nil {
				return err
			}
			for _, t := range targets {
				sfi, err := os.Stat(t.host)
				if err != nil {
					if werr := c.WriteError(notFound(c, t.given)); werr != nil {
						return werr
					}
					continue
				}
				if !(sfi.IsDir() && recurse && !move) && !keep(sfi) {
					// -Filter, -Include and -Exclude choose the items;
					// a folder copied with -Recurse applies them to
					// its content instead.
					continue
				}
				to := dh
				if fi, err := os.Stat(dh); err == nil && fi.IsDir() {
					to = filepath.Join(dh, filepath.Base(t.host))
				}
				action := "Copy File"
				if move {
					action = "Move File"
				}
				if !c.ShouldProcess("Item: "+paths.Display(s, t.host)+" Destination: "+paths.Display(s, to), action) {
					continue
				}
				if _, err := os.Stat(to); err == nil && move && !c.Switch("Force") {
					ex := object.NewException("System.IO.IOException", "Cannot create a file when that file already exists.")
					// The target is the item (FileInfo or DirectoryInfo).
					id := "MoveFileInfoItemIOError,"
					if sfi.IsDir() {
						id = "MoveDirectoryItemIOError,"
					}
					if werr := c.WriteError(object.NewError(ex, id+commandClass(c), "WriteError", itemObject(s, t.host, sfi))); werr != nil {
						return werr
					}
					continue
				}
				if !move && !sfi.IsDir() {
					if tfi, err := os.Stat(to); err == nil && os.SameFile(sfi, tfi) {
						// FileSystemProviderStrings.CopyError.
						disp := paths.Display(s, t.host)
						ex := object.NewException("System.IO.IOException", "Cannot overwrite the item %s with itself.", disp)
						rec := object.NewError(ex, "CopyError,"+commandClass(c), "WriteError", disp)
						rec.TargetName, rec.TargetType = disp, "String"
						if werr := c.WriteError(rec); werr != nil {
							return werr
						}
						continue
					}
				}
				switch {
				case move:
					err = os.Rename(t.host, to)
				case sfi.IsDir() && c.Has("Container") && !c.Switch("Container"):
					// -Container:$false: the folder's content lands in
					// the destination without its folder structure
					// (Copy-Item reference, Example 12).
					err = copyFlat(t.host, dh, recurse, keep)
				default:
					err = copyTreeKeep(t.host, to, recurse, keep)
				}
				if err != nil && move {
					// FileInfo.MoveTo's error names no path; its target
					// is the item (MoveFileInfoItemIOError).
					msg := err.Error()
					if os.IsNotExist(err) {
						msg = "Could not find a part of the path."
					}
					id := "MoveFileInfoItemIOError,"
					if sfi.IsDir() {
						id = "MoveDirectoryItemIOError,"
					}
					ex := object.NewException("System.IO.IOException", "%s", msg)
					if os.IsNotExist(err) {
						ex.Type = "System.IO.DirectoryNotFoundException"
					}
					if werr := c.WriteError(object.NewError(ex, id+commandClass(c), "WriteError", itemObject(s, t.host, sfi))); werr != nil {
						return werr
					}
					continue
				}
				if err != nil {
					if werr := c.WriteError(ioError(c, "CopyItemIOError", "WriteError", paths.Display(s, t.host), err)); werr != nil {
						return werr
					}
					continue
				}
				if c.Switch("PassThru") {
					if fi, err := os.Stat(to); err == nil {
						if err := c.Out(itemObject(s, to, fi)); err != nil {
							return err
						}
					}
				}
			}
		}
		return nil
	}
}

func renameItem(c *pipeline.Call) error {
	s := c.Rt.Session()
	given, literal := inputPaths(c)
	newName := c.String("NewName")
	for _, g := range given {
		if prov, rest, ok := splitDrive(g); ok {
			if err := providerRename(c, prov, rest, g, newName); err != nil {
				return err
			}
			continue
		}
		targets, err := expandFiltered(c, g, literal)
		if err != nil {
			return err
		}
		for _, t := range targets {
			if _, err := os.Stat(t.host); err != nil {
				if werr := c.WriteError(renameMissing(c, g)); werr != nil {
					return werr
				}
				continue
			}
			if strings.ContainsAny(newName, `\/`) {
				// Windows PowerShell 5.1's text; the error names no target.
				ex := object.NewException("System.Management.Automation.PSArgumentException", "Cannot rename because the target specified represents a path or device name.")
				rec := object.NewError(ex, "Argument,"+commandClass(c), "InvalidArgument", nil)
				rec.Invocation, rec.Activity = c.Invocation, c.Info.Name
				return rec
			}
			to := filepath.Join(filepath.Dir(t.host), newName)
			if !c.ShouldProcess("Item: "+paths.Display(s, t.host)+" Destination: "+paths.Display(s, to), "Rename File") {
				continue
			}
			if tfi, err := os.Lstat(to); err == nil {
				// FileInfo.MoveTo never replaces an item (a new name
				// differing only in case is the same item).
				if sfi, err := os.Lstat(t.host); err != nil || !os.SameFile(sfi, tfi) {
					ex := object.NewException("System.IO.IOException", "Cannot create a file when that file already exists.")
					rec := object.NewError(ex, "RenameItemIOError,"+commandClass(c), "WriteError", paths.Display(s, t.host))
					rec.TargetName, rec.TargetType = paths.Display(s, t.host), "String"
					if werr := c.WriteError(rec); werr != nil {
						return werr
					}
					continue
				}
			}
			if err := os.Rename(t.host, to); err != nil {
				if werr := c.WriteError(ioError(c, "RenameItemIOError", "WriteError", t.given, err)); werr != nil {
					return werr
				}
				continue
			}
			if c.Switch("PassThru") {
				if fi, err := os.Stat(to); err == nil {
					if err := c.Out(itemObject(s, to, fi)); err != nil {
						return err
					}
				}
			}
		}
	}
	return nil
}

func manageCmdlets() []*pipeline.CommandInfo {
	pathParams := func(mandatory bool) []*pipeline.ParamDecl {
		p := pipeline.NewParam("Path", "string[]")
		if mandatory {
			p.Must("Path", 0)
		} else {
			p.At("Path", 0)
		}
		return []*pipeline.ParamDecl{
			p.FromPipeline(true, true).Describe("The items; wildcards allowed."),
			pipeline.NewParam("LiteralPath", "string[]").Must("LiteralPath", -1).FromPipeline(false, true).Alias("PSPath", "LP").Describe("The items, taken literally."),
		}
	}
	return []*pipeline.CommandInfo{
		{
			Name: "New-Item", Module: management, SupportsShouldProcess: true, DefaultSet: "pathSet",
			Synopsis:    "Creates a new file or folder.",
			Description: "Creates a file (optionally with content) or a folder, on the host or on the lab's simulated drives.",
			Examples:    []pipeline.Example{{Code: `New-Item -ItemType Directory -Path C:\Certificates\Backup`, Remarks: "Creates a folder on the lab's C: drive."}},
			Params: []*pipeline.ParamDecl{
				pipeline.NewParam("Path", "string[]").Must("pathSet", 0).At("nameSet", 0).FromPipeline(false, true).Describe("Where to create the item."),
				pipeline.NewParam("Name", "string").Must("nameSet", -1).FromPipeline(false, true).Describe("The name of the new item."),
				pipeline.NewParam("ItemType", "string").FromPipeline(false, true).Alias("Type").Describe("File or Directory."),
				pipeline.NewParam("Value", "object").FromPipeline(true, true).Alias("Target").Describe("The content of a new file."),
				pipeline.NewParam("Force", "switch").Describe("Overwrites an existing file and creates missing folders."),
			},
			Process: newItem,
		},
		{
			Name: "Remove-Item", Module: management, SupportsShouldProcess: true, DefaultSet: "Path",
			Synopsis:    "Deletes files, folders and provider items.",
			Description: "Deletes each item; a folder with content needs -Recurse. Cert:\\ paths delete certificates from a machine store.",
			Examples:    []pipeline.Example{{Code: `Remove-Item C:\Certificates\old.pfx`, Remarks: "Deletes a file on the lab's C: drive."}},
			Params: append(append(pathParams(true), filterParams()...),
				pipeline.NewParam("Recurse", "switch").Describe("Deletes folders with everything in them."),
				pipeline.NewParam("Force", "switch").Describe("Deletes hidden and read-only items too."),
				// The Certificate provider's dynamic parameter
				// (about_Certificate_Provider); the Cert: provider reads it
				// from the Call. Elsewhere it does not exist.
				dynamicParam(pipeline.NewParam("DeleteKey", "switch").Describe("On Cert: drives, deletes the certificate's private key with it."), "Certificate"),
			),
			Process: removeItem,
		},
		{
			Name: "Copy-Item", Module: management, SupportsShouldProcess: true, DefaultSet: "Path",
			Synopsis:    "Copies files and folders.",
			Description: "Copies each item to the destination (into it, when it is a folder).",
			Examples:    []pipeline.Example{{Code: `Copy-Item C:\Certificates\ServerToServerAuth.pfx -Destination /tmp/`, Remarks: "Copies the lab's PFX file to a host folder."}},
			Params: append(append(pathParams(true), filterParams()...),
				pipeline.NewParam("Destination", "string").At(pipeline.AllSets, 1).FromPipeline(false, true).Describe("Where to copy to."),
				pipeline.NewParam("Recurse", "switch").Describe("Copies folders with their content."),
				pipeline.NewParam("Container", "switch").Describe("Keeps the folder structure (the default); -Container:$false copies the files of a folder tree into one folder."),
				pipeline.NewParam("Force", "switch").Describe("Overwrites read-only files."),
				pipeline.NewParam("PassThru", "switch").Describe("Returns the copies."),
			),
			Process: copyOrMove(false),
		},
		{
			Name: "Move-Item", Module: management, SupportsShouldProcess: true, DefaultSet: "Path",
			Synopsis:    "Moves files and folders.",
			Description: "Moves each item to the destination (into it, when it is a folder).",
			Examples:    []pipeline.Example{{Code: `Move-Item C:\Certificates\new.pfx C:\Certificates\Backup`, Remarks: "Moves a file into a folder."}},
			Params: append(append(pathParams(true), filterParams()...),
				pipeline.NewParam("Destination", "string").At(pipeline.AllSets, 1).FromPipeline(false, true).Describe("Where to move to."),
				pipeline.NewParam("Force", "switch").Describe("Replaces an existing file."),
				pipeline.NewParam("PassThru", "switch").Describe("Returns the moved items."),
			),
			Process: copyOrMove(true),
		},
		{
			Name: "Rename-Item", Module: management, SupportsShouldProcess: true, DefaultSet: "ByPath",
			Synopsis:    "Renames an item.",
			Description: "Gives the item a new name in the same folder.",
			Examples:    []pipeline.Example{{Code: `Rename-Item C:\Certificates\a.pfx b.pfx`, Remarks: "Renames a file."}},
			Params: []*pipeline.ParamDecl{
				pipeline.NewParam("Path", "string").Must("ByPath", 0).FromPipeline(true, true).Describe("The item to rename."),
				pipeline.NewParam("LiteralPath", "string").Must("ByLiteralPath", -1).FromPipeline(false, true).Alias("PSPath", "LP").Describe("The item, taken literally."),
				pipeline.NewParam("NewName", "string").Must(pipeline.AllSets, 1).FromPipeline(false, true).Describe("The new name."),
				pipeline.NewParam("Force", "switch").Describe("Renames read-only items too."),
				pipeline.NewParam("PassThru", "switch").Describe("Returns the renamed item."),
			},
			Process: renameItem,
		},
	}
}
