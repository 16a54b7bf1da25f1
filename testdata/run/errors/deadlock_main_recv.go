package main

import "fmt"

func main() {
	fmt.Println("waiting forever")
	<-make(chan int)
}
