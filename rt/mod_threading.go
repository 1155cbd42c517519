package rt

// threading: current_thread/main_thread/get_ident, Thread, Lock, Event.
//
// Plain threads are not tracked workers (docs/deterministic.md): their
// time.sleep only advances the clock. Thread.start() therefore runs the
// target to completion at once, in its own Python thread state — the
// order CPython shows when a started thread runs until it finishes before
// the starting thread resumes (start() waits for the thread to begin, and
// nothing here makes it block). join() has nothing left to wait for.

var (
	ThreadType  = NewType("Thread", ObjectType)
	TLockType   = NewType("lock", ObjectType)
	TEventType  = NewType("Event", ObjectType)
	threadCount = 0
)

type threadObj struct {
	th      *Thread
	target  Value
	args    []Value
	kwnames []string
	started bool
	done    bool
	daemon  bool
	dict    *Dict
}

func (*threadObj) Type() *Type { return ThreadType }

func (t *threadObj) InstDict() *Dict {
	if t.dict == nil {
		t.dict = NewStrDict()
	}
	return t.dict
}

// threadObjs maps Python thread states to their Thread objects.
var threadObjs = map[*Thread]*threadObj{}

func threadOf(p *Thread) *threadObj {
	if t, ok := threadObjs[p]; ok {
		return t
	}
	t := &threadObj{th: p, started: true}
	threadObjs[p] = t
	return t
}

type tlock struct{ locked bool }

func (*tlock) Type() *Type { return TLockType }

type tevent struct{ set bool }

func (*tevent) Type() *Type { return TEventType }

func init() {
	ThreadType.Module = "threading"
	TLockType.Module = "_thread"
	TEventType.Module = "threading"
	T := ThreadType
	th := func(v Value) *threadObj { return v.O.(*threadObj) }
	T.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) {
		a, e := ParseArgs("Thread", args, kw, []string{"group", "target", "name", "args", "kwargs", "daemon"}, 0)
		if e != nil {
			return Null, e
		}
		threadCount++
		t := &threadObj{th: NewThread(), target: a[1]}
		t.th.Name = "Thread-" + Itoa(threadCount)
		if !a[1].IsNull() && !a[1].IsNone() {
			if q, e := GetAttr(a[1], "__name__"); e == nil {
				if s, ok := AsStr(q); ok {
					t.th.Name += " (" + s + ")"
				}
			}
		}
		if s, ok := AsStr(a[2]); ok {
			t.th.Name = s
		}
		if !a[3].IsNull() {
			if t.args, e = IterValues(a[3]); e != nil {
				return Null, e
			}
		}
		if !a[4].IsNull() && !a[4].IsNone() {
			keys, e := IterValues(a[4])
			if e != nil {
				return Null, e
			}
			for _, k := range keys {
				v, e := GetItem(a[4], k)
				if e != nil {
					return Null, e
				}
				ks, _ := AsStr(k)
				t.args = append(t.args, v)
				t.kwnames = append(t.kwnames, ks)
			}
		}
		if a[5].K == KBool {
			t.daemon = a[5].I != 0
		}
		threadObjs[t.th] = t
		return Obj(t), nil
	}
	T.Init = func(self Value, args []Value, kw []string) *Exc { return nil }
	T.Repr = func(v Value) (string, *Exc) {
		t := th(v)
		state := "initial"
		if t.done {
			state = "stopped"
		} else if t.started {
			state = "started"
		}
		if t.daemon {
			state += " daemon"
		}
		if t.started {
			state += " " + Itoa(int(t.th.Ident))
		}
		return "<Thread(" + t.th.Name + ", " + state + ")>", nil
	}
	T.Method("start", func(self Value, args []Value, kw []string) (Value, *Exc) {
		t := th(self)
		if t.started {
			return Null, ExcMsg(ExcRuntimeError, "threads can only be started once")
		}
		t.started = true
		e := RunAsThread(t.th, func() *Exc {
			run, e := GetAttr(self, "run")
			if e != nil {
				return e
			}
			_, e = Call(run, nil, nil)
			return e
		})
		t.done = true
		if e != nil && !IsExcInstance(e, ExcSystemExit) {
			WriteStderr("Exception in thread " + t.th.Name + ":\n")
			PrintException(e)
		}
		return None, nil
	})
	T.Method("run", func(self Value, args []Value, kw []string) (Value, *Exc) {
		t := th(self)
		if t.target.IsNull() || t.target.IsNone() {
			return None, nil
		}
		_, e := Call(t.target, t.args, t.kwnames)
		return None, e
	})
	T.Method("join", func(self Value, args []Value, kw []string) (Value, *Exc) {
		if !th(self).started {
			return Null, ExcMsg(ExcRuntimeError, "cannot join thread before it is started")
		}
		return None, nil
	})
	T.Method("is_alive", func(self Value, args []Value, kw []string) (Value, *Exc) {
		t := th(self)
		return Bool(t.started && !t.done), nil
	})
	T.GetSet("name", func(v Value) (Value, *Exc) { return Str(th(v).th.Name), nil },
		func(v, x Value) *Exc { s, _ := AsStr(x); th(v).th.Name = s; return nil })
	T.Getter("ident", func(v Value) (Value, *Exc) {
		if !th(v).started {
			return None, nil
		}
		return Int(th(v).th.Ident), nil
	})
	T.GetSet("daemon", func(v Value) (Value, *Exc) { return Bool(th(v).daemon), nil },
		func(v, x Value) *Exc { b, e := Truth(x); th(v).daemon = b; return e })

	L := TLockType
	lk := func(v Value) *tlock { return v.O.(*tlock) }
	L.Repr = func(v Value) (string, *Exc) {
		s := "unlocked"
		if lk(v).locked {
			s = "locked"
		}
		return "<" + s + " _thread.lock object at " + AddrOf(v) + ">", nil
	}
	acquire := func(self Value, args []Value, kw []string) (Value, *Exc) {
		l := lk(self)
		if l.locked {
			// Another thread would have to release it; none can run here.
			return False, nil
		}
		l.locked = true
		return True, nil
	}
	release := func(self Value, args []Value, kw []string) (Value, *Exc) {
		l := lk(self)
		if !l.locked {
			return Null, ExcMsg(ExcRuntimeError, "release unlocked lock")
		}
		l.locked = false
		return None, nil
	}
	L.Method("acquire", acquire)
	L.Method("release", release)
	L.Method("locked", func(self Value, args []Value, kw []string) (Value, *Exc) { return Bool(lk(self).locked), nil })
	L.Method("__enter__", acquire)
	L.Method("__exit__", func(self Value, args []Value, kw []string) (Value, *Exc) {
		_, e := release(self, nil, nil)
		return False, e
	})

	E := TEventType
	E.New = func(cls *Type, args []Value, kw []string) (Value, *Exc) { return Obj(&tevent{}), nil }
	E.Init = func(self Value, args []Value, kw []string) *Exc { return nil }
	E.Method("set", func(self Value, args []Value, kw []string) (Value, *Exc) {
		self.O.(*tevent).set = true
		return None, nil
	})
	E.Method("clear", func(self Value, args []Value, kw []string) (Value, *Exc) {
		self.O.(*tevent).set = false
		return None, nil
	})
	E.Method("is_set", func(self Value, args []Value, kw []string) (Value, *Exc) { return Bool(self.O.(*tevent).set), nil })
	E.Method("wait", func(self Value, args []Value, kw []string) (Value, *Exc) { return Bool(self.O.(*tevent).set), nil })

	m := DefineModule("threading")
	m.Set("Thread", Obj(ThreadType))
	m.Set("Event", Obj(TEventType))
	newLock := func(args []Value, kw []string) (Value, *Exc) { return Obj(&tlock{}), nil }
	m.Fn("Lock", newLock)
	m.Fn("RLock", newLock)
	m.Fn("current_thread", func(args []Value, kw []string) (Value, *Exc) { return Obj(threadOf(CurrentThread())), nil })
	m.Fn("main_thread", func(args []Value, kw []string) (Value, *Exc) { return Obj(threadOf(MainThread())), nil })
	m.Fn("get_ident", func(args []Value, kw []string) (Value, *Exc) { return Int(CurrentThread().Ident), nil })
	m.Fn("active_count", func(args []Value, kw []string) (Value, *Exc) { return Int(1), nil })
}
