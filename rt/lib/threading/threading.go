package threading

import "github.com/py2goasync/py2goasync/rt"

// threading: current_thread/main_thread/get_ident, Thread, Lock, Event.
//
// Plain threads are not tracked workers (docs/deterministic.md): their
// time.sleep only advances the clock. Thread.start() therefore runs the
// target to completion at once, in its own Python thread state — the
// order CPython shows when a started thread runs until it finishes before
// the starting thread resumes (start() waits for the thread to begin, and
// nothing here makes it block). join() has nothing left to wait for.

var (
	ThreadType  = rt.NewType("Thread", rt.ObjectType)
	TLockType   = rt.NewType("lock", rt.ObjectType)
	TEventType  = rt.NewType("Event", rt.ObjectType)
	threadCount = 0
)

type threadObj struct {
	th      *rt.Thread
	target  rt.Value
	args    []rt.Value
	kwnames []string
	started bool
	done    bool
	daemon  bool
	dict    *rt.Dict
}

func (*threadObj) Type() *rt.Type { return ThreadType }

func (t *threadObj) InstDict() *rt.Dict {
	if t.dict == nil {
		t.dict = rt.NewStrDict()
	}
	return t.dict
}

// threadObjs maps Python thread states to their Thread objects.
var threadObjs = map[*rt.Thread]*threadObj{}

func threadOf(p *rt.Thread) *threadObj {
	if t, ok := threadObjs[p]; ok {
		return t
	}
	t := &threadObj{th: p, started: true}
	threadObjs[p] = t
	return t
}

type tlock struct{ locked bool }

func (*tlock) Type() *rt.Type { return TLockType }

type tevent struct{ set bool }

func (*tevent) Type() *rt.Type { return TEventType }

func init() {
	ThreadType.Module = "threading"
	TLockType.Module = "_thread"
	TEventType.Module = "threading"
	T := ThreadType
	th := func(v rt.Value) *threadObj { return v.O.(*threadObj) }
	T.New = func(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		a, e := rt.ParseArgs("Thread", args, kw, []string{"group", "target", "name", "args", "kwargs", "daemon"}, 0)
		if e != nil {
			return rt.Null, e
		}
		threadCount++
		t := &threadObj{th: rt.NewThread(), target: a[1]}
		t.th.Name = "Thread-" + rt.Itoa(threadCount)
		if !a[1].IsNull() && !a[1].IsNone() {
			if q, e := rt.GetAttr(a[1], "__name__"); e == nil {
				if s, ok := rt.AsStr(q); ok {
					t.th.Name += " (" + s + ")"
				}
			}
		}
		if s, ok := rt.AsStr(a[2]); ok {
			t.th.Name = s
		}
		if !a[3].IsNull() {
			if t.args, e = rt.IterValues(a[3]); e != nil {
				return rt.Null, e
			}
		}
		if !a[4].IsNull() && !a[4].IsNone() {
			keys, e := rt.IterValues(a[4])
			if e != nil {
				return rt.Null, e
			}
			for _, k := range keys {
				v, e := rt.GetItem(a[4], k)
				if e != nil {
					return rt.Null, e
				}
				ks, _ := rt.AsStr(k)
				t.args = append(t.args, v)
				t.kwnames = append(t.kwnames, ks)
			}
		}
		if a[5].K == rt.KBool {
			t.daemon = a[5].I != 0
		}
		threadObjs[t.th] = t
		return rt.Obj(t), nil
	}
	T.Init = func(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }
	T.Repr = func(v rt.Value) (string, *rt.Exc) {
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
			state += " " + rt.Itoa(int(t.th.Ident))
		}
		return "<Thread(" + t.th.Name + ", " + state + ")>", nil
	}
	T.Method("start", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		t := th(self)
		if t.started {
			return rt.Null, rt.ExcMsg(rt.ExcRuntimeError, "threads can only be started once")
		}
		t.started = true
		e := rt.RunAsThread(t.th, func() *rt.Exc {
			run, e := rt.GetAttr(self, "run")
			if e != nil {
				return e
			}
			_, e = rt.Call(run, nil, nil)
			return e
		})
		t.done = true
		if e != nil && !rt.IsExcInstance(e, rt.ExcSystemExit) {
			rt.WriteStderr("Exception in thread " + t.th.Name + ":\n")
			rt.PrintException(e)
		}
		return rt.None, nil
	})
	T.Method("run", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		t := th(self)
		if t.target.IsNull() || t.target.IsNone() {
			return rt.None, nil
		}
		_, e := rt.Call(t.target, t.args, t.kwnames)
		return rt.None, e
	})
	T.Method("join", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		if !th(self).started {
			return rt.Null, rt.ExcMsg(rt.ExcRuntimeError, "cannot join thread before it is started")
		}
		return rt.None, nil
	})
	T.Method("is_alive", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		t := th(self)
		return rt.Bool(t.started && !t.done), nil
	})
	T.GetSet("name", func(v rt.Value) (rt.Value, *rt.Exc) { return rt.Str(th(v).th.Name), nil },
		func(v, x rt.Value) *rt.Exc { s, _ := rt.AsStr(x); th(v).th.Name = s; return nil })
	T.Getter("ident", func(v rt.Value) (rt.Value, *rt.Exc) {
		if !th(v).started {
			return rt.None, nil
		}
		return rt.Int(th(v).th.Ident), nil
	})
	T.GetSet("daemon", func(v rt.Value) (rt.Value, *rt.Exc) { return rt.Bool(th(v).daemon), nil },
		func(v, x rt.Value) *rt.Exc { b, e := rt.Truth(x); th(v).daemon = b; return e })

	L := TLockType
	lk := func(v rt.Value) *tlock { return v.O.(*tlock) }
	L.Repr = func(v rt.Value) (string, *rt.Exc) {
		s := "unlocked"
		if lk(v).locked {
			s = "locked"
		}
		return "<" + s + " _thread.lock object at " + rt.AddrOf(v) + ">", nil
	}
	acquire := func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		l := lk(self)
		if l.locked {
			// Another thread would have to release it; none can run here.
			return rt.False, nil
		}
		l.locked = true
		return rt.True, nil
	}
	release := func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		l := lk(self)
		if !l.locked {
			return rt.Null, rt.ExcMsg(rt.ExcRuntimeError, "release unlocked lock")
		}
		l.locked = false
		return rt.None, nil
	}
	L.Method("acquire", acquire)
	L.Method("release", release)
	L.Method("locked", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		return rt.Bool(lk(self).locked), nil
	})
	L.Method("__enter__", acquire)
	L.Method("__exit__", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		_, e := release(self, nil, nil)
		return rt.False, e
	})

	E := TEventType
	E.New = func(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) { return rt.Obj(&tevent{}), nil }
	E.Init = func(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }
	E.Method("set", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		self.O.(*tevent).set = true
		return rt.None, nil
	})
	E.Method("clear", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		self.O.(*tevent).set = false
		return rt.None, nil
	})
	E.Method("is_set", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		return rt.Bool(self.O.(*tevent).set), nil
	})
	E.Method("wait", func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		return rt.Bool(self.O.(*tevent).set), nil
	})

	m := rt.DefineModule("threading")
	m.Set("Thread", rt.Obj(ThreadType))
	m.Set("Event", rt.Obj(TEventType))
	newLock := func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) { return rt.Obj(&tlock{}), nil }
	m.Fn("Lock", newLock)
	m.Fn("RLock", newLock)
	m.Fn("current_thread", func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		return rt.Obj(threadOf(rt.CurrentThread())), nil
	})
	m.Fn("main_thread", func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) { return rt.Obj(threadOf(rt.MainThread())), nil })
	m.Fn("get_ident", func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) { return rt.Int(rt.CurrentThread().Ident), nil })
	m.Fn("active_count", func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) { return rt.Int(1), nil })
}
