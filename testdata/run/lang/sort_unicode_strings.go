package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := []string{"zebra", "Apple", "apple", "Äpfel", "éclair", "eclair", "123", "_x", "Zoo", "ñu", "nu", ""}
	sort.Strings(words)
	fmt.Printf("%q\n", words)
	fold := append([]string(nil), words...)
	sort.SliceStable(fold, func(i, j int) bool { return strings.ToLower(fold[i]) < strings.ToLower(fold[j]) })
	fmt.Printf("%q\n", fold)
	byLen := append([]string(nil), words...)
	sort.SliceStable(byLen, func(i, j int) bool { return len(byLen[i]) < len(byLen[j]) })
	fmt.Printf("%q\n", byLen)
	byRunes := append([]string(nil), words...)
	sort.SliceStable(byRunes, func(i, j int) bool { return len([]rune(byRunes[i])) > len([]rune(byRunes[j])) })
	fmt.Printf("%q\n", byRunes)
	fmt.Println(sort.SearchStrings(words, "apple"), sort.SearchStrings(words, "b"))
	fmt.Println("a" < "B", "B" < "a", "é" > "z", strings.Compare("é", "e"))
}
