// golden: by hand (Go 1.22+ semantics)
package main

import (
	"fmt"
	"runtime"
)

// Go 1.21: panic(nil) panics with a *runtime.PanicNilError (Go 1.19 printed
// "panic: nil" and recover returned nil).
func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		err, isErr := r.(error)
		fmt.Println(isErr, err)
		_, isRuntime := r.(runtime.Error)
		fmt.Println(isRuntime)
		panic(nil)
	}()
	panic(nil)
}
