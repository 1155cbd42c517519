package warnings

import (
	"strings"

	"github.com/py2goasync/py2goasync/rt"
)

// The warnings module: warn, simplefilter, filterwarnings, resetwarnings,
// with CPython's default filters, the "default" once-per-location rule and
// the output format "FILE:LINE: Category: message" plus the source line.
// The never-awaited coroutine warnings go through the same filters.

// addFilter is a helper of the functions registered in init.
func addFilter(action string, msg, cat, mod rt.Value, lineno rt.Value, appendIt bool) *rt.Exc {
	switch action {
	case "error", "ignore", "always", "default", "module", "once":
	default:
		return rt.ValueErrorf("invalid action: %s", rt.ReprOrErr(rt.Str(action)))
	}
	f := rt.WarnFilter{Action: action, Cat: rt.ExcWarning}
	if t, ok := cat.O.(*rt.Type); ok && cat.K == rt.KObj {
		f.Cat = t
	}
	var e *rt.Exc
	if f.Message, e = rt.CompileWarnRe(msg, false); e != nil {
		return e
	}
	if f.Module, e = rt.CompileWarnRe(mod, true); e != nil {
		return e
	}
	if lineno.K == rt.KInt {
		f.Lineno = int(lineno.I)
	}
	rt.AddWarnFilter(f, appendIt)
	return nil
}

func init() {
	m := rt.DefineModule("warnings")
	m.Fn("warn", warningsWarn)
	m.Fn("simplefilter", warningsSimplefilter)
	m.Fn("filterwarnings", warningsFilterwarnings)
	m.Fn("resetwarnings", warningsResetwarnings)
}

// warningsSimplefilter is warnings.simplefilter.
func warningsSimplefilter(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("simplefilter", args, kw, []string{"action", "category", "lineno", "append"}, 1)
	if e != nil {
		return rt.Null, e
	}
	action, _ := rt.AsStr(a[0])
	app := false
	if !a[3].IsNull() {
		app, _ = rt.Truth(a[3])
	}
	return rt.None, addFilter(action, rt.Null, a[1], rt.Null, a[2], app)
}

// warningsFilterwarnings is warnings.filterwarnings.
func warningsFilterwarnings(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("filterwarnings", args, kw, []string{"action", "message", "category", "module", "lineno", "append"}, 1)
	if e != nil {
		return rt.Null, e
	}
	action, _ := rt.AsStr(a[0])
	app := false
	if !a[5].IsNull() {
		app, _ = rt.Truth(a[5])
	}
	return rt.None, addFilter(strings.ToLower(action), a[1], a[2], a[3], a[4], app)
}

// warningsWarn is warnings.warn.
func warningsWarn(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	a, e := rt.ParseArgs("warn", args, kw, []string{"message", "category", "stacklevel", "source"}, 1)
	if e != nil {
		return rt.Null, e
	}
	cat := rt.ExcUserWarning
	msgV := a[0]
	if ex, ok := msgV.O.(*rt.Exc); ok && msgV.K == rt.KObj {
		cat = ex.Class
	} else if t, ok := a[1].O.(*rt.Type); ok && a[1].K == rt.KObj {
		if !t.IsSubtype(rt.ExcWarning) {
			return rt.Null, rt.TypeErrorf("category must be a Warning subclass, not '%s'", t.Name)
		}
		cat = t
	}
	msg, e := rt.ToStr(msgV)
	if e != nil {
		return rt.Null, e
	}
	file, line := rt.ModuleLocation()
	if f := rt.CurrentFrame(); f != nil {
		file, line = rt.AbsFilename(f.Code.Filename), f.Line
	} else if l := rt.PyCallerLine(); l > 0 {
		line = l
	}
	return rt.None, rt.EmitWarning(cat, msg, file, line, "__main__")
}

// warningsResetwarnings is warnings.resetwarnings.
func warningsResetwarnings(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	rt.ResetWarnFilters()
	return rt.None, nil
}
