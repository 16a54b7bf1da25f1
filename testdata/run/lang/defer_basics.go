package main

import "fmt"

func lifo() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

func argsEvaluated() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 2
	fmt.Println("set x =", x)
}

func named() (result int) {
	defer func() { result *= 2 }()
	defer func() { result += 3 }()
	return 10
}

func namedErr() (s string, err error) {
	defer func() {
		if err != nil {
			s = "recovered: " + err.Error()
		}
	}()
	return "", fmt.Errorf("oops %d", 7)
}

type T struct{ name string }

func (t T) Hello()   { fmt.Println("hello from", t.name) }
func (t *T) PHello() { fmt.Println("phello from", t.name) }

func methodDefer() {
	t := T{"first"}
	defer t.Hello()
	defer t.PHello()
	t.name = "second"
}

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}
func un(s string) { fmt.Println("leave", s) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func main() {
	lifo()
	fmt.Println()
	argsEvaluated()
	fmt.Println(named())
	fmt.Println(namedErr())
	methodDefer()
	nested()
	func() {
		defer fmt.Println("inner func defer")
		fmt.Println("inner func body")
	}()
	fmt.Println("main end")
}
