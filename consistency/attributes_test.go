package consistency_test

import "testing"

// TestPersonAttributes: every occurrence of a person, and every office
// written without a name that one person's occurrence carries, attaches
// a state; a person given two states is a slip on the side the rest of
// the text contradicts. A known official in office serves the gazetteer's
// state however often the text names another; for people the gazetteer
// does not know, the lede's introduction, the text's other mentions of
// each state and the other people's offices decide. Both ways: the slip
// caught, and the clean text left alone. The texts are our own.
func TestPersonAttributes(t *testing.T) {
	const moroccoBody = "وتناولت المباحثات سبل تطوير الشراكة بين المغرب وموريتانيا في مجالات الطاقة والصيد البحري.\n"
	const rabat = "الرباط 3 مارس 2026 (ومع) - "
	runCases(t, []checkCase{
		{
			name: "a known minister under a neighbour's flag, then the same office without a name",
			text: rabat + "أجرى وزير الخارجية الجزائري ناصر بوريطة اليوم بالرباط مباحثات مع وزير الشؤون الخارجية الموريتاني محمد سالم ولد مرزوك.\n" +
				"وأوضح وزير الخارجية الجزائري، في تصريح صحفي عقب اللقاء، أن البلدين عازمان على رفع المبادلات.\n" + moroccoBody,
			want: []wantConflict{
				{"الجزائري", "DZ", "MA", "المغربي", "official-state"},
				{"الجزائري", "DZ", "MA", "المغربي", "person-state"},
			},
		},
		{
			name: "the same office of the minister's own state is right",
			text: rabat + "أجرى وزير الخارجية المغربي ناصر بوريطة اليوم بالرباط مباحثات مع وزير الشؤون الخارجية الموريتاني محمد سالم ولد مرزوك.\n" +
				"وأوضح وزير الخارجية المغربي، في تصريح صحفي عقب اللقاء، أن البلدين عازمان على رفع المبادلات.\n" + moroccoBody,
		},
		{
			name: "a known minister's name set off by commas, twice under a neighbour's title",
			text: rabat + "أجرى وزير الخارجية الجزائري، ناصر بوريطة، اليوم مباحثات مع وزير الشؤون الخارجية الموريتاني محمد سالم ولد مرزوك.\n" +
				"وأكد وزير الخارجية الجزائري، ناصر بوريطة، أن المغرب حريص على التنسيق. " + moroccoBody,
			want: []wantConflict{
				{"الجزائري", "DZ", "MA", "المغربي", "person-state"},
				{"الجزائري", "DZ", "MA", "المغربي", "person-state"},
			},
		},
		{
			name: "a known minister named first, the neighbour's title after the name (apposition)",
			text: rabat + "أجرى ناصر بوريطة وزير الخارجية الجزائري اليوم مباحثات مع وزير الشؤون الخارجية الموريتاني محمد سالم ولد مرزوك.\n" +
				"وأكد بوريطة وزير الخارجية الجزائري أن الرباط حريصة على التنسيق. " + moroccoBody,
			want: []wantConflict{
				{"الجزائري", "DZ", "MA", "المغربي", "person-state"},
				{"الجزائري", "DZ", "MA", "المغربي", "person-state"},
			},
		},
		{
			name: "a title after the receiving official's name is the guest's, not his",
			text: "الجزائر 5 مايو 2026 (واج) - استقبل رئيس الجمهورية عبد المجيد تبون وزير الشؤون الخارجية التونسي محمد علي النفطي الذي سلمه رسالة من الرئيس قيس سعيد.\n" +
				"وبحث الجانبان متانة العلاقات بين الجزائر وتونس.\n",
		},
		{
			name: "a title followed by a coordinated honorific and name is not that person's",
			text: "القاهرة 4 يونيو 2026 (أ ش أ) - استقبل الرئيس المصري عبد الفتاح السيسي اليوم ولي العهد السعودي الأمير محمد بن سلمان.\n" +
				"وفي ختام الزيارة تسلم الرئيس المصري والأمير محمد بن سلمان درعين تذكاريين، وبحث الجانبان العلاقات بين مصر والسعودية.\n",
		},
		{
			name: "a minister coordinated after another minister's title is not given that title",
			text: "الدوحة 4 يونيو 2026 (قنا) - التقى وزير الخارجية الأمريكي ماركو روبيو اليوم في الدوحة وزير الخارجية القطري، وبحثا العلاقات بين الولايات المتحدة وقطر.\n" +
				"وأشار روبيو إلى اجتماع سابق جمع وزير خارجية الولايات المتحدة ولافروف في ألاسكا.\n",
		},
		{
			name: "a known minister named first, a neighbour's state in his title after a comma, twice",
			text: "الرياض 8 فبراير 2026 (واس) - التقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية اليوم في الرياض معالي أيمن الصفدي، وزير خارجية سوريا، وبحثا العلاقات بين المملكة والأردن.\n" +
				"وأطلع الصفدي، وزير خارجية سوريا، سموه على نتائج الاجتماع الوزاري العربي الأخير.\n",
			want: []wantConflict{
				{"سوريا", "SY", "JO", "الأردن", "person-state"},
				{"سوريا", "SY", "JO", "الأردن", "person-state"},
			},
		},
		{
			name: "an unknown president called a neighbour's president twice after the lede",
			text: "داكار 9 يونيو 2026 - استقبل الرئيس السنغالي عمر جالو تيام اليوم الثلاثاء في القصر الجمهوري بداكار الرئيس الغامبي إبريما سانيانغ، في زيارة عمل تستغرق يومين.\n" +
				"وأجرى الرئيسان محادثات تناولت أمن الحدود المشتركة ومشروع الجسر العابر لنهر غامبيا.\n" +
				"وقال الرئيس الموريتاني سانيانغ إن بلاده تعول على تسريع الربط الطرقي مع جارتها.\n" +
				"وأضاف الرئيس الموريتاني إبريما سانيانغ أن بانجول مستعدة لتوسيع التبادل التجاري مع داكار.\n" +
				"من جهته، أكد تيام أن السنغال وغامبيا يجمعهما مصير مشترك.\n",
			want: []wantConflict{
				{"الموريتاني", "MR", "GM", "الغامبي", "person-state"},
				{"الموريتاني", "MR", "GM", "الغامبي", "person-state"},
			},
		},
		{
			name: "a third state's president named in the same release keeps his own title",
			text: "داكار 9 يونيو 2026 - استقبل الرئيس السنغالي عمر جالو تيام اليوم الثلاثاء في القصر الجمهوري بداكار الرئيس الغامبي إبريما سانيانغ، في زيارة عمل تستغرق يومين.\n" +
				"وقال الرئيس الغامبي سانيانغ إن بلاده تعول على تسريع الربط الطرقي مع جارتها.\n" +
				"وأضاف أن الرئيس الموريتاني أحمدو ولد عبد الله سيشارك في القمة الثلاثية المقررة في نواكشوط الشهر المقبل.\n" +
				"من جهته، أكد تيام أن السنغال وغامبيا يجمعهما مصير مشترك.\n",
		},
		{
			name: "the guest given the host's state twice: the host's office is taken by the host",
			text: "داكار 9 يونيو 2026 - استقبل الرئيس السنغالي عمر جالو تيام اليوم في القصر الجمهوري بداكار الرئيس الغامبي إبريما سانيانغ، في زيارة عمل تستغرق يومين.\n" +
				"وقال الرئيس السنغالي سانيانغ إن بلاده تعول على تسريع الربط الطرقي مع جارتها، وأضاف الرئيس السنغالي إبريما سانيانغ أن بانجول مستعدة لتوسيع التبادل التجاري.\n" +
				"من جهته، أكد تيام أن السنغال وغامبيا يجمعهما مصير مشترك، وأن داكار تدعم مشروع الجسر على نهر غامبيا.\n",
			want: []wantConflict{
				{"السنغالي", "SN", "GM", "الغامبي", "person-state"},
				{"السنغالي", "SN", "GM", "الغامبي", "person-state"},
			},
		},
		{
			name: "right in the lede, a neighbour's title twice in the body, the neighbour named nowhere else",
			text: "ليما 4 سبتمبر 2026 - أجرى وزير الخارجية البيروفي إلمر شيالير اليوم مباحثات مع وزير الخارجية الإكوادوري أوغستو دي لا بينيا، تناولت ترسيم الحدود البحرية وتنشيط التجارة عبر الممرات الحدودية.\n" +
				"وقال الوزير الكولومبي دي لا بينيا إن كيتو حريصة على تعميق الشراكة مع ليما.\n" +
				"وأضاف وزير الخارجية الكولومبي أوغستو دي لا بينيا أن اللجنة المشتركة ستجتمع قبل نهاية العام.\n" +
				"وشدد شيالير على أن بيرو والإكوادور شريكان في حماية غابات الأمازون.\n",
			want: []wantConflict{
				{"الكولومبي", "CO", "EC", "الإكوادوري", "person-state"},
				{"الكولومبي", "CO", "EC", "الإكوادوري", "person-state"},
			},
		},
		{
			name: "a third state's minister, named twice with his own title, is left alone",
			text: "ليما 4 سبتمبر 2026 - أجرى وزير الخارجية البيروفي إلمر شيالير اليوم مباحثات مع وزير الخارجية الإكوادوري أوغستو دي لا بينيا، تناولت ترسيم الحدود البحرية.\n" +
				"وقال دي لا بينيا إن كيتو حريصة على تعميق الشراكة مع ليما.\n" +
				"وأشار الوزيران إلى الاجتماع الذي عقداه الشهر الماضي مع وزير الخارجية الكولومبي لويس غيلبرتو موريو في بوغوتا، وإلى أن وزير الخارجية الكولومبي موريو سيستضيف الجولة المقبلة.\n" +
				"وشدد شيالير على أن بيرو والإكوادور شريكان في حماية غابات الأمازون.\n",
		},
	})
}
