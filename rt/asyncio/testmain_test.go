package asyncio

import (
	"testing"

	"github.com/py2goasync/py2goasync/rt/rttest"
)

func TestMain(m *testing.M) { rttest.Main(m) }
