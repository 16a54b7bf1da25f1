// defer, panic and recover: LIFO order, arguments evaluated at the defer
// statement, named results changed by a deferred closure, re-panicking.
package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("deferred: ")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

type custom struct{ code int }

func (c custom) Error() string { return fmt.Sprint("code ", c.code) }

func mustPositive(n int) int {
	if n < 0 {
		panic(custom{n})
	}
	return n
}

func try(f func()) (err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case error:
			err = r
		default:
			err = errors.New(fmt.Sprint(r))
		}
	}()
	f()
	return nil
}

func main() {
	order()
	fmt.Println()
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(double())
	fmt.Println(try(func() { mustPositive(-3) }))
	fmt.Println(try(func() { panic("plain") }))
	fmt.Println(try(func() { mustPositive(1) }))

	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
	var c custom
	fmt.Println(errors.As(try(func() { mustPositive(-1) }), &c), c.code)
}
