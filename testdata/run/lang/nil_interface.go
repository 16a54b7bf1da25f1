package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // never a nil interface!
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1)
	fmt.Printf("%T %v\n", e1, e1)
	e2 := correct(false)
	fmt.Println(e2 == nil, e2)
	fmt.Printf("%T %v\n", e2, e2)

	var p *MyErr
	var err error = p
	fmt.Println(err != nil, p == nil, err == (*MyErr)(nil))

	var target *MyErr
	fmt.Println(errors.As(mayFail(true), &target), target.msg)

	var i interface{}
	fmt.Println(i == nil)
	var ip *int
	i = ip
	fmt.Println(i == nil, i)
	i = nil
	fmt.Println(i == nil)

	var s fmt.Stringer
	fmt.Printf("%v %T\n", s, s)
	fmt.Println(s == nil)
}
