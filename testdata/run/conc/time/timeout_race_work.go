package main

import (
	"errors"
	"fmt"
	"time"
)

var errTimeout = errors.New("timed out")

func call(name string, cost, limit time.Duration) (string, error) {
	res := make(chan string, 1)
	go func() {
		time.Sleep(cost)
		res <- name + " ok"
	}()
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case r := <-res:
		return r, nil
	case <-timer.C:
		return "", fmt.Errorf("%s: %w after %v", name, errTimeout, limit)
	}
}

func main() {
	start := time.Now()
	jobs := []struct {
		name        string
		cost, limit time.Duration
	}{
		{"fast", 10 * time.Millisecond, 50 * time.Millisecond},
		{"slow", 80 * time.Millisecond, 50 * time.Millisecond},
		{"edge", 49 * time.Millisecond, 50 * time.Millisecond},
		{"huge", time.Hour, 2 * time.Second},
	}
	for _, j := range jobs {
		r, err := call(j.name, j.cost, j.limit)
		if err != nil {
			fmt.Printf("[%v] error: %v (is timeout: %v)\n", time.Since(start), err, errors.Is(err, errTimeout))
			continue
		}
		fmt.Printf("[%v] %s\n", time.Since(start), r)
	}
}
