package i18n

// arabic is the Arabic catalog: each key is the message's English text (an
// fmt format) and each text its Arabic, with the same verbs (reordered with
// %[n]s where Arabic puts the arguments in another order). Keep entries
// grouped by where they are shown.
var arabic = []entry{
	// Finding messages: the kinds' messages (package finding's table) and
	// their parts.
	{"%s; the release's %s is %s", "%s؛ %s في هذا البيان: %s"},
	{"counterpart", "الطرف المقابل"},
	{"host", "المضيف"},
	{"guest", "الضيف"},
	{"participant", "الطرف المشارك"},
	{"a person", "شخص واحد"},
	{"%s is written with the given name “%s”; the gazetteer knows %s", "«%[2]s» ليس الاسم الأول للمسؤول %[1]s؛ الصواب: %[3]s"},
	{"invisible control %s in “%s”: the text displays differently from what it says", "محرف تحكم خفي (%s) في «%s»: يظهر النص على الشاشة بخلاف ما يقوله"},

	// The conflict rules' messages (consistency/rules.yaml); %s is the
	// state named where a party is meant. A rule a user adds keeps its
	// English message.
	{"%s, named only here, is the state of an official where a party's official is meant", "لم يرد اسم %s إلا هنا، منسوبًا إليه مسؤولٌ يُقصد به مسؤول من أحد طرفي اللقاء"},
	{"%s, named only here, is where an envoy of this meeting's parties is posted", "لم يرد اسم %s إلا هنا، بلدًا يُعتمد لديه سفير أو مبعوث، والمقصود أحد طرفي اللقاء"},
	{"%s, named only here, is paired with a participant where the other participant is meant", "لم يرد اسم %s إلا هنا، مقرونًا بأحد طرفي اللقاء في موضعٍ يُقصد به الطرف الآخر"},
	{"%s, named only here, stands where a party of this meeting is meant", "لم يرد اسم %s إلا هنا، في موضعٍ يُقصد به أحد طرفي اللقاء"},
	{"%s, named only here, is ready or keen in a party's own words, where the speaker's state is meant", "لم يرد اسم %s إلا هنا، في كلام أحد الطرفين عن استعداده أو حرصه، والمقصود بلد المتحدث"},
	{"%s, named only here, is the partner of cooperation where a party of this meeting is meant", "لم يرد اسم %s إلا هنا، شريكًا في التعاون، والمقصود أحد طرفي اللقاء"},
	{"%s, named only here, is the nationality of products, companies or people where a party's are meant", "لم يرد اسم %s إلا هنا، نسبةً لمنتجات أو شركات أو أشخاص، والمقصود منتجات أحد طرفي اللقاء أو شركاته أو مواطنوه"},
	{"%s, named only here, is keen where a party of this meeting is meant", "لم يرد اسم %s إلا هنا، موصوفًا بالحرص، والمقصود أحد طرفي اللقاء"},
	{"%s is paired with a participant where the other participant is meant", "ورد اسم %s مقرونًا بأحد طرفي اللقاء في موضعٍ يُقصد به الطرف الآخر"},
	{"relations of the participants are called relations with %s", "وُصفت علاقات طرفي اللقاء بأنها علاقات مع %s"},
	{"the participants' relations are called relations with %s", "وُصفت علاقات طرفي اللقاء بأنها علاقات مع %s"},
	{"%s is named as the visit's destination where the meeting took place in another state", "ورد اسم %s وجهةً للزيارة، بينما جرى اللقاء في دولة أخرى"},
	{"%s, named only here, is a participant's title where a state named again and easily mistaken for it is meant", "لم يرد اسم %s إلا هنا، في لقب أحد طرفي اللقاء، والمقصود دولة يتكرر ذكرها واسمها قريب منه"},
	{"%s is given to a person the rest of the text gives another state", "نُسب إلى %s شخصٌ ينسبه باقي النص إلى دولة أخرى"},
	{"a known official of another state is given %s's title", "وُصف مسؤول معروف من دولة أخرى بمنصبٍ في %s"},
	{"%s stands in a participant's place in the sentence where the participant is meant", "ورد اسم %s في موضعٍ من الجملة يشغله عادةً أحد طرفي اللقاء، والمقصود ذلك الطرف"},
	{"%s is easily mistaken for a participant and stands where the participant is meant", "اسم %s قريب من اسم أحد طرفي اللقاء، وقد ورد في موضعٍ يُقصد به ذلك الطرف"},
	{"%s's products or companies are named where the counterpart's are welcomed", "ورد ذكر منتجات أو شركات من %s حيث يُرحَّب بمنتجات الطرف المقابل أو شركاته"},
	{"%s's products or companies are named where a participant's are meant", "ورد ذكر منتجات أو شركات من %s، والمقصود منتجات أحد طرفي اللقاء أو شركاته"},
	{"the speaker speaks for %s, which is not the speaker's country", "صاحب التصريح يتحدث باسم %s، وليس هذا بلده"},
	{"the one-China principle is called the principle of one %s", "ورد «مبدأ %s الواحدة» بدل «مبدأ الصين الواحدة»"},
	{"%s is said to adhere to the one-China principle, a pledge of the meeting's counterpart", "نُسب الالتزام بمبدأ الصين الواحدة إلى %s، وهو تعهّد يصدر عن الطرف المقابل في اللقاء"},
	{"the two sides are called the participant's and %s's", "وُصف الجانبان بأنهما جانب أحد طرفي اللقاء وجانب %s"},
	{"“the side” of %s states its stance where the speaker's side is meant", "نُسب عرض الموقف إلى جانب %s، والمقصود جانب المتحدث"},
	{"“the side” of %s is named where a party of this meeting is meant", "ورد ذكر جانب %s في موضعٍ يُقصد به أحد طرفي اللقاء"},
	{"the two parties are called the participant's and %s's", "جمعت صيغة المثنى أحد طرفي اللقاء مع %s"},
	{"the two parties are called %s's and the participant's", "جمعت صيغة المثنى %s مع أحد طرفي اللقاء"},

	// Finding kinds: names, descriptions and help (package finding's
	// table; the SARIF rules and the HTML report show them).
	{"error", "خطأ"},
	{"warning", "تنبيه"},
	{"info", "ملاحظة"},
	{"country-conflict", "خلط بين الدول"},
	{"name-variant", "اسم بأكثر من صيغة"},
	{"wrong-given-name", "اسم أول خاطئ"},
	{"hidden-control", "محرف خفي"},
	{"country conflict", "خلط بين الدول"},
	{"name variant", "اسم بأكثر من صيغة"},
	{"wrong given name", "اسم أول خاطئ"},
	{"hidden control", "محرف خفي"},
	{"A country or group stands where a participant is meant.", "ورد اسم دولة أو تجمّع في موضعٍ يُقصد به أحد طرفي اللقاء."},
	{"A country, group or capital is named where the text speaks of a party of the meeting (\"the X side\", \"X adheres to the one-China principle\", \"relations between China and X\"), but X is not a participant of the release.", "يرد اسم دولة أو تجمّع أو عاصمة حيث يتحدث النص عن أحد طرفي اللقاء («الجانب الفلاني»، «تلتزم فلانة بمبدأ الصين الواحدة»، «العلاقات بين الصين وفلانة»)، مع أنها ليست طرفًا في اللقاء الذي يتناوله البيان."},
	{"Replace the name with the participant's name in the same grammatical form (the fix does that).", "ضع مكانه اسم الطرف المشارك بالصيغة النحوية نفسها (وهذا ما يفعله التصحيح المقترح)."},
	{"One person's name is written in two or more spellings.", "اسم الشخص الواحد مكتوب بصيغتين أو أكثر."},
	{"The mentions of one person (clustered by phonetic key and context) use different spellings; a release should use one.", "تختلف كتابة اسم الشخص نفسه من موضع إلى آخر (يُعرف أنه الشخص نفسه من نطق الاسم وسياقه)، والأصل أن يلتزم البيان صيغة واحدة."},
	{"Use one spelling throughout; the canonical spelling is in the result's properties.", "اكتب الاسم بصيغة واحدة في النص كله؛ الصيغة المعتمدة مذكورة في خصائص النتيجة."},
	{"An official is written with a given name that is not theirs.", "كُتب اسم مسؤول باسمٍ أول ليس اسمه."},
	{"A person the gazetteer knows is written with another given name.", "شخص معروف في معجم الأسماء كُتب باسمٍ أول غير اسمه."},
	{"Use the official's given name.", "اكتب الاسم الأول الصحيح للمسؤول."},
	{"A bidi or zero-width control hides inside a flagged span or a name.", "محرف تحكم خفي (في اتجاه الكتابة أو بعرض صفري) داخل اسم أو داخل موضع مُعلَّم."},
	{"An invisible bidirectional or zero-width control character inside a mention makes the text display differently from what it says.", "محرف تحكم غير مرئي في اتجاه الكتابة أو بعرض صفري داخل الاسم يجعل النص يظهر بخلاف ما يقوله."},
	{"Delete the control character.", "احذف محرف التحكم."},

	// The HTML report (package report): headings, counts, roles of
	// mentions and participants, evidence notes, the legend.
	{"nazir report", "تقرير نظير"},
	{"Text", "النص"},
	{"Participants", "المشاركون"},
	{"(none inferred)", "لم يُستدلّ على المشاركين"},
	{"score %s", "الدرجة %s"},
	{"Counts", "الأعداد"},
	{"findings", "الملاحظات"},
	{"mentions", "الأسماء المذكورة"},
	{"Findings (%d)", "الملاحظات (%d)"},
	{"(no findings)", "لا ملاحظات"},
	{"Legend", "مفتاح الألوان"},
	{"spelling of %s", "إحدى صيغ كتابة %s"},
	{"evidence for %s: %s", "دليل على %s: %s"},
	{"third-party", "طرف ثالث"},
	{"topic", "موضوع"},
	{"conflict", "تعارض"},
	{"context", "سياق"},
	{"person", "شخص"},
	{"chrome", "حواشي الصفحة"},
	{"title", "لقب أو منصب"},
	{"official", "مسؤول معروف"},
	{"dateline", "مكان الخبر في مطلعه"},
	{"agency", "وكالة الأنباء"},
	{"pair", "دولتان مذكورتان معًا"},
	{"named in the lede", "مذكورة في مقدمة الخبر"},
	{"place in the lede", "مكان في مقدمة الخبر"},
	{"topic in the lede", "موضوع في مقدمة الخبر"},
	{"participant A", "المشارك الأول"},
	{"participant B", "المشارك الثاني"},
	{"third party, topic or context", "طرف ثالث أو موضوع أو سياق"},
	{"conflict (error): focus or hover for the suggestion", "تعارض (خطأ): مرّر المؤشر فوقه أو انتقل إليه لترى الاقتراح"},
	{"name variant: its other spellings light up", "اسم بأكثر من صيغة: تُضاء صيغه الأخرى"},
	{"evidence for a participant", "دليل على أحد المشاركين"},

	// The index page of a folder's HTML report (report.HTMLFolder).
	{"%s files checked, %s with findings, %s findings.", "عدد الملفات المدقّقة %s، منها %s فيها ملاحظات؛ ومجموع الملاحظات %s."},
	{"Findings by kind", "الملاحظات بحسب النوع"},
	{"States most often written where another was meant", "الدول التي وردت أكثر من غيرها في موضع دولة أخرى"},
	{"(none)", "لا شيء"},
	{"meant", "المقصود"},
	{"written instead", "ما كُتب بدلًا منه"},
	{"Files", "الملفات"},
	{"file", "الملف"},
	{", ", "، "},
	{"All files", "كل الملفات"},
	{"--out is for --format html", "الخيار --out خاص بـ--format html"},
	{"--format html with %d files: give --out DIR for an index page and one page per file", "--format html لعدة ملفات (%d): أعطِ --out DIR لصفحة فهرس وصفحة لكل ملف"},
	{"--out: %v", "--out: %v"},

	// nazir fix's own messages (with --lang ar).
	{"--diff and -w exclude each other", "لا يجتمع --diff و-w"},
	{"--severity %q: want error or warning", "--severity %q: المتاح error أو warning"},
	{"-w cannot write standard input", "لا يستطيع -w الكتابة في الدخل القياسي"},

	// nazir check's own messages (shown in Arabic with --lang ar): usage
	// errors, output errors, the summary of a run.
	{"no input (give files, directories, or - for standard input)", "لا مدخلات: أعطِ ملفات أو مجلدات، أو - للقراءة من الدخل القياسي"},
	{"unknown format %q (want %s)", "صيغة غير معروفة %q (المتاح: %s)"},
	{"--input %q: want text or html", "--input %q: المتاح text أو html"},
	{"--fail-on %q: want error, warning or never", "--fail-on %q: المتاح error أو warning أو never"},
	{"--config and --no-config exclude each other", "لا يجتمع --config و--no-config"},
	{"-j %d: want at least 1", "-j %d: العدد المطلوب 1 على الأقل"},
	{"--include %q: %v", "--include %q: %v"},
	{"%v", "%v"},
	{"--baseline: %v", "--baseline: %v"},
	{"writing output: %v", "تعذّرت كتابة النتيجة: %v"},
	{"%d findings recorded in %s", "عدد الملاحظات المسجّلة في %[2]s: %[1]d"},
	{", %s files/s", "، بمعدل %s ملف في الثانية"},
	{"%s files checked in %s%s", "عدد الملفات المدقّقة: %s، في %s%s"},
	{"files with findings", "ملفات فيها ملاحظات"},
	{"files with error findings", "ملفات فيها أخطاء"},
	{"files not read or checked", "ملفات تعذّرت قراءتها أو تدقيقها"},
	{"findings accepted (config)", "ملاحظات مقبولة في ملف الإعدادات"},
	{"findings in the baseline", "ملاحظات مسجّلة في خط الأساس"},
	{"%s: %s findings in %s files", "%s: عدد الملاحظات %s، وعدد الملفات %s"},

	// The web page of nazir serve (package server).
	{"nazir: press release checker", "نظير: تدقيق البيانات الصحفية"},
	{"nazir finds a country standing where it does not belong and names spelled more than one way in a press release, and suggests the correction.", "يكشف نظير ورودَ دولة في غير موضعها واختلافَ كتابة الاسم الواحد في البيان الصحفي، ويقترح التصحيح."},
	{"Skip to the result", "انتقل إلى نتيجة التدقيق"},
	{"Skip to the corrections", "انتقل إلى التصحيحات المقترحة"},
	{"Release text", "نص البيان"},
	{"Paste the whole release.", "الصق نص البيان كاملًا."},
	{"Or upload the release", "أو ارفع ملف البيان"},
	{"A text file or a saved web page, up to %s. An uploaded file is checked instead of the pasted text.", "ملف نصي أو صفحة ويب محفوظة، بحدّ أقصى %s. إذا رفعت ملفًا دُقّق الملف بدل النص الملصق."},
	{"Content", "نوع المحتوى"},
	{"Detect", "تحديد تلقائي"},
	{"Plain text", "نص عادي"},
	{"Web page (HTML)", "صفحة ويب (HTML)"},
	{"Check the release", "دقّق البيان"},
	{"Result", "نتيجة التدقيق"},
	{"The web page's text was extracted: that is what is checked below and what the corrections apply to.", "استُخرج نص صفحة الويب، وهو ما دُقّق أدناه وما تُطبَّق عليه التصحيحات."},
	{"Findings are marked in red and yellow: point at one, or reach it with the Tab key, to see the suggested correction.", "المواضع الملوّنة بالأحمر والأصفر هي الملاحظات: مرّر المؤشر فوقها أو انتقل إليها بمفتاح Tab لترى التصحيح المقترح."},
	{"Suggested corrections", "التصحيحات المقترحة"},
	{"Untick the corrections you do not want, then press “Apply the selected corrections”.", "أزل علامة الاختيار عمّا لا تريده من التصحيحات، ثم اضغط «طبّق التصحيحات المختارة»."},
	{"No corrections to suggest for this text.", "لا تصحيحات مقترحة لهذا النص."},
	{"Findings for the editor to decide", "ملاحظات تنتظر قرار المحرر"},
	{"nazir suggests no correction for these: choose the approved spelling and use it throughout.", "لا يقترح نظير تصحيحًا لهذه الملاحظات: اختر الصيغة المعتمدة للاسم ووحّدها في النص كله."},
	{"line %d", "السطر %d"},
	{"go to the place", "انتقل إلى الموضع"},
	{"Apply the selected corrections", "طبّق التصحيحات المختارة"},
	{"Corrected text", "النص المصحَّح"},
	{"The text after correction, ready to copy", "النص بعد التصحيح، جاهز للنسخ"},
	{"Copy the text", "انسخ النص"},
	{"Copied.", "نُسخ النص."},
	{"Could not copy: select the text and copy it yourself.", "تعذّر النسخ: حدّد النص وانسخه بنفسك."},
	{"The corrected text is also in the release box above: press “Check the release” to check it again.", "وُضع النص المصحَّح في خانة البيان أعلاه أيضًا، فاضغط «دقّق البيان» لتدقيقه من جديد."},
	{"Not applied: %s", "لم يُطبَّق: %s"},
	{"it overlaps another correction you chose", "يتداخل مع تصحيح آخر اخترته"},
	{"there is no suggestion for it", "لا تصحيح مقترحًا له"},
	{"pasted text", "النص الملصق"},
	{"Nothing to check: paste the release or upload its file.", "لا نص لتدقيقه: الصق نص البيان أو ارفع ملفه."},
	{"The text is longer than the limit (%s).", "النص أطول من الحد المسموح به (%s)."},
	{"The text could not be read: it is not UTF-8 (first bad byte on line %d, column %d). Save the file as UTF-8 and upload it again.", "تعذّرت قراءة النص لأنه ليس بترميز UTF-8 (أول خلل في السطر %d، العمود %d). احفظ الملف بترميز UTF-8 وأعد رفعه."},
	{"The server is busy checking other texts: try again in a moment.", "الخادم منشغل بتدقيق نصوص أخرى الآن، فأعد المحاولة بعد لحظات."},
	{"An internal error stopped the check. Please report it with this text.", "وقع خطأ داخلي أثناء التدقيق. نرجو إبلاغنا به مع هذا النص."},
	{"The text changed since it was checked, so no correction was applied. Check it again, then choose the corrections.", "تغيّر النص منذ تدقيقه فلم تُطبَّق التصحيحات. دقّقه من جديد ثم اختر التصحيحات."},
	{"The form could not be read: %s", "تعذّرت قراءة النموذج المرسل: %s"},
	{"%d MB", "%d ميغابايت"},
	{"%d KB", "%d كيلوبايت"},
	{"nazir %s · for systems: a JSON API at /v1/check and /v1/fix", "نظير %s · لربط أنظمة التحرير: واجهة برمجية بصيغة JSON على \u200e/v1/check\u200e و\u200e/v1/fix\u200e"},
}

// arabicPlurals are the Arabic messages that depend on a count: Arabic
// has a dual (=2 here: the counts are never 0 or 1 where a dual reads
// better), "few" (3–10, plural noun) and "many"/"other" (11 and more,
// singular noun).
var arabicPlurals = []pluralEntry{
	{"%s is spelled %d ways: %s; use one spelling (%s)", 2, []any{
		"=2", "كُتب اسم %[1]s بصيغتين: %[3]s؛ اعتمد صيغة واحدة (%[4]s)",
		"few", "كُتب اسم %[1]s بـ%[2]d صيغ: %[3]s؛ اعتمد صيغة واحدة (%[4]s)",
		"other", "كُتب اسم %[1]s بـ%[2]d صيغة: %[3]s؛ اعتمد صيغة واحدة (%[4]s)",
	}},
	// The HTML report: how often a participant is named.
	{"%d mentions", 1, []any{
		"=0", "لم يُذكر",
		"=1", "ذُكر مرة واحدة",
		"=2", "ذُكر مرتين",
		"few", "ذُكر %d مرات",
		"other", "ذُكر %d مرة",
	}},
	// The web page of nazir serve.
	{"%d findings to review.", 1, []any{
		"=0", "لم يجد نظير ما يستدعي المراجعة.",
		"=1", "ملاحظة واحدة تستدعي المراجعة.",
		"=2", "ملاحظتان تستدعيان المراجعة.",
		"few", "%d ملاحظات تستدعي المراجعة.",
		"other", "%d ملاحظة تستدعي المراجعة.",
	}},
	{"%d corrections applied.", 1, []any{
		"=0", "لم يُطبَّق أي تصحيح، فالنص كما هو.",
		"=1", "طُبّق تصحيح واحد.",
		"=2", "طُبّق تصحيحان.",
		"few", "طُبّقت %d تصحيحات.",
		"other", "طُبّق %d تصحيحًا.",
	}},
}

// englishPlurals are the English messages whose noun agrees with a count
// (the key itself is the plural form).
var englishPlurals = []pluralEntry{
	{"%d mentions", 1, []any{
		"=1", "1 mention",
		"other", "%d mentions",
	}},
	// The web page of nazir serve.
	{"%d findings to review.", 1, []any{
		"=0", "nazir found nothing to review.",
		"=1", "One finding to review.",
		"other", "%d findings to review.",
	}},
	{"%d corrections applied.", 1, []any{
		"=0", "No correction applied: the text is unchanged.",
		"=1", "One correction applied.",
		"other", "%d corrections applied.",
	}},
}
