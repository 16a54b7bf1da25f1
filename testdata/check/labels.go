// errorcheck

// Labels, break and continue (spec: Labeled statements, Break statements,
// Continue statements). gc checks these in the parser (syntax.checkBranches),
// with the same wording in go1.19 and go1.22.

package main

func main() {
Unused: // ERROR "label Unused defined and not used"
	for {
		break
	}
	goto Missing // ERROR "label Missing not defined"
	break        // ERROR "break is not in a loop, switch, or select"
	continue     // ERROR "continue is not in a loop"
Outer:
	for {
	}
	for {
		break Outer // ERROR "invalid break label Outer"
	}
Sw:
	switch {
	case true:
		for {
			continue Sw // ERROR "invalid continue label Sw"
		}
	}
Twice:
	goto Twice
Twice: // ERROR "label Twice already defined at (\./)?LINE-2"
	for {
		continue Nowhere // ERROR "continue label not defined: Nowhere"
	}
}
