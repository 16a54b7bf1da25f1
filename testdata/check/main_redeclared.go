// errorcheck

// Two main functions in one package.

package main

func main() {
}

func main() { // ERROR "main redeclared in this block"
}
