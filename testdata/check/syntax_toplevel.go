// errorcheck

// Statements, including short variable declarations, are only allowed inside
// function bodies.

package main

x := 1 // ERROR "syntax error: non-declaration statement outside function body"

func main() {
}
