package main

// Go 1.19 twin of semaphore_weighted.go: a weighted semaphore with a FIFO queue
// of waiters; a waiter that does not fit blocks everyone behind it.

import (
	"container/list"
	"context"
	"fmt"
	"sync"
	"time"
)

type waiter struct {
	n     int64
	ready chan struct{}
}

type weighted struct {
	size, cur int64
	mu        sync.Mutex
	waiters   list.List
}

func (s *weighted) Acquire(ctx context.Context, n int64) error {
	s.mu.Lock()
	if s.size-s.cur >= n && s.waiters.Len() == 0 {
		s.cur += n
		s.mu.Unlock()
		return nil
	}
	ready := make(chan struct{})
	elem := s.waiters.PushBack(waiter{n, ready})
	s.mu.Unlock()
	select {
	case <-ready:
		return nil
	case <-ctx.Done():
		s.mu.Lock()
		s.waiters.Remove(elem)
		s.mu.Unlock()
		return ctx.Err()
	}
}

func (s *weighted) TryAcquire(n int64) bool {
	s.mu.Lock()
	ok := s.size-s.cur >= n && s.waiters.Len() == 0
	if ok {
		s.cur += n
	}
	s.mu.Unlock()
	return ok
}

func (s *weighted) Release(n int64) {
	s.mu.Lock()
	s.cur -= n
	for {
		front := s.waiters.Front()
		if front == nil {
			break
		}
		w := front.Value.(waiter)
		if s.size-s.cur < w.n {
			break
		}
		s.cur += w.n
		s.waiters.Remove(front)
		close(w.ready)
	}
	s.mu.Unlock()
}

func main() {
	start := time.Now()
	ms := func() int64 { return time.Since(start).Milliseconds() }
	sem := &weighted{size: 4}
	ctx := context.Background()
	var wg sync.WaitGroup
	jobs := []struct {
		name   string
		weight int64
		delay  int
		cost   int
	}{
		{"A", 2, 0, 100},
		{"B", 2, 10, 50},
		{"C", 3, 20, 40},
		{"D", 1, 30, 10},
	}
	for _, j := range jobs {
		j := j
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(j.delay) * time.Millisecond)
			fmt.Printf("%3d %s wants %d\n", ms(), j.name, j.weight)
			if err := sem.Acquire(ctx, j.weight); err != nil {
				fmt.Println(j.name, "failed:", err)
				return
			}
			fmt.Printf("%3d %s acquired %d\n", ms(), j.name, j.weight)
			time.Sleep(time.Duration(j.cost) * time.Millisecond)
			sem.Release(j.weight)
			fmt.Printf("%3d %s released %d\n", ms(), j.name, j.weight)
		}()
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Printf("%3d TryAcquire(3): %v, TryAcquire(2): %v\n", ms(), sem.TryAcquire(3), sem.TryAcquire(2))
	sem.Release(2)
	wg.Wait()
	fmt.Printf("%3d all done, TryAcquire(4): %v\n", ms(), sem.TryAcquire(4))
}
