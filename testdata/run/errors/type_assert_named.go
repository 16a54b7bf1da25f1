package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func main() {
	var v interface{} = Celsius(21.5)
	c := v.(Celsius)
	fmt.Println(c)
	f := v.(Fahrenheit)
	fmt.Println(f)
}
