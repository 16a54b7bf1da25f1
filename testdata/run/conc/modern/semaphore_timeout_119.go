package main

// Go 1.19 twin of semaphore_timeout.go: weighted semaphore whose front waiter,
// when it gives up, lets the waiters behind it in if they now fit.

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
		err := ctx.Err()
		s.mu.Lock()
		select {
		case <-ready:
			err = nil
		default:
			isFront := s.waiters.Front() == elem
			s.waiters.Remove(elem)
			if isFront && s.size > s.cur {
				s.notify()
			}
		}
		s.mu.Unlock()
		return err
	}
}

func (s *weighted) notify() {
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
}

func (s *weighted) Release(n int64) {
	s.mu.Lock()
	s.cur -= n
	s.notify()
	s.mu.Unlock()
}

func main() {
	start := time.Now()
	ms := func() int64 { return time.Since(start).Milliseconds() }
	sem := &weighted{size: 3}
	var wg sync.WaitGroup
	run := func(name string, delay int, n int64, timeout time.Duration, hold int) {
		defer wg.Done()
		time.Sleep(time.Duration(delay) * time.Millisecond)
		ctx := context.Background()
		if timeout > 0 {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, timeout)
			defer cancel()
		}
		fmt.Printf("%3d %s wants %d\n", ms(), name, n)
		if err := sem.Acquire(ctx, n); err != nil {
			fmt.Printf("%3d %s gave up: %v\n", ms(), name, err)
			return
		}
		fmt.Printf("%3d %s acquired %d\n", ms(), name, n)
		time.Sleep(time.Duration(hold) * time.Millisecond)
		sem.Release(n)
		fmt.Printf("%3d %s released %d\n", ms(), name, n)
	}
	wg.Add(3)
	go run("holder", 0, 2, 0, 200)
	go run("impatient", 10, 2, 50*time.Millisecond, 10)
	go run("small", 20, 1, 0, 30)
	wg.Wait()
	fmt.Printf("%3d done\n", ms())
}
