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

// Read: standard input is empty (as in the Go Playground); other files cannot be read.
func (f *File) Read(b []byte) (n int, err error) {
	if f.fd == 0 {
		if len(b) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	return 0, &PathError{Op: "read", Path: f.name, Err: ErrInvalid}
}

func (f *File) Close() error

func (f *File) Sync() error

// WriteTo copies the file's remaining content to w: standard input is empty.
func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if f.fd == 0 {
		return 0, nil
	}
	return 0, &PathError{Op: "read", Path: f.name, Err: ErrInvalid}
}

func Exit(code int)

// The environment starts empty and lives for the run.
var env = map[string]string{}

func Getenv(key string) string { return env[key] }

func LookupEnv(key string) (string, bool) {
	v, ok := env[key]
	return v, ok
}

func Setenv(key, value string) error {
	if len(key) == 0 {
		return &SyscallError{Syscall: "setenv", Err: ErrInvalid}
	}
	env[key] = value
	return nil
}

func Unsetenv(key string) error {
	delete(env, key)
	return nil
}

func Clearenv() { clear(env) }

// Environ returns the environment as key=value strings (in no particular order, as Go's).
func Environ() []string {
	out := make([]string, 0, len(env))
	for k, v := range env {
		out = append(out, k+"="+v)
	}
	return out
}

// SyscallError records an error from a system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

func Getpid() int

func Getppid() int

func Hostname() (name string, err error)

func Getwd() (dir string, err error)

func Executable() (string, error)
`;
