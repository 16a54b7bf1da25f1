package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryErr struct {
	Query string
	Err   error
}

func (e *QueryErr) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryErr) Unwrap() error { return e.Err }

type TempErr struct{ code int }

func (t TempErr) Error() string   { return fmt.Sprintf("temp %d", t.code) }
func (t TempErr) Temporary() bool { return true }

func find(q string) error {
	if q == "" {
		return &QueryErr{q, ErrNotFound}
	}
	return nil
}

func main() {
	err := find("")
	wrapped := fmt.Errorf("handler: %w", err)
	double := fmt.Errorf("outer: %w", wrapped)
	fmt.Println(double)
	fmt.Println(errors.Is(double, ErrNotFound), errors.Is(double, io.EOF))
	var qe *QueryErr
	if errors.As(double, &qe) {
		fmt.Printf("as QueryErr: %q %v\n", qe.Query, qe.Err)
	}
	fmt.Println(errors.Unwrap(double) == wrapped, errors.Unwrap(wrapped) == err)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
	fmt.Println(errors.Unwrap(errors.Unwrap(errors.Unwrap(double))) == ErrNotFound)

	// %v instead of %w does not wrap
	flat := fmt.Errorf("flat: %v", ErrNotFound)
	fmt.Println(flat, errors.Is(flat, ErrNotFound), errors.Unwrap(flat))

	// errors.New values are distinct even with equal text
	a, b := errors.New("x"), errors.New("x")
	fmt.Println(a == b, a.Error() == b.Error(), errors.Is(a, b))

	// As with a value type and an interface type
	var te TempErr
	e2 := fmt.Errorf("io: %w", TempErr{7})
	fmt.Println(errors.As(e2, &te), te.code)
	var tmp interface{ Temporary() bool }
	fmt.Println(errors.As(e2, &tmp), tmp.Temporary())
	fmt.Println(errors.As(flat, &te))

	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(nil, nil), find("x") == nil)
	fmt.Printf("%T %T %T\n", ErrNotFound, wrapped, flat)
	fmt.Println(errors.Is(fmt.Errorf("w: %w", os.ErrNotExist), os.ErrNotExist))
	fmt.Println(io.EOF, io.ErrUnexpectedEOF)
	e3 := fmt.Errorf("bad %w", "not an error")
	fmt.Println(e3, errors.Unwrap(e3))
}
