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

// threadObjOf returns the *threadObj the value holds.
func threadObjOf(v rt.Value) *threadObj { return v.O.(*threadObj) }

// tlockOf returns the *tlock the value holds.
func tlockOf(v rt.Value) *tlock { return v.O.(*tlock) }

// tlockRelease is lock.release (and the end of lock.__exit__).
func tlockRelease(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	l := tlockOf(self)
	if !l.locked {
		return rt.Null, rt.ExcMsg(rt.ExcRuntimeError, "release unlocked lock")
	}
	l.locked = false
	return rt.None, nil
}

func init() {
	ThreadType.Module = "threading"
	TLockType.Module = "_thread"
	TEventType.Module = "threading"
	T := ThreadType
	T.New = threadNew
	T.Init = threadInit
	T.Repr = threadRepr
	T.Method("start", threadStart)
	T.Method("run", threadRun)
	T.Method("join", threadJoin)
	T.Method("is_alive", threadIsAlive)
	T.GetSet("name", threadName, threadSetName)
	T.Getter("ident", threadIdent)
	T.GetSet("daemon", threadDaemon, threadSetDaemon)

	L := TLockType
	L.Repr = lockRepr
	acquire := func(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
		l := tlockOf(self)
		if l.locked {
			// Another thread would have to release it; none can run here.
			return rt.False, nil
		}
		l.locked = true
		return rt.True, nil
	}
	L.Method("acquire", acquire)
	L.Method("release", tlockRelease)
	L.Method("locked", lockLocked)
	L.Method("__enter__", acquire)
	L.Method("__exit__", lockExit)

	E := TEventType
	E.New = eventNew
	E.Init = eventInit
	E.Method("set", eventSet)
	E.Method("clear", eventClear)
	E.Method("is_set", eventIsSet)
	E.Method("wait", eventWait)

	m := rt.DefineModule("threading")
	m.Set("Thread", rt.Obj(ThreadType))
	m.Set("Event", rt.Obj(TEventType))
	newLock := func(args []rt.Value, kw []string) (rt.Value, *rt.Exc) { return rt.Obj(&tlock{}), nil }
	m.Fn("Lock", newLock)
	m.Fn("RLock", newLock)
	m.Fn("current_thread", threadingCurrentThread)
	m.Fn("main_thread", threadingMainThread)
	m.Fn("get_ident", threadingGetIdent)
	m.Fn("active_count", threadingActiveCount)
}

// threadNew is the New hook (__new__) of Thread.
func threadNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
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

// threadInit is the Init hook (__init__) of Thread.
func threadInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }

// threadRepr is the Repr hook (__repr__) of Thread.
func threadRepr(v rt.Value) (string, *rt.Exc) {
	t := threadObjOf(v)
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

// lockRepr is the Repr hook (__repr__) of lock.
func lockRepr(v rt.Value) (string, *rt.Exc) {
	s := "unlocked"
	if tlockOf(v).locked {
		s = "locked"
	}
	return "<" + s + " _thread.lock object at " + rt.AddrOf(v) + ">", nil
}

// eventNew is the New hook (__new__) of Event.
func eventNew(cls *rt.Type, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Obj(&tevent{}), nil
}

// eventInit is the Init hook (__init__) of Event.
func eventInit(self rt.Value, args []rt.Value, kw []string) *rt.Exc { return nil }

// lockExit is lock.__exit__.
func lockExit(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	_, e := tlockRelease(self, nil, nil)
	return rt.False, e
}

// threadStart is Thread.start.
func threadStart(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	t := threadObjOf(self)
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
}

// threadRun is Thread.run.
func threadRun(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	t := threadObjOf(self)
	if t.target.IsNull() || t.target.IsNone() {
		return rt.None, nil
	}
	_, e := rt.Call(t.target, t.args, t.kwnames)
	return rt.None, e
}

// threadJoin is Thread.join.
func threadJoin(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	if !threadObjOf(self).started {
		return rt.Null, rt.ExcMsg(rt.ExcRuntimeError, "cannot join thread before it is started")
	}
	return rt.None, nil
}

// threadIsAlive is Thread.is_alive.
func threadIsAlive(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	t := threadObjOf(self)
	return rt.Bool(t.started && !t.done), nil
}

// threadName is Thread.name.
func threadName(v rt.Value) (rt.Value, *rt.Exc) { return rt.Str(threadObjOf(v).th.Name), nil }

// threadSetName is the setter of Thread.name.
func threadSetName(v, x rt.Value) *rt.Exc {
	s, _ := rt.AsStr(x)
	threadObjOf(v).th.Name = s
	return nil
}

// threadIdent is Thread.ident.
func threadIdent(v rt.Value) (rt.Value, *rt.Exc) {
	if !threadObjOf(v).started {
		return rt.None, nil
	}
	return rt.Int(threadObjOf(v).th.Ident), nil
}

// threadDaemon is Thread.daemon.
func threadDaemon(v rt.Value) (rt.Value, *rt.Exc) { return rt.Bool(threadObjOf(v).daemon), nil }

// threadSetDaemon is the setter of Thread.daemon.
func threadSetDaemon(v, x rt.Value) *rt.Exc { b, e := rt.Truth(x); threadObjOf(v).daemon = b; return e }

// lockLocked is lock.locked.
func lockLocked(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Bool(tlockOf(self).locked), nil
}

// eventSet is Event.set.
func eventSet(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	self.O.(*tevent).set = true
	return rt.None, nil
}

// eventClear is Event.clear.
func eventClear(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	self.O.(*tevent).set = false
	return rt.None, nil
}

// eventIsSet is Event.is_set.
func eventIsSet(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Bool(self.O.(*tevent).set), nil
}

// eventWait is Event.wait.
func eventWait(self rt.Value, args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Bool(self.O.(*tevent).set), nil
}

// threadingCurrentThread is threading.current_thread.
func threadingCurrentThread(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Obj(threadOf(rt.CurrentThread())), nil
}

// threadingMainThread is threading.main_thread.
func threadingMainThread(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Obj(threadOf(rt.MainThread())), nil
}

// threadingGetIdent is threading.get_ident.
func threadingGetIdent(args []rt.Value, kw []string) (rt.Value, *rt.Exc) {
	return rt.Int(rt.CurrentThread().Ident), nil
}

// threadingActiveCount is threading.active_count.
func threadingActiveCount(args []rt.Value, kw []string) (rt.Value, *rt.Exc) { return rt.Int(1), nil }
