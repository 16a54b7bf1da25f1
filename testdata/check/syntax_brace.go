// errorcheck

// The opening brace of a function body must be on the same line as the
// signature: automatic semicolon insertion ends the line (spec: Semicolons).

package main

func main()
{ // ERROR "syntax error: unexpected semicolon or newline before {"
}
