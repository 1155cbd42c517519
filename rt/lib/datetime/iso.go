package datetime

import (
	"time"
	"unicode/utf8"

	"github.com/py2goasync/py2goasync/rt"
)

// date.fromisoformat and datetime.fromisoformat as _datetimemodule.c of
// 3.11 parses them (not the looser pure-Python datetime.py): the same
// separator guessing, the same C-string reads (a NUL past the end), so the
// same odd inputs are accepted or refused. Anything refused is
// "Invalid isoformat string: %R"; out-of-range fields get the
// constructor's messages. Z or an offset gives a datetime.timezone.

// isoStr reads the UTF-8 bytes of the string as C does, 0 past the end.
type isoStr string

func (s isoStr) at(i int) byte {
	if i < 0 || i >= len(s) {
		return 0
	}
	return s[i]
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digits is parse_digits: exactly n ASCII digits at i.
func (s isoStr) digits(i, n int) (int, int, bool) {
	v := 0
	for k := 0; k < n; k++ {
		c := s.at(i + k)
		if !isDigit(c) {
			return 0, 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, i + n, true
}

// date parses s[0:] as parse_isoformat_date with the given length.
func (s isoStr) date(length int) (y, m, d int, ok bool) {
	y, p, ok := s.digits(0, 4)
	if !ok {
		return
	}
	sep := s.at(p) == '-'
	if sep {
		p++
	}
	if s.at(p) == 'W' {
		var week, day int
		if week, p, ok = s.digits(p+1, 2); !ok {
			return
		}
		day = 1
		if p < length {
			if sep {
				if s.at(p) != '-' {
					return 0, 0, 0, false
				}
				p++
			}
			if day, _, ok = s.digits(p, 1); !ok {
				return
			}
		}
		return isoToYMD(y, week, day)
	}
	if m, p, ok = s.digits(p, 2); !ok {
		return
	}
	if sep {
		if s.at(p) != '-' {
			return 0, 0, 0, false
		}
		p++
	}
	d, _, ok = s.digits(p, 2)
	return y, m, d, ok
}

// isoToYMD is iso_to_ymd: week 53 only in years that have one.
func isoToYMD(year, week, day int) (int, int, int, bool) {
	jan1 := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	if week <= 0 || week >= 53 {
		wd := int(jan1.Weekday()) // ymd_to_ord(y, 1, 1) % 7: Sunday 0
		leap := year%4 == 0 && (year%100 != 0 || year%400 == 0)
		if !(week == 53 && (wd == 4 || (wd == 3 && leap))) {
			return 0, 0, 0, false
		}
	}
	if day <= 0 || day >= 8 {
		return 0, 0, 0, false
	}
	mondayBased := (int(jan1.Weekday()) + 6) % 7
	week1 := jan1.AddDate(0, 0, -mondayBased)
	if mondayBased > 3 {
		week1 = week1.AddDate(0, 0, 7)
	}
	g := week1.AddDate(0, 0, (week-1)*7+day-1)
	return g.Year(), int(g.Month()), g.Day(), true
}

// separator is _find_isoformat_datetime_separator (len > 7).
func (s isoStr) separator() int {
	n := len(s)
	if n == 7 {
		return 7
	}
	if s[4] == '-' {
		if s[5] != 'W' {
			return 10
		}
		if n > 8 && s[8] == '-' {
			if n == 9 {
				return -1
			}
			if n > 10 && isDigit(s[10]) {
				return 8
			}
			return 10
		}
		return 8
	}
	if s[4] != 'W' {
		return 8
	}
	idx := 7
	for idx < n && isDigit(s[idx]) {
		idx++
	}
	if idx < 9 {
		return idx
	}
	if idx%2 == 0 {
		return 7
	}
	return 8
}

// hms is parse_hh_mm_ss_ff over s[start:end]: rc < 0 error, 1 when the
// time stops before the end of the string.
func (s isoStr) hms(start, end int) (v [4]int, rc int) {
	p := start
	hasSep := true
	for i := 0; i < 3; i++ {
		var ok bool
		if v[i], p, ok = s.digits(p, 2); !ok {
			return v, -3
		}
		c := s.at(p)
		p++
		if i == 0 {
			hasSep = c == ':'
		}
		if p >= end {
			if c != 0 {
				return v, 1
			}
			return v, 0
		} else if hasSep && c == ':' {
			continue
		} else if c == '.' || c == ',' {
			break
		} else if !hasSep {
			p--
		} else {
			return v, -4
		}
	}
	toParse := end - p
	if toParse >= 6 {
		toParse = 6
	}
	us, p, ok := s.digits(p, toParse)
	if !ok {
		return v, -3
	}
	for k := toParse; k < 6; k++ {
		us *= 10
	}
	v[3] = us
	for isDigit(s.at(p)) {
		p++
	}
	if s.at(p) != 0 {
		return v, 1
	}
	return v, 0
}

// time is parse_isoformat_time from start: rc 0 naive, 1 with an offset
// (off, in microseconds).
func (s isoStr) time(start int) (v [4]int, off int64, rc int) {
	end := len(s)
	tz := start
	for {
		if c := s.at(tz); c == 'Z' || c == '+' || c == '-' {
			break
		}
		tz++
		if tz >= end {
			break
		}
	}
	v, rc = s.hms(start, tz)
	if rc < 0 {
		return v, 0, rc
	}
	if tz == end {
		if rc == 1 {
			return v, 0, -5
		}
		return v, 0, 0
	}
	if s.at(tz) == 'Z' {
		if s.at(tz+1) != 0 {
			return v, 0, -5
		}
		return v, 0, 1
	}
	sign := int64(1)
	if s.at(tz) == '-' {
		sign = -1
	}
	o, r := s.hms(tz+1, end)
	if r != 0 {
		return v, 0, -5
	}
	return v, sign * (int64(o[0]*3600+o[1]*60+o[2])*1e6 + int64(o[3])), 1
}

func isoArg(args []rt.Value, kw []string) (string, *rt.Exc) {
	if e := rt.ArgCount("fromisoformat", args, kw, 1, 1); e != nil {
		return "", e
	}
	s, ok := rt.AsStr(args[0])
	if !ok {
		return "", rt.TypeErrorf("fromisoformat: argument must be str")
	}
	return s, nil
}

func invalidISO(v rt.Value) *rt.Exc {
	return rt.ValueErrorf("Invalid isoformat string: %s", rt.ReprOrErr(v))
}

// newDT builds cls(y, m, d, ...) through the constructor's range checks.
func newDT(cls *rt.Type, n ...int) (rt.Value, *rt.Exc) {
	args := make([]rt.Value, len(n))
	for i, x := range n {
		args[i] = rt.Int(int64(x))
	}
	return rt.Call(rt.Obj(cls), args, nil)
}

func initDatetimeISO() {
	DateType.ClassMethod("fromisoformat", dateFromisoformat)
	DatetimeType.ClassMethod("fromisoformat", datetimeFromisoformat)
}

// dateFromisoformat is date.fromisoformat.
func dateFromisoformat(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	str, e := isoArg(args, kw)
	if e != nil {
		return rt.Null, e
	}
	s := isoStr(str)
	if n := len(s); n != 7 && n != 8 && n != 10 {
		return rt.Null, invalidISO(args[0])
	}
	y, m, d, ok := s.date(len(s))
	if !ok {
		return rt.Null, invalidISO(args[0])
	}
	return newDT(self.O.(*rt.Type), y, m, d)
}

// datetimeFromisoformat is datetime.fromisoformat.
func datetimeFromisoformat(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	str, e := isoArg(args, kw)
	if e != nil {
		return rt.Null, e
	}
	s := isoStr(str)
	if utf8.RuneCountInString(str) < 7 {
		return rt.Null, invalidISO(args[0])
	}
	sepAt := s.separator()
	if sepAt < 0 {
		return rt.Null, invalidISO(args[0])
	}
	y, m, d, ok := s.date(sepAt)
	if !ok {
		return rt.Null, invalidISO(args[0])
	}
	var t [4]int
	var off int64
	rc := 0
	if len(s) > sepAt {
		t, off, rc = s.time(sepAt + 1)
	}
	if rc < 0 {
		return rt.Null, invalidISO(args[0])
	}
	r, e := newDT(self.O.(*rt.Type), y, m, d, t[0], t[1], t[2], t[3])
	if e != nil || rc != 1 {
		return r, e
	}
	z, e := newTimezone(off, rt.Null)
	if e != nil {
		return rt.Null, e
	}
	r.O.(*dateTime).tz = z
	return r, nil
}
