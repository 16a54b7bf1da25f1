// golden: by hand (Go 1.22+ semantics)
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// Go 1.20: errors.Join and fmt.Errorf with several %w verbs; both wrap a list
// of errors (Unwrap() []error) that errors.Is and errors.As walk.
var ErrA = errors.New("a failed")
var ErrB = errors.New("b failed")

type codeErr struct{ code int }

func (c *codeErr) Error() string { return fmt.Sprintf("code %d", c.code) }

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Is(j, io.EOF))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	fmt.Println(errors.Unwrap(j) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[1])
	}
	multi := fmt.Errorf("step 1: %w; step 2: %w", ErrA, os.ErrNotExist)
	fmt.Println(multi)
	fmt.Println(errors.Is(multi, ErrA), errors.Is(multi, os.ErrNotExist), errors.Is(multi, ErrB))
	fmt.Println(errors.Unwrap(multi) == nil)
	wrapped := fmt.Errorf("outer: %w", errors.Join(ErrB, &codeErr{7}))
	var ce *codeErr
	fmt.Println(errors.As(wrapped, &ce), ce.code)
	fmt.Println(wrapped)
	fmt.Printf("%T %T\n", j, multi)
}
