// The declared Go API of package unicode/utf8 as chanscope provides it (see ../README.md).
export const source = String.raw`package utf8

// Implemented natively by the engine.

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func FullRune(p []byte) bool
func FullRuneInString(s string) bool
func DecodeRune(p []byte) (r rune, size int)
func DecodeRuneInString(s string) (r rune, size int)
func DecodeLastRune(p []byte) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func RuneLen(r rune) int
func EncodeRune(p []byte, r rune) int
func AppendRune(p []byte, r rune) []byte
func RuneCount(p []byte) int
func RuneCountInString(s string) (n int)
func RuneStart(b byte) bool
func Valid(p []byte) bool
func ValidString(s string) bool
func ValidRune(r rune) bool
`;
