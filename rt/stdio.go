package rt

import (
	"bufio"
	"io"
	"os"
	"strings"
	"sync"
)

// sys.stdout, sys.stderr and print(). stdout is block-buffered when it
// is not a terminal and line-buffered otherwise; stderr is line-buffered,
// as CPython's.

// TextFile is a text stream (io.TextIOWrapper) over an os.File.
type TextFile struct {
	Name       string
	f          *os.File
	W          *bufio.Writer
	lineBuffer bool
	mu         sync.Mutex
	closed     bool
}

// TextIOType is _io.TextIOWrapper.
var TextIOType = NewType("TextIOWrapper", ObjectType)

// Type implements Object.
func (*TextFile) Type() *Type { return TextIOType }

func NewTextFile(name string, f *os.File, forceLine bool) *TextFile {
	line := forceLine
	if !line {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			line = true
		}
	}
	return &TextFile{Name: name, f: f, W: bufio.NewWriterSize(f, 8192), lineBuffer: line}
}

// Stdout and Stderr are the process's standard streams.
var (
	Stdout = NewTextFile("<stdout>", os.Stdout, false)
	Stderr = NewTextFile("<stderr>", os.Stderr, true)
	Stdin  = &TextFile{Name: "<stdin>", f: os.Stdin}
)

// WriteString writes s (lone surrogates are errors in CPython's strict
// utf-8 encoding; we write them as is).
func (t *TextFile) WriteString(s string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.W == nil {
		return
	}
	t.W.WriteString(s)
	if t.lineBuffer && strings.IndexByte(s, '\n') >= 0 {
		t.W.Flush()
	}
}

// Flush writes out the buffer.
func (t *TextFile) Flush() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.W != nil {
		t.W.Flush()
	}
}

// FlushStdio flushes sys.stdout and sys.stderr (at exit, before
// printing a traceback).
func FlushStdio() {
	flushStream(SysGet("stdout"))
	flushStream(SysGet("stderr"))
	Stdout.Flush()
	Stderr.Flush()
}

func flushStream(v Value) {
	if v.IsNull() || v.IsNone() {
		return
	}
	if t, ok := v.O.(*TextFile); ok {
		t.Flush()
		return
	}
	CallMethod(v, "flush", nil, nil)
}

// WriteTo writes s to a file-like object.
func WriteTo(file Value, s string) *Exc {
	if t, ok := file.O.(*TextFile); ok && file.K == KObj {
		if t.closed {
			return ValueErrorf("I/O operation on closed file.")
		}
		t.WriteString(s)
		return nil
	}
	_, e := CallMethod(file, "write", []Value{Str(s)}, nil)
	return e
}

func builtinPrint(args []Value, kw []string) (Value, *Exc) {
	npos := len(args) - len(kw)
	sep, end := " ", "\n"
	file := None
	flush := false
	for i, k := range kw {
		v := args[npos+i]
		switch k {
		case "sep", "end":
			if !v.IsNone() {
				s, ok := AsStr(v)
				if !ok {
					return Null, TypeErrorf("%s must be None or a string, not %s", k, v.TypeName())
				}
				if k == "sep" {
					sep = s
				} else {
					end = s
				}
			}
		case "file":
			file = v
		case "flush":
			f, e := Truth(v)
			if e != nil {
				return Null, e
			}
			flush = f
		default:
			return Null, TypeErrorf("'%s' is an invalid keyword argument for print()", k)
		}
	}
	if file.IsNone() {
		file = SysGet("stdout")
		if file.IsNull() || file.IsNone() {
			return None, nil
		}
	}
	if t, ok := file.O.(*TextFile); ok && file.K == KObj {
		// Fast path: one write of the whole line.
		var b strings.Builder
		for i, a := range args[:npos] {
			if i > 0 {
				b.WriteString(sep)
			}
			s, e := ToStr(a)
			if e != nil {
				return Null, e
			}
			b.WriteString(s)
		}
		b.WriteString(end)
		if t.closed {
			return Null, ValueErrorf("I/O operation on closed file.")
		}
		t.WriteString(b.String())
		if flush {
			t.Flush()
		}
		return None, nil
	}
	for i, a := range args[:npos] {
		if i > 0 {
			if e := WriteTo(file, sep); e != nil {
				return Null, e
			}
		}
		s, e := ToStr(a)
		if e != nil {
			return Null, e
		}
		if e := WriteTo(file, s); e != nil {
			return Null, e
		}
	}
	if e := WriteTo(file, end); e != nil {
		return Null, e
	}
	if flush {
		if _, e := CallMethod(file, "flush", nil, nil); e != nil {
			return Null, e
		}
	}
	return None, nil
}

var stdinReader *bufio.Reader

func builtinInput(args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("input", args, kw, 0, 1); e != nil {
		return Null, e
	}
	if len(args) == 1 {
		s, e := ToStr(args[0])
		if e != nil {
			return Null, e
		}
		if e := WriteTo(SysGet("stdout"), s); e != nil {
			return Null, e
		}
	}
	FlushStdio()
	if stdinReader == nil {
		stdinReader = bufio.NewReader(os.Stdin)
	}
	line, err := stdinReader.ReadString('\n')
	if err != nil && line == "" {
		return Null, Errorf(ExcEOFError, "EOF when reading a line")
	}
	return Str(strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")), nil
}

// stdinLine reads one line (with its newline) from sys.stdin; "" at EOF.
func stdinLine(s Value) (Value, *Exc) {
	if s.O.(*TextFile) != Stdin {
		return Null, Errorf(ExcOSError, "not readable")
	}
	FlushStdio()
	if stdinReader == nil {
		stdinReader = bufio.NewReader(os.Stdin)
	}
	line, _ := stdinReader.ReadString('\n')
	if strings.HasSuffix(line, "\r\n") {
		line = line[:len(line)-2] + "\n"
	}
	return Str(line), nil
}

func init() {
	t := TextIOType
	t.Module = "_io"
	t.Repr = textIOWrapperRepr
	t.Method("write", textIOWrapperWrite)
	t.Method("flush", textIOWrapperFlush)
	t.Method("fileno", textIOWrapperFileno)
	t.Method("isatty", textIOWrapperIsatty)
	t.Method("writable", textIOWrapperWritable)
	t.Method("readable", textIOWrapperReadable)
	t.Method("readline", textIOWrapperReadline)
	t.Method("read", textIOWrapperRead)
	t.Method("readlines", textIOWrapperReadlines)
	t.Iter = textIOWrapperIter
	t.Next = textIOWrapperNext
	t.Getter("name", textIOWrapperName)
	t.Getter("encoding", textIOWrapperEncoding)
	t.Getter("closed", textIOWrapperClosed)
}

// textIOWrapperRepr is the Repr hook (__repr__) of TextIOWrapper.
func textIOWrapperRepr(v Value) (string, *Exc) {
	f := v.O.(*TextFile)
	mode := "w"
	if f == Stdin {
		mode = "r"
	}
	return "<_io.TextIOWrapper name='" + f.Name + "' mode='" + mode + "' encoding='utf-8'>", nil
}

// textIOWrapperIter is the Iter hook (__iter__) of TextIOWrapper.
func textIOWrapperIter(o Value) (Value, *Exc) { return o, nil }

// textIOWrapperNext is the Next hook (__next__) of TextIOWrapper.
func textIOWrapperNext(o Value) (Value, bool, *Exc) {
	l, e := stdinLine(o)
	if e != nil {
		return Null, false, e
	}
	if l.O.(*StrObj).S == "" {
		return Null, false, nil
	}
	return l, true, nil
}

// textIOWrapperWrite is TextIOWrapper.write.
func textIOWrapperWrite(s Value, a []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("write", a, kw, 1, 1); e != nil {
		return Null, e
	}
	str, ok := AsStr(a[0])
	if !ok {
		return Null, TypeErrorf("write() argument must be str, not %s", a[0].TypeName())
	}
	if e := WriteTo(s, str); e != nil {
		return Null, e
	}
	return Int(int64(runeCount(str))), nil
}

// textIOWrapperFlush is TextIOWrapper.flush.
func textIOWrapperFlush(s Value, a []Value, kw []string) (Value, *Exc) {
	s.O.(*TextFile).Flush()
	return None, nil
}

// textIOWrapperFileno is TextIOWrapper.fileno.
func textIOWrapperFileno(s Value, a []Value, kw []string) (Value, *Exc) {
	return Int(int64(s.O.(*TextFile).f.Fd())), nil
}

// textIOWrapperIsatty is TextIOWrapper.isatty.
func textIOWrapperIsatty(s Value, a []Value, kw []string) (Value, *Exc) {
	st, err := s.O.(*TextFile).f.Stat()
	return Bool(err == nil && st.Mode()&os.ModeCharDevice != 0), nil
}

// textIOWrapperWritable is TextIOWrapper.writable.
func textIOWrapperWritable(s Value, a []Value, kw []string) (Value, *Exc) {
	return Bool(s.O.(*TextFile) != Stdin), nil
}

// textIOWrapperReadable is TextIOWrapper.readable.
func textIOWrapperReadable(s Value, a []Value, kw []string) (Value, *Exc) {
	return Bool(s.O.(*TextFile) == Stdin), nil
}

// textIOWrapperReadline is TextIOWrapper.readline.
func textIOWrapperReadline(s Value, a []Value, kw []string) (Value, *Exc) {
	return stdinLine(s)
}

// textIOWrapperRead is TextIOWrapper.read.
func textIOWrapperRead(s Value, a []Value, kw []string) (Value, *Exc) {
	if s.O.(*TextFile) != Stdin {
		return Null, Errorf(ExcOSError, "not readable")
	}
	FlushStdio()
	if stdinReader == nil {
		stdinReader = bufio.NewReader(os.Stdin)
	}
	b, _ := io.ReadAll(stdinReader)
	return Str(strings.ReplaceAll(string(b), "\r\n", "\n")), nil
}

// textIOWrapperReadlines is TextIOWrapper.readlines.
func textIOWrapperReadlines(s Value, a []Value, kw []string) (Value, *Exc) {
	var out []Value
	for {
		l, e := stdinLine(s)
		if e != nil {
			return Null, e
		}
		if l.O.(*StrObj).S == "" {
			return NewList(out...), nil
		}
		out = append(out, l)
	}
}

// textIOWrapperName is TextIOWrapper.name.
func textIOWrapperName(s Value) (Value, *Exc) { return Str(s.O.(*TextFile).Name), nil }

// textIOWrapperEncoding is TextIOWrapper.encoding.
func textIOWrapperEncoding(s Value) (Value, *Exc) { return Str("utf-8"), nil }

// textIOWrapperClosed is TextIOWrapper.closed.
func textIOWrapperClosed(s Value) (Value, *Exc) { return Bool(s.O.(*TextFile).closed), nil }

// flushStdout is FlushStdio (the name the entry code uses).
func flushStdout() { FlushStdio() }

func WriteStderr(s string) {
	flushStdout()
	os.Stderr.WriteString(s)
}

// PrintException prints an escaping exception's traceback to stderr.
func PrintException(e *Exc) { WriteStderr(FormatException(e)) }

// writeStdout writes to sys.stdout (argparse's help, Echo).
func writeStdout(s string) { WriteTo(SysGet("stdout"), s) }
