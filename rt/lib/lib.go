// Package lib is the table of the standard-library modules the runtime
// implements: each Python module name and the Go package that registers
// it (with rt.DefineModule or rt.RegisterModule, in its package
// initialization). The packages are rt/asyncio and one package per module
// under rt/lib.
//
// The code generator links the packages of the modules a program imports
// and nothing else: an import the program makes can always be served, and
// a program links what it uses. The modules built into the interpreter,
// builtins and sys, are part of rt itself and not listed.
package lib

// Root is the import path of the runtime module's packages.
const Root = "github.com/py2goasync/py2goasync/rt/"

// Packages maps a Python module name to the import path, below Root, of
// the Go package that registers it. A dotted name's parents are listed
// too: importing a.b imports a first.
var Packages = map[string]string{
	"argparse":            "lib/argparse",
	"asyncio":             "asyncio",
	"asyncio.base_events": "asyncio",
	"asyncio.events":      "asyncio",
	"asyncio.exceptions":  "asyncio",
	"asyncio.futures":     "asyncio",
	"asyncio.locks":       "asyncio",
	"asyncio.queues":      "asyncio",
	"asyncio.runners":     "asyncio",
	"asyncio.taskgroups":  "asyncio",
	"asyncio.tasks":       "asyncio",
	"asyncio.timeouts":    "asyncio",
	"collections":         "lib/collections",
	// collections.abc's placeholders are typing's (lib/typing defines both).
	"collections.abc":    "lib/typing",
	"concurrent":         "lib/concurrent",
	"concurrent.futures": "lib/concurrent",
	"contextlib":         "lib/contextlib",
	"contextvars":        "lib/contextvars",
	"dataclasses":        "lib/dataclasses",
	"datetime":           "lib/datetime",
	"enum":               "lib/enum",
	"functools":          "lib/functools",
	"heapq":              "lib/heapq",
	"inspect":            "lib/inspect",
	"itertools":          "lib/itertools",
	"json":               "lib/json",
	"math":               "lib/math",
	"operator":           "lib/operator",
	"os":                 "lib/os",
	"os.path":            "lib/os",
	"random":             "lib/random",
	"string":             "lib/string",
	"threading":          "lib/threading",
	"time":               "lib/time",
	"typing":             "lib/typing",
	"uuid":               "lib/uuid",
	"warnings":           "lib/warnings",
}
