package main

import (
	"fmt"
	"os"
)

func run() error {
	return fmt.Errorf("config %q not found", "app.yaml")
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	fmt.Println("ok")
}
