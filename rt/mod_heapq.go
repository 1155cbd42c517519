package rt

// heapq: CPython's _heapq algorithms (the same sift order, so lists end
// up in the same order), comparing with <.

func heapList(v Value, fname string) (*List, *Exc) {
	l, ok := v.O.(*List)
	if !ok || v.K != KObj {
		return nil, TypeErrorf("%s() argument 1 must be list, not %s", fname, v.TypeName())
	}
	return l, nil
}

// siftDown is CPython's _siftdown: move the item at pos up towards
// startpos while it is smaller than its parent.
func siftDown(h *List, startpos, pos int) *Exc {
	newitem := h.Items[pos]
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := h.Items[parentpos]
		lt, e := CompareBool(newitem, parent, OpLt)
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
func siftUp(h *List, pos int) *Exc {
	endpos := len(h.Items)
	startpos := pos
	newitem := h.Items[pos]
	childpos := 2*pos + 1
	for childpos < endpos {
		rightpos := childpos + 1
		if rightpos < endpos {
			lt, e := CompareBool(h.Items[childpos], h.Items[rightpos], OpLt)
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

func heapify(h *List) *Exc {
	for i := len(h.Items)/2 - 1; i >= 0; i-- {
		if e := siftUp(h, i); e != nil {
			return e
		}
	}
	return nil
}

func init() {
	m := DefineModule("heapq")
	m.Fn("heappush", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("heappush", args, kw, 2, 2); e != nil {
			return Null, e
		}
		h, e := heapList(args[0], "heappush")
		if e != nil {
			return Null, e
		}
		h.Items = append(h.Items, args[1])
		return None, siftDown(h, 0, len(h.Items)-1)
	})
	m.Fn("heappop", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("heappop", args, kw, 1, 1); e != nil {
			return Null, e
		}
		h, e := heapList(args[0], "heappop")
		if e != nil {
			return Null, e
		}
		n := len(h.Items)
		if n == 0 {
			return Null, Errorf(ExcIndexError, "index out of range")
		}
		last := h.Items[n-1]
		h.Items = h.Items[:n-1]
		if n == 1 {
			return last, nil
		}
		ret := h.Items[0]
		h.Items[0] = last
		return ret, siftUp(h, 0)
	})
	m.Fn("heapify", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("heapify", args, kw, 1, 1); e != nil {
			return Null, e
		}
		h, e := heapList(args[0], "heapify")
		if e != nil {
			return Null, e
		}
		return None, heapify(h)
	})
	m.Fn("heapreplace", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("heapreplace", args, kw, 2, 2); e != nil {
			return Null, e
		}
		h, e := heapList(args[0], "heapreplace")
		if e != nil {
			return Null, e
		}
		if len(h.Items) == 0 {
			return Null, Errorf(ExcIndexError, "index out of range")
		}
		ret := h.Items[0]
		h.Items[0] = args[1]
		return ret, siftUp(h, 0)
	})
	m.Fn("heappushpop", func(args []Value, kw []string) (Value, *Exc) {
		if e := ArgCount("heappushpop", args, kw, 2, 2); e != nil {
			return Null, e
		}
		h, e := heapList(args[0], "heappushpop")
		if e != nil {
			return Null, e
		}
		if len(h.Items) == 0 {
			return args[1], nil
		}
		lt, e := CompareBool(h.Items[0], args[1], OpLt)
		if e != nil || !lt {
			return args[1], e
		}
		ret := h.Items[0]
		h.Items[0] = args[1]
		return ret, siftUp(h, 0)
	})
	// nsmallest/nlargest equal sorted(iterable, key=key)[:n] (reverse for
	// nlargest), which CPython documents and its stable algorithm keeps.
	nbest := func(name string, reverse bool) {
		m.Fn(name, func(args []Value, kw []string) (Value, *Exc) {
			a, e := ParseArgs(name, args, kw, []string{"n", "iterable", "key"}, 2)
			if e != nil {
				return Null, e
			}
			n, e := IndexOf(a[0])
			if e != nil {
				return Null, e
			}
			l, e := ListOf(a[1])
			if e != nil {
				return Null, e
			}
			lst := NewList(l...)
			var names []string
			var kv []Value
			if !a[2].IsNull() && !a[2].IsNone() {
				names, kv = append(names, "key"), append(kv, a[2])
			}
			if reverse {
				names, kv = append(names, "reverse"), append(kv, True)
			}
			if _, e := CallMethod(lst, "sort", kv, names); e != nil {
				return Null, e
			}
			items := lst.O.(*List).Items
			n = max(0, min(n, int64(len(items))))
			return NewList(items[:n]...), nil
		})
	}
	nbest("nsmallest", false)
	nbest("nlargest", true)
	m.Fn("merge", func(args []Value, kw []string) (Value, *Exc) {
		// merge(*iterables, key=None, reverse=False): materialized and
		// stably sorted, which yields the same sequence for sorted
		// inputs (ties keep the order of the iterables).
		npos := len(args) - len(kw)
		var all []Value
		for _, it := range args[:npos] {
			l, e := ListOf(it)
			if e != nil {
				return Null, e
			}
			all = append(all, l...)
		}
		lst := NewList(all...)
		var names []string
		var kv []Value
		for i, k := range kw {
			if k != "key" && k != "reverse" {
				return Null, TypeErrorf("merge() got an unexpected keyword argument '%s'", k)
			}
			if !args[npos+i].IsNone() {
				names, kv = append(names, k), append(kv, args[npos+i])
			}
		}
		if _, e := CallMethod(lst, "sort", kv, names); e != nil {
			return Null, e
		}
		return Iter(lst)
	})
}
