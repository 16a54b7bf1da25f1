package main

import "fmt"

type Shape interface{ Area() float64 }
type Square struct{ S float64 }

func (s *Square) Area() float64 { return s.S * s.S }

func main() {
	var sh Shape = &Square{3}
	fmt.Println(sh.Area())
	if _, ok := interface{}(sh).(Square); !ok {
		fmt.Println("not a Square value")
	}
	var any interface{} = sh
	v := any.(Square)
	fmt.Println(v)
}
