package rt

import (
	"regexp"
	"strings"
)

// The warnings module: warn, simplefilter, filterwarnings, resetwarnings,
// with CPython's default filters, the "default" once-per-location rule and
// the output format "FILE:LINE: Category: message" plus the source line.
// The never-awaited coroutine warnings go through the same filters.

type warnFilter struct {
	action  string
	message *regexp.Regexp // nil: any
	cat     *Type
	module  *regexp.Regexp // nil: any
	lineno  int
}

// defaultFilters are CPython 3.11's (no -W options, not a debug build).
func defaultFilters() []warnFilter {
	return []warnFilter{
		{action: "default", cat: ExcDeprecationWarning, module: regexp.MustCompile(`^__main__\z`)},
		{action: "ignore", cat: ExcDeprecationWarning},
		{action: "ignore", cat: ExcPendingDeprecationWarning},
		{action: "ignore", cat: ExcResourceWarning},
	}
}

var (
	warnFilters = defaultFilters()
	warnSeen    = map[string]bool{}
)

// warnAction finds the action for a warning (CPython's filter walk).
func warnAction(cat *Type, msg, module string, line int) string {
	for _, f := range warnFilters {
		if f.cat == nil || !cat.IsSubtype(f.cat) {
			continue
		}
		if f.message != nil && !f.message.MatchString(msg) {
			continue
		}
		if f.module != nil && !f.module.MatchString(module) {
			continue
		}
		if f.lineno != 0 && f.lineno != line {
			continue
		}
		return f.action
	}
	return "default"
}

// emitWarning shows a warning unless filtered; action "error" returns it
// as an exception.
func emitWarning(cat *Type, msg, filename string, line int, module string) *Exc {
	action := warnAction(cat, msg, module, line)
	key := cat.Name + "\x00" + msg + "\x00" + filename + "\x00" + itoa(line)
	switch action {
	case "ignore":
		return nil
	case "error":
		return NewExc(cat, Str(msg))
	case "once":
		k := cat.Name + "\x00" + msg
		if warnSeen[k] {
			return nil
		}
		warnSeen[k] = true
	case "module":
		k := cat.Name + "\x00" + msg + "\x00" + module
		if warnSeen[k] {
			return nil
		}
		warnSeen[k] = true
	case "always":
	default:
		if warnSeen[key] {
			return nil
		}
		warnSeen[key] = true
	}
	out := filename + ":" + itoa(line) + ": " + cat.Name + ": " + msg + "\n"
	if src := strings.TrimSpace(sourceLine(filename, line)); src != "" {
		out += "  " + src + "\n"
	}
	writeStderr(out)
	return nil
}

func compileWarnRe(v Value, anchored bool) (*regexp.Regexp, *Exc) {
	s, ok := AsStr(v)
	if v.IsNull() || !ok || s == "" {
		return nil, nil
	}
	re, err := regexp.Compile("(?i)^(?:" + s + ")")
	if anchored {
		re, err = regexp.Compile("^(?:" + s + `)\z`)
	}
	if err != nil {
		return nil, Errorf(ExcValueError, "bad regular expression %s", reprOrErr(v))
	}
	return re, nil
}

func init() {
	m := newNativeModule("warnings")
	m.fn("warn", func(args []Value, kw []string) (Value, *Exc) {
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
		file, line := moduleLocation()
		if f := currentFrame(); f != nil {
			file, line = absFilename(f.code.Filename), f.line
		} else if l := pyCallerLine(); l > 0 {
			line = l
		}
		return None, emitWarning(cat, msg, file, line, "__main__")
	})
	addFilter := func(action string, msg, cat, mod Value, lineno Value, appendIt bool) *Exc {
		switch action {
		case "error", "ignore", "always", "default", "module", "once":
		default:
			return ValueErrorf("invalid action: %s", reprOrErr(Str(action)))
		}
		f := warnFilter{action: action, cat: ExcWarning}
		if t, ok := cat.O.(*Type); ok && cat.K == KObj {
			f.cat = t
		}
		var e *Exc
		if f.message, e = compileWarnRe(msg, false); e != nil {
			return e
		}
		if f.module, e = compileWarnRe(mod, true); e != nil {
			return e
		}
		if lineno.K == KInt {
			f.lineno = int(lineno.I)
		}
		if appendIt {
			warnFilters = append(warnFilters, f)
		} else {
			warnFilters = append([]warnFilter{f}, warnFilters...)
		}
		warnSeen = map[string]bool{}
		return nil
	}
	m.fn("simplefilter", func(args []Value, kw []string) (Value, *Exc) {
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
	m.fn("filterwarnings", func(args []Value, kw []string) (Value, *Exc) {
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
	m.fn("resetwarnings", func(args []Value, kw []string) (Value, *Exc) {
		warnFilters = nil
		warnSeen = map[string]bool{}
		return None, nil
	})
}
