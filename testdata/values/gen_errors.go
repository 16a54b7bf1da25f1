// Prints the texts of run-time panics as Go 1.19 reports them (recovered),
// the expectations of src/vm/runtimeErrors.test.ts (run: go run gen_errors.go).
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
)

type I interface{ M() }
type J interface {
	M()
	N()
}
type T struct{ X int }

func (T) M() {}

type MyInt int
type MyStr string
type MyF float64
type MyC complex128
type MyB bool
type S struct {
	A int
	B string
}
type Str struct{}

func (Str) String() string { return "i am stringer" }

var sink interface{}

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRE := r.(runtime.Error)
		if e, ok := r.(error); ok {
			fmt.Printf("%s: %q runtimeError=%v\n", name, e.Error(), isRE)
		} else {
			fmt.Printf("%s: %v (%T) runtimeError=%v\n", name, r, r, isRE)
		}
	}()
	f()
}

func main() {
	n := -1
	five := 5
	var m map[string]int
	try("nilmap", func() { m["a"] = 1 })
	try("makemap", func() { _ = make(map[int]int, n) })
	try("makeslice", func() { _ = make([]int, n) })
	try("makeslicecap", func() { _ = make([]int, 2, n+2) })
	try("makeslicebig", func() { _ = make([]int, 1<<62) })
	try("makeslicecapbig", func() { _ = make([]int, 1, 1<<62) })
	try("makechan", func() { _ = make(chan int, n) })
	var x interface{} = "s"
	try("assert1", func() { _ = x.(int) })
	var y interface{}
	try("assert2", func() { _ = y.(int) })
	try("assert3", func() { _ = y.(I) })
	x = 3
	try("assert4", func() { _ = x.(I) })
	var i I = T{}
	try("assert5", func() { _ = i.(J) })
	try("assert6", func() { _ = i.(*T) })
	var ni I
	try("assert7", func() { _ = ni.(T) })
	try("assert8", func() { _ = ni.(J) })
	var e error = errors.New("x")
	try("assert9", func() { _ = e.(I) })
	arr := [3]int{1, 2, 3}
	try("arr index", func() { _ = arr[five] })
	try("arr slice hi", func() { _ = arr[:five] })
	try("arr slice lo", func() { _ = arr[five-3 : 1] })
	try("arr slice3", func() { _ = arr[:1:five] })
	p := &arr
	try("parr slice hi", func() { _ = p[:five] })
	s := []int{1, 2, 3}
	try("s index", func() { _ = s[five] })
	try("s index neg", func() { _ = s[n] })
	try("s slice hi", func() { _ = s[:five] })
	try("s slice hi neg", func() { _ = s[:n] })
	try("s slice lo", func() { _ = s[five-2 : 2] })
	try("s slice lo neg", func() { _ = s[n:] })
	try("s slice3 max", func() { _ = s[:1:five] })
	try("s slice3 hi", func() { _ = s[: five-2 : 2] })
	try("s slice3 lo", func() { _ = s[five-3 : 1 : 2] })
	try("s slice3 neg", func() { _ = s[n:1:2] })
	try("s slice3 negmax", func() { _ = s[:1:n] })
	try("s slice3 neghi", func() { _ = s[:n:2] })
	str := "abc"
	try("str index", func() { _ = str[five] })
	try("str slice hi", func() { _ = str[:five] })
	try("str slice lo", func() { _ = str[five-2 : 2] })
	try("str slice lo2", func() { _ = str[five-1:] })
	var u uint64 = 1 << 63
	try("uint index", func() { _ = s[u] })
	try("conv", func() { _ = (*[5]int)(s) })
	try("hash", func() { mm := map[interface{}]int{}; mm[[]int{1}] = 2 })
	try("hash2", func() { mm := map[interface{}]int{}; _ = mm[map[int]int{}] })
	try("cmp", func() { var a, b interface{} = []int{1}, []int{1}; _ = a == b })
	try("cmp2", func() { var a, b interface{} = S{}, func() {}; _ = a == b })
	try("cmpstruct", func() {
		type W struct{ F interface{} }
		var a, b interface{} = W{[]int{}}, W{[]int{}}
		_ = a == b
	})
	try("div", func() { _ = five / (n + 1) })
	try("shift", func() { _ = five << n })
	try("nil deref", func() { var q *int; _ = *q })
	try("closed", func() { c := make(chan int); close(c); close(c) })
	try("nilchan", func() { var c chan int; close(c) })
	try("send closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	var np *T
	try("nil method", func() { var ii I = np; ii.M() })
	_ = os.Stdout
	_ = sink
}
