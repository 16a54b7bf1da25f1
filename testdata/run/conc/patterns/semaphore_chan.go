package main

import (
	"fmt"
	"time"
)

type Semaphore chan struct{}

func (s Semaphore) Acquire(n int) {
	for i := 0; i < n; i++ {
		s <- struct{}{}
	}
}

func (s Semaphore) Release(n int) {
	for i := 0; i < n; i++ {
		<-s
	}
}

func (s Semaphore) TryAcquire() bool {
	select {
	case s <- struct{}{}:
		return true
	default:
		return false
	}
}

func main() {
	start := time.Now()
	sem := make(Semaphore, 4)
	done := make(chan string)
	tasks := []struct {
		name   string
		weight int
		cost   time.Duration
	}{{"small-a", 1, 50}, {"big", 3, 80}, {"small-b", 1, 30}, {"medium", 2, 40}, {"small-c", 1, 10}}
	for _, t := range tasks {
		go func(name string, w int, cost time.Duration) {
			sem.Acquire(w)
			fmt.Printf("%3dms %s acquired %d (in use %d/%d)\n", time.Since(start).Milliseconds(), name, w, len(sem), cap(sem))
			time.Sleep(cost * time.Millisecond)
			sem.Release(w)
			done <- name
		}(t.name, t.weight, t.cost)
		time.Sleep(time.Millisecond)
	}
	for range tasks {
		name := <-done
		fmt.Printf("%3dms %s released\n", time.Since(start).Milliseconds(), name)
	}
	fmt.Println("TryAcquire when all released:", sem.TryAcquire(), len(sem))
}
