package time

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/py2goasync/py2goasync/rt"
)

// Broken-down times and strftime as glibc formats them in the C locale
// (what CPython's time.strftime calls).

// TmTime is a struct_time's fields.
type TmTime struct {
	Year, Mon, Mday, Hour, Min, Sec, Wday, Yday, Isdst int
	Zone                                               string
	gmtoff                                             int
}

var weekdayAbbr = []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
var weekdayFull = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var monthAbbr = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var monthFull = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// LocalZone is the zone of time.localtime: UTC in deterministic mode
// (TZ=UTC), the process's otherwise.
func LocalZone() *time.Location {
	if rt.Deterministic() {
		return time.UTC
	}
	return time.Local
}

// BrokenDown converts seconds since the epoch (floored, as CPython's
// localtime does for floats) to a tmTime in loc.
func BrokenDown(secs float64, loc *time.Location) TmTime {
	t := time.Unix(int64(math.Floor(secs)), 0).In(loc)
	name, off := t.Zone()
	wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
	dst := 0
	if t.IsDST() {
		dst = 1
	}
	return TmTime{Year: t.Year(), Mon: int(t.Month()), Mday: t.Day(), Hour: t.Hour(), Min: t.Minute(),
		Sec: t.Second(), Wday: wd, Yday: t.YearDay(), Isdst: dst, Zone: name, gmtoff: off}
}

func Pad(n, w int, c byte) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = string(c) + s
	}
	return s
}

// Strftime formats t as glibc's strftime in the C locale.
func Strftime(format string, t TmTime) string {
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
			b.WriteString(weekdayAbbr[t.Wday])
		case 'A':
			b.WriteString(weekdayFull[t.Wday])
		case 'b', 'h':
			b.WriteString(monthAbbr[t.Mon-1])
		case 'B':
			b.WriteString(monthFull[t.Mon-1])
		case 'c':
			b.WriteString(Strftime("%a %b %e %H:%M:%S %Y", t))
		case 'C':
			b.WriteString(Pad(t.Year/100, 2, '0'))
		case 'd':
			b.WriteString(Pad(t.Mday, 2, '0'))
		case 'D':
			b.WriteString(Strftime("%m/%d/%y", t))
		case 'e':
			b.WriteString(Pad(t.Mday, 2, ' '))
		case 'F':
			b.WriteString(Strftime("%Y-%m-%d", t))
		case 'H':
			b.WriteString(Pad(t.Hour, 2, '0'))
		case 'I':
			h := t.Hour % 12
			if h == 0 {
				h = 12
			}
			b.WriteString(Pad(h, 2, '0'))
		case 'j':
			b.WriteString(Pad(t.Yday, 3, '0'))
		case 'k':
			b.WriteString(Pad(t.Hour, 2, ' '))
		case 'm':
			b.WriteString(Pad(t.Mon, 2, '0'))
		case 'M':
			b.WriteString(Pad(t.Min, 2, '0'))
		case 'n':
			b.WriteByte('\n')
		case 'p':
			if t.Hour < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'r':
			b.WriteString(Strftime("%I:%M:%S %p", t))
		case 'R':
			b.WriteString(Strftime("%H:%M", t))
		case 's':
			tt := time.Date(t.Year, time.Month(t.Mon), t.Mday, t.Hour, t.Min, t.Sec, 0, time.UTC)
			b.WriteString(strconv.FormatInt(tt.Unix()-int64(t.gmtoff), 10))
		case 'S':
			b.WriteString(Pad(t.Sec, 2, '0'))
		case 't':
			b.WriteByte('\t')
		case 'T', 'X':
			b.WriteString(Strftime("%H:%M:%S", t))
		case 'u':
			b.WriteString(strconv.Itoa(t.Wday + 1))
		case 'w':
			b.WriteString(strconv.Itoa((t.Wday + 1) % 7))
		case 'x':
			b.WriteString(Strftime("%m/%d/%y", t))
		case 'y':
			b.WriteString(Pad(t.Year%100, 2, '0'))
		case 'Y':
			b.WriteString(strconv.Itoa(t.Year))
		case 'G':
			y, _ := time.Date(t.Year, time.Month(t.Mon), t.Mday, 0, 0, 0, 0, time.UTC).ISOWeek()
			b.WriteString(strconv.Itoa(y))
		case 'V':
			_, w := time.Date(t.Year, time.Month(t.Mon), t.Mday, 0, 0, 0, 0, time.UTC).ISOWeek()
			b.WriteString(Pad(w, 2, '0'))
		case 'U':
			sunday := (t.Wday + 1) % 7
			b.WriteString(Pad((t.Yday-1+7-sunday)/7, 2, '0'))
		case 'W':
			b.WriteString(Pad((t.Yday-1+7-t.Wday)/7, 2, '0'))
		case 'z':
			off := t.gmtoff
			sign := byte('+')
			if off < 0 {
				sign = '-'
				off = -off
			}
			b.WriteByte(sign)
			b.WriteString(Pad(off/3600, 2, '0') + Pad(off%3600/60, 2, '0'))
		case 'Z':
			b.WriteString(t.Zone)
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
func asctime(t TmTime) string {
	return weekdayAbbr[t.Wday] + " " + monthAbbr[t.Mon-1] + " " + Pad(t.Mday, 2, ' ') + " " +
		Pad(t.Hour, 2, '0') + ":" + Pad(t.Min, 2, '0') + ":" + Pad(t.Sec, 2, '0') + " " + strconv.Itoa(t.Year)
}
