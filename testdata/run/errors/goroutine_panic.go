package main

import (
	"fmt"
	"time"
)

func worker(id int) {
	if id == 2 {
		panic(fmt.Sprintf("worker %d failed", id))
	}
	fmt.Println("worker", id, "ok")
}

func main() {
	for i := 1; i <= 3; i++ {
		go worker(i)
		time.Sleep(time.Millisecond)
	}
	time.Sleep(time.Second)
	fmt.Println("never reached")
}
