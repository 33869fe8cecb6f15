package consistency_test

import "testing"

// TestCapitalApposition: a capital named with its state's nisba names one
// place twice (إلى العاصمة الأوغندية كمبالا). When the nisba and the city
// give two states and one is a participant, the other name is the slip,
// the nisba or the city; an apposition that agrees, one of two third
// states, or a city of a third state named with its own nisba is left
// alone. The texts are our own.
func TestCapitalApposition(t *testing.T) {
	const body = "وعقد الرئيسان محادثات تناولت التجارة بين كينيا وأوغندا ومشروع السكك الحديدية.\n"
	runCases(t, []checkCase{
		{
			name: "the nisba swapped before the host's capital",
			text: "كمبالا 3 مارس 2026 - وصل الرئيس الكيني ويليام روتو اليوم إلى العاصمة الباكستانية كمبالا في زيارة عمل يلتقي خلالها الرئيس الأوغندي يويري موسيفيني.\n" + body,
			want: []wantConflict{{"الباكستانية", "PK", "UG", "الأوغندية", "capital-apposition"}},
		},
		{
			name: "the city swapped after the host's nisba",
			text: "نيروبي 3 مارس 2026 - وصل الرئيس الأوغندي يويري موسيفيني اليوم إلى العاصمة الكينية إسلام آباد في زيارة عمل يلتقي خلالها الرئيس الكيني ويليام روتو.\n" + body,
			want: []wantConflict{{"إسلام آباد", "PK", "KE", "نيروبي", "capital-apposition"}},
		},
		{
			name: "the nisba and the city agree",
			text: "كمبالا 3 مارس 2026 - وصل الرئيس الكيني ويليام روتو اليوم إلى العاصمة الأوغندية كمبالا في زيارة عمل يلتقي خلالها الرئيس الأوغندي يويري موسيفيني.\n" + body,
		},
		{
			name: "a third state's capital with its own nisba, a stop after the visit",
			text: "كمبالا 3 مارس 2026 - التقى الرئيس الأوغندي يويري موسيفيني اليوم الرئيس الكيني ويليام روتو، الذي يتوجه غدا إلى العاصمة الإثيوبية أديس أبابا لحضور قمة الاتحاد الأفريقي.\n" + body,
		},
		{
			name: "two third states disagree: no participant to say which is meant",
			text: "كمبالا 3 مارس 2026 - التقى الرئيس الأوغندي يويري موسيفيني اليوم الرئيس الكيني ويليام روتو، وتطرقا إلى المفاوضات الجارية في العاصمة الإثيوبية نيامي.\n" + body,
		},
	})
}
