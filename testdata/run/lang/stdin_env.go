package main

import (
	"fmt"
	"os"
)

func main() {
	var x int
	var s string
	n, err := fmt.Scan(&x)
	fmt.Println(n, err)
	n, err = fmt.Scanln(&s)
	fmt.Println(n, err)
	n, err = fmt.Scanf("%d", &x)
	fmt.Println(n, err)
	b := make([]byte, 4)
	n, err = os.Stdin.Read(b)
	fmt.Println(n, err)
	os.Setenv("A", "1")
	fmt.Println(os.Getenv("A"))
	v, ok := os.LookupEnv("A")
	fmt.Println(v, ok)
	os.Unsetenv("A")
	fmt.Println(os.Getenv("A") == "")
}
