"""Swedish casualty sentences and short reports written for sv10 (labelled before running the extractor).

Every sentence is invented in the registers of TT, SVT, SR Ekot, DN, SvD, Aftonbladet, Sydsvenskan,
local papers and Swedish NGO/UD statements; none is copied from any evaluation set.
A claim is ``(measure, low, high, speaker)``: ``speaker`` is a word the extracted speaker must
contain (case-insensitive), or None when the text states the figure without attribution.
A severity part of the hurt ("18 skadades, varav tre allvarligt") is no claim of its own, as the
labelled sets read "zwei von ihnen schwer verletzt"; a second count of other hurt people is.
"""

K, HU, M, D, KI, B = (
    "killed",
    "injured",
    "missing",
    "displaced",
    "killed_or_injured",
    "bodies_recovered",
)

SENTENCES: list[tuple[str, list[tuple[str, int | None, int | None, str | None]]]] = [
    # --- omkom / omkommit / omkomna
    (
        "Minst 12 personer omkom när en buss körde av vägen i norra Indien på tisdagen.",
        [(K, 12, None, None)],
    ),
    (
        "Fyra personer har omkommit i översvämningarna i södra Spanien, uppger räddningstjänsten.",
        [(K, 4, 4, "räddningstjänsten")],
    ),
    (
        "Antalet omkomna efter jordbävningen i Turkiet har stigit till över 3 000.",
        [(K, 3001, None, None)],
    ),
    ("Tre svenskar omkom i olyckan, bekräftar UD.", [(K, 3, 3, "UD")]),
    (
        "Enligt myndigheterna omkom elva personer och ett trettiotal skadades när bron rasade.",
        [(K, 11, 11, "myndigheterna"), (HU, 30, 30, "myndigheterna")],
    ),
    ("Bland de omkomna finns fem barn.", [(K, 5, 5, None)]),
    ("Omkring 40 människor omkom i branden i fredags.", [(K, 40, 40, None)]),
    ("Sammanlagt har 27 personer omkommit sedan stormen drog in över kusten.", [(K, 27, 27, None)]),
    (
        "Totalt omkom 156 människor i flygolyckan, däribland 22 barn.",
        [(K, 156, 156, None), (K, 22, 22, None)],
    ),
    (
        "Minst 60 personer befaras ha omkommit i jordskredet i Papua Nya Guinea.",
        [(K, 60, None, None)],
    ),
    (
        "Två personer omkom och sju skadades lindrigt i krocken på E4:an utanför Gävle.",
        [(K, 2, 2, None), (HU, 7, 7, None)],
    ),
    (
        "Närmare 200 personer har omkommit i värmeböljan, enligt hälsomyndigheten.",
        [(K, 200, 200, "hälsomyndigheten")],
    ),
    (
        "Uppemot 300 migranter befaras ha omkommit när båten kantrade utanför Libyens kust.",
        [(K, None, 300, None)],
    ),
    (
        "Ett tjugotal människor omkom när en gruva rasade i Kina natten till söndag.",
        [(K, 20, 20, None)],
    ),
    (
        "Enligt FN har drygt 1 200 civila omkommit i striderna sedan i april.",
        [(K, 1201, None, "FN")],
    ),
    ("Omkomna: 14. Skadade: 38.", [(K, 14, 14, None), (HU, 38, 38, None)]),
    (
        "Över 100 omkomna och hundratals skadade rapporteras efter explosionen i hamnen.",
        [(K, 101, None, None), (HU, 200, None, None)],
    ),
    (
        "En svensk kvinna omkom i lavinen, bekräftar Utrikesdepartementet.",
        [(K, 1, 1, "Utrikesdepartementet")],
    ),
    # --- dödades / dödats / dog / avled / avlidit / miste livet / sätta livet till / föll offer
    (
        "Minst 25 personer dödades i en flygattack mot en marknad i Idlib, uppger Syriska människorättsobservatoriet.",
        [(K, 25, None, "Syriska människorättsobservatoriet")],
    ),
    (
        "Tre palestinier dödades och tolv skadades i natt vid en israelisk räd i Jenin.",
        [(K, 3, 3, None), (HU, 12, 12, None)],
    ),
    (
        "Sedan kriget började har mer än 40 000 människor dödats i Gaza, enligt det Hamasstyrda hälsoministeriet.",
        [(K, 40001, None, "hälsoministeriet")],
    ),
    ("Fem soldater dödades när deras fordon körde på en vägbomb.", [(K, 5, 5, None)]),
    (
        "Två journalister har dödats i Ukraina den här veckan, uppger Reportrar utan gränser.",
        [(K, 2, 2, "Reportrar utan gränser")],
    ),
    (
        "Sju hjälparbetare dödades i attacken, enligt organisationen World Central Kitchen.",
        [(K, 7, 7, "World Central Kitchen")],
    ),
    (
        "Trettiofem civilpersoner dödades i attacken mot byn, enligt lokala källor.",
        [(K, 35, 35, "lokala källor")],
    ),
    ("Mannen dog senare på sjukhus av sina skador.", []),
    (
        "Sex personer dog i olyckan och ytterligare fyra fördes till sjukhus med allvarliga skador.",
        [(K, 6, 6, None), (HU, 4, 4, None)],
    ),
    ("Två av de skadade har senare avlidit, uppger sjukhuset.", [(K, 2, 2, "sjukhuset")]),
    ("Fyra personer avled efter att ha druckit förgiftad sprit.", [(K, 4, 4, None)]),
    ("Minst 18 personer miste livet när ett hotell kollapsade i Kairo.", [(K, 18, None, None)]),
    ("Åtminstone 70 människor har mist livet i kolerautbrottet.", [(K, 70, None, None)]),
    ("Tjugo poliser fick sätta livet till i bakhållet i Sahel.", [(K, 20, 20, None)]),
    ("Ett femtiotal civila föll offer för massakern i byn.", [(K, 50, 50, None)]),
    (
        "Hundratals människor har dött av svält i regionen, varnar Läkare utan gränser.",
        [(K, 200, None, "Läkare utan gränser")],
    ),
    (
        "Över 2 500 personer har dött i jordbävningen i Afghanistan, enligt talibanregeringen.",
        [(K, 2501, None, "talibanregeringen")],
    ),
    ("Elva personer sköts ihjäl i en bar i Mexiko under natten.", [(K, 11, 11, None)]),
    ("Fyra personer knivhöggs till döds i attacken i Solingen.", [(K, 4, 4, None)]),
    ("Minst nio personer uppges ha dött i skottlossningen vid skolan.", [(K, 9, None, None)]),
    (
        "Enligt palestinska källor ska minst 15 personer ha dödats i natt.",
        [(K, 15, None, "palestinska källor")],
    ),
    (
        "Polisen uppger att tre personer har dödats och två skadats i skottlossningen i Uppsala.",
        [(K, 3, 3, "Polisen"), (HU, 2, 2, "Polisen")],
    ),
    (
        "En person dödades och en skadades svårt i skjutningen i Rinkeby vid 22-tiden.",
        [(K, 1, 1, None), (HU, 1, 1, None)],
    ),
    ("Dödssiffran efter attacken har stigit till 47.", [(K, 47, 47, None)]),
    ("Dödstalet stiger till 89, enligt Nepals regering.", [(K, 89, 89, "Nepals regering")]),
    ("Antalet döda i orkanen har nu stigit till minst 120.", [(K, 120, None, None)]),
    (
        "Antalet döda uppgår till 312, enligt den senaste rapporten från räddningstjänsten.",
        [(K, 312, 312, "räddningstjänsten")],
    ),
    ("Dödssiffran är nu 19 och väntas stiga.", [(K, 19, 19, None)]),
    (
        "Enligt FN:s kontor för humanitära frågor (Ocha) är dödssiffran över 600.",
        [(K, 601, None, "Ocha")],
    ),
    ("Attacken krävde minst 30 människoliv.", [(K, 30, None, None)]),
    ("Olyckan krävde sju dödsoffer.", [(K, 7, 7, None)]),
    ("Branden har krävt fyra liv.", [(K, 4, 4, None)]),
    (
        "Tre döda och ett tiotal skadade efter explosionen i Oslo.",
        [(K, 3, 3, None), (HU, 10, 10, None)],
    ),
    (
        "Två döda och fem skadade i trafikolycka utanför Skövde.",
        [(K, 2, 2, None), (HU, 5, 5, None)],
    ),
    ("Minst 13 döda i ryskt robotanfall mot Zaporizjzja.", [(K, 13, None, None)]),
    ("Flera döda i skjutning i Texas.", [(K, 3, None, None)]),
    ("De döda är sex män och två kvinnor.", [(K, 6, 6, None), (K, 2, 2, None)]),
    ("Bland de döda finns tre barn och en gravid kvinna.", [(K, 3, 3, None)]),
    ("Bland de dödade fanns fyra kvinnor, uppger FN.", [(K, 4, 4, "FN")]),
    ("Av de dödade var 14 barn, enligt Unicef.", [(K, 14, 14, "Unicef")]),
    ("Av de 62 döda var ett tjugotal barn.", [(K, 62, 62, None), (K, 20, 20, None)]),
    (
        "Minst 52 personer har dödats, varav 17 barn, uppger hälsoministeriet.",
        [(K, 52, None, "hälsoministeriet"), (K, 17, 17, "hälsoministeriet")],
    ),
    (
        "Totalt 38 personer dödades, av vilka tolv var kvinnor.",
        [(K, 38, 38, None), (K, 12, 12, None)],
    ),
    (
        "Angreppet dödade minst 22 personer, bland dem sju barn.",
        [(K, 22, None, None), (K, 7, 7, None)],
    ),
    (
        "Israeliska flyganfall dödade på lördagen 44 palestinier i Gaza, enligt det lokala hälsoministeriet.",
        [(K, 44, 44, "hälsoministeriet")],
    ),
    (
        "Rysk beskjutning dödade två civila och skadade nio i Cherson under natten, skriver guvernören på Telegram.",
        [(K, 2, 2, "guvernören"), (HU, 9, 9, "guvernören")],
    ),
    (
        "Attacken dödade fyra soldater och sårade sex, uppger armén.",
        [(K, 4, 4, "armén"), (HU, 6, 6, "armén")],
    ),
    (
        "Vi vet att minst 80 människor har dödats, säger Röda korsets talesperson till Ekot.",
        [(K, 80, None, "Röda kors")],
    ),
    (
        "– Vi har räknat 23 döda, varav de flesta kvinnor och barn, säger en läkare på sjukhuset till SVT.",
        [(K, 23, 23, "läkare")],
    ),
    # --- skadades / skadats / sårades
    ("Minst 30 personer skadades i explosionen, flera av dem allvarligt.", [(HU, 30, None, None)]),
    (
        "Ett dussintal personer har skadats i oroligheterna, uppger polisen.",
        [(HU, 12, 12, "polisen")],
    ),
    ("Omkring 150 personer sårades i attacken mot marknaden.", [(HU, 150, 150, None)]),
    ("Fem personer skadades lindrigt och en person svårt.", [(HU, 5, 5, None), (HU, 1, 1, None)]),
    ("Tre personer fördes till sjukhus med svåra skador.", [(HU, 3, 3, None)]),
    (
        "Sju personer har förts till sjukhus med lindriga skador, enligt räddningstjänsten.",
        [(HU, 7, 7, "räddningstjänsten")],
    ),
    ("Tusentals människor har skadats sedan kriget bröt ut.", [(HU, 2000, None, None)]),
    ("Mer än 1 000 människor har skadats i jordbävningen.", [(HU, 1001, None, None)]),
    ("Över 70 sårade har förts till sjukhus i Khan Yunis.", [(HU, 71, None, None)]),
    ("Antalet skadade uppgår till drygt 400.", [(HU, 401, None, None)]),
    ("De sårade, bland dem sex barn, vårdas på sjukhuset i Kramatorsk.", [(HU, 6, 6, None)]),
    ("Fyra poliser skadades i samband med upploppen i Örebro.", [(HU, 4, 4, None)]),
    ("Runt 60 personer skadades när en läktare rasade.", [(HU, 60, 60, None)]),
    (
        "Minst 45 personer har dödats och över 100 skadats, enligt Ukrainas räddningstjänst.",
        [(K, 45, None, "räddningstjänst"), (HU, 101, None, "räddningstjänst")],
    ),
    ("18 personer skadades, varav tre allvarligt.", [(HU, 18, 18, None)]),
    ("En 25-årig man skadades allvarligt i skottlossningen i Malmö.", [(HU, 1, 1, None)]),
    ("Tolv personer fick föras till sjukhus efter att ha andats in rök.", [(HU, 12, 12, None)]),
    (
        "Två barn skadades av splitter när en drönare slog ned i ett bostadsområde.",
        [(HU, 2, 2, None)],
    ),
    ("Ett fyrtiotal personer skadades, sex av dem livshotande.", [(HU, 40, 40, None)]),
    # --- saknas / saknade / försvunna
    ("Ett tiotal personer saknas fortfarande efter skredet.", [(M, 10, 10, None)]),
    ("Minst 30 personer saknas efter att fiskebåten sjönk.", [(M, 30, None, None)]),
    ("Fyra svenska medborgare saknas efter tsunamin, meddelar UD.", [(M, 4, 4, "UD")]),
    (
        "Över 200 personer är fortfarande saknade, uppger myndigheterna.",
        [(M, 201, None, "myndigheterna")],
    ),
    ("Sjutton personer är försvunna efter översvämningarna.", [(M, 17, 17, None)]),
    ("Antalet saknade har stigit till 56.", [(M, 56, 56, None)]),
    (
        "Elva omkom och tre saknas efter att en fiskebåt kantrat utanför Norges kust.",
        [(K, 11, 11, None), (M, 3, 3, None)],
    ),
    (
        "Dödssiffran är 19, men ytterligare 40 personer saknas.",
        [(K, 19, 19, None), (M, 40, 40, None)],
    ),
    ("Hundratals personer saknas efter bombningen av flyktinglägret.", [(M, 200, None, None)]),
    # --- displaced
    ("Över 10 000 människor har tvingats fly från sina hem.", [(D, 10001, None, None)]),
    (
        "Omkring 250 000 personer har drivits på flykt av striderna, enligt UNHCR.",
        [(D, 250000, 250000, "UNHCR")],
    ),
    ("Tusentals människor har flytt över gränsen till Tchad.", [(D, 2000, None, None)]),
    ("Närmare 1,5 miljoner människor är på flykt inom landet.", [(D, 1500000, 1500000, None)]),
    # --- bodies
    ("Räddningsarbetare har hittills hittat 27 kroppar i rasmassorna.", [(B, 27, 27, None)]),
    (
        "Ytterligare fem kroppar har bärgats ur vattnet, uppger kustbevakningen.",
        [(B, 5, 5, "kustbevakningen")],
    ),
    ("Kropparna efter minst 40 personer har hittats i en massgrav.", [(B, 40, None, None)]),
    # --- combined / vague
    ("Ett hundratal personer dödades eller skadades i attacken.", [(KI, 100, 100, None)]),
    ("Tiotals människor har dödats eller skadats i bombningarna.", [(KI, 20, None, None)]),
    ("Dussintals civila har dödats i luftangreppen de senaste dagarna.", [(K, 24, None, None)]),
    ("Flera personer skadades i explosionen.", [(HU, 3, None, None)]),
    ("Tiotusentals människor har dödats i kriget i Sudan.", [(K, 20000, None, None)]),
    ("Många människor dödades i attacken, enligt vittnen.", []),
    ("Ett okänt antal personer skadades.", []),
    ("Flera hundra människor har dödats i gängvåldet i Haiti i år.", [(K, 200, None, None)]),
    ("Mellan 50 och 70 personer dödades i angreppet.", [(K, 50, 70, None)]),
    ("Mellan 300 och 400 civila uppges ha dödats, enligt Airwars.", [(K, 300, 400, "Airwars")]),
    ("Fler än 20 personer har dödats i kravallerna.", [(K, 21, None, None)]),
    ("Knappt 90 personer dödades.", [(K, 90, 90, None)]),
    (
        "Upp till 500 civila kan ha dödats i belägringen, enligt Human Rights Watch.",
        [(K, None, 500, "Human Rights Watch")],
    ),
    ("Ingen person skadades i branden.", [(HU, 0, 0, None)]),
    ("Inga civila dödades i attacken, enligt armén.", [(K, 0, 0, "armén")]),
    # --- numerals as words and various numbers
    (
        "Femton personer dödades och tjugotvå skadades i attacken mot moskén.",
        [(K, 15, 15, None), (HU, 22, 22, None)],
    ),
    ("Åtta barn dödades när skolan träffades av en granat.", [(K, 8, 8, None)]),
    ("Nitton soldater stupade i strider med rebellerna.", [(K, 19, 19, None)]),
    ("Minst hundra människor dödades i massakern.", [(K, 100, None, None)]),
    ("Tvåhundra personer skadades i demonstrationerna i Teheran.", [(HU, 200, 200, None)]),
    ("12 000 människor har dödats i konflikten sedan 2023.", [(K, 12000, 12000, None)]),
    ("Minst 1 200 personer dödades i Hamas attack den 7 oktober.", [(K, 1200, None, None)]),
    ("Drygt 30 000 civila har skadats enligt FN:s människorättskontor.", [(HU, 30001, None, "FN")]),
    (
        "Omkring 4 500 personer har omkommit i jordbävningen, enligt landets katastrofmyndighet.",
        [(K, 4500, 4500, "katastrofmyndighet")],
    ),
    # --- non-casualty numbers only (distractors)
    ("Tre personer greps efter skjutningen i Norrköping.", []),
    ("Polisen larmades vid 14-tiden om skottlossning i ett bostadsområde.", []),
    ("En 19-årig man har anhållits misstänkt för mord.", []),
    ("Explosionen inträffade 20 kilometer söder om Kabul.", []),
    ("Flygplanet hade 180 passagerare ombord.", []),
    ("Ryssland avfyrade 40 robotar och 70 drönare mot Ukraina under natten.", []),
    ("Över 300 poliser deltog i insatsen.", []),
    ("Omkring 2 000 människor bor i byn.", []),
    ("Regeringen anslår 50 miljoner kronor i katastrofhjälp.", []),
    ("Kriget bröt ut 2022 och har pågått i tre år.", []),
    ("Ett 30-tal bostadshus förstördes i stormen.", []),
    ("Två av de gripna är 17 år gamla.", []),
    ("Under 2023 registrerades 363 skjutningar i Sverige.", []),
    ("Fem personer förhördes av polisen under natten.", []),
    ("Över 40 fordon var inblandade i seriekrocken.", []),
    ("Sjukhuset har 120 vårdplatser.", []),
    ("Minst 25 bränder rasar fortfarande i delstaten.", []),
    ("Han dömdes till fyra års fängelse.", []),
    ("I fredags samlades 5 000 personer till en minnesstund.", []),
    ("Omkring 80 procent av byggnaderna har skadats.", []),
    ("Rättegången mot de tre männen inleds den 12 mars.", []),
    ("Hundratals personer evakuerades från området men ingen skadades.", [(HU, 0, 0, None)]),
    # --- ages and times beside real claims
    (
        "En 34-årig kvinna och hennes två barn dödades när en missil träffade deras hus i Odessa på söndagen.",
        [(K, 2, 2, None)],
    ),
    ("Vid 03-tiden natten till lördag sköts två män ihjäl i Göteborg.", [(K, 2, 2, None)]),
    ("Tre män i 20-årsåldern skadades i skottlossningen.", [(HU, 3, 3, None)]),
    (
        "Den 4 augusti 2020 dödades över 200 personer i explosionen i Beiruts hamn.",
        [(K, 201, None, None)],
    ),
    ("Minst sex personer, däribland en 12-årig pojke, dödades.", [(K, 6, None, None)]),
    (
        "Ungefär 1 400 personer dödades under slaget om Raqqa, enligt Airwars.",
        [(K, 1400, 1400, "Airwars")],
    ),
    # --- speaker in different positions
    (
        "Enligt Syriska människorättsobservatoriet har 14 regeringssoldater dödats.",
        [(K, 14, 14, "Syriska människorättsobservatoriet")],
    ),
    ("Det meddelar den ukrainska militären att fyra civila har dödats.", [(K, 4, 4, "militär")]),
    ("Israels armé uppger att 250 militanter har dödats i operationen.", [(K, 250, 250, "armé")]),
    ("Talibanerna hävdar att 30 pakistanska soldater dödades.", [(K, 30, 30, "Talibanerna")]),
    (
        "Guvernören Oleh Synjehubov skriver på Telegram att fem personer skadats.",
        [(HU, 5, 5, "Synjehubov")],
    ),
    (
        "Uppgifterna om minst 20 döda har inte kunnat bekräftas av oberoende källor.",
        [(K, 20, None, None)],
    ),
    ("Nyhetsbyrån AP rapporterar att åtminstone 16 människor har dödats.", [(K, 16, None, "AP")]),
    ("Lokala medier rapporterar om 11 döda.", [(K, 11, 11, "Lokala medier")]),
    ("Enligt Reuters uppgår dödssiffran till 73.", [(K, 73, 73, "Reuters")]),
    ("Enligt uppgifter till TT har sex svenskar skadats.", [(HU, 6, 6, None)]),
    (
        "Hälsoministeriet i Gaza uppger att 31 personer dödats och 70 skadats under det senaste dygnet.",
        [(K, 31, 31, "Hälsoministeriet"), (HU, 70, 70, "Hälsoministeriet")],
    ),
]

REPORTS: list[tuple[str, list[tuple[str, int | None, int | None, str | None]]]] = [
    (
        "Minst 14 personer har dödats i ett ryskt robotanfall mot Dnipro. Det uppger regionens guvernör. "
        "Ytterligare 52 personer skadades, varav nio barn.",
        [(K, 14, None, "guvernör"), (HU, 52, 52, "guvernör"), (HU, 9, 9, "guvernör")],
    ),
    (
        "En man i 30-årsåldern sköts ihjäl i Västerås natten till fredag. Polisen larmades strax efter klockan två. "
        "Två personer har gripits.",
        [(K, 1, 1, None)],
    ),
    (
        "Dödssiffran efter jordbävningen i Marocko stiger. Enligt landets inrikesministerium har 2 012 personer omkommit "
        "och 2 059 skadats, varav 1 404 allvarligt.",
        [(K, 2012, 2012, "inrikesministerium"), (HU, 2059, 2059, "inrikesministerium")],
    ),
    (
        "Ett passagerarfartyg har kantrat på Victoriasjön. Minst 136 personer har omkommit, meddelar myndigheterna. "
        "Ett fyrtiotal personer har räddats och ett okänt antal saknas.",
        [(K, 136, None, "myndigheterna")],
    ),
    (
        "Attacken mot konserthallen utanför Moskva i fredags kväll har krävt minst 137 liv. "
        "Över 180 personer skadades. Elva personer har gripits.",
        [(K, 137, None, None), (HU, 181, None, None)],
    ),
    (
        "Sju personer har dödats i israeliska luftangrepp mot södra Libanon under söndagen. "
        "Bland de döda finns två barn, uppger Libanons hälsoministerium.",
        [(K, 7, 7, "hälsoministerium"), (K, 2, 2, "hälsoministerium")],
    ),
    (
        "Läkare utan gränser larmar om situationen i El Fasher. Under den senaste veckan har 48 personer avlidit "
        "på organisationens sjukhus. Över 300 sårade har tagits emot.",
        [(K, 48, 48, "Läkare utan gränser"), (HU, 301, None, "Läkare utan gränser")],
    ),
    (
        "UD bekräftar att en svensk medborgare har dödats i Israel. Ytterligare en svensk saknas, enligt UD:s presstjänst.",
        [(K, 1, 1, "UD"), (M, 1, 1, "UD")],
    ),
    (
        "Två personer omkom när ett småplan störtade i fjällen på tisdagen. Olyckan inträffade vid 11-tiden, "
        "cirka två mil väster om Åre.",
        [(K, 2, 2, None)],
    ),
    (
        "Skogsbränderna i Grekland fortsätter. Hittills har 21 personer omkommit och tusentals har tvingats lämna sina hem. "
        "Över 500 brandmän deltar i släckningsarbetet.",
        [(K, 21, 21, None), (D, 2000, None, None)],
    ),
    (
        "Enligt FN har omkring 150 000 människor dödats i kriget i Sudan. Över 12 miljoner har drivits på flykt.",
        [(K, 150000, 150000, "FN"), (D, 12000001, None, "FN")],
    ),
    (
        "Tre personer dödades och fyra skadades när en bil körde in i en folkmassa i Magdeburg. "
        "Föraren, en 50-årig man, greps på platsen.",
        [(K, 3, 3, None), (HU, 4, 4, None)],
    ),
    (
        "Tyfonen har dragit fram över Filippinerna. Åtminstone 24 människor har omkommit, 15 saknas och "
        "omkring 60 000 har evakuerats, enligt katastrofmyndigheten.",
        [(K, 24, None, "katastrofmyndigheten"), (M, 15, 15, "katastrofmyndigheten")],
    ),
    (
        "Minst 90 personer dödades i en drönarattack mot en moské i al-Fashir, enligt lokala aktivister. "
        "Dödssiffran befaras stiga.",
        [(K, 90, None, "aktivister")],
    ),
    (
        "Skjutningen skedde vid 20-tiden på onsdagskvällen. En person avled på sjukhus och två skadades. "
        "Polisen har inga misstänkta.",
        [(K, 1, 1, None), (HU, 2, 2, None)],
    ),
    (
        "Enligt ukrainska myndigheter har fem personer dödats i Charkiv. Bland de döda finns en 14-årig flicka. "
        "Ett tjugotal personer skadades.",
        [(K, 5, 5, "myndigheter"), (HU, 20, 20, "myndigheter")],
    ),
    (
        "Bussolyckan i Kroatien har krävt tolv liv. Samtliga omkomna var polska pilgrimer. "
        "Trettiotvå personer skadades, sju av dem svårt.",
        [(K, 12, 12, None), (HU, 32, 32, None), (HU, 7, 7, None)],
    ),
    (
        "Hälsoministeriet i Gaza uppger att dödssiffran sedan den 7 oktober har stigit till 35 034. "
        "Av dem är över 14 000 barn och 9 000 kvinnor.",
        [
            (K, 35034, 35034, "Hälsoministeriet"),
            (K, 14001, None, "Hälsoministeriet"),
            (K, 9000, 9000, "Hälsoministeriet"),
        ],
    ),
    (
        "Räddningsarbetet efter översvämningarna i Valencia pågår. Dödssiffran är nu 214. "
        "Dussintals personer saknas fortfarande.",
        [(K, 214, 214, None), (M, 24, None, None)],
    ),
    (
        "Minst 38 personer omkom när ett flygplan från Azerbaijan Airlines störtade i Kazakstan. "
        "Det fanns 67 personer ombord och 29 överlevde.",
        [(K, 38, None, None)],
    ),
    (
        "Sveriges regering fördömer attacken. Enligt uppgifter från palestinska Röda halvmånen dödades "
        "tjugo personer och sextio skadades när de väntade på nödhjälp.",
        [(K, 20, 20, "Röda halvmånen"), (HU, 60, 60, "Röda halvmånen")],
    ),
    (
        "Vid en skolskjutning i Örebro har tio personer dödats, uppger polisen. Gärningsmannen är bland de döda. "
        "Sex personer vårdas på sjukhus.",
        [(K, 10, 10, "polisen"), (HU, 6, 6, None)],
    ),
]

# A second batch, written after the first run showed the first one mostly read, still before
# reading the pack: word orders, verb phrases and number forms the first batch had not tried.
SENTENCES_2: list[tuple[str, list[tuple[str, int | None, int | None, str | None]]]] = [
    (
        "I attacken dödades minst 12 personer, enligt den lokala polischefen.",
        [(K, 12, None, "polischef")],
    ),
    ("På söndagen omkom ytterligare tre personer i strider kring Bachmut.", [(K, 3, 3, None)]),
    (
        "Under natten skadades 14 personer i ryska drönarattacker mot Kiev, uppger stadens borgmästare Vitalij Klitjko.",
        [(HU, 14, 14, "Klitjko")],
    ),
    (
        "Vid explosionen omkom sju arbetare och elva skadades.",
        [(K, 7, 7, None), (HU, 11, 11, None)],
    ),
    ("Jordbävningen har kostat minst 2 000 människor livet.", [(K, 2000, None, None)]),
    ("Striderna kostade ett femtiotal soldater livet.", [(K, 50, 50, None)]),
    ("Översvämningarna har skördat över 70 dödsoffer.", [(K, 71, None, None)]),
    ("Antalet dödsoffer har stigit till 230.", [(K, 230, 230, None)]),
    ("Dödsantalet uppgår nu till 58, uppger regeringen.", [(K, 58, 58, "regeringen")]),
    (
        "Antalet omkomna uppgår till 41 och ytterligare ett tjugotal saknas.",
        [(K, 41, 41, None), (M, 20, 20, None)],
    ),
    ("Nio personer har förlorat livet i snöovädret.", [(K, 9, 9, None)]),
    ("Sex migranter drunknade när gummibåten sjönk i Engelska kanalen.", [(K, 6, 6, None)]),
    ("Fem personer brann inne när ett flerfamiljshus fattade eld.", [(K, 5, 5, None)]),
    ("Minst tolv personer avrättades av milisen, enligt vittnen.", [(K, 12, None, "vittnen")]),
    ("Tre journalister mördades i Mexiko förra månaden.", [(K, 3, 3, None)]),
    (
        "Över 60 000 ryska soldater har stupat i kriget, enligt en analys från BBC.",
        [(K, 60001, None, "BBC")],
    ),
    ("Ett 20-tal personer skadades när en tunnelbanevagn spårade ur.", [(HU, 20, 20, None)]),
    ("Ett 50-tal civila har dödats i veckans attacker.", [(K, 50, 50, None)]),
    ("Ett tusental personer har omkommit i jordbävningen.", [(K, 1000, 1000, None)]),
    ("Cirka 300 personer skadades under demonstrationerna.", [(HU, 300, 300, None)]),
    ("Ca 40 personer dödades i skjutningen.", [(K, 40, 40, None)]),
    ("Ungefär 120 civila har dödats sedan i januari.", [(K, 120, 120, None)]),
    ("Nästan 100 personer har dödats i våldet i Kongo-Kinshasa.", [(K, 100, 100, None)]),
    ("Mer än hälften av de dödade var barn.", []),
    ("Drygt ett dussin personer dödades i flygattacken.", [(K, 13, None, None)]),
    ("Över en miljon människor har flytt från Sudan.", [(D, 1000001, None, None)]),
    ("Omkring 1,2 miljoner människor är på flykt.", [(D, 1200000, 1200000, None)]),
    ("Miljontals människor har tvingats fly.", [(D, 2000000, None, None)]),
    ("Tjugofem personer dödades och fyrtiosju skadades.", [(K, 25, 25, None), (HU, 47, 47, None)]),
    ("Trehundra personer har dödats sedan i mars.", [(K, 300, 300, None)]),
    (
        "Sammanlagt 40 döda och 130 skadade har rapporterats.",
        [(K, 40, 40, None), (HU, 130, 130, None)],
    ),
    ("Totalt har 86 personer bekräftats döda.", [(K, 86, 86, None)]),
    (
        "Ytterligare två personer har avlidit av sina skador, vilket innebär att dödssiffran stiger till nio.",
        [(K, 2, 2, None), (K, 9, 9, None)],
    ),
    ("Attacken krävde sex dödsoffer, varav två barn.", [(K, 6, 6, None), (K, 2, 2, None)]),
    (
        "Minst 33 personer har dödats och ett femtiotal skadats i bombdådet i Quetta.",
        [(K, 33, None, None), (HU, 50, 50, None)],
    ),
    ("Två poliser sårades allvarligt i eldstriden.", [(HU, 2, 2, None)]),
    (
        "Fyra personer vårdas på sjukhus efter olyckan, varav en med livshotande skador.",
        [(HU, 4, 4, None)],
    ),
    ("Trettio personer har fått vård för brännskador.", [(HU, 30, 30, None)]),
    (
        "Minst 8 personer har skadats lätt och 2 allvarligt.",
        [(HU, 8, None, None), (HU, 2, 2, None)],
    ),
    ("Sju av de skadade är i kritiskt tillstånd.", [(HU, 7, 7, None)]),
    (
        "– Minst 40 av mina kollegor har dödats, säger hjälparbetaren till SR Ekot.",
        [(K, 40, None, "hjälparbetaren")],
    ),
    ("Enligt nyhetsbyrån AFP dödades 16 personer i attacken.", [(K, 16, 16, "AFP")]),
    (
        "Åtminstone 19 människor har dödats, rapporterar nyhetsbyrån Reuters.",
        [(K, 19, None, "Reuters")],
    ),
    (
        "Siffran över antalet döda har höjts till 64, skriver myndigheten i ett pressmeddelande.",
        [(K, 64, 64, "myndigheten")],
    ),
    ("Åtta personer dödades, uppger källor till Aftonbladet.", [(K, 8, 8, "källor")]),
    (
        "Minst 21 personer har dödats, bekräftar polisen för SVT Nyheter.",
        [(K, 21, None, "polisen")],
    ),
    (
        "Armén hävdar att över 500 rebeller har dödats sedan offensiven inleddes.",
        [(K, 501, None, "Armén")],
    ),
    (
        "Röda korset befarar att flera tusen människor har omkommit.",
        [(K, 2000, None, "Röda korset")],
    ),
    ("FN uppskattar att omkring 20 000 barn har dödats.", [(K, 20000, 20000, "FN")]),
    ("Enligt Unicef har tio barn dödats varje dag.", [(K, 10, 10, "Unicef")]),
    (
        "Fyra personer, däribland två barn, skadades i den ryska attacken mot Sumy.",
        [(HU, 4, 4, None), (HU, 2, 2, None)],
    ),
    ("Bland de skadade finns åtta barn.", [(HU, 8, 8, None)]),
    ("Bland de omkomna fanns två svenska medborgare, uppger UD.", [(K, 2, 2, "UD")]),
    # the policeman among the victims is one of a who-category, as in English (single11)
    ("Bland offren finns en polis och tre barn.", [(K, 1, 1, None), (K, 3, 3, None)]),
    (
        "Totalt 17 personer har dödats i gängvåldet hittills i år, enligt Polismyndigheten.",
        [(K, 17, 17, "Polismyndigheten")],
    ),
    ("I år har 44 personer skjutits ihjäl i Sverige.", [(K, 44, 44, None)]),
    ("Hittills har 58 personer hittats döda i ruinerna.", [(B, 58, 58, None)]),
    ("Tre personer hittades döda i en lägenhet i Borås.", [(B, 3, 3, None)]),
    ("Sjuksköterskan som arbetat på sjukhuset i tio år skadades inte.", []),
    ("Ingen av de 150 passagerarna skadades.", [(HU, 0, 0, None)]),
    ("Olyckan inträffade på riksväg 40 vid 16.30-tiden.", []),
    ("De tre männen, 22, 24 och 31 år gamla, döms för mordförsök.", []),
    (
        "Sedan 2014 har över 14 000 människor dödats i konflikten i östra Ukraina.",
        [(K, 14001, None, None)],
    ),
    ("Konflikten har krävt omkring 500 000 liv sedan 2011.", [(K, 500000, 500000, None)]),
]

# A third batch, written before running it: active verbs with an object, inverted word order,
# tolls with other verbs, the rarer round numbers and reported speech with "ska ha".
SENTENCES_3: list[tuple[str, list[tuple[str, int | None, int | None, str | None]]]] = [
    ("Explosionen skadade 17 personer, flera av dem barn.", [(HU, 17, 17, None)]),
    ("Självmordsbombaren tog livet av 30 människor i den fullsatta moskén.", [(K, 30, 30, None)]),
    ("Översvämningarna har tagit livet av minst 48 personer.", [(K, 48, None, None)]),
    ("Orkanen krävde 15 människors liv på Kuba.", [(K, 15, 15, None)]),
    ("Attentatet kostade 22 människor livet.", [(K, 22, 22, None)]),
    (
        "Sju människor ska ha dödats i den ryska attacken, enligt ukrainska uppgifter.",
        [(K, 7, 7, "ukrainska")],
    ),
    ("Enligt obekräftade uppgifter ska ett tjugotal människor ha dödats.", [(K, 20, 20, None)]),
    ("I olyckan dog 13 personer.", [(K, 13, 13, None)]),
    ("Vid attacken dödades 25 människor och 40 skadades.", [(K, 25, 25, None), (HU, 40, 40, None)]),
    ("Elva människor dödades, tre av dem barn.", [(K, 11, 11, None), (K, 3, 3, None)]),
    ("Fjorton personer dödades, varav sju civila.", [(K, 14, 14, None), (K, 7, 7, None)]),
    ("Dödssiffran ligger nu på 45.", [(K, 45, 45, None)]),
    ("Antalet döda uppges vara 60.", [(K, 60, 60, None)]),
    ("Antalet skadade är 70, enligt sjukvården.", [(HU, 70, 70, "sjukvården")]),
    ("Antalet sårade har stigit till över 300.", [(HU, 301, None, None)]),
    ("Över 20 döda och ett 40-tal skadade.", [(K, 21, None, None), (HU, 40, 40, None)]),
    ("4 döda, 10 skadade efter skottlossning i Chicago.", [(K, 4, 4, None), (HU, 10, 10, None)]),
    ("Ett sextiotal människor har dödats i stridigheterna.", [(K, 60, 60, None)]),
    ("Ett sjuttiotal personer skadades i branden.", [(HU, 70, 70, None)]),
    ("Ett åttiotal civila har dödats sedan fredagen.", [(K, 80, 80, None)]),
    ("Ett nittiotal människor saknas.", [(M, 90, 90, None)]),
    ("Ett drygt 40-tal personer skadades.", [(HU, 41, None, None)]),
    ("Flera tiotals människor har dödats.", [(K, 20, None, None)]),
    ("Tiotals tusen människor har dödats i kriget.", [(K, 20000, None, None)]),
    ("Trettiotvå personer dödades.", [(K, 32, 32, None)]),
    ("Tvåhundrafemtio personer har skadats.", [(HU, 250, 250, None)]),
    ("Femhundra människor har omkommit.", [(K, 500, 500, None)]),
    ("Tretusen människor har dödats i regionen.", [(K, 3000, 3000, None)]),
    ("Minst 100.000 människor har dödats.", [(K, 100000, None, None)]),
    ("Uppåt 300 människor befaras ha dödats.", [(K, None, 300, None)]),
    ("Långt över 1 000 människor har dödats.", [(K, 1001, None, None)]),
    ("Skottlossningen lämnade fyra döda och sex skadade.", [(K, 4, 4, None), (HU, 6, 6, None)]),
    ("Militären sköt ihjäl tre demonstranter på lördagen.", [(K, 3, 3, None)]),
    ("Milisen avrättade 21 män i byn.", [(K, 21, 21, None)]),
    ("Gärningsmannen mördade åtta personer innan han tog sitt eget liv.", [(K, 8, 8, None)]),
    ("22 liv gick förlorade i olyckan.", [(K, 22, 22, None)]),
    ("Tolv personer blev dödade och 30 blev skadade.", [(K, 12, 12, None), (HU, 30, 30, None)]),
    ("Fem personer är fortfarande försvunna.", [(M, 5, 5, None)]),
    ("Två personer räknas fortfarande som saknade.", [(M, 2, 2, None)]),
    ("Ytterligare 20 personer dödades på tisdagen.", [(K, 20, 20, None)]),
    (
        "Nästan 2 000 människor har dödats sedan januari, enligt FN:s människorättskontor.",
        [(K, 2000, 2000, "FN")],
    ),
    ("Enligt Syriens statliga nyhetsbyrå Sana dödades nio soldater.", [(K, 9, 9, "Sana")]),
    ("Enligt SVT:s uppgifter har tre personer dödats.", [(K, 3, 3, "SVT")]),
    (
        "Sammanlagt har 1 139 personer dödats, enligt en sammanställning av AFP.",
        [(K, 1139, 1139, "AFP")],
    ),
    ("Tio dödsoffer och 25 skadade har bekräftats.", [(K, 10, 10, None), (HU, 25, 25, None)]),
    ("Minst 30 personer har skadats, varav fyra är i kritiskt tillstånd.", [(HU, 30, None, None)]),
    ("Tre personer dödades och ett okänt antal skadades.", [(K, 3, 3, None)]),
    ("Bland offren finns minst fem barn.", [(K, 5, None, None)]),
    ("Omkring 4 000 hus förstördes och 120 personer omkom.", [(K, 120, 120, None)]),
    ("De omkomna var mellan 18 och 25 år gamla.", []),
    ("Den 14 juni omkom 72 personer i branden i Grenfell Tower.", [(K, 72, 72, None)]),
    (
        "Polisen fick in larmet kvart i tolv, och tre personer hade då redan dödats.",
        [(K, 3, 3, None)],
    ),
]

# A fourth batch, written before running it: encyclopaedic and NGO registers, present passives,
# deaths declared and counted as "dödsfall", and further parts of a toll.
SENTENCES_4: list[tuple[str, list[tuple[str, int | None, int | None, str | None]]]] = [
    (
        "Attentatet var det dödligaste i landets historia; 77 personer dödades och över 300 skadades.",
        [(K, 77, 77, None), (HU, 301, None, None)],
    ),
    (
        "Vid terrordådet dödades åtta personer och 209 skadades.",
        [(K, 8, 8, None), (HU, 209, 209, None)],
    ),
    ("Totalt omkom 1 500 människor när fartyget sjönk 1912.", [(K, 1500, 1500, None)]),
    (
        "Varje dag dödas i genomsnitt tio barn i Gaza, enligt Rädda Barnen.",
        [(K, 10, 10, "Rädda Barnen")],
    ),
    ("Fyra personer dödförklarades på platsen.", [(K, 4, 4, None)]),
    (
        "Två personer förklarades döda på platsen och en tredje avled på sjukhus.",
        [(K, 2, 2, None), (K, 1, 1, None)],
    ),
    (
        "Myndigheterna har registrerat 110 dödsfall i kolera sedan augusti.",
        [(K, 110, 110, "Myndigheterna")],
    ),
    ("Antalet dödsfall har stigit till 74.", [(K, 74, 74, None)]),
    ("Av de omkomna var tolv barn.", [(K, 12, 12, None)]),
    ("Bland de omkomna finns 23 kvinnor, enligt Röda halvmånen.", [(K, 23, 23, "Röda halvmånen")]),
    (
        "Ännu en person har avlidit efter attacken, vilket innebär att dödssiffran är sex.",
        [(K, 1, 1, None), (K, 6, 6, None)],
    ),
    (
        "Över 800 personer omkom och fler än 1 000 skadades i jordskalvet.",
        [(K, 801, None, None), (HU, 1001, None, None)],
    ),
    ("Minst tre personer omkom på platsen.", [(K, 3, None, None)]),
    ("Sex personer fick livshotande skador.", [(HU, 6, 6, None)]),
    ("Fem personer har fått vård på sjukhus efter attacken.", [(HU, 5, 5, None)]),
    (
        "Sammanlagt har 4 200 palestinier skadats på Västbanken i år, enligt Ocha.",
        [(HU, 4200, 4200, "Ocha")],
    ),
    (
        "Rädda Barnen uppger att minst 1 000 barn har dödats eller skadats i konflikten.",
        [(KI, 1000, None, "Rädda Barnen")],
    ),
    (
        "Enligt Amnesty International har minst 500 personer avrättats i Iran i år.",
        [(K, 500, None, "Amnesty")],
    ),
    (
        "Human Rights Watch har dokumenterat 45 civila dödsoffer.",
        [(K, 45, 45, "Human Rights Watch")],
    ),
    (
        "Enligt Uppsala Conflict Data Program dödades omkring 120 000 människor i väpnade konflikter under 2023.",
        [(K, 120000, 120000, "Uppsala Conflict Data Program")],
    ),
    ("Kriget har krävt hundratusentals liv.", [(K, 200000, None, None)]),
    ("Över 30 personer har dödats i två separata attacker.", [(K, 31, None, None)]),
    ("Tre tonåringar sköts ihjäl och en fjärde skadades.", [(K, 3, 3, None), (HU, 1, 1, None)]),
    ("Föraren och två passagerare omkom.", [(K, 3, 3, None)]),
    ("Två bröder, 16 och 19 år gamla, dödades i skottlossningen.", [(K, 2, 2, None)]),
    ("Hela familjen, fem personer, omkom i branden.", [(K, 5, 5, None)]),
    ("Ett barn och två vuxna skadades lindrigt.", [(HU, 3, 3, None)]),
    ("Dödssiffran reviderades ned till 38.", [(K, 38, 38, None)]),
    (
        "Tidigare uppgifter talade om 50 döda, men siffran har nu justerats till 43.",
        [(K, 50, 50, None), (K, 43, 43, None)],
    ),
    (
        "Regeringen uppger att 12 personer dödades, medan oppositionen talar om över 40 döda.",
        [(K, 12, 12, "Regeringen"), (K, 41, None, "oppositionen")],
    ),
    (
        "– Jag såg minst tio döda kroppar på gatan, säger ett ögonvittne till Ekot.",
        [(B, 10, None, "ögonvittne")],
    ),
    (
        "Det var den värsta olyckan sedan 1994, då 852 människor omkom när Estonia sjönk.",
        [(K, 852, 852, None)],
    ),
    ("Sex av de 24 passagerarna omkom.", [(K, 6, 6, None)]),
    ("Sjutton av de skadade har skrivits ut från sjukhuset.", [(HU, 17, 17, None)]),
    ("Räddningstjänsten ryckte ut med sju enheter och 40 brandmän.", []),
    ("Flygplanet störtade från 10 000 meters höjd.", []),
    ("Han sköts med fem skott.", []),
    ("Tre av fyra svenskar tror att våldet ökar.", []),
]

# A fifth batch, written before running it: combined dead and hurt, relative clauses, dashes and
# brackets, bare counts after active verbs, displaced and recovered in other words.
SENTENCES_5: list[tuple[str, list[tuple[str, int | None, int | None, str | None]]]] = [
    ("Över 200 döda och skadade har förts till sjukhusen i staden.", [(KI, 201, None, None)]),
    ("Attacken lämnade ett 30-tal döda eller sårade.", [(KI, 30, 30, None)]),
    ("Bombningen dödade 12 och skadade 30.", [(K, 12, 12, None), (HU, 30, 30, None)]),
    (
        "Det var en attack som dödade minst 40 personer och skadade dussintals.",
        [(K, 40, None, None), (HU, 24, None, None)],
    ),
    ("I attacken, där sju personer dödades, användes en lastbil.", [(K, 7, 7, None)]),
    ("Det bekräftade dödstalet är fem.", [(K, 5, 5, None)]),
    (
        "Minst 21 människor – däribland tre barn – dödades i attacken.",
        [(K, 21, None, None), (K, 3, 3, None)],
    ),
    ("Attacken mot sjukhuset (14 döda) fördömdes av FN.", [(K, 14, 14, None)]),
    ("Civila offer: 130 döda och 250 skadade.", [(K, 130, 130, None), (HU, 250, 250, None)]),
    ("Med 24 döda är det årets dödligaste attack.", [(K, 24, 24, None)]),
    ("Sammanlagt 2,3 miljoner internflyktingar finns i landet.", [(D, 2300000, 2300000, None)]),
    ("Omkring 600 000 människor har flytt till grannländerna.", [(D, 600000, 600000, None)]),
    ("Över 30 000 människor har lämnat sina hem i regionen.", [(D, 30001, None, None)]),
    ("Räddningsmanskap har dragit upp 19 lik ur floden.", [(B, 19, 19, None)]),
    ("Kvarlevorna efter minst 60 personer har grävts fram.", [(B, 60, None, None)]),
    ("Sedan i söndags har ytterligare 11 kroppar påträffats.", [(B, 11, 11, None)]),
    ("Totalt har 30 martyrer begravts i byn.", [(K, 30, 30, None)]),
    (
        "Bland de dödade fanns 16 soldater och fem poliser, inklusive en polischef.",
        [(K, 16, 16, None), (K, 5, 5, None)],
    ),
    (
        "Minst 15 personer har dödats i de senaste dagarnas strider, bland annat fyra barn.",
        [(K, 15, None, None), (K, 4, 4, None)],
    ),
    ("Han var en av minst 34 personer som dödades i attacken.", [(K, 34, None, None)]),
    ("Hittills har räddningstjänsten räknat till 18 döda.", [(K, 18, 18, "räddningstjänsten")]),
    (
        "Åtta döda i ny attack mot flyktingläger – sju av dem barn.",
        [(K, 8, 8, None), (K, 7, 7, None)],
    ),
    (
        "Nästan 700 palestinier dödade i Gaza under ett dygn, uppger hälsoministeriet.",
        [(K, 700, 700, "hälsoministeriet")],
    ),
    ("Fem skadade efter knivattack i Stockholm.", [(HU, 5, 5, None)]),
    (
        "Minst 70 döda i jordbävning i Turkiet – hundratals skadade.",
        [(K, 70, None, None), (HU, 200, None, None)],
    ),
    ("Sju dödsskjutna i helgen – polisen höjer beredskapen.", [(K, 7, 7, None)]),
    (
        "Ytterligare 250 människor räknas som saknade efter tsunamin, enligt det indonesiska katastrofverket.",
        [(M, 250, 250, "katastrofverket")],
    ),
    ("Mer än 4 000 människor har blivit hemlösa.", [(D, 4001, None, None)]),
]

# A sixth batch, written before running it: tolls broken down by place or day with the verb left
# out, and several figures in one long sentence.
SENTENCES_6: list[tuple[str, list[tuple[str, int | None, int | None, str | None]]]] = [
    (
        "Fem personer dödades i Charkiv, tre i Dnipro och två i Odessa.",
        [(K, 5, 5, None), (K, 3, 3, None), (K, 2, 2, None)],
    ),
    (
        "På måndagen dödades 12 personer och på tisdagen ytterligare 15.",
        [(K, 12, 12, None), (K, 15, 15, None)],
    ),
    (
        "I Gaza har minst 120 personer dödats och i Libanon ett trettiotal.",
        [(K, 120, None, None), (K, 30, 30, None)],
    ),
    (
        "Sju personer skadades i Kiev, varav två i Obolon-distriktet.",
        [(HU, 7, 7, None), (HU, 2, 2, None)],
    ),
    (
        "Tre dödades och elva skadades i Sumy, medan en person dödades i Cherson.",
        [(K, 3, 3, None), (HU, 11, 11, None), (K, 1, 1, None)],
    ),
    (
        "Enligt FN har 6 000 civila dödats och 11 000 skadats sedan invasionen inleddes i februari 2022.",
        [(K, 6000, 6000, "FN"), (HU, 11000, 11000, "FN")],
    ),
    (
        "Av de 45 dödade var 30 män, tio kvinnor och fem barn.",
        [(K, 45, 45, None), (K, 30, 30, None), (K, 10, 10, None), (K, 5, 5, None)],
    ),
    (
        "Omkring 90 personer dödades och drygt 200 skadades när två självmordsbombare sprängde sig vid flygplatsen.",
        [(K, 90, 90, None), (HU, 201, None, None)],
    ),
    (
        "Den ryska attacken på söndagsmorgonen dödade 34 personer, bland dem två barn, och skadade 117.",
        [(K, 34, 34, None), (K, 2, 2, None), (HU, 117, 117, None)],
    ),
    (
        "Antalet dödade palestinier på Västbanken har sedan den 7 oktober stigit till 500.",
        [(K, 500, 500, None)],
    ),
]

# A seventh batch, written before running it: headline present tenses, hedged deaths ("tros ha",
# "kan ha", "misstänks ha"), tolls raised "till över hundra", and blog and aggregator registers.
SENTENCES_7: list[tuple[str, list[tuple[str, int | None, int | None, str | None]]]] = [
    ("Bilbomb dödar minst 25 i Mogadishu", [(K, 25, None, None)]),
    ("Jordskalv skadar hundratals i östra Turkiet", [(HU, 200, None, None)]),
    ("Flodvåg dödar tusentals – hundratals saknas", [(K, 2000, None, None), (M, 200, None, None)]),
    ("Omkring 200 civila tros ha dödats i räden.", [(K, 200, 200, None)]),
    (
        "Så många som 40 personer kan ha dött under attacken, enligt flera bybor.",
        [(K, None, 40, "bybor")],
    ),
    ("Minst tio personer misstänks ha omkommit i skredet.", [(K, 10, None, None)]),
    (
        "Det höjer dödssiffran från de senaste dagarnas oroligheter till över hundra.",
        [(K, 101, None, None)],
    ),
    (
        "Koalitionens flygräder har oavsiktligen dödat minst 352 civila sedan offensiven inleddes.",
        [(K, 352, None, None)],
    ),
    ("Terroristerna mejade ner ett fyrtiotal människor på marknaden.", [(K, 40, 40, None)]),
    ("Sex personer sprängdes ihjäl när bilbomben detonerade.", [(K, 6, 6, None)]),
    ("Fler dödsoffer befaras finnas under rasmassorna.", []),
    (
        "Tidigare i veckan dödades ett 20-tal personer i en liknande attack i samma provins.",
        [(K, 20, 20, None)],
    ),
    (
        "Dödssiffran efter tisdagens attack har stigit till 81, meddelar landets inrikesminister.",
        [(K, 81, 81, "inrikesminister")],
    ),
    ("Britter, tyskar och svenskar finns bland de 39 döda turisterna.", [(K, 39, 39, None)]),
    ("Över hundra personer har dött i kolerautbrottet, enligt WHO.", [(K, 101, None, "WHO")]),
    ("Närmare hundra människor har skadats i oroligheterna.", [(HU, 100, 100, None)]),
    ("Elva av de döda var barn under 15 år.", [(K, 11, 11, None)]),
    (
        "I helgen omkom ytterligare tre migranter i Medelhavet, vilket innebär att över 1 800 har dött där i år.",
        [(K, 3, 3, None), (K, 1801, None, None)],
    ),
    ("Attackerna har hittills i år krävt över 600 liv.", [(K, 601, None, None)]),
    ("Rebellerna hävdar att de dödat 45 regeringssoldater.", [(K, 45, 45, "Rebellerna")]),
]
