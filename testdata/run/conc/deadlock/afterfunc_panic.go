package main

import (
	"fmt"
	"time"
)

func main() {
	queue := []string{"a", "b"}
	idx := 2
	time.AfterFunc(25*time.Millisecond, func() {
		fmt.Println("timer callback starts")
		fmt.Println("next job:", queue[idx])
	})
	for i := 0; i < 5; i++ {
		fmt.Println("main tick", i)
		time.Sleep(10 * time.Millisecond)
	}
}
