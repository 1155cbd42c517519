package rt_test

import (
	"testing"

	_ "github.com/py2goasync/py2goasync/rt/lib/all"
	"github.com/py2goasync/py2goasync/rt/rttest"
)

func TestMain(m *testing.M) { rttest.Main(m) }
