// errorcheck

// A declaration in an inner scope hides the outer one (spec: Declarations and
// scope); the classic surprises are a package name or a built-in function
// hidden by a variable.
// wording: go1.20+ "... as int value in variable declaration"; go1.19 says
// "... as type int in variable declaration".

package main

import "fmt"

func report() { fmt.Println("ok") }

func main() {
	x := 1
	{
		x := "inner"
		var y int = x // ERROR "cannot use x \(variable of type string\) as int value in variable declaration"
		_ = y
	}
	fmt := "hello"
	fmt.Println(x) // ERROR "fmt.Println undefined \(type string has no field or method Println\)"
	len := 3
	_ = len("abc") // ERROR "invalid operation: cannot call non-function len \(variable of type int\)"
	report()
}
