package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	for i := 0; i < 5; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%d^2=%d", i, i*i)
	}
	fmt.Println(sb.String())
	fmt.Println(sb.Len())
	sb.Reset()
	sb.WriteRune('世')
	sb.WriteByte('!')
	n, err := sb.Write([]byte("abc"))
	fmt.Println(sb.String(), sb.Len(), n, err)

	r := strings.NewReader("hello world, hello go")
	buf := make([]byte, 5)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	data, _ := io.ReadAll(strings.NewReader("read all of this"))
	fmt.Println(string(data), len(data))
	var w strings.Builder
	copied, _ := io.Copy(&w, strings.NewReader("copied text"))
	fmt.Println(w.String(), copied)
	lines := strings.Split(strings.TrimSpace("l1\nl2\n\nl4\n"), "\n")
	fmt.Printf("%q %d\n", lines, len(lines))
	big := strings.Repeat("ab", 1000)
	fmt.Println(len(big), strings.Count(big, "ba"), strings.LastIndex(big, "ab"))
}
