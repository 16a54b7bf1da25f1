package main

import "fmt"

func main() {
	var v interface{} = "hello"
	s := v.(string)
	fmt.Println(s)
	n, ok := v.(int)
	fmt.Println(n, ok)
	fmt.Println(v.(int))
}
