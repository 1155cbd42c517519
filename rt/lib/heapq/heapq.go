package heapq

import "github.com/py2goasync/py2goasync/rt"

// heapq: CPython's _heapq algorithms (the same sift order, so lists end
// up in the same order), comparing with <.

func heapList(v rt.Value, fname string) (*rt.List, *rt.Exc) {
	l, ok := v.O.(*rt.List)
	if !ok || v.K != rt.KObj {
		return nil, rt.TypeErrorf("%s() argument 1 must be list, not %s", fname, v.TypeName())
	}
	return l, nil
}

// siftDown is CPython's _siftdown: move the item at pos up towards
// startpos while it is smaller than its parent.
func siftDown(h *rt.List, startpos, pos int) *rt.Exc {
	newitem := h.Items[pos]
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := h.Items[parentpos]
		lt, e := rt.CompareBool(newitem, parent, rt.OpLt)
		if e != nil {
			return e
		}
		if !lt {
			break
		}
		h.Items[pos] = parent
		pos = parentpos
	}
	h.Items[pos] = newitem
	return nil
}

// siftUp is CPython's _siftup: bubble the smaller child up to a leaf,
// then sift the item down.
func siftUp(h *rt.List, pos int) *rt.Exc {
	endpos := len(h.Items)
	startpos := pos
	newitem := h.Items[pos]
	childpos := 2*pos + 1
	for childpos < endpos {
		rightpos := childpos + 1
		if rightpos < endpos {
			lt, e := rt.CompareBool(h.Items[childpos], h.Items[rightpos], rt.OpLt)
			if e != nil {
				return e
			}
			if !lt {
				childpos = rightpos
			}
		}
		h.Items[pos] = h.Items[childpos]
		pos = childpos
		childpos = 2*pos + 1
	}
	h.Items[pos] = newitem
	return siftDown(h, startpos, pos)
}

func heapify(h *rt.List) *rt.Exc {
	for i := len(h.Items)/2 - 1; i >= 0; i-- {
		if e := siftUp(h, i); e != nil {
			return e
		}
	}
	return nil
}

func init() {
	m := rt.DefineModule("heapq")
	m.Fn("heappush", heapqHeappush)
	m.Fn("heappop", heapqHeappop)
	m.Fn("heapify", heapqHeapify)
	m.Fn("heapreplace", heapqHeapreplace)
	m.Fn("heappushpop", heapqHeappushpop)
	// nsmallest/nlargest equal sorted(iterable, key=key)[:n] (reverse for
	// nlargest), which CPython documents and its stable algorithm keeps.
	nbest := func(name string, reverse bool) {
		m.Fn(name, func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
			a, e := rt.ParseArgs(name, args, kw, []string{"n", "iterable", "key"}, 2)
			if e != nil {
				return rt.Null, e
			}
			n, e := rt.IndexOf(a[0])
			if e != nil {
				return rt.Null, e
			}
			l, e := rt.ListOf(a[1])
			if e != nil {
				return rt.Null, e
			}
			lst := rt.NewList(l...)
			var names []string
			var kv []rt.Value
			if !a[2].IsNull() && !a[2].IsNone() {
				names, kv = append(names, "key"), append(kv, a[2])
			}
			if reverse {
				names, kv = append(names, "reverse"), append(kv, rt.True)
			}
			if _, e := rt.CallMethod(lst, "sort", kv, names); e != nil {
				return rt.Null, e
			}
			items := lst.O.(*rt.List).Items
			n = max(0, min(n, int64(len(items))))
			return rt.NewList(items[:n]...), nil
		})
	}
	nbest("nsmallest", false)
	nbest("nlargest", true)
	m.Fn("merge", heapqMerge)
}

// heapqHeappush is heapq.heappush.
func heapqHeappush(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("heappush", args, kw, 2, 2); e != nil {
		return rt.Null, e
	}
	h, e := heapList(args[0], "heappush")
	if e != nil {
		return rt.Null, e
	}
	h.Items = append(h.Items, args[1])
	return rt.None, siftDown(h, 0, len(h.Items)-1)
}

// heapqHeappop is heapq.heappop.
func heapqHeappop(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("heappop", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	h, e := heapList(args[0], "heappop")
	if e != nil {
		return rt.Null, e
	}
	n := len(h.Items)
	if n == 0 {
		return rt.Null, rt.Errorf(rt.ExcIndexError, "index out of range")
	}
	last := h.Items[n-1]
	h.Items = h.Items[:n-1]
	if n == 1 {
		return last, nil
	}
	ret := h.Items[0]
	h.Items[0] = last
	return ret, siftUp(h, 0)
}

// heapqHeapify is heapq.heapify.
func heapqHeapify(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("heapify", args, kw, 1, 1); e != nil {
		return rt.Null, e
	}
	h, e := heapList(args[0], "heapify")
	if e != nil {
		return rt.Null, e
	}
	return rt.None, heapify(h)
}

// heapqHeapreplace is heapq.heapreplace.
func heapqHeapreplace(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("heapreplace", args, kw, 2, 2); e != nil {
		return rt.Null, e
	}
	h, e := heapList(args[0], "heapreplace")
	if e != nil {
		return rt.Null, e
	}
	if len(h.Items) == 0 {
		return rt.Null, rt.Errorf(rt.ExcIndexError, "index out of range")
	}
	ret := h.Items[0]
	h.Items[0] = args[1]
	return ret, siftUp(h, 0)
}

// heapqHeappushpop is heapq.heappushpop.
func heapqHeappushpop(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if e := rt.ArgCount("heappushpop", args, kw, 2, 2); e != nil {
		return rt.Null, e
	}
	h, e := heapList(args[0], "heappushpop")
	if e != nil {
		return rt.Null, e
	}
	if len(h.Items) == 0 {
		return args[1], nil
	}
	lt, e := rt.CompareBool(h.Items[0], args[1], rt.OpLt)
	if e != nil || !lt {
		return args[1], e
	}
	ret := h.Items[0]
	h.Items[0] = args[1]
	return ret, siftUp(h, 0)
}

// heapqMerge is heapq.merge.
func heapqMerge(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	// merge(*iterables, key=None, reverse=False): materialized and
	// stably sorted, which yields the same sequence for sorted
	// inputs (ties keep the order of the iterables).
	npos := len(args) - len(kw)
	var all []rt.Value
	for _, it := range args[:npos] {
		l, e := rt.ListOf(it)
		if e != nil {
			return rt.Null, e
		}
		all = append(all, l...)
	}
	lst := rt.NewList(all...)
	var names []string
	var kv []rt.Value
	for i, k := range kw {
		if k != "key" && k != "reverse" {
			return rt.Null, rt.TypeErrorf("merge() got an unexpected keyword argument '%s'", k)
		}
		if !args[npos+i].IsNone() {
			names, kv = append(names, k), append(kv, args[npos+i])
		}
	}
	if _, e := rt.CallMethod(lst, "sort", kv, names); e != nil {
		return rt.Null, e
	}
	return rt.Iter(lst)
}
