package server

import (
	"fmt"
	"strings"

	"github.com/nazir-nlp/nazir/consistency"
)

// ui holds the web page's words in one language.
type ui struct {
	Lang, Dir             string // the page's lang and dir
	Other, OtherName      string // the other language's code and its name, in itself
	Title, Tagline        string
	SkipToResult          string
	TextLabel, TextHint   string
	FileLabel, FileHint   string // FileHint: %s is the size limit
	KindLegend            string
	KindAuto              string
	KindText, KindHTML    string
	CheckButton           string
	ResultHeading         string
	Findings              plural // summary of the report
	FromHTML              string
	ReportHint            string
	FixesHeading          string
	FixesHint             string
	NoFixes               string
	ManualHeading         string
	ManualHint            string
	Line                  string // %d
	GoTo                  string
	ApplyButton           string
	CorrectedHeading      string
	Applied               plural
	CorrectedLabel        string
	CopyButton, Copied    string
	CopyFailed            string
	RecheckHint           string
	NotApplied            string // %s: the reason
	ReasonOverlap         string
	ReasonNoSuggestion    string
	Pasted                string // the report's file name for pasted text
	ErrEmpty, ErrTooLarge string // ErrTooLarge: %s is the limit
	ErrUTF8               string // %[1]d: line, %[2]d: column
	ErrBusy, ErrInternal  string
	ErrStale, ErrForm     string // ErrForm: %s is the cause
	Mib, Kib              string // %d
	Kinds                 map[consistency.FindingKind]string
	Severities            map[consistency.Severity]string
	Footer                string // %s: version
}

// plural is a message that depends on a count: Arabic has a form for
// none, one, two, a few (3–10) and many (11 and more); English uses one
// and many. Each holds %d where the number goes.
type plural struct{ zero, one, two, few, many string }

func (p plural) n(k int) string {
	s := p.many
	switch {
	case k == 0:
		s = p.zero
	case k == 1:
		s = p.one
	case k == 2:
		s = p.two
	case k%100 >= 3 && k%100 <= 10:
		s = p.few
	}
	if !strings.Contains(s, "%d") {
		return s
	}
	return fmt.Sprintf(s, k)
}

// size writes a byte count as the page shows a limit.
func (u *ui) size(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf(u.Mib, n>>20)
	}
	return fmt.Sprintf(u.Kib, (n+1023)>>10)
}

// uiFor returns the page's words for a language code: English for "en",
// Arabic for anything else.
func uiFor(lang string) *ui {
	if lang == "en" {
		return &english
	}
	return &arabic
}

var arabic = ui{
	Lang: "ar", Dir: "rtl", Other: "en", OtherName: "English",
	Title:         "نظير: تدقيق البيانات الصحفية",
	Tagline:       "يكشف نظير ورودَ دولة في غير موضعها واختلافَ تهجئة الأسماء في البيان الصحفي، ويقترح التصحيح.",
	SkipToResult:  "انتقل إلى نتيجة التدقيق",
	TextLabel:     "نص البيان",
	TextHint:      "الصق نص البيان كاملًا.",
	FileLabel:     "أو ارفع ملف البيان",
	FileHint:      "ملف نصي أو صفحة ويب محفوظة، بحدّ أقصى %s. إذا رفعت ملفًا دُقّق الملف بدل النص الملصق.",
	KindLegend:    "نوع المحتوى",
	KindAuto:      "تحديد تلقائي",
	KindText:      "نص عادي",
	KindHTML:      "صفحة ويب (HTML)",
	CheckButton:   "دقّق البيان",
	ResultHeading: "نتيجة التدقيق",
	Findings: plural{
		zero: "لم يجد نظير ما يستدعي المراجعة.",
		one:  "ملاحظة واحدة تستدعي المراجعة.",
		two:  "ملاحظتان تستدعيان المراجعة.",
		few:  "%d ملاحظات تستدعي المراجعة.",
		many: "%d ملاحظة تستدعي المراجعة.",
	},
	FromHTML:         "استُخرج نص صفحة الويب، وهو ما دُقّق أدناه وما تُطبَّق عليه التصحيحات.",
	ReportHint:       "المواضع الملوّنة بالأحمر والأصفر هي الملاحظات: مرّر المؤشر فوقها أو انتقل إليها بمفتاح Tab لترى التصحيح المقترح.",
	FixesHeading:     "التصحيحات المقترحة",
	FixesHint:        "أزل علامة الاختيار عمّا لا تريده من التصحيحات، ثم اضغط «طبّق التصحيحات المختارة».",
	NoFixes:          "لا تصحيحات مقترحة لهذا النص.",
	ManualHeading:    "ملاحظات تنتظر قرار المحرر",
	ManualHint:       "لا يقترح نظير تصحيحًا لهذه: اختر التهجئة المعتمدة ووحّدها في النص بنفسك.",
	Line:             "السطر %d",
	GoTo:             "انتقل إلى الموضع",
	ApplyButton:      "طبّق التصحيحات المختارة",
	CorrectedHeading: "النص المصحَّح",
	Applied: plural{
		zero: "لم يُطبَّق أي تصحيح، فالنص كما هو.",
		one:  "طُبّق تصحيح واحد.",
		two:  "طُبّق تصحيحان.",
		few:  "طُبّقت %d تصحيحات.",
		many: "طُبّق %d تصحيحًا.",
	},
	CorrectedLabel:     "النص بعد التصحيح، جاهز للنسخ",
	CopyButton:         "انسخ النص",
	Copied:             "نُسخ النص.",
	CopyFailed:         "تعذّر النسخ: حدّد النص وانسخه بنفسك.",
	RecheckHint:        "وُضع النص المصحَّح في خانة البيان أعلاه أيضًا، فاضغط «دقّق البيان» لتدقيقه من جديد.",
	NotApplied:         "لم يُطبَّق: %s",
	ReasonOverlap:      "يتداخل مع تصحيح آخر اخترته",
	ReasonNoSuggestion: "لا تصحيح مقترحًا له",
	Pasted:             "النص الملصق",
	ErrEmpty:           "لا نص لتدقيقه: الصق نص البيان أو ارفع ملفه.",
	ErrTooLarge:        "النص أطول من الحد المسموح به (%s).",
	ErrUTF8:            "تعذّرت قراءة النص لأنه ليس بترميز UTF-8 (أول خلل في السطر %[1]d، العمود %[2]d). احفظ الملف بترميز UTF-8 وأعد رفعه.",
	ErrBusy:            "الخادم منشغل بتدقيق نصوص أخرى الآن، فأعد المحاولة بعد لحظات.",
	ErrInternal:        "وقع خطأ داخلي أثناء التدقيق. نرجو إبلاغنا به مع هذا النص.",
	ErrStale:           "تغيّر النص منذ تدقيقه فلم تُطبَّق التصحيحات. دقّقه من جديد ثم اختر التصحيحات.",
	ErrForm:            "تعذّرت قراءة النموذج المرسل: %s",
	Mib:                "%d ميغابايت",
	Kib:                "%d كيلوبايت",
	Kinds: map[consistency.FindingKind]string{
		consistency.CountryConflict: "دولة في غير موضعها",
		consistency.NameVariant:     "اسم بأكثر من تهجئة",
		consistency.WrongGivenName:  "اسم أول خاطئ",
		consistency.HiddenControl:   "محرف خفي",
	},
	Severities: map[consistency.Severity]string{
		consistency.SeverityError:   "خطأ",
		consistency.SeverityWarning: "تنبيه",
		consistency.SeverityInfo:    "للعلم",
	},
	Footer: "نظير %s · للأنظمة: واجهة برمجية بصيغة JSON على \u200e/v1/check\u200e و\u200e/v1/fix\u200e",
}

var english = ui{
	Lang: "en", Dir: "ltr", Other: "ar", OtherName: "العربية",
	Title:         "nazir: press release checker",
	Tagline:       "nazir finds a country standing where it does not belong and names spelled more than one way in a press release, and suggests the correction.",
	SkipToResult:  "Skip to the result",
	TextLabel:     "Release text",
	TextHint:      "Paste the whole release.",
	FileLabel:     "Or upload the release",
	FileHint:      "A text file or a saved web page, up to %s. An uploaded file is checked instead of the pasted text.",
	KindLegend:    "Content",
	KindAuto:      "Detect",
	KindText:      "Plain text",
	KindHTML:      "Web page (HTML)",
	CheckButton:   "Check the release",
	ResultHeading: "Result",
	Findings: plural{
		zero: "nazir found nothing to review.",
		one:  "One finding to review.",
		two:  "%d findings to review.",
		few:  "%d findings to review.",
		many: "%d findings to review.",
	},
	FromHTML:         "The web page's text was extracted: that is what is checked below and what the corrections apply to.",
	ReportHint:       "Findings are marked in red and yellow: point at one, or reach it with the Tab key, to see the suggested correction.",
	FixesHeading:     "Suggested corrections",
	FixesHint:        "Untick the corrections you do not want, then press “Apply the selected corrections”.",
	NoFixes:          "No corrections to suggest for this text.",
	ManualHeading:    "Findings for the editor to decide",
	ManualHint:       "nazir suggests no correction for these: choose the approved spelling and use it throughout.",
	Line:             "line %d",
	GoTo:             "go to the place",
	ApplyButton:      "Apply the selected corrections",
	CorrectedHeading: "Corrected text",
	Applied: plural{
		zero: "No correction Applied: the text is unchanged.",
		one:  "One correction applied.",
		two:  "%d corrections applied.",
		few:  "%d corrections applied.",
		many: "%d corrections applied.",
	},
	CorrectedLabel:     "The text after correction, ready to copy",
	CopyButton:         "Copy the text",
	Copied:             "Copied.",
	CopyFailed:         "Could not copy: select the text and copy it yourself.",
	RecheckHint:        "The corrected text is also in the release box above: press “Check the release” to check it again.",
	NotApplied:         "Not Applied: %s",
	ReasonOverlap:      "it overlaps another correction you chose",
	ReasonNoSuggestion: "there is no suggestion for it",
	Pasted:             "pasted text",
	ErrEmpty:           "Nothing to check: paste the release or upload its file.",
	ErrTooLarge:        "The text is longer than the limit (%s).",
	ErrUTF8:            "The text could not be read: it is not UTF-8 (first bad byte on line %[1]d, column %[2]d). Save the file as UTF-8 and upload it again.",
	ErrBusy:            "The server is busy checking other texts: try again in a moment.",
	ErrInternal:        "An internal error stopped the check. Please report it with this text.",
	ErrStale:           "The text changed since it was checked, so no correction was applied. Check it again, then choose the corrections.",
	ErrForm:            "The form could not be read: %s",
	Mib:                "%d MB",
	Kib:                "%d KB",
	Kinds: map[consistency.FindingKind]string{
		consistency.CountryConflict: "country out of place",
		consistency.NameVariant:     "name spelled more than one way",
		consistency.WrongGivenName:  "wrong given name",
		consistency.HiddenControl:   "hidden character",
	},
	Severities: map[consistency.Severity]string{
		consistency.SeverityError:   "error",
		consistency.SeverityWarning: "warning",
		consistency.SeverityInfo:    "note",
	},
	Footer: "nazir %s · for systems: a JSON API at /v1/check and /v1/fix",
}
