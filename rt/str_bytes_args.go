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

// splitArgs parses the (sep, maxsplit) arguments of str.split/rsplit and
// bytes.split: sep is Null when not given, maxsplit -1.
func splitArgs(name string, args []Value, kw []string) (sep Value, maxsplit int, exc *Exc) {
	a, e := ParseArgs(name, args, kw, []string{"sep", "maxsplit"}, 0)
	if e != nil {
		return Null, 0, e
	}
	if a[1].IsNull() {
		return a[0], -1, nil
	}
	n, e := IndexOf(a[1])
	if e != nil {
		return Null, 0, e
	}
	return a[0], int(n), nil
}
