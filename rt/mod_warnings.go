package rt

import (
	"strings"
)

// The warnings module: warn, simplefilter, filterwarnings, resetwarnings,
// with CPython's default filters, the "default" once-per-location rule and
// the output format "FILE:LINE: Category: message" plus the source line.
// The never-awaited coroutine warnings go through the same filters.

func init() {
	m := DefineModule("warnings")
	m.Fn("warn", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("warn", args, kw, []string{"message", "category", "stacklevel", "source"}, 1)
		if e != nil {
			return Null, e
		}
		cat := ExcUserWarning
		msgV := a[0]
		if ex, ok := msgV.O.(*Exc); ok && msgV.K == KObj {
			cat = ex.Class
		} else if t, ok := a[1].O.(*Type); ok && a[1].K == KObj {
			if !t.IsSubtype(ExcWarning) {
				return Null, TypeErrorf("category must be a Warning subclass, not '%s'", t.Name)
			}
			cat = t
		}
		msg, e := ToStr(msgV)
		if e != nil {
			return Null, e
		}
		file, line := ModuleLocation()
		if f := CurrentFrame(); f != nil {
			file, line = AbsFilename(f.Code.Filename), f.Line
		} else if l := PyCallerLine(); l > 0 {
			line = l
		}
		return None, EmitWarning(cat, msg, file, line, "__main__")
	})
	addFilter := func(action string, msg, cat, mod Value, lineno Value, appendIt bool) *Exc {
		switch action {
		case "error", "ignore", "always", "default", "module", "once":
		default:
			return ValueErrorf("invalid action: %s", ReprOrErr(Str(action)))
		}
		f := WarnFilter{Action: action, Cat: ExcWarning}
		if t, ok := cat.O.(*Type); ok && cat.K == KObj {
			f.Cat = t
		}
		var e *Exc
		if f.Message, e = CompileWarnRe(msg, false); e != nil {
			return e
		}
		if f.Module, e = CompileWarnRe(mod, true); e != nil {
			return e
		}
		if lineno.K == KInt {
			f.Lineno = int(lineno.I)
		}
		AddWarnFilter(f, appendIt)
		return nil
	}
	m.Fn("simplefilter", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("simplefilter", args, kw, []string{"action", "category", "lineno", "append"}, 1)
		if e != nil {
			return Null, e
		}
		action, _ := AsStr(a[0])
		app := false
		if !a[3].IsNull() {
			app, _ = Truth(a[3])
		}
		return None, addFilter(action, Null, a[1], Null, a[2], app)
	})
	m.Fn("filterwarnings", func(args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("filterwarnings", args, kw, []string{"action", "message", "category", "module", "lineno", "append"}, 1)
		if e != nil {
			return Null, e
		}
		action, _ := AsStr(a[0])
		app := false
		if !a[5].IsNull() {
			app, _ = Truth(a[5])
		}
		return None, addFilter(strings.ToLower(action), a[1], a[2], a[3], a[4], app)
	})
	m.Fn("resetwarnings", func(args []Value, kw []string) (Value, *Exc) {
		ResetWarnFilters()
		return None, nil
	})
}
