package consistency_test

import "testing"

// TestDestinationAgainstTalks checks both ways that a visit's destination
// is judged against the place where the text says the talks were held
// when neither the dateline nor the lede places the meeting (في ختام
// زيارته لـ X … وكان قد عقد في نيقوسيا جلسة مباحثات), and an arrival's
// destination (لدى وصوله إلى X) like a visit's; talks held in two
// participants' cities, a real earlier stop and the right destination are
// left alone. The texts are our own.
func TestDestinationAgainstTalks(t *testing.T) {
	const talks = "وكان ميتسوتاكيس قد عقد في نيقوسيا جلسة مباحثات مع الرئيس القبرصي نيكوس خريستودوليدس تناولت ملف الطاقة في شرق المتوسط.\n" +
		"وأعرب الرئيس القبرصي عن تقديره لدعم اليونان.\n"
	const nairobi = "أجرى وزير الخارجية الماليزي محادثات في نيروبي اليوم مع نظيره الكيني تناولت سبل تعزيز العلاقات الثنائية.\n"
	const tail = "وأكد الجانبان حرصهما على تطوير التعاون بين ماليزيا وكينيا.\n"
	runCases(t, []checkCase{
		{
			name: "slip: the end of a visit to a third state, the talks held in the host's capital",
			text: "في ختام زيارته لمصر، أكد رئيس وزراء اليونان كيرياكوس ميتسوتاكيس أن العلاقات بين أثينا ونيقوسيا تشهد مرحلة غير مسبوقة.\n" + talks,
			want: []wantConflict{{"مصر", "EG", "CY", "قبرص", "visit-destination"}},
		},
		{
			name: "the same visit to the host",
			text: "في ختام زيارته لقبرص، أكد رئيس وزراء اليونان كيرياكوس ميتسوتاكيس أن العلاقات بين أثينا ونيقوسيا تشهد مرحلة غير مسبوقة.\n" + talks,
		},
		{
			name: "talks in both parties' capitals: no place to judge by",
			text: "في ختام زيارته لمصر، أكد رئيس وزراء اليونان كيرياكوس ميتسوتاكيس أن العلاقات بين أثينا ونيقوسيا تشهد مرحلة غير مسبوقة.\n" +
				"وكان ميتسوتاكيس قد عقد في نيقوسيا جلسة مباحثات مع الرئيس القبرصي نيكوس خريستودوليدس، بعد محادثات أجراها في أثينا مع وزير الطاقة.\n",
		},
		{
			name: "slip: an arrival's destination in the guest's words",
			text: nairobi + "وقال الوزير الماليزي في تصريح للصحفيين لدى وصوله إلى أوغندا إن بلاده تعتبر كينيا بوابة لشرق إفريقيا.\n" + tail,
			want: []wantConflict{{"أوغندا", "UG", "KE", "كينيا", "visit-destination"}},
		},
		{
			name: "the arrival at the host's capital",
			text: nairobi + "وقال الوزير الماليزي في تصريح للصحفيين لدى وصوله إلى نيروبي إن بلاده تعتبر كينيا بوابة لشرق إفريقيا.\n" + tail,
		},
		{
			name: "an arrival at an earlier stop of a tour",
			text: nairobi + "وكان الوزير الماليزي قد بدأ جولته الإفريقية لدى وصوله إلى أوغندا الأسبوع الماضي.\n" + tail,
		},
	})
}
