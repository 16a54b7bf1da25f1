// The declared Go API of package sync as chanscope provides it (see ../README.md).
export const source = String.raw`package sync

// The lock, wait group, once, cond, map and pool operations are implemented
// natively by the engine's runtime (they park and wake goroutines and emit
// trace events); the unexported fields hold the state it keeps, as Go's do.

type Locker interface {
	Lock()
	Unlock()
}

type Mutex struct {
	state int32
	sema  uint32
}

func (m *Mutex) Lock()

func (m *Mutex) TryLock() bool

func (m *Mutex) Unlock()

type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

func (rw *RWMutex) RLock()

func (rw *RWMutex) TryRLock() bool

func (rw *RWMutex) RUnlock()

func (rw *RWMutex) Lock()

func (rw *RWMutex) TryLock() bool

func (rw *RWMutex) Unlock()

func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock() { (*RWMutex)(r).RLock() }

func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

type WaitGroup struct {
	state uint64
	sema  uint32
}

func (wg *WaitGroup) Add(delta int)

func (wg *WaitGroup) Done()

func (wg *WaitGroup) Wait()

// Go calls f in a new goroutine and adds that task to the WaitGroup (Go 1.25).
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func())

// OnceFunc returns a function that calls f only once; if f panics, every
// call panics with the same value.
func OnceFunc(f func()) func() {
	var (
		once  Once
		valid bool
		p     any
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		f = nil
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

func OnceValue[T any](f func() T) func() T {
	var (
		once   Once
		valid  bool
		p      any
		result T
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		result = f()
		f = nil
		valid = true
	}
	return func() T {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return result
	}
}

func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once  Once
		valid bool
		p     any
		r1    T1
		r2    T2
	)
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		r1, r2 = f()
		f = nil
		valid = true
	}
	return func() (T1, T2) {
		once.Do(g)
		if !valid {
			panic(p)
		}
		return r1, r2
	}
}

type Cond struct {
	L      Locker
	notify notifyList
}

// notifyList is the runtime's ticket-based waiter list (runtime/sema.go).
type notifyList struct {
	wait   uint32
	notify uint32
}

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) Wait()

func (c *Cond) Signal()

func (c *Cond) Broadcast()

type Map struct {
	m map[any]any
}

func (m *Map) Load(key any) (value any, ok bool)

func (m *Map) Store(key, value any)

func (m *Map) Clear()

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)

func (m *Map) LoadAndDelete(key any) (value any, loaded bool)

func (m *Map) Delete(key any)

func (m *Map) Swap(key, value any) (previous any, loaded bool)

func (m *Map) CompareAndSwap(key, old, new any) (swapped bool)

func (m *Map) CompareAndDelete(key, old any) (deleted bool)

func (m *Map) Range(f func(key, value any) bool)

type Pool struct {
	private any
	shared  []any

	New func() any
}

func (p *Pool) Put(x any)

func (p *Pool) Get() any
`;
