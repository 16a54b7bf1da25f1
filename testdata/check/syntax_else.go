// errorcheck

// else must follow the closing brace on the same line (spec: Semicolons).
// wording: go1.20+ "expected"; go1.19 says "expecting". Newer gc also names the
// token's kind ("unexpected keyword else").

package main

func main() {
	x := 1
	if x == 1 {
	}
	else { // ERROR "syntax error: unexpected (keyword )?else, expect(ed|ing) }"
	}
}
