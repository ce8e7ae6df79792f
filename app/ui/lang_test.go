package ui

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDetectLanguage(t *testing.T) {
	tests := []struct {
		name, text, code string
	}{
		{"English", readSample(t, "seed-report.txt"), "en"},
		{"English wire copy", readSample(t, "japan-us-trade-talks.txt"), "en"},
		{"French", "Les négociations entre le Liban et Israël ont repris mardi à Washington, selon des sources diplomatiques. " +
			"Le Premier ministre a déclaré que la délégation ne signera pas un accord qui ne garantit pas le retrait des forces, " +
			"et les Américains ont proposé une nouvelle réunion dans les prochains jours pour poursuivre les discussions.", "fr"},
		{"Spanish", "Las negociaciones entre el Gobierno y los sindicatos se reanudaron el martes en Madrid, según fuentes oficiales. " +
			"El ministro dijo que no aceptará una subida de los salarios que ponga en riesgo las cuentas públicas, y los sindicatos " +
			"anunciaron una huelga para la próxima semana si no hay un acuerdo.", "es"},
		{"German", "Die Verhandlungen zwischen der Regierung und den Gewerkschaften wurden am Dienstag in Berlin fortgesetzt. " +
			"Der Minister sagte, dass er eine Erhöhung der Löhne nicht akzeptieren wird, und die Gewerkschaften kündigten einen Streik an.", "de"},
		{"Arabic", "استؤنفت المفاوضات بين لبنان وإسرائيل يوم الثلاثاء في واشنطن، وفقا لمصادر دبلوماسية. وقال رئيس الوزراء إن الوفد لن يوقع اتفاقا لا يضمن انسحاب القوات.", "ar"},
		{"Hebrew", "המשא ומתן בין ישראל ללבנון התחדש ביום שלישי בוושינגטון, כך אמרו מקורות דיפלומטיים.", "he"},
		{"Russian", "Переговоры между Россией и Украиной возобновились во вторник в Стамбуле, сообщили дипломатические источники.", "ru"},
		{"Chinese", "中美两国代表周二在华盛顿恢复了贸易谈判，外交消息人士说。", "zh"},
		{"too short to tell", "Talks resume.", ""},
		{"numbers only", "1234 5678 90", ""},
		{"English with a French quote", "The French minister said on Tuesday that talks would go on. \"Nous ne signerons pas\", he told reporters, " +
			"adding that the union had rejected the offer and that both sides would meet again in Paris next week to discuss the pension reform.", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DetectLanguage(tt.text)
			assert.Equal(t, tt.code, got.Code, "%+v", got)
			assert.Equal(t, tt.code == "" || tt.code == "en", got.English())
			if !got.English() {
				assert.True(t, strings.HasPrefix(got.Notice(), "This report looks like "+got.Name))
			}
		})
	}
}
