// errorcheck

// Names that are declared nowhere. Each use is reported once, and a variable
// initialised from an undefined name does not cause follow-on errors.
// wording: gc 1.19 and 1.22 agree (a missing package member is "undefined: fmt.Printn").

package main

import "fmt"

func main() {
	n := rand.Intn(10) // ERROR "undefined: rand"
	fmt.Println(n)
	fmt.Println(count) // ERROR "undefined: count"
	var t Thing        // ERROR "undefined: Thing"
	fmt.Println(t)
	fmt.Printn("hi") // ERROR "undefined: fmt.Printn"
	helper()         // ERROR "undefined: helper"
	fib := func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2) // ERROR "undefined: fib"
	}
	fmt.Println(fib(5))
	fmt.Println(Time.Now()) // ERROR "undefined: Time"
}
