package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(time.Second)
			fmt.Println("background tick", i)
		}
	}()
	fmt.Println("main blocks forever")
	select {}
}
