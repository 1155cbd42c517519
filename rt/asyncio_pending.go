package rt

import "os"

// Bridges to core facilities this side needs (stdout buffering, traceback
// printing, the sys module, builtins). Each is a single place to adapt.

func writeStderr(s string) {
	flushStdout()
	os.Stderr.WriteString(s)
}

// printException prints an escaping exception's traceback to stderr.
func printException(e *Exc) { writeStderr(FormatException(e)) }

// preimportAsyncio makes `asyncio` a module global, as the asyncio REPL's
// namespace has it.
func preimportAsyncio() {
	if m, e := Import("asyncio", false, 0); e == nil {
		moduleGlobals["asyncio"] = m
	}
}

// writeStdout writes to sys.stdout (argparse's help, Echo).
func writeStdout(s string) { writeTo(sysGet("stdout"), s) }
