// errorcheck

// init functions (spec: Package initialization): no arguments, no results, and
// the name init may not be used for anything else at package level.

package main

func init() int { return 1 } // ERROR "func init must have no arguments and no return values"

var init = 1 // ERROR "cannot declare init - must be func"

func main() {
}
