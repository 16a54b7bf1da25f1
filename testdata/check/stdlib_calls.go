// errorcheck

// Calls into the standard library with the wrong shape: multi-value results in a
// single-value context, arguments of the wrong type.
// wording: go1.20+ "multiple-value strconv.Atoi("3") (value of type (int, error)) in
// single-value context"; go1.19 agrees.

package main

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

func main() {
	n := strconv.Atoi("1")             // ERROR "assignment mismatch: 1 variable but strconv.Atoi returns 2 values"
	fmt.Println(strconv.Atoi("3") + 1) // ERROR "multiple-value strconv.Atoi\(.3.\) \(value of type \(int, error\)\) in single-value context"
	_ = strconv.Itoa("1")              // ERROR "cannot use .1. \(untyped string constant\) as int value in argument to strconv.Itoa"
	_ = errors.New("a", 1)             // ERROR "too many arguments in call to errors.New\n\thave \(string, number\)\n\twant \(string\)"
	t := time.Now()
	_ = t.Sub(5) // ERROR "cannot use 5 \(untyped int constant\) as time.Time value in argument to t.Sub"
	var err error = fmt.Errorf("x")
	_ = err.Message // ERROR "err.Message undefined \(type error has no field or method Message\)"
	_ = n
}
