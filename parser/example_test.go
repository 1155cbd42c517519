package parser_test

import (
	"fmt"

	"github.com/py2goasync/py2goasync/parser"
)

func ExampleParseFile() {
	src := []byte("async def main():\n    await asyncio.sleep(1)\n")
	mod, err := parser.ParseFile("app.py", src)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(parser.Dump(mod.Body[0], false))
	// Output:
	// AsyncFunctionDef(name='main', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Call(func=Attribute(value=Name(id='asyncio', ctx=Load()), attr='sleep', ctx=Load()), args=[Constant(value=1)], keywords=[])))], decorator_list=[])
}

func ExampleSyntaxError_Traceback() {
	_, err := parser.ParseFile("app.py", []byte("if x\n    pass\n"))
	fmt.Print(err.(*parser.SyntaxError).Traceback())
	// Output:
	//   File "app.py", line 1
	//     if x
	//         ^
	// SyntaxError: expected ':'
}

func ExampleInspect() {
	mod, _ := parser.ParseFile("app.py", []byte("async def f():\n    await g()\n    await h()\n"))
	parser.Inspect(mod, func(n parser.Node) bool {
		if a, ok := n.(*parser.Await); ok {
			fmt.Println("await at line", parser.SpanOf(a).Start.Line)
		}
		return true
	})
	// Output:
	// await at line 2
	// await at line 3
}
