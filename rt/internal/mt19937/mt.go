// Package mt19937 is the Mersenne Twister exactly as CPython's
// _randommodule.c has it, so that seeded sequences match python3 bit for
// bit: the generator of the random module and of os.urandom in the
// deterministic mode.
package mt19937

import (
	"math/big"
	"math/bits"
)

const (
	N           = 624
	mtM         = 397
	mtMatrixA   = 0x9908b0df
	mtUpperMask = 0x80000000
	mtLowerMask = 0x7fffffff
)

// MT is one generator's state.
type MT struct {
	State [N]uint32
	Index int
}

func (m *MT) initGenrand(s uint32) {
	mt := &m.State
	mt[0] = s
	for i := 1; i < N; i++ {
		mt[i] = 1812433253*(mt[i-1]^(mt[i-1]>>30)) + uint32(i)
	}
	m.Index = N
}

func (m *MT) InitByArray(key []uint32) {
	m.initGenrand(19650218)
	mt := &m.State
	i, j := 1, 0
	keyLen := len(key)
	k := N
	if keyLen > k {
		k = keyLen
	}
	for ; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= N {
			mt[0] = mt[N-1]
			i = 1
		}
		if j >= keyLen {
			j = 0
		}
	}
	for k = N - 1; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= N {
			mt[0] = mt[N-1]
			i = 1
		}
	}
	mt[0] = 0x80000000
}

func (m *MT) genrand() uint32 {
	mt := &m.State
	if m.Index >= N {
		var kk int
		mag01 := [2]uint32{0, mtMatrixA}
		for kk = 0; kk < N-mtM; kk++ {
			y := (mt[kk] & mtUpperMask) | (mt[kk+1] & mtLowerMask)
			mt[kk] = mt[kk+mtM] ^ (y >> 1) ^ mag01[y&1]
		}
		for ; kk < N-1; kk++ {
			y := (mt[kk] & mtUpperMask) | (mt[kk+1] & mtLowerMask)
			mt[kk] = mt[kk+(mtM-N)] ^ (y >> 1) ^ mag01[y&1]
		}
		y := (mt[N-1] & mtUpperMask) | (mt[0] & mtLowerMask)
		mt[N-1] = mt[mtM-1] ^ (y >> 1) ^ mag01[y&1]
		m.Index = 0
	}
	y := mt[m.Index]
	m.Index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// SeedInt is random_seed for an int argument: the absolute value's 32-bit
// words, least significant first.
func (m *MT) SeedInt(n *big.Int) {
	a := new(big.Int).Abs(n)
	var key []uint32
	for _, w := range a.Bits() {
		if bits.UintSize == 64 {
			key = append(key, uint32(w), uint32(uint64(w)>>32))
		} else {
			key = append(key, uint32(w))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	m.InitByArray(key)
}

// Random is Random.Random(): 53 Random bits.
func (m *MT) Random() float64 {
	a := m.genrand() >> 5
	b := m.genrand() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// Getrandbits returns k random bits (k >= 0) as CPython builds them:
// 32-bit words, least significant first, the last one truncated.
func (m *MT) Getrandbits(k int) *big.Int {
	if k <= 32 {
		if k == 0 {
			return new(big.Int)
		}
		return new(big.Int).SetUint64(uint64(m.genrand() >> (32 - k)))
	}
	words := (k-1)/32 + 1
	buf := make([]byte, words*4)
	for i := 0; i < words; i++ {
		r := m.genrand()
		if k < 32 {
			r >>= 32 - k
		}
		// little-endian word i
		buf[i*4] = byte(r)
		buf[i*4+1] = byte(r >> 8)
		buf[i*4+2] = byte(r >> 16)
		buf[i*4+3] = byte(r >> 24)
		k -= 32
	}
	// big.Int.SetBytes is big-endian.
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return new(big.Int).SetBytes(buf)
}

// Randbelow is _randbelow_with_getrandbits(n), n > 0.
func (m *MT) Randbelow(n *big.Int) *big.Int {
	k := n.BitLen()
	r := m.Getrandbits(k)
	for r.Cmp(n) >= 0 {
		r = m.Getrandbits(k)
	}
	return r
}

// RandbelowInt is randbelow for small n.
func (m *MT) RandbelowInt(n int64) int64 {
	if n <= 0 {
		return 0
	}
	k := bits.Len64(uint64(n))
	for {
		var r int64
		if k <= 32 {
			r = int64(m.genrand() >> (32 - k))
		} else {
			r = m.Getrandbits(k).Int64()
		}
		if r < n {
			return r
		}
	}
}

// Randbytes is random.Randbytes(n): getrandbits(n*8) little-endian.
func (m *MT) Randbytes(n int) []byte {
	if n == 0 {
		return []byte{}
	}
	v := m.Getrandbits(n * 8)
	b := v.Bytes() // big-endian, minimal
	out := make([]byte, n)
	for i := 0; i < len(b); i++ {
		out[i] = b[len(b)-1-i]
	}
	return out
}
