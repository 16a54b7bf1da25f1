package main

import (
	"fmt"
	"io"
)

type reader struct{}

func (reader) Read(p []byte) (int, error) { return 0, io.EOF }

func main() {
	var r io.Reader = reader{}
	_, isWriter := r.(io.Writer)
	fmt.Println("writer?", isWriter)
	w := r.(io.Writer)
	fmt.Println(w)
}
