package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.WriteString("héllo\nworld")
	r, n, err := b.ReadRune()
	fmt.Println(r, n, err)
	r, n, err = b.ReadRune()
	fmt.Println(r, n, err, b.UnreadRune(), b.UnreadRune())
	line, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	rest, err := b.ReadBytes('\n')
	fmt.Printf("%q %v %d\n", rest, err, b.Len())
	p := make([]byte, 4)
	k, err := b.Read(p)
	fmt.Println(k, err, b.UnreadByte())
}
