package parser

import (
	"fmt"
	"math/big"

	"github.com/py2goasync/py2goasync/rt/pyrepr"
)

// ReprConstant returns exactly what CPython 3.11's repr() gives for the
// value of a Constant node, for the Go representations listed at Constant:
// None, Ellipsis, bool, *big.Int, float64, complex128, string (WTF-8) and
// []byte. Any other type, which no Constant holds, gives "<unexpected
// constant T>" (a dump compared with CPython's then fails visibly).
func ReprConstant(v any) string {
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
	return fmt.Sprintf("<unexpected constant %T>", v)
}
