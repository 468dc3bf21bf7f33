"""Numbers in news paragraphs that count no casualties, mixed with real claims (branch dist13):
arrests and the "others" arrested after a toll, prison sentences in years, evacuated residents,
survivors and people rescued alive, aid convoys and tonnes, troops and armoured vehicles, ages
listed after the victims, clock-time ranges ("between 2 and 4 a.m."), temperatures, percentages,
page numbers, scores, hostages freed, team sizes, money, distances; tolls of past years and of
other incidents told as background are still claims (CONVENTIONS: superseded and other tolls are
claims). In English, German, French, Spanish, Arabic and Swedish.

Every paragraph is our own, invented and labelled before the extractor ran on it; places are
left out and events and figures made up. Each case lists every casualty claim expected as
(measure, low, high); the other numbers must not become one."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extract.number_paragraphs import Expected, casualty_claims, params

# (language, paragraph, expected casualty claims)
CASES: list[tuple[str, str, list[Expected]]] = [
    # arrests after a toll, "others" arrested
    (
        "en",
        "Police arrested 14 suspects on Friday, two days after the bombing that killed 8 people at the bus station.",
        [("killed", 8, 8)],
    ),
    (
        "en",
        "At least 6 people were killed in the clashes and 120 others were arrested, the interior ministry said.",
        [("killed", 6, None)],
    ),
    (
        "de",
        "Die Polizei nahm 14 Verdächtige fest, zwei Tage nach dem Anschlag, bei dem 8 Menschen getötet worden waren.",
        [("killed", 8, 8)],
    ),
    (
        "de",
        "Mindestens 6 Menschen wurden bei den Zusammenstößen getötet, 120 weitere wurden festgenommen.",
        [("killed", 6, None)],
    ),
    (
        "fr",
        "La police a interpellé 14 suspects vendredi, deux jours après l'attentat qui a fait 8 morts à la gare routière.",
        [("killed", 8, 8)],
    ),
    (
        "fr",
        "Au moins 6 personnes ont été tuées lors des affrontements et 120 autres ont été interpellées, selon le ministère de l'Intérieur.",
        [("killed", 6, None)],
    ),
    (
        "es",
        "La policía detuvo a 14 sospechosos el viernes, dos días después del atentado que dejó 8 muertos en la terminal de autobuses.",
        [("killed", 8, 8)],
    ),
    (
        "es",
        "Al menos 6 personas murieron en los enfrentamientos y otras 120 fueron detenidas, informó el Ministerio del Interior.",
        [("killed", 6, None)],
    ),
    (
        "ar",
        "اعتقلت الشرطة 14 مشتبها بهم يوم الجمعة، بعد يومين من التفجير الذي أودى بحياة 8 أشخاص.",
        [("killed", 8, 8)],
    ),
    (
        "ar",
        "قتل 6 أشخاص على الأقل في الاشتباكات واعتقل 120 آخرون.",
        [("killed", 6, None)],
    ),
    (
        "sv",
        "Polisen grep 14 misstänkta på fredagen, två dagar efter bombdådet där 8 personer dödades.",
        [("killed", 8, 8)],
    ),
    (
        "sv",
        "Minst 6 personer dödades i sammandrabbningarna och 120 andra greps, enligt inrikesministeriet.",
        [("killed", 6, None)],
    ),
    # prison sentences in years
    (
        "en",
        "The court sentenced the 3 men to 25 years in prison each for the 2019 attack, in which 11 people died.",
        [("killed", 11, 11)],
    ),
    (
        "de",
        "Das Gericht verurteilte die 3 Männer zu je 25 Jahren Haft; bei dem Anschlag 2019 waren 11 Menschen gestorben.",
        [("killed", 11, 11)],
    ),
    (
        "fr",
        "Le tribunal a condamné les 3 hommes à 25 ans de prison pour l'attaque de 2019, qui avait fait 11 morts.",
        [("killed", 11, 11)],
    ),
    (
        "es",
        "El tribunal condenó a los 3 hombres a 25 años de prisión por el ataque de 2019, en el que murieron 11 personas.",
        [("killed", 11, 11)],
    ),
    # evacuated residents beside the drowned
    (
        "en",
        "Some 2,300 residents were evacuated from the riverside districts, and 4 people drowned, the fire brigade said.",
        [("killed", 4, 4)],
    ),
    (
        "de",
        "Rund 2.300 Anwohner wurden aus den Vierteln am Fluss evakuiert, 4 Menschen ertranken, teilte die Feuerwehr mit.",
        [("killed", 4, 4)],
    ),
    (
        "fr",
        "Quelque 2 300 habitants ont été évacués des quartiers riverains et 4 personnes se sont noyées, selon les pompiers.",
        [("killed", 4, 4)],
    ),
    (
        "es",
        "Unos 2.300 vecinos fueron evacuados de los barrios ribereños y 4 personas murieron ahogadas, según los bomberos.",
        [("killed", 4, 4)],
    ),
    (
        "sv",
        "Omkring 2 300 invånare evakuerades från områdena vid floden, och 4 personer drunknade, enligt räddningstjänsten.",
        [("killed", 4, 4)],
    ),
    # survivors pulled out beside the dead
    (
        "en",
        "Rescuers pulled 17 survivors out of the wreckage; 9 passengers died at the scene.",
        [("killed", 9, 9)],
    ),
    (
        "de",
        "Die Retter zogen 17 Überlebende aus dem Wrack; 9 Fahrgäste starben noch am Unfallort.",
        [("killed", 9, 9)],
    ),
    (
        "fr",
        "Les secouristes ont extrait 17 survivants des décombres ; 9 passagers sont morts sur place.",
        [("killed", 9, 9)],
    ),
    (
        "es",
        "Los rescatistas sacaron con vida a 17 supervivientes de los escombros; 9 pasajeros murieron en el lugar.",
        [("killed", 9, 9)],
    ),
    # part survived, part died
    (
        "en",
        "Of the 250 passengers on board, 248 survived and 2 were killed.",
        [("killed", 2, 2)],
    ),
    (
        "de",
        "Von den 250 Passagieren an Bord überlebten 248, 2 kamen ums Leben.",
        [("killed", 2, 2)],
    ),
    (
        "fr",
        "Sur les 250 passagers à bord, 248 ont survécu et 2 ont été tués.",
        [("killed", 2, 2)],
    ),
    (
        "es",
        "De los 250 pasajeros a bordo, 248 sobrevivieron y 2 murieron.",
        [("killed", 2, 2)],
    ),
    (
        "sv",
        "Av de 250 passagerarna ombord överlevde 248, medan 2 omkom.",
        [("killed", 2, 2)],
    ),
    # aid convoys and tonnes
    (
        "en",
        "The convoy of 42 trucks delivered 600 tonnes of flour to the city, where shelling killed 3 civilians on Tuesday.",
        [("killed", 3, 3)],
    ),
    (
        "de",
        "Ein Konvoi aus 42 Lastwagen brachte 600 Tonnen Mehl in die Stadt, wo am Dienstag 3 Zivilisten durch Beschuss getötet wurden.",
        [("killed", 3, 3)],
    ),
    (
        "fr",
        "Un convoi de 42 camions a livré 600 tonnes de farine à la ville, où des bombardements ont tué 3 civils mardi.",
        [("killed", 3, 3)],
    ),
    (
        "es",
        "Un convoy de 42 camiones entregó 600 toneladas de harina en la ciudad, donde los bombardeos mataron a 3 civiles el martes.",
        [("killed", 3, 3)],
    ),
    (
        "en",
        "Aid agencies have delivered 1.2 million meals since March 3; 4 aid workers have been killed in the same period.",
        [("killed", 4, 4)],
    ),
    (
        "de",
        "Seit dem 3. März haben Hilfsorganisationen 1,2 Millionen Mahlzeiten verteilt; im selben Zeitraum wurden 4 Helfer getötet.",
        [("killed", 4, 4)],
    ),
    # troops and armoured vehicles sent after a killing
    (
        "en",
        "The army deployed 3,000 troops and 50 armoured vehicles to the region after gunmen killed 19 villagers.",
        [("killed", 19, 19)],
    ),
    (
        "de",
        "Die Armee verlegte 3.000 Soldaten und 50 Panzer in die Region, nachdem Bewaffnete 19 Dorfbewohner getötet hatten.",
        [("killed", 19, 19)],
    ),
    (
        "fr",
        "L'armée a déployé 3 000 soldats et 50 blindés dans la région après que des hommes armés ont tué 19 villageois.",
        [("killed", 19, 19)],
    ),
    (
        "es",
        "El ejército desplegó 3.000 soldados y 50 vehículos blindados en la región después de que hombres armados mataran a 19 campesinos.",
        [("killed", 19, 19)],
    ),
    (
        "ar",
        "نشر الجيش 3000 جندي و50 مدرعة في المنطقة بعد أن قتل مسلحون 19 قرويا.",
        [("killed", 19, 19)],
    ),
    (
        "sv",
        "Armén skickade 3 000 soldater och 50 pansarfordon till regionen sedan beväpnade män dödat 19 bybor.",
        [("killed", 19, 19)],
    ),
    # fighters taking part, some of them killed
    (
        "en",
        "About 1,500 fighters took part in the offensive, which left 60 of them dead, the monitor said.",
        [("killed", 60, 60)],
    ),
    (
        "es",
        "Más de 1.500 combatientes participaron en la ofensiva, en la que murieron 60 de ellos, según el observatorio.",
        [("killed", 60, 60)],
    ),
    # past-year tolls and other incidents (claims) with percentages
    (
        "en",
        "Last year, 212 people were killed on the country's roads; this year the figure is 15 percent lower.",
        [("killed", 212, 212)],
    ),
    (
        "de",
        "Im vergangenen Jahr starben 212 Menschen auf den Straßen des Landes; in diesem Jahr liegt die Zahl um 15 Prozent niedriger.",
        [("killed", 212, 212)],
    ),
    (
        "fr",
        "L'an dernier, 212 personnes ont été tuées sur les routes du pays ; cette année, le chiffre est en baisse de 15 %.",
        [("killed", 212, 212)],
    ),
    (
        "es",
        "El año pasado murieron 212 personas en las carreteras del país; este año la cifra es un 15 % menor.",
        [("killed", 212, 212)],
    ),
    (
        "en",
        "It was the deadliest attack since 2015, when a bombing killed 40 people; on Monday 17 people died.",
        [("killed", 40, 40), ("killed", 17, 17)],
    ),
    # ages listed after the victims, distance
    (
        "en",
        "The 4 victims, aged 19, 23, 35 and 61, were shot dead outside a bar 3 km from the border.",
        [("killed", 4, 4)],
    ),
    (
        "de",
        "Die 4 Opfer im Alter von 19, 23, 35 und 61 Jahren wurden 3 km von der Grenze entfernt erschossen.",
        [("killed", 4, 4)],
    ),
    (
        "fr",
        "Les 4 victimes, âgées de 19, 23, 35 et 61 ans, ont été abattues à 3 km de la frontière.",
        [("killed", 4, 4)],
    ),
    (
        "es",
        "Las 4 víctimas, de 19, 23, 35 y 61 años, fueron asesinadas a tiros a 3 km de la frontera.",
        [("killed", 4, 4)],
    ),
    # clock-time ranges and rockets
    (
        "en",
        "Between 2 and 4 a.m., 5 rockets hit the town, wounding 8 people.",
        [("injured", 8, 8)],
    ),
    (
        "de",
        "Zwischen 2 und 4 Uhr schlugen 5 Raketen in der Stadt ein, 8 Menschen wurden verletzt.",
        [("injured", 8, 8)],
    ),
    (
        "fr",
        "Entre 2 et 4 heures du matin, 5 roquettes se sont abattues sur la ville, blessant 8 personnes.",
        [("injured", 8, 8)],
    ),
    (
        "es",
        "Entre las 2 y las 4 de la madrugada, 5 cohetes cayeron sobre la ciudad e hirieron a 8 personas.",
        [("injured", 8, 8)],
    ),
    # unhurt driver and passengers beside the injured
    (
        "en",
        "The 58-year-old driver and his 2 passengers were unhurt, but 3 pedestrians were injured.",
        [("injured", 3, 3)],
    ),
    (
        "de",
        "Der 58-jährige Fahrer und seine 2 Beifahrer blieben unverletzt; 3 Fußgänger wurden verletzt.",
        [("injured", 3, 3)],
    ),
    (
        "fr",
        "Le chauffeur, âgé de 58 ans, et ses 2 passagers sont indemnes ; 3 piétons ont été blessés.",
        [("injured", 3, 3)],
    ),
    (
        "es",
        "El conductor, de 58 años, y sus 2 acompañantes resultaron ilesos; 3 peatones resultaron heridos.",
        [("injured", 3, 3)],
    ),
    # hostages freed, others died in captivity
    (
        "en",
        "The 5 hostages freed on Sunday were in good health, but 2 others died in captivity, the family said.",
        [("killed", 2, 2)],
    ),
    (
        "de",
        "Die 5 am Sonntag freigelassenen Geiseln sind wohlauf, 2 weitere starben in Gefangenschaft.",
        [("killed", 2, 2)],
    ),
    (
        "fr",
        "Les 5 otages libérés dimanche sont en bonne santé, mais 2 autres sont morts en captivité.",
        [("killed", 2, 2)],
    ),
    (
        "es",
        "Los 5 rehenes liberados el domingo están bien de salud, pero otros 2 murieron en cautiverio.",
        [("killed", 2, 2)],
    ),
    # heat, date, temperature
    (
        "en",
        "Temperatures reached 45 degrees, and 12 pilgrims died of heatstroke, the health ministry said on Saturday, June 15.",
        [("killed", 12, 12)],
    ),
    (
        "de",
        "Bei 45 Grad starben 12 Pilger an einem Hitzschlag, teilte das Gesundheitsministerium am Samstag, dem 15. Juni, mit.",
        [("killed", 12, 12)],
    ),
    # page numbers, score, votes, team size, money
    (
        "en",
        "Page 4 of the report lists 23 strikes on hospitals; in one of them, 7 patients were killed.",
        [("killed", 7, 7)],
    ),
    (
        "en",
        "The home side won 3-1 in front of 40,000 fans; after the match, 2 supporters were injured in a fight near the stadium.",
        [("injured", 2, 2)],
    ),
    (
        "en",
        "Voters gave the mayor 58 percent; 3 polling stations were attacked and 1 election worker was wounded.",
        [("injured", 1, 1)],
    ),
    (
        "en",
        "A 25-strong forensic team exhumed 31 bodies from the site over 6 days.",
        [("bodies_recovered", 31, 31)],
    ),
    (
        "en",
        "The family received 10,000 dollars for each of the 3 children killed in the strike.",
        [("killed", 3, 3)],
    ),
    # fled (displaced) beside killed, with a day range
    (
        "fr",
        "Du 3 au 5 juin, 1 200 personnes ont fui les combats et 9 civils ont été tués, selon l'ONU.",
        [("displaced", 1200, 1200), ("killed", 9, 9)],
    ),
    (
        "ar",
        "تم إجلاء نحو 2300 من السكان، وغرق 4 أشخاص، بحسب الدفاع المدني.",
        [("killed", 4, 4)],
    ),
    (
        "sv",
        "Av de 5 gisslan som släpptes på söndagen mår alla bra, men 2 andra dog i fångenskap.",
        [("killed", 2, 2)],
    ),
    # second batch, labelled before the rules of dist13 ran on it
    # a verb's object across its article: detained, evacuated, sentenced
    (
        "en",
        "Police detained the 12 protesters a day after the blast that killed 5 people.",
        [("killed", 5, 5)],
    ),
    (
        "en",
        "Firefighters evacuated the 300 residents of the block, where the blaze killed 2 people.",
        [("killed", 2, 2)],
    ),
    (
        "en",
        "A judge sentenced the 4 defendants to life in prison for the ambush in which 9 soldiers died.",
        [("killed", 9, 9)],
    ),
    (
        "es",
        "La policía detuvo a los 12 manifestantes un día después de la explosión que mató a 5 personas.",
        [("killed", 5, 5)],
    ),
    (
        "es",
        "Los bomberos evacuaron a los 300 vecinos del edificio, donde el incendio mató a 2 personas.",
        [("killed", 2, 2)],
    ),
    (
        "fr",
        "La police a interpellé les 12 manifestants au lendemain de l'explosion qui a tué 5 personnes.",
        [("killed", 5, 5)],
    ),
    # a bare count taken hostage after a toll
    (
        "en",
        "Nine guards were killed and 25 were taken hostage when the prison was stormed.",
        [("killed", 9, 9)],
    ),
    (
        "fr",
        "Neuf gardiens ont été tués et 25 ont été pris en otage lors de l'assaut contre la prison.",
        [("killed", 9, 9)],
    ),
    (
        "de",
        "Neun Wärter wurden getötet, 25 wurden als Geiseln genommen.",
        [("killed", 9, 9)],
    ),
    (
        "sv",
        "Nio vakter dödades och 25 togs som gisslan när fängelset stormades.",
        [("killed", 9, 9)],
    ),
    (
        "en",
        "Nine guards were taken hostage and 2 of them were later killed.",
        [("killed", 2, 2)],
    ),
    # people who arrived after a killing
    (
        "en",
        "Two days after gunmen killed 14 miners, 600 police officers arrived in the town.",
        [("killed", 14, 14)],
    ),
    (
        "es",
        "Dos días después de que hombres armados mataran a 14 mineros, 600 policías llegaron a la localidad.",
        [("killed", 14, 14)],
    ),
    (
        "fr",
        "Deux jours après la mort de 14 mineurs, 600 policiers sont arrivés dans la ville.",
        [("killed", 14, 14)],
    ),
    (
        "sv",
        "Två dagar efter att beväpnade män dödat 14 gruvarbetare anlände 600 poliser till orten.",
        [("killed", 14, 14)],
    ),
    (
        "de",
        "Zwei Tage nachdem Bewaffnete 14 Bergleute getötet hatten, trafen 600 Polizisten in der Stadt ein.",
        [("killed", 14, 14)],
    ),
    # two days of a night with no month
    (
        "fr",
        "Dans la nuit du 7 au 8, des tirs ont blessé 5 personnes près du marché.",
        [("injured", 5, 5)],
    ),
    (
        "fr",
        "Du 20 au 21, les combats ont fait 13 morts.",
        [("killed", 13, 13)],
    ),
    (
        "es",
        "En la noche del 7 al 8, unos disparos hirieron a 5 personas cerca del mercado.",
        [("injured", 5, 5)],
    ),
    (
        "es",
        "Del 20 al 21, los combates dejaron 13 muertos.",
        [("killed", 13, 13)],
    ),
    # third batch, labelled before running: people a finding verb takes, found alive
    (
        "en",
        "Divers recovered 6 fishermen alive from the capsized boat; 3 others drowned.",
        [("killed", 3, 3)],
    ),
    (
        "en",
        "After 40 hours, rescuers found 2 children alive in the basement, while 11 residents were confirmed dead.",
        [("killed", 11, 11)],
    ),
    (
        "de",
        "Taucher bargen 6 Fischer lebend aus dem gekenterten Boot, 3 weitere ertranken.",
        [("killed", 3, 3)],
    ),
    (
        "sv",
        "Räddningstjänsten hittade 2 barn vid liv i källaren, medan 11 boende omkom.",
        [("killed", 11, 11)],
    ),
    (
        "fr",
        "Les plongeurs ont retrouvé 6 pêcheurs vivants, mais 3 autres se sont noyés.",
        [("killed", 3, 3)],
    ),
    (
        "es",
        "Los buzos encontraron con vida a 6 pescadores, pero otros 3 murieron ahogados.",
        [("killed", 3, 3)],
    ),
    # fourth batch, labelled before running: longer news paragraphs, numbers written as words
    (
        "en",
        "Fighters attacked from five directions at dawn on May 3, 2024. By evening, at least 27 civilians had been killed, the governor said.",
        [("killed", 27, None)],
    ),
    (
        "en",
        "Seven armed drones and two cruise missiles were shot down overnight, the air force said. Debris wounded two people in the capital.",
        [("injured", 2, 2)],
    ),
    (
        "en",
        "The ten-storey building collapsed after the strike, leaving several families buried under the rubble. Rescuers have so far recovered 12 bodies.",
        [("bodies_recovered", 12, 12)],
    ),
    (
        "en",
        "The three-day ceasefire, agreed on Friday, allowed 150 trucks to enter. Since the truce collapsed, 64 people have been killed.",
        [("killed", 64, 64)],
    ),
    (
        "en",
        "Rebels seized two towns and 11 villages last week; the army said it had killed 45 insurgents in the counter-offensive.",
        [("killed", 45, 45)],
    ),
    (
        "en",
        "The prime minister, 71, visited the wounded in hospital. Of the 36 people hurt in the blast, nine remain in critical condition.",
        [("injured", 36, 36)],
    ),
    (
        "en",
        "Police said the gunman fired about 50 rounds in under two minutes, killing four worshippers and wounding six.",
        [("killed", 4, 4), ("injured", 6, 6)],
    ),
    (
        "en",
        "The UN has delivered food to 1.3 million people in the region since 2022. In the latest attack, 18 people died.",
        [("killed", 18, 18)],
    ),
    (
        "en",
        "The court heard that the two defendants, aged 24 and 27, had planned the attack for six months. Eleven people were killed in the bombing.",
        [("killed", 11, 11)],
    ),
    (
        "en",
        "Officials counted 212 craters along a 4-kilometre stretch of road. Two farmers were wounded by shrapnel.",
        [("injured", 2, 2)],
    ),
    (
        "en",
        "Electricity was cut to 400,000 homes after the attack on the power plant, in which two workers were killed.",
        [("killed", 2, 2)],
    ),
    (
        "en",
        "The militants, numbering about 300, overran the base on Tuesday. The army said 23 of its soldiers were killed.",
        [("killed", 23, 23)],
    ),
    (
        "en",
        "Of the country's 20 million people, about a quarter need food aid. Clashes in the north killed 14 people on Friday.",
        [("killed", 14, 14)],
    ),
    (
        "en",
        "Voting in 12 of 15 districts was postponed. Election-related violence has killed 31 people since January, according to a monitoring group.",
        [("killed", 31, 31)],
    ),
    (
        "en",
        "The ship, carrying 1,100 tonnes of wheat, was hit 20 nautical miles off the coast. Three crew members were injured.",
        [("injured", 3, 3)],
    ),
    (
        "en",
        "Last month's floods destroyed 3,000 homes and killed 57 people; this week, two more bodies were found.",
        [("killed", 57, 57), ("bodies_recovered", 2, 2)],
    ),
    (
        "en",
        "Around 70 percent of the hospital's 400 staff have left. Shelling on Monday wounded 16 patients.",
        [("injured", 16, 16)],
    ),
    (
        "en",
        "Eight people were injured, two of them seriously, when a rocket hit the market.",
        [("injured", 8, 8)],
    ),
    (
        "de",
        "Die Angreifer kamen aus fünf Richtungen. Bis zum Abend wurden mindestens 27 Zivilisten getötet, sagte der Gouverneur.",
        [("killed", 27, None)],
    ),
    (
        "de",
        "Sieben Drohnen und zwei Marschflugkörper wurden in der Nacht abgeschossen. Herabfallende Trümmer verletzten zwei Menschen in der Hauptstadt.",
        [("injured", 2, 2)],
    ),
    (
        "de",
        "Das zehnstöckige Gebäude stürzte nach dem Angriff ein, mehrere Familien wurden unter den Trümmern verschüttet. Bislang wurden 12 Leichen geborgen.",
        [("bodies_recovered", 12, 12)],
    ),
    (
        "de",
        "Die dreitägige Waffenruhe ermöglichte die Einfahrt von 150 Lastwagen. Seit dem Ende der Feuerpause wurden 64 Menschen getötet.",
        [("killed", 64, 64)],
    ),
    (
        "de",
        "Von den 36 bei der Explosion verletzten Menschen schweben neun in Lebensgefahr, teilte das Krankenhaus mit.",
        [("injured", 36, 36)],
    ),
    (
        "de",
        "Der Strom fiel in 400.000 Haushalten aus, nachdem das Kraftwerk angegriffen worden war; zwei Arbeiter wurden getötet.",
        [("killed", 2, 2)],
    ),
    (
        "de",
        "Die rund 300 Kämpfer überrannten am Dienstag den Stützpunkt. Die Armee teilte mit, 23 ihrer Soldaten seien getötet worden.",
        [("killed", 23, 23)],
    ),
    (
        "de",
        "Bei den Überschwemmungen im vergangenen Monat wurden 3.000 Häuser zerstört und 57 Menschen getötet; in dieser Woche wurden zwei weitere Leichen gefunden.",
        [("killed", 57, 57), ("bodies_recovered", 2, 2)],
    ),
    (
        "de",
        "Der Schütze gab nach Angaben der Polizei in weniger als zwei Minuten etwa 50 Schüsse ab und tötete vier Gläubige.",
        [("killed", 4, 4)],
    ),
    (
        "de",
        "In 12 von 15 Bezirken wurde die Wahl verschoben. Seit Januar wurden bei Gewalt im Zusammenhang mit der Wahl 31 Menschen getötet.",
        [("killed", 31, 31)],
    ),
    (
        "de",
        "Acht Menschen wurden verletzt, zwei von ihnen schwer, als eine Rakete auf dem Markt einschlug.",
        [("injured", 8, 8)],
    ),
    (
        "es",
        "Los atacantes llegaron desde cinco direcciones al amanecer del 3 de mayo. Al caer la tarde, al menos 27 civiles habían muerto, según el gobernador.",
        [("killed", 27, None)],
    ),
    (
        "es",
        "Siete drones y dos misiles de crucero fueron derribados durante la noche. Los restos hirieron a dos personas en la capital.",
        [("injured", 2, 2)],
    ),
    (
        "es",
        "El edificio de diez plantas se derrumbó tras el ataque y varias familias quedaron atrapadas bajo los escombros. Los rescatistas han recuperado 12 cuerpos.",
        [("bodies_recovered", 12, 12)],
    ),
    (
        "es",
        "De las 36 personas heridas en la explosión, nueve siguen en estado crítico, informó el hospital.",
        [("injured", 36, 36)],
    ),
    (
        "es",
        "Unos 300 combatientes asaltaron la base el martes. El ejército informó de que 23 de sus soldados murieron.",
        [("killed", 23, 23)],
    ),
    (
        "es",
        "Las inundaciones del mes pasado destruyeron 3.000 viviendas y mataron a 57 personas; esta semana se hallaron otros dos cuerpos.",
        [("killed", 57, 57), ("bodies_recovered", 2, 2)],
    ),
    (
        "es",
        "El pistolero disparó unas 50 balas en menos de dos minutos y mató a cuatro fieles, según la policía.",
        [("killed", 4, 4)],
    ),
    (
        "es",
        "La votación se aplazó en 12 de los 15 distritos. Desde enero, la violencia electoral ha dejado 31 muertos.",
        [("killed", 31, 31)],
    ),
    (
        "es",
        "El barco, que transportaba 1.100 toneladas de trigo, fue alcanzado a 20 millas de la costa. Tres tripulantes resultaron heridos.",
        [("injured", 3, 3)],
    ),
    (
        "es",
        "Ocho personas resultaron heridas, dos de ellas de gravedad, cuando un cohete cayó en el mercado.",
        [("injured", 8, 8)],
    ),
    (
        "fr",
        "Les assaillants sont arrivés de cinq directions à l'aube du 3 mai. En fin de journée, au moins 27 civils avaient été tués, selon le gouverneur.",
        [("killed", 27, None)],
    ),
    (
        "fr",
        "Sept drones et deux missiles de croisière ont été abattus dans la nuit. Des débris ont blessé deux personnes dans la capitale.",
        [("injured", 2, 2)],
    ),
    (
        "fr",
        "L'immeuble de dix étages s'est effondré après la frappe ; plusieurs familles sont coincées sous les décombres. Les secouristes ont jusqu'ici retrouvé 12 corps.",
        [("bodies_recovered", 12, 12)],
    ),
    (
        "fr",
        "Sur les 36 personnes blessées dans l'explosion, neuf sont toujours dans un état critique, a indiqué l'hôpital.",
        [("injured", 36, 36)],
    ),
    (
        "fr",
        "Quelque 300 combattants ont pris d'assaut la base mardi. L'armée a indiqué que 23 de ses soldats avaient été tués.",
        [("killed", 23, 23)],
    ),
    (
        "fr",
        "Les inondations du mois dernier ont détruit 3 000 maisons et tué 57 personnes ; cette semaine, deux autres corps ont été retrouvés.",
        [("killed", 57, 57), ("bodies_recovered", 2, 2)],
    ),
    (
        "fr",
        "Le tireur a tiré une cinquantaine de balles en moins de deux minutes, tuant quatre fidèles, selon la police.",
        [("killed", 4, 4)],
    ),
    (
        "fr",
        "Le navire, qui transportait 1 100 tonnes de blé, a été touché à 20 milles des côtes. Trois membres d'équipage ont été blessés.",
        [("injured", 3, 3)],
    ),
    (
        "fr",
        "Huit personnes ont été blessées, dont deux grièvement, lorsqu'une roquette s'est abattue sur le marché.",
        [("injured", 8, 8)],
    ),
    (
        "sv",
        "Åtta personer skadades, två av dem allvarligt, när en raket slog ner på torget.",
        [("injured", 8, 8)],
    ),
    # fifth batch, labelled before running: an age set off after a noun of several words
    (
        "en",
        "The former interior minister, 66, said at least 9 people had died in the clashes.",
        [("killed", 9, None)],
    ),
    (
        "en",
        "The local police chief, 52, told reporters that 4 officers were wounded.",
        [("injured", 4, 4)],
    ),
    (
        "en",
        "The retired school teacher, 80, survived the blast that killed 6 of her neighbours.",
        [("killed", 6, 6)],
    ),
    (
        "en",
        "The new army commander, 47, took office a day after 15 soldiers were killed at the border.",
        [("killed", 15, 15)],
    ),
    # sixth batch, labelled before running: people who arrived, hurt in a relative clause
    (
        "fr",
        "Dans la soirée sont arrivés 4 soldats, qui avaient été blessés au front.",
        [("injured", 4, 4)],
    ),
    (
        "fr",
        "À l'hôpital est arrivé un convoi, puis sont arrivés 6 enfants, qui ont été blessés par des éclats.",
        [("injured", 6, 6)],
    ),
    (
        "sv",
        "Till sjukhuset anlände 5 soldater, som hade skadats i striderna.",
        [("injured", 5, 5)],
    ),
    (
        "sv",
        "Under natten anlände 300 soldater till staden, där 7 civila dödades i veckan.",
        [("killed", 7, 7)],
    ),
    # seventh batch, labelled before running: codes, magnitudes, routes, flights, curfews,
    # ambulances, parts still in hospital, attackers shot dead
    (
        "en",
        "A magnitude 6.8 earthquake struck at 11:02 p.m., 40 km south-west of the city. At least 212 people were killed. Another 1,400 were injured.",
        [("killed", 212, None), ("injured", 1400, 1400)],
    ),
    (
        "en",
        "The government declared 3 days of national mourning for the 41 people killed in the bus crash.",
        [("killed", 41, 41)],
    ),
    (
        "en",
        "Two of the five attackers were shot dead by guards; the other three escaped. No guards were hurt.",
        [("killed", 2, 2), ("injured", 0, 0)],
    ),
    (
        "en",
        "The convoy was ambushed on Route 60 near kilometre 112. Four soldiers were killed.",
        [("killed", 4, 4)],
    ),
    (
        "en",
        "Hurricane Delta, a Category 4 storm, made landfall on Tuesday; 17 deaths have been confirmed in 3 states.",
        [("killed", 17, 17)],
    ),
    (
        "en",
        "Day 100 of the siege passed without a ceasefire. Shelling killed 5 people on Saturday.",
        [("killed", 5, 5)],
    ),
    (
        "en",
        "A 48-hour curfew was imposed after clashes in which 9 people were killed and 30 wounded.",
        [("killed", 9, 9), ("injured", 30, 30)],
    ),
    (
        "en",
        "Of the 40 people killed, half were children, the ministry said.",
        [("killed", 40, 40)],
    ),
    (
        "en",
        "The 12 wounded were taken to 3 hospitals in 15 ambulances.",
        [("injured", 12, 12)],
    ),
    (
        "en",
        "The UN says 1 in 4 children in the camp is malnourished; 6 children have died of hunger since May.",
        [("killed", 6, 6)],
    ),
    (
        "en",
        "The two rival groups, each with about 200 fighters, clashed for 3 hours; 11 fighters were killed.",
        [("killed", 11, 11)],
    ),
    (
        "en",
        "Only 180 of the 327 wounded remain in hospital, officials said.",
        [("injured", 327, 327)],
    ),
    (
        "en",
        "UN Security Council Resolution 2417 condemns starvation as a weapon. At least 30 people have starved to death in the town.",
        [("killed", 30, None)],
    ),
    (
        "en",
        "Flight 302 crashed 6 minutes after take-off, killing all 157 people on board.",
        [("killed", 157, 157)],
    ),
    (
        "en",
        "Officers seized 3 rifles, 2 pistols and 400 rounds of ammunition from the house, where a man had shot 2 neighbours dead.",
        [("killed", 2, 2)],
    ),
    (
        "de",
        "Ein Erdbeben der Stärke 6,8 erschütterte um 23.02 Uhr die Region, 40 Kilometer südwestlich der Stadt. Mindestens 212 Menschen kamen ums Leben, weitere 1.400 wurden verletzt.",
        [("killed", 212, None), ("injured", 1400, 1400)],
    ),
    (
        "de",
        "Die Regierung ordnete drei Tage Staatstrauer für die 41 Menschen an, die bei dem Busunglück ums Leben kamen.",
        [("killed", 41, 41)],
    ),
    (
        "de",
        "Zwei der fünf Angreifer wurden von Wachleuten erschossen, die anderen drei flohen.",
        [("killed", 2, 2)],
    ),
    (
        "de",
        "Der Konvoi geriet auf der Straße 60 bei Kilometer 112 in einen Hinterhalt. Vier Soldaten wurden getötet.",
        [("killed", 4, 4)],
    ),
    (
        "de",
        "Nach Zusammenstößen, bei denen 9 Menschen getötet und 30 verletzt wurden, wurde eine 48-stündige Ausgangssperre verhängt.",
        [("killed", 9, 9), ("injured", 30, 30)],
    ),
    (
        "de",
        "Die 12 Verletzten wurden mit 15 Rettungswagen in 3 Krankenhäuser gebracht.",
        [("injured", 12, 12)],
    ),
    (
        "de",
        "Nur noch 180 der 327 Verletzten liegen im Krankenhaus, teilten die Behörden mit.",
        [("injured", 327, 327)],
    ),
    (
        "de",
        "Flug 302 stürzte sechs Minuten nach dem Start ab; alle 157 Insassen kamen ums Leben.",
        [("killed", 157, 157)],
    ),
    (
        "fr",
        "Un séisme de magnitude 6,8 a frappé à 23 h 02, à 40 km au sud-ouest de la ville. Au moins 212 personnes ont été tuées et 1 400 autres blessées.",
        [("killed", 212, None), ("injured", 1400, 1400)],
    ),
    (
        "fr",
        "Le gouvernement a décrété trois jours de deuil national pour les 41 personnes tuées dans l'accident de car.",
        [("killed", 41, 41)],
    ),
    (
        "fr",
        "Deux des cinq assaillants ont été abattus par les gardes, les trois autres ont pris la fuite.",
        [("killed", 2, 2)],
    ),
    (
        "fr",
        "Le convoi est tombé dans une embuscade sur la route 60, au kilomètre 112. Quatre soldats ont été tués.",
        [("killed", 4, 4)],
    ),
    (
        "fr",
        "Les 12 blessés ont été transportés dans 3 hôpitaux par 15 ambulances.",
        [("injured", 12, 12)],
    ),
    (
        "fr",
        "Seuls 180 des 327 blessés sont encore hospitalisés, selon les autorités.",
        [("injured", 327, 327)],
    ),
    (
        "fr",
        "Le vol 302 s'est écrasé six minutes après le décollage, tuant les 157 personnes à bord.",
        [("killed", 157, 157)],
    ),
    (
        "fr",
        "Un couvre-feu de 48 heures a été imposé après des affrontements qui ont fait 9 morts et 30 blessés.",
        [("killed", 9, 9), ("injured", 30, 30)],
    ),
    (
        "es",
        "Un sismo de magnitud 6,8 sacudió la región a las 23.02, a 40 kilómetros al suroeste de la ciudad. Al menos 212 personas murieron y otras 1.400 resultaron heridas.",
        [("killed", 212, None), ("injured", 1400, 1400)],
    ),
    (
        "es",
        "El Gobierno decretó tres días de duelo nacional por las 41 personas que murieron en el accidente del autobús.",
        [("killed", 41, 41)],
    ),
    (
        "es",
        "Dos de los cinco atacantes fueron abatidos por los guardias; los otros tres huyeron.",
        [("killed", 2, 2)],
    ),
    (
        "es",
        "El convoy sufrió una emboscada en la ruta 60, a la altura del kilómetro 112. Cuatro soldados murieron.",
        [("killed", 4, 4)],
    ),
    (
        "es",
        "Los 12 heridos fueron trasladados a 3 hospitales en 15 ambulancias.",
        [("injured", 12, 12)],
    ),
    (
        "es",
        "Solo 180 de los 327 heridos siguen hospitalizados, informaron las autoridades.",
        [("injured", 327, 327)],
    ),
    (
        "es",
        "El vuelo 302 se estrelló seis minutos después de despegar y murieron las 157 personas a bordo.",
        [("killed", 157, 157)],
    ),
    (
        "es",
        "Se impuso un toque de queda de 48 horas tras los enfrentamientos, que dejaron 9 muertos y 30 heridos.",
        [("killed", 9, 9), ("injured", 30, 30)],
    ),
    (
        "sv",
        "Ett jordskalv med magnituden 6,8 inträffade klockan 23.02, 4 mil sydväst om staden. Minst 212 människor omkom och ytterligare 1 400 skadades.",
        [("killed", 212, None), ("injured", 1400, 1400)],
    ),
    (
        "sv",
        "De 12 skadade fördes till 3 sjukhus i 15 ambulanser.",
        [("injured", 12, 12)],
    ),
    (
        "sv",
        "Två av de fem angriparna sköts ihjäl av vakterna, de andra tre flydde.",
        [("killed", 2, 2)],
    ),
    (
        "sv",
        "Flight 302 störtade sex minuter efter starten och alla 157 ombord omkom.",
        [("killed", 157, 157)],
    ),
    (
        "ar",
        "ضرب زلزال بقوة 6.8 درجة المنطقة عند الساعة 11:02 ليلا، على بعد 40 كيلومترا جنوب غرب المدينة، وقتل 212 شخصا على الأقل.",
        [("killed", 212, None)],
    ),
    (
        "ar",
        "نقل الجرحى الـ12 إلى 3 مستشفيات في 15 سيارة إسعاف.",
        [("injured", 12, 12)],
    ),
    (
        "ar",
        "قتل اثنان من المهاجمين الخمسة برصاص الحراس، وفر الثلاثة الآخرون.",
        [("killed", 2, 2)],
    ),
    # eighth batch, labelled before running: ambulances, a part of the hurt still in hospital,
    # the rest of the attackers who fled
    (
        "de",
        "Mit 20 Krankenwagen wurden die 35 Verletzten in die umliegenden Kliniken gebracht.",
        [("injured", 35, 35)],
    ),
    (
        "de",
        "Die Feuerwehr schickte 8 Notarztwagen und 4 Löschfahrzeuge; 2 Menschen starben noch am Unfallort.",
        [("killed", 2, 2)],
    ),
    (
        "de",
        "Drei Rettungswagen brachten die 6 Verletzten ins Krankenhaus.",
        [("injured", 6, 6)],
    ),
    (
        "fr",
        "Seuls 12 des 40 blessés restent hospitalisés, a précisé la préfecture.",
        [("injured", 40, 40)],
    ),
    (
        "fr",
        "Au total, 9 des 25 blessés sont toujours hospitalisés, selon l'hôpital.",
        [("injured", 25, 25)],
    ),
    (
        "es",
        "Solo 12 de los 40 heridos permanecen hospitalizados, precisó la prefectura.",
        [("injured", 40, 40)],
    ),
    (
        "en",
        "Gunmen killed 6 villagers; 2 of the attackers were later shot dead by police and the remaining 4 fled.",
        [("killed", 6, 6), ("killed", 2, 2)],
    ),
    (
        "de",
        "Bewaffnete töteten 6 Dorfbewohner; 2 der Angreifer wurden später von der Polizei erschossen, die übrigen 4 flohen.",
        [("killed", 6, 6), ("killed", 2, 2)],
    ),
    (
        "es",
        "Hombres armados mataron a 6 aldeanos; 2 de los atacantes fueron abatidos después por la policía y los otros 4 huyeron.",
        [("killed", 6, 6), ("killed", 2, 2)],
    ),
    # ninth batch, labelled before running: page furniture, services counted, gatherings,
    # aircraft names, a force's strength, phases, background tolls, a father of six
    (
        "en",
        "Israeli strikes have killed 12 journalists since Oct. 7, the press union said.",
        [("killed", 12, 12)],
    ),
    (
        "en",
        "Published 17/11/2024 | 04:40 PM. At least 26 people were killed in the strike, the civil defence said.",
        [("killed", 26, None)],
    ),
    (
        "en",
        "Listen to this article. Average 3 minutes. Fighting in the city has killed 40 civilians this week.",
        [("killed", 40, 40)],
    ),
    (
        "en",
        "The village of about 60 households was hit by 4 bombs; 9 residents were killed.",
        [("killed", 9, 9)],
    ),
    (
        "en",
        "Only 16 of the 52 health centres are still working, and 3 health workers were killed on Monday.",
        [("killed", 3, 3)],
    ),
    (
        "en",
        "Around 300 people had gathered for the ceremony when the drone struck, killing 21 of them.",
        [("killed", 21, 21)],
    ),
    (
        "en",
        "The camp, home to nearly half a million displaced people, was shelled overnight, killing 8.",
        [("killed", 8, 8)],
    ),
    (
        "en",
        "A father of six, he was one of 14 people killed in the attack.",
        [("killed", 14, 14)],
    ),
    (
        "en",
        "F-16 jets and Su-25 aircraft struck the town, where 11 people were killed.",
        [("killed", 11, 11)],
    ),
    (
        "en",
        "The 1,200-strong force retook the town; 19 of its members were killed.",
        [("killed", 19, 19)],
    ),
    (
        "en",
        "Under Phase 1 of the deal, 33 hostages are to be freed; 5 hostages have died in captivity, officials said.",
        [("killed", 5, 5)],
    ),
    (
        "en",
        "The 1994 genocide, in which some 800,000 people were killed, is commemorated every April 7. On Sunday, 2 people were injured at a memorial.",
        [("killed", 800000, 800000), ("injured", 2, 2)],
    ),
    (
        "en",
        "Gaza's 2.3 million residents face famine, the UN said; 27 people died of malnutrition this month.",
        [("killed", 27, 27)],
    ),
    (
        "en",
        "The 3rd Assault Brigade said 2 of its soldiers were killed and 7 wounded near the village.",
        [("killed", 2, 2), ("injured", 7, 7)],
    ),
    (
        "en",
        "Ambulance crews answered 1,700 calls over the weekend; 3 people died of heatstroke.",
        [("killed", 3, 3)],
    ),
    (
        "en",
        "Around 2 million people face acute hunger, and at least 25 children have died of malnutrition since January.",
        [("killed", 25, None)],
    ),
    (
        "en",
        "The two-day summit of G7 leaders ended on Friday, a day after a suicide bombing killed 6 police officers.",
        [("killed", 6, 6)],
    ),
    (
        "fr",
        "Les frappes ont tué 12 journalistes depuis le 7 octobre, selon le syndicat de la presse.",
        [("killed", 12, 12)],
    ),
    (
        "fr",
        "Environ 300 personnes s'étaient rassemblées pour la cérémonie lorsque le drone a frappé, tuant 21 d'entre elles.",
        [("killed", 21, 21)],
    ),
    (
        "fr",
        "Père de six enfants, il fait partie des 14 personnes tuées dans l'attaque.",
        [("killed", 14, 14)],
    ),
    (
        "fr",
        "Seuls 16 des 52 centres de santé fonctionnent encore, et 3 soignants ont été tués lundi.",
        [("killed", 3, 3)],
    ),
    (
        "de",
        "Rund 300 Menschen hatten sich zu der Zeremonie versammelt, als die Drohne einschlug und 21 von ihnen tötete.",
        [("killed", 21, 21)],
    ),
    (
        "de",
        "Der Vater von sechs Kindern war einer der 14 Menschen, die bei dem Angriff getötet wurden.",
        [("killed", 14, 14)],
    ),
    (
        "de",
        "Nur noch 16 der 52 Gesundheitszentren arbeiten, am Montag wurden 3 Mitarbeiter getötet.",
        [("killed", 3, 3)],
    ),
    (
        "es",
        "Unas 300 personas se habían reunido para la ceremonia cuando cayó el dron, que mató a 21 de ellas.",
        [("killed", 21, 21)],
    ),
    (
        "es",
        "Padre de seis hijos, era una de las 14 personas muertas en el ataque.",
        [("killed", 14, 14)],
    ),
    (
        "es",
        "Solo 16 de los 52 centros de salud siguen funcionando, y 3 sanitarios murieron el lunes.",
        [("killed", 3, 3)],
    ),
    # tenth batch, labelled before running: people facing hunger or famine beside a toll
    (
        "en",
        "In the besieged district, 400,000 people are facing famine; 14 children have starved to death since March.",
        [("killed", 14, 14)],
    ),
    (
        "en",
        "Some 3 million people go hungry every day, the agency said, and 60 have died of cholera this year.",
        [("killed", 60, 60)],
    ),
    (
        "en",
        "About 800,000 people face severe food shortages after the floods, which killed at least 45.",
        [("killed", 45, None)],
    ),
    (
        "de",
        "In dem belagerten Bezirk sind 400.000 Menschen von einer Hungersnot bedroht; 14 Kinder sind seit März verhungert.",
        [("killed", 14, 14)],
    ),
    (
        "de",
        "Rund 3 Millionen Menschen hungern, teilte die Organisation mit, 60 starben in diesem Jahr an Cholera.",
        [("killed", 60, 60)],
    ),
    (
        "fr",
        "Dans le quartier assiégé, 400 000 personnes sont menacées de famine ; 14 enfants sont morts de faim depuis mars.",
        [("killed", 14, 14)],
    ),
    (
        "fr",
        "Quelque 3 millions de personnes souffrent de la faim, selon l'agence, et 60 sont mortes du choléra cette année.",
        [("killed", 60, 60)],
    ),
    (
        "es",
        "En el distrito sitiado, 400.000 personas enfrentan la hambruna; 14 niños han muerto de hambre desde marzo.",
        [("killed", 14, 14)],
    ),
    (
        "es",
        "Unos 3 millones de personas pasan hambre cada día, según la agencia, y 60 murieron de cólera este año.",
        [("killed", 60, 60)],
    ),
    (
        "sv",
        "I det belägrade distriktet hotas 400 000 människor av svält; 14 barn har svultit ihjäl sedan mars.",
        [("killed", 14, 14)],
    ),
    # eleventh batch, labelled before running: German verbs of dying of hunger, thirst, cold
    (
        "de",
        "Auf der Flucht durch die Wüste sind nach Angaben der Helfer 9 Migranten verdurstet.",
        [("killed", 9, 9)],
    ),
    (
        "de",
        "In dem Lager verhungerten im Winter mindestens 30 Kinder, 2.000 weitere sind unterernährt.",
        [("killed", 30, None)],
    ),
    (
        "de",
        "Zwei Obdachlose sind in der Nacht bei minus 15 Grad erfroren.",
        [("killed", 2, 2)],
    ),
    # twelfth batch, labelled before running: residents, flats and beds, people flown out,
    # crowds waiting, mourners present, orphans, natural deaths among bodies, missile names
    (
        "de",
        "Rund 1.700 Menschen lebten in dem neunstöckigen Wohnblock mit 72 Wohnungen; 39 Bewohner wurden lebend gerettet, 23 Leichen geborgen.",
        [("bodies_recovered", 23, 23)],
    ),
    (
        "de",
        "Seit dem 15. August wurden mehr als 100.000 Menschen ausgeflogen. Bei dem Anschlag am Flughafen wurden mindestens 60 Menschen getötet.",
        [("killed", 60, None)],
    ),
    (
        "de",
        "Tausende Menschen warteten vor dem Tor, als sich der Attentäter in die Luft sprengte und 13 Soldaten tötete.",
        [("killed", 13, 13)],
    ),
    (
        "de",
        "In dem Krankenhaus mit 140 Betten arbeiteten 180 Mitarbeiter; bei dem Angriff starben 14 Patienten.",
        [("killed", 14, 14)],
    ),
    (
        "de",
        "Mehrere Hundert Trauergäste hatten sich in der Halle versammelt, als die Bomben einschlugen; mehr als 140 Menschen kamen ums Leben.",
        [("killed", 141, None)],
    ),
    (
        "de",
        "Der Getötete hinterlässt 5 Kinder. Insgesamt starben bei dem Angriff 9 Menschen.",
        [("killed", 9, 9)],
    ),
    (
        "de",
        "Von den 410 geborgenen Leichen waren nach Angaben der Behörden 12 eines natürlichen Todes gestorben.",
        [("bodies_recovered", 410, 410)],
    ),
    (
        "de",
        "Die Stadt, die vor dem Krieg 37.000 Einwohner hatte, wurde 33 Tage lang besetzt; 458 Leichen wurden gefunden.",
        [("bodies_recovered", 458, 458)],
    ),
    (
        "de",
        "Die Rakete vom Typ Ch-22 traf das Gebäude um 15.30 Uhr; bis Montag stieg die Zahl der Toten auf 40.",
        [("killed", 40, 40)],
    ),
    (
        "fr",
        "Environ 1 700 personnes vivaient dans l'immeuble de neuf étages, qui comptait 72 appartements ; 39 habitants ont été sauvés et 23 corps retrouvés.",
        [("bodies_recovered", 23, 23)],
    ),
    (
        "fr",
        "Plus de 100 000 personnes ont été évacuées depuis le 15 août. L'attentat à l'aéroport a fait au moins 60 morts.",
        [("killed", 60, None)],
    ),
    (
        "fr",
        "Des milliers de personnes attendaient devant la porte lorsque le kamikaze s'est fait exploser, tuant 13 soldats.",
        [("killed", 13, 13)],
    ),
    (
        "fr",
        "L'hôpital de 140 lits employait 180 personnes ; 14 patients sont morts dans la frappe.",
        [("killed", 14, 14)],
    ),
    (
        "fr",
        "Plusieurs centaines de personnes assistaient aux funérailles lorsque les bombes sont tombées ; plus de 140 personnes ont été tuées.",
        [("killed", 141, None)],
    ),
    (
        "fr",
        "La victime laisse 5 orphelins. Au total, 9 personnes sont mortes dans l'attaque.",
        [("killed", 9, 9)],
    ),
    (
        "fr",
        "Sur les 410 corps retrouvés, 12 personnes seraient mortes de causes naturelles, selon les autorités.",
        [("bodies_recovered", 410, 410)],
    ),
    (
        "fr",
        "La ville, qui comptait 37 000 habitants avant la guerre, a été occupée pendant 33 jours ; 458 corps y ont été découverts.",
        [("bodies_recovered", 458, 458)],
    ),
    (
        "fr",
        "Le missile Kh-22 a frappé l'immeuble à 15 h 30 ; lundi, le bilan s'élevait à 40 morts.",
        [("killed", 40, 40)],
    ),
    (
        "en",
        "About 1,700 people lived in the nine-storey block of 72 flats; 39 residents were rescued alive and 23 bodies recovered.",
        [("bodies_recovered", 23, 23)],
    ),
    (
        "en",
        "More than 100,000 people have been flown out since August 15. The bombing at the airport killed at least 60 people.",
        [("killed", 60, None)],
    ),
    (
        "en",
        "The victim leaves 5 orphans. In all, 9 people died in the attack.",
        [("killed", 9, 9)],
    ),
    (
        "en",
        "The town, home to 37,000 people before the war, was occupied for 33 days; 458 bodies were found there.",
        [("bodies_recovered", 458, 458)],
    ),
    (
        "en",
        "A Kh-22 missile hit the building at 3:30 p.m.; by Monday the death toll had risen to 40.",
        [("killed", 40, 40)],
    ),
    (
        "es",
        "Unas 1.700 personas vivían en el bloque de nueve plantas y 72 viviendas; 39 vecinos fueron rescatados con vida y se recuperaron 23 cuerpos.",
        [("bodies_recovered", 23, 23)],
    ),
    (
        "es",
        "La víctima deja 5 huérfanos. En total, 9 personas murieron en el ataque.",
        [("killed", 9, 9)],
    ),
    (
        "es",
        "Varios cientos de personas asistían al funeral cuando cayeron las bombas; más de 140 personas murieron.",
        [("killed", 141, None)],
    ),
    # thirteenth batch, labelled before running: people waiting, children and orphans left
    (
        "de",
        "Etwa 500 Menschen warteten an der Ausgabestelle auf Mehl, als die Granate einschlug; 11 von ihnen wurden getötet.",
        [("killed", 11, 11)],
    ),
    (
        "de",
        "Vor dem Krankenhaus warten seit Tagen 200 Angehörige; drinnen starben in der Nacht 7 Patienten.",
        [("killed", 7, 7)],
    ),
    (
        "es",
        "Unas 500 personas esperaban harina en el punto de reparto cuando cayó el proyectil; 11 de ellas murieron.",
        [("killed", 11, 11)],
    ),
    (
        "sv",
        "Omkring 500 personer väntade på mjöl vid utdelningen när granaten slog ner; 11 av dem dödades.",
        [("killed", 11, 11)],
    ),
    (
        "de",
        "Der 34-jährige Vater hinterlässt 3 Kinder; bei dem Angriff starben insgesamt 6 Menschen.",
        [("killed", 6, 6)],
    ),
    (
        "en",
        "He leaves 4 orphans, his brother said; the strike killed 10 people in all.",
        [("killed", 10, 10)],
    ),
    # fourteenth batch, labelled before running: bus lines, gates, wards, platforms, ranges of
    # houses, age ranges, battalions, checkpoints, distances, districts
    (
        "en",
        "The bomb went off on bus No. 23 near Gate 3 of the university; 8 students were killed.",
        [("killed", 8, 8)],
    ),
    (
        "en",
        "A shell hit Ward 5 of the hospital, killing 2 nurses and wounding 3 patients.",
        [("killed", 2, 2), ("injured", 3, 3)],
    ),
    (
        "en",
        "Metro Line 2 was closed after the blast at Platform 4, which injured 15 commuters.",
        [("injured", 15, 15)],
    ),
    (
        "en",
        "Between 20 and 30 homes were burned in the raid, and 4 villagers were shot dead.",
        [("killed", 4, 4)],
    ),
    (
        "en",
        "The victims, aged 18 to 25, were students; 6 died at the scene and 2 in hospital.",
        [("killed", 6, 6), ("killed", 2, 2)],
    ),
    (
        "en",
        "Soldiers of the 2nd Battalion came under fire at checkpoint 14; 3 were wounded.",
        [("injured", 3, 3)],
    ),
    (
        "en",
        "The blast shattered windows up to 2 km away and injured 47 people.",
        [("injured", 47, 47)],
    ),
    (
        "en",
        "In 2 of the 5 districts, polling stations stayed shut after gunmen killed 3 election officials.",
        [("killed", 3, 3)],
    ),
    (
        "de",
        "Die Bombe explodierte im Bus der Linie 23 nahe Tor 3 der Universität; 8 Studenten wurden getötet.",
        [("killed", 8, 8)],
    ),
    (
        "de",
        "Eine Granate traf Station 5 des Krankenhauses, tötete 2 Krankenschwestern und verletzte 3 Patienten.",
        [("killed", 2, 2), ("injured", 3, 3)],
    ),
    (
        "de",
        "Zwischen 20 und 30 Häuser wurden bei dem Überfall niedergebrannt, 4 Dorfbewohner wurden erschossen.",
        [("killed", 4, 4)],
    ),
    (
        "de",
        "Die Druckwelle zerstörte Fenster in bis zu 2 Kilometern Entfernung und verletzte 47 Menschen.",
        [("injured", 47, 47)],
    ),
    (
        "fr",
        "La bombe a explosé dans le bus de la ligne 23 près de la porte 3 de l'université ; 8 étudiants ont été tués.",
        [("killed", 8, 8)],
    ),
    (
        "fr",
        "Entre 20 et 30 maisons ont été incendiées lors du raid, et 4 villageois ont été abattus.",
        [("killed", 4, 4)],
    ),
    (
        "fr",
        "Le souffle a brisé des vitres jusqu'à 2 km à la ronde et blessé 47 personnes.",
        [("injured", 47, 47)],
    ),
    (
        "fr",
        "Les victimes, âgées de 18 à 25 ans, étaient des étudiants ; 6 sont mortes sur place et 2 à l'hôpital.",
        [("killed", 6, 6), ("killed", 2, 2)],
    ),
    (
        "es",
        "La bomba estalló en el autobús de la línea 23 cerca de la puerta 3 de la universidad; 8 estudiantes murieron.",
        [("killed", 8, 8)],
    ),
    (
        "es",
        "Entre 20 y 30 casas fueron quemadas en el ataque, y 4 campesinos fueron asesinados a tiros.",
        [("killed", 4, 4)],
    ),
    (
        "es",
        "La onda expansiva rompió ventanas hasta a 2 kilómetros y dejó 47 heridos.",
        [("injured", 47, 47)],
    ),
    (
        "es",
        "Las víctimas, de entre 18 y 25 años, eran estudiantes; 6 murieron en el lugar y 2 en el hospital.",
        [("killed", 6, 6), ("killed", 2, 2)],
    ),
    (
        "sv",
        "Mellan 20 och 30 hus brändes ner vid räden, och 4 bybor sköts ihjäl.",
        [("killed", 4, 4)],
    ),
    (
        "sv",
        "Bomben exploderade på buss 23 nära port 3 vid universitetet; 8 studenter dödades.",
        [("killed", 8, 8)],
    ),
    # fifteenth batch, labelled before running: platforms, wings, gates and wards by number
    (
        "de",
        "Die Explosion ereignete sich an Gleis 4 des Hauptbahnhofs; 6 Reisende wurden verletzt.",
        [("injured", 6, 6)],
    ),
    (
        "de",
        "Im Trakt 3 des Gefängnisses brach Feuer aus, 2 Häftlinge starben.",
        [("killed", 2, 2)],
    ),
    (
        "de",
        "Vor Tor 2 des Stützpunkts 9 Soldaten verletzt, meldete die Armee.",
        [("injured", 9, 9)],
    ),
    (
        "sv",
        "Explosionen inträffade vid perrong 3 på centralstationen; 6 resenärer skadades.",
        [("injured", 6, 6)],
    ),
    (
        "sv",
        "En granat träffade avdelning 5 på sjukhuset och 2 patienter dödades.",
        [("killed", 2, 2)],
    ),
    (
        "es",
        "La explosión se produjo en el andén 4 de la estación central; 6 viajeros resultaron heridos.",
        [("injured", 6, 6)],
    ),
    (
        "fr",
        "Un obus a frappé le pavillon 5 de l'hôpital, tuant 2 patients.",
        [("killed", 2, 2)],
    ),
    # sixteenth batch, labelled before running: sentences, 9/11, 24-hour, minutes of silence,
    # member states, ratios, rates, ages as words, figure lists, graves, tear gas
    (
        "en",
        "The court handed death sentences to 3 men over the 2019 bombing, which killed 27 worshippers.",
        [("killed", 27, 27)],
    ),
    (
        "en",
        "The 9/11 attacks changed the city; on Friday, 2 people were killed in a shooting near the memorial.",
        [("killed", 2, 2)],
    ),
    (
        "en",
        "In the past 24 hours, 12 people were killed, the ministry said, in what it called a 24-hour surge.",
        [("killed", 12, 12)],
    ),
    (
        "en",
        "The country observed 2 minutes of silence for the 8 victims of the train crash.",
        [("killed", 8, 8)],
    ),
    (
        "en",
        "The UN's 193 member states observed a minute of silence; the war has killed 4,000 civilians this year.",
        [("killed", 4000, 4000)],
    ),
    (
        "en",
        "For every 10 people killed, 3 are children, the agency said; in total, 310 people have died.",
        [("killed", 310, 310)],
    ),
    (
        "en",
        "About 1 in 5 of the 250 dead were women, officials said.",
        [("killed", 250, 250)],
    ),
    (
        "en",
        "Road deaths rose to 12 per 100,000 people last year, the report found.",
        [],
    ),
    (
        "en",
        "A two-year-old was among the 5 people killed when the rocket hit the house.",
        [("killed", 5, 5)],
    ),
    (
        "en",
        "Killed: 14. Injured: 52. Missing: 3. The figures were released at 6 p.m.",
        [("killed", 14, 14), ("injured", 52, 52), ("missing", 3, 3)],
    ),
    (
        "en",
        "The 5 bodies were buried in 2 graves on Sunday, a day after the massacre.",
        [("bodies_recovered", 5, 5)],
    ),
    (
        "en",
        "Police used 40 canisters of tear gas and arrested 70 people; 3 protesters were injured.",
        [("injured", 3, 3)],
    ),
    # seventeenth batch, labelled before running: death sentences, rates per 100,000
    (
        "en",
        "A military court issued death sentences to 5 soldiers for the massacre of 31 villagers.",
        [("killed", 31, 31)],
    ),
    (
        "en",
        "Judges handed a death sentence to 2 of the attackers; the bombing had killed 18 people.",
        [("killed", 18, 18)],
    ),
    (
        "de",
        "Ein Militärgericht verhängte Todesurteile gegen 5 Soldaten wegen des Massakers, bei dem 31 Dorfbewohner getötet worden waren.",
        [("killed", 31, 31)],
    ),
    (
        "fr",
        "Un tribunal militaire a prononcé la peine de mort contre 5 soldats pour le massacre de 31 villageois.",
        [("killed", 31, 31)],
    ),
    (
        "es",
        "Un tribunal militar condenó a muerte a 5 soldados por la masacre en la que murieron 31 campesinos.",
        [("killed", 31, 31)],
    ),
    (
        "sv",
        "En militärdomstol dömde 5 soldater till döden för massakern där 31 bybor dödades.",
        [("killed", 31, 31)],
    ),
    (
        "en",
        "The murder rate fell to 8 per 100,000 residents, while 14 people were killed in the city last month.",
        [("killed", 14, 14)],
    ),
    (
        "de",
        "Die Mordrate sank auf 8 pro 100.000 Einwohner; im vergangenen Monat wurden in der Stadt 14 Menschen getötet.",
        [("killed", 14, 14)],
    ),
    (
        "fr",
        "Le taux d'homicides est tombé à 8 pour 100 000 habitants, alors que 14 personnes ont été tuées en ville le mois dernier.",
        [("killed", 14, 14)],
    ),
    # eighteenth batch, labelled before running: a plural noun of deaths after a capitalised
    # modifier at the start of a sentence counts no one
    (
        "en",
        "Gun deaths rose by 8 percent last year, while 3 people were shot dead on Sunday.",
        [("killed", 3, 3)],
    ),
    (
        "en",
        "Civilian deaths fell sharply in March, the monitor said; 12 civilians were killed in April.",
        [("killed", 12, 12)],
    ),
    (
        "en",
        "Traffic fatalities climbed again this year, the ministry said.",
        [],
    ),
    (
        "en",
        "Overdose deaths doubled in the province, officials said on Monday.",
        [],
    ),
    # nineteenth batch, labelled before running: local crime news: numbered massacres, a
    # fifteenth birthday, calibres, rewards, years ago, emergency numbers, counts of massacres
    (
        "es",
        "Es la masacre número 42 en lo que va del año; en este hecho murieron 5 jóvenes, según Indepaz.",
        [("killed", 5, 5)],
    ),
    (
        "es",
        "En la fiesta de XV años, celebrada en una casa de la colonia, 7 personas fueron asesinadas a balazos.",
        [("killed", 7, 7)],
    ),
    (
        "es",
        "Los peritos hallaron 80 casquillos de calibre 9 milímetros junto a los cuerpos de 6 hombres.",
        [("bodies_recovered", 6, 6)],
    ),
    (
        "es",
        "El municipio, de 20 mil habitantes, suma ya 60 masacres desde 2016; el sábado murieron otras 3 personas.",
        [("killed", 3, 3)],
    ),
    (
        "es",
        "La fiscalía ofrece una recompensa de 500 mil pesos por los autores del ataque que dejó 4 muertos.",
        [("killed", 4, 4)],
    ),
    (
        "es",
        "Hace 2 años, en la misma carretera, murieron 9 policías; este lunes, otros 2 agentes resultaron heridos.",
        [("killed", 9, 9), ("injured", 2, 2)],
    ),
    (
        "es",
        "Los vecinos llamaron al 911 a las 3 de la mañana; la policía encontró los cuerpos de 2 mujeres de 30 y 34 años.",
        [("bodies_recovered", 2, 2)],
    ),
    (
        "es",
        "Fue la cuarta masacre del año en el departamento: 4 campesinos fueron asesinados el domingo.",
        [("killed", 4, 4)],
    ),
    (
        "es",
        "Tres presuntos delincuentes fueron abatidos y 2 policías resultaron heridos en el enfrentamiento, que duró 40 minutos.",
        [("killed", 3, 3), ("injured", 2, 2)],
    ),
    (
        "de",
        "Es war bereits der vierte Anschlag in diesem Jahr; diesmal wurden 5 Menschen verletzt.",
        [("injured", 5, 5)],
    ),
    (
        "de",
        "Die Ermittler fanden 80 Patronenhülsen vom Kaliber 9 Millimeter neben den Leichen von 6 Männern.",
        [("bodies_recovered", 6, 6)],
    ),
    (
        "de",
        "Die Behörden setzten eine Belohnung von 50.000 Euro für Hinweise auf die Täter aus, die 4 Menschen getötet hatten.",
        [("killed", 4, 4)],
    ),
    (
        "de",
        "Vor 2 Jahren starben auf derselben Straße 9 Polizisten; am Montag wurden 2 weitere Beamte verletzt.",
        [("killed", 9, 9), ("injured", 2, 2)],
    ),
    (
        "fr",
        "C'était déjà le quatrième attentat de l'année ; cette fois, 5 personnes ont été blessées.",
        [("injured", 5, 5)],
    ),
    (
        "fr",
        "Les enquêteurs ont retrouvé 80 douilles de calibre 9 mm près des corps de 6 hommes.",
        [("bodies_recovered", 6, 6)],
    ),
    (
        "fr",
        "Il y a 2 ans, sur la même route, 9 policiers avaient été tués ; lundi, 2 autres agents ont été blessés.",
        [("killed", 9, 9), ("injured", 2, 2)],
    ),
    (
        "fr",
        "Les autorités offrent une récompense de 50 000 euros pour retrouver les auteurs de l'attaque, qui a fait 4 morts.",
        [("killed", 4, 4)],
    ),
    # twentieth batch, labelled before running: calibres in English and Swedish
    (
        "en",
        "Investigators found 80 spent 9mm cartridges and 2 rifles of calibre 7.62 near the bodies of 6 men.",
        [("bodies_recovered", 6, 6)],
    ),
    (
        "en",
        "Police recovered shell casings of .45 caliber at the scene, where 3 people had been shot dead.",
        [("killed", 3, 3)],
    ),
    (
        "sv",
        "Polisen hittade 80 tomhylsor av kaliber 9 millimeter bredvid kropparna av 6 män.",
        [("bodies_recovered", 6, 6)],
    ),
    # twenty-first batch, labelled before running: Arabic and Swedish: prisoners freed, raids
    # and hours, people saved, day numbers, a father's age, storeys, crowds, prison years, money
    (
        "ar",
        "أفرجت السلطات عن 50 أسيرا، بعد يوم من هجوم قتل فيه 7 جنود.",
        [("killed", 7, 7)],
    ),
    (
        "ar",
        "شنت الطائرات 12 غارة على المدينة منذ الساعة 10 صباحا، ما أسفر عن مقتل 9 مدنيين.",
        [("killed", 9, 9)],
    ),
    (
        "ar",
        "تمكنت فرق الدفاع المدني من إنقاذ 12 شخصا من تحت الأنقاض، فيما قتل 5 آخرون.",
        [("killed", 5, 5)],
    ),
    (
        "ar",
        "لليوم الـ20 على التوالي، تتواصل الاشتباكات التي أودت بحياة 40 شخصا.",
        [("killed", 40, 40)],
    ),
    (
        "ar",
        "قال والد الضحية، البالغ من العمر 60 عاما، إن ابنه قتل مع 3 من أصدقائه.",
        [("killed", 3, 3)],
    ),
    (
        "ar",
        "دمرت الغارة منزلا من 3 طوابق، وأصيب 6 أشخاص بجروح.",
        [("injured", 6, 6)],
    ),
    (
        "sv",
        "Omkring 300 personer hade samlats på torget när bomben exploderade; 9 dödades.",
        [("killed", 9, 9)],
    ),
    (
        "sv",
        "Gärningsmannen dömdes till 10 års fängelse för dådet, där 4 personer dödades.",
        [("killed", 4, 4)],
    ),
    (
        "sv",
        "Klockan 14.30 slog 3 raketer ner, 3 mil från gränsen; 2 personer skadades.",
        [("injured", 2, 2)],
    ),
    (
        "sv",
        "Familjen fick 50 000 kronor i ersättning för de 3 barn som dödades i attacken.",
        [("killed", 3, 3)],
    ),
    (
        "sv",
        "Striderna har pågått i 3 dagar och 2 000 personer har evakuerats; 11 soldater har stupat.",
        [("killed", 11, 11)],
    ),
    # twenty-second batch, labelled before running: Arabic ordinals written with the article
    (
        "ar",
        "تعرض السوق للقصف للمرة الـ3 هذا الشهر، وقتل 6 أشخاص.",
        [("killed", 6, 6)],
    ),
    (
        "ar",
        "في الأسبوع الـ12 من الحرب، أصيب 14 مدنيا في قصف على الحي.",
        [("injured", 14, 14)],
    ),
    (
        "ar",
        "في الذكرى الـ10 للمجزرة التي قتل فيها 31 شخصا، تجمع الأهالي في الساحة.",
        [("killed", 31, 31)],
    ),
    # twenty-third batch, labelled before running: approximate crowds, people waiting or
    # sheltering, a force's strength, aircraft types, decades, protests for the victims
    (
        "fr",
        "Une centaine de manifestants se sont rassemblés devant la préfecture au lendemain de l'attaque qui a fait 6 morts.",
        [("killed", 6, 6)],
    ),
    (
        "fr",
        "Ils étaient une vingtaine à attendre le bus lorsque l'obus est tombé, tuant 4 d'entre eux.",
        [("killed", 4, 4)],
    ),
    (
        "fr",
        "Près de 2 000 personnes sont réfugiées dans l'école depuis le début des combats, qui ont fait 15 morts.",
        [("killed", 15, 15)],
    ),
    (
        "fr",
        "L'opération, forte de 5 100 hommes, a perdu 3 soldats dans une embuscade mardi.",
        [("killed", 3, 3)],
    ),
    (
        "fr",
        "Au cours des 24 dernières heures, une dizaine de véhicules ont été incendiés et 2 policiers blessés.",
        [("injured", 2, 2)],
    ),
    (
        "fr",
        "Deux Rafale et un A400M ont été engagés ; la frappe a tué 12 combattants, selon l'état-major.",
        [("killed", 12, 12)],
    ),
    (
        "fr",
        "Dans les années 1990, la ville comptait 80 000 âmes ; samedi, 3 habitants ont été tués par des tirs.",
        [("killed", 3, 3)],
    ),
    (
        "fr",
        "Un millier de personnes ont manifesté dimanche pour réclamer justice pour les 8 victimes.",
        [("killed", 8, 8)],
    ),
    (
        "de",
        "Rund hundert Demonstranten versammelten sich vor dem Rathaus, einen Tag nach dem Angriff mit 6 Toten.",
        [("killed", 6, 6)],
    ),
    (
        "de",
        "Etwa zwanzig Menschen warteten auf den Bus, als die Granate einschlug und 4 von ihnen tötete.",
        [("killed", 4, 4)],
    ),
    (
        "de",
        "Fast 2.000 Menschen haben in der Schule Zuflucht gesucht, seit die Kämpfe begannen, bei denen 15 Menschen starben.",
        [("killed", 15, 15)],
    ),
    (
        "es",
        "Un centenar de manifestantes se concentró ante la alcaldía un día después del ataque que dejó 6 muertos.",
        [("killed", 6, 6)],
    ),
    (
        "es",
        "Una veintena de personas esperaba el autobús cuando cayó el proyectil, que mató a 4 de ellas.",
        [("killed", 4, 4)],
    ),
    (
        "es",
        "Cerca de 2.000 personas se refugian en la escuela desde el inicio de los combates, que han dejado 15 muertos.",
        [("killed", 15, 15)],
    ),
    (
        "en",
        "Some 100 protesters gathered outside the town hall a day after the attack that left 6 dead.",
        [("killed", 6, 6)],
    ),
    (
        "en",
        "About twenty people were waiting for the bus when the shell hit, killing 4 of them.",
        [("killed", 4, 4)],
    ),
    (
        "en",
        "Nearly 2,000 people have been sheltering in the school since the fighting began, which has killed 15.",
        [("killed", 15, 15)],
    ),
    # twenty-fourth batch, labelled before running: German 'Angriff mit N Toten', French people
    # 'une trentaine à faire la queue', families sheltering
    (
        "de",
        "Nach dem Überfall auf das Dorf mit 9 Toten flohen Hunderte Familien.",
        [("killed", 9, 9)],
    ),
    (
        "de",
        "Der Angriff mit 14 Toten war der schwerste seit Monaten.",
        [("killed", 14, 14)],
    ),
    (
        "de",
        "Seit dem Anschlag mit 22 Toten sind die Märkte der Stadt geschlossen.",
        [("killed", 22, 22)],
    ),
    (
        "de",
        "Die Explosion mit 5 Toten ereignete sich gegen Mittag.",
        [("killed", 5, 5)],
    ),
    (
        "fr",
        "Elles étaient une trentaine à faire la queue devant la boulangerie quand la frappe a tué 7 d'entre elles.",
        [("killed", 7, 7)],
    ),
    (
        "fr",
        "Quelque 500 familles sont réfugiées dans la mosquée ; 2 enfants y sont morts de froid.",
        [("killed", 2, 2)],
    ),
    (
        "fr",
        "Ils étaient une cinquantaine à patienter au point de distribution lorsque 3 obus sont tombés, blessant 11 personnes.",
        [("injured", 11, 11)],
    ),
    # twenty-fifth batch, labelled before running: ages beside counted victims
    (
        "en",
        "The dead included two children, aged 3 and 9, and 4 adults, the hospital said.",
        [("killed", 2, 2), ("killed", 4, 4)],
    ),
    (
        "en",
        "The 6 wounded, ages 15 to 34, were taken to area hospitals; the youngest was 15.",
        [("injured", 6, 6)],
    ),
    (
        "en",
        "Victims were between the ages of 18 and 25, and 5 of them died, police said.",
        [("killed", 5, 5)],
    ),
    (
        "en",
        "The youngest of the 11 people killed was a 3-month-old baby, the oldest was 82.",
        [("killed", 11, 11)],
    ),
    (
        "en",
        "A 44-year-old man and his 2 sons, aged 12 and 14, were wounded in the strike.",
        [("injured", 3, 3)],
    ),
    (
        "de",
        "Unter den Toten waren zwei Kinder im Alter von 3 und 9 Jahren sowie 4 Erwachsene, teilte das Krankenhaus mit.",
        [("killed", 2, 2), ("killed", 4, 4)],
    ),
    (
        "de",
        "Der jüngste der 11 Getöteten war ein 3 Monate alter Säugling, der älteste 82.",
        [("killed", 11, 11)],
    ),
    (
        "fr",
        "Parmi les morts figurent deux enfants, âgés de 3 et 9 ans, ainsi que 4 adultes, selon l'hôpital.",
        [("killed", 2, 2), ("killed", 4, 4)],
    ),
    (
        "fr",
        "Le plus jeune des 11 morts était un bébé de 3 mois, le plus âgé avait 82 ans.",
        [("killed", 11, 11)],
    ),
    (
        "es",
        "Entre los muertos hay dos niños, de 3 y 9 años, y 4 adultos, según el hospital.",
        [("killed", 2, 2), ("killed", 4, 4)],
    ),
    (
        "es",
        "El más joven de los 11 fallecidos era un bebé de 3 meses y el mayor tenía 82 años.",
        [("killed", 11, 11)],
    ),
    # twenty-sixth batch, labelled before running: bomb weights, missile names, targets,
    # a city's rank, families sheltered, a 24-hour window, a resolution and a past war
    (
        "en",
        "The jet dropped a 2,000-pound bomb on the building, killing 30 people.",
        [("killed", 30, 30)],
    ),
    (
        "en",
        "Two 500-pound bombs hit the market, killing 12 shoppers.",
        [("killed", 12, 12)],
    ),
    (
        "en",
        "Two S-300 missiles struck the city centre, killing 3 people and wounding 19.",
        [("killed", 3, 3), ("injured", 19, 19)],
    ),
    (
        "en",
        "An Iskander-M missile and 4 Kh-101 cruise missiles were fired; 7 people were killed.",
        [("killed", 7, 7)],
    ),
    (
        "en",
        "The strike hit a school where 4,000 people were sheltering, killing at least 22.",
        [("killed", 22, None)],
    ),
    (
        "en",
        "The army said it struck 50 targets overnight; health officials said 41 people were killed.",
        [("killed", 41, 41)],
    ),
    (
        "en",
        "Kharkiv, Ukraine's 2nd-largest city, was shelled again; 6 people were injured.",
        [("injured", 6, 6)],
    ),
    (
        "en",
        "The strike on the house, which sheltered 3 families, killed 15 members of one family.",
        [("killed", 15, 15)],
    ),
    (
        "en",
        "In the 24 hours to 8 a.m., 37 people were killed and 120 injured, the ministry said in its daily update.",
        [("killed", 37, 37), ("injured", 120, 120)],
    ),
    (
        "en",
        "Resolution 1701 ended the 2006 war, in which about 1,200 Lebanese were killed; on Monday, 2 soldiers were wounded.",
        [("killed", 1200, 1200), ("injured", 2, 2)],
    ),
    # twenty-seventh batch, labelled before running: things counted and sized by a unit
    (
        "en",
        "Four 250-kilogram bombs fell on the camp, killing 9 people.",
        [("killed", 9, 9)],
    ),
    (
        "en",
        "Two 10-storey towers were hit overnight; 5 residents died.",
        [("killed", 5, 5)],
    ),
    (
        "de",
        "Zwei 250-Kilogramm-Bomben trafen das Lager, 9 Menschen wurden getötet.",
        [("killed", 9, 9)],
    ),
    (
        "fr",
        "Deux bombes de 250 kilos ont frappé le camp, tuant 9 personnes.",
        [("killed", 9, 9)],
    ),
    (
        "es",
        "Dos bombas de 250 kilos cayeron sobre el campamento y mataron a 9 personas.",
        [("killed", 9, 9)],
    ),
    # twenty-eighth batch, labelled before running: street grids, numbered fronts and brigades,
    # rifle names, city zones, shares of a toll
    (
        "es",
        "En la calle 15 con carrera 20 fueron asesinadas 3 personas, informó la policía.",
        [("killed", 3, 3)],
    ),
    (
        "es",
        "Según el Ejército, el Frente 36 de las disidencias atacó la base; murieron 4 soldados.",
        [("killed", 4, 4)],
    ),
    (
        "es",
        "La Brigada 17 reportó que 2 de sus hombres resultaron heridos en el combate.",
        [("injured", 2, 2)],
    ),
    (
        "es",
        "Los atacantes portaban fusiles AK-47 y lanzaron 3 granadas; 5 personas resultaron heridas.",
        [("injured", 5, 5)],
    ),
    (
        "es",
        "El ataque ocurrió a las 10:30 p. m. en la zona 18; 2 jóvenes murieron en el lugar.",
        [("killed", 2, 2)],
    ),
    (
        "es",
        "Desde 2016 han sido asesinados más de 1.200 líderes sociales; el 40 % de ellos en 4 departamentos.",
        [("killed", 1201, None)],
    ),
    (
        "en",
        "The gunmen carried AK-47 rifles and threw 3 grenades; 5 people were wounded.",
        [("injured", 5, 5)],
    ),
    (
        "en",
        "The army said the 36th Front of the dissidents attacked the base; 4 soldiers died.",
        [("killed", 4, 4)],
    ),
    (
        "fr",
        "Les assaillants portaient des fusils AK-47 et ont lancé 3 grenades ; 5 personnes ont été blessées.",
        [("injured", 5, 5)],
    ),
    (
        "de",
        "Die Angreifer trugen AK-47-Gewehre und warfen 3 Granaten; 5 Menschen wurden verletzt.",
        [("injured", 5, 5)],
    ),
    # twenty-ninth batch, labelled before running: streets of a city grid by number
    (
        "es",
        "Sobre la carrera 7, a la altura de la calle 45, un ataque con explosivos dejó 6 heridos.",
        [("injured", 6, 6)],
    ),
    (
        "es",
        "En la avenida 68 con transversal 3 murieron 2 motociclistas tras el tiroteo.",
        [("killed", 2, 2)],
    ),
]

# paragraphs still read wrongly, with why
ONE_NAMED = (
    "one person told by a superlative ('the youngest of the 11 people killed was a baby') is read"
    " as a claim of one inside the count; no rule for the superlative yet"
)
SEVERITY = (
    "a part of the hurt told by its state ('two of them seriously', 'nine remain in critical"
    " condition') is read as a claim of its own; the labelled sets disagree on such parts and"
    " test_en_labeller_sentences reads '12 of them critically' as one, so it is left alone"
)
GAPS: dict[str, str] = {
    "Armén skickade 3 000 soldater och 50 pansarfordon till regionen sedan beväpnade män dödat 19 bybor.": "a verb of sending is no sign of people there unharmed in Swedish ('skickade 30 personer till sjukhus' are the hurt, test_sent_to_hospital), so the soldiers sent take the killing verb after them",
    "Victims were between the ages of 18 and 25, and 5 of them died, police said.": "'5 of them died' after a group with no count of its own ('Victims were ...') is not read once the age range no longer counts (a miss, not a false alarm)",
    "Le plus jeune des 11 morts était un bébé de 3 mois, le plus âgé avait 82 ans.": ONE_NAMED,
    "El más joven de los 11 fallecidos era un bebé de 3 meses y el mayor tenía 82 años.": ONE_NAMED,
    "A 44-year-old man and his 2 sons, aged 12 and 14, were wounded in the strike.": "the sons named beside their father ('a man and his 2 sons') are read as a subset of children besides the three; the labelled sets may read such sons as a children subset too, so it is left alone",
    "Elles étaient une trentaine à faire la queue devant la boulangerie quand la frappe a tué 7 d'entre elles.": "an approximate count waiting in line ('une trentaine à faire la queue') still takes the killing verb of the part after it ('a tué 7 d'entre elles'), though 'à attendre' and 'à patienter' now read",
    "Près de 2 000 personnes sont réfugiées dans l'école depuis le début des combats, qui ont fait 15 morts.": "people sheltering in a building named by the displaced word itself ('sont réfugiées dans l'école') are read as displaced; the present reading looks only past the noun",
    "Nach dem Überfall auf das Dorf mit 9 Toten flohen Hunderte Familien.": "'Dorf mit' opens a population ('ein Dorf mit 3000 Einwohnern'), so 'Dorf mit 9 Toten' loses its dead (a miss, not a false alarm)",
    "Vor 2 Jahren starben auf derselben Straße 9 Polizisten; am Montag wurden 2 weitere Beamte verletzt.": "a count of people right after a road word ('auf derselben Straße 9 Polizisten') is read as a road's number (a miss, not a false alarm)",
    "For every 10 people killed, 3 are children, the agency said; in total, 310 people have died.": "a ratio ('for every 10 people killed, 3 are children') is read as two counts; 'every' before a count is no rule yet",
    "Von den 410 geborgenen Leichen waren nach Angaben der Behörden 12 eines natürlichen Todes gestorben.": "a whole of bodies whose part died naturally is dropped with its part ('Von den 410 geborgenen Leichen ... 12 eines natürlichen Todes'; a miss, not a false alarm)",
    "Sur les 410 corps retrouvés, 12 personnes seraient mortes de causes naturelles, selon les autorités.": "a whole of bodies whose part died naturally is dropped with its part ('Sur les 410 corps retrouvés, 12 ... de causes naturelles'; a miss, not a false alarm)",
    "Zwei Obdachlose sind in der Nacht bei minus 15 Grad erfroren.": "a subject whose verb closes the clause past a time and a place ('Zwei Obdachlose sind in der Nacht ... erfroren') is not read (a miss, not a false alarm)",
    "نقل الجرحى الـ12 إلى 3 مستشفيات في 15 سيارة إسعاف.": "a definite numeral after its noun ('الجرحى الـ12') is not read (a miss, not a false alarm)",
    "قتل اثنان من المهاجمين الخمسة برصاص الحراس، وفر الثلاثة الآخرون.": "an Arabic part of a whole whose count follows its noun ('اثنان من المهاجمين الخمسة') is read as the whole (5), not the part (2)",
    "The prime minister, 71, visited the wounded in hospital. Of the 36 people hurt in the blast, nine remain in critical condition.": SEVERITY,
    "Eight people were injured, two of them seriously, when a rocket hit the market.": SEVERITY,
    "Von den 36 bei der Explosion verletzten Menschen schweben neun in Lebensgefahr, teilte das Krankenhaus mit.": SEVERITY,
    "Acht Menschen wurden verletzt, zwei von ihnen schwer, als eine Rakete auf dem Markt einschlug.": SEVERITY,
    "De las 36 personas heridas en la explosión, nueve siguen en estado crítico, informó el hospital.": SEVERITY,
    "Ocho personas resultaron heridas, dos de ellas de gravedad, cuando un cohete cayó en el mercado.": SEVERITY,
    "Sur les 36 personnes blessées dans l'explosion, neuf sont toujours dans un état critique, a indiqué l'hôpital.": SEVERITY,
    "Åtta personer skadades, två av dem allvarligt, när en raket slog ner på torget.": SEVERITY,
    "It was the deadliest attack since 2015, when a bombing killed 40 people; on Monday 17 people died.": "a record sentence ('the deadliest attack since 2015') drops every count in it: the earlier toll after 'when' by design (engine._earlier_event reads a compared figure as no claim, against this label) and the new one after ';' (a miss, not a false alarm)",
    "تم إجلاء نحو 2300 من السكان، وغرق 4 أشخاص، بحسب الدفاع المدني.": "'غرق' (drowned; also 'sank' of a boat) is no killing cue (a miss, not a false alarm)",
    "Zwei Tage nachdem Bewaffnete 14 Bergleute getötet hatten, trafen 600 Polizisten in der Stadt ein.": "the separable verb 'trafen ... ein' around the count is not read; 'trafen' alone also means 'hit' ('Kugeln trafen 2 Menschen')",
}


@pytest.mark.parametrize(("lang", "text", "expected"), params(CASES, GAPS))
def test_numbers_beside_casualty_words(lang: str, text: str, expected: list[Expected]) -> None:
    assert casualty_claims(text, lang) == Counter(expected)
