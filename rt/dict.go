package rt

// Dict is a Python dict: insertion ordered entries plus an open-addressing
// index (CPython's compact dict layout). Str keys are hashed with a fast
// internal hash (only equality and insertion order are visible for
// dicts); other keys with their Python hash.
type Dict struct {
	entries []dictEntry // in insertion order; deleted entries have a Null key
	index   []int32     // entry index, or ixEmpty / ixDummy; len is a power of 2 (or 0)
	used    int         // live entries
	version uint64      // bumped on every change of size, for iterators
	cls     *Type       // a Python subclass of dict, or nil
	attrs   *Dict       // the subclass instance's __dict__
}

type dictEntry struct {
	key, val Value
	hash     int64
}

const (
	ixEmpty = -1
	ixDummy = -2
)

// Type implements Object.
func (d *Dict) Type() *Type {
	if d.cls != nil {
		return d.cls
	}
	return DictType
}

func (d *Dict) InstDict() *Dict {
	if d.attrs == nil {
		d.attrs = NewStrDict()
	}
	return d.attrs
}

func NewStrDict() *Dict { return &Dict{} }

// NewDictObj returns an empty dict object.
func NewDictObj() *Dict { return &Dict{} }

// NewDictOfClass makes an empty dict of cls, a subclass of dict (Counter,
// defaultdict, OrderedDict, a Python class).
func NewDictOfClass(cls *Type) *Dict { return &Dict{cls: cls} }

// InstAttr reads an attribute from a dict subclass instance's own
// __dict__, without creating it.
func (d *Dict) InstAttr(name string) (Value, bool) {
	if d.attrs == nil {
		return Null, false
	}
	return d.attrs.GetStr(name)
}

// Len is len(d).
func (d *Dict) Len() int { return d.used }

// DictHash hashes a key the way Dict does.
func DictHash(k Value) (int64, *Exc) {
	if k.K == KObj {
		if s, ok := k.O.(*StrObj); ok {
			return FastStrHash(s.S), nil
		}
	}
	return Hash(k)
}

// keysEqual compares a stored key with a probe key of the same hash.
func keysEqual(a, b Value) (bool, *Exc) {
	if a.K == b.K {
		switch a.K {
		case KInt, KBool, KNone:
			return a.I == b.I, nil
		case KObj:
			if a.O == b.O {
				return true, nil
			}
			if sa, ok := a.O.(*StrObj); ok {
				if sb, ok := b.O.(*StrObj); ok {
					return sa.S == sb.S, nil
				}
				return false, nil
			}
		}
	}
	return EqBool(a, b)
}

// lookup returns the index slot and entry index of k (entry -1 if absent).
func (d *Dict) lookup(k Value, h int64) (slot int, ent int, exc *Exc) {
	if len(d.index) == 0 {
		return -1, -1, nil
	}
	mask := uint64(len(d.index) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		ix := d.index[i]
		if ix == ixEmpty {
			return int(i), -1, nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h {
				eq, exc := keysEqual(e.key, k)
				if exc != nil {
					return 0, -1, exc
				}
				if eq {
					return int(i), int(ix), nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// LookupStr is lookup for a Go string key (attribute names).
func (d *Dict) LookupStr(s string, h int64) int {
	if len(d.index) == 0 {
		return -1
	}
	mask := uint64(len(d.index) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		ix := d.index[i]
		if ix == ixEmpty {
			return -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h {
				if ks, ok := e.key.O.(*StrObj); ok && ks.S == s {
					return int(ix)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// resize rebuilds the index with at least minSize slots (CPython grows
// to used*3: the table quadruples while filling up).
func (d *Dict) resize(minSize int) {
	n := 8
	for n < minSize {
		n <<= 1
	}
	live := make([]dictEntry, 0, n*2/3+1)
	for _, e := range d.entries {
		if !e.key.IsNull() {
			live = append(live, e)
		}
	}
	d.entries = live
	d.index = make([]int32, n)
	for i := range d.index {
		d.index[i] = ixEmpty
	}
	mask := uint64(n - 1)
	for ei, e := range d.entries {
		i := uint64(e.hash) & mask
		perturb := uint64(e.hash)
		for d.index[i] != ixEmpty {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		d.index[i] = int32(ei)
	}
}

// insert adds or replaces k (with hash h).
func (d *Dict) insert(k, v Value, h int64) *Exc {
	_, ent, exc := d.lookup(k, h)
	if exc != nil {
		return exc
	}
	if ent >= 0 {
		d.entries[ent].val = v
		return nil
	}
	d.insertNew(k, v, h)
	return nil
}

func (d *Dict) insertNew(k, v Value, h int64) {
	if len(d.index) == 0 || (len(d.entries)+1)*3 > len(d.index)*2 {
		d.resize((d.used + 1) * 3)
	}
	mask := uint64(len(d.index) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for d.index[i] >= 0 {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	d.index[i] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{k, v, h})
	d.used++
	d.version++
}

// Get returns d[k] and whether it is present.
func (d *Dict) Get(k Value) (Value, bool, *Exc) {
	h, exc := DictHash(k)
	if exc != nil {
		return Null, false, exc
	}
	_, ent, exc := d.lookup(k, h)
	if exc != nil || ent < 0 {
		return Null, false, exc
	}
	return d.entries[ent].val, true, nil
}

// Set is d[k] = v.
func (d *Dict) Set(k, v Value) *Exc {
	h, exc := DictHash(k)
	if exc != nil {
		return exc
	}
	return d.insert(k, v, h)
}

// Delete removes k; ok=false if absent.
func (d *Dict) Delete(k Value) (Value, bool, *Exc) {
	h, exc := DictHash(k)
	if exc != nil {
		return Null, false, exc
	}
	slot, ent, exc := d.lookup(k, h)
	if exc != nil || ent < 0 {
		return Null, false, exc
	}
	v := d.entries[ent].val
	d.removeAt(slot, ent)
	return v, true, nil
}

func (d *Dict) removeAt(slot, ent int) {
	d.index[slot] = ixDummy
	d.entries[ent] = dictEntry{}
	d.used--
	d.version++
	if d.used == 0 {
		d.entries = d.entries[:0]
		for i := range d.index {
			d.index[i] = ixEmpty
		}
	}
}

func (d *Dict) GetStr(s string) (Value, bool) {
	ent := d.LookupStr(s, FastStrHash(s))
	if ent < 0 {
		return Null, false
	}
	return d.entries[ent].val, true
}

func (d *Dict) SetStr(s string, v Value) {
	h := FastStrHash(s)
	if ent := d.LookupStr(s, h); ent >= 0 {
		d.entries[ent].val = v
		return
	}
	d.insertNew(Str(s), v, h)
}

func (d *Dict) DelStr(s string) bool {
	h := FastStrHash(s)
	if d.LookupStr(s, h) < 0 {
		return false
	}
	d.Delete(Str(s))
	return true
}

// Items calls f for each entry in order until it returns false. The dict
// must not change size meanwhile (callers that run Python code check
// version).
func (d *Dict) Items(f func(k, v Value) bool) {
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key.IsNull() {
			continue
		}
		if !f(e.key, e.val) {
			return
		}
	}
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Value {
	ks := make([]Value, 0, d.used)
	for _, e := range d.entries {
		if !e.key.IsNull() {
			ks = append(ks, e.key)
		}
	}
	return ks
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := &Dict{}
	if d.used == len(d.entries) {
		n.entries = append([]dictEntry(nil), d.entries...)
		n.index = append([]int32(nil), d.index...)
		n.used = d.used
		return n
	}
	for _, e := range d.entries {
		if !e.key.IsNull() {
			n.insertNew(e.key, e.val, e.hash)
		}
	}
	return n
}

// Clear empties the dict.
func (d *Dict) Clear() {
	d.entries = nil
	d.index = nil
	d.used = 0
	d.version++
}

// DictItemsOf snapshots the entries.
func DictItemsOf(d *Dict) (ks, vs []Value) {
	d.Items(func(k, v Value) bool {
		ks = append(ks, k)
		vs = append(vs, v)
		return true
	})
	return
}
