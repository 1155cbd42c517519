// Package codegen turns the IR of one Python module into one Go file
// (package main) that runs it on the runtime, package rt
// (docs/rt-api.md), with github.com/dave/jennifer.
//
// # Shape
//
// The output keeps the shape of the Python program, so that a Go reader
// recognizes it:
//
//   - One Go function per Python function, named after it (main → main_,
//     methods Class_method). A function without free variables (top-level
//     defs, methods of top-level classes, module-level comprehensions) is
//     a package-level func; one with free variables is a closure written
//     where its def is, and the Go variables it captures are exactly
//     Python's cells. Every function has a package-level *rt.Code.
//   - Locals are Go variables declared at the top of their function (so
//     that goto never jumps over a declaration), temporaries t1, t2, ...,
//     ok1, ... after them; a variable nobody reads is not declared and its
//     assignments become _ = ... (Go rejects unused variables).
//   - Module globals are the fields of one package-level struct, G; a Null
//     field is unbound, and a read falls back to the runtime's module
//     names and the builtins (loadGlobal, loadName).
//   - Coroutines, generators and async generators are plain Go functions
//     too (the staging back end of docs/design.md §1): rt.NewFunction with
//     the Code's Kind makes calling them return the coroutine object, await
//     is a call of rt.Await, and coroutine bodies record their line with
//     rt.CurrentLine before each statement.
//   - An interactive module is one Go function per top-level statement
//     (rt.Program.Statements), Async when it awaits at top level.
//
// # Exceptions
//
// Every operation that can raise is a runtime call returning a *rt.Exc,
// checked at once; the check adds this frame's traceback entry and leaves
// by the path the enclosing regions give (try.go): goto to the except or
// finally label of the innermost try, with rt.PopExc for each handler
// left, or return to the caller. return, break and continue through
// finally blocks set a "why" variable and go to the finally label, whose
// code ends by continuing the jump; a pending exception is re-raised
// there. Variables read before they are surely assigned are checked for
// Null (UnboundLocalError).
//
// # Line directives
//
// A //line file.py:N directive (at column 1, where gofmt keeps it) starts
// each statement, and a call whose Go line no longer maps to its Python
// line gets a /*line file.py:N:1*/ prefix, so a Go stack trace through
// generated code names the Python lines.
//
// # Speed
//
// A module-level def called by its name with exactly its positional
// parameters is called directly when the global still holds a function
// running its code (isCode); the arguments' slice then stays on the stack.
package codegen
