import asyncio
import collections
import collections.abc as cabc
import typing
from collections.abc import (AsyncIterable, AsyncIterator, Awaitable, Callable, Container, Coroutine,
                             Hashable, Iterable, Iterator, Mapping, MutableMapping, MutableSequence,
                             Sequence, Set, Sized)


async def co():
    pass


async def agen():
    yield 1


def gen():
    yield 1


class AIter:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class Unhashable:
    __hash__ = None


class WithLen:
    def __len__(self):
        return 0

    def __call__(self):
        pass


class MyList(list):
    pass


class MyDict(dict):
    pass


c = co()
values = [[], (), "s", b"b", bytearray(), {}, set(), frozenset(), range(3), 1, 1.5, None, iter([]), gen(),
          c, agen(), AIter(), Unhashable(), WithLen(), MyList(), MyDict(), collections.deque(),
          collections.OrderedDict(), collections.defaultdict(), {}.keys(), {}.values(), len, co, print]
abcs = [Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Callable, Awaitable, Coroutine,
        AsyncIterator, AsyncIterable, Hashable, Sized, Container, Set, cabc.Collection, cabc.Reversible,
        cabc.Generator, cabc.AsyncGenerator]
for v in values:
    print(type(v).__name__, "".join("1" if isinstance(v, a) else "0" for a in abcs))
c.close()
for t in [list, dict, str, int, MyList, type(None)]:
    print(t.__name__, "".join("1" if issubclass(t, a) else "0" for a in abcs))
print(isinstance([], (int, Sequence)), isinstance(3, (str, Mapping)))
print(isinstance([], typing.List), isinstance({}, typing.Dict), isinstance([], typing.Sequence),
      isinstance(set(), typing.Set), isinstance(frozenset(), typing.AbstractSet), isinstance(1, typing.Iterable))
for bad in [typing.List[int], cabc.Sequence[int]]:
    try:
        isinstance([], bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        issubclass(list, bad)
    except TypeError as e:
        print("TypeError:", e)


class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return inst == 42

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub)
        return sub is int


class Anything(metaclass=Meta):
    pass


class Sub(Anything):
    pass


print(isinstance(42, Anything), isinstance("x", Anything), isinstance(Sub(), Anything), isinstance(Anything(), Anything))
print(issubclass(int, Anything), issubclass(str, Anything), issubclass(Sub, Anything), issubclass(1, Anything))
print(isinstance(42, (str, Anything)), issubclass(int, (str, Anything)))
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
