package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (c *Circle) Area() float64 {
	if c == nil {
		return -1 // a nil *Circle is still a Shape and its method can run
	}
	return 3 * c.R * c.R
}

type MyInt int

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v of type %T", x, x)
	case MyInt:
		return fmt.Sprintf("MyInt %d", int(x)+1)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("slice ", len(x), x)
	case error:
		return "error: " + x.Error()
	case Shape:
		return fmt.Sprintf("shape %T area %.1f", x, x.Area())
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	var sp *Circle
	var sh Shape
	vals := []interface{}{
		nil, 42, int64(7), MyInt(9), "héllo", []int{1, 2},
		errors.New("bad"), Rect{2, 3}, &Circle{1}, Circle{2},
		func() int { return 5 }, 3.5, sh, sp, struct{}{}, map[string]int{},
	}
	for i, v := range vals {
		fmt.Println(i, describe(v))
	}
	// type switch without binding
	for _, v := range []interface{}{1, "a", 2.5} {
		switch v.(type) {
		case int:
			fmt.Print("I")
		case string:
			fmt.Print("S")
		default:
			fmt.Print("?")
		}
	}
	fmt.Println()
	// switch on a non-empty interface
	for _, s := range []Shape{Rect{1, 1}, &Circle{2}} {
		switch s := s.(type) {
		case Rect:
			fmt.Println("rect", s.W, s.H)
		case *Circle:
			fmt.Println("circle", s.R)
		}
	}
}
