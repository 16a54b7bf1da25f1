// The declared Go API of package golang.org/x/sync/semaphore as chanscope provides it (see ../README.md).
export const source = String.raw`package semaphore

// Written in Go, following golang.org/x/sync/semaphore (a FIFO of waiters,
// each woken by closing its channel), so waits appear in the trace.

import (
	"context"
	"sync"
)

type waiter struct {
	n     int64
	ready chan<- struct{} // closed when the semaphore is acquired
}

func NewWeighted(n int64) *Weighted {
	w := &Weighted{size: n}
	return w
}

type Weighted struct {
	size    int64
	cur     int64
	mu      sync.Mutex
	waiters []*waiter // FIFO; container/list in x/sync
}

func (s *Weighted) Acquire(ctx context.Context, n int64) error {
	done := ctx.Done()

	s.mu.Lock()
	select {
	case <-done:
		// Already done: fail even if the tokens are free.
		s.mu.Unlock()
		return ctx.Err()
	default:
	}
	if s.size-s.cur >= n && len(s.waiters) == 0 {
		s.cur += n
		s.mu.Unlock()
		return nil
	}

	if n > s.size {
		// Can never succeed: wait for ctx without queueing ahead of others.
		s.mu.Unlock()
		<-done
		return ctx.Err()
	}

	ready := make(chan struct{})
	w := &waiter{n: n, ready: ready}
	s.waiters = append(s.waiters, w)
	s.mu.Unlock()

	select {
	case <-done:
		s.mu.Lock()
		select {
		case <-ready:
			// Granted after ctx was done: give the tokens back.
			s.cur -= n
			s.notifyWaiters()
		default:
			isFront := s.waiters[0] == w
			s.remove(w)
			// Leaving the front may unblock the waiters behind.
			if isFront && s.size > s.cur {
				s.notifyWaiters()
			}
		}
		s.mu.Unlock()
		return ctx.Err()

	case <-ready:
		// Granted; still fail if ctx is done by now.
		select {
		case <-done:
			s.Release(n)
			return ctx.Err()
		default:
		}
		return nil
	}
}

func (s *Weighted) TryAcquire(n int64) bool {
	s.mu.Lock()
	success := s.size-s.cur >= n && len(s.waiters) == 0
	if success {
		s.cur += n
	}
	s.mu.Unlock()
	return success
}

func (s *Weighted) Release(n int64) {
	s.mu.Lock()
	s.cur -= n
	if s.cur < 0 {
		s.mu.Unlock()
		panic("semaphore: released more than held")
	}
	s.notifyWaiters()
	s.mu.Unlock()
}

func (s *Weighted) remove(w *waiter) {
	for i, x := range s.waiters {
		if x == w {
			s.waiters = append(s.waiters[:i], s.waiters[i+1:]...)
			return
		}
	}
}

func (s *Weighted) notifyWaiters() {
	for len(s.waiters) > 0 {
		w := s.waiters[0]
		if s.size-s.cur < w.n {
			// Not enough tokens for the next waiter. Leave all remaining
			// waiters blocked, so that large requests do not starve.
			break
		}
		s.cur += w.n
		s.waiters = s.waiters[1:]
		close(w.ready)
	}
}
`;
