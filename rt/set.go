package rt

import "strings"

// Set is a set or frozenset, laid out as CPython's setobject.c (open
// addressing, LINEAR_PROBES=9 then perturbed probing, the same resize
// policy) so that iteration order matches CPython for the same hashes.
type Set struct {
	table  []setEntry
	fill   int // active + dummy
	used   int // active
	finger int
	frozen bool
	hashed bool
	h      int64
	id     uint64
	cls    *Type // a Python subclass of set or frozenset, or nil
	attrs  *Dict
}

type setEntry struct {
	key   Value // Null: unused or dummy
	hash  int64
	dummy bool
}

const (
	setMinSize   = 8
	linearProbes = 9
	perturbShift = 5
)

var (
	SetType       = NewType("set", ObjectType)
	FrozenSetType = NewType("frozenset", ObjectType)
)

// Type implements Object.
func (s *Set) Type() *Type {
	if s.cls != nil {
		return s.cls
	}
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

func (s *Set) objID() uint64 {
	if s.id == 0 {
		s.id = newID()
	}
	return s.id
}

func (s *Set) InstDict() *Dict {
	if s.attrs == nil {
		s.attrs = NewStrDict()
	}
	return s.attrs
}

func newSetObj() *Set { return &Set{table: make([]setEntry, setMinSize)} }

// NewSet is a set display {a, b, c}.
func NewSet(items ...Value) (Value, *Exc) {
	s := newSetObj()
	for _, it := range items {
		if e := s.Add(it); e != nil {
			return Null, e
		}
	}
	return Obj(s), nil
}

// NewSetConst is a set display whose items are all constants (more
// than two of them): CPython compiles it to a frozenset constant, built
// once from the items and rebuilt in table order when the compiler merges
// constants, then copied; the iteration order can differ from NewSet's.
func NewSetConst(items ...Value) (Value, *Exc) {
	first := newSetObj()
	for _, it := range items {
		if e := first.Add(it); e != nil {
			return Null, e
		}
	}
	second := newSetObj()
	for _, it := range first.Items() {
		if e := second.Add(it); e != nil {
			return Null, e
		}
	}
	s := newSetObj()
	return Obj(s), s.merge(second)
}

// NewSetFrom is set(iterable).
func NewSetFrom(iterable Value) (Value, *Exc) {
	s := newSetObj()
	if e := s.update(iterable); e != nil {
		return Null, e
	}
	return Obj(s), nil
}

// SetAdd is set.add for displays and comprehensions.
func SetAdd(set, v Value) *Exc { return set.O.(*Set).Add(v) }

// SetUpdate is {*a} for displays.
func SetUpdate(set, iterable Value) *Exc { return set.O.(*Set).update(iterable) }

// Len is len(s).
func (s *Set) Len() int { return s.used }

func (s *Set) mask() uint64 { return uint64(len(s.table) - 1) }

// lookup returns the index of key or -1.
func (s *Set) lookup(key Value, h int64) (int, *Exc) {
	mask := s.mask()
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := 0; j <= probes; j++ {
			e := &s.table[i+uint64(j)]
			if e.key.IsNull() && !e.dummy {
				return -1, nil
			}
			if !e.dummy && e.hash == h {
				eq, exc := keysEqual(e.key, key)
				if exc != nil {
					return -1, exc
				}
				if eq {
					return int(i) + j, nil
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// addEntry is set_add_entry: the first dummy met on the probe path is
// reused once the key is known to be absent (CPython 3.11 keeps this
// freeslot logic).
func (s *Set) addEntry(key Value, h int64) *Exc {
	mask := s.mask()
	i := uint64(h) & mask
	perturb := uint64(h)
	free := -1
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := 0; j <= probes; j++ {
			e := &s.table[i+uint64(j)]
			if e.key.IsNull() && !e.dummy {
				if free >= 0 {
					s.table[free] = setEntry{key: key, hash: h}
					s.used++
					return nil
				}
				e.key, e.hash = key, h
				s.fill++
				s.used++
				if uint64(s.fill)*5 < mask*3 {
					return nil
				}
				n := s.used * 4
				if s.used > 50000 {
					n = s.used * 2
				}
				s.resize(n)
				return nil
			}
			if e.dummy {
				if free < 0 {
					free = int(i) + j
				}
				continue
			}
			if e.hash == h {
				eq, exc := keysEqual(e.key, key)
				if exc != nil {
					return exc
				}
				if eq {
					return nil
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func insertClean(table []setEntry, key Value, h int64) {
	mask := uint64(len(table) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		if table[i].key.IsNull() {
			table[i] = setEntry{key: key, hash: h}
			return
		}
		if i+linearProbes <= mask {
			for j := uint64(1); j <= linearProbes; j++ {
				if table[i+j].key.IsNull() {
					table[i+j] = setEntry{key: key, hash: h}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize is set_table_resize.
func (s *Set) resize(minused int) {
	n := setMinSize
	for n <= minused {
		n <<= 1
	}
	old := s.table
	s.table = make([]setEntry, n)
	s.fill = s.used
	for _, e := range old {
		if !e.key.IsNull() {
			insertClean(s.table, e.key, e.hash)
		}
	}
}

// Add is set.add.
func (s *Set) Add(key Value) *Exc {
	h, e := Hash(key)
	if e != nil {
		return e
	}
	return s.addEntry(key, h)
}

// Contains is `key in s`.
func (s *Set) Contains(key Value) (bool, *Exc) {
	h, e := Hash(key)
	if e != nil {
		// A set argument is looked up as a frozenset.
		if so, ok := key.O.(*Set); ok && key.K == KObj && !so.frozen {
			return s.Contains(Obj(&Set{table: so.table, fill: so.fill, used: so.used, frozen: true}))
		}
		return false, e
	}
	i, e := s.lookup(key, h)
	return i >= 0, e
}

// Discard removes key; reports whether it was present.
func (s *Set) Discard(key Value) (bool, *Exc) {
	h, e := Hash(key)
	if e != nil {
		return false, e
	}
	i, e := s.lookup(key, h)
	if e != nil || i < 0 {
		return false, e
	}
	s.table[i] = setEntry{dummy: true, hash: -1}
	s.used--
	return true, nil
}

// merge is set_merge (other is a set).
func (s *Set) merge(o *Set) *Exc {
	if o == s || o.used == 0 {
		return nil
	}
	if uint64(s.fill+o.used)*5 >= s.mask()*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		for i, e := range o.table {
			if !e.key.IsNull() {
				s.table[i] = setEntry{key: e.key, hash: e.hash}
			}
		}
		s.fill, s.used = o.fill, o.used
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = o.used, o.used
		for _, e := range o.table {
			if !e.key.IsNull() {
				insertClean(s.table, e.key, e.hash)
			}
		}
		return nil
	}
	for _, e := range o.table {
		if !e.key.IsNull() {
			if exc := s.addEntry(e.key, e.hash); exc != nil {
				return exc
			}
		}
	}
	return nil
}

// update is set_update_internal.
func (s *Set) update(it Value) *Exc {
	if it.K == KObj {
		switch o := it.O.(type) {
		case *Set:
			return s.merge(o)
		case *Dict:
			if uint64(s.fill+o.used)*5 >= s.mask()*3 {
				s.resize((s.used + o.used) * 2)
			}
			var exc *Exc
			o.Items(func(k, _ Value) bool {
				exc = s.Add(k)
				return exc == nil
			})
			return exc
		}
	}
	return ForEach(it, s.Add)
}

func (s *Set) copySet(frozen bool) *Set {
	n := newSetObj()
	n.merge(s)
	n.frozen = frozen
	return n
}

// Items returns the members in iteration order.
func (s *Set) Items() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if !e.key.IsNull() {
			out = append(out, e.key)
		}
	}
	return out
}

func (s *Set) clear() {
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used = 0, 0
}

// asSet returns the *Set of a set or frozenset Value.
func asSet(v Value) (*Set, bool) {
	s, ok := v.O.(*Set)
	return s, ok && v.K == KObj
}

// toSetOperand converts a method argument (any iterable) to a set.
func toSetOperand(v Value) (*Set, *Exc) {
	if s, ok := asSet(v); ok {
		return s, nil
	}
	n := newSetObj()
	return n, n.update(v)
}

func (s *Set) intersection(o Value) (*Set, *Exc) {
	res := newSetObj()
	res.frozen = s.frozen
	if other, ok := asSet(o); ok {
		a, b := s, other
		if b.used > a.used {
			a, b = b, a
		}
		for _, e := range b.table {
			if e.key.IsNull() {
				continue
			}
			i, exc := a.lookup(e.key, e.hash)
			if exc != nil {
				return nil, exc
			}
			if i >= 0 {
				if exc := res.addEntry(e.key, e.hash); exc != nil {
					return nil, exc
				}
			}
		}
		return res, nil
	}
	e := ForEach(o, func(k Value) *Exc {
		in, e := s.Contains(k)
		if e != nil || !in {
			return e
		}
		return res.Add(k)
	})
	return res, e
}

func (s *Set) difference(o Value) (*Set, *Exc) {
	other, isSet := asSet(o)
	otherLen := -1
	if isSet {
		otherLen = other.used
	} else if d, ok := o.O.(*Dict); ok && o.K == KObj {
		otherLen = d.used
	}
	if otherLen < 0 || s.used>>2 > otherLen {
		res := s.copySet(s.frozen)
		e := ForEach(o, func(k Value) *Exc {
			_, e := res.Discard(k)
			return e
		})
		return res, e
	}
	res := newSetObj()
	res.frozen = s.frozen
	for _, e := range s.table {
		if e.key.IsNull() {
			continue
		}
		var in bool
		var exc *Exc
		if isSet {
			var i int
			i, exc = other.lookup(e.key, e.hash)
			in = i >= 0
		} else {
			_, in, exc = o.O.(*Dict).Get(e.key)
		}
		if exc != nil {
			return nil, exc
		}
		if !in {
			if exc := res.addEntry(e.key, e.hash); exc != nil {
				return nil, exc
			}
		}
	}
	return res, nil
}

func (s *Set) symDiffUpdate(o *Set) *Exc {
	if o == s {
		s.clear()
		return nil
	}
	for _, e := range o.table {
		if e.key.IsNull() {
			continue
		}
		i, exc := s.lookup(e.key, e.hash)
		if exc != nil {
			return exc
		}
		if i >= 0 {
			s.table[i] = setEntry{dummy: true, hash: -1}
			s.used--
		} else if exc := s.addEntry(e.key, e.hash); exc != nil {
			return exc
		}
	}
	return nil
}

func (s *Set) isSubset(o *Set) (bool, *Exc) {
	if s.used > o.used {
		return false, nil
	}
	for _, e := range s.table {
		if e.key.IsNull() {
			continue
		}
		i, exc := o.lookup(e.key, e.hash)
		if exc != nil || i < 0 {
			return false, exc
		}
	}
	return true, nil
}

func setRepr(v Value) (string, *Exc) {
	s := v.O.(*Set)
	name := v.Type().Name
	if s.used == 0 {
		return name + "()", nil
	}
	if !ReprEnter(s) {
		return name + "(...)", nil
	}
	defer ReprLeave(s)
	var b strings.Builder
	wrap := s.frozen || s.cls != nil // frozenset({...}), Sub({...})
	if wrap {
		b.WriteString(name + "(")
	}
	b.WriteByte('{')
	first := true
	for _, e := range s.table {
		if e.key.IsNull() {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		r, exc := ToRepr(e.key)
		if exc != nil {
			return "", exc
		}
		b.WriteString(r)
	}
	b.WriteByte('}')
	if wrap {
		b.WriteByte(')')
	}
	return b.String(), nil
}

func shuffleBits(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }

func frozensetHash(v Value) (int64, *Exc) {
	s := v.O.(*Set)
	if s.hashed {
		return s.h, nil
	}
	var h uint64
	for _, e := range s.table {
		if !e.key.IsNull() {
			h ^= shuffleBits(uint64(e.hash))
		}
	}
	// CPython xors every slot and then cancels the unused and dummy
	// ones; xoring the active entries only is the same.
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	s.h, s.hashed = int64(h), true
	return s.h, nil
}

// setIter iterates the table in order, failing if the set changes size.
type setIter struct {
	s *Set
	i int
	n int
}

func (*setIter) Type() *Type { return SetIterType }
