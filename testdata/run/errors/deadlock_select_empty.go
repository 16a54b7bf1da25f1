package main

import "fmt"

func main() {
	fmt.Println("empty select")
	select {}
}
