// errorcheck

// goto may not jump over a variable declaration or into a block (spec: Goto
// statements). Checked by gc's parser (syntax.checkBranches).
// wording: gc 1.19-1.22 "goto Done jumps over declaration of x at <pos>"; the gc
// before types2 said "jumps over variable declaration at line N".

package main

import "fmt"

func main() {
	goto Done // ERROR "goto Done jumps over declaration of x at (\./)?LINE+1"
	x := 1
	fmt.Println(x)
Done:
	goto Inside // ERROR "goto Inside jumps into block starting at (\./)?LINE+1"
	{
	Inside:
		fmt.Println("in")
	}
}
