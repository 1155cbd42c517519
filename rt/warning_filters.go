package rt

// The warning filters and the warning output: CPython's _warnings, part of
// the interpreter core. The never-awaited coroutine warnings go through
// them; the warnings module (rt/lib/warnings) exposes them to Python.

import (
	"regexp"
	"strings"
)

type WarnFilter struct {
	Action  string
	Message *regexp.Regexp // nil: any
	Cat     *Type
	Module  *regexp.Regexp // nil: any
	Lineno  int
}

// defaultFilters are CPython 3.11's (no -W options, not a debug build).
func defaultFilters() []WarnFilter {
	return []WarnFilter{
		{Action: "default", Cat: ExcDeprecationWarning, Module: regexp.MustCompile(`^__main__\z`)},
		{Action: "ignore", Cat: ExcDeprecationWarning},
		{Action: "ignore", Cat: ExcPendingDeprecationWarning},
		{Action: "ignore", Cat: ExcResourceWarning},
	}
}

var (
	warnFilters = defaultFilters()
	warnSeen    = map[string]bool{}
)

// AddWarnFilter adds a filter at the front of the list, or at the end
// with appendIt (warnings.filterwarnings), and forgets the warnings shown.
func AddWarnFilter(f WarnFilter, appendIt bool) {
	if appendIt {
		warnFilters = append(warnFilters, f)
	} else {
		warnFilters = append([]WarnFilter{f}, warnFilters...)
	}
	warnSeen = map[string]bool{}
}

// ResetWarnFilters is warnings.resetwarnings: no filters, and the
// warnings shown forgotten.
func ResetWarnFilters() {
	warnFilters = nil
	warnSeen = map[string]bool{}
}

// warnAction finds the action for a warning (CPython's filter walk).
func warnAction(cat *Type, msg, module string, line int) string {
	for _, f := range warnFilters {
		if f.Cat == nil || !cat.IsSubtype(f.Cat) {
			continue
		}
		if f.Message != nil && !f.Message.MatchString(msg) {
			continue
		}
		if f.Module != nil && !f.Module.MatchString(module) {
			continue
		}
		if f.Lineno != 0 && f.Lineno != line {
			continue
		}
		return f.Action
	}
	return "default"
}

// EmitWarning shows a warning unless filtered; action "error" returns it
// as an exception.
func EmitWarning(cat *Type, msg, filename string, line int, module string) *Exc {
	action := warnAction(cat, msg, module, line)
	key := cat.Name + "\x00" + msg + "\x00" + filename + "\x00" + Itoa(line)
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
	out := filename + ":" + Itoa(line) + ": " + cat.Name + ": " + msg + "\n"
	if src := strings.TrimSpace(sourceLine(filename, line)); src != "" {
		out += "  " + src + "\n"
	}
	WriteStderr(out)
	return nil
}

func CompileWarnRe(v Value, anchored bool) (*regexp.Regexp, *Exc) {
	s, ok := AsStr(v)
	if v.IsNull() || !ok || s == "" {
		return nil, nil
	}
	re, err := regexp.Compile("(?i)^(?:" + s + ")")
	if anchored {
		re, err = regexp.Compile("^(?:" + s + `)\z`)
	}
	if err != nil {
		return nil, Errorf(ExcValueError, "bad regular expression %s", ReprOrErr(v))
	}
	return re, nil
}
