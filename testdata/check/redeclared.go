// errorcheck

// Two declarations of one name in the same block (spec: Declarations and scope:
// "No identifier may be declared twice in the same block").
// gc adds "\n\tother declaration of x" on a continuation line.

package main

var total int
var total string // ERROR "total redeclared in this block"

func helper() {}
func helper() {} // ERROR "helper redeclared in this block"

type Box struct{}
type Box int // ERROR "Box redeclared in this block"

func pair(a int, a string) {} // ERROR "a redeclared in this block|duplicate argument a"

func main() {
	var x int
	var x string // ERROR "x redeclared in this block"
	_ = x
	pair(1, "")
}
