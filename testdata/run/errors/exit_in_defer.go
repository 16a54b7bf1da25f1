package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed: os.Exit in a later defer stops everything")
	defer os.Exit(4)
	fmt.Println("panicking")
	panic("this panic message is never printed")
}
