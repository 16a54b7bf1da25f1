package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	for _, name := range []string{"A", "B", "C"} {
		go func(name string) {
			for i := 0; i < 3; i++ {
				fmt.Println(name, i)
				runtime.Gosched()
			}
			done <- true
		}(name)
	}
	for i := 0; i < 3; i++ {
		fmt.Println("main yields", i)
		runtime.Gosched()
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println("all finished")
}
