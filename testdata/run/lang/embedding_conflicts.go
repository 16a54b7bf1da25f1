package main

import "fmt"

type A struct{ X, Y int }

func (A) Hello() string { return "A.Hello" }
func (A) OnlyA() string { return "A.OnlyA" }
func (a *A) SetX(v int) { a.X = v }

type B struct{ X, Z int }

func (B) Hello() string { return "B.Hello" }

type C struct {
	A
	B
	Z int // depth 0 wins over B.Z at depth 1
}

type D struct {
	C
	Y string // shadows C.A.Y
}

func (D) Hello() string { return "D.Hello" }

func main() {
	c := C{A{1, 2}, B{3, 4}, 5}
	// c.X and c.Hello() would be ambiguous (both at depth 1): compile error, so qualify
	fmt.Println(c.A.X, c.B.X, c.Y, c.Z, c.B.Z)
	fmt.Println(c.A.Hello(), c.B.Hello(), c.OnlyA())
	c.SetX(10)
	fmt.Println(c.A.X)

	d := D{c, "shadow"}
	fmt.Println(d.Y, d.C.Y, d.A.Y, d.Z, d.Hello(), d.C.A.Hello(), d.OnlyA())
	d.SetX(42)
	fmt.Println(d.A.X, c.A.X)
	fmt.Printf("%+v\n", d)

	type Base struct{ ID int }
	type Mid struct{ Base }
	type Top struct {
		Mid
		Name string
	}
	t := Top{Mid{Base{7}}, "top"}
	fmt.Println(t.ID, t.Mid.ID, t.Mid.Base.ID)
	t.ID = 8
	fmt.Println(t)
}
