package itertools

import (
	"testing"

	_ "github.com/py2goasync/py2goasync/rt/lib/operator"

	"github.com/py2goasync/py2goasync/rt/rttest"
)

func TestMain(m *testing.M) { rttest.Main(m) }
