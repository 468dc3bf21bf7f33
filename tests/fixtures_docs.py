"""Documents we wrote for the tests, in several languages and scripts (all invented)."""

EN_TEXT = (
    "Three civilians were killed and five injured when shells hit a bus station in the invented "
    "town of Fennick on Tuesday, local volunteers said."
)
AR_TEXT = "قال متطوعون محليون إن ثلاثة مدنيين قتلوا وأصيب خمسة آخرون عندما سقطت قذائف على محطة حافلات في بلدة فينيك."
SV_TEXT = (
    "Tre civila dödades och fem skadades när granater slog ned vid en busstation i den påhittade "
    "staden Fennick i tisdags, enligt lokala frivilliga."
)
FR_TEXT = (
    "Trois civils ont été tués et cinq blessés lorsque des obus ont frappé une gare routière de la "
    "ville imaginaire de Fennick mardi, selon des volontaires locaux."
)
DE_TEXT = (
    "Drei Zivilisten wurden getötet und fünf verletzt, als Granaten einen Busbahnhof in der "
    "erfundenen Stadt Fennick trafen, sagten örtliche Freiwillige."
)
ES_TEXT = (
    "Tres civiles murieron y cinco resultaron heridos cuando varios proyectiles alcanzaron una "
    "estación de autobuses en la ciudad inventada de Fennick, según voluntarios locales."
)
HE_TEXT = "שלושה אזרחים נהרגו וחמישה נפצעו כאשר פגזים פגעו בתחנת אוטובוסים בעיירה הבדויה פניק, כך אמרו מתנדבים."
