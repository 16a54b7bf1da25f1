// Scopes: statements with init clauses (if, switch, for), legal shadowing in
// inner blocks, redeclaration with := when one variable is new, a package
// name reused as a field name, fallthrough between cases.
package main

import (
	"fmt"
	"strconv"
)

var level = "package"

func parse(s string) (int, error) { return strconv.Atoi(s) }

type config struct {
	fmt  string
	len  int
	true bool
}

func main() {
	fmt.Println(level)
	level := "function"
	fmt.Println(level)
	{
		level := "block"
		fmt.Println(level)
	}

	if n, err := parse("42"); err != nil {
		fmt.Println("error", err)
	} else if n > 40 {
		fmt.Println("big", n)
	} else {
		fmt.Println("small", n)
	}

	a, err := parse("1")
	b, err := parse("2") // err is reused, b is new
	fmt.Println(a, b, err)

	switch v := a + b; {
	case v > 2:
		fmt.Println("gt")
		fallthrough
	case v > 1:
		fmt.Println("gt1")
	default:
		fmt.Println("small")
	}

	switch s := strconv.Itoa(a); s {
	case "0", "1":
		fmt.Println("tiny", s)
	}

	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, j, " ")
	}
	fmt.Println()

	c := config{fmt: "json", len: 3, true: false}
	fmt.Println(c.fmt, c.len, c.true)

	x := 1
	func() {
		x := x + 1 // the new x is initialized from the outer one
		fmt.Println(x)
	}()
	fmt.Println(x)

	var err2 error
	if _, err2 = parse("z"); err2 != nil {
		fmt.Println("bad input")
	}
}
