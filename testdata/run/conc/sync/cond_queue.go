package main

import (
	"fmt"
	"sync"
	"time"
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

func (q *Queue) Get(id int) int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		fmt.Println("consumer", id, "waits")
		q.cond.Wait()
		fmt.Println("consumer", id, "woke, items:", len(q.items))
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	q := NewQueue()
	var wg sync.WaitGroup
	for c := 1; c <= 3; c++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for k := 0; k < 2; k++ {
				v := q.Get(id)
				fmt.Println("consumer", id, "got", v)
			}
		}(c)
	}
	time.Sleep(10 * time.Millisecond)
	for i := 1; i <= 6; i++ {
		fmt.Println("put", i)
		q.Put(i)
		time.Sleep(5 * time.Millisecond)
	}
	wg.Wait()
	fmt.Println("all consumed")
}
