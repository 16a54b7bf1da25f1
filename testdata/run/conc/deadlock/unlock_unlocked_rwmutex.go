package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	fmt.Println("write locked")
	rw.Unlock()
	fmt.Println("write unlocked")
	rw.Unlock()
}
