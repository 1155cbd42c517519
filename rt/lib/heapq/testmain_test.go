package heapq

import (
	"testing"

	_ "github.com/py2goasync/py2goasync/rt/lib/collections"
	_ "github.com/py2goasync/py2goasync/rt/lib/string"
	_ "github.com/py2goasync/py2goasync/rt/lib/typing"

	"github.com/py2goasync/py2goasync/rt/rttest"
)

func TestMain(m *testing.M) { rttest.Main(m) }
