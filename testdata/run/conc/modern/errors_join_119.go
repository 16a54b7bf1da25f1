package main

// Go 1.19 twin of errors_join.go: a join error that skips nils, prints one
// error per line and is searched by hand for Is/As.

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"time"
)

var ErrTimeout = errors.New("timeout")

type joinError struct{ errs []error }

func join(errs ...error) error {
	var kept []error
	for _, e := range errs {
		if e != nil {
			kept = append(kept, e)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	return &joinError{kept}
}

func (j *joinError) Error() string {
	parts := make([]string, len(j.errs))
	for i, e := range j.errs {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

func isAny(err, target error) bool {
	if j, ok := err.(*joinError); ok {
		for _, e := range j.errs {
			if errors.Is(e, target) {
				return true
			}
		}
		return false
	}
	if errors.Is(err, target) {
		return true
	}
	if u := errors.Unwrap(err); u != nil {
		return isAny(u, target)
	}
	return false
}

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
		i, n := i, n
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
	joined := join(errs...)
	fmt.Printf("joined:\n%v\n", joined)
	fmt.Println("is timeout:", isAny(joined, ErrTimeout))
	fmt.Println("is not-exist:", isAny(joined, fs.ErrNotExist))
	var pe *fs.PathError
	ok := false
	for _, e := range joined.(*joinError).errs {
		if errors.As(e, &pe) {
			ok = true
			break
		}
	}
	fmt.Println("as PathError:", ok, pe.Path)
	fmt.Println("join of nils:", join(nil, nil) == nil)
	wrapped := fmt.Errorf("health check failed: %w", joined)
	fmt.Println(isAny(wrapped, ErrTimeout), len(joined.(*joinError).errs))
}
