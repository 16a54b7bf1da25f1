package main

import (
	"fmt"
	"strconv"
)

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + strconv.Quote(x)
	case []T:
		return fmt.Sprint("slice of T len ", len(x))
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Number interface{ int | int64 | float64 }

func Convert[From, To Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Ptr[T any](v T) *T { return &v }

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

type Opt[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }
func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}
func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

func main() {
	fmt.Println(Describe(42))
	fmt.Println(Describe("hi"))
	fmt.Println(Describe(Color(2)))
	fmt.Println(Describe(3.5))
	fmt.Println(Convert[float64, int]([]float64{1.9, -2.7, 3}))
	fmt.Println(Convert[int, float64]([]int{1, 2}))
	p := Ptr(10)
	*p++
	fmt.Println(*p, *Ptr("s"))
	fmt.Println(Must(strconv.Atoi("77")))
	fmt.Println(Some(5), None[string](), Some("x").OrElse("y"), None[int]().OrElse(-1))
	fmt.Printf("%v %T\n", Some([]int{1}), Some(1.5))
	defer func() { fmt.Println("recovered:", recover()) }()
	Must(strconv.ParseBool("maybe"))
}
