package arabic

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPhoneticKeySame(t *testing.T) {
	tests := []struct {
		name string
		a, b string
	}{
		{"medial long vowels dropped", "بيرموف", "بايراموف"},
		{"medial alef dropped", "بيرموف", "بيراموف"},
		{"غ and ج", "سيرغي", "سيرجي"},
		{"medial alef before final consonant", "بلانار", "بلانر"},
		{"medial alef after first consonant", "سنغاري", "سانغاري"},
		{"تش digraph and ج", "تشو", "جو"},
		{"ز and س", "رايزنغر", "رايسنغر"},
		{"چ and تش", "چو", "تشو"},
		{"ق and ك and گ", "قاسم", "گاسم"},
		{"ف and ڤ", "ڤلاديمير", "فلاديمير"},
		{"ب and پ", "پوتين", "بوتين"},
		{"ت and ط", "بوطين", "بوتين"},
		{"ة and final ه", "فاطمة", "فاطمه"},
		{"doubled letters collapsed", "ماتّيو", "ماتتيو"},
		{"diacritics and hamza seats ignored", "بِيرْمُوف", "بيرموف"},
		{"hamza dropped inside", "رائد", "راد"},
		{"raw and normalised input", "إيفانوف", "ايفانوف"},
		{"multi-word", "فلاديمير  بيرموف", "فلاديمير بايراموف"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, PhoneticKey(tt.a), PhoneticKey(tt.b))
			assert.NotEmpty(t, PhoneticKey(tt.a))
		})
	}
}

func TestPhoneticKeyDiffer(t *testing.T) {
	tests := []struct {
		name string
		a, b string
	}{
		{"different consonants", "بيرموف", "بيريز"},
		{"different names", "لافروف", "بلانار"},
		{"final vowel matters", "ماريا", "ماري"},
		{"ش is not س", "شي", "سي"},
		{"خ is not ك", "خان", "كان"},
		{"initial و is a consonant", "وانغ", "انغ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NotEqual(t, PhoneticKey(tt.a), PhoneticKey(tt.b))
		})
	}
}

func TestPhoneticKeyValues(t *testing.T) {
	tests := []struct{ in, want string }{
		{"بيرموف", "BRMF"},
		{"سيرغي", "SRGI"},
		{"تشو", "GU"},
		{"وانغ يي", "WNG YI"},
		{"فلاديمير بيرموف", "FLDMR BRMF"},
		{"Wang Yi", "WANG YI"},
		{"G20", "G20"},
		{"، - ", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, PhoneticKey(tt.in))
		})
	}
}
