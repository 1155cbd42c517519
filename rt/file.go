package rt

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
)

// open(): text and binary files (a subset of the io module: read, write,
// line iteration, context manager).

// FileObj is an open file.
type FileObj struct {
	f        *os.File
	r        *bufio.Reader
	w        *bufio.Writer
	name     Value
	mode     string
	binary   bool
	readable bool
	writable bool
	closed   bool
}

var (
	FileTextType   = NewType("TextIOWrapper", ObjectType)
	FileBinaryType = NewType("BufferedReader", ObjectType)
)

// Type implements Object.
func (f *FileObj) Type() *Type {
	if f.binary {
		return FileBinaryType
	}
	return FileTextType
}

// osError converts a Go file error to the OSError subclass CPython
// raises, with errno, strerror and filename.
func osError(err error, filename Value) *Exc {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		msg := errno.Error()
		if len(msg) > 0 {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		cls := ExcOSError
		if c, ok := osErrnoClass[int64(errno)]; ok {
			cls = c
		}
		e := NewExc(cls, Int(int64(errno)), Str(msg))
		d := e.InstDict()
		d.SetStr("errno", Int(int64(errno)))
		d.SetStr("strerror", Str(msg))
		if !filename.IsNull() {
			d.SetStr("filename", filename)
		}
		return e
	}
	return Errorf(ExcOSError, "%s", err.Error())
}

func builtinOpen(args []Value, kw []string) (Value, *Exc) {
	a, e := ParseArgs("open", args, kw, []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1)
	if e != nil {
		return Null, e
	}
	name, ok := AsStr(a[0])
	if !ok {
		return Null, TypeErrorf("expected str, bytes or os.PathLike object, not %s", a[0].TypeName())
	}
	mode := "r"
	if !a[1].IsNull() {
		if mode, ok = AsStr(a[1]); !ok {
			return Null, TypeErrorf("open() argument 'mode' must be str, not %s", a[1].TypeName())
		}
	}
	fo := &FileObj{name: a[0], mode: mode}
	flag := 0
	var base byte
	for _, c := range mode {
		switch c {
		case 'r', 'w', 'a', 'x':
			if base != 0 {
				return Null, ValueErrorf("must have exactly one of create/read/write/append mode")
			}
			base = byte(c)
		case 'b':
			fo.binary = true
		case 't':
		case '+':
			fo.readable, fo.writable = true, true
		default:
			return Null, ValueErrorf("invalid mode: '%s'", mode)
		}
	}
	switch base {
	case 'r':
		fo.readable = true
		if fo.writable {
			flag = os.O_RDWR
		} else {
			flag = os.O_RDONLY
		}
	case 'w':
		fo.writable = true
		flag = os.O_CREATE | os.O_TRUNC
	case 'a':
		fo.writable = true
		flag = os.O_CREATE | os.O_APPEND
	case 'x':
		fo.writable = true
		flag = os.O_CREATE | os.O_EXCL
	default:
		return Null, ValueErrorf("Must have exactly one of create/read/write/append mode and at most one plus")
	}
	if base != 'r' {
		if fo.readable {
			flag |= os.O_RDWR
		} else {
			flag |= os.O_WRONLY
		}
	}
	f, err := os.OpenFile(name, flag, 0o666)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return Null, osError(err, a[0])
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		return Null, osError(syscall.EISDIR, a[0])
	}
	fo.f = f
	if fo.readable {
		fo.r = bufio.NewReader(f)
	}
	if fo.writable {
		fo.w = bufio.NewWriter(f)
	}
	return Obj(fo), nil
}

func (f *FileObj) check(read bool) *Exc {
	if f.closed {
		return ValueErrorf("I/O operation on closed file.")
	}
	if read && !f.readable {
		return Errorf(ExcOSError, "not readable")
	}
	if !read && !f.writable {
		return Errorf(ExcOSError, "not writable")
	}
	return nil
}

// text converts read bytes to the Value read() returns (universal
// newlines in text mode).
func (f *FileObj) text(b []byte) (Value, *Exc) {
	if f.binary {
		return Bytes(b), nil
	}
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return decodeBytes([]byte(s), "utf-8", "strict")
}

func (f *FileObj) readLine() (Value, *Exc) {
	if e := f.check(true); e != nil {
		return Null, e
	}
	line, err := f.r.ReadBytes('\n')
	if err != nil && err != io.EOF {
		return Null, osError(err, f.name)
	}
	return f.text(line)
}

func (f *FileObj) close() *Exc {
	if f.closed {
		return nil
	}
	f.closed = true
	if f.w != nil {
		if err := f.w.Flush(); err != nil {
			f.f.Close()
			return osError(err, f.name)
		}
	}
	if err := f.f.Close(); err != nil {
		return osError(err, f.name)
	}
	return nil
}

func init() {
	defBuiltin("open", builtinOpen)
	for _, t := range []*Type{FileTextType, FileBinaryType} {
		t.Module = "_io"
		t.Repr = fileRepr
		t.Iter = fileIter
		t.Next = fileNext
		t.Method("read", fileRead)
		t.Method("readline", fileReadline)
		t.Method("readlines", fileReadlines)
		t.Method("write", fileWrite)
		t.Method("writelines", fileWritelines)
		t.Method("flush", fileFlush)
		t.Method("close", fileClose)
		t.Method("__enter__", fileEnter)
		t.Method("__exit__", fileExit)
		t.Method("fileno", fileFileno)
		t.Method("readable", fileReadable)
		t.Method("writable", fileWritable)
		t.Getter("name", fileName)
		t.Getter("mode", fileMode)
		t.Getter("closed", fileClosed)
	}
	FileBinaryType.Name, FileBinaryType.Qualname = "BufferedReader", "BufferedReader"
}

// fileRepr is the Repr hook (__repr__) of TextIOWrapper (and BufferedReader).
func fileRepr(v Value) (string, *Exc) {
	f := v.O.(*FileObj)
	n, e := ToRepr(f.name)
	if e != nil {
		return "", e
	}
	if f.closed {
		return "<_io." + v.TypeName() + " name=" + n + " closed>", nil
	}
	if f.binary {
		return "<_io." + v.TypeName() + " name=" + n + ">", nil
	}
	return "<_io.TextIOWrapper name=" + n + " mode='" + f.mode + "' encoding='UTF-8'>", nil
}

// fileIter is the Iter hook (__iter__) of TextIOWrapper (and BufferedReader).
func fileIter(o Value) (Value, *Exc) {
	if e := o.O.(*FileObj).check(true); e != nil {
		return Null, e
	}
	return o, nil
}

// fileNext is the Next hook (__next__) of TextIOWrapper (and BufferedReader).
func fileNext(o Value) (Value, bool, *Exc) {
	l, e := o.O.(*FileObj).readLine()
	if e != nil {
		return Null, false, e
	}
	if n, _ := Len(l); n == 0 {
		return Null, false, nil
	}
	return l, true, nil
}

// fileRead is TextIOWrapper.read (and BufferedReader).
func fileRead(s Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("read", args, kw, 0, 1); e != nil {
		return Null, e
	}
	f := s.O.(*FileObj)
	if e := f.check(true); e != nil {
		return Null, e
	}
	n := int64(-1)
	if len(args) == 1 && !args[0].IsNone() {
		var e *Exc
		if n, e = IndexOf(args[0]); e != nil {
			return Null, e
		}
	}
	if n < 0 {
		b, err := io.ReadAll(f.r)
		if err != nil {
			return Null, osError(err, f.name)
		}
		return f.text(b)
	}
	if f.binary {
		b := make([]byte, n)
		m, err := io.ReadFull(f.r, b)
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return Null, osError(err, f.name)
		}
		return Bytes(b[:m]), nil
	}
	var sb strings.Builder
	for i := int64(0); i < n; i++ {
		r, _, err := f.r.ReadRune()
		if err != nil {
			break
		}
		if r == '\r' {
			if nx, _, err := f.r.ReadRune(); err == nil && nx != '\n' {
				f.r.UnreadRune()
			}
			r = '\n'
		}
		sb.WriteRune(r)
	}
	return Str(sb.String()), nil
}

// fileReadline is TextIOWrapper.readline (and BufferedReader).
func fileReadline(s Value, args []Value, kw []string) (Value, *Exc) {
	return s.O.(*FileObj).readLine()
}

// fileReadlines is TextIOWrapper.readlines (and BufferedReader).
func fileReadlines(s Value, args []Value, kw []string) (Value, *Exc) {
	var out []Value
	f := s.O.(*FileObj)
	for {
		l, e := f.readLine()
		if e != nil {
			return Null, e
		}
		if n, _ := Len(l); n == 0 {
			return NewList(out...), nil
		}
		out = append(out, l)
	}
}

// fileWrite is TextIOWrapper.write (and BufferedReader).
func fileWrite(s Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("write", args, kw, 1, 1); e != nil {
		return Null, e
	}
	f := s.O.(*FileObj)
	if e := f.check(false); e != nil {
		return Null, e
	}
	if f.binary {
		b, e := toBytes(args[0])
		if e != nil {
			return Null, e
		}
		f.w.Write(b)
		return Int(int64(len(b))), nil
	}
	str, ok := AsStr(args[0])
	if !ok {
		return Null, TypeErrorf("write() argument must be str, not %s", args[0].TypeName())
	}
	f.w.WriteString(str)
	return Int(int64(runeCount(str))), nil
}

// fileWritelines is TextIOWrapper.writelines (and BufferedReader).
func fileWritelines(s Value, args []Value, kw []string) (Value, *Exc) {
	if e := ArgCount("writelines", args, kw, 1, 1); e != nil {
		return Null, e
	}
	return None, ForEach(args[0], func(v Value) *Exc {
		_, e := CallMethod(s, "write", []Value{v}, nil)
		return e
	})
}

// fileFlush is TextIOWrapper.flush (and BufferedReader).
func fileFlush(s Value, args []Value, kw []string) (Value, *Exc) {
	f := s.O.(*FileObj)
	if f.closed {
		return Null, ValueErrorf("I/O operation on closed file.")
	}
	if f.w != nil {
		f.w.Flush()
	}
	return None, nil
}

// fileClose is TextIOWrapper.close (and BufferedReader).
func fileClose(s Value, args []Value, kw []string) (Value, *Exc) {
	return None, s.O.(*FileObj).close()
}

// fileEnter is TextIOWrapper.__enter__ (and BufferedReader).
func fileEnter(s Value, args []Value, kw []string) (Value, *Exc) {
	if s.O.(*FileObj).closed {
		return Null, ValueErrorf("I/O operation on closed file.")
	}
	return s, nil
}

// fileExit is TextIOWrapper.__exit__ (and BufferedReader).
func fileExit(s Value, args []Value, kw []string) (Value, *Exc) {
	return None, s.O.(*FileObj).close()
}

// fileFileno is TextIOWrapper.fileno (and BufferedReader).
func fileFileno(s Value, args []Value, kw []string) (Value, *Exc) {
	return Int(int64(s.O.(*FileObj).f.Fd())), nil
}

// fileReadable is TextIOWrapper.readable (and BufferedReader).
func fileReadable(s Value, args []Value, kw []string) (Value, *Exc) {
	return Bool(s.O.(*FileObj).readable), nil
}

// fileWritable is TextIOWrapper.writable (and BufferedReader).
func fileWritable(s Value, args []Value, kw []string) (Value, *Exc) {
	return Bool(s.O.(*FileObj).writable), nil
}

// fileName is TextIOWrapper.name (and BufferedReader).
func fileName(s Value) (Value, *Exc) { return s.O.(*FileObj).name, nil }

// fileMode is TextIOWrapper.mode (and BufferedReader).
func fileMode(s Value) (Value, *Exc) { return Str(s.O.(*FileObj).mode), nil }

// fileClosed is TextIOWrapper.closed (and BufferedReader).
func fileClosed(s Value) (Value, *Exc) { return Bool(s.O.(*FileObj).closed), nil }
