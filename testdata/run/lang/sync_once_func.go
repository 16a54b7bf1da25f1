// golden: by hand (Go 1.22+ semantics)
package main

import (
	"fmt"
	"strconv"
	"sync"
)

// Go 1.21 sync.OnceFunc, OnceValue, OnceValues: f runs once; if f panicked,
// every call panics again with the same value.
func main() {
	calls := 0
	initf := sync.OnceFunc(func() {
		calls++
		fmt.Println("initializing")
	})
	for i := 0; i < 3; i++ {
		initf()
	}
	fmt.Println("calls:", calls)

	config := sync.OnceValue(func() map[string]string {
		fmt.Println("loading config")
		return map[string]string{"env": "prod"}
	})
	fmt.Println(config()["env"], len(config()))

	parse := sync.OnceValues(func() (int, error) {
		fmt.Println("parsing")
		return strconv.Atoi("x42")
	})
	n, err := parse()
	fmt.Println(n, err)
	n, err = parse()
	fmt.Println(n, err)

	boom := sync.OnceFunc(func() { panic("init failed") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			boom()
		}()
	}
}
