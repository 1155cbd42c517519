package lib_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/rt"
	"github.com/py2goasync/py2goasync/rt/lib"
	_ "github.com/py2goasync/py2goasync/rt/lib/all"
)

// allowedImports are the module packages a module package may import:
// the imports CPython's own modules make (asyncio/base_events.py imports
// concurrent.futures, datetime.py imports time, ...).
var allowedImports = map[string][]string{
	"asyncio":         {"lib/concurrent"},  // base_events.py, tasks.py: concurrent.futures
	"lib/contextlib":  {"lib/functools"},   // contextlib.py: from functools import wraps
	"lib/dataclasses": {"lib/typing"},      // dataclasses.py: sys.modules.get('typing') for ClassVar
	"lib/datetime":    {"lib/time"},        // datetime.py: import time
	"lib/functools":   {"lib/collections"}, // functools.py: from collections import namedtuple
	"lib/random":      {"lib/math"},        // random.py: from math import ...
	"lib/typing":      {"lib/collections"}, // typing.py: import collections
	"lib/uuid":        {"lib/os"},          // uuid.py: import os
	"lib/concurrent":  {"lib/itertools"},   // map/as_completed iterators are itertools.chain objects (CPython's are generators)
}

var fset = token.NewFileSet()

// parsePackage parses the non-test Go files of the package at dir (a
// path below rt/).
func parsePackage(t *testing.T, dir string) []*ast.File {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", dir, "*.go"))
	var files []*ast.File
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}

// modulePackages are the packages of the table, below rt/.
func modulePackages() []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range lib.Packages {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// TestModuleImports: a module package imports the core (and its internal
// packages) but another module's package only where CPython's module
// imports that module.
func TestModuleImports(t *testing.T) {
	for _, pkg := range modulePackages() {
		allowed := map[string]bool{}
		for _, a := range allowedImports[pkg] {
			allowed[a] = true
		}
		for _, f := range parsePackage(t, pkg) {
			for _, imp := range f.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				rel, ok := strings.CutPrefix(path, lib.Root)
				if !ok || strings.HasPrefix(rel, "internal/") || rel == "pyrepr" {
					continue
				}
				if !allowed[rel] {
					t.Errorf("rt/%s imports rt/%s: a module package imports another module's only where CPython's does (allowedImports)", pkg, rel)
				}
			}
		}
	}
}

// TestTable: the registry of a program that links every package holds
// exactly the table's modules (and the interpreter's builtins and sys),
// and each module registered by a literal name is registered by the
// package the table names.
func TestTable(t *testing.T) {
	want := map[string]bool{"builtins": true, "sys": true}
	for name := range lib.Packages {
		want[name] = true
	}
	got := map[string]bool{}
	for _, name := range rt.RegisteredModules() {
		got[name] = true
		if !want[name] {
			t.Errorf("module %s is registered but not in rt/lib's table", name)
		}
	}
	for name := range want {
		if !got[name] {
			t.Errorf("module %s is in rt/lib's table but no package registers it", name)
		}
	}
	entries, _ := os.ReadDir(".")
	dirs := []string{"asyncio"}
	for _, e := range entries {
		if e.IsDir() && e.Name() != "all" {
			dirs = append(dirs, "lib/"+e.Name())
		}
	}
	for _, dir := range dirs {
		for _, f := range parsePackage(t, dir) {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) == 0 {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || (sel.Sel.Name != "DefineModule" && sel.Sel.Name != "RegisterModule") {
					return true
				}
				lit, ok := call.Args[0].(*ast.BasicLit)
				if !ok {
					return true
				}
				name, _ := strconv.Unquote(lit.Value)
				if lib.Packages[name] != dir {
					t.Errorf("rt/%s registers %s, which rt/lib's table gives to %q", dir, name, lib.Packages[name])
				}
				return true
			})
		}
	}
}

// TestCoreNamesNoModule: the core (rt itself) names no standard-library
// module in its code: what a module needs of the core goes through the
// core's API, and the registry is the only place a module is named.
func TestCoreNamesNoModule(t *testing.T) {
	// words that are module names too
	words := map[string]bool{"string": true} // "string indices must be integers"
	for _, f := range parsePackage(t, ".") {
		ast.Inspect(f, func(n ast.Node) bool {
			if _, ok := n.(*ast.ImportSpec); ok {
				return false
			}
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || words[s] {
				return true
			}
			for name := range lib.Packages {
				if s == name || strings.HasPrefix(s, name+".") {
					t.Errorf("%s: the core names the module %s (%s)", fset.Position(lit.Pos()), name, lit.Value)
				}
			}
			return true
		})
	}
}
