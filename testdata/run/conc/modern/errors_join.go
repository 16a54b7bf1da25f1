// golden: by hand (Go 1.22+ semantics)
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"sync"
	"time"
)

var ErrTimeout = errors.New("timeout")

func check(name string, d time.Duration) error {
	time.Sleep(d)
	switch name {
	case "db":
		return fmt.Errorf("db: %w", ErrTimeout)
	case "disk":
		return &fs.PathError{Op: "stat", Path: "/data", Err: fs.ErrNotExist}
	}
	return nil
}

func main() {
	var mu sync.Mutex
	var errs []error
	var wg sync.WaitGroup
	names := []string{"cache", "db", "disk", "queue"}
	for i, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := check(n, time.Duration(40-i*10)*time.Millisecond)
			mu.Lock()
			errs = append(errs, err)
			mu.Unlock()
			fmt.Printf("%s -> %v\n", n, err)
		}()
	}
	wg.Wait()
	joined := errors.Join(errs...)
	fmt.Printf("joined:\n%v\n", joined)
	fmt.Println("is timeout:", errors.Is(joined, ErrTimeout))
	fmt.Println("is not-exist:", errors.Is(joined, fs.ErrNotExist))
	var pe *fs.PathError
	fmt.Println("as PathError:", errors.As(joined, &pe), pe.Path)
	fmt.Println("join of nils:", errors.Join(nil, nil) == nil)
	wrapped := fmt.Errorf("health check failed: %w", joined)
	fmt.Println(errors.Is(wrapped, ErrTimeout), len(joined.(interface{ Unwrap() []error }).Unwrap()))
}
