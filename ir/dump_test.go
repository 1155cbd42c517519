package ir_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/py2goasync/py2goasync/ir"
	"github.com/py2goasync/py2goasync/parser"
)

// TestDumpHandBuilt covers nodes lower does not produce today (lower's
// golden tests cover the rest).
func TestDumpHandBuilt(t *testing.T) {
	mod := &ir.Func{Pos: parser.Pos{Line: 1}, Kind: ir.ModuleCode, Name: "<module>", Qualname: "<module>"}
	f := &ir.Func{Pos: parser.Pos{Line: 2}, Kind: ir.Plain, Name: "f", Qualname: "f", Parent: mod}
	e := &ir.Var{Name: "e", Scope: ir.Local, Func: f}
	f.Locals = []*ir.Var{e}
	f.Body = []ir.Stmt{
		&ir.Try{Star: true,
			Body:     []ir.Stmt{&ir.ExprStmt{X: &ir.CurrentExc{}}},
			Handlers: []*ir.Handler{{Type: &ir.Global{Name: "E"}, Name: &ir.Name{Var: e}}},
		},
		&ir.Return{Value: &ir.Slice{Hi: &ir.Const{Value: parser.None}}},
	}
	mod.Children = []*ir.Func{f}
	mod.Body = []ir.Stmt{&ir.Assign{Targets: []ir.Target{&ir.Global{Name: "f"}}, Value: &ir.MakeFunction{Func: f}}}
	got := ir.Dump(&ir.Module{Filename: "x.py", Body: mod})
	want := `module "x.py"
func <module>@1 module
  body:
    global:f = function f@2()
  func f@2 plain
    locals: f.local:e
    body:
      try*:
        current_exc()
      except global:E as f.local:e:
        pass
      return slice(None, None, None)
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
