package main

import (
	"fmt"
	"time"
)

func process(items []string, idx int) string {
	return items[idx]
}

func main() {
	defer fmt.Println("main's defer does not run when another goroutine panics")
	items := []string{"a", "b", "c"}
	for i := 0; i < 5; i++ {
		go func(i int) {
			time.Sleep(time.Duration(i) * 10 * time.Millisecond)
			fmt.Println("item", i, "=", process(items, i))
		}(i)
	}
	time.Sleep(time.Second)
	fmt.Println("never printed")
}
