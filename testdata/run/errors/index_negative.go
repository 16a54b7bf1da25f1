package main

import "fmt"

func main() {
	s := []byte("abc")
	i := 2
	for {
		fmt.Println(i, s[i])
		i--
	}
}
