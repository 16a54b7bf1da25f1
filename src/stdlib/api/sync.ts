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

// The runtime keeps the counter and the number of waiters apart (Go packs
// them into one uint64 for atomic updates, which one logical P does not need).
type WaitGroup struct {
	counter int32
	waiters uint32
	sema    uint32
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

// Do calls f if and only if Do is being called for the first time for this
// Once; concurrent callers wait until f returns (sync/once.go).
func (o *Once) Do(f func()) {
	if o.done == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer func() { o.done = 1 }()
		runtime_onceDo(o)
		f()
	}
}

// runtime_onceDo records in the trace that this Once runs its function.
func runtime_onceDo(o *Once)

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

// Wait takes a ticket, unlocks c.L, waits to be notified, and locks c.L
// again (sync/cond.go over runtime/sema.go's notifyList).
func (c *Cond) Wait() {
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

func (c *Cond) Signal() { runtime_notifyListNotifyOne(&c.notify) }

func (c *Cond) Broadcast() { runtime_notifyListNotifyAll(&c.notify) }

func runtime_notifyListAdd(l *notifyList) uint32

func runtime_notifyListWait(l *notifyList, t uint32)

func runtime_notifyListNotifyOne(l *notifyList)

func runtime_notifyListNotifyAll(l *notifyList)

type Map struct {
	m map[any]any
}

func (m *Map) Load(key any) (value any, ok bool) {
	value, ok = m.m[key]
	return
}

func (m *Map) Store(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

func (m *Map) Clear() { clear(m.m) }

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

func (m *Map) Delete(key any) { delete(m.m, key) }

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	previous, loaded = m.m[key]
	m.Store(key, value)
	return
}

func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	if v, ok := m.m[key]; ok && v == old {
		delete(m.m, key)
		return true
	}
	return false
}

// Range calls f for each key and value (in Go's unspecified map order).
func (m *Map) Range(f func(key, value any) bool) {
	for k, v := range m.m {
		if !f(k, v) {
			break
		}
	}
}

type Pool struct {
	private any
	shared  []any

	New func() any
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.shared = append(p.shared, x)
}

func (p *Pool) Get() any {
	if n := len(p.shared); n > 0 {
		x := p.shared[n-1]
		p.shared = p.shared[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}
`;
