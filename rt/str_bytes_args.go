package rt

// Argument parsing that str's and bytes' methods share.

// encodingArgs parses the (encoding, errors) arguments of str.encode and
// bytes.decode, defaulting to "utf-8" and "strict".
func encodingArgs(name string, args []Value, kw []string) (enc, errs string, exc *Exc) {
	a, e := ParseArgs(name, args, kw, []string{"encoding", "errors"}, 0)
	if e != nil {
		return "", "", e
	}
	enc, errs = "utf-8", "strict"
	if !a[0].IsNull() {
		enc, _ = AsStr(a[0])
	}
	if !a[1].IsNull() {
		errs, _ = AsStr(a[1])
	}
	return enc, errs, nil
}

// maxsplitArg is split's maxsplit argument: -1 when it is not given.
func maxsplitArg(v Value) (int, *Exc) {
	if v.IsNull() {
		return -1, nil
	}
	n, e := indexOf(v)
	if e != nil {
		return 0, e
	}
	return int(n), nil
}
