package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		time.Sleep(2 * time.Second)
		fmt.Println("sleeper woke at", time.Now().Format("15:04:05"))
	}()
	go func() {
		time.Sleep(time.Hour)
		fmt.Println("long sleeper woke at", time.Now().Format("15:04:05"))
	}()
	fmt.Println("main waits at", time.Now().Format("15:04:05"))
	<-done
}
