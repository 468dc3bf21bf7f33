"""Numbers beside casualty words that count no casualties (branch dist12): clock times, dates
and years, weekdays, survivors, damaged houses and buildings, funeral crowds, former
inhabitants, patients admitted with symptoms, explosions, shots, strikes, rockets and drones,
list numbering, team sizes, attackers counted beside their victims, ages, money, distances,
durations, percentages, votes, prisoner exchanges, troops, sorties, evacuated, rescued and
arrested people; in English, Spanish, German and French.

Every paragraph is our own, invented and labelled before the extractor ran on it; places are
left out and events and figures made up. Each case lists every casualty claim expected as
(measure, low, high); the other numbers must not become one."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extract.number_paragraphs import Expected, casualty_claims, params

# (language, paragraph, expected casualty claims)
CASES: list[tuple[str, str, list[Expected]]] = [
    (
        "en",
        "A car bomb exploded at 7:45 a.m. on March 17, 2017, outside the central market, killing at least 12 people, police said. It was the second blast in the city in 24 hours.",
        [("killed", 12, None)],
    ),
    (
        "en",
        "Two days later, on Thursday, rescuers pulled 3 survivors from the rubble of the five-storey building. The death toll rose to 41, the civil defence said.",
        [("killed", 41, 41)],
    ),
    (
        "en",
        "The storm damaged 1,200 houses and destroyed 85 school buildings across the province. Officials said 6 people were killed by falling trees.",
        [("killed", 6, 6)],
    ),
    (
        "en",
        "More than 5,000 mourners attended the funeral of the 9 miners who died in Monday's explosion.",
        [("killed", 9, 9)],
    ),
    (
        "en",
        "The village, once home to 3,000 inhabitants, now has fewer than 200 residents. Gunmen killed 7 farmers there last week.",
        [("killed", 7, 7)],
    ),
    (
        "en",
        "Some 140 patients were admitted to hospitals with breathing difficulties after the gas attack, which killed 18 people, doctors said.",
        [("killed", 18, 18)],
    ),
    (
        "en",
        "The militants fired 35 rockets and launched 12 drones at the base overnight. Two soldiers were wounded, the military said.",
        [("injured", 2, 2)],
    ),
    (
        "en",
        "Witnesses heard 4 explosions and about 30 shots before the gunmen fled. One policeman was killed.",
        [("killed", 1, 1)],
    ),
    (
        "en",
        "The air force carried out 47 strikes in 3 provinces on Sunday, killing 22 militants, according to the defence ministry.",
        [("killed", 22, 22)],
    ),
    (
        "en",
        "Police named the dead as follows: 1) a taxi driver, 45; 2) a nurse, 29. In all, 2 people were killed and 4 injured.",
        [("killed", 2, 2), ("injured", 4, 4)],
    ),
    (
        "en",
        "A 40-member rescue team and 12 sniffer dogs searched the collapsed hotel, where at least 16 guests died.",
        [("killed", 16, None)],
    ),
    (
        "en",
        "The 3 gunmen who stormed the mosque killed 5 worshippers before fleeing on motorbikes.",
        [("killed", 5, 5)],
    ),
    (
        "en",
        "The 19-year-old suspect and his 22-year-old brother opened fire at the concert, killing 4 people and injuring 11.",
        [("killed", 4, 4), ("injured", 11, 11)],
    ),
    (
        "en",
        "The government pledged $2.5 million in compensation and 500 tonnes of food for the families of the 27 people killed in the floods.",
        [("killed", 27, 27)],
    ),
    (
        "en",
        "The bus plunged 200 metres into a ravine 60 km north of the capital, killing 14 passengers.",
        [("killed", 14, 14)],
    ),
    (
        "en",
        "The siege lasted for 12 hours. When it ended, 9 hostages were dead, the interior ministry said.",
        [("killed", 9, 9)],
    ),
    (
        "en",
        "Turnout was 64 percent, and the ruling party won 212 of 350 seats. Election-day violence killed at least 3 people.",
        [("killed", 3, None)],
    ),
    (
        "en",
        "Parliament voted 301 to 12 to extend the state of emergency, a week after the bombing that killed 31 people.",
        [("killed", 31, 31)],
    ),
    (
        "en",
        "Under the deal, 50 hostages will be exchanged for 150 prisoners. Since the war began, 24 aid workers have been killed.",
        [("killed", 24, 24)],
    ),
    (
        "en",
        "The ministry deployed 2,000 troops and 40 armoured vehicles to the region after clashes left 17 people dead.",
        [("killed", 17, 17)],
    ),
    (
        "en",
        "Fighter jets flew 120 sorties over the weekend. The strikes killed at least 30 civilians, a monitoring group said.",
        [("killed", 30, None)],
    ),
    (
        "en",
        "Around 4,000 people were evacuated from the coastal villages and 250 were rescued by boat. The floods killed 8 people.",
        [("killed", 8, 8)],
    ),
    (
        "en",
        "Police arrested 26 people after the riot, in which 2 protesters were killed and 40 injured.",
        [("killed", 2, 2), ("injured", 40, 40)],
    ),
    (
        "en",
        "The fire broke out on the 14th floor of the 20-storey tower at about 1 a.m. Three residents died and 7 were taken to hospital.",
        [("killed", 3, 3), ("injured", 7, 7)],
    ),
    (
        "en",
        "A 7.1-magnitude earthquake struck at a depth of 10 km on Saturday, killing at least 52 people.",
        [("killed", 52, None)],
    ),
    (
        "en",
        "The car, travelling at 140 km/h, hit a group of pedestrians, killing 2 and injuring 5.",
        [("killed", 2, 2), ("injured", 5, 5)],
    ),
    (
        "en",
        "Officials said 1,500 homes, 30 bridges and 12 health centres had been damaged. So far 11 deaths have been confirmed.",
        [("killed", 11, 11)],
    ),
    (
        "en",
        "About 70% of the town's buildings have been destroyed. Shelling on Monday killed 4 civilians, the mayor said.",
        [("killed", 4, 4)],
    ),
    (
        "en",
        "The 2 pilots ejected safely before the jet crashed into a farmhouse, killing 3 people on the ground.",
        [("killed", 3, 3)],
    ),
    (
        "en",
        "Of the 45 passengers on board, 38 survived. The remaining 7 were killed when the ferry capsized.",
        [("killed", 7, 7)],
    ),
    (
        "en",
        "The gunman fired more than 100 rounds from a 32nd-floor window in 10 minutes, killing 6 people.",
        [("killed", 6, 6)],
    ),
    (
        "en",
        "The army said it had intercepted 90% of the 200 missiles fired. One woman was killed in the city, paramedics said.",
        [("killed", 1, 1)],
    ),
    (
        "en",
        "The team of 11 doctors worked through the night treating the 63 wounded, hospital officials said.",
        [("injured", 63, 63)],
    ),
    (
        "en",
        "The convoy of 30 trucks carrying 400 tonnes of aid was hit by an air strike that killed 5 drivers.",
        [("killed", 5, 5)],
    ),
    (
        "en",
        "A roadside bomb hit a patrol of 8 soldiers near kilometre 45 of the highway, killing 2 of them.",
        [("killed", 2, 2)],
    ),
    (
        "en",
        "The landslide, which buried 25 houses, killed at least 9 people; 14 others remain missing.",
        [("killed", 9, None), ("missing", 14, 14)],
    ),
    (
        "en",
        "Police said the 4 suspects, aged 17 to 24, were arrested at 3 addresses on Friday. The stabbing left one man dead.",
        [("killed", 1, 1)],
    ),
    (
        "en",
        "Rescue workers dug through 3 metres of mud for 48 hours. By Wednesday they had recovered 21 bodies.",
        [("bodies_recovered", 21, 21)],
    ),
    (
        "en",
        "The hospital, with 120 beds, received 85 wounded in the first 6 hours after the blast, the director said.",
        [("injured", 85, 85)],
    ),
    (
        "en",
        "Nineteen people have been killed in road accidents during the 5-day holiday, the traffic police said, while 1,400 drivers were fined.",
        [("killed", 19, 19)],
    ),
    (
        "en",
        "The attack came 2 weeks after 4 suicide bombers struck 3 churches. On Sunday, 10 people were killed.",
        [("killed", 10, 10)],
    ),
    (
        "en",
        "A poll of 1,000 residents found 3 in 4 felt unsafe after gunmen killed 5 people at the market.",
        [("killed", 5, 5)],
    ),
    (
        "en",
        "The 2 sisters, 9 and 11, were among 13 people wounded in the shelling, their father said.",
        [("injured", 13, 13)],
    ),
    (
        "en",
        "Between 10 p.m. and midnight, 6 mortar shells hit the camp, wounding 4 children.",
        [("injured", 4, 4)],
    ),
    (
        "en",
        "Channel 4 reported that 300 riot police were sent to Route 9 after the clash, in which 1 officer died.",
        [("killed", 1, 1)],
    ),
    (
        "en",
        "The army said it had destroyed 15 tunnels and 40 rocket launchers. Three soldiers were killed in the operation.",
        [("killed", 3, 3)],
    ),
    (
        "en",
        "The 24-hour ceasefire began at 6 p.m. Within 2 hours, 2 people were shot dead in the northern district.",
        [("killed", 2, 2)],
    ),
    (
        "en",
        "On Wednesday, 3 April, the rebels said they had shot down 2 helicopters. A government statement said 6 soldiers died.",
        [("killed", 6, 6)],
    ),
    (
        "es",
        "El 17 de marzo de 2019, a las 10:30, un coche bomba estalló frente al mercado y mató al menos a 15 personas.",
        [("killed", 15, None)],
    ),
    (
        "es",
        "Unos 3.000 vecinos asistieron al funeral de los 8 mineros que murieron en la explosión del lunes.",
        [("killed", 8, 8)],
    ),
    (
        "es",
        "Las milicias lanzaron 40 cohetes y 12 drones contra la base; 2 soldados resultaron heridos, informó el ejército.",
        [("injured", 2, 2)],
    ),
    (
        "es",
        "El terremoto, de magnitud 6,8 y a 10 kilómetros de profundidad, dañó 2.500 viviendas y dejó 31 muertos.",
        [("killed", 31, 31)],
    ),
    (
        "es",
        "La policía detuvo a 23 personas tras los disturbios, en los que murieron 3 manifestantes.",
        [("killed", 3, 3)],
    ),
    (
        "es",
        "El Gobierno desplegó 1.500 soldados y 60 vehículos blindados en la región después de los enfrentamientos que causaron 12 muertos.",
        [("killed", 12, 12)],
    ),
    (
        "es",
        "El autobús cayó 150 metros por un barranco a 40 kilómetros de la capital; 9 pasajeros murieron y 20 resultaron heridos.",
        [("killed", 9, 9), ("injured", 20, 20)],
    ),
    (
        "es",
        "El asedio duró 14 horas. Cuando terminó, 6 rehenes habían muerto, según el ministerio del Interior.",
        [("killed", 6, 6)],
    ),
    (
        "es",
        "Los 3 atacantes, de 19, 21 y 24 años, mataron a 7 personas en el centro comercial.",
        [("killed", 7, 7)],
    ),
    (
        "es",
        "Unas 4.000 personas fueron evacuadas y 300 rescatadas en barcas. Las inundaciones han causado la muerte de 5 personas.",
        [("killed", 5, 5)],
    ),
    (
        "es",
        "La aviación realizó 35 bombardeos en 48 horas, que dejaron al menos 27 civiles muertos, según el observatorio.",
        [("killed", 27, None)],
    ),
    (
        "es",
        "El Gobierno aprobó una ayuda de 2 millones de euros para las familias de los 18 fallecidos en el incendio.",
        [("killed", 18, 18)],
    ),
    (
        "es",
        "Un equipo de 25 rescatistas y 10 perros buscó durante 3 días entre los escombros del hotel, donde murieron 11 huéspedes.",
        [("killed", 11, 11)],
    ),
    (
        "es",
        "El 80% de las casas del pueblo quedaron destruidas; 4 personas murieron y 15 resultaron heridas.",
        [("killed", 4, 4), ("injured", 15, 15)],
    ),
    (
        "de",
        "Am 17. März 2019 um 7.30 Uhr explodierte vor dem Markt eine Autobombe; mindestens 14 Menschen wurden getötet.",
        [("killed", 14, None)],
    ),
    (
        "de",
        "Rund 2.000 Trauergäste nahmen an der Beerdigung der 6 Bergleute teil, die bei der Explosion ums Leben gekommen waren.",
        [("killed", 6, 6)],
    ),
    (
        "de",
        "Die Miliz feuerte 30 Raketen und 8 Drohnen auf den Stützpunkt ab; 3 Soldaten wurden verletzt.",
        [("injured", 3, 3)],
    ),
    (
        "de",
        "Das Erdbeben der Stärke 6,4 beschädigte 1.800 Häuser und 40 Schulen. Mindestens 22 Menschen kamen ums Leben.",
        [("killed", 22, None)],
    ),
    (
        "de",
        "Die Polizei nahm nach den Krawallen 31 Personen fest. Ein Demonstrant wurde getötet, 12 weitere wurden verletzt.",
        [("killed", 1, 1), ("injured", 12, 12)],
    ),
    (
        "de",
        "Die Regierung schickte 1.200 Soldaten in die Region, nachdem bei Gefechten 9 Menschen getötet worden waren.",
        [("killed", 9, 9)],
    ),
    (
        "de",
        "Der Bus stürzte 80 Meter tief in eine Schlucht, 50 Kilometer nördlich der Hauptstadt. 11 Fahrgäste starben.",
        [("killed", 11, 11)],
    ),
    (
        "de",
        "Die Geiselnahme dauerte 10 Stunden. Am Ende waren 4 Geiseln tot, teilte das Innenministerium mit.",
        [("killed", 4, 4)],
    ),
    (
        "de",
        "Die 3 Angreifer im Alter von 18 bis 23 Jahren töteten 5 Menschen in der Moschee.",
        [("killed", 5, 5)],
    ),
    (
        "de",
        "Rund 3.500 Menschen wurden evakuiert, 200 wurden mit Booten gerettet. Das Hochwasser forderte 7 Todesopfer.",
        [("killed", 7, 7)],
    ),
    (
        "de",
        "Die Luftwaffe flog 60 Einsätze in 3 Provinzen und tötete nach Angaben des Ministeriums 25 Kämpfer.",
        [("killed", 25, 25)],
    ),
    (
        "de",
        "Die Regierung stellte 5 Millionen Euro für die Familien der 16 Todesopfer des Brandes bereit.",
        [("killed", 16, 16)],
    ),
    (
        "de",
        "Ein Team von 30 Helfern suchte 48 Stunden lang in den Trümmern des Hotels, in dem 13 Gäste starben.",
        [("killed", 13, 13)],
    ),
    (
        "de",
        "Rund 70 Prozent der Gebäude wurden zerstört. Bei dem Angriff am Montag wurden 2 Kinder getötet und 8 Menschen verletzt.",
        [("killed", 2, 2), ("injured", 8, 8)],
    ),
    (
        "fr",
        "Le 17 mars 2019, vers 7h30, une voiture piégée a explosé devant le marché, tuant au moins 16 personnes.",
        [("killed", 16, None)],
    ),
    (
        "fr",
        "Plus de 3 000 personnes ont assisté aux funérailles des 7 mineurs morts dans l'explosion de lundi.",
        [("killed", 7, 7)],
    ),
    (
        "fr",
        "La milice a tiré 25 roquettes et lancé 10 drones sur la base ; 4 soldats ont été blessés, selon l'armée.",
        [("injured", 4, 4)],
    ),
    (
        "fr",
        "Le séisme, de magnitude 6,2, a endommagé 3 000 maisons et 45 écoles. Au moins 19 personnes ont été tuées.",
        [("killed", 19, None)],
    ),
    (
        "fr",
        "La police a interpellé 28 personnes après les émeutes, au cours desquelles 2 manifestants ont été tués.",
        [("killed", 2, 2)],
    ),
    (
        "fr",
        "Le gouvernement a déployé 2 000 soldats dans la région après des affrontements qui ont fait 10 morts.",
        [("killed", 10, 10)],
    ),
    (
        "fr",
        "Le car a chuté de 100 mètres dans un ravin à 30 kilomètres de la capitale ; 8 passagers sont morts et 17 ont été blessés.",
        [("killed", 8, 8), ("injured", 17, 17)],
    ),
    (
        "fr",
        "La prise d'otages a duré 9 heures. À la fin, 5 otages étaient morts, a indiqué le ministère de l'Intérieur.",
        [("killed", 5, 5)],
    ),
    (
        "fr",
        "Les 4 assaillants, âgés de 20 à 26 ans, ont tué 6 fidèles dans l'église.",
        [("killed", 6, 6)],
    ),
    (
        "fr",
        "Quelque 5 000 personnes ont été évacuées et 150 secourues par bateau. Les inondations ont fait 4 morts.",
        [("killed", 4, 4)],
    ),
    (
        "fr",
        "L'aviation a mené 40 frappes en 24 heures, tuant au moins 21 civils, selon l'ONG.",
        [("killed", 21, None)],
    ),
    (
        "fr",
        "Le gouvernement a débloqué 3 millions d'euros pour les familles des 12 personnes mortes dans l'incendie.",
        [("killed", 12, 12)],
    ),
    (
        "fr",
        "Une équipe de 20 secouristes a fouillé pendant 3 jours les décombres de l'hôtel, où 9 clients ont péri.",
        [("killed", 9, 9)],
    ),
    (
        "fr",
        "Environ 60 % des habitations ont été détruites. Lundi, 3 enfants ont été tués et 11 personnes blessées.",
        [("killed", 3, 3), ("injured", 11, 11)],
    ),
    # after the first run: regression cases of the rules added (sizes, attackers, lists)
    (
        "en",
        "A 20-strong delegation arrived two days after the raid, in which 8 villagers were killed.",
        [("killed", 8, 8)],
    ),
    (
        "en",
        "A 4-man crew died when the helicopter crashed.",
        [("killed", 4, 4)],
    ),
    (
        "en",
        "A 6-member family was killed when the shell hit their house.",
        [("killed", 6, 6)],
    ),
    (
        "en",
        "The 2 gunmen, who were later shot dead by police, had killed 4 people.",
        [("killed", 2, 2), ("killed", 4, 4)],
    ),
    (
        "en",
        "Three attackers were killed after they killed 5 people.",
        [("killed", 3, 3), ("killed", 5, 5)],
    ),
    (
        "en",
        "The victims were listed as: 1) a farmer; 2) his wife. Both died at the scene, and 3 people were hurt.",
        [("killed", 2, 2), ("injured", 3, 3)],
    ),
    (
        "de",
        "Ein 12-köpfiges Team suchte zwei Tage nach den Opfern; 3 Menschen starben.",
        [("killed", 3, 3)],
    ),
    (
        "de",
        "Die 2 Angreifer wurden getötet, nachdem sie 4 Menschen erschossen hatten.",
        [("killed", 2, 2), ("killed", 4, 4)],
    ),
    (
        "fr",
        "Les 2 assaillants ont été abattus après avoir tué 3 personnes.",
        [("killed", 2, 2), ("killed", 3, 3)],
    ),
    (
        "es",
        "Los 3 atacantes murieron tras matar a 5 personas.",
        [("killed", 3, 3), ("killed", 5, 5)],
    ),
    # a second batch in English, labelled before the extractor ran on it
    (
        "en",
        "When Sam Example was only 3, his father was shot to death outside their home.",
        [("killed", 1, 1)],
    ),
    (
        "en",
        "The report came on March 17, 2017. Airstrikes that day killed at least 105 people in the old city.",
        [("killed", 105, None)],
    ),
    (
        "en",
        "On Friday, 4 bursts of gunfire were heard near the checkpoint; 2 civilians were wounded.",
        [("injured", 2, 2)],
    ),
    (
        "en",
        "The village had 1,200 inhabitants before the war. Only 40 families remain, and 6 residents were killed in Sunday's shelling.",
        [("killed", 6, 6)],
    ),
    (
        "en",
        "Doctors said 60 patients showed symptoms of poisoning after the attack, which left 11 people dead.",
        [("killed", 11, 11)],
    ),
    (
        "en",
        "The two sides swapped 90 prisoners on Saturday, three days after a drone strike killed 7 soldiers.",
        [("killed", 7, 7)],
    ),
    (
        "en",
        "The gunman, 24, fired 3 shots into the crowd, wounding 2 men.",
        [("injured", 2, 2)],
    ),
    (
        "en",
        "The militia has 3,000 members. Its commander said 14 of its fighters were killed in the offensive.",
        [("killed", 14, 14)],
    ),
    (
        "en",
        "Of the 500 people in the stadium, 480 escaped unhurt; 20 were injured in the stampede.",
        [("injured", 20, 20)],
    ),
    (
        "en",
        "Shelling struck 9 residential buildings and 2 schools. One child was killed, medics said.",
        [("killed", 1, 1)],
    ),
    (
        "en",
        "A 1999 massacre in the same valley is remembered every year. This week's raid killed 13 people, elders said.",
        [("killed", 13, 13)],
    ),
    (
        "en",
        "The rebels seized 5 towns in 10 days. At least 40 fighters died in the battles, a spokesman said.",
        [("killed", 40, None)],
    ),
    (
        "en",
        "Rescuers used 6 excavators and 80 volunteers to search the site. The bodies of 12 workers were recovered.",
        [("bodies_recovered", 12, 12)],
    ),
    # regression cases of the year and age rules (a toll after 'when' stays; years after their event noun)
    (
        "en",
        "When the death toll was 25, rescuers stopped searching.",
        [("killed", 25, 25)],
    ),
    (
        "en",
        "The 2014 war killed 2,200 people.",
        [("killed", 2200, 2200)],
    ),
    (
        "es",
        "La masacre de 1999 en el mismo valle se recuerda cada año. El ataque de esta semana mató a 13 personas.",
        [("killed", 13, 13)],
    ),
    (
        "fr",
        "Le massacre de 1999 dans la même vallée est commémoré chaque année. Le raid de cette semaine a tué 13 personnes.",
        [("killed", 13, 13)],
    ),
    (
        "de",
        "An das Massaker von 1999 im selben Tal wird jedes Jahr erinnert. Der Angriff dieser Woche tötete 13 Menschen.",
        [("killed", 13, 13)],
    ),
    # a third batch in German, French and Spanish, labelled before the extractor ran on it
    (
        "de",
        "Rund 200 Einsatzkräfte und 15 Rettungswagen waren am Sonntagabend vor Ort. Bei dem Unglück starben 4 Menschen, 9 wurden verletzt.",
        [("killed", 4, 4), ("injured", 9, 9)],
    ),
    (
        "de",
        "Die Explosion ereignete sich gegen 16.30 Uhr im 3. Stock eines Wohnhauses mit 40 Wohnungen. Ein Bewohner kam ums Leben.",
        [("killed", 1, 1)],
    ),
    (
        "de",
        "Mehr als 60 Prozent der 4.000 Einwohner haben den Ort verlassen. Beim Beschuss am Dienstag wurden 3 Zivilisten getötet.",
        [("killed", 3, 3)],
    ),
    (
        "de",
        "Die Polizei setzte 500 Beamte und 2 Hubschrauber ein. Der Täter, ein 31-jähriger Mann, hatte 2 Menschen erschossen.",
        [("killed", 2, 2)],
    ),
    (
        "de",
        "Nach Angaben der Armee wurden in der Nacht 25 Drohnen und 4 Raketen abgefangen. Trümmer verletzten 6 Menschen.",
        [("injured", 6, 6)],
    ),
    (
        "de",
        "Die 2 Überlebenden wurden nach 72 Stunden aus den Trümmern geborgen. Insgesamt starben bei dem Einsturz 17 Menschen.",
        [("killed", 17, 17)],
    ),
    (
        "fr",
        "Une centaine de pompiers et 20 ambulances ont été mobilisés dimanche soir. L'accident a fait 4 morts et 9 blessés.",
        [("killed", 4, 4), ("injured", 9, 9)],
    ),
    (
        "fr",
        "L'explosion s'est produite vers 16h30 au 3e étage d'un immeuble de 40 logements. Un habitant a perdu la vie.",
        [("killed", 1, 1)],
    ),
    (
        "fr",
        "Plus de 60 % des 4 000 habitants ont quitté la ville. Les bombardements de mardi ont tué 3 civils.",
        [("killed", 3, 3)],
    ),
    (
        "fr",
        "La police a mobilisé 500 agents et 2 hélicoptères. Le suspect, un homme de 31 ans, avait abattu 2 personnes.",
        [("killed", 2, 2)],
    ),
    (
        "fr",
        "Selon l'armée, 25 drones et 4 missiles ont été interceptés dans la nuit. Des débris ont blessé 6 personnes.",
        [("injured", 6, 6)],
    ),
    (
        "fr",
        "Les 2 survivants ont été extraits des décombres après 72 heures. Au total, 17 personnes sont mortes dans l'effondrement.",
        [("killed", 17, 17)],
    ),
    (
        "es",
        "Un centenar de bomberos y 20 ambulancias acudieron el domingo por la noche. El accidente dejó 4 muertos y 9 heridos.",
        [("killed", 4, 4), ("injured", 9, 9)],
    ),
    (
        "es",
        "La policía movilizó a 500 agentes y 2 helicópteros. El sospechoso, un hombre de 31 años, había matado a 2 personas.",
        [("killed", 2, 2)],
    ),
    (
        "es",
        "Los 2 supervivientes fueron rescatados de los escombros tras 72 horas. En total, 17 personas murieron en el derrumbe.",
        [("killed", 17, 17)],
    ),
    # a fourth batch in English (the conventions' distractor kinds), labelled before running
    (
        "en",
        "Investigators have found at least 72 mass graves in the region. The latest one held the remains of 14 people, officials said.",
        [("bodies_recovered", 14, 14)],
    ),
    (
        "en",
        "More than 300 police officers guarded the route on Sunday, a day after a bomb killed 6 people at the square.",
        [("killed", 6, 6)],
    ),
    (
        "en",
        "The blast damaged 3 hospitals and left 2,000 people without power. Two people were injured, the governor said.",
        [("injured", 2, 2)],
    ),
    (
        "en",
        "Some 15 people were trapped in the lift for 3 hours but nobody was hurt. Elsewhere, a fire killed 2 workers.",
        [("injured", 0, 0), ("killed", 2, 2)],
    ),
    (
        "en",
        "The city of 800,000 people was hit by 14 missiles overnight, killing 5 civilians and wounding 23, the mayor said.",
        [("killed", 5, 5), ("injured", 23, 23)],
    ),
    (
        "en",
        "Seven aircraft and 3 warships took part in the exercise. During the drill, 1 sailor was killed in an accident.",
        [("killed", 1, 1)],
    ),
    (
        "en",
        "He said 9 of the 10 districts had been hit. In the worst-hit district, 8 people were killed.",
        [("killed", 8, 8)],
    ),
    (
        "en",
        "The report, on page 42, lists 17 attacks on clinics in which 11 health workers were killed.",
        [("killed", 11, 11)],
    ),
    (
        "en",
        "The 3 journalists who were detained for 5 days were released unharmed on Monday. A fourth, a cameraman, was killed in March.",
        [("killed", 1, 1)],
    ),
    (
        "en",
        "Around 2,000 people live in the camp, which was hit by 2 shells on Friday. A 10-year-old girl was killed.",
        [("killed", 1, 1)],
    ),
    (
        "en",
        "The army said 2 of its 4 drones were shot down. It said its strikes had killed 35 militants.",
        [("killed", 35, 35)],
    ),
    (
        "en",
        "Police found 6 rifles and 1,200 rounds of ammunition in the house. The suspect had shot 3 people, one fatally.",
        [("injured", 2, 2), ("killed", 1, 1)],
    ),
    (
        "en",
        "The prime minister, who turned 60 on Monday, visited the 12 wounded in hospital.",
        [("injured", 12, 12)],
    ),
    (
        "en",
        "The fighting has forced 12,000 people to flee and killed 28, the UN said on Tuesday, 3 days after the truce collapsed.",
        [("displaced", 12000, 12000), ("killed", 28, 28)],
    ),
    # a fifth batch in German and French (dates named by day, aircraft types, resolutions,
    # temperatures, road markers, decades), labelled before running
    (
        "de",
        "Seit dem 7. Oktober sind nach Angaben der Behörde 1.200 Menschen getötet worden, darunter 300 Kinder.",
        [("killed", 1200, 1200), ("killed", 300, 300)],
    ),
    (
        "de",
        "Die Maschine vom Typ Boeing 737 stürzte um 3 Uhr ab; alle 132 Insassen kamen ums Leben.",
        [("killed", 132, 132)],
    ),
    (
        "de",
        "Der UN-Sicherheitsrat verwies auf Resolution 2334. Bei den Protesten wurden 2 Demonstranten getötet.",
        [("killed", 2, 2)],
    ),
    (
        "de",
        "Bei minus 10 Grad warteten 400 Menschen an der Grenze; 3 von ihnen erfroren.",
        [("killed", 3, 3)],
    ),
    (
        "de",
        "Der Anschlag an Kilometer 45 der Autobahn A 7 war der 3. in diesem Monat. Ein Fahrer wurde getötet.",
        [("killed", 1, 1)],
    ),
    (
        "de",
        "In den 1990er Jahren hatte die Stadt 50.000 Einwohner. Am Samstag wurden dort 5 Menschen bei einem Luftangriff verletzt.",
        [("injured", 5, 5)],
    ),
    (
        "fr",
        "Les attentats du 13-Novembre avaient marqué la ville. Samedi, une explosion a tué 2 passants.",
        [("killed", 2, 2)],
    ),
    (
        "fr",
        "Un Boeing 737 s'est écrasé vers 3 heures du matin ; les 132 personnes à bord ont péri.",
        [("killed", 132, 132)],
    ),
    (
        "fr",
        "Le Conseil de sécurité a rappelé la résolution 2334. Deux manifestants ont été tués lors des protestations.",
        [("killed", 2, 2)],
    ),
    (
        "fr",
        "Par -10 °C, 400 migrants attendaient à la frontière ; 3 d'entre eux sont morts de froid.",
        [("killed", 3, 3)],
    ),
    (
        "fr",
        "L'attaque, au kilomètre 45 de la route nationale 7, était la 3e ce mois-ci. Un chauffeur a été tué.",
        [("killed", 1, 1)],
    ),
    (
        "fr",
        "Dans les années 1990, la ville comptait 50 000 habitants. Samedi, 5 personnes y ont été blessées dans une frappe.",
        [("injured", 5, 5)],
    ),
    # list numbers and ages closed by ';' in Spanish
    (
        "es",
        "La policía identificó a los muertos: 1) un taxista, de 45; 2) una enfermera, de 29. En total murieron 2 personas y 4 resultaron heridas.",
        [("killed", 2, 2), ("injured", 4, 4)],
    ),
]

# paragraphs still read wrongly, with why
GAPS: dict[str, str] = {
    "The 3 journalists who were detained for 5 days were released unharmed on Monday. A fourth, a cameraman, was killed in March.": "an ordinal standing for one more person ('A fourth, a cameraman, was killed') is not read (a miss, not a false alarm)",
    "The 2 sisters, 9 and 11, were among 13 people wounded in the shelling, their father said.": "two named members 'among' a counted group are read as a subset claim",
    "Rund 2.000 Trauergäste nahmen an der Beerdigung der 6 Bergleute teil, die bei der Explosion ums Leben gekommen waren.": "the dead named after a funeral ('der Beerdigung der 6 Bergleute') are not read (a miss, not a false alarm)",
}


@pytest.mark.parametrize(("lang", "text", "expected"), params(CASES, GAPS))
def test_numbers_beside_casualty_words(lang: str, text: str, expected: list[Expected]) -> None:
    assert casualty_claims(text, lang) == Counter(expected)
