// Package all links every module package of the runtime (rt/lib's
// table): for programs that import modules by a name known only at run
// time (__import__), and for tests.
package all

import (
	_ "github.com/py2goasync/py2goasync/rt/asyncio"
	_ "github.com/py2goasync/py2goasync/rt/lib/argparse"
	_ "github.com/py2goasync/py2goasync/rt/lib/collections"
	_ "github.com/py2goasync/py2goasync/rt/lib/concurrent"
	_ "github.com/py2goasync/py2goasync/rt/lib/contextlib"
	_ "github.com/py2goasync/py2goasync/rt/lib/contextvars"
	_ "github.com/py2goasync/py2goasync/rt/lib/dataclasses"
	_ "github.com/py2goasync/py2goasync/rt/lib/datetime"
	_ "github.com/py2goasync/py2goasync/rt/lib/enum"
	_ "github.com/py2goasync/py2goasync/rt/lib/functools"
	_ "github.com/py2goasync/py2goasync/rt/lib/heapq"
	_ "github.com/py2goasync/py2goasync/rt/lib/inspect"
	_ "github.com/py2goasync/py2goasync/rt/lib/itertools"
	_ "github.com/py2goasync/py2goasync/rt/lib/json"
	_ "github.com/py2goasync/py2goasync/rt/lib/math"
	_ "github.com/py2goasync/py2goasync/rt/lib/operator"
	_ "github.com/py2goasync/py2goasync/rt/lib/os"
	_ "github.com/py2goasync/py2goasync/rt/lib/random"
	_ "github.com/py2goasync/py2goasync/rt/lib/string"
	_ "github.com/py2goasync/py2goasync/rt/lib/threading"
	_ "github.com/py2goasync/py2goasync/rt/lib/time"
	_ "github.com/py2goasync/py2goasync/rt/lib/typing"
	_ "github.com/py2goasync/py2goasync/rt/lib/uuid"
	_ "github.com/py2goasync/py2goasync/rt/lib/warnings"
)
