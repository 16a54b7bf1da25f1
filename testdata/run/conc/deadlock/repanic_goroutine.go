package main

import (
	"errors"
	"fmt"
	"time"
)

func handle(id int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("handler", id, "recovered:", r)
			panic(fmt.Sprintf("handler %d: giving up after %v", id, r))
		}
	}()
	if id == 2 {
		panic(errors.New("bad request"))
	}
	fmt.Println("handler", id, "ok")
}

func main() {
	for i := 1; i <= 3; i++ {
		go handle(i)
		time.Sleep(10 * time.Millisecond)
	}
	fmt.Println("not reached")
}
