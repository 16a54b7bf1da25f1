package main

import (
	"errors"
	"fmt"
)

type StatusErr struct {
	Code int
	Msg  string
}

func (e *StatusErr) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }

// Is makes any *StatusErr with the same code match, whatever the message.
func (e *StatusErr) Is(target error) bool {
	t, ok := target.(*StatusErr)
	return ok && t.Code == e.Code
}

var ErrNotFound = &StatusErr{Code: 404}
var ErrTimeout = errors.New("timeout")

type retryable interface{ Retry() bool }

type netErr struct{ temporary bool }

func (n netErr) Error() string { return fmt.Sprintf("net error (temporary=%v)", n.temporary) }
func (n netErr) Retry() bool   { return n.temporary }
func (n netErr) Unwrap() error { return ErrTimeout }

func fetch(path string) error {
	switch path {
	case "/missing":
		return fmt.Errorf("fetch %s: %w", path, &StatusErr{404, "page missing"})
	case "/slow":
		return fmt.Errorf("fetch %s: %w", path, netErr{true})
	case "/down":
		return fmt.Errorf("fetch %s: %w", path, netErr{false})
	}
	return nil
}

func main() {
	for _, p := range []string{"/ok", "/missing", "/slow", "/down"} {
		err := fetch(p)
		var r retryable
		var se *StatusErr
		fmt.Printf("%-9s err=%v\n", p, err)
		fmt.Printf("          notfound=%v timeout=%v retryable=%v",
			errors.Is(err, ErrNotFound), errors.Is(err, ErrTimeout), errors.As(err, &r))
		if r != nil {
			fmt.Printf(" retry=%v", r.Retry())
		}
		if errors.As(err, &se) {
			fmt.Printf(" status=%d", se.Code)
		}
		fmt.Println()
	}
	fmt.Println(errors.Is(&StatusErr{500, "a"}, &StatusErr{500, "b"}), &StatusErr{500, "a"} == &StatusErr{500, "a"})
}
