package rt

import (
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

// Helpers shared by the sequence types: indexes, slices, lexicographic
// comparison, repetition, sorting.

// SliceObj is a slice object.
type SliceObj struct{ Start, Stop, Step Value }

// SliceType is slice.
var SliceType = NewType("slice", ObjectType)

// Type implements Object.
func (*SliceObj) Type() *Type { return SliceType }

// NewSlice makes a slice (Null parts mean None).
func NewSlice(lo, hi, step Value) Value {
	return Obj(&SliceObj{OrNone(lo), OrNone(hi), OrNone(step)})
}

func sliceIndex(v Value) (int64, *Exc) {
	if IsIntLike(v) {
		if v.K == KObj {
			if v.O.(*BigIntObj).V.Sign() < 0 {
				return minInt64 / 2, nil
			}
			return 1<<62 - 1, nil
		}
		return v.I, nil
	}
	if v.Type().Index != nil {
		r, e := Index(v)
		if e != nil {
			return 0, e
		}
		return sliceIndex(r)
	}
	return 0, TypeErrorf("slice indices must be integers or None or have an __index__ method")
}

// indices is PySlice_Unpack + PySlice_AdjustIndices: start, stop, step
// and the number of items for a sequence of length n.
func (s *SliceObj) indices(n int) (start, stop, step, count int, exc *Exc) {
	st := int64(1)
	if !s.Step.IsNone() {
		if st, exc = sliceIndex(s.Step); exc != nil {
			return
		}
		if st == 0 {
			exc = ValueErrorf("slice step cannot be zero")
			return
		}
	}
	var lo, hi int64
	if s.Start.IsNone() {
		if st < 0 {
			lo = 1<<62 - 1
		} else {
			lo = 0
		}
	} else if lo, exc = sliceIndex(s.Start); exc != nil {
		return
	}
	if s.Stop.IsNone() {
		if st < 0 {
			hi = minInt64 / 2
		} else {
			hi = 1<<62 - 1
		}
	} else if hi, exc = sliceIndex(s.Stop); exc != nil {
		return
	}
	ln := int64(n)
	adjust := func(i int64) int64 {
		if i < 0 {
			i += ln
			if i < 0 {
				if st < 0 {
					return -1
				}
				return 0
			}
		} else if i >= ln {
			if st < 0 {
				return ln - 1
			}
			return ln
		}
		return i
	}
	lo, hi = adjust(lo), adjust(hi)
	var c int64
	if st < 0 {
		if hi < lo {
			c = (lo-hi-1)/(-st) + 1
		}
	} else if lo < hi {
		c = (hi-lo-1)/st + 1
	}
	return int(lo), int(hi), int(st), int(c), nil
}

// seqIndex normalizes an index for a sequence of length n; what names
// the sequence in the IndexError ("list", "tuple", "string", "range
// object").
func seqIndex(k Value, n int, what string) (int, *Exc) {
	var i int64
	if k.K == KInt || k.K == KBool {
		i = k.I
	} else {
		var e *Exc
		if i, e = IndexOf(k); e != nil {
			if e.Class == ExcIndexError {
				return 0, Errorf(ExcIndexError, "%s index out of range", what)
			}
			return 0, e
		}
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, Errorf(ExcIndexError, "%s index out of range", what)
	}
	return int(i), nil
}

// sliceItems returns items[slice] as a new slice.
func sliceItems(items []Value, s *SliceObj) ([]Value, *Exc) {
	start, _, step, n, e := s.indices(len(items))
	if e != nil {
		return nil, e
	}
	out := make([]Value, n)
	for i := 0; i < n; i++ {
		out[i] = items[start+i*step]
	}
	return out, nil
}

// compareSeqs is the lexicographic comparison of lists and tuples.
func compareSeqs(a, b []Value, op CompareOp) (Value, *Exc) {
	if (op == OpEq || op == OpNe) && len(a) != len(b) {
		return Bool(op == OpNe), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		eq, e := EqBool(a[i], b[i])
		if e != nil {
			return Null, e
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		return Bool(CmpResult(cmpInts(len(a), len(b)), op)), nil
	}
	switch op {
	case OpEq:
		return False, nil
	case OpNe:
		return True, nil
	}
	return RichCompare(a[i], b[i], op)
}

func cmpInts(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// repeatCount converts the int operand of seq * n.
func repeatCount(v Value) (int, bool, *Exc) {
	if !isIndexable(v) {
		return 0, false, nil
	}
	if v.K == KObj {
		if b, ok := v.O.(*BigIntObj); ok {
			if b.V.Sign() < 0 {
				return 0, true, nil
			}
			return 0, true, Errorf(ExcOverflowError, "cannot fit 'int' into an index-sized integer")
		}
	}
	n, e := IndexOf(v)
	if e != nil {
		return 0, true, e
	}
	if n < 0 {
		n = 0
	}
	return int(n), true, nil
}

// checkRepeat checks seq * n before anything is allocated: length items
// (code points, bytes or values) of size bytes each in our representation.
// As CPython: a length past Py_ssize_t is OverflowError(overflowMsg) for
// str and bytes (overflowMsg set), MemoryError for the others; and a
// result larger than the host's memory is MemoryError, where CPython's
// malloc fails.
func checkRepeat(length, n int, size int64, overflowMsg string) *Exc {
	if length == 0 || n == 0 {
		return nil
	}
	if int64(length) > math.MaxInt64/int64(n) {
		if overflowMsg != "" {
			return NewExc(ExcOverflowError, Str(overflowMsg))
		}
		return NewExc(ExcMemoryError)
	}
	if int64(length)*int64(n) > allocLimit()/size {
		return NewExc(ExcMemoryError)
	}
	return nil
}

// allocLimit is the largest allocation the host can give: its RAM plus
// swap, since Linux's default overcommit heuristic refuses a larger one
// (and CPython's malloc then fails with MemoryError). Without
// /proc/meminfo it is 1 TiB.
var allocLimit = sync.OnceValue(func() int64 {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 1 << 40
	}
	var total int64
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Fields(l)
		if len(f) >= 2 && (f[0] == "MemTotal:" || f[0] == "SwapTotal:") {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			total += kb << 10
		}
	}
	if total == 0 {
		return 1 << 40
	}
	return total
})

// repeatItems is the items of a list or tuple times n, checked first
// (checkRepeat).
func repeatItems(items []Value, n int) ([]Value, *Exc) {
	if e := checkRepeat(len(items), n, int64(unsafe.Sizeof(Value{})), ""); e != nil {
		return nil, e
	}
	if len(items) == 0 || n <= 0 {
		return nil, nil
	}
	out := make([]Value, 0, len(items)*n)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return out, nil
}

// sortValues sorts stably with `<` (and optional keys), as list.sort:
// the result is the one CPython's timsort gives for any consistent order.
// Homogeneous int, float or str keys are compared natively.
func sortValues(items []Value, key Value, reverse bool) *Exc {
	keys := items
	if !key.IsNull() && !key.IsNone() {
		keys = make([]Value, len(items))
		for i, it := range items {
			k, e := Call(key, []Value{it}, nil)
			if e != nil {
				return e
			}
			keys[i] = k
		}
	}
	n := len(items)
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	// CPython reverses, sorts stably, reverses back, so that equal items
	// keep their original order under reverse=True.
	rev := func() {
		for i, j := 0, len(idx)-1; i < j; i, j = i+1, j-1 {
			idx[i], idx[j] = idx[j], idx[i]
		}
	}
	if reverse {
		rev()
	}
	if !sortNative(idx, keys) {
		var exc *Exc
		less := func(x, y Value) bool {
			if exc != nil {
				return false
			}
			r, e := CompareBool(x, y, OpLt)
			if e != nil {
				exc = e
				return false
			}
			return r
		}
		lt := func(i, j int) bool { return less(keys[i], keys[j]) }
		if n < 64 {
			smallTimsort(idx, lt)
		} else {
			mergeSort(idx, make([]int, n), lt)
		}
		if exc != nil {
			return exc
		}
	}
	if reverse {
		rev()
	}
	out := make([]Value, n)
	for i, j := range idx {
		out[i] = items[j]
	}
	copy(items, out)
	return nil
}

// sortNative sorts idx by keys when all keys are ints, all non-NaN
// floats or all strs; ties keep the order of idx (stable).
func sortNative(idx []int, keys []Value) bool {
	if len(keys) == 0 {
		return true
	}
	pos := make([]int, len(keys)) // rank of each index in idx, for stability
	for r, i := range idx {
		pos[i] = r
	}
	switch keys[0].K {
	case KInt:
		type kp struct {
			k int64
			r int32 // rank in idx: breaks ties (stability)
			p int32
		}
		arr := make([]kp, len(idx))
		for r, i := range idx {
			if keys[i].K != KInt {
				return false
			}
			arr[r] = kp{keys[i].I, int32(r), int32(i)}
		}
		slices.SortFunc(arr, func(a, b kp) int {
			if a.k != b.k {
				if a.k < b.k {
					return -1
				}
				return 1
			}
			return int(a.r - b.r)
		})
		for r := range arr {
			idx[r] = int(arr[r].p)
		}
		return true
	case KFloat:
		for _, k := range keys {
			if k.K != KFloat || math.IsNaN(k.AsFloat()) {
				return false
			}
		}
		slices.SortFunc(idx, func(a, b int) int {
			x, y := keys[a].AsFloat(), keys[b].AsFloat()
			if x != y {
				if x < y {
					return -1
				}
				return 1
			}
			return pos[a] - pos[b]
		})
		return true
	case KObj:
		for _, k := range keys {
			if _, ok := k.O.(*StrObj); !ok || k.K != KObj {
				return false
			}
		}
		slices.SortFunc(idx, func(a, b int) int {
			if c := strings.Compare(keys[a].O.(*StrObj).S, keys[b].O.(*StrObj).S); c != 0 {
				return c
			}
			return pos[a] - pos[b]
		})
		return true
	}
	return false
}

// smallTimsort is what CPython's timsort does for fewer than 64 items:
// count the initial run (reversing a strictly descending one), then
// binary insertion sort, with the same comparisons in the same order
// (which shows in the TypeError of incomparable items and in __lt__
// side effects).
func smallTimsort(a []int, lt func(i, j int) bool) {
	n := len(a)
	if n < 2 {
		return
	}
	run := 2
	if lt(a[1], a[0]) {
		for run < n && lt(a[run], a[run-1]) {
			run++
		}
		for i, j := 0, run-1; i < j; i, j = i+1, j-1 {
			a[i], a[j] = a[j], a[i]
		}
	} else {
		for run < n && !lt(a[run], a[run-1]) {
			run++
		}
	}
	for start := run; start < n; start++ {
		pivot := a[start]
		l, r := 0, start
		for l < r {
			p := l + (r-l)>>1
			if lt(pivot, a[p]) {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(a[l+1:start+1], a[l:start])
		a[l] = pivot
	}
}

// mergeSort is a stable top-down merge sort of a using less (O(n log n)
// comparisons, which matters when each one calls Python code).
func mergeSort(a, buf []int, less func(i, j int) bool) {
	if len(a) <= 12 {
		for i := 1; i < len(a); i++ {
			for j := i; j > 0 && less(a[j], a[j-1]); j-- {
				a[j], a[j-1] = a[j-1], a[j]
			}
		}
		return
	}
	m := len(a) / 2
	mergeSort(a[:m], buf[:m], less)
	mergeSort(a[m:], buf[m:], less)
	if !less(a[m], a[m-1]) {
		return // already in order
	}
	copy(buf, a)
	i, j, k := 0, m, 0
	for i < m && j < len(a) {
		if less(buf[j], buf[i]) {
			a[k] = buf[j]
			j++
		} else {
			a[k] = buf[i]
			i++
		}
		k++
	}
	for i < m {
		a[k] = buf[i]
		i++
		k++
	}
	for j < len(a) {
		a[k] = buf[j]
		j++
		k++
	}
}

func init() {
	SliceType.Repr = sliceRepr
	SliceType.Getter("start", sliceStart)
	SliceType.Getter("stop", sliceStop)
	SliceType.Getter("step", sliceStep)
	SliceType.SetDict("__hash__", None)
	SliceType.New = sliceNew
	SliceType.Method("indices", sliceIndices)
	SliceType.Compare = sliceCompare
}

// sliceRepr is the Repr hook (__repr__) of slice.
func sliceRepr(v Value) (string, *Exc) {
	s := v.O.(*SliceObj)
	a, e := ToRepr(s.Start)
	if e != nil {
		return "", e
	}
	b, e := ToRepr(s.Stop)
	if e != nil {
		return "", e
	}
	c, e := ToRepr(s.Step)
	if e != nil {
		return "", e
	}
	return "slice(" + a + ", " + b + ", " + c + ")", nil
}

// sliceNew is the New hook (__new__) of slice.
func sliceNew(cls *Type, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("slice", args, kw, 1, 3); e != nil {
		return Null, e
	}
	switch len(args) {
	case 1:
		return NewSlice(None, args[0], None), nil
	case 2:
		return NewSlice(args[0], args[1], None), nil
	}
	return NewSlice(args[0], args[1], args[2]), nil
}

// sliceCompare is the Compare hook (rich comparison) of slice.
func sliceCompare(a, b Value, op CompareOp) (Value, *Exc) {
	y, ok := b.O.(*SliceObj)
	if !ok {
		return NotImplemented, nil
	}
	x := a.O.(*SliceObj)
	return compareSeqs([]Value{x.Start, x.Stop, x.Step}, []Value{y.Start, y.Stop, y.Step}, op)
}

// sliceStart is slice.start.
func sliceStart(s Value) (Value, *Exc) { return s.O.(*SliceObj).Start, nil }

// sliceStop is slice.stop.
func sliceStop(s Value) (Value, *Exc) { return s.O.(*SliceObj).Stop, nil }

// sliceStep is slice.step.
func sliceStep(s Value) (Value, *Exc) { return s.O.(*SliceObj).Step, nil }

// sliceIndices is slice.indices.
func sliceIndices(s Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("indices", args, kw, 1, 1); e != nil {
		return Null, e
	}
	n, e := IndexOf(args[0])
	if e != nil {
		return Null, e
	}
	a, b, c, _, e := s.O.(*SliceObj).indices(int(n))
	return NewTuple(Int(int64(a)), Int(int64(b)), Int(int64(c))), e
}
