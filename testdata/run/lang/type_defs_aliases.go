package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Temp = Celsius // alias: same type
type IntSlice []int
type StrMap map[string]string
type Op func(int) int
type Byte = byte

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (s IntSlice) Sum() (t int) {
	for _, v := range s {
		t += v
	}
	return
}

func main() {
	var c Celsius = 100
	var t Temp = c
	f := c.ToF()
	fmt.Println(c, t, f, t.ToF())
	fmt.Printf("%T %T %T\n", c, t, f)
	f2 := Fahrenheit(c) // conversion keeps the value
	fmt.Println(f2, float64(f2)+1)

	s := IntSlice{1, 2, 3}
	plain := []int(s)
	plain[0] = 100 // shares memory
	fmt.Println(s.Sum(), IntSlice(plain).Sum(), len(s))
	fmt.Printf("%T %T %v\n", s, plain, s)

	sm := StrMap{"k": "v"}
	var m map[string]string = sm // assignable: same underlying, one unnamed
	m["k2"] = "v2"
	fmt.Println(sm, len(sm))

	var op Op = func(x int) int { return x * x }
	fmt.Println(op(7))
	fmt.Printf("%T\n", op)

	var b Byte = 'A'
	var by byte = b
	fmt.Printf("%T %v %c\n", b, by, b)
	var r rune = 'é'
	var i32 int32 = r
	fmt.Printf("%T %v\n", r, i32)

	type Point struct{ X, Y int }
	type Vec Point
	v := Vec(Point{1, 2})
	fmt.Printf("%+v %T\n", v, v)
	type Inner struct{ A int }
	fmt.Println(Point{3, 4} == Point(Vec{3, 4}))
}
