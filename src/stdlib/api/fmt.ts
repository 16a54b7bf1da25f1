// The declared Go API of package fmt as chanscope provides it (see ../README.md).
export const source = String.raw`package fmt

// Formatting and scanning are implemented natively by the engine with Go's
// verbs, flags and error texts (%!d(string=x), %!(EXTRA ...), ...); they call
// back into String, Error, GoString and Format methods as Go's do.

import "io"

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

type Formatter interface {
	Format(f State, verb rune)
}

type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

type Scanner interface {
	Scan(state ScanState, verb rune) error
}

type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)

func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

func Fprint(w io.Writer, a ...any) (n int, err error)
func Fprintln(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)

func Append(b []byte, a ...any) []byte
func Appendln(b []byte, a ...any) []byte
func Appendf(b []byte, format string, a ...any) []byte

func FormatString(state State, verb rune) string

// state is the fmt.State a Format method receives; the engine keeps the
// printer behind id.
type state struct {
	id int
}

func (s *state) Write(b []byte) (n int, err error)

func (s *state) WriteString(str string) (n int, err error)

func (s *state) Width() (wid int, ok bool)

func (s *state) Precision() (prec int, ok bool)

func (s *state) Flag(c int) bool

// Errorf formats like Sprintf; with one %w verb it returns a *wrapError,
// with several a *wrapErrors, as Go's does.
func Errorf(format string, a ...any) error

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}

func Scan(a ...any) (n int, err error) {
	// standard input is empty in chanscope, as in the Go Playground
	return 0, io.EOF
}
func Scanln(a ...any) (n int, err error) {
	// standard input is empty in chanscope, as in the Go Playground
	return 0, io.EOF
}
func Scanf(format string, a ...any) (n int, err error) {
	// standard input is empty in chanscope, as in the Go Playground
	return 0, io.EOF
}

func Sscan(str string, a ...any) (n int, err error)
func Sscanln(str string, a ...any) (n int, err error)
func Sscanf(str string, format string, a ...any) (n int, err error)

func Fscan(r io.Reader, a ...any) (n int, err error)
func Fscanln(r io.Reader, a ...any) (n int, err error)
func Fscanf(r io.Reader, format string, a ...any) (n int, err error)
`;
