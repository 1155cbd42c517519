package lower_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/lower"
	"github.com/py2goasync/py2goasync/parser"
)

// compileCases are programs around CPython's compile-time checks. For
// each, python3 says at test time whether it compiles, as a script
// (compile(src, "exec")) and as the interactive interpreter runs it (each
// top-level statement compiled alone in "single" mode with top-level
// await, as golden/deterministic.py does), and Lower must agree: the same
// SyntaxError (message, line, offset), or success.
var compileCases = []string{
	"await x\n",
	"x = [await y for y in z]\n",
	"x = [y async for y in z]\n",
	"x = (y async for y in z)\n",
	"async for x in y:\n  pass\n",
	"async with x:\n  pass\n",
	"async with x as (a, b):\n  await a\n",
	"class C:\n  await x\n",
	"class C:\n  x = [await y for y in z]\n",
	"def f():\n  await x\n",
	"def f():\n  return (await x for x in y)\n",
	"def f():\n  return [await x for x in y]\n",
	"def f():\n  return [[x async for x in y] for z in w]\n",
	"def f():\n  return [x for x in await y]\n",
	"async def f():\n  return [[await x for x in y] for z in w]\n",
	"async def f():\n  return [x for x in await y]\n",
	"async def f():\n  lambda: await y\n",
	"async def f():\n  def g():\n    await y\n",
	"async def f():\n  class C:\n    await y\n",
	"async def f(x=await y):\n  pass\n",
	"def f(x=await y):\n  pass\n",
	"@await d\ndef f():\n  pass\n",
	"x = lambda: (yield)\n",
	"yield x\n",
	"yield from x\n",
	"class C:\n  yield\n",
	"async def f():\n  yield from x\n",
	"async def f():\n  yield 1\n  return\n",
	"async def f():\n  return 2\n  yield 1\n",
	"def f():\n  yield 1\n  return 2\n",
	"return\n",
	"class C:\n  return 1\n",
	"break\n",
	"continue\n",
	"while x:\n  def f():\n    continue\n",
	"while x:\n  class C:\n    break\n",
	"while x:\n  pass\nelse:\n  continue\n",
	"for x in y:\n  try:\n    pass\n  finally:\n    continue\n",
	"for x in y:\n  with z:\n    break\n",
	"def f():\n  async for x in y:\n    pass\n",
	"def f():\n  async with x:\n    pass\n",
	"lambda: [x async for x in y]\n",
	"import os\nfrom __future__ import annotations\n",
	"'doc'\nfrom __future__ import annotations\nimport os\n",
	"def f():\n  from __future__ import annotations\n",
	"if x:\n  from __future__ import annotations\n",
	"from __future__ import annotations\nfrom __future__ import annotations\n",
	"x = 1\nif x:\n  await y\n",
	"for i in range(3):\n  await y\n",
	"try:\n  await x\nexcept E as e:\n  await e\n",
	"def f(x: (yield)):\n  pass\n",
	"def f() -> await x:\n  pass\n",
	"async def f():\n  def g(x: await y): pass\n",
	"async def f():\n  x: await y = 1\n",
	"x: (yield) = 1\n",
	"x: await y\n",
	"class C:\n  x: (yield)\n",
	"def f():\n  x: (yield)\n",
	"def f():\n  x.y: (yield)\n",
	"async def f():\n  x: [z async for z in w]\n",
	// except* (PEP 654): handlers cannot be left by break, continue or
	// return; loops, functions and classes inside them start afresh.
	"try:\n  pass\nexcept* ValueError:\n  pass\nexcept* (KeyError, TypeError) as e:\n  print(e)\nelse:\n  pass\nfinally:\n  pass\n",
	"try:\n  pass\nexcept* ValueError:\n  break\n",
	"for x in y:\n  try:\n    pass\n  except* ValueError:\n    break\n",
	"for x in y:\n  try:\n    pass\n  except* ValueError:\n    continue\n",
	"for x in y:\n  try:\n    pass\n  except* ValueError:\n    pass\n  else:\n    break\n",
	"for x in y:\n  try:\n    pass\n  except* ValueError:\n    pass\n  finally:\n    continue\n",
	"try:\n  pass\nexcept* ValueError:\n  for x in y:\n    break\n  while x:\n    continue\n",
	"for x in y:\n  try:\n    pass\n  except* ValueError:\n    while x:\n      pass\n    else:\n      break\n",
	"for x in y:\n  try:\n    pass\n  except* ValueError:\n    class C:\n      pass\n    lambda: 1\n    [x for x in y]\n    continue\n",
	"def f():\n  try:\n    pass\n  except* ValueError:\n    return\n",
	"def f():\n  try:\n    pass\n  except* ValueError:\n    return 1\n",
	"def f():\n  try:\n    pass\n  except* ValueError:\n    return -1, 'a' 'b'\n",
	"def f():\n  try:\n    pass\n  except* ValueError:\n    return (\n1)\n",
	"def f():\n  try:\n    pass\n  except* ValueError:\n    return x\n",
	"def f():\n  try:\n    pass\n  except* ValueError:\n    return await x\n",
	"def f():\n  try:\n    pass\n  except* ValueError:\n    try:\n      pass\n    finally:\n      return\n",
	"try:\n  pass\nexcept* ValueError:\n  def g():\n    return 1\n",
	"def f():\n  for x in y:\n    try:\n      pass\n    except* ValueError:\n      try:\n        pass\n      except* TypeError:\n        pass\n      break\n",
}

type cpythonVerdict struct {
	Msg    string `json:"msg"`
	Lineno int    `json:"lineno"`
	Offset int    `json:"offset"`
}

const verdictScript = `
import ast, json, sys, warnings
warnings.simplefilter("ignore")
cases = json.load(sys.stdin)
out = []
def verdict(fn):
    try:
        fn()
        return {}
    except SyntaxError as e:
        return {"msg": e.msg, "lineno": e.lineno, "offset": e.offset}
def interactive(src):
    tree = compile(src, "file.py", "exec", flags=ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    for stmt in tree.body:
        compile(ast.Interactive(body=[stmt]), "file.py", "single", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
for src in cases:
    out.append([verdict(lambda: compile(src, "file.py", "exec", dont_inherit=True)),
                verdict(lambda: interactive(src))])
print(json.dumps(out))
`

func TestLowerErrorsAgreeWithCPython(t *testing.T) {
	in, _ := json.Marshal(compileCases)
	cmd := exec.Command("python3", "-c", verdictScript)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3 (CPython 3.11) is needed: %v", err)
	}
	var verdicts [][2]cpythonVerdict
	if err := json.Unmarshal(out, &verdicts); err != nil {
		t.Fatal(err)
	}
	for i, src := range compileCases {
		for mode, interactive := range []bool{false, true} {
			want := verdicts[i][mode]
			_, err := lowerSrc(t, src, lower.Options{Interactive: interactive})
			got := "ok"
			var se *parser.SyntaxError
			if errors.As(err, &se) {
				got = fmt.Sprintf("%d:%d: %s", se.Pos.Line, se.Offset(), se.Msg)
			} else if err != nil {
				got = err.Error()
			}
			wantS := "ok"
			if want.Msg != "" {
				wantS = fmt.Sprintf("%d:%d: %s", want.Lineno, want.Offset, want.Msg)
			}
			if got != wantS {
				t.Errorf("%q (interactive=%v):\n got %s\nwant %s", src, interactive, got, wantS)
			}
		}
	}
}
