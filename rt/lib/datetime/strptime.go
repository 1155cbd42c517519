package datetime

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/py2goasync/py2goasync/rt"
)

// datetime.strptime as _strptime.py in the C locale: the format becomes a
// case-insensitive regexp of TimeRE's directive patterns, matched at the
// start of the string (leftmost-first = Python's backtracking choice),
// with its error messages. %U/%W/%G/%V/%u/%w/%a/%A are matched but, as in
// _strptime without a complete week spec, do not change the date; %Z
// accepts only utc/gmt.

var strptimeRE = map[byte]string{
	'd': `(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])`,
	'f': `(?P<f>[0-9]{1,6})`,
	'H': `(?P<H>2[0-3]|[0-1]\d|\d)`,
	'I': `(?P<I>1[0-2]|0[1-9]|[1-9])`,
	'G': `(?P<G>\d\d\d\d)`,
	'j': `(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])`,
	'm': `(?P<m>1[0-2]|0[1-9]|[1-9])`,
	'M': `(?P<M>[0-5]\d|\d)`,
	'S': `(?P<S>6[0-1]|[0-5]\d|\d)`,
	'U': `(?P<U>5[0-3]|[0-4]\d|\d)`,
	'w': `(?P<w>[0-6])`,
	'u': `(?P<u>[1-7])`,
	'V': `(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)`,
	'W': `(?P<W>5[0-3]|[0-4]\d|\d)`,
	'y': `(?P<y>\d\d)`,
	'Y': `(?P<Y>\d\d\d\d)`,
	'z': `(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z)`,
	'A': `(?P<A>wednesday|thursday|saturday|tuesday|monday|friday|sunday)`,
	'a': `(?P<a>mon|tue|wed|thu|fri|sat|sun)`,
	'B': `(?P<B>september|february|november|december|january|october|august|april|march|june|july|may)`,
	'b': `(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`,
	'p': `(?P<p>am|pm)`,
	'Z': `(?P<Z>utc|gmt)`,
	'%': `%`,
}

var (
	strptimeComposite = map[byte]string{'c': "%a %b %d %H:%M:%S %Y", 'x': "%m/%d/%y", 'X': "%H:%M:%S"}
	strptimeEscape    = regexp.MustCompile(`([\\.^$*+?(){}\[\]|])`)
	strptimeSpace     = regexp.MustCompile(`\s+`)
	strptimeCache     = map[string]*regexp.Regexp{}
	spMonthAbbr       = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
	spMonthFull       = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
)

// strptimePattern is TimeRE.pattern; the bad directive on failure.
func strptimePattern(format string) (string, string, bool) {
	f := strptimeEscape.ReplaceAllString(format, `\$1`)
	f = strptimeSpace.ReplaceAllString(f, `\s+`)
	var out strings.Builder
	for {
		i := strings.IndexByte(f, '%')
		if i < 0 {
			break
		}
		out.WriteString(f[:i])
		if i+1 >= len(f) {
			return "", "", false
		}
		c := f[i+1]
		if comp, ok := strptimeComposite[c]; ok {
			p, bad, ok := strptimePattern(comp)
			if !ok || bad != "" {
				return "", bad, ok
			}
			out.WriteString(p)
		} else if p, ok := strptimeRE[c]; ok {
			out.WriteString(p)
		} else {
			bad := string(f[i+1])
			if bad == `\` {
				bad = "%"
			}
			return "", bad, true
		}
		f = f[i+2:]
	}
	out.WriteString(f)
	return out.String(), "", true
}

func strptime(cls *rt.Type, data, format string) (rt.Value, *rt.Exc) {
	re, ok := strptimeCache[format]
	if !ok {
		pat, bad, good := strptimePattern(format)
		if !good {
			return rt.Null, rt.ValueErrorf("stray %% in format '%s'", format)
		}
		if bad != "" {
			return rt.Null, rt.ValueErrorf("'%s' is a bad directive in format '%s'", bad, format)
		}
		var err error
		if re, err = regexp.Compile("(?i)^(?:" + pat + ")"); err != nil {
			return rt.Null, rt.Errorf(rt.ExcNotImplementedError, "strptime: format %s not supported by this runtime", rt.ReprOrErr(rt.Str(format)))
		}
		strptimeCache[format] = re
	}
	m := re.FindStringSubmatchIndex(data)
	if m == nil {
		return rt.Null, rt.ValueErrorf("time data %s does not match format %s", rt.ReprOrErr(rt.Str(data)), rt.ReprOrErr(rt.Str(format)))
	}
	if m[1] != len(data) {
		return rt.Null, rt.ValueErrorf("unconverted data remains: %s", data[m[1]:])
	}
	g := map[string]string{}
	for i, name := range re.SubexpNames() {
		if name != "" && m[2*i] >= 0 {
			g[name] = data[m[2*i]:m[2*i+1]]
		}
	}
	num := func(k string) int { n, _ := strconv.Atoi(strings.TrimSpace(g[k])); return n }
	year, month, day, hour, minute, second, frac := -1, 1, 1, 0, 0, 0, 0
	julian := -1
	if _, ok := g["y"]; ok {
		year = num("y")
		if year <= 68 {
			year += 2000
		} else {
			year += 1900
		}
	}
	if _, ok := g["Y"]; ok {
		year = num("Y")
	}
	if _, ok := g["m"]; ok {
		month = num("m")
	}
	if s, ok := g["B"]; ok {
		month = strIndex(spMonthFull, strings.ToLower(s)) + 1
	}
	if s, ok := g["b"]; ok {
		month = strIndex(spMonthAbbr, strings.ToLower(s)) + 1
	}
	if _, ok := g["d"]; ok {
		day = num("d")
	}
	if _, ok := g["H"]; ok {
		hour = num("H")
	}
	if _, ok := g["I"]; ok {
		hour = num("I")
		switch strings.ToLower(g["p"]) {
		case "am":
			if hour == 12 {
				hour = 0
			}
		case "pm":
			if hour != 12 {
				hour += 12
			}
		}
	}
	if _, ok := g["M"]; ok {
		minute = num("M")
	}
	if _, ok := g["S"]; ok {
		second = num("S")
	}
	if s, ok := g["f"]; ok {
		frac, _ = strconv.Atoi(s + strings.Repeat("0", 6-len(s)))
	}
	if _, ok := g["j"]; ok {
		julian = num("j")
	}
	if year < 0 {
		// _strptime computes with 1904 for Feb 29 but hands back 1900, so
		// the constructor refuses it, as python3.11 does
		year = 1900
	}
	if julian > 0 {
		first := (&dateTime{year: year, month: 1, day: 1}).toordinal()
		d, e := rt.Call(must0(rt.GetAttr(rt.Obj(DateType), "fromordinal")), []rt.Value{rt.Int(first + int64(julian) - 1)}, nil)
		if e != nil {
			return rt.Null, e
		}
		dd := d.O.(*dateTime)
		year, month, day = dd.year, dd.month, dd.day
	}
	r, e := newDT(cls, year, month, day, hour, minute, second, frac)
	if e != nil {
		return rt.Null, e
	}
	if z, ok := g["z"]; ok {
		var off int64
		if z != "Z" && z != "z" {
			s := strings.ReplaceAll(z[1:], ":", "")
			hh, _ := strconv.Atoi(s[0:2])
			mm, _ := strconv.Atoi(s[2:4])
			ss, us := 0, 0
			if len(s) >= 6 {
				ss, _ = strconv.Atoi(s[4:6])
			}
			if len(s) > 7 {
				f := s[7:]
				us, _ = strconv.Atoi(f + strings.Repeat("0", 6-len(f)))
			}
			off = int64(hh*3600+mm*60+ss)*1e6 + int64(us)
			if z[0] == '-' {
				off = -off
			}
		}
		tz, e := newTimezone(off, rt.Null)
		if e != nil {
			return rt.Null, e
		}
		r.O.(*dateTime).tz = tz
	}
	return r, nil
}

func strIndex(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

func must0(v rt.Value, e *rt.Exc) rt.Value {
	if e != nil {
		panic(rt.FormatExcOnly(e))
	}
	return v
}

func initStrptime() {
	DatetimeType.ClassMethod("strptime", datetimeStrptime)
}

// datetimeStrptime is datetime.strptime.
func datetimeStrptime(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("strptime", args, kw, 2, 2); e != nil {
		return rt.Null, e
	}
	var strs [2]string
	for i, a := range args {
		s, ok := rt.AsStr(a)
		if !ok {
			return rt.Null, rt.TypeErrorf("strptime() argument %d must be str, not %s", i+1, a.TypeName())
		}
		strs[i] = s
	}
	return strptime(self.O.(*rt.Type), strs[0], strs[1])
}
