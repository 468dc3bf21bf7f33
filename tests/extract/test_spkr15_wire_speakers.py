"""Who said the figure, in English, French and Spanish wire reporting, written by the labeller
of branch spkr15 before changing any attribution rule: "according to X", "X said (on Monday)",
"said X, citing Y", "X told Reuters", "X reported", a sentence-initial "X says", a quote with its
attribution after it, a speaker named in the sentence before, officials, ministries, local
authorities, rescuers, an agency citing a monitor; "selon", "a indiqué", "d'après", "a affirmé";
"según", "informó", "de acuerdo con", "dijo a la agencia".

Names, places and figures are invented. A speaker agrees as the evaluation counts it
(:func:`harmledger.evaluation.matching.same_speaker`); ``None`` is no speaker, and alternatives
are joined by "|" (a relaying agency or the source it cites).
"""

from __future__ import annotations

import pytest

from tests.extract.speaker_reports import assert_speaker, speaker_cases

REPORTS = [
    # English
    (
        "en",
        "At least 12 civilians were killed in Monday's strike, according to the regional health "
        "department.",
        [("killed", 12, "health department")],
    ),
    ("en", "The army said 8 soldiers were wounded in the ambush.", [("injured", 8, "army")]),
    (
        "en",
        "Police said on Monday that 5 people died when the bus was hit by a rocket.",
        [("killed", 5, "Police")],
    ),
    (
        "en",
        "Four children were among the dead, said Mira Tolvan, a nurse at the district hospital, "
        "citing hospital records.",
        [("killed", 4, "Mira Tolvan")],
    ),
    (
        "en",
        "A local official told Reuters that 17 people had been killed in the raid.",
        [("killed", 17, "local official")],
    ),
    (
        "en",
        "The state news agency reported that 9 people were injured in the blast.",
        [("injured", 9, "state news agency")],
    ),
    (
        "en",
        "Regional governor Anton Berezin says 21 people were killed overnight.",
        [("killed", 21, "Anton Berezin")],
    ),
    (
        "en",
        '"We have pulled out 14 bodies so far," said a rescue worker at the scene.',
        [("bodies_recovered", 14, "rescue worker")],
    ),
    (
        "en",
        "The civil defence chief spoke to reporters at the site. He said 30 people were still "
        "missing.",
        [("missing", 30, "civil defence chief")],
    ),
    (
        "en",
        "Officials said 6 people were killed and 11 injured in the shelling.",
        [("killed", 6, "Officials"), ("injured", 11, "Officials")],
    ),
    (
        "en",
        "The health ministry put the death toll from the strikes at 47.",
        [("killed", 47, "health ministry")],
    ),
    (
        "en",
        "Local authorities said at least 19 people died in the shelling of the market.",
        [("killed", 19, "Local authorities")],
    ),
    (
        "en",
        "Rescuers said they had recovered 25 bodies from the rubble.",
        [("bodies_recovered", 25, "Rescuers")],
    ),
    (
        "en",
        "AFP, citing the Syrian Observatory for Human Rights, said 10 fighters were killed.",
        [("killed", 10, "Syrian Observatory for Human Rights|AFP")],
    ),
    (
        "en",
        "Ten people were killed, the Interior Ministry said in a statement.",
        [("killed", 10, "Interior Ministry")],
    ),
    (
        "en",
        "The death toll rose to 34, a hospital director said.",
        [("killed", 34, "hospital director")],
    ),
    (
        "en",
        "According to witnesses, 7 people were shot dead at the checkpoint.",
        [("killed", 7, "witnesses")],
    ),
    (
        "en",
        "A spokesman for the rebels said 3 of their fighters were killed.",
        [("killed", 3, "spokesman for the rebels")],
    ),
    (
        "en",
        "Eight people were killed on Sunday, a village elder told The Associated Press.",
        [("killed", 8, "village elder")],
    ),
    (
        "en",
        "The Red Cross reported 40 wounded at the two field hospitals.",
        [("injured", 40, "Red Cross")],
    ),
    (
        "en",
        "At least 15 people were killed, said Omar Haddan, the mayor of the town.",
        [("killed", 15, "Omar Haddan")],
    ),
    (
        "en",
        "Residents said 6 bodies were found near the river on Friday.",
        [("bodies_recovered", 6, "Residents")],
    ),
    (
        "en",
        "The emergency services reported that 13 people were hurt.",
        [("injured", 13, "emergency services")],
    ),
    (
        "en",
        "A military source told the agency that 22 militants had been killed.",
        [("killed", 22, "military source")],
    ),
    (
        "en",
        "In a statement, the foreign ministry said 3 of its citizens had died in the attack.",
        [("killed", 3, "foreign ministry")],
    ),
    (
        "en",
        "Doctors Without Borders said its teams had treated 85 wounded since Saturday.",
        [("injured", 85, "Doctors Without Borders")],
    ),
    (
        "en",
        "Quoting a police spokesman, the newspaper said 4 people were killed.",
        [("killed", 4, "police spokesman|newspaper")],
    ),
    (
        "en",
        "The governor told state television that 11 people had died.",
        [("killed", 11, "governor")],
    ),
    (
        "en",
        "Palestinian health officials say 27 people were killed in the overnight strikes.",
        [("killed", 27, "health officials")],
    ),
    (
        "en",
        "The toll stands at 18 dead, according to figures released by the provincial government.",
        [("killed", 18, "provincial government")],
    ),
    (
        "en",
        "The regional governor gave an update on Tuesday. At least 23 people have died, he said.",
        [("killed", 23, "regional governor")],
    ),
    (
        "en",
        "Five people were killed when the market was hit on Tuesday.",
        [("killed", 5, None)],
    ),
    # French
    (
        "fr",
        "Au moins 12 civils ont été tués dans la frappe, selon le ministère de la Santé.",
        [("killed", 12, "ministère de la Santé")],
    ),
    ("fr", "Huit soldats ont été blessés, a indiqué l'armée.", [("injured", 8, "armée")]),
    (
        "fr",
        "D'après la protection civile, 15 personnes sont mortes dans l'effondrement de l'immeuble.",
        [("killed", 15, "protection civile")],
    ),
    (
        "fr",
        "Le gouverneur a affirmé que 20 personnes avaient été tuées.",
        [("killed", 20, "gouverneur")],
    ),
    (
        "fr",
        "Selon un responsable local, 7 personnes ont péri dans l'attaque.",
        [("killed", 7, "responsable local")],
    ),
    (
        "fr",
        "La police a fait état de 5 morts et 9 blessés.",
        [("killed", 5, "police"), ("injured", 9, "police")],
    ),
    (
        "fr",
        "« Nous avons retiré 14 corps des décombres », a déclaré un secouriste.",
        [("bodies_recovered", 14, "secouriste")],
    ),
    (
        "fr",
        "Le bilan s'élève à 33 morts, a annoncé lundi le ministère de l'Intérieur.",
        [("killed", 33, "ministère de l'Intérieur")],
    ),
    (
        "fr",
        "Dix personnes ont été tuées, a déclaré à l'AFP un responsable de la sécurité.",
        [("killed", 10, "responsable de la sécurité")],
    ),
    (
        "fr",
        "L'Observatoire syrien des droits de l'homme (OSDH) a fait état de 16 morts parmi les "
        "civils.",
        [("killed", 16, "OSDH")],
    ),
    (
        "fr",
        "Selon l'AFP, qui cite des sources médicales, 22 personnes ont été blessées.",
        [("injured", 22, "sources médicales|AFP")],
    ),
    (
        "fr",
        "Les autorités locales ont annoncé la mort de 4 enfants.",
        [("killed", 4, "autorités locales")],
    ),
    (
        "fr",
        "Le maire de la ville, Paul Dorvin, a indiqué que 6 personnes étaient portées disparues.",
        [("missing", 6, "Paul Dorvin")],
    ),
    (
        "fr",
        "Les secouristes ont retrouvé 11 corps dans les décombres.",
        [("bodies_recovered", 11, "secouristes")],
    ),
    (
        "fr",
        "Selon des témoins, 3 manifestants ont été abattus par la police.",
        [("killed", 3, "témoins")],
    ),
    (
        "fr",
        "Le ministère de la Santé de Gaza a annoncé mardi que 40 personnes avaient été tuées.",
        [("killed", 40, "ministère de la Santé")],
    ),
    (
        "fr",
        "Un porte-parole de l'armée a affirmé que 12 combattants avaient été tués.",
        [("killed", 12, "porte-parole de l'armée")],
    ),
    (
        "fr",
        "Au moins 25 personnes ont été tuées, selon un nouveau bilan des autorités.",
        [("killed", 25, "autorités")],
    ),
    (
        "fr",
        "Des sources hospitalières ont fait état de 18 blessés.",
        [("injured", 18, "sources hospitalières")],
    ),
    (
        "fr",
        "Quinze personnes ont été tuées dimanche, a rapporté l'agence officielle.",
        [("killed", 15, "agence officielle")],
    ),
    (
        "fr",
        "Le bilan est de 9 morts, a précisé le préfet lors d'une conférence de presse.",
        [("killed", 9, "préfet")],
    ),
    (
        "fr",
        "Les médecins de l'hôpital ont dit avoir soigné 30 blessés.",
        [("injured", 30, "médecins")],
    ),
    (
        "fr",
        "D'après Médecins sans frontières, 14 patients ont été tués dans le bombardement de "
        "l'hôpital.",
        [("killed", 14, "Médecins sans frontières")],
    ),
    (
        "fr",
        "Le Croissant-Rouge a indiqué avoir évacué 27 blessés.",
        [("injured", 27, "Croissant-Rouge")],
    ),
    (
        "fr",
        "Au moins 8 personnes sont mortes, a-t-on appris de source policière.",
        [("killed", 8, "source policière")],
    ),
    (
        "fr",
        "Le gouvernement a reconnu la mort de 3 civils lors de l'opération.",
        [("killed", 3, "gouvernement")],
    ),
    (
        "fr",
        "Le porte-parole de la défense civile, Karim Sadi, a déclaré que 50 corps avaient été "
        "retrouvés.",
        [("bodies_recovered", 50, "Karim Sadi")],
    ),
    (
        "fr",
        "Selon le dernier bilan communiqué par la préfecture, 13 personnes ont été blessées.",
        [("injured", 13, "préfecture")],
    ),
    (
        "fr",
        "Les rebelles affirment avoir tué 20 soldats.",
        [("killed", 20, "rebelles")],
    ),
    (
        "fr",
        "Un habitant a raconté à l'AFP que 6 personnes de sa famille avaient été tuées.",
        [("killed", 6, "habitant")],
    ),
    (
        "fr",
        "Sept civils ont été tués lundi dans une frappe aérienne, ont annoncé les autorités "
        "locales.",
        [("killed", 7, "autorités locales")],
    ),
    (
        "fr",
        "Le préfet s'est exprimé mardi devant la presse. « Le bilan est de 23 morts », a-t-il "
        "déclaré.",
        [("killed", 23, "préfet")],
    ),
    (
        "fr",
        "Cinq personnes ont été tuées mardi dans l'attaque.",
        [("killed", 5, None)],
    ),
    # Spanish
    (
        "es",
        "Al menos 12 civiles murieron en el ataque, según el Ministerio de Salud.",
        [("killed", 12, "Ministerio de Salud")],
    ),
    (
        "es",
        "Ocho soldados resultaron heridos, informó el Ejército.",
        [("injured", 8, "Ejército")],
    ),
    (
        "es",
        "De acuerdo con la Fiscalía, 5 personas fueron asesinadas en el bar.",
        [("killed", 5, "Fiscalía")],
    ),
    (
        "es",
        "El gobernador dijo que 20 personas murieron en los enfrentamientos.",
        [("killed", 20, "gobernador")],
    ),
    (
        "es",
        "Un portavoz de la policía dijo a la agencia EFE que 7 personas resultaron heridas.",
        [("injured", 7, "portavoz de la policía")],
    ),
    (
        "es",
        "Según fuentes hospitalarias, 15 heridos fueron trasladados al hospital.",
        [("injured", 15, "fuentes hospitalarias")],
    ),
    (
        "es",
        "La Cruz Roja informó de 9 muertos y 14 heridos.",
        [("killed", 9, "Cruz Roja"), ("injured", 14, "Cruz Roja")],
    ),
    (
        "es",
        "«Hemos sacado 11 cuerpos de los escombros», dijo un rescatista.",
        [("bodies_recovered", 11, "rescatista")],
    ),
    (
        "es",
        "El balance asciende a 33 muertos, anunció el lunes el Ministerio del Interior.",
        [("killed", 33, "Ministerio del Interior")],
    ),
    (
        "es",
        "Diez personas murieron, dijo a Reuters un funcionario local.",
        [("killed", 10, "funcionario local")],
    ),
    (
        "es",
        "El Observatorio Sirio de Derechos Humanos (OSDH) informó de 16 civiles muertos.",
        [("killed", 16, "OSDH")],
    ),
    (
        "es",
        "Según la agencia AFP, que cita fuentes médicas, 22 personas resultaron heridas.",
        [("injured", 22, "fuentes médicas|AFP")],
    ),
    (
        "es",
        "Las autoridades locales confirmaron la muerte de 4 niños.",
        [("killed", 4, "autoridades locales")],
    ),
    (
        "es",
        "El alcalde, Pedro Salinas, afirmó que 6 personas están desaparecidas.",
        [("missing", 6, "Pedro Salinas")],
    ),
    (
        "es",
        "Los socorristas recuperaron 11 cuerpos bajo los escombros.",
        [("bodies_recovered", 11, "socorristas")],
    ),
    (
        "es",
        "Según testigos, 3 manifestantes murieron por disparos de la policía.",
        [("killed", 3, "testigos")],
    ),
    (
        "es",
        "El Ministerio de Sanidad de Gaza aseguró el martes que 40 personas murieron.",
        [("killed", 40, "Ministerio de Sanidad")],
    ),
    (
        "es",
        "Un portavoz del Ejército aseguró que 12 combatientes fueron abatidos.",
        [("killed", 12, "portavoz del Ejército")],
    ),
    (
        "es",
        "Al menos 25 personas murieron, de acuerdo con un nuevo balance de las autoridades.",
        [("killed", 25, "autoridades")],
    ),
    (
        "es",
        "La ONU calcula que 300.000 personas huyeron de los combates.",
        [("displaced", 300000, "ONU")],
    ),
    (
        "es",
        "Quince personas murieron el domingo, informó la agencia oficial.",
        [("killed", 15, "agencia oficial")],
    ),
    (
        "es",
        "El saldo es de 9 muertos, precisó el fiscal general en rueda de prensa.",
        [("killed", 9, "fiscal general")],
    ),
    (
        "es",
        "Los médicos del hospital dijeron haber atendido a 30 heridos.",
        [("injured", 30, "médicos")],
    ),
    (
        "es",
        "De acuerdo con Médicos Sin Fronteras, 14 pacientes murieron en el bombardeo del hospital.",
        [("killed", 14, "Médicos Sin Fronteras")],
    ),
    (
        "es",
        "La Media Luna Roja indicó que evacuó a 27 heridos.",
        [("injured", 27, "Media Luna Roja")],
    ),
    (
        "es",
        "Según fuentes policiales, al menos 8 personas murieron.",
        [("killed", 8, "fuentes policiales")],
    ),
    (
        "es",
        "El Gobierno reconoció la muerte de 3 civiles durante la operación.",
        [("killed", 3, "Gobierno")],
    ),
    (
        "es",
        "El portavoz de Protección Civil, Jorge Campos, declaró que 50 cuerpos fueron hallados.",
        [("bodies_recovered", 50, "Jorge Campos")],
    ),
    (
        "es",
        "Los rebeldes afirman haber matado a 20 soldados.",
        [("killed", 20, "rebeldes")],
    ),
    (
        "es",
        "Un vecino contó a la agencia que 6 miembros de su familia murieron.",
        [("killed", 6, "vecino")],
    ),
    (
        "es",
        "Siete civiles murieron el lunes en un bombardeo, según informaron las autoridades "
        "locales.",
        [("killed", 7, "autoridades locales")],
    ),
    (
        "es",
        "El presidente municipal declaró: «Tenemos 5 muertos y 12 heridos».",
        [("killed", 5, "presidente municipal"), ("injured", 12, "presidente municipal")],
    ),
    (
        "es",
        "El gobernador habló el martes con la prensa. «Hay 23 muertos», dijo.",
        [("killed", 23, "gobernador")],
    ),
    (
        "es",
        "Cinco personas murieron el martes en el ataque.",
        [("killed", 5, None)],
    ),
    (
        "en",
        "The ministry said 31 people were killed in the strikes. It added that 9 of the dead were children.",
        [("killed", 31, "ministry"), ("killed", 9, "ministry")],
    ),
    (
        "en",
        "An official, speaking on condition of anonymity, said 14 soldiers were killed in the attack.",
        [("killed", 14, "official")],
    ),
    (
        "en",
        "The Observatory, which relies on a network of sources on the ground, said 26 fighters died in the clashes.",
        [("killed", 26, "Observatory")],
    ),
    (
        "en",
        '"At least 19 people were wounded," the hospital\'s director, Samir Odeh, told AFP by telephone.',
        [("injured", 19, "Samir Odeh")],
    ),
    (
        "en",
        "Gaza's Hamas-run health ministry said 62 people were killed over the past day.",
        [("killed", 62, "health ministry")],
    ),
    (
        "en",
        "At least 44 people have been killed since the fighting began, according to an AFP tally based on official sources.",
        [("killed", 44, "AFP")],
    ),
    (
        "en",
        "Israel's military said 5 soldiers were wounded, one of them seriously.",
        [("injured", 5, "military")],
    ),
    (
        "en",
        "Mayor Ivan Petrenko wrote on Telegram that 3 people were killed and 10 injured.",
        [("killed", 3, "Ivan Petrenko"), ("injured", 10, "Ivan Petrenko")],
    ),
    (
        "en",
        "The UN humanitarian office, OCHA, said more than 12,000 people had fled their homes.",
        [("displaced", 12001, "OCHA")],
    ),
    (
        "en",
        "State media reported that 7 people were killed when a drone hit a bus.",
        [("killed", 7, "State media")],
    ),
    (
        "en",
        "Health officials said on Sunday that the number of dead had risen to 58.",
        [("killed", 58, "Health officials")],
    ),
    (
        "en",
        "The army later said 2 of its soldiers were killed, without giving details.",
        [("killed", 2, "army")],
    ),
    (
        "fr",
        "Le ministère a fait état de 31 morts. Il a ajouté que 9 enfants figuraient parmi les victimes.",
        [("killed", 31, "ministère"), ("killed", 9, "ministère")],
    ),
    (
        "fr",
        "Un responsable, qui a requis l'anonymat, a indiqué que 14 soldats avaient été tués.",
        [("killed", 14, "responsable")],
    ),
    (
        "fr",
        "« Au moins 19 personnes ont été blessées », a déclaré à l'AFP le directeur de l'hôpital, Samir Odeh.",
        [("injured", 19, "Samir Odeh")],
    ),
    (
        "fr",
        "Le maire Ivan Petrenko a écrit sur Telegram que 3 personnes avaient été tuées.",
        [("killed", 3, "Ivan Petrenko")],
    ),
    (
        "fr",
        "Les médias d'État ont rapporté que 7 personnes avaient été tuées par un drone.",
        [("killed", 7, "médias d'État")],
    ),
    (
        "fr",
        "Le bilan est passé à 58 morts dimanche, selon les autorités sanitaires.",
        [("killed", 58, "autorités sanitaires")],
    ),
    (
        "fr",
        "L'armée a reconnu la mort de 2 de ses soldats, sans donner de détails.",
        [("killed", 2, "armée")],
    ),
    (
        "fr",
        "Au moins 44 personnes ont été tuées depuis le début des combats, selon un décompte de l'AFP établi à partir de sources officielles.",
        [("killed", 44, "AFP")],
    ),
    (
        "fr",
        "Le porte-parole a précisé que 6 des blessés étaient dans un état grave. « La situation est difficile », a-t-il ajouté.",
        [("injured", 6, "porte-parole")],
    ),
    (
        "fr",
        "Les Nations unies estiment que plus de 12 000 personnes ont fui leurs foyers.",
        [("displaced", 12001, "Nations unies")],
    ),
    (
        "es",
        "El ministerio informó de 31 muertos. Añadió que 9 de los fallecidos eran niños.",
        [("killed", 31, "ministerio"), ("killed", 9, "ministerio")],
    ),
    (
        "es",
        "Un funcionario, que pidió el anonimato, dijo que 14 soldados murieron en el ataque.",
        [("killed", 14, "funcionario")],
    ),
    (
        "es",
        "«Al menos 19 personas resultaron heridas», dijo a la AFP el director del hospital, Samir Odeh.",
        [("injured", 19, "Samir Odeh")],
    ),
    (
        "es",
        "El alcalde Iván Petrenko escribió en Telegram que 3 personas murieron.",
        [("killed", 3, "Iván Petrenko")],
    ),
    (
        "es",
        "Los medios estatales informaron que 7 personas murieron por el impacto de un dron.",
        [("killed", 7, "medios estatales")],
    ),
    (
        "es",
        "El número de muertos subió a 58 el domingo, según las autoridades sanitarias.",
        [("killed", 58, "autoridades sanitarias")],
    ),
    (
        "es",
        "El Ejército reconoció la muerte de 2 de sus soldados, sin dar detalles.",
        [("killed", 2, "Ejército")],
    ),
    (
        "es",
        "Al menos 44 personas han muerto desde el inicio de los combates, según un recuento de la AFP basado en fuentes oficiales.",
        [("killed", 44, "AFP")],
    ),
    (
        "es",
        "El portavoz precisó que 6 de los heridos estaban graves. «La situación es difícil», agregó.",
        [("injured", 6, "portavoz")],
    ),
    (
        "es",
        "Las Naciones Unidas estiman que más de 12.000 personas huyeron de sus hogares.",
        [("displaced", 12001, "Naciones Unidas")],
    ),
    (
        "es",
        "La Fiscalía señaló que 4 de las víctimas eran menores de edad, según un comunicado.",
        [("killed", 4, "Fiscalía")],
    ),
    (
        "es",
        "Según el último parte oficial, 17 personas murieron y 40 resultaron heridas.",
        [("killed", 17, "parte oficial"), ("injured", 40, "parte oficial")],
    ),
    (
        "en",
        "Russia's defence ministry said 40 Ukrainian soldiers were killed in the assault.",
        [("killed", 40, "defence ministry")],
    ),
    (
        "en",
        "Ukraine's air force said 2 civilians died when debris fell on a house.",
        [("killed", 2, "air force")],
    ),
    (
        "en",
        "Lebanon's health ministry said 12 people were killed in the strikes.",
        [("killed", 12, "health ministry")],
    ),
    (
        "en",
        "The mayor described a terrible night. Four people died, she added.",
        [("killed", 4, "mayor")],
    ),
    (
        "en",
        "The police spokesman spoke to reporters. According to him, 8 people were injured.",
        [("injured", 8, "police spokesman")],
    ),
    (
        "fr",
        "La ministre de la Santé a visité l'hôpital mardi. « Nous avons 17 blessés graves », a-t-elle dit.",
        [("injured", 17, "ministre de la Santé")],
    ),
    (
        "fr",
        "Le porte-parole de la police s'est adressé aux journalistes. Selon lui, 8 personnes ont été blessées.",
        [("injured", 8, "porte-parole de la police")],
    ),
    (
        "fr",
        "Le maire a décrit une nuit terrible. Quatre personnes sont mortes, a-t-il ajouté.",
        [("killed", 4, "maire")],
    ),
    (
        "es",
        "La alcaldesa visitó el hospital el martes. «Tenemos 17 heridos graves», afirmó.",
        [("injured", 17, "alcaldesa")],
    ),
    (
        "es",
        "El portavoz de la policía habló con los periodistas. Según él, 8 personas resultaron heridas.",
        [("injured", 8, "portavoz de la policía")],
    ),
    (
        "es",
        "El jefe de bomberos describió una noche terrible. Cuatro personas murieron, añadió.",
        [("killed", 4, "jefe de bomberos")],
    ),
    (
        "es",
        "Doce personas resultaron heridas, informó este martes la Cruz Roja.",
        [("injured", 12, "Cruz Roja")],
    ),
    (
        "es",
        "El ataque dejó 9 muertos, confirmó el domingo la Policía Nacional.",
        [("killed", 9, "Policía Nacional")],
    ),
    (
        "es",
        "Al menos 30 personas murieron, indicó ayer el gobernador del estado.",
        [("killed", 30, "gobernador")],
    ),
    (
        "en",
        "Nine people were wounded, a police officer told The New York Times.",
        [("injured", 9, "police officer")],
    ),
    (
        "en",
        "A doctor told The Guardian that 16 patients had died overnight.",
        [("killed", 16, "doctor")],
    ),
    (
        "en",
        "Three bodies were recovered, a rescuer told the BBC.",
        [("bodies_recovered", 3, "rescuer")],
    ),
    (
        "en",
        "The war has killed 600 civilians, according to data published by the regional prosecutor's office.",
        [("killed", 600, "prosecutor's office")],
    ),
    (
        "en",
        "Some 70 people were injured, according to figures provided by the city council.",
        [("injured", 70, "city council")],
    ),
    (
        "fr",
        "Au moins 40 personnes ont été tuées, selon des chiffres publiés par le ministère de l'Intérieur.",
        [("killed", 40, "ministère de l'Intérieur")],
    ),
    (
        "fr",
        "Quelque 70 personnes ont été blessées, d'après les données fournies par la mairie.",
        [("injured", 70, "mairie")],
    ),
    (
        "fr",
        "Le conflit a fait 600 morts, selon des chiffres communiqués par la préfecture.",
        [("killed", 600, "préfecture")],
    ),
    (
        "es",
        "Al menos 40 personas murieron, según cifras publicadas por el Ministerio del Interior.",
        [("killed", 40, "Ministerio del Interior")],
    ),
    (
        "es",
        "Unas 70 personas resultaron heridas, de acuerdo con datos del ayuntamiento.",
        [("injured", 70, "ayuntamiento")],
    ),
    (
        "es",
        "El conflicto dejó 600 muertos, según datos difundidos por la Fiscalía.",
        [("killed", 600, "Fiscalía")],
    ),
    (
        "fr",
        "Le ministère de la Défense a reconnu que 4 civils avaient été tués.",
        [("killed", 4, "ministère de la Défense")],
    ),
    (
        "es",
        "La Cruz Roja calcula que 500 personas están desaparecidas.",
        [("missing", 500, "Cruz Roja")],
    ),
    (
        "es",
        "Una sobreviviente contó que 8 personas murieron en el ataque.",
        [("killed", 8, "sobreviviente")],
    ),
    (
        "es",
        "El alcalde dijo: «Hay 4 muertos en el barrio».",
        [("killed", 4, "alcalde")],
    ),
    (
        "es",
        "El portavoz señaló: «Contamos 12 heridos en el hospital».",
        [("injured", 12, "portavoz")],
    ),
    (
        "en",
        'The commander said: "We have 6 wounded men here."',
        [("injured", 6, "commander")],
    ),
    (
        "en",
        "Governor Ana Lopez visited the site. According to her, 12 people died.",
        [("killed", 12, "Ana Lopez")],
    ),
    (
        "en",
        "The aid workers reached the village on Monday. According to them, 6 people were killed.",
        [("killed", 6, "aid workers")],
    ),
    (
        "fr",
        "Le maire a décrit une nuit terrible. « Nous avons compté 12 morts », a-t-il déclaré à l'AFP.",
        [("killed", 12, "maire")],
    ),
    (
        "fr",
        "La police a fait état de 5 morts. « Trois autres personnes sont mortes à l'hôpital », précise-t-elle.",
        [("killed", 3, "police")],
    ),
    (
        "es",
        "El portavoz del hospital habló con la prensa. «Atendimos a 40 heridos», explicó.",
        [("injured", 40, "portavoz del hospital")],
    ),
    (
        "es",
        "La policía informó de 3 muertos. Otras 5 personas resultaron heridas, añadió el lunes.",
        [("injured", 5, "policía")],
    ),
    (
        "es",
        "Según la alcaldía, 70 personas resultaron heridas.",
        [("injured", 70, "alcaldía")],
    ),
    (
        "es",
        "Una enfermera del hospital dijo que 9 heridos murieron durante la noche.",
        [("killed", 9, "enfermera")],
    ),
    (
        "es",
        "Un sobreviviente dijo que 8 personas murieron en el ataque.",
        [("killed", 8, "sobreviviente")],
    ),
    (
        "fr",
        "La police admet que 6 manifestants ont été blessés.",
        [("injured", 6, "police")],
    ),
    # verbs of saying no list held: announcing, detailing, revealing, telling
    (
        "es",
        "El Ministerio de Defensa anunció que 14 soldados murieron en la emboscada.",
        [("killed", 14, "Ministerio de Defensa")],
    ),
    (
        "es",
        "Nueve personas resultaron heridas, anunciaron los bomberos.",
        [("injured", 9, "bomberos")],
    ),
    (
        "es",
        "La Policía Nacional comunicó que 3 personas murieron en el tiroteo.",
        [("killed", 3, "Policía Nacional")],
    ),
    (
        "es",
        "Al menos 7 personas murieron, detalla el informe de la Fiscalía.",
        [("killed", 7, "Fiscalía")],
    ),
    (
        "es",
        "El gobernador manifestó que 15 personas murieron en el ataque.",
        [("killed", 15, "gobernador")],
    ),
    (
        "es",
        "Un testigo relató que 4 jóvenes fueron asesinados frente a la tienda.",
        [("killed", 4, "testigo")],
    ),
    (
        "es",
        "La Cruz Roja ha anunciado que 25 personas siguen desaparecidas.",
        [("missing", 25, "Cruz Roja")],
    ),
    (
        "fr",
        "Le ministère a détaillé un bilan de 19 morts et 44 blessés.",
        [("killed", 19, "ministère"), ("injured", 44, "ministère")],
    ),
    (
        "fr",
        "L'ONG a révélé que 8 détenus étaient morts en prison.",
        [("killed", 8, "ONG")],
    ),
    (
        "fr",
        "Un habitant a relaté que 5 personnes avaient été abattues devant la mosquée.",
        [("killed", 5, "habitant")],
    ),
    (
        "fr",
        "La mairie a chiffré à 12 le nombre de blessés.",
        [("injured", 12, "mairie")],
    ),
    (
        "fr",
        "Les pompiers ont fait part de 3 morts dans l'incendie de l'immeuble.",
        [("killed", 3, "pompiers")],
    ),
    (
        "fr",
        "Le gouverneur a dénoncé la mort de 6 civils dans le bombardement.",
        [("killed", 6, "gouverneur")],
    ),
    (
        "en",
        "The ministry revealed that 11 people had died in the raid.",
        [("killed", 11, "ministry")],
    ),
    (
        "en",
        "Police explained that 4 of the injured were in a critical condition.",
        [("injured", 4, "Police")],
    ),
    (
        "en",
        "The army disclosed that 9 soldiers were killed in the ambush.",
        [("killed", 9, "army")],
    ),
    (
        "en",
        "Seven people were wounded, the mayor stressed.",
        [("injured", 7, "mayor")],
    ),
    # a possessive before the speaker noun, again
    (
        "en",
        "Sudan's paramilitary forces said 12 of their fighters died in the clashes.",
        [("killed", 12, "paramilitary forces")],
    ),
    (
        "en",
        "Mexico's security cabinet said 19 people were killed in the ambush.",
        [("killed", 19, "security cabinet")],
    ),
    (
        "en",
        "Haiti's civil protection agency said 8 people were missing after the attack.",
        [("missing", 8, "civil protection agency")],
    ),
    # a person the lexicon does not know as a source before a verb of telling
    (
        "en",
        "An officer at the scene told the BBC that 5 people were killed.",
        [("killed", 5, "officer")],
    ),
    (
        "en",
        "A tribal elder said 14 men were killed in the raid.",
        [("killed", 14, "tribal elder")],
    ),
]

# claims whose speaker is still read otherwise: strict xfails naming the class
RELATO = "'relató' is no cue: without its accent it is the noun 'relato' ('según el relato del ministerio')"
FIGURES = "a source after 'figures/data provided by' or 'datos de' is not read"
COLON = "a quote after 'X declaró:' takes a word of the quote for the speaker"
TOLL = "a toll put 'at' a figure is no claim"
PARTE = "'el último parte oficial' is no source"
GAPS: dict[str, str] = {
    "179-es-killed-4": RELATO,
    "10-en-killed-47": TOLL,
    "29-en-killed-18": FIGURES,
    "96-es-killed-5": COLON,
    "96-es-injured-12": COLON,
    "132-es-killed-17": PARTE,
    "132-es-injured-40": PARTE,
    "151-en-injured-70": FIGURES,
}


@pytest.mark.parametrize(
    ("lang", "text", "measure", "low", "speaker"), speaker_cases(REPORTS, GAPS)
)
def test_speaker(lang: str, text: str, measure: str, low: int | None, speaker: str | None) -> None:
    assert_speaker(lang, text, measure, low, speaker)
