// errorcheck

// Expression statements whose value is thrown away (spec: Expression statements:
// only calls and receives may stand alone; some built-ins may not).

package main

import "sync"

func main() {
	x := 1
	var mu sync.Mutex
	s := []int{}
	x + 1        // ERROR "x \+ 1 \(value of type int\) is not used"
	x == 1       // ERROR "x == 1 \(untyped bool value\) is not used"
	"done"       // ERROR ".done. \(untyped string constant\) is not used"
	mu.Unlock    // ERROR "mu.Unlock \(value of type func\(\)\) is not used"
	append(s, 1) // ERROR "append\(s, 1\) \(value of type \[\]int\) is not used"
	len("abc")   // ERROR "len\(.abc.\) \(constant 3 of type int\) is not used"
	copy(s, s)   // allowed: copy may be a statement
	mu.Lock()    // allowed
}
