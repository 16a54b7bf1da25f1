// sync.Cond with a shared queue, a bounded semaphore built from a buffered
// channel, runtime.Gosched and runtime.NumGoroutine.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	q := NewQueue()
	var wg sync.WaitGroup
	sum := 0
	var mu sync.Mutex
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := q.Get()
			mu.Lock()
			sum += v
			mu.Unlock()
		}()
	}
	for i := 1; i <= 3; i++ {
		q.Put(i * 10)
		runtime.Gosched()
	}
	wg.Wait()
	fmt.Println(sum)

	sem := make(chan struct{}, 2)
	var active, peak int
	var wg2 sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg2.Add(1)
		go func(id int) {
			defer wg2.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			runtime.Gosched()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}(i)
	}
	wg2.Wait()
	fmt.Println(peak <= 2, runtime.NumGoroutine() >= 1)
}
