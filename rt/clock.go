package rt

import (
	"math"
	"math/big"
	"os"
	"time"
)

// The process clock. In deterministic mode (docs/deterministic.md) it is a
// virtual count of nanoseconds M that only time.sleep and the event loop's
// jump move; otherwise it is the real monotonic clock.

const (
	monoStartNS int64 = 1000 * 1_000_000_000
	wallStartNS int64 = 1704067200 * 1_000_000_000
)

// deterministic is set from PY2GOASYNC_DETERMINISTIC=1 by Main (and by
// tests).
var deterministic = os.Getenv("PY2GOASYNC_DETERMINISTIC") == "1"

var (
	virtualNS int64 = monoStartNS // M, guarded by the GIL / the turn
	realStart       = time.Now()
)

// MonoNS is time.monotonic_ns().
func MonoNS() int64 {
	if deterministic {
		return virtualNS
	}
	// Any origin will do; keep it far from 0 as CPython's (boot time).
	return monoStartNS + int64(time.Since(realStart))
}

// ClockMonotonic is time.monotonic() and loop.time().
func ClockMonotonic() float64 {
	return float64(MonoNS()) / 1e9
}

// WallNS is time.time_ns().
func WallNS() int64 {
	if deterministic {
		return wallStartNS + (virtualNS - monoStartNS)
	}
	return time.Now().UnixNano()
}

// WallSeconds is time.time(): the correctly rounded quotient ns / 1e9.
func WallSeconds() float64 {
	ns := WallNS()
	if ns > -(1<<53) && ns < 1<<53 {
		return float64(ns) / 1e9
	}
	f, _ := new(big.Rat).SetFrac(big.NewInt(ns), big.NewInt(1_000_000_000)).Float64()
	return f
}

// advanceTo sets M = max(M, t).
func advanceTo(t int64) {
	if t > virtualNS {
		virtualNS = t
	}
}

// CeilNS is ceil_ns(x): the smallest n with n >= x*1e9 on the exact
// binary value of x.
func CeilNS(x float64) int64 {
	if math.IsInf(x, 1) || x > 9e18/1e9 {
		return math.MaxInt64 / 2
	}
	if math.IsInf(x, -1) || x < -9e18/1e9 {
		return math.MinInt64 / 2
	}
	r := new(big.Rat).SetFloat64(x)
	r.Mul(r, big.NewRat(1_000_000_000, 1))
	q, m := new(big.Int).QuoRem(r.Num(), r.Denom(), new(big.Int))
	// QuoRem truncates toward zero; round up for a positive remainder.
	if m.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	return q.Int64()
}

// SetDeterministicForTest switches the deterministic mode and restarts
// its virtual clock (tests that drive the runtime without Main).
func SetDeterministicForTest(on bool) {
	deterministic = on
	virtualNS = monoStartNS
}
