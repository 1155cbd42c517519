package lower_test

import (
	"testing"

	"github.com/py2goasync/py2goasync/lower"
)

// The compile-time errors CPython's compiler (not its symbol table)
// raises, with python3's messages and positions (checked by hand with
// compile(); TestLowerStdlib compares verdicts on whole files).
func TestLowerSyntaxErrors(t *testing.T) {
	expectSyntaxError(t, "await x\n", "file.py:1:1: SyntaxError: 'await' outside function")
	expectSyntaxError(t, "class C:\n  await x\n", "file.py:2:3: SyntaxError: 'await' outside function")
	expectSyntaxError(t, "def f():\n  await x\n", "file.py:2:3: SyntaxError: 'await' outside async function")
	expectSyntaxError(t, "x = lambda: await y\n", "file.py:1:13: SyntaxError: 'await' outside async function")
	expectSyntaxError(t, "async def f():\n  def g(): await y\n", "file.py:2:12: SyntaxError: 'await' outside async function")
	expectSyntaxError(t, "x = 1\nyield 2\n", "file.py:2:1: SyntaxError: 'yield' outside function")
	expectSyntaxError(t, "yield from x\n", "file.py:1:1: SyntaxError: 'yield' outside function")
	expectSyntaxError(t, "class C:\n  yield 1\n", "file.py:2:3: SyntaxError: 'yield' outside function")
	expectSyntaxError(t, "async def f():\n  x = yield from y\n", "file.py:2:7: SyntaxError: 'yield from' inside async function")
	expectSyntaxError(t, "return 1\n", "file.py:1:1: SyntaxError: 'return' outside function")
	expectSyntaxError(t, "async def g():\n  yield 1\n  return 2\n", "file.py:3:3: SyntaxError: 'return' with value in async generator")
	expectSyntaxError(t, "break\n", "file.py:1:1: SyntaxError: 'break' outside loop")
	expectSyntaxError(t, "continue\n", "file.py:1:1: SyntaxError: 'continue' not properly in loop")
	expectSyntaxError(t, "for x in y:\n  def f():\n    break\n", "file.py:3:5: SyntaxError: 'break' outside loop")
	expectSyntaxError(t, "for x in y:\n  pass\nelse:\n  break\n", "file.py:4:3: SyntaxError: 'break' outside loop")
	expectSyntaxError(t, "def f():\n  [x async for x in y]\n", "file.py:2:3: SyntaxError: asynchronous comprehension outside of an asynchronous function")
	expectSyntaxError(t, "def g():\n  return [await x for x in y]\n", "file.py:2:10: SyntaxError: asynchronous comprehension outside of an asynchronous function")
	expectSyntaxError(t, "def f():\n  async with x: pass\n", "file.py:2:3: SyntaxError: 'async with' outside async function")
	expectSyntaxError(t, "def f():\n  async for x in y: pass\n", "file.py:2:3: SyntaxError: 'async for' outside async function")
	expectSyntaxError(t, "async for x in y: pass\n", "file.py:1:1: SyntaxError: 'async for' outside async function")
	// Symbol table errors come from Resolve.
	expectSyntaxError(t, "def f(x):\n  global x\n", "file.py:2:3: SyntaxError: name 'x' is parameter and global")

	// Interactive mode allows the top level (only) to await.
	i := lower.Options{Interactive: true}
	expectSyntaxErrorOpts(t, "class C:\n  await x\n", i, "file.py:2:3: SyntaxError: 'await' outside function")
	expectSyntaxErrorOpts(t, "def f():\n  await x\n", i, "file.py:2:3: SyntaxError: 'await' outside async function")
	expectSyntaxErrorOpts(t, "return 1\n", i, "file.py:1:1: SyntaxError: 'return' outside function")
}

func TestLowerAccepts(t *testing.T) {
	// Valid in CPython 3.11: an async generator expression in a plain
	// function, continue in finally, await in a genexp.
	for _, src := range []string{
		"def f():\n  return (await x for x in y)\n",
		"def f():\n  return (x async for x in y)\n",
		"for x in y:\n  try:\n    pass\n  finally:\n    continue\n",
		"async def f():\n  return [[await z for z in x] for x in y]\n",
		"from __future__ import annotations\nx: int\n",
		"class C:\n  global g\n  g = 1\n",
	} {
		if _, err := lowerSrc(t, src, lower.Options{}); err != nil {
			t.Errorf("Lower(%q): %v", src, err)
		}
	}
}

func TestLowerUnsupported(t *testing.T) {
	expectUnsupported(t, "match x:\n  case 1: pass\n", "file.py:1:1: unsupported: match statement")
	expectUnsupported(t, "from os import *\n", "file.py:1:1: unsupported: from ... import *")
	expectUnsupported(t, "def f():\n    match x:\n        case _: pass\n", "file.py:2:5: unsupported: match statement")
}

func TestLowerSmall(t *testing.T) {
	expectIR(t, "pass\n", `
func <module>@1 module
  body:
    pass
`)
	// Module-level annotations are stored in __annotations__,
	// function-level ones are not evaluated.
	expectIR(t, "x: int\ndef f():\n  y: int\n  return y\n", `
func <module>@1 module
  body:
    setup_annotations
    global:__annotations__['x'] = global:int
    global:f = function f@2()
  func f@2 plain
    locals: f.local:y
    body:
      return f.local:y
`)
	expectIROpts(t, "1 + 1\ndef f():\n  2\n", lower.Options{Interactive: true}, `
func <module>@1 module
  body:
    echo (1 + 1)
    global:f = function f@2()
  func f@2 plain
    body:
      2
`)
	expectIR(t, "@a\n@b.c(1)\nasync def f(): pass\n", `
func <module>@1 module
  body:
    global:f = global:a(global:b.c(1)(function f@3()))
  func f@3 coroutine
    body:
      pass
`)
	expectIR(t, "class C:\n  def __f(self, __x): return self.__y, __z\n", `
func <module>@1 module
  body:
    global:C = class C@1()
  func C@1 class
    body:
      class:_C__f = function C.__f@2()
    func C.__f@2 plain
      params: __f.local:self, __f.local:_C__x
      locals: __f.local:self __f.local:_C__x
      body:
        return (__f.local:self._C__y, global:_C__z)
`)
	expectIR(t, "def f():\n  global g\n  def g(): pass\n  class K: pass\n", `
func <module>@1 module
  body:
    global:f = function f@1()
  func f@1 plain
    locals: f.local:K
    body:
      global:g = function g@3()
      f.local:K = class f.<locals>.K@4()
    func g@3 plain
      body:
        pass
    func f.<locals>.K@4 class
      body:
        pass
`)
}

func TestLowerFutureErrors(t *testing.T) {
	expectSyntaxError(t, "import os\nfrom __future__ import annotations\n", "file.py:2:1: SyntaxError: from __future__ imports must occur at the beginning of the file")
	expectSyntaxError(t, "def f():\n    from __future__ import annotations\n", "file.py:2:5: SyntaxError: from __future__ imports must occur at the beginning of the file")
	expectIR(t, "'doc'\nfrom __future__ import annotations\nfrom __future__ import annotations\n", `
func <module>@1 module
  doc: 'doc'
  body:
    global:__doc__ = 'doc'
`)
}

func TestLowerInteractiveFuture(t *testing.T) {
	i := lower.Options{Interactive: true}
	expectIROpts(t, "'not a doc'\nimport os\nfrom __future__ import annotations\n", i, `
func <module>@1 module
  body:
    echo 'not a doc'
    global:os = import("os")
`)
	expectSyntaxErrorOpts(t, "if x:\n    from __future__ import annotations\n", i, "file.py:2:5: SyntaxError: from __future__ imports must occur at the beginning of the file")
}
