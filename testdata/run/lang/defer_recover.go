package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func recoverValue() (v interface{}) {
	defer func() {
		v = recover()
	}()
	panic(struct{ A, B int }{1, 2})
}

func noPanic() {
	defer func() {
		fmt.Println("recover with no panic:", recover())
	}()
	fmt.Println("no panic body")
}

func deferOrderWithPanic() {
	defer fmt.Println("deferred 1")
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
	}()
	defer fmt.Println("deferred 3")
	panic("boom")
}

func rePanic() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer got: ", recover())
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint("re-panic of ", r))
	}()
	panic("first")
}

func recoverError() {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println("is error:", err, errors.Is(err, errSentinel))
		}
	}()
	panic(fmt.Errorf("wrapped: %w", errSentinel))
}

var errSentinel = errors.New("sentinel")

func runtimeErr() {
	defer func() {
		r := recover()
		err := r.(error)
		fmt.Printf("%T: %v\n", r, err)
	}()
	var a []int
	_ = a[3]
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(recoverValue())
	noPanic()
	deferOrderWithPanic()
	fmt.Println(rePanic())
	recoverError()
	runtimeErr()
	fmt.Println("main finished")
}
