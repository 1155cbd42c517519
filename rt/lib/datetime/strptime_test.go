package datetime

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

// datetime.strptime against python3: directives, composites, %p, %j, %z,
// and the error messages.
func TestStrptimeMatchesCPython(t *testing.T) {
	sp := rttest.Must(rt.GetAttr(rttest.StdAttr("datetime", "datetime"), "strptime"))
	var cases []rttest.PyCase
	for _, c := range [][2]string{{"2024-03-05 07:08:09", "%Y-%m-%d %H:%M:%S"}, {"05/03/24", "%d/%m/%y"}, {"March 5, 2024 7:08 PM", "%B %d, %Y %I:%M %p"},
		{"Tue Mar  5 07:08:09 2024", "%c"}, {"2024-03-05T07:08:09.5+0530", "%Y-%m-%dT%H:%M:%S.%f%z"}, {"2024 065", "%Y %j"},
		{"12:30", "%H:%M"}, {"2024-03-05", "%Y-%m-%d %H"}, {"2024-03-05x", "%Y-%m-%d"}, {"02-29", "%m-%d"}, {"2024-02-30", "%Y-%m-%d"},
		{"5 mar 2024", "%d %b %Y"}, {"2024-03-05", "%Y-%q"}, {"2024", "%Y%"}, {"12 AM", "%I %p"}, {"2024-03-05Z", "%Y-%m-%d%z"},
		{"1 2 3", "%d  %m\t%y"}, {"2024.03.05", "%Y.%m.%d"}, {"x", "x"}, {"10:20:30 UTC", "%H:%M:%S %Z"}, {"69-1-2", "%y-%m-%d"},
		{"2024-03-05 -01:02:03.5", "%Y-%m-%d %z"}} {
		c := c
		cases = append(cases, rttest.PyCase{Py: "import datetime\ndatetime.datetime.strptime(" + rttest.ReprS(rttest.S(c[0])) + ", " + rttest.ReprS(rttest.S(c[1])) + ")",
			Fn: func() (rt.Value, *rt.Exc) { return rt.Call(sp, []rt.Value{rttest.S(c[0]), rttest.S(c[1])}, nil) }})
	}
	cases = append(cases, rttest.PyCase{Py: "import datetime\ndatetime.datetime.strptime(1, '%Y')", Fn: func() (rt.Value, *rt.Exc) { return rt.Call(sp, []rt.Value{rttest.I(1), rttest.S("%Y")}, nil) }})
	rttest.CheckCases(t, cases)
}
