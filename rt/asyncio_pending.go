package rt

// Bridges to core facilities this side needs (stdout buffering, traceback
// printing, the sys module, builtins). Each is a single place to adapt.

// preimportAsyncio makes `asyncio` a module global, as the asyncio REPL's
// namespace has it.
func preimportAsyncio() {
	if m, e := Import("asyncio", false, 0); e == nil {
		moduleGlobals["asyncio"] = m
	}
}
