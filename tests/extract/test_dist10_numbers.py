"""Numbers in conflict and disaster reporting that count no casualties, beside real tolls in
the same paragraph (branch dist10): ages and age lists, troops, police and firefighters sent,
prisoners, hostages, arrests, munitions and drones, homes and vehicles, aid trucks and tonnes,
money, votes, seats, percentages, articles, resolutions, brigades and divisions, roads and
flights, distances, truces, clock times, anniversaries of earlier attacks (whose tolls are
claims), populations, hospital beds, survivors, rescued and evacuated people, counts of attacks,
countries, scores and team sizes; in English, German, Spanish and French.

Every paragraph is our own, written and labelled before the extractor ran on it; places are
left out and the events and figures made up. Each case lists every casualty claim expected as
(measure, low, high); the other numbers must not become one."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extract.number_paragraphs import Expected, casualty_claims, params

# (language, paragraph, expected casualty claims)
CASES: list[tuple[str, str, list[Expected]]] = [
    (
        "en",
        "Gunmen killed 14 villagers, most of them aged between 18 and 25, in an overnight raid, local officials said.",
        [("killed", 14, 14)],
    ),
    (
        "en",
        "The victims, aged 19 to 63, were buried on Friday. At least 9 people died when the bus was hit.",
        [("killed", 9, None)],
    ),
    (
        "en",
        "About 300 soldiers were deployed to the district after the ambush that killed 11 police officers.",
        [("killed", 11, 11)],
    ),
    (
        "en",
        "Some 2,000 police officers were on duty for the funeral of the 6 people killed in Tuesday's bombing.",
        [("killed", 6, 6)],
    ),
    (
        "en",
        "The army said it had released 42 prisoners as part of the deal. Fighting the day before had left 5 soldiers dead.",
        [("killed", 5, 5)],
    ),
    (
        "en",
        "Militants are still holding 23 hostages, a week after the assault on the hotel in which 17 guests were killed.",
        [("killed", 17, 17)],
    ),
    (
        "en",
        "Police arrested 37 suspects in connection with the attack, which wounded 28 people.",
        [("injured", 28, 28)],
    ),
    (
        "en",
        "Eight suspects were detained overnight, the interior ministry said, after a bomb injured 12 worshippers.",
        [("injured", 12, 12)],
    ),
    (
        "en",
        "The military said 45 rockets were fired from the north, 30 of which were intercepted. Two people were lightly wounded.",
        [("injured", 2, 2)],
    ),
    (
        "en",
        "Russia launched 112 drones and 14 missiles overnight; air defence downed 98 drones. A 54-year-old man was killed in the capital.",
        [("killed", 1, 1)],
    ),
    (
        "en",
        "More than 150 homes were destroyed and 40 vehicles burned in the floods, which killed at least 19 people.",
        [("killed", 19, None)],
    ),
    (
        "en",
        "A convoy of 60 aid trucks carrying 1,200 tonnes of flour entered the city on Sunday, where shelling killed 33 people last month.",
        [("killed", 33, 33)],
    ),
    (
        "en",
        "The government pledged $25 million in compensation for the families of the 48 people killed in the blast.",
        [("killed", 48, 48)],
    ),
    (
        "en",
        "Parliament approved the extension by 214 votes to 87, a day after a suicide bomber killed 9 people at a checkpoint.",
        [("killed", 9, 9)],
    ),
    (
        "en",
        "The ruling party won 61 of the 120 seats. Post-election violence has killed 13 people, according to a rights group.",
        [("killed", 13, 13)],
    ),
    (
        "en",
        "Turnout was 48 percent. Clashes at polling stations left 4 dead and 22 injured, police said.",
        [("killed", 4, 4), ("injured", 22, 22)],
    ),
    (
        "en",
        "The Security Council invoked Resolution 2401, which demanded a 30-day truce, after strikes killed more than 500 civilians in the enclave.",
        [("killed", 501, None)],
    ),
    (
        "en",
        "The 47th Mechanised Brigade said it had repelled 12 assaults in the past 24 hours. Two of its soldiers were killed.",
        [("killed", 2, 2)],
    ),
    (
        "en",
        "Flight 752 crashed shortly after take-off, killing all 176 people on board.",
        [("killed", 176, 176)],
    ),
    (
        "en",
        "The explosion happened on Route 1, 35 kilometres south of the capital, and killed 7 soldiers.",
        [("killed", 7, 7)],
    ),
    (
        "en",
        "A 72-hour ceasefire began at 8 a.m. on Tuesday; by then the fighting had killed 212 people in two weeks.",
        [("killed", 212, 212)],
    ),
    (
        "en",
        "The strike hit at around 2:30 p.m., when the market was busy. Medics said 16 people were killed and 40 wounded.",
        [("killed", 16, 16), ("injured", 40, 40)],
    ),
    (
        "en",
        "Ten years after the attack that killed 30 people in the square, survivors gathered for a memorial.",
        [("killed", 30, 30)],
    ),
    (
        "en",
        "The 2015 bombing, which killed 102 people at a peace rally, remains the deadliest in the country's history.",
        [("killed", 102, 102)],
    ),
    (
        "en",
        "The town, home to about 40,000 people, has been shelled daily. At least 3 residents died on Monday.",
        [("killed", 3, None)],
    ),
    (
        "en",
        "The district hospital has only 120 beds and has received 85 wounded since Saturday, its director said.",
        [("injured", 85, 85)],
    ),
    (
        "en",
        "Rescuers pulled 14 survivors from the rubble; the death toll rose to 63.",
        [("killed", 63, 63)],
    ),
    (
        "en",
        "Some 1,200 people were evacuated from the village after the landslide, which buried 8 houses and killed 5 people.",
        [("killed", 5, 5)],
    ),
    (
        "en",
        "The coast guard rescued 230 migrants; 12 bodies were recovered from the water.",
        [("bodies_recovered", 12, 12)],
    ),
    (
        "en",
        "The war has killed an estimated 150,000 people since 2014; in this week's strike, 7 children died.",
        [("killed", 150000, 150000), ("killed", 7, 7)],
    ),
    (
        "en",
        "Police recorded 317 attacks in the province last year, up from 240; in the latest, 2 farmers were shot dead.",
        [("killed", 2, 2)],
    ),
    (
        "en",
        "Airstrikes hit 26 targets overnight, the military said. Local health officials said 19 people were killed.",
        [("killed", 19, 19)],
    ),
    (
        "en",
        "Delegations from 35 countries attended the conference on the war, which has displaced 1.2 million people.",
        [("displaced", 1200000, 1200000)],
    ),
    (
        "en",
        "The match ended 2-1. After the final whistle, fans clashed with police and 15 people were hurt.",
        [("injured", 15, 15)],
    ),
    (
        "en",
        "He was charged under Article 302 of the penal code over the deaths of 4 protesters.",
        [("killed", 4, 4)],
    ),
    (
        "en",
        "Pages 14 to 17 of the report describe the raid in which 9 men were executed.",
        [("killed", 9, 9)],
    ),
    (
        "en",
        "The 3rd Infantry Division and 2 battalions of marines moved into the city, where 27 civilians had been killed the week before.",
        [("killed", 27, 27)],
    ),
    (
        "en",
        "Gunmen stormed the school and took 40 students hostage; 3 teachers were killed.",
        [("killed", 3, 3)],
    ),
    (
        "en",
        "The rebels freed 18 hostages on Sunday, including 4 foreigners, after 6 months in captivity.",
        [],
    ),
    (
        "en",
        "Around 500 firefighters and 30 helicopters are battling the blazes, which have killed 11 people and destroyed 1,300 homes.",
        [("killed", 11, 11)],
    ),
    (
        "en",
        "The 5.8-magnitude quake struck at a depth of 10 km at 3:12 a.m. At least 41 people were killed and more than 200 injured.",
        [("killed", 41, None), ("injured", 201, None)],
    ),
    (
        "en",
        "Temperatures reached 48 degrees Celsius; the heatwave has claimed 37 lives in the region.",
        [("killed", 37, 37)],
    ),
    (
        "en",
        "The UN said 2.3 million people need food aid and that 60 percent of those hurt in recent weeks were women. The latest attack killed 14.",
        [("killed", 14, 14)],
    ),
    (
        "en",
        "Of the 1,500 residents of the camp, 300 are children under 5. Two children died in the fire on Saturday night.",
        [("killed", 2, 2)],
    ),
    (
        "en",
        "The gunman, 22, opened fire with a rifle holding 30 rounds, killing 8 people and wounding 14 before he was shot by police.",
        [("killed", 8, 8), ("injured", 14, 14)],
    ),
    (
        "en",
        "Some 4,000 troops are stationed at the base, which was hit by 3 ballistic missiles; 11 service members were wounded.",
        [("injured", 11, 11)],
    ),
    (
        "en",
        "The bridge, 300 metres long, collapsed at 7 p.m., sending 9 cars into the river. Five bodies have been recovered and 6 people are missing.",
        [("bodies_recovered", 5, 5), ("missing", 6, 6)],
    ),
    (
        "en",
        "The government declared 3 days of national mourning for the 21 miners killed in the blast.",
        [("killed", 21, 21)],
    ),
    (
        "en",
        "A 12-member team from the Red Cross visited the prison, where 2 inmates had died in custody in March.",
        [("killed", 2, 2)],
    ),
    (
        "en",
        "Sixty-four prisoners escaped during the attack, in which 4 guards were killed.",
        [("killed", 4, 4)],
    ),
    (
        "en",
        "The army said it had killed 25 militants in operations over 48 hours, and arrested 19 others.",
        [("killed", 25, 25)],
    ),
    (
        "en",
        "Officials said about 1,200 people were killed in the attack on the 7th and 251 were taken hostage.",
        [("killed", 1200, 1200)],
    ),
    (
        "en",
        "Aid agencies have set up 14 clinics and distributed 8,000 tents to the 45,000 people displaced by the fighting.",
        [("displaced", 45000, 45000)],
    ),
    (
        "en",
        "The curfew runs from 9 p.m. to 6 a.m. for the next 14 days, after riots that killed 3 people.",
        [("killed", 3, 3)],
    ),
    (
        "en",
        "The 2-year-old girl was among 6 children killed when the shell hit the house.",
        [("killed", 6, 6)],
    ),
    ("en", "The brothers, 14 and 16, were shot dead at a checkpoint on Highway 60.", []),
    ("en", "Three of the 7 crew members survived the crash; the other 4 died.", [("killed", 4, 4)]),
    (
        "en",
        "The ministry said 1 in 3 of the wounded were children, and that 90 of its 400 ambulances were out of service.",
        [],
    ),
    (
        "en",
        "Officials counted 112 craters in the village, where 9 bodies were found in a well.",
        [("bodies_recovered", 9, 9)],
    ),
    (
        "en",
        "Since the 2019 uprising, 1,500 protesters have been arrested and 300 have been killed, the committee said.",
        [("killed", 300, 300)],
    ),
    (
        "en",
        "The 24-year-old soldier was one of 3 killed when their vehicle struck a mine near kilometre 42.",
        [("killed", 3, 3)],
    ),
    (
        "en",
        "M23 rebels killed at least 20 civilians in an attack on the camp, the army said.",
        [("killed", 20, None)],
    ),
    (
        "en",
        "Two F-16 jets and an MQ-9 drone took part in the strike, which killed 6 people.",
        [("killed", 6, 6)],
    ),
    (
        "en",
        "Gunmen armed with AK-47 rifles killed 9 worshippers during evening prayers.",
        [("killed", 9, 9)],
    ),
    ("en", "The G7 leaders condemned the strike, in which 23 people died.", [("killed", 23, 23)]),
    (
        "en",
        "Police said 250 officers searched the forest for the 2 gunmen who shot dead 5 hikers on Sunday.",
        [("killed", 5, 5)],
    ),
    (
        "en",
        "The blast shattered windows up to 2 km away, injuring 70 people.",
        [("injured", 70, 70)],
    ),
    (
        "en",
        "Witnesses said about 50 armed men on 20 motorcycles attacked the market, killing 16 traders.",
        [("killed", 16, 16)],
    ),
    (
        "de",
        "Gegen 14.30 Uhr explodierte der Sprengsatz auf dem Marktplatz. Mindestens 12 Menschen wurden getötet.",
        [("killed", 12, None)],
    ),
    (
        "de",
        "Rund 500 Einsatzkräfte von Feuerwehr und Polizei waren vor Ort; 3 Menschen starben, 17 wurden verletzt.",
        [("killed", 3, 3), ("injured", 17, 17)],
    ),
    (
        "de",
        "Die Polizei meldete mehr als 20 Festnahmen. Bei den Krawallen waren zuvor 8 Beamte verletzt worden.",
        [("injured", 8, 8)],
    ),
    (
        "de",
        "Der Tatverdächtige, Jahrgang 1985, soll 4 Menschen erschossen haben.",
        [("killed", 4, 4)],
    ),
    (
        "de",
        "Die 3. Panzerdivision rückte in die Stadt ein, in der am Vortag 27 Zivilisten getötet worden waren.",
        [("killed", 27, 27)],
    ),
    (
        "de",
        "Die Opfer waren zwischen 18 und 25 Jahre alt. Insgesamt kamen 9 junge Menschen ums Leben.",
        [("killed", 9, 9)],
    ),
    (
        "de",
        "Unter den 6 Toten sind zwei Kinder im Alter von 5 und 7 Jahren.",
        [("killed", 6, 6), ("killed", 2, 2)],
    ),
    (
        "de",
        "Russland griff in der Nacht mit 87 Drohnen und 6 Raketen an; die Luftabwehr schoss 71 Drohnen ab. In der Stadt wurden 4 Menschen verletzt.",
        [("injured", 4, 4)],
    ),
    (
        "de",
        "Die Miliz hält noch 59 Geiseln fest. Bei Luftangriffen starben am Dienstag 40 Menschen.",
        [("killed", 40, 40)],
    ),
    (
        "de",
        "Im Rahmen des Austauschs wurden 90 Gefangene freigelassen. Bei den Kämpfen zuvor waren 14 Soldaten gefallen.",
        [("killed", 14, 14)],
    ),
    (
        "de",
        "Das Hilfswerk schickte 40 Lastwagen mit 800 Tonnen Lebensmitteln in die Region, wo Hunderte Menschen verletzt worden sind.",
        [("injured", 200, None)],
    ),
    (
        "de",
        "Mehr als 1.200 Häuser wurden zerstört, rund 300 Fahrzeuge beschädigt. Das Hochwasser forderte mindestens 31 Todesopfer.",
        [("killed", 31, None)],
    ),
    (
        "de",
        "Die Bundesregierung stellt 15 Millionen Euro Soforthilfe bereit. Das Erdbeben hat nach jüngsten Angaben 2.400 Menschenleben gefordert.",
        [("killed", 2400, 2400)],
    ),
    (
        "de",
        "Der Bundestag stimmte mit 512 zu 98 Stimmen für den Einsatz von bis zu 1.000 Soldaten. Bei dem Anschlag in der Hauptstadt waren 13 Soldaten getötet worden.",
        [("killed", 13, 13)],
    ),
    (
        "de",
        "Die Partei erhielt 23,4 Prozent und 17 Sitze. Bei Ausschreitungen nach der Wahl starben 5 Menschen.",
        [("killed", 5, 5)],
    ),
    (
        "de",
        "Der Sicherheitsrat verabschiedete die Resolution 2417. Seit Beginn der Offensive sind laut UN mehr als 100 Kinder getötet worden.",
        [("killed", 101, None)],
    ),
    (
        "de",
        "Auf der A7 zwischen Kilometer 12 und 15 kam es zu einer Massenkarambolage mit 40 Fahrzeugen; 2 Menschen starben.",
        [("killed", 2, 2)],
    ),
    (
        "de",
        "Die 72-stündige Waffenruhe begann um 8 Uhr. In den zwei Wochen zuvor waren über 200 Menschen getötet worden.",
        [("killed", 201, None)],
    ),
    (
        "de",
        "Zehn Jahre nach dem Anschlag, bei dem 12 Menschen starben, erinnerte die Stadt an die Opfer.",
        [("killed", 12, 12)],
    ),
    (
        "de",
        "Der Ort mit seinen knapp 8.000 Einwohnern wird seit Wochen beschossen. Am Montag kamen 2 Bewohner ums Leben.",
        [("killed", 2, 2)],
    ),
    (
        "de",
        "Das Krankenhaus verfügt über 250 Betten und hat seit Samstag 60 Verletzte aufgenommen.",
        [("injured", 60, 60)],
    ),
    (
        "de",
        "Rettungskräfte bargen 11 Überlebende aus den Trümmern; die Zahl der Toten stieg auf 48.",
        [("killed", 48, 48)],
    ),
    (
        "de",
        "Rund 3.000 Menschen wurden aus dem Gebiet evakuiert. Der Erdrutsch verschüttete 12 Häuser und tötete 7 Menschen.",
        [("killed", 7, 7)],
    ),
    (
        "de",
        "Die Polizei zählte im vergangenen Jahr 412 Angriffe auf Flüchtlingsunterkünfte; dabei wurden 57 Menschen verletzt.",
        [("injured", 57, 57)],
    ),
    (
        "de",
        "Vertreter aus 40 Staaten nahmen an der Konferenz teil. Der Krieg hat bislang mehr als 4 Millionen Menschen vertrieben.",
        [("displaced", 4000001, None)],
    ),
    (
        "de",
        "Das Spiel endete 3:1. Nach dem Abpfiff gingen Fans aufeinander los, 25 Personen wurden verletzt.",
        [("injured", 25, 25)],
    ),
    (
        "de",
        "Der Angeklagte muss sich nach Paragraf 211 wegen Mordes an 3 Menschen verantworten.",
        [("killed", 3, 3)],
    ),
    (
        "de",
        "Bei dem Angriff auf das 2. Bataillon wurden 6 Soldaten getötet und 11 verwundet.",
        [("killed", 6, 6), ("injured", 11, 11)],
    ),
    (
        "de",
        "Flug 417 stürzte kurz nach dem Start ab; alle 132 Insassen kamen ums Leben.",
        [("killed", 132, 132)],
    ),
    (
        "de",
        "Das Feuer brach gegen 3 Uhr morgens in dem sechsstöckigen Gebäude aus. 9 Bewohner starben, 30 konnten gerettet werden.",
        [("killed", 9, 9)],
    ),
    (
        "de",
        "Seit 2011 wurden in dem Konflikt nach Schätzungen 500.000 Menschen getötet; allein am Wochenende starben 23 Zivilisten.",
        [("killed", 500000, 500000), ("killed", 23, 23)],
    ),
    (
        "de",
        "Etwa 150 Bewaffnete griffen das Dorf an und töteten 17 Bewohner.",
        [("killed", 17, 17)],
    ),
    (
        "de",
        "Die Armee entsandte 2.000 zusätzliche Soldaten in die Provinz, nachdem Rebellen 11 Polizisten getötet hatten.",
        [("killed", 11, 11)],
    ),
    (
        "de",
        "Die Küstenwache rettete 180 Migranten, 14 Leichen wurden geborgen.",
        [("bodies_recovered", 14, 14)],
    ),
    (
        "de",
        "Der 19-Jährige wurde am Mittwoch festgenommen. Bei der Messerattacke waren 3 Menschen verletzt worden.",
        [("injured", 3, 3)],
    ),
    (
        "de",
        "Um 23.45 Uhr heulten die Sirenen, wenige Minuten später schlugen 2 Raketen ein. Ein Mensch wurde getötet, 8 wurden verletzt.",
        [("killed", 1, 1), ("injured", 8, 8)],
    ),
    (
        "de",
        "Die Regierung rief eine dreitägige Staatstrauer für die 21 Toten aus.",
        [("killed", 21, 21)],
    ),
    (
        "de",
        "Nach Angaben der Vereinten Nationen sind 80 Prozent der 2,1 Millionen Einwohner auf Hilfe angewiesen; bei dem Angriff auf die Schule wurden 15 Menschen getötet.",
        [("killed", 15, 15)],
    ),
    (
        "de",
        "Die Ermittler werteten mehr als 300 Stunden Videomaterial aus. Bei dem Amoklauf 2016 waren 9 Menschen ums Leben gekommen.",
        [("killed", 9, 9)],
    ),
    (
        "de",
        "Rund 70 Bewohner konnten das Haus rechtzeitig verlassen; 4 Feuerwehrleute wurden schwer verletzt.",
        [("injured", 4, 4)],
    ),
    (
        "de",
        "Der Konvoi aus 25 Fahrzeugen wurde auf der Straße 6 angegriffen. 5 Helfer starben.",
        [("killed", 5, 5)],
    ),
    (
        "de",
        "Die Polizei nahm 14 Verdächtige fest, darunter 3 Minderjährige. Bei dem Überfall war ein Wachmann getötet worden.",
        [("killed", 1, 1)],
    ),
    (
        "de",
        "Mehr als 400 Soldaten der 10. Gebirgsdivision sind seit dem 3. März im Einsatz; bei Gefechten starben 8 Aufständische.",
        [("killed", 8, 8)],
    ),
    ("de", "Die Verletzten, darunter ein 41-jähriger Mann, sind zwischen 8 und 70 Jahre alt.", []),
    (
        "es",
        "Unos 300 militares fueron desplegados en la zona tras la emboscada en la que murieron 9 policías.",
        [("killed", 9, 9)],
    ),
    (
        "es",
        "Las víctimas tenían entre 18 y 25 años. En total, 7 jóvenes fueron asesinados a tiros.",
        [("killed", 7, 7)],
    ),
    (
        "es",
        "La policía detuvo a 23 sospechosos. El ataque dejó 4 muertos y 16 heridos.",
        [("killed", 4, 4), ("injured", 16, 16)],
    ),
    (
        "es",
        "Hacia las 14.30 horas estalló el coche bomba; al menos 11 personas murieron.",
        [("killed", 11, None)],
    ),
    ("es", "El Ejército liberó a 35 rehenes y abatió a 6 secuestradores.", [("killed", 6, 6)]),
    (
        "es",
        "Se destruyeron más de 400 viviendas y 80 vehículos. Las inundaciones causaron la muerte de 22 personas.",
        [("killed", 22, 22)],
    ),
    (
        "es",
        "El hospital, con 90 camas, ha atendido a 130 heridos desde el sábado.",
        [("injured", 130, 130)],
    ),
    (
        "es",
        "Diez años después de la masacre en la que murieron 45 campesinos, los sobrevivientes siguen esperando justicia.",
        [("killed", 45, 45)],
    ),
    (
        "es",
        "Los rescatistas sacaron con vida a 12 personas de los escombros; la cifra de muertos asciende a 58.",
        [("killed", 58, 58)],
    ),
    (
        "es",
        "Unas 2.000 personas fueron evacuadas; el derrumbe sepultó 15 casas y mató a 5 personas.",
        [("killed", 5, 5)],
    ),
    (
        "es",
        "La Fiscalía abrió 312 carpetas de investigación el año pasado, un 14 por ciento más; el fin de semana, 8 personas fueron asesinadas.",
        [("killed", 8, 8)],
    ),
    (
        "es",
        "Un convoy de 40 camiones con 600 toneladas de ayuda llegó a la ciudad, donde los bombardeos mataron a 19 civiles la semana pasada.",
        [("killed", 19, 19)],
    ),
    (
        "es",
        "Hacia las 6.30 horas cayeron 3 cohetes en el barrio; 2 personas resultaron heridas.",
        [("injured", 2, 2)],
    ),
    (
        "es",
        "La Brigada 17 del Ejército informó de la muerte de 4 soldados en combates con disidentes.",
        [("killed", 4, 4)],
    ),
    (
        "es",
        "El Congreso aprobó la ley con 180 votos a favor. Durante las protestas, 12 manifestantes murieron y 300 fueron detenidos.",
        [("killed", 12, 12)],
    ),
    (
        "es",
        "Más de 500 agentes participaron en el operativo, en el que fueron abatidos 3 presuntos sicarios de entre 20 y 30 años.",
        [("killed", 3, 3)],
    ),
    (
        "fr",
        "Vers 14h30, une voiture piégée a explosé près du marché ; au moins 13 personnes ont été tuées.",
        [("killed", 13, None)],
    ),
    (
        "fr",
        "Environ 400 soldats ont été déployés après l'attaque qui a coûté la vie à 8 gendarmes.",
        [("killed", 8, 8)],
    ),
    (
        "fr",
        "Les victimes étaient âgées de 18 à 25 ans. Au total, 6 jeunes ont été abattus.",
        [("killed", 6, 6)],
    ),
    (
        "fr",
        "La police a procédé à 27 interpellations. Les heurts ont fait 3 morts et 45 blessés.",
        [("killed", 3, 3), ("injured", 45, 45)],
    ),
    (
        "fr",
        "Le groupe armé détient toujours 17 otages, une semaine après l'assaut qui a fait 21 morts.",
        [("killed", 21, 21)],
    ),
    (
        "fr",
        "Plus de 600 maisons ont été détruites et 1 500 personnes évacuées. Le cyclone a fait au moins 14 morts.",
        [("killed", 14, None)],
    ),
    (
        "fr",
        "L'hôpital, qui compte 150 lits, a accueilli 70 blessés depuis samedi.",
        [("injured", 70, 70)],
    ),
    (
        "fr",
        "Dix ans après l'attentat qui avait fait 41 morts, les familles se sont réunies devant la gare.",
        [("killed", 41, 41)],
    ),
    (
        "fr",
        "Les secouristes ont sorti 9 survivants des décombres ; le bilan s'élève désormais à 37 morts.",
        [("killed", 37, 37)],
    ),
    (
        "fr",
        "Le Conseil de sécurité a adopté la résolution 2719 par 13 voix pour. Les frappes ont tué plus de 50 civils cette semaine.",
        [("killed", 51, None)],
    ),
    (
        "fr",
        "La 2e brigade blindée a été envoyée dans la région, où 11 civils ont été tués lundi.",
        [("killed", 11, 11)],
    ),
    (
        "fr",
        "L'armée affirme avoir tué 40 terroristes et interpellé 12 suspects.",
        [("killed", 40, 40)],
    ),
    (
        "fr",
        "Le convoi de 30 camions transportant 500 tonnes de vivres a été attaqué à 60 kilomètres de la ville ; 2 chauffeurs ont été tués.",
        [("killed", 2, 2)],
    ),
    (
        "fr",
        "L'ONG a recensé 230 incidents de sécurité en 2023, dont l'un a coûté la vie à 5 humanitaires.",
        [("killed", 5, 5)],
    ),
    (
        "fr",
        "Le match s'est terminé sur le score de 2-0 ; des affrontements ont ensuite fait 12 blessés.",
        [("injured", 12, 12)],
    ),
    (
        "fr",
        "Quelque 3 000 personnes ont manifesté samedi, une semaine après la mort de 4 jeunes âgés de 17 à 22 ans.",
        [("killed", 4, 4)],
    ),
]

# a second batch, written after the first was run: parts of a whole, ages in lists
CASES += [
    (
        "en",
        "Some 300 workers, 12 of whom were injured, were evacuated from the plant.",
        [("injured", 12, 12)],
    ),
    (
        "en",
        "About 60 people, 8 of them children, were rescued after the building collapsed, which killed 3.",
        [("killed", 3, 3)],
    ),
    (
        "en",
        "The 19-year-old gunman, who killed 10 people at a supermarket, was sentenced to life.",
        [("killed", 10, 10)],
    ),
    (
        "en",
        "Of the 45 passengers on the bus, 9 were killed and 20 injured.",
        [("killed", 9, 9), ("injured", 20, 20)],
    ),
    (
        "en",
        "Nearly 70 aftershocks followed the quake, which killed 15 people.",
        [("killed", 15, 15)],
    ),
    (
        "en",
        "Troops from 6 nations, around 9,000 in all, patrol the zone where 4 peacekeepers died last year.",
        [("killed", 4, 4)],
    ),
    ("en", "In 1994, some 800,000 people were killed in 100 days.", [("killed", 800000, 800000)]),
    (
        "en",
        "Protesters, mostly aged 18 to 30, clashed with 2,000 riot police; 6 were wounded.",
        [("injured", 6, 6)],
    ),
    (
        "en",
        "The militia, which has around 5,000 fighters, said 12 of its members had been killed.",
        [("killed", 12, 12)],
    ),
    (
        "en",
        "Health officials said the hospital, which had 300 beds, now treats 600 patients, and 40 of them are wounded children.",
        [("injured", 40, 40)],
    ),
    (
        "en",
        "Three days after the blast, which killed 48, 20 people are still missing and 2 bodies were found on Friday.",
        [("killed", 48, 48), ("missing", 20, 20), ("bodies_recovered", 2, 2)],
    ),
    (
        "en",
        "The two sides exchanged 90 prisoners each; the war has killed more than 10,000 soldiers on both sides.",
        [("killed", 10001, None)],
    ),
    (
        "en",
        "Police said 12 officers were among the 30 people injured.",
        [("injured", 12, 12), ("injured", 30, 30)],
    ),
    (
        "en",
        "The family of 7 lived on the second floor; the strike killed the parents and 3 of the children.",
        [("killed", 3, 3)],
    ),
    (
        "de",
        "Rund 300 Arbeiter, von denen 12 verletzt wurden, mussten das Werk verlassen.",
        [("injured", 12, 12)],
    ),
    (
        "de",
        "Der 19-jährige Attentäter, der 10 Menschen tötete, wurde zu lebenslanger Haft verurteilt.",
        [("killed", 10, 10)],
    ),
    (
        "de",
        "Von den 45 Insassen des Busses starben 9, 20 wurden verletzt.",
        [("killed", 9, 9), ("injured", 20, 20)],
    ),
    ("de", "Fast 70 Nachbeben folgten dem Erdbeben, das 15 Menschen tötete.", [("killed", 15, 15)]),
    (
        "de",
        "Etwa 2.000 Polizisten waren im Einsatz; 6 Demonstranten wurden verletzt.",
        [("injured", 6, 6)],
    ),
    (
        "de",
        "Die Miliz, die rund 5.000 Kämpfer zählt, erklärte, 12 ihrer Mitglieder seien getötet worden.",
        [("killed", 12, 12)],
    ),
    (
        "de",
        "Drei Tage nach der Explosion, bei der 48 Menschen starben, werden noch 20 Menschen vermisst.",
        [("killed", 48, 48), ("missing", 20, 20)],
    ),
    (
        "de",
        "Beide Seiten tauschten je 90 Gefangene aus; der Krieg hat mehr als 10.000 Soldaten das Leben gekostet.",
        [("killed", 10001, None)],
    ),
    (
        "de",
        "Unter den 30 Verletzten sind 12 Polizisten.",
        [("injured", 30, 30), ("injured", 12, 12)],
    ),
    (
        "de",
        "Die Opfer, 19, 23 und 31 Jahre alt, stammten aus dem Dorf. 3 Menschen wurden getötet.",
        [("killed", 3, 3)],
    ),
    ("de", "Die Brüder, 14 und 16, wurden an einem Kontrollpunkt erschossen.", []),
    (
        "de",
        "Mehr als 40 Rettungswagen und 150 Sanitäter waren im Einsatz, nachdem ein Zug entgleist war; 11 Fahrgäste starben.",
        [("killed", 11, 11)],
    ),
    (
        "de",
        "Um 6.15 Uhr schlug die erste von 5 Raketen ein; 2 Menschen wurden leicht verletzt.",
        [("injured", 2, 2)],
    ),
    (
        "de",
        "Das 1. Korps meldete 14 Angriffe an der Front; dabei seien 3 Soldaten gefallen.",
        [("killed", 3, 3)],
    ),
]

CASES += [
    (
        "es",
        "Unos 500 bomberos y 30 helicópteros combaten los incendios, que han matado a 11 personas.",
        [("killed", 11, 11)],
    ),
]

# a third batch: team sizes, ratios, attackers counted, parts of a whole, earlier attacks
CASES += [
    (
        "en",
        "The 12-member delegation arrived two days after the massacre, in which 31 villagers were hacked to death.",
        [("killed", 31, 31)],
    ),
    (
        "en",
        "A 40-strong team of investigators exhumed the grave, which held the remains of 17 people.",
        [("bodies_recovered", 17, 17)],
    ),
    (
        "en",
        "The 30-year-old father of 4 was among 9 people killed when the minibus hit a mine.",
        [("killed", 9, 9)],
    ),
    (
        "en",
        "Two of the 3 suspects were arrested within 48 hours; the shooting left 5 dead.",
        [("killed", 5, 5)],
    ),
    (
        "en",
        "One in five of the 2,000 people displaced by the fighting is a child, and 14 children have been killed since June.",
        [("displaced", 2000, 2000), ("killed", 14, 14)],
    ),
    (
        "en",
        "The attackers, numbering about 200, torched 50 homes and killed at least 23 people.",
        [("killed", 23, None)],
    ),
    (
        "en",
        "Police said 3 of the 11 people arrested were minors. The riots left 2 people dead.",
        [("killed", 2, 2)],
    ),
    (
        "en",
        "Soldiers from the 82nd Airborne Division evacuated 1,500 civilians; 6 soldiers were wounded in the operation.",
        [("injured", 6, 6)],
    ),
    (
        "en",
        "The ship, carrying 450 passengers and 30 crew, capsized off the coast; 98 people drowned.",
        [("killed", 98, 98)],
    ),
    (
        "en",
        "The 2 a.m. strike flattened a 4-storey building, killing 13 members of one family.",
        [("killed", 13, 13)],
    ),
    ("en", "Each of the 7 victims, aged 6 to 71, was shot in the head.", [("killed", 7, 7)]),
    (
        "en",
        "The hospital's 40 doctors treated more than 300 wounded over the weekend.",
        [("injured", 301, None)],
    ),
    (
        "en",
        "Over 3 days, 1,200 rockets were fired; 4 people were killed and 90 wounded.",
        [("killed", 4, 4), ("injured", 90, 90)],
    ),
    (
        "en",
        "The attack came a day after 25 tanks and 1,000 troops crossed the border. At least 8 civilians died.",
        [("killed", 8, None)],
    ),
    (
        "en",
        "He served 15 years in prison for the 1998 bombing, which killed 29 people.",
        [("killed", 29, 29)],
    ),
    (
        "en",
        "Authorities offered a $10,000 reward for information on the 2 gunmen who killed 3 police officers.",
        [("killed", 3, 3)],
    ),
    ("en", "The plane, with 62 people on board, crashed at 4:15 p.m. There were no survivors.", []),
    (
        "en",
        "At least 45 people were killed, 20 of them women, in the attack on the market, which lasted 3 hours.",
        [("killed", 45, None), ("killed", 20, 20)],
    ),
    (
        "en",
        "Some 600 families, or 3,000 people, have fled; 12 people were killed in the shelling.",
        [("displaced", 3000, 3000), ("killed", 12, 12)],
    ),
    (
        "en",
        "The 1,000-bed field hospital has treated 2,400 patients since it opened; 35 of them had gunshot wounds.",
        [("injured", 35, 35)],
    ),
    (
        "de",
        "Die 12-köpfige Delegation traf zwei Tage nach dem Massaker ein, bei dem 31 Dorfbewohner getötet worden waren.",
        [("killed", 31, 31)],
    ),
    (
        "de",
        "Ein 40-köpfiges Ermittlerteam öffnete das Grab, in dem die Überreste von 17 Menschen lagen.",
        [("bodies_recovered", 17, 17)],
    ),
    ("de", "Der 30-jährige Vater von 4 Kindern war unter den 9 Todesopfern.", [("killed", 9, 9)]),
    (
        "de",
        "Zwei der 3 Verdächtigen wurden binnen 48 Stunden gefasst; bei der Schießerei starben 5 Menschen.",
        [("killed", 5, 5)],
    ),
    (
        "de",
        "Die Angreifer, etwa 200 an der Zahl, brannten 50 Häuser nieder und töteten mindestens 23 Menschen.",
        [("killed", 23, None)],
    ),
    (
        "de",
        "Das Schiff mit 450 Passagieren und 30 Besatzungsmitgliedern kenterte vor der Küste; 98 Menschen ertranken.",
        [("killed", 98, 98)],
    ),
    (
        "de",
        "Der Angriff um 2 Uhr nachts zerstörte ein vierstöckiges Gebäude; 13 Mitglieder einer Familie kamen ums Leben.",
        [("killed", 13, 13)],
    ),
    (
        "de",
        "Die 40 Ärzte des Krankenhauses behandelten am Wochenende mehr als 300 Verwundete.",
        [("injured", 301, None)],
    ),
    (
        "de",
        "Innerhalb von 3 Tagen wurden 1.200 Raketen abgefeuert; 4 Menschen starben, 90 wurden verwundet.",
        [("killed", 4, 4), ("injured", 90, 90)],
    ),
    (
        "de",
        "Er saß 15 Jahre in Haft für den Anschlag von 1998, bei dem 29 Menschen starben.",
        [("killed", 29, 29)],
    ),
    (
        "de",
        "Die Behörden setzten eine Belohnung von 10.000 Euro aus. Die beiden Täter hatten 3 Polizisten erschossen.",
        [("killed", 3, 3)],
    ),
    (
        "de",
        "Mindestens 45 Menschen wurden getötet, unter ihnen 20 Frauen. Der Angriff dauerte 3 Stunden.",
        [("killed", 45, None), ("killed", 20, 20)],
    ),
    (
        "de",
        "Etwa 600 Familien, rund 3.000 Menschen, sind geflohen; bei dem Beschuss wurden 12 Menschen getötet.",
        [("displaced", 3000, 3000), ("killed", 12, 12)],
    ),
    (
        "de",
        "Das Feldlazarett mit 1.000 Betten hat seit der Eröffnung 2.400 Patienten versorgt.",
        [],
    ),
    (
        "de",
        "Der 1. FC gewann das Derby 2:0. Bei Krawallen danach wurden 7 Polizisten verletzt.",
        [("injured", 7, 7)],
    ),
    (
        "de",
        "Die 6. Flotte verlegte 2 Zerstörer in die Region; bei dem Raketenangriff auf das Schiff waren 17 Seeleute ums Leben gekommen.",
        [("killed", 17, 17)],
    ),
    ("de", "Am 11. September 2001 starben fast 3.000 Menschen.", [("killed", 3000, 3000)]),
    (
        "de",
        "Die Täter, 17 und 19 Jahre alt, sollen 2 Passanten niedergestochen haben.",
        [("injured", 2, 2)],
    ),
    (
        "de",
        "Nach dem Anschlag mit 12 Toten wurden 400 Soldaten in die Stadt verlegt und 30 Verdächtige festgenommen.",
        [("killed", 12, 12)],
    ),
    (
        "de",
        "Die Hilfsorganisation versorgt 20.000 Vertriebene in 14 Lagern; 3 Kinder starben dort an Unterkühlung.",
        [("displaced", 20000, 20000), ("killed", 3, 3)],
    ),
    (
        "es",
        "La delegación de 12 miembros llegó dos días después de la masacre, en la que 31 campesinos fueron asesinados.",
        [("killed", 31, 31)],
    ),
    (
        "es",
        "Los atacantes, unos 200, quemaron 50 casas y mataron al menos a 23 personas.",
        [("killed", 23, None)],
    ),
    (
        "es",
        "El barco, con 450 pasajeros y 30 tripulantes, naufragó frente a la costa; 98 personas se ahogaron.",
        [("killed", 98, 98)],
    ),
    (
        "es",
        "Los 40 médicos del hospital atendieron a más de 300 heridos durante el fin de semana.",
        [("injured", 301, None)],
    ),
    (
        "es",
        "En 3 días se dispararon 1.200 cohetes; 4 personas murieron y 90 resultaron heridas.",
        [("killed", 4, 4), ("injured", 90, 90)],
    ),
    (
        "es",
        "Cumplió 15 años de cárcel por el atentado de 1998, que dejó 29 muertos.",
        [("killed", 29, 29)],
    ),
    (
        "es",
        "Al menos 45 personas murieron, 20 de ellas mujeres, en el ataque, que duró 3 horas.",
        [("killed", 45, None), ("killed", 20, 20)],
    ),
    (
        "es",
        "Unas 600 familias, unas 3.000 personas, han huido; 12 personas murieron en los bombardeos.",
        [("displaced", 3000, 3000), ("killed", 12, 12)],
    ),
    ("es", "Los hermanos, de 14 y 16 años, fueron asesinados en un retén.", []),
    (
        "es",
        "Tras el atentado, que dejó 12 muertos, 400 soldados llegaron a la ciudad y 30 sospechosos fueron detenidos.",
        [("killed", 12, 12)],
    ),
    (
        "fr",
        "La délégation de 12 membres est arrivée deux jours après le massacre, au cours duquel 31 villageois ont été tués.",
        [("killed", 31, 31)],
    ),
    (
        "fr",
        "Les assaillants, environ 200, ont incendié 50 maisons et tué au moins 23 personnes.",
        [("killed", 23, None)],
    ),
    (
        "fr",
        "Le bateau, avec 450 passagers et 30 membres d'équipage, a chaviré ; 98 personnes se sont noyées.",
        [("killed", 98, 98)],
    ),
    (
        "fr",
        "Les 40 médecins de l'hôpital ont soigné plus de 300 blessés ce week-end.",
        [("injured", 301, None)],
    ),
    (
        "fr",
        "En 3 jours, 1 200 roquettes ont été tirées ; 4 personnes ont été tuées et 90 blessées.",
        [("killed", 4, 4), ("injured", 90, 90)],
    ),
    (
        "fr",
        "Il a purgé 15 ans de prison pour l'attentat de 1998, qui avait fait 29 morts.",
        [("killed", 29, 29)],
    ),
    (
        "fr",
        "Au moins 45 personnes ont été tuées, dont 20 femmes, lors de l'attaque, qui a duré 3 heures.",
        [("killed", 45, None), ("killed", 20, 20)],
    ),
    (
        "fr",
        "Quelque 600 familles, soit 3 000 personnes, ont fui ; 12 personnes ont été tuées dans les bombardements.",
        [("displaced", 3000, 3000), ("killed", 12, 12)],
    ),
    (
        "fr",
        "Les deux frères, âgés de 14 et 16 ans, ont été abattus à un barrage.",
        [("killed", 2, 2)],
    ),
    (
        "fr",
        "Après l'attentat, qui a fait 12 morts, 400 soldats ont été déployés et 30 suspects interpellés.",
        [("killed", 12, 12)],
    ),
]

# paragraphs still read wrongly, with why
GAPS: dict[str, str] = {
    "One in five of the 2,000 people displaced by the fighting is a child, and 14 children have been killed since June.": "'is a child' after a ratio is read as one displaced child",
    "The 1,000-bed field hospital has treated 2,400 patients since it opened; 35 of them had gunshot wounds.": "'N of them had gunshot wounds' is not read as hurt",
    "Die Täter, 17 und 19 Jahre alt, sollen 2 Passanten niedergestochen haben.": "'niedergestochen' (stabbed, alive) is not read as hurt",
    "Nach dem Anschlag mit 12 Toten wurden 400 Soldaten in die Stadt verlegt und 30 Verdächtige festgenommen.": "'Toten' of the count before it is read as the soldiers' cue ('Anschlag mit 12 Toten' no longer counts one more: dist13); a rule on the noun of an earlier count cost a checking claim, so it was reverted",
    "La délégation de 12 membres est arrivée deux jours après le massacre, au cours duquel 31 villageois ont été tués.": "a group's size 'de 12 membres' takes the killing verb later in the sentence",
    "Les 40 médecins de l'hôpital ont soigné plus de 300 blessés ce week-end.": "the doctors who treated the wounded take 'soigné' as their own harm",
    "Unos 500 bomberos y 30 helicópteros combaten los incendios, que han matado a 11 personas.": (
        "the Spanish object's 'a' stands between the verb and its count, so the verb is not seen to"
        " have a count of its own (reading._verb_with_its_object wants the count right after)"
    ),
    "The 47th Mechanised Brigade said it had repelled 12 assaults in the past 24 hours. Two of its soldiers were killed.": "a sentence after one naming an ordinal brigade loses its 'Two of its soldiers' (the possessive 'its' reads back to the brigade)",
    "A 12-member team from the Red Cross visited the prison, where 2 inmates had died in custody in March.": "a team's size hyphenated onto 'member' ('a 12-member team') is read as the killed count",
    "Der Angeklagte muss sich nach Paragraf 211 wegen Mordes an 3 Menschen verantworten.": "'Mordes an 3 Menschen' (a murder charge naming the killed) is not read",
    "Die Verletzten, darunter ein 41-jähriger Mann, sind zwischen 8 und 70 Jahre alt.": "one man named inside an uncounted group ('darunter ein 41-jähriger Mann') is read as one injured",
}


@pytest.mark.parametrize(("lang", "text", "expected"), params(CASES, GAPS))
def test_numbers_that_count_no_casualties(lang: str, text: str, expected: list[Expected]) -> None:
    assert casualty_claims(text, lang) == Counter(expected)
