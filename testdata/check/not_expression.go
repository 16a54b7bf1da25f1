// errorcheck

// Types and packages used where a value is needed, and values used where a
// type is needed.
// wording: go1.20+ "undefined: Foo"; go1.19 gc agrees.

package main

import "fmt"

type Celsius float64

var limit int

func main() {
	_ = int     // ERROR "int \(type\) is not an expression"
	_ = Celsius // ERROR "Celsius \(type\) is not an expression"
	var a limit // ERROR "limit \(variable of type int\) is not a type|limit is not a type"
	var b fmt   // ERROR "use of package fmt not in selector"
	_ = fmt     // ERROR "use of package fmt not in selector"
	var c Foo   // ERROR "undefined: Foo"
	_, _, _ = a, b, c
	fmt.Println()
}
