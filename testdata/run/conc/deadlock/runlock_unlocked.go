package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("two readers")
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("both released")
	rw.RUnlock()
	fmt.Println("never printed")
}
