package parser

import (
	"fmt"
	"math/big"

	"github.com/py2goasync/py2goasync/rt/pyrepr"
)

// reprConstant returns exactly what CPython 3.11's repr() gives for the
// value of a Constant node, for the Go representations listed at Constant:
// None, Ellipsis, bool, *big.Int, float64, complex128, string (WTF-8) and
// []byte. It panics on any other type.
func reprConstant(v any) string {
	switch v := v.(type) {
	case NoneType:
		return "None"
	case EllipsisType:
		return "Ellipsis"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case *big.Int:
		return v.String()
	case float64:
		return pyrepr.Float(v)
	case complex128:
		return pyrepr.Complex(v)
	case string:
		return pyrepr.Str(v)
	case []byte:
		return pyrepr.Bytes(v)
	}
	panic(fmt.Sprintf("reprConstant: unexpected constant type %T", v))
}
