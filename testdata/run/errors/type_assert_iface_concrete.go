package main

import "fmt"

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func main() {
	shapes := []Shape{&Circle{1}, Rect{2, 3}}
	for _, s := range shapes {
		c := s.(*Circle)
		fmt.Println("circle radius", c.R)
	}
}
