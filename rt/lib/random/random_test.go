package random

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/internal/mt19937"
	pytime "github.com/py2goasync/py2goasync/rt/lib/time"
)

// Expected values from python3 3.11.7:
//
//	r = random.Random(12345)
//	[r.random() for _ in range(3)]; r.getrandbits(100); r.randint(0, 10);
//	r.randrange(5, 100, 7); l = list(range(10)); r.shuffle(l);
//	r.sample(range(100), 5); r.uniform(1, 2); r.choice('abcdef')
func TestRandomMatchesCPython(t *testing.T) {
	r := &randomObj{}
	r.mt.SeedInt(big.NewInt(12345))
	var got []string
	for i := 0; i < 3; i++ {
		got = append(got, fmt.Sprint(r.mt.Random()))
	}
	got = append(got, r.mt.Getrandbits(100).String())
	v, e := r.randrange(rt.Int(0), rt.Int(11), rt.Null)
	if e != nil {
		t.Fatal(rt.FormatExcOnly(e))
	}
	got = append(got, fmt.Sprint(v.I))
	v, _ = r.randrange(rt.Int(5), rt.Int(100), rt.Int(7))
	got = append(got, fmt.Sprint(v.I))
	want := []string{"0.41661987254534116", "0.010169169457068361", "0.8252065092537432",
		"1138382856001521497337215822146", "3", "33"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
	l := make([]rt.Value, 10)
	for i := range l {
		l[i] = rt.Int(int64(i))
	}
	lv := rt.NewList(l...)
	if e := r.shuffle(lv); e != nil {
		t.Fatal(rt.FormatExcOnly(e))
	}
	if s := rt.ReprOrErr(lv); s != "[1, 5, 4, 8, 3, 0, 7, 2, 6, 9]" {
		t.Errorf("shuffle %s", s)
	}
	items := make([]rt.Value, 100)
	for i := range items {
		items[i] = rt.Int(int64(i))
	}
	sv, e := r.sample(rt.NewList(items...), 5)
	if e != nil {
		t.Fatal(rt.FormatExcOnly(e))
	}
	if s := rt.ReprOrErr(sv); s != "[78, 70, 23, 45, 94]" {
		t.Errorf("sample %s", s)
	}
	if f := 1 + r.mt.Random(); fmt.Sprint(f) != "1.9580647850995487" {
		t.Errorf("uniform %v", f)
	}
	c, _ := r.choice(rt.Str("abcdef"))
	if s, _ := rt.AsStr(c); s != "a" {
		t.Errorf("choice %q", s)
	}
}

// os.urandom's deterministic stream: random.Random(67890).randbytes(5),
// the first item asyncq.py prints.
func TestURandomStream(t *testing.T) {
	var m mt19937.MT
	m.SeedInt(big.NewInt(67890))
	if got := fmt.Sprintf("%x %x", m.Randbytes(5), m.Randbytes(5)); got != "af10d531c5 e3840c206a" {
		t.Errorf("got %s", got)
	}
}

func TestCeilNS(t *testing.T) {
	for _, c := range []struct {
		x    float64
		want int64
	}{{0.1, 100000001}, {1.4166198725453412, 1416619873}, {1000.2, 1000200000001}, {3600, 3600000000000}, {0, 0}} {
		if got := rt.CeilNS(c.x); got != c.want {
			t.Errorf("ceilNS(%v) = %d, want %d", c.x, got, c.want)
		}
	}
}

// time.strftime('%a %A ... %%', time.gmtime(1704067200+86400*40+3723))
func TestStrftime(t *testing.T) {
	tm := pytime.BrokenDown(1704067200+86400*40+3723, time.UTC)
	tm.Zone = "GMT"
	got := pytime.Strftime("%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %e %%", tm)
	want := "Sat Saturday Feb February Sat Feb 10 01:02:03 2024 10 01 01 041 02 02 AM 03 05 6 06 02/10/24 01:02:03 24 2024 GMT 10 %"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
