"""Deterministic mode for CPython 3.11 (the recorder's side).

Usage:
    python3 golden/deterministic.py [--interactive[=repl|=asyncio]] PROGRAM.py ARGS...

Installs the virtual clock, the fixed random seed, the seeded os.urandom
stream and the thread rule, then runs PROGRAM.py as __main__ (or as an
interactive session).  docs/deterministic.md is the specification; every
constant and rule here is described there, and the Go runtime implements
the same rules.
"""

import os
import sys

if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
    sys.exit("deterministic.py: CPython 3.11 is required, this is %s %d.%d" % ((sys.implementation.name,) + tuple(sys.version_info[:2])))

# Hash randomization and the time zone must be fixed before the interpreter
# starts: re-execute once with them set.
if os.environ.get("PYTHONHASHSEED") != "0" or os.environ.get("TZ") != "UTC":
    env = dict(os.environ, PYTHONHASHSEED="0", TZ="UTC")
    os.execve(sys.executable, [sys.executable] + sys.argv, env)

import ast  # noqa: E402
import builtins  # noqa: E402
import fractions  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import types  # noqa: E402
import weakref  # noqa: E402

# ---------------------------------------------------------------- constants

WALL_START_NS = 1704067200 * 10**9  # 2024-01-01 00:00:00 UTC
MONO_START_NS = 1000 * 10**9  # monotonic() == perf_counter() == 1000.0 at start
RANDOM_SEED = 12345  # random.seed(RANDOM_SEED) at start-up
URANDOM_SEED = 67890  # os.urandom(n) == _urandom_rng.randbytes(n)
DEFAULT_MAX_WORKERS = 6  # ThreadPoolExecutor() default, min(32, 2 + 4)

# ---------------------------------------------------------------- clock

_cv = threading.Condition(threading.Lock())
_mono_ns = MONO_START_NS  # guarded by _cv


def _now_ns():
    return _mono_ns


def _advance_to(t):
    global _mono_ns
    if t > _mono_ns:
        _mono_ns = t


def _sec_to_ns_ceil(x):
    """Smallest integer n with n >= x * 10**9, computed exactly."""
    f = fractions.Fraction(x) * 10**9
    n = f.numerator // f.denominator
    if n * f.denominator < f.numerator:
        n += 1
    return n


_real = types.SimpleNamespace(
    localtime=time.localtime,
    gmtime=time.gmtime,
    strftime=time.strftime,
    ctime=time.ctime,
    asctime=time.asctime,
    sleep=time.sleep,
)


def _time_ns():
    return WALL_START_NS + (_mono_ns - MONO_START_NS)


def _time():
    return _time_ns() / 10**9  # correctly rounded quotient


def _monotonic_ns():
    return _mono_ns


def _monotonic():
    return _mono_ns / 10**9


def _localtime(secs=None):
    return _real.localtime(_time() if secs is None else secs)


def _gmtime(secs=None):
    return _real.gmtime(_time() if secs is None else secs)


def _strftime(fmt, t=None):
    return _real.strftime(fmt, _localtime() if t is None else t)


def _ctime(secs=None):
    return _real.ctime(_time() if secs is None else secs)


def _asctime(t=None):
    return _real.asctime(_localtime() if t is None else t)


# ---------------------------------------------------------------- threads
#
# Executor jobs submitted while an event loop runs in the submitting thread
# are "tracked".  Exactly one of {the loop thread, one tracked job} runs at
# a time: jobs run only when the loop hands them the turn from inside its
# selector's select(), in FIFO order of (wake-up time, sequence number).  A
# tracked job's time.sleep(d) is a virtual timer: it gives the turn back
# and waits until the loop jumps the clock to now + d.

_tls = threading.local()
_seq = 0
_pending = []  # [wake_ns, seq, ticket] of tracked jobs waiting for the turn
_turn = None  # ticket that may run, or None (the loop's turn)


class _Ticket:
    __slots__ = ("executor", "started", "finished")

    def __init__(self, executor):
        self.executor = executor
        self.started = False
        self.finished = False


def _eligible(p):
    """A job that has not started yet can run only if its executor has a
    free worker thread (fewer started, unfinished jobs than max_workers);
    jobs of one executor start in submission order."""
    t = p[2]
    if t.started:
        return True
    busy = 0
    for q in _pending:
        if q[2].executor is t.executor and q[2].started:
            busy += 1
    return busy < t.executor._max_workers


def _ready_pending():
    return [p for p in _pending if _eligible(p)]


def _enqueue(wake_ns, ticket):
    global _seq
    _seq += 1
    _pending.append([wake_ns, _seq, ticket])


def _wait_turn(ticket):
    while _turn is not ticket:
        _cv.wait()


def _give_back():
    global _turn
    _turn = None
    _cv.notify_all()


def _sleep(secs):
    # Argument checks as CPython's time.sleep: a float, or an int-like
    # object (__index__); NaN and negative values are refused.
    if not isinstance(secs, float):
        import operator

        secs = operator.index(secs)
    if secs != secs:
        raise ValueError("Invalid value NaN (not a number)")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    ticket = getattr(_tls, "ticket", None)
    with _cv:
        d = _sec_to_ns_ceil(secs)
        if ticket is None:
            _advance_to(_mono_ns + d)
            return
        _enqueue(_mono_ns + d, ticket)
        _give_back()
        _wait_turn(ticket)


class _Tracked:
    __slots__ = ("fn", "ticket")

    def __init__(self, fn, ticket):
        self.fn = fn
        self.ticket = ticket

    def __call__(self, *a, **k):
        return self.fn(*a, **k)


def _install_thread_rule():
    import concurrent.futures.thread as cft

    real_init = cft.ThreadPoolExecutor.__init__

    def init(self, max_workers=None, *args, **kwargs):
        # The default depends on os.cpu_count(); fix it (as with 2 CPUs).
        if max_workers is None:
            max_workers = DEFAULT_MAX_WORKERS
        real_init(self, max_workers, *args, **kwargs)

    cft.ThreadPoolExecutor.__init__ = init
    real_submit = cft.ThreadPoolExecutor.submit
    real_run = cft._WorkItem.run

    def submit(self, fn, /, *args, **kwargs):
        import asyncio.events

        if asyncio.events._get_running_loop() is None:
            return real_submit(self, fn, *args, **kwargs)
        ticket = _Ticket(self)
        with _cv:
            _enqueue(_mono_ns, ticket)
        return real_submit(self, _Tracked(fn, ticket), *args, **kwargs)

    def run(self):
        if not isinstance(self.fn, _Tracked):
            return real_run(self)
        ticket = self.fn.ticket
        with _cv:
            _wait_turn(ticket)
            ticket.started = True
        _tls.ticket = ticket
        try:
            # Runs the job and completes its future, which writes the
            # loop's self-pipe before the turn is given back.
            real_run(self)
        finally:
            _tls.ticket = None
            with _cv:
                ticket.finished = True
                _give_back()

    cft.ThreadPoolExecutor.submit = submit
    cft._WorkItem.run = run


# ---------------------------------------------------------------- loop jump


def _install_selector_patch():
    import asyncio.events
    import selectors

    def wrap(real_select):
        def select(self, timeout=None):
            global _turn
            loop = asyncio.events._get_running_loop()
            if loop is None or getattr(loop, "_selector", None) is not self:
                return real_select(self, timeout)
            while True:
                with _cv:
                    due = [p for p in _ready_pending() if p[0] <= _mono_ns]
                    if due:
                        p = min(due, key=lambda p: (p[0], p[1]))
                        _pending.remove(p)
                        _turn = p[2]
                        _cv.notify_all()
                        while _turn is not None:
                            _cv.wait()
                        continue
                events = real_select(self, 0)
                if events or timeout == 0:
                    return events
                with _cv:
                    cands = []
                    if timeout is not None and loop._scheduled:
                        cands.append(_sec_to_ns_ceil(loop._scheduled[0]._when))
                    ready = _ready_pending()
                    if ready:
                        cands.append(min(p[0] for p in ready))
                    if not cands:
                        target = None
                    else:
                        target = min(cands)
                        _advance_to(target)
                if target is None:
                    # Nothing can ever become ready by the clock: a real wait
                    # (signals, real I/O).
                    return real_select(self, timeout)
                with _cv:
                    ready = _ready_pending()
                    if not ready or min(p[0] for p in ready) > _mono_ns:
                        return []

        return select

    for name in ("SelectSelector", "PollSelector", "EpollSelector", "DevpollSelector", "KqueueSelector"):
        cls = getattr(selectors, name, None)
        if cls is not None and "select" in vars(cls):
            cls.select = wrap(vars(cls)["select"])
    base = getattr(selectors, "_PollLikeSelector", None)
    if base is not None and "select" in vars(base):
        base.select = wrap(vars(base)["select"])


# ---------------------------------------------------------------- datetime


def _install_datetime():
    import datetime as dtmod

    real_dt = dtmod.datetime
    real_date = dtmod.date

    class _DTMeta(type):
        def __instancecheck__(cls, obj):
            return isinstance(obj, real_dt)

        def __subclasscheck__(cls, sub):
            return issubclass(sub, real_dt)

    class _DateMeta(type):
        def __instancecheck__(cls, obj):
            return isinstance(obj, real_date)

        def __subclasscheck__(cls, sub):
            return issubclass(sub, real_date)

    class datetime(real_dt, metaclass=_DTMeta):
        def __new__(cls, *a, **k):
            return real_dt(*a, **k)

        @classmethod
        def now(cls, tz=None):
            return real_dt.fromtimestamp(_time(), tz)

        @classmethod
        def today(cls):
            return real_dt.fromtimestamp(_time())

        @classmethod
        def utcnow(cls):
            return real_dt.utcfromtimestamp(_time())

    class date(real_date, metaclass=_DateMeta):
        def __new__(cls, *a, **k):
            return real_date(*a, **k)

        @classmethod
        def today(cls):
            return real_date.fromtimestamp(_time())

    for c in (datetime, date):
        c.__module__ = "datetime"
    dtmod.datetime = datetime
    dtmod.date = date


# ---------------------------------------------------------------- all_tasks order


def _install_task_order():
    import asyncio
    import asyncio.base_events
    import asyncio.tasks

    order = weakref.WeakKeyDictionary()
    counter = [0]
    real_create = asyncio.base_events.BaseEventLoop.create_task

    def create_task(self, coro, *, name=None, context=None):
        t = real_create(self, coro, name=name, context=context)
        counter[0] += 1
        order[t] = counter[0]
        return t

    class _TaskSet(set):
        def __iter__(self):
            return iter(sorted(set.__iter__(self), key=lambda t: order.get(t, 0)))

        def __repr__(self):
            if not self:
                return "set()"
            return "{" + ", ".join(repr(t) for t in self) + "}"

    real_all = asyncio.tasks.all_tasks

    def all_tasks(loop=None):
        return _TaskSet(real_all(loop))

    asyncio.base_events.BaseEventLoop.create_task = create_task
    asyncio.tasks.all_tasks = all_tasks
    asyncio.all_tasks = all_tasks


# ---------------------------------------------------------------- install


def install():
    time.time = _time
    time.time_ns = _time_ns
    time.monotonic = _monotonic
    time.monotonic_ns = _monotonic_ns
    time.perf_counter = _monotonic
    time.perf_counter_ns = _monotonic_ns
    time.sleep = _sleep
    time.localtime = _localtime
    time.gmtime = _gmtime
    time.strftime = _strftime
    time.ctime = _ctime
    time.asctime = _asctime
    time.tzset()

    import random

    random.seed(RANDOM_SEED)
    urandom_rng = random.Random(URANDOM_SEED)

    def urandom(n):
        n = int(n)
        if n < 0:
            raise ValueError("negative argument not allowed")
        return urandom_rng.randbytes(n)

    os.urandom = urandom

    _install_datetime()
    _install_thread_rule()
    _install_selector_patch()
    _install_task_order()


# ---------------------------------------------------------------- running


def _program_frames(tb):
    """Drops the runner's own frames (this file, runpy) from a traceback."""
    me = os.path.realpath(__file__)

    def runner(fn):
        return fn == "<frozen runpy>" or fn.endswith("runpy.py") or os.path.realpath(fn) == me

    while tb is not None and runner(tb.tb_frame.f_code.co_filename):
        tb = tb.tb_next
    return tb


def _report(exc):
    tb = _program_frames(exc.__traceback__)
    sys.excepthook(type(exc), exc.with_traceback(tb), tb)


def _run_script(path):
    # Like python3 PROGRAM.py: the program's module becomes sys.modules
    #["__main__"] and stays there until interpreter shutdown (so objects it
    # holds are finalized at the same moment as in a plain run).
    import importlib.machinery

    with open(path, "rb") as f:
        src = f.read()
    main = types.ModuleType("__main__")
    main.__file__ = path
    main.__cached__ = None
    main.__builtins__ = builtins
    main.__loader__ = importlib.machinery.SourceFileLoader("__main__", path)
    main.__spec__ = None
    main.__annotations__ = {}
    sys.modules["__main__"] = main
    try:
        code = compile(src, path, "exec")
        exec(code, main.__dict__)
    except SystemExit:
        raise
    except BaseException as exc:
        _report(exc)
        sys.exit(1)


def _run_interactive(path, kind):
    import asyncio

    with open(path, "rb") as f:
        src = f.read()
    tree = compile(src, path, "exec", flags=ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    main = types.ModuleType("__main__")
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    ns = main.__dict__
    loop = None
    if kind == "asyncio":
        ns["asyncio"] = asyncio
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT if kind == "asyncio" else 0

    def show(exc):
        # Drop the runner's (and asyncio's) frames before the statement's
        # own, as the REPL shows only frames from <stdin> on.
        tb = exc.__traceback__
        t = tb
        while t is not None and t.tb_frame.f_code.co_filename != "<stdin>":
            t = t.tb_next
        tb = t if t is not None else None
        sys.excepthook(type(exc), exc.with_traceback(tb), tb)

    for stmt in tree.body:
        try:
            code = compile(ast.Interactive(body=[stmt]), "<stdin>", "single", flags=flags)
        except SyntaxError as exc:
            exc.__traceback__ = None
            sys.excepthook(type(exc), exc, None)
            continue
        if loop is None:
            try:
                exec(code, ns)
            except SystemExit:
                raise
            except BaseException as exc:
                show(exc)
            continue
        fut = loop.create_future()

        def callback(code=code, fut=fut):
            func = types.FunctionType(code, ns)
            try:
                coro = func()
            except SystemExit:
                raise
            except BaseException as ex:
                fut.set_exception(ex)
                return
            if not asyncio.iscoroutine(coro):
                fut.set_result(coro)
                return
            t = loop.create_task(coro)
            asyncio.futures._chain_future(t, fut)

        loop.call_soon(callback)
        try:
            loop.run_until_complete(fut)
        except SystemExit:
            raise
        except BaseException as exc:
            show(exc)
    if loop is not None:
        # EOF: the REPL thread ends and the loop is stopped.
        loop.call_soon(loop.stop)
        loop.run_forever()


def main(argv):
    interactive = None
    while argv and argv[0].startswith("--interactive"):
        opt = argv.pop(0)
        interactive = opt.partition("=")[2] or "repl"
        if interactive not in ("repl", "asyncio"):
            sys.exit("deterministic.py: unknown mode " + opt)
    if not argv:
        sys.exit("usage: deterministic.py [--interactive[=repl|=asyncio]] PROGRAM.py ARGS...")
    path = os.path.abspath(argv[0])
    sys.argv = [path] + argv[1:]
    sys.path[0] = os.path.dirname(path)
    install()
    if interactive is None:
        _run_script(path)
    else:
        sys.argv = [""]
        sys.path[0] = ""
        _run_interactive(path, interactive)


if __name__ == "__main__":
    main(sys.argv[1:])
