package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	j, k := 4, 3
	fmt.Println(arr[1:2:k])
	fmt.Println(arr[1:j:k])
}
