// The declared Go API of package os as chanscope provides it (see ../README.md).
export const source = String.raw`package os

// The process environment as chanscope provides it: standard streams,
// arguments, environment variables and exit. Implemented natively.

import (
	"io"
	"io/fs"
)

// Args holds the command-line arguments, starting with the program name.
var Args = runtime_args()

// The errors of package io/fs that os re-exports (the playground has no file system).
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

type PathError = fs.PathError

func runtime_args() []string

type File struct {
	fd   uintptr
	name string
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

func NewFile(fd uintptr, name string) *File {
	return &File{fd: fd, name: name}
}

func (f *File) Name() string { return f.name }

func (f *File) Fd() uintptr { return f.fd }

func (f *File) Write(b []byte) (n int, err error)

func (f *File) WriteString(s string) (n int, err error)

func (f *File) Read(b []byte) (n int, err error)

func (f *File) Close() error

func (f *File) Sync() error

func (f *File) WriteTo(w io.Writer) (n int64, err error)

func Exit(code int)

func Getenv(key string) string

func LookupEnv(key string) (string, bool)

func Setenv(key, value string) error

func Unsetenv(key string) error

func Clearenv()

func Environ() []string

func Getpid() int

func Getppid() int

func Hostname() (name string, err error)

func Getwd() (dir string, err error)

func Executable() (string, error)
`;
