package main

import (
	"errors"
	"fmt"
	"sync"
)

type jobError struct {
	id  int
	err error
}

func (e *jobError) Error() string { return fmt.Sprintf("job %d: %v", e.id, e.err) }

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			defer fmt.Println("goroutine", id, "defer runs")
			if id == 2 {
				panic(&jobError{id, errors.New("disk full")})
			}
			fmt.Println("goroutine", id, "ok")
		}(i)
	}
	wg.Wait()
}
