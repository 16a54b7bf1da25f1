package main

// Go 1.19 twin of once_func.go: OnceFunc, OnceValue and OnceValues built on
// sync.Once; a panicking function panics again with the same value on every call.

import (
	"fmt"
	"strconv"
	"sync"
	"time"
)

func onceFunc(f func()) func() {
	var once sync.Once
	var valid bool
	var p interface{}
	g := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		f()
		valid = true
	}
	return func() {
		once.Do(g)
		if !valid {
			panic(p)
		}
	}
}

func onceValue[T any](f func() T) func() T {
	var once sync.Once
	var v T
	return func() T {
		once.Do(func() { v = f() })
		return v
	}
}

func onceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var once sync.Once
	var a T1
	var b T2
	return func() (T1, T2) {
		once.Do(func() { a, b = f() })
		return a, b
	}
}

func main() {
	start := time.Now()
	loadConfig := onceValue(func() map[string]int {
		fmt.Println("loading config at", time.Since(start))
		time.Sleep(100 * time.Millisecond)
		return map[string]int{"workers": 4}
	})
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			time.Sleep(time.Duration(id*20) * time.Millisecond)
			cfg := loadConfig()
			fmt.Println("caller", id, "workers =", cfg["workers"], "at", time.Since(start))
		}(i)
	}
	wg.Wait()

	greet := onceFunc(func() { fmt.Println("hello, once") })
	greet()
	greet()

	parse := onceValues(func() (int, error) {
		fmt.Println("parsing")
		return strconv.Atoi("12x")
	})
	for i := 0; i < 2; i++ {
		n, err := parse()
		fmt.Println("parse:", n, err)
	}

	boom := onceFunc(func() { panic("init failed") })
	for i := 0; i < 2; i++ {
		i := i
		func() {
			defer func() { fmt.Println("call", i, "recovered:", recover()) }()
			boom()
		}()
	}
}
