package rt

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Broken-down times and strftime as glibc formats them in the C locale
// (what CPython's time.strftime calls).

// tmTime is a struct_time's fields.
type tmTime struct {
	year, mon, mday, hour, min, sec, wday, yday, isdst int
	zone                                               string
	gmtoff                                             int
}

var weekdayAbbr = []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
var weekdayFull = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var monthAbbr = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var monthFull = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// localZone is the zone of time.localtime: UTC in deterministic mode
// (TZ=UTC), the process's otherwise.
func localZone() *time.Location {
	if isDeterministic() {
		return time.UTC
	}
	return time.Local
}

// brokenDown converts seconds since the epoch (floored, as CPython's
// localtime does for floats) to a tmTime in loc.
func brokenDown(secs float64, loc *time.Location) tmTime {
	t := time.Unix(int64(math.Floor(secs)), 0).In(loc)
	name, off := t.Zone()
	wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
	dst := 0
	if t.IsDST() {
		dst = 1
	}
	return tmTime{year: t.Year(), mon: int(t.Month()), mday: t.Day(), hour: t.Hour(), min: t.Minute(),
		sec: t.Second(), wday: wd, yday: t.YearDay(), isdst: dst, zone: name, gmtoff: off}
}

func pad(n, w int, c byte) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = string(c) + s
	}
	return s
}

// strftime formats t as glibc's strftime in the C locale.
func strftime(format string, t tmTime) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'a':
			b.WriteString(weekdayAbbr[t.wday])
		case 'A':
			b.WriteString(weekdayFull[t.wday])
		case 'b', 'h':
			b.WriteString(monthAbbr[t.mon-1])
		case 'B':
			b.WriteString(monthFull[t.mon-1])
		case 'c':
			b.WriteString(strftime("%a %b %e %H:%M:%S %Y", t))
		case 'C':
			b.WriteString(pad(t.year/100, 2, '0'))
		case 'd':
			b.WriteString(pad(t.mday, 2, '0'))
		case 'D':
			b.WriteString(strftime("%m/%d/%y", t))
		case 'e':
			b.WriteString(pad(t.mday, 2, ' '))
		case 'F':
			b.WriteString(strftime("%Y-%m-%d", t))
		case 'H':
			b.WriteString(pad(t.hour, 2, '0'))
		case 'I':
			h := t.hour % 12
			if h == 0 {
				h = 12
			}
			b.WriteString(pad(h, 2, '0'))
		case 'j':
			b.WriteString(pad(t.yday, 3, '0'))
		case 'k':
			b.WriteString(pad(t.hour, 2, ' '))
		case 'm':
			b.WriteString(pad(t.mon, 2, '0'))
		case 'M':
			b.WriteString(pad(t.min, 2, '0'))
		case 'n':
			b.WriteByte('\n')
		case 'p':
			if t.hour < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'r':
			b.WriteString(strftime("%I:%M:%S %p", t))
		case 'R':
			b.WriteString(strftime("%H:%M", t))
		case 's':
			tt := time.Date(t.year, time.Month(t.mon), t.mday, t.hour, t.min, t.sec, 0, time.UTC)
			b.WriteString(strconv.FormatInt(tt.Unix()-int64(t.gmtoff), 10))
		case 'S':
			b.WriteString(pad(t.sec, 2, '0'))
		case 't':
			b.WriteByte('\t')
		case 'T', 'X':
			b.WriteString(strftime("%H:%M:%S", t))
		case 'u':
			b.WriteString(strconv.Itoa(t.wday + 1))
		case 'w':
			b.WriteString(strconv.Itoa((t.wday + 1) % 7))
		case 'x':
			b.WriteString(strftime("%m/%d/%y", t))
		case 'y':
			b.WriteString(pad(t.year%100, 2, '0'))
		case 'Y':
			b.WriteString(strconv.Itoa(t.year))
		case 'G':
			y, _ := time.Date(t.year, time.Month(t.mon), t.mday, 0, 0, 0, 0, time.UTC).ISOWeek()
			b.WriteString(strconv.Itoa(y))
		case 'V':
			_, w := time.Date(t.year, time.Month(t.mon), t.mday, 0, 0, 0, 0, time.UTC).ISOWeek()
			b.WriteString(pad(w, 2, '0'))
		case 'U':
			sunday := (t.wday + 1) % 7
			b.WriteString(pad((t.yday-1+7-sunday)/7, 2, '0'))
		case 'W':
			b.WriteString(pad((t.yday-1+7-t.wday)/7, 2, '0'))
		case 'z':
			off := t.gmtoff
			sign := byte('+')
			if off < 0 {
				sign = '-'
				off = -off
			}
			b.WriteByte(sign)
			b.WriteString(pad(off/3600, 2, '0') + pad(off%3600/60, 2, '0'))
		case 'Z':
			b.WriteString(t.zone)
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

// asctime is time.asctime's "%a %b %d %H:%M:%S %Y" with a space-padded
// day, as CPython formats it.
func asctime(t tmTime) string {
	return weekdayAbbr[t.wday] + " " + monthAbbr[t.mon-1] + " " + pad(t.mday, 2, ' ') + " " +
		pad(t.hour, 2, '0') + ":" + pad(t.min, 2, '0') + ":" + pad(t.sec, 2, '0') + " " + strconv.Itoa(t.year)
}
