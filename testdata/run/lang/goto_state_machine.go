package main

import "fmt"

// a tiny lexer written with goto, plus goto-based loops
func lexNumber(s string) (ints, floats, bad int) {
	i := 0
start:
	if i >= len(s) {
		return
	}
	if s[i] == ' ' {
		i++
		goto start
	}
	{
		sawDot := false
		j := i
	digits:
		if j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
			if s[j] == '.' {
				if sawDot {
					bad++
					for j < len(s) && s[j] != ' ' {
						j++
					}
					i = j
					goto start
				}
				sawDot = true
			}
			j++
			goto digits
		}
		if j < len(s) && s[j] != ' ' {
			bad++
			for j < len(s) && s[j] != ' ' {
				j++
			}
		} else if sawDot {
			floats++
		} else {
			ints++
		}
		i = j
	}
	goto start
}

func main() {
	fmt.Println(lexNumber("12 3.5 7 1.2.3 x9 42. 8"))
	n := 0
	total := 0
loop:
	if n < 10 {
		n++
		if n%3 == 0 {
			goto loop
		}
		total += n
		goto loop
	}
	fmt.Println(n, total)

	i := 0
	for {
		i++
		if i > 100 {
			goto done
		}
	}
done:
	fmt.Println("escaped at", i)
}
