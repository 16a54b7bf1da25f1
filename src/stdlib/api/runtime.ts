// The declared Go API of package runtime as chanscope provides it (see ../README.md).
export const source = String.raw`package runtime

// The scheduler and introspection calls are implemented natively by the
// engine; the error types are the ones its panics carry, so that %T and
// type assertions on recovered values behave as in Go.

const Compiler = "gc"

const GOOS string = "linux"

const GOARCH string = "amd64"

func Version() string

func GOROOT() string

func NumGoroutine() int

func Gosched()

func Goexit()

func NumCPU() int

func GOMAXPROCS(n int) int

func GC()

func KeepAlive(x any) {}

func SetFinalizer(obj any, finalizer any)

func LockOSThread()

func UnlockOSThread()

func NumCgoCall() int64

func Caller(skip int) (pc uintptr, file string, line int, ok bool)

func Callers(skip int, pc []uintptr) int

func Stack(buf []byte, all bool) int

type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

type Frames struct {
	callers []uintptr
}

func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

func (ci *Frames) Next() (frame Frame, more bool)

type Func struct {
	name  string
	entry uintptr
}

func FuncForPC(pc uintptr) *Func

func (f *Func) Name() string

func (f *Func) Entry() uintptr

func (f *Func) FileLine(pc uintptr) (file string, line int)

type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

func ReadMemStats(m *MemStats)

type Error interface {
	error
	RuntimeError()
}

// TypeAssertionError holds the type strings of a failed conversion.
type TypeAssertionError struct {
	_interface    string
	concrete      string
	asserted      string
	missingMethod string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string

type PanicNilError struct {
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}

// errorString is the value of most runtime panics (nil map writes, integer
// division by zero, nil pointer dereference ...).
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// plainError is a runtime error printed without the "runtime error: "
// prefix (send on closed channel, close of nil channel, all goroutines asleep).
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}

// boundsError is an index or slice bounds failure; code selects Go's message
// ("index out of range [%x] with length %y", "slice bounds out of range ...").
type boundsError struct {
	msg string
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string { return "runtime error: " + e.msg }
`;
