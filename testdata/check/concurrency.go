// errorcheck

// Mistakes newcomers make with goroutines, channels and the sync, time,
// context and atomic packages that chanscope provides.
// wording: go1.20+ "... as *int32 value in argument to atomic.AddInt32"; go1.19 says
// "... as type *int32 in argument to atomic.AddInt32". go1.20+ "but does have method Add";
// go1.19 says "but does have Add".

package main

import (
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var n int
	wg.add(1)              // ERROR "wg.add undefined \(type sync.WaitGroup has no field or method add, but does have method Add\)"
	wg.Done(1)             // ERROR "too many arguments in call to wg.Done\n\thave \(number\)\n\twant \(\)"
	mu.lock()              // ERROR "mu.lock undefined \(type sync.Mutex has no field or method lock, but does have method Lock\)"
	atomic.AddInt32(&n, 1) // ERROR "cannot use &n \(value of type \*int\) as \*int32 value in argument to atomic.AddInt32"
	d := 2
	time.Sleep(d * time.Second)     // ERROR "invalid operation: d \* time.Second \(mismatched types int and time.Duration\)"
	time.Sleep(2 * time.Second)     // allowed: 2 is an untyped constant
	var timeout time.Duration = 1.5 // ERROR "cannot use 1.5 \(untyped float constant\) as time.Duration value in variable declaration \(truncated\)"
	done := make(chan struct{})
	done <- true // ERROR "cannot use true \(untyped bool constant\) as struct\{\} value in send"
	_ = timeout
}
