package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		time.Sleep(5 * time.Millisecond)
		fmt.Println("worker done")
		done <- true
	}()
	fmt.Println("waiting")
	<-done
	var m map[string]int
	m["boom"] = 1
}
