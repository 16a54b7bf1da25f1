// The declared Go API of package unicode as chanscope provides it (see ../README.md).
export const source = String.raw`package unicode

// Classification and case mapping are implemented natively by the engine
// (Unicode 13.0.0, as Go 1.19).

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

const UpperLower = MaxRune + 1

const Version = "13.0.0"

type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// table returns the engine's range table for a Unicode category or script.
func table(name string) *RangeTable

var (
	Letter = table("L")
	L      = Letter
	Upper  = table("Lu")
	Lu     = Upper
	Lower  = table("Ll")
	Ll     = Lower
	Title  = table("Lt")
	Lt     = Title
	Mark   = table("M")
	M      = Mark
	Number = table("N")
	N      = Number
	Digit  = table("Nd")
	Nd     = Digit
	Punct  = table("P")
	P      = Punct
	Symbol = table("S")
	S      = Symbol
	Space  = table("Z")
	Z      = Space
	Cc     = table("Cc")

	White_Space = table("White_Space")

	Han      = table("Han")
	Latin    = table("Latin")
	Greek    = table("Greek")
	Cyrillic = table("Cyrillic")
	Arabic   = table("Arabic")
	Hiragana = table("Hiragana")
	Katakana = table("Katakana")
	Hangul   = table("Hangul")
)

var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

var PrintRanges = []*RangeTable{L, M, N, P, S}

var Zs = table("Zs")

type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// d is the delta to apply for UpperCase, LowerCase and TitleCase.
type d [MaxCase]rune

type SpecialCase []CaseRange

func (special SpecialCase) ToUpper(r rune) rune
func (special SpecialCase) ToTitle(r rune) rune
func (special SpecialCase) ToLower(r rune) rune

var TurkishCase SpecialCase = _TurkishCase

var _TurkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

var AzeriCase SpecialCase = _TurkishCase

func Is(rangeTab *RangeTable, r rune) bool
func In(r rune, ranges ...*RangeTable) bool
func IsOneOf(ranges []*RangeTable, r rune) bool
func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool
func SimpleFold(r rune) rune
func To(_case int, r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune
`;
