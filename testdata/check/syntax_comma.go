// errorcheck

// A composite literal spread over lines needs a trailing comma (spec: Semicolons).
// wording: go1.20+ "expected"; go1.19 says "expecting".

package main

func main() {
	_ = []int{
		1,
		2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or }"
	}
}
